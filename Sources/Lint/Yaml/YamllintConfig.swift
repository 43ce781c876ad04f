import Foundation
import SwansibleCore
import YAML

/// yamllint's settings as ansible-lint runs it: its own configuration (yamllint's default with
/// comments min-spaces-from-content 1, no comments-indentation, no document-start, line-length
/// 160, braces 0..1, octal values forbidden) extended by the project's `.yamllint` (or
/// `.yamllint.yaml`, `.yamllint.yml`, $YAMLLINT_CONFIG_FILE, ~/.config/yamllint/config): rules
/// disabled or enabled, their options, and `ignore` patterns.
struct YamllintConfig {
    var disabled: Set<String> = [
        "document-start", "comments-indentation", "document-end", "empty-values", "float-values",
        "key-ordering", "quoted-strings",
    ]
    var ignore: [String] = []
    var ruleIgnore: [String: [String]] = [:]
    var lineMax = 160
    var allowNonBreakableWords = true
    var allowNonBreakableInlineMappings = false
    var truthyAllowed: [String] = ["false", "true"]
    var truthyCheckKeys = true
    /// Spaces inside `{ }` or `[ ]` (yamllint's braces and brackets rules); -1: no limit, and the
    /// empty limits fall back to the others.
    struct FlowSpacing {
        var min = 0, max = 0, minEmpty = -1, maxEmpty = -1
        var emptyMin: Int { minEmpty != -1 ? minEmpty : min }
        var emptyMax: Int { maxEmpty != -1 ? maxEmpty : max }

        mutating func read(_ int: (String) -> Int?) {
            min = int("min-spaces-inside") ?? min
            max = int("max-spaces-inside") ?? max
            minEmpty = int("min-spaces-inside-empty") ?? minEmpty
            maxEmpty = int("max-spaces-inside-empty") ?? maxEmpty
        }
    }
    var braces = FlowSpacing(max: 1)
    var brackets = FlowSpacing()
    var colonsMaxBefore = 0, colonsMaxAfter = 1
    var commasMaxBefore = 0, commasMinAfter = 1, commasMaxAfter = 1
    var hyphensMaxAfter = 1
    var commentsRequireStartingSpace = true, commentsIgnoreShebangs = true, commentsMinSpaces = 1
    var emptyMax = 2, emptyMaxStart = 0, emptyMaxEnd = 0
    var forbidImplicitOctal = true, forbidExplicitOctal = true
    var indentSpaces: Int?  // nil: consistent
    var indentSequences: String = "true"  // true, false, whatever, consistent
    var documentStartPresent = true

    func enabled(_ rule: String, _ path: String) -> Bool {
        if disabled.contains(rule) { return false }
        if let patterns = ruleIgnore[rule], Self.matches(patterns, path) { return false }
        return true
    }

    /// gitignore-like patterns (`dir/`, globs, `!` not supported).
    static func matches(_ patterns: [String], _ path: String) -> Bool {
        patterns.contains { raw in
            var p = raw.trimmingCharacters(in: .whitespaces)
            if p.isEmpty || p.hasPrefix("#") { return false }
            let anchored = p.hasPrefix("/")
            if anchored { p.removeFirst() }
            if p.hasSuffix("/") {
                let dir = String(p.dropLast())
                return path.hasPrefix(dir + "/") || (!anchored && path.contains("/" + dir + "/"))
            }
            if !p.contains("*") && !p.contains("?") && !p.contains("[") {
                return path == p || path.hasPrefix(p + "/")
                    || (!anchored && !p.contains("/") && path.split(separator: "/").contains(Substring(p)))
            }
            return Glob.match(p, path) || (!p.contains("/") && Glob.match(p, (path as NSString).lastPathComponent))
        }
    }

