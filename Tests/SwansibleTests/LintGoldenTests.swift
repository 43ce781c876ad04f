import Foundation
import Lint
import Testing

/// `swansible lint` against ansible-lint 26.10 (ansible-core 2.21): each case's project was linted
/// by `Tests/Fixtures/lint/record.sh`; swansible's pep8 lines and exit code must be the same.
/// Lines of ansible-lint rules swansible does not have (COMPATIBILITY.md) are left out of the
/// expected output and counted.
@Suite struct LintGoldenTests {
    static let notImplemented = ["schema[", "jinja[spacing]", "syntax-check[", "internal-error:", "yaml[None]"]

    @Test func recordedProjects() throws {
        let root = TestSupport.fixtures.appendingPathComponent("lint/cases")
        let cases = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        var passed = 0
        var leftOut = 0
        for name in cases {
            let dir = root.appendingPathComponent(name)
            let stdout = try String(contentsOf: dir.appendingPathComponent("expected/stdout"), encoding: .utf8)
            let rc = try String(contentsOf: dir.appendingPathComponent("expected/rc"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            var expected: [String] = []
            for line in stdout.split(separator: "\n").map(String.init) {
                if Self.notImplemented.contains(where: { line.contains(": " + $0) }) { leftOut += 1 } else { expected.append(line) }
            }
            var linter = Linter(paths: [], base: dir.appendingPathComponent("project").path)
            let report = try linter.run()
            let got = report.matches.map(Linter.pep8)
            let ok = got == expected && String(report.exitCode) == rc
            if ok { passed += 1 }
            #expect(got == expected, "\(name): output differs")
            #expect(String(report.exitCode) == rc, "\(name): exit code \(report.exitCode), ansible-lint \(rc)")
        }
        print("lint goldens: \(passed)/\(cases.count) projects match ansible-lint (\(leftOut) lines of rules not implemented left out)")
    }
}

/// What ansible-lint cannot see: a template that does not compile is reported with its line and
/// column before any host is touched; a good one is not.
@Suite struct LintTemplateTests {
    @Test func brokenTemplatesAreFound() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-lint-\(getpid())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("roles/r/templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "ok {{ x | to_nice_yaml }}\n".write(
            to: dir.appendingPathComponent("roles/r/templates/good.j2"), atomically: true, encoding: .utf8)
        try "line one\n{% if x %}\nno end\n".write(
            to: dir.appendingPathComponent("roles/r/templates/bad.conf.j2"), atomically: true, encoding: .utf8)
        try "{{ x | no_such_filter }}\n".write(
            to: dir.appendingPathComponent("roles/r/templates/filter.j2"), atomically: true, encoding: .utf8)
        var linter = Linter(paths: [], base: dir.path)
        let report = try linter.run()
        let lines = report.matches.map(Linter.pep8)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("roles/r/templates/bad.conf.j2:") == true, "\(lines)")
        #expect(lines.allSatisfy { $0.contains("swansible[template]") }, "\(lines)")
        #expect(lines.last?.contains("no_such_filter") == true, "\(lines)")
        #expect(report.exitCode == 2)
    }
}
