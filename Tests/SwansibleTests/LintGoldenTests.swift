import Foundation
import Lint
import Testing

/// `swansible lint` against ansible-lint 26.10 (ansible-core 2.21): each case's project was linted
/// by `Tests/Fixtures/lint/record.sh`; swansible's pep8 lines and exit code must be the same.
/// Lines of ansible-lint rules swansible does not have (COMPATIBILITY.md) are left out of the
/// expected output and counted.
@Suite struct LintGoldenTests {
    static let notImplemented = ["schema[", "jinja[spacing]", "internal-error:", "yaml[None]"]

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
            let project = dir.appendingPathComponent("project").path
            var linter = Linter(paths: [], base: project)
            let report = try linter.run()
            let env = ProcessInfo.processInfo.environment
            let home = env["ANSIBLE_HOME"].map { ($0 as NSString).deletingLastPathComponent } ?? env["HOME"] ?? "/root"
            let got = report.matches.map {
                Linter.pep8($0).replacingOccurrences(of: project, with: "@PROJECT@").replacingOccurrences(of: home, with: "@HOME@")
            }
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
        #expect(lines.allSatisfy { $0.contains("swansible[template-error]") }, "\(lines)")
        #expect(lines.last?.contains("no_such_filter") == true, "\(lines)")
        #expect(report.exitCode == 2)
    }
}

/// `swansible lint -i`: names a template or a task reads that nothing defines (a typo, a
/// variable never set) are found before the run; what the inventory, group_vars, role defaults
/// and vars, an argument spec, set_fact, register, loop_var/index_var, facts modules and Jinja's
/// own scopes define is not reported, nor what is read under `default`, `is defined` (also in a
/// `when` of the task or of a block around it, or left of an `and`); an `or` guards nothing.
/// ansible-lint finds nothing in this project (checked with it); without -i swansible neither.
@Suite struct LintUndefinedTests {
    @Test func namesNothingDefines() throws {
        let base = TestSupport.fixtures.appendingPathComponent("lint/undefined").path
        var linter = Linter(paths: [], base: base)
        linter.inventorySources = [base + "/inventory/hosts.yml"]
        let report = try linter.run()
        let found = report.matches.map { "\($0.file):\($0.line):\($0.column ?? 0) \($0.tag) \($0.message.prefix(while: { $0 != " " }))" }
        #expect(
            found == [
                "roles/dhcp/tasks/main.yml:18:28 swansible[undefined-variable] 'dhcp_confg'",
                "roles/dhcp/tasks/main.yml:20:9 swansible[undefined-variable] 'dhcp_check_enabled'",
                "roles/dhcp/tasks/main.yml:46:10 swansible[undefined-variable] 'dhcp_maybe'",
                "roles/dhcp/templates/kea.conf.j2:6:62 swansible[undefined-variable] 'lan_adress'",
                "roles/dhcp/templates/kea.conf.j2:8:28 swansible[undefined-variable] 'outer_thing'",
            ], "\(found)")
        #expect(report.exitCode == 2)
        var plain = Linter(paths: [], base: base)
        #expect(try plain.run().matches.isEmpty)
        var withExtra = Linter(paths: [], base: base)
        withExtra.inventorySources = linter.inventorySources
        withExtra.extraNames = ["dhcp_confg", "dhcp_check_enabled", "lan_adress", "outer_thing", "dhcp_maybe"]
        #expect(try withExtra.run().matches.isEmpty)
    }
}

/// A symbolic link to a directory above is not followed (it looped until paths grew too long),
/// and files that are not YAML, or not UTF-8, end as findings, not crashes.
@Suite struct LintFilesTests {
    @Test func linksAndOddFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-lint-files-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: ".")
        try Data([0xFF, 0xFE, 0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.yml"))
        try "- a: *missing\n".write(to: dir.appendingPathComponent("alias.yml"), atomically: true, encoding: .utf8)
        var linter = Linter(paths: [], base: dir.path)
        let report = try linter.run()
        #expect(report.files == 2, "\(report.matches.map(Linter.pep8))")
        #expect(report.matches.allSatisfy { $0.rule == "load-failure" }, "\(report.matches.map(Linter.pep8))")
        #expect(report.matches.count == 2)
    }
}
