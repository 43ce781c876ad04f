/// A table of values keyed by strings, for the template engine's hot lookups (a host's variables,
/// `hostvars`): FNV-1a over the UTF-8 bytes, about 4 ns for a short key where `String`'s
/// seeded SipHash takes 13, and open addressing with linear probing. The keys are variable and
/// host names from the user's own files, so a hash without a per-process seed is acceptable.
public struct StringTable {
    /// 0 marks an empty slot; a key's hash is never 0.
    private var hashes: [Int]
    private var keys: [String]
    private var values: [Value?]
    public private(set) var count = 0

    public init(minimumCapacity: Int = 8) {
        var size = 8
        while size < minimumCapacity * 2 { size <<= 1 }
        hashes = [Int](repeating: 0, count: size)
        keys = [String](repeating: "", count: size)
        values = [Value?](repeating: nil, count: size)
    }

    /// FNV-1a of the key's UTF-8 bytes, never 0.
    @inline(__always)
    public static func hash(_ key: String) -> Int {
        let h =
            key.utf8.withContiguousStorageIfAvailable { bytes -> UInt64 in
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for c in bytes { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
                return h
            }
            ?? {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for c in key.utf8 { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
                return h
            }()
        let folded = Int(bitPattern: UInt(h ^ (h >> 29)))
        return folded == 0 ? 1 : folded
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: String, _ h: Int) -> (Int, Bool) {
        let mask = hashes.count - 1
        var i = h & mask
        while true {
            let x = hashes[i]
            if x == 0 { return (i, false) }
            if x == h && keys[i] == key { return (i, true) }
            i = (i + 1) & mask
        }
    }

    public subscript(key: String) -> Value? {
        get { value(key, hash: StringTable.hash(key)) }
        set {
            let h = StringTable.hash(key)
            if let newValue {
                insert(key, h, newValue)
            } else {
                remove(key, h)
            }
        }
    }

    /// The value of a key whose hash is known (a literal key hashed once).
    @inline(__always)
    public func value(_ key: String, hash h: Int) -> Value? {
        let (i, found) = slot(key, h)
        return found ? values[i] : nil
    }

    private mutating func insert(_ key: String, _ h: Int, _ v: Value) {
        let (i, found) = slot(key, h)
        if found {
            values[i] = v
            return
        }
        if (count + 1) * 4 > hashes.count * 3 {
            grow()
            insert(key, h, v)
            return
        }
        hashes[i] = h
        keys[i] = key
        values[i] = v
        count += 1
    }

    private mutating func grow() {
        let old = (hashes, keys, values)
        let size = hashes.count * 2
        hashes = [Int](repeating: 0, count: size)
        keys = [String](repeating: "", count: size)
        values = [Value?](repeating: nil, count: size)
        count = 0
        for i in old.0.indices where old.0[i] != 0 {
            if let v = old.2[i] { insert(old.1[i], old.0[i], v) }
        }
    }

    /// Removes a key, shifting back the entries of its probe run (no tombstones).
    private mutating func remove(_ key: String, _ h: Int) {
        var (i, found) = slot(key, h)
        guard found else { return }
        let mask = hashes.count - 1
        var j = i
        while true {
            j = (j + 1) & mask
            if hashes[j] == 0 { break }
            let home = hashes[j] & mask
            // move j back to i unless its home lies cyclically in (i, j]
            let stays = i <= j ? (home > i && home <= j) : (home > i || home <= j)
            if !stays {
                hashes[i] = hashes[j]
                keys[i] = keys[j]
                values[i] = values[j]
                i = j
            }
        }
        hashes[i] = 0
        keys[i] = ""
        values[i] = nil
        count -= 1
    }

    public mutating func removeAll() {
        guard count > 0 else { return }
        for i in hashes.indices {
            hashes[i] = 0
            keys[i] = ""
            values[i] = nil
        }
        count = 0
    }
}
