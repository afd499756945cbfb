import Testing
import RiposteCore

private enum Role: String, CaseIterable {
    case customer, brand, agent
}

/// A person's file is read into typed values; every mistake is reported where it was made.
@Suite struct TOMLTableReaderTests {
    @Test func readsEveryKindOfValue() throws {
        let text = """
            name = "banter"
            speed = 120
            pitch = 0.5
            rate = 2
            loud = false
            tags = ["dry", "quick"]
            role = "brand"
            [voice]
            tone = "warm"
            [[posts]]
            id = "p1"
            [[posts]]
            id = "p2"
            """
        let values = try TOMLTableReader.read(text, file: "t.toml") { root in
            (
                root.requiredString("name"), root.requiredInt("speed", in: 1...600),
                root.requiredDouble("pitch", in: 0...1), root.optionalDouble("rate"),
                root.requiredBool("loud"), root.requiredStrings("tags"),
                root.requiredEnum("role", as: Role.self),
                root.requiredTable("voice")?.requiredString("tone"),
                root.arrayOfTables("posts").map { $0.requiredString("id") }
            )
        }
        #expect(values.0 == "banter")
        #expect(values.1 == 120)
        #expect(values.2 == 0.5)
        #expect(values.3 == 2.0)
        #expect(values.4 == false)
        #expect(values.5 == ["dry", "quick"])
        #expect(values.6 == .brand)
        #expect(values.7 == "warm")
        #expect(values.8 == ["p1", "p2"])
    }

    @Test func absentOptionalKeysAreNilWithoutErrors() {
        let errors = tomlReadErrors("") { root in
            #expect(root.optionalString("a") == nil)
            #expect(root.optionalInt("b", in: 1...2) == nil)
            #expect(root.optionalDouble("c") == nil)
            #expect(root.optionalBool("d") == nil)
            #expect(root.optionalStrings("e") == nil)
            #expect(root.optionalTable("f") == nil)
            #expect(root.optionalEnum("g", as: Role.self) == nil)
            #expect(root.arrayOfTables("h").isEmpty)
        }
        #expect(errors == "")
    }

