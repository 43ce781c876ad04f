import Jinja
import SwansibleCore

/// The variables of one templating context, templated lazily: a value holding `{{ }}` is
/// rendered when first used (with a clear error on a cycle), everything else is passed as it is.
public final class TemplateVariables: @unchecked Sendable {
    var raw: [String: Value]
    let resolved = StringTable()
    var resolving: [String] = []
    var cached: [String: Value]?

    public init(_ raw: [String: Value]) {
        self.raw = raw
    }

    /// The raw variables, for a copy.
    public var rawCopy: [String: Value] { raw }

    /// Adds or replaces a variable.
    public subscript(name: String) -> Value? {
        get { raw[name] }
        set {
            raw[name] = newValue
            resolved[name] = nil
            cached = nil
        }
    }

    /// The variables as the engine sees them: those holding templates wrapped to be resolved.
    func jinjaVariables(_ templar: Templar) -> [String: Value] {
        if let cached { return cached }
        var out: [String: Value] = [:]
        out.reserveCapacity(raw.count)
        for (k, v) in raw {
            if TemplateVariables.holdsTemplate(v) {
                out[k] = .object(LazyVariable(name: k, context: self, templar: templar))
            } else {
                out[k] = v
            }
        }
        cached = out
        return out
    }

    /// Whether a value holds a string with template markup anywhere inside.
    /// Whether a string holds `{{`, `{%` or `{#` (a byte scan: Foundation's `contains` is slow).
    @inline(__always)
    static func mayBeTemplate(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            var i = 0
            let end = bytes.count - 1
            while i < end {
                if bytes[i] == 0x7B {
                    let next = bytes[i + 1]
                    if next == 0x7B || next == 0x25 || next == 0x23 { return true }
                }
                i += 1
            }
            return false
        }
    }

    public static func holdsTemplate(_ v: Value) -> Bool {
        switch v {
        case .string(let s): return mayBeTemplate(s)
        case .list(let l), .tuple(let l): return l.contains(where: holdsTemplate)
        case .dict(let d): return d.keys.contains(where: holdsTemplate) || d.values.contains(where: holdsTemplate)
        default: return false
        }
    }

    /// The templated value of a variable, nil when there is no such variable.
    public func lookup(_ name: String, _ templar: Templar) throws(JinjaError) -> Value? {
        if let v = resolved[name] { return v }
        guard let raw = raw[name] else { return nil }
        if !TemplateVariables.holdsTemplate(raw) {
            resolved[name] = raw
            return raw
        }
        return try resolve(name, templar)
    }

    /// A variable already templated, or nil (not yet, or no such variable).
    @inline(__always)
    public func resolvedValue(_ name: String, hash: Int) -> Value? { resolved.value(name, hash: hash) }

    /// `lookup` with the name's `StringTable.hash` known.
    @inline(__always)
    public func lookup(_ name: String, hash: Int, _ templar: Templar) throws(JinjaError) -> Value? {
        if let v = resolved.value(name, hash: hash) { return v }
        return try lookup(name, templar)
    }

    /// The templated value of a variable.
    public func resolve(_ name: String, _ templar: Templar) throws(JinjaError) -> Value {
        if let v = resolved[name] { return v }
        guard let v = raw[name] else { return .object(Undefined(kind: .ansible, name: .string(name))) }
        if resolving.contains(name) {
            throw JinjaError(
                .raised,
                "Recursive loop detected in template: variable '\(name)' refers to itself (\(resolving.joined(separator: " -> ")) -> \(name))."
            )
        }
        resolving.append(name)
        defer { resolving.removeLast() }
        let result = try templateDeep(v, templar, topLevel: true, name: name)
        resolved[name] = result
        return result
    }

    /// Templates every string inside a value. A failure below the top level becomes an
    /// undefined value that fails where it is used, as Ansible's lazy containers do.
    func templateDeep(_ v: Value, _ templar: Templar, topLevel: Bool, name: String) throws(JinjaError) -> Value {
        switch v {
        case .string(let s):
            guard s.contains("{{") || s.contains("{%") || s.contains("{#") else { return v }
            do {
                return try templar.templateString(
                    s, name: "variable '\(name)'", vars: self, preserveTrailingNewlines: true, keepUndefined: true)
            } catch {
                // a value that uses an undefined variable is itself undefined (`default`
                // replaces it, `is defined` is false, printing it fails with the inner message);
                // other errors fail where the variable is used, at the top level
                if error.message.hasPrefix("Recursive loop") { throw error }
                if topLevel && error.kind != .undefined { throw error }
                return .object(Undefined(kind: .ansible, name: .string(name), hint: error.message))
            }
        case .list(let l):
            var out: [Value] = []
            for x in l { out.append(try templateDeep(x, templar, topLevel: false, name: name)) }
            return .list(out)
        case .dict(let d):
            var out = ValueDict()
            for (k, x) in d.items {
                out[try templateDeep(k, templar, topLevel: false, name: name)] = try templateDeep(x, templar, topLevel: false, name: name)
            }
            return .dict(out)
        default:
            return v
        }
    }
}

/// A variable that is templated when the template first uses it.
final class LazyVariable: LazyValue, @unchecked Sendable {
    let name: String
    unowned let context: TemplateVariables
    unowned let templar: Templar

    init(name: String, context: TemplateVariables, templar: Templar) {
        self.name = name
        self.context = context
        self.templar = templar
    }

    override var typeName: String { "LazyVariable" }
    override var repr: String { "<lazy \(name)>" }

    override func resolve(_ renderer: Renderer) throws(JinjaError) -> Value {
        try context.resolve(name, templar)
    }
}
