import Foundation
import Jinja
import SwansibleCore
import Vault

/// The settings a `#jinja2:` first line, or the template module's arguments, change.
public struct TemplateOverrides: Sendable, Equatable {
    public var options: JinjaOptions

    public init(options: JinjaOptions) { self.options = options }

    /// Ansible's defaults: trim_blocks on, lstrip_blocks off, `\n`.
    public static var ansible: TemplateOverrides {
        var o = JinjaOptions()
        o.trimBlocks = true
        return TemplateOverrides(options: o)
    }

    static let fieldNames: Set<String> = [
        "block_start_string", "block_end_string", "variable_start_string", "variable_end_string", "comment_start_string",
        "comment_end_string", "line_statement_prefix", "line_comment_prefix", "trim_blocks", "lstrip_blocks", "newline_sequence",
        "keep_trailing_newline",
    ]

    /// Whether the text may hold a template (a `#jinja2:` header or a start string).
    public func isPossiblyTemplate(_ text: String) -> Bool {
        text.hasPrefix("#jinja2:") || text.contains(options.variableStart) || text.contains(options.blockStart)
            || text.contains(options.commentStart)
    }

    /// Removes a `#jinja2:` first line and applies its settings.
    public func extracting(from text: String, name: String) throws(JinjaError) -> (String, TemplateOverrides) {
        guard text.hasPrefix("#jinja2:") else { return (text, self) }
        guard let eol = text.firstIndex(of: "\n") ?? text.firstIndex(of: "\r\n") else {
            throw JinjaError(.syntax, "Missing newline after '#jinja2:' override.", at: SourceLocation(file: name, line: 1, column: 1))
        }
        let line = String(text[text.index(text.startIndex, offsetBy: 8)..<eol])
        let rest = String(text[text.index(after: eol)...])
        var o = options
        for pair in line.split(separator: ",", omittingEmptySubsequences: false) {
            let loc = SourceLocation(file: name, line: 1, column: 1)
            guard !pair.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw JinjaError(.syntax, "Empty '#jinja2:' override pair not allowed.", at: loc)
            }
            guard let colon = pair.firstIndex(of: ":") else {
                throw JinjaError(.syntax, "Missing key-value separator `:` in '#jinja2:' override pair '\(pair)'.", at: loc)
            }
            let key = pair[..<colon].trimmingCharacters(in: .whitespaces)
            let raw = String(pair[pair.index(after: colon)...])
            guard TemplateOverrides.fieldNames.contains(key) else {
                throw JinjaError(.syntax, "Invalid '#jinja2:' override key '\(key)'.", at: loc)
            }
            guard let value = PythonLiteral.eval(raw) else {
                throw JinjaError(
                    .syntax, "Invalid value \(raw.trimmingCharacters(in: .whitespaces)) for '#jinja2:' override '\(key)'.", at: loc)
            }
            switch key {
            case "trim_blocks": o.trimBlocks = value.isTruthy
            case "lstrip_blocks": o.lstripBlocks = value.isTruthy
            case "keep_trailing_newline": o.keepTrailingNewline = value.isTruthy
            case "newline_sequence": o.newlineSequence = value.stringValue ?? "\n"
            case "block_start_string": o.blockStart = value.stringValue ?? o.blockStart
            case "block_end_string": o.blockEnd = value.stringValue ?? o.blockEnd
            case "variable_start_string": o.variableStart = value.stringValue ?? o.variableStart
            case "variable_end_string": o.variableEnd = value.stringValue ?? o.variableEnd
            case "comment_start_string": o.commentStart = value.stringValue ?? o.commentStart
            case "comment_end_string": o.commentEnd = value.stringValue ?? o.commentEnd
            case "line_statement_prefix": o.lineStatementPrefix = value.stringValue
            case "line_comment_prefix": o.lineCommentPrefix = value.stringValue
            default: break
            }
        }
        return (rest, TemplateOverrides(options: o))
    }
}

/// Ansible's templating: its Jinja environment, its filters and tests, native results, the
/// template module's rules for newlines and files without markup, and lazy templating of
/// variables.
public final class Templar: @unchecked Sendable {
    /// The environment with Ansible's defaults, filters and tests.
    public let environment: Environment
    var overlays: [JinjaOptions: Environment] = [:]
    let lock = NSLock()

    public init(searchPath: [String] = []) {
        let env = Environment(options: TemplateOverrides.ansible.options)
        env.undefined = .ansible
        env.loader = FileLoader(searchPath: searchPath)
        AnsibleFilters.register(env)
        env.nodeText = { v throws(JinjaError) in Templar.textOf(try Templar.finalize(v)) }
        environment = env
        Lookups.register(env, self)
    }

    /// The hosts an inventory pattern names, for the `inventory_hostnames` lookup (set by who
    /// has the inventory).
    public var hostPattern: (@Sendable (String) throws(JinjaError) -> [String])?

    /// The action of the task being templated (`first_found` searches the folder it implies).
    public var action = "file"

    /// Whether a lookup plugin of that name is there (`ansible.builtin.` names too).
    public static func hasLookup(_ name: String) -> Bool { Lookups.plugins.contains(Lookups.shortName(name)) }

