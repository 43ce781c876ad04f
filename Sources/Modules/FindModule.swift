import Foundation
import SwansibleCore
import Templating

/// `ansible.builtin.find`: files (or directories, links) under paths whose base names match
/// shell patterns or regular expressions, optionally containing a pattern.
public enum FindModule: RemoteModule {
    public static let name = "find"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("paths", .list, aliases: ["name", "path"], required: true),
        ParameterSpec("patterns", .list, aliases: ["pattern"], default: .list([])),
        ParameterSpec("excludes", .list, aliases: ["exclude"]), ParameterSpec("contains"),
        ParameterSpec("read_whole_file", .bool, default: .bool(false)),
        ParameterSpec("file_type", choices: ["any", "directory", "file", "link"], default: "file"),
        ParameterSpec("recurse", .bool, default: .bool(false)),
        ParameterSpec("hidden", .bool, default: .bool(false)), ParameterSpec("follow", .bool, default: .bool(false)),
        ParameterSpec("get_checksum", .bool, default: .bool(false)), ParameterSpec("use_regex", .bool, default: .bool(false)),
        ParameterSpec("depth", .int), ParameterSpec("age"), ParameterSpec("age_stamp", default: "mtime"), ParameterSpec("size"),
        ParameterSpec("checksum_algorithm", default: "sha1"), ParameterSpec("encoding"), ParameterSpec("limit", .int),
        ParameterSpec("mode"), ParameterSpec("exact_mode", .bool, default: .bool(true)),
    ]

    static let body = #"""
        for p in "$@"; do
          if [ ! -d "$p" ]; then printf 'skip=%s\n' "$p"; continue; fi
          find "$p" -mindepth 1 $depth -printf 'e=%y %m %U %G %u %g %s %i %n %T@ %A@ %C@ %D %p\n' 2>/dev/null
        done
        exit 0

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        for unsupported in ["age", "size", "mode", "limit"] where args[unsupported] != nil {
            throw ModuleFailure("swansible's find does not implement '\(unsupported)' yet")
        }
        let paths = (args["paths"]?.listValue ?? []).flatMap { v in
            (v.stringValue ?? PythonFormat.str(v)).split(separator: ",").map(String.init)
        }
        let patterns = (args["patterns"]?.listValue ?? []).map { $0.stringValue ?? PythonFormat.str($0) }
        let excludes = (args["excludes"]?.listValue ?? []).map { $0.stringValue ?? PythonFormat.str($0) }
        let useRegex = args.bool("use_regex")
        let fileType = args.string("file_type") ?? "file"
        let recurse = args.bool("recurse")
        let hidden = args.bool("hidden")
        var s = Script("")
        var depth = "-maxdepth 1"
        if recurse { depth = args.int("depth").map { "-maxdepth \($0)" } ?? "" }
        s.set("depth", depth)
        for (i, p) in paths.enumerated() { s.set("p\(i)", p) }
        s.append("set -- " + paths.indices.map { "\"$p\($0)\"" }.joined(separator: " ") + "\n")
        s.append(body)
        let contains = args.string("contains")
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            let report = Report(r.stdoutText)
            var files: [ValueDict] = []
            var examined = 0
            for line in report.lines(of: "e") {
                let f = line.split(separator: " ", maxSplits: 13, omittingEmptySubsequences: false).map(String.init)
                guard f.count == 14 else { continue }
                examined += 1
                let path = f[13]
                let base = (path as NSString).lastPathComponent
                if !hidden && base.hasPrefix(".") { continue }
                let kind = f[0]
                switch fileType {
                case "file" where kind != "f": continue
                case "directory" where kind != "d": continue
                case "link" where kind != "l": continue
                default: break
                }
                func matches(_ list: [String]) -> Bool {
                    list.contains { p in
                        if useRegex {
                            guard let re = try? PyRegex.compile(p) else { return false }
                            return (try? re.prefixMatch(in: base)) != nil
                        }
                        return fnmatch(p, base, 0) == 0
                    }
                }
                if !patterns.isEmpty && !matches(patterns) { continue }
                if !excludes.isEmpty && matches(excludes) { continue }
                var d = ValueDict()
                let mode = Int(f[1], radix: 8) ?? 0
                d[string: "atime"] = .float(Double(f[10]) ?? 0)
                d[string: "ctime"] = .float(Double(f[11]) ?? 0)
                d[string: "dev"] = .int(Int(f[12]) ?? 0)
                d[string: "gid"] = .int(Int(f[5]) ?? 0)
                d[string: "gr_name"] = .string(f[3])
                d[string: "inode"] = .int(Int(f[7]) ?? 0)
                d[string: "isblk"] = .bool(kind == "b")
                d[string: "ischr"] = .bool(kind == "c")
                d[string: "isdir"] = .bool(kind == "d")
                d[string: "isfifo"] = .bool(kind == "p")
                d[string: "isgid"] = .bool(mode & 0o2000 != 0)
                d[string: "islnk"] = .bool(kind == "l")
                d[string: "isreg"] = .bool(kind == "f")
                d[string: "issock"] = .bool(kind == "s")
                d[string: "isuid"] = .bool(mode & 0o4000 != 0)
                d[string: "mode"] = .string(ShellLibrary.modeText(f[1]))
                d[string: "mtime"] = .float(Double(f[9]) ?? 0)
                d[string: "nlink"] = .int(Int(f[8]) ?? 0)
                d[string: "path"] = .string(path)
                d[string: "pw_name"] = .string(f[2])
                d[string: "size"] = .int(Int(f[6]) ?? 0)
                d[string: "uid"] = .int(Int(f[4]) ?? 0)
                files.append(d)
            }
            let skipped = report.lines(of: "skip")
            let examinedCount = examined
            @Sendable func result(_ found: [ValueDict]) -> ValueDict {
                var out = ValueDict()
                out[string: "changed"] = false
                out[string: "examined"] = .int(examinedCount)
                out[string: "files"] = .list(found.map { .dict($0) })
                out[string: "matched"] = .int(found.count)
                out[string: "msg"] = .string(skipped.isEmpty ? "All paths examined" : "Not all paths examined, check warnings for details")
                var sk = ValueDict()
                for p in skipped { sk[string: p] = .string("'\(p)' is not a directory") }
                out[string: "skipped_paths"] = .dict(sk)
                return out
            }
            guard let contains, !files.isEmpty else { return .done(result(files)) }
            // which regular files have a line that starts with a match (re.match per line)
            var g = Script("")
            g.set("pattern", contains)
            let candidates = files.filter { $0[string: "isreg"] == .bool(true) }
            for (i, f) in candidates.enumerated() { g.set("f\(i)", f[string: "path"]?.stringValue ?? "") }
            g.append(
                "for f in " + candidates.indices.map { "\"$f\($0)\"" }.joined(separator: " ")
                    + "; do grep -qE -- \"^($pattern)\" \"$f\" 2>/dev/null && printf 'hit=%s\\n' \"$f\"; done; exit 0\n")
            return .run(g, stdin: nil) { (r2: ExecResult) throws(ModuleFailure) -> Step in
                let hits = Set(Report(r2.stdoutText).lines(of: "hit"))
                return .done(result(candidates.filter { hits.contains($0[string: "path"]?.stringValue ?? "") }))
            }
        }
    }
}
