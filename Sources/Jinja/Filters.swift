import Foundation
import SwansibleCore

extension Builtins {
    static func f(_ body: @escaping @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> Value) -> Filter { body }

    /// Jinja2's builtin filters.
    static let filters: [String: Filter] = [
        "abs": f { v, _, _ throws(JinjaError) in
            switch v {
            case .int(let i): return i == Int.min ? .integer(-BigInt(i)) : .int(abs(i))
            case .float(let d): return .float(abs(d))
            case .bool(let b): return .int(b ? 1 : 0)
            case .bigInt(let s): return .bigInt(s.hasPrefix("-") ? String(s.dropFirst()) : s)
            default: throw JinjaError(.type, "bad operand type for abs(): '\(v.pythonTypeName)'")
            }
        },
        "attr": f { v, a, r throws(JinjaError) in
            let b = try a.bind("attr", ["name"], min: 1)
            guard let name = b[0]?.stringValue else { return r.undefined("") }
            switch v {
            case .dict, .list, .tuple, .string, .unsafe:
                return Methods.bound(v, name) ?? .object(Undefined(kind: r.undefinedKind, name: .string(name), owner: v))
            default: return try r.getattr(v, name)
            }
        },
        "batch": f { v, a, r throws(JinjaError) in
            let b = try a.bind("batch", ["linecount", "fill_with"], min: 1)
            let n = try int(b[0], "batch")
            guard n > 0 else { throw JinjaError(.value, "batch size must be positive") }
            var out: [Value] = []
            var tmp: [Value] = []
            for item in try list(v, r) {
                if tmp.count == n {
                    out.append(.list(tmp))
                    tmp = []
                }
                tmp.append(item)
            }
            if !tmp.isEmpty {
                if let fill = b[1], !fill.isNone || b[1] != nil {
                    if let fill = b[1] { while tmp.count < n { tmp.append(fill) } }
                }
                out.append(.list(tmp))
            }
            return .list(out)
        },
        "capitalize": f { v, _, _ throws(JinjaError) in .string(PyString.capitalize(try string(v))) },
        "center": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("center", ["width"])
            let width = b[0].flatMap { Operators.index($0) } ?? 80
            let s = try string(v)
            let n = s.unicodeScalars.count
            guard width > n else { return .string(s) }
            let pad = width - n
            let left = pad / 2 + (pad & width & 1)
            return .string(String(repeating: " ", count: left) + s + String(repeating: " ", count: pad - left))
        },
        "count": f { v, _, r throws(JinjaError) in try length(v, r) },
        "length": f { v, _, r throws(JinjaError) in try length(v, r) },
        "d": f { v, a, r throws(JinjaError) in try defaultFilter(v, a, r) },
        "default": f { v, a, r throws(JinjaError) in try defaultFilter(v, a, r) },
        "dictsort": f { v, a, r throws(JinjaError) in
            let b = try a.bind("dictsort", ["case_sensitive", "by", "reverse"])
            let caseSensitive = b[0]?.isTruthy ?? false
            let by = b[1]?.stringValue ?? "key"
            let reverse = b[2]?.isTruthy ?? false
            guard case .dict(let d) = v else { throw JinjaError(.raised, "You can only sort by either \"key\" or \"value\"") }
            let pos: Int
            switch by {
            case "key": pos = 0
            case "value": pos = 1
            default: throw JinjaError(.raised, "You can only sort by either \"key\" or \"value\"")
            }
            let items = d.items.map { Value.tuple([$0.0, $0.1]) }
            return .list(
                try sortValues(
                    items, { (x: Value) throws(JinjaError) -> Value in ignoreCase(x.listValue?[pos] ?? .null, caseSensitive) },
                    reverse: reverse))
        },
        "e": f { v, _, r throws(JinjaError) in
            r.safeOutput = true
            return .string(htmlEscape(try string(v)))
        },
        "escape": f { v, _, r throws(JinjaError) in
            r.safeOutput = true
            return .string(htmlEscape(try string(v)))
        },
        "forceescape": f { v, _, r throws(JinjaError) in
            r.safeOutput = true
            return .string(htmlEscape(try string(v)))
        },
        "filesizeformat": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("filesizeformat", ["binary"])
            let binary = b[0]?.isTruthy ?? false
            guard let n = Operators.num(v) else { throw JinjaError(.type, "float() argument must be a string or a real number") }
            let bytes = Operators.double(n)
            let base = binary ? 1024.0 : 1000.0
            let prefixes =
                binary ? ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"] : ["kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
            if bytes == 1 { return "1 Byte" }
            if bytes < base { return .string("\(Int(bytes)) Bytes") }
            var unit = base
            for (i, p) in prefixes.enumerated() {
                unit = pow(base, Double(i + 2))
                if bytes < unit { return .string(String(format: "%.1f %@", base * bytes / unit, p)) }
            }
            return .string(String(format: "%.1f %@", base * bytes / unit, prefixes[prefixes.count - 1]))
        },
        "first": f { v, _, r throws(JinjaError) in
            let items = try list(v, r)
            return items.first ?? .object(Undefined(kind: r.undefinedKind, name: nil, hint: "No first item, sequence was empty."))
        },
        "last": f { v, _, r throws(JinjaError) in
            let items = try list(v, r)
            return items.last ?? .object(Undefined(kind: r.undefinedKind, name: nil, hint: "No last item, sequence was empty."))
        },
        "float": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("float", ["default"])
            return toFloat(v) ?? (b[0] ?? .float(0))
        },
        "int": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("int", ["default", "base"])
            let base = b[1].flatMap { Operators.index($0) } ?? 10
            return toInt(v, base: base) ?? (b[0] ?? .int(0))
        },
        "format": f { v, a, _ throws(JinjaError) in
            if !a.positional.isEmpty && !a.keywords.isEmpty {
                throw JinjaError(.raised, "can't handle positional and keyword arguments at the same time")
            }
            let args: Value
            if !a.keywords.isEmpty {
                var d = ValueDict()
                for (k, x) in a.keywords { d[string: k] = x }
                args = .dict(d)
            } else {
                args = .tuple(a.positional)
            }
            return .string(try PercentFormat.format(try string(v), args))
        },
        "groupby": f { v, a, r throws(JinjaError) in
            let b = try a.bind("groupby", ["attribute", "default", "case_sensitive"], min: 1)
            guard let attr = b[0] else { return .list([]) }
            let caseSensitive = b[2]?.isTruthy ?? false
            func key(_ x: Value) throws(JinjaError) -> Value {
                var k = try attribute(x, attr, r)
                // Ansible's missing values are not Jinja2 Undefined objects: the default never applies
                if k.isUndefined, let d = b[1], r.environment.undefined != .ansible { k = d }
                return ignoreCase(k, caseSensitive)
            }
            let sorted = try sortValues(try list(v, r), key, reverse: false)
            var groups: [Value] = []
            var currentKey: Value?
            var current: [Value] = []
            var firstOriginal: Value = .null
            for item in sorted {
                let k = try key(item)
                if let ck = currentKey, Operators.equal(ck, k) {
                    current.append(item)
                } else {
                    if currentKey != nil {
                        groups.append(.object(GroupTuple(grouper: caseSensitive ? currentKey ?? .null : firstOriginal, list: current)))
                    }
                    currentKey = k
                    current = [item]
                    var orig = try attribute(item, attr, r)
                    if orig.isUndefined, let d = b[1] { orig = d }
                    firstOriginal = orig
                }
            }
            if currentKey != nil {
                groups.append(.object(GroupTuple(grouper: caseSensitive ? currentKey ?? .null : firstOriginal, list: current)))
            }
            return .list(groups)
        },
        "indent": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("indent", ["width", "first", "blank"])
            let indention: String
            if let w = b[0], let s = w.stringValue {
                indention = s
            } else {
                indention = String(repeating: " ", count: b[0].flatMap { Operators.index($0) } ?? 4)
            }
            let s = try string(v) + "\n"
            var rv: String
            if b[2]?.isTruthy ?? false {
                rv = PyString.splitlines(s, keepends: false).joined(separator: "\n" + indention)
            } else {
                var lines = PyString.splitlines(s, keepends: false)
                rv = lines.isEmpty ? "" : lines.removeFirst()
                if !lines.isEmpty {
                    rv += "\n" + lines.map { $0.isEmpty ? $0 : indention + $0 }.joined(separator: "\n")
                }
            }
            if b[1]?.isTruthy ?? false { rv = indention + rv }
            return .string(rv)
        },
        "items": f { v, _, r throws(JinjaError) in
            if v.isUndefined { return .list([]) }
            guard case .dict(let d) = v else { throw JinjaError(.type, "Can only get item pairs from a mapping.") }
            return .list(d.items.map { .tuple([$0.0, $0.1]) })
        },
        "join": f { v, a, r throws(JinjaError) in
            let b = try a.bind("join", ["d", "attribute"])
            let sep = try b[0].map { (x: Value) throws(JinjaError) -> String in try string(x) } ?? ""
            var parts: [String] = []
            for item in try list(v, r) {
                let x = try b[1].map { (attr: Value) throws(JinjaError) -> Value in try attribute(item, attr, r) } ?? item
                parts.append(try string(x))
            }
            return .string(parts.joined(separator: sep))
        },
        "list": f { v, _, r throws(JinjaError) in .list(try list(v, r)) },
        "lower": f { v, _, _ throws(JinjaError) in .string(try string(v).lowercased()) },
        "upper": f { v, _, _ throws(JinjaError) in .string(try string(v).uppercased()) },
        "map": f { v, a, r throws(JinjaError) in
            if !v.isTruthy && !v.isUndefined { return .list([]) }
            let items = try list(v, r)
            if a.positional.isEmpty, let attr = a.keyword("attribute") {
                let dflt = a.keyword("default")
                return .list(
                    try items.map { (x: Value) throws(JinjaError) -> Value in
                        let y = try attribute(x, attr, r)
                        if y.isUndefined, let dflt { return dflt }
                        return y
                    })
            }
            guard let name = a.positional.first?.stringValue else {
                throw JinjaError(.raised, "map requires a filter argument")
            }
            let rest = Arguments(Array(a.positional.dropFirst()), a.keywords)
            return .list(try items.map { (x: Value) throws(JinjaError) -> Value in try r.applyFilter(name, x, rest) })
        },
        "max": f { v, a, r throws(JinjaError) in try minMax(v, a, r, wantMax: true) },
        "min": f { v, a, r throws(JinjaError) in try minMax(v, a, r, wantMax: false) },
        "pprint": f { v, _, _ throws(JinjaError) in .string(PrettyPrint.format(v)) },
        "random": f { v, _, r throws(JinjaError) in
            let items = try list(v, r)
            // Jinja2 gives an undefined value (not an error) for an empty sequence
            guard let x = items.randomElement() else {
                return .object(Undefined(kind: r.environment.undefined, name: nil, hint: "No random item, sequence was empty."))
            }
            return x
        },
        "reject": f { v, a, r throws(JinjaError) in try selectOrReject(v, a, r, select: true, lookupAttr: false, negate: true) },
        "rejectattr": f { v, a, r throws(JinjaError) in try selectOrReject(v, a, r, select: true, lookupAttr: true, negate: true) },
        "select": f { v, a, r throws(JinjaError) in try selectOrReject(v, a, r, select: true, lookupAttr: false, negate: false) },
        "selectattr": f { v, a, r throws(JinjaError) in try selectOrReject(v, a, r, select: true, lookupAttr: true, negate: false) },
        "replace": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("replace", ["old", "new", "count"], min: 2)
            let count = b[2].flatMap { Operators.index($0) } ?? -1
            return .string(PyString.replace(try string(v), try string(b[0] ?? ""), try string(b[1] ?? ""), count: count))
        },
        "reverse": f { v, _, r throws(JinjaError) in
            if let s = v.stringValue { return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed()))) }
            return .list(try list(v, r).reversed())
        },
        "round": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("round", ["precision", "method"])
            let precision = b[0].flatMap { Operators.index($0) } ?? 0
            let method = b[1]?.stringValue ?? "common"
            guard let n = Operators.num(v) else { throw JinjaError(.type, "type \(v.pythonTypeName) doesn't define __round__ method") }
            switch method {
            case "common":
                if case .int(let i) = n, precision >= 0 { return .int(i) }
                return .float(pythonRound(Operators.double(n), precision))
            case "ceil", "floor":
                let scale = pow(10.0, Double(precision))
                let x = Operators.double(n) * scale
                return .float((method == "ceil" ? x.rounded(.up) : x.rounded(.down)) / scale)
            default:
                throw JinjaError(.raised, "method must be common, ceil or floor")
            }
        },
        "safe": f { v, _, r throws(JinjaError) in
            r.safeOutput = true
            return v
        },
        "slice": f { v, a, r throws(JinjaError) in
            let b = try a.bind("slice", ["slices", "fill_with"], min: 1)
            let slices = try int(b[0], "slice")
            let seq = try list(v, r)
            let length = seq.count
            let perSlice = length / slices
            let withExtra = length % slices
            var offset = 0
            var out: [Value] = []
            for i in 0..<slices {
                let start = offset + i * perSlice
                if i < withExtra { offset += 1 }
                let end = offset + (i + 1) * perSlice
                var tmp = Array(seq[min(start, length)..<min(end, length)])
                if let fill = b[1], i >= withExtra { tmp.append(fill) }
                out.append(.list(tmp))
            }
            return .list(out)
        },
        "sort": f { v, a, r throws(JinjaError) in
            let b = try a.bind("sort", ["reverse", "case_sensitive", "attribute"])
            let reverse = b[0]?.isTruthy ?? false
            let caseSensitive = b[1]?.isTruthy ?? false
            let attrs = b[2].map { (x: Value) -> [Value] in
                if let s = x.stringValue { return s.split(separator: ",").map { .string(String($0).trimmingCharacters(in: .whitespaces)) } }
                return [x]
            }
            return .list(
                try sortValues(
                    try list(v, r),
                    { (x: Value) throws(JinjaError) -> Value in
                        guard let attrs else { return ignoreCase(x, caseSensitive) }
                        if attrs.count == 1 { return ignoreCase(try attribute(x, attrs[0], r), caseSensitive) }
                        return .tuple(
                            try attrs.map { (at: Value) throws(JinjaError) -> Value in ignoreCase(try attribute(x, at, r), caseSensitive) })
                    }, reverse: reverse))
        },
        "string": f { v, _, _ throws(JinjaError) in .string(try string(v)) },
        "striptags": f { v, _, _ throws(JinjaError) in
            var s = try string(v)
            while let open = s.range(of: "<!--"), let close = s.range(of: "-->", range: open.upperBound..<s.endIndex) {
                s.removeSubrange(open.lowerBound..<close.upperBound)
            }
            var out = ""
            var inTag = false
            for ch in s {
                if ch == "<" {
                    inTag = true
                } else if ch == ">" && inTag {
                    inTag = false
                } else if !inTag {
                    out.append(ch)
                }
            }
            let words = PyString.split(unescapeHTML(out), nil)
            return .string(words.joined(separator: " "))
        },
        "sum": f { v, a, r throws(JinjaError) in
            let b = try a.bind("sum", ["attribute", "start"])
            var total: Value = b[1] ?? .int(0)
            for item in try list(v, r) {
                let x = try b[0].map { (attr: Value) throws(JinjaError) -> Value in try attribute(item, attr, r) } ?? item
                total = try Operators.binary(.add, total, x)
            }
            return total
        },
        "title": f { v, _, _ throws(JinjaError) in
            // Jinja2: words start after '-', whitespace, '(', '{', '[' or '<'
            var out = ""
            var startOfWord = true
            for ch in try string(v) {
                if ch == "-" || ch.isWhitespace || "({[<".contains(ch) {
                    out.append(ch)
                    startOfWord = true
                } else {
                    out += startOfWord ? ch.uppercased() : ch.lowercased()
                    startOfWord = false
                }
            }
            return .string(out)
        },
        "tojson": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("tojson", ["indent"])
            var w = JSONWriter(indent: b[0].flatMap { Operators.index($0) }, sortKeys: true, ensureASCII: true)
            w.vaultAsObject = false
            var text = w.write(v)
            text = text.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
                .replacingOccurrences(of: "&", with: "\\u0026").replacingOccurrences(of: "'", with: "\\u0027")
            return .string(text)
        },
        "trim": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("trim", ["chars"])
            let chars = try b[0].flatMap { (x: Value) throws(JinjaError) -> String? in x.isNone ? nil : try string(x) }
            return .string(PyString.strip(try string(v), chars))
        },
        "truncate": f { v, a, r throws(JinjaError) in
            let b = try a.bind("truncate", ["length", "killwords", "end", "leeway"])
            let s = try string(v)
            let length = b[0].flatMap { Operators.index($0) } ?? 255
            let killwords = b[1]?.isTruthy ?? false
            let end = try b[2].map { (x: Value) throws(JinjaError) -> String in try string(x) } ?? "..."
            let leeway =
                (b[3].flatMap { $0.isNone ? nil : $0 } ?? r.environment.policies["truncate.leeway"]).flatMap { Operators.index($0) } ?? 5
            let scalars = Array(s.unicodeScalars)
            if scalars.count <= length + leeway { return .string(s) }
            let cut = max(0, length - end.unicodeScalars.count)
            var head = String(String.UnicodeScalarView(scalars[0..<min(cut, scalars.count)]))
            if killwords { return .string(head + end) }
            if let space = head.unicodeScalars.lastIndex(of: " ") {
                head = String(head.unicodeScalars[..<space])
            } else {
                head = ""
            }
            return .string(head + end)
        },
        "unique": f { v, a, r throws(JinjaError) in
            let b = try a.bind("unique", ["case_sensitive", "attribute"])
            let caseSensitive = b[0]?.isTruthy ?? false
            var seen: [Value] = []
            var out: [Value] = []
            for item in try list(v, r) {
                var key = try b[1].map { (attr: Value) throws(JinjaError) -> Value in try attribute(item, attr, r) } ?? item
                if let u = key.undefined, r.environment.undefined == .ansible {
                    // Ansible's unique wraps Jinja2's and cannot fall back when given parameters
                    throw JinjaError(
                        .raised,
                        "Jinja2's unique filter failed and we cannot fall back to Ansible's version as it does not support the parameters supplied: \(u.message)"
                    )
                }
                key = ignoreCase(key, caseSensitive)
                if !seen.contains(where: { Operators.equal($0, key) }) {
                    seen.append(key)
                    out.append(item)
                }
            }
            return .list(out)
        },
        "urlencode": f { v, _, _ throws(JinjaError) in
            func quote(_ s: String, safe: String) -> String {
                var out = ""
                for byte in s.utf8 {
                    let c = Character(Unicode.Scalar(byte))
                    if byte < 128 && (c.isLetter || c.isNumber || "_.-~".contains(c) || safe.contains(c)) {
                        out.append(c)
                    } else {
                        out += String(format: "%%%02X", byte)
                    }
                }
                return out
            }
            switch v {
            case .dict(let d):
                // query strings: spaces as '+'
                func q(_ s: String) -> String { quote(s, safe: "").replacingOccurrences(of: "%20", with: "+") }
                return .string(d.items.map { q(PythonFormat.str($0.0)) + "=" + q(PythonFormat.str($0.1)) }.joined(separator: "&"))
            default:
                return .string(quote(try string(v), safe: "/"))
            }
        },
        "urlize": f { v, a, r throws(JinjaError) in
            let b = try a.bind("urlize", ["trim_url_limit", "nofollow", "target", "rel", "extra_schemes"])
            let policies = r.environment.policies
            func words(_ x: Value?) -> [String] { (x?.stringValue ?? "").split(separator: " ").map(String.init) }
            var relParts = Set(words(b[3]))
            if b[1]?.isTruthy ?? false { relParts.insert("nofollow") }
            relParts.formUnion(words(policies["urlize.rel"]))
            let rel = relParts.sorted().joined(separator: " ")
            let target = b[2].flatMap { $0.isNone ? nil : $0 } ?? policies["urlize.target"]
            var schemes: [String] = []
            let extra = b[4].flatMap { $0.isNone ? nil : $0 } ?? policies["urlize.extra_schemes"]
            for x in extra?.listValue ?? [] {
                let s = try string(x)
                guard Urlize.matches(Urlize.scheme, s) else {
                    throw JinjaError(.runtime, "\(PythonFormat.repr(.string(s))) is not a valid URI scheme prefix.")
                }
                schemes.append(s)
            }
            let trim = b[0].flatMap { Operators.index($0) }
            return .string(
                Urlize.urlize(try string(v), trim: trim, rel: rel.isEmpty ? nil : rel, target: target?.stringValue, extraSchemes: schemes))
        },
        "wordcount": f { v, _, _ throws(JinjaError) in
            var count = 0
            var inWord = false
            for ch in try string(v) {
                if ch.isLetter || ch.isNumber || ch == "_" {
                    if !inWord { count += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
            }
            return .int(count)
        },
        "wordwrap": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("wordwrap", ["width", "break_long_words", "wrapstring", "break_on_hyphens"])
            let width = b[0].flatMap { Operators.index($0) } ?? 79
            let breakLong = b[1]?.isTruthy ?? true
            let wrap = try b[2].map { (x: Value) throws(JinjaError) -> String in try string(x) } ?? "\n"
            let breakHyphens = b[3]?.isTruthy ?? true
            let s = try string(v)
            let paragraphs = PyString.splitlines(s, keepends: false)
            return .string(
                paragraphs.map {
                    TextWrap.wrap($0, width: width, breakLongWords: breakLong, breakOnHyphens: breakHyphens).joined(separator: wrap)
                }
                .joined(separator: wrap))
        },
        "xmlattr": f { v, a, _ throws(JinjaError) in
            guard case .dict(let d) = v else { return "" }
            let autospace = a.positional.first?.isTruthy ?? true
            var parts: [String] = []
            for (k, x) in d.items {
                if x.isNone || x.isUndefined { continue }
                let key = PythonFormat.str(k)
                if key.contains(where: { $0 == " " || $0 == "/" || $0 == ">" || $0 == "=" }) {
                    throw JinjaError(.value, "Invalid character in attribute name: \(PythonFormat.repr(k))")
                }
                parts.append("\(htmlEscape(key))=\"\(htmlEscape(try string(x)))\"")
            }
            let rv = parts.joined(separator: " ")
            return .string(autospace && !rv.isEmpty ? " " + rv : rv)
        },
    ]

    static func length(_ v: Value, _ r: Renderer) throws(JinjaError) -> Value {
        switch v {
        case .string(let s), .unsafe(let s): return .int(s.unicodeScalars.count)
        case .list(let l), .tuple(let l): return .int(l.count)
        case .dict(let d): return .int(d.count)
        case .object(let o):
            if let u = o as? Undefined {
                if u.kind == .strict || u.kind == .ansible { throw u.error() }
                return .int(0)
            }
            if let range = o as? PyRange { return .int(range.count) }
            if let it = o as? IterableObject { return .int(it.listItems.count) }
            if let ns = o as? Namespace { return .int(ns.attrs.count) }
            if let lazy = o as? LazyMapping { return .int(lazy.keys.count) }
            throw JinjaError(.type, "object of type '\(o.typeName)' has no len()")
        default:
            throw JinjaError(.type, "object of type '\(v.pythonTypeName)' has no len()")
        }
    }

    static func defaultFilter(_ v: Value, _ a: Arguments, _ r: Renderer) throws(JinjaError) -> Value {
        let b = try a.bind("default", ["default_value", "boolean"])
        let dflt = b[0] ?? .string("")
        let boolean = b[1]?.isTruthy ?? false
        if v.isUndefined || (boolean && !v.isTruthy) { return dflt }
        return v
    }

    static func toFloat(_ v: Value) -> Value? {
        switch v {
        case .int(let i): return .float(Double(i))
        case .bool(let b): return .float(b ? 1 : 0)
        case .float: return v
        case .bigInt(let s): return Double(s).map { .float($0) }
        case .string(let s), .unsafe(let s):
            let t = PyString.strip(s, nil).replacingOccurrences(of: "_", with: "")
            switch t.lowercased() {
            case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
            case "-inf", "-infinity": return .float(-.infinity)
            case "nan", "+nan", "-nan": return .float(.nan)
            default: break
            }
            guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }) else { return nil }
            return Double(t).map { .float($0) }
        default: return nil
        }
    }

    static func toInt(_ v: Value, base: Int) -> Value? {
        switch v {
        case .int, .bigInt: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            guard d.isFinite else { return nil }
            return Int(exactly: d.rounded(.towardZero)).map { .int($0) }
        case .string(let s), .unsafe(let s):
            var t = PyString.strip(s, nil)
            var negative = false
            if t.hasPrefix("-") || t.hasPrefix("+") {
                negative = t.hasPrefix("-")
                t.removeFirst()
            }
            var radix = base
            let lower = t.lowercased()
            if (base == 16 || base == 0) && lower.hasPrefix("0x") {
                radix = 16
                t = String(t.dropFirst(2))
            } else if (base == 8 || base == 0) && lower.hasPrefix("0o") {
                radix = 8
                t = String(t.dropFirst(2))
            } else if (base == 2 || base == 0) && lower.hasPrefix("0b") {
                radix = 2
                t = String(t.dropFirst(2))
            } else if base == 0 {
                radix = 10
            }
            if t.hasPrefix("_") || t.hasSuffix("_") || t.contains("__") { return nil }
            let digits = t.replacingOccurrences(of: "_", with: "")
            // int() refuses a base outside 2...36 (other than 0): the float fallback remains
            if !digits.isEmpty, (2...36).contains(radix), let i = Int(digits, radix: radix) { return .int(negative ? -i : i) }
            if !digits.isEmpty, radix == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return .bigInt(LongInteger.decimal(digits.compactMap { $0.wholeNumberValue }, radix: 10, negative: negative))
            }
            // "42.23"|int is 42
            if case .float(let d)? = toFloat(v), d.isFinite { return Int(exactly: d.rounded(.towardZero)).map { .int($0) } }
            return nil
        default: return nil
        }
    }

    /// Python's `round(x, n)`: correctly rounded, ties to even.
    static func pythonRound(_ x: Double, _ n: Int) -> Double {
        guard x.isFinite else { return x }
        if n >= 0 {
            return Double(String(format: "%.\(min(n, 300))f", x)) ?? x
        }
        let scale = pow(10.0, Double(-n))
        let y = x / scale
        let r = Double(String(format: "%.0f", y)) ?? y
        return r * scale
    }

    static func minMax(_ v: Value, _ a: Arguments, _ r: Renderer, wantMax: Bool) throws(JinjaError) -> Value {
        let b = try a.bind(wantMax ? "max" : "min", ["case_sensitive", "attribute"])
        let caseSensitive = b[0]?.isTruthy ?? false
        let items = try list(v, r)
        guard !items.isEmpty else {
            return .object(Undefined(kind: r.undefinedKind, name: nil, hint: "No aggregated item, sequence was empty."))
        }
        var best = items[0]
        func key(_ x: Value) throws(JinjaError) -> Value {
            let k = try b[1].map { (attr: Value) throws(JinjaError) -> Value in try attribute(x, attr, r) } ?? x
            return ignoreCase(k, caseSensitive)
        }
        var bestKey = try key(best)
        for item in items.dropFirst() {
            let k = try key(item)
            let c = try Operators.order(k, bestKey, wantMax ? ">" : "<")
            if wantMax ? c > 0 : c < 0 {
                best = item
                bestKey = k
            }
        }
        return best
    }

    static func selectOrReject(_ v: Value, _ a: Arguments, _ r: Renderer, select: Bool, lookupAttr: Bool, negate: Bool) throws(JinjaError)
        -> Value
    {
        var args = a.positional
        var attr: Value?
        if lookupAttr {
            guard !args.isEmpty else { throw JinjaError(.type, "Missing parameter for attribute name") }
            attr = args.removeFirst()
        }
        var testName: String?
        if !args.isEmpty {
            guard let n = args.removeFirst().stringValue else { throw JinjaError(.type, "test name must be a string") }
            testName = n
        }
        let testArgs = Arguments(args, a.keywords)
        var out: [Value] = []
        for item in try list(v, r) {
            let x = try attr.map { (at: Value) throws(JinjaError) -> Value in try attribute(item, at, r) } ?? item
            var ok: Bool
            if let testName {
                ok = try r.applyTest(testName, x, testArgs)
            } else {
                ok = try r.truth(x)
            }
            if negate { ok = !ok }
            if ok { out.append(item) }
        }
        return .list(out)
    }

    static func unescapeHTML(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#34;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Python's `textwrap.wrap` as Jinja2's `wordwrap` uses it.
enum TextWrap {
    static func wrap(_ text: String, width: Int, breakLongWords: Bool, breakOnHyphens: Bool) -> [String] {
        // expand tabs and turn whitespace into spaces, as TextWrapper does
        let cleaned = String(text.map { $0.isWhitespace ? " " : $0 })
        var chunks: [String] = []
        var current = ""
        var inSpace: Bool?
        for ch in cleaned {
            let space = ch == " "
            if let s = inSpace, s != space {
                chunks.append(current)
                current = ""
            }
            if !space && breakOnHyphens && ch == "-" && !current.isEmpty && current.last?.isLetter == true {
                current.append(ch)
                chunks.append(current)
                current = ""
                inSpace = nil
                continue
            }
            current.append(ch)
            inSpace = space
        }
        if !current.isEmpty { chunks.append(current) }
        var lines: [String] = []
        var chunksLeft = Array(chunks.reversed())
        while !chunksLeft.isEmpty {
            var line: [String] = []
            var len = 0
            if let last = chunksLeft.last, last.allSatisfy({ $0 == " " }), !lines.isEmpty { chunksLeft.removeLast() }
            while let chunk = chunksLeft.last {
                let l = chunk.count
                if len + l <= width {
                    line.append(chunksLeft.removeLast())
                    len += l
                } else {
                    break
                }
            }
            if let chunk = chunksLeft.last, chunk.count > width {
                if breakLongWords {
                    let space = max(width - len, 1)
                    line.append(String(chunk.prefix(space)))
                    chunksLeft[chunksLeft.count - 1] = String(chunk.dropFirst(space))
                } else if line.isEmpty {
                    line.append(chunksLeft.removeLast())
                }
            }
            while let l = line.last, l.allSatisfy({ $0 == " " }) { line.removeLast() }
            if !line.isEmpty { lines.append(line.joined()) }
        }
        return lines
    }
}
