import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `no-free-form`: `key=value` text given to a module (and raw's own forms).
enum NoFreeFormRule: LintRule {
    static let inclusions: Set<String> = [
        "include_tasks", "import_tasks", "include_role", "import_role", "import_playbook", "ansible.builtin.include_tasks",
        "ansible.builtin.import_tasks", "ansible.builtin.include_role", "ansible.builtin.import_role", "ansible.builtin.import_playbook",
        "ansible.legacy.include_tasks", "ansible.legacy.import_tasks", "ansible.legacy.include_role", "ansible.legacy.import_role",
    ]

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
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
}
