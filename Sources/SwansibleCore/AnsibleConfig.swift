import Foundation

/// The settings of ansible.cfg that swansible honours, with their ANSIBLE_* variables (which
/// win): the file is `$ANSIBLE_CONFIG`, `./ansible.cfg`, `~/.ansible.cfg` or
/// `/etc/ansible/ansible.cfg`, the first that exists.
public struct AnsibleConfig: Sendable {
    public var values: [String: String] = [:]
    /// The directory of the file, for relative paths in it.
    public var directory: String?
    /// The file read, if any.
    public var file: String?
    /// The settings an ANSIBLE_* variable gave.
    var fromEnvironment: Set<String> = []

    /// `directory`: where to look for `ansible.cfg` instead of the working directory.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, directory lookIn: String? = nil) {
        let home = environment["HOME"] ?? ""
        let candidates = [
            environment["ANSIBLE_CONFIG"], lookIn.map { $0 + "/ansible.cfg" } ?? "ansible.cfg", home.isEmpty ? nil : home + "/.ansible.cfg",
            "/etc/ansible/ansible.cfg",
        ]
        for case let path? in candidates where !path.isEmpty {
            var isDir: ObjCBool = false
            var file = path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { file = path + "/ansible.cfg" }
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            directory = URL(fileURLWithPath: (file as NSString).deletingLastPathComponent).absoluteURL.standardized.path
            self.file = URL(fileURLWithPath: file).absoluteURL.standardized.path
            var section = ""
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
                if line.hasPrefix("[") && line.hasSuffix("]") {
                    section = String(line.dropFirst().dropLast())
                    continue
                }
                guard let eq = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                if let hash = value.range(of: " #") ?? value.range(of: " ;") {
                    value = String(value[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
                }
                values["\(section).\(key)"] = value
            }
            break
        }
        let env: [(String, String)] = [
            ("ANSIBLE_INVENTORY", "defaults.inventory"), ("ANSIBLE_FORKS", "defaults.forks"),
            ("ANSIBLE_REMOTE_USER", "defaults.remote_user"),
            ("ANSIBLE_ROLES_PATH", "defaults.roles_path"), ("ANSIBLE_HOST_KEY_CHECKING", "defaults.host_key_checking"),
            ("ANSIBLE_PRIVATE_KEY_FILE", "defaults.private_key_file"), ("ANSIBLE_GATHERING", "defaults.gathering"),
            ("ANSIBLE_SSH_ARGS", "ssh_connection.ssh_args"), ("ANSIBLE_SSH_CONTROL_PATH_DIR", "ssh_connection.control_path_dir"),
            ("ANSIBLE_BECOME", "privilege_escalation.become"), ("ANSIBLE_BECOME_USER", "privilege_escalation.become_user"),
            ("ANSIBLE_FORCE_HANDLERS", "defaults.force_handlers"), ("ANSIBLE_NOCOLOR", "defaults.nocolor"),
            ("ANSIBLE_FORCE_COLOR", "defaults.force_color"), ("ANSIBLE_LOCALHOST_WARNING", "defaults.localhost_warning"),
            ("ANSIBLE_INVENTORY_UNPARSED_WARNING", "inventory.inventory_unparsed_warning"),
            ("ANSIBLE_VAULT_PASSWORD_FILE", "defaults.vault_password_file"),
            ("ANSIBLE_VAULT_IDENTITY_LIST", "defaults.vault_identity_list"),
        ]
        for (variable, key) in env {
            if let v = environment[variable] {
                values[key] = v
                fromEnvironment.insert(key)
            }
        }
        if environment["NO_COLOR"] != nil { values["defaults.nocolor"] = "1" }
    }

    public subscript(_ key: String) -> String? { values[key] }

    public func bool(_ key: String) -> Bool? {
        guard let v = values[key]?.lowercased() else { return nil }
        return ["1", "yes", "true", "on", "y", "t"].contains(v) ? true : ["0", "no", "false", "off", "n", "f"].contains(v) ? false : nil
    }

    /// A path setting split at `separator` (`:` for Ansible's pathspec, `,` for a pathlist);
    /// relative paths from the file are taken from its directory, as Ansible's `resolve_path`
    /// does, and those from an ANSIBLE_* variable from the working directory.
    /// `roles_path` as ansible-playbook takes it: the setting, else Ansible's default
    /// (`$ANSIBLE_HOME/roles`, /usr/share/ansible/roles, /etc/ansible/roles).
    public func rolesPath(environment env: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let home = env["ANSIBLE_HOME"] ?? ((env["HOME"] ?? "/root") + "/.ansible")
        return paths("defaults.roles_path") ?? [home + "/roles", "/usr/share/ansible/roles", "/etc/ansible/roles"]
    }

    public func paths(_ key: String, separator: Character = ":") -> [String]? {
        guard let v = values[key] else { return nil }
        let base = fromEnvironment.contains(key) ? nil : directory
        return v.split(separator: separator).map { p in
            var s = separator == "," ? p.trimmingCharacters(in: .whitespaces) : String(p)
            if s.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { s = home + s.dropFirst(1) }
            if let base, !s.hasPrefix("/") {
                s = URL(fileURLWithPath: (base as NSString).appendingPathComponent(s)).absoluteURL.standardized.path
            }
            return s
        }
    }
}
