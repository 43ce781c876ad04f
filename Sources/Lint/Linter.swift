import Foundation
import Inventory
import Jinja
import Playbook
import SwansibleCore
import Templating
import YAML

/// `swansible lint`: ansible-lint's rules (a subset, named in COMPATIBILITY.md) over the files
/// under the given paths, its `# noqa` comments and `.ansible-lint` settings, its pep8 output;
/// plus checks only a real template engine can make.
public struct Linter {
    public var paths: [String]
    public var base: String
    var skipList: Set<String> = []
    var warnList: Set<String> = ["experimental", "jinja[spacing]", "fqcn[deep]"]
    var excludePaths: [String] = []
    /// `-i`: with an inventory, names no source defines are reported (UndefinedVariableRule).
    public var inventorySources: [String] = []
    /// `-e`: names the run would get as extra variables.
    public var extraNames: Set<String> = []

    public init(paths: [String], base: String = FileManager.default.currentDirectoryPath) {
        self.paths = paths.isEmpty ? ["."] : paths
        self.base = base
    }

    public struct Report {
        public var matches: [LintMatch]
        public var files: Int
        /// A load failure is shown as a warning but fails the run, as ansible-lint does.
        public var failures: Int { matches.filter { !$0.warning || $0.rule == "load-failure" }.count }
        public var warnings: Int { matches.count - failures }
        public var exitCode: Int32 { failures > 0 ? 2 : 0 }
    }

    /// Reads `.ansible-lint` (or `.config/ansible-lint.yml`) of the project directory.
    mutating func loadConfig() throws(LintError) {
        for name in [".ansible-lint", ".ansible-lint.yml", ".ansible-lint.yaml", ".config/ansible-lint.yml", ".config/ansible-lint.yaml"] {
            let path = base + "/" + name
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let value: Value
            do {
                value = try YAMLLoader.loadFile(path).0
            } catch {
                throw LintError(error.diagnostic)
            }
            guard case .dict(let d) = value else { return }
            func list(_ k: String) -> [String] {
                if case .list(let l)? = d[string: k] { return l.compactMap(\.stringValue) }
                return []
            }
            skipList = Set(list("skip_list"))
            warnList.formUnion(list("warn_list"))
            excludePaths = list("exclude_paths")
            return
        }
    }

    public mutating func run() throws(LintError) -> Report {
        try loadConfig()
        var all: [LintMatch] = []
        for p in paths where !FileManager.default.fileExists(atPath: p.hasPrefix("/") ? p : base + "/" + p) {
            all.append(
                LintMatch(
                    file: p, line: 1, column: nil, rule: "load-failure", tag: "load-failure[not-found]",
                    message: "File or directory not found.",
                    warning: true))
        }
        let files = Discovery.files(paths, base: base, exclude: excludePaths)
        var processed = 0
        var loaded: [Lintable] = []
        for rel in files {
            guard let kind = Discovery.kind(rel) else { continue }
            let abs = rel.hasPrefix("/") ? rel : base + "/" + rel
            guard let data = FileManager.default.contents(atPath: abs) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var file = Lintable(
                path: rel, absolutePath: abs, kind: kind, text: text, lines: text.split(separator: "\n", omittingEmptySubsequences: false),
                node: nil, loadError: nil, role: Discovery.role(rel, base: base))
            processed += 1
            if file.isYAML && kind != "jinja2" {
                do {
                    file.node = try YAMLComposer.compose(text, path: rel)
                } catch {
                    file.loadError = error.diagnostic
                }
                if file.kind == "yaml", let first = file.node?.items?.first,
                    first.has("hosts") || first.has("import_playbook") || first.has("ansible.builtin.import_playbook")
                {
                    file.kind = first.has("rules") ? "rulebook" : "playbook"
                }
            }
            loaded.append(file)
        }
        Children.retag(&loaded, base: base)
        let yamllint = YamllintConfig.load(base: base)
        let rolesPath = AnsibleConfig(directory: base).rolesPath()
        for i in loaded.indices { loaded[i].tasks = tasks(in: loaded[i]) }
        all += RoleNameRule.directories(files, base: base).filter { !skippedRule($0) }
        for file in loaded {
            var ctx = RuleContext(file: file)
            if file.kind == "jinja2" {
                TemplateErrorRule.check(file, &ctx)
            } else if let d = file.loadError {
                ctx.matches.append(
                    LintMatch(
                        file: file.path, line: d.location?.line ?? 1, column: d.location?.column, rule: "load-failure",
                        tag: "load-failure[yamlerror]", message: "Failed to load YAML file: \(d.message)"))
            } else if file.isYAML {
                YamlRules.check(file, yamllint, &ctx)
                if file.kind == "playbook" {
                    for play in file.node?.items ?? [] { TaskRules.play(play, &ctx) }
                } else if file.kind == "tasks" || file.kind == "handlers" {
                    // ansible-lint's matchplay sees each top-level task as a play: var-naming checks its vars there too
                    for item in file.node?.items ?? [] where item.pairs != nil { VarNamingRule.play(item, &ctx) }
                }
                for t in file.tasks where !skipped(t) { TaskRules.check(t, &ctx) }
                if file.kind == "vars" { VarNamingRule.varsFile(file, &ctx) }
                if file.kind == "meta" {
                    RoleNameRule.meta(file, &ctx)
                    MetaIncorrectRule.file(file, &ctx)
                    MetaNoTagsRule.file(file, &ctx)
                    MetaVideoLinksRule.file(file, &ctx)
                }
                if file.kind == "playbook", let failure = SyntaxCheckRule.check(file, base: base, rolesPath: rolesPath) {
                    // a playbook Ansible cannot load has only that finding, as ansible-lint reports it
                    ctx.matches = [failure]
                }
            }
            all += filter(ctx.matches, file)
        }
        if !inventorySources.isEmpty {
            let inventory: Inventory
            do {
                inventory = try Inventory.load(sources: inventorySources, basedir: base)
            } catch {
                throw LintError(error.diagnostic)
            }
            var check = UndefinedVariableRule()
            check.defined.formUnion(extraNames)
            check.collect(inventory: inventory)
            for f in loaded { check.collect(f) }
            for f in loaded {
                var ctx = RuleContext(file: f)
                check.check(f, templar: TemplateErrorRule.templar, into: &ctx)
                all += filter(ctx.matches, f)
            }
        }
        for i in all.indices where warnList.contains(all[i].tag) || warnList.contains(all[i].rule) { all[i].warning = true }
        if !all.isEmpty && processed == 0 && files.isEmpty { return Report(matches: all, files: 0) }
        all.sort(by: <)
        // ansible-lint keeps matches in a set: two alike on one line are one.
        all = all.enumerated().filter { $0.offset == 0 || all[$0.offset - 1] != $0.element }.map(\.element)
        return Report(matches: all, files: processed)
    }

