/// Riposte's version: what `riposte --version` prints, what the package is called, and what a store records of the
/// Riposte that last migrated it. Raised by hand when a release is cut.
public enum RiposteVersion {
    public static let current = "0.9.0"
}
