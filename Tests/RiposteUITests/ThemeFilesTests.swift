import Foundation
import RiposteApp
import RiposteCore
import RiposteUI
import Testing

@Suite("Choosing a theme: the shipped ones, people's own over them, and NO_COLOR")
struct ThemeFilesTests {
    static let themes = ShippedFilesTests.root.appendingPathComponent("Themes").path

    /// A folder of the user's own themes that is removed when the test ends.
    final class UserFolder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-themes-\(UUID().uuidString)").path

        init(_ files: [String: String]) throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, text) in files {
                try text.write(toFile: (path as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
    }

    func shipped(_ name: String) throws -> Theme {
        let path = (Self.themes as NSString).appendingPathComponent(name + ".toml")
        return try ThemeFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: path, name: name)
    }

    func colours(of theme: Theme) -> [Color] {
        theme.styles.values.flatMap { [$0.foreground, $0.background] }.filter { $0 != .default }
    }

    @Test("Themes/ holds exactly the shipped themes, and each styles every part without a mistake")
    func everyShippedThemeLoads() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themes).filter { $0.hasSuffix(".toml") }
        #expect(Set(files) == Set(ThemeLibrary.shippedNames.map { $0 + ".toml" }))
        for name in ThemeLibrary.shippedNames {
            let theme = try shipped(name)
            #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases), "\(name) leaves parts to the default")
            let loaded = ThemeLibrary.load(named: name, shippedFolder: Self.themes, userFolder: "/nonexistent")
            #expect(loaded.warnings.isEmpty)
            #expect(loaded.theme == theme)
        }
    }

    @Test("each shipped theme keeps to its palette: none, 256 colours, or 24-bit")
    func palettes() throws {
        #expect(colours(of: try shipped("monochrome")).isEmpty)
        #expect(try shipped("monochrome").styles == Theme.monochrome.styles)
        for name in ["dark-256", "light-256"] {
            let used = colours(of: try shipped(name))
            #expect(!used.isEmpty)
            #expect(used.allSatisfy { if case .indexed = $0 { true } else { false } }, "\(name)")
        }
        let truecolor = colours(of: try shipped("truecolor"))
        #expect(!truecolor.isEmpty)
        #expect(truecolor.allSatisfy { if case .rgb = $0 { true } else { false } })
        #expect(try shipped("dark-256") != shipped("light-256"))
    }

    @Test("a user's file of the same name changes one part per line; a bad line is reported and the rest loads")
    func userFileOverridesShipped() throws {
        let user = try UserFolder(["dark-256.toml": """
            # just the title, and a typo
            title = "color196 bold"
            selection = "on colour238"
            header = reverse
            "role.rival" = "underline"
            """])
        let (theme, warnings) = ThemeLibrary.load(named: "dark-256", shippedFolder: Self.themes, userFolder: user.path)
        let dark = try shipped("dark-256")
        #expect(warnings == [
            "\(user.file("dark-256.toml")):3:17: unknown colour \"colour238\" after \"on\"",
            "\(user.file("dark-256.toml")):4:10: invalid value \"reverse\"; put text in quotes to make it a string",
        ])
        #expect(theme[.title] == Style(foreground: .indexed(196), bold: true))
        #expect(theme[.roleRival] == Style(underline: true))
        #expect(theme[.selection] == dark[.selection])
        #expect(theme[.header] == dark[.header])
        for role in ThemeRole.allCases where ![.title, .roleRival].contains(role) {
            #expect(theme[role] == dark[role], "\(role.rawValue)")
        }
    }

    @Test("a theme of the user's own is read over the default; an unknown name falls back to the default")
    func ownAndUnknownThemes() throws {
        let user = try UserFolder(["mine.toml": "[role]\nrival = \"bright-red bold\"\n"])
        let mine = ThemeLibrary.load(named: "mine", shippedFolder: Self.themes, userFolder: user.path)
        #expect(mine.warnings.isEmpty)
        #expect(mine.theme.name == "mine")
        #expect(mine.theme[.roleRival] == Style(foreground: .ansi(9), bold: true))
        #expect(mine.theme[.title] == Theme.builtin[.title])

        let missing = ThemeLibrary.load(named: "solarised", shippedFolder: Self.themes, userFolder: user.path)
        #expect(missing.theme.styles == Theme.builtin.styles)
        #expect(missing.warnings == ["no theme \"solarised\", so the default is used; the themes are default, "
            + "monochrome, dark-256, light-256, truecolor, mine (yours go in \(user.path))"])
        let sneaky = ThemeLibrary.load(named: "../secrets", shippedFolder: Self.themes, userFolder: user.path)
        #expect(sneaky.theme.styles == Theme.builtin.styles)
        #expect(sneaky.warnings.count == 1)
    }

    @Test("without Themes/ the default and monochrome themes still come from the binary")
    func compiledIn() {
        let plain = ThemeLibrary.load(named: "monochrome", shippedFolder: nil, userFolder: "/nonexistent")
        #expect(plain.warnings.isEmpty)
        #expect(plain.theme.styles == Theme.monochrome.styles)
        let missing = ThemeLibrary.load(named: "dark-256", shippedFolder: nil, userFolder: "/nonexistent")
        #expect(missing.theme.styles == Theme.builtin.styles)
        #expect(missing.warnings.count == 1)
    }

    @Test("a line TOML can't read loses only that line, under its [table] too")
    func syntaxErrorLosesOneLine() {
        let text = """
            title = "bold"
            header = bold underline
            [role]
            rival = "red"
            brand = "green
            customer = "cyan"
            [sla
            ok = "blue"
            """
        let (theme, errors) = ThemeFile.load(text, file: "t.toml", name: "t", over: .builtin)
        #expect(SourceErrors(errors).description == """
            t.toml:2:10: invalid value "bold"; put text in quotes to make it a string
            t.toml:5:9: unterminated string; add a closing "
            t.toml:7:5: expected "]" to close the table header; found end of file
            """)
        #expect(theme[.title] == Style(bold: true))
        #expect(theme[.header] == Theme.builtin[.header])
        #expect(theme[.roleRival] == Style(foreground: .ansi(1)))
        #expect(theme[.roleCustomer] == Style(foreground: .ansi(6)))
        #expect(theme[.roleBrand] == Theme.builtin[.roleBrand])
        // Under a header that can't be read, its lines are skipped rather than misread as top-level parts.
        #expect(theme[.slaOK] == Theme.builtin[.slaOK])
        #expect(throws: SourceErrors.self) { try ThemeFile.parse(text, file: "t.toml", name: "t") }
    }

    @Test("NO_COLOR set and not empty turns colour off; empty or absent doesn't; --color turns it back on")
    func noColorChoice() {
        #expect(ColourChoice.wantsColour(environment: [:], forced: false))
        #expect(ColourChoice.wantsColour(environment: ["NO_COLOR": ""], forced: false))
        #expect(!ColourChoice.wantsColour(environment: ["NO_COLOR": "1"], forced: false))
        #expect(ColourChoice.wantsColour(environment: ["NO_COLOR": "1"], forced: true))
    }

    @Test("with NO_COLOR every shipped theme loses its colours and still marks selection and headers")
    func noColorKeepsMarks() throws {
        for name in ThemeLibrary.shippedNames {
            let coloured = try shipped(name)
            let plain = coloured.withoutColours(marks: .monochrome)
            #expect(colours(of: plain).isEmpty, "\(name)")
            for role in [ThemeRole.selection, .postSelected, .statusBar, .picker, .error, .slaBreached, .riskHigh] {
                #expect(plain[role].reverse, "\(name) \(role.rawValue)")
            }
            #expect(plain[.header].bold, "\(name)")
            #expect(plain[.title].bold || plain[.title].reverse, "\(name)")
            // A part with attributes of its own keeps them.
            #expect(plain[.roleBrand].bold, "\(name)")
        }
    }

    @Test("Startup gives the chosen theme in colour, or without colour when NO_COLOR wins")
    func startupTheme() throws {
        let user = try UserFolder([:])
        var warnings: [String] = []
        let coloured = Startup.theme(named: "light-256", userFolder: user.path, colours: true, warnings: &warnings)
        #expect(coloured.styles == (try shipped("light-256")).styles)
        let plain = Startup.theme(named: "light-256", userFolder: user.path, colours: false, warnings: &warnings)
        #expect(colours(of: plain).isEmpty)
        #expect(plain[.selection] == Style(reverse: true))
        #expect(plain[.header] == Style(bold: true, underline: true))
        #expect(warnings.isEmpty)
    }

    @Test("with NO_COLOR the queue's selected row is drawn in reverse video, with no colour on screen")
    func noColorScreen() throws {
        let journey = try Journey(width: 80, height: 12, posts: [
            post("1", account("@ana"), minutes: -5, "my order never came"),
            post("2", account("@rival", .rival), minutes: -4, "switch to us"),
        ])
        let theme = try shipped("dark-256").withoutColours(marks: .monochrome)
        let screen = render(journey.state, theme: theme)
        var reversed: [Int] = []
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let style = screen[row, column].style
                #expect(style.foreground == .default && style.background == .default)
            }
            if (0..<screen.width).allSatisfy({ screen[row, $0].style.reverse }) { reversed.append(row) }
        }
        // The title, the selected row and the key bar; the column headings are bold.
        #expect(reversed == [0, 2, 11])
        #expect(screen.text.components(separatedBy: "\n")[2].contains("@ana"))
        #expect(screen[1, 1].style.bold)
    }
}