    /// A rule the configuration's skip_list turns off.
    func skippedRule(_ m: LintMatch) -> Bool { skipList.contains(m.rule) || skipList.contains(m.tag) }

    func skipped(_ t: LintTask) -> Bool {
        guard let tags = t.get("tags") else { return false }
        let list =
            tags.items?.compactMap(\.scalarText)
            ?? (tags.scalarText.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? [])
        return list.contains("skip_ansible_lint")
    }

    /// Drops the matches of skipped rules and those a `# noqa` comment names (on the finding's
    /// line, or anywhere in the lines of the task it is about).
    func filter(_ matches: [LintMatch], _ file: Lintable) -> [LintMatch] {
        let taskSpans = file.tasks.map { ($0.line, $0.node.lastLine) }
        return matches.filter { m in
            if skippedRule(m) { return false }
            var lines = [m.line]
            if !m.details.isEmpty,
                let span = taskSpans.filter({ $0.0 <= m.line && m.line <= $0.1 }).last
            {
                lines = Array(span.0...span.1)
            }
            for n in lines {
                let ids = Linter.noqa(file.line(n))
                if ids.contains(m.rule) || ids.contains(m.tag) { return false }
            }
            return true
        }
    }

    static func noqa(_ line: Substring) -> [String] {
        guard let r = line.range(of: "# noqa") else { return [] }
        return line[r.upperBound...].drop(while: { $0 == " " || $0 == ":" }).split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// A match as ansible-lint's pep8 format prints it (its markup rendered without colour).
    public static func pep8(_ m: LintMatch) -> String {
        let position = m.column.map { "\(m.line):\($0)" } ?? "\(m.line)"
        let level = m.warning ? "warning" : "error"
        var s = "[repr.path]\(m.file)[/][dim]:\(position):[/] [\(level)][bold]\(m.tag)[/]: \(m.message)[/]"
        if m.warning { s += " [dim][warning](warning)[/][/]" }
        return BBCode.plain(s)
    }
}

public struct LintError: Error, DiagnosticConvertible {
    public var diagnostic: Diagnostic
    init(_ d: Diagnostic) { diagnostic = d }
}

/// ansible-lint's own markup renderer (output.py), without colour: known tags vanish, unknown
/// ones stay as written and their `[/]` too.
enum BBCode {
    static let known: Set<String> = [
        "bold", "dim", "warning", "error", "info", "debug", "notset", "repr.path", "repr.number", "repr.link", "failed", "success",
    ]

    static func plain(_ text: String) -> String {
        guard let re = try? NSRegularExpression(pattern: #"\[([\w\.]+)(?:=(.*?))?\]|\[/\]"#) else { return text }
        let ns = text as NSString
        var out = ""
        var pos = 0
        var stack: [Bool] = []  // known?
        for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: pos, length: m.range.location - pos))
            pos = m.range.location + m.range.length
            let tagRange = m.range(at: 1)
            if tagRange.location != NSNotFound {
                let tag = ns.substring(with: tagRange)
                if known.contains(tag) {
                    stack.append(true)
                } else {
                    out += ns.substring(with: m.range)
                    if tag != "link" { stack.append(false) }
                }
            } else if let top = stack.popLast() {
                if !top { out += "[/]" }
            } else {
                out += "[/]"
            }
        }
        out += ns.substring(from: pos)
        return out
    }
}
