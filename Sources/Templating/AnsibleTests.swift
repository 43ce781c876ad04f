import Foundation
import Jinja
import SwansibleCore

extension AnsibleFilters {
    static func regexTest(_ v: Value, _ a: Arguments, mode: String) throws(JinjaError) -> Bool {
        guard let p = a.positional.first ?? a.keyword("pattern") else {
            throw JinjaError(.type, "\(mode)() missing 1 required positional argument: 'pattern'")
        }
        let s = try str(v)
        let regex = try PyRegex.compile(
            try str(p), ignorecase: a.keyword("ignorecase")?.isTruthy ?? false, multiline: a.keyword("multiline")?.isTruthy ?? false)
        switch mode {
        case "match": return (try? regex.prefixMatch(in: s)) != nil
        case "fullmatch": return (try? regex.wholeMatch(in: s)) != nil
        default: return s.firstMatch(of: regex) != nil
        }
    }

    /// Loose version comparison as Python's `LooseVersion` (numbers and words).
    static func looseParts(_ s: String) -> [Value] {
        var out: [Value] = []
        var current = ""
        var isNum: Bool?
        func flush() {
            guard !current.isEmpty else { return }
            out.append(isNum == true ? .int(Int(current) ?? 0) : .string(current))
            current = ""
        }
        for ch in s {
            if ch == "." {
                flush()
                isNum = nil
                continue
            }
            let n = ch.isNumber
            if let isNum, isNum != n { flush() }
            isNum = n
            current.append(ch)
        }
        flush()
        return out
    }

