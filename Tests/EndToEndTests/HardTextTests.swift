import Foundation
import Glibc
import RiposteStore
import Testing

@Suite("End to end: text from strangers keeps every column in place and never reaches the terminal raw", .serialized)
struct HardTextTests {
    /// Posts that break other terminal programs' columns.
    static let texts = [
        "family 👨‍👩‍👧‍👦 and a kiss 👩‍❤️‍👨 in one line of text that runs well past the column",
        "flags 🇬🇧🇯🇵🇺🇸 🏳️‍🌈 🏴󠁧󠁢󠁳󠁣󠁴󠁿 at the end",
        "👍🏽👋🏿 skin tones 🧑🏻‍💻 at work",
        "call 1️⃣2️⃣3️⃣ or #️⃣ then *️⃣",
        "日本語のテキストが長く続いてコラムの幅を超えてしまう場合 中文 한국어 ｆｕｌｌｗｉｄｔｈ",
        "مرحبا بالعالم שלום עולם mixed with English",
        "e\u{301} n\u{303} Z\u{351}\u{352}\u{353}\u{354}\u{355}\u{356}\u{357}\u{358} zalgo",
        "zero\u{200B}width\u{200C}join\u{2060} \u{FEFF}bom\u{00AD}soft",
        "\u{1B}[31mred\u{1B}[0m \u{07} bell \u{9B}2J \u{1B}]52;c;aGk=\u{07} clipboard",
        "\u{202E}evil\u{202C} \u{2066}isolate\u{2069} rtl override",
        "hearts ❤️ ☺️ ©️ and ❤ plain",
        "plain ASCII to compare with",
        "tab\there\nnewline\r\nthere",
    ]

    /// glibc's wcwidth, which Swift's Glibc module does not declare: what tmux itself uses to lay cells out.
    static let wcwidth: @convention(c) (wchar_t) -> Int32 = {
        let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth")
        return unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
    }()

    /// The cells a captured line takes before `index`, as tmux counts them.
    static func cells(_ line: String, upTo index: String.Index) -> Int {
        line[..<index].unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(wchar_t(bitPattern: $1.value)))) }
    }

    @Test("every row's status column starts at the same cell, whatever the snippet holds")
    func columnsAlign() throws {
        setlocale(LC_ALL, "C.UTF-8")
        let pane = try TerminalPane(deferred: true)
        let store = pane.home.appendingPathComponent("hard.sqlite").path
        let lines = Self.texts.enumerated().map { index, text in
            let escaped = text.unicodeScalars.map { $0.value < 0x20 || $0 == "\"" || $0 == "\\"
                ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
            return #"{"id": "h\#(index)", "network": "x", "author": {"handle": "@writer\#(index)", "name": "W"}, "text": "\#(escaped)", "created_at": "2024-03-01T09:\#(String(format: "%02d", index)):00Z"}"#
        }
        let file = pane.home.appendingPathComponent("hard.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        #expect(try Subprocess.run([TerminalPane.binary, "store", "init", "--training", "--store", store]).status == 0)
        #expect(try Subprocess.run([TerminalPane.binary, "import", "--store", store, file.path]).status == 0)
        try pane.start(arguments: ["--store", store, "--no-demo"])
        let screen = try pane.waitFor("@writer\(Self.texts.count - 1)")

        let rows = screen.filter { $0.contains("@writer") }
        #expect(rows.count == Self.texts.count)
        let statusColumns = rows.map { row in
            row.range(of: " new", options: .backwards).map { Self.cells(row, upTo: $0.lowerBound) } ?? -1
        }
        #expect(Set(statusColumns).count == 1, "status columns: \(statusColumns)")
        #expect(statusColumns.allSatisfy { $0 > 80 })
        // Controls show as visible stand-ins; the escape sequence did not colour anything.
        let escapes = try #require(rows.first { $0.contains("@writer8") })
        #expect(escapes.contains("␛[31mred␛[0m"))
        let styled = try pane.styledLines().first { $0.contains("@writer8") } ?? ""
        #expect(!styled.contains("\u{1B}[31m"))
        try pane.press("q")
        try pane.waitFor("riposte exited 0")

        // What the customer wrote is evidence: the store keeps it as written, only its display was made safe.
        let stored = try SQLiteInboxStore(path: store).queueRows(after: nil, limit: 100)
        #expect(stored.map(\.snippet) == Self.texts)
    }
}
