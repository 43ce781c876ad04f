import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What a command gave back.
public struct ExecResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data

    public init(status: Int32, stdout: Data, stderr: Data) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Why a program could not be started.
public struct SpawnError: Error, CustomStringConvertible {
    public var program: String
    public var code: Int32
    public var description: String { "cannot start \(program): \(String(cString: strerror(code)))" }
}

// glibc's GNU extensions (2.29, 2.34), which Swift's Glibc module leaves out
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnAddCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32
@_silgen_name("posix_spawn_file_actions_addchdir_np")
private func spawnAddChdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: UnsafePointer<CChar>) -> Int32

/// Runs programs with posix_spawn. Children inherit only their three standard streams, so a
/// long-lived child (ssh's ControlPersist master, a daemon in a test) never holds another
/// child's pipes open. Foundation's `Process` is not used anywhere: its child monitor blocks on
/// `waitpid` when it shares a process with other spawners.
public enum ProcessRunner {
    public static func run(
        _ executable: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
        directory: String? = nil
    ) async throws -> ExecResult {
        try await withCheckedThrowingContinuation { (k: CheckedContinuation<ExecResult, Error>) in
            DispatchQueue.global().async {
                do {
                    k.resume(
                        returning: try runBlocking(
                            executable, arguments, stdin: stdin, environment: environment, directory: directory))
                } catch {
                    k.resume(throwing: error)
                }
            }
        }
    }

    /// Starts a program whose outputs go to /dev/null and returns its pid; `stop` ends it.
    public static func start(_ executable: String, _ arguments: [String]) throws -> pid_t {
        let devnull = open("/dev/null", O_RDWR | O_CLOEXEC)
        guard devnull >= 0 else { throw SpawnError(program: executable, code: errno) }
        defer { close(devnull) }
        return try spawn(executable, arguments, fds: (devnull, devnull, devnull), environment: nil, directory: nil)
    }

    /// Sends SIGTERM to a started program and reaps it.
    public static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Whether a started program is still running (reaps it if it has ended).
    public static func isRunning(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], fds: (Int32, Int32, Int32), environment: [String: String]?,
        directory: String?
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds.0, 0)
        posix_spawn_file_actions_adddup2(&actions, fds.1, 1)
        posix_spawn_file_actions_adddup2(&actions, fds.2, 2)
        _ = spawnAddCloseFrom(&actions, 3)
        if let directory { _ = spawnAddChdir(&actions, directory) }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var envp: [UnsafeMutablePointer<CChar>?]? = nil
        if let environment { envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { for p in envp ?? [] { free(p) } }
        var pid: pid_t = 0
        let rc: Int32
        if let envp {
            rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        } else {
            rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        }
        guard rc == 0 else { throw SpawnError(program: executable, code: rc) }
        return pid
    }

    /// Runs a program to its end: standard input from a file (removed at once) or /dev/null,
    /// both outputs collected. It does not wait for the end of the pipes, only for the program.
    public static func runBlocking(
        _ executable: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
        directory: String? = nil
    ) throws -> ExecResult {
        var outFds: [Int32] = [0, 0]
        var errFds: [Int32] = [0, 0]
        guard pipe(&outFds) == 0 else { throw SpawnError(program: executable, code: errno) }
        guard pipe(&errFds) == 0 else {
            close(outFds[0])
            close(outFds[1])
            throw SpawnError(program: executable, code: errno)
        }
        for fd in outFds + errFds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        defer {
            close(outFds[0])
            close(errFds[0])
        }
        var inFd: Int32
        if let stdin, !stdin.isEmpty {
            var template = Array((NSTemporaryDirectory() + "swansible-stdin-XXXXXX").utf8CString)
            inFd = mkstemp(&template)
            guard inFd >= 0 else {
                close(outFds[1])
                close(errFds[1])
                throw SpawnError(program: executable, code: errno)
            }
            _ = fcntl(inFd, F_SETFD, FD_CLOEXEC)
            unlink(String(cString: template))
            _ = stdin.withUnsafeBytes { write(inFd, $0.baseAddress, $0.count) }
            lseek(inFd, 0, SEEK_SET)
        } else {
            inFd = open("/dev/null", O_RDONLY | O_CLOEXEC)
        }
        defer { close(inFd) }

        let pid: pid_t
        do {
            pid = try spawn(executable, arguments, fds: (inFd, outFds[1], errFds[1]), environment: environment, directory: directory)
        } catch {
            close(outFds[1])
            close(errFds[1])
            throw error
        }
        close(outFds[1])
        close(errFds[1])
        for fd in [outFds[0], errFds[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        var out = Data()
        var err = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        func drain(_ fd: Int32, into d: inout Data) -> Bool {
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n > 0 {
                    d.append(contentsOf: buffer[0..<n])
                } else {
                    return !(n == 0)
                }
            }
        }
        var outOpen = true
        var errOpen = true
        var status: Int32 = 0
        while true {
            var fds = [pollfd(fd: outFds[0], events: Int16(POLLIN), revents: 0), pollfd(fd: errFds[0], events: Int16(POLLIN), revents: 0)]
            if !outOpen { fds[0].fd = -1 }
            if !errOpen { fds[1].fd = -1 }
            _ = poll(&fds, 2, outOpen || errOpen ? 20 : 5)
            if outOpen { outOpen = drain(outFds[0], into: &out) }
            if errOpen { errOpen = drain(errFds[0], into: &err) }
            var wstatus: Int32 = 0
            let w = waitpid(pid, &wstatus, WNOHANG)
            if w == pid {
                if outOpen { _ = drain(outFds[0], into: &out) }
                if errOpen { _ = drain(errFds[0], into: &err) }
                status = (wstatus & 0x7f) == 0 ? (wstatus >> 8) & 0xff : 128 + (wstatus & 0x7f)
                break
            }
            if w < 0 && errno != EINTR { break }
        }
        return ExecResult(status: status, stdout: out, stderr: err)
    }
}
