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
}
