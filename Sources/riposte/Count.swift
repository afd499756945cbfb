import ArgumentParser
import Foundation
import RiposteCore

extension Network: ExpressibleByArgument {}

/// `riposte count`: the length of a reply by a network's own rule, the same figure the editor shows.
struct Count: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure a reply read from standard input by a network's length rule.",
        discussion: """
            The whole of standard input is the text, byte for byte: nothing is trimmed. Prints the length, the limit \
            and whether the network would accept it; exits 0 when it would, 1 when it would not, 2 when the input is \
            not text.
            """)

    @Option(help: "x, mastodon or bluesky.")
    var network: Network

    @Flag(help: #"Print one JSON object: {"network": "x", "length": 26, "limit": 280, "valid": true}."#)
    var json = false

    @Option(help: "The Mastodon instance's limit.")
    var mastodonLimit = 500

    func run() throws {
        let bytes = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(validating: bytes, as: UTF8.self) else {
            _ = fail("<stdin>:\(Self.position(ofFirstInvalidByteIn: Array(bytes))): not valid UTF-8")
            throw ExitCode(2)
        }
        let report = ReplyLength.measure(text, on: network, mastodonLimit: mastodonLimit)
        if json {
            print(#"{"network": "\#(network.rawValue)", "length": \#(report.length), "limit": \#(report.limit), "valid": \#(report.isValid)}"#)
        } else {
            let over = report.length - report.limit
            let verdict = report.isValid ? "valid" : over > 0 ? "\(over) over the limit" : "not accepted by \(network.label)"
            show("\(network.rawValue): \(report.length)/\(report.limit), \(verdict)")
        }
        if !report.isValid { throw ExitCode(1) }
    }

    /// `line:column` of the first byte that is not UTF-8, the column counted in characters.
    static func position(ofFirstInvalidByteIn bytes: [UInt8]) -> String {
        "\(SourceText.position(ofByte: SourceText.firstInvalidByte(in: bytes), in: bytes))"
    }
}
