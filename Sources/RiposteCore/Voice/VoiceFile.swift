/// Reads one voice file (`voices/*.toml`). `VoiceLibrary.exampleFile` documents every key.
///
/// A file whose id is a built-in's changes that voice: keys it leaves out keep the built-in's
/// values, so a brand can change a sign-off in one line. A new voice must give its name,
/// summary and guidance.
enum VoiceFile {
    static func parse(_ text: String, file: String, over builtins: [VoicePreset]) throws(SourceErrors) -> VoicePreset {
        let source = SourceLocator(text)
        return try TOMLTableReader.read(text, file: file) { root in
            let id = readID(root, file: file)
            let base = builtins.first { $0.id == id }
            func string(_ key: String, _ keep: KeyPath<VoicePreset, String>) -> String {
                if let base { root.optionalString(key) ?? base[keyPath: keep] } else { root.requiredString(key) ?? "" }
            }
            let name = string("name", \.name)
            let summary = string("summary", \.summary)
            let guidance = string("guidance", \.guidance)
            let emoji = root.optionalEnum("emoji", as: EmojiPolicy.self) ?? base?.emoji ?? .sparing
            let baseRisk = root.optionalInt("base_risk", in: 0...VoicePreset.maxBaseRisk) ?? base?.baseRisk ?? 0
            var signOff = base?.signOff ?? ""
            if let written = root.optionalString("sign_off"), let node = root.table["sign_off"] {
                checkPlaceholders(in: written, at: node.position, source: source, collector: root.collector)
                signOff = written
            }
            var templates = base?.templates ?? []
            if root.contains("templates") {
                templates = root.arrayOfTables("templates").map { readTemplate($0, source: source) }
            }
            return VoicePreset(id: id, name: name, summary: summary, guidance: guidance, templates: templates,
                               signOff: signOff, emoji: emoji, baseRisk: baseRisk)
        }
    }

    /// The `id` key, or the file's name without ".toml" when there is none.
    private static func readID(_ root: TOMLTableReader, file: String) -> String {
        if let id = root.optionalString("id") {
            if !isValidID(id) {
                root.error(at: "id", "a voice id is lowercase letters, digits and \"-\", such as \"night-shift\"; found \"\(id)\"")
            }
            return id
        }
        let name = String(file.split(separator: "/").last ?? "")
        let stem = name.hasSuffix(".toml") ? String(name.dropLast(".toml".count)) : name
        if !isValidID(stem) {
            root.error("the file name \"\(name)\" cannot be a voice id; add a line such as id = \"night-shift\"")
        }
        return stem
    }

    private static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private static func readTemplate(_ table: TOMLTableReader, source: SourceLocator) -> VoiceTemplate {
        let name = table.requiredString("name") ?? ""
        let text = table.requiredString("text") ?? ""
        if let node = table.table["text"] {
            checkPlaceholders(in: text, at: node.position, source: source, collector: table.collector)
        }
        return VoiceTemplate(name: name, text: text)
    }

    /// Records each placeholder `TemplateValues` does not know, at the place it was written.
    private static func checkPlaceholders(in value: String, at start: SourcePosition, source: SourceLocator,
                                          collector: SourceErrorCollector) {
        var seen: [String: Int] = [:]
        for placeholder in TemplatePlaceholder.all(in: value) {
            let occurrence = seen[placeholder.name, default: 0]
            seen[placeholder.name] = occurrence + 1
            if TemplateValues.placeholders.contains(placeholder.name) { continue }
            var message = "unknown placeholder \"\(placeholder.written)\""
            if let close = NameSuggestion.closest(to: placeholder.name, among: TemplateValues.placeholders) {
                message += "; did you mean \"{\(close)}\"?"
            } else {
                message += "; known ones are " + TemplateValues.placeholders.map { "{\($0)}" }.joined(separator: ", ")
            }
            let position = source.position(of: placeholder.written, occurrence: occurrence, from: start) ?? start
            collector.add(message, at: position)
        }
    }
}
