import Foundation
import Testing
import RiposteCore

/// A team lead edits `config.toml`: what it leaves out keeps its default, and every mistake is
/// reported where it was made.
@Suite struct SettingsFileTests {
    @Test("the defaults: two-minute claims, the standard SLA targets, five built-in views")
    func defaults() {
        let settings = Settings.defaults
        #expect(settings.claimLease == 120)
        #expect(settings.serviceLevels == .standard)
        #expect(settings.views.map(\.name) == ["mine", "unassigned", "all", "breached", "awaiting approval"])
        #expect(settings.views.map(\.filter.description) == ["is:mine", "assignee:none", "", "is:breached", "is:awaiting"])
    }

    @Test("the example file shows the defaults, and reads as them")
    func exampleFileIsTheDefaults() throws {
        #expect(try Settings.parse(Settings.exampleFile, file: "config.toml") == .defaults)
        #expect(try Settings.parse("", file: "config.toml") == .defaults)
    }

    @Test("the example file's sample views, uncommented, are filters that read")
    func exampleViewsRead() throws {
        let samples = Settings.exampleFile.split(separator: "\n")
            .drop { !$0.hasPrefix("[views]") }
            .filter { $0.hasPrefix("# ") && $0.contains(" = \"") }
            .map { $0.dropFirst(2) }
        #expect(samples.count == 2)
        let settings = try Settings.parse("[views]\n" + samples.joined(separator: "\n"), file: "config.toml")
        #expect(settings.views.map(\.name).suffix(2) == ["billing", "angry and waiting"])
    }

    @Test("a file of a few lines changes those and keeps the rest")
    func partialOverride() throws {
        let text = """
            [claims]
            lease = "5m"

            [sla.x]
            urgent = "10m"

            [views]
            billing = "tag:billing status:new,open"
            Mine = "is:mine status:open"
            """
        let settings = try Settings.parse(text, file: "config.toml")
        #expect(settings.claimLease == 300)
        #expect(settings.serviceLevels.target(for: .x, priority: .urgent) == 600)
        #expect(settings.serviceLevels.target(for: .x, priority: .high) == 1800)
        #expect(settings.serviceLevels.target(for: .mastodon, priority: .urgent) == 1200)
        // A built-in view keeps its place with the new filter; a new view comes after the built-in ones.
        #expect(settings.views.map(\.name) == ["Mine", "unassigned", "all", "breached", "awaiting approval", "billing"])
        #expect(settings.view(named: "mine")?.filter.description == "is:mine status:open")
        #expect(settings.view(named: "billing")?.filter.description == "tag:billing status:new,open")
    }

