import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `meta-incorrect`: meta/main.yml still holding the role skeleton's defaults.
enum MetaIncorrectRule {
    static let defaults: [(String, String)] = [
        ("author", "your name"), ("description", "your description"), ("company", "your company (optional)"),
        ("license", "license (GPLv2, CC-BY, etc)"), ("license", "license (GPL-2.0-or-later, MIT, etc)"),
    ]

    static func file(_ file: Lintable, _ ctx: inout RuleContext) {
        guard let root = file.node, let info = root["galaxy_info"], info.truthy else { return }
        for (field, value) in defaults where info[field]?.stringValue == value {
            ctx.add("meta-incorrect", nil, "Should change default metadata: \(field)", at: root)
        }
    }
}
