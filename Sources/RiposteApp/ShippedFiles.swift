import Foundation

/// Finds the folders shipped beside the package (Themes/, Keymaps/) whether Riposte runs from a checkout or installed.
public enum ShippedFiles {
    /// Candidate folders for `name`, most specific first: `$RIPOSTE_SHARE`, an install's share/riposte,
    /// the checkout the binary was built in, and the checkout this source file was compiled from.
    public static func candidates(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [URL] {
        var roots: [URL] = []
        if let share = environment["RIPOSTE_SHARE"], !share.isEmpty { roots.append(URL(fileURLWithPath: share)) }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let bin = executable.deletingLastPathComponent()
            roots.append(bin.deletingLastPathComponent().appendingPathComponent("share/riposte"))
            // .build/<triple>/debug/riposte → the checkout is a few folders up.
            var folder = bin
            for _ in 0..<5 {
                folder = folder.deletingLastPathComponent()
                roots.append(folder)
            }
        }
        let source = URL(fileURLWithPath: #filePath)
        roots.append(source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        return roots.map { $0.appendingPathComponent(name) }
    }

    /// The shipped file `folder/file`, if one of the candidate folders has it.
    public static func find(_ file: String, in folder: String) -> URL? {
        candidates(folder).map { $0.appendingPathComponent(file) }.first {
            FileManager.default.isReadableFile(atPath: $0.path)
        }
    }
}
