import Jinja
import SwansibleCore

/// An IP network as netaddr's `IPNetwork`: an address (kept as given), a prefix length and a
/// version.
struct IPNet: Equatable {
    var version: Int
    /// The address as given (host bits kept), as a 128-bit value in two halves.
    var value: (hi: UInt64, lo: UInt64)
    var prefix: Int

    static func == (a: IPNet, b: IPNet) -> Bool {
        a.version == b.version && a.value.hi == b.value.hi && a.value.lo == b.value.lo && a.prefix == b.prefix
    }

    var bits: Int { version == 4 ? 32 : 128 }

    /// Parses `a.b.c.d`, `a.b.c.d/nn`, IPv6 forms and `addr/netmask`.
    static func parse(_ text: String) -> IPNet? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = parts.first else { return nil }
        if let v4 = parseV4(String(first)) {
            var prefix = 32
            if parts.count == 2 {
                let p = String(parts[1])
                if let n = Int(p), n >= 0, n <= 32, p.allSatisfy(\.isNumber) {
                    prefix = n
                } else if let mask = parseV4(p), let n = maskLength(mask) {
                    prefix = n
                } else if let mask = parseV4(p), let n = maskLength(~mask) {
                    // a hostmask (0.0.0.255), as netaddr takes it
                    prefix = n
                } else {
                    return nil
                }
            }
            return IPNet(version: 4, value: (0, UInt64(v4)), prefix: prefix)
        }
        if let v6 = parseV6(String(first)) {
            var prefix = 128
            if parts.count == 2 {
                guard let n = Int(parts[1]), n >= 0, n <= 128 else { return nil }
                prefix = n
            }
            return IPNet(version: 6, value: v6, prefix: prefix)
        }
        return nil
    }

    static func parseV4(_ s: String) -> UInt32? {
        let octets = s.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var v: UInt32 = 0
        for o in octets {
            guard !o.isEmpty, o.count <= 3, o.allSatisfy({ $0.isASCII && $0.isNumber }), let n = UInt32(o), n <= 255 else { return nil }
            v = (v << 8) | n
        }
        return v
    }

    static func maskLength(_ m: UInt32) -> Int? {
        let n = m.leadingZeroBitCount == 0 ? (~m).leadingZeroBitCount : 0
        let ones = m == 0 ? 0 : n
        let expected: UInt32 = ones == 0 ? 0 : ~UInt32(0) << UInt32(32 - ones)
        return m == expected ? ones : nil
    }

    static func parseV6(_ s: String) -> (UInt64, UInt64)? {
        guard s.contains(":") else { return nil }
        var words: [UInt16] = []
        var text = s
        var tail: [UInt16] = []
        // an embedded IPv4 tail
        if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].contains(".") {
            guard let v4 = parseV4(String(text[text.index(after: lastColon)...])) else { return nil }
            tail = [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
            text = String(text[...lastColon]) + (text[...lastColon].hasSuffix("::") ? "" : "0")
            if !text.hasSuffix("::") { text.removeLast() }
            if text.hasSuffix(":") && !text.hasSuffix("::") { text.removeLast() }
        }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func parseWords(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var out: [UInt16] = []
            for w in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard !w.isEmpty, w.count <= 4, let n = UInt16(w, radix: 16) else { return nil }
                out.append(n)
            }
            return out
        }
        guard let head = parseWords(halves[0]) else { return nil }
        if halves.count == 2 {
            guard let back = parseWords(halves[1]) else { return nil }
            let missing = 8 - head.count - back.count - tail.count
            guard missing >= 1 else { return nil }
            words = head + Array(repeating: 0, count: missing) + back + tail
        } else {
            words = head + tail
        }
        guard words.count == 8 else { return nil }
        var hi: UInt64 = 0
        var lo: UInt64 = 0
        for i in 0..<4 { hi = (hi << 16) | UInt64(words[i]) }
        for i in 4..<8 { lo = (lo << 16) | UInt64(words[i]) }
        return (hi, lo)
    }

    // 128-bit arithmetic on (hi, lo)
    static func mask(_ prefix: Int, bits: Int) -> (UInt64, UInt64) {
        if bits == 32 {
            let m: UInt64 = prefix == 0 ? 0 : UInt64(~UInt32(0) << UInt32(32 - prefix))
            return (0, m)
        }
        if prefix == 0 { return (0, 0) }
        if prefix <= 64 { return (prefix == 64 ? ~0 : ~UInt64(0) << UInt64(64 - prefix), 0) }
        return (~0, prefix == 128 ? ~0 : ~UInt64(0) << UInt64(128 - prefix))
    }

    var netmask: (UInt64, UInt64) { IPNet.mask(prefix, bits: bits) }
    var hostmask: (UInt64, UInt64) {
        let m = netmask
        if version == 4 { return (0, ~m.1 & 0xFFFF_FFFF) }
        return (~m.0, ~m.1)
    }
    var network: (UInt64, UInt64) { (value.hi & netmask.0, value.lo & netmask.1) }
    var broadcast: (UInt64, UInt64) { (network.0 | hostmask.0, network.1 | hostmask.1) }
    /// Number of addresses (capped for display of huge IPv6 networks).
    var size: Double { pow2(bits - prefix) }

    /// A 128-bit value as a big integer.
    static func big(_ a: (UInt64, UInt64)) -> BigInt {
        var b = BigInt(0)
        b.limbs = [
            UInt32(truncatingIfNeeded: a.1), UInt32(truncatingIfNeeded: a.1 >> 32), UInt32(truncatingIfNeeded: a.0),
            UInt32(truncatingIfNeeded: a.0 >> 32),
        ]
        while b.limbs.last == 0 { b.limbs.removeLast() }
        return b
    }

    /// a >> n, in 128 bits.
    static func shr(_ a: (UInt64, UInt64), _ n: Int) -> (UInt64, UInt64) {
        if n <= 0 { return a }
        if n >= 128 { return (0, 0) }
        if n >= 64 { return (0, a.0 >> UInt64(n - 64)) }
        return (a.0 >> UInt64(n), (a.1 >> UInt64(n)) | (a.0 << UInt64(64 - n)))
    }

    static func and(_ a: (UInt64, UInt64), _ b: (UInt64, UInt64)) -> (UInt64, UInt64) { (a.0 & b.0, a.1 & b.1) }

    /// (2^width - 1) << shift, in 128 bits.
    static func mask(_ width: Int, shift: Int) -> (UInt64, UInt64) {
        var m: (UInt64, UInt64) = (0, 0)
        for bit in shift..<min(128, shift + max(0, width)) {
            if bit >= 64 { m.0 |= 1 << UInt64(bit - 64) } else { m.1 |= 1 << UInt64(bit) }
        }
        return m
    }

    /// a + (k << shift), in 128 bits.
    static func addShifted(_ a: (UInt64, UInt64), _ k: UInt64, _ shift: Int) -> (UInt64, UInt64) {
        let hi: UInt64
        let lo: UInt64
        if shift >= 128 {
            (hi, lo) = (0, 0)
        } else if shift >= 64 {
            (hi, lo) = (k << UInt64(shift - 64), 0)
        } else if shift == 0 {
            (hi, lo) = (0, k)
        } else {
            (hi, lo) = (k >> UInt64(64 - shift), k << UInt64(shift))
        }
        let (l, o) = a.1.addingReportingOverflow(lo)
        return (a.0 &+ hi &+ (o ? 1 : 0), l)
    }

    static func add(_ a: (UInt64, UInt64), _ n: Int64) -> (UInt64, UInt64) {
        if n == Int64.min { return add(add(a, n + 1), -1) }
        if n >= 0 {
            let (lo, o) = a.1.addingReportingOverflow(UInt64(n))
            return (a.0 &+ (o ? 1 : 0), lo)
        }
        let m = UInt64(-n)
        let (lo, o) = a.1.subtractingReportingOverflow(m)
        return (a.0 &- (o ? 1 : 0), lo)
    }

    func format(_ v: (UInt64, UInt64)) -> String {
        if version == 6 && v.0 == 0 && (v.1 >> 32) == 0xFFFF {
            // netaddr writes IPv4-mapped addresses with the IPv4 part dotted
            let x = UInt32(truncatingIfNeeded: v.1)
            return "::ffff:\(x >> 24).\((x >> 16) & 255).\((x >> 8) & 255).\(x & 255)"
        }
        if version == 4 {
            let x = UInt32(truncatingIfNeeded: v.1)
            return "\(x >> 24).\((x >> 16) & 255).\((x >> 8) & 255).\(x & 255)"
        }
        var words: [UInt16] = []
        for i in stride(from: 3, through: 0, by: -1) { words.append(UInt16(truncatingIfNeeded: v.0 >> (UInt64(i) * 16))) }
        for i in stride(from: 3, through: 0, by: -1) { words.append(UInt16(truncatingIfNeeded: v.1 >> (UInt64(i) * 16))) }
        // the longest run of zero words (at least two) becomes ::
        var bestStart = -1
        var bestLen = 0
        var i = 0
        while i < 8 {
            if words[i] == 0 {
                var j = i
                while j < 8 && words[j] == 0 { j += 1 }
                if j - i > bestLen {
                    bestStart = i
                    bestLen = j - i
                }
                i = j
            } else {
                i += 1
            }
        }
        let hex = words.map { String($0, radix: 16) }
        if bestLen < 2 { return hex.joined(separator: ":") }
        let head = hex[0..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLen)...].joined(separator: ":")
        return head + "::" + tail
    }

    var ipText: String { format(value) }
    var text: String { "\(ipText)/\(prefix)" }
    var cidrText: String { "\(format(network))/\(prefix)" }
    var isNetworkAddress: Bool { value == network }
}

