import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `deprecated-bare-vars`.
enum DeprecatedBareVarsRule: LintRule {
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard let pair = t.node.pairs?.first(where: { ($0.key.scalarText ?? "").hasPrefix("with_") }), let loop = pair.key.scalarText else {
            return
        }
        let value = pair.value
        var candidate: YAMLNode?
        switch loop {
        case "with_nested", "with_together", "with_flattened", "with_filetree", "with_community.general.filetree":
            candidate = value.items?.first ?? value
        case "with_subelements": candidate = value.items?.first
        case "with_sequence", "with_ini", "with_inventory_hostnames": return
        default: candidate = value
        }
        guard let v = candidate?.stringValue, v.range(of: #"\{[{%#].*[%#]\}"#, options: .regularExpression) == nil,
            LintTask.isFQCNOrName(v)
        else { return }
        let glob = v.contains(where: { "[]*?".contains($0) })
        if (loop == "with_fileglob" && glob) || (loop == "with_filetree" && v.hasSuffix("/")) { return }
        let shown =
            value.items.map { items in "[" + items.map { PythonFormat.repr(.string($0.scalarText ?? "")) }.joined(separator: ", ") + "]" }
            ?? (value.scalarText ?? "")
        ctx.add(
            "deprecated-bare-vars", nil,
            "Possible bare variable '\(shown)' used in a '\(loop)' loop. You should use the full variable syntax ('{{ \(shown) }}') or convert it to a list if that is not really a variable.",
            line: t.line, task: t)
    }
}
