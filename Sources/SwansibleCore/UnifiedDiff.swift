/// Python's `difflib.unified_diff` over lines, with `SequenceMatcher`'s exact matching (so
/// hunks come out as Ansible's `--diff` prints them).
public enum UnifiedDiff {
    /// `str.splitlines(True)`.
    public static func lines(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var it = s.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let u = pending ?? it.next() {
            pending = nil
            cur.unicodeScalars.append(u)
            switch u {
            case "\r":
                if let n = it.next() {
                    if n == "\n" { cur.unicodeScalars.append(n) } else { pending = n }
                }
                out.append(cur)
                cur = ""
            case "\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}":
                out.append(cur)
                cur = ""
            default: break
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// The lines of `unified_diff(a, b, fromfile, tofile, n=context)`, each ending as its input does.
    public static func diff(_ a: [String], _ b: [String], from: String, to: String, context n: Int) -> [String] {
        let m = SequenceMatcher(a, b)
        var out: [String] = []
        var started = false
        for group in m.groupedOpcodes(n) {
            if !started {
                started = true
                out.append("--- \(from)\n")
                out.append("+++ \(to)\n")
            }
            guard let first = group.first, let last = group.last else { continue }
            out.append("@@ -\(range(first.i1, last.i2)) +\(range(first.j1, last.j2)) @@\n")
            for op in group {
                if op.tag == .equal {
                    for l in a[op.i1..<op.i2] { out.append(" " + l) }
                    continue
                }
                if op.tag == .replace || op.tag == .delete { for l in a[op.i1..<op.i2] { out.append("-" + l) } }
                if op.tag == .replace || op.tag == .insert { for l in b[op.j1..<op.j2] { out.append("+" + l) } }
            }
        }
        return out
    }

    static func range(_ start: Int, _ stop: Int) -> String {
        var beginning = start + 1
        let length = stop - start
        if length == 1 { return "\(beginning)" }
        if length == 0 { beginning -= 1 }
        return "\(beginning),\(length)"
    }
}

/// `difflib.SequenceMatcher` with no junk function and autojunk on.
struct SequenceMatcher {
    enum Tag { case equal, replace, delete, insert }

    struct Opcode {
        var tag: Tag
        var i1: Int
        var i2: Int
        var j1: Int
        var j2: Int
    }

    let a: [String]
    let b: [String]
    var b2j: [String: [Int]] = [:]

    init(_ a: [String], _ b: [String]) {
        self.a = a
        self.b = b
        for (i, e) in b.enumerated() { b2j[e, default: []].append(i) }
        if b.count >= 200 {
            let ntest = b.count / 100 + 1
            for (e, idx) in b2j where idx.count > ntest { b2j[e] = nil }
        }
    }

    func longestMatch(_ alo: Int, _ ahi: Int, _ blo: Int, _ bhi: Int) -> (Int, Int, Int) {
        var besti = alo
        var bestj = blo
        var bestsize = 0
        var j2len: [Int: Int] = [:]
        for i in alo..<ahi {
            var newj2len: [Int: Int] = [:]
            for j in b2j[a[i]] ?? [] {
                if j < blo { continue }
                if j >= bhi { break }
                let k = (j2len[j - 1] ?? 0) + 1
                newj2len[j] = k
                if k > bestsize {
                    besti = i - k + 1
                    bestj = j - k + 1
                    bestsize = k
                }
            }
            j2len = newj2len
        }
        while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
            besti -= 1
            bestj -= 1
            bestsize += 1
        }
        while besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize] { bestsize += 1 }
        return (besti, bestj, bestsize)
    }

    func matchingBlocks() -> [(Int, Int, Int)] {
        var queue = [(0, a.count, 0, b.count)]
        var blocks: [(Int, Int, Int)] = []
        while let (alo, ahi, blo, bhi) = queue.popLast() {
            let (i, j, k) = longestMatch(alo, ahi, blo, bhi)
            if k > 0 {
                blocks.append((i, j, k))
                if alo < i && blo < j { queue.append((alo, i, blo, j)) }
                if i + k < ahi && j + k < bhi { queue.append((i + k, ahi, j + k, bhi)) }
            }
        }
        blocks.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 != $1.1 ? $0.1 < $1.1 : $0.2 < $1.2 }
        var (i1, j1, k1) = (0, 0, 0)
        var out: [(Int, Int, Int)] = []
        for (i2, j2, k2) in blocks {
            if i1 + k1 == i2 && j1 + k1 == j2 {
                k1 += k2
            } else {
                if k1 > 0 { out.append((i1, j1, k1)) }
                (i1, j1, k1) = (i2, j2, k2)
            }
        }
        if k1 > 0 { out.append((i1, j1, k1)) }
        out.append((a.count, b.count, 0))
        return out
    }

    func opcodes() -> [Opcode] {
        var i = 0
        var j = 0
        var out: [Opcode] = []
        for (ai, bj, size) in matchingBlocks() {
            var tag: Tag?
            if i < ai && j < bj {
                tag = .replace
            } else if i < ai {
                tag = .delete
            } else if j < bj {
                tag = .insert
            }
            if let tag { out.append(Opcode(tag: tag, i1: i, i2: ai, j1: j, j2: bj)) }
            i = ai + size
            j = bj + size
            if size > 0 { out.append(Opcode(tag: .equal, i1: ai, i2: i, j1: bj, j2: j)) }
        }
        return out
    }

    func groupedOpcodes(_ n: Int) -> [[Opcode]] {
        var codes = opcodes()
        if codes.isEmpty { codes = [Opcode(tag: .equal, i1: 0, i2: 1, j1: 0, j2: 1)] }
        if codes[0].tag == .equal {
            let c = codes[0]
            codes[0] = Opcode(tag: .equal, i1: max(c.i1, c.i2 - n), i2: c.i2, j1: max(c.j1, c.j2 - n), j2: c.j2)
        }
        if let c = codes.last, c.tag == .equal {
            codes[codes.count - 1] = Opcode(tag: .equal, i1: c.i1, i2: min(c.i2, c.i1 + n), j1: c.j1, j2: min(c.j2, c.j1 + n))
        }
        let nn = n + n
        var groups: [[Opcode]] = []
        var group: [Opcode] = []
        for c in codes {
            var (i1, j1) = (c.i1, c.j1)
            if c.tag == .equal && c.i2 - c.i1 > nn {
                group.append(Opcode(tag: .equal, i1: c.i1, i2: min(c.i2, c.i1 + n), j1: c.j1, j2: min(c.j2, c.j1 + n)))
                groups.append(group)
                group = []
                i1 = max(c.i1, c.i2 - n)
                j1 = max(c.j1, c.j2 - n)
            }
            group.append(Opcode(tag: c.tag, i1: i1, i2: c.i2, j1: j1, j2: c.j2))
        }
        if !group.isEmpty && !(group.count == 1 && group[0].tag == .equal) { groups.append(group) }
        return groups
    }
}