/// 2^n - minus, exactly (netaddr's sizes are Python ints).
func exactPow2(_ n: Int, minus: Int = 0) -> Value {
    var r = BigInt(1)
    for _ in 0..<n { r = r * BigInt(2) }
    return .integer(r - BigInt(minus))
}

/// A whole number that fits in an Int64, or nil (NaN, infinite, too large).
func exactInt(_ d: Double?) -> Int? {
    guard let d, d.isFinite, d > -9.2e18, d < 9.2e18 else { return nil }
    return Int(d)
}

func pow2(_ n: Int) -> Double {
    var r = 1.0
    for _ in 0..<n { r *= 2 }
    return r
}

extension IPNet {
    var asInt: BigInt { IPNet.big(value) }

    /// netaddr's `IPAddress.is_global()` (1.x) of the address.
    func isGlobal() -> Bool {
        func inside(_ list: [String]) -> Bool {
            list.contains { text in
                guard let n = IPNet.parse(text), n.version == version else { return false }
                return NetFilters.cmp(value, n.network) >= 0 && NetFilters.cmp(value, n.broadcast) <= 0
            }
        }
        if version == 4 {
            return !inside(NetFilters.v4NotGlobal) || inside(["192.0.0.9/32", "192.0.0.10/32"])
        }
        return !inside(NetFilters.v6NotGlobal)
            || inside(["2001:1::1/128", "2001:1::2/128", "2001:3::/32", "2001:4:112::/48", "2001:20::/28", "2001:30::/28"])
    }

