import Foundation
import Testing

/// `swansible inventory` against outputs recorded from the real `ansible-inventory`
/// (Tests/Fixtures/inventory/*/cases.json, recorded by record.sh).
struct InventoryGoldenTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var dir: String = ""
        var args: [String]
        var out: String?
        var error: Bool?
        var note: String?
        var testDescription: String { "\(dir): \(args.joined(separator: " "))" }

        enum CodingKeys: String, CodingKey { case args, out, error, note }
    }

    struct KnownDifference: Decodable {
        var dir: String
        var args: [String]
        var reason: String
    }

    /// Runs where swansible knowingly differs (each one named in COMPATIBILITY.md).
    static let known: [KnownDifference] = {
        let url = TestSupport.fixtures.appendingPathComponent("inventory/known-differences.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([KnownDifference].self, from: data)) ?? []
    }()

    static func cases() -> [Case] {
        let base = TestSupport.fixtures.appendingPathComponent("inventory")
        let dirs = ((try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []).sorted()
        var out: [Case] = []
        for d in dirs {
            let file = base.appendingPathComponent(d).appendingPathComponent("cases.json")
            guard let data = try? Data(contentsOf: file), let list = try? JSONDecoder().decode([Case].self, from: data) else { continue }
            for var c in list {
                c.dir = d
                out.append(c)
            }
        }
        return out
    }

    @Test func goldenCount() {
        let all = InventoryGoldenTests.cases()
        let golden = all.filter { $0.out != nil }.count
        let errors = all.filter { $0.error == true }.count
        let dirs = Set(all.map(\.dir)).count
        print(
            "inventory goldens: \(dirs) inventories, \(golden) recorded outputs, \(errors) error cases, \(InventoryGoldenTests.known.count) known differences"
        )
        #expect(dirs >= 12)
    }

    @Test("recorded inventories", arguments: cases())
    func golden(_ c: Case) throws {
        let dir = TestSupport.fixtures.appendingPathComponent("inventory").appendingPathComponent(c.dir)
        let run = try TestSupport.run(["inventory"] + c.args, in: dir)
        if c.error == true {
            #expect(run.status != 0, "expected a failure: \(c.note ?? "")")
            #expect(run.stderr.contains("error:"), "expected an error message, got: \(run.stderr)")
            #expect(!run.stderr.contains("Fatal error"), "crashed: \(run.stderr)")
            #expect(run.stdout.isEmpty, "nothing is printed on stdout for bad input")
            // input errors name file:line:col; command-line, pattern, missing-file and vault ones cannot
            let unlocated = ["05-vault", "14-limit-patterns", "21-error-missing-source", "25-error-cli-usage"]
            if !unlocated.contains(c.dir) {
                let first = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
                #expect(first.contains(try Regex(#"^\S+:\d+:\d+: error: "#)), "not located: \(first)")
                #expect(run.stderr.contains("^"), "no caret: \(run.stderr)")
            }
            return
        }
        guard let out = c.out else { return }
        let expected = try String(contentsOf: dir.appendingPathComponent(out), encoding: .utf8)
        if let known = InventoryGoldenTests.known.first(where: { $0.dir == c.dir && $0.args == c.args }) {
            // still different, and said so clearly; when it matches, the entry must go
            #expect(run.status != 0 || run.stdout != expected, "now matches Ansible: remove it from known-differences.json")
            #expect(run.status == 0 || run.stderr.contains("error:"), "\(known.reason): expected a clear error, got \(run.stderr)")
            return
        }
        #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
        #expect(run.stdout == expected, "\(TestSupport.diff(expected, run.stdout))")
    }
}
