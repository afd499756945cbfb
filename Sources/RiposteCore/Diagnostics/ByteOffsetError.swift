/// A problem at a byte of a line or a value, before it is placed in its file: the reader that knows the line turns
/// it into a `SourceError` with a line and a column.
public struct ByteOffsetError: Error, Hashable, Sendable {
    /// Offset of the byte at fault, from the start of what was read.
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
