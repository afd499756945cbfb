/// AT Protocol's timestamp identifiers (atproto.com/specs/record-key#record-key-type-tid): 64 bits, the top one
/// zero, then microseconds since 1970 (53 bits) and a clock id (10 bits), as 13 characters of base32-sortable.
enum RecordKey {
    static let alphabet = Array("234567abcdefghijklmnopqrstuvwxyz")

    static func tid(microseconds: UInt64, clock: UInt64) -> String {
        var value = (microseconds & ((1 << 53) - 1)) << 10 | (clock & 0x3FF)
        var characters = [Character](repeating: "2", count: 13)
        for index in stride(from: 12, through: 0, by: -1) {
            characters[index] = alphabet[Int(value & 31)]
            value >>= 5
        }
        return String(characters)
    }
}
