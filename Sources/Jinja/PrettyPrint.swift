import SwansibleCore

/// Python's `pprint.pformat` (width 80, dicts sorted).
enum PrettyPrint {
    static func format(_ v: Value, width: Int = 80) -> String {
        var out = ""
        write(v, indent: 0, allowance: 0, width: width, into: &out)
        return out
    }

    static func sortedRepr(_ v: Value) -> String {
        switch v {
        case .dict(let d):
            let pairs = d.items.sorted { JSONWriter.keyLess($0.0, $1.0) }
            return "{" + pairs.map { sortedRepr($0.0) + ": " + sortedRepr($0.1) }.joined(separator: ", ") + "}"
        case .list(let l): return "[" + l.map(sortedRepr).joined(separator: ", ") + "]"
        case .tuple(let l): return "(" + l.map(sortedRepr).joined(separator: ", ") + (l.count == 1 ? ",)" : ")")
        default: return PythonFormat.repr(v)
        }
    }

    static func write(_ v: Value, indent: Int, allowance: Int, width: Int, into out: inout String) {
        let rep = sortedRepr(v)
        if rep.count <= width - indent - allowance {
            out += rep
            return
        }
        switch v {
        case .list(let l), .tuple(let l):
            let isTuple: Bool = { if case .tuple = v { return true } else { return false } }()
            out += isTuple ? "(" : "["
            for (i, e) in l.enumerated() {
                if i > 0 { out += ",\n" + String(repeating: " ", count: indent + 1) }
                let last = i == l.count - 1
                write(e, indent: indent + 1, allowance: last ? allowance + 1 : 1, width: width, into: &out)
            }
            if isTuple && l.count == 1 { out += "," }
            out += isTuple ? ")" : "]"
        case .dict(let d):
            out += "{"
            let pairs = d.items.sorted { JSONWriter.keyLess($0.0, $1.0) }
            for (i, (k, x)) in pairs.enumerated() {
                if i > 0 { out += ",\n" + String(repeating: " ", count: indent + 1) }
                let key = sortedRepr(k)
                out += key + ": "
                let last = i == pairs.count - 1
                write(x, indent: indent + key.count + 3, allowance: last ? allowance + 1 : 1, width: width, into: &out)
            }
            out += "}"
        default:
            out += rep
        }
    }
}
