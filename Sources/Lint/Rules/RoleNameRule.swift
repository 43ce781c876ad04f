import Foundation
import SwansibleCore
import YAML

/// ansible-lint's role-name rule on role directories (`**/roles/*/`): the name (meta's
/// galaxy_info.role_name, else the directory's, without `ansible-role-`) must match
/// `^[a-z][a-z0-9_]*$`; and meta dependencies given as paths.
enum RoleNameRule: LintRule {
    static var appliesToBlocks: Bool { true }

    /// include_role/import_role of a path.
    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if ["include_role", "import_role"].contains(t.module.split(separator: ".").last.map(String.init) ?? ""),
            let name = t.args["name"]?.string, name.contains("/")
        {
            ctx.add("role-name", "role-name[path]", "Avoid using paths when importing roles. (\(name))", line: t.line, task: t)
        }
    }

    /// A play's role given as a path.
    static func play(_ play: YAMLNode, _ ctx: inout RuleContext) {
        for role in play["roles"]?.items ?? [] {
            let name = role.stringValue ?? role["role"]?.stringValue ?? ""
            if name.contains("/") {
                let at = role.pairs != nil ? role : play
                ctx.add("role-name", "role-name[path]", "Avoid using paths when importing roles. (\(name))", at: at)
            }
        }
    }

    static func directories(_ files: [String], base: String) -> [LintMatch] {
        var dirs = Set<String>()
        for f in files {
            let parts = f.split(separator: "/").map(String.init)
            guard parts.count >= 3 else { continue }
            for i in 0..<(parts.count - 2) where parts[i] == "roles" {
                dirs.insert(parts[0...(i + 1)].joined(separator: "/"))
            }
        }
        var out: [LintMatch] = []
        for dir in dirs.sorted() {
            var name = (dir as NSString).lastPathComponent
            if let meta = try? YAMLLoader.loadFile(base + "/" + dir + "/meta/main.yml").0, case .dict(let d) = meta,
                case .dict(let info)? = d[string: "galaxy_info"], let rn = info[string: "role_name"]
            {
                name = rn.stringValue ?? PythonFormat.str(rn)
            }
            if name.hasPrefix("ansible-role-") { name = String(name.dropFirst("ansible-role-".count)) }
            if !name.isEmpty && name.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) == nil {
                out.append(
                    LintMatch(
                        file: dir, line: 1, column: nil, rule: "role-name", tag: "role-name",
                        message: "Role name \(name) does not match ``^[a-z][a-z0-9_]*$`` pattern."))
            }
        }
        return out
    }

    /// meta/main.yml dependencies given as paths.
    static func meta(_ file: Lintable, _ ctx: inout RuleContext) {
        for dep in file.node?["dependencies"]?.items ?? [] {
            let node = dep.pairs != nil ? dep["role"] : dep
            guard let node, let name = node.stringValue, name.contains("/") else { continue }
            ctx.add("role-name", "role-name[path]", "Avoid using paths when importing roles. (\(name))", at: node)
        }
    }
}
