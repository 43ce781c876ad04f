import Foundation
import Jinja
import SwansibleCore

/// ansible-core's `lookup()`, `query()` / `q()` and `now()`, with the lookup plugins that run
/// on the controller and need no network or vault: env, file, template, vars, varnames, pipe,
/// lines, items, list, dict, indexed_items, together, nested, fileglob, random_choice,
/// inventory_hostnames (through `Templar.hostPattern`), password, first_found, sequence,
/// subelements.
/// What a lookup reads of the variables where it runs (a template's scopes, or a task's
/// variables for a `with_<lookup>` loop).
struct LookupScope {
    let variable: (String) throws(JinjaError) -> Value?
    let all: () -> [String: Value]

    init(_ r: Renderer) {
        variable = { (n: String) throws(JinjaError) -> Value? in try r.variable(n) }
        all = { r.visibleVariables }
    }

    init(_ vars: TemplateVariables, _ templar: Templar) {
        variable = { (n: String) throws(JinjaError) -> Value? in try vars.lookup(n, templar) }
        all = { vars.rawCopy }
    }
}

enum Lookups {
    static let plugins: Set<String> = [
        "env", "file", "template", "vars", "varnames", "pipe", "lines", "items", "list", "dict", "indexed_items", "together",
        "nested", "fileglob", "random_choice", "inventory_hostnames", "password", "first_found", "sequence", "subelements",
    ]

    static func register(_ env: Environment, _ templar: Templar) {
        let lookup = BuiltinFunction("lookup") { [unowned templar] (a: Arguments, r: Renderer) throws(JinjaError) -> Value in
            try invoke(a, r, templar, query: false)
        }
        let query = BuiltinFunction("query") { [unowned templar] (a: Arguments, r: Renderer) throws(JinjaError) -> Value in
            try invoke(a, r, templar, query: true)
        }
        env.globals["lookup"] = .object(lookup)
        env.globals["query"] = .object(query)
        env.globals["q"] = .object(query)
        env.globals["now"] = .object(
            BuiltinFunction("now") { (a: Arguments, _: Renderer) throws(JinjaError) -> Value in
                let b = try a.bind("now", ["utc", "fmt"])
                return now(utc: b[0]?.isTruthy ?? false, format: b[1].flatMap { $0.isNone ? nil : PythonFormat.str($0) })
            })
    }

    /// ansible-core's `_invoke_lookup`: the plugin's list, or with `wantlist` false (`lookup`)
    /// its only item, or its strings joined with commas.
    static func invoke(_ a: Arguments, _ r: Renderer, _ templar: Templar, query: Bool) throws(JinjaError) -> Value {
        guard let first = a.positional.first else {
            throw JinjaError(.type, "\(query ? "query" : "lookup")() missing 1 required positional argument: 'plugin_name'")
        }
        let name = PythonFormat.str(first)
        let short = shortName(name)
        guard plugins.contains(short) else { throw JinjaError(.runtime, "The lookup plugin '\(name)' was not found.") }
        let terms = Array(a.positional.dropFirst())
        var kwargs: [(String, Value)] = []
        var wantlist = query
        var errors = "strict"
        for (k, v) in a.keywords {
            switch k {
            case "wantlist": wantlist = wantlist || v.isTruthy
            case "errors": errors = PythonFormat.str(v)
            default: kwargs.append((k, v))
            }
        }
        // an undefined argument is the result (the plugins here take no undefined values)
        if let u = terms.first(where: \.isUndefined) ?? kwargs.first(where: { $0.1.isUndefined })?.1 { return u }
        let result: [Value]
        do {
            result = try run(short, terms, kwargs, LookupScope(r), templar)
        } catch {
            if errors == "warn" || errors == "ignore" {
                if errors == "warn" {
                    FileHandle.standardError.write(
                        Data("[WARNING]: An error occurred while running the lookup plugin '\(name)': \(error.message)\n".utf8))
                }
                return wantlist ? .list([]) : .null
            }
            throw JinjaError(error.kind, "The lookup plugin '\(name)' failed: \(error.message)")
        }
        if wantlist || result.isEmpty { return .list(result) }
        if result.count == 1 { return result[0] }
        var strings: [String] = []
        for v in result {
            guard case .string(let s) = v else { return .list(result) }
            strings.append(s)
        }
        return .string(strings.joined(separator: ","))
    }

