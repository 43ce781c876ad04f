import Foundation
import SwansibleCore
import Testing

/// The site playbook's preflight: a missing MAC, a duplicate address or MAC, an address outside
/// the subnet stop the run before any host is touched, naming the host and the variable.
@Suite struct SitePreflightTests {
    static func run(_ edit: (String) -> String) throws -> (Int32, String) {
        let original = try String(contentsOf: TestSupport.root.appendingPathComponent("inventory/hosts.yml"), encoding: .utf8)
        let dir = URL(fileURLWithPath: "/tmp/swpre-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inventory = dir.appendingPathComponent("hosts.yml")
        try edit(original).write(to: inventory, atomically: true, encoding: .utf8)
        // should the preflight ever let the run through, ssh could not reach anything
        let r = try TestSupport.run(
            [
                "play", "playbooks/site.yml", "-i", inventory.path, "-e", #"{"ansible_ssh_common_args": "-o ProxyCommand=false"}"#,
            ], in: TestSupport.root, environment: ["ANSIBLE_NOCOLOR": "1", "ANSIBLE_HOME": dir.appendingPathComponent("h").path])
        return (r.status, r.stdout)
    }

    static func untouched(_ out: String) -> Bool { !out.contains("Gathering Facts") && !out.contains("UNREACHABLE") }

    @Test func aMissingMACStopsTheRun() throws {
        let (status, out) = try SitePreflightTests.run {
            $0.replacingOccurrences(of: "          mac_address: \"dc:a6:32:50:00:12\"\n", with: "")
        }
        #expect(status == 2)
        #expect(out.contains("\"msg\": \"pi-green has no mac_address\""), "\(out)")
        #expect(SitePreflightTests.untouched(out))
    }

    @Test func aDuplicateAddressStopsTheRun() throws {
        let (status, out) = try SitePreflightTests.run { $0.replacingOccurrences(of: "192.168.50.13", with: "192.168.50.12") }
        #expect(status == 2)
        #expect(out.contains("pi-green: ansible_host 192.168.50.12 is also another host's"), "\(out)")
        #expect(SitePreflightTests.untouched(out))
    }

    @Test func aDuplicateMACStopsTheRun() throws {
        let (status, out) = try SitePreflightTests.run { $0.replacingOccurrences(of: "dc:a6:32:50:00:13", with: "DC:A6:32:50:00:11") }
        #expect(status == 2)
        #expect(out.contains("pi-red: mac_address dc:a6:32:50:00:11 is also another host's"), "\(out)")
        #expect(SitePreflightTests.untouched(out))
    }

    @Test func anAddressOutsideTheSubnetStopsTheRun() throws {
        let (status, out) = try SitePreflightTests.run { $0.replacingOccurrences(of: "192.168.50.11", with: "192.168.51.11") }
        #expect(status == 2)
        #expect(out.contains("pi-red: ansible_host 192.168.51.11 is outside 192.168.50.0/24"), "\(out)")
        #expect(SitePreflightTests.untouched(out))
    }
}
