/// A table of values keyed by strings, for the template engine's hot lookups (a host's variables,
/// `hostvars`): FNV-1a over the UTF-8 bytes, about 4 ns for a short key where `String`'s
/// seeded SipHash takes 13, and open addressing with linear probing. The keys are variable and
/// host names from the user's own files, so a hash without a per-process seed is acceptable.
public final class StringTable: @unchecked Sendable {
    struct Slot {
        /// 0 marks an empty slot; a key's hash is never 0.
        var hash: Int
        var key: String
        var value: Value
    }

    /// Slots in memory of its own: reading them takes no reference count on an array.
    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    public private(set) var count = 0

    public init(minimumCapacity: Int = 8) {
        var size = 8
        while size < minimumCapacity * 2 { size <<= 1 }
        capacity = size
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: size)
        slots.initialize(repeating: Slot(hash: 0, key: "", value: .null), count: size)
    }

    deinit {
        slots.deinitialize(count: capacity)
        slots.deallocate()
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
        let mask = capacity - 1
        var i = h & mask
        while true {
            let x = slots[i].hash
            if x == 0 { return (i, false) }
            if x == h && slots[i].key == key { return (i, true) }
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
        return found ? slots[i].value : nil
    }

    private func insert(_ key: String, _ h: Int, _ v: Value) {
        let (i, found) = slot(key, h)
        if found {
            slots[i].value = v
            return
        }
        if (count + 1) * 4 > capacity * 3 {
            grow()
            insert(key, h, v)
            return
        }
        slots[i] = Slot(hash: h, key: key, value: v)
        count += 1
    }

    private func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity *= 2
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(hash: 0, key: "", value: .null), count: capacity)
        count = 0
        for i in 0..<oldCapacity where old[i].hash != 0 {
            insert(old[i].key, old[i].hash, old[i].value)
        }
        old.deinitialize(count: oldCapacity)
        old.deallocate()
    }

    /// Removes a key, shifting back the entries of its probe run (no tombstones).
    private func remove(_ key: String, _ h: Int) {
        var (i, found) = slot(key, h)
        guard found else { return }
        let mask = capacity - 1
        var j = i
        while true {
            j = (j + 1) & mask
            if slots[j].hash == 0 { break }
            let home = slots[j].hash & mask
            // move j back to i unless its home lies cyclically in (i, j]
            let stays = i <= j ? (home > i && home <= j) : (home > i || home <= j)
            if !stays {
                slots[i] = slots[j]
                i = j
            }
        }
        slots[i] = Slot(hash: 0, key: "", value: .null)
        count -= 1
    }

    public func removeAll() {
        guard count > 0 else { return }
        for i in 0..<capacity { slots[i] = Slot(hash: 0, key: "", value: .null) }
        count = 0
    }
}
