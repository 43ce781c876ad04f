import Foundation
import SwansibleCore
import Templating

/// A template (`.j2`) that Jinja2 could not compile: ansible-lint does not read templates, Ansible
/// finds out on the host's turn; swansible says so before.
enum TemplateErrorRule {
    static let templar = Templar()
    static func check(_ file: Lintable, _ ctx: inout RuleContext) {
        do {
            _ = try templar.environment.template(source: file.text, name: file.path)
        } catch {
            let d = error.diagnostic
            ctx.matches.append(
                LintMatch(
                    file: file.path, line: d.location?.line ?? 1, column: d.location?.column, rule: "swansible",
                    tag: "swansible[template-error]",
                    message: "Template does not compile: \(d.message)"))
        }
    }
}
