import Testing
import RiposteCore

/// Tables, arrays of tables and the positions a reader will point at.
@Suite struct TOMLStructureTests {
    @Test func tablesAndArraysOfTablesNestAsWritten() throws {
        let table = try parseTOML("""
            # A whole-line comment.
            title = "Demo"   # and one after a value

            [owner]
            name = "Ana"

            [owner.address]
            city = "Lisbon"

            [[posts]]
            id = 1

            [posts.meta]
            pinned = true

            [[posts]]
            id = 2
            """)
        #expect(table.rendered == #"""
            {title = "Demo", owner = {name = "Ana", address = {city = "Lisbon"}}, posts = [{id = 1, meta = {pinned = true}}, {id = 2}]}
            """#)
    }

    @Test func entriesKeepTheOrderTheyWereWrittenIn() throws {
        let table = try parseTOML("zebra = 1\napple = 2\nmango = 3\n[middle]\n[alpha]")
        #expect(table.keys == ["zebra", "apple", "mango", "middle", "alpha"])
    }

    @Test func aParentNamedByAHeaderMayBeDefinedLater() throws {
        let table = try parseTOML("[a.b]\nx = 1\n[a]\ny = 2")
        #expect(table.rendered == "{a = {b = {x = 1}, y = 2}}")
        // The table now starts at its own header, where "missing key" errors should point.
        #expect(table["a"]?.position == SourcePosition(line: 3, column: 1))
        #expect(table.entry("a")?.keyPosition == SourcePosition(line: 3, column: 2))
    }

    @Test func aHeaderMayAddASubTableToATableMadeByDottedKeys() throws {
        let table = try parseTOML("[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true")
        #expect(table.rendered == #"{fruit = {apple = {color = "red", texture = {smooth = true}}}}"#)
    }

    @Test func keysAndValuesKnowWhereTheyWereWritten() throws {
        let table = try parseTOML("""
            name = "Ana"
            [voice]
              pitch   = 0.5
              tags = ["calm",
                      "warm"]
            [[posts]]
            text = { body = 'hi' }
            """)
        #expect(table.position == SourcePosition(line: 1, column: 1))
        #expect(table.entry("name")?.keyPosition == SourcePosition(line: 1, column: 1))
        #expect(table["name"]?.position == SourcePosition(line: 1, column: 8))

        let voice = try #require(table.node(at: "voice"))
        #expect(voice.position == SourcePosition(line: 2, column: 1))
        guard case .table(let voiceTable) = voice.value else { Issue.record("voice is not a table"); return }
        #expect(voiceTable.position == SourcePosition(line: 2, column: 1))
        #expect(voiceTable.entry("pitch")?.keyPosition == SourcePosition(line: 3, column: 3))
        #expect(voiceTable["pitch"]?.position == SourcePosition(line: 3, column: 13))
        #expect(table.node(at: "voice.tags")?.position == SourcePosition(line: 4, column: 10))
        #expect(table.node(at: "voice.tags.1")?.position == SourcePosition(line: 5, column: 11))

        #expect(table.node(at: "posts")?.position == SourcePosition(line: 6, column: 1))
        #expect(table.node(at: "posts.0")?.position == SourcePosition(line: 6, column: 1))
        #expect(table.node(at: "posts.0.text")?.position == SourcePosition(line: 7, column: 8))
        #expect(table.node(at: "posts.0.text.body")?.position == SourcePosition(line: 7, column: 17))
    }

    @Test func dottedKeysGiveEachPartItsOwnPosition() throws {
        let table = try parseTOML("voice.pitch.low = 1")
        #expect(table.entry("voice")?.keyPosition == SourcePosition(line: 1, column: 1))
        #expect(table.node(at: "voice")?.position == SourcePosition(line: 1, column: 1))
        guard case .table(let voice)? = table["voice"]?.value else { Issue.record("voice is not a table"); return }
        #expect(voice.entry("pitch")?.keyPosition == SourcePosition(line: 1, column: 7))
        #expect(table.node(at: "voice.pitch.low")?.position == SourcePosition(line: 1, column: 19))
    }

    @Test func positionsAfterAMultiLineStringCountItsLines() throws {
        let table = try parseTOML("text = \"\"\"\none\ntwo\"\"\"\nnext = 1")
        #expect(table["next"]?.position == SourcePosition(line: 4, column: 8))
    }

    @Test func columnsCountCharactersNotScalarsOrBytes() throws {
        // "e\u{301}" is one Character made of two scalars; the family emoji is one Character of five.
        let table = try parseTOML("k = [\"e\u{301}👩‍👩‍👧\", 2]")
        #expect(table.node(at: "k.1")?.position == SourcePosition(line: 1, column: 12))
        #expect(table.node(at: "k.0")?.value == .string("e\u{301}👩‍👩‍👧"))
    }

    @Test func crlfLineEndingsKeepPositionsAndReadAsNewlines() throws {
        let table = try parseTOML("a = 1\r\n\r\n[t]\r\nb = \"\"\"\r\nx\r\ny\"\"\"\r\nc = 'z'\r\n")
        #expect(table.node(at: "t")?.position == SourcePosition(line: 3, column: 1))
        #expect(table.node(at: "t.b")?.value == .string("x\ny"))
        #expect(table.node(at: "t.c")?.position == SourcePosition(line: 7, column: 5))
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstLine() throws {
        let table = try parseTOML("\u{FEFF}name = \"x\"\nother = 2")
        #expect(table.keys == ["name", "other"])
        #expect(table.entry("name")?.keyPosition == SourcePosition(line: 1, column: 1))
        #expect(table["name"]?.position == SourcePosition(line: 1, column: 8))
    }

    @Test func anEmptyOrCommentOnlyFileIsAnEmptyTable() throws {
        #expect(try parseTOML("").isEmpty)
        #expect(try parseTOML("# nothing here\n\n   \n").isEmpty)
    }
}