    static func keyword(_ kwargs: [(String, Value)], _ name: String) -> Value? { kwargs.first { $0.0 == name }?.1 }

    /// `ansible.builtin.file` and `ansible.legacy.file` are `file`.
    static func shortName(_ name: String) -> String {
        for prefix in ["ansible.builtin.", "ansible.legacy."] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    /// LookupBase._flatten: lists in the terms are opened one level.
    static func flatten(_ terms: [Value]) -> [Value] {
        terms.flatMap { t -> [Value] in
            switch t {
            case .list(let l), .tuple(let l): return l
            default: return [t]
            }
        }
    }

    static func run(_ name: String, _ terms: [Value], _ kwargs: [(String, Value)], _ r: LookupScope, _ templar: Templar) throws(JinjaError)
        -> [Value]
    {
        switch name {
        case "env":
            let fallback = keyword(kwargs, "default") ?? .string("")
            let environment = ProcessInfo.processInfo.environment
            return terms.map { t in environment[PythonFormat.str(t)].map { .string($0) } ?? fallback }
        case "file":
            let lstrip = keyword(kwargs, "lstrip")?.isTruthy ?? false
            let rstrip = keyword(kwargs, "rstrip")?.isTruthy ?? true
            return try terms.map { (t: Value) throws(JinjaError) -> Value in
                let term = PythonFormat.str(t)
                guard let path = try findFile(r, "files", term), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw JinjaError(
                        .runtime, "Unable to access the file \(PythonFormat.repr(t)): File not found. Use -vvvvv to see paths searched.")
                }
                return .string(PyString.strip(text, nil, left: lstrip, right: rstrip))
            }
        case "template":
            return try terms.map { (t: Value) throws(JinjaError) -> Value in try template(PythonFormat.str(t), kwargs, r, templar) }
        case "vars":
            let fallback = keyword(kwargs, "default").flatMap { $0.isNone ? nil : $0 }
            return try terms.map { (t: Value) throws(JinjaError) -> Value in
                guard case .string(let term) = t else {
                    throw JinjaError(.type, "Variable name must be 'str' not \(PythonFormat.repr(.string(t.pythonTypeName))).")
                }
                if let v = try r.variable(term) { return v }
                return fallback
                    ?? .object(Undefined(kind: .ansible, name: nil, hint: "No variable named \(PythonFormat.repr(t)) was found."))
            }
        case "varnames":
            let names = r.all().keys.sorted()
            var out: [Value] = []
            for t in terms {
                guard case .string(let pattern) = t else {
                    throw JinjaError(
                        .runtime, "Invalid setting identifier, \"\(PythonFormat.str(t))\" is not a string, it is a \(t.pythonTypeName)")
                }
                let regex = try PyRegex.compile(pattern)
                for n in names where n.firstMatch(of: regex) != nil { out.append(.string(n)) }
            }
            return out
        case "pipe", "lines":
            var out: [Value] = []
            for t in terms {
                let command = PythonFormat.str(t)
                let run: ExecResult
                do {
                    run = try ProcessRunner.runBlocking("/bin/sh", ["-c", command], directory: basedir(r))
                } catch {
                    throw JinjaError(.runtime, "lookup_plugin.\(name)(\(command)) could not start: \(error)")
                }
                guard run.status == 0 else { throw JinjaError(.runtime, "lookup_plugin.\(name)(\(command)) returned \(run.status)") }
                if name == "pipe" {
                    out.append(.string(PyString.strip(run.stdoutText, nil, left: false)))
                } else {
                    out += PyString.splitlines(run.stdoutText, keepends: false).map { .string($0) }
                }
            }
            return out
        case "items":
            return flatten(terms)
        case "list":
            return terms
        case "dict":
            var out: [Value] = []
            for t in terms {
                guard case .dict(let d) = t else { throw JinjaError(.type, "with_dict expects a dict") }
                out += d.items.map { .dict(ValueDict([("key", $0.0), ("value", $0.1)])) }
            }
            return out
        case "indexed_items":
            return flatten(terms).enumerated().map { .list([.int($0.offset), $0.element]) }
        case "together":
            let lists = terms.map { $0.listValue ?? [$0] }
            guard !lists.isEmpty else { throw JinjaError(.runtime, "with_together requires at least one element in each list") }
            let n = lists.map(\.count).max() ?? 0
            return (0..<n).map { i in .list(lists.map { i < $0.count ? $0[i] : .null }) }
        case "nested":
            let lists = terms.map { $0.listValue ?? [$0] }
            guard !lists.isEmpty else { throw JinjaError(.runtime, "with_nested requires at least one element in the nested list") }
            var out: [[Value]] = [[]]
            for l in lists { out = out.flatMap { p in l.map { p + [$0] } } }
            return out.map { .list($0) }
        case "fileglob":
            var out: [Value] = []
            for t in terms {
                let term = PythonFormat.str(t)
                let dir = (term as NSString).deletingLastPathComponent
                guard let found = try findFile(r, "files", dir) else { continue }
                let pattern = (found as NSString).appendingPathComponent((term as NSString).lastPathComponent)
                out += glob(pattern).filter { isFile($0) }.map { .string($0) }
            }
            return out
        case "random_choice":
            return terms.randomElement().map { [$0] } ?? []
        case "inventory_hostnames":
            guard let resolve = templar.hostPattern else { throw JinjaError(.runtime, "no inventory to match host patterns against") }
            var out: [Value] = []
            for t in terms { out += try resolve(PythonFormat.str(t)).map { .string($0) } }
            return out
        case "sequence":
            return try sequence(terms, kwargs)
        case "subelements":
            return try subelements(terms)
        case "first_found":
            return try firstFound(terms, kwargs, r, templar)
        case "password":
            return try terms.map { (t: Value) throws(JinjaError) -> Value in try password(PythonFormat.str(t), kwargs, r) }
        default:
            throw JinjaError(.runtime, "The lookup plugin '\(name)' was not found.")
        }
    }

