import Foundation
import Inventory
import SwansibleCore
import Testing

/// The inventory model: magic variables, patterns, INI typing, ranges (expected values from
/// ansible-core 2.21.5, noted beside each case).
struct InventoryModelTests {
    static let cluster = TestSupport.root.appendingPathComponent("inventory/hosts.yml").path

    @Test func magicVariablesOfTheCluster() throws {
        let inv = try Inventory.load(sources: [InventoryModelTests.cluster])
        let h = try #require(inv.data.host(named: "pi-red"))
        let magic = inv.magicVariables(h)
        // ansible pi-red -m debug -a 'msg={{ group_names }}' ...
        #expect(magic[string: "inventory_hostname"] == "pi-red")
        #expect(magic[string: "inventory_hostname_short"] == "pi-red")
        #expect(magic[string: "group_names"] == .list(["k3s_agents"]))
        #expect(magic[string: "inventory_file"] == .string(InventoryModelTests.cluster))
        #expect(magic[string: "inventory_dir"] == .string(TestSupport.root.appendingPathComponent("inventory").path))
        let groups = inv.groupsDictionary()
        #expect(groups.keys.map { PythonFormat.str($0) } == ["all", "ungrouped", "gateway", "k3s_agents"])
        #expect(groups[string: "all"] == .list(["pi-gateway", "pi-red", "pi-green", "pi-blue"]))
        #expect(groups[string: "k3s_agents"] == .list(["pi-red", "pi-green", "pi-blue"]))
        #expect(groups[string: "ungrouped"] == .list([]))
    }

    @Test func hostListMagicVariables() throws {
        let inv = try Inventory.load(sources: ["a.b.c,h2,"])
        let h = try #require(inv.data.host(named: "a.b.c"))
        let magic = inv.magicVariables(h)
        #expect(magic[string: "inventory_hostname_short"] == "a")
        #expect(magic[string: "inventory_file"] == "a.b.c,h2,")
        #expect(magic[string: "inventory_dir"] == .null)
        #expect(magic[string: "group_names"] == .list(["ungrouped"]))
    }

    @Test func patternsSelectAsAnsibleDoes() throws {
        var inv = try Inventory.load(sources: [InventoryModelTests.cluster])
        func names(_ p: String, limit: String? = nil) throws -> [String] {
            let l = try limit.map { try Inventory.limitPatterns($0) }
            return try inv.hosts(matching: p, limit: l).map { inv.data.hosts[$0].name }
        }
        #expect(try names("all") == ["pi-gateway", "pi-red", "pi-green", "pi-blue"])
        #expect(try names("k3s_agents:!pi-green") == ["pi-red", "pi-blue"])
        #expect(try names("!pi-green:k3s_agents") == ["pi-red", "pi-blue"])
        #expect(try names("pi-*:&k3s_agents") == ["pi-red", "pi-green", "pi-blue"])
        #expect(try names("k3s_agents[0]") == ["pi-red"])
        #expect(try names("k3s_agents[-1]") == ["pi-blue"])
        #expect(try names("k3s_agents[1:]") == ["pi-green", "pi-blue"])
        #expect(try names("~pi-(red|blue)") == ["pi-red", "pi-blue"])
        #expect(try names("gateway,pi-blue") == ["pi-gateway", "pi-blue"])
        #expect(try names("all", limit: "k3s_agents") == ["pi-red", "pi-green", "pi-blue"])
        #expect(throws: InventoryError.self) { try names("k3s_agents[7]") }
    }

    @Test func rangesExpandAsAnsibleDoes() throws {
        #expect(try HostRange.expand("node[01:03]") == ["node01", "node02", "node03"])
        #expect(try HostRange.expand("web[1:10:4]") == ["web1", "web5", "web9"])
        #expect(try HostRange.expand("[x:B]") == ["x", "y", "z", "A", "B"])
        #expect(try HostRange.expand("r[1:2]n[a:b]") == ["r1na", "r1nb", "r2na", "r2nb"])
        #expect(try HostRange.expand("h[:2]") == ["h0", "h1", "h2"])
        #expect(throws: RangeError.self) { try HostRange.expand("node[10:01]") }
        #expect(throws: RangeError.self) { try HostRange.expand("node[01:100]") }
        #expect(throws: RangeError.self) { try HostRange.expand("node[a:01]") }
        #expect(throws: RangeError.self) { try HostRange.expand("node[1:2:0]") }
    }

    @Test func iniErrorsAreLocated() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-ini-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hosts.ini")
        try "[web]\nweb1\n\n[web:foo]\nx=1\n".write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try Inventory.load(sources: [file.path])
            Issue.record("expected an error")
        } catch {
            let text = error.diagnostic.description
            #expect(text.hasPrefix("\(file.path):4:6: error: section [web:foo] has unknown type 'foo'"), "\(text)")
            #expect(text.contains(" 4 | [web:foo]"), "\(text)")
            #expect(text.contains("^^^"), "\(text)")
        }
    }
}
