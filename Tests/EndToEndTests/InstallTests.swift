import Foundation
import RiposteCore
import Testing

/// What a team's IT does: build the package, install it on a machine, run it there. The package is made from the
/// debug build the test command makes (`Scripts/package --built debug`), which links Swift in as the release does.
@Suite("Shipping: the package installs and runs where Swift is not")
struct InstallTests {
    let folder: CommandFolder
    var work: URL { folder.url }
    let scripts = TerminalPane.packageRoot.appendingPathComponent("Scripts")

    init() throws {
        folder = try CommandFolder()
    }

    /// Environment with no trace of the Swift toolchain: no PATH to it, no LD_LIBRARY_PATH at all.
    var bare: [String] {
        ["env", "-i", "PATH=/usr/bin:/bin", "HOME=\(work.path)/home", "LANG=C.UTF-8",
         "XDG_DATA_DIRS=\(work.path)/no-data-dirs"]
    }

    @Test("the .deb's files, unpacked into a folder: the binary loads nothing from the toolchain, finds its themes and keymaps beside it, opens the demo in a terminal with them; man renders its page; the completions complete")
    func packageInstallsAndRuns() throws {
        let packaged = try Subprocess.run([scripts.appendingPathComponent("package").path, "--built", "debug",
                                           work.appendingPathComponent("out").path])
        try #require(packaged.status == 0, "\(packaged.output)")
        let deb = try #require(packaged.output.split(separator: "\n").last.map(String.init))
        #expect(deb.hasSuffix("/riposte_\(RiposteVersion.current)_amd64.deb"))

        // Its dependencies are the distribution's libraries, found in the binary itself.
        let depends = try Subprocess.run(["dpkg-deb", "--field", deb, "Depends"]).output
        for library in ["libc6", "libncursesw6", "libsqlite3-0"] { #expect(depends.contains(library), "\(depends)") }
        #expect(!depends.lowercased().contains("swift"))

        let root = work.appendingPathComponent("root")
        try #require(try Subprocess.run(["dpkg-deb", "--extract", deb, root.path]).status == 0)
        let prefix = root.appendingPathComponent("usr")
        let riposte = prefix.appendingPathComponent("bin/riposte").path

        // Scripts/install puts exactly the package's files in place.
        let destination = work.appendingPathComponent("dest")
        let installed = try Subprocess.run(["env", "DESTDIR=\(destination.path)",
                                            scripts.appendingPathComponent("install").path, "--built", "debug", "/usr"])
        try #require(installed.status == 0, "\(installed.output)")
        #expect(try files(under: destination.appendingPathComponent("usr")) == files(under: prefix))

        // Nothing the binary loads comes from the toolchain that built it.
        let toolchain = try toolchainFolder()
        let libraries = try Subprocess.run(["ldd", riposte]).output
        #expect(!libraries.contains(toolchain), "\(libraries)")
        #expect(!libraries.contains("not found"), "\(libraries)")
        #expect(!libraries.contains("libswiftCore"))

        let version = try Subprocess.run(bare + [riposte, "--version"])
        #expect(version.status == 0 && version.output == RiposteVersion.current + "\n", "\(version.output)")
        let paths = try Subprocess.run(bare + [riposte, "config", "paths"]).output.split(separator: "\n")
        #expect(paths.contains("shipped keymaps \(prefix.path)/share/riposte/Keymaps  (beside the binary)"))
        #expect(paths.contains("shipped themes  \(prefix.path)/share/riposte/Themes  (beside the binary)"))

        try manPageRenders(prefix.appendingPathComponent("share/man/man1/riposte.1.gz").path)
        try completionsComplete(prefix: prefix)

        // The binary sits outside any checkout and $XDG_DATA_DIRS holds nothing: the keymap and theme can only come
        // from the installed share folder. light-256 draws the selection on colour 153; vim's C-e moves down the
        // queue, where the default keymap binds nothing.
        let pane = try TerminalPane(deferred: true)
        pane.launcher = ["env", "-u", "LD_LIBRARY_PATH", "PATH=/usr/bin:/bin", "XDG_DATA_DIRS=\(work.path)/no-data-dirs"]
        pane.program = riposte
        try pane.start(arguments: ["--keymap", "vim", "--theme", "light-256"])
        func selected(_ author: String) throws {
            try pane.waitUntil("\(author) on light-256's selection colour") { _ in
                let styled = (try? pane.styledLines()) ?? []
                return styled.contains { $0.contains(author) && $0.contains("\u{1B}[48;5;153m") }
            }
        }
        try selected("@nina_w")
        try pane.press("C-e")
        try selected("@gran_on_twitter")
        try pane.press("q")
        try pane.waitFor("riposte exited 0")
    }

    /// Every file under `folder`, by its path there, with its bytes.
    func files(under folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            found[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return found
    }

    /// The folder of the toolchain this test was built with (`/opt/swift/usr` here), from `swift` on the PATH.
    func toolchainFolder() throws -> String {
        let swift = try Subprocess.run(["sh", "-c", "readlink -f \"$(command -v swift)\""]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let bin = URL(fileURLWithPath: swift).deletingLastPathComponent()
        try #require(bin.lastPathComponent == "bin", "no swift on the PATH: \(swift)")
        return bin.deletingLastPathComponent().path
    }

    func manPageRenders(_ page: String) throws {
        let rendered = try Subprocess.run(["env", "MANWIDTH=100", "MAN_KEEP_STDERR=1", "man", "-l", page])
        #expect(rendered.status == 0)
        #expect(rendered.output.contains("riposte") && rendered.output.contains("SYNOPSIS"))
        for command in ["connect", "import", "store", "training"] { #expect(rendered.output.contains(command)) }
        // groff's complaints go to the same output: a page that renders cleanly has none.
        #expect(!rendered.output.contains("warning"), "\(rendered.output.prefix(400))")
    }

    /// Each shell completes `riposte sto` to the store command from the installed completion file.
    func completionsComplete(prefix: URL) throws {
        let share = prefix.appendingPathComponent("share").path
        let bash = try Subprocess.run(["bash", "-c", """
            source \(share)/bash-completion/completions/riposte
            COMP_WORDS=(riposte sto); COMP_CWORD=1; COMP_LINE='riposte sto'; COMP_POINT=11
            _riposte riposte sto riposte; echo "${COMPREPLY[@]}"
            """])
        #expect(bash.output.split(whereSeparator: \.isWhitespace).contains("store"), "\(bash.output)")
        let fish = try Subprocess.run(["fish", "--no-config", "-c", """
            set fish_complete_path \(share)/fish/vendor_completions.d $fish_complete_path
            set PATH \(prefix.path)/bin $PATH
            complete -C 'riposte sto'
            """])
        #expect(fish.output.hasPrefix("store\t"), "\(fish.output)")
        let zsh = try Subprocess.run(["zsh", "-c", """
            fpath=(\(share)/zsh/vendor-completions $fpath); autoload -U compinit; compinit -u
            autoload +X -Uz _riposte && whence -w _riposte
            """])
        #expect(zsh.output.contains("_riposte: function"), "\(zsh.output)")
    }
}