    /// A lookup run outside a template, for a `with_<lookup>` loop: the plugin's list.
    public func lookup(_ name: String, terms: [Value], vars: TemplateVariables) throws(JinjaError) -> [Value] {
        try Lookups.run(Lookups.shortName(name), terms, [], LookupScope(vars, self), self)
    }

    /// An environment for other lexing settings, sharing filters, tests, globals and loader.
    func environment(for options: JinjaOptions) -> Environment {
        if options == environment.options { return environment }
        lock.lock()
        defer { lock.unlock() }
        if let e = overlays[options] { return e }
        let e = Environment(options: options)
        e.undefined = environment.undefined
        e.filters = environment.filters
        e.tests = environment.tests
        e.globals = environment.globals
        e.loader = environment.loader
        e.finalize = environment.finalize
        e.nodeText = environment.nodeText
        e.checkNamesAtCompile = environment.checkNamesAtCompile
        overlays[options] = e
        return e
    }

    struct CompiledKey: Hashable {
        var source: String
        var name: String
        var options: JinjaOptions
    }

    var compiled: [CompiledKey: Template] = [:]

    /// A compiled template, compiled once per source, name and settings.
    func compile(_ source: String, name: String, options: JinjaOptions) throws(JinjaError) -> Template {
        let key = CompiledKey(source: source, name: name, options: options)
        lock.lock()
        let cached = compiled[key]
        lock.unlock()
        if let cached { return cached }
        let t = try environment(for: options).template(source: source, name: name)
        lock.lock()
        if compiled.count > 4096 { compiled.removeAll() }
        compiled[key] = t
        lock.unlock()
        return t
    }

    /// Renders a template's text as `ansible.builtin.template` writes it.
    public func renderTemplateFile(
        _ text: String, name: String, vars: TemplateVariables, overrides: TemplateOverrides = .ansible
    ) throws(JinjaError) -> String {
        guard overrides.isPossiblyTemplate(text) else { return text }
        let result = try templateString(text, name: name, vars: vars, overrides: overrides, preserveTrailingNewlines: true)
        return Templar.textOf(result)
    }

    /// Templates a string the way Ansible templates any value: a single node is a native
    /// value, several are joined as text; trailing newlines are kept when asked.
    public func templateString(
        _ text: String, name: String, vars: TemplateVariables, overrides: TemplateOverrides = .ansible,
        preserveTrailingNewlines: Bool = false, keepUndefined: Bool = false
    ) throws(JinjaError) -> Value {
        let (body, effective) = try overrides.extracting(from: text, name: name)
        let template = try compile(body, name: name, options: effective.options)
        var result: Value
        switch try template.renderNative(vars.jinjaVariables(self)) {
        case .none: result = .null
        case .single(let v): result = try Templar.finalize(v, keepUndefined: keepUndefined)
        case .text(let s): result = .string(s)
        }
        if preserveTrailingNewlines, case .string(let s) = result {
            let wanted = Templar.newlinesAtEnd(text)
            let have = Templar.newlinesAtEnd(s)
            if wanted > have {
                result = .string(s + String(repeating: effective.options.newlineSequence, count: wanted - have))
            }
        }
        return result
    }

    /// Ansible's `_count_newlines_from_end`.
    static func newlinesAtEnd(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars.reversed() {
            guard u == "\n" else { break }
            n += 1
        }
        return n
    }

    /// The text Ansible writes for a result: `str()` of it, nothing for `None`.
    public static func textOf(_ v: Value) -> String {
        switch v {
        case .null: return ""
        case .string(let s), .unsafe(let s): return s
        default: return PythonFormat.str(v)
        }
    }

    /// A native result made plain: tuples and views become lists. An undefined value inside a
    /// container is an error, as Ansible reports it when it finalizes the result; a variable's
    /// value keeps it (`keepUndefined`: it fails where it is used, as in Ansible's lazy
    /// containers).
    public static func finalize(_ v: Value, nested: Bool = false, keepUndefined: Bool = false) throws(JinjaError) -> Value {
        switch v {
        case .tuple(let l), .list(let l):
            var out: [Value] = []
            out.reserveCapacity(l.count)
            for x in l { out.append(try finalize(x, nested: true, keepUndefined: keepUndefined)) }
            return .list(out)
        case .dict(let d):
            var out = ValueDict()
            for (k, x) in d.items {
                out[try finalize(k, nested: true, keepUndefined: keepUndefined)] = try finalize(
                    x, nested: true, keepUndefined: keepUndefined)
            }
            return .dict(out)
        case .vault(let ciphertext):
            // a `!vault` value left encrypted (no secret given, or none that opens it)
            do {
                return .string(try Vault.decrypt(ciphertext))
            } catch {
                throw JinjaError(.raised, error.message)
            }
        case .object(let o):
            if nested, !keepUndefined, let u = o as? Undefined { throw u.error() }
            // dict views and group tuples become lists; a range stays a range (printed as such)
            if o.typeName != "range", let items = (o as? IterableObject)?.listItems {
                return try finalize(.list(items), nested: nested, keepUndefined: keepUndefined)
            }
            return v
        default:
            return v
        }
    }
}