    // MARK: sequence, subelements

    /// The `sequence` lookup: `[start-]end[/stride][:format]` or `start= end= count= stride=
    /// format=`, each number formatted with Python's `%`.
    static func sequence(_ terms: [Value], _ kwargs: [(String, Value)]) throws(JinjaError) -> [Value] {
        let fields: Set<String> = ["start", "end", "stride", "count", "format"]
        var out: [Value] = []
        for term in (terms.isEmpty && !kwargs.isEmpty ? [.string("")] : terms) {
            var options: [String: String] = [:]
            for (k, v) in kwargs { options[k] = PythonFormat.str(v) }
            let text = PythonFormat.str(term)
            let number = "(0?x?[0-9a-fA-F]+)"
            let shortcut = "^(\(number)-)?\(number)(/\(number))?(:(.+))?$"
            if let m = try? Regex(shortcut).ignoresCase().wholeMatch(in: text) {
                func group(_ i: Int) -> String? { m.output[i].substring.map(String.init) }
                if let v = group(2) { options["start"] = v }
                if let v = group(3) { options["end"] = v }
                if let v = group(5) { options["stride"] = v }
                if let v = group(7) { options["format"] = v }
            } else {
                var unknown: [String] = []
                for word in text.split(separator: " ") {
                    guard let eq = word.firstIndex(of: "=") else { continue }
                    let k = String(word[..<eq])
                    if fields.contains(k) { options[k] = String(word[word.index(after: eq)...]) } else { unknown.append(k) }
                }
                if !unknown.isEmpty {
                    throw JinjaError(
                        .runtime, "unrecognized arguments to with_sequence: \(PythonFormat.repr(.list(unknown.map { .string($0) })))")
                }
            }
            func int(_ key: String, _ fallback: Int?) throws(JinjaError) -> Int? {
                guard let s = options[key] else { return fallback }
                guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else {
                    throw JinjaError(
                        .runtime,
                        "Config '\(key)' for 'sequence' lookup plugin from 'Direct' has an invalid value: Invalid value provided for 'integer': \(PythonFormat.repr(.string(s)))"
                    )
                }
                return i
            }
            let start = try int("start", 1) ?? 1
            var end = try int("end", nil)
            let stride = try int("stride", 1) ?? 1
            let count = try int("count", nil)
            let format = options["format"] ?? "%d"
            if count == nil && end == nil { throw JinjaError(.runtime, "must specify count or end in with_sequence") }
            if count != nil && end != nil { throw JinjaError(.runtime, "can't specify both count and end in with_sequence") }
            if let count {
                if count == 0 { continue }
                end = start + count * stride - 1
            }
            let last = end ?? start
            if stride > 0 && last < start { throw JinjaError(.runtime, "to count backwards make stride negative") }
            if stride < 0 && last > start { throw JinjaError(.runtime, "to count forward don't make stride negative") }
            if stride == 0 { continue }
            if format.filter({ $0 == "%" }).count != 1 { throw JinjaError(.runtime, "bad formatting string: \(format)") }
            var i = start
            while stride > 0 ? i <= last : i >= last {
                do {
                    out.append(.string(try PercentFormat.format(format, .int(i))))
                } catch {
                    throw JinjaError(.runtime, "problem formatting \(i) with \(PythonFormat.repr(.string(format)))")
                }
                i += stride
            }
        }
        return out
    }

