import Foundation
import SwansibleCore

/// A POSIX shell script for a host: fixed text written here, values entering only as quoted
/// variable assignments at the top (`dest='/etc/x'`), so no value is ever parsed as syntax.
public struct Script: Sendable, Equatable, CustomStringConvertible {
    public private(set) var assignments: [(String, String)] = []
    public private(set) var body: String

    public init(_ body: String) { self.body = body }

    /// Sets a shell variable to a value, quoted.
    public mutating func set(_ name: String, _ value: String) {
        assignments.append((name, value))
    }

    public mutating func set(_ name: String, _ value: Bool) {
        assignments.append((name, value ? "1" : ""))
    }

    /// Appends fixed script text.
    public mutating func append(_ text: String) { body += text }

    public var description: String {
        var out = ""
        for (k, v) in assignments { out += "\(k)=\(Shell.quote(v))\n" }
        return out + body
    }

    public static func == (a: Script, b: Script) -> Bool { a.description == b.description }
}

/// What a probe script reports: `key=value` lines on standard output.
public struct Report: Sendable {
    public var fields: [String: String] = [:]
    /// Every line in order (a key may repeat: one line per interface...).
    public var pairs: [(String, String)] = []

    public init(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = String(line[..<eq])
            let value = String(line[line.index(after: eq)...])
            fields[key] = value
            pairs.append((key, value))
        }
    }

    /// The values of a key that may repeat.
    public func lines(of key: String) -> [String] { pairs.filter { $0.0 == key }.map(\.1) }

    public subscript(_ key: String) -> String? { fields[key] }

    public func flag(_ key: String) -> Bool { fields[key] == "1" }

    /// A field sent base64-encoded (file contents).
    public func data(_ key: String) -> Data? {
        guard let s = fields[key] else { return nil }
        return Data(base64Encoded: s)
    }
}

/// Shell functions the file modules share.
enum ShellLibrary {
    /// `attrs PATH`: compares the file's mode, owner and group with `$mode`, `$owner` and
    /// `$group` (empty: not managed), sets `ac=1` when they differ, applies them unless `$check`.
    static let attributes = #"""
        tmp=
        trap '[ -n "$tmp" ] && rm -f -- "$tmp"; exit 129' HUP INT TERM
        attrs() {
          ac=
          cur=$(stat -c '%a %u %U %g %G' -- "$1") || return 1
          set -- "$1" $cur
          if [ -n "$owner" ]; then
            case $owner in *[!0-9]*) [ "$owner" = "$4" ] || ac=1 ;; *) [ "$owner" = "$3" ] || ac=1 ;; esac
          fi
          if [ -n "$group" ]; then
            case $group in *[!0-9]*) [ "$group" = "$6" ] || ac=1 ;; *) [ "$group" = "$5" ] || ac=1 ;; esac
          fi
          if [ -n "$mode" ]; then
            case $mode in
              *[!0-7]*)
                t=$(mktemp) && chmod "$2" "$t" && chmod "$mode" "$t" && w=$(stat -c %a "$t"); rm -f "$t"
                [ "$w" = "$2" ] || ac=1 ;;
              *) [ "$(printf %o "0$mode")" = "$(printf %o "0$2")" ] || ac=1 ;;
            esac
          fi
          if [ -n "$ac" ] && [ -z "$check" ]; then
            if [ -n "$owner" ]; then chown -h -- "$owner" "$1" >&2 || return 1; fi
            if [ -n "$group" ]; then chgrp -h -- "$group" "$1" >&2 || return 1; fi
            # five octal digits: GNU chmod keeps a directory's setgid bit for a shorter number
            if [ -n "$mode" ]; then case $mode in *[!0-7]*) m=$mode ;; *) m=$(printf %05o "0$mode") ;; esac; chmod -- "$m" "$1" >&2 || return 1; fi
          fi
          return 0
        }
        statinfo() {
          if [ -e "$1" ] || [ -L "$1" ]; then
            stat -c 'mode=%a
        uid=%u
        owner=%U
        gid=%g
        group=%G
        size=%s
        ftype=%F' -- "$1"
          fi
        }

        """#

    /// `stage TMP DEST`: stdin into TMP (private while it is written), then DEST's mode and
    /// owner on it, or the umask's mode for a new DEST; TMP is removed when writing fails.
    /// `backup_copy DEST`: a timestamped copy beside DEST, printed as `backup_file=`.
    static let install = #"""
        stage() {
          (umask 077; cat > "$1") || { rm -f -- "$1"; return 1; }
          if [ -e "$2" ]; then
            chmod --reference="$2" -- "$1" && chown --reference="$2" -- "$1" 2>/dev/null
          else
            chmod "$(printf %o $((0666 & ~$(umask))))" -- "$1"
          fi
          return 0
        }
        backup_copy() {
          b="$1.$$.$(date +%Y-%m-%d@%H:%M:%S~)"; cp -p -- "$1" "$b" && echo "backup_file=$b"
        }

        """#

    /// A shell function `validate` running a module's `validate` command (`%s` is the file at
    /// `$tmp`) without a shell: each word is its own quoted variable.
    static func addValidate(_ validate: String?, to script: inout Script) throws(ModuleFailure) {
        script.set("validate", validate ?? "")
        guard let validate, !validate.isEmpty else { return }
        guard validate.contains("%s") else { throw ModuleFailure("validate must contain %%s: \(validate)") }
        let words: [String]
        do {
            words = try ShellWords.split(validate)
        } catch {
            throw ModuleFailure("validate: \(error)")
        }
        var call: [String] = []
        for (i, w) in words.enumerated() {
            let pieces = w.components(separatedBy: "%s")
            for (j, p) in pieces.enumerated() { script.set("v\(i)_\(j)", p) }
            call.append("\"" + pieces.indices.map { "$v\(i)_\($0)" }.joined(separator: "$tmp") + "\"")
        }
        script.append("validate() { " + call.joined(separator: " ") + "; }\n")
    }

    /// A mode as Ansible writes it in results: four octal digits.
    static func modeText(_ octal: String) -> String {
        var s = octal
        while s.count < 4 { s = "0" + s }
        return s
    }

    /// The stat fields Ansible returns for a file (`mode`, `owner`, `uid`...).
    static func fileFields(_ report: Report, into r: inout ValueDict) {
        if let v = report["gid"], let i = Int(v) { r[string: "gid"] = .int(i) }
        if let v = report["group"] { r[string: "group"] = .string(v) }
        if let v = report["mode"] { r[string: "mode"] = .string(modeText(v)) }
        if let v = report["owner"] { r[string: "owner"] = .string(v) }
        if let v = report["size"], let i = Int(v) { r[string: "size"] = .int(i) }
        if let v = report["uid"], let i = Int(v) { r[string: "uid"] = .int(i) }
    }

    /// A mode argument as chmod takes it: YAML's octal ints as octal digits, strings as given.
    static func mode(_ v: Value?) -> String {
        switch v {
        case .int(let i)?: return String(i, radix: 8)
        case .string(let s)?: return s
        case nil, .null?: return ""
        case let other?: return PythonFormat.str(other)
        }
    }
}
