import Foundation
import Jinja
import SwansibleCore
import YAML

/// The rules over tasks and plays, each a port of the ansible-lint rule of the same id (26.x).
struct RuleContext {
    let file: Lintable
    var matches: [LintMatch] = []

    /// A match placed as ansible-lint's create_matcherror places it: at the data's own position
    /// when given (line and column), never before the task's line.
    mutating func add(
        _ rule: String, _ tag: String? = nil, _ message: String, at data: YAMLNode? = nil, line: Int? = nil, task: LintTask? = nil,
        details: String = ""
    ) {
        var l = line ?? 1
        var c: Int?
        if let data, line == nil {
            l = data.location.line
            c = data.location.column
        }
        if let task { l = max(l, task.line) }
        matches.append(
            LintMatch(
                file: file.path, line: l, column: c, rule: rule, tag: tag ?? rule, message: message,
                details: details.isEmpty && task != nil ? "Task/Handler" : details))
    }
}

enum TaskRules {
    static let commands: Set<String> = ["command", "shell", "raw", "ansible.legacy.command", "ansible.legacy.shell", "ansible.legacy.raw"]
    static let inclusions: Set<String> = [
        "include_tasks", "import_tasks", "include_role", "import_role", "import_playbook", "ansible.builtin.include_tasks",
        "ansible.builtin.import_tasks", "ansible.builtin.include_role", "ansible.builtin.import_role", "ansible.builtin.import_playbook",
        "ansible.legacy.include_tasks", "ansible.legacy.import_tasks", "ansible.legacy.include_role", "ansible.legacy.import_role",
    ]
    static let instead: [String: String] = [
        "apt-get": "apt-get", "chkconfig": "service", "curl": "get_url or uri", "git": "git", "hg": "hg", "letsencrypt": "acme_certificate",
        "mktemp": "tempfile", "mount": "mount", "patch": "patch", "rpm": "yum or rpm_key", "rsync": "synchronize",
        "sed": "template, replace or lineinfile", "service": "service", "supervisorctl": "supervisorctl", "svn": "subversion",
        "systemctl": "systemd", "tar": "unarchive", "unzip": "unarchive", "wget": "get_url or uri", "yum": "yum",
    ]
    static let insteadOptions: [String: Set<String>] = [
        "git": ["branch", "log", "lfs", "rev-parse", "clean"],
        "systemctl": [
            "--version", "get-default", "kill", "set-default", "set-property", "set-environment", "unset-environment", "show-environment",
            "status", "reset-failed",
        ],
        "yum": ["clean", "history", "info"], "rpm": ["--nodeps"],
    ]
    static let packageManagers: Set<String> = [
        "apk", "apt", "bower", "bundler", "dnf", "easy_install", "gem", "homebrew", "jenkins_plugin", "npm", "openbsd_package",
        "openbsd_pkg", "package", "pacman", "pear", "pip", "pkg5", "pkgutil", "portage", "slackpkg", "sorcery", "swdepot",
        "win_chocolatey", "yarn", "yum", "zypper",
    ]
    static let permissionModules: Set<String> = [
        "archive", "community.general.archive", "assemble", "ansible.builtin.assemble", "copy", "ansible.builtin.copy", "file",
        "ansible.builtin.file", "get_url", "ansible.builtin.get_url", "replace", "ansible.builtin.replace", "template",
        "ansible.builtin.template",
    ]
    static let permissionModulesWithCreate: [String: Bool] = [
        "blockinfile": false, "ansible.builtin.blockinfile": false, "htpasswd": true, "community.general.htpasswd": true,
        "ini_file": true, "community.general.ini_file": true, "lineinfile": false, "ansible.builtin.lineinfile": false,
    ]