    /// ansible.utils' `public` query: unicast, global, not loopback, not a netmask or hostmask.
    func isPublic() -> Bool {
        let multicast = version == 4 ? (value.lo >> 28) == 0xE : (value.hi >> 56) == 0xFF
        let loopback = version == 4 ? (value.lo >> 24) == 127 : (value.hi == 0 && value.lo == 1)
        let maxHi: UInt64 = version == 4 ? 0 : ~0
        let maxLo: UInt64 = version == 4 ? 0xFFFF_FFFF : ~0
        func powerOfTwo(_ x: (UInt64, UInt64)) -> Bool {
            // x is 0 or a power of two (128-bit)
            if x.0 == 0 { return x.1 & (x.1 &- 1) == 0 }
            return x.1 == 0 && x.0 & (x.0 &- 1) == 0
        }
        let hostmask = powerOfTwo(IPNet.add(value, 1))
        let inverted = (value.0 ^ maxHi, value.1 ^ maxLo)
        let netmask = powerOfTwo(IPNet.add(inverted, 1))
        return !multicast && isGlobal() && !loopback && !netmask && !hostmask
    }
}

/// The ansible.utils `ipaddr` family.
enum NetFilters {
    /// ansible.utils' IP tests (Python's `ipaddress` module underneath).
    static func testAddress(_ v: Value) -> IPNet? {
        guard let s = v.stringValue, !s.contains("/"), let n = IPNet.parse(s) else { return nil }
        return n
    }

    static func testNetwork(_ v: Value) -> IPNet? {
        guard let s = v.stringValue else { return nil }
        return IPNet.parse(s)
    }

    static func within(_ outer: IPNet, _ inner: IPNet) -> Bool {
        let first = inner.prefix == inner.bits ? inner.value : inner.network
        let last = inner.prefix == inner.bits ? inner.value : inner.broadcast
        return outer.version == inner.version && inner.prefix >= outer.prefix && cmp(first, outer.network) >= 0
            && cmp(last, outer.broadcast) <= 0
    }

