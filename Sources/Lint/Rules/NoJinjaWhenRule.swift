import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `no-jinja-when`: `{{ }}` in a `when` (tasks, and roles of a play).
enum NoJinjaWhenRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if let when = t.get("when"), !jinjaFreeWhen(when) { ctx.add("no-jinja-when", nil, "No Jinja2 in when.", line: t.line, task: t) }
    }

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        for role in play["roles"]?.items ?? [] where role.pairs != nil {
            if let when = role["when"], !jinjaFreeWhen(when) { ctx.add("no-jinja-when", nil, "No Jinja2 in when.", at: role) }
        }
    }

    static func jinjaFreeWhen(_ when: YAMLNode) -> Bool {
        let has = { (s: String) in s.contains("{{") && s.contains("}}") }
        if let items = when.items { return !items.contains { $0.stringValue.map(has) ?? false } }
        guard let s = when.stringValue else { return true }
        return !s.contains("{{") && !s.contains("}}")
    }
}
