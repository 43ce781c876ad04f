import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `risky-shell-pipe`: a pipe in shell without pipefail.
enum RiskyShellPipeRule: LintRule {
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard t.module == "shell", !(t.get("ignore_errors")?.truthy ?? false) else { return }
        let cmd = LintTask.unjinja(t.commandLine)
        let executable = t.args["executable"]?.string ?? ""
        if !executable.contains("pwsh") && hasPipe(cmd)
            && cmd.range(of: #"(?m)^\s*set.*[+-][A-Za-z]*o\s*pipefail"#, options: .regularExpression) == nil
            && !(t.args["ignore_errors"]?.truthy ?? false)
        {
            ctx.add("risky-shell-pipe", nil, "Shells that use pipes should set the pipefail option.", line: t.line, task: t)
        }
    }

    static func hasPipe(_ s: String) -> Bool {
        let c = Array(s)
        for i in c.indices where c[i] == "|" {
            if (i > 0 && c[i - 1] == "|") || (i + 1 < c.count && c[i + 1] == "|") { continue }
            return true
        }
        return false
    }
}
