import Foundation
import SwansibleCore
import Testing

/// `swansible template` against what `ansible.builtin.template` wrote, recorded with the oracle
/// (Tests/Fixtures/templates/*: template.j2, inventory.yml, case.json, expected or error.json),
/// and the seed's templates in roles/ (Tests/Fixtures/seed-templates), checked by the daemons'
/// own validators.
struct TemplateGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var dir: String
        var host: String
        var extraVarsFile: String?
        var testDescription: String { dir }
    }

    static func cases() -> [Case] {
        let base = TestSupport.fixtures.appendingPathComponent("templates")
        let dirs = ((try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []).sorted()
        return dirs.compactMap { d in
            let url = base.appendingPathComponent(d).appendingPathComponent("case.json")
            guard let data = try? Data(contentsOf: url), let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let host = obj["host"] as? String
            else { return nil }
            return Case(dir: d, host: host, extraVarsFile: obj["extra_vars_file"] as? String)
        }
    }

    @Test func corpusIsRecorded() {
        #expect(TemplateGoldenTests.cases().count >= 40)
    }

    @Test("recorded templates", arguments: cases())
    func golden(_ c: Case) throws {
        let dir = TestSupport.fixtures.appendingPathComponent("templates").appendingPathComponent(c.dir)
        var args = ["template", "template.j2", "-i", "inventory.yml", "--host", c.host]
        if let ev = c.extraVarsFile { args += ["-e", "@\(ev)"] }
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("error.json").path) {
            let dest = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-dest-\(c.dir)-\(getpid())").path
            try? FileManager.default.removeItem(atPath: dest)
            let run = try TestSupport.run(args + ["-o", dest], in: dir)
            #expect(run.status == 1, "bad input exits 1: \(run.stderr)")
            #expect(run.stderr.contains("error:"), "a located error: \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: dest), "nothing written at DEST on error")
            return
        }
        let expected = try Data(contentsOf: dir.appendingPathComponent("expected"))
        let run = try TestSupport.run(args, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Data(run.stdout.utf8) == expected, "\(TestSupport.diff(String(decoding: expected, as: UTF8.self), run.stdout))")
    }

    struct SeedCase: Sendable, CustomTestStringConvertible {
        var template: String
        var host: String
        var expected: String
        var validate: String?
        var testDescription: String { template }
    }

    static func seedCases() -> [SeedCase] {
        let url = TestSupport.fixtures.appendingPathComponent("seed-templates/cases.json")
        guard let data = try? Data(contentsOf: url), let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            return []
        }
        return list.compactMap { d in
            guard let t = d["template"] as? String, let h = d["host"] as? String, let e = d["expected"] as? String else { return nil }
            return SeedCase(template: t, host: h, expected: e, validate: d["validate"] as? String)
        }
    }

    @Test("seed templates", arguments: seedCases())
    func seed(_ c: SeedCase) throws {
        let root = TestSupport.root
        let run = try TestSupport.run(["template", c.template, "-i", "inventory/hosts.yml", "--host", c.host], in: root)
        let expected = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("seed-templates/\(c.expected)"), encoding: .utf8)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == expected, "\(TestSupport.diff(expected, run.stdout))")
        guard let validate = c.validate else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-validate-\(getpid())-\(c.expected)")
        try run.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let words = validate.replacingOccurrences(of: "%s", with: file.path).split(separator: " ").map(String.init)
        let r = try ProcessRunner.runBlocking("/usr/bin/env", words)
        #expect(r.status == 0, "\(validate) rejected the rendered file: \(r.stderrText)")
    }
}
