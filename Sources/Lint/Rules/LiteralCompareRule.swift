import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `literal-compare`: `when: x == True`.
enum LiteralCompareRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard let when = t.get("when") else { return }
        let texts = when.items.map { $0.compactMap(\.stringValue) } ?? when.stringValue.map { [$0] } ?? []
        if texts.contains(where: { $0.range(of: "[=!]= ?(True|true|False|false)", options: .regularExpression) != nil }) {
            ctx.add("literal-compare", nil, "Don't compare to literal True/False.", line: t.line, task: t)
        }
    }
}
