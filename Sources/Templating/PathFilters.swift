import Foundation
import Jinja
import SwansibleCore
import Vault

/// ansible-core's path filters (Python's `os.path` and `ntpath`), `fileglob`, `urldecode`,
/// `rekey_on_member`, `combinations`, `permutations`, and the file and URI tests that go with
/// them.
extension AnsibleFilters {
    /// `posixpath.normpath`.
    static func normpath(_ path: String) -> String {
        if path.isEmpty { return "." }
        var initial = path.hasPrefix("/") ? 1 : 0
        if path.hasPrefix("//") && !path.hasPrefix("///") { initial = 2 }
        var parts: [Substring] = []
        for comp in path.split(separator: "/", omittingEmptySubsequences: false) {
            if comp.isEmpty || comp == "." { continue }
            if comp != ".." || (initial == 0 && parts.isEmpty) || parts.last == ".." {
                parts.append(comp)
            } else if !parts.isEmpty {
                parts.removeLast()
            }
        }
        let joined = String(repeating: "/", count: initial) + parts.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// `posixpath.join`: a later absolute part starts again.
    static func join(_ parts: [String]) -> String {
        guard var out = parts.first else { return "" }
        for p in parts.dropFirst() {
            if p.hasPrefix("/") {
                out = p
            } else if out.isEmpty || out.hasSuffix("/") {
                out += p
            } else {
                out += "/" + p
            }
        }
        return out
    }

    static func abspath(_ path: String) -> String {
        normpath(path.hasPrefix("/") ? path : join([FileManager.default.currentDirectoryPath, path]))
    }

    /// `posixpath.relpath`.
    static func relpath(_ path: String, _ start: String) throws(JinjaError) -> String {
        guard !path.isEmpty else { throw JinjaError(.value, "no path specified") }
        let from = abspath(start).split(separator: "/").map(String.init)
        let to = abspath(path).split(separator: "/").map(String.init)
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        let rel = Array(repeating: "..", count: from.count - common) + to[common...]
        return rel.isEmpty ? "." : join(rel)
    }

    /// `os.path.expandvars`: `$NAME` and `${NAME}` of the controller's environment; unknown
    /// names stay as written.
    static func expandvars(_ s: String) -> String {
        guard s.contains("$") else { return s }
        let env = ProcessInfo.processInfo.environment
        let c = Array(s)
        var out = ""
        var i = 0
        func isName(_ ch: Character) -> Bool { ch == "_" || ch.isASCII && (ch.isLetter || ch.isNumber) }
        while i < c.count {
            guard c[i] == "$", i + 1 < c.count else {
                out.append(c[i])
                i += 1
                continue
            }
            if c[i + 1] == "{", let close = c[(i + 2)...].firstIndex(of: "}") {
                let name = String(c[(i + 2)..<close])
                if let v = env[name] { out += v } else { out += String(c[i...close]) }
                i = close + 1
                continue
            }
            var j = i + 1
            while j < c.count && isName(c[j]) { j += 1 }
            let name = String(c[(i + 1)..<j])
            if name.isEmpty {
                out.append("$")
                i += 1
            } else {
                if let v = env[name] { out += v } else { out += "$" + name }
                i = j
            }
        }
        return out
    }

    /// `ntpath.splitdrive`.
    static func winSplitdrive(_ p: String) -> (String, String) {
        let c = Array(p)
        if c.count >= 2 && c[1] == ":" { return (String(c[..<2]), String(c[2...])) }
        let normal = p.replacingOccurrences(of: "/", with: "\\")
        if normal.hasPrefix("\\\\") && !normal.hasPrefix("\\\\\\") {
            // UNC: \\server\share
            let rest = Array(normal.dropFirst(2))
            guard let first = rest.firstIndex(of: "\\") else { return (p, "") }
            let shareEnd = rest[(first + 1)...].firstIndex(of: "\\") ?? rest.count
            if shareEnd == first + 1 { return ("", p) }
            return (String(c[..<(shareEnd + 2)]), String(c[(shareEnd + 2)...]))
        }
        return ("", p)
    }

    /// `ntpath.split`'s two halves, for win_basename and win_dirname.
    static func winSplit(_ p: String) -> (String, String) {
        let (drive, rest) = winSplitdrive(p)
        let r = Array(rest)
        var i = r.count
        while i > 0 && r[i - 1] != "/" && r[i - 1] != "\\" { i -= 1 }
        var head = String(r[..<i])
        let tail = String(r[i...])
        let trimmed = head.reversed().drop { $0 == "/" || $0 == "\\" }
        if !trimmed.isEmpty { head = String(trimmed.reversed()) }
        return (drive + head, tail)
    }

    /// Python's `urllib.parse.unquote_plus`.
    static func unquotePlus(_ s: String) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        var bytes: [UInt8] = []
        let u = Array(spaced.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count, let b = UInt8(String(decoding: u[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(b)
                i += 3
            } else {
                bytes.append(u[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `itertools.combinations` / `permutations`, as tuples.
    static func arrangements(_ items: [Value], _ r: Int, ordered: Bool) -> [Value] {
        guard r >= 0, r <= items.count else { return [] }
        var out: [Value] = []
        var chosen: [Int] = []
        var used = [Bool](repeating: false, count: items.count)
        func pick(_ from: Int) {
            if chosen.count == r {
                out.append(.tuple(chosen.map { items[$0] }))
                return
            }
            for i in (ordered ? 0 : from)..<items.count where !used[i] {
                used[i] = true
                chosen.append(i)
                pick(i + 1)
                chosen.removeLast()
                used[i] = false
            }
        }
        pick(0)
        return out
    }

    static let paths: [String: Filter] = [
        "normpath": f { v, _, _ throws(JinjaError) in .string(normpath(try str(v))) },
        "relpath": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("relpath", ["start"])
            return .string(try relpath(try str(v), b[0].map { PythonFormat.str($0) } ?? "."))
        },
        "path_join": f { v, _, _ throws(JinjaError) in
            switch v {
            case .string(let s): return .string(s)
            case .list(let l), .tuple(let l):
                return .string(join(try l.map { (x: Value) throws(JinjaError) -> String in try str(x) }))
            default: throw JinjaError(.type, "|path_join expects string or sequence, got <class '\(v.pythonTypeName)'> instead.")
            }
        },
        "commonpath": f { v, _, _ throws(JinjaError) in
            guard let l = v.listValue else {
                throw JinjaError(.type, "|commonpath expects sequence, got <class '\(v.pythonTypeName)'> instead.")
            }
            let paths = try l.map { (x: Value) throws(JinjaError) -> String in try str(x) }
            guard let first = paths.first else { throw JinjaError(.value, "commonpath() arg is an empty sequence") }
            let absolute = first.hasPrefix("/")
            guard paths.allSatisfy({ $0.hasPrefix("/") == absolute }) else {
                throw JinjaError(.value, "Can't mix absolute and relative paths")
            }
            let split = paths.map { $0.split(separator: "/").filter { $0 != "." } }
            var common: [Substring] = split[0]
            for s in split.dropFirst() {
                var n = 0
                while n < min(common.count, s.count) && common[n] == s[n] { n += 1 }
                common = Array(common[..<n])
            }
            return .string((absolute ? "/" : "") + common.joined(separator: "/"))
        },
        "expandvars": f { v, _, _ throws(JinjaError) in .string(expandvars(try str(v))) },
        "fileglob": f { v, _, _ throws(JinjaError) in
            var g = glob_t()
            defer { globfree(&g) }
            var out: [Value] = []
            if Glibc.glob(try str(v), GLOB_NOSORT, nil, &g) == 0 {
                for i in 0..<Int(g.gl_pathc) {
                    guard let p = g.gl_pathv[i] else { continue }
                    let path = String(cString: p)
                    var isDir: ObjCBool = false
                    if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue { out.append(.string(path)) }
                }
            }
            return .list(out)
        },
        "win_basename": f { v, _, _ throws(JinjaError) in .string(winSplit(try str(v)).1) },
        "win_dirname": f { v, _, _ throws(JinjaError) in .string(winSplit(try str(v)).0) },
        "win_splitdrive": f { v, _, _ throws(JinjaError) in
            let (d, p) = winSplitdrive(try str(v))
            return .tuple([.string(d), .string(p)])
        },
        "urldecode": f { v, _, _ throws(JinjaError) in .string(unquotePlus(try str(v))) },
        "combinations": f { v, a, r throws(JinjaError) in
            let b = try a.bind("combinations", ["r"], min: 1)
            guard case .int(let n)? = b[0] else { throw JinjaError(.type, "'r' must be an integer") }
            return .list(arrangements(try list(v, r), n, ordered: false))
        },
        "permutations": f { v, a, r throws(JinjaError) in
            let b = try a.bind("permutations", ["r"])
            let items = try list(v, r)
            var n = items.count
            if let given = b[0], !given.isNone {
                guard case .int(let i) = given else { throw JinjaError(.type, "Expected int as r") }
                n = i
            }
            return .list(arrangements(items, n, ordered: true))
        },
        "vault": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("vault", ["secret", "salt", "vault_id", "wrap_object"], min: 1)
            guard let secret = b[0]?.stringValue else {
                throw JinjaError(
                    .type, "Secret passed is required to be a string, instead we got <class '\((b[0] ?? .null).pythonTypeName)'>.")
            }
            guard case .string(let data) = v else {
                throw JinjaError(.type, "Can only vault strings, instead we got <class '\(v.pythonTypeName)'>.")
            }
            let salt = b[1].flatMap { $0.isNone ? nil : Array(PythonFormat.str($0).utf8) }
            let id = b[2].map { PythonFormat.str($0) } ?? "filter_default"
            let text: String
            do {
                text = try Vault.encrypt(data, secret: VaultSecret(id: id, password: Array(secret.utf8)), salt: salt, vaultID: id)
            } catch {
                throw JinjaError(.raised, "Unable to encrypt.")
            }
            // wrap_object: ansible-core 2.21 tags the secret with the vaulted value and returns the
            // secret itself
            return .string(b[3]?.isTruthy == true ? secret : text)
        },
        "unvault": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("unvault", ["secret", "vault_id"], min: 1)
            guard let secret = b[0]?.stringValue else {
                throw JinjaError(
                    .type, "Secret passed is required to be as string, instead we got <class '\((b[0] ?? .null).pythonTypeName)'>.")
            }
            let text: String
            switch v {
            case .string(let s), .vault(let s): text = s
            default: throw JinjaError(.type, "Vault should be in the form of a string, instead we got <class '\(v.pythonTypeName)'>.")
            }
            guard Vault.isEncrypted(text) else { return .string(text) }
            let id = b[1].map { PythonFormat.str($0) } ?? "filter_default"
            do {
                return .string(try Vault.decrypt(text, secrets: [VaultSecret(id: id, password: Array(secret.utf8))]))
            } catch {
                throw JinjaError(.raised, "Unable to decrypt.")
            }
        },
        "rekey_on_member": f { v, a, r throws(JinjaError) in
            let b = try a.bind("rekey_on_member", ["key", "duplicates"], min: 1)
            let key = b[0] ?? .null
            let duplicates = b[1].map { PythonFormat.str($0) } ?? "error"
            guard duplicates == "error" || duplicates == "overwrite" else {
                throw JinjaError(
                    .raised, "duplicates parameter to rekey_on_member has unknown value \(PythonFormat.repr(.string(duplicates)))")
            }
            let items: [Value]
            switch v {
            case .dict(let d): items = Array(d.values)
            case .string: throw JinjaError(.raised, "Type is not a valid list, set, or dict")
            default:
                guard let l = v.listValue else { throw JinjaError(.raised, "Type is not a valid list, set, or dict") }
                items = l
            }
            var out = ValueDict()
            for item in items {
                guard case .dict(let d) = item else { throw JinjaError(.raised, "List item is not a valid dict") }
                guard let k = d[key] else { throw JinjaError(.raised, "Key \(PythonFormat.repr(key)) was not found.") }
                if let existing = out[k], existing.isTruthy, duplicates == "error" {
                    throw JinjaError(.raised, "Key \(PythonFormat.repr(k)) is not unique, cannot convert to dict.")
                }
                out[k] = item
            }
            return .dict(out)
        },
    ]
}

extension AnsibleFilters {
    /// `urllib.parse.urlparse`'s scheme and network location, enough for the uri tests.
    static func urlParts(_ s: String) -> (scheme: String, netloc: String) {
        var scheme = ""
        var rest = Substring(s)
        if let colon = s.firstIndex(of: ":"), let first = s.first, first.isLetter,
            s[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." })
        {
            scheme = s[..<colon].lowercased()
            rest = s[s.index(after: colon)...]
        }
        var netloc = ""
        if rest.hasPrefix("//") {
            let after = rest.dropFirst(2)
            netloc = String(after.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        }
        return (scheme, netloc)
    }

    static func isURI(_ v: Value, _ schemes: [String]?) -> Bool {
        guard case .string(let s) = v else { return false }
        let scheme = urlParts(s).scheme
        return schemes.map { $0.contains(scheme) } ?? true
    }

    static let moreTests: [String: Test] = [
        "is_abs": tests["abs"] ?? t { _, _, _ in false },
        "is_dir": tests["directory"] ?? t { _, _, _ in false },
        "is_file": tests["file"] ?? t { _, _, _ in false },
        "is_link": tests["link"] ?? t { _, _, _ in false },
        "isnan": tests["nan"] ?? t { _, _, _ in false },
        "successful": tests["success"] ?? t { _, _, _ in false },
        "link_exists": t { v, _, _ throws(JinjaError) in
            var st = stat()
            return lstat(try str(v), &st) == 0
        },
        "mount": t { v, _, _ throws(JinjaError) in try isMount(try str(v)) },
        "is_mount": t { v, _, _ throws(JinjaError) in try isMount(try str(v)) },
        "same_file": t { v, a, _ throws(JinjaError) in try sameFile(v, a) },
        "is_same_file": t { v, a, _ throws(JinjaError) in try sameFile(v, a) },
        "timedout": t { v, _, _ throws(JinjaError) in
            guard case .dict(let d) = v else { throw JinjaError(.raised, "The 'timedout' test expects a dictionary") }
            guard let t = d[string: "timedout"], t.isTruthy, case .dict(let td) = t else { return false }
            return td[string: "period"]?.isTruthy ?? false
        },
        "uri": t { v, a, _ throws(JinjaError) in
            isURI(v, (a.positional.first ?? a.keyword("schemes"))?.listValue?.map { PythonFormat.str($0) })
        },
        "url": t { v, a, _ throws(JinjaError) in
            guard isURI(v, (a.positional.first ?? a.keyword("schemes"))?.listValue?.map { PythonFormat.str($0) }),
                case .string(let s) = v
            else { return false }
            let parts = urlParts(s)
            return !parts.netloc.isEmpty || parts.scheme == "file"
        },
        "urn": t { v, _, _ throws(JinjaError) in isURI(v, ["urn"]) },
    ]

    /// `os.path.ismount`: a directory on another device than its parent, or the root.
    static func isMount(_ path: String) throws(JinjaError) -> Bool {
        var st = stat()
        var parent = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return false }
        guard stat((path as NSString).appendingPathComponent(".."), &parent) == 0 else { return false }
        return st.st_dev != parent.st_dev || st.st_ino == parent.st_ino
    }

    static func sameFile(_ v: Value, _ a: Arguments) throws(JinjaError) -> Bool {
        guard let other = a.positional.first else { throw JinjaError(.type, "samefile() missing 1 required positional argument: 'f2'") }
        var x = stat()
        var y = stat()
        guard stat(try str(v), &x) == 0 else { throw JinjaError(.raised, "[Errno 2] No such file or directory: \(PythonFormat.repr(v))") }
        guard stat(try str(other), &y) == 0 else {
            throw JinjaError(.raised, "[Errno 2] No such file or directory: \(PythonFormat.repr(other))")
        }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
