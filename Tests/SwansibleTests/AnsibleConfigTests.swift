import Foundation
import SwansibleCore
import Testing

/// ansible.cfg path settings resolve as Ansible's `resolve_path` does: relative paths from the
/// file against its directory, from an ANSIBLE_* variable against the working directory.
@Suite struct AnsibleConfigTests {
    @Test func relativePathsFromTheFileAreTheFilesDirectorys() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-cfg-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/ansible.cfg"
        try "[defaults]\nroles_path = myroles:/abs/roles:../up\ninventory = hosts.ini, /etc/h\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let real = URL(fileURLWithPath: dir).standardized.path
        let config = AnsibleConfig(environment: ["ANSIBLE_CONFIG": file])
        #expect(
            config.paths("defaults.roles_path") == [real + "/myroles", "/abs/roles", (real as NSString).deletingLastPathComponent + "/up"])
        #expect(config.paths("defaults.inventory", separator: ",") == [real + "/hosts.ini", "/etc/h"])
        let fromEnvironment = AnsibleConfig(environment: ["ANSIBLE_CONFIG": file, "ANSIBLE_ROLES_PATH": "here:/there"])
        #expect(fromEnvironment.paths("defaults.roles_path") == ["here", "/there"])
    }

    /// `swansible inventory` and `swansible template` take ansible.cfg's `inventory` when no -i
    /// is given, as ansible-inventory does.
    @Test func inventoryAndTemplateReadTheConfiguredInventory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-cfg-inv-\(getpid())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("inv"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "[defaults]\ninventory = inv/hosts.yml\n".write(
            to: dir.appendingPathComponent("ansible.cfg"), atomically: true, encoding: .utf8)
        try "all:\n  hosts:\n    cfg-host:\n      answer: 42\n".write(
            to: dir.appendingPathComponent("inv/hosts.yml"), atomically: true, encoding: .utf8)
        try "{{ answer }}\n".write(to: dir.appendingPathComponent("t.j2"), atomically: true, encoding: .utf8)
        let environment = ["ANSIBLE_CONFIG": dir.appendingPathComponent("ansible.cfg").path]
        let list = try TestSupport.run(["inventory", "--list"], in: dir, environment: environment)
        #expect(list.status == 0 && list.stdout.contains("\"cfg-host\""), "\(list.stderr)")
        let rendered = try TestSupport.run(["template", "t.j2", "--host", "cfg-host"], in: dir, environment: environment)
        #expect(rendered.status == 0 && rendered.stdout == "42", "\(rendered.stderr)")
    }

    /// With no inventory anywhere, a play for localhost runs on the implicit localhost with
    /// ansible-playbook's two warnings (output recorded with ansible-playbook 2.21.5).
    @Test func aPlayWithoutInventoryRunsOnTheImplicitLocalhost() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-noinv-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "- hosts: localhost\n  gather_facts: false\n  tasks:\n    - debug: msg=\"{{ inventory_hostname }}\"\n".write(
            to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try "".write(to: dir.appendingPathComponent("empty.cfg"), atomically: true, encoding: .utf8)
        guard !FileManager.default.fileExists(atPath: "/etc/ansible/hosts") else { return }
        let run = try TestSupport.run(
            ["play", "site.yml"], in: dir, environment: ["ANSIBLE_CONFIG": dir.appendingPathComponent("empty.cfg").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr
                == "[WARNING]: No inventory was parsed, only implicit localhost is available\n"
                + "[WARNING]: provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'\n"
        )
        #expect(run.stdout.contains("ok: [localhost] => {\n    \"msg\": \"localhost\"\n}"), "\(run.stdout)")
    }
}
