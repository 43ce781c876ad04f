import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `run-once`: run_once in a playbook, and the free strategy.
enum RunOnceRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if ctx.file.kind == "playbook", t.get("run_once")?.truthy ?? false {
            ctx.add(
                "run-once", "run-once[task]", "Using run_once may behave differently if strategy is set to free.", line: t.line, task: t)
        }
    }

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        if play["strategy"]?.stringValue == "free" {
            // ansible-lint looks for a line number the strategy's string does not carry: line 1.
            ctx.add("run-once", "run-once[play]", "Play uses strategy: free", line: 1)
        }
    }
}
