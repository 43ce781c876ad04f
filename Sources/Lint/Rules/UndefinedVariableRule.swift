import Foundation
import Inventory
import Jinja
import SwansibleCore
import Templating
import YAML

/// What only a tool with the inventory and a template engine can check: every name a template,
/// a templated task argument or a condition reads must be defined somewhere — the inventory
/// (hosts, groups, group_vars, host_vars), a vars file, role defaults or vars, a role's argument
/// spec, play, role or task vars, vars_prompt, set_fact, register, include_vars `name`, a loop
/// variable — or be one of Ansible's own (facts, magic variables). A name read only under
/// `default` or tested with `is defined` is optional and not reported. Ansible finds these on
/// the host's turn, halfway through a run; `swansible lint -i INV` before any host is touched.
struct UndefinedVariableRule {
    var defined: Set<String> = [
        "item", "omit", "inventory_hostname", "inventory_hostname_short", "groups", "group_names", "hostvars", "play_hosts",
        "playbook_dir", "role_path", "role_name", "role_names", "inventory_dir", "inventory_file", "vars", "environment",
        "template_host", "template_path", "template_fullpath", "template_destpath", "template_uid", "template_run_date",
        "lookup", "query", "q", "now", "undef", "range", "dict",
    ]

    /// Ansible's own variables: facts and magic variables all start with `ansible_`.
    func isDefined(_ n: String) -> Bool { defined.contains(n) || n.hasPrefix("ansible_") }

    mutating func collect(inventory: Inventory) {
        for h in inventory.data.hosts.indices {
            for k in inventory.hostVariables(h).keys { if let s = k.stringValue { defined.insert(s) } }
        }
        for g in inventory.data.groups.indices {
            for k in inventory.groupVariables(g).keys { if let s = k.stringValue { defined.insert(s) } }
        }
    }

    mutating func collect(_ file: Lintable) {
        guard let root = file.node else { return }
        switch file.kind {
        case "vars", "inventory":
            keys(root)
            if file.kind == "inventory" { inventoryVars(root) }
        case "role-arg-spec", "meta":
            for spec in root["argument_specs"]?.pairs ?? [] { optionNames(spec.value) }
        case "playbook":
            for play in root.items ?? [] {
                keys(play["vars"])
                for p in play["vars_prompt"]?.items ?? [] { if let n = p["name"]?.scalarText { defined.insert(n) } }
                for role in play["roles"]?.items ?? [] {
                    for p in role.pairs ?? [] { if let k = p.key.scalarText { defined.insert(k) } }
                    keys(role["vars"])
                }
            }
        default: break
        }
        for t in file.tasks {
            keys(t.get("vars"))
            if let r = t.get("register")?.scalarText { defined.insert(r) }
            if let lv = t.get("loop_control")?["loop_var"]?.scalarText { defined.insert(lv) }
            if let iv = t.get("loop_control")?["index_var"]?.scalarText { defined.insert(iv) }
            if t.module == "set_fact" || t.module == "ansible.legacy.set_fact" {
                for k in t.args.keys where k != "cacheable" { defined.insert(k) }
            }
            if t.module == "include_vars" || t.module == "ansible.legacy.include_vars", let n = t.args["name"]?.string {
                defined.insert(n)
            }
            // facts modules whose results Ansible also sets as variables of their own name
            let short = t.module.split(separator: ".").last.map(String.init) ?? t.module
            switch short {
            case "service_facts": defined.insert("services")
            case "package_facts": defined.insert("packages")
            case "getent": if let db = t.args["database"]?.string { defined.insert("getent_" + db) }
            case "add_host":
                for k in t.args.keys where !["name", "hostname", "groupname", "groups"].contains(k) { defined.insert(k) }
            default: break
            }
        }
    }

    mutating func keys(_ node: YAMLNode?) {
        for p in node?.pairs ?? [] { if let k = p.key.scalarText { defined.insert(k) } }
    }

