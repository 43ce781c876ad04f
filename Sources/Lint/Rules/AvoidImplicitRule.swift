import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `avoid-implicit`: copy with content that is not text.
enum AvoidImplicitRule: LintRule {
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if t.module == "copy", let content = t.args["content"], content.string == nil, case .node(let n) = content, !n.isNull {
            ctx.add("avoid-implicit", nil, "Avoid implicit behaviors", line: t.line, task: t)
        }
    }
}
