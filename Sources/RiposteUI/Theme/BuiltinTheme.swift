/// The themes compiled into the binary, used when Themes/ cannot be found; Themes/default.toml and
/// Themes/monochrome.toml say the same.
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
        (.tag, "blue bold"),
    ]

    public static let builtin: Theme = {
        var theme = Theme(name: "default", styles: [:])
        for (role, spec) in builtinSpecs {
            // The built-in specs are fixed text checked by the tests: a failure here is a programming error.
            theme[role] = try! StyleSpec.parse(spec)
        }
        return theme
    }()

    /// Attributes only, no colour: what NO_COLOR falls back to for parts marked by colour alone.
    public static let monochromeSpecs: [(ThemeRole, String)] = [
        (.title, "reverse bold"),
        (.header, "bold underline"),
        (.row, "plain"),
        (.rowNew, "bold"),
        (.selection, "reverse"),
        (.statusBar, "reverse"),
        (.key, "reverse bold"),
        (.message, "reverse"),
        (.error, "reverse bold"),
        (.placeholder, "dim"),
        (.dim, "dim"),
        (.roleCustomer, "plain"),
        (.roleBrand, "bold"),
        (.roleRival, "bold underline"),
        (.roleExecutive, "bold"),
        (.roleBystander, "dim"),
        (.slaOK, "plain"),
        (.slaWarning, "bold"),
        (.slaBreached, "reverse bold"),
        (.statusNew, "bold"),
        (.statusOpen, "plain"),
        (.statusReplied, "plain"),
        (.statusOther, "dim"),
        (.author, "bold"),
        (.ourReply, "bold"),
        (.tree, "dim"),
        (.postSelected, "reverse"),
        (.editorOver, "reverse"),
        (.editorRisk, "underline"),
        (.guidance, "dim"),
        (.riskLow, "plain"),
        (.riskMedium, "bold"),
        (.riskHigh, "reverse bold"),
        (.bannerWaiting, "reverse"),
        (.bannerRejected, "reverse bold"),
        (.picker, "reverse"),
        (.note, "underline"),
        (.mark, "bold"),
        (.priorityHigh, "bold"),
        (.priorityUrgent, "reverse bold"),
        (.counter, "reverse"),
        (.counterOver, "reverse bold underline"),
        (.tag, "underline"),
    ]

    public static let monochrome: Theme = {
        var theme = Theme(name: "monochrome", styles: [:])
        for (role, spec) in monochromeSpecs {
            theme[role] = try! StyleSpec.parse(spec)
        }
        return theme
    }()
}
