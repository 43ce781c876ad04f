import Foundation
import Jinja
import SwansibleCore
import Templating
import Testing

/// Ansible's templating where it differs from plain Jinja2
/// (Tests/Fixtures/conformance/ansible-mode.json, a copy of ../shared/conformance).
struct AnsibleModeTests {
    struct Case: Sendable {
        var id: String
        var template: String
        var vars: [String: Value]
        var ansible: String
    }

    static func cases(_ file: String = "conformance/ansible-mode.json") -> [Case] {
        let url = TestSupport.fixtures.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8), case .list(let items)? = JSONReader.parse(text) else { return [] }
        return items.compactMap { item in
            guard case .dict(let d) = item else { return nil }
            var vars: [String: Value] = [:]
            if case .dict(let v)? = d[string: "vars"] {
                for (k, x) in v.items { vars[PythonFormat.str(k)] = x }
            }
            return Case(
                id: d[string: "id"]?.stringValue ?? "", template: d[string: "template"]?.stringValue ?? "", vars: vars,
                ansible: d[string: "ansible"]?.stringValue ?? "")
        }
    }

    /// The class name Ansible reports for an error of this kind.
    static func ansibleClass(_ e: JinjaError) -> String {
        switch e.kind {
        case .undefined: return "AnsibleUndefinedVariable"
        case .syntax, .assertion: return "AnsibleTemplateSyntaxError"
        case .raised: return "AnsibleTemplatePluginRuntimeError"
        default: return "AnsibleTemplateError"
        }
    }

    static func render(_ c: Case) -> String {
        let dir = TestSupport.fixtures.appendingPathComponent("conformance/ansible-mode-templates").path
        let templar = Templar(searchPath: [dir])
        do {
            let v = try templar.templateString(
                c.template, name: "<\(c.id)>", vars: TemplateVariables(c.vars), preserveTrailingNewlines: true)
            if case .string(let s) = v { return s }
            return "<native \(v.pythonTypeName)> \(PythonFormat.repr(v))"
        } catch {
            return "ERR(\(ansibleClass(error)): \(error.message))"
        }
    }

    static func matches(_ got: String, _ expected: String) -> Bool {
        if expected.hasPrefix("ERR(") {
            let cls = expected.dropFirst(4).prefix { $0 != ":" }
            return got.hasPrefix("ERR(\(cls):")
        }
        return got == expected
    }

    static func knownFailures(_ file: String = "conformance/ansible-mode-known-failures.txt") -> Set<String> {
        let url = TestSupport.fixtures.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// Runs a recorded suite: every case rendered and compared, a known failure that passes is
    /// an issue too. Prints and returns the counts.
    @discardableResult
    static func runSuite(tag: String, cases file: String, known knownFile: String, goal: String = "") -> (passed: Int, total: Int) {
        let all = cases(file)
        let known = knownFailures(knownFile)
        var passed = 0
        var failing: Set<String> = []
        for c in all {
            let got = render(c)
            if matches(got, c.ansible) {
                passed += 1
            } else {
                failing.insert(c.id)
                if !known.contains(c.id) {
                    Issue.record(
                        "\(tag) \(c.id) \(c.template.debugDescription): expected \(c.ansible.debugDescription), got \(got.debugDescription)"
                    )
                }
            }
        }
        let pct = all.isEmpty ? 0 : Double(passed) * 100 / Double(all.count)
        print("\(tag) conformance: \(passed)/\(all.count) passed (\(String(format: "%.1f", pct))%\(goal)), \(known.count) known failures")
        for k in known.sorted() where !failing.contains(k) {
            Issue.record("\(tag) \(k) passes now: remove it from \(knownFile)")
        }
        return (passed, all.count)
    }

    @Test func ansibleModeSuite() {
        let result = AnsibleModeTests.runSuite(
            tag: "ansible-mode", cases: "conformance/ansible-mode.json", known: "conformance/ansible-mode-known-failures.txt",
            goal: ", goal 97%")
        #expect(result.total == 99)
    }
}
