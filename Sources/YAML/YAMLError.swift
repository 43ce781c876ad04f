import SwansibleCore

/// An error in a YAML file: where it is, what is wrong.
public struct YAMLError: DiagnosticConvertible, Sendable {
    public enum Kind: String, Sendable {
        /// The text is not well-formed YAML.
        case syntax
        /// A tag that Ansible has no constructor for.
        case unknownTag
        /// A scalar whose explicit tag does not fit its text.
        case badScalar
        /// An alias that names no anchor, or a recursive one.
        case badAlias
        /// A merge key (`<<`) whose value is not a mapping or list of mappings.
        case badMerge
        /// A mapping key that Python could not hash (a list or mapping).
        case unhashableKey
        /// More than one document where one was expected.
        case severalDocuments
        /// The file could not be read.
        case unreadable
    }

    public var kind: Kind
    public var diagnostic: Diagnostic

    public init(_ kind: Kind, _ diagnostic: Diagnostic) {
        self.kind = kind
        self.diagnostic = diagnostic
    }
}
