import SwansibleCore

extension Builtins {
    static func t(_ body: @escaping @Sendable (Value, Arguments, Renderer) throws(JinjaError) -> Bool) -> Test { body }

    static func compareTest(_ op: CompareOp) -> Test {
        t { v, a, _ throws(JinjaError) in
            guard let other = a.positional.first ?? a.keywords.first?.1 else {
                throw JinjaError(.type, "test requires an argument")
            }
            return try Operators.compare(op, v, other)
        }
    }

    static func isInteger(_ v: Value) -> Bool {
        switch v {
        case .int, .bigInt: return true
        default: return false
        }
    }

    /// Jinja2's builtin tests.
    static let tests: [String: Test] = [
        "odd": t { v, _, _ throws(JinjaError) in
            guard let n = v.bigInteger else { throw JinjaError(.type, "not all arguments converted during string formatting") }
            return !(BigInt.divmod(n, BigInt(2))?.1.isZero ?? true)
        },
        "even": t { v, _, _ throws(JinjaError) in
            guard let n = v.bigInteger else { throw JinjaError(.type, "not all arguments converted during string formatting") }
            return BigInt.divmod(n, BigInt(2))?.1.isZero ?? false
        },
        "divisibleby": t { v, a, _ throws(JinjaError) in
            guard let d = a.positional.first else { throw JinjaError(.type, "divisibleby() missing 1 required positional argument: 'num'") }
            let m = try Operators.binary(.mod, v, d)
            return Operators.equal(m, .int(0))
        },
        "defined": t { v, _, _ throws(JinjaError) in !v.isUndefined },
        "undefined": t { v, _, _ throws(JinjaError) in v.isUndefined },
        "filter": t { v, _, r throws(JinjaError) in v.stringValue.map { r.environment.filters[$0] != nil } ?? false },
        "test": t { v, _, r throws(JinjaError) in v.stringValue.map { r.environment.tests[$0] != nil } ?? false },
        "none": t { v, _, _ throws(JinjaError) in v.isNone },
        "boolean": t { v, _, _ throws(JinjaError) in
            if case .bool = v { return true }
            return false
        },
        "false": t { v, _, _ throws(JinjaError) in v == .bool(false) && { if case .bool = v { return true } else { return false } }() },
        "true": t { v, _, _ throws(JinjaError) in v == .bool(true) && { if case .bool = v { return true } else { return false } }() },
        "integer": t { v, _, _ throws(JinjaError) in isInteger(v) },
        "float": t { v, _, _ throws(JinjaError) in v.isFloatValue },
        "lower": t { v, _, _ throws(JinjaError) in
            let s = try string(v)
            return s.lowercased() == s && s.contains { $0.isLetter }
        },
        "upper": t { v, _, _ throws(JinjaError) in
            let s = try string(v)
            return s.uppercased() == s && s.contains { $0.isLetter }
        },
        "string": t { v, _, _ throws(JinjaError) in v.stringValue != nil },
        "mapping": t { v, _, _ throws(JinjaError) in
            if case .dict = v { return true }
            if case .object(let o) = v, o is LazyMapping { return true }
            return false
        },
        "number": t { v, _, _ throws(JinjaError) in
            switch v {
            case .int, .bigInt, .float, .bool: return true
            default: return false
            }
        },
        "sequence": t { v, _, _ throws(JinjaError) in
            switch v {
            case .string, .unsafe, .list, .tuple, .dict: return true
            case .object(let o): return o is DictView || o is LazyMapping || o.typeName == "range"
            default: return false
            }
        },
        "iterable": t { v, _, _ throws(JinjaError) in
            switch v {
            case .string, .unsafe, .list, .tuple, .dict: return true
            case .object(let o): return o is DictView || o is LazyMapping || o is Namespace || o is IterableObject || o.typeName == "range"
            default: return false
            }
        },
        "callable": t { v, _, _ throws(JinjaError) in
            if case .object(let o) = v { return o is PyCallable }
            return false
        },
        "sameas": t { v, a, _ throws(JinjaError) in
            guard let other = a.positional.first else { return false }
            switch (v, other) {
            case (.null, .null): return true
            case (.bool(let x), .bool(let y)): return x == y
            case (.object(let x), .object(let y)): return x === y
            case (.int(let x), .int(let y)): return x == y && x >= -5 && x <= 256
            default: return false
            }
        },
        "escaped": t { _, _, _ throws(JinjaError) in false },
        "in": t { v, a, _ throws(JinjaError) in
            guard let seq = a.positional.first else { throw JinjaError(.type, "test_in() missing 1 required positional argument: 'seq'") }
            return try Operators.contains(seq, v)
        },
        "==": compareTest(.eq), "eq": compareTest(.eq), "equalto": compareTest(.eq),
        "!=": compareTest(.ne), "ne": compareTest(.ne),
        ">": compareTest(.gt), "gt": compareTest(.gt), "greaterthan": compareTest(.gt),
        ">=": compareTest(.ge), "ge": compareTest(.ge),
        "<": compareTest(.lt), "lt": compareTest(.lt), "lessthan": compareTest(.lt),
        "<=": compareTest(.le), "le": compareTest(.le),
    ]
}
