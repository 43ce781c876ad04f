import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `fqcn`: actions by their fully qualified name (action-core, action, canonical).
enum FQCNRule: LintRule {
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        let module = t.original
        guard !t.isBlock, let key = t.actionKey else { return }
        let at = key.scalarText == module ? key : (t.actionValue ?? key)
        // ansible-core's own redirects among builtin actions (yum is ansible.builtin.dnf): even the FQCN differs.
        let builtinAliases: Set<String> = ["yum"]
        let aliased = ["ansible.builtin.", "ansible.legacy."].contains {
            module.hasPrefix($0) && builtinAliases.contains(String(module.dropFirst($0.count)))
        }
        if RedirectedModules.builtin.contains(module) || builtinAliases.contains(module) || aliased {
            if module == "include" {
                ctx.add("fqcn", "fqcn[action-core]", "Avoid deprecated module (\(module))", at: at, task: t)
            } else {
                ctx.add("fqcn", "fqcn[action-core]", "Use FQCN for builtin module actions (\(module)).", at: at, task: t)
            }
        } else if let target = RedirectedModules.targets[module], module.filter({ $0 == "." }).count < 2 {
            ctx.add("fqcn", "fqcn[action]", "Use FQCN for module actions, such `\(target)`.", at: at, task: t)
        } else if module.hasPrefix("ansible.legacy."), let target = RedirectedModules.targets[String(module.dropFirst(15))] {
            ctx.add("fqcn", "fqcn[canonical]", "You should use canonical module name `\(target)` instead of `\(module)`.", at: at, task: t)
        }
    }
}