    /// The `subelements` lookup: each item of a list (or a dict's values) with each element of
    /// its list under a key (dotted for nested dicts); the key is taken out of the item, as
    /// ansible-core's `pop` does.
    static func subelements(_ terms: [Value]) throws(JinjaError) -> [Value] {
        func termsError(_ msg: String = "") -> JinjaError {
            JinjaError(.runtime, "subelements lookup expects a list of two or three items, " + msg)
        }
        guard (2...3).contains(terms.count) else { throw termsError() }
        guard case .string(let path) = terms[1] else { throw termsError("first a dict or a list, second a string pointing to the subkey") }
        let keys = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let elements: [Value]
        switch terms[0] {
        case .dict(let d):
            if let s = d[string: "skipped"], s != .bool(false) { return [] }
            elements = Array(d.values)
        case .list(let l): elements = l
        default: throw termsError("first a dict or a list, second a string pointing to the subkey")
        }
        var skipMissing = false
        if terms.count == 3 {
            guard case .dict(let flags) = terms[2] else {
                throw termsError("the optional third item must be a dict with flags ('skip_missing',)")
            }
            skipMissing =
                flags[string: "skip_missing"].map {
                    $0.isTruthy || ["yes", "true", "on", "1", "y", "t"].contains(PythonFormat.str($0).lowercased())
                } ?? false
        }
        var out: [Value] = []
        for element in elements {
            guard case .dict(let item) = element else {
                throw JinjaError(.runtime, "subelements lookup expects a dictionary, got '\(PythonFormat.str(element))'")
            }
            if let s = item[string: "skipped"], s != .bool(false) { continue }
            // the item with the list taken out of it (at the end of the key path)
            func take(_ d: ValueDict, _ rest: ArraySlice<String>) throws(JinjaError) -> (ValueDict, [Value])? {
                guard let key = rest.first else { return nil }
                guard let sub = d[string: key] else {
                    if skipMissing { return nil }
                    throw JinjaError(.runtime, "could not find '\(key)' key in iterated item '\(PythonFormat.str(.dict(d)))'")
                }
                var copy = d
                if rest.count == 1 {
                    guard case .list(let l) = sub else {
                        throw JinjaError(.runtime, "the key \(key) should point to a list, got '\(PythonFormat.str(sub))'")
                    }
                    copy[string: key] = nil
                    return (copy, l)
                }
                guard case .dict(let inner) = sub else {
                    if skipMissing { return nil }
                    throw JinjaError(.runtime, "the key \(key) should point to a dictionary, got '\(PythonFormat.str(sub))'")
                }
                guard let (changed, l) = try take(inner, rest.dropFirst()) else { return nil }
                copy[string: key] = .dict(changed)
                return (copy, l)
            }
            guard let (stripped, list) = try take(item, keys[...]) else { continue }
            for x in list { out.append(.list([.dict(stripped), x])) }
        }
        return out
    }

    // MARK: first_found

