import Foundation
import Jinja
import SwansibleCore
import YAML

/// ansible-lint's `jinja[invalid]` (jinja[spacing] is not there: ansible-lint reformats with black).
enum JinjaRule: LintRule {
    static func task(_ t: LintTask, _ ctx: inout RuleContext) { jinjaInvalid(t.node, &ctx, task: t) }

    static func jinjaInvalid(_ node: YAMLNode, _ ctx: inout RuleContext, task: LintTask) {
        switch node.kind {
        case .scalar(let s, _):
            guard node.stringValue != nil, s.contains("{{") || s.contains("{%") || s.contains("{#") else { return }
            do {
                _ = try TemplateErrorRule.templar.environment.template(source: s, name: ctx.file.path)
            } catch {
                if error.kind == .assertion && error.message.hasPrefix("No filter named") { return }
                let message =
                    error.message.hasPrefix("Syntax error in template") ? error.message : "Syntax error in template: " + error.message
                ctx.add("jinja", "jinja[invalid]", message, at: node, task: task)
            }
        case .sequence(let items): for x in items { jinjaInvalid(x, &ctx, task: task) }
        case .mapping(let pairs):
            for p in pairs where !["block", "rescue", "always"].contains(p.key.scalarText ?? "") { jinjaInvalid(p.value, &ctx, task: task) }
        }
    }
}
