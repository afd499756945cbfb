/// Words as bytes, each with a number; an open-addressing hash table, so looking up a post's word
/// allocates nothing.
struct ByteWordTable: Sendable {
    private var bytes: [UInt8] = []
    private var keys: [(bytes: Range<Int>, number: Int)] = []
    /// Indices into `keys`, or -1; the count is a power of two.
    private var slots = [Int](repeating: -1, count: 64)
    /// The words given a number of their own, in order: word `n` has number `n`.
    private(set) var ownWords: [[UInt8]] = []

    var count: Int { ownWords.count }

    /// Gives `word` a new number, or `number`; a word already in the table keeps its own.
    mutating func insert(_ word: [UInt8], as number: Int? = nil) {
        guard self.number(of: word) == nil else { return }
        if (keys.count + 1) * 2 > slots.count { grow() }
        let start = bytes.count
        bytes += word
        keys.append((start..<bytes.count, number ?? count))
        if number == nil { ownWords.append(word) }
        place(keys.count - 1)
    }

    func number(of word: [UInt8]) -> Int? {
        word.withUnsafeBufferPointer { number(of: $0) }
    }

    func number(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while slots[slot] >= 0 {
                let key = keys[slots[slot]]
                if key.bytes.count == word.count, Self.equal(stored, key.bytes.lowerBound, word) { return key.number }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<word.count where stored[start + offset] != word[offset] { return false }
        return true
    }

    private mutating func place(_ key: Int) {
        let mask = slots.count - 1
        var slot = bytes[keys[key].bytes].withContiguousStorageIfAvailable(Self.hash)! & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = key
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        for key in keys.indices { place(key) }
    }

    /// FNV-1a.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash >> 1)
    }
}
