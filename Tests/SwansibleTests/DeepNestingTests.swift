import Foundation
import Testing

/// Templates and data nested deeper than Python allows (a macro calling itself for ever, 20000
/// parentheses, 5000 nested ifs, a YAML list 100000 deep) fail with a located error and exit 1,
/// as Ansible does with Python's RecursionError, instead of running out of stack.
struct DeepNestingTests {
    static let cases: [(String, String)] = [
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "maximum recursion depth exceeded"),
        (
            "{{ " + String(repeating: "(", count: 20000) + "1" + String(repeating: ")", count: 20000) + " }}",
            "maximum recursion depth exceeded"
        ),
        (
            String(repeating: "{% if 1 %}", count: 5000) + "x" + String(repeating: "{% endif %}", count: 5000),
            "maximum recursion depth exceeded"
        ),
        ("{{ " + String(repeating: "-", count: 20000) + "1 }}", "maximum recursion depth exceeded"),
        ("{{ " + String(repeating: "not ", count: 20000) + "1 }}", "maximum recursion depth exceeded"),
    ]

    @Test func deepTemplatesFailCleanly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swansible-deep-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, (text, message)) in DeepNestingTests.cases.enumerated() {
            try text.write(to: dir.appendingPathComponent("t\(i).j2"), atomically: true, encoding: .utf8)
            let run = try TestSupport.run(["template", "t\(i).j2"], in: dir)
            #expect(run.status == 1 && run.stderr.contains(message), "case \(i): \(run.status) \(run.stderr.prefix(300))")
        }
        try ("x: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n").write(
            to: dir.appendingPathComponent("deep.yml"), atomically: true, encoding: .utf8)
        try "{{ x | length }}".write(to: dir.appendingPathComponent("y.j2"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["template", "y.j2", "-e", "@deep.yml"], in: dir)
        #expect(run.status == 1 && run.stderr.contains("maximum nesting depth exceeded"), "\(run.status) \(run.stderr.prefix(300))")
    }
}