    static func check(_ t: LintTask, _ ctx: inout RuleContext) {
        name(t, &ctx)
        fqcn(t, &ctx)
        noFreeForm(t, &ctx)
        keyOrder(t, &ctx)
        VarNaming.task(t, &ctx)
        if let when = t.get("when") {
            let texts = when.items.map { $0.compactMap(\.stringValue) } ?? when.stringValue.map { [$0] } ?? []
            if texts.contains(where: { $0.range(of: "[=!]= ?(True|true|False|false)", options: .regularExpression) != nil }) {
                ctx.add("literal-compare", nil, "Don't compare to literal True/False.", line: t.line, task: t)
            }
            if t.kind != "handlers" {
                let single =
                    when.stringValue.map { [$0] } ?? (when.items.flatMap { $0.count <= 1 ? $0.map { $0.stringValue ?? "" } : nil } ?? [])
                if let first = single.first, changedInWhen(first) {
                    ctx.add("no-handler", nil, "Tasks that run when changed should likely be handlers.", at: when, task: t)
                }
            }
        }
        if let ie = t.get("ignore_errors"), ie.truthy, ie.stringValue != "{{ ansible_check_mode }}", !(t.get("register")?.truthy ?? false) {
            ctx.add(
                "ignore-errors", nil, "Use failed_when and specify error conditions instead of using ignore_errors.", line: t.line, task: t)
        }
        if ["include_role", "import_role"].contains(t.module.split(separator: ".").last.map(String.init) ?? ""),
            let name = t.args["name"]?.string, name.contains("/")
        {
            ctx.add("role-name", "role-name[path]", "Avoid using paths when importing roles. (\(name))", line: t.line, task: t)
        }
        if t.node.has("local_action") {
            ctx.add("deprecated-local-action", nil, "Do not use 'local_action', use 'delegate_to: localhost'.", line: t.line, task: t)
        }
        if t.node.has("become_user") && !t.node.has("become") {
            ctx.add(
                "partial-become", "partial-become[task]",
                "``become_user`` should have a corresponding ``become`` at the same level as itself.",
                line: t.line, task: t)
        }
        if let when = t.get("when"), !jinjaFreeWhen(when) {
            ctx.add("no-jinja-when", nil, "No Jinja2 in when.", line: t.line, task: t)
        }
        noTabs(t.node, key: nil, &ctx, task: t)
        if !t.isBlock { jinjaInvalid(t.node, &ctx, task: t) }
        if ctx.file.kind == "playbook", t.get("run_once")?.truthy ?? false {
            ctx.add(
                "run-once", "run-once[task]", "Using run_once may behave differently if strategy is set to free.", line: t.line, task: t)
        }
        if t.isBlock { return }
        let m = t.module
        if m == "copy", let content = t.args["content"], content.string == nil, case .node(let n) = content, !n.isNull {
            ctx.add("avoid-implicit", nil, "Avoid implicit behaviors", line: t.line, task: t)
        }
        bareVars(t, &ctx)
        if commands.contains(m) && !t.node.has("changed_when") && t.args["creates"] == nil && t.args["removes"] == nil
            && !(t.node.has("async") && t.get("poll")?.scalarText == "0")
        {
            ctx.add("no-changed-when", nil, "Commands should not change things if nothing needs doing.", line: t.line, task: t)
        }
        if m == "shell" && t.args["executable"] == nil {
            let cmd = unjinja(t.commandLine)
            if !cmd.contains(where: { "&|<>;$\n*[]{}?`!".contains($0) }) {
                ctx.add("command-instead-of-shell", nil, "Use shell only when shell functionality is required.", line: t.line, task: t)
            }
        }
        if m == "command" || m == "shell" {
            let words = t.commandLine.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if let first = words.first {
                let exe = (first as NSString).lastPathComponent
                let skip = words.count > 1 && (insteadOptions[exe]?.contains(words[1]) ?? false)
                if !skip, let module = instead[exe] {
                    ctx.add("command-instead-of-module", nil, "\(exe) used in place of \(module) module", line: t.line, task: t)
                }
            }
        }
        if m == "shell" && !(t.get("ignore_errors")?.truthy ?? false) {
            let cmd = unjinja(t.commandLine)
            let executable = t.args["executable"]?.string ?? ""
            if !executable.contains("pwsh") && hasPipe(cmd)
                && cmd.range(of: #"(?m)^\s*set.*[+-][A-Za-z]*o\s*pipefail"#, options: .regularExpression) == nil
                && !(t.args["ignore_errors"]?.truthy ?? false)
            {
                ctx.add("risky-shell-pipe", nil, "Shells that use pipes should set the pipefail option.", line: t.line, task: t)
            }
        }
        if riskyPermissions(t) {
            ctx.add("risky-file-permissions", nil, "File permissions unset or incorrect.", line: t.line, task: t)
        }
        if let folder = ["copy": "files", "win_copy": "files", "template": "templates", "win_template": "win_templates"][m],
            let src = t.args["src"]?.string, src.contains("../\(folder)")
        {
            ctx.add("no-relative-paths", nil, "The src argument should not use a relative path.", line: t.line, task: t)
        }
        if m == "command", let first = t.commandLine.split(whereSeparator: { $0.isWhitespace }).first {
            let expected: Set<String> = [
                "argv", "chdir", "creates", "executable", "expand_argument_vars", "removes", "stdin", "stdin_add_newline",
                "strip_empty_ends",
                "cmd", "_raw_params",
            ]
            if t.args.keys.contains(where: { !expected.contains($0) }) || first.contains("=") {
                ctx.add(
                    "inline-env-var", nil, "Command module does not accept setting environment variables inline.", line: t.line, task: t)
            }
        }
        if packageManagers.contains(m) && !(t.args["version"]?.truthy ?? false) && !(t.args["update_only"]?.truthy ?? false)
            && !(t.args["only_upgrade"]?.truthy ?? false) && !(t.args["download_only"]?.truthy ?? false)
            && t.args["state"]?.string == "latest"
        {
            ctx.add("package-latest", nil, "Package installs should not use latest.", line: t.line, task: t)
        }
    }

    /// no-jinja-when: a `when` (a string or a list of them) holding `{{` and `}}`.
    static func jinjaFreeWhen(_ when: YAMLNode) -> Bool {
        let has = { (s: String) in s.contains("{{") && s.contains("}}") }
        if let items = when.items { return !items.contains { $0.stringValue.map(has) ?? false } }
        guard let s = when.stringValue else { return true }
        return !s.contains("{{") && !s.contains("}}")
    }

    /// no-tabs: a tab in a task's key or string value (not under Jinja; lineinfile's line,
    /// regexp, insertafter and insertbefore values allowed: ansible-lint allows those keys anywhere).
    static func noTabs(_ node: YAMLNode, key: String?, _ ctx: inout RuleContext, task: LintTask) {
        let jinja = { (s: String) in s.contains("{{") || s.contains("{%") || s.contains("{#") }
        switch node.kind {
        case .scalar(let s, _):
            if s.contains("\t") && !jinja(s) && node.stringValue != nil
                && !["insertafter", "insertbefore", "regexp", "line"].contains(key ?? "")
            {
                ctx.add("no-tabs", nil, "Most files should not contain tabs.", at: node, task: task)
            }
        case .sequence(let items): for x in items { noTabs(x, key: key, &ctx, task: task) }
        case .mapping(let pairs):
            for p in pairs {
                if let k = p.key.scalarText, k.contains("\t"), !jinja(k) {
                    ctx.add("no-tabs", nil, "Most files should not contain tabs.", at: p.key, task: task)
                }
                if ["block", "rescue", "always"].contains(p.key.scalarText ?? "") { continue }
                noTabs(p.value, key: p.key.scalarText, &ctx, task: task)
            }
        }
    }

    /// jinja[invalid]: a task string that is not valid Jinja (an unknown filter or test is let
    /// pass, as ansible-lint lets it).
    static func jinjaInvalid(_ node: YAMLNode, _ ctx: inout RuleContext, task: LintTask) {
        switch node.kind {
        case .scalar(let s, _):
            guard node.stringValue != nil, s.contains("{{") || s.contains("{%") || s.contains("{#") else { return }
            do {
                _ = try TemplateCheck.templar.environment.template(source: s, name: ctx.file.path)
            } catch {
                if error.kind == .assertion && error.message.hasPrefix("No filter named") { return }
                let message =
                    error.message.hasPrefix("Syntax error in template") ? error.message : "Syntax error in template: " + error.message
                ctx.add("jinja", "jinja[invalid]", message, at: node, task: task)
            }
        case .sequence(let items): for x in items { jinjaInvalid(x, &ctx, task: task) }
        case .mapping(let pairs):
            for p in pairs where !["block", "rescue", "always"].contains(p.key.scalarText ?? "") { jinjaInvalid(p.value, &ctx, task: task) }
        }
    }

    /// deprecated-bare-vars: a `with_` loop over what looks like a bare variable name.
    static func bareVars(_ t: LintTask, _ ctx: inout RuleContext) {
        guard let pair = t.node.pairs?.first(where: { ($0.key.scalarText ?? "").hasPrefix("with_") }), let loop = pair.key.scalarText else {
            return
        }
        let value = pair.value
        var candidate: YAMLNode?
        switch loop {
        case "with_nested", "with_together", "with_flattened", "with_filetree", "with_community.general.filetree":
            candidate = value.items?.first ?? value
        case "with_subelements": candidate = value.items?.first
        case "with_sequence", "with_ini", "with_inventory_hostnames": return
        default: candidate = value
        }
        guard let v = candidate?.stringValue, v.range(of: #"\{[{%#].*[%#]\}"#, options: .regularExpression) == nil,
            v.range(of: #"^\w+(\.\w+){2,100}$|^\w+$"#, options: .regularExpression) != nil
        else { return }
        let glob = v.contains(where: { "[]*?".contains($0) })
        if (loop == "with_fileglob" && glob) || (loop == "with_filetree" && v.hasSuffix("/")) { return }
        let shown =
            value.items.map { items in "[" + items.map { PythonFormat.repr(.string($0.scalarText ?? "")) }.joined(separator: ", ") + "]" }
            ?? (value.scalarText ?? "")
        ctx.add(
            "deprecated-bare-vars", nil,
            "Possible bare variable '\(shown)' used in a '\(loop)' loop. You should use the full variable syntax ('{{ \(shown) }}') or convert it to a list if that is not really a variable.",
            line: t.line, task: t)
    }

    static func hasPipe(_ s: String) -> Bool {
        let c = Array(s)
        for i in c.indices where c[i] == "|" {
            if (i > 0 && c[i - 1] == "|") || (i + 1 < c.count && c[i + 1] == "|") { continue }
            return true
        }
        return false
    }

    static func unjinja(_ s: String) -> String {
        var t = s.replacingOccurrences(of: #"\{\{(.|\n)+?\}\}"#, with: "JINJA_EXPRESSION", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\{%(.|\n)+?%\}"#, with: "JINJA_STATEMENT", options: .regularExpression)
        return t.replacingOccurrences(of: #"\{#(.|\n)+?#\}"#, with: "JINJA_COMMENT", options: .regularExpression)
    }

    static func changedInWhen(_ s: String) -> Bool {
        if !Set(s.split(whereSeparator: { $0.isWhitespace }).map(String.init)).isDisjoint(with: ["and", "or", "not"]) { return false }
        return [".changed", "|changed", "[\"changed\"]", "['changed']", "is changed"].contains { s.contains($0) }
    }

    static func riskyPermissions(_ t: LintTask) -> Bool {
        guard t.argsAreDict else { return false }
        let m = t.module
        let mode = t.args["mode"]
        let modeIsNone: Bool = {
            guard let mode else { return true }
            if case .node(let n) = mode { return n.isNull }
            return false
        }()
        guard permissionModules.contains(m) || permissionModulesWithCreate[m] != nil else { return false }
        if mode?.string == "preserve" && m != "copy" && m != "template" { return true }
        if let def = permissionModulesWithCreate[m] {
            let create = t.args["create"].map(\.truthy) ?? def
            return create && modeIsNone
        }
        let state = t.args["state"]?.string
        if state == "absent" || state == "link" { return false }
        if t.args["recurse"]?.truthy ?? false { return false }
        if m == "file" && (t.args["state"] == nil ? "file" : state) == "file" { return false }
        if m == "replace" && modeIsNone { return false }
        return modeIsNone
    }

    // MARK: name

    static func name(_ t: LintTask, _ ctx: inout RuleContext) {
        guard let nameNode = t.get("name"), nameNode.truthy, let name = nameNode.stringValue ?? nameNode.scalarText else {
            ctx.add("name", "name[missing]", "All tasks should be named.", line: t.line, task: t)
            return
        }
        checkName(name, node: nameNode, &ctx, task: t)
    }

    static func checkName(_ name: String, node: YAMLNode, _ ctx: inout RuleContext, task: LintTask?) {
        if let first = name.first, first.isLetter, first.isLowercase, !first.isUppercase {
            ctx.add("name", "name[casing]", "All names should start with an uppercase letter.", at: node, task: task)
        }
        if name.range(of: #"^.*\{\{.*\}\}.*\w.*$"#, options: .regularExpression) != nil && !name.contains("\n") {
            ctx.add("name", "name[template]", "Jinja templates should only be at the end of 'name'", at: node, task: task)
        }
    }

    // MARK: fqcn

    static func fqcn(_ t: LintTask, _ ctx: inout RuleContext) {
        let module = t.original
        guard !t.isBlock, let key = t.actionKey else { return }
        let at = key.scalarText == module ? key : (t.actionValue ?? key)
        // ansible-core's own redirects among builtin actions (yum is ansible.builtin.dnf): even the FQCN differs.
        let builtinAliases: Set<String> = ["yum"]
        let aliased = ["ansible.builtin.", "ansible.legacy."].contains {
            module.hasPrefix($0) && builtinAliases.contains(String(module.dropFirst($0.count)))
        }
        if RedirectedModules.builtin.contains(module) || builtinAliases.contains(module) || aliased {
            if module == "include" {
                ctx.add("fqcn", "fqcn[action-core]", "Avoid deprecated module (\(module))", at: at, task: t)
            } else {
                ctx.add("fqcn", "fqcn[action-core]", "Use FQCN for builtin module actions (\(module)).", at: at, task: t)
            }
        } else if let target = RedirectedModules.targets[module], module.filter({ $0 == "." }).count < 2 {
            ctx.add("fqcn", "fqcn[action]", "Use FQCN for module actions, such `\(target)`.", at: at, task: t)
        } else if module.hasPrefix("ansible.legacy."), let target = RedirectedModules.targets[String(module.dropFirst(15))] {
            ctx.add("fqcn", "fqcn[canonical]", "You should use canonical module name `\(target)` instead of `\(module)`.", at: at, task: t)
        }
    }

    // MARK: no-free-form

    static func noFreeForm(_ t: LintTask, _ ctx: inout RuleContext) {
        guard !t.isBlock, !inclusions.contains(t.original), let key = t.actionKey, key.scalarText == t.original else { return }
        let value = t.actionValue
        if t.module == "raw" {
            if let s = value?.stringValue {
                if s.contains("executable=") {
                    ctx.add(
                        "no-free-form", "no-free-form[raw]",
                        "Avoid embedding `executable=` inside raw calls, use explicit args dictionary instead.",
                        line: t.line, task: t)
                }
            } else {
                ctx.add(
                    "no-free-form", "no-free-form[raw-non-string]",
                    "Passing a non string value to `raw` module is neither documented or supported.", line: t.line, task: t)
            }
        } else if let s = value?.stringValue, s.contains("=") {
            let cmd: Set<String> = [
                "ansible.builtin.command", "ansible.builtin.shell", "ansible.windows.win_command", "ansible.windows.win_shell", "command",
                "shell", "win_command", "win_shell",
            ]
            let fail =
                cmd.contains(t.module)
                ? s.range(of: "(chdir|creates|executable|removes|stdin|stdin_add_newline|warn)=", options: .regularExpression) != nil : true
            if fail {
                ctx.add(
                    "no-free-form", nil, "Avoid using free-form when calling module actions. (\(t.original))", line: t.line, task: t,
                    details: t.original)
            }
        }
    }

    // MARK: key-order

    static func sortIndex(_ k: String) -> Int {
        switch k {
        case "name": return 0
        case "block": return 2
        case "rescue": return 3
        case "always": return 4
        default: return 1
        }
    }

    static func keyOrder(_ t: LintTask, _ ctx: inout RuleContext) {
        let keys = t.node.keys.filter { !$0.hasPrefix("_") }
        let sorted = keys.enumerated().sorted { (sortIndex($0.element), $0.offset) < (sortIndex($1.element), $1.offset) }.map(\.element)
        if keys != sorted {
            ctx.add(
                "key-order", "key-order[task]", "You can improve the task key order to: \(sorted.joined(separator: ", "))", line: t.line,
                task: t)
        }
    }

    // MARK: plays

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        guard play.pairs != nil else { return }
        if let name = play["name"] {
            if let s = name.stringValue ?? name.scalarText { checkName(s, node: name, &ctx, task: nil) }
        } else {
            ctx.add("name", "name[play]", "All plays should be named.", at: play)
        }
        let keys = play.keys.filter { !$0.hasPrefix("__") }
        let sorted = keys.enumerated().sorted { (sortIndex($0.element), $0.offset) < (sortIndex($1.element), $1.offset) }.map(\.element)
        if keys != sorted {
            ctx.add("key-order", "key-order[play]", "You can improve the play key order to: \(sorted.joined(separator: ", "))", at: play)
        }
        for role in play["roles"]?.items ?? [] {
            let name = role.stringValue ?? role["role"]?.stringValue ?? ""
            if name.contains("/") {
                let at = role.pairs != nil ? role : play
                ctx.add("role-name", "role-name[path]", "Avoid using paths when importing roles. (\(name))", at: at)
            }
        }
        for role in play["roles"]?.items ?? [] where role.pairs != nil {
            if let when = role["when"], !jinjaFreeWhen(when) {
                ctx.add("no-jinja-when", nil, "No Jinja2 in when.", at: role)
            }
        }
        if play.has("become_user") && !play.has("become") {
            ctx.add(
                "partial-become", "partial-become[play]",
                "``become_user`` should have a corresponding ``become`` at the same level as itself.",
                at: play)
        }
        if play["strategy"]?.stringValue == "free" {
            // ansible-lint looks for a line number the strategy's string does not carry: line 1.
            ctx.add("run-once", "run-once[play]", "Play uses strategy: free", line: 1)
        }
        VarNaming.play(play, &ctx)
    }
}