    @Test func missingKeysPointAtTheTableThatShouldHoldThem() {
        let errors = tomlReadErrors("title = 'x'\n\n[voice]\nspeed = 3\n\n[[posts]]\nid = 'p1'\n[[posts]]\n") { root in
            _ = root.requiredString("name")
            _ = root.requiredTable("voice")?.requiredString("tone")
            for post in root.arrayOfTables("posts") { _ = post.requiredString("id") }
            _ = root.requiredArrayOfTables("accounts")
            _ = root.optionalString("title")
            _ = root.optionalTable("voice")?.optionalInt("speed")
        }
        #expect(errors == """
            t.toml:1:1: missing key "name"
            t.toml:1:1: missing key "accounts"
            t.toml:3:1: missing key "tone"
            t.toml:8:1: missing key "id"
            """)
    }

    @Test func wrongTypesPointAtTheValue() {
        let text = """
            name = 3
            speed = "fast"
            pitch = "high"
            loud = "yes"
            tags = ["a", 2, "c"]
            list = "a, b"
            voice = 1
            posts = [{ id = 1 }, "two"]
            count = 1.5
            """
        let errors = tomlReadErrors(text) { root in
            _ = root.requiredString("name")
            _ = root.requiredInt("speed")
            _ = root.requiredDouble("pitch")
            _ = root.requiredBool("loud")
            _ = root.requiredStrings("tags")
            _ = root.optionalStrings("list")
            _ = root.requiredTable("voice")
            _ = root.arrayOfTables("posts")
            _ = root.optionalInt("count")
        }
        #expect(errors == """
            t.toml:1:8: "name" must be a string; found an integer
            t.toml:2:9: "speed" must be an integer; found a string
            t.toml:3:9: "pitch" must be a number; found a string
            t.toml:4:8: "loud" must be true or false; found a string
            t.toml:5:14: "tags" must hold only strings; item 2 is an integer
            t.toml:6:8: "list" must be an array of strings; found a string
            t.toml:7:9: "voice" must be a table; found an integer
            t.toml:8:22: "posts" must hold only tables; item 2 is a string
            t.toml:9:9: "count" must be an integer; found a float
            """)
    }

    @Test func outOfRangeNumbersPointAtTheValue() {
        let errors = tomlReadErrors("speed = 900\npitch = -0.5\nok = 600") { root in
            #expect(root.optionalInt("speed", in: 1...600) == nil)
            #expect(root.requiredDouble("pitch", in: 0...1) == nil)
            #expect(root.requiredInt("ok", in: 1...600) == 600)
        }
        #expect(errors == """
            t.toml:1:9: "speed" must be between 1 and 600; found 900
            t.toml:2:9: "pitch" must be between 0.0 and 1.0; found -0.5
            """)
    }

    @Test func unknownKeysPointAtTheKeyAndSuggestACloseKnownOne() {
        let text = """
            name = "x"
              tone = "warm"
            colour = "red"
            [voice]
            pich = 2
            """
        let errors = tomlReadErrors(text) { root in
            _ = root.requiredString("name")
            _ = root.optionalStrings("tones")
            _ = root.optionalTable("voice")?.optionalInt("pitch")
        }
        #expect(errors == """
            t.toml:2:3: unknown key "tone"; did you mean "tones"?
            t.toml:3:1: unknown key "colour"
            t.toml:5:1: unknown key "pich"; did you mean "pitch"?
            """)
    }

    @Test func unknownKeysAreRejectedOnceEvenWhenAskedTwice() throws {
        let collector = SourceErrorCollector(file: "t.toml")
        let root = TOMLTableReader(try parseTOML("[voice]\nnmae = 1"), collector: collector)
        let voice = root.requiredTable("voice")
        _ = voice?.optionalString("name")
        voice?.rejectUnknownKeys()
        root.rejectUnknownKeys()
        #expect(collector.errors.map(\.description) == [#"t.toml:2:1: unknown key "nmae"; did you mean "name"?"#])
    }

    @Test func aTableReadInTwoPlacesKnowsTheKeysReadInEither() {
        let errors = tomlReadErrors("[voice]\nname = 'x'\nspeed = 2\n[[posts]]\nid = 'p'\ntext = 't'") { root in
            _ = root.requiredTable("voice")?.requiredString("name")
            _ = root.optionalTable("voice")?.optionalInt("speed")
            for post in root.arrayOfTables("posts") { _ = post.requiredString("id") }
            for post in root.arrayOfTables("posts") { _ = post.requiredString("text") }
        }
        #expect(errors == "")
    }

    @Test func tablesWhoseKeysAreDataHaveNoUnknownKeys() {
        let errors = tomlReadErrors("[bindings]\nctrl-r = 'reply'\nq = 'quit'") { root in
            let bindings = root.requiredTable("bindings")?.entries().map(\.key)
            #expect(bindings == ["ctrl-r", "q"])
        }
        #expect(errors == "")
    }

    @Test func enumLikeStringsListTheAllowedValues() {
        let errors = tomlReadErrors("role = 'cutsomer'\nkind = 'agnet'\nmood = 'angry'") { root in
            _ = root.requiredString("role", oneOf: ["customer", "brand"])
            _ = root.requiredEnum("kind", as: Role.self)
            _ = root.optionalString("mood", oneOf: ["calm", "warm"])
        }
        #expect(errors == """
            t.toml:1:8: "role" must be one of "customer", "brand"; found "cutsomer"; did you mean "customer"?
            t.toml:2:8: "kind" must be one of "customer", "brand", "agent"; found "agnet"; did you mean "agent"?
            t.toml:3:8: "mood" must be one of "calm", "warm"; found "angry"
            """)
    }

    @Test func customChecksPointAtTheValueOrTheTable() {
        let errors = tomlReadErrors("[[posts]]\nid = 'p2'\nparent = 'p9'") { root in
            for post in root.arrayOfTables("posts") {
                _ = post.requiredString("id")
                if post.optionalString("parent") == "p9" { post.error(at: "parent", "parent \"p9\" is not defined") }
                if !post.contains("author") { post.error(at: "author", "a post needs an author or a brand") }
                post.error("this post is in the future")
            }
        }
        #expect(errors == """
            t.toml:1:1: a post needs an author or a brand
            t.toml:1:1: this post is in the future
            t.toml:3:10: parent "p9" is not defined
            """)
    }

    @Test func errorsFromAllOverTheFileComeOutInFileOrder() {
        let text = """
            speed = 0
            [voice]
            pitch = "low"
            [[posts]]
            txt = "hello"
            """
        let errors = tomlReadErrors(text) { root in
            // Read in an order unlike the file's, as code often does.
            for post in root.arrayOfTables("posts") { _ = post.requiredString("text") }
            _ = root.requiredTable("voice")?.requiredDouble("pitch")
            _ = root.requiredString("name")
            _ = root.requiredInt("speed", in: 1...600)
        }
        #expect(errors == """
            t.toml:1:1: missing key "name"
            t.toml:1:9: "speed" must be between 1 and 600; found 0
            t.toml:3:9: "pitch" must be a number; found a string
            t.toml:4:1: missing key "text"
            t.toml:5:1: unknown key "txt"; did you mean "text"?
            """)
    }

    @Test func aSyntaxErrorIsTheOnlyErrorReported() {
        let errors = tomlReadErrors("name = 'x'\nname = 'y'") { root in
            Issue.record("the body must not run when the file does not parse")
        }
        #expect(errors == #"t.toml:2:1: duplicate key "name"; first defined at 1:1"#)
    }

    @Test func theCollectorCanBeDrivenByHand() throws {
        let collector = SourceErrorCollector(file: "feeds/rap.toml")
        let root = TOMLTableReader(try parseTOML("name = 'x'\ntone = 1"), collector: collector)
        #expect(root.requiredString("name") == "x")
        root.rejectUnknownKeys()
        #expect(collector.errors.map(\.description) == [#"feeds/rap.toml:2:1: unknown key "tone""#])
        #expect(throws: SourceErrors.self) { try collector.throwIfAny() }
    }
}
