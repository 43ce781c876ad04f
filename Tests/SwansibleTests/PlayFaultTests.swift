import Foundation
import SwansibleCore
import Testing

/// Faults over a real sshd on loopback: a refused key, a closed port, a connection cut in the
/// middle of a run, a permission denied. Ansible's statuses and exit codes; the other hosts go
/// on; nothing is left half-written.
@Suite(.serialized) struct PlayFaultTests {
    struct Run {
        var status: Int32
        var stdout: String
    }

    static func play(_ playbook: String, inventory: String, in dir: URL) throws -> Run {
        try playbook.write(to: dir.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try inventory.write(to: dir.appendingPathComponent("hosts"), atomically: true, encoding: .utf8)
        var env: [String: String] = [:]
        for (k, v) in ProcessInfo.processInfo.environment where !k.hasPrefix("ANSIBLE_") { env[k] = v }
        env["ANSIBLE_HOME"] = dir.appendingPathComponent("h").path
        env["ANSIBLE_NOCOLOR"] = "1"
        env["ANSIBLE_CONFIG"] = dir.appendingPathComponent("none.cfg").path
        let r = try ProcessRunner.runBlocking(
            TestSupport.swansible.path, ["play", "-i", "hosts", "site.yml"], environment: env, directory: dir.path)
        return Run(status: r.status, stdout: r.stdoutText + r.stderrText)
    }

    static func workdir() throws -> URL {
        let d = URL(fileURLWithPath: "/tmp/swf-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    static func sshHost(_ name: String, _ server: TestSSHServer, key: String? = nil, port: Int? = nil) -> String {
        "\(name) ansible_host=127.0.0.1 ansible_port=\(port ?? server.port) ansible_user=root "
            + "ansible_ssh_private_key_file=\(key ?? server.clientKey) ansible_host_key_checking=false"
    }

    @Test func refusedKeyAndClosedPortAreUnreachableAndTheOthersGoOn() throws {
        let server = try TestSSHServer()
        defer { server.stop() }
        let dir = try PlayFaultTests.workdir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let strangerKey = dir.appendingPathComponent("stranger").path
        _ = try ProcessRunner.runBlocking("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", strangerKey])
        let inventory =
            [
                PlayFaultTests.sshHost("good", server), PlayFaultTests.sshHost("badkey", server, key: strangerKey),
                PlayFaultTests.sshHost("closed", server, port: 1),
            ].joined(separator: "\n") + "\n"
        let r = try PlayFaultTests.play(
            """
            - hosts: all
              gather_facts: false
              tasks:
                - name: write
                  copy: {content: "x\\n", dest: "\(dir.path)/{{ inventory_hostname }}.txt"}
                - name: after
                  debug: {msg: "still here"}
            """, inventory: inventory, in: dir)
        #expect(r.status == 4)
        #expect(
            r.stdout.contains(
                "fatal: [badkey]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect to the host via ssh: root@127.0.0.1: Permission denied (publickey"
            ))
        #expect(
            r.stdout.contains(
                "fatal: [closed]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host 127.0.0.1 port 1: Connection refused\", \"unreachable\": true}"
            ))
        #expect(r.stdout.contains("ok: [good] => {\n    \"msg\": \"still here\"\n}"))
        #expect(r.stdout.contains("badkey                     : ok=0    changed=0    unreachable=1    failed=0"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("good.txt").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("badkey.txt").path))
    }

    @Test func aConnectionCutMidRunLeavesTheHostUnreachableAndNothingHalfWritten() throws {
        let server = try TestSSHServer()
        defer { server.stop() }
        let dir = try PlayFaultTests.workdir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inventory = PlayFaultTests.sshHost("cut", server) + "\nlocal ansible_connection=local\n"
        let big = String(repeating: "0123456789abcdef\n", count: 20000)
        let r = try PlayFaultTests.play(
            """
            - hosts: all
              gather_facts: false
              tasks:
                - name: first file
                  copy: {content: "one\\n", dest: "\(dir.path)/{{ inventory_hostname }}-1.txt"}
                - name: the session is killed under the task
                  shell: "kill -9 $PPID; sleep 1"
                  when: inventory_hostname == 'cut'
                - name: second file
                  copy: {content: "\(big.replacingOccurrences(of: "\n", with: "\\n"))", dest: "\(dir.path)/{{ inventory_hostname }}-2.txt"}
            """, inventory: inventory, in: dir)
        #expect(r.status == 4)
        #expect(r.stdout.contains("fatal: [cut]: UNREACHABLE!"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cut-1.txt").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("cut-2.txt").path))
        #expect(FileManager.default.contents(atPath: dir.appendingPathComponent("local-2.txt").path)?.count == big.utf8.count)
        // no temporary file left beside the destination
        let left = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        #expect(!left.contains { $0.hasPrefix(".swansible") })
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sudo")))
    func becomeRunsTasksAsAnotherUserAndItsLimitsHold() throws {
        let dir = try PlayFaultTests.workdir()
        defer { try? FileManager.default.removeItem(at: dir) }
        chmod(dir.path, 0o755)
        let r = try PlayFaultTests.play(
            """
            - hosts: all
              gather_facts: false
              become: true
              become_user: nobody
              tasks:
                - name: who
                  command: id -un
                  register: who
                - debug: {var: who.stdout}
                - name: a file root owns
                  copy: {content: "x\n", dest: /root/swansible-become-test}
                - debug: {msg: never}
            """, inventory: "local ansible_connection=local\n", in: dir)
        #expect(r.stdout.contains("\"who.stdout\": \"nobody\""))
        #expect(r.stdout.contains("Permission denied"))
        #expect(r.status == 2)
        #expect(!FileManager.default.fileExists(atPath: "/root/swansible-become-test"))
    }

    @Test func aPermissionDeniedIsAModuleFailure() throws {
        let dir = try PlayFaultTests.workdir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // /proc/version cannot be replaced, even by root
        let r = try PlayFaultTests.play(
            """
            - hosts: all
              gather_facts: false
              tasks:
                - name: write where nobody may
                  copy: {content: "x\\n", dest: /proc/version}
                - name: after
                  debug: {msg: never}
            """, inventory: "local ansible_connection=local\n", in: dir)
        #expect(r.status == 2)
        #expect(r.stdout.contains("fatal: [local]: FAILED!"))
        #expect(!r.stdout.contains("never"))
    }
}
