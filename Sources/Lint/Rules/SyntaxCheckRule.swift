import Foundation
import Playbook
import SwansibleCore

/// ansible-lint's `syntax-check`: the playbook as ansible-playbook --syntax-check loads it.
enum SyntaxCheckRule {
    /// ansible-playbook --syntax-check, as ansible-lint runs it on a playbook: swansible's loader
    /// (roles found as Ansible finds them) gives the error and its origin.
    static func check(_ file: Lintable, base: String, rolesPath: [String]) -> LintMatch? {
        do {
            let dir = URL(fileURLWithPath: (file.absolutePath as NSString).deletingLastPathComponent).standardized.path
            _ = try PlaybookLoader(rolesPath: rolesPath, expandIncludes: false, basedir: dir).loadPlaybook(file.absolutePath)
            return nil
        } catch {
            let d = error.diagnostic
            let title = d.message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? d.message
            // a collection's role (ns.collection.role) is found among installed collections, which swansible does not search
            if let r = title.range(of: #"^The role '[^'.]+\.[^'.]+\.[^']+' was not found"#, options: .regularExpression), !r.isEmpty {
                return nil
            }
            var path = file.path
            if let origin = d.location?.file {
                let absBase = URL(fileURLWithPath: base).standardized.path + "/"
                let absOrigin = URL(fileURLWithPath: origin).standardized.path
                path = absOrigin.hasPrefix(absBase) ? String(absOrigin.dropFirst(absBase.count)) : origin
            }
            return LintMatch(
                file: path, line: d.location?.line ?? 1, column: d.location?.column, rule: "syntax-check", tag: "syntax-check[specific]",
                message: title)
        }
    }
}