    mutating func optionNames(_ spec: YAMLNode) {
        for o in spec["options"]?.pairs ?? [] {
            if let k = o.key.scalarText { defined.insert(k) }
            optionNames(o.value)
        }
    }

    /// The `vars:` of every group and host of a YAML inventory.
    mutating func inventoryVars(_ node: YAMLNode) {
        for p in node.pairs ?? [] {
            if p.key.scalarText == "vars" { keys(p.value) }
            if p.value.pairs != nil { inventoryVars(p.value) }
        }
    }

    static let message =
        "is not defined anywhere: not in the inventory, a vars file, role defaults or vars, play or task vars, set_fact, register or a loop variable"

    /// The findings for one file: a template's names, a task's templated arguments and conditions.
    func check(_ file: Lintable, templar: Templar, into ctx: inout RuleContext) {
        if file.kind == "jinja2" {
            guard let t = try? templar.environment.template(source: file.text, name: file.path) else { return }
            for n in t.contextNames(skippingGuarded: true) where !isDefined(n.name) {
                ctx.matches.append(match(file, n.name, line: n.line, column: n.column))
            }
            return
        }
        var reported = Set<String>()
        var guards = Set<String>()
        func scan(_ node: YAMLNode, condition: Bool) {
            switch node.kind {
            case .scalar(let s, _):
                guard node.stringValue != nil else { return }
                let source: String
                if condition && !s.contains("{{") && !s.contains("{%") {
                    source = "{{ (" + s + ") }}"
                } else if s.contains("{{") || s.contains("{%") {
                    source = s
                } else {
                    return
                }
                guard let t = try? templar.environment.template(source: source, name: file.path) else { return }
                for n in t.contextNames(skippingGuarded: true)
                where !isDefined(n.name) && !guards.contains(n.name) && !reported.contains(n.name) {
                    reported.insert(n.name)
                    ctx.matches.append(match(file, n.name, line: node.location.line, column: node.location.column))
                }
            case .sequence(let items): for x in items { scan(x, condition: condition) }
            case .mapping(let pairs): for p in pairs { scan(p.value, condition: condition) }
            }
        }
        // a task, or a block around it, whose `when` says `x is defined` may read x
        func walk(_ list: YAMLNode?, _ outer: Set<String>) {
            for task in list?.items ?? [] where task.pairs != nil {
                let mine = outer.union(Self.provenDefined(task["when"], templar: templar))
                if task.has("block") || task.has("rescue") || task.has("always") {
                    for section in ["block", "rescue", "always"] { walk(task[section], mine) }
                    continue
                }
                guards = mine
                for p in task.pairs ?? [] {
                    guard let k = p.key.scalarText, !["name", "tags", "notify", "listen", "register"].contains(k) else { continue }
                    scan(p.value, condition: ["when", "changed_when", "failed_when", "until"].contains(k))
                }
            }
        }
        switch file.kind {
        case "playbook":
            for play in file.node?.items ?? [] {
                for section in ["pre_tasks", "tasks", "post_tasks", "handlers"] { walk(play[section], []) }
            }
        case "tasks", "handlers": walk(file.node, [])
        default: break
        }
    }

    /// The names a `when` (a string or a list, all of which must hold) proves defined.
    static func provenDefined(_ when: YAMLNode?, templar: Templar) -> Set<String> {
        guard let when else { return [] }
        let texts = when.items.map { $0.compactMap(\.stringValue) } ?? when.stringValue.map { [$0] } ?? []
        return texts.reduce(into: Set<String>()) { $0.formUnion(templar.environment.namesProvenDefined(by: $1)) }
    }

    func match(_ file: Lintable, _ name: String, line: Int, column: Int) -> LintMatch {
        LintMatch(
            file: file.path, line: line, column: column, rule: "swansible", tag: "swansible[undefined-variable]",
            message: "'\(name)' \(Self.message)")
    }
}
