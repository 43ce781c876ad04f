import Foundation
import SwansibleCore

/// Jinja2's builtin filters, tests and globals, registered on every environment.
enum Builtins {
    static func register(_ env: Environment) {
        for (n, f) in filters { env.filters[n] = f }
        for (n, t) in tests { env.tests[n] = t }
        env.globals["range"] = .object(BuiltinFunction("range", rangeGlobal))
        env.globals["dict"] = .object(
            BuiltinFunction("dict") { (a: Arguments, r: Renderer) throws(JinjaError) -> Value in
                var d = ValueDict()
                if a.positional.count > 1 { throw JinjaError(.type, "dict expected at most 1 argument, got \(a.positional.count)") }
                if let source = a.positional.first {
                    if case .dict(let m) = source {
                        d = m
                    } else {
                        // Python's dict(iterable): pairs
                        for (i, pair) in try r.iterate(source).enumerated() {
                            let kv = try r.iterate(pair)
                            guard kv.count == 2 else {
                                throw JinjaError(
                                    .value, "dictionary update sequence element #\(i) has length \(kv.count); 2 is required")
                            }
                            d[kv[0]] = kv[1]
                        }
                    }
                }
                for (k, v) in a.keywords { d[string: k] = v }
                return .dict(d)
            })
        env.globals["lipsum"] = .object(
            BuiltinFunction("lipsum") { (_: Arguments, _: Renderer) throws(JinjaError) -> Value in
                .string("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")
            })
        env.globals["cycler"] = .object(
            BuiltinFunction("cycler") { (a: Arguments, _: Renderer) throws(JinjaError) -> Value in .object(Cycler(a.positional)) })
        env.globals["joiner"] = .object(
            BuiltinFunction("joiner") { (a: Arguments, _: Renderer) throws(JinjaError) -> Value in
                let b = try a.bind("joiner", ["sep"])
                return .object(Joiner(b[0]?.stringValue ?? ", "))
            })
        env.globals["namespace"] = .object(
            BuiltinFunction("namespace") { (a: Arguments, _: Renderer) throws(JinjaError) -> Value in
                var d = ValueDict()
                for p in a.positional {
                    if case .dict(let x) = p { d.update(x) }
                }
                for (k, v) in a.keywords { d[string: k] = v }
                return .object(Namespace(d))
            })
    }

    // MARK: helpers

    /// Jinja2's `soft_str`: strings as they are, other values as Python's `str()`.
    static func string(_ v: Value) throws(JinjaError) -> String {
        switch v {
        case .string(let s), .unsafe(let s): return s
        case .object(let o):
            if let u = o as? Undefined {
                if u.kind == .strict || u.kind == .ansible { throw u.error() }
                return u.str
            }
            return o.str
        default: return PythonFormat.str(v)
        }
    }

    static func int(_ v: Value?, _ what: String) throws(JinjaError) -> Int {
        guard let v, let i = Operators.index(v) else {
            throw JinjaError(.type, "'\(v?.pythonTypeName ?? "NoneType")' object cannot be interpreted as an integer")
        }
        return i
    }

    static func list(_ v: Value, _ r: Renderer) throws(JinjaError) -> [Value] {
        if case .object(let o) = v, let it = o as? IterableObject { return it.listItems }
        return try r.iterate(v)
    }

    /// `make_attrgetter`: `a.b.0` looked up item by item.
    static func attribute(_ v: Value, _ path: Value, _ r: Renderer) throws(JinjaError) -> Value {
        if let i = Operators.index(path) { return try r.getitem(v, .int(i)) }
        guard let text = path.stringValue else { return try r.getitem(v, path) }
        var current = v
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            let key: Value = Int(part).map { .int($0) } ?? .string(String(part))
            current = try r.getitem(current, key)
        }
        return current
    }

    /// Lower-cases strings for case-insensitive comparisons.
    static func ignoreCase(_ v: Value, _ caseSensitive: Bool) -> Value {
        if !caseSensitive, let s = v.stringValue { return .string(s.lowercased()) }
        return v
    }

    static func sortValues(_ items: [Value], _ key: (Value) throws(JinjaError) -> Value, reverse: Bool) throws(JinjaError) -> [Value] {
        var keyed: [(Value, Value)] = []
        for i in items { keyed.append((try key(i), i)) }
        var failure: JinjaError?
        // a stable sort, as Python's
        let indexed = keyed.enumerated().map { ($0.offset, $0.element) }
        let sorted = indexed.sorted { x, y in
            do {
                let c = try Operators.order(x.1.0, y.1.0, "<")
                if c != 0 { return reverse ? c > 0 : c < 0 }
                return x.0 < y.0
            } catch {
                failure = error as? JinjaError
                return false
            }
        }
        if let failure { throw failure }
        return sorted.map { $0.1.1 }
    }

    static func rangeGlobal(_ a: Arguments, _ r: Renderer) throws(JinjaError) -> Value {
        var start = 0
        var stop = 0
        var step = 1
        switch a.positional.count {
        case 1: stop = try int(a.positional[0], "range")
        case 2:
            start = try int(a.positional[0], "range")
            stop = try int(a.positional[1], "range")
        case 3:
            start = try int(a.positional[0], "range")
            stop = try int(a.positional[1], "range")
            step = try int(a.positional[2], "range")
        default:
            throw JinjaError(.type, "range expected at most 3 arguments, got \(a.positional.count)")
        }
        if step == 0 { throw JinjaError(.value, "range() arg 3 must not be zero") }
        return .object(PyRange(start: start, stop: stop, step: step))
    }

    static func htmlEscape(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

/// Python's `range` object: iterable, printed as `range(0, 3)`.
final class PyRange: PyObject, IterableObject, @unchecked Sendable {
    let start: Int
    let stop: Int
    let step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    var typeName: String { "range" }
    var repr: String { step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))" }
    var count: Int { step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step) }
    var truthy: Bool { count > 0 }
    var listItems: [Value] { (0..<count).map { .int(start + $0 * step) } }
}

/// `groupby`'s result items: a tuple with `grouper` and `list` attributes.
final class GroupTuple: PyObject, IterableObject, @unchecked Sendable {
    var listItems: [Value] { [grouper, .list(list)] }

    let grouper: Value
    let list: [Value]

    init(grouper: Value, list: [Value]) {
        self.grouper = grouper
        self.list = list
    }

    var typeName: String { "_GroupTuple" }
    var repr: String { PythonFormat.repr(.tuple([grouper, .list(list)])) }
}
