import Foundation
import Testing

/// `swansible render` on the seed's site playbook: every template for every host, validated by
/// the daemons, equal to what the oracle's template module wrote.
struct RenderTests {
    static func tempDir(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("swansible-\(name)-\(getpid())")
    }

    @Test func sitePlaybookRendersEveryTemplate() throws {
        let out = RenderTests.tempDir("render")
        try? FileManager.default.removeItem(at: out)
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try TestSupport.run(
            ["render", "playbooks/site.yml", "-i", "inventory/hosts.yml", "--out", out.path, "--validate"], in: TestSupport.root)
        #expect(run.status == 0, "\(run.stderr)")
        // the zone is rendered twice (the serial check), NetworkManager's file only where it is installed
        #expect(run.stdout.contains("rendered 12 files, validated 4, skipped 3"), "\(run.stdout)")
        let seed = TestSupport.fixtures.appendingPathComponent("seed-templates")
        let expected: [(String, String)] = [
            ("kea-dhcp4.conf", "pi-gateway/etc/kea/kea-dhcp4.conf"),
            ("db.zone", "pi-gateway/etc/bind/zones/db.color-cluster.local"),
            ("named.conf", "pi-gateway/etc/bind/named.conf"),
            ("named.conf.options", "pi-gateway/etc/bind/named.conf.options"),
            ("named.conf.local", "pi-gateway/etc/bind/named.conf.local"),
            ("set-routing.sh", "pi-gateway/usr/local/bin/set-routing.sh"),
            ("set-routing.service", "pi-gateway/etc/systemd/system/set-routing.service"),
            ("resolv.conf", "pi-red/etc/resolv.conf"),
        ]
        for (golden, path) in expected {
            let want = try Data(contentsOf: seed.appendingPathComponent(golden))
            let got = try Data(contentsOf: out.appendingPathComponent(path))
            #expect(want == got, "\(path) differs from the oracle's \(golden)")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("pi-blue/etc/resolv.conf").path))
    }

    @Test func limitNarrowsTheHosts() throws {
        let out = RenderTests.tempDir("render-limit")
        try? FileManager.default.removeItem(at: out)
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try TestSupport.run(
            ["render", "playbooks/site.yml", "-i", "inventory/hosts.yml", "--out", out.path, "--limit", "pi-red"], in: TestSupport.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rendered 1 files"), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("pi-gateway").path))
    }

    @Test func aBrokenTemplateFailsWithItsPlace() throws {
        let out = RenderTests.tempDir("render-broken")
        try? FileManager.default.removeItem(at: out)
        defer { try? FileManager.default.removeItem(at: out) }
        let dir = TestSupport.fixtures.appendingPathComponent("render/broken")
        let run = try TestSupport.run(["render", "site.yml", "-i", "hosts.yml", "--out", out.path], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("zone.j2:2:"), "\(run.stderr)")
        #expect(run.stderr.contains("has no attribute 'mac_adress' for host pi-red"), "\(run.stderr)")
        #expect(run.stderr.contains("^^^^^^^^^^^^"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("pi-red/etc/zone").path))
    }
}
