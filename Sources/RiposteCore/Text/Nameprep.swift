/// Nameprep (RFC 3491) as far as it decides whether a domain label is valid: characters mapped to
/// nothing are removed, the rest is case-folded and NFKC-normalised, and prohibited characters reject
/// the label. The bidi rule is not checked.
enum Nameprep {
    /// The prepared label, or nil when it holds a prohibited character.
    static func prepare(_ label: Substring) -> String? {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: label.unicodeScalars.filter { !mappedToNothing($0.value) })
        let prepared = String(kept).lowercased().precomposedStringWithCompatibilityMapping
        return prepared.unicodeScalars.contains { isProhibited($0.value) } ? nil : prepared
    }

    /// RFC 3454 table B.1.
    static func mappedToNothing(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD, 0x034F, 0x1806, 0x180B...0x180D, 0x200B...0x200D, 0x2060, 0xFE00...0xFE0F, 0xFEFF: true
        default: false
        }
    }

    /// RFC 3454 tables C.1.2 and C.2.2 to C.9, the ones nameprep prohibits.
    static func isProhibited(_ value: UInt32) -> Bool {
        switch value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true             // C.1.2 spaces
        case 0x0080...0x009F, 0x06DD, 0x070F, 0x180E, 0x200C, 0x200D, 0x2028, 0x2029,
             0x2060...0x2063, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFC, 0x1D173...0x1D17A: true  // C.2.2
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: true              // C.3 private use
        case 0xFDD0...0xFDEF: true                                                      // C.4 noncharacters
        case _ where value & 0xFFFE == 0xFFFE: true                                     // C.4 U+nFFFE, U+nFFFF
        case 0xD800...0xDFFF, 0xFFFD: true                                              // C.5, C.6
        case 0x2FF0...0x2FFB: true                                                      // C.7
        case 0x0340, 0x0341, 0x200E, 0x200F, 0x202A...0x202E: true                      // C.8
        case 0xE0001, 0xE0020...0xE007F: true                                           // C.9 tags
        default: false
        }
    }
}
