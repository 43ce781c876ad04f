import Foundation
import Playbook
import SwansibleCore
import YAML

/// A task's argument: a YAML node, or a string split from free-form text.
enum ArgValue {
    case node(YAMLNode)
    case text(String)

    var string: String? {
        switch self {
        case .node(let n): return n.stringValue
        case .text(let s): return s
        }
    }
    var truthy: Bool {
        switch self {
        case .node(let n): return n.truthy
        case .text(let s): return !s.isEmpty
        }
    }
}

/// A task as ansible-lint normalises it: its raw mapping, its action and arguments.
struct LintTask {
    /// ansible-lint's is_fqcn_or_name: a bare name or a name with two or more dots.
    static func isFQCNOrName(_ s: String) -> Bool {
        s.range(of: #"^\w+(\.\w+){2,100}$|^\w+$"#, options: .regularExpression) != nil
    }

    /// ansible-lint's unjinja: Jinja parts replaced by placeholders.
    static func unjinja(_ s: String) -> String {
        var t = s.replacingOccurrences(of: #"\{\{(.|\n)+?\}\}"#, with: "JINJA_EXPRESSION", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\{%(.|\n)+?%\}"#, with: "JINJA_STATEMENT", options: .regularExpression)
        return t.replacingOccurrences(of: #"\{#(.|\n)+?#\}"#, with: "JINJA_COMMENT", options: .regularExpression)
    }

    let node: YAMLNode
    let kind: String  // "tasks" or "handlers"
    /// The action as written, and without `ansible.builtin.` (ansible-lint's __ansible_module__).
    let original: String
    let module: String
    let actionKey: YAMLNode?
    let actionValue: YAMLNode?
    let args: [String: ArgValue]
    let argsAreDict: Bool

    var line: Int { node.location.line }
    var isBlock: Bool { original == "block/always/rescue" }
    func get(_ key: String) -> YAMLNode? { node[key] }

    /// The command line of a command/shell task (`cmd`, else the free-form text).
    var commandLine: String {
        if let c = args["cmd"]?.string { return c }
        return args["_raw_params"]?.string ?? ""
    }

    static let nested: Set<String> = ["block", "rescue", "always"]

    init?(_ node: YAMLNode, kind: String) {
        guard let pairs = node.pairs else { return nil }
        self.node = node
        self.kind = kind
        if pairs.contains(where: { Self.nested.contains($0.key.scalarText ?? "") }) {
            original = "block/always/rescue"
            module = original
            actionKey = nil
            actionValue = nil
            args = [:]
            argsAreDict = true
            return
        }
        var action: String?
        var key: YAMLNode?
        var value: YAMLNode?
        var args: [String: ArgValue] = [:]
        var dict = true
        for p in pairs {
            guard let k = p.key.scalarText else { continue }
            if k == "action" || k == "local_action" {
                key = p.key
                value = p.value
                if let s = p.value.stringValue {
                    let trimmed = s.trimmingCharacters(in: .whitespaces)
                    let word = trimmed.prefix { !$0.isWhitespace }
                    action = String(word)
                    let rest = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
                    for (ak, av) in Self.freeForm(rest, module: String(word)) { args[ak] = av }
                    dict = false
                } else if let m = p.value.pairs {
                    for q in m {
                        guard let qk = q.key.scalarText else { continue }
                        if qk == "module" { action = q.value.stringValue } else { args[qk] = .node(q.value) }
                    }
                }
                continue
            }
            if PlaybookLoader.taskKeywords.contains(k) || k.hasPrefix("with_") { continue }
            if action == nil {
                action = k
                key = p.key
                value = p.value
                if let s = p.value.stringValue {
                    for (ak, av) in Self.freeForm(s, module: k) { args[ak] = av }
                    dict = false
                } else if let m = p.value.pairs {
                    for q in m { if let qk = q.key.scalarText { args[qk] = .node(q.value) } }
                } else if !p.value.isNull {
                    dict = false
                }
            }
        }
        if let extra = node["args"]?.pairs {
            for q in extra { if let qk = q.key.scalarText { args[qk] = .node(q.value) } }
        }
        guard let action else { return nil }
        original = action
        module = action.hasPrefix("ansible.builtin.") ? String(action.dropFirst("ansible.builtin.".count)) : action
        actionKey = key
        actionValue = value
        self.args = args
        argsAreDict = dict
    }

    static let freeFormModules: Set<String> = ["command", "shell", "raw", "script", "win_command", "win_shell"]

    /// ansible-core's parse_kv of free-form arguments.
    static func freeForm(_ s: String, module: String) -> [String: ArgValue] {
        let short = module.split(separator: ".").last.map(String.init) ?? module
        let kv = ArgSplitter.parseKV(s, checkRaw: freeFormModules.contains(short))
        var out: [String: ArgValue] = [:]
        for (k, v) in kv.items {
            guard let ks = k.stringValue else { continue }
            out[ks] = .text(v.stringValue ?? PythonFormat.str(v))
        }
        return out
    }
}

/// The tasks of a file, as ansible-lint's task_in_list walks them: each entry, then the tasks of
/// its block, rescue and always.
func tasks(in file: Lintable) -> [LintTask] {
    guard let root = file.node else { return [] }
    var out: [LintTask] = []
    func each(_ list: YAMLNode?, kind: String) {
        guard let items = list?.items else { return }
        for entry in items {
            if entry.isNull { continue }
            if entry.pairs != nil, let t = LintTask(entry, kind: kind) { out.append(t) }
            for p in entry.pairs ?? [] where LintTask.nested.contains(p.key.scalarText ?? "") {
                each(p.value, kind: kind)
            }
        }
    }
    switch file.kind {
    case "playbook":
        for play in root.items ?? [] {
            for section in ["tasks", "pre_tasks", "post_tasks", "handlers"] {
                each(play[section], kind: section == "handlers" ? "handlers" : "tasks")
            }
        }
    case "tasks", "handlers":
        each(root, kind: file.kind)
    default: break
    }
    return out
}
