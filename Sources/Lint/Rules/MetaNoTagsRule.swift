import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `meta-no-tags`: galaxy_tags a list of lowercase letters and digits.
enum MetaNoTagsRule {
    static func file(_ file: Lintable, _ ctx: inout RuleContext) {
        guard let info = file.node?["galaxy_info"], info.truthy else { return }
        var tags: [YAMLNode] = []
        if let g = info["galaxy_tags"] {
            if let items = g.items { tags += items } else { ctx.add("meta-no-tags", nil, "Expected 'galaxy_tags' to be a list", line: 1) }
        }
        if let c = info["categories"] {
            ctx.add("meta-no-tags", nil, "Use 'galaxy_tags' rather than 'categories'", line: 1)
            if let items = c.items { tags += items } else { ctx.add("meta-no-tags", nil, "Expected 'categories' to be a list", line: 1) }
        }
        for tag in tags {
            guard let s = tag.stringValue else {
                ctx.add("meta-no-tags", nil, "Tags must be strings: '\(tag.scalarText ?? "")'", line: 1)
                continue
            }
            if s.range(of: "^[a-z0-9]+$", options: .regularExpression) == nil {
                ctx.add("meta-no-tags", nil, "Tags must contain lowercase letters and digits only., invalid: '\(s)'", line: 1)
            }
        }
    }
}
