import SwansibleCore

/// An error from the template engine: where it is in the template and what is wrong.
public struct JinjaError: DiagnosticConvertible, Sendable {
    public enum Kind: String, Sendable {
        /// The template text is not valid Jinja (Jinja2's `TemplateSyntaxError`).
        case syntax
        /// A variable or attribute that does not exist was used (`UndefinedError`).
        case undefined
        /// An operation on values of the wrong type (`TypeError`).
        case type
        /// A value of the right type but wrong content (`ValueError`).
        case value
        /// An error while rendering (`TemplateRuntimeError`): unknown filter, bad call...
        case runtime
        /// A template that cannot be found (`TemplateNotFound`).
        case notFound
        /// A filter or test that does not exist (`TemplateAssertionError` in Jinja2).
        case assertion
        /// An error raised on purpose by the template (Ansible's `mandatory`, `fail`...).
        case raised
    }

    public var kind: Kind
    public var message: String
    /// Template name, 1-based line and column, when known.
    public var location: SourceLocation?
    public var sourceLine: String?
    public var length: Int = 1

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// Jinja2's exception class name for this kind.
    public var pythonClass: String {
        switch kind {
        case .syntax: return "TemplateSyntaxError"
        case .undefined: return "UndefinedError"
        case .type: return "TypeError"
        case .value: return "ValueError"
        case .runtime: return "TemplateRuntimeError"
        case .notFound: return "TemplateNotFound"
        case .assertion: return "TemplateAssertionError"
        case .raised: return "AnsibleError"
        }
    }

    public var diagnostic: Diagnostic {
        Diagnostic(.error, message, at: location, sourceLine: sourceLine, length: length)
    }
}
