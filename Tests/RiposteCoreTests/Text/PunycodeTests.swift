import Testing
@testable import RiposteCore

/// Punycode decides whether an internationalised domain fits DNS, and so whether X counts it as a URL.
struct PunycodeTests {
    @Test("RFC 3492 samples encode as published", arguments: [
        ("bücher", "bcher-kva"),
        ("münchen", "mnchen-3ya"),
        ("3年B組金八先生", "3B-ww4c5e180e575a65lsy2b"),
        ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),
        ("☃", "n3h"),
    ])
    func samples(_ label: String, _ encoded: String) {
        #expect(Punycode.encode(label) == encoded)
    }

    @Test("an ASCII label stays as it is; others get the ACE prefix")
    func asciiLabel() {
        #expect(Punycode.asciiLabel("example") == "example")
        #expect(Punycode.asciiLabel("☃") == "xn--n3h")
    }

    @Test("domain labels: 63 encoded characters at most, no ACE prefix on Unicode, no prohibited character")
    func domainValidity() {
        #expect(URLExtractor.isValid(domain: "☃.net"))
        #expect(!URLExtractor.isValid(domain: String(repeating: "a", count: 64) + ".com"))
        #expect(URLExtractor.isValid(domain: String(repeating: "a", count: 63) + ".com"))
        #expect(!URLExtractor.isValid(domain: "xn--☃.com"))
        #expect(!URLExtractor.isValid(domain: "a\u{E0067}b.com"))
    }
}
