import Foundation
import SwansibleCore

/// `ansible.builtin.setup` (gather_facts): the facts people use, in one round trip, from a POSIX
/// shell, /proc, /sys, /etc/os-release and iproute2 — no Python on the host.
public enum SetupModule: RemoteModule {
    public static let name = "setup"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("gather_subset", .list, default: .list(["all"])), ParameterSpec("gather_timeout", .int, default: .int(10)),
        ParameterSpec("filter", .list, default: .list([])), ParameterSpec("fact_path", .path, default: "/etc/ansible/facts.d"),
    ]

    static let script = #"""
        b64() { printf '%s' "$1" | base64 -w0; }
        echo "hostname=$(uname -n | cut -d. -f1)"
        echo "nodename=$(uname -n)"
        fq=$(timeout 2 hostname -f 2>/dev/null) || fq=$(uname -n); echo "fqdn=$fq"
        echo "domain=$(printf '%s' "$fq" | sed -n 's/^[^.]*\.//p')"
        echo "system=$(uname -s)"
        echo "kernel=$(uname -r)"
        echo "kernel_version=$(uname -v)"
        echo "machine=$(uname -m)"
        if [ -r /etc/os-release ]; then printf 'os_release='; base64 -w0 < /etc/os-release; echo; fi
        if [ -r /etc/debian_version ]; then echo "debian_version=$(cat /etc/debian_version)"; fi
        comm=$(cat /proc/1/comm 2>/dev/null); echo "proc1=$comm"
        { [ -d /run/systemd/system ] || [ -d /dev/.run/systemd ] || [ -d /dev/.systemd ]; } && echo "systemd_running=1"
        command -v systemctl >/dev/null 2>&1 && echo "has_systemctl=1"
        [ -L /sbin/init ] && echo "sbin_init_link=$(readlink /sbin/init)"
        [ -e /sbin/openrc ] && echo "has_openrc=1"
        [ -d /etc/init.d ] && echo "has_initd=1"
        for m in apt-get dnf yum zypper apk pacman; do if command -v $m >/dev/null 2>&1; then echo "pkg=$m"; break; fi; done
        if command -v python3 >/dev/null 2>&1; then echo "python=$(command -v python3)"; echo "python_version=$(python3 -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)"; fi
        echo "memtotal_kb=$(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo)"
        echo "memfree_kb=$(sed -n 's/^MemFree: *\([0-9]*\) kB/\1/p' /proc/meminfo)"
        echo "swaptotal_kb=$(sed -n 's/^SwapTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo)"
        echo "vcpus=$(grep -c '^processor' /proc/cpuinfo)"
        echo "uid=$(id -u)"; echo "user=$(id -un)"; echo "gid=$(id -g)"; echo "home=$HOME"; echo "shell=${SHELL:-}"
        printf 'env='; env | base64 -w0; echo
        printf 'date='; date '+%Y %m %d %H %M %S %s %Z %z %A %u %V %B %b %a %j %N' | base64 -w0; echo
        printf 'udate='; date -u '+%Y-%m-%dT%H:%M:%SZ %Y%m%dT%H%M%S' | base64 -w0; echo
        for d in /sys/class/net/*; do
          [ -e "$d" ] || continue
          i=${d##*/}
          printf 'if=%s %s %s %s %s\n' "$i" "$(cat "$d/mtu" 2>/dev/null)" "$(cat "$d/address" 2>/dev/null)" "$(cat "$d/operstate" 2>/dev/null)" "$(cat "$d/type" 2>/dev/null)"
        done
        if command -v ip >/dev/null 2>&1; then
          printf 'addr='; ip -4 -o addr show 2>/dev/null | base64 -w0; echo
          printf 'addr6='; ip -6 -o addr show 2>/dev/null | base64 -w0; echo
          printf 'route4='; ip -4 route get 8.8.8.8 2>/dev/null | base64 -w0; echo
        fi
        exit 0

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        .run(Script(script), stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure("facts could not be gathered: \(r.stderrText)") }
            let facts = SetupModule.facts(Report(r.stdoutText))
            return .done(ValueDict([("ansible_facts", .dict(facts)), ("changed", false)]))
        }
    }

    static func text(_ report: Report, _ key: String) -> String {
        String(decoding: report.data(key) ?? Data(), as: UTF8.self)
    }

    /// The facts from the probe's report, named as Ansible names them (without `ansible_`).
    static func facts(_ report: Report) -> ValueDict {
        var f = ValueDict()
        func set(_ k: String, _ v: Value) { f[string: k] = v }
        func str(_ k: String) -> Value { .string(report[k] ?? "") }
        set("hostname", str("hostname"))
        set("nodename", str("nodename"))
        set("fqdn", str("fqdn"))
        set("domain", str("domain"))
        set("system", str("system"))
        set("kernel", str("kernel"))
        set("kernel_version", str("kernel_version"))
        let machine = report["machine"] ?? ""
        set("machine", .string(machine))
        set("architecture", .string(machine))
        set("userspace_architecture", .string(machine))
        var os: [String: String] = [:]
        for line in text(report, "os_release").split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            var v = String(line[line.index(after: eq)...])
            if v.hasPrefix("\"") && v.hasSuffix("\"") && v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            os[String(line[..<eq])] = v
        }
        let id = os["ID"] ?? ""
        let distribution: String
        switch id {
        case "debian": distribution = "Debian"
        case "ubuntu": distribution = "Ubuntu"
        case "raspbian": distribution = "Debian"
        case "fedora": distribution = "Fedora"
        case "centos": distribution = "CentOS"
        case "rhel": distribution = "RedHat"
        case "alpine": distribution = "Alpine"
        case "arch": distribution = "Archlinux"
        default: distribution = id.isEmpty ? "NA" : id.prefix(1).uppercased() + id.dropFirst()
        }
        set("distribution", .string(distribution))
        var version = os["VERSION_ID"] ?? "NA"
        if id == "debian" || id == "raspbian", let dv = report["debian_version"], dv.first?.isNumber == true { version = dv }
        set("distribution_version", .string(version))
        set("distribution_major_version", .string(String(version.split(separator: ".").first ?? "NA")))
        set("distribution_release", .string(os["VERSION_CODENAME"] ?? "NA"))
        let family: [String: String] = [
            "Debian": "Debian", "Ubuntu": "Debian", "Fedora": "RedHat", "CentOS": "RedHat", "RedHat": "RedHat", "Alpine": "Alpine",
            "Archlinux": "Archlinux",
        ]
        set("os_family", .string(family[distribution] ?? distribution))
        set("service_mgr", .string(serviceManager(report)))
        let pkg: [String: String] = ["apt-get": "apt", "dnf": "dnf", "yum": "yum", "zypper": "zypper", "apk": "apk", "pacman": "pacman"]
        set("pkg_mgr", .string(report["pkg"].flatMap { pkg[$0] } ?? "unknown"))
        let memKB = Int(report["memtotal_kb"] ?? "") ?? 0
        set("memtotal_mb", .int(memKB / 1024))
        set("memfree_mb", .int((Int(report["memfree_kb"] ?? "") ?? 0) / 1024))
        set("swaptotal_mb", .int((Int(report["swaptotal_kb"] ?? "") ?? 0) / 1024))
        let vcpus = Int(report["vcpus"] ?? "") ?? 1
        set("processor_vcpus", .int(vcpus))
        set("processor_count", .int(vcpus))
        set("processor_cores", .int(1))
        set("processor_threads_per_core", .int(1))
        set("nproc", .int(vcpus))
        set("user_id", str("user"))
        set("user_uid", .int(Int(report["uid"] ?? "") ?? 0))
        set("user_gid", .int(Int(report["gid"] ?? "") ?? 0))
        set("user_dir", str("home"))
        set("user_shell", str("shell"))
        var env = ValueDict()
        for line in text(report, "env").split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            env[string: String(line[..<eq])] = .string(String(line[line.index(after: eq)...]))
        }
        set("env", .dict(env))
        set("date_time", .dict(dateTime(text(report, "date"), text(report, "udate"))))
        if let python = report["python"] {
            let parts = (report["python_version"] ?? "").split(separator: ".").map { Int($0) ?? 0 }
            var version = ValueDict()
            version[string: "major"] = .int(parts.first ?? 3)
            version[string: "minor"] = .int(parts.count > 1 ? parts[1] : 0)
            version[string: "micro"] = .int(parts.count > 2 ? parts[2] : 0)
            version[string: "releaselevel"] = "final"
            version[string: "serial"] = .int(0)
            set("python", .dict(ValueDict([("executable", .string(python)), ("type", "cpython"), ("version", .dict(version))])))
            set("python_version", .string(report["python_version"] ?? ""))
        }
        network(report, into: &f)
        set("gather_subset", .list(["all"]))
        set("module_setup", true)
        return f
    }

    /// ansible-core's `service_mgr` rule: the name of PID 1 (mapped for a few inits, ignored
    /// when it is `init` or a shell), else systemd when running, OpenRC, systemd offline (/sbin/init),
    /// SysV (/etc/init.d), else `service`.
    static func serviceManager(_ report: Report) -> String {
        var comm: String? = report["proc1"].flatMap { $0.isEmpty ? nil : $0 }
        if comm == nil, let initPath = report["sbin_init_link"] { comm = initPath }
        if let c = comm {
            let base = (c as NSString).lastPathComponent.trimmingCharacters(in: .whitespacesAndNewlines)
            comm = base == "init" || base.hasSuffix("sh") ? nil : base
        }
        if let c = comm {
            let map = ["procd": "openwrt_init", "runit-init": "runit", "svscan": "svc", "openrc-init": "openrc"]
            return map[c] ?? c
        }
        if report.flag("has_systemctl") && report.flag("systemd_running") { return "systemd" }
        if report.flag("has_openrc") { return "openrc" }
        if report.flag("has_systemctl"), let initPath = report["sbin_init_link"], (initPath as NSString).lastPathComponent == "systemd" {
            return "systemd"
        }
        if report.flag("has_initd") { return "sysvinit" }
        return "service"
    }

    static func dateTime(_ local: String, _ utc: String) -> ValueDict {
        let p = local.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        let u = utc.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        var d = ValueDict()
        guard p.count >= 17 else { return d }
        let micro = String(p[16].prefix(6))
        d[string: "date"] = .string("\(p[0])-\(p[1])-\(p[2])")
        d[string: "day"] = .string(p[2])
        d[string: "epoch"] = .string(p[6])
        d[string: "epoch_int"] = .string(p[6])
        d[string: "hour"] = .string(p[3])
        if u.count >= 2 {
            d[string: "iso8601"] = .string(u[0])
            d[string: "iso8601_basic"] = .string("\(p[0])\(p[1])\(p[2])T\(p[3])\(p[4])\(p[5])\(micro)")
            d[string: "iso8601_basic_short"] = .string("\(p[0])\(p[1])\(p[2])T\(p[3])\(p[4])\(p[5])")
            d[string: "iso8601_micro"] = .string(u[0].replacingOccurrences(of: "Z", with: ".\(micro)Z"))
        }
        d[string: "minute"] = .string(p[4])
        d[string: "month"] = .string(p[1])
        d[string: "second"] = .string(p[5])
        d[string: "time"] = .string("\(p[3]):\(p[4]):\(p[5])")
        d[string: "tz"] = .string(p[7])
        d[string: "tz_dst"] = .string(p[7])
        d[string: "tz_offset"] = .string(p[8])
        d[string: "weekday"] = .string(p[9])
        d[string: "weekday_number"] = .string(String((Int(p[10]) ?? 7) % 7))
        d[string: "weeknumber"] = .string(p[11])
        d[string: "year"] = .string(p[0])
        return d
    }

    /// `interfaces`, `ansible_<if>`, `all_ipv4_addresses`, `default_ipv4`.
    static func network(_ report: Report, into f: inout ValueDict) {
        var names: [String] = []
        var ifaces: [String: ValueDict] = [:]
        for line in report.lines(of: "if") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard let name = parts.first, !name.isEmpty else { continue }
            names.append(name)
            var d = ValueDict()
            d[string: "device"] = .string(name)
            if parts.count > 1, let mtu = Int(parts[1]) { d[string: "mtu"] = .int(mtu) }
            if parts.count > 2, !parts[2].isEmpty, name != "lo" { d[string: "macaddress"] = .string(parts[2]) }
            d[string: "active"] = .bool(parts.count > 3 && (parts[3] == "up" || parts[3] == "unknown"))
            d[string: "type"] = .string(
                parts.count > 4 && parts[4] == "772" ? "loopback" : (parts.count > 4 && parts[4] == "1" ? "ether" : "unknown"))
            ifaces[name] = d
        }
        var all4: [Value] = []
        for line in text(report, "addr").split(separator: "\n") {
            let w = line.split(separator: " ").map(String.init)
            guard w.count > 3, let i = w.firstIndex(of: "inet"), i + 1 < w.count else { continue }
            let dev = w[1]
            let cidr = w[i + 1].split(separator: "/")
            guard cidr.count == 2, let prefix = Int(cidr[1]) else { continue }
            let address = String(cidr[0])
            var v4 = ValueDict()
            v4[string: "address"] = .string(address)
            if let b = w.firstIndex(of: "brd"), b + 1 < w.count { v4[string: "broadcast"] = .string(w[b + 1]) }
            v4[string: "netmask"] = .string(netmask(prefix))
            v4[string: "network"] = .string(network(address, prefix))
            v4[string: "prefix"] = .string(String(prefix))
            if var d = ifaces[dev], d[string: "ipv4"] == nil {
                d[string: "ipv4"] = .dict(v4)
                ifaces[dev] = d
            }
            if !address.hasPrefix("127.") { all4.append(.string(address)) }
        }
        var all6: [Value] = []
        for line in text(report, "addr6").split(separator: "\n") {
            let w = line.split(separator: " ").map(String.init)
            guard let i = w.firstIndex(of: "inet6"), i + 1 < w.count else { continue }
            let address = String(w[i + 1].split(separator: "/").first ?? "")
            if address != "::1" { all6.append(.string(address)) }
        }
        f[string: "interfaces"] = .list(names.map { .string($0) })
        for n in names {
            if let d = ifaces[n] {
                f[string: n.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_")] = .dict(d)
            }
        }
        f[string: "all_ipv4_addresses"] = .list(all4)
        f[string: "all_ipv6_addresses"] = .list(all6)
        var def = ValueDict()
        let route = text(report, "route4").split(separator: " ").map(String.init)
        if let d = route.firstIndex(of: "dev"), d + 1 < route.count {
            let dev = route[d + 1]
            if let v4 = ifaces[dev]?[string: "ipv4"]?.dictValue { def.update(v4) }
            if let s = route.firstIndex(of: "src"), s + 1 < route.count { def[string: "address"] = .string(route[s + 1]) }
            if let g = route.firstIndex(of: "via"), g + 1 < route.count { def[string: "gateway"] = .string(route[g + 1]) }
            def[string: "interface"] = .string(dev)
            if let iface = ifaces[dev] {
                for k in ["macaddress", "mtu", "type"] { if let v = iface[string: k] { def[string: k] = v } }
            }
            def[string: "alias"] = .string(dev)
        }
        f[string: "default_ipv4"] = .dict(def)
        f[string: "default_ipv6"] = .dict(ValueDict())
    }

    static func netmask(_ prefix: Int) -> String {
        let m: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix)
        return [24, 16, 8, 0].map { String((m >> UInt32($0)) & 0xff) }.joined(separator: ".")
    }

    static func network(_ address: String, _ prefix: Int) -> String {
        let parts = address.split(separator: ".").compactMap { UInt32($0) }
        guard parts.count == 4 else { return address }
        let a = parts.reduce(0) { $0 << 8 | $1 }
        let m: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix)
        let n = a & m
        return [24, 16, 8, 0].map { String((n >> UInt32($0)) & 0xff) }.joined(separator: ".")
    }
}
