/// Whether Riposte draws in colour: yes, unless `NO_COLOR` is set and not empty (https://no-color.org),
/// and the user's `--color` overrides that.
public enum ColourChoice {
    public static func wantsColour(environment: [String: String], forced: Bool) -> Bool {
        if forced { return true }
        return environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}

extension Theme {
    /// This theme drawn without colour, each part keeping its attributes. A part that stood out from the rows
    /// by its background is drawn in reverse video; one that stood out by its colour alone takes its look from
    /// `marks` (the monochrome theme). So selection, headers and warnings stay marked by reverse video and bold.
    public func withoutColours(marks: Theme) -> Theme {
        var plain = Theme(name: name, styles: [:])
        let rows = self[.row].background
        for role in ThemeRole.allCases {
            let style = self[role]
            var stripped = style.withoutColours
            if style.background != .default, style.background != rows {
                stripped.reverse = true
            } else if stripped != style, !stripped.reverse, !stripped.bold {
                stripped = stripped.overlaid(with: marks[role].withoutColours)
            }
            plain[role] = stripped
        }
        return plain
    }
}

extension Style {
    /// The same attributes on the terminal's own colours.
    var withoutColours: Style {
        var style = self
        style.foreground = .default
        style.background = .default
        return style
    }
}
