import Testing
import RiposteCore

@Suite struct SourceErrorTests {
    @Test func printsAsFileLineColumnMessage() {
        let error = SourceError(file: "voices/banter.toml", position: SourcePosition(line: 12, column: 9), message: "unknown key \"tone\"")
        #expect(error.description == "voices/banter.toml:12:9: unknown key \"tone\"")
    }

    @Test func positionsOrderByLineThenColumn() {
        #expect(SourcePosition(line: 1, column: 9) < SourcePosition(line: 2, column: 1))
        #expect(SourcePosition(line: 2, column: 1) < SourcePosition(line: 2, column: 3))
        #expect(!(SourcePosition(line: 2, column: 3) < SourcePosition(line: 2, column: 3)))
    }

    @Test func severalErrorsPrintInFileOrderOnePerLine() {
        let errors = SourceErrors([
            SourceError(file: "f.toml", position: SourcePosition(line: 3, column: 1), message: "third"),
            SourceError(file: "f.toml", position: SourcePosition(line: 1, column: 5), message: "first"),
            SourceError(file: "f.toml", position: SourcePosition(line: 1, column: 5), message: "second, same place"),
        ])
        #expect(errors.description == """
            f.toml:1:5: first
            f.toml:1:5: second, same place
            f.toml:3:1: third
            """)
    }

    @Test func collectorKeepsEveryErrorAndThrowsThemTogether() {
        let collector = SourceErrorCollector(file: "keymaps/default.toml")
        #expect(throws: Never.self) { try collector.throwIfAny() }
        collector.add("late", at: SourcePosition(line: 9, column: 2))
        collector.add("early", at: SourcePosition(line: 2, column: 4))
        #expect(collector.errors.map(\.description) == [
            "keymaps/default.toml:2:4: early",
            "keymaps/default.toml:9:2: late",
        ])
        #expect(throws: SourceErrors.self) { try collector.throwIfAny() }
    }
}
