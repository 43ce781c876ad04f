import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `name`: tasks and plays named (name[missing], name[play]), names starting
/// with a capital (name[casing]), Jinja only at the end (name[template]).
enum NameRule: LintRule {
    static var appliesToBlocks: Bool { true }

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard let nameNode = t.get("name"), nameNode.truthy, let name = nameNode.stringValue ?? nameNode.scalarText else {
            ctx.add("name", "name[missing]", "All tasks should be named.", line: t.line, task: t)
            return
        }
        checkName(name, node: nameNode, &ctx, task: t)
    }

    static func checkName(_ name: String, node: YAMLNode, _ ctx: inout RuleContext, task: LintTask?) {
        if let first = name.first, first.isLetter, first.isLowercase, !first.isUppercase {
            ctx.add("name", "name[casing]", "All names should start with an uppercase letter.", at: node, task: task)
        }
        if name.range(of: #"^.*\{\{.*\}\}.*\w.*$"#, options: .regularExpression) != nil && !name.contains("\n") {
            ctx.add("name", "name[template]", "Jinja templates should only be at the end of 'name'", at: node, task: task)
        }
    }

    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        if let name = play["name"] {
            if let s = name.stringValue ?? name.scalarText { checkName(s, node: name, &ctx, task: nil) }
        } else {
            ctx.add("name", "name[play]", "All plays should be named.", at: play)
        }
    }
}
