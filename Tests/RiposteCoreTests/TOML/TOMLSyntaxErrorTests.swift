import Testing
import RiposteCore

/// What TOML rejects is reported at the exact place a person has to fix.
@Suite struct TOMLSyntaxErrorTests {
    @Test(arguments: [
        // Keys and tables defined twice.
        ("name = 1\nname = 2", #"t.toml:2:1: duplicate key "name"; first defined at 1:1"#),
        ("a.b = 1\na.b = 2", #"t.toml:2:3: duplicate key "a.b"; first defined at 1:3"#),
        ("a = { x = 1, x = 2 }", #"t.toml:1:14: duplicate key "x"; first defined at 1:7"#),
        ("[a.b]\n[a]\nb = 1", #"t.toml:3:1: duplicate key "b"; first defined at 1:4"#),
        ("[a]\nx = 1\n[a]", "t.toml:3:2: table [a] is already defined at 1:1"),
        ("[fruit]\napple.color = \"red\"\n[fruit.apple]", "t.toml:3:8: table [fruit.apple] is already defined at 2:1"),
        ("[a.b]\nx = 1\n[a]\nb.y = 2", #"t.toml:4:1: table "b" is defined by a header at 1:1; dotted keys cannot add to it"#),
        ("[[a.b]]\n[a]\nb.y = 2", #"t.toml:3:1: "b" is an array of tables defined at 1:1; dotted keys cannot add to it"#),
        ("a = {x = 1}\n[a]", #"t.toml:2:2: inline table "a" defined at 1:5 cannot be extended"#),
        ("a = {x = 1}\na.y = 2", #"t.toml:2:1: inline table "a" defined at 1:5 cannot be extended"#),
        ("a = 1\n[a.b]", #"t.toml:2:2: "a" is an integer defined at 1:5, not a table"#),
        ("[a]\n[[a]]", "t.toml:2:3: [[a]] cannot add to the table [a] defined at 1:1"),
        ("[[a]]\n[a]", "t.toml:2:2: [a] cannot reopen the array of tables [[a]] defined at 1:1"),
        ("a = [1]\n[[a]]", #"t.toml:2:3: [[a]] cannot add to "a", which is an array defined at 1:5"#),
        // Keys and headers.
        ("name \"x\"", #"t.toml:1:6: expected "=" after key "name"; found """"#),
        ("name\nx = 1", #"t.toml:1:5: expected "=" after key "name"; found end of line"#),
        ("= 1", #"t.toml:1:1: expected a key; found "=""#),
        ("café = 1", #"t.toml:1:4: "é" cannot appear in a bare key; put the key in quotes"#),
        (#""""a""" = 1"#, "t.toml:1:1: a key cannot be a multi-line string"),
        ("[a", #"t.toml:1:3: expected "]" to close the table header; found end of file"#),
        ("[[a]\nx = 1", #"t.toml:1:4: expected "]]" to close the table header; found "]""#),
        ("[a] x = 1", #"t.toml:1:5: unexpected "x" after the table header; expected the end of the line"#),
        // Strings.
        ("a = \"abc\nb = 1", #"t.toml:1:5: unterminated string; add a closing ""#),
        ("a = 'abc", "t.toml:1:5: unterminated string; add a closing '"),
        ("x = 1\na = \"\"\"abc\n\nb = 1", #"t.toml:2:5: unterminated multi-line string; add a closing """"#),
        ("a = '''abc", "t.toml:1:5: unterminated multi-line string; add a closing '''"),
        (#"a = "x\qy""#, #"t.toml:1:7: invalid escape "\q"; write \\ for a backslash"#),
        ("a = \"\"\"\nok\n  \\x\"\"\"", #"t.toml:3:3: invalid escape "\x"; write \\ for a backslash"#),
        (#"a = "\uD800""#, #"t.toml:1:6: "\uD800" is not a Unicode scalar value"#),
        (#"a = "\U00110000""#, #"t.toml:1:6: "\U00110000" is not a Unicode scalar value"#),
        (#"a = "\u12""#, #"t.toml:1:6: invalid escape; \u must be followed by 4 hex digits"#),
        ("a = \"x\u{7}y\"", #"t.toml:1:7: control character U+0007 is not allowed in a string; write it as \u0007 in a "..." string"#),
        ("a = '''x\u{0}'''", #"t.toml:1:9: control character U+0000 is not allowed in a string; write it as \u0000 in a "..." string"#),
        // Values and what follows them.
        ("a = 1 2", #"t.toml:1:7: unexpected "2" after the value; expected the end of the line"#),
        ("a = \"x\" y", #"t.toml:1:9: unexpected "y" after the value; expected the end of the line"#),
        ("a = \"\"\"\none\ntwo\"\"\" x", #"t.toml:3:8: unexpected "x" after the value; expected the end of the line"#),
        ("a = 1\rb = 2", "t.toml:1:6: unexpected U+000D after the value; expected the end of the line"),
        ("a = ", "t.toml:1:5: expected a value; found end of file"),
        ("a =\nb = 1", "t.toml:1:4: expected a value; found end of line"),
        ("a = hello", #"t.toml:1:5: invalid value "hello"; put text in quotes to make it a string"#),
        ("a = True", #"t.toml:1:5: invalid value "True"; booleans are written true or false, in lowercase"#),
        ("a = [1 2]", #"t.toml:1:8: expected "," or "]" after an array element; found "2""#),
        ("a = [1,\n2", #"t.toml:1:5: unterminated array; add a closing "]""#),
        ("a = [,]", #"t.toml:1:6: expected a value; found ",""#),
        ("a = { x = 1,\n y = 2 }", "t.toml:1:13: an inline table must be on one line; use a [table] to spread it over several"),
        ("a = { x = 1\n}", "t.toml:1:12: an inline table must be on one line; use a [table] to spread it over several"),
        ("a = { x = 1, }", "t.toml:1:14: a trailing comma is not allowed in an inline table"),
        ("a = { x = 1 y = 2 }", #"t.toml:1:13: expected "," or "}" in the inline table; found "y""#),
        ("a = { x = 1", #"t.toml:1:5: unterminated inline table; add a closing "}""#),
        // Numbers.
        ("a = 012", #"t.toml:1:5: invalid number "012"; leading zeros are not allowed"#),
        ("a = 1__000", #"t.toml:1:5: invalid number "1__000"; an underscore must sit between two digits"#),
        ("a = _1", #"t.toml:1:5: invalid value "_1"; put text in quotes to make it a string"#),
        ("a = 1_", #"t.toml:1:5: invalid number "1_"; an underscore must sit between two digits"#),
        ("a = 9223372036854775808", #"t.toml:1:5: integer "9223372036854775808" does not fit in 64 bits"#),
        ("a = 0x1_0000_0000_0000_0000", #"t.toml:1:5: integer "0x1_0000_0000_0000_0000" does not fit in 64 bits"#),
        ("a = -0x1", #"t.toml:1:5: invalid number "-0x1"; 0x, 0o and 0b numbers cannot have a sign"#),
        ("a = 0b102", #"t.toml:1:5: invalid number "0b102""#),
        ("a = 1.", #"t.toml:1:5: invalid number "1.""#),
        ("a = .5", #"t.toml:1:5: invalid number ".5""#),
        ("a = 1e", #"t.toml:1:5: invalid number "1e""#),
        ("a = 1.5.2", #"t.toml:1:5: invalid number "1.5.2""#),
        // Dates are not supported.
        ("when = 1979-05-27T07:32:00Z", #"t.toml:1:8: dates are not supported here; write a string, such as "1979-05-27T07:32:00Z""#),
        ("when = 1979-05-27 07:32:00", #"t.toml:1:8: dates are not supported here; write a string, such as "1979-05-27 07:32:00""#),
        ("when = 1979-05-27 07:32:00.5-07:00 # x", #"t.toml:1:8: dates are not supported here; write a string, such as "1979-05-27 07:32:00.5-07:00""#),
        ("when = [1979-05-27 07:32:00, 1]", #"t.toml:1:9: dates are not supported here; write a string, such as "1979-05-27 07:32:00""#),
        ("when = 1979-05-27 x", #"t.toml:1:8: dates are not supported here; write a string, such as "1979-05-27""#),
        ("at = 07:32:00", #"t.toml:1:6: dates are not supported here; write a string, such as "07:32:00""#),
        // Comments.
        ("# a\u{1}b", "t.toml:1:4: control character U+0001 is not allowed in a comment"),
        // Positions stay right in files with CRLF line endings, a BOM, or wide characters.
        ("a = 1\r\nb = 2\r\nb = 3", #"t.toml:3:1: duplicate key "b"; first defined at 2:1"#),
        ("\u{FEFF}a = 1\na = 2", #"t.toml:2:1: duplicate key "a"; first defined at 1:1"#),
        ("a = \"e\u{301}👍\" x", #"t.toml:1:10: unexpected "x" after the value; expected the end of the line"#),
    ])
    func reportsTheExactPlace(_ source: String, _ expected: String) {
        #expect(tomlParseError(source) == expected)
    }
}
