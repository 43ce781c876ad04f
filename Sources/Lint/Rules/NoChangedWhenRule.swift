import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `no-changed-when`: command, shell and raw without changed_when, creates or removes.
enum NoChangedWhenRule: LintRule {
    static let commands: Set<String> = ["command", "shell", "raw", "ansible.legacy.command", "ansible.legacy.shell", "ansible.legacy.raw"]

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if commands.contains(t.module) && !t.node.has("changed_when") && t.args["creates"] == nil && t.args["removes"] == nil
            && !(t.node.has("async") && t.get("poll")?.scalarText == "0")
        {
            ctx.add("no-changed-when", nil, "Commands should not change things if nothing needs doing.", line: t.line, task: t)
        }
    }
}
