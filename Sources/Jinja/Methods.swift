import SwansibleCore

/// A dict view (`d.items()`, `d.keys()`, `d.values()`): iterable, printed as Python prints it.
final class DictView: PyObject, IterableObject, @unchecked Sendable {
    var listItems: [Value] { items }

    let kind: String
    let items: [Value]

    init(kind: String, items: [Value]) {
        self.kind = kind
        self.items = items
    }

    var typeName: String { "dict_\(kind)" }
    var repr: String { "dict_\(kind)(\(PythonFormat.repr(.list(items))))" }
    var truthy: Bool { !items.isEmpty }
}

/// The methods of Python's str, list and dict that templates call.
enum Methods {
    static func method(_ owner: String, _ name: String, _ body: @escaping (Arguments) throws(JinjaError) -> Value) -> Value {
        .object(BuiltinFunction(name, owner: owner) { (args: Arguments, _: Renderer) throws(JinjaError) -> Value in try body(args) })
    }

    /// The bound method `value.name`, or nil when the type has no such method.
    static func bound(_ v: Value, _ name: String) -> Value? {
        switch v {
        case .string(let s), .unsafe(let s): return stringMethod(s, name)
        case .list(let l): return listMethod(l, name, owner: "list")
        case .tuple(let l): return ["count", "index"].contains(name) ? listMethod(l, name, owner: "tuple") : nil
        case .dict(let d): return dictMethod(d, name)
        case .int(let i):
            switch name {
            case "real", "numerator": return .int(i)
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        case .float(let d):
            switch name {
            case "real": return .float(d)
            case "imag": return .float(0)
            case "is_integer": return method("float", name) { (_: Arguments) throws(JinjaError) -> Value in .bool(d == d.rounded()) }
            default: return nil
            }
        default: return nil
        }
    }

    static func str(_ v: Value?, _ what: String) throws(JinjaError) -> String {
        guard let v else { return "" }
        guard let s = v.stringValue else {
            throw JinjaError(.type, "\(what) arg must be None or str, not \(v.pythonTypeName)")
        }
        return s
    }

    static func stringMethod(_ s: String, _ name: String) -> Value? {
        let m: (Arguments) throws(JinjaError) -> Value
        switch name {
        case "upper": m = { _ in .string(s.uppercased()) }
        case "lower": m = { _ in .string(s.lowercased()) }
        case "casefold": m = { _ in .string(s.lowercased()) }
        case "title": m = { _ in .string(PyString.title(s)) }
        case "capitalize": m = { _ in .string(PyString.capitalize(s)) }
        case "swapcase":
            m = { _ in .string(String(s.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) })) }
        case "strip", "lstrip", "rstrip":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let chars = a.positional.first.flatMap { $0.isNone ? nil : $0 }
                let set = try chars.map { (c: Value) throws(JinjaError) -> String in try str(c, name) }
                return .string(PyString.strip(s, set, left: name != "rstrip", right: name != "lstrip"))
            }
        case "split", "rsplit":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let b = try a.bind(name, ["sep", "maxsplit"])
                let sep = b[0].flatMap { $0.isNone ? nil : $0 }
                let maxsplit = b[1].flatMap { Operators.index($0) } ?? -1
                let sepText = try sep.map { (x: Value) throws(JinjaError) -> String in try str(x, name) }
                if sepText == "" { throw JinjaError(.value, "empty separator") }
                let parts = PyString.split(s, sepText, maxsplit: maxsplit, fromRight: name == "rsplit")
                return .list(parts.map { .string($0) })
            }
        case "splitlines":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let keep = a.positional.first?.isTruthy ?? a.keyword("keepends")?.isTruthy ?? false
                return .list(PyString.splitlines(s, keepends: keep).map { .string($0) })
            }
        case "join":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                guard let it = a.positional.first else { throw JinjaError(.type, "join() takes exactly one argument (0 given)") }
                var parts: [String] = []
                for (i, x) in (it.listValue ?? (it.dictValue?.keys ?? [])).enumerated() {
                    guard let t = x.stringValue else {
                        throw JinjaError(.type, "sequence item \(i): expected str instance, \(x.pythonTypeName) found")
                    }
                    parts.append(t)
                }
                if case .string(let t) = it { parts = t.unicodeScalars.map { String($0) } }
                return .string(parts.joined(separator: s))
            }
        case "replace":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                guard a.positional.count >= 2 else { throw JinjaError(.type, "replace expected at least 2 arguments") }
                let old = try str(a.positional[0], "replace")
                let new = try str(a.positional[1], "replace")
                let count = a.positional.count > 2 ? Operators.index(a.positional[2]) ?? -1 : -1
                return .string(PyString.replace(s, old, new, count: count))
            }
        case "startswith", "endswith":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                guard let p = a.positional.first else { throw JinjaError(.type, "\(name)() takes at least 1 argument (0 given)") }
                let candidates = p.listValue ?? [p]
                for c in candidates {
                    let t = try str(c, name)
                    if name == "startswith"
                        ? s.unicodeScalars.starts(with: t.unicodeScalars)
                        : s.unicodeScalars.reversed().starts(with: t.unicodeScalars.reversed())
                    {
                        return .bool(true)
                    }
                }
                return .bool(false)
            }
        case "find", "rfind", "index", "rindex", "count":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                guard let p = a.positional.first else { throw JinjaError(.type, "\(name)() takes at least 1 argument (0 given)") }
                let t = try str(p, name)
                if name == "count" { return .int(PyString.count(s, t)) }
                let idx = PyString.find(s, t, fromRight: name.hasPrefix("r"))
                if idx < 0 && name.hasSuffix("index") { throw JinjaError(.value, "substring not found") }
                return .int(idx)
            }
        case "format":
            m = { (a: Arguments) throws(JinjaError) -> Value in .string(try PyString.format(s, a)) }
        case "center", "ljust", "rjust":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let width = a.positional.first.flatMap { Operators.index($0) } ?? 0
                let fill = a.positional.count > 1 ? try str(a.positional[1], name) : " "
                let n = s.unicodeScalars.count
                guard width > n else { return .string(s) }
                let pad = width - n
                switch name {
                case "ljust": return .string(s + String(repeating: fill, count: pad))
                case "rjust": return .string(String(repeating: fill, count: pad) + s)
                default:
                    let left = pad / 2 + (pad & width & 1)
                    return .string(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
                }
            }
        case "zfill":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let width = a.positional.first.flatMap { Operators.index($0) } ?? 0
                var body = Substring(s)
                var sign = ""
                if body.hasPrefix("-") || body.hasPrefix("+") {
                    sign = String(body.prefix(1))
                    body = body.dropFirst()
                }
                let pad = width - s.unicodeScalars.count
                return .string(pad > 0 ? sign + String(repeating: "0", count: pad) + body : s)
            }
        case "isdigit", "isdecimal", "isnumeric":
            m = { _ in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil }) }
        case "isalpha": m = { _ in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }) }
        case "isalnum":
            m = { _ in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }) }
        case "isspace": m = { _ in .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { Lexer.isSpace($0) }) }
        case "islower": m = { _ in .bool(s.contains { $0.isLowercase } && !s.contains { $0.isUppercase }) }
        case "isupper": m = { _ in .bool(s.contains { $0.isUppercase } && !s.contains { $0.isLowercase }) }
        case "istitle": m = { _ in .bool(!s.isEmpty && PyString.title(s) == s && s.contains { $0.isLetter }) }
        case "isidentifier":
            m = { _ in
                .bool(
                    !s.isEmpty && (s.unicodeScalars.first.map { $0 == "_" || $0.properties.isXIDStart } ?? false)
                        && s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
            }
        case "partition", "rpartition":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let sep = try str(a.positional.first, name)
                let idx = PyString.find(s, sep, fromRight: name == "rpartition")
                let scalars = Array(s.unicodeScalars)
                if idx < 0 {
                    return name == "partition" ? .tuple([.string(s), "", ""]) : .tuple(["", "", .string(s)])
                }
                let before = String(String.UnicodeScalarView(scalars[..<idx]))
                let after = String(String.UnicodeScalarView(scalars[(idx + sep.unicodeScalars.count)...]))
                return .tuple([.string(before), .string(sep), .string(after)])
            }
        case "removeprefix":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let p = try str(a.positional.first, name)
                return .string(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
            }
        case "removesuffix":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let p = try str(a.positional.first, name)
                return .string(!p.isEmpty && s.hasSuffix(p) ? String(s.dropLast(p.count)) : s)
            }
        case "expandtabs":
            m = { (a: Arguments) throws(JinjaError) -> Value in
                let size = a.positional.first.flatMap { Operators.index($0) } ?? 8
                var out = ""
                var col = 0
                for u in s.unicodeScalars {
                    if u == "\t" {
                        let n = size > 0 ? size - col % size : 0
                        out += String(repeating: " ", count: n)
                        col += n
                    } else {
                        out.unicodeScalars.append(u)
                        col = (u == "\n" || u == "\r") ? 0 : col + 1
                    }
                }
                return .string(out)
            }
        case "encode":
            m = { _ in .string(s) }
        default:
            return nil
        }
        return method("str", name, m)
    }

    static func listMethod(_ l: [Value], _ name: String, owner: String) -> Value? {
        switch name {
        case "count":
            return method(owner, name) { (a: Arguments) throws(JinjaError) -> Value in
                guard let x = a.positional.first else { throw JinjaError(.type, "count() takes exactly one argument (0 given)") }
                return .int(l.filter { Operators.equal($0, x) }.count)
            }
        case "index":
            return method(owner, name) { (a: Arguments) throws(JinjaError) -> Value in
                guard let x = a.positional.first else { throw JinjaError(.type, "index() takes at least 1 argument (0 given)") }
                guard let i = l.firstIndex(where: { Operators.equal($0, x) }) else {
                    throw JinjaError(.value, "\(PythonFormat.repr(x)) is not in list")
                }
                return .int(i)
            }
        case "copy":
            return method(owner, name) { _ in .list(l) }
        case "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse":
            // only reached when the receiver is not a variable: apply to a copy
            return method(owner, name) { (a: Arguments) throws(JinjaError) -> Value in
                var copy = Value.list(l)
                return try Methods.mutate(&copy, name, a, nil)
            }
        default: return nil
        }
    }

    static func dictMethod(_ d: ValueDict, _ name: String) -> Value? {
        switch name {
        case "items": return method("dict", name) { _ in .object(DictView(kind: "items", items: d.items.map { .tuple([$0.0, $0.1]) })) }
        case "keys": return method("dict", name) { _ in .object(DictView(kind: "keys", items: d.keys)) }
        case "values": return method("dict", name) { _ in .object(DictView(kind: "values", items: d.values)) }
        case "get":
            return method("dict", name) { (a: Arguments) throws(JinjaError) -> Value in
                guard let k = a.positional.first else { throw JinjaError(.type, "get expected at least 1 argument, got 0") }
                return d[k] ?? (a.positional.count > 1 ? a.positional[1] : .null)
            }
        case "copy": return method("dict", name) { _ in .dict(d) }
        case "update", "pop", "setdefault", "popitem", "clear":
            return method("dict", name) { (a: Arguments) throws(JinjaError) -> Value in
                var copy = Value.dict(d)
                return try Methods.mutate(&copy, name, a, nil)
            }
        default: return nil
        }
    }

    /// Runs a mutating method on a list or dict, changing it in place.
    static func mutate(_ v: inout Value, _ name: String, _ a: Arguments, _ r: Renderer?) throws(JinjaError) -> Value {
        switch v {
        case .list(var l):
            defer { v = .list(l) }
            switch name {
            case "append":
                guard a.positional.count == 1 else {
                    throw JinjaError(.type, "list.append() takes exactly one argument (\(a.positional.count) given)")
                }
                l.append(a.positional[0])
            case "extend":
                guard let x = a.positional.first else { throw JinjaError(.type, "list.extend() takes exactly one argument (0 given)") }
                if let items = x.listValue {
                    l.append(contentsOf: items)
                } else if case .dict(let d) = x {
                    l.append(contentsOf: d.keys)
                } else if let s = x.stringValue {
                    l.append(contentsOf: s.unicodeScalars.map { .string(String($0)) })
                } else if case .object(let o) = x, let view = o as? DictView {
                    l.append(contentsOf: view.items)
                } else {
                    throw JinjaError(.type, "'\(x.pythonTypeName)' object is not iterable")
                }
            case "insert":
                guard a.positional.count == 2, let i = Operators.index(a.positional[0]) else {
                    throw JinjaError(.type, "insert expected 2 arguments")
                }
                let idx = i < 0 ? max(0, i + l.count) : min(i, l.count)
                l.insert(a.positional[1], at: idx)
            case "pop":
                guard !l.isEmpty else { throw JinjaError(.value, "pop from empty list") }
                let i = a.positional.first.flatMap { Operators.index($0) } ?? -1
                let idx = i < 0 ? i + l.count : i
                guard idx >= 0 && idx < l.count else { throw JinjaError(.value, "pop index out of range") }
                return l.remove(at: idx)
            case "remove":
                guard let x = a.positional.first, let i = l.firstIndex(where: { Operators.equal($0, x) }) else {
                    throw JinjaError(.value, "list.remove(x): x not in list")
                }
                l.remove(at: i)
            case "clear": l.removeAll()
            case "reverse": l.reverse()
            case "sort":
                let reverse = a.keyword("reverse")?.isTruthy ?? false
                var failure: JinjaError?
                l.sort { x, y in
                    do {
                        return try Operators.order(x, y, "<") < 0
                    } catch {
                        failure = error as? JinjaError
                        return false
                    }
                }
                if let failure { throw failure }
                if reverse { l.reverse() }
            default:
                throw JinjaError(.type, "'list' object has no attribute '\(name)'")
            }
            return .null
        case .dict(var d):
            defer { v = .dict(d) }
            switch name {
            case "update":
                for x in a.positional {
                    if case .dict(let other) = x {
                        d.update(other)
                    } else if let pairs = x.listValue {
                        for p in pairs {
                            guard let kv = p.listValue, kv.count == 2 else {
                                throw JinjaError(.value, "dictionary update sequence element has wrong length")
                            }
                            d[kv[0]] = kv[1]
                        }
                    } else {
                        throw JinjaError(.type, "'\(x.pythonTypeName)' object is not iterable")
                    }
                }
                for (k, x) in a.keywords { d[string: k] = x }
            case "pop":
                guard let k = a.positional.first else { throw JinjaError(.type, "pop expected at least 1 argument, got 0") }
                if let x = d.removeValue(forKey: k) { return x }
                if a.positional.count > 1 { return a.positional[1] }
                throw JinjaError(.value, "KeyError: \(PythonFormat.repr(k))")
            case "setdefault":
                guard let k = a.positional.first else { throw JinjaError(.type, "setdefault expected at least 1 argument, got 0") }
                if let x = d[k] { return x }
                let dflt = a.positional.count > 1 ? a.positional[1] : .null
                d[k] = dflt
                return dflt
            case "popitem":
                guard let k = d.keys.last, let x = d.removeValue(forKey: k) else {
                    throw JinjaError(.value, "KeyError: 'popitem(): dictionary is empty'")
                }
                return .tuple([k, x])
            case "clear": d = ValueDict()
            default:
                throw JinjaError(.type, "'dict' object has no attribute '\(name)'")
            }
            return .null
        default:
            throw JinjaError(.type, "'\(v.pythonTypeName)' object has no attribute '\(name)'")
        }
    }
}
