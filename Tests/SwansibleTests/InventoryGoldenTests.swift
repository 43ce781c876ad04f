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

    @Test("recorded inventories", arguments: cases())
    func golden(_ c: Case) throws {
        let dir = TestSupport.fixtures.appendingPathComponent("inventory").appendingPathComponent(c.dir)
        let run = try TestSupport.run(["inventory"] + c.args, in: dir)
        if c.error == true {
            #expect(run.status != 0, "expected a failure: \(c.note ?? "")")
            #expect(run.stderr.contains("error:"), "expected an error message, got: \(run.stderr)")
            #expect(!run.stderr.contains("Fatal error"), "crashed: \(run.stderr)")
            return
        }
        guard let out = c.out else { return }
        let expected = try String(contentsOf: dir.appendingPathComponent(out), encoding: .utf8)
        #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
        #expect(run.stdout == expected, "\(TestSupport.diff(expected, run.stdout))")
    }
}
