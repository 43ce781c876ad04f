import Foundation
import SwansibleCore

/// `ansible.builtin.systemd` (`systemd_service`): unit state, enablement, masking, daemon-reload.
public enum SystemdModule: RemoteModule {
    public static let name = "systemd"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("name", aliases: ["service", "unit"]),
        ParameterSpec("state", choices: ["reloaded", "restarted", "started", "stopped"]), ParameterSpec("enabled", .bool),
        ParameterSpec("force", .bool), ParameterSpec("masked", .bool),
        ParameterSpec("daemon_reload", .bool, aliases: ["daemon-reload"], default: .bool(false)),
        ParameterSpec("daemon_reexec", .bool, aliases: ["daemon-reexec"], default: .bool(false)),
        ParameterSpec("scope", choices: ["system", "user", "global"], default: "system"),
        ParameterSpec("no_block", .bool, default: .bool(false)),
    ]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        try ServicePlan.plan(request, manager: "systemd", module: "systemd")
    }
}

/// `ansible.builtin.service`: systemd when the host runs it (ansible-core's `service_mgr`
/// rule), else the SysV `service` command and update-rc.d.
public enum ServiceModule: RemoteModule {
    public static let name = "service"
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("name", required: true), ParameterSpec("state", choices: ["reloaded", "restarted", "started", "stopped"]),
        ParameterSpec("sleep", .int), ParameterSpec("pattern"), ParameterSpec("enabled", .bool),
        ParameterSpec("runlevel", default: "default"),
        ParameterSpec("arguments", aliases: ["args"], default: ""), ParameterSpec("use", default: "auto"),
    ]

    public static func plan(_ request: ModuleRequest) throws(ModuleFailure) -> Step {
        let use = request.args.string("use") ?? "auto"
        return try ServicePlan.plan(request, manager: use == "auto" ? "" : use, module: "service")
    }
}