    static func load(base: String) -> YamllintConfig {
        var c = YamllintConfig()
        let env = ProcessInfo.processInfo.environment
        var candidates = [".yamllint", ".yamllint.yaml", ".yamllint.yml"].map { base + "/" + $0 }
        if let f = env["YAMLLINT_CONFIG_FILE"], !f.isEmpty { candidates.append(f) }
        candidates.append((env["XDG_CONFIG_HOME"] ?? ((env["HOME"] ?? "") + "/.config")) + "/yamllint/config")
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
            let (value, _) = try? YAMLLoader.loadFile(file), case .dict(let d) = value
        else { return c }
        if let ex = d[string: "extends"]?.stringValue, ex == "default" || ex == "relaxed" {
            // the file's own base is yamllint's default, which then wins over ansible-lint's settings
            c.disabled = ["document-end", "empty-values", "float-values", "key-ordering", "quoted-strings", "octal-values"]
            c.braces.max = 0
            c.forbidImplicitOctal = false
            c.forbidExplicitOctal = false
            c.commentsMinSpaces = 2
            c.lineMax = 80
            if ex == "relaxed" {
                c.braces.max = 1
                c.brackets.max = 1
                c.commentsMinSpaces = 1
                c.disabled.formUnion(["comments-indentation"])
            }
        }
        if let ig = d[string: "ignore"] { c.ignore = patterns(ig) }
        guard case .dict(let rules)? = d[string: "rules"] else { return c }
        for (k, v) in rules.items {
            guard let rule = k.stringValue else { continue }
            if v.stringValue == "disable" || v == .bool(false) {
                c.disabled.insert(rule)
                continue
            }
            c.disabled.remove(rule)
            guard case .dict(let o) = v else { continue }
            func int(_ key: String) -> Int? { o[string: key].flatMap { if case .int(let n) = $0 { return n } else { return nil } } }
            func bool(_ key: String) -> Bool? { o[string: key].flatMap { if case .bool(let b) = $0 { return b } else { return nil } } }
            if let ig = o[string: "ignore"] { c.ruleIgnore[rule] = patterns(ig) }
            switch rule {
            case "line-length":
                if let n = int("max") { c.lineMax = n }
                if let b = bool("allow-non-breakable-words") { c.allowNonBreakableWords = b }
                if let b = bool("allow-non-breakable-inline-mappings") { c.allowNonBreakableInlineMappings = b }
            case "truthy":
                if case .list(let l)? = o[string: "allowed-values"] { c.truthyAllowed = l.compactMap(\.stringValue) }
                if let b = bool("check-keys") { c.truthyCheckKeys = b }
            case "braces": c.braces.read(int)
            case "brackets": c.brackets.read(int)
            case "colons":
                c.colonsMaxBefore = int("max-spaces-before") ?? c.colonsMaxBefore
                c.colonsMaxAfter = int("max-spaces-after") ?? c.colonsMaxAfter
            case "commas":
                c.commasMaxBefore = int("max-spaces-before") ?? c.commasMaxBefore
                c.commasMinAfter = int("min-spaces-after") ?? c.commasMinAfter
                c.commasMaxAfter = int("max-spaces-after") ?? c.commasMaxAfter
            case "hyphens": c.hyphensMaxAfter = int("max-spaces-after") ?? c.hyphensMaxAfter
            case "comments":
                c.commentsRequireStartingSpace = bool("require-starting-space") ?? c.commentsRequireStartingSpace
                c.commentsIgnoreShebangs = bool("ignore-shebangs") ?? c.commentsIgnoreShebangs
                c.commentsMinSpaces = int("min-spaces-from-content") ?? c.commentsMinSpaces
            case "empty-lines":
                c.emptyMax = int("max") ?? c.emptyMax
                c.emptyMaxStart = int("max-start") ?? c.emptyMaxStart
                c.emptyMaxEnd = int("max-end") ?? c.emptyMaxEnd
            case "octal-values":
                c.forbidImplicitOctal = bool("forbid-implicit-octal") ?? c.forbidImplicitOctal
                c.forbidExplicitOctal = bool("forbid-explicit-octal") ?? c.forbidExplicitOctal
            case "indentation":
                if let n = int("spaces") { c.indentSpaces = n }
                if let b = bool("indent-sequences") {
                    c.indentSequences = b ? "true" : "false"
                } else if let s = o[string: "indent-sequences"]?.stringValue {
                    c.indentSequences = s
                }
            case "document-start":
                c.documentStartPresent = bool("present") ?? true
            default: break
            }
        }
        return c
    }

    static func patterns(_ v: Value) -> [String] {
        switch v {
        case .string(let s): return s.split(separator: "\n").map(String.init)
        case .list(let l): return l.compactMap(\.stringValue)
        default: return []
        }
    }
}
