import Crypto
import Foundation
import Jinja
import SwansibleCore
import YAML

/// Ansible's filters and tests (ansible.builtin, and the ansible.utils ipaddr family),
/// registered under their short and fully qualified names.
enum AnsibleFilters {
    static func f(_ body: @escaping @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> Value) -> Filter { body }
    static func t(_ body: @escaping @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> Bool) -> Test { body }

    /// `datetime.fromtimestamp(seconds[, tz=utc]).strftime(format)`: a naive local time prints
    /// no zone, the UTC one `+0000` and `UTC`.
    static func strftime(_ format: String, _ seconds: Double, utc: Bool) -> String {
        var whole = time_t(seconds.rounded(.down))
        let micros = Int(((seconds - seconds.rounded(.down)) * 1_000_000).rounded())
        var parts = tm()
        if utc { gmtime_r(&whole, &parts) } else { localtime_r(&whole, &parts) }
        var f = format.replacingOccurrences(of: "%f", with: String(format: "%06d", min(micros, 999_999)))
        f = f.replacingOccurrences(of: "%z", with: utc ? "+0000" : "").replacingOccurrences(of: "%Z", with: utc ? "UTC" : "")
        let d = PyDateTime(
            year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday), hour: Int(parts.tm_hour),
            minute: Int(parts.tm_min), second: Int(parts.tm_sec))
        return d.strftime(f)
    }

    /// ansible-core's `do_encrypt` (the `password_hash` filter, the `password` lookup's
    /// `encrypt`): SHA-crypt as libxcrypt makes it, the given salt through crypt_gensalt.
    static func passwordHash(_ secret: String, type: String, salt: String?, rounds: Int?) throws(JinjaError) -> String {
        let sha512: Bool
        switch type {
        case "sha512", "sha512_crypt": sha512 = true
        case "sha256", "sha256_crypt": sha512 = false
        default: throw JinjaError(.raised, "password_hash: \(type) is not supported")
        }
        let count = rounds ?? (sha512 ? 656_000 : 535_000)
        let rbytes: [UInt8]
        if let salt {
            guard salt.allSatisfy({ ShaCrypt.alphabet.contains($0) }) else { throw JinjaError(.raised, "invalid characters in salt") }
            guard salt.count <= 16 else { throw JinjaError(.raised, "invalid salt size supplied (\(salt.count)), expected at most 16") }
            rbytes = Array(salt.utf8)
            // libxcrypt's gensalt for SHA-crypt wants at least 3 random bytes
            guard rbytes.count >= 3 else {
                throw JinjaError(
                    .raised,
                    "Failed to generate salt for '\(sha512 ? "sha512" : "sha256")_crypt' algorithm: crypt_gensalt failed: unable to generate salt"
                )
            }
        } else {
            rbytes = (0..<16).map { _ in UInt8.random(in: 0...255) }
        }
        return ShaCrypt.crypt(secret, salt: ShaCrypt.gensalt(rbytes), rounds: count == 5000 ? nil : count, sha512: sha512)
    }

    static func register(_ env: Environment) {
        var filters = core
        for (k, v) in paths { filters[k] = v }
        for (k, v) in NetFilters.filters { filters[k] = v }
        // ansible.netcommon 8 redirects only these three of the ansible.utils filters
        let redirected: Set<String> = ["ipaddr", "ipv4", "ipv6"]
        for (k, v) in filters {
            let full = (NetFilters.filters[k] != nil ? "ansible.utils." : "ansible.builtin.") + k
            let wrapped = pluginFailure(
                v, "The filter plugin '\(full)' failed: ", acceptsUndefined: ["ternary", "mandatory", "type_debug"].contains(k)
            ) { u throws(JinjaError) in .object(u) }
            env.filters[full] = wrapped
            if redirected.contains(k) { env.filters["ansible.netcommon." + k] = wrapped }
            if NetFilters.filters[k] == nil || redirected.contains(k) { env.filters[k] = wrapped }
        }
        // Jinja2's builtins are reachable as ansible.builtin.* too
        for (k, v) in env.filters where !k.contains(".") { env.filters["ansible.builtin." + k] = env.filters["ansible.builtin." + k] ?? v }
        func testPlugin(_ v: @escaping Test, _ full: String, acceptsUndefined: Bool) -> Test {
            pluginFailure(v, "The test plugin '\(full)' failed: ", acceptsUndefined: acceptsUndefined) {
                u throws(JinjaError) -> Bool in throw u.error()
            }
        }
        for (k, v) in NetFilters.tests { env.tests["ansible.utils." + k] = testPlugin(v, "ansible.utils.\(k)", acceptsUndefined: false) }
        // Ansible's tests, and Jinja2's own run as Ansible plugins too: an undefined value trips
        // them, except for the tests that exist to look at undefined values
        var plain = env.tests.filter { !$0.key.contains(".") }
        for (k, v) in tests { plain[k] = v }
        for (k, v) in moreTests { plain[k] = v }
        for (k, v) in plain {
            let looksAtUndefined = (k == "defined" || k == "undefined") && tests[k] == nil
            let test = looksAtUndefined ? v : testPlugin(v, "ansible.builtin.\(k)", acceptsUndefined: k == "vault_encrypted")
            env.tests[k] = test
            env.tests["ansible.builtin." + k] = test
        }
        // undef(hint=None): an undefined value, for role defaults that must be overridden
        env.globals["undef"] = .object(
            BuiltinFunction("undef") { (a: Arguments, _: Renderer) throws(JinjaError) -> Value in
                let b = try a.bind("undef", ["hint"])
                let hint = b[0].flatMap { $0.isNone ? nil : PythonFormat.str($0) } ?? "Mandatory variable has not been overridden"
                return .object(Undefined(kind: .ansible, name: nil, hint: hint))
            })
        env.finalize = nil
    }

    /// An error inside one of Ansible's plugins is reported as Ansible's
    /// AnsibleTemplatePluginRuntimeError, naming the plugin; undefined values and errors the
    /// plugin raises itself keep their own message. A plugin that does not accept undefined
    /// values is not called with one: the undefined value is its result (a filter's) or trips at
    /// once (a test's), as ansible-core's `_invoke_plugin` does.
    static func pluginFailure<R>(
        _ body: @escaping @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> R, _ prefix: String, acceptsUndefined: Bool,
        onUndefined: @escaping @Sendable (Undefined) throws(JinjaError) -> R
    ) -> @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> R {
        { v, a, r throws(JinjaError) in
            if !acceptsUndefined {
                if let u = v.undefined { return try onUndefined(u) }
                for x in a.positional { if let u = x.undefined { return try onUndefined(u) } }
                for (_, x) in a.keywords { if let u = x.undefined { return try onUndefined(u) } }
            }
            do throws(JinjaError) {
                return try body(v, a, r)
            } catch {
                switch error.kind {
                case .undefined, .raised, .syntax, .assertion: throw error
                default:
                    var e = error
                    e.kind = .raised
                    e.message = prefix + error.message
                    throw e
                }
            }
        }
    }

    /// The keywords of to_yaml / to_nice_yaml besides `indent`, which go to PyYAML's dump_all.
    static func yamlOptions(_ d: inout YAMLDumper, _ a: Arguments) throws(JinjaError) {
        let known: Set<String> = [
            "indent", "width", "default_flow_style", "sort_keys", "allow_unicode", "explicit_start", "explicit_end",
            "default_style", "canonical", "line_break", "encoding", "version", "tags", "dump_all",
        ]
        for (k, _) in a.keywords where !known.contains(k) {
            throw JinjaError(.type, "dump_all() got an unexpected keyword argument '\(k)'")
        }
        if let w = a.keyword("width"), case .int(let n) = w { d.width = n }
        if let fs = a.keyword("default_flow_style") { d.defaultFlowStyle = fs.isNone ? nil : fs.isTruthy }
        if let s = a.keyword("sort_keys") { d.sortKeys = s.isTruthy }
        if let u = a.keyword("allow_unicode") { d.allowUnicode = u.isTruthy }
        if let x = a.keyword("explicit_start") { d.explicitStart = x.isTruthy }
        if let x = a.keyword("explicit_end") { d.explicitEnd = x.isTruthy }
    }

    static func str(_ v: Value) throws(JinjaError) -> String {
        switch v {
        case .string(let s), .unsafe(let s): return s
        case .object(let o):
            if let u = o as? Undefined { throw JinjaError(.undefined, u.message) }
            return o.str
        default: return PythonFormat.str(v)
        }
    }

    static func list(_ v: Value, _ r: Renderer) throws(JinjaError) -> [Value] {
        if case .object(let o) = v, let it = o as? IterableObject { return it.listItems }
        return try r.iterate(v)
    }

    /// Ansible's `bool` filter.
    static func toBool(_ v: Value) -> Value? {
        switch v {
        case .bool: return v
        case .null: return .bool(false)
        case .int(let i): return i == 0 || i == 1 ? .bool(i == 1) : nil
        case .float(let d): return d == 0 || d == 1 ? .bool(d == 1) : nil
        case .string(let s), .unsafe(let s):
            let l = s.lowercased()
            if ["yes", "on", "true", "1"].contains(l) { return .bool(true) }
            if ["no", "off", "false", "0"].contains(l) { return .bool(false) }
            return nil
        default: return nil
        }
    }

    static func mergeDicts(_ a: ValueDict, _ b: ValueDict, recursive: Bool, listMerge: String) throws(JinjaError) -> ValueDict {
        var out = a
        for (k, bv) in b.items {
            if recursive, case .dict(let ad)? = out[k], case .dict(let bd) = bv {
                out[k] = .dict(try mergeDicts(ad, bd, recursive: true, listMerge: listMerge))
                continue
            }
            if case .list(let al)? = out[k], case .list(let bl) = bv {
                switch listMerge {
                case "replace": out[k] = bv
                case "keep": break
                case "append": out[k] = .list(al + bl)
                case "prepend": out[k] = .list(bl + al)
                case "append_rp": out[k] = .list(al.filter { x in !bl.contains(x) } + bl)
                case "prepend_rp": out[k] = .list(bl + al.filter { x in !bl.contains(x) })
                default:
                    throw JinjaError(
                        .raised,
                        "merge_hash: 'list_merge' argument can only be equal to 'replace', 'keep', 'append', 'prepend', 'append_rp' or 'prepend_rp'"
                    )
                }
                continue
            }
            out[k] = bv
        }
        return out
    }

    static func hexDigest<D: Sequence>(_ d: D) -> String where D.Element == UInt8 {
        d.map { String(format: "%02x", $0) }.joined()
    }

    static func hash(_ s: String, _ algorithm: String) throws(JinjaError) -> String {
        let data = Data(s.utf8)
        switch algorithm {
        case "sha1": return hexDigest(Insecure.SHA1.hash(data: data))
        case "md5": return hexDigest(Insecure.MD5.hash(data: data))
        case "sha256": return hexDigest(SHA256.hash(data: data))
        case "sha384": return hexDigest(SHA384.hash(data: data))
        case "sha512": return hexDigest(SHA512.hash(data: data))
        case "sha224": return hexDigest(Digests.sha224(Array(s.utf8)))
        case "sha3_224", "sha3_256", "sha3_384", "sha3_512":
            return hexDigest(Digests.sha3(Array(s.utf8), bits: Int(algorithm.dropFirst(5)) ?? 256))
        case "blake2b": return hexDigest(Digests.blake2b(Array(s.utf8)))
        default: throw JinjaError(.raised, "unsupported hash type \(algorithm)")
        }
    }

    /// `uuid.uuid5(namespace, name)`.
    static func uuid5(namespace: [UInt8], name: String) -> String {
        var digest = Array(Insecure.SHA1.hash(data: Data(namespace + Array(name.utf8))))
        digest = Array(digest.prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let hex = hexDigest(digest)
        let u = Array(hex)
        return String(u[0..<8]) + "-" + String(u[8..<12]) + "-" + String(u[12..<16]) + "-" + String(u[16..<20]) + "-" + String(u[20..<32])
    }

    static func uuidBytes(_ s: String) -> [UInt8] {
        let hex = Array(s.replacingOccurrences(of: "-", with: "").lowercased())
        var out: [UInt8] = []
        var i = 0
        while i + 1 < hex.count {
            out.append(UInt8(String(hex[i...i + 1]), radix: 16) ?? 0)
            i += 2
        }
        return out
    }

    /// Python's `shlex.quote`.
    static func shellQuote(_ s: String) -> String {
        if s.isEmpty { return "''" }
        let safe = s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "@%+=:,./-_".contains($0)) }
        if safe { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\"'\"'") + "'"
    }

    static func humanReadable(_ size: Double, isBits: Bool, unit: String?) -> String {
        let suffixes = ["Y", "Z", "E", "P", "T", "G", "M", "K", "B"]
        let limits: [Double] = [80, 70, 60, 50, 40, 30, 20, 10, 0].map { Foundation.pow(2.0, Double($0)) }
        let baseUnit = isBits ? "bits" : "Bytes"
        for (suffix, limit) in zip(suffixes, limits) {
            if (unit == nil && size >= limit) || (unit != nil && unit?.uppercased().first == suffix.first) {
                if limit != 1 {
                    let unitText = isBits ? suffix + "b" : suffix + "B"
                    return String(format: "%.2f %@", size / limit, unitText)
                }
                return String(format: "%.2f %@", size / limit, baseUnit)
            }
        }
        return String(format: "%.2f %@", size, baseUnit)
    }

    static let core: [String: Filter] = [
        "bool": f { v, _, _ throws(JinjaError) in
            // unsupported values are False (Ansible warns that this is deprecated)
            toBool(v) ?? .bool(v == .int(1))
        },
        "to_datetime": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("to_datetime", ["format"])
            guard case .string(let text) = v else {
                throw JinjaError(.type, "strptime() argument 1 must be str, not \(v.pythonTypeName)")
            }
            return try PyDateTime.strptime(text, b[0].map { PythonFormat.str($0) } ?? "%Y-%m-%d %H:%M:%S").value
        },
        "strftime": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("strftime", ["second", "utc"])
            var seconds = Date().timeIntervalSince1970
            if let given = b[0], !given.isNone {
                let number: Double?
                switch given {
                case .int(let i): number = Double(i)
                case .float(let x): number = x
                case .bool(let t): number = t ? 1 : 0
                default: number = Double(PythonFormat.str(given).trimmingCharacters(in: .whitespaces))
                }
                guard let d = number else {
                    throw JinjaError(.runtime, "Invalid value for epoch value (\(PythonFormat.str(given)))")
                }
                seconds = d
            }
            return .string(AnsibleFilters.strftime(PythonFormat.str(v), seconds, utc: b[1]?.isTruthy ?? false))
        },
        "ternary": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("ternary", ["true_val", "false_val", "none_val"], min: 2)
            if v.isNone, let n = b[2] { return n }
            // it takes an undefined value (accept_args_markers), but bool() of one trips it: the
            // undefined is the result
            if v.isUndefined { return v }
            return v.isTruthy ? (b[0] ?? .null) : (b[1] ?? .null)
        },
        "to_json": f { v, a, _ throws(JinjaError) in
            var w = JSONWriter(
                indent: a.keyword("indent").flatMap { if case .int(let i) = $0 { return i } else { return nil } },
                sortKeys: a.keyword("sort_keys")?.isTruthy ?? false, ensureASCII: a.keyword("ensure_ascii")?.isTruthy ?? true)
            if let sep = a.keyword("separators")?.listValue, sep.count == 2 {
                w.itemSeparator = sep[0].stringValue ?? w.itemSeparator
                w.keySeparator = sep[1].stringValue ?? w.keySeparator
            }
            return .string(w.write(try Templar.finalize(v)))
        },
        "to_nice_json": f { v, a, _ throws(JinjaError) in
            // separators are always (",", ": "): a given one is ignored
            var args = a
            args.keywords.removeAll { $0.0 == "separators" }
            let b = try args.bind("to_nice_json", ["indent", "sort_keys", "ensure_ascii"])
            let indent = b[0].flatMap { if case .int(let i) = $0 { return i } else { return nil } } ?? 4
            let w = JSONWriter(indent: indent, sortKeys: b[1]?.isTruthy ?? true, ensureASCII: b[2]?.isTruthy ?? true, itemSeparator: ",")
            return .string(w.write(try Templar.finalize(v)))
        },
        "from_json": f { v, _, _ throws(JinjaError) in
            guard let parsed = JSONReader.parse(try str(v)) else { throw JinjaError(.raised, "from_json: the input is not valid JSON") }
            return parsed
        },
        "to_yaml": f { v, a, _ throws(JinjaError) in
            var d = YAMLDumper(defaultFlowStyle: nil)
            if let i = a.keyword("indent"), case .int(let n) = i { d.indent = n }
            try yamlOptions(&d, a)
            return .string(d.dump(try Templar.finalize(v)))
        },
        "to_nice_yaml": f { v, a, _ throws(JinjaError) in
            var d = YAMLDumper(indent: 4, defaultFlowStyle: false)
            if let i = a.positional.first ?? a.keyword("indent"), case .int(let n) = i { d.indent = n }
            try yamlOptions(&d, a)
            return .string(d.dump(try Templar.finalize(v)))
        },
        "from_yaml": f { v, _, _ throws(JinjaError) in
            guard let text = v.stringValue else { return v }
            return try fromYAML(text)
        },
        "from_yaml_all": f { v, _, _ throws(JinjaError) in
            guard let text = v.stringValue else { return v }
            return try fromYAMLAll(text)
        },
        "combine": f { v, a, _ throws(JinjaError) in
            for (k, _) in a.keywords where k != "recursive" && k != "list_merge" {
                throw JinjaError(.raised, "'recursive' and 'list_merge' are the only valid keyword arguments")
            }
            let recursive = a.keyword("recursive")?.isTruthy ?? false
            let listMerge = a.keyword("list_merge")?.stringValue ?? "replace"
            var dicts: [Value] = v.listValue ?? [v]
            for x in a.positional {
                if case .list(let l) = x { dicts.append(contentsOf: l) } else { dicts.append(x) }
            }
            var result = ValueDict()
            for d in dicts {
                guard case .dict(let dd) = d else {
                    throw JinjaError(.raised, "failed to combine variables, expected dicts but got a '\(d.pythonTypeName)'")
                }
                result = try mergeDicts(result, dd, recursive: recursive, listMerge: listMerge)
            }
            return .dict(result)
        },
        "regex_replace": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("regex_replace", ["pattern", "replacement", "ignorecase", "multiline", "count", "mandatory_count"])
            let s = try str(v)
            let regex = try PyRegex.compile(try str(b[0] ?? ""), ignorecase: b[2]?.isTruthy ?? false, multiline: b[3]?.isTruthy ?? false)
            let count = b[4].flatMap { if case .int(let i) = $0 { return i } else { return nil } } ?? 0
            let (out, n) = try PyRegex.sub(s, regex, try str(b[1] ?? ""), count: count)
            if let mc = b[5], case .int(let m) = mc, m > 0, n != m {
                throw JinjaError(.raised, "'\(try str(b[0] ?? ""))' should match \(m) times, but matches \(n) times in '\(s)'")
            }
            return .string(out)
        },
        "regex_search": f { v, a, _ throws(JinjaError) in
            guard let pattern = a.positional.first else {
                throw JinjaError(.type, "regex_search() missing 1 required positional argument: 'regex'")
            }
            let regex = try PyRegex.compile(
                try str(pattern), ignorecase: a.keyword("ignorecase")?.isTruthy ?? false,
                multiline: a.keyword("multiline")?.isTruthy ?? false)
            let s = try str(v)
            guard let m = s.firstMatch(of: regex) else { return .null }
            let refs = a.positional.dropFirst()
            if refs.isEmpty { return .string(String(s[m.range])) }
            var out: [Value] = []
            for r in refs {
                let ref = try str(r)
                if ref.hasPrefix("\\g<"), ref.hasSuffix(">") {
                    out.append(PyRegex.group(m, named: String(ref.dropFirst(3).dropLast())).map { .string($0) } ?? .null)
                } else if ref.hasPrefix("\\"), let g = Int(ref.dropFirst()) {
                    out.append(PyRegex.group(m, g).map { .string($0) } ?? .null)
                } else {
                    throw JinjaError(.raised, "Unknown argument")
                }
            }
            return .list(out)
        },
        "regex_findall": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("regex_findall", ["regex", "multiline", "ignorecase"], min: 1)
            let regex = try PyRegex.compile(try str(b[0] ?? ""), ignorecase: b[2]?.isTruthy ?? false, multiline: b[1]?.isTruthy ?? false)
            let s = try str(v)
            var out: [Value] = []
            for m in s.matches(of: regex) {
                let groups = m.output.count - 1
                if groups == 0 {
                    out.append(.string(String(s[m.range])))
                } else if groups == 1 {
                    out.append(.string(PyRegex.group(m, 1) ?? ""))
                } else {
                    out.append(.tuple((1...groups).map { .string(PyRegex.group(m, $0) ?? "") }))
                }
            }
            return .list(out)
        },
        "regex_escape": f { v, a, _ throws(JinjaError) in
            let s = try str(v)
            let reType = (a.positional.first ?? a.keyword("re_type")).map { PythonFormat.str($0) } ?? "python"
            if reType == "posix_extended" { throw JinjaError(.raised, "Regex type (posix_extended) not yet implemented") }
            if reType != "python" && reType != "posix_basic" { throw JinjaError(.raised, "Invalid regex type (\(reType))") }
            var out = ""
            for ch in s.unicodeScalars {
                if reType == "posix_basic" {
                    if "$*.[\\]^".unicodeScalars.contains(ch) { out += "\\" }
                } else if "()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars.contains(ch) {
                    // re.escape: only the special characters
                    out += "\\"
                }
                out.unicodeScalars.append(ch)
            }
            return .string(out)
        },
        "quote": f { v, _, _ throws(JinjaError) in .string(shellQuote(v.isNone ? "" : try str(v))) },
        "comment": f { v, a, _ throws(JinjaError) in .string(try Comment.format(try str(v), a)) },
        "flatten": f { v, a, r throws(JinjaError) in
            let b = try a.bind("flatten", ["levels", "skip_nulls"])
            let levels = b[0].flatMap { if case .int(let i) = $0 { return i } else { return nil } }
            let skipNulls = b[1]?.isTruthy ?? true
            func flat(_ items: [Value], _ depth: Int) -> [Value] {
                var out: [Value] = []
                for x in items {
                    if skipNulls && (x.isNone || x.stringValue == "None" || x.stringValue == "null") { continue }
                    if let l = x.listValue, levels == nil || depth < (levels ?? 0) {
                        out.append(contentsOf: flat(l, depth + 1))
                    } else {
                        out.append(x)
                    }
                }
                return out
            }
            return .list(flat(try list(v, r), 0))
        },
        "dict2items": f { v, a, _ throws(JinjaError) in
            guard case .dict(let d) = v else {
                throw JinjaError(.raised, "dict2items requires a dictionary, got \(v.pythonTypeName) instead.")
            }
            let kn = a.keyword("key_name")?.stringValue ?? "key"
            let vn = a.keyword("value_name")?.stringValue ?? "value"
            return .list(d.items.map { .dict(ValueDict([(.string(kn), $0.0), (.string(vn), $0.1)])) })
        },
        "items2dict": f { v, a, r throws(JinjaError) in
            let kn = a.keyword("key_name") ?? "key"
            let vn = a.keyword("value_name") ?? "value"
            var out = ValueDict()
            for item in try list(v, r) {
                guard case .dict(let d) = item, let k = d[kn], let x = d[vn] else {
                    throw JinjaError(
                        .raised,
                        "items2dict requires a list of dictionaries with '\(PythonFormat.str(kn))' and '\(PythonFormat.str(vn))' keys")
                }
                out[k] = x
            }
            return .dict(out)
        },
        "union": f { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else { throw JinjaError(.type, "union() missing 1 required positional argument: 'b'") }
            return .list(try PySet.union(try list(v, r), try list(other, r)))
        },
        "intersect": f { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else { throw JinjaError(.type, "intersect() missing 1 required positional argument: 'b'") }
            return .list(try PySet.intersect(try list(v, r), try list(other, r)))
        },
        "difference": f { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else {
                throw JinjaError(.type, "difference() missing 1 required positional argument: 'b'")
            }
            return .list(try PySet.difference(try list(v, r), try list(other, r)))
        },
        "symmetric_difference": f { v, a, r throws(JinjaError) in
            guard let other = a.positional.first else {
                throw JinjaError(.type, "symmetric_difference() missing 1 required positional argument: 'b'")
            }
            return .list(try PySet.symmetric(try list(v, r), try list(other, r)))
        },
        "zip": f { v, a, r throws(JinjaError) in
            var lists = [try list(v, r)]
            for x in a.positional { lists.append(try list(x, r)) }
            if let rep = a.keyword("repeat") {
                guard case .int(let n) = rep, n >= 0 else { throw JinjaError(.value, "repeat argument cannot be negative") }
                lists = Array(repeating: lists, count: n).flatMap { $0 }
            }
            let n = lists.map(\.count).min() ?? 0
            return .list((0..<n).map { i in .tuple(lists.map { $0[i] }) })
        },
        "zip_longest": f { v, a, r throws(JinjaError) in
            var lists = [try list(v, r)]
            for x in a.positional { lists.append(try list(x, r)) }
            if let rep = a.keyword("repeat") {
                guard case .int(let n) = rep, n >= 0 else { throw JinjaError(.value, "repeat argument cannot be negative") }
                lists = Array(repeating: lists, count: n).flatMap { $0 }
            }
            let fill = a.keyword("fillvalue") ?? .null
            let n = lists.map(\.count).max() ?? 0
            return .list((0..<n).map { i in .tuple(lists.map { i < $0.count ? $0[i] : fill }) })
        },
        "product": f { v, a, r throws(JinjaError) in
            var lists = [try list(v, r)]
            for x in a.positional { lists.append(try list(x, r)) }
            if let rep = a.keyword("repeat") {
                guard case .int(let n) = rep, n >= 0 else { throw JinjaError(.value, "repeat argument cannot be negative") }
                lists = Array(repeating: lists, count: n).flatMap { $0 }
            }
            var acc: [[Value]] = [[]]
            for l in lists { acc = acc.flatMap { prefix in l.map { prefix + [$0] } } }
            return .list(acc.map { .tuple($0) })
        },
        "dirname": f { v, _, _ throws(JinjaError) in
            let s = try str(v)
            guard let slash = s.lastIndex(of: "/") else { return "" }
            var head = String(s[...slash])
            if head != String(repeating: "/", count: head.count) { while head.hasSuffix("/") { head.removeLast() } }
            return .string(head)
        },
        "basename": f { v, _, _ throws(JinjaError) in
            guard v.stringValue != nil else {
                throw JinjaError(.type, "expected str, bytes or os.PathLike object, not \(v.pythonTypeName)")
            }
            let s = try str(v)
            guard let slash = s.lastIndex(of: "/") else { return .string(s) }
            return .string(String(s[s.index(after: slash)...]))
        },
        "splitext": f { v, _, _ throws(JinjaError) in
            let s = try str(v)
            let base = s.lastIndex(of: "/").map { s.index(after: $0) } ?? s.startIndex
            let name = s[base...]
            var dot = name.lastIndex(of: ".")
            if let d = dot, name[name.startIndex..<d].allSatisfy({ $0 == "." }) { dot = nil }
            guard let d = dot else { return .tuple([.string(s), ""]) }
            return .tuple([.string(String(s[..<d])), .string(String(s[d...]))])
        },
        "expanduser": f { v, _, _ throws(JinjaError) in .string((try str(v) as NSString).expandingTildeInPath) },
        "realpath": f { v, _, _ throws(JinjaError) in .string(URL(fileURLWithPath: try str(v)).resolvingSymlinksInPath().path) },
        "b64encode": f { v, a, _ throws(JinjaError) in
            let encoding = (a.positional.first ?? a.keyword("encoding"))?.stringValue ?? "utf-8"
            let text = Data(try encode(try str(v), encoding)).base64EncodedString()
            if a.keyword("urlsafe")?.isTruthy ?? false {
                return .string(text.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_"))
            }
            return .string(text)
        },
        "b64decode": f { v, a, _ throws(JinjaError) in
            var s = try str(v)
            if a.keyword("urlsafe")?.isTruthy ?? false {
                s = s.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            }
            // binascii: characters outside the alphabet are skipped, the padding must be right
            s = String(
                s.unicodeScalars.filter {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+/=".unicodeScalars.contains($0))
                }.map(Character.init))
            guard s.count % 4 == 0 || s.count % 4 == 1, let d = Data(base64Encoded: s) else {
                throw JinjaError(.raised, s.count % 4 == 1 ? "Invalid base64-encoded string" : "Incorrect padding")
            }
            let encoding = (a.positional.first ?? a.keyword("encoding"))?.stringValue ?? "utf-8"
            let bytes = [UInt8](d)
            switch encoding.lowercased().replacingOccurrences(of: "_", with: "-") {
            case "latin-1", "latin1", "iso-8859-1":
                return .string(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
            case "utf-16", "utf16", "utf-16-le", "utf-16le", "utf-16-be", "utf-16be":
                let lower = encoding.lowercased()
                var big = lower.hasSuffix("be")
                var start = 0
                if !lower.hasSuffix("le") && !big && bytes.count >= 2 {
                    // a byte-order mark decides, little-endian without one
                    if bytes[0] == 0xFE && bytes[1] == 0xFF {
                        big = true; start = 2
                    } else if bytes[0] == 0xFF && bytes[1] == 0xFE {
                        start = 2
                    }
                }
                var units: [UInt16] = []
                var i = start
                while i + 1 < bytes.count {
                    units.append(big ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
                    i += 2
                }
                return .string(String(decoding: units, as: UTF16.self))
            default:
                return .string(String(decoding: bytes, as: UTF8.self))
            }
        },
        "hash": f { v, a, _ throws(JinjaError) in
            .string(try hash(try str(v), a.positional.first?.stringValue ?? a.keyword("hashtype")?.stringValue ?? "sha1"))
        },
        "checksum": f { v, _, _ throws(JinjaError) in .string(try hash(try str(v), "sha1")) },
        "sha1": f { v, _, _ throws(JinjaError) in .string(try hash(try str(v), "sha1")) },
        "md5": f { v, _, _ throws(JinjaError) in .string(try hash(try str(v), "md5")) },
        "password_hash": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("password_hash", ["hashtype", "salt", "salt_size", "rounds", "ident"])
            let rounds = b[3].flatMap { if case .int(let i) = $0 { return i } else { return nil } }
            return .string(try passwordHash(try str(v), type: b[0]?.stringValue ?? "sha512", salt: b[1]?.stringValue, rounds: rounds))
        },
        "mandatory": f { v, a, _ throws(JinjaError) in
            if let u = v.undefined {
                let msg = a.positional.first?.stringValue ?? a.keyword("msg")?.stringValue
                throw JinjaError(.raised, msg ?? "Mandatory variable \(PythonFormat.repr(u.name ?? .string(""))) not defined.")
            }
            return v
        },
        "type_debug": f { v, _, _ throws(JinjaError) in
            if v.isUndefined { return "UndefinedMarker" }
            // Ansible hands plugins dict views as lists
            if case .object(let o) = v, o.typeName != "range", o is IterableObject { return "list" }
            return .string(v.pythonTypeName)
        },
        "to_uuid": f { v, a, _ throws(JinjaError) in
            let ns = a.positional.first?.stringValue ?? a.keyword("namespace")?.stringValue ?? "361E6D51-FAEC-444A-9079-341386DA8E2E"
            // uuid.UUID(): braces, "urn:uuid:" and hyphens aside, 32 hex digits
            var hex = ns.replacingOccurrences(of: "urn:uuid:", with: "")
            hex = hex.trimmingCharacters(in: CharacterSet(charactersIn: "{}")).replacingOccurrences(of: "-", with: "")
            guard hex.count == 32, hex.allSatisfy(\.isHexDigit) else {
                throw JinjaError(.raised, "Invalid value '\(ns)' for 'namespace': badly formed hexadecimal UUID string")
            }
            return .string(uuid5(namespace: uuidBytes(ns), name: try str(v)))
        },
        "human_readable": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("human_readable", ["isbits", "unit"])
            let text = try str(v)
            if v.stringValue != nil {
                throw JinjaError(
                    .raised, "human_readable() failed on bad input: '>=' not supported between instances of 'str' and 'int'")
            }
            var big: Double?
            if case .bigInt(let digits) = v { big = Double(digits) }
            guard let n = v.numeric ?? big else {
                throw JinjaError(.raised, "human_readable() can't interpret following string: \(text)")
            }
            return .string(humanReadable(n, isBits: b[0]?.isTruthy ?? false, unit: b[1]?.stringValue))
        },
        "extract": f { v, a, r throws(JinjaError) in
            guard let container = a.positional.first else { throw JinjaError(.type, "extract() missing argument") }
            var x = try r.getitem(container, v)
            if a.positional.count > 1 {
                let morekeys = a.positional[1]
                for k in morekeys.listValue ?? [morekeys] { x = try r.getitem(x, k) }
            }
            return x
        },
        "subelements": f { v, a, r throws(JinjaError) in
            let keyArg = a.positional.first ?? a.keyword("subelements")
            let parts: [Value]
            if let key = keyArg?.stringValue {
                parts = key.split(separator: ".", omittingEmptySubsequences: false).map { .string(String($0)) }
            } else if case .list(let l)? = keyArg {
                parts = l
            } else {
                throw JinjaError(.raised, "subelements must be a list or a string")
            }
            let skipMissing = (a.positional.count > 1 ? a.positional[1] : a.keyword("skip_missing"))?.isTruthy ?? false
            let elements: [Value]
            switch v {
            case .dict(let d): elements = d.items.map { $0.1 }
            case .list(let l): elements = l
            default: throw JinjaError(.raised, "obj must be a list of dicts or a nested dict")
            }
            var out: [Value] = []
            for item in elements {
                var sub: Value = item
                for part in parts {
                    guard case .dict(let d) = sub else {
                        throw JinjaError(
                            .raised, "the key \(PythonFormat.str(part)) should point to a dictionary, got '\(PythonFormat.str(sub))'")
                    }
                    guard let x = d[part] else {
                        if skipMissing {
                            sub = .list([])
                            break
                        }
                        throw JinjaError(
                            .raised, "could not find \(PythonFormat.repr(part)) key in iterated item \(PythonFormat.repr(sub))")
                    }
                    sub = x
                }
                guard case .list(let values) = sub else {
                    throw JinjaError(
                        .raised, "the key \(PythonFormat.repr(keyArg ?? .null)) should point to a list, got \(PythonFormat.repr(sub))")
                }
                for s in values { out.append(.tuple([item, s])) }
            }
            return .list(out)
        },
        "split": f { v, a, _ throws(JinjaError) in
            guard v.stringValue != nil else {
                throw JinjaError(.type, "descriptor 'split' for 'str' objects doesn't apply to a '\(v.pythonTypeName)' object")
            }
            let sep = a.positional.first.flatMap { $0.isNone ? nil : $0.stringValue }
            let maxsplit = a.positional.count > 1 ? (exactInt(a.positional[1].numeric) ?? -1) : -1
            let parts = try splitString(try str(v), sep, maxsplit)
            return .list(parts.map { .string($0) })
        },
        "log": f { v, a, _ throws(JinjaError) in
            guard let x = v.numeric else { throw JinjaError(.raised, "log() can only be used on numbers") }
            if let base = a.positional.first?.numeric { return .float(Foundation.log(x) / Foundation.log(base)) }
            return .float(Foundation.log(x))
        },
        "pow": f { v, a, _ throws(JinjaError) in
            guard let x = v.numeric, let y = a.positional.first?.numeric else {
                throw JinjaError(.raised, "pow() can only be used on numbers")
            }
            return .float(Foundation.pow(x, y))
        },
        "root": f { v, a, _ throws(JinjaError) in
            guard let x = v.numeric else { throw JinjaError(.raised, "root() can only be used on numbers") }
            let base = a.positional.first?.numeric ?? 2
            return .float(base == 2 ? x.squareRoot() : Foundation.pow(x, 1 / base))
        },
        "shuffle": f { v, a, r throws(JinjaError) in
            var items = try list(v, r)
            if let seed = a.positional.first ?? a.keyword("seed") {
                var rng = PyRandom(seed: seed)
                rng.shuffle(&items)
            } else {
                items.shuffle()
            }
            return .list(items)
        },
        "random": f { v, a, r throws(JinjaError) in
            let b = try a.bind("random", ["start", "step", "seed"])
            var rng: PyRandom? = b[2].map { PyRandom(seed: $0) }
            if case .int(let end) = v {
                let start = b[0].flatMap { if case .int(let i) = $0 { return i } else { return nil } } ?? 0
                let step = b[1].flatMap { if case .int(let i) = $0 { return i } else { return nil } } ?? 1
                if rng != nil { return .int(rng?.randrange(start, end, step) ?? start) }
                let count = (end - start + step - 1) / step
                return .int(start + step * Int.random(in: 0..<max(count, 1)))
            }
            let items = try list(v, r)
            guard !items.isEmpty else { throw JinjaError(.raised, "Cannot choose from an empty sequence") }
            if rng != nil { return items[rng?.randbelow(items.count) ?? 0] }
            return items.randomElement() ?? .null
        },
        "urlsplit": f { v, a, _ throws(JinjaError) in
            let parts = try urlSplit(try str(v))
            guard let q = (a.positional.first ?? a.keyword("query")).map({ PythonFormat.str($0) }), !q.isEmpty else {
                return .dict(parts)
            }
            guard let x = parts[string: q] else { throw JinjaError(.value, "urlsplit: unknown URL component: \(q)") }
            return x
        },
        "human_to_bytes": f { v, a, _ throws(JinjaError) in
            let b = try a.bind("human_to_bytes", ["default_unit", "isbits"])
            return try humanToBytes(
                PythonFormat.str(v), defaultUnit: b[0].flatMap { $0.isNone ? nil : PythonFormat.str($0) },
                isBits: b[1]?.isTruthy ?? false)
        },
    ]

    /// Python's `urllib.parse.urlsplit` as Ansible's filter gives it: the result's attributes in
    /// alphabetical order (fragment, hostname, netloc, password, path, port, query, scheme,
    /// username).
    static func urlSplit(_ input: String) throws(JinjaError) -> ValueDict {
        // WHATWG: leading C0 controls and spaces go, tabs and newlines go everywhere
        var url = String(
            input.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\r" && $0 != "\n" }.map(Character.init))
        var scheme = ""
        if let colon = url.firstIndex(of: ":"), colon != url.startIndex, let first = url.first, first.isASCII, first.isLetter {
            let candidate = url[..<colon]
            if candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) {
                scheme = candidate.lowercased()
                url = String(url[url.index(after: colon)...])
            }
        }
        var netloc = ""
        if url.hasPrefix("//") {
            let rest = url.dropFirst(2)
            let end = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
            netloc = String(rest[..<end])
            url = String(rest[end...])
            if netloc.contains("[") != netloc.contains("]") { throw JinjaError(.value, "Invalid IPv6 URL") }
        }
        var fragment = ""
        var query = ""
        if let hash = url.firstIndex(of: "#") {
            fragment = String(url[url.index(after: hash)...])
            url = String(url[..<hash])
        }
        if let q = url.firstIndex(of: "?") {
            query = String(url[url.index(after: q)...])
            url = String(url[..<q])
        }
        // userinfo and host
        var username: Value = .null
        var password: Value = .null
        var hostinfo = netloc
        if let at = netloc.lastIndex(of: "@") {
            let userinfo = netloc[..<at]
            hostinfo = String(netloc[netloc.index(after: at)...])
            if let colon = userinfo.firstIndex(of: ":") {
                username = .string(String(userinfo[..<colon]))
                password = .string(String(userinfo[userinfo.index(after: colon)...]))
            } else {
                username = .string(String(userinfo))
            }
        }
        var host: Substring
        var portText: Substring = ""
        if let open = hostinfo.firstIndex(of: "[") {
            let bracketed = hostinfo[hostinfo.index(after: open)...]
            if let close = bracketed.firstIndex(of: "]") {
                host = bracketed[..<close]
                let after = bracketed[bracketed.index(after: close)...]
                if let colon = after.firstIndex(of: ":") { portText = after[after.index(after: colon)...] }
            } else {
                host = bracketed
            }
        } else if let colon = hostinfo.firstIndex(of: ":") {
            host = hostinfo[..<colon]
            portText = hostinfo[hostinfo.index(after: colon)...]
        } else {
            host = Substring(hostinfo)
        }
        var hostname: Value = .null
        if !host.isEmpty {
            if let pct = host.firstIndex(of: "%") {
                hostname = .string(host[..<pct].lowercased() + host[pct...])
            } else {
                hostname = .string(host.lowercased())
            }
        }
        var port: Value = .null
        if !portText.isEmpty {
            guard portText.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(portText) else {
                throw JinjaError(.value, "Port could not be cast to integer value as \(PythonFormat.repr(.string(String(portText))))")
            }
            guard n <= 65535 else { throw JinjaError(.value, "Port out of range 0-65535") }
            port = .int(n)
        }
        return ValueDict([
            ("fragment", .string(fragment)), ("hostname", hostname), ("netloc", .string(netloc)), ("password", password),
            ("path", .string(url)), ("port", port), ("query", .string(query)), ("scheme", .string(scheme)), ("username", username),
        ])
    }

    /// ansible.module_utils' human_to_bytes, with the filter's wrapping of its errors.
    static func humanToBytes(_ text: String, defaultUnit: String?, isBits: Bool) throws(JinjaError) -> Value {
        func fail(_ why: String) -> JinjaError { JinjaError(.raised, "human_to_bytes() can't interpret the input: \(why)") }
        guard let m = text.wholeMatch(of: /([0-9]*\.?[0-9]+)(?:\s*([A-Za-z]+))?\s*/), let num = Double(m.1) else {
            throw fail("human_to_bytes() can't interpret following string: \(text)")
        }
        guard let unit = m.2.map(String.init) ?? defaultUnit, let first = unit.first else {
            return .int(Int(num.rounded(.toNearestOrEven)))
        }
        let key = Character(first.uppercased())
        let shifts: [Character: Int] = ["Y": 80, "Z": 70, "E": 60, "P": 50, "T": 40, "G": 30, "M": 20, "K": 10, "B": 0]
        guard let shift = shifts[key] else {
            throw fail("human_to_bytes() failed to convert \(text) (unit = \(unit)). The suffix must be one of Y, Z, E, P, T, G, M, K, B")
        }
        if unit.count > 1 {
            let names: [Character: (String, String)] = [
                "B": ("byte", "bit"), "K": ("kilobyte", "kilobit"), "M": ("megabyte", "megabit"), "G": ("gigabyte", "gigabit"),
                "T": ("terabyte", "terabit"), "P": ("petabyte", "petabit"), "E": ("exabyte", "exabit"), "Z": ("zetabyte", "zetabit"),
                "Y": ("yottabyte", "yottabit"),
            ]
            let cls = isBits ? "b" : "B"
            let expect = key == "B" ? "expect \(cls) or \(isBits ? "bit" : "byte")" : "expect \(key)\(cls) or \(key)"
            let long = isBits ? names[key]?.1 : names[key]?.0
            let short = key == "B" ? cls : "\(key)\(cls)"
            if unit.lowercased() != long && unit != short {
                throw fail("human_to_bytes() failed to convert \(text). Value is not a valid string (\(expect))")
            }
        }
        let product = num * pow(2.0, Double(shift))
        guard product.isFinite, abs(product) < 9.2e18 else {
            return .bigInt(String(format: "%.0f", product.rounded(.toNearestOrEven)))
        }
        return .int(Int(product.rounded(.toNearestOrEven)))
    }

    /// The bytes of a string in a Python codec.
    static func encode(_ s: String, _ encoding: String) throws(JinjaError) -> [UInt8] {
        switch encoding.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": return Array(s.utf8)
        case "latin-1", "latin1", "iso-8859-1":
            var out: [UInt8] = []
            for u in s.unicodeScalars {
                guard u.value < 256 else { throw JinjaError(.raised, "'latin-1' codec can't encode character") }
                out.append(UInt8(u.value))
            }
            return out
        case "ascii":
            var out: [UInt8] = []
            for u in s.unicodeScalars {
                guard u.value < 128 else { throw JinjaError(.raised, "'ascii' codec can't encode character") }
                out.append(UInt8(u.value))
            }
            return out
        case "utf-16", "utf16":
            var out: [UInt8] = [0xFF, 0xFE]
            for unit in s.utf16 { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return out
        case "utf-16-le", "utf-16le", "utf16le":
            var out: [UInt8] = []
            for unit in s.utf16 { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return out
        case "utf-16-be", "utf-16be", "utf16be":
            var out: [UInt8] = []
            for unit in s.utf16 { out += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            return out
        default: throw JinjaError(.raised, "unknown encoding: \(encoding)")
        }
    }

    static func fromYAML(_ text: String) throws(JinjaError) -> Value {
        do {
            return try YAMLLoader.load(text, path: "<from_yaml>").0
        } catch {
            throw JinjaError(.raised, "from_yaml: \(error.diagnostic.message)")
        }
    }

    static func fromYAMLAll(_ text: String) throws(JinjaError) -> Value {
        let nodes: [YAMLNode]
        do {
            nodes = try YAMLComposer.composeAll(text, path: "<from_yaml_all>")
        } catch {
            throw JinjaError(.raised, "from_yaml_all: \(error.diagnostic.message)")
        }
        var out: [Value] = []
        for node in nodes {
            var c = YAMLConstructor(source: SourceText(path: "<from_yaml_all>", text: text))
            do {
                out.append(try c.construct(node))
            } catch {
                throw JinjaError(.raised, "from_yaml_all: \(error.diagnostic.message)")
            }
        }
        return .list(out)
    }

    static func splitString(_ s: String, _ sep: String?, _ maxsplit: Int) throws(JinjaError) -> [String] {
        guard let sep else { return s.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
        if sep.isEmpty { throw JinjaError(.value, "empty separator") }
        var out: [String] = []
        var rest = Substring(s)
        while let r = rest.range(of: sep), maxsplit < 0 || out.count < maxsplit {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}
