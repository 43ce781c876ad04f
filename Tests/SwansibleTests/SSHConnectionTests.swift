import Connection
import Foundation
import SwansibleCore
import Testing

/// A real sshd (Debian's openssh-server) on a loopback port, with keys made for the test.
final class TestSSHServer {
    let dir: URL
    let port: Int
    let pid: pid_t
    let clientKey: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-sshd-\(getpid())-\(Int.random(in: 0..<1_000_000))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        func keygen(_ path: String) throws {
            _ = try ProcessRunner.runBlocking("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", path])
        }
        let hostKey = dir.appendingPathComponent("host_key").path
        clientKey = dir.appendingPathComponent("client_key").path
        try keygen(hostKey)
        try keygen(clientKey)
        let authorized = dir.appendingPathComponent("authorized_keys")
        try FileManager.default.copyItem(atPath: clientKey + ".pub", toPath: authorized.path)
        var started: pid_t?
        var chosen = 0
        for _ in 0..<20 {
            let candidate = Int.random(in: 20000..<60000)
            let config = dir.appendingPathComponent("sshd_config")
            try """
            Port \(candidate)
            ListenAddress 127.0.0.1
            HostKey \(hostKey)
            PidFile \(dir.appendingPathComponent("sshd.pid").path)
            AuthorizedKeysFile \(authorized.path)
            StrictModes no
            UsePAM no
            PermitRootLogin yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            LogLevel ERROR
            MaxSessions 50
            MaxStartups 50

            """.write(to: config, atomically: true, encoding: .utf8)
            // sessions get a clean /root (a fresh host's): this machine's root .bashrc would run
            // before every remote command
            let p = try ProcessRunner.start(
                "/usr/bin/unshare",
                [
                    "--mount", "--propagation", "private", "/bin/sh", "-c",
                    "mount -t tmpfs tmpfs /root && exec /usr/sbin/sshd -D -e -f \"$0\"", config.path,
                ])
            // wait until it accepts connections, or try another port
            var ready = false
            for _ in 0..<50 {
                usleep(20_000)
                if !ProcessRunner.isRunning(p) { break }
                if TestSSHServer.canConnect(candidate) {
                    ready = true
                    break
                }
            }
            if ready {
                started = p
                chosen = candidate
                break
            }
            ProcessRunner.stop(p)
        }
        guard let started else { throw CocoaError(.featureUnsupported) }
        pid = started
        port = chosen
    }

    static func canConnect(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    func options() -> SSHOptions {
        var o = SSHOptions(host: "127.0.0.1", controlPathDir: dir.appendingPathComponent("cp").path)
        o.port = port
        o.user = "root"
        o.privateKeyFile = clientKey
        o.hostKeyChecking = false
        return o
    }

    func stop() {
        ProcessRunner.stop(pid)
        try? FileManager.default.removeItem(at: dir)
    }
}

/// The SSH connection against a real sshd on loopback: one round trip per script over a
/// multiplexed master, values that reach the shell only ever quoted.
@Suite(.serialized) struct SSHConnectionTests {
    @Test func runsScriptsOverAMultiplexedMaster() async throws {
        let server = try TestSSHServer()
        defer { server.stop() }
        let ssh = SSHConnection(options: server.options())
        let first = try await ssh.run(script: "echo hello; id -u", stdin: nil)
        #expect(first.status == 0, "\(first.stderrText)")
        #expect(first.stdoutText == "hello\n0\n")
        let withInput = try await ssh.run(script: "cat", stdin: Data("data on stdin\n".utf8))
        #expect(withInput.stdoutText == "data on stdin\n")
        let failing = try await ssh.run(script: "exit 3", stdin: nil)
        #expect(failing.status == 3)
        // the master is up: the next commands reuse it
        #expect(await ssh.masterIsRunning())
        await ssh.close()
        #expect(await !ssh.masterIsRunning())
    }

    @Test func hostileValuesLandVerbatim() async throws {
        let server = try TestSSHServer()
        defer { server.stop() }
        let ssh = SSHConnection(options: server.options())
        let values = ["it's", "$(touch /tmp/pwned-swansible)", "`id`", "a\nb", "; rm -rf /", "\"quoted\" $HOME *", "é 🚀", ""]
        for v in values {
            let cmd = ShellCommand("printf", ["%s", v])
            let r = try await ssh.run(script: cmd.description, stdin: nil)
            #expect(r.status == 0)
            #expect(r.stdoutText == v, "\(v.debugDescription) came back as \(r.stdoutText.debugDescription)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/pwned-swansible"))
        await ssh.close()
    }

    @Test func aClosedPortIsUnreachable() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-cp-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        var o = SSHOptions(host: "127.0.0.1", controlPathDir: dir.path)
        o.port = 1
        o.hostKeyChecking = false
        o.connectTimeout = 2
        let r = try await SSHConnection(options: o).run(script: "true", stdin: nil)
        #expect(r.status == 255, "ssh reports an unreachable host with 255")
    }

    @Test func localConnectionFeedsStandardInput() async throws {
        let r = try await LocalConnection().run(script: "cat", stdin: Data("in\n".utf8))
        #expect(r.stdoutText == "in\n")
    }

    @Test func localConnectionRunsTheScript() async throws {
        let r = try await LocalConnection().run(script: ShellCommand("printf", ["%s|", "a b", "c'd"]).description, stdin: nil)
        #expect(r.stdoutText == "a b|c'd|")
    }
}
