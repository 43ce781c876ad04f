import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `deprecated-local-action`.
enum DeprecatedLocalActionRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if t.node.has("local_action") {
            ctx.add("deprecated-local-action", nil, "Do not use 'local_action', use 'delegate_to: localhost'.", line: t.line, task: t)
        }
    }
}
