import ArgumentParser
import Foundation
import RiposteApp
import RiposteCore
import RiposteStore

extension AuthorRole: ExpressibleByArgument {}

/// `riposte risk`: the gate's judgement outside the editor, and the team's rules it judges by.
struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk", abstract: "Judge a reply as the gate does; show or set the team's risk rules.",
        subcommands: [Check.self, Rules.self], defaultSubcommand: Check.self)

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Judge a reply read from standard input, by the team's rules (or a file's, to try them out).",
            discussion: """
                Prints the score, the threshold and every reason, with the words that earned it in the reply or the \
                post answered. Exits 0 when the reply may be sent, 1 when it needs a supervisor's approval, 2 on bad \
                input.

                With --json, reads JSON Lines, one check a line: {"network": "x", "voice": "banter", "reply": "...", \
                "in_reply_to": {"text": "...", "author": {"role": "customer", "followers": 120}}} (voice and \
                in_reply_to may be left out; other keys are ignored), and writes one line per line read, in order: \
                {"score": 72, "threshold": 60, "needs_approval": true, "reasons": [{"points": 40, "why": "...", \
                "in": "reply", "start": 10, "end": 18, "kind": "...", "spans": [...]}]}. Offsets count Unicode \
                scalars. A bad line gets {"error": "line N: ..."} and the rest go on; the exit status is 2 if any \
                line was bad, else 1 if any reply needs approval, else 0.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "x, mastodon or bluesky.")
        var network: Network = .x

        @Option(help: ArgumentHelp("The voice the reply is written in: classic-care, calm, formal, banter, challenger, "
                                   + "or one of your own.", valueName: "id"))
        var voice: String?

        @Option(name: .customLong("in-reply-to"), help: ArgumentHelp("The post the reply answers.", valueName: "text"))
        var inReplyTo: String?

        @Option(help: "Who wrote that post: customer, rival, executive, bystander or brand.")
        var authorRole: AuthorRole = .customer

        @Option(help: "How many people follow them.")
        var authorFollowers = 0

        @Option(help: ArgumentHelp("A risk rules file to try out, over the built-in rules, instead of the team's.",
                                   valueName: "file"))
        var rules: String?

        @Flag(help: "Read JSON Lines and write one verdict a line.")
        var json = false

        func run() throws {
            let (rules, voices) = try judging()
            if json { throw try checkLines(rules: rules, voices: voices) }
            let bytes = FileHandle.standardInput.readDataToEndOfFile()
            guard let reply = String(validating: bytes, as: UTF8.self) else {
                _ = fail("<stdin>:\(Count.position(ofFirstInvalidByteIn: Array(bytes))): not valid UTF-8")
                throw ExitCode(2)
            }
            if let voice, !voices.contains(where: { $0.id == voice }) {
                _ = fail("no voice \"\(voice)\"; the voices are \(voices.map(\.id).joined(separator: ", "))")
                throw ExitCode(2)
            }
            let check = RiskCheck(network: network, voiceID: voice, reply: reply,
                                  inReplyTo: inReplyTo.map { RiskCheck.Post(text: $0, role: authorRole,
                                                                            followers: authorFollowers) })
            let assessment = RiskScorer.assess(reply, context: check.context(voices: voices), rules: rules)
            let needsApproval = rules.requiresApproval(assessment)
            show("risk \(assessment.score), threshold \(rules.threshold): "
                  + (needsApproval ? "needs a supervisor's approval" : "may be sent"))
            for reason in assessment.reasons {
                show("  +\(reason.points) \(reason.kind.rawValue): \(DisplayText.printable(reason.message))")
                let words = reason.ranges.map { ("reply", Array(reply)[$0]) }
                    + reason.postRanges.map { ("post", Array(inReplyTo ?? "")[$0]) }
                for (place, characters) in words {
                    show("      \(place): \"\(DisplayText.printable(String(characters)))\"")
                }
            }
            if needsApproval { throw ExitCode(1) }
        }

        /// Judges every line of standard input; the exit status to end with.
        private func checkLines(rules: RiskRules, voices: [VoicePreset]) throws -> ExitCode {
            var anyBad = false, anyHeld = false
            var number = 0
            for line in LineInput.lines() {
                number += 1
                guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
                do {
                    let check = try RiskCheck.parse(jsonLine: line)
                    if let id = check.voiceID, !voices.contains(where: { $0.id == id }) {
                        anyBad = true
                        print(RiskCheck.json(error: "line \(number): no voice \"\(id)\"; the voices are "
                                             + voices.map(\.id).joined(separator: ", ")))
                        continue
                    }
                    let assessment = RiskScorer.assess(check.reply, context: check.context(voices: voices), rules: rules)
                    anyHeld = anyHeld || rules.requiresApproval(assessment)
                    print(check.json(assessment, rules: rules))
                } catch {
                    anyBad = true
                    print(RiskCheck.json(error: "line \(number): column \(LineInput.column(of: error.offset, in: line)): "
                                         + error.message))
                }
                fflush(nil)
            }
            return ExitCode(anyBad ? 2 : anyHeld ? 1 : 0)
        }

        /// The rules to judge by: a file tried out, or the team's (the built-in ones when the store has none, or
        /// there is no store yet); and every voice the editor knows.
        private func judging() throws -> (RiskRules, [VoicePreset]) {
            var warnings: [String] = []
            let voices = Startup.voices(global.paths, warnings: &warnings)
            if let rules {
                do {
                    return (try RiskRules.parse(try SourceText.read(file: rules), file: rules), voices)
                } catch {
                    _ = fail("\(error)")
                    throw ExitCode(2)
                }
            }
            do {
                guard let store = try global.existingStore() else { return (.builtin, voices) }
                return (try store.judgingRules().rules, voices)
            } catch {
                _ = fail("\(error)")
                throw ExitCode(2)
            }
        }
    }

    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The team's risk rules: every process on the store judges replies by them.",
            subcommands: [Show.self, Set.self])

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print the team's rules (the built-in ones, commented, until a supervisor sets some).")

            @OptionGroup var global: GlobalOptions

            func run() throws {
                do {
                    let team = try global.existingStore()?.teamRiskRules()
                    if let team {
                        warn("version \(team.version), set by \(team.setBy) on \(team.setAt.formatted())")
                    }
                    show(team?.text ?? RiskRules.defaultFile, terminator: team?.text.hasSuffix("\n") == false ? "\n" : "")
                } catch {
                    throw fail("\(error)")
                }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Store FILE as the team's rules (supervisors only; audited with the old text and the new).")

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp("A risk rules file: what it leaves out keeps the built-in value.",
                                         valueName: "file"))
            var file: String

            func run() throws {
                let text: String
                do {
                    text = try SourceText.read(file: file)
                    _ = try RiskRules.parse(text, file: file)
                } catch {
                    throw fail("\(error)")
                }
                do {
                    let store = try global.openStore()
                    let actor = try WorkingAgent.resolve(on: store, named: nil)
                    let before = try store.teamRiskRules()?.version ?? 0
                    let set = try store.setTeamRiskRules(text, by: actor.name, at: Date())
                    show("the team's risk rules are version \(set.version) now (were "
                          + (before == 0 ? "the built-in ones" : "version \(before)") + ")")
                } catch {
                    throw fail("\(error)")
                }
            }
        }
    }
}

/// Standard input a line at a time, as bytes: a bad line is reported, never the whole input refused.
enum LineInput {
    static func lines() -> AnySequence<[UInt8]> {
        AnySequence { () -> AnyIterator<[UInt8]> in
            var buffer: [UInt8] = []
            var start = 0
            var done = false
            let handle = FileHandle.standardInput
            return AnyIterator {
                while true {
                    if let newline = buffer[start...].firstIndex(of: 0x0A) {
                        let line = Array(buffer[start..<newline])
                        start = newline + 1
                        return line
                    }
                    if done {
                        guard start < buffer.count else { return nil }
                        defer { start = buffer.count }
                        return Array(buffer[start...])
                    }
                    // What was returned is dropped before reading more, so each byte is copied a bounded number of times.
                    buffer.removeSubrange(..<start)
                    start = 0
                    let chunk = handle.availableData
                    if chunk.isEmpty { done = true } else { buffer += chunk }
                }
            }
        }
    }

    /// The column of byte `offset`, counted in characters from 1.
    static func column(of offset: Int, in line: [UInt8]) -> Int {
        SourceText.position(ofByte: offset, in: line).column
    }
}
