import Foundation
import SwansibleCore

/// `ansible.builtin.stat`: what is at a path.
public enum StatModule: RemoteModule {
    public static let name = "stat"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("path", .path, aliases: ["dest", "name"], required: true), ParameterSpec("follow", .bool, default: .bool(false)),
        ParameterSpec("get_checksum", .bool, default: .bool(true)),
        ParameterSpec("checksum_algorithm", aliases: ["checksum", "checksum_algo"], default: "sha1"),
        ParameterSpec("get_mime", .bool, aliases: ["mime", "mime_type", "mime-type"], default: .bool(true)),
        ParameterSpec("get_attributes", .bool, aliases: ["attr", "attributes"], default: .bool(true)),
        ParameterSpec("get_selinux_context", .bool, default: .bool(false)),
    ]

    static let body = #"""
        [ -n "$follow" ] && opt=-L || opt=
        if [ ! -e "$path" ] && [ ! -L "$path" ]; then echo "exists="; exit 0; fi
        echo "exists=1"
        stat $opt -c 'mode=%a
        uid=%u
        gid=%g
        pw_name=%U
        gr_name=%G
        size=%s
        inode=%i
        dev=%d
        nlink=%h
        atime=%X
        mtime=%Y
        ctime=%Z
        ftype=%F' -- "$path"
        [ -r "$path" ] && echo "readable=1"
        [ -w "$path" ] && echo "writeable=1"
        [ -x "$path" ] && echo "executable=1"
        if [ -L "$path" ]; then echo "lnk_source=$(readlink -f -- "$path")"; echo "lnk_target=$(readlink -- "$path")"; fi
        if [ -n "$sum" ] && [ -f "$path" ] && [ -r "$path" ]; then s=$("$sum" < "$path"); echo "checksum=${s%% *}"; fi

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let args = request.args
        guard let path = args.string("path") else { throw ModuleFailure("missing required arguments: path") }
        var script = Script("")
        script.set("path", path)
        script.set("follow", args.bool("follow"))
        let algorithm = args.string("checksum_algorithm") ?? "sha1"
        let tools = [
            "md5": "md5sum", "sha1": "sha1sum", "sha224": "sha224sum", "sha256": "sha256sum", "sha384": "sha384sum", "sha512": "sha512sum",
        ]
        guard let tool = tools[algorithm] else {
            throw ModuleFailure("value of checksum_algorithm must be one of: md5, sha1, sha224, sha256, sha384, sha512, got: \(algorithm)")
        }
        script.set("sum", args.bool("get_checksum") ? tool : "")
        script.append(body)
        return .run(script, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let report = Report(r.stdoutText)
            var stat = ValueDict()
            guard report.flag("exists") else {
                stat[string: "exists"] = false
                return .done(ValueDict([("changed", false), ("stat", .dict(stat))]))
            }
            let type = report["ftype"] ?? ""
            let mode = Int(report["mode"] ?? "", radix: 8) ?? 0
            func int(_ k: String) -> Value { .int(Int(report[k] ?? "") ?? 0) }
            stat[string: "atime"] = .float(Double(report["atime"] ?? "") ?? 0)
            if let c = report["checksum"] { stat[string: "checksum"] = .string(c) }
            stat[string: "ctime"] = .float(Double(report["ctime"] ?? "") ?? 0)
            stat[string: "dev"] = int("dev")
            stat[string: "executable"] = .bool(report.flag("executable"))
            stat[string: "exists"] = true
            stat[string: "gid"] = int("gid")
            stat[string: "gr_name"] = .string(report["gr_name"] ?? "")
            stat[string: "inode"] = int("inode")
            stat[string: "isblk"] = .bool(type == "block special file")
            stat[string: "ischr"] = .bool(type == "character special file")
            stat[string: "isdir"] = .bool(type == "directory")
            stat[string: "isfifo"] = .bool(type == "fifo")
            stat[string: "isgid"] = .bool(mode & 0o2000 != 0)
            stat[string: "islnk"] = .bool(type == "symbolic link")
            stat[string: "isreg"] = .bool(type.hasPrefix("regular"))
            stat[string: "issock"] = .bool(type == "socket")
            stat[string: "isuid"] = .bool(mode & 0o4000 != 0)
            if let s = report["lnk_source"] { stat[string: "lnk_source"] = .string(s) }
            if let t = report["lnk_target"] { stat[string: "lnk_target"] = .string(t) }
            stat[string: "mode"] = .string(ShellLibrary.modeText(report["mode"] ?? "0"))
            stat[string: "mtime"] = .float(Double(report["mtime"] ?? "") ?? 0)
            stat[string: "nlink"] = int("nlink")
            stat[string: "path"] = .string(path)
            stat[string: "pw_name"] = .string(report["pw_name"] ?? "")
            stat[string: "readable"] = .bool(report.flag("readable"))
            stat[string: "rgrp"] = .bool(mode & 0o040 != 0)
            stat[string: "roth"] = .bool(mode & 0o004 != 0)
            stat[string: "rusr"] = .bool(mode & 0o400 != 0)
            stat[string: "size"] = int("size")
            stat[string: "uid"] = int("uid")
            stat[string: "wgrp"] = .bool(mode & 0o020 != 0)
            stat[string: "woth"] = .bool(mode & 0o002 != 0)
            stat[string: "writeable"] = .bool(report.flag("writeable"))
            stat[string: "wusr"] = .bool(mode & 0o200 != 0)
            stat[string: "xgrp"] = .bool(mode & 0o010 != 0)
            stat[string: "xoth"] = .bool(mode & 0o001 != 0)
            stat[string: "xusr"] = .bool(mode & 0o100 != 0)
            return .done(ValueDict([("changed", false), ("stat", .dict(stat))]))
        }
    }
}
