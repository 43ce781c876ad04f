/// An arbitrary-precision integer, for Python's unbounded `int` (sign and magnitude in base
/// 2^32 limbs, least significant first).
public struct BigInt: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var negative: Bool
    public var limbs: [UInt32]

    public init(_ v: Int) {
        negative = v < 0
        var m = v.magnitude
        limbs = []
        while m > 0 {
            limbs.append(UInt32(truncatingIfNeeded: m))
            m >>= 32
        }
    }

    init(negative: Bool, limbs: [UInt32]) {
        var l = limbs
        while l.last == 0 { l.removeLast() }
        self.negative = l.isEmpty ? false : negative
        self.limbs = l
    }

    /// Parses decimal digits with an optional sign.
    public init?(_ text: String) {
        var s = Substring(text)
        var neg = false
        if s.hasPrefix("-") {
            neg = true
            s = s.dropFirst()
        } else if s.hasPrefix("+") {
            s = s.dropFirst()
        }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var r = BigInt(0)
        for ch in s {
            r = r.mulSmall(10).addSmall(UInt32((ch.asciiValue ?? 48) - 48))
        }
        self.init(negative: neg, limbs: r.limbs)
    }

    public var isZero: Bool { limbs.isEmpty }

    /// The value as an Int when it fits.
    public var asInt: Int? {
        if limbs.isEmpty { return 0 }
        if limbs.count > 2 { return nil }
        var m: UInt64 = 0
        for (i, l) in limbs.enumerated() { m |= UInt64(l) << (32 * UInt64(i)) }
        if negative {
            if m <= UInt64(Int.max) + 1 { return m == UInt64(Int.max) + 1 ? Int.min : -Int(m) }
            return nil
        }
        return m <= UInt64(Int.max) ? Int(m) : nil
    }

    public var asDouble: Double {
        var d = 0.0
        for l in limbs.reversed() { d = d * 4294967296.0 + Double(l) }
        return negative ? -d : d
    }

    func mulSmall(_ m: UInt32) -> BigInt {
        var out: [UInt32] = []
        var carry: UInt64 = 0
        for l in limbs {
            let v = UInt64(l) * UInt64(m) + carry
            out.append(UInt32(truncatingIfNeeded: v))
            carry = v >> 32
        }
        if carry > 0 { out.append(UInt32(carry)) }
        return BigInt(negative: negative, limbs: out)
    }

    func addSmall(_ a: UInt32) -> BigInt {
        BigInt.addMagnitudes(limbs, [a]).map { BigInt(negative: negative, limbs: $0) } ?? self
    }

    static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32]? {
        var out: [UInt32] = []
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let v = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            out.append(UInt32(truncatingIfNeeded: v))
            carry = v >> 32
        }
        if carry > 0 { out.append(UInt32(carry)) }
        return out
    }

    static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    /// a - b for |a| >= |b|.
    static func subMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var v = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            if v < 0 {
                v += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            out.append(UInt32(v))
        }
        return out
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative {
            return BigInt(negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs) ?? [])
        }
        let c = compareMagnitudes(a.limbs, b.limbs)
        if c == 0 { return BigInt(0) }
        if c > 0 { return BigInt(negative: a.negative, limbs: subMagnitudes(a.limbs, b.limbs)) }
        return BigInt(negative: b.negative, limbs: subMagnitudes(b.limbs, a.limbs))
    }

    public static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, limbs: a.limbs) }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        if a.isZero || b.isZero { return BigInt(0) }
        var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            for j in 0..<b.limbs.count {
                let v = UInt64(a.limbs[i]) * UInt64(b.limbs[j]) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: v)
                carry = v >> 32
            }
            var k = i + b.limbs.count
            while carry > 0 {
                let v = UInt64(out[k]) + carry
                out[k] = UInt32(truncatingIfNeeded: v)
                carry = v >> 32
                k += 1
            }
        }
        return BigInt(negative: a.negative != b.negative, limbs: out)
    }

    /// Python's floor division and modulo (the remainder takes the divisor's sign).
    public static func divmod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt)? {
        if b.isZero { return nil }
        // schoolbook long division, bit by bit (values here are small enough)
        var q = BigInt(0)
        var r = BigInt(0)
        let totalBits = a.limbs.count * 32
        var qLimbs = [UInt32](repeating: 0, count: a.limbs.count)
        let divisor = BigInt(negative: false, limbs: b.limbs)
        for bit in stride(from: totalBits - 1, through: 0, by: -1) {
            r = r.mulSmall(2)
            if (a.limbs[bit / 32] >> UInt32(bit % 32)) & 1 == 1 { r = r.addSmall(1) }
            if compareMagnitudes(r.limbs, divisor.limbs) >= 0 {
                r = BigInt(negative: false, limbs: subMagnitudes(r.limbs, divisor.limbs))
                qLimbs[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        q = BigInt(negative: a.negative != b.negative, limbs: qLimbs)
        r = BigInt(negative: a.negative, limbs: r.limbs)
        // truncated to floored
        if !r.isZero && (r.negative != b.negative) {
            q = q - BigInt(1)
            r = r + b
        }
        return (q, r)
    }

    public static func < (a: BigInt, b: BigInt) -> Bool {
        if a.negative != b.negative { return a.negative }
        let c = compareMagnitudes(a.limbs, b.limbs)
        return a.negative ? c > 0 : c < 0
    }

    public var description: String {
        if limbs.isEmpty { return "0" }
        var digits: [UInt32] = []  // base 10^9, least significant first
        var work = limbs
        while !work.isEmpty {
            var rem: UInt64 = 0
            for i in stride(from: work.count - 1, through: 0, by: -1) {
                let v = (rem << 32) | UInt64(work[i])
                work[i] = UInt32(v / 1_000_000_000)
                rem = v % 1_000_000_000
            }
            digits.append(UInt32(rem))
            while work.last == 0 { work.removeLast() }
        }
        var out = negative ? "-" : ""
        out += String(digits[digits.count - 1])
        for d in digits.dropLast().reversed() {
            let s = String(d)
            out += String(repeating: "0", count: 9 - s.count) + s
        }
        return out
    }
}

extension Value {
    /// An integer value from a big integer: `.int` when it fits.
    public static func integer(_ b: BigInt) -> Value {
        if let i = b.asInt { return .int(i) }
        return .bigInt(b.description)
    }

    /// The big integer of an int or bigInt value.
    public var bigInteger: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bigInt(let s): return BigInt(s)
        case .bool(let b): return BigInt(b ? 1 : 0)
        default: return nil
        }
    }
}