    static let tests: [String: Test] = {
        func t(_ body: @escaping @Sendable (Value, Arguments) -> Bool) -> Test { { v, a, _ throws(JinjaError) in body(v, a) } }
        let address = NetFilters.testAddress
        let network = NetFilters.testNetwork
        let contains = NetFilters.within
        return [
            "ip": t { v, _ in network(v) != nil },
            "ip_address": t { v, _ in address(v) != nil },
            "ipv4": t { v, _ in network(v)?.version == 4 },
            "ipv4_address": t { v, _ in address(v)?.version == 4 },
            "ipv6": t { v, _ in network(v)?.version == 6 },
            "ipv6_address": t { v, _ in address(v)?.version == 6 },
            "in_network": t { v, a in
                guard let ip = address(v), let n = a.positional.first.flatMap(network) else { return false }
                return contains(n, ip)
            },
            "in_any_network": t { v, a in
                guard let ip = address(v), let nets = a.positional.first?.listValue else { return false }
                return nets.contains { network($0).map { contains($0, ip) } ?? false }
            },
            "subnet_of": t { v, a in
                guard let inner = network(v), let outer = a.positional.first.flatMap(network) else { return false }
                return contains(outer, inner)
            },
            "supernet_of": t { v, a in
                guard let outer = network(v), let inner = a.positional.first.flatMap(network) else { return false }
                return contains(outer, inner)
            },
            // Python's is_private: not global, but the shared address space 100.64.0.0/10 is neither
            "private": t { v, _ in
                guard let ip = address(v) else { return false }
                if ip.version == 4 && (ip.value.lo >> 22) == (0x6440_0000 >> 22) { return false }
                return !ip.isGlobal()
            },
            "public": t { v, _ in address(v)?.isGlobal() ?? false },
            "loopback": t { v, _ in
                guard let ip = address(v) else { return false }
                return ip.version == 4 ? (ip.value.lo >> 24) == 127 : (ip.value.hi == 0 && ip.value.lo == 1)
            },
            "multicast": t { v, _ in
                guard let ip = address(v) else { return false }
                return ip.version == 4 ? (ip.value.lo >> 28) == 0xE : (ip.value.hi >> 56) == 0xFF
            },
        ]
    }()

    static func f(_ body: @escaping @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> Value) -> Filter { body }

