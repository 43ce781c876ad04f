import Playbook
import SwansibleCore
import Testing

/// Free-form task arguments split as ansible-core's `parse_kv` splits them (expected values
/// printed by ansible-core 2.21's `ansible.parsing.splitter.parse_kv`).
struct ArgSplitterTests {
    static let cases: [(String, Bool, [String: String]?)] = [
        ("src=a dest=b", false, ["src": "a", "dest": "b"]),
        ("msg='hello world' other=\"x y\"", false, ["msg": "hello world", "other": "x y"]),
        ("{{ lookup('first_found', ['a.yml', 'b.yml']) }}", false, ["_raw_params": "{{ lookup('first_found', ['a.yml', 'b.yml']) }}"]),
        ("file={{ x | default('a b') }} name=y", false, ["file": "{{ x | default('a b') }}", "name": "y"]),
        (
            "echo hello   world creates=/tmp/x chdir=/tmp", true,
            ["creates": "/tmp/x", "chdir": "/tmp", "_raw_params": "echo hello   world"]
        ),
        ("echo a=b {{ 'c d' }} removes=/r", true, ["removes": "/r", "_raw_params": "echo a=b {{ 'c d' }}"]),
        ("msg=a\\nb key=\\u00e9", false, ["msg": "a\nb", "key": "\u{e9}"]),
        ("free text here", false, ["_raw_params": "free text here"]),
        ("a\\=b c=d", false, ["c": "d", "_raw_params": "a=b"]),
        ("line1\nline2 k=v", true, ["_raw_params": "line1\nline2 k=v"]),
        ("x='unbalanced", false, nil),
    ]

    @Test func parseKVAsAnsible() {
        for (text, raw, expected) in ArgSplitterTests.cases {
            guard let expected else {
                #expect((try? ArgSplitter.split(text)) == nil, "unbalanced: \(text)")
                continue
            }
            let got = ArgSplitter.parseKV(text, checkRaw: raw)
            var dict: [String: String] = [:]
            for (k, v) in got.items { dict[PythonFormat.str(k)] = PythonFormat.str(v) }
            #expect(dict == expected, "\(text)")
        }
    }
}
