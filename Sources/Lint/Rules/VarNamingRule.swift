import Foundation
import SwansibleCore
import YAML

/// ansible-lint's var-naming rule: names of variables from vars, roles, set_fact and register.
enum VarNamingRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static let reserved: Set<String> = Set(
        """
        action always any_errors_fatal args async async_val become become_exe become_flags become_method become_user block
        changed_when check_mode collections connection cycler debugger delay delegate_facts delegate_to dict diff environment
        fact_path failed_when force_handlers gather_facts gather_timeout handlers hosts ignore_errors ignore_unreachable joiner
        lipsum local_action lookup loop loop_control loop_with max_fail_percentage module_defaults name namespace no_log notify
        now omit order poll port post_tasks pre_tasks q query range register remote_user rescue retries roles run_once serial
        strategy tags tasks throttle timeout undef until validate_argspec vars vars_files vars_prompt when with_
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    static let pythonKeywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
        "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    ]
    static let readOnly: Set<String> = [
        "ansible_check_mode", "ansible_collection_name", "ansible_config_file", "ansible_dependent_role_names", "ansible_diff_mode",
        "ansible_forks", "ansible_index_var", "ansible_inventory_sources", "ansible_limit", "ansible_local", "ansible_loop",
        "ansible_loop_var", "ansible_parent_role_names", "ansible_parent_role_paths", "ansible_play_batch", "ansible_play_hosts",
        "ansible_play_hosts_all", "ansible_play_name", "ansible_play_role_names", "ansible_playbook_python", "ansible_role_name",
        "ansible_role_names", "ansible_run_tags", "ansible_search_path", "ansible_skip_tags", "ansible_verbosity", "ansible_version",
        "group_names", "groups", "hostvars", "inventory_dir", "inventory_file", "inventory_hostname", "inventory_hostname_short", "omit",
        "play_hosts", "playbook_dir", "role_name", "role_names", "role_path",
    ]
    static let allowed: Set<String> = [
        "ansible_facts", "ansible_become_user", "ansible_connection", "ansible_host", "ansible_python_interpreter", "ansible_user",
        "ansible_remote_tmp",
    ]
    static let roleKeywords: Set<String> = [
        "become", "become_exe", "become_flags", "become_method", "become_user", "check_mode", "collections", "connection", "debugger",
        "delegate_facts", "delegate_to", "diff", "environment", "ignore_errors", "ignore_unreachable", "module_defaults", "name", "role",
        "no_log", "port", "remote_user", "run_once", "tags", "vars", "when",
    ]

    struct Prefix {
        var value = ""
        var fromFQCN = false
        init() {}
        init(_ v: String) { value = v }
        init(parsing fqcn: String) {
            value = fqcn.contains(".") ? "" : String(fqcn.split(separator: "/").last ?? "")
            fromFQCN = fqcn.split(separator: ".").count >= 3
        }
    }

    /// The tag and message for a bad name, or nil.
    static func problem(_ ident: String, prefix: Prefix?) -> (String, String)? {
        if allowed.contains(ident) || ident.hasPrefix("__") && ident.hasSuffix("__") { return nil }
        if !ident.allSatisfy(\.isASCII) { return ("var-naming[non-ascii]", "Variables names must be ASCII. (\(ident))") }
        if pythonKeywords.contains(ident) { return ("var-naming[no-keyword]", "Variables names must not be Python keywords. (\(ident))") }
        if reserved.contains(ident) { return ("var-naming[no-reserved]", "Variables names must not be Ansible reserved names. (\(ident))") }
        if readOnly.contains(ident) { return ("var-naming[read-only]", "This special variable is read-only. (\(ident))") }
        if ident.contains("{{") { return nil }
        if ident.range(of: "^[a-z_][a-z0-9_]*$", options: .regularExpression) == nil && !(prefix?.fromFQCN ?? false) {
            return ("var-naming[pattern]", "Variables names should match ^[a-z_][a-z0-9_]*$ regex. (\(ident))")
        }
        if let p = prefix, !p.value.isEmpty {
            let bare = String(ident.drop(while: { $0 == "_" }))
            if !bare.hasPrefix("ansible_") && !bare.hasPrefix(p.value + "_") && !p.value.contains("{{")
                && LintTask.isFQCNOrName(p.value)
            {
                return ("var-naming[no-role-prefix]", "Variables names from within roles should use \(p.value)_ as a prefix.")
            }
        }
        return nil
    }

    static func add(_ key: YAMLNode, prefix: Prefix?, suffix: String, _ ctx: inout RuleContext, line: Int? = nil, task: LintTask? = nil) {
        guard let ident = key.stringValue else {
            // A key YAML reads as a bool, number or null: placed at line 1, as ansible-lint has no position for it.
            ctx.add("var-naming", "var-naming[non-string]", "Variables names must be strings." + suffix, line: 1, task: task)
            return
        }
        guard let (tag, message) = problem(ident, prefix: prefix) else { return }
        ctx.add("var-naming", tag, message + suffix, at: key, task: task)
        if let line, var last = ctx.matches.popLast() {
            last.line = line
            ctx.matches.append(last)
        }
    }

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        for p in ctx.file.pairs(play["vars"]) { add(p.key, prefix: nil, suffix: "", &ctx) }
        for role in play["roles"]?.items ?? [] where role.pairs != nil {
            let fqcn = role["role"]?.scalarText ?? role["name"]?.scalarText ?? ""
            let prefix = Prefix(parsing: fqcn)
            for p in role.pairs ?? [] where !roleKeywords.contains(p.key.scalarText ?? "") {
                add(p.key, prefix: prefix, suffix: " (vars: \(p.key.scalarText ?? ""))", &ctx)
            }
            for p in ctx.file.pairs(role["vars"]) {
                add(p.key, prefix: prefix, suffix: " (vars: \(p.key.scalarText ?? ""))", &ctx)
            }
        }
    }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        let rolePrefix = ctx.file.role.isEmpty ? Prefix() : Prefix(ctx.file.role)
        var taskPrefix = Prefix()
        if t.module == "include_role" || t.module == "import_role" {
            taskPrefix = Prefix(parsing: t.args["name"]?.string ?? "")
        }
        for p in ctx.file.pairs(t.get("vars")) {
            add(p.key, prefix: taskPrefix, suffix: " (vars: \(p.key.scalarText ?? ""))", &ctx, task: t)
        }
        if t.module == "set_fact", let pairs = t.actionValue?.pairs {
            for p in pairs {
                guard let k = p.key.scalarText, !k.hasPrefix("__"), k != "cacheable" else { continue }
                add(p.key, prefix: rolePrefix, suffix: " (set_fact: \(k))", &ctx, line: t.line, task: t)
            }
        }
        if let reg = t.get("register") {
            let keys = reg.pairs?.map(\.key) ?? (reg.truthy ? [reg] : [])
            for k in keys where !(k.scalarText ?? "").hasPrefix("__") {
                add(k, prefix: rolePrefix, suffix: " (register: \(k.scalarText ?? ""))", &ctx, line: t.line, task: t)
            }
        }
    }

    /// The key as Python prints the value YAML reads (`True` for `on`).
    static func pythonKey(_ n: YAMLNode) -> String {
        guard let s = n.scalarText else { return "" }
        if n.stringValue != nil { return s }
        switch YAMLResolver.resolve(s) {
        case .bool: return YAMLResolver.trueWords.contains(s) ? "True" : "False"
        case .null: return "None"
        default: return s
        }
    }

    static func varsFile(_ file: Lintable, _ ctx: inout RuleContext) {
        guard file.node?.pairs != nil else { return }
        let pairs = file.pairs(file.node)
        let prefix = file.role.isEmpty ? Prefix() : Prefix(file.role)
        for p in pairs { add(p.key, prefix: prefix, suffix: " (vars: \(pythonKey(p.key)))", &ctx) }
    }
}