    static func compareLoose(_ a: [Value], _ b: [Value]) -> Int {
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (.int(let p), .int(let q)) where p != q: return p < q ? -1 : 1
            case (.string(let p), .string(let q)) where p != q: return p < q ? -1 : 1
            case (.int, .string): return -1
            case (.string, .int): return 1
            default: continue
            }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    static func strictParts(_ s: String) -> [Int]? {
        let parts = s.split(separator: ".")
        guard parts.count >= 2 && parts.count <= 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) && !$0.isEmpty }) else { return nil }
        var n = parts.compactMap { Int($0) }
        while n.count < 3 { n.append(0) }
        return n
    }

    static func version(_ v: Value, _ a: Arguments) throws(JinjaError) -> Bool {
        let b = try a.bind("version", ["version", "operator", "strict", "version_type"], min: 1)
        let lhs = try str(v)
        let rhs = try str(b[0] ?? "")
        let op = b[1]?.stringValue ?? "eq"
        let type = b[3]?.stringValue ?? ((b[2]?.isTruthy ?? false) ? "strict" : "loose")
        var c: Int
        switch type {
        case "strict", "semver", "semantic":
            guard let x = strictParts(lhs) else { throw JinjaError(.value, "invalid version number '\(lhs)'") }
            guard let y = strictParts(rhs) else { throw JinjaError(.value, "invalid version number '\(rhs)'") }
            c = x == y ? 0 : (x.lexicographicallyPrecedes(y) ? -1 : 1)
        default:
            c = compareLoose(looseParts(lhs), looseParts(rhs))
        }
        switch op {
        case "==", "=", "eq": return c == 0
        case "!=", "<>", "ne": return c != 0
        case "<", "lt": return c < 0
        case "<=", "le": return c <= 0
        case ">", "gt": return c > 0
        case ">=", "ge": return c >= 0
        default: throw JinjaError(.raised, "Invalid operator type (\(op))")
        }
    }

    static func resultField(_ v: Value, _ key: String) throws(JinjaError) -> Bool {
        guard case .dict(let d) = v else { throw JinjaError(.raised, "The '\(key)' test expects a dictionary") }
        return d[string: key]?.isTruthy ?? false
    }

    static let tests: [String: Test] = [
        "match": t { v, a, _ throws(JinjaError) in try regexTest(v, a, mode: "match") },
        "search": t { v, a, _ throws(JinjaError) in try regexTest(v, a, mode: "search") },
        "regex": t { v, a, _ throws(JinjaError) in
            let mode = (a.keyword("match_type")?.stringValue ?? "search")
            guard ["search", "match", "fullmatch"].contains(mode) else {
                throw JinjaError(.raised, "Invalid match_type specified. Expected one of: search, match, fullmatch.")
            }
            return try regexTest(v, a, mode: mode)
        },
        "version": t { v, a, _ throws(JinjaError) in try version(v, a) },
        "version_compare": t { v, a, _ throws(JinjaError) in try version(v, a) },
        "subset": t { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else { return false }
            let big = try list(other, r)
            return try list(v, r).allSatisfy { big.contains($0) }
        },
        "issubset": t { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else { return false }
            let big = try list(other, r)
            return try list(v, r).allSatisfy { big.contains($0) }
        },
        "superset": t { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else { return false }
            let big = try list(v, r)
            return try list(other, r).allSatisfy { big.contains($0) }
        },
        "issuperset": t { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else { return false }
            let big = try list(v, r)
            return try list(other, r).allSatisfy { big.contains($0) }
        },
        "contains": t { v, a, r throws(JinjaError) in
            guard let x = a.positional.first else { return false }
            if let s = v.stringValue { return s.contains(try str(x)) }
            return try list(v, r).contains(x)
        },
        "any": t { v, _, r throws(JinjaError) in try list(v, r).contains { $0.isTruthy } },
        "all": t { v, _, r throws(JinjaError) in try list(v, r).allSatisfy { $0.isTruthy } },
        "truthy": t { v, a, _ throws(JinjaError) in
            if a.keyword("convert_bool")?.isTruthy ?? false, let b = toBool(v) { return b.isTruthy }
            return v.isTruthy
        },
        "falsy": t { v, a, _ throws(JinjaError) in
            if a.keyword("convert_bool")?.isTruthy ?? false, let b = toBool(v) { return !b.isTruthy }
            return !v.isTruthy
        },
        "success": t { v, _, _ throws(JinjaError) in !(try resultField(v, "failed")) },
        "succeeded": t { v, _, _ throws(JinjaError) in !(try resultField(v, "failed")) },
        "failed": t { v, _, _ throws(JinjaError) in try resultField(v, "failed") },
        "failure": t { v, _, _ throws(JinjaError) in try resultField(v, "failed") },
        "changed": t { v, _, _ throws(JinjaError) in try resultField(v, "changed") },
        "change": t { v, _, _ throws(JinjaError) in try resultField(v, "changed") },
        "skipped": t { v, _, _ throws(JinjaError) in try resultField(v, "skipped") },
        "skip": t { v, _, _ throws(JinjaError) in try resultField(v, "skipped") },
        "finished": t { v, _, _ throws(JinjaError) in
            guard case .dict(let d) = v else { throw JinjaError(.raised, "The 'finished' test expects a dictionary") }
            return (d[string: "finished"] ?? .int(1)).isTruthy
        },
        "started": t { v, _, _ throws(JinjaError) in
            guard case .dict(let d) = v else { throw JinjaError(.raised, "The 'started' test expects a dictionary") }
            return (d[string: "started"] ?? .int(1)).isTruthy
        },
        "file": t { v, _, _ throws(JinjaError) in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: try str(v), isDirectory: &isDir) && !isDir.boolValue
        },
        "directory": t { v, _, _ throws(JinjaError) in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: try str(v), isDirectory: &isDir) && isDir.boolValue
        },
        "exists": t { v, _, _ throws(JinjaError) in FileManager.default.fileExists(atPath: (try str(v) as NSString).expandingTildeInPath) },
        "link": t { v, _, _ throws(JinjaError) in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: try str(v))) != nil
        },
        "abs": t { v, _, _ throws(JinjaError) in try str(v).hasPrefix("/") },
        "nan": t { v, _, _ throws(JinjaError) in v.numeric?.isNaN ?? false },
        "vault_encrypted": t { v, _, _ throws(JinjaError) in
            if case .vault = v { return true }
            return false
        },
        "vaulted_file": t { v, _, _ throws(JinjaError) in
            guard let data = FileManager.default.contents(atPath: try str(v)) else { return false }
            return String(decoding: data.prefix(14), as: UTF8.self) == "$ANSIBLE_VAULT"
        },
    ]
}
