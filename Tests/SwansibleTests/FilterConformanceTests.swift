import Foundation
import Testing

/// Ansible's filters and tests against the real ones: Tests/Fixtures/filters/cases.json, recorded
/// from ansible-core with ansible.utils and netaddr by Tests/Fixtures/filters/record.py.
struct FilterConformanceTests {
    @Test func filterSuite() {
        let all = AnsibleModeTests.cases("filters/cases.json")
        let known = AnsibleModeTests.knownFailures("filters/known-failures.txt")
        var passed = 0
        var failing: Set<String> = []
        for c in all {
            let got = AnsibleModeTests.render(c)
            if AnsibleModeTests.matches(got, c.ansible) {
                passed += 1
            } else {
                failing.insert(c.id)
                if !known.contains(c.id) {
                    Issue.record(
                        "filters \(c.id) \(c.template.debugDescription): expected \(c.ansible.debugDescription), got \(got.debugDescription)"
                    )
                }
            }
        }
        let pct = all.isEmpty ? 0 : Double(passed) * 100 / Double(all.count)
        print("filter conformance: \(passed)/\(all.count) passed (\(String(format: "%.1f", pct))%), \(known.count) known failures")
        #expect(all.count == 629)
        for k in known.sorted() where !failing.contains(k) {
            Issue.record("filters \(k) passes now: remove it from Tests/Fixtures/filters/known-failures.txt")
        }
    }
}