    /// Python's `re.split` on any of `splitters`, through lists.
    static func splitOn(_ v: Value, _ splitters: String) -> [String] {
        switch v {
        case .list(let l), .tuple(let l): return l.flatMap { splitOn($0, splitters) }
        default: return PythonFormat.str(v).split(omittingEmptySubsequences: false) { splitters.contains($0) }.map(String.init)
        }
    }

    /// The `first_found` lookup: the first file of the candidates (names, or `files` joined to
    /// each of `paths`) found along the search path, in the action's folder (`templates` for
    /// template, `vars` for include_vars, else `files`).
    static func firstFound(_ terms: [Value], _ kwargs: [(String, Value)], _ r: LookupScope, _ templar: Templar) throws(JinjaError)
        -> [Value]
    {
        var files = keyword(kwargs, "files") ?? .list([])
        var paths = keyword(kwargs, "paths") ?? .list([])
        var skip = keyword(kwargs, "skip")?.isTruthy ?? false
        var candidates: [String] = []
        func process(_ terms: [Value]) throws(JinjaError) {
            for term in terms {
                let names: [String]
                switch term {
                case .dict(let d):
                    if let f = d[string: "files"] { files = f }
                    if let p = d[string: "paths"] { paths = p }
                    if let s = d[string: "skip"] { skip = s.isTruthy }
                    names = splitOn(files, ",;")
                case .string(let s):
                    names = splitOn(.string(s), ",;")
                case .list(let l), .tuple(let l):
                    try process(l)
                    continue
                default:
                    throw JinjaError(.runtime, "Invalid term supplied. A string, dict or list is required, not '\(term.pythonTypeName)').")
                }
                let dirs = splitOn(paths, ",:;")
                if dirs.isEmpty {
                    candidates += names
                } else {
                    for d in dirs { for n in names { candidates.append((d as NSString).appendingPathComponent(n)) } }
                }
            }
        }
        try process(terms.isEmpty ? (files.listValue ?? [files]) : terms)
        let action = templar.action
        let subdir = action.contains("template") ? "templates" : action.contains("var") ? "vars" : "files"
        for name in candidates {
            if let found = try findFile(r, subdir, name) {
                let absolute = URL(fileURLWithPath: found).absoluteURL.standardized.path
                return [.string(absolute)]
            }
        }
        if skip { return [] }
        throw JinjaError(.runtime, "No file was found when using first_found.")
    }

    // MARK: password

    static let stringModule: [String: String] = [
        "ascii_letters": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "ascii_lowercase": "abcdefghijklmnopqrstuvwxyz",
        "ascii_uppercase": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "digits": "0123456789", "hexdigits": "0123456789abcdefABCDEF",
        "octdigits": "01234567", "punctuation": "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "whitespace": " \t\n\r\u{0B}\u{0C}",
        "printable":
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\u{0B}\u{0C}",
    ]

    /// `random_password`: `random.Random(seed).choice` when seeded, else the system's randomness.
    static func randomPassword(_ length: Int, _ chars: [Character], seed: Value?) -> String {
        guard !chars.isEmpty else { return "" }
        if let seed {
            var rng = PyRandom(seed: seed)
            return String((0..<length).map { _ in chars[rng.randbelow(chars.count)] })
        }
        return String((0..<length).map { _ in chars[Int.random(in: 0..<chars.count)] })
    }

