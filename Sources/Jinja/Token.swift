/// A token of a template, with its position (1-based line and column).
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case data(String)
        case variableBegin, variableEnd, blockBegin, blockEnd
        case name(String)
        case string(String)
        case integer(String)
        case float(Double)
        case op(String)
        case eof
    }

    var kind: Kind
    var line: Int
    var column: Int

    /// A short text for error messages, as Jinja2 describes tokens.
    var describe: String {
        switch kind {
        case .data: return "template data"
        case .variableBegin: return "begin of print statement"
        case .variableEnd: return "end of print statement"
        case .blockBegin: return "begin of statement block"
        case .blockEnd: return "end of statement block"
        case .name(let n): return "'\(n)'"
        case .string: return "string"
        case .integer: return "integer"
        case .float: return "float"
        case .op(let o): return "'\(o)'"
        case .eof: return "end of template"
        }
    }

    /// `describe` as Jinja2's messages print it, through `repr`: always quoted.
    var quoted: String {
        switch kind {
        case .name, .op: return describe
        default: return "'\(describe)'"
        }
    }

    func isName(_ n: String) -> Bool {
        if case .name(let x) = kind { return x == n }
        return false
    }

    func isOp(_ o: String) -> Bool {
        if case .op(let x) = kind { return x == o }
        return false
    }
}
