import SwansibleCore

/// Jinja2's `urlize` filter (3.1): links for URLs and e-mail addresses in escaped text.
enum Urlize {
    nonisolated(unsafe) static let http: Regex<AnyRegexOutput>? = try? Regex(
        #"^((https?://|www\.)(([\w%-]+\.)+)?([a-z]{2,63}|xn--[\w%]{2,59})|([\w%-]{2,63}\.)+(com|net|int|edu|gov|org|info|mil)|(https?://)((([\d]{1,3})(\.[\d]{1,3}){3})|(\[([\da-f]{0,4}:){2}([\da-f]{0,4}:?){1,6}\])))(?::[\d]{1,5})?(?:[/?#]\S*)?$"#
    ).ignoresCase()
    nonisolated(unsafe) static let email: Regex<AnyRegexOutput>? = try? Regex(#"^\S+@\w[\w.-]*\.\w+$"#)
    nonisolated(unsafe) static let scheme: Regex<AnyRegexOutput>? = try? Regex(#"^[a-zA-Z][\w+.-]*:(//)?$"#)

    static func matches(_ r: Regex<AnyRegexOutput>?, _ s: String) -> Bool {
        guard let r else { return false }
        return (try? r.wholeMatch(in: s)) != nil
    }

    static func urlize(_ text: String, trim: Int?, rel: String?, target: String?, extraSchemes: [String]) -> String {
        func trimURL(_ x: String) -> String {
            guard let trim, x.count > trim else { return x }
            return String(x.prefix(trim)) + "..."
        }
        let escaped = Builtins.htmlEscape(text)
        // re.split(r"(\s+)") keeping the separators
        var words: [String] = []
        var current = ""
        var inSpace = false
        for ch in escaped {
            let space = ch.isWhitespace
            if space != inSpace && !current.isEmpty {
                words.append(current)
                current = ""
            }
            inSpace = space
            current.append(ch)
        }
        words.append(current)
        let relAttr = rel.map { " rel=\"\(Builtins.htmlEscape($0))\"" } ?? ""
        let targetAttr = target.map { " target=\"\(Builtins.htmlEscape($0))\"" } ?? ""
        for (i, word) in words.enumerated() {
            var head = ""
            var middle = word
            var tail = ""
            // leading ( < &lt;
            while true {
                if middle.hasPrefix("(") || middle.hasPrefix("<") {
                    head += String(middle.removeFirst())
                } else if middle.hasPrefix("&lt;") {
                    head += "&lt;"
                    middle.removeFirst(4)
                } else {
                    break
                }
            }
            // trailing ) > . , \n &gt;
            while true {
                if let last = middle.last, ")>.,\n".contains(last) {
                    tail = String(last) + tail
                    middle.removeLast()
                } else if middle.hasSuffix("&gt;") {
                    tail = "&gt;" + tail
                    middle.removeLast(4)
                } else {
                    break
                }
            }
            for (start, end) in [("(", ")"), ("<", ">"), ("&lt;", "&gt;")] {
                let startCount = middle.components(separatedBy: start).count - 1
                let endCount = middle.components(separatedBy: end).count - 1
                if startCount <= endCount { continue }
                let moves = min(startCount, tail.components(separatedBy: end).count - 1)
                for _ in 0..<moves {
                    guard let r = tail.range(of: end) else { break }
                    middle += tail[..<r.upperBound]
                    tail = String(tail[r.upperBound...])
                }
            }
            if matches(http, middle) {
                if middle.hasPrefix("https://") || middle.hasPrefix("http://") {
                    middle = "<a href=\"\(middle)\"\(relAttr)\(targetAttr)>\(trimURL(middle))</a>"
                } else {
                    middle = "<a href=\"https://\(middle)\"\(relAttr)\(targetAttr)>\(trimURL(middle))</a>"
                }
            } else if middle.hasPrefix("mailto:") && matches(email, String(middle.dropFirst(7))) {
                middle = "<a href=\"\(middle)\">\(middle.dropFirst(7))</a>"
            } else if middle.contains("@") && !middle.hasPrefix("www.") && !middle.hasPrefix("@") && !middle.contains(":")
                && matches(email, middle)
            {
                middle = "<a href=\"mailto:\(middle)\">\(middle)</a>"
            } else {
                for s in extraSchemes where middle != s && middle.hasPrefix(s) {
                    middle = "<a href=\"\(middle)\"\(relAttr)\(targetAttr)>\(middle)</a>"
                }
            }
            words[i] = head + middle + tail
        }
        return words.joined()
    }
}
