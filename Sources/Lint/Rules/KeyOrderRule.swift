import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `key-order`: `name` first, `block`/`rescue`/`always` last, in tasks and plays.
enum KeyOrderRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func sortIndex(_ k: String) -> Int {
        switch k {
        case "name": return 0
        case "block": return 2
        case "rescue": return 3
        case "always": return 4
        default: return 1
        }
    }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        let keys = t.node.keys.filter { !$0.hasPrefix("_") }
        let sorted = keys.enumerated().sorted { (sortIndex($0.element), $0.offset) < (sortIndex($1.element), $1.offset) }.map(\.element)
        if keys != sorted {
            ctx.add(
                "key-order", "key-order[task]", "You can improve the task key order to: \(sorted.joined(separator: ", "))", line: t.line,
                task: t)
        }
    }

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        let keys = play.keys.filter { !$0.hasPrefix("__") }
        let sorted = keys.enumerated().sorted { (sortIndex($0.element), $0.offset) < (sortIndex($1.element), $1.offset) }.map(\.element)
        if keys != sorted {
            ctx.add("key-order", "key-order[play]", "You can improve the play key order to: \(sorted.joined(separator: ", "))", at: play)
        }
    }
}
