import Foundation

/// Digests Python's hashlib has and swift-crypto does not: SHA-224, SHA3-*, BLAKE2b.
enum Digests {
    static let k256: [UInt32] = [
        0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1,
        0x923F82A4, 0xAB1C5ED5, 0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3,
        0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174, 0xE49B69C1, 0xEFBE4786,
        0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
        0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147,
        0x06CA6351, 0x14292967, 0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13,
        0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85, 0xA2BFE8A1, 0xA81A664B,
        0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
        0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A,
        0x5B9CCA4F, 0x682E6FF3, 0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208,
        0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
    ]
    static let keccakRC: [UInt64] = [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A,
        0x8000000080008000, 0x000000000000808B, 0x0000000080000001,
        0x8000000080008081, 0x8000000000008009, 0x000000000000008A,
        0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
        0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
        0x000000000000800A, 0x800000008000000A, 0x8000000080008081,
        0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ]
    /// Rotation of lane (x, y), at index x + 5 * y.
    static let keccakRot: [UInt64] = [
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43,
        25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    ]
    static let sigma: [Int] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
        11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
        7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
        9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
        2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
        12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
        13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
        6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
        10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
    ]

    @inline(__always) static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    @inline(__always) static func rotr64(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
    @inline(__always) static func rotl64(_ x: UInt64, _ n: UInt64) -> UInt64 { n == 0 ? x : (x << n) | (x >> (64 - n)) }

    /// SHA-224: SHA-256's compression from SHA-224's initial values, 28 bytes out.
    static func sha224(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0xC105_9ED8, 0x367C_D507, 0x3070_DD17, 0xF70E_5939, 0xFFC0_0B31, 0x6858_1511, 0x64F9_8FA7, 0xBEFA_4FA4]
        var data = message
        let bitLength = UInt64(message.count) &* 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for i in (0..<8).reversed() { data.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        var w = [UInt32](repeating: 0, count: 64)
        for block in stride(from: 0, to: data.count, by: 64) {
            for t in 0..<16 {
                let j = block + t * 4
                w[t] = UInt32(data[j]) << 24 | UInt32(data[j + 1]) << 16 | UInt32(data[j + 2]) << 8 | UInt32(data[j + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k256[t] &+ w[t]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            h[0] = h[0] &+ a
            h[1] = h[1] &+ b
            h[2] = h[2] &+ c
            h[3] = h[3] &+ d
            h[4] = h[4] &+ e
            h[5] = h[5] &+ f
            h[6] = h[6] &+ g
            h[7] = h[7] &+ hh
        }
        var out: [UInt8] = []
        for word in h.prefix(7) { out += [UInt8(word >> 24), UInt8((word >> 16) & 255), UInt8((word >> 8) & 255), UInt8(word & 255)] }
        return out
    }

    /// SHA3-n (FIPS 202): Keccak-f[1600] with rate 200 - 2n/8 bytes and the 0x06 padding.
    static func sha3(_ message: [UInt8], bits: Int) -> [UInt8] {
        let outBytes = bits / 8
        let rate = 200 - 2 * outBytes
        var state = [UInt64](repeating: 0, count: 25)
        var data = message
        data.append(0x06)
        while data.count % rate != 0 { data.append(0) }
        data[data.count - 1] |= 0x80
        for block in stride(from: 0, to: data.count, by: rate) {
            for i in 0..<(rate / 8) {
                var lane: UInt64 = 0
                for b in 0..<8 { lane |= UInt64(data[block + i * 8 + b]) << (UInt64(b) * 8) }
                state[i] ^= lane
            }
            keccakF(&state)
        }
        var out: [UInt8] = []
        var i = 0
        while out.count < outBytes {
            for b in 0..<8 where out.count < outBytes { out.append(UInt8(truncatingIfNeeded: state[i] >> (UInt64(b) * 8))) }
            i += 1
        }
        return out
    }

    static func keccakF(_ a: inout [UInt64]) {
        var c = [UInt64](repeating: 0, count: 5)
        var b = [UInt64](repeating: 0, count: 25)
        for round in 0..<24 {
            for x in 0..<5 { c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] }
            for x in 0..<5 {
                let d = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1)
                for y in 0..<5 { a[x + 5 * y] ^= d }
            }
            for x in 0..<5 {
                for y in 0..<5 {
                    // B[y, 2x + 3y] = rot(A[x, y], r[x, y])
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], keccakRot[x + 5 * y])
                }
            }
            for x in 0..<5 {
                for y in 0..<5 {
                    a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y])
                }
            }
            a[0] ^= keccakRC[round]
        }
    }

    /// BLAKE2b (RFC 7693) without a key, 64-byte digest.
    static func blake2b(_ message: [UInt8], outBytes: Int = 64) -> [UInt8] {
        let iv: [UInt64] = [
            0x6A09_E667_F3BC_C908, 0xBB67_AE85_84CA_A73B, 0x3C6E_F372_FE94_F82B, 0xA54F_F53A_5F1D_36F1,
            0x510E_527F_ADE6_82D1, 0x9B05_688C_2B3E_6C1F, 0x1F83_D9AB_FB41_BD6B, 0x5BE0_CD19_137E_2179,
        ]
        var h = iv
        h[0] ^= 0x0101_0000 ^ UInt64(outBytes)
        let blocks = max(1, (message.count + 127) / 128)
        var m = [UInt64](repeating: 0, count: 16)
        var v = [UInt64](repeating: 0, count: 16)
        for blockIndex in 0..<blocks {
            let start = blockIndex * 128
            var block = [UInt8](repeating: 0, count: 128)
            let end = min(start + 128, message.count)
            if start < end { block.replaceSubrange(0..<(end - start), with: message[start..<end]) }
            for i in 0..<16 {
                var word: UInt64 = 0
                for b in 0..<8 { word |= UInt64(block[i * 8 + b]) << (UInt64(b) * 8) }
                m[i] = word
            }
            let last = blockIndex == blocks - 1
            let counter = UInt64(last ? message.count : start + 128)
            for i in 0..<8 {
                v[i] = h[i]
                v[i + 8] = iv[i]
            }
            v[12] ^= counter
            if last { v[14] = ~v[14] }
            func g(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
                v[a] = v[a] &+ v[b] &+ x
                v[d] = rotr64(v[d] ^ v[a], 32)
                v[c] = v[c] &+ v[d]
                v[b] = rotr64(v[b] ^ v[c], 24)
                v[a] = v[a] &+ v[b] &+ y
                v[d] = rotr64(v[d] ^ v[a], 16)
                v[c] = v[c] &+ v[d]
                v[b] = rotr64(v[b] ^ v[c], 63)
            }
            for round in 0..<12 {
                let s = (round % 10) * 16
                g(0, 4, 8, 12, m[sigma[s + 0]], m[sigma[s + 1]])
                g(1, 5, 9, 13, m[sigma[s + 2]], m[sigma[s + 3]])
                g(2, 6, 10, 14, m[sigma[s + 4]], m[sigma[s + 5]])
                g(3, 7, 11, 15, m[sigma[s + 6]], m[sigma[s + 7]])
                g(0, 5, 10, 15, m[sigma[s + 8]], m[sigma[s + 9]])
                g(1, 6, 11, 12, m[sigma[s + 10]], m[sigma[s + 11]])
                g(2, 7, 8, 13, m[sigma[s + 12]], m[sigma[s + 13]])
                g(3, 4, 9, 14, m[sigma[s + 14]], m[sigma[s + 15]])
            }
            for i in 0..<8 { h[i] ^= v[i] ^ v[i + 8] }
        }
        var out: [UInt8] = []
        for word in h { for b in 0..<8 { out.append(UInt8(truncatingIfNeeded: word >> (UInt64(b) * 8))) } }
        return Array(out.prefix(outBytes))
    }
}
