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

    /// StrictVersion's key: major, minor, patch, then the pre-release ([ab]N) below none.
    static func strictKey(_ s: String) -> [Int]? {
        guard let m = s.wholeMatch(of: /(\d+)\.(\d+)(?:\.(\d+))?(?:([ab])(\d+))?/) else { return nil }
        guard let major = Int(m.1), let minor = Int(m.2) else { return nil }
        let patch = m.3.flatMap { Int($0) } ?? 0
        var key = [major, minor, patch]
        if let tag = m.4, let n = m.5.flatMap({ Int($0) }) {
            key += [0, tag == "a" ? 0 : 1, n]
        } else {
            key += [1, 0, 0]
        }
        return key
    }

    /// Compares two semantic versions (semver.org 2.0; build metadata ignored); nil if invalid.
    static func compareSemver(_ a: String, _ b: String) -> Int?? {
        func parse(_ s: String) -> ([Int], [Substring])? {
            let re =
                /(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?/
            guard let m = s.wholeMatch(of: re), let x = Int(m.1), let y = Int(m.2), let z = Int(m.3) else { return nil }
            return ([x, y, z], m.4.map { $0.split(separator: ".") } ?? [])
        }
        guard let x = parse(a) else { return .some(nil) }
        guard let y = parse(b) else { return nil }
        if x.0 != y.0 { return .some(x.0.lexicographicallyPrecedes(y.0) ? -1 : 1) }
        if x.1.isEmpty || y.1.isEmpty { return .some(x.1.isEmpty == y.1.isEmpty ? 0 : (x.1.isEmpty ? 1 : -1)) }
        for (p, q) in zip(x.1, y.1) where p != q {
            switch (Int(p), Int(q)) {
            case (let i?, let j?): return .some(i < j ? -1 : 1)
            case (.some, nil): return .some(-1)
            case (nil, .some): return .some(1)
            default: return .some(p < q ? -1 : 1)
            }
        }
        return .some(x.1.count == y.1.count ? 0 : (x.1.count < y.1.count ? -1 : 1))
    }

    /// PEP 440's ordering key for the common forms: release, a/b/rc, post, dev.
    static func pep440Key(_ s: String) -> [Double]? {
        let re =
            /v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d*))?(?:(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))|-(\d+))?(?:[-_.]?dev[-_.]?(\d*))?/
        guard let m = s.lowercased().trimmingCharacters(in: .whitespaces).wholeMatch(of: re) else { return nil }
        var release = m.1.split(separator: ".").compactMap { Double($0) }
        while release.count > 1 && release.last == 0 { release.removeLast() }
        while release.count < 8 { release.append(0) }
        let inf = Double.infinity
        var pre: [Double] = [inf, 0]
        if let tag = m.2 {
            let rank: Double = tag.hasPrefix("a") ? 0 : tag.hasPrefix("b") ? 1 : 2
            pre = [rank, Double(m.3 ?? "") ?? 0]
        }
        let postText = m.4 ?? m.5
        let post: Double = postText.map { Double($0) ?? 0 } ?? -inf
        let dev: Double = m.6.map { Double($0) ?? 0 } ?? inf
        if m.2 == nil && postText == nil && m.6 != nil { pre = [-inf, 0] }
        return release + pre + [post, dev]
    }

    static func version(_ v: Value, _ a: Arguments) throws(JinjaError) -> Bool {
        let b = try a.bind("version", ["version", "operator", "strict", "version_type"], min: 1)
        if b[2] != nil && b[2]?.isNone == false && b[3] != nil && b[3]?.isNone == false {
            throw JinjaError(.raised, "Cannot specify both 'strict' and 'version_type'")
        }
        guard v.isTruthy else { throw JinjaError(.raised, "Input version value cannot be empty") }
        guard b[0]?.isTruthy ?? false else { throw JinjaError(.raised, "Version parameter to compare against cannot be empty") }
        let lhs = try str(v)
        let rhs = try str(b[0] ?? "")
        let op = b[1]?.stringValue ?? "eq"
        var type = "loose"
        if b[2]?.isTruthy ?? false {
            type = "strict"
        } else if let t = b[3], !t.isNone, t.isTruthy {
            type = PythonFormat.str(t)
            guard ["loose", "strict", "semver", "semantic", "pep440"].contains(type) else {
                throw JinjaError(
                    .raised, "Invalid version type (\(type)). Must be one of 'loose', 'strict', 'semver', 'semantic', 'pep440'")
            }
        }
        guard ["==", "=", "eq", "<", "lt", "<=", "le", ">", "gt", ">=", "ge", "!=", "<>", "ne"].contains(op) else {
            throw JinjaError(.raised, "Invalid operator type (\(op))")
        }
        func failed(_ what: String, _ s: String) -> JinjaError {
            JinjaError(.raised, "Version comparison failed: invalid \(what) '\(s)'")
        }
        var c: Int
        switch type {
        case "strict":
            guard let x = strictKey(lhs) else { throw failed("version number", lhs) }
            guard let y = strictKey(rhs) else { throw failed("version number", rhs) }
            c = x == y ? 0 : (x.lexicographicallyPrecedes(y) ? -1 : 1)
        case "semver", "semantic":
            guard let r = compareSemver(lhs, rhs) else { throw failed("semantic version", rhs) }
            guard let r else { throw failed("semantic version", lhs) }
            c = r
        case "pep440":
            guard let x = pep440Key(lhs) else { throw JinjaError(.raised, "Version comparison failed: Invalid version: '\(lhs)'") }
            guard let y = pep440Key(rhs) else { throw JinjaError(.raised, "Version comparison failed: Invalid version: '\(rhs)'") }
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

    /// `a is subset(b)`: every item of a is in b.
    static let subset = t { v, a, r throws(JinjaError) in
        guard let other = a.positional.first else { return false }
        let big = try list(other, r)
        return try list(v, r).allSatisfy { big.contains($0) }
    }

    /// `a is superset(b)`: every item of b is in a.
    static let superset = t { v, a, r throws(JinjaError) in
        guard let other = a.positional.first else { return false }
        let big = try list(v, r)
        return try list(other, r).allSatisfy { big.contains($0) }
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
        "subset": subset,
        "issubset": subset,
        "superset": superset,
        "issuperset": superset,
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
        "unreachable": t { v, _, _ throws(JinjaError) in try resultField(v, "unreachable") },
        "reachable": t { v, _, _ throws(JinjaError) in !(try resultField(v, "unreachable")) },
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
