import SwansibleCore
import Testing

/// The engine's string-keyed table against Swift's Dictionary over a long run of random
/// inserts, replacements and removals (collisions, growth, backward-shift removal).
struct StringTableTests {
    @Test func behavesAsADictionary() {
        let table = StringTable(minimumCapacity: 2)
        var reference: [String: Value] = [:]
        var rng = SystemRandomNumberGenerator()
        let names = (0..<300).map { i in i % 3 == 0 ? "k\(i)" : "a-key-longer-than-fifteen-bytes-\(i)" } + ["", "é", "ünïcödé"]
        for step in 0..<20_000 {
            let k = names[Int(rng.next() % UInt64(names.count))]
            if rng.next() % 3 == 0 {
                table[k] = nil
                reference[k] = nil
            } else {
                table[k] = .int(step)
                reference[k] = .int(step)
            }
            #expect(table.count == reference.count)
        }
        for k in names {
            #expect(table[k] == reference[k], "\(k)")
            #expect(table.value(k, hash: StringTable.hash(k)) == reference[k])
        }
        table.removeAll()
        #expect(table.count == 0 && table["k0"] == nil)
    }
}
