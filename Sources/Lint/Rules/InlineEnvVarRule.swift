import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `inline-env-var`: `FOO=bar cmd` in the command module.
enum InlineEnvVarRule: LintRule {
    static let expected: Set<String> = [
        "argv", "chdir", "creates", "executable", "expand_argument_vars", "removes", "stdin", "stdin_add_newline", "strip_empty_ends",
        "cmd", "_raw_params",
    ]

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard t.module == "command", let first = t.commandLine.split(whereSeparator: { $0.isWhitespace }).first else { return }
        if t.args.keys.contains(where: { !expected.contains($0) }) || first.contains("=") {
            ctx.add("inline-env-var", nil, "Command module does not accept setting environment variables inline.", line: t.line, task: t)
        }
    }
}
