import Foundation
import SwansibleCore

#if canImport(Glibc)
    import Glibc
#endif

/// The lab: the seed's cluster as namespace machines on this one machine (LAB.md): a switch
/// (a bridge in a namespace), the gateway and one machine per agent, each with systemd as PID 1,
/// its own sshd and overlays on /etc, /var, /usr, /opt, /home and /srv, and an upstream
/// "Internet" namespace with an HTTP server. Nothing is routed to the machine's real network.
public struct Lab: Sendable {
    public let spec: LabSpec
    /// This executable (the ssh ProxyCommand and the HTTP server run it).
    public let executable: String
    let log: @Sendable (String) -> Void

    public init(spec: LabSpec, executable: String, log: @escaping @Sendable (String) -> Void) {
        self.spec = spec
        self.executable = executable
        self.log = log
    }

    public struct Failure: Error, DiagnosticConvertible {
        public var diagnostic: Diagnostic
        init(_ message: String) { diagnostic = Diagnostic(.error, message) }
    }

    /// A file the lab needs (a script, a pid): not writing it is a failure, not a later mystery.
    func write(_ path: String, _ text: String, mode: Int? = nil) throws(Failure) {
        let attributes: [FileAttributeKey: Any]? = mode.map { [.posixPermissions: $0] }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: attributes) else {
            throw Failure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    @discardableResult
    func run(_ args: [String], allowFailure: Bool = false) throws(Failure) -> ExecResult {
        let r: ExecResult
        do {
            r = try ProcessRunner.runBlocking("/usr/bin/env", args)
        } catch {
            throw Failure("cannot run \(args.first ?? ""): \(error)")
        }
        if r.status != 0 && !allowFailure {
            throw Failure("\(args.joined(separator: " ")) failed: \(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return r
    }

    func ip(_ args: String...) throws(Failure) { try run(["ip"] + args) }

    func inNamespace(_ ns: String, _ args: [String], allowFailure: Bool = true) throws(Failure) -> ExecResult {
        try run(["ip", "netns", "exec", ns] + args, allowFailure: allowFailure)
    }

    var existingNamespaces: [String] {
        ((try? run(["ip", "netns", "list"], allowFailure: true))?.stdoutText ?? "").split(separator: "\n").map {
            String($0.split(separator: " ").first ?? "")
        }
    }

    // MARK: up

    /// Builds the network and boots every machine; returns when each one's sshd answers.
    public func up() throws(Failure) {
        if existingNamespaces.contains(LabSpec.switchNamespace) { throw Failure("the lab is already up (swansible lab down first)") }
        let fm = FileManager.default
        try? fm.createDirectory(atPath: spec.directory, withIntermediateDirectories: true)
        if !fm.fileExists(atPath: spec.keyFile) {
            try run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "swansible-lab", "-f", spec.keyFile])
        }
        // the ssh ProxyCommand: connects from the control namespace and hands ssh the socket
        let connect = spec.directory + "/connect"
        let wrapper = "#!/bin/sh\nexec \(Shell.quote(executable)) lab connect \"$1\" \"$2\"\n"
        try write(connect, wrapper, mode: 0o755)

        let sw = LabSpec.switchNamespace
        try ip("netns", "add", sw)
        try ip("-n", sw, "link", "set", "lo", "up")
        try ip("-n", sw, "link", "add", "br0", "type", "bridge")
        try ip("-n", sw, "link", "set", "br0", "up")
        // the control namespace, from which ssh connects
        try plug(LabSpec.controlNamespace, veth: "swlc", mac: nil, address: "\(spec.controlAddress)/\(spec.prefix)", gateway: nil)
        // upstream: the Internet's stand-in
        let up = LabSpec.upstreamNamespace
        try ip("netns", "add", up)
        try ip("-n", up, "link", "set", "lo", "up")
        try ip("-n", up, "addr", "add", "\(spec.internetAddress)/32", "dev", "lo")
        for m in spec.machines {
            try plug(
                spec.namespace(m), veth: "swl\(m.index)", mac: m.mac, address: "\(m.address)/\(spec.prefix)",
                gateway: m.isGateway ? nil : spec.gateway)
            if m.isGateway {
                let ns = spec.namespace(m)
                try ip("link", "add", "swlua", "type", "veth", "peer", "name", "swlub")
                try ip("link", "set", "swlua", "netns", up)
                try ip("link", "set", "swlub", "netns", ns)
                try ip("-n", up, "addr", "add", "\(spec.upstreamAddress)/30", "dev", "swlua")
                try ip("-n", up, "link", "set", "swlua", "up")
                try ip("-n", ns, "link", "set", "swlub", "name", spec.uplinkInterface)
                try ip("-n", ns, "addr", "add", "\(spec.uplinkAddress)/30", "dev", spec.uplinkInterface)
                try ip("-n", ns, "link", "set", spec.uplinkInterface, "up")
                try ip("-n", ns, "route", "add", "default", "via", spec.upstreamAddress)
            }
        }
        // the HTTP server of the Internet, answering with the client's address
        let server = try startDetached(["ip", "netns", "exec", up, executable, "lab", "http-echo", spec.internetAddress, "80"])
        try write(spec.directory + "/http.pid", "\(server)\n")
        for m in spec.machines { try boot(m) }
        try waitForSSH()
    }

    /// A namespace with its eth0 (a veth into the switch's bridge).
    func plug(_ ns: String, veth: String, mac: String?, address: String, gateway: String?) throws(Failure) {
        if !existingNamespaces.contains(ns) { try ip("netns", "add", ns) }
        try ip("-n", ns, "link", "set", "lo", "up")
        try ip("link", "add", veth + "a", "type", "veth", "peer", "name", veth + "b")
        try ip("link", "set", veth + "a", "netns", LabSpec.switchNamespace)
        try ip("-n", LabSpec.switchNamespace, "link", "set", veth + "a", "master", "br0")
        try ip("-n", LabSpec.switchNamespace, "link", "set", veth + "a", "up")
        try ip("link", "set", veth + "b", "netns", ns)
        try ip("-n", ns, "link", "set", veth + "b", "name", spec.lanInterface)
        if let mac { try ip("-n", ns, "link", "set", spec.lanInterface, "address", mac) }
        try ip("-n", ns, "addr", "add", address, "dev", spec.lanInterface)
        try ip("-n", ns, "link", "set", spec.lanInterface, "up")
        if let gateway { try ip("-n", ns, "route", "add", "default", "via", gateway) }
    }

    /// Starts a long-running program detached from us; returns its pid.
    func startDetached(_ args: [String]) throws(Failure) -> Int32 {
        do {
            // a session of its own: a Ctrl-C on `lab up` does not reach the machines
            return try ProcessRunner.start("/usr/bin/setsid", ["/usr/bin/env"] + args)
        } catch {
            throw Failure("cannot start \(args.joined(separator: " ")): \(error)")
        }
    }

    // MARK: machines

    /// Units that would touch the host or have no business in a lab machine.
    static let masked = [
        "getty@tty1.service", "serial-getty@console.service", "console-getty.service", "systemd-modules-load.service",
        "systemd-remount-fs.service", "systemd-fsck-root.service", "systemd-timesyncd.service", "systemd-networkd.service",
        "systemd-resolved.service", "systemd-udevd.service", "apt-daily.timer", "apt-daily-upgrade.timer", "e2scrub_all.timer",
        "fstrim.timer", "man-db.timer", "logrotate.timer", "dpkg-db-backup.timer", "systemd-tmpfiles-clean.timer", "cron.service",
    ]

    /// The machine's PID 1 script: overlays and private mounts, then systemd.
    func initScript(_ m: LabSpec.Machine) -> String {
        let base = spec.directory + "/" + m.name
        let assignments = [
            ("name", m.name), ("base", base), ("masked", Lab.masked.joined(separator: " ")), ("key", spec.keyFile + ".pub"),
            ("nameserver", m.isGateway ? "127.0.0.1" : spec.gateway),
        ]
        return assignments.map { "\($0.0)=\(Shell.quote($0.1))\n" }.joined()
            + #"""
            set -e
            hostname "$name"
            for d in etc var usr opt home srv; do
              mount -t overlay overlay -o "lowerdir=/$d,upperdir=$base/upper/$d,workdir=$base/work/$d" "/$d"
            done
            echo "$name" > /etc/hostname
            if [ ! -e /etc/swansible-lab-machine ]; then
              # the resolver a real machine of the cluster has (the host's would point outside)
              rm -f /etc/resolv.conf; printf 'nameserver %s\n' "$nameserver" > /etc/resolv.conf
              rm -f /etc/ssh/ssh_host_*; ssh-keygen -A >/dev/null
              # services enabled on this machine's image start disabled (aliases too: bind9 -> named)
              for l in /etc/systemd/system/*.wants/*; do
                u=${l##*/}
                case $u in ssh.service|systemd-*|dbus*) continue ;; esac
                systemctl disable "$u" >/dev/null 2>&1 || rm -f "$l"
              done
              for u in $masked; do ln -sf /dev/null "/etc/systemd/system/$u"; done
              echo "$name" > /etc/swansible-lab-machine
            fi
            mount -t tmpfs -o mode=700 tmpfs /root
            mkdir -p -m 700 /root/.ssh
            cp "$key" /root/.ssh/authorized_keys
            mount -t tmpfs -o mode=755 tmpfs /run
            mount -t tmpfs -o mode=755 tmpfs /dev
            for n in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
              f=${n%%:*}; r=${n#*:}; mknod -m 666 "/dev/$f" c "${r%%:*}" "${r#*:}"
            done
            mkdir /dev/pts /dev/shm /dev/mqueue
            mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts /dev/pts
            ln -s pts/ptmx /dev/ptmx
            mount -t tmpfs -o mode=1777 tmpfs /dev/shm
            mount -t mqueue mqueue /dev/mqueue
            ln -s /proc/self/fd /dev/fd; ln -s /proc/self/fd/0 /dev/stdin; ln -s /proc/self/fd/1 /dev/stdout; ln -s /proc/self/fd/2 /dev/stderr
            mount -t sysfs sysfs /sys
            mount -t cgroup2 cgroup2 /sys/fs/cgroup 2>/dev/null || true
            mount --bind /proc/sys /proc/sys; mount -o remount,bind,ro /proc/sys
            mount --bind /proc/sys/net /proc/sys/net; mount -o remount,bind,rw /proc/sys/net
            mount -t tmpfs -o mode=1777 tmpfs /tmp
            export container=swansible-lab
            exec capsh --drop=cap_sys_module,cap_sys_time,cap_sys_rawio,cap_syslog -- -c 'exec /lib/systemd/systemd --system --unit=multi-user.target'

            """#
    }

    func boot(_ m: LabSpec.Machine) throws(Failure) {
        let base = spec.directory + "/" + m.name
        let fm = FileManager.default
        for d in ["etc", "var", "usr", "opt", "home", "srv"] {
            try? fm.createDirectory(atPath: "\(base)/upper/\(d)", withIntermediateDirectories: true)
            try? fm.createDirectory(atPath: "\(base)/work/\(d)", withIntermediateDirectories: true)
        }
        try write(base + "/init.sh", initScript(m))
        let pid = try startDetached([
            "nsenter", "--net=/run/netns/\(spec.namespace(m))", "unshare", "--mount", "--uts", "--ipc", "--pid", "--cgroup", "--fork",
            "--mount-proc", "--propagation", "private", "/bin/sh", base + "/init.sh",
        ])
        _ = pid
    }

    /// The host pid of a machine's PID 1 (systemd), nil when it is not running.
    public func initPID(_ m: LabSpec.Machine) -> Int32? {
        let r = try? run(["pgrep", "-f", "^/lib/systemd/systemd --system --unit=multi-user.target"], allowFailure: true)
        for line in (r?.stdoutText ?? "").split(separator: "\n") {
            guard let pid = Int32(line) else { continue }
            let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/ns/net")) ?? ""
            let mine = (try? FileManager.default.attributesOfItem(atPath: "/run/netns/\(spec.namespace(m))"))?[.systemFileNumber] as? UInt64
            if let mine, link.contains("[\(mine)]") { return pid }
        }
        return nil
    }

    /// Runs a command inside a machine (all its namespaces).
    public func exec(_ m: LabSpec.Machine, _ args: [String]) throws(Failure) -> ExecResult {
        guard let pid = initPID(m) else { throw Failure("\(m.name) is not running") }
        return try run(["nsenter", "-t", String(pid), "-a"] + args, allowFailure: true)
    }

    func waitForSSH() throws(Failure) {
        for m in spec.machines {
            var up = false
            for _ in 0..<200 {
                let r = try inNamespace(LabSpec.controlNamespace, ["/bin/bash", "-c", "exec 3<>/dev/tcp/$0/22", m.address])
                if r.status == 0 {
                    up = true
                    break
                }
                usleep(100_000)
            }
            if !up { throw Failure("\(m.name) did not start its sshd within 20 s") }
        }
    }

    // MARK: down

    /// Stops every machine and removes everything the lab made.
    public func down() {
        for m in spec.machines {
            if let pid = initPID(m) { kill(pid, SIGKILL) }
        }
        if let text = try? String(contentsOfFile: spec.directory + "/http.pid", encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGTERM)
        }
        _ = try? run(["pkill", "-f", "\(executable) lab http-echo"], allowFailure: true)
        usleep(200_000)
        let ours = existingNamespaces.filter { $0.hasPrefix("swl-") }
        for ns in ours { _ = try? run(["ip", "netns", "delete", ns], allowFailure: true) }
        for m in spec.machines {
            _ = try? run(["ip", "link", "delete", "swl\(m.index)b"], allowFailure: true)
        }
        try? FileManager.default.removeItem(atPath: spec.directory)
    }

    /// Cuts a machine's power: its PID 1 and everything under it end at once.
    public func stop(_ m: LabSpec.Machine) {
        if let pid = initPID(m) {
            kill(pid, SIGKILL)
            for _ in 0..<50 where initPID(m) != nil { usleep(100_000) }
        }
    }

    /// Stops a machine (as a power cut) and starts it again with the same disks.
    public func reboot(_ m: LabSpec.Machine) throws(Failure) {
        stop(m)
        try start(m)
    }

    /// Boots a machine and waits for its sshd.
    public func start(_ m: LabSpec.Machine) throws(Failure) {
        try boot(m)
        for _ in 0..<200 {
            let r = try inNamespace(LabSpec.controlNamespace, ["/bin/bash", "-c", "exec 3<>/dev/tcp/$0/22", m.address])
            if r.status == 0 { return }
            usleep(100_000)
        }
        throw Failure("\(m.name) did not come back within 20 s")
    }

    /// ssh's arguments to reach a machine from this host (through the control namespace).
    public func sshArguments(_ m: LabSpec.Machine) -> [String] {
        [
            "-i", spec.keyFile, "-o", "ProxyCommand=\(spec.directory)/connect %h %p", "-o", "ProxyUseFdpass=yes", "-o",
            "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "root@\(m.address)",
        ]
    }

    public func status() -> [(String, Bool)] {
        spec.machines.map { ($0.name, initPID($0) != nil) }
    }
}
