import Testing
import RiposteCore

/// Every kind of TOML value, written as people write it, parses to the value they meant.
@Suite struct TOMLValueParsingTests {
    @Test(arguments: [
        // Basic strings and every escape.
        (#""hello""#, TOMLValue.string("hello")),
        (#""""#, .string("")),
        (#""\b\t\n\f\r\"\\""#, .string("\u{08}\t\n\u{0C}\r\"\\")),
        (#""caf\u00E9 \U0001F600""#, .string("café 😀")),
        ("\"tab\tinside\"", .string("tab\tinside")),
        // Literal strings keep backslashes.
        (#"'C:\Users\n'"#, .string(#"C:\Users\n"#)),
        // Multi-line basic: the first newline is dropped, a line-ending backslash joins lines.
        ("\"\"\"\nline one\nline two\"\"\"", .string("line one\nline two")),
        ("\"\"\"\nThe quick \\\n\n    brown fox\"\"\"", .string("The quick brown fox")),
        ("\"\"\"trailing \\   \n  joined\"\"\"", .string("trailing joined")),
        (#""""She said "hi"""""#, .string(#"She said "hi""#)),
        (#""""two "" inside""""#, .string(#"two "" inside"#)),
        ("\"\"\"esc \\u0041\\t\"\"\"", .string("esc A\t")),
        // Multi-line literal.
        ("'''\nraw \\n text\n'''", .string("raw \\n text\n")),
        ("''''quoted' ''''", .string("'quoted' '")),
        // Integers.
        ("42", .integer(42)),
        ("+17", .integer(17)),
        ("-5", .integer(-5)),
        ("0", .integer(0)),
        ("-0", .integer(0)),
        ("1_000_000", .integer(1_000_000)),
        ("0xDEAD_beef", .integer(0xDEAD_BEEF)),
        ("0o755", .integer(0o755)),
        ("0b1101", .integer(0b1101)),
        ("9223372036854775807", .integer(.max)),
        ("-9223372036854775808", .integer(.min)),
        // Floats.
        ("3.14", .float(3.14)),
        ("-0.01", .float(-0.01)),
        ("5e+22", .float(5e22)),
        ("1e06", .float(1e6)),
        ("-2E-2", .float(-0.02)),
        ("6.626e-34", .float(6.626e-34)),
        ("1_000.000_1", .float(1000.0001)),
        ("0.5e1_0", .float(0.5e10)),
        ("inf", .float(.infinity)),
        ("+inf", .float(.infinity)),
        ("-inf", .float(-.infinity)),
        // Booleans.
        ("true", .bool(true)),
        ("false", .bool(false)),
    ])
    func scalarParses(_ source: String, _ expected: TOMLValue) throws {
        let table = try parseTOML("value = \(source)")
        #expect(table["value"]?.value == expected)
    }

    @Test(arguments: ["nan", "+nan", "-nan"])
    func nanParses(_ source: String) throws {
        let value = try parseTOML("value = \(source)")["value"]?.value
        guard case .float(let float) = value else {
            Issue.record("expected a float, got \(String(describing: value))")
            return
        }
        #expect(float.isNaN)
    }

    @Test(arguments: [
        ("[]", "[]"),
        ("[1, 2, 3]", "[1, 2, 3]"),
        ("[ \"a\", 'b', \"\"\"c\"\"\" ]", #"["a", "b", "c"]"#),
        ("[1, 'mixed', 2.5, true]", #"[1, "mixed", 2.5, true]"#),
        ("[[1, 2], [], [[3]]]", "[[1, 2], [], [[3]]]"),
        ("[\n  1, # one\n  # a comment line\n  2,\n]", "[1, 2]"),
        ("[\r\n  'crlf',\r\n]", #"["crlf"]"#),
        ("[ { name = 'a' }, { name = 'b' } ]", #"[{name = "a"}, {name = "b"}]"#),
        ("{}", "{}"),
        ("{ x = 1, y = 'two' }", #"{x = 1, y = "two"}"#),
        ("{ point.x = 1, point.y = 2 }", "{point = {x = 1, y = 2}}"),
        ("{ inner = { deep = [true] } }", "{inner = {deep = [true]}}"),
    ])
    func compoundParses(_ source: String, _ expected: String) throws {
        let table = try parseTOML("value = \(source)")
        #expect(table["value"]?.value.rendered == expected)
    }

    @Test func keysMayBeBareQuotedOrDotted() throws {
        let table = try parseTOML("""
            bare_key-1 = 1
            "quoted key" = 2
            'literal "key"' = 3
            "" = 4
            site."google.com" = 5
            a . b . c = 6
            1234 = 7
            """)
        #expect(table.rendered == #"""
            {bare_key-1 = 1, quoted key = 2, literal "key" = 3,  = 4, site = {google.com = 5}, a = {b = {c = 6}}, 1234 = 7}
            """#)
    }
}
