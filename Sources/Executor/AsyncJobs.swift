import Connection
import Foundation
import Modules
import Playbook
import SwansibleCore
import Templating

/// A task started with `async` and `poll: 0`: its script runs in the background on the host,
/// writing its output and exit status under `~/.ansible_async/JID.d`; `async_status` reads them
/// and finishes the module's work here.
struct AsyncJob: Sendable {
    var host: String
    var directory: String
    var connection: any Connection
    var finish: @Sendable (ExecResult) throws(ModuleFailure) -> Step
}

extension PlaybookExecutor {
    /// The task's `async` seconds and `poll` interval (Ansible polls every 15 seconds unless told).
    func asyncSettings(_ task: Task, vars: TemplateVariables) -> (seconds: Int, poll: Int)? {
        guard let raw = task.keywords[string: "async"] else { return nil }
        func number(_ v: Value) -> Int? {
            let templated = (try? templateDeep(v, vars: vars)) ?? v
            return Int(PythonFormat.str(templated).trimmingCharacters(in: .whitespaces))
        }
        guard let seconds = number(raw), seconds > 0 else { return nil }
        let poll = task.keywords[string: "poll"].flatMap(number) ?? 15
        return (seconds, max(0, poll))
    }

    /// ansible-core's job id: `j`, twelve digits, `.`, the controller's process id.
    static func jobID() -> String {
        let digits = String(Int.random(in: 0..<1_000_000_000_000))
        return "j" + String(repeating: "0", count: 12 - digits.count) + digits + "." + String(getpid())
    }

    /// Starts a one-script task in the background; the result is what ansible-core's async
    /// wrapper answers at once.
    func startBackground(
        _ task: Task, host: String, script: String, finish: @escaping @Sendable (ExecResult) throws(ModuleFailure) -> Step,
        connection: any Connection
    ) async -> TaskResult {
        let jid = PlaybookExecutor.jobID()
        // a subshell, so that the module's own `exit` ends only it; the status is written last
        let job =
            "( \(script)\n) > \"$SWANSIBLE_ASYNC_DIR/out\" 2> \"$SWANSIBLE_ASYNC_DIR/err\" < /dev/null; "
            + "echo $? > \"$SWANSIBLE_ASYNC_DIR/rc.tmp\"; mv \"$SWANSIBLE_ASYNC_DIR/rc.tmp\" \"$SWANSIBLE_ASYNC_DIR/rc\""
        let launcher = """
            SWANSIBLE_ASYNC_DIR="$HOME/.ansible_async/\(jid).d"
            export SWANSIBLE_ASYNC_DIR
            mkdir -p "$SWANSIBLE_ASYNC_DIR" || exit 1
            nohup /bin/sh -c \(Shell.quote(job)) > /dev/null 2>&1 < /dev/null &
            printf '%s' "$HOME"
            """
        let r: ExecResult
        do {
            r = try await connection.run(script: launcher, stdin: nil)
        } catch {
            return controllerFailure(host, [ErrorEvent("\(error)")])
        }
        guard r.status == 0 else {
            return controllerFailure(host, [ErrorEvent("could not start the background job: \(r.stderrText)")])
        }
        let home = r.stdoutText
        asyncJobs[jid] = AsyncJob(host: host, directory: home + "/.ansible_async/\(jid).d", connection: connection, finish: finish)
        return TaskResult(
            host: host, status: .ok,
            result: ValueDict([
                ("ansible_job_id", .string(jid)), ("changed", true), ("finished", false),
                ("results_file", .string(home + "/.ansible_async/\(jid)")), ("started", true),
            ]))
    }

    /// `async_status`: whether the job has finished, and then its result.
    func asyncStatus(_ task: Task, args: ValueDict, host: String) async -> TaskResult {
        let jid = args[string: "jid"].map { PythonFormat.str($0) } ?? ""
        let mode = args[string: "mode"].map { PythonFormat.str($0) } ?? "status"
        guard let job = asyncJobs[jid], job.host == host else {
            var r = TaskResult(
                host: host, status: .failed,
                result: ValueDict([
                    ("ansible_job_id", .string(jid)), ("changed", false), ("finished", true), ("msg", "could not find job"),
                    ("started", true),
                ]))
            r.errorChain = [ErrorEvent("Action failed."), ErrorEvent("could not find job")]
            return r
        }
        let resultsFile = String(job.directory.dropLast(2))
        let dir = Shell.quote(job.directory)
        if mode == "cleanup" {
            _ = try? await job.connection.run(script: "rm -rf \(dir)", stdin: nil)
            asyncJobs[jid] = nil
            return TaskResult(
                host: host, status: .ok,
                result: ValueDict([("ansible_job_id", .string(jid)), ("changed", false), ("erased", .string(resultsFile))]))
        }
        let base = ValueDict([("ansible_job_id", .string(jid)), ("results_file", .string(resultsFile)), ("started", true)])
        let probe: ExecResult
        do {
            probe = try await job.connection.run(script: "cat \(dir)/rc 2>/dev/null || true", stdin: nil)
        } catch {
            return controllerFailure(host, [ErrorEvent("\(error)")])
        }
        guard let status = Int32(probe.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            var running = base
            running[string: "changed"] = false
            running[string: "finished"] = false
            return TaskResult(host: host, status: .ok, result: running)
        }
        let out = (try? await job.connection.run(script: "cat \(dir)/out", stdin: nil))?.stdout ?? Data()
        let err = (try? await job.connection.run(script: "cat \(dir)/err", stdin: nil))?.stdout ?? Data()
        var result: ValueDict
        var failed = false
        do throws(ModuleFailure) {
            guard case .done(let done) = try job.finish(ExecResult(status: status, stdout: out, stderr: err)) else {
                return controllerFailure(host, [ErrorEvent("the background job's module needs more than one step")])
            }
            result = done
        } catch {
            result = error.result
            failed = true
        }
        for (k, v) in base.items { result[k] = v }
        result[string: "finished"] = true
        addLines(&result)
        var r = TaskResult(host: host, status: failed ? .failed : .ok, result: result)
        if failed { r.errorChain = [ErrorEvent("Module failed."), ErrorEvent(result[string: "msg"].map { PythonFormat.str($0) } ?? "")] }
        return r
    }
}
