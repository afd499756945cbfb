/// The theme compiled into the binary, used when Themes/ cannot be found; Themes/default.toml says the same.
extension Theme {
    /// The terminal's own 16 colours on its default background, so Riposte follows the user's terminal theme.
    public static let builtinSpecs: [(ThemeRole, String)] = [
        (.title, "reverse bold"),
        (.header, "bold underline"),
        (.row, "default"),
        (.rowNew, "bold"),
        (.selection, "reverse"),
        (.statusBar, "reverse"),
        (.key, "reverse bold"),
        (.message, "reverse"),
        (.error, "bright-white on red bold"),
        (.placeholder, "magenta"),
        (.dim, "dim"),
        (.roleCustomer, "cyan"),
        (.roleBrand, "green bold"),
        (.roleRival, "red bold"),
        (.roleExecutive, "yellow bold"),
        (.roleBystander, "blue"),
        (.slaOK, "green"),
        (.slaWarning, "yellow bold"),
        (.slaBreached, "bright-white on red bold"),
        (.statusNew, "bold"),
        (.statusOpen, "default"),
        (.statusReplied, "green"),
        (.statusOther, "dim"),
        (.author, "bold"),
        (.ourReply, "green"),
        (.tree, "dim"),
        (.postSelected, "reverse"),
        (.editorOver, "white on red"),
        (.editorRisk, "yellow underline"),
        (.guidance, "dim"),
        (.riskLow, "green"),
        (.riskMedium, "yellow bold"),
        (.riskHigh, "bright-white on red bold"),
        (.bannerWaiting, "black on yellow"),
        (.bannerRejected, "bright-white on red"),
        (.picker, "reverse"),
        (.note, "yellow"),
        (.mark, "magenta bold"),
        (.priorityHigh, "yellow bold"),
        (.priorityUrgent, "bright-white on magenta bold"),
        (.counter, "reverse"),
        (.counterOver, "bright-white on red bold"),
    ]

    public static let builtin: Theme = {
        var theme = Theme(name: "default", styles: [:])
        for (role, spec) in builtinSpecs {
            // The built-in specs are fixed text checked by the tests: a failure here is a programming error.
            theme[role] = try! StyleSpec.parse(spec)
        }
        return theme
    }()
}