    static let filters: [String: Filter] = [
        "ipaddr": f { v, a, _ throws(JinjaError) in try ipaddr(v, query(a), version: 0) },
        "ipv4": f { v, a, _ throws(JinjaError) in try ipaddr(v, query(a), version: 4) },
        "ipv6": f { v, a, _ throws(JinjaError) in try ipaddr(v, query(a), version: 6) },
        "ipwrap": f { v, a, _ throws(JinjaError) in
            let q = query(a)
            switch v {
            case .string, .unsafe, .list, .tuple: break
            default: throw unrecognized(v, "ipwrap")
            }
            if let l = v.listValue {
                return .list(try l.map { (x: Value) throws(JinjaError) -> Value in try wrap(x, q) }.filter { $0 != .bool(false) })
            }
            return try wrap(v, q)
        },
        "nthhost": f { v, a, _ throws(JinjaError) in
            guard let net = parse(v), let nd = a.positional.first?.numeric ?? a.positional.first?.stringValue.flatMap({ Double($0) }) else {
                return .bool(false)
            }
            guard let n = exactInt(nd) else { return .bool(false) }
            let base = net.prefix == net.bits ? net : IPNet(version: net.version, value: net.network, prefix: net.prefix)
            let size = base.size
            if n >= 0 {
                guard Double(n) < size else { return .bool(false) }
                return .string(base.format(IPNet.add(base.network, Int64(n))))
            }
            guard Double(-n) <= size else { throw JinjaError(.raised, "index out range for address range size!") }
            return .string(base.format(IPNet.add(base.broadcast, Int64(n + 1))))
        },
        "ipsubnet": f { v, a, _ throws(JinjaError) in
            guard let parsed = parse(v) else { return .bool(false) }
            // netaddr: the value becomes its network, and an address its /32 (/128)
            let net = IPNet(version: parsed.version, value: parsed.network, prefix: parsed.prefix)
            let isAddress = net.prefix == net.bits
            let q = a.positional.first ?? a.keyword("query")
            guard let q, q.isTruthy else { return .string(net.cidrText) }
            let qText = PythonFormat.str(q)
            guard !qText.isEmpty, qText.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                // a network: the 1-based position of the value among its subnets of that size
                guard let outer = IPNet.parse(qText) else {
                    throw JinjaError(.raised, "You must pass a valid subnet or IP address; \(qText) is invalid")
                }
                let o = IPNet(version: outer.version, value: outer.prefix == outer.bits ? outer.value : outer.network, prefix: outer.prefix)
                if o.version == net.version && o.prefix <= net.prefix
                    && IPNet.shr(net.value, net.bits - o.prefix) == IPNet.shr(o.value, o.bits - o.prefix)
                {
                    let inside = IPNet.shr(
                        IPNet.and(net.value, IPNet.mask(net.prefix - o.prefix, shift: net.bits - net.prefix)), net.bits - net.prefix)
                    if inside.0 == 0 && inside.1 < UInt64(Int.max) { return .string(String(inside.1 + 1)) }
                    return .string(PythonFormat.str(.integer(IPNet.big(inside) + BigInt(1))))
                }
                throw JinjaError(.raised, "\(net.cidrText) is not in the subnet \(o.cidrText)")
            }
            guard let newPrefix = Int(qText), newPrefix <= net.bits else { return .bool(false) }
            let indexArg = a.positional.count > 1 ? a.positional[1] : a.keyword("index")
            if indexArg == nil || indexArg?.isNone == true {
                if isAddress {
                    return .string(IPNet(version: net.version, value: net.value, prefix: newPrefix).cidrText)
                }
                if newPrefix < net.prefix { throw JinjaError(.raised, "Requested subnet size of \(newPrefix) is invalid") }
                return .string(PythonFormat.str(exactPow2(newPrefix - net.prefix)))
            }
            guard let idx = exactInt(indexArg?.numeric ?? indexArg?.stringValue.flatMap { Double($0) }) else { return .bool(false) }
            if isAddress {
                // supernet(query)[index]: the supernets from /query to /(bits-1)
                let supers = max(0, net.bits - newPrefix)
                let i = idx < 0 ? idx + supers : idx
                guard i >= 0, i < supers else { return .bool(false) }
                return .string(IPNet(version: net.version, value: net.value, prefix: newPrefix + i).cidrText)
            }
            guard newPrefix >= net.prefix else { return .bool(false) }
            let count = pow2(newPrefix - net.prefix)
            guard let index = idx < 0 ? (count < 9.2e18 ? Int(count) + idx : nil) : idx, index >= 0, Double(index) < count else {
                return .bool(false)
            }
            let start = IPNet.addShifted(net.network, UInt64(index), net.bits - newPrefix)
            return .string(IPNet(version: net.version, value: start, prefix: newPrefix).cidrText)
        },
        "ipmath": f { v, a, _ throws(JinjaError) in
            guard let net = parse(v) else {
                throw JinjaError(.raised, "You must pass a valid IP address; \(PythonFormat.str(v)) is invalid")
            }
            let amount = a.positional.first ?? a.keyword("amount") ?? .null
            // the argspec turns "1" into 1
            guard let k = exactInt(amount.numeric) ?? amount.stringValue.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw JinjaError(
                    .raised,
                    "['argument \\'amount\\' is of type \(amount.pythonTypeName) and we were unable to convert to int: \(PythonFormat.repr(amount)) cannot be converted to an int']"
                )
            }
            let r = IPNet.add(net.value, Int64(k))
            let wrapped = k >= 0 ? cmp(r, net.value) < 0 : cmp(r, net.value) > 0
            if wrapped || (net.version == 4 && (r.0 != 0 || r.1 > UInt64(UInt32.max))) {
                throw JinjaError(.raised, "result outside valid IP address boundary!")
            }
            return .string(net.format(r))
        },
        "network_in_usable": f { v, a, _ throws(JinjaError) in
            guard let net = parse(v), let arg0 = a.positional.first, let test = parse(arg0) else { return .bool(false) }
            let first = IPNet.add(net.network, 1)
            let last = IPNet.add(net.broadcast, -1)
            return .bool(cmp(test.value, first) >= 0 && cmp(test.value, last) <= 0)
        },
        "network_in_network": f { v, a, _ throws(JinjaError) in
            guard let net = parse(v), let arg0 = a.positional.first, let test = parse(arg0) else { return .bool(false) }
            let tb = test.prefix == test.bits ? test.value : test.broadcast
            return .bool(cmp(test.network, net.network) >= 0 && cmp(tb, net.broadcast) <= 0 && test.prefix >= net.prefix)
        },
        "next_nth_usable": f { v, a, _ throws(JinjaError) in
            let offset = a.positional.first ?? a.keyword("offset") ?? .null
            guard let n = try offsetArgument(offset) else { return .null }
            guard let net = parse(v) else { return .null }
            guard let k = exactInt(n) else { return .null }
            let x = IPNet.add(net.value, Int64(k))
            guard cmp(x, IPNet.add(net.broadcast, -1)) <= 0 else { return .null }
            return .string(net.format(x))
        },
        "previous_nth_usable": f { v, a, _ throws(JinjaError) in
            let offset = a.positional.first ?? a.keyword("offset") ?? .null
            guard let n = try offsetArgument(offset) else { return .null }
            guard let net = parse(v) else { return .null }
            guard let k = exactInt(n), k > Int.min else { return .null }
            let x = IPNet.add(net.value, -Int64(k))
            guard cmp(x, IPNet.add(net.network, 1)) >= 0 else { return .null }
            return .string(net.format(x))
        },
    ]

    static let v4NotGlobal = [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
        "255.255.255.255/32",
    ]
    static let v6NotGlobal = [
        "::1/128", "::/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16", "fc00::/7",
        "fe80::/10",
    ]

    static func cmp(_ a: (UInt64, UInt64), _ b: (UInt64, UInt64)) -> Int {
        if a.0 != b.0 { return a.0 < b.0 ? -1 : 1 }
        if a.1 != b.1 { return a.1 < b.1 ? -1 : 1 }
        return 0
    }

    static func query(_ a: Arguments) -> Value {
        a.positional.first ?? a.keyword("query") ?? .string("")
    }

    /// An address or network as netaddr reads it: text, or an integer (IPv4 up to 2^32 - 1,
    /// IPv6 above, or always IPv6 for the ipv6 filter), also as digits with an optional /prefix.
    static func parse(_ v: Value, version: Int = 0) -> IPNet? {
        func fromInt(_ i: Int, prefix: Int?) -> IPNet? {
            guard i >= 0 else { return nil }
            let v6 = version == 6 || i > Int(UInt32.max)
            let bits = v6 ? 128 : 32
            let p = prefix ?? bits
            guard p >= 0, p <= bits else { return nil }
            return IPNet(version: v6 ? 6 : 4, value: (0, UInt64(i)), prefix: p)
        }
        if case .int(let i) = v { return fromInt(i, prefix: nil) }
        guard let s = v.stringValue else { return nil }
        let parts = s.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        if let first = parts.first, !first.isEmpty, first.allSatisfy({ $0.isASCII && $0.isNumber }), let i = Int(first) {
            if parts.count == 1 { return fromInt(i, prefix: nil) }
            guard let p = Int(parts[1]) else { return nil }
            return fromInt(i, prefix: p)
        }
        return IPNet.parse(s)
    }

    static func wrap(_ v: Value, _ q: Value) throws(JinjaError) -> Value {
        guard let s = v.stringValue, let net = IPNet.parse(s) else { return v }
        if net.version == 6 {
            if s.contains("/") { return .string("[\(net.ipText)]/\(net.prefix)") }
            return .string("[\(net.ipText)]")
        }
        return v
    }

    /// ansible.utils' error for a value of a type its filters do not take.
    static func unrecognized(_ v: Value, _ filter: String) -> JinjaError {
        let cls: String
        switch v {
        case .dict: cls = "ansible._internal._templating._lazy_containers._AnsibleLazyTemplateDict"
        default: cls = v.pythonTypeName
        }
        return JinjaError(.raised, "Unrecognized type <<class '\(cls)'>> for \(filter) filter <value>")
    }

    /// The `offset` of next_nth_usable / previous_nth_usable as the argument spec converts it.
    static func offsetArgument(_ v: Value) throws(JinjaError) -> Double? {
        if let n = v.numeric { return n }
        if let s = v.stringValue {
            if let i = Int(s.trimmingCharacters(in: .whitespaces)) { return Double(i) }
            throw JinjaError(
                .raised,
                "['argument \\'offset\\' is of type str and we were unable to convert to int: \"\\'\(s)\\'\" cannot be converted to an int']"
            )
        }
        return nil
    }

    static func ipaddr(_ value: Value, _ query: Value, version: Int) throws(JinjaError) -> Value {
        if case .dict = value { throw unrecognized(value, version == 4 ? "ipv4" : version == 6 ? "ipv6" : "ipaddr") }
        if let l = value.listValue {
            var out: [Value] = []
            for x in l {
                let r = try ipaddr(x, query, version: version)
                if r.isTruthy { out.append(r) }
            }
            return .list(out)
        }
        if !value.isTruthy { return .bool(false) }
        if case .bool(true) = value { return .bool(false) }
        guard let v = parse(value, version: version) else { return .bool(false) }
        let vtype = (value.stringValue?.contains("/") ?? false) ? "network" : "address"
        if version != 0 && v.version != version { return .bool(false) }
        var q = PythonFormat.str(query)
        if case .int(let n) = query { q = String(n) }
        let size = v.size
        switch q {
        case "": return .string(vtype == "address" ? v.ipText : v.text)
        case "address", "ip":
            if size == 1 { return .string(v.ipText) }
            if !v.isNetworkAddress || size == 2 { return .string(v.ipText) }
            if v.version == 6 { return .string(v.ipText) }
            return .null
        case "bool": return .bool(true)
        case "broadcast": return size > 2 ? .string(v.format(v.broadcast)) : .null
        case "cidr": return .string(v.text)
        case "network/prefix", "subnet": return .string(v.cidrText)
        case "first_usable":
            if vtype == "address" { throw JinjaError(.raised, "Not a network address") }
            if size == 2 { return .string(v.format(v.network)) }
            return size > 1 ? .string(v.format(IPNet.add(v.network, 1))) : .null
        case "last_usable":
            if vtype == "address" { throw JinjaError(.raised, "Not a network address") }
            if size == 2 { return .string(v.format(v.broadcast)) }
            return size > 1 ? .string(v.format(IPNet.add(v.broadcast, -1))) : .null
        case "range_usable":
            if vtype == "address" { throw JinjaError(.raised, "Not a network address") }
            guard size > 1 else { return .null }
            let first = size == 2 ? v.network : IPNet.add(v.network, 1)
            let last = size == 2 ? v.broadcast : IPNet.add(v.broadcast, -1)
            return .string("\(v.format(first))-\(v.format(last))")
        case "host":
            if size == 1 { return .string(v.text) }
            return !v.isNetworkAddress || size == 2 ? .string("\(v.ipText)/\(v.prefix)") : .null
        case "host/prefix", "address/prefix", "gateway", "gw", "hostnet", "router":
            if size > 2 && (v.value == v.network || v.value == v.broadcast) { return .bool(false) }
            return .string(v.text)
        case "ip/prefix":
            if size == 2 { return .string(v.text) }
            return size > 1 && !v.isNetworkAddress ? .string(v.text) : .null
        case "hostmask", "wildcard": return .string(v.format(v.hostmask))
        case "int":
            if vtype == "address" { return .integer(v.asInt) }
            return .string("\(v.asInt)/\(v.prefix)")
        case "ipv4", "v4":
            if v.version == 4 { return value }
            // IPNetwork.ipv4(): IPv4-compatible (::/96) and IPv4-mapped (::ffff:0:0/96) only
            guard v.value.0 == 0, (v.value.1 >> 32) == 0 || (v.value.1 >> 32) == 0xFFFF, v.prefix >= 96 else { return .bool(false) }
            let four = IPNet(version: 4, value: (0, v.value.1 & 0xFFFF_FFFF), prefix: v.prefix - 96)
            return .string("\(four.ipText)/\(four.prefix)")
        case "ipv6", "v6":
            if v.version == 6 { return value }
            let six = IPNet(version: 6, value: (0, 0xFFFF_0000_0000 | v.value.1), prefix: v.prefix + 96)
            return .string("\(six.ipText)/\(six.prefix)")
        case "net": return size > 1 && v.isNetworkAddress ? .string(v.cidrText) : .null
        case "netmask": return .string(v.format(v.netmask))
        case "network", "network_id": return .string(v.format(v.network))
        case "network_netmask": return .string("\(v.format(v.network)) \(v.format(v.netmask))")
        case "network_wildcard": return .string("\(v.format(v.network)) \(v.format(v.hostmask))")
        case "prefix": return .int(v.prefix)
        case "next_usable", "previous_usable":
            if vtype == "address" { throw JinjaError(.raised, "Not a network address") }
            guard size > 1 else { return .null }
            let first = size == 2 ? v.network : IPNet.add(v.network, 1)
            let last = size == 2 ? v.broadcast : IPNet.add(v.broadcast, -1)
            let x = IPNet.add(v.value, q == "next_usable" ? 1 : -1)
            return cmp(x, first) >= 0 && cmp(x, last) <= 0 ? .string(v.format(x)) : .null
        case "peer":
            if vtype == "address" { throw JinjaError(.raised, "Not a network address") }
            if size == 2 { return .string(v.format((v.value.hi, v.value.lo ^ 1))) }
            if size == 4 {
                if v.value.lo % 4 == 0 { throw JinjaError(.raised, "Network address of /30 has no peer") }
                if v.value.lo % 4 == 3 { throw JinjaError(.raised, "Broadcast address of /30 has no peer") }
                return .string(v.format((v.value.hi, v.value.lo ^ 3)))
            }
            throw JinjaError(.raised, "Not a point-to-point network")
        case "ip_netmask":
            if size == 2 || (size > 1 && !v.isNetworkAddress) { return .string("\(v.ipText) \(v.format(v.netmask))") }
            return .null
        case "loopback", "lo":
            let loop = v.version == 4 ? (v.value.lo >> 24) == 127 : (v.value.hi == 0 && v.value.lo == 1)
            return loop ? value : .null
        case "link-local":
            let ll = v.version == 4 ? (v.value.lo >> 16) == 0xA9FE : (v.value.hi >> 54) == (0xFE80 >> 6)
            return ll ? value : .null
        case "6to4":
            if v.version == 4 {
                if size > 1 && v.isNetworkAddress { return .bool(false) }
                let x = UInt32(truncatingIfNeeded: v.value.lo)
                let one = IPNet(version: 4, value: v.value, prefix: 32)
                guard one.isPublic() || !one.isGlobal() else { return .bool(false) }
                let hex = [x >> 24, (x >> 16) & 255, (x >> 8) & 255, x & 255].map { b -> String in
                    let h = String(b, radix: 16)
                    return h.count == 1 ? "0" + h : h
                }
                return .string("2002:\(hex[0])\(hex[1]):\(hex[2])\(hex[3])::1/48")
            }
            if size > 1 && v.isNetworkAddress { return .bool(false) }
            return (v.value.hi >> 48) == 0x2002 ? value : .bool(false)
        case "multicast", "unicast":
            let mc = v.version == 4 ? (v.value.lo >> 28) == 0xE : (v.value.hi >> 56) == 0xFF
            return (q == "multicast") == mc ? value : .null
        case "private": return !v.isGlobal() ? value : .null
        case "public": return v.isPublic() ? value : .null
        case "revdns":
            if v.version == 4 {
                let parts = v.ipText.split(separator: ".").reversed()
                return .string(parts.joined(separator: ".") + ".in-addr.arpa.")
            }
            var nibbles: [String] = []
            for word in [v.value.hi, v.value.lo] {
                for i in stride(from: 15, through: 0, by: -1) { nibbles.append(String((word >> UInt64(i * 4)) & 0xF, radix: 16)) }
            }
            return .string(nibbles.reversed().joined(separator: ".") + ".ip6.arpa.")
        case "size": return exactPow2(v.bits - v.prefix)
        case "size_usable": return size == 1 ? .int(0) : size == 2 ? .int(2) : exactPow2(v.bits - v.prefix, minus: 2)
        case "type": return .string(size == 1 || !v.isNetworkAddress ? "address" : "network")
        case "version": return .int(v.version)
        case "wrap": return try wrap(value, query)
        default:
            if let n = Int(q), n > Int.min {
                if size == 1 { return .string(vtype == "address" ? v.ipText : v.text) }
                let idx = Int64(n)
                guard Double(abs(n)) < size || (n < 0 && Double(-n) <= size) else { return .bool(false) }
                let addr = n >= 0 ? IPNet.add(v.network, idx) : IPNet.add(v.broadcast, idx + 1)
                return .string("\(v.format(addr))/\(v.prefix)")
            }
            if let container = IPNet.parse(q), q.contains(where: { !$0.isNumber }) {
                // netaddr: the whole of v inside the network
                let last = size == 1 ? v.value : v.broadcast
                let first = size == 1 ? v.value : v.network
                let inside =
                    v.version == container.version && cmp(first, container.network) >= 0 && cmp(last, container.broadcast) <= 0
                return inside ? value : .null
            }
            if Double(q) != nil {
                if size == 1 { return .string(vtype == "address" ? v.ipText : v.text) }
                return .bool(false)
            }
            throw JinjaError(.raised, "ipaddr: unknown filter type: \(q)")
        }
    }
}
