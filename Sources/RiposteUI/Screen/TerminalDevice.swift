/// A terminal the session draws into and reads from; the ncurses layer is the real one.
public protocol TerminalDevice: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows the screen; only cells that changed since the last draw go out.
    func draw(_ screen: Screen)
    /// The next key or resize, waiting at most `milliseconds`; nil when nothing came.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// A signal (Ctrl-C, SIGTERM, SIGHUP) asked Riposte to stop.
    var stopRequested: Bool { get }
    /// Gives the terminal to another program (an editor, a browser) while `body` runs, then takes it back and
    /// draws the whole screen again.
    func handOver(_ body: () -> Void)
}
