import RiposteCore

/// What leaves Riposte for another program: a post's link to the clipboard or the browser, a draft to the user's
/// own editor (as mutt hands a message to `$EDITOR`) and back.
enum OutsideHandOver {
    static func link(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let thread = state.thread?.thread,
              let post = thread.posts.first(where: { $0.id == state.thread?.selectedPost }) else { return [] }
        guard let link = post.link else {
            state.say("This post has no link: its id is not one \(post.author.network.label) gave", isError: true)
            return []
        }
        guard command == .postCopyLink else { return [.openLink(link)] }
        guard state.settings.display.copyLinks else {
            state.say("Copying is off: copy_links = true under [display] in config.toml lets the terminal copy",
                      isError: true)
            return []
        }
        state.clipboard = ClipboardCopy(serial: (state.clipboard?.serial ?? 0) + 1, text: link)
        state.say("Copied \(link)")
        return []
    }

    /// The draft goes to the editor saved, so that nothing is lost if the editor or the terminal dies.
    static func edit(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        return EditorVoice.saveNow(&state) + [.editExternally(editor.caseID, text: editor.string)]
    }

    /// The editor's text comes back in place of the draft; length and risk are counted again.
    static func edited(_ caseID: CaseID, text: String, _ state: inout AppState) -> [Effect] {
        guard let editor = state.editor, editor.caseID == caseID else { return [] }
        // Editors end a file with a newline the agent did not mean as part of the reply.
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        guard text != editor.string else {
            state.say("The reply came back unchanged")
            return []
        }
        EditorEditing.replaceAll(with: Array(text), &state)
        state.say("The reply came back from your editor")
        return EditorVoice.saveNow(&state)
    }
}
