import Glibc
import Testing
@testable import RiposteCore

/// The committed width table is what this machine's glibc says; if glibc changes, regenerate it
/// (Sources/RiposteCore/Text/Tables/generate.py) rather than let ncurses and Riposte disagree.
struct GlibcWidthTableTests {
    @Test("the table agrees with glibc's wcwidth for every code point")
    func everyCodePoint() {
        guard setlocale(LC_ALL, "C.UTF-8") != nil else {
            Issue.record("C.UTF-8 locale missing: wcwidth would be ASCII-only")
            return
        }
        // Swift's Glibc module does not export wcwidth (it sits behind _XOPEN_SOURCE), so look it up.
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else {
            Issue.record("wcwidth not found")
            return
        }
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let live = Int(wcwidth(Int32(bitPattern: value)))
            if GlibcWidth.of(scalar) != live, disagreements.count < 10 {
                disagreements.append("U+\(hex(scalar)): table \(GlibcWidth.of(scalar)), glibc \(live)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test("spot checks: what ncurses advances for each class")
    func spotChecks() {
        let expected: [(Unicode.Scalar, Int)] = [
            ("a", 1), ("\u{1B}", -1), ("\u{301}", 0), ("中", 2), ("\u{1F468}", 2), ("\u{200D}", 0),
            ("\u{1F3FD}", 2), ("\u{1F1FA}", 1), ("\u{2764}", 1), ("\u{FE0F}", 0), ("\u{20E3}", 0), ("\u{FF11}", 2),
        ]
        for (scalar, width) in expected { #expect(GlibcWidth.of(scalar) == width, "U+\(hex(scalar))") }
    }
}
