import Foundation
import Modules
import SwansibleCore
import Testing

/// Module plans from data, without SSH: arguments and what the host reports in; the next
/// script, the bytes sent, or the result out.
@Suite struct ModulePlanTests {
    static func args(_ pairs: [(String, Value)], _ module: any RemoteModule.Type) throws -> ModuleArgs {
        try ModuleArgs.validate(ValueDict(pairs.map { (.string($0.0), $0.1) }), spec: module.parameters, module: module.name)
    }

    static func host(_ stdout: String, status: Int32 = 0) -> ExecResult {
        ExecResult(status: status, stdout: Data(stdout.utf8), stderr: Data())
    }

    /// Runs a plan against canned host answers; returns the scripts, stdins and the result.
    static func drive(_ first: Step, answers: [String]) throws -> (scripts: [String], stdins: [Data?], result: ValueDict?) {
        var step = first
        var scripts: [String] = []
        var stdins: [Data?] = []
        var i = 0
        while case .run(let script, let stdin, let next) = step {
            scripts.append(script.description)
            stdins.append(stdin)
            guard i < answers.count else { return (scripts, stdins, nil) }
            step = try next(host(answers[i]))
            i += 1
        }
        guard case .done(let r) = step else { return (scripts, stdins, nil) }
        return (scripts, stdins, r)
    }

    @Test func unknownAndMissingArgumentsAreRefused() throws {
        #expect(throws: ModuleFailure.self) { try ModulePlanTests.args([("path", "/x"), ("sate", "absent")], FileModule.self) }
        #expect(throws: ModuleFailure.self) { try ModulePlanTests.args([("state", "absent")], FileModule.self) }
        #expect(throws: ModuleFailure.self) { try ModulePlanTests.args([("path", "/x"), ("state", "gone")], FileModule.self) }
        let a = try ModulePlanTests.args([("path", "/x"), ("force", "yes")], FileModule.self)
        #expect(a["force"] == .bool(true))
    }

    @Test func valuesReachTheShellOnlyQuoted() throws {
        let a = try ModulePlanTests.args([("path", "/tmp/a b'; rm -rf /"), ("state", "directory")], FileModule.self)
        let (scripts, _, _) = try ModulePlanTests.drive(try FileModule.plan(ModuleRequest(args: a)), answers: [])
        #expect(scripts[0].hasPrefix("path='/tmp/a b'\"'\"'; rm -rf /'\n"))
    }

    @Test func copySendsTheBytesAndReportsTheHostsState() throws {
        let a = try ModulePlanTests.args([("content", "hello\n"), ("dest", "/etc/x"), ("mode", "0644")], CopyModule.self)
        let step = try CopyModule.plan(ModuleRequest(args: a))
        let (scripts, stdins, result) = try ModulePlanTests.drive(
            step, answers: ["dest=/etc/x\nchanged=\nmode=644\nuid=0\nowner=root\ngid=0\ngroup=root\nsize=6\n"])
        #expect(scripts.count == 1)
        #expect(stdins[0] == Data("hello\n".utf8))
        #expect(scripts[0].contains("want=f572d396fae9206628714fb2ce00f72e94f2258f"))
        #expect(result?[string: "changed"] == .bool(false))
        #expect(result?[string: "mode"] == .string("0644"))
        #expect(result?[string: "checksum"] == .string("f572d396fae9206628714fb2ce00f72e94f2258f"))
    }

    @Test func commandInCheckModeIsSkippedUnlessCreatesDecides() throws {
        let a = try ModulePlanTests.args([("_raw_params", "touch /x")], CommandModule.self)
        let step = try CommandModule.plan(ModuleRequest(args: a, checkMode: true))
        guard case .run(let script, _, _) = step else { Issue.record("no script"); return }
        let token = script.assignments.first { $0.0 == "token" }?.1 ?? ""
        let (_, _, result) = try ModulePlanTests.drive(step, answers: ["\(token) check\n"])
        #expect(result?[string: "skipped"] == .bool(true))
        #expect(result?[string: "msg"] == .string("Command would have run if not in check mode"))
        let b = try ModulePlanTests.args([("_raw_params", "touch /x"), ("creates", "/x")], CommandModule.self)
        let step2 = try CommandModule.plan(ModuleRequest(args: b))
        guard case .run(let script2, _, _) = step2 else { Issue.record("no script"); return }
        let token2 = script2.assignments.first { $0.0 == "token" }?.1 ?? ""
        let (_, _, r2) = try ModulePlanTests.drive(step2, answers: ["\(token2) creates\n"])
        #expect(r2?[string: "changed"] == .bool(false))
        #expect(r2?[string: "stdout"] == .string("skipped, since /x exists"))
    }

