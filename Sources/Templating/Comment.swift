import Jinja
import SwansibleCore

/// Ansible's `comment` filter.
enum Comment {
    static let styles: [String: [String: String]] = [
        "plain": ["decoration": "# "],
        "erlang": ["decoration": "% "],
        "c": ["decoration": "// "],
        "cblock": ["beginning": "/*", "decoration": " * ", "end": " */"],
        "xml": ["beginning": "<!--", "decoration": " - ", "end": "-->"],
    ]

    static func format(_ text: String, _ a: Arguments) throws(JinjaError) -> String {
        let style = a.positional.first?.stringValue ?? a.keyword("style")?.stringValue ?? "plain"
        guard let params = styles[style] else {
            throw JinjaError(.raised, "Invalid style '\(style)'. Available styles: plain, erlang, c, cblock, xml")
        }
        var kw: [String: Value] = [:]
        for (k, v) in a.keywords where k != "style" { kw[k] = v }
        let prepostfix = kw["decoration"].map { PythonFormat.str($0) } ?? params["decoration"] ?? ""
        let trimmed = PythonStr.rstrip(prepostfix)
        var p: [String: String] = [
            "newline": "\n", "beginning": "", "prefix": trimmed, "decoration": "", "postfix": trimmed, "end": "",
        ]
        var prefixCount = 1
        var postfixCount = 1
        for (k, v) in params { p[k] = v }
        for (k, v) in kw {
            switch k {
            case "prefix_count": prefixCount = Int(v.numeric ?? 1)
            case "postfix_count": postfixCount = Int(v.numeric ?? 1)
            default: p[k] = PythonFormat.str(v)
            }
        }
        let newline = p["newline"] ?? "\n"
        let decoration = p["decoration"] ?? ""
        var out = ""
        if let b = p["beginning"], !b.isEmpty { out += b + newline }
        if let prefix = p["prefix"], !prefix.isEmpty {
            out += String(repeating: prefix != newline ? prefix + newline : newline, count: max(prefixCount, 0))
        }
        var body = decoration + text.replacingOccurrences(of: newline, with: newline + decoration)
        body = body.replacingOccurrences(of: decoration + newline, with: PythonStr.rstrip(decoration) + newline)
        out += body
        out += ([""] + Array(repeating: p["postfix"] ?? "", count: max(postfixCount, 0))).joined(separator: newline)
        if let e = p["end"], !e.isEmpty { out += newline + e }
        return out
    }
}

/// Small helpers with Python's `str` semantics.
enum PythonStr {
    static func rstrip(_ s: String) -> String {
        var u = Substring(s)
        while let l = u.last, l.isWhitespace { u.removeLast() }
        return String(u)
    }
}
