import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `no-tabs`.
enum NoTabsRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) { noTabs(t.node, key: nil, &ctx, task: t) }

    static func noTabs(_ node: YAMLNode, key: String?, _ ctx: inout RuleContext, task: LintTask) {
        let jinja = { (s: String) in s.contains("{{") || s.contains("{%") || s.contains("{#") }
        switch node.kind {
        case .scalar(let s, _):
            if s.contains("\t") && !jinja(s) && node.stringValue != nil
                && !["insertafter", "insertbefore", "regexp", "line"].contains(key ?? "")
            {
                ctx.add("no-tabs", nil, "Most files should not contain tabs.", at: node, task: task)
            }
        case .sequence(let items): for x in items { noTabs(x, key: key, &ctx, task: task) }
        case .mapping(let pairs):
            for p in pairs {
                if let k = p.key.scalarText, k.contains("\t"), !jinja(k) {
                    ctx.add("no-tabs", nil, "Most files should not contain tabs.", at: p.key, task: task)
                }
                if ["block", "rescue", "always"].contains(p.key.scalarText ?? "") { continue }
                noTabs(p.value, key: p.key.scalarText, &ctx, task: task)
            }
        }
    }
}
