import Foundation
import RiposteCore

/// The themes a user can choose: the ones shipped in Themes/, changed or added to by the user's own
/// `$XDG_CONFIG_HOME/riposte/themes/NAME.toml`.
public enum ThemeLibrary {
    /// The themes shipped in Themes/, the default first.
    public static let shippedNames = ["default", "monochrome", "dark-256", "light-256", "truecolor"]

    /// The themes that work even when Themes/ cannot be found.
    static let compiledIn = ["default": Theme.builtin, "monochrome": Theme.monochrome]

    /// The theme `name`, built in layers so that one line anywhere changes one part: the compiled-in default,
    /// then Themes/default.toml, then the shipped Themes/NAME.toml (or its compiled-in copy), then the user's NAME.toml.
    ///
    /// A bad line is reported as `file:line:column: message` and the rest of its file still loads; a name
    /// found in neither folder is reported and the default used.
    public static func load(named name: String, shippedFolder: String?, userFolder: String)
        -> (theme: Theme, warnings: [String]) {
        var warnings: [String] = []
        let name = name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            return (Theme.builtin, ["\"\(name)\" is not a theme name: give the file's name without .toml, like dark-256"])
        }
        func layer(_ folder: String?, _ fileName: String, over base: Theme) -> Theme? {
            guard let folder else { return nil }
            let path = (folder as NSString).appendingPathComponent(fileName + ".toml")
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            let text: String
            do {
                text = try SourceText.read(file: path)
            } catch {
                warnings.append("\(error)")
                return nil
            }
            let (theme, errors) = ThemeFile.load(text, file: path, name: name, over: base)
            warnings += errors.map(\.description)
            return theme
        }

        var theme = Theme.builtin
        theme = layer(shippedFolder, "default", over: theme) ?? theme
        let shipped = name == "default" ? theme : layer(shippedFolder, name, over: theme) ?? compiledIn[name]
        let own = layer(userFolder, name, over: shipped ?? theme)
        guard let chosen = own ?? shipped else {
            var known = shippedNames
            known += userNames(in: userFolder).filter { !known.contains($0) }
            warnings.append("no theme \"\(name)\", so the default is used; the themes are "
                + known.joined(separator: ", ") + " (yours go in \(userFolder))")
            theme.name = "default"
            return (theme, warnings)
        }
        return (chosen, warnings)
    }

    /// The names of the user's own theme files, in name order.
    public static func userNames(in folder: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }
}
