import Foundation
import YAML

/// ansible-lint also learns kinds from use: a file a playbook or a task file includes with
/// include_tasks/import_tasks is a task file, one it gives to include_vars or vars_files a vars
/// file, one it imports with import_playbook a playbook, wherever they are.
enum Children {
    static func retag(_ files: inout [Lintable], base: String) {
        var index: [String: Int] = [:]
        for (i, f) in files.enumerated() { index[URL(fileURLWithPath: f.absolutePath).standardized.path] = i }
        var changed = true
        var rounds = 0
        while changed && rounds < 10 {
            changed = false
            rounds += 1
            for i in files.indices where ["playbook", "tasks", "handlers"].contains(files[i].kind) {
                for (target, kind) in references(files[i]) {
                    let dir = (files[i].absolutePath as NSString).deletingLastPathComponent
                    let path = URL(fileURLWithPath: target.hasPrefix("/") ? target : dir + "/" + target).standardized.path
                    guard let j = index[path], files[j].kind == "yaml" else { continue }
                    files[j].kind = kind
                    changed = true
                }
            }
        }
    }

    /// The static paths a file refers to, with the kind each makes of its target.
    static func references(_ file: Lintable) -> [(String, String)] {
        var out: [(String, String)] = []
        func add(_ s: String?, _ kind: String) {
            guard let s, !s.isEmpty, !s.contains("{{"), !s.contains("{%") else { return }
            out.append((s, kind))
        }
        if file.kind == "playbook" {
            for play in file.node?.items ?? [] {
                add(play["import_playbook"]?.stringValue ?? play["ansible.builtin.import_playbook"]?.stringValue, "playbook")
                for v in play["vars_files"]?.items ?? [] { add(v.stringValue, "vars") }
            }
        }
        for t in tasks(in: file) {
            let short = t.module.split(separator: ".").last.map(String.init) ?? t.module
            switch short {
            case "include_tasks", "import_tasks": add(t.args["file"]?.string ?? t.args["_raw_params"]?.string, "tasks")
            case "include_vars": add(t.args["file"]?.string ?? t.args["_raw_params"]?.string, "vars")
            default: break
            }
        }
        return out
    }
}
