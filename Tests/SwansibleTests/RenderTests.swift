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

    /// The `password` lookup keeps its password in a file on the controller: made the first
    /// time (0600, in a 0700 directory), the same password on the next run; with `encrypt`, the
    /// salt is kept beside it and the hash is stable. (Seeded passwords are compared with the
    /// oracle in template golden 62.)
    @Test func passwordLookupKeepsItsFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-password-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{{ lookup('password', 'creds/db length=24') }}|{{ lookup('password', 'creds/h encrypt=sha512_crypt') }}".write(
            to: dir.appendingPathComponent("t.j2"), atomically: true, encoding: .utf8)
        try "all:\n  hosts:\n    h1: {}\n".write(to: dir.appendingPathComponent("inv.yml"), atomically: true, encoding: .utf8)
        let first = try TestSupport.run(["template", "t.j2", "-i", "inv.yml"], in: dir)
        let second = try TestSupport.run(["template", "t.j2", "-i", "inv.yml"], in: dir)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(first.stdout == second.stdout)
        let parts = first.stdout.split(separator: "|").map(String.init)
        #expect(parts.count == 2 && parts[0].count == 24 && parts[1].hasPrefix("$6$"), "\(first.stdout)")
        let db = dir.appendingPathComponent("creds/db").path
        #expect((try? String(contentsOfFile: db, encoding: .utf8)) == parts.first.map { $0 + "\n" })
        let mode = (try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int) ?? 0
        let dirMode =
            (try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("creds").path)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600 && dirMode == 0o700)
        let hashed = (try? String(contentsOfFile: dir.appendingPathComponent("creds/h").path, encoding: .utf8)) ?? ""
        #expect(hashed.contains(" salt=") && hashed.hasSuffix("\n"))
    }
}
