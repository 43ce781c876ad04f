import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `package-latest`: state=latest without a version.
enum PackageLatestRule: LintRule {
    static let packageManagers: Set<String> = [
        "apk", "apt", "bower", "bundler", "dnf", "easy_install", "gem", "homebrew", "jenkins_plugin", "npm", "openbsd_package",
        "openbsd_pkg", "package", "pacman", "pear", "pip", "pkg5", "pkgutil", "portage", "slackpkg", "sorcery", "swdepot",
        "win_chocolatey", "yarn", "yum", "zypper",
    ]

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        if packageManagers.contains(t.module) && !(t.args["version"]?.truthy ?? false) && !(t.args["update_only"]?.truthy ?? false)
            && !(t.args["only_upgrade"]?.truthy ?? false) && !(t.args["download_only"]?.truthy ?? false)
            && t.args["state"]?.string == "latest"
        {
            ctx.add("package-latest", nil, "Package installs should not use latest.", line: t.line, task: t)
        }
    }
}
