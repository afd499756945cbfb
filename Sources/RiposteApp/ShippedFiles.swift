import Foundation

/// Finds the folders Riposte ships (Themes/, Keymaps/) the way Unix programs find their data: beside the installed
/// binary, then in the checkout the binary runs from, then in `$XDG_DATA_DIRS`. A binary found nowhere near its
/// files says so (`riposte config paths`) and uses the compiled-in defaults.
public enum ShippedFiles {
    /// Where a shipped folder was found, for `riposte config paths`.
    public enum Source: Equatable, Sendable {
        case environment, besideBinary, dataDirectories, checkout

        public var description: String {
            switch self {
            case .environment: "from $RIPOSTE_SHARE"
            case .besideBinary: "beside the binary"
            case .dataDirectories: "from $XDG_DATA_DIRS"
            case .checkout: "the checkout the binary runs from"
            }
        }
    }

    public struct Folder: Equatable, Sendable {
        public let url: URL
        public let source: Source
    }

    /// Candidate folders for `name` ("Themes"), in the order they are tried: `$RIPOSTE_SHARE/NAME`,
    /// `BIN/../share/riposte/NAME`, `NAME` in the checkout holding the binary (`.build/<triple>/debug/riposte`), and
    /// `DIR/riposte/NAME` for each of `$XDG_DATA_DIRS` (default `/usr/local/share:/usr/share`). The checkout comes
    /// before the data directories so that a build being worked on never reads an installed package's older files.
    public static func candidates(_ name: String, executable: URL? = Bundle.main.executableURL,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) -> [Folder] {
        var folders: [Folder] = []
        if let share = environment["RIPOSTE_SHARE"], !share.isEmpty {
            folders.append(Folder(url: URL(fileURLWithPath: share).appendingPathComponent(name), source: .environment))
        }
        let bin = executable?.resolvingSymlinksInPath().deletingLastPathComponent()
        if let bin {
            let share = bin.deletingLastPathComponent().appendingPathComponent("share/riposte")
            folders.append(Folder(url: share.appendingPathComponent(name), source: .besideBinary))
        }
        // Only a folder that is a checkout of Riposte (its Package.swift beside the folder) counts, so that a binary
        // copied into some other tree never picks up that tree's files.
        let ancestors = sequence(first: bin) { $0?.deletingLastPathComponent() }.dropFirst().prefix(5).compactMap { $0 }
        if let checkout = ancestors.first(where: {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("Package.swift").path)
        }) {
            folders.append(Folder(url: checkout.appendingPathComponent(name), source: .checkout))
        }
        // The XDG Base Directory specification: unset or empty means these two.
        let dataDirectories = environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "/usr/local/share:/usr/share"
        for directory in dataDirectories.split(separator: ":") where directory.hasPrefix("/") {
            let share = URL(fileURLWithPath: String(directory)).appendingPathComponent("riposte")
            folders.append(Folder(url: share.appendingPathComponent(name), source: .dataDirectories))
        }
        return folders
    }

    /// The first candidate folder for `name` that holds `file` (every shipped folder holds `default.toml`).
    public static func folder(_ name: String, holding file: String = "default.toml",
                              executable: URL? = Bundle.main.executableURL,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> Folder? {
        candidates(name, executable: executable, environment: environment).first {
            FileManager.default.isReadableFile(atPath: $0.url.appendingPathComponent(file).path)
        }
    }

    /// The shipped file `folder/file`, if one of the candidate folders has it.
    public static func find(_ file: String, in folder: String) -> URL? {
        self.folder(folder, holding: file)?.url.appendingPathComponent(file)
    }
}
