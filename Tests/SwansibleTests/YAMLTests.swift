import Foundation
import SwansibleCore
import Testing
import YAML

/// YAML as Ansible loads it, against documents recorded with ansible-core's own loader
/// (Tests/Fixtures/yaml/expected.json, recorded by record.py).
struct YAMLTests {
    struct Recorded: Decodable, CustomTestStringConvertible, Sendable {
        var yaml: String
        var repr: String?
        var error: String?
        var testDescription: String { yaml.debugDescription }
    }

    static func recorded() -> [Recorded] {
        let url = TestSupport.fixtures.appendingPathComponent("yaml/expected.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Recorded].self, from: data)) ?? []
    }

    /// Ansible's tagged types, shown as the recorder shows them.
    static func plain(_ v: Value) -> Value {
        switch v {
        case .unsafe(let s): return .string(s)
        case .vault(let s): return .string("<vault>" + s)
        case .list(let l): return .list(l.map(plain))
        case .dict(let d):
            var out = ValueDict()
            for (k, x) in d.items { out[plain(k)] = plain(x) }
            return .dict(out)
        default: return v
        }
    }

    @Test("documents read as Ansible reads them", arguments: recorded())
    func document(_ c: Recorded) {
        do {
            let (value, _) = try YAMLLoader.load(c.yaml, path: "doc.yml")
            #expect(c.error == nil, "Ansible fails with \(c.error ?? ""), swansible read \(PythonFormat.repr(value))")
            if let repr = c.repr { #expect(PythonFormat.repr(YAMLTests.plain(value)) == repr) }
        } catch {
            #expect(c.error != nil, "unexpected error: \(error.diagnostic)")
            #expect(error.diagnostic.location != nil, "errors are located")
        }
    }

    @Test func recordedDocumentsArePresent() {
        #expect(YAMLTests.recorded().count >= 100)
    }

    @Test func syntaxErrorShowsFileLineColumnAndCaret() throws {
        let text = "all:\n  hosts:\n    h1: [1, 2\n"
        do {
            _ = try YAMLLoader.load(text, path: "hosts.yml")
            Issue.record("expected a syntax error")
        } catch {
            let d = error.diagnostic.description
            #expect(d.hasPrefix("hosts.yml:4:1: error: "), "\(d)")
            #expect(d.contains("^"))
        }
    }

    @Test func duplicateKeyWarningNamesBothPlaces() throws {
        let (value, warnings) = try YAMLLoader.load("a: 1\nb: 2\na: 3\n", path: "v.yml")
        #expect(value.dictValue?[string: "a"] == .int(3))
        #expect(warnings.count == 1)
        let text = warnings.first?.description ?? ""
        #expect(text.hasPrefix("v.yml:3:1: warning: found duplicate mapping key 'a'"), "\(text)")
        #expect(text.contains("v.yml:1:1: note: first defined here"), "\(text)")
    }

    @Test func floatsPrintAsPython() {
        let cases: [(Double, String)] = [
            (1e16, "1e+16"), (1e15, "1000000000000000.0"), (0.0001, "0.0001"), (0.00001, "1e-05"), (1.5, "1.5"),
            (-0.0, "-0.0"), (123456789.123, "123456789.123"), (1e22, "1e+22"), (5e-324, "5e-324"), (0.1 + 0.2, "0.30000000000000004"),
        ]
        for (d, text) in cases { #expect(PythonFormat.repr(d) == text) }
    }

    @Test func dumperWritesWhatPyYAMLWrites() {
        var d = ValueDict()
        d[string: "b"] = .list([.string("yes"), .int(1), .float(1e20), .null])
        d[string: "a"] = .string("multi\nline")
        let text = YAMLDumper().dump(.dict(d))
        #expect(text == "a: 'multi\n\n  line'\nb:\n- 'yes'\n- 1\n- 1.0e+20\n- null\n")
    }
}
