import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `partial-become`: become_user without become at the same level.
enum PartialBecomeRule: LintRule {
    static var appliesToBlocks: Bool { true }
    static let message = "``become_user`` should have a corresponding ``become`` at the same level as itself."

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if t.node.has("become_user") && !t.node.has("become") {
            ctx.add("partial-become", "partial-become[task]", message, line: t.line, task: t)
        }
    }

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        if play.has("become_user") && !play.has("become") { ctx.add("partial-become", "partial-become[play]", message, at: play) }
    }
}
