import Foundation
import SwansibleCore
import YAML

/// Finds the files to lint and gives each its kind, in the order of ansible-lint's DEFAULT_KINDS.
enum Discovery {
    static let excluded: Set<String> = [".cache", ".git", ".hg", ".svn", ".tox"]
    static let roleSubdirs = ["tasks", "handlers", "meta", "defaults", "vars", "templates", "files", "library"]

    /// Every file under the paths (a file given directly is taken as it is), relative to `base`.
    static func files(_ paths: [String], base: String, exclude: [String]) -> [String] {
        if let listed = gitFiles(base) {
            // Inside a git work tree ansible-lint takes git's list (tracked and untracked, not ignored).
            let wanted = paths.map(normalise)
            return listed.filter { rel in
                !rel.split(separator: "/").contains(where: { excluded.contains(String($0)) }) && !isExcluded(rel, exclude)
                    && wanted.contains { $0 == "." || rel == $0 || rel.hasPrefix($0 + "/") }
            }
        }
        var out: [String] = []
        let fm = FileManager.default
        func walk(_ rel: String) {
            let abs = rel == "." ? base : (rel.hasPrefix("/") ? rel : base + "/" + rel)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: abs, isDirectory: &isDir) else { return }
            if isExcluded(rel, exclude) { return }
            if !isDir.boolValue {
                out.append(rel)
                return
            }
            // a symbolic link to a directory is not walked into (as os.walk does not): no loops
            if rel != ".", (try? fm.attributesOfItem(atPath: abs)[.type] as? FileAttributeType) == .typeSymbolicLink { return }
            guard let names = try? fm.contentsOfDirectory(atPath: abs) else { return }
            for name in names.sorted() where !excluded.contains(name) {
                walk(rel == "." ? name : rel + "/" + name)
            }
        }
        for p in paths { walk(normalise(p)) }
        return out
    }

    /// `git ls-files --cached --others --exclude-standard` in `base`, or nil outside a work tree.
    static func gitFiles(_ base: String) -> [String]? {
        guard
            let r = try? ProcessRunner.runBlocking(
                "/usr/bin/env", ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], directory: base),
            r.status == 0
        else { return nil }
        let fm = FileManager.default
        return r.stdoutText.split(separator: "\0").map(String.init).filter { fm.fileExists(atPath: base + "/" + $0) }.sorted()
    }

    static func normalise(_ p: String) -> String {
        var s = p
        while s.hasPrefix("./") { s.removeFirst(2) }
        while s.count > 1 && s.hasSuffix("/") { s.removeLast() }
        return s.isEmpty ? "." : s
    }

    static func isExcluded(_ rel: String, _ patterns: [String]) -> Bool {
        patterns.contains { p in
            let q = normalise(p)
            return rel == q || rel.hasPrefix(q + "/") || Glob.match(q, rel)
        }
    }

    /// ansible-lint's kind for a path (relative to the project), before looking at its content.
    static func kind(_ rel: String) -> String? {
        let name = (rel as NSString).lastPathComponent
        let parts = rel.split(separator: "/").map(String.init)
        let dirs = parts.dropLast()
        let ext = (name as NSString).pathExtension
        let yml = ext == "yml" || ext == "yaml"
        if ext == "j2" || name.contains(".j2.") { return "jinja2" }
        if rel.hasPrefix(".github/") && yml { return "yaml" }
        if let t = dirs.firstIndex(of: "templates"), t < dirs.count, name.contains(".") { return "text" }
        if name == "execution-environment.yml" { return "execution-environment" }
        if name == ".ansible-lint" || ((name == ".ansible-lint.yml" || name == ".ansible-lint.yaml")) { return "ansible-lint-config" }
        if dirs.last == ".config" && (name == "ansible-lint.yml" || name == "ansible-lint.yaml") { return "ansible-lint-config" }
        if name == "ansible-navigator.yml" || name == "ansible-navigator.yaml" { return "ansible-navigator-config" }
        if yml && dirs.contains("inventory") { return "inventory" }
        if yml && dirs.last == "meta" && name.hasPrefix("requirements.") { return "requirements" }
        if name == "galaxy.yml" { return "galaxy" }
        if yml && dirs.contains(where: { ["host_vars", "group_vars", "vars", "defaults"].contains($0) }) { return "vars" }
        if yml && dirs.contains("tasks") { return "tasks" }
        if yml && name.contains(".meta.") { return "play-argspec" }
        if yml && dirs.last == "playbooks" { return "playbook" }
        if yml && name.contains("playbook") { return "playbook" }
        if yml && dirs.last == "handlers" { return "handlers" }
        if yml && dirs.last == "meta" && name.hasPrefix("main.") { return "meta" }
        if yml && dirs.last == "meta" && name.hasPrefix("runtime.") { return "meta-runtime" }
        if yml && dirs.last == "meta" && name.hasPrefix("argument_specs.") { return "role-arg-spec" }
        if yml && dirs.count >= 2 && dirs[dirs.count - 2] == "molecule" {
            if name.hasPrefix("collections.") || name.hasPrefix("requirements.") { return "requirements" }
            if name.hasPrefix("base.") || name.hasPrefix("molecule.") { return "yaml" }
        }
        if yml && name.hasPrefix("requirements.") { return "requirements" }
        if yml && dirs.count >= 2 && dirs[dirs.count - 2] == "molecule" { return "playbook" }
        if name == ".yamllint" { return "yaml" }
        if yml && dirs.last == "changelogs" && name.hasPrefix("changelog.") { return "changelog" }
        if yml { return "yaml" }
        if ext == "py" { return "python" }
        return nil
    }

    /// The role a file belongs to: the outermost directory under a `roles/` that looks like a role.
    static func role(_ rel: String, base: String) -> String {
        let parts = rel.split(separator: "/").map(String.init)
        var i = 0
        while i + 1 < parts.count - 1 {
            if parts[i] == "roles" {
                let dir = base + "/" + parts[0...(i + 1)].joined(separator: "/")
                if roleSubdirs.contains(where: { FileManager.default.fileExists(atPath: dir + "/" + $0) }) { return parts[i + 1] }
            }
            i += 1
        }
        return ""
    }
}

/// Shell-style globs with `**` across directories, for exclude_paths.
enum Glob {
    static func match(_ pattern: String, _ path: String) -> Bool {
        guard pattern.contains("*") || pattern.contains("?") else { return false }
        var re = "^"
        var chars = Array(pattern)[...]
        while let c = chars.popFirst() {
            switch c {
            case "*":
                if chars.first == "*" {
                    chars.removeFirst()
                    if chars.first == "/" { chars.removeFirst() }
                    re += "(.*/)?"
                    if chars.isEmpty { re += ".*" }
                } else {
                    re += "[^/]*"
                }
            case "?": re += "[^/]"
            case ".", "(", ")", "+", "|", "^", "$", "{", "}", "[", "]", "\\": re += "\\" + String(c)
            default: re.append(c)
            }
        }
        re += "(/.*)?$"
        return path.range(of: re, options: .regularExpression) != nil
    }
}
