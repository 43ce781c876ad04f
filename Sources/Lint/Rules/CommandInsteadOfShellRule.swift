import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `command-instead-of-shell`: shell for a command with no shell syntax.
enum CommandInsteadOfShellRule: LintRule {
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard t.module == "shell", t.args["executable"] == nil else { return }
        let cmd = LintTask.unjinja(t.commandLine)
        if !cmd.contains(where: { "&|<>;$\n*[]{}?`!".contains($0) }) {
            ctx.add("command-instead-of-shell", nil, "Use shell only when shell functionality is required.", line: t.line, task: t)
        }
    }
}
