/// A position in a human-written file: 1-based line and column, the column counted in Characters.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    /// `line:column`, as editors and compilers print it.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// An error in a file a person wrote, printed as `file:line:column: message`.
public struct SourceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition
    public var message: String

    public init(file: String, position: SourcePosition, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// Every character that would not show for itself is written by its code point (`<U+FEFF>`), whichever reader
    /// quoted it: the line is printed to a terminal, and a quoted value is often what is wrong.
    public var description: String { CodePointName.replacingInvisibles(in: "\(file):\(position): \(message)") }
}

/// Several errors from one file, in file order; printed one per line.
public struct SourceErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [SourceError]

    /// Keeps `errors` in file order; errors at the same position keep the order they were found in.
    public init(_ errors: [SourceError]) {
        self.errors = errors.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element)
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Gathers every error found in one file, so a person can fix them all in one pass
/// instead of meeting them one at a time.
///
/// A class because every reader of the file's nested tables records into the same list.
public final class SourceErrorCollector {
    /// The file the errors are in, as it should be printed.
    public let file: String
    private var recorded: [SourceError] = []

    public init(file: String) {
        self.file = file
    }

    /// Records `message` at `position` in this collector's file.
    public func add(_ message: String, at position: SourcePosition) {
        recorded.append(SourceError(file: file, position: position, message: message))
    }

    /// Records an error found elsewhere, such as the parser's.
    public func add(_ error: SourceError) {
        recorded.append(error)
    }

    /// Every error recorded so far, in file order.
    public var errors: [SourceError] { SourceErrors(recorded).errors }

    public var isEmpty: Bool { recorded.isEmpty }

    /// Throws every recorded error at once, if there is any.
    public func throwIfAny() throws(SourceErrors) {
        if !recorded.isEmpty { throw SourceErrors(recorded) }
    }
}
