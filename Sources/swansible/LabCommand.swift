import ArgumentParser
import Foundation
import Lab
import SwansibleCore

/// `swansible lab`: the seed's network as namespace machines on this machine.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Build, check and remove a lab of namespace machines (as root).",
        subcommands: [
            Up.self, Down.self, Status.self, Verify.self, SSH.self, Stop.self, Start.self, Reboot.self, Connect.self, HTTPEcho.self,
        ]
    )

    struct Options: ParsableArguments {
        @Option(name: [.short, .customLong("inventory")], help: "The lab inventory (default inventory/lab.yml).")
        var inventory: [String] = []

        func lab() throws -> Lab {
            let spec: LabSpec
            do {
                spec = try LabSpec.load(inventory: inventory.isEmpty ? ["inventory/lab.yml"] : inventory)
            } catch {
                throw Report.fail(error)
            }
            guard getuid() == 0 else {
                Report.printError("error: the lab needs root (network namespaces, mounts)")
                throw ExitCode(1)
            }
            return Lab(spec: spec, executable: LabCommand.executable) { Report.write($0) }
        }
    }

    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    struct Up: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the network and boot every machine.")
        @OptionGroup var options: Options

        func run() throws {
            let lab = try options.lab()
            let start = Date()
            do {
                try lab.up()
            } catch {
                lab.down()
                throw Report.fail(error)
            }
            Report.write(
                "lab up: \(lab.spec.machines.count) machines (\(lab.spec.machines.map(\.name).joined(separator: ", "))) in "
                    + String(format: "%.1f s", Date().timeIntervalSince(start)))
        }
    }

    struct Down: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop every machine and remove what the lab made.")
        @OptionGroup var options: Options

        func run() throws {
            let lab = try options.lab()
            lab.down()
            Report.write("lab down")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Which machines are running.")
        @OptionGroup var options: Options

        func run() throws {
            let lab = try options.lab()
            for (name, running) in lab.status() { Report.write("\(name): \(running ? "running" : "stopped")") }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prove DHCP, DNS, NAT and TLS with real traffic.")
        @OptionGroup var options: Options

        func run() throws {
            let lab = try options.lab()
            let checks = lab.verify()
            for c in checks { Report.write("\(c.passed ? "ok  " : "FAIL") \(c.name)\(c.passed ? "" : ": \(c.detail)")") }
            let failed = checks.filter { !$0.passed }.count
            Report.write("\(checks.count - failed)/\(checks.count) checks passed")
            if failed > 0 { throw ExitCode(1) }
        }
    }

    struct SSH: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run a command on a lab machine over SSH.")
        @OptionGroup var options: Options
        @Argument var host: String
        @Argument(parsing: .captureForPassthrough) var command: [String] = []

        func run() throws {
            let lab = try options.lab()
            let m = try LabCommand.machine(lab, host)
            let args = lab.sshArguments(m) + command.drop { $0 == "--" }
            let r = try ProcessRunner.runBlocking("/usr/bin/ssh", args)
            FileHandle.standardOutput.write(r.stdout)
            FileHandle.standardError.write(r.stderr)
            if r.status != 0 { throw ExitCode(r.status) }
        }
    }

    static func machine(_ lab: Lab, _ host: String) throws -> LabSpec.Machine {
        guard let m = lab.spec.machines.first(where: { $0.name == host }) else {
            Report.printError("error: no lab machine named \(host)")
            throw ExitCode(1)
        }
        return m
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cut a machine's power (its disks are kept).")
        @OptionGroup var options: Options
        @Argument var host: String

        func run() throws {
            let lab = try options.lab()
            lab.stop(try LabCommand.machine(lab, host))
            Report.write("\(host) stopped")
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Boot a stopped machine and wait for its sshd.")
        @OptionGroup var options: Options
        @Argument var host: String

        func run() throws {
            let lab = try options.lab()
            do {
                try lab.start(try LabCommand.machine(lab, host))
            } catch let e as Lab.Failure {
                throw Report.fail(e)
            }
            Report.write("\(host) started")
        }
    }

    struct Reboot: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Power-cycle a machine (its disks are kept).")
        @OptionGroup var options: Options
        @Argument var host: String

        func run() throws {
            let lab = try options.lab()
            let m = try LabCommand.machine(lab, host)
            do {
                try lab.reboot(m)
            } catch {
                throw Report.fail(error)
            }
            Report.write("\(host) rebooted")
        }
    }

    struct Connect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "ssh's ProxyCommand for the lab (with ProxyUseFdpass).", shouldDisplay: false)
        @Argument var host: String
        @Argument var port: Int

        func run() throws {
            do {
                try LabSockets.connect(namespace: LabSpec.controlNamespace, host: host, port: port)
            } catch {
                Report.printError("swansible lab connect: \(error)")
                throw ExitCode(255)
            }
        }
    }

    struct HTTPEcho: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "http-echo", abstract: "The lab Internet's HTTP server.", shouldDisplay: false)
        @Argument var address: String
        @Argument var port: Int

        func run() throws {
            do {
                try LabSockets.httpEcho(address: address, port: port)
            } catch {
                Report.printError("swansible lab http-echo: \(error)")
                throw ExitCode(1)
            }
        }
    }
}
