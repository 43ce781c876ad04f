import Foundation
import SwansibleCore
import YAML

/// One finding, as ansible-lint's MatchError: where, which rule (its id and the tag with a
/// sub-id), what it says, and whether it is only a warning.
public struct LintMatch: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int?
    public var rule: String
    public var tag: String
    public var message: String
    public var details: String = ""
    public var warning = false

    /// ansible-lint's order: file, line, rule id, message, details, then column (none first).
    static func < (a: LintMatch, b: LintMatch) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.message != b.message { return a.message < b.message }
        if a.details != b.details { return a.details < b.details }
        return (a.column ?? -1) < (b.column ?? -1)
    }
}

/// A file found under the linted paths, with its kind as ansible-lint's DEFAULT_KINDS name it.
struct Lintable {
    let path: String  // relative to the project directory, as printed
    let absolutePath: String
    var kind: String
    let text: String
    let lines: [Substring]
    var node: YAMLNode?
    var loadError: Diagnostic?
    /// The role the file belongs to (the directory under `roles/` holding it), or "".
    let role: String
    /// Its tasks, once its kind is settled (Linter fills it in).
    var tasks: [LintTask] = []

    var isYAML: Bool { !["jinja2", "text", "python", "sanity-ignore-file", "pattern"].contains(kind) }

    /// A mapping's pairs with `<<` merges expanded, as the loaded data has them.
    func pairs(_ node: YAMLNode?) -> [YAMLNode.Pair] {
        guard let node else { return [] }
        let constructor = YAMLConstructor(source: SourceText(path: path, text: text))
        return (try? constructor.flattenedPairs(node)) ?? node.pairs ?? []
    }

    /// The line (1-based) without its newline, or "".
    func line(_ n: Int) -> Substring { n >= 1 && n <= lines.count ? lines[n - 1] : "" }
}

/// Accessors over composed YAML, as the rules read it.
extension YAMLNode {
    subscript(key: String) -> YAMLNode? {
        pairs?.last(where: { $0.key.scalarText == key })?.value
    }
    func has(_ key: String) -> Bool { pairs?.contains(where: { $0.key.scalarText == key }) ?? false }
    var keys: [String] { pairs?.compactMap { $0.key.scalarText } ?? [] }
    func keyNode(_ key: String) -> YAMLNode? { pairs?.last(where: { $0.key.scalarText == key })?.key }

    /// The scalar as a string when YAML would read it as one (not a bool, number or null).
    var stringValue: String? {
        guard case .scalar(let s, let style) = kind else { return nil }
        if style != .plain || tag != nil { return s }
        switch YAMLResolver.resolve(s) {
        case .str: return s
        default: return nil
        }
    }

    /// Python truthiness of the value YAML reads.
    var truthy: Bool {
        switch kind {
        case .sequence(let items): return !items.isEmpty
        case .mapping(let pairs): return !pairs.isEmpty
        case .scalar(let s, let style):
            if style != .plain || tag != nil { return !s.isEmpty }
            switch YAMLResolver.resolve(s) {
            case .null: return false
            case .bool: return ["true", "yes", "on", "y"].contains(s.lowercased())
            case .int: return !s.trimmingCharacters(in: CharacterSet(charactersIn: "+-0_xob")).isEmpty
            case .float: return (YAMLConstructor.float(s).map { $0 != 0 }) ?? true
            default: return !s.isEmpty
            }
        }
    }

    /// The last line any part of the node is on.
    var lastLine: Int {
        switch kind {
        case .scalar(let s, _): return location.line + s.filter { $0 == "\n" }.count
        case .sequence(let items): return items.map(\.lastLine).max() ?? location.line
        case .mapping(let pairs): return pairs.map { max($0.key.lastLine, $0.value.lastLine) }.max() ?? location.line
        }
    }
}
