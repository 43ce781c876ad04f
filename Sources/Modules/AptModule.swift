import Foundation
import SwansibleCore

/// `ansible.builtin.apt`: Debian packages present, latest or absent (dpkg-query decides, apt-get
/// acts), the cache updated when asked or older than `cache_valid_time`.
public enum AptModule: RemoteModule {
    public static let name = "apt"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("name", .list, aliases: ["package", "pkg"]),
        ParameterSpec("state", choices: ["absent", "build-dep", "latest", "present", "fixed"], default: "present"),
        ParameterSpec("update_cache", .bool, aliases: ["update-cache"]), ParameterSpec("update_cache_retries", .int, default: .int(5)),
        ParameterSpec("update_cache_retry_max_delay", .int, default: .int(12)), ParameterSpec("cache_valid_time", .int, default: .int(0)),
        ParameterSpec("purge", .bool, default: .bool(false)), ParameterSpec("default_release", aliases: ["default-release"]),
        ParameterSpec("install_recommends", .bool, aliases: ["install-recommends"]), ParameterSpec("force", .bool, default: .bool(false)),
        ParameterSpec("upgrade", choices: ["dist", "full", "no", "safe", "yes"], default: "no"),
        ParameterSpec("dpkg_options", default: "force-confdef,force-confold"),
        ParameterSpec("autoremove", .bool, default: .bool(false)), ParameterSpec("autoclean", .bool, default: .bool(false)),
        ParameterSpec("fail_on_autoremove", .bool, default: .bool(false)), ParameterSpec("only_upgrade", .bool, default: .bool(false)),
        ParameterSpec("allow_unauthenticated", .bool, aliases: ["allow-unauthenticated"], default: .bool(false)),
        ParameterSpec(
            "allow_downgrade", .bool, aliases: ["allow-downgrade", "allow_downgrades", "allow-downgrades"], default: .bool(false)),
        ParameterSpec("allow_change_held_packages", .bool, default: .bool(false)), ParameterSpec("lock_timeout", .int, default: .int(60)),
        ParameterSpec("policy_rc_d", .int), ParameterSpec("deb", .path), ParameterSpec("clean", .bool, default: .bool(false)),
        ParameterSpec("force_apt_get", .bool, default: .bool(false)),
    ]

    static let body = #"""
        export DEBIAN_FRONTEND=noninteractive
        cache_updated=
        if [ -n "$update" ]; then
          stamp=/var/lib/apt/periodic/update-success-stamp; [ -e "$stamp" ] || stamp=/var/lib/apt/lists
          age=$(( $(date +%s) - $(stat -c %Y "$stamp" 2>/dev/null || echo 0) ))
          if [ "$valid" -eq 0 ] || [ "$age" -gt "$valid" ]; then
            if [ -z "$check" ]; then out=$(apt-get update -q 2>&1) || { printf 'err=update\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }; fi
            cache_updated=1
          fi
        fi
        echo "cache_updated=$cache_updated"
        echo "cache_update_time=$(stat -c %Y /var/lib/apt/lists 2>/dev/null || echo 0)"
        todo=
        for p in $pkgs; do
          name=${p%%=*}
          st=$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)
          case $st in *" installed") inst=1 ;; *) inst= ;; esac
          case $state in
            present|fixed) [ -z "$inst" ] && todo="$todo $p" ;;
            latest)
              if [ -z "$inst" ]; then todo="$todo $p"
              else
                cand=$(apt-cache policy "$name" 2>/dev/null | sed -n 's/^ *Candidate: //p'); cur=$(dpkg-query -W -f='${Version}' "$name")
                [ -n "$cand" ] && [ "$cand" != "(none)" ] && [ "$cand" != "$cur" ] && todo="$todo $p"
              fi ;;
            absent)
              if [ -n "$inst" ] || { [ -n "$purge" ] && [ -n "$st" ] && [ "$st" != "unknown ok not-installed" ]; }; then todo="$todo $name"; fi ;;
          esac
        done
        echo "todo=$todo"
        if [ -n "$todo" ] && [ -z "$check" ]; then
          if [ "$state" = absent ]; then
            out=$(apt-get remove -y -q $purgeflag $todo 2>&1) || { printf 'err=remove\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }
          else
            out=$(apt-get install -y -q -o "Dpkg::Options::=--force-confdef" -o "Dpkg::Options::=--force-confold" $recommends $todo 2>&1) || { printf 'err=install\nout='; printf '%s' "$out" | base64 -w0; echo; exit 0; }
          fi
          printf 'out='; printf '%s' "$out" | base64 -w0; echo
        fi
        exit 0

        """#

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let a = request.args
        let state = a.string("state") ?? "present"
        if state == "build-dep" || a.string("deb") != nil || (a.string("upgrade") ?? "no") != "no" {
            throw ModuleFailure("swansible's apt does not implement build-dep, deb or upgrade yet")
        }
        let names = (a["name"]?.listValue ?? []).map { $0.stringValue ?? PythonFormat.str($0) }
        for n in names where n.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" || $0 == ";" || $0 == "$" || $0 == "`" }) {
            throw ModuleFailure("bad package name: \(n)")
        }
        var s = Script("")
        s.set("pkgs", names.joined(separator: " "))
        s.set("state", state)
        // an explicit cache_valid_time implies update_cache, as in the module
        s.set("update", a.bool("update_cache") || (a.int("cache_valid_time") ?? 0) > 0)
        s.set("valid", String(a.int("cache_valid_time") ?? 0))
        s.set("purge", a.bool("purge"))
        s.set("purgeflag", a.bool("purge") ? "--purge" : "")
        s.set(
            "recommends",
            a["install_recommends"].map { ModuleArgs.boolean($0) == true ? "--install-recommends" : "--no-install-recommends" } ?? "")
        s.set("check", request.checkMode)
        s.append(body)
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let report = Report(r.stdoutText)
            let out = String(decoding: report.data("out") ?? Data(), as: UTF8.self)
            var result = ValueDict()
            result[string: "cache_update_time"] = .int(Int(report["cache_update_time"] ?? "") ?? 0)
            result[string: "cache_updated"] = .bool(report.flag("cache_updated"))
            switch report["err"] {
            case "update"?: throw ModuleFailure("Failed to update apt cache: \(out)", result)
            case "install"?, "remove"?:
                let todo = (report["todo"] ?? "").trimmingCharacters(in: .whitespaces)
                result[string: "stdout"] = .string(out)
                result[string: "stderr"] = ""
                result[string: "rc"] = .int(100)
                throw ModuleFailure("'/usr/bin/apt-get \(report["err"] == "remove" ? "remove" : "install") \(todo)' failed: \(out)", result)
            default: break
            }
            let todo = (report["todo"] ?? "").trimmingCharacters(in: .whitespaces)
            let changed = !todo.isEmpty || (names.isEmpty && report.flag("cache_updated"))
            result[string: "changed"] = .bool(changed)
            if !todo.isEmpty && !out.isEmpty {
                result[string: "stdout"] = .string(out)
                result[string: "stderr"] = ""
            }
            return .done(result)
        }
    }
}
