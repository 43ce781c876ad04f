import Foundation
import SwansibleCore
import YAML

/// ansible-lint's `command-instead-of-module`: systemctl, git, curl... where a module exists.
enum CommandInsteadOfModuleRule: LintRule {
    static let instead: [String: String] = [
        "apt-get": "apt-get", "chkconfig": "service", "curl": "get_url or uri", "git": "git", "hg": "hg", "letsencrypt": "acme_certificate",
        "mktemp": "tempfile", "mount": "mount", "patch": "patch", "rpm": "yum or rpm_key", "rsync": "synchronize",
        "sed": "template, replace or lineinfile", "service": "service", "supervisorctl": "supervisorctl", "svn": "subversion",
        "systemctl": "systemd", "tar": "unarchive", "unzip": "unarchive", "wget": "get_url or uri", "yum": "yum",
    ]
    static let insteadOptions: [String: Set<String>] = [
        "git": ["branch", "log", "lfs", "rev-parse", "clean"],
        "systemctl": [
            "--version", "get-default", "kill", "set-default", "set-property", "set-environment", "unset-environment", "show-environment",
            "status", "reset-failed",
        ],
        "yum": ["clean", "history", "info"], "rpm": ["--nodeps"],
    ]

    static func task(_ t: LintTask, _ ctx: inout RuleContext) {
        guard t.module == "command" || t.module == "shell" else { return }
        let words = t.commandLine.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard let first = words.first else { return }
        let exe = (first as NSString).lastPathComponent
        let skip = words.count > 1 && (insteadOptions[exe]?.contains(words[1]) ?? false)
        if !skip, let module = instead[exe] {
            ctx.add("command-instead-of-module", nil, "\(exe) used in place of \(module) module", line: t.line, task: t)
        }
    }
}