/// The shared plan: one probe-and-act script.
enum ServicePlan {
    static let body = #"""
        if [ -z "$mgr" ]; then
          c=$(cat /proc/1/comm 2>/dev/null)
          if [ "$c" = systemd ] || { command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; }; then mgr=systemd; else mgr=sysv; fi
        fi
        echo "mgr=$mgr"
        run() { if [ -z "$check" ]; then out=$("$@" 2>&1) || { printf 'err=%s\nout=' "$1"; printf '%s' "$out" | base64 -w0; echo; exit 0; }; fi; }
        if [ "$mgr" = systemd ]; then
          [ -n "$reexec" ] && run systemctl daemon-reexec
          [ -n "$reload" ] && run systemctl daemon-reload
          [ -z "$name" ] && { echo "changed=$changed"; exit 0; }
          load=$(systemctl show -p LoadState --value -- "$name" 2>/dev/null)
          en=$(systemctl is-enabled -- "$name" 2>/dev/null)
          if [ "$load" = not-found ] && [ "$en" != masked ]; then echo "err=notfound"; exit 0; fi
          if [ -n "$masked" ]; then
            if [ "$masked" = yes ] && [ "$en" != masked ]; then changed=1; run systemctl mask -- "$name"; en=masked; fi
            if [ "$masked" = no ] && [ "$en" = masked ]; then changed=1; run systemctl unmask -- "$name"; en=$(systemctl is-enabled -- "$name" 2>/dev/null); fi
          fi
          if [ -n "$enabled" ]; then
            case $en in enabled|enabled-runtime|alias|static|indirect|generated) is=yes ;; *) is=no ;; esac
            if [ "$en" = static ] && [ "$enabled" = no ]; then :
            elif [ "$is" != "$enabled" ]; then
              changed=1
              if [ "$enabled" = yes ]; then run systemctl enable -- "$name"; else run systemctl disable -- "$name"; fi
            fi
            echo "enabled=$enabled"
          fi
          active=$(systemctl is-active -- "$name" 2>/dev/null)
          echo "active=$active"
          case $state in
            started) case $active in active|activating|reloading) ;; *) changed=1; run systemctl $noblock start -- "$name" ;; esac ;;
            stopped) case $active in active|activating|reloading|deactivating) changed=1; run systemctl $noblock stop -- "$name" ;; esac ;;
            restarted) changed=1; run systemctl $noblock restart -- "$name" ;;
            reloaded)
              changed=1
              case $active in active|activating|reloading) run systemctl $noblock reload -- "$name" ;; *) run systemctl $noblock start -- "$name" ;; esac ;;
          esac
        else
          script=/etc/init.d/$name
          if ! command -v service >/dev/null 2>&1 && [ ! -x "$script" ]; then echo "err=notfound"; exit 0; fi
          if [ ! -x "$script" ] && [ ! -e "/etc/init/$name.conf" ]; then echo "err=notfound"; exit 0; fi
          if [ -n "$enabled" ]; then
            if ls /etc/rc[2345].d/S??"$name" >/dev/null 2>&1; then is=yes; else is=no; fi
            if [ "$is" != "$enabled" ]; then
              changed=1
              if [ "$enabled" = yes ]; then run update-rc.d "$name" defaults; run update-rc.d "$name" enable; else run update-rc.d "$name" disable; fi
            fi
            echo "enabled=$enabled"
          fi
          if service "$name" status >/dev/null 2>&1; then running=1; else running=; fi
          case $state in
            started) [ -z "$running" ] && { changed=1; run service "$name" start $arguments; } ;;
            stopped) [ -n "$running" ] && { changed=1; run service "$name" stop $arguments; } ;;
            restarted) changed=1; run service "$name" restart $arguments ;;
            reloaded) changed=1; if [ -n "$running" ]; then run service "$name" reload $arguments; else run service "$name" start $arguments; fi ;;
          esac
          [ -n "$sleep" ] && [ -n "$changed" ] && sleep "$sleep"
        fi
        echo "changed=$changed"
        exit 0

        """#

    static func plan(_ request: ModuleRequest, manager: String, module: String) throws(ModuleFailure) -> Step {
        let args = request.args
        let name = args.string("name") ?? ""
        let state = args.string("state") ?? ""
        if name.isEmpty && !args.bool("daemon_reload") && !args.bool("daemon_reexec") {
            throw ModuleFailure("missing required arguments: name")
        }
        if !name.isEmpty && state.isEmpty && args["enabled"] == nil && args["masked"] == nil && module == "service" {
            throw ModuleFailure("one of the following is required: state, enabled")
        }
        var s = Script("")
        s.set("mgr", manager == "systemd" ? "systemd" : (manager == "" ? "" : "sysv"))
        s.set("name", name)
        s.set("state", state)
        s.set("enabled", args["enabled"].map { ModuleArgs.boolean($0) == true ? "yes" : "no" } ?? "")
        s.set("masked", args["masked"].map { ModuleArgs.boolean($0) == true ? "yes" : "no" } ?? "")
        s.set("reload", args.bool("daemon_reload"))
        s.set("reexec", args.bool("daemon_reexec"))
        s.set("noblock", args.bool("no_block") ? "--no-block" : "")
        s.set("check", request.checkMode)
        s.set("changed", false)
        s.set("sleep", args.int("sleep").map(String.init) ?? "")
        s.set("arguments", args.string("arguments") ?? "")
        s.append(body)
        return .run(s, stdin: nil) { (r: ExecResult) throws(ModuleFailure) -> Step in
            if r.status != 0 { throw ModuleFailure(r.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let report = Report(r.stdoutText)
            let out = String(decoding: report.data("out") ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            switch report["err"] {
            case "notfound"?: throw ModuleFailure("Could not find the requested service \(name): host")
            case let cmd? where !cmd.isEmpty:
                let verbs = ["started": "start", "stopped": "stop", "restarted": "restart", "reloaded": "reload"]
                let verb = verbs[state] ?? "change"
                throw ModuleFailure("Unable to \(verb) service \(name): \(out)")
            default: break
            }
            var result = ValueDict()
            result[string: "changed"] = .bool(report.flag("changed"))
            if let e = report["enabled"] { result[string: "enabled"] = .bool(e == "yes") }
            if !name.isEmpty { result[string: "name"] = .string(name) }
            if !state.isEmpty { result[string: "state"] = .string(state) }
            if report["mgr"] == "systemd", let active = report["active"] {
                result[string: "status"] = .dict(ValueDict([("ActiveState", .string(active))]))
            }
            return .done(result)
        }
    }
}
