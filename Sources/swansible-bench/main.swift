import Foundation
import Inventory
import SwansibleCore
import Templating
import Variables

// In-process template rendering benchmark: renders TEMPLATE for HOST of INVENTORY N times
// and prints the mean time per render in microseconds (after one warm-up render).
// usage: swansible-bench TEMPLATE INVENTORY HOST [N]
let args = CommandLine.arguments
guard args.count >= 4 else {
    FileHandle.standardError.write(Data("usage: swansible-bench TEMPLATE INVENTORY HOST [N]\n".utf8))
    exit(2)
}
let n = args.count > 4 ? Int(args[4]) ?? 1000 : 1000
do {
    var inventory = try Inventory.load(sources: [args[2]], basedir: ".")
    let hosts = try inventory.hosts(matching: args[3])
    guard let h = hosts.first else { exit(2) }
    let text = try String(contentsOfFile: args[1], encoding: .utf8)
    let templar = Templar(searchPath: [(args[1] as NSString).deletingLastPathComponent])
    let manager = VariableManager(inventory: inventory, templar: templar, playbookDir: ".")
    let vars = manager.context(h)
    vars["ansible_managed"] = "Ansible managed"
    var out = try templar.renderTemplateFile(text, name: args[1], vars: vars)
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<n {
        out = try templar.renderTemplateFile(text, name: args[1], vars: vars)
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    print(String(format: "%.1f", elapsed / Double(n)), out.utf8.count)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
