import Crypto
import Foundation

/// glibc's SHA-crypt (`$6$` and `$5$`), as `password_hash` writes it.
enum ShaCrypt {
    static let alphabet = Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    static func randomSalt(_ n: Int = 16) -> String {
        String((0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }

    /// libxcrypt's `crypt_gensalt` for `$5$`/`$6$`: salt characters from 3-byte groups of
    /// `rbytes`, at most 16.
    static func gensalt(_ rbytes: [UInt8]) -> String {
        var out = ""
        var used = 0
        while used + 3 < rbytes.count && out.count + 4 <= 16 {
            var value = UInt32(rbytes[used]) | (UInt32(rbytes[used + 1]) << 8) | (UInt32(rbytes[used + 2]) << 16)
            for _ in 0..<4 {
                out.append(alphabet[Int(value & 0x3F)])
                value >>= 6
            }
            used += 3
        }
        return out
    }

    static func digest(_ data: [UInt8], _ sha512: Bool) -> [UInt8] {
        sha512 ? Array(SHA512.hash(data: data)) : Array(SHA256.hash(data: data))
    }

    /// A digest repeated, the last time cut short, to `count` bytes.
    static func cycled(_ d: [UInt8], to count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count + d.count <= count { out += d }
        return out + d.prefix(count - out.count)
    }

    static func crypt(_ password: String, salt rawSalt: String, rounds: Int?, sha512: Bool) -> String {
        let p = Array(password.utf8)
        let s = Array(rawSalt.utf8.prefix(16))
        let r = min(max(rounds ?? 5000, 1000), 999_999_999)
        let b = digest(p + s + p, sha512)
        var aInput = p + s + cycled(b, to: p.count)
        var bits = p.count
        while bits > 0 {
            aInput += (bits & 1) != 0 ? b : p
            bits >>= 1
        }
        let a = digest(aInput, sha512)
        var dp: [UInt8] = []
        for _ in 0..<p.count { dp += p }
        let dpDigest = digest(dp, sha512)
        let pSeq = cycled(dpDigest, to: p.count)
        var ds: [UInt8] = []
        for _ in 0..<(16 + Int(a[0])) { ds += s }
        let dsDigest = digest(ds, sha512)
        let sSeq = cycled(dsDigest, to: s.count)
        var c = a
        for i in 0..<r {
            var input: [UInt8] = (i & 1) != 0 ? pSeq : c
            if i % 3 != 0 { input += sSeq }
            if i % 7 != 0 { input += pSeq }
            input += (i & 1) != 0 ? c : pSeq
            c = digest(input, sha512)
        }
        var out = sha512 ? "$6$" : "$5$"
        if rounds != nil { out += "rounds=\(r)$" }
        out += String(decoding: s, as: UTF8.self) + "$"
        func b64(_ b2: UInt8, _ b1: UInt8, _ b0: UInt8, _ count: Int) {
            var w = (UInt32(b2) << 16) | (UInt32(b1) << 8) | UInt32(b0)
            for _ in 0..<count {
                out.append(alphabet[Int(w & 0x3F)])
                w >>= 6
            }
        }
        if sha512 {
            let order: [(Int, Int, Int)] = [
                (0, 21, 42), (22, 43, 1), (44, 2, 23), (3, 24, 45), (25, 46, 4), (47, 5, 26), (6, 27, 48), (28, 49, 7), (50, 8, 29),
                (9, 30, 51), (31, 52, 10), (53, 11, 32), (12, 33, 54), (34, 55, 13), (56, 14, 35), (15, 36, 57), (37, 58, 16),
                (59, 17, 38), (18, 39, 60), (40, 61, 19), (62, 20, 41),
            ]
            for (x, y, z) in order { b64(c[x], c[y], c[z], 4) }
            b64(0, 0, c[63], 2)
        } else {
            let order: [(Int, Int, Int)] = [
                (0, 10, 20), (21, 1, 11), (12, 22, 2), (3, 13, 23), (24, 4, 14), (15, 25, 5), (6, 16, 26), (27, 7, 17), (18, 28, 8),
                (9, 19, 29),
            ]
            for (x, y, z) in order { b64(c[x], c[y], c[z], 4) }
            b64(0, c[31], c[30], 3)
        }
        return out
    }
}
