import Foundation
import SwansibleCore

/// How a task reaches a host: one shell script per task per host, standard input optional.
public protocol Connection: Sendable {
    /// Runs a POSIX shell script on the host.
    func run(script: String, stdin: Data?) async throws -> ExecResult
}

/// The controller itself (`connection: local`).
public struct LocalConnection: Connection {
    public init() {}

    public func run(script: String, stdin: Data?) async throws -> ExecResult {
        try await ProcessRunner.run("/bin/sh", ["-c", script], stdin: stdin)
    }
}

/// Settings of an SSH connection, from the host's variables (`ansible_host`, `ansible_port`...).
public struct SSHOptions: Sendable, Equatable {
    public var host: String
    public var port: Int?
    public var user: String?
    public var privateKeyFile: String?
    /// `ansible_ssh_common_args` and `ansible_ssh_extra_args`, already split into words.
    public var extraArgs: [String] = []
    public var hostKeyChecking = true
    /// Where multiplexing sockets live (Ansible: ~/.ansible/cp).
    public var controlPathDir: String
    /// `ssh_args`; nil keeps Ansible's defaults (`-C -o ControlMaster=auto -o ControlPersist=60s`).
    public var sshArgs: [String]?
    public var connectTimeout = 10

    public init(host: String, controlPathDir: String) {
        self.host = host
        self.controlPathDir = controlPathDir
    }
}

/// OpenSSH's client with a multiplexed master connection, so `~/.ssh/config`, agents and
/// known_hosts work as users expect; each script is one round trip over the master.
public struct SSHConnection: Connection {
    public let options: SSHOptions
    public let sshPath: String

    public init(options: SSHOptions, sshPath: String = "/usr/bin/ssh") {
        self.options = options
        self.sshPath = sshPath
    }

    /// The arguments of `ssh`, in the order Ansible builds them.
    public var arguments: [String] {
        var args = options.sshArgs ?? ["-C", "-o", "ControlMaster=auto", "-o", "ControlPersist=60s"]
        if !options.hostKeyChecking { args += ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null"] }
        if let port = options.port { args += ["-o", "Port=\(port)"] }
        if let key = options.privateKeyFile { args += ["-o", "IdentityFile=\"\(key)\""] }
        args += [
            "-o", "KbdInteractiveAuthentication=no", "-o",
            "PreferredAuthentications=gssapi-with-mic,gssapi-keyex,hostbased,publickey", "-o", "PasswordAuthentication=no",
        ]
        if let user = options.user { args += ["-o", "User=\"\(user)\""] }
        args += ["-o", "ConnectTimeout=\(options.connectTimeout)"]
        args += options.extraArgs
        args += ["-o", "ControlPath=\"\(options.controlPathDir)/%C\"", "-o", "LogLevel=ERROR"]
        return args
    }

    public func run(script: String, stdin: Data?) async throws -> ExecResult {
        // the remote shell reads the script as its argument; stdin stays free for data
        try FileManager.default.createDirectory(atPath: options.controlPathDir, withIntermediateDirectories: true)
        let remote = ShellCommand([.syntax("/bin/sh"), .syntax("-c"), .word(script)]).description
        return try await ProcessRunner.run(sshPath, arguments + [options.host, remote], stdin: stdin)
    }

    /// Whether a master connection to the host is up (`ssh -O check`).
    public func masterIsRunning() async -> Bool {
        (try? await ProcessRunner.run(sshPath, arguments + ["-O", "check", options.host]))?.status == 0
    }

    /// Closes the master connection.
    public func close() async {
        _ = try? await ProcessRunner.run(sshPath, arguments + ["-O", "exit", options.host])
    }
}
