/// The keymap compiled into the binary, used when Keymaps/ cannot be found; Keymaps/default.toml says the same.
extension Keymap {
    /// Close to mutt's habits.
    public static let builtinBindings: [(Context, String, Command)] = [
        (.queue, "j", .queueNext),
        (.queue, "Down", .queueNext),
        (.queue, "k", .queuePrevious),
        (.queue, "Up", .queuePrevious),
        (.queue, "PageDown", .queuePageDown),
        (.queue, "Space", .queuePageDown),
        (.queue, "PageUp", .queuePageUp),
        (.queue, "-", .queuePageUp),
        (.queue, "Home", .queueTop),
        (.queue, "g", .queueTop),
        (.queue, "End", .queueBottom),
        (.queue, "G", .queueBottom),
        (.queue, "Enter", .caseOpen),
        (.queue, "?", .helpShow),
        (.queue, "q", .appQuit),
        (.thread, "j", .threadNext),
        (.thread, "Down", .threadNext),
        (.thread, "k", .threadPrevious),
        (.thread, "Up", .threadPrevious),
        (.thread, "PageDown", .threadPageDown),
        (.thread, "Space", .threadPageDown),
        (.thread, "PageUp", .threadPageUp),
        (.thread, "-", .threadPageUp),
        (.thread, "r", .replyCompose),
        (.thread, "?", .helpShow),
        (.thread, "q", .viewClose),
        (.thread, "Esc", .viewClose),
        (.editor, "C-s", .replySend),
        (.editor, "Esc", .editorLeave),
        (.editor, "Enter", .editorNewline),
        (.editor, "Backspace", .editorDeleteBackward),
        (.editor, "C-h", .editorDeleteBackward),
        (.editor, "Delete", .editorDeleteForward),
        (.editor, "C-d", .editorDeleteForward),
        (.editor, "Left", .editorLeft),
        (.editor, "C-b", .editorLeft),
        (.editor, "Right", .editorRight),
        (.editor, "C-f", .editorRight),
        (.editor, "Up", .editorUp),
        (.editor, "C-p", .editorUp),
        (.editor, "Down", .editorDown),
        (.editor, "C-n", .editorDown),
        (.editor, "Home", .editorLineStart),
        (.editor, "C-a", .editorLineStart),
        (.editor, "End", .editorLineEnd),
        (.editor, "C-e", .editorLineEnd),
        (.editor, "F1", .helpShow),
        (.help, "q", .viewClose),
        (.help, "Esc", .viewClose),
        (.help, "?", .viewClose),
    ]

    public static let builtin: Keymap = {
        var keymap = Keymap(name: "default")
        for (context, name, command) in builtinBindings {
            // Fixed names checked by the tests: a failure here is a programming error.
            keymap.bind(KeyPress(name: name)!, to: command, in: context)
        }
        return keymap
    }()
}
