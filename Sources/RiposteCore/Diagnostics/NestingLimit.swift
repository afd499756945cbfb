/// How deep the readers of files people write let arrays and tables nest (TOML and JSON alike).
///
/// The parsers descend by recursion, one call per level: a file nested hundreds of thousands deep, by mistake or on
/// purpose, would overflow the stack and kill the process. No file Riposte reads needs more than a handful of
/// levels; 128 leaves room for any generated one and is far below what the stack holds.
public enum NestingLimit {
    /// Arrays and tables nested this deep are read; one level more is refused with an error at its opening.
    public static let maximumDepth = 128

    /// The message for a value one level deeper than `maximumDepth`.
    public static var message: String {
        "nested more than \(maximumDepth) levels deep; Riposte reads arrays and tables nested up to \(maximumDepth)"
    }
}
