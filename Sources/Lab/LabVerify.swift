import Foundation
import SwansibleCore

/// `swansible lab verify`: the seed's claims proven with real traffic inside the lab.
extension Lab {
    public struct Check: Sendable {
        public var name: String
        public var passed: Bool
        public var detail: String
    }

    /// Every check, in order: DHCP reservations, DNS, NAT, TLS.
    public func verify() -> [Check] {
        var out: [Check] = []
        let agents = spec.machines.filter { !$0.isGateway }
        for a in agents { out.append(dhcp(a)) }
        for a in agents {
            for (name, want) in dnsExpectations() { out.append(dns(a, name, want)) }
        }
        for a in agents { out.append(nat(a)) }
        for a in agents { out.append(tls(a)) }
        return out
    }

    func shell(_ m: LabSpec.Machine, _ script: String, _ args: [String] = []) -> ExecResult? {
        try? exec(m, ["/bin/sh", "-c", script, "sh"] + args)
    }

    /// The agent asks Kea for an address (a DHCP client on its eth0, leases kept aside) and must
    /// be offered its reservation.
    func dhcp(_ a: LabSpec.Machine) -> Check {
        let script = #"""
            rm -f /tmp/verify.leases
            timeout 20 dhclient -4 -1 -sf /bin/true -lf /tmp/verify.leases -pf /tmp/verify.pid "$1" >/dev/null 2>&1
            sed -n 's/^ *fixed-address \(.*\);/\1/p' /tmp/verify.leases | tail -1
            dhclient -x -pf /tmp/verify.pid >/dev/null 2>&1; true
            """#
        let got = shell(a, script, [spec.lanInterface])?.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return Check(
            name: "DHCP: \(a.name) (\(a.mac)) is offered its reservation \(a.address)", passed: got == a.address,
            detail: got.isEmpty ? "no lease" : "got \(got)")
    }

    func dnsExpectations() -> [(String, String)] {
        var out: [(String, String)] = []
        for m in spec.machines where !m.isGateway { out.append(("\(m.name).\(spec.domain)", m.address)) }
        out.append(("k3s-server.\(spec.domain)", spec.gateway))
        out.append(("master.\(spec.domain)", spec.gateway))
        out.append(("anything-else.\(spec.domain)", spec.gateway))
        return out
    }

    /// The agent's resolver (its resolv.conf, pointing at the gateway's BIND) answers.
    func dns(_ a: LabSpec.Machine, _ name: String, _ want: String) -> Check {
        let got =
            shell(a, "getent ahostsv4 \"$1\" | awk 'NR==1 {print $1}'", [name])?.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? ""
        return Check(
            name: "DNS: \(a.name) resolves \(name) to \(want)", passed: got == want, detail: got.isEmpty ? "no answer" : "got \(got)")
    }

    /// The agent reaches the Internet's HTTP server, which sees the gateway's uplink address.
    func nat(_ a: LabSpec.Machine) -> Check {
        let got =
            shell(a, "curl -s -m 5 \"http://$1/\"", [spec.internetAddress])?.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? ""
        return Check(
            name: "NAT: \(a.name) reaches \(spec.internetAddress), seen as the gateway's uplink \(spec.uplinkAddress)",
            passed: got == spec.uplinkAddress, detail: got.isEmpty ? "no answer" : "seen as \(got)")
    }

    /// The agent fetches a page over HTTPS from the gateway's internal service; the certificate
    /// must verify against the private CA in the agent's trust store.
    func tls(_ a: LabSpec.Machine) -> Check {
        let host = "registry.\(spec.domain)"
        let r = shell(a, "curl -s -m 5 -o /dev/null -w '%{http_code}' \"https://$1/\"", [host])
        let code = r?.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return Check(
            name: "TLS: \(a.name) trusts https://\(host)/ through the private CA", passed: code == "200",
            detail: code.isEmpty || code == "000" ? "curl exit \(r?.status ?? -1)" : "HTTP \(code)")
    }
}
