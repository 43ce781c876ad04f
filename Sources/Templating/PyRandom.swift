import Crypto
import Foundation
import SwansibleCore

/// Python's `random.Random` (Mersenne Twister) with its seeding, so that seeded `random` and
/// `shuffle` give what Ansible gives.
struct PyRandom {
    var mt = [UInt32](repeating: 0, count: 624)
    var index = 625

    init(seed: Value) {
        var key: [UInt32] = []
        var big: BigInt
        switch seed {
        case .int(let i): big = BigInt(i)
        case .bigInt(let s): big = BigInt(s) ?? BigInt(0)
        case .bool(let b): big = BigInt(b ? 1 : 0)
        default:
            // str seeds (version 2): the bytes followed by their SHA-512, as one big integer
            let text = seed.stringValue ?? PythonFormat.str(seed)
            let bytes = Array(text.utf8) + Array(SHA512.hash(data: Data(text.utf8)))
            var limbs: [UInt32] = []
            var i = bytes.count
            while i > 0 {
                let start = max(0, i - 4)
                var w: UInt32 = 0
                for b in bytes[start..<i] { w = (w << 8) | UInt32(b) }
                limbs.append(w)
                i = start
            }
            big = BigInt(0)
            big.limbs = limbs
            while big.limbs.last == 0 { big.limbs.removeLast() }
        }
        big.negative = false
        key = big.limbs.isEmpty ? [0] : big.limbs
        initByArray(key)
    }

    mutating func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<624 {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19_650_218)
        var i = 1
        var j = 0
        var k = max(624, key.count)
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= 624 {
                mt[0] = mt[623]
                i = 1
            }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = 623
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= 624 {
                mt[0] = mt[623]
                i = 1
            }
            k -= 1
        }
        mt[0] = 0x8000_0000
    }

    mutating func next32() -> UInt32 {
        if index >= 624 {
            for kk in 0..<624 {
                let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % 624] & 0x7FFF_FFFF)
                mt[kk] = mt[(kk + 397) % 624] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_B0DF : 0)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `getrandbits(k)` for k <= 32.
    mutating func bits(_ k: Int) -> UInt32 {
        k == 0 ? 0 : next32() >> UInt32(32 - k)
    }

    mutating func randbelow(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = Int(bits(k))
        while r >= n { r = Int(bits(k)) }
        return r
    }

    mutating func randrange(_ start: Int, _ stop: Int, _ step: Int) -> Int {
        let width = stop - start
        if step == 1 { return start + randbelow(width) }
        let n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step
        return start + step * randbelow(n)
    }

    mutating func shuffle(_ x: inout [Value]) {
        guard x.count > 1 else { return }
        for i in stride(from: x.count - 1, through: 1, by: -1) {
            let j = randbelow(i + 1)
            x.swapAt(i, j)
        }
    }
}
