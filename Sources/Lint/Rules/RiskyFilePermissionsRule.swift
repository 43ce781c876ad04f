import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `risky-file-permissions`: files made without an explicit mode.
enum RiskyFilePermissionsRule: LintRule {
    static let permissionModules: Set<String> = [
        "archive", "community.general.archive", "assemble", "ansible.builtin.assemble", "copy", "ansible.builtin.copy", "file",
        "ansible.builtin.file", "get_url", "ansible.builtin.get_url", "replace", "ansible.builtin.replace", "template",
        "ansible.builtin.template",
    ]
    static let permissionModulesWithCreate: [String: Bool] = [
        "blockinfile": false, "ansible.builtin.blockinfile": false, "htpasswd": true, "community.general.htpasswd": true,
        "ini_file": true, "community.general.ini_file": true, "lineinfile": false, "ansible.builtin.lineinfile": false,
    ]

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if riskyPermissions(t) { ctx.add("risky-file-permissions", nil, "File permissions unset or incorrect.", line: t.line, task: t) }
    }

    static func riskyPermissions(_ t: LintTask) -> Bool {
        guard t.argsAreDict else { return false }
        let m = t.module
        let mode = t.args["mode"]
        let modeIsNone: Bool = {
            guard let mode else { return true }
            if case .node(let n) = mode { return n.isNull }
            return false
        }()
        guard permissionModules.contains(m) || permissionModulesWithCreate[m] != nil else { return false }
        if mode?.string == "preserve" && m != "copy" && m != "template" { return true }
        if let def = permissionModulesWithCreate[m] {
            let create = t.args["create"].map(\.truthy) ?? def
            return create && modeIsNone
        }
        let state = t.args["state"]?.string
        if state == "absent" || state == "link" { return false }
        if t.args["recurse"]?.truthy ?? false { return false }
        if m == "file" && (t.args["state"] == nil ? "file" : state) == "file" { return false }
        if m == "replace" && modeIsNone { return false }
        return modeIsNone
    }
}
