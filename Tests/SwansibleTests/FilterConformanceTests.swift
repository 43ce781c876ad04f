import Foundation
import Testing

/// Ansible's filters and tests against the real ones: Tests/Fixtures/filters/cases.json, recorded
/// from ansible-core with ansible.utils and netaddr by Tests/Fixtures/filters/record.py.
struct FilterConformanceTests {
    @Test func filterSuite() {
        let result = AnsibleModeTests.runSuite(tag: "filter", cases: "filters/cases.json", known: "filters/known-failures.txt")
        #expect(result.total == 644)
    }
}
