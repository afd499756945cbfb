import Foundation

/// The voices an agent can reply in: the five built in, and the brand's own from `voices/*.toml`.
public enum VoiceLibrary {
    /// Classic care, calm de-escalation, formal, banter, challenger: the order the editor cycles
    /// through, from the safest to the riskiest, so one key press from the default is never the boldest.
    public static let builtin: [VoicePreset] = BuiltinVoices.files.map { file in
        do {
            return try VoiceFile.parse(file.text, file: "builtin/\(file.id).toml", over: [])
        } catch {
            preconditionFailure("the built-in voice \(file.id) does not parse:\n\(error)")
        }
    }

    /// A complete voice file, commented key by key, for a brand to copy into `voices/`: the banter voice.
    public static let exampleFile = BuiltinVoices.banter

    /// The built-in voice used when nothing else is chosen.
    public static var defaultVoice: VoicePreset { builtin[0] }

    /// The built-ins, changed or added to by every `*.toml` in `folder`, read in name order.
    ///
    /// A missing folder gives just the built-ins. A bad file is skipped and each of its errors
    /// reported as `file:line:column: message`; the other files still load.
    public static func load(folder: String) -> (presets: [VoicePreset], errors: [SourceError]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return (builtin, []) }
        var presets = builtin
        var errors: [SourceError] = []
        var fileByID: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".toml") && !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            let text: String
            do {
                text = try SourceText.read(file: path)
            } catch {
                errors.append(error)
                continue
            }
            do {
                let preset = try parse(text, file: path)
                if let earlier = fileByID[preset.id] {
                    errors.append(SourceError(file: path, position: .start,
                                              message: "\(earlier) already defines the voice \"\(preset.id)\"; this file is skipped"))
                    continue
                }
                fileByID[preset.id] = path
                if let index = presets.firstIndex(where: { $0.id == preset.id }) {
                    presets[index] = preset
                } else {
                    presets.append(preset)
                }
            } catch {
                errors.append(contentsOf: error.errors)
            }
        }
        return (presets, errors)
    }

    /// Reads one voice file; a file with a built-in's id changes only the keys it gives.
    /// Throws every error in the file, each with its position.
    public static func parse(_ text: String, file: String) throws(SourceErrors) -> VoicePreset {
        try VoiceFile.parse(text, file: file, over: builtin)
    }

    /// The voice after `id` in `presets`, wrapping around; the first one if `id` is not there.
    public static func next(after id: String, in presets: [VoicePreset]) -> VoicePreset? {
        guard let index = presets.firstIndex(where: { $0.id == id }) else { return presets.first }
        return presets[(index + 1) % presets.count]
    }
}
