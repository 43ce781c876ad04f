import Foundation
import SwansibleCore
import YAML

/// The yamllint rules ansible-lint runs as `yaml[...]`, with its configuration (line-length 160,
/// octal values forbidden, truthy only true/false): trailing-spaces, line-length,
/// new-line-at-end-of-file, empty-lines, truthy, octal-values, key-duplicates.
enum YamlRules {
    static let truthyWords: Set<String> = [
        "YES", "Yes", "yes", "NO", "No", "no", "TRUE", "True", "true", "FALSE", "False", "false", "ON", "On", "on", "OFF", "Off", "off",
    ]

    /// Python's `str.capitalize()`, as ansible-lint applies it to yamllint's messages.
    static func capitalize(_ s: String) -> String {
        guard let f = s.first else { return s }
        return String(f).uppercased() + s.dropFirst().lowercased()
    }

    static func check(_ file: Lintable, _ ctx: inout RuleContext) {
        check(file, YamllintConfig(), &ctx)
    }

    static func check(_ file: Lintable, _ config: YamllintConfig, _ ctx: inout RuleContext) {
        if YamllintConfig.matches(config.ignore, file.path) { return }
        let workflows = file.path.hasPrefix(".github/workflows/") || file.path.contains("/.github/workflows/")
        let text = Array(file.text.unicodeScalars)
        // yamllint's lines: split on \n, a \r before it not counted, and always a last line.
        var lines: [(no: Int, start: Int, end: Int)] = []
        var cur = 0
        var no = 1
        var i = 0
        while i < text.count {
            if text[i] == "\n" {
                lines.append((no, cur, i > 0 && text[i - 1] == "\r" ? i - 1 : i))
                cur = i + 1
                no += 1
            }
            i += 1
        }
        lines.append((no, cur, text.count))
        func add(_ tag: String, _ line: Int, _ message: String) {
            guard config.enabled(tag, file.path), !(tag == "truthy" && workflows) else { return }
            ctx.matches.append(
                LintMatch(file: file.path, line: line, column: nil, rule: "yaml", tag: "yaml[\(tag)]", message: capitalize(message)))
        }
        for l in lines {
            // trailing-spaces
            if l.end > l.start, text[l.end - 1] == " " || text[l.end - 1] == "\t" {
                add("trailing-spaces", l.no, "trailing spaces")
            }
            // line-length, allowing a long line that is one word
            if l.end - l.start > config.lineMax {
                var s = l.start
                while s < l.end && text[s] == " " { s += 1 }
                var breakable = true
                if config.allowNonBreakableWords && !config.allowNonBreakableInlineMappings && s != l.end {
                    if text[s] == "#" {
                        while s < l.end && text[s] == "#" { s += 1 }
                        s += 1
                    } else if text[s] == "-" {
                        s += 2
                    }
                    if s >= l.end || !text[s..<l.end].contains(" ") { breakable = false }
                }
                if breakable { add("line-length", l.no, "line too long (\(l.end - l.start) > \(config.lineMax) characters)") }
            }
            // empty-lines: max 2, none at the start or the end
            if l.start == l.end && l.end < text.count {
                if l.end + 1 < text.count && text[l.end] == "\n" && text[l.end + 1] == "\n" { continue }
                var blank = 0
                var start = l.start
                while start >= 1 && text[start - 1] == "\n" {
                    blank += 1
                    start -= 1
                }
                var maxBlank = config.emptyMax
                if start == 0 {
                    blank += 1
                    maxBlank = config.emptyMaxStart
                }
                if l.end == text.count - 1 && text[l.end] == "\n" {
                    if l.end == 0 { continue }
                    maxBlank = config.emptyMaxEnd
                }
                if blank > maxBlank { add("empty-lines", l.no, "too many blank lines (\(blank) > \(maxBlank))") }
            }
        }
        if let last = text.last, last != "\n", let l = lines.last {
            add("new-line-at-end-of-file", l.no, "no new line character at the end of file")
        }
        YamlTokenRules.check(file, config, add)
        guard let root = file.node else { return }
        walk(root, config, isKey: false, add)
    }

    static func walk(_ node: YAMLNode, _ config: YamllintConfig, isKey: Bool, _ add: (String, Int, String) -> Void) {
        switch node.kind {
        case .scalar(let s, .plain) where node.tag == nil:
            if truthyWords.contains(s) && !config.truthyAllowed.contains(s) && (!isKey || config.truthyCheckKeys) {
                add(
                    "truthy", node.location.line, "truthy value should be one of [\(config.truthyAllowed.sorted().joined(separator: ", "))]"
                )
            }
            let octal = { (x: Substring) in !x.isEmpty && x.allSatisfy { ("0"..."7").contains($0) } }
            if config.forbidImplicitOctal && s.count > 1 && s.first == "0" && s.allSatisfy(\.isNumber) && octal(s.dropFirst()) {
                add("octal-values", node.location.line, "forbidden implicit octal value \"\(s)\"")
            }
            if config.forbidExplicitOctal && s.count > 2 && s.hasPrefix("0o") && octal(s.dropFirst(2)) {
                add("octal-values", node.location.line, "forbidden explicit octal value \"\(s)\"")
            }
        case .scalar: break
        case .sequence(let items): for x in items { walk(x, config, isKey: false, add) }
        case .mapping(let pairs):
            var seen = Set<String>()
            for p in pairs {
                if let k = p.key.scalarText, k != "<<" {
                    if seen.contains(k) { add("key-duplicates", p.key.location.line, "duplication of key \"\(k)\" in mapping") }
                    seen.insert(k)
                }
                walk(p.key, config, isKey: true, add)
                walk(p.value, config, isKey: false, add)
            }
        }
    }
}
