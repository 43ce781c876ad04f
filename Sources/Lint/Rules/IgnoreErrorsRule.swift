import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `ignore-errors`: ignore_errors without register or the check-mode idiom.
enum IgnoreErrorsRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if let ie = t.get("ignore_errors"), ie.truthy, ie.stringValue != "{{ ansible_check_mode }}", !(t.get("register")?.truthy ?? false) {
            ctx.add(
                "ignore-errors", nil, "Use failed_when and specify error conditions instead of using ignore_errors.", line: t.line, task: t)
        }
    }
}
