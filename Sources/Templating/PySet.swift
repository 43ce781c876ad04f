import Jinja
import SwansibleCore

/// CPython's `set` (3.11 `setobject.c`), to give set operations Python's iteration order:
/// open addressing with linear probes and perturbation, dummies left by removals, ints
/// hashing to themselves, strings with SipHash-1-3 as with `PYTHONHASHSEED=0`.
struct PySet {
    enum Slot {
        case unused
        case dummy
        case active(Value, Int)
    }

    var table: [Slot] = Array(repeating: .unused, count: 8)
    var used = 0
    var fill = 0

    init() {}

    /// `set(items)`.
    init(_ items: [Value]) throws(JinjaSetError) {
        for x in items { try add(x) }
    }

    struct JinjaSetError: Error {}

    static func hash(_ v: Value) throws(JinjaSetError) -> Int {
        switch v {
        case .int(let i): return i == -1 ? -2 : i
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if let i = Int(exactly: d) { return i == -1 ? -2 : i }
            throw JinjaSetError()
        case .string(let s), .unsafe(let s): return SipHash13.pythonStringHash(s)
        default: throw JinjaSetError()
        }
    }

    var mask: Int { table.count - 1 }

    /// The slots probed for a hash, in CPython's order.
    func probe(_ h: Int, _ visit: (Int) -> Bool) {
        var perturb = UInt(bitPattern: h)
        var i = h & mask
        while true {
            let probes = i + 9 <= mask ? 9 : 0
            for j in i...(i + probes) where visit(j) { return }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    func find(_ v: Value, _ h: Int) -> Int? {
        var found: Int?
        probe(h) { j in
            switch table[j] {
            case .unused: return true
            case .dummy: return false
            case .active(let e, let eh):
                if eh == h && e == v {
                    found = j
                    return true
                }
                return false
            }
        }
        return found
    }

    /// `set_add_entry`.
    mutating func add(_ v: Value, hash known: Int? = nil) throws(JinjaSetError) {
        let h: Int
        if let known { h = known } else { h = try PySet.hash(v) }
        var freeslot: Int?
        var target: Int?
        var present = false
        probe(h) { j in
            switch table[j] {
            case .unused:
                target = j
                return true
            case .dummy:
                if freeslot == nil { freeslot = j }
                return false
            case .active(let e, let eh):
                if eh == h && e == v {
                    present = true
                    return true
                }
                return false
            }
        }
        if present { return }
        if let freeslot {
            table[freeslot] = .active(v, h)
            used += 1
            return
        }
        guard let target else { return }
        table[target] = .active(v, h)
        fill += 1
        used += 1
        if fill * 5 >= mask * 3 { resize(used > 50000 ? used * 2 : used * 4) }
    }

    /// `set_insert_clean`: into a table without dummies, the key known absent.
    mutating func insertClean(_ v: Value, _ h: Int) {
        probe(h) { j in
            if case .unused = table[j] {
                table[j] = .active(v, h)
                return true
            }
            return false
        }
    }

    var entries: [(Value, Int)] {
        table.compactMap { slot in
            if case .active(let v, let h) = slot { return (v, h) }
            return nil
        }
    }

    mutating func resize(_ minused: Int) {
        var newsize = 8
        while newsize <= minused { newsize <<= 1 }
        let old = entries
        table = Array(repeating: .unused, count: newsize)
        for (e, h) in old { insertClean(e, h) }
        fill = used
    }

    mutating func discard(_ v: Value, _ h: Int) -> Bool {
        guard let j = find(v, h) else { return false }
        table[j] = .dummy
        used -= 1
        return true
    }

    func contains(_ v: Value, _ h: Int) -> Bool { find(v, h) != nil }

    /// `set_merge`: adds every entry of another set.
    mutating func merge(_ other: PySet) {
        guard other.used > 0 else { return }
        if (fill + other.used) * 5 >= mask * 3 { resize((used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            table = other.table
            fill = other.fill
            used = other.used
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            for (e, h) in other.entries { insertClean(e, h) }
            return
        }
        for (e, h) in other.entries { try? add(e, hash: h) }
    }

    /// `set.copy()`.
    func copy() -> PySet {
        var s = PySet()
        s.merge(self)
        return s
    }

    var items: [Value] { entries.map(\.0) }

    /// `list(set(a) | set(b))`.
    static func union(_ a: [Value], _ b: [Value]) throws(JinjaError) -> [Value] {
        guard let sa = try? PySet(a), let sb = try? PySet(b) else { return uniqueList(a + b) }
        var result = sa.copy()
        result.merge(sb)
        return result.items
    }

    /// `list(set(a) & set(b))`.
    static func intersect(_ a: [Value], _ b: [Value]) throws(JinjaError) -> [Value] {
        guard var so = try? PySet(a), var other = try? PySet(b) else { return uniqueList(a.filter { b.contains($0) }) }
        if other.used > so.used { swap(&so, &other) }
        var result = PySet()
        for (e, h) in other.entries where so.contains(e, h) { try? result.add(e, hash: h) }
        return result.items
    }

    /// `list(set(a) - set(b))`.
    static func difference(_ a: [Value], _ b: [Value]) throws(JinjaError) -> [Value] {
        guard let so = try? PySet(a), let other = try? PySet(b) else { return uniqueList(a.filter { !b.contains($0) }) }
        if (so.used >> 2) > other.used {
            var result = so.copy()
            for (e, h) in other.entries { _ = result.discard(e, h) }
            return result.items
        }
        var result = PySet()
        for (e, h) in so.entries where !other.contains(e, h) { try? result.add(e, hash: h) }
        return result.items
    }

    /// `list(set(a) ^ set(b))`: a copy of set(b), updated with set(a).
    static func symmetric(_ a: [Value], _ b: [Value]) throws(JinjaError) -> [Value] {
        guard let so = try? PySet(a), let other = try? PySet(b) else {
            let i = a.filter { b.contains($0) }
            return uniqueList(a + b).filter { !i.contains($0) }
        }
        var result = other.copy()
        for (e, h) in so.entries where !result.discard(e, h) { try? result.add(e, hash: h) }
        return result.items
    }

    static func uniqueList(_ l: [Value]) -> [Value] {
        var out: [Value] = []
        for x in l where !out.contains(x) { out.append(x) }
        return out
    }
}

/// SipHash-1-3, as CPython hashes `str` (key 0, as with `PYTHONHASHSEED=0`).
enum SipHash13 {
    static func pythonStringHash(_ s: String) -> Int {
        // CPython hashes the string's compact representation: 1, 2 or 4 bytes per code point
        let scalars = Array(s.unicodeScalars)
        if scalars.isEmpty { return 0 }
        let maxValue = scalars.map(\.value).max() ?? 0
        var bytes: [UInt8] = []
        for u in scalars {
            if maxValue < 256 {
                bytes.append(UInt8(u.value))
            } else if maxValue < 65536 {
                bytes.append(UInt8(u.value & 0xFF))
                bytes.append(UInt8(u.value >> 8))
            } else {
                for k in 0..<4 { bytes.append(UInt8((u.value >> (8 * UInt32(k))) & 0xFF)) }
            }
        }
        if bytes.count < 8 { return djbx33a(bytes) }
        var h = Int(bitPattern: UInt(siphash13(k0: 0, k1: 0, bytes)))
        if h == -1 { h = -2 }
        return h
    }

    /// CPython hashes short inputs with DJBX33A (Py_HASH_CUTOFF is 0 by default, so unused).
    static func djbx33a(_ bytes: [UInt8]) -> Int {
        var h = Int(bitPattern: UInt(siphash13(k0: 0, k1: 0, bytes)))
        if h == -1 { h = -2 }
        return h
    }

    static func siphash13(k0: UInt64, k1: UInt64, _ m: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575 ^ k0
        var v1: UInt64 = 0x646f_7261_6e64_6f6d ^ k1
        var v2: UInt64 = 0x6c79_6765_6e65_7261 ^ k0
        var v3: UInt64 = 0x7465_6462_7974_6573 ^ k1
        func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
        func round() {
            v0 = v0 &+ v1
            v1 = rotl(v1, 13)
            v1 ^= v0
            v0 = rotl(v0, 32)
            v2 = v2 &+ v3
            v3 = rotl(v3, 16)
            v3 ^= v2
            v0 = v0 &+ v3
            v3 = rotl(v3, 21)
            v3 ^= v0
            v2 = v2 &+ v1
            v1 = rotl(v1, 17)
            v1 ^= v2
            v2 = rotl(v2, 32)
        }
        let end = m.count - m.count % 8
        var i = 0
        while i < end {
            var w: UInt64 = 0
            for k in 0..<8 { w |= UInt64(m[i + k]) << (8 * UInt64(k)) }
            v3 ^= w
            round()
            v0 ^= w
            i += 8
        }
        var b = UInt64(m.count) << 56
        for k in 0..<(m.count % 8) { b |= UInt64(m[end + k]) << (8 * UInt64(k)) }
        v3 ^= b
        round()
        v0 ^= b
        v2 ^= 0xff
        round()
        round()
        round()
        return v0 ^ v1 ^ v2 ^ v3
    }
}
