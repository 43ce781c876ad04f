import Foundation
import SwansibleCore

/// Python's operators on values: arithmetic, comparison, membership.
enum Operators {
    static func typeError(_ op: String, _ a: Value, _ b: Value) -> JinjaError {
        JinjaError(.type, "unsupported operand type(s) for \(op): '\(a.pythonTypeName)' and '\(b.pythonTypeName)'")
    }

    static func checkUndefined(_ v: Value) throws(JinjaError) {
        if let u = v.undefined { throw u.error() }
    }

    /// An int (or bool) usable as an index.
    static func index(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    enum Num {
        case int(Int)
        case big(BigInt)
        case float(Double)
    }

    static func num(_ v: Value) -> Num? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .bigInt(let s): return BigInt(s).map { .big($0) }
        case .float(let d): return .float(d)
        default: return nil
        }
    }

    static func double(_ n: Num) -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .big(let b): return b.asDouble
        case .float(let d): return d
        }
    }

    static func big(_ n: Num) -> BigInt? {
        switch n {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float: return nil
        }
    }

    static func negate(_ v: Value) throws(JinjaError) -> Value {
        try checkUndefined(v)
        switch num(v) {
        case .int(let i)?: return i == Int.min ? .integer(-BigInt(i)) : .int(-i)
        case .big(let b)?: return .integer(-b)
        case .float(let d)?: return .float(-d)
        case nil: throw JinjaError(.type, "bad operand type for unary -: '\(v.pythonTypeName)'")
        }
    }

    static func positive(_ v: Value) throws(JinjaError) -> Value {
        try checkUndefined(v)
        switch num(v) {
        case .int(let i)?: return .int(i)
        case .big?, .float?: return v
        case nil: throw JinjaError(.type, "bad operand type for unary +: '\(v.pythonTypeName)'")
        }
    }

    static func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(JinjaError) -> Value {
        try checkUndefined(a)
        try checkUndefined(b)
        if let x = num(a), let y = num(b) {
            return try arithmetic(op, x, y, a, b)
        }
        if let r = try dateArithmetic(op, a, b) { return r }
        switch (op, a, b) {
        case (.add, _, _):
            if let x = a.stringValue, let y = b.stringValue { return .string(x + y) }
            if case .list(let x) = a, case .list(let y) = b { return .list(x + y) }
            if case .tuple(let x) = a, case .tuple(let y) = b { return .tuple(x + y) }
            if case .list = a, case .tuple = b { throw JinjaError(.type, "can only concatenate list (not \"tuple\") to list") }
            if a.stringValue != nil {
                throw JinjaError(.type, "can only concatenate str (not \"\(b.pythonTypeName)\") to str")
            }
            if case .list = a { throw JinjaError(.type, "can only concatenate list (not \"\(b.pythonTypeName)\") to list") }
        case (.mul, _, _):
            if let s = a.stringValue, let n = index(b) { return .string(repeatString(s, n)) }
            if let s = b.stringValue, let n = index(a) { return .string(repeatString(s, n)) }
            if case .list(let l) = a, let n = index(b) { return .list(repeatList(l, n)) }
            if case .list(let l) = b, let n = index(a) { return .list(repeatList(l, n)) }
            if case .tuple(let l) = a, let n = index(b) { return .tuple(repeatList(l, n)) }
            if a.stringValue != nil || b.stringValue != nil {
                let other = a.stringValue != nil ? b : a
                throw JinjaError(.type, "can't multiply sequence by non-int of type '\(other.pythonTypeName)'")
            }
        case (.mod, _, _):
            if let s = a.stringValue { return .string(try PercentFormat.format(s, b)) }
        default:
            break
        }
        throw typeError(op.rawValue, a, b)
    }

    static func repeatString(_ s: String, _ n: Int) -> String { n <= 0 ? "" : String(repeating: s, count: n) }

    static func repeatList(_ l: [Value], _ n: Int) -> [Value] {
        guard n > 0 else { return [] }
        var out: [Value] = []
        for _ in 0..<n { out.append(contentsOf: l) }
        return out
    }

    static func arithmetic(_ op: BinaryOp, _ x: Num, _ y: Num, _ a: Value, _ b: Value) throws(JinjaError) -> Value {
        // int op int, exactly; bigints where it overflows
        if case .int(let i) = x, case .int(let j) = y {
            switch op {
            case .add:
                let (r, o) = i.addingReportingOverflow(j)
                return o ? .integer(BigInt(i) + BigInt(j)) : .int(r)
            case .sub:
                let (r, o) = i.subtractingReportingOverflow(j)
                return o ? .integer(BigInt(i) - BigInt(j)) : .int(r)
            case .mul:
                let (r, o) = i.multipliedReportingOverflow(by: j)
                return o ? .integer(BigInt(i) * BigInt(j)) : .int(r)
            case .div:
                if j == 0 { throw JinjaError(.value, "division by zero") }
                return .float(Double(i) / Double(j))
            case .floordiv:
                if j == 0 { throw JinjaError(.value, "integer division or modulo by zero") }
                if i == Int.min && j == -1 { return .integer(-BigInt(i)) }
                var q = i / j
                if (i % j != 0) && ((i < 0) != (j < 0)) { q -= 1 }
                return .int(q)
            case .mod:
                if j == 0 { throw JinjaError(.value, "integer division or modulo by zero") }
                if j == -1 { return .int(0) }
                var r = i % j
                if r != 0 && ((r < 0) != (j < 0)) { r += j }
                return .int(r)
            case .pow:
                if j < 0 { return .float(pow(Double(i), Double(j))) }
                return .integer(powBig(BigInt(i), j))
            case .concat:
                break
            }
        }
        if case .float = x {
        } else if case .float = y {
        } else if let p = big(x), let q = big(y) {
            switch op {
            case .add: return .integer(p + q)
            case .sub: return .integer(p - q)
            case .mul: return .integer(p * q)
            case .floordiv, .mod:
                guard let (d, m) = BigInt.divmod(p, q) else { throw JinjaError(.value, "integer division or modulo by zero") }
                return .integer(op == .floordiv ? d : m)
            case .pow:
                if let e = q.asInt, e >= 0 { return .integer(powBig(p, e)) }
                return .float(pow(p.asDouble, q.asDouble))
            case .div:
                if q.isZero { throw JinjaError(.value, "division by zero") }
                return .float(p.asDouble / q.asDouble)
            case .concat: break
            }
        }
        let fx = double(x)
        let fy = double(y)
        switch op {
        case .add: return .float(fx + fy)
        case .sub: return .float(fx - fy)
        case .mul: return .float(fx * fy)
        case .div:
            if fy == 0 { throw JinjaError(.value, "float division by zero") }
            return .float(fx / fy)
        case .floordiv:
            if fy == 0 { throw JinjaError(.value, "float floor division by zero") }
            return .float(pythonFloorDiv(fx, fy))
        case .mod:
            if fy == 0 { throw JinjaError(.value, "float modulo") }
            return .float(pythonFloatMod(fx, fy))
        case .pow:
            if fx < 0 && fy != fy.rounded() { throw JinjaError(.value, "complex result of a negative number to a fractional power") }
            return .float(pow(fx, fy))
        case .concat:
            throw typeError("~", a, b)
        }
    }

    static func pythonFloatMod(_ a: Double, _ b: Double) -> Double {
        var m = fmod(a, b)
        if m != 0 {
            if (b < 0) != (m < 0) { m += b }
        } else {
            m = b < 0 ? -0.0 : 0.0
        }
        return m
    }

    static func pythonFloorDiv(_ a: Double, _ b: Double) -> Double {
        let m = fmod(a, b)
        var div = (a - m) / b
        if m != 0 && ((b < 0) != (m < 0)) { div -= 1 }
        if div != 0 {
            var floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
            return floordiv
        }
        return (a / b) < 0 ? -0.0 : 0.0
    }

    static func powBig(_ base: BigInt, _ exp: Int) -> BigInt {
        var result = BigInt(1)
        var b = base
        var e = exp
        while e > 0 {
            if e & 1 == 1 { result = result * b }
            e >>= 1
            if e > 0 { b = b * b }
        }
        return result
    }

    // MARK: comparison

    static func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws(JinjaError) -> Bool {
        switch op {
        case .eq, .ne:
            // StrictUndefined and Ansible's undefined fail on comparison; Jinja2's plain one does not
            for v in [a, b] {
                if case .object(let o) = v, let u = o as? Undefined, u.kind == .strict || u.kind == .ansible { throw u.error() }
            }
            return op == .eq ? equal(a, b) : !equal(a, b)
        case .in: return try contains(b, a)
        case .notIn: return !(try contains(b, a))
        case .lt: return try order(a, b, "<") < 0
        case .le: return try order(a, b, "<=") <= 0
        case .gt: return try order(a, b, ">") > 0
        case .ge: return try order(a, b, ">=") >= 0
        }
    }

    /// Python `==`, with undefined equal to undefined.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        if a.isUndefined || b.isUndefined { return a.isUndefined && b.isUndefined }
        if let x = num(a), let y = num(b) {
            if case .float = x {
            } else if case .float = y {
            } else if let p = big(x), let q = big(y) {
                return p == q
            }
            return double(x) == double(y)
        }
        if let o = dateOrder(a, b) { return o == 0 }
        switch (a, b) {
        case (.list(let x), .tuple(let y)), (.tuple(let x), .list(let y)):
            _ = (x, y)
            return false
        default: return a == b
        }
    }

    /// -1, 0 or 1, or a TypeError as Python raises for unorderable types.
    static func order(_ a: Value, _ b: Value, _ op: String) throws(JinjaError) -> Int {
        if let u = a.undefined { throw u.error() }
        if let u = b.undefined { throw u.error() }
        if let x = num(a), let y = num(b) {
            if case .float = x {
            } else if case .float = y {
            } else if let p = big(x), let q = big(y) {
                return p < q ? -1 : (p == q ? 0 : 1)
            }
            let dx = double(x)
            let dy = double(y)
            return dx < dy ? -1 : (dx == dy ? 0 : 1)
        }
        if let x = a.stringValue, let y = b.stringValue {
            return x.pythonLess(y) ? -1 : (x.unicodeScalars.elementsEqual(y.unicodeScalars) ? 0 : 1)
        }
        if let o = dateOrder(a, b) { return o }
        switch (a, b) {
        case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)):
            for (p, q) in zip(x, y) where !equal(p, q) {
                return try order(p, q, op)
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        default:
            throw JinjaError(.type, "'\(op)' not supported between instances of '\(a.pythonTypeName)' and '\(b.pythonTypeName)'")
        }
    }

    /// `needle in haystack`.
    static func contains(_ haystack: Value, _ needle: Value) throws(JinjaError) -> Bool {
        switch haystack {
        case .string(let s), .unsafe(let s):
            guard let n = needle.stringValue else {
                if let u = needle.undefined { throw u.error() }
                throw JinjaError(.type, "'in <string>' requires string as left operand, not \(needle.pythonTypeName)")
            }
            return n.isEmpty || s.contains(n)
        case .list(let l), .tuple(let l): return l.contains { equal($0, needle) }
        case .dict(let d): return d[needle] != nil
        case .object(let o):
            if let u = o as? Undefined {
                if u.kind == .lenient || u.kind == .chainable || u.kind == .debug { return false }
                throw u.error()
            }
            if let ns = o as? Namespace { return ns.attrs[needle] != nil }
            if let it = o as? IterableObject { return it.listItems.contains { equal($0, needle) } }
            if let lazy = o as? LazyMapping, let k = needle.stringValue { return lazy.keys.contains(k) }
            throw JinjaError(.type, "argument of type '\(o.typeName)' is not iterable")
        default:
            throw JinjaError(.type, "argument of type '\(haystack.pythonTypeName)' is not iterable")
        }
    }

    /// Python slicing of a sequence.
    static func slice<T>(_ items: [T], _ start: Int?, _ stop: Int?, _ step: Int) -> [T] {
        let n = items.count
        var out: [T] = []
        if step > 0 {
            var a = start ?? 0
            var b = stop ?? n
            if a < 0 { a = max(0, a + n) }
            if b < 0 { b = max(0, b + n) }
            a = min(a, n)
            b = min(b, n)
            var i = a
            while i < b {
                out.append(items[i])
                i += step
            }
        } else {
            var a = start ?? n - 1
            var b = stop ?? -n - 1
            if a < 0 { a += n }
            if stop != nil && b < 0 { b += n }
            a = min(a, n - 1)
            if stop == nil { b = -1 }
            var i = a
            while i > b && i >= 0 {
                out.append(items[i])
                i += step
            }
        }
        return out
    }
}
