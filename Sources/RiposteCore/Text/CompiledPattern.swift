import Foundation

/// ICU regular expressions compiled once; the patterns are constants, so one that does not compile is a bug.
enum CompiledPattern {
    static func compile(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("pattern does not compile: \(error)")
        }
    }
}