    @Test func lineinfileWritesOnlyWhenTheTextChanges() throws {
        let content = Data("a=1\nb=2\n".utf8).base64EncodedString()
        let replace = try ModulePlanTests.args([("path", "/etc/c"), ("regexp", "^b="), ("line", "b=3")], LineInFileModule.self)
        let (scripts, stdins, result) = try ModulePlanTests.drive(
            try LineInFileModule.plan(ModuleRequest(args: replace)), answers: ["exists=1\ncontent=\(content)\n", ""])
        #expect(scripts.count == 2)
        #expect(stdins[1] == Data("a=1\nb=3\n".utf8))
        #expect(result?[string: "msg"] == .string("line replaced"))
        let same = try ModulePlanTests.args([("path", "/etc/c"), ("line", "b=2")], LineInFileModule.self)
        let (s2, _, r2) = try ModulePlanTests.drive(
            try LineInFileModule.plan(ModuleRequest(args: same)), answers: ["exists=1\ncontent=\(content)\n"])
        #expect(s2.count == 1)
        #expect(r2?[string: "changed"] == .bool(false))
    }

    @Test func sysctlRewritesAsTheModuleDoes() {
        let d = SysctlModule.decide(
            text: "# tunables\nvm.swappiness = 60\nnet.ipv4.ip_forward=0\nvm.swappiness=10\n", proc: nil, name: "net.ipv4.ip_forward",
            value: "1", present: true, reload: false, sysctlSet: false)
        #expect(d.changed && d.write)
        #expect(d.lines == "# tunables\nvm.swappiness=60\nnet.ipv4.ip_forward=1\n")
        let same = SysctlModule.decide(
            text: "net.ipv4.ip_forward = 1\n", proc: "1", name: "net.ipv4.ip_forward", value: "1", present: true, reload: true,
            sysctlSet: true)
        #expect(!same.changed)
    }

    @Test func iptablesBuildsTheSeedsRules() throws {
        let nat = try ModulePlanTests.args(
            [("table", "nat"), ("chain", "POSTROUTING"), ("out_interface", "eth1"), ("jump", "MASQUERADE")], IptablesModule.self)
        #expect(IptablesModule.ruleWords(nat) == ["-j", "MASQUERADE", "-o", "eth1"])
        let back = try ModulePlanTests.args(
            [
                ("chain", "FORWARD"), ("in_interface", "eth1"), ("out_interface", "eth0"), ("ctstate", .list(["RELATED", "ESTABLISHED"])),
                ("jump", "ACCEPT"),
            ], IptablesModule.self)
        #expect(
            IptablesModule.ruleWords(back) == [
                "-j", "ACCEPT", "-i", "eth1", "-o", "eth0", "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED",
            ])
        let (scripts, _, result) = try ModulePlanTests.drive(try IptablesModule.plan(ModuleRequest(args: nat)), answers: ["changed=\n"])
        #expect(scripts[0].contains("-C \"$chain\""))
        #expect(result?[string: "rule"] == .string("-j MASQUERADE -o eth1"))
    }

    @Test func serviceRefusesAnUnknownUnit() throws {
        let a = try ModulePlanTests.args([("name", "nope"), ("state", "started")], SystemdModule.self)
        #expect(throws: ModuleFailure.self) {
            _ = try ModulePlanTests.drive(try SystemdModule.plan(ModuleRequest(args: a)), answers: ["mgr=systemd\nerr=notfound\n"])
        }
        let (_, _, r) = try ModulePlanTests.drive(
            try SystemdModule.plan(ModuleRequest(args: a)), answers: ["mgr=systemd\nactive=active\nchanged=\n"])
        #expect(r?[string: "changed"] == .bool(false))
        #expect(r?[string: "state"] == .string("started"))
    }
}
