import Foundation
import RiposteCore

/// A post in reading order with its depth in the reply tree.
struct ThreadNode: Hashable {
    var post: ThreadPost
    var depth: Int
}

enum ThreadTree {
    /// Posts in reading order: every reply under its parent, siblings oldest first; a reply whose parent is not here starts a branch of its own.
    static func nodes(_ posts: [ThreadPost]) -> [ThreadNode] {
        let present = Set(posts.map(\.id))
        var children: [PostID: [ThreadPost]] = [:]
        var roots: [ThreadPost] = []
        for post in posts.sorted(by: { ($0.createdAt, $0.id.rawValue) < ($1.createdAt, $1.id.rawValue) }) {
            if let parent = post.parentID, present.contains(parent) {
                children[parent, default: []].append(post)
            } else {
                roots.append(post)
            }
        }
        var nodes: [ThreadNode] = []
        // Depth-first without recursion: a storm can nest thousands deep.
        var stack = roots.reversed().map { ThreadNode(post: $0, depth: 0) }
        while let node = stack.popLast() {
            nodes.append(node)
            for child in children[node.post.id, default: []].reversed() {
                stack.append(ThreadNode(post: child, depth: node.depth + 1))
            }
        }
        return nodes
    }
}

/// One line of the thread view: a post's header or a line of its text, in styled spans.
struct ThreadLine: Hashable {
    struct Span: Hashable {
        var glyphs: [Glyph]
        var role: ThemeRole
    }

    var nodeIndex: Int
    var isHeader: Bool
    var column: Int
    var spans: [Span]
}

/// The thread laid out at a width: each post a header and its wrapped text, indented under its parent.
struct ThreadLayout {
    var nodes: [ThreadNode]
    var lines: [ThreadLine]
    /// The line of each node's header.
    var headerLines: [Int]

    /// Replies indent two cells a level, but the text always keeps this much room.
    static let minimumTextWidth = 20

    init(thread: CaseThread, width: Int, now: Date) {
        self.init(nodes: ThreadTree.nodes(thread.posts), width: width, now: now)
        // Internal notes follow the conversation, in a style of their own: they were never posted.
        for note in thread.notes {
            let header = "▤ note by \(note.agent) · \(Formatting.age(now.timeIntervalSince(note.createdAt))) ago · never sent"
            lines.append(ThreadLine(nodeIndex: nodes.count, isHeader: false, column: 0,
                                    spans: [.init(glyphs: DisplayText.glyphs(header), role: .note)]))
            for row in DisplayText.wrap(note.text, width: max(1, width - 2)) {
                lines.append(ThreadLine(nodeIndex: nodes.count, isHeader: false, column: 0, spans: [
                    .init(glyphs: DisplayText.glyphs("│ "), role: .note), .init(glyphs: row, role: .note),
                ]))
            }
            lines.append(ThreadLine(nodeIndex: nodes.count, isHeader: false, column: 0, spans: []))
        }
    }

    init(nodes: [ThreadNode], width: Int, now: Date) {
        self.nodes = nodes
        lines = []
        headerLines = []
        for (index, node) in nodes.enumerated() {
            let indent = min(node.depth * 2, max(0, width - Self.minimumTextWidth - 2))
            headerLines.append(lines.count)
            lines.append(ThreadLine(nodeIndex: index, isHeader: true, column: indent,
                                    spans: Self.header(node, now: now)))
            let bar = node.post.isOurs ? "┃ " : "  "
            for row in Self.wrappedText(node.post.text, width: max(1, width - indent - 2)) {
                lines.append(ThreadLine(nodeIndex: index, isHeader: false, column: indent, spans: [
                    .init(glyphs: DisplayText.glyphs(bar), role: node.post.isOurs ? .ourReply : .tree),
                    .init(glyphs: row, role: .row),
                ]))
            }
            lines.append(ThreadLine(nodeIndex: index, isHeader: false, column: 0, spans: []))
        }
    }

    /// Beyond this many characters a post is cut, with a line saying how much: the layout is made again on every key,
    /// and pages of one post are no way to read it.
    static let longestLaidOutText = 20_000

    static func wrappedText(_ text: String, width: Int) -> [[Glyph]] {
        let shown = text.prefix(Self.longestLaidOutText)
        guard shown.endIndex < text.endIndex else { return DisplayText.wrap(text, width: width) }
        let rest = text[shown.endIndex...].count
        return DisplayText.wrap(String(shown), width: width)
            + DisplayText.wrap("⋯ \(rest) more characters not shown", width: width)
    }

    static func header(_ node: ThreadNode, now: Date) -> [ThreadLine.Span] {
        let post = node.post
        func span(_ text: String, _ role: ThemeRole) -> ThreadLine.Span {
            .init(glyphs: DisplayText.glyphs(text), role: role)
        }
        var spans: [ThreadLine.Span] = []
        if node.depth > 0 { spans.append(span("↳ ", .tree)) }
        spans.append(span(post.author.role.badge, ThemeRole(badgeOf: post.author.role)))
        spans.append(span(" ", .row))
        spans.append(.init(glyphs: DisplayText.singleLine(post.author.handle), role: .author))
        spans.append(span(" ", .row))
        spans.append(.init(glyphs: DisplayText.singleLine(post.author.name), role: .dim))
        var facts = " · \(Formatting.reach(post.author.followers)) · \(Formatting.age(now.timeIntervalSince(post.createdAt)))"
        if post.isOurs { facts += post.sentBy.map { " · ours, sent by \($0)" } ?? " · ours" }
        if let editor = post.editedBy { facts += ", words by \(editor)" }
        if let delivery = post.delivery { facts += " · " + delivery.describe(relativeTo: now) }
        spans.append(span(facts, post.isOurs ? .ourReply : .dim))
        return spans
    }

    /// The lines of node `index`: its header to the blank line after it.
    func lineRange(ofNode index: Int) -> Range<Int> {
        let end = index + 1 < headerLines.count ? headerLines[index + 1] : lines.count
        return headerLines[index]..<end
    }
}
