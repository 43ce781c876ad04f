import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `no-relative-paths`: copy/template src reaching into ../files or ../templates.
enum NoRelativePathsRule: LintRule {
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if let folder = ["copy": "files", "win_copy": "files", "template": "templates", "win_template": "win_templates"][t.module],
            let src = t.args["src"]?.string, src.contains("../\(folder)")
        {
            ctx.add("no-relative-paths", nil, "The src argument should not use a relative path.", line: t.line, task: t)
        }
    }
}