    /// The `password` lookup: the password kept in a file on the controller (made the first
    /// time, mode 0600 in a 0700 directory), or a new one each time for `/dev/null`; with
    /// `encrypt`, its hash with a salt kept beside it.
    static func password(_ term: String, _ kwargs: [(String, Value)], _ r: LookupScope) throws(JinjaError) -> Value {
        // "path key=value..." (the plugin's own parsing), then keyword arguments
        var options: [String: Value] = [:]
        for (k, v) in kwargs { options[k] = v }
        var relpath = term
        if let space = term.firstIndex(of: " ") {
            relpath = String(term[..<space])
            let words: [String]
            do {
                words = try ShellWords.split(String(term[term.index(after: space)...]))
            } catch {
                throw JinjaError(.runtime, "Unrecognized value after key=value parameters given to password lookup")
            }
            var raw: [String] = []
            for w in words {
                if let eq = w.firstIndex(of: "=") {
                    options[String(w[..<eq])] = .string(String(w[w.index(after: eq)...]))
                } else {
                    raw.append(w)
                }
            }
            if !raw.isEmpty { relpath += " " + raw.joined(separator: " ") }
        }
        let valid: Set<String> = ["length", "encrypt", "chars", "ident", "seed"]
        let invalid = options.keys.filter { !valid.contains($0) }.sorted()
        if !invalid.isEmpty {
            throw JinjaError(.runtime, "Unrecognized parameter(s) given to password lookup: \(invalid.joined(separator: ", "))")
        }
        var length = 20
        if let l = options["length"] {
            let given: Int? = if case .int(let i) = l { i } else { Int(PythonFormat.str(l)) }
            guard let n = given else {
                throw JinjaError(.runtime, "Invalid type for configuration option setting: length")
            }
            length = n
        }
        var specs: [String] = ["ascii_letters", "digits", ".,:-_"]
        switch options["chars"] {
        case .string(let c)?:
            specs = (c.contains(",,") ? [","] : []) + c.replacingOccurrences(of: ",,", with: ",").split(separator: ",").map(String.init)
        case .list(let l)?: specs = l.map { PythonFormat.str($0) }
        default: break
        }
        let chars = Array(specs.map { stringModule[$0] ?? $0 }.joined().filter { $0 != "\"" && $0 != "'" })
        let seed = options["seed"].flatMap { $0.isNone ? nil : $0 }
        let encrypt = options["encrypt"].flatMap { $0.isNone ? nil : PythonFormat.str($0) }
        let path = relpath.hasPrefix("/") ? relpath : (basedir(r) as NSString).appendingPathComponent(relpath)
        let devnull = path == "/dev/null"
        var content: String?
        if FileManager.default.fileExists(atPath: path), let data = FileManager.default.contents(atPath: path) {
            content = PyString.strip(String(decoding: data, as: UTF8.self), nil, left: false)
        }
        var plaintext: String
        var salt: String?
        var changed = false
        if content == nil || devnull {
            plaintext = randomPassword(length, chars, seed: seed)
            changed = true
        } else {
            plaintext = content ?? ""
            if let range = plaintext.range(of: " salt=", options: .backwards) {
                salt = String(plaintext[range.upperBound...])
                plaintext = String(plaintext[..<range.lowerBound])
                if let s = salt, let identRange = s.range(of: " ident=", options: .backwards) { salt = String(s[..<identRange.lowerBound]) }
            }
        }
        if encrypt != nil && salt == nil {
            changed = true
            let saltChars = Array(stringModule["ascii_letters", default: ""] + "0123456789./")
            salt = randomPassword(encrypt == "md5_crypt" ? 8 : encrypt == "bcrypt" ? 22 : 16, saltChars, seed: nil)
        }
        if changed && !devnull {
            let dir = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(
                    atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw JinjaError(.runtime, "could not create the directory of \(path): \(error.localizedDescription)")
            }
            let text = encrypt != nil ? "\(plaintext) salt=\(salt ?? "")\n" : plaintext + "\n"
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw JinjaError(.runtime, "could not write the password file \(path)")
            }
        }
        if let encrypt { return .string(try AnsibleFilters.passwordHash(plaintext, type: encrypt, salt: salt, rounds: nil)) }
        return .string(plaintext)
    }

    // MARK: files

    /// The loader's base directory: the playbook's, or the working directory.
    static func basedir(_ r: LookupScope) -> String {
        if let v = try? r.variable("playbook_dir"), case .string(let s) = v, !s.isEmpty { return s }
        return FileManager.default.currentDirectoryPath
    }

    /// ansible-core's `find_file_in_search_path` (`DataLoader.path_dwim_relative_stack`): the
    /// file in each of `ansible_search_path` (or the base directory), under `subdir` first, then
    /// the base directory; nil when it is nowhere.
    static func findFile(_ r: LookupScope, _ subdir: String, _ needle: String) throws(JinjaError) -> String? {
        let base = basedir(r)
        if needle.hasPrefix("/") || needle.hasPrefix("~") {
            let path = needle.hasPrefix("~") ? NSString(string: needle).expandingTildeInPath : needle
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        var paths: [String] = [base]
        if let v = try r.variable("ansible_search_path"), let l = v.listValue { paths = l.map { PythonFormat.str($0) } }
        let isRole = (try r.variable("role_path")) != nil
        let root = needle.split(separator: "/", omittingEmptySubsequences: false).first.map(String.init) ?? needle
        let cwd = FileManager.default.currentDirectoryPath
        func join(_ parts: String...) -> String {
            parts.dropFirst().reduce(parts[0]) { ($0 as NSString).appendingPathComponent($1) }
        }
        var search: [String] = []
        for p in paths {
            let upath = URL(fileURLWithPath: p.isEmpty ? cwd : p, relativeTo: URL(fileURLWithPath: cwd)).absoluteURL.standardized.path
            let parent = (upath as NSString).deletingLastPathComponent
            if isRole && parent.hasSuffix("/tasks") {
                search.append(join((parent as NSString).deletingLastPathComponent, subdir, needle))
                search.append(join(parent, needle))
            }
            if root != subdir { search.append(join(upath, subdir, needle)) }
            search.append(join(upath, needle))
        }
        if root != subdir { search.append(join(base, subdir, needle)) }
        search.append(join(base, needle))
        return search.first { FileManager.default.fileExists(atPath: $0) }
    }

    static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    /// The paths a shell pattern matches, in the directory's order as Python's glob gives them.
    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, GLOB_NOSORT, nil, &g) == 0 else { return [] }
        var out: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { out.append(String(cString: p)) }
        }
        return out
    }

    /// The `template` lookup: the file rendered with the variables where the lookup is called,
    /// `template_*` variables and `template_vars`.
    static func template(_ term: String, _ kwargs: [(String, Value)], _ r: LookupScope, _ templar: Templar) throws(JinjaError) -> Value {
        guard let path = try findFile(r, "templates", term), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw JinjaError(.runtime, "the template file \(term) could not be found for the lookup")
        }
        var raw = r.all()
        let fullpath = URL(fileURLWithPath: path).absoluteURL.standardized.path
        let attrs = (try? FileManager.default.attributesOfItem(atPath: fullpath)) ?? [:]
        raw["template_host"] = .string(ProcessInfo.processInfo.hostName)
        raw["template_path"] = .string(term)
        raw["template_fullpath"] = .string(fullpath)
        raw["template_destpath"] = .string(term)
        raw["template_uid"] = .string((attrs[.ownerAccountName] as? String) ?? String(getuid()))
        if raw["ansible_managed"] == nil { raw["ansible_managed"] = "Ansible managed" }
        if case .dict(let extra)? = keyword(kwargs, "template_vars") {
            for (k, v) in extra.items { raw[PythonFormat.str(k)] = v }
        }
        var overrides = TemplateOverrides.ansible
        if let s = keyword(kwargs, "variable_start_string")?.stringValue { overrides.options.variableStart = s }
        if let s = keyword(kwargs, "variable_end_string")?.stringValue { overrides.options.variableEnd = s }
        if let s = keyword(kwargs, "comment_start_string")?.stringValue { overrides.options.commentStart = s }
        if let s = keyword(kwargs, "comment_end_string")?.stringValue { overrides.options.commentEnd = s }
        if let b = keyword(kwargs, "trim_blocks") { overrides.options.trimBlocks = b.isTruthy }
        return try templar.templateString(
            text, name: fullpath, vars: TemplateVariables(raw), overrides: overrides, preserveTrailingNewlines: true)
    }

    // MARK: now()

    /// `now(utc=False, fmt=None)`: the date and time, as a datetime or through strftime.
    static func now(utc: Bool, format: String?) -> Value {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var t = time_t(ts.tv_sec)
        var parts = tm()
        if utc { gmtime_r(&t, &parts) } else { localtime_r(&t, &parts) }
        let micros = Int(ts.tv_nsec) / 1000
        if let format {
            // %f is Python's own (microseconds); the rest is the C library's strftime
            let expanded = format.replacingOccurrences(of: "%f", with: String(format: "%06d", micros))
            var buffer = [CChar](repeating: 0, count: 512)
            let n = strftime(&buffer, buffer.count, expanded, &parts)
            return .string(n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "")
        }
        return .date(
            String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d.%06d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), micros))
    }
}