    @Test("a missing file gives the defaults; a bad line is reported at its place and every good line still applies")
    func load() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("riposte-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("config.toml").path

        let missing = Settings.load(file: path)
        #expect(missing.settings == .defaults && missing.errors.isEmpty)

        try "[claims]\nlease = \"3m\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(Settings.load(file: path).settings.claimLease == 180)

        try "[claims]\nlease = \"3x\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let bad = Settings.load(file: path)
        #expect(bad.settings == .defaults)
        #expect(bad.errors.map(\.description) == [#"\#(path):2:11: unknown unit "x" in "3x"; use s, m, h or d, such as 90s or 1h30m"#])

        // A team's views survive a mistake elsewhere in the file.
        try """
            [claims]
            lease = "3x"
            [views]
            billing = "tag:billing"
            broken = "status:nope"
            [display]
            theme = "dark-256"
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let mixed = Settings.load(file: path)
        #expect(mixed.settings.view(named: "billing")?.filter.description == "tag:billing")
        #expect(mixed.settings.view(named: "broken") == nil)
        #expect(mixed.settings.display.theme == "dark-256")
        #expect(mixed.settings.claimLease == Settings.defaults.claimLease)
        #expect(mixed.errors.map(\.position.line) == [2, 5])

        // Text that is not TOML at all: the defaults, and where it stops being TOML.
        try "[views\n".write(toFile: path, atomically: true, encoding: .utf8)
        let broken = Settings.load(file: path)
        #expect(broken.settings == .defaults && broken.errors.count == 1)
    }

    /// A wrong file and every error it gets.
    struct BadFile: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var errors: String
        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(name: "an unknown table, close to a known one", text: """
            [claim]
            lease = "2m"
            """, errors: #"config.toml:1:2: unknown table "claim"; did you mean "claims"?"#),
        BadFile(name: "an unknown key at the top", text: """
            theme = "dark"
            """, errors: #"config.toml:1:1: unknown key "theme"; expected one of claims, approvals, sla, views, display"#),
        BadFile(name: "an unknown key", text: """
            [claims]
            leas = "2m"
            """, errors: #"config.toml:2:1: unknown key "leas"; did you mean "lease"?"#),
        BadFile(name: "an unknown network", text: """
            [sla.twitter]
            urgent = "15m"
            """, errors: #"config.toml:1:6: unknown network "twitter"; expected one of x, mastodon, bluesky"#),
        BadFile(name: "an unknown priority", text: """
            [sla.x]
            urgnet = "15m"
            """, errors: #"config.toml:2:1: unknown key "urgnet"; did you mean "urgent"?"#),
        BadFile(name: "a duration with an unknown unit, at the unit", text: """
            [claims]
            lease = "2x"
            """, errors: #"config.toml:2:11: unknown unit "x" in "2x"; use s, m, h or d, such as 90s or 1h30m"#),
        BadFile(name: "a duration without a unit", text: """
            [sla.bluesky]
            low = "90"
            """, errors: #"config.toml:2:8: "90" needs a unit: 90s, 90m, 90h or 90d"#),
        BadFile(name: "a number where a duration goes", text: """
            [claims]
            lease = 120
            """, errors: #"config.toml:2:9: "lease" must be a duration in quotes, such as "2m"; found an integer"#),
        BadFile(name: "a lease too short", text: """
            [claims]
            lease = "5s"
            """, errors: #"config.toml:2:9: "lease" must be between 10s and 1d; found 5s"#),
        BadFile(name: "a target too long", text: """
            [sla.x]
            low = "31d"
            """, errors: #"config.toml:2:7: "low" must be between 1m and 30d; found 31d"#),
        BadFile(name: "a higher priority waiting longer than a lower one", text: """
            [sla.x]
            urgent = "2h"
            """, errors: #"config.toml:2:10: X's urgent target (2h) is longer than its high target (30m); a higher priority may not wait longer"#),
        BadFile(name: "a view that is not a string", text: """
            [views]
            billing = 3
            """, errors: #"config.toml:2:11: view "billing" must be a filter in quotes, such as "tag:billing status:new,open"; found an integer"#),
        BadFile(name: "a view's filter, at the mistake inside the string", text: """
            [views]
            billing = "tag:billing statsu:open"
            """, errors: #"config.toml:2:24: unknown field "statsu"; did you mean "status"?"#),
        BadFile(name: "a view's filter in a literal string", text: """
            [views]
            'late' = 'age:>2x'
            """, errors: #"config.toml:2:17: unknown unit "x" in "2x"; use s, m, h or d, such as 90s or 1h30m"#),
        BadFile(name: "a view without a name", text: """
            [views]
            "" = "tag:billing"
            """, errors: #"config.toml:2:1: a view needs a name, such as billing = "tag:billing""#),
        BadFile(name: "a TOML syntax error", text: """
            [claims
            """, errors: #"config.toml:1:8: expected "]" to close the table header; found end of file"#),
    ]

    @Test("each kind of mistake is reported at its place", arguments: badFiles)
    func reportsTheMistake(_ file: BadFile) {
        #expect(Self.errors(file.text) == file.errors)
    }

    @Test("an escape before the mistake does not shift its column")
    func escapesBeforeTheMistake() {
        let line = #"cafe = "tag:caf\u00E9 statsu:open""#
        let column = line.distance(from: line.startIndex, to: line.range(of: "statsu")!.lowerBound) + 1
        #expect(Self.errors("[views]\n" + line) == #"config.toml:2:\#(column): unknown field "statsu"; did you mean "status"?"#)
    }

    @Test("every mistake in a file is reported, in file order")
    func severalMistakes() {
        let text = """
            [claims]
            lease = "1m30"

            [sla.x]
            urgent = "15m"
            hihg = "30m"

            [sla.mastodn]
            low = "6h"

            [views]
            billing = "tga:billing network:twiter"
            """
        #expect(Self.errors(text) == """
            config.toml:2:12: "30" needs a unit: 30s, 30m, 30h or 30d
            config.toml:6:1: unknown key "hihg"; did you mean "high"?
            config.toml:8:6: unknown network "mastodn"; did you mean "mastodon"?
            config.toml:12:12: unknown field "tga"; did you mean "tag"?
            config.toml:12:32: unknown network "twiter"; expected one of x, mastodon, bluesky
            """)
    }

    private static func errors(_ text: String) -> String {
        do {
            _ = try Settings.parse(text, file: "config.toml")
            return "no errors"
        } catch {
            return error.description
        }
    }

    @Test("[display] picks the keymap, the theme and colour; a mistake there names its place")
    func display() throws {
        let settings = try Settings.parse("[display]\nkeymap = \"vim\"\ntheme = \"dark-256\"\ncolor = true\n",
                                          file: "config.toml")
        #expect(settings.display.keymap == "vim" && settings.display.theme == "dark-256" && settings.display.colour == true)
        #expect(Settings.defaults.display.colour == nil)
        let errors = try #require(throws: SourceErrors.self) {
            try Settings.parse("[display]\ncolor = \"yes\"\nfont = 3\n", file: "config.toml")
        }
        #expect(errors.description.contains("config.toml:2:9:"))
        #expect(errors.description.contains("config.toml:3:1: unknown key \"font\""))
    }
}
