/// One part of a dotted key such as `voice.pitch`, with where it was written.
struct TOMLKeySegment {
    var name: String
    var position: SourcePosition
}

/// A table while its document is being read. It remembers how it was defined,
/// because TOML's rules for adding to a table later depend on that.
final class TOMLTableBuilder {
    enum Definition {
        /// Named only as the parent in a header such as `[a.b]`; a later `[a]` may still define it.
        case implicit
        /// Defined by its own `[header]`, or as an element of `[[array]]`.
        case header
        /// Defined by a dotted key such as `a.b = 1`; only more dotted keys may add to it.
        case dotted
    }

    enum Slot {
        case value(TOMLNode)
        case table(TOMLTableBuilder)
        case tableArray(TableArray)
    }

    /// The tables of a `[[key]]` array so far. A class so that each `[[key]]` appends in place: copied out of its
    /// entry and stored back, the array was copied whole every time, the square of the count for a feed of
    /// thousands of posts.
    final class TableArray {
        let position: SourcePosition
        var elements: [TOMLTableBuilder]

        init(position: SourcePosition, _ elements: [TOMLTableBuilder]) {
            self.position = position
            self.elements = elements
        }
    }

    struct Entry {
        var keyPosition: SourcePosition
        var slot: Slot
    }

    var position: SourcePosition
    var definition: Definition
    private var keys: [String] = []
    private var entries: [String: Entry] = [:]

    init(position: SourcePosition, definition: Definition) {
        self.position = position
        self.definition = definition
    }

    func entry(_ key: String) -> Entry? { entries[key] }

    func set(_ key: String, _ entry: Entry) {
        if entries[key] == nil { keys.append(key) }
        entries[key] = entry
    }

    func build() -> TOMLTable {
        var table = TOMLTable(position: position)
        for key in keys {
            guard let entry = entries[key] else { continue }
            switch entry.slot {
            case .value(let node):
                table.append(key, at: entry.keyPosition, node)
            case .table(let builder):
                table.append(key, at: entry.keyPosition, TOMLNode(.table(builder.build()), at: builder.position))
            case .tableArray(let array):
                let nodes = array.elements.map { TOMLNode(.table($0.build()), at: $0.position) }
                table.append(key, at: entry.keyPosition, TOMLNode(.array(nodes), at: array.position))
            }
        }
        return table
    }
}

/// Assembles a document's tables and enforces that every key and table is defined once.
struct TOMLDocumentBuilder {
    let file: String
    let root = TOMLTableBuilder(position: .start, definition: .header)

    /// Opens the table of a `[a.b]` header written at `header`.
    func openTable(_ path: [TOMLKeySegment], header: SourcePosition) throws(SourceError) -> TOMLTableBuilder {
        let parent = try descend(to: path.dropLast())
        let last = path[path.count - 1]
        guard let existing = parent.entry(last.name) else {
            let table = TOMLTableBuilder(position: header, definition: .header)
            parent.set(last.name, .init(keyPosition: last.position, slot: .table(table)))
            return table
        }
        switch existing.slot {
        case .table(let table) where table.definition == .implicit:
            table.definition = .header
            table.position = header
            parent.set(last.name, .init(keyPosition: last.position, slot: .table(table)))
            return table
        case .table(let table):
            throw error("table [\(name(path))] is already defined at \(table.position)", at: last)
        case .tableArray(let array):
            throw error("[\(name(path))] cannot reopen the array of tables [[\(name(path))]] defined at \(array.position)", at: last)
        case .value(let node):
            throw notATable(node, path, at: last)
        }
    }

    /// Appends a table to the array of a `[[a.b]]` header written at `header`.
    func appendArrayElement(_ path: [TOMLKeySegment], header: SourcePosition) throws(SourceError) -> TOMLTableBuilder {
        let parent = try descend(to: path.dropLast())
        let last = path[path.count - 1]
        let element = TOMLTableBuilder(position: header, definition: .header)
        guard let existing = parent.entry(last.name) else {
            parent.set(last.name, .init(keyPosition: last.position, slot: .tableArray(.init(position: header, [element]))))
            return element
        }
        switch existing.slot {
        case .tableArray(let array):
            array.elements.append(element)
            return element
        case .table(let table):
            throw error("[[\(name(path))]] cannot add to the table [\(name(path))] defined at \(table.position)", at: last)
        case .value(let node):
            throw error("[[\(name(path))]] cannot add to \"\(name(path))\", which is \(node.value.kindDescription) defined at \(node.position)", at: last)
        }
    }

    /// Stores `node` under a possibly dotted key in `table`, creating the tables the dots name.
    func insert(_ node: TOMLNode, at path: [TOMLKeySegment], in table: TOMLTableBuilder) throws(SourceError) {
        var table = table
        for (depth, segment) in path.dropLast().enumerated() {
            let prefix = Array(path[...depth])
            switch table.entry(segment.name)?.slot {
            case nil:
                let child = TOMLTableBuilder(position: segment.position, definition: .dotted)
                table.set(segment.name, .init(keyPosition: segment.position, slot: .table(child)))
                table = child
            case .table(let child) where child.definition == .dotted:
                table = child
            case .table(let child):
                throw error("table \"\(name(prefix))\" is defined by a header at \(child.position); dotted keys cannot add to it", at: segment)
            case .tableArray(let array):
                throw error("\"\(name(prefix))\" is an array of tables defined at \(array.position); dotted keys cannot add to it", at: segment)
            case .value(let node):
                throw notATable(node, prefix, at: segment)
            }
        }
        let last = path[path.count - 1]
        if let existing = table.entry(last.name) {
            throw error("duplicate key \"\(name(path))\"; first defined at \(existing.keyPosition)", at: last)
        }
        table.set(last.name, .init(keyPosition: last.position, slot: .value(node)))
    }

    /// Walks the parent part of a header, creating implicit tables and entering the last table of arrays.
    private func descend(to path: ArraySlice<TOMLKeySegment>) throws(SourceError) -> TOMLTableBuilder {
        var table = root
        for (depth, segment) in zip(path.indices, path) {
            switch table.entry(segment.name)?.slot {
            case nil:
                let child = TOMLTableBuilder(position: segment.position, definition: .implicit)
                table.set(segment.name, .init(keyPosition: segment.position, slot: .table(child)))
                table = child
            case .table(let child):
                table = child
            case .tableArray(let array):
                table = array.elements[array.elements.count - 1]
            case .value(let node):
                throw notATable(node, Array(path[...depth]), at: segment)
            }
        }
        return table
    }

    private func notATable(_ node: TOMLNode, _ path: [TOMLKeySegment], at segment: TOMLKeySegment) -> SourceError {
        if case .table = node.value {
            return error("inline table \"\(name(path))\" defined at \(node.position) cannot be extended", at: segment)
        }
        return error("\"\(name(path))\" is \(node.value.kindDescription) defined at \(node.position), not a table", at: segment)
    }

    private func name(_ path: [TOMLKeySegment]) -> String {
        path.map(\.name).joined(separator: ".")
    }

    private func error(_ message: String, at segment: TOMLKeySegment) -> SourceError {
        SourceError(file: file, position: segment.position, message: message)
    }
}
