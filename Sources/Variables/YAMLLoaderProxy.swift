import SwansibleCore
import YAML

/// Reads a YAML or JSON file (Variables' access to the YAML target).
enum YAMLLoaderProxy {
    static func load(_ path: String) throws(YAMLError) -> (Value, [Diagnostic]) {
        try YAMLLoader.loadFile(path)
    }
}
