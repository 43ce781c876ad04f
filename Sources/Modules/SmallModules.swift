import Foundation
import SwansibleCore

/// `ansible.builtin.ping`: the host answers (a shell runs there); `data` comes back as `ping`.
public enum PingModule: RemoteModule {
    public static let name = "ping"
    public static let parameters: [ParameterSpec] = [ParameterSpec("data", default: .string("pong"))]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let data = request.args.string("data") ?? "pong"
        if data == "crash" { throw ModuleFailure("MODULE FAILURE: boom") }
        return .run(Script("exit 0\n"), stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure("ping failed with exit \(r.status)") }
            return .done(ValueDict([("changed", false), ("ping", .string(data))]))
        }
    }
}

/// `ansible.builtin.tempfile`: a new temporary file or directory (mktemp), its path.
public enum TempfileModule: RemoteModule {
    public static let name = "tempfile"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("state", choices: ["file", "directory"], default: "file"), ParameterSpec("path", .path),
        ParameterSpec("prefix", default: .string("ansible.")), ParameterSpec("suffix", default: .string("")),
    ]
    public static var supportsCheckMode: Bool { false }

    static let body = #"""
        dir=${dir:-${TMPDIR:-/tmp}}
        if [ "$state" = directory ]; then p=$(mktemp -d -p "$dir" "${prefix}XXXXXXXX${suffix}" 2>&1); else p=$(mktemp -p "$dir" "${prefix}XXXXXXXX${suffix}" 2>&1); fi || { echo "err=$p"; exit 0; }
        echo "path=$p"
        exit 0

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let prefix = request.args.string("prefix") ?? "ansible."
        let suffix = request.args.string("suffix") ?? ""
        for (what, v) in [("prefix", prefix), ("suffix", suffix)]
        where !v.isEmpty && v != (v as NSString).lastPathComponent || v.hasSuffix("/") {
            throw ModuleFailure("\(what) must be a valid file name component, got \(PythonFormat.repr(.string(v)))")
        }
        var s = Script(body)
        s.set("state", request.args.string("state") ?? "file")
        s.set("dir", request.args.string("path") ?? "")
        s.set("prefix", prefix)
        s.set("suffix", suffix)
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let report = Report(r.stdoutText)
            if let e = report["err"] { throw ModuleFailure(e) }
            guard r.status == 0, let p = report["path"] else { throw ModuleFailure(r.stderrText) }
            return .done(ValueDict([("changed", true), ("path", .string(p))]))
        }
    }
}

/// `ansible.builtin.getent`: a database of getent(1), split into records, as the fact
/// `getent_<database>`.
public enum GetentModule: RemoteModule {
    public static let name = "getent"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("database", required: true), ParameterSpec("key"), ParameterSpec("service"), ParameterSpec("split"),
        ParameterSpec("fail_key", .bool, default: .bool(true)),
    ]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        guard let database = request.args.string("database") else { throw ModuleFailure("missing required arguments: database") }
        let key = request.args.string("key")
        let given = request.args.string("split")
        if let s = given, s.isEmpty { throw ModuleFailure("Invalid split value. The value must be a non-empty string") }
        let split = given ?? (["passwd", "shadow", "group", "gshadow"].contains(database) ? ":" : nil)
        var s = Script("getent \"$db\" ${key:+\"$key\"} ${service:+-s \"$service\"}\n")
        s.set("db", database)
        s.set("key", key ?? "")
        s.set("service", request.args.string("service") ?? "")
        let failKey = request.args.bool("fail_key")
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let tree = "getent_" + database
            switch r.status {
            case 0:
                var table = ValueDict()
                var seen: [String: Int] = [:]
                for line in r.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                    r.stdoutText.hasSuffix("\n") ? 1 : 0)
                {
                    let record =
                        split.map { sep in line.components(separatedBy: sep) }
                        ?? line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                    guard let first = record.first else { continue }
                    let rest = Value.list(record.dropFirst().map { .string($0) })
                    if let n = seen[first] {
                        if n == 1, let existing = table[string: first] { table[string: first] = .list([existing]) }
                        if case .list(var l)? = table[string: first] {
                            l.append(rest)
                            table[string: first] = .list(l)
                        }
                        seen[first] = n + 1
                    } else {
                        table[string: first] = rest
                        seen[first] = 1
                    }
                }
                return .done(ValueDict([("ansible_facts", .dict(ValueDict([(.string(tree), .dict(table))]))), ("changed", false)]))
            case 1: throw ModuleFailure("Missing arguments, or database unknown.")
            case 2:
                let msg = "One or more supplied key could not be found in the database."
                if !failKey {
                    return .done(
                        ValueDict([
                            ("ansible_facts", .dict(ValueDict([(.string(tree), .dict(ValueDict([(.string(key ?? ""), .null)])))]))),
                            ("changed", false), ("msg", .string(msg)),
                        ]))
                }
                throw ModuleFailure(msg)
            case 3: throw ModuleFailure("Enumeration not supported on this database.")
            default: throw ModuleFailure("Unexpected failure!")
            }
        }
    }
}
