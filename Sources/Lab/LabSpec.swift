import Foundation
import Inventory
import SwansibleCore

/// The lab's shape, read from an inventory: the gateway and the agents with their addresses and
/// MACs, the subnet, and the lab's stand-ins for the uplink and the Internet.
public struct LabSpec: Sendable {
    public struct Machine: Sendable {
        public var name: String
        public var isGateway: Bool
        public var address: String
        public var mac: String
        /// Namespace and veth names (short: interface names have 15 bytes at most).
        public var index: Int
    }

    public var machines: [Machine]
    public var prefix: Int
    public var gateway: String
    public var domain: String
    /// The gateway's uplink address (on its uplink interface, a /30 to the upstream namespace).
    public var uplinkAddress = "203.0.113.2"
    public var upstreamAddress = "203.0.113.1"
    /// The "Internet": an address on the upstream namespace's lo with an HTTP server that
    /// answers with the address it sees the client as.
    public var internetAddress = "198.51.100.80"
    /// Where the lab keeps its state (machines' upper dirs, key, pid files).
    public var directory: String
    public var lanInterface = "eth0"
    public var uplinkInterface = "eth1"

    public struct Failure: Error, DiagnosticConvertible {
        public var diagnostic: Diagnostic
    }

    /// Reads the lab from an inventory: hosts of `gateway` and `k3s_agents`.
    public static func load(inventory sources: [String]) throws(Failure) -> LabSpec {
        var inventory: Inventory
        do {
            inventory = try Inventory.load(sources: sources, basedir: nil)
        } catch {
            throw Failure(diagnostic: error.diagnostic)
        }
        func hosts(_ group: String) -> [Int] { (try? inventory.hosts(matching: group)) ?? [] }
        var machines: [Machine] = []
        var vars: ValueDict = ValueDict()
        for (i, h) in (hosts("gateway") + hosts("k3s_agents")).enumerated() {
            let v = inventory.hostVariables(h)
            vars = v
            let name = inventory.data.hosts[h].name
            guard let address = v[string: "ansible_host"]?.stringValue, let mac = v[string: "mac_address"]?.stringValue else {
                throw Failure(diagnostic: Diagnostic(.error, "lab host \(name) needs ansible_host and mac_address"))
            }
            machines.append(Machine(name: name, isGateway: i < hosts("gateway").count, address: address, mac: mac, index: i))
        }
        guard let gw = machines.first(where: \.isGateway) else {
            throw Failure(diagnostic: Diagnostic(.error, "the lab inventory has no host in the group 'gateway'"))
        }
        let subnet = vars[string: "dhcp_subnet"]?.stringValue ?? "\(gw.address)/24"
        let prefix = Int(subnet.split(separator: "/").last ?? "24") ?? 24
        var spec = LabSpec(
            machines: machines, prefix: prefix, gateway: vars[string: "dhcp_gateway"]?.stringValue ?? gw.address,
            domain: vars[string: "domain_name"]?.stringValue ?? "lab.local",
            directory: ProcessInfo.processInfo.environment["SWANSIBLE_LAB_DIR"] ?? "/tmp/swansible-lab")
        if let s = vars[string: "lab_uplink_address"]?.stringValue { spec.uplinkAddress = s }
        if let s = vars[string: "lab_upstream_address"]?.stringValue { spec.upstreamAddress = s }
        if let s = vars[string: "lab_internet_address"]?.stringValue { spec.internetAddress = s }
        if let s = vars[string: "lan_interface"]?.stringValue { spec.lanInterface = s }
        if let s = vars[string: "uplink_interface"]?.stringValue { spec.uplinkInterface = s }
        return spec
    }

    public func namespace(_ m: Machine) -> String { "swl-\(m.name)" }
    public static let switchNamespace = "swl-switch"
    public static let upstreamNamespace = "swl-up"
    public static let controlNamespace = "swl-ctl"
    /// The control namespace's address on the switch (ssh connects from there).
    public var controlAddress: String {
        let parts = gateway.split(separator: ".")
        return parts.dropLast().joined(separator: ".") + ".254"
    }
    public var keyFile: String { directory + "/id_ed25519" }
}
