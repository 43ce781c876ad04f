import SwansibleCore
import YAML

/// An error in an inventory source, a pattern or a variables file.
public struct InventoryError: DiagnosticConvertible, Sendable {
    public enum Kind: String, Sendable {
        /// A YAML inventory or vars file that is not well-formed or not shaped as expected.
        case yaml
        /// An INI inventory line that cannot be read.
        case ini
        /// A host name range such as `node[01:10]` that cannot be expanded.
        case range
        /// A source given with `-i` that does not exist or cannot be read.
        case missingSource
        /// A source in a format swansible does not read (a script, TOML, a plugin file).
        case unsupportedSource
        /// A group or host relation that Ansible refuses (a loop, an unknown group).
        case structure
        /// A host pattern that cannot be evaluated.
        case pattern
        /// A command-line request that cannot be answered (`--host` matching several hosts,
        /// `--graph` of no group): ansible-inventory's option errors, exit 5.
        case usage
        /// A value that cannot be shown: a vaulted value without the vault password.
        case vault
    }

    public var kind: Kind
    public var diagnostic: Diagnostic

    public init(_ kind: Kind, _ diagnostic: Diagnostic) {
        self.kind = kind
        self.diagnostic = diagnostic
    }

    init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil, source: SourceText? = nil, length: Int = 1) {
        var d = Diagnostic(.error, message, at: location, length: length)
        if let location, let source { d.sourceLine = source.line(location.line) }
        self.init(kind, d)
    }

    init(_ error: YAMLError) {
        self.init(.yaml, error.diagnostic)
    }
}
