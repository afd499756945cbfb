import ArgumentParser
import Foundation
import RiposteApp
import RiposteCore
import RiposteStore

/// `riposte store migrate` and `riposte store copy`: looking after the store itself.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Make, migrate or copy a store; set up a PostgreSQL store's roles.",
        subcommands: [Init.self, Check.self, Migrate.self, Copy.self, SetupRoles.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the store: the database's own checks, rows that disagree, the audit chain; exit 1 if any fails.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let found: [String]
            do {
                let store = try global.storeToRead()
                found = try store.problems(thorough: true)
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw fail("\(error)")
            }
            for problem in found { show(problem) }
            guard found.isEmpty else {
                show("\(global.storePath): \(found.count) problem\(found.count == 1 ? "" : "s") found")
                throw ExitCode(1)
            }
            show("\(global.storePath): no problem found")
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new store, with you (your login) as its first supervisor.",
            discussion: """
                A team store knows its people by their login; a training store (--training) lets anyone work under any \
                name with --as, for practice on demo feeds.
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Make a training store, where --as picks any name.")
        var training = false

        func run() throws {
            do {
                let location = try global.storeLocation()
                if case let .file(path) = location, FileManager.default.fileExists(atPath: path) {
                    throw fail("\(path) already exists")
                }
                let store = try location.open()
                if try store.queueRows(after: nil, limit: 1).isEmpty == false || store.agents().contains(where: { $0.login != nil }) {
                    throw fail("\(location) is already a store")
                }
                if training { try store.markTraining() }
                let first = try WorkingAgent.resolve(on: store, named: nil)
                show("\(location): a new \(training ? "training" : "team") store; \(first.name) (login "
                      + "\(DisplayText.printable(store.login))) is its first supervisor")
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw fail("\(error)")
            }
        }
    }

    struct SetupRoles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "setup-roles",
            abstract: "On PostgreSQL, make the agent and supervisor group roles and grant them what they need.",
            discussion: """
                Run as the role that owns the store's tables, one that may create roles. Then give each person a login \
                of their own in the group: CREATE ROLE sam LOGIN PASSWORD '…' IN ROLE \(PostgresRoles.agents); and \
                riposte agent add sam --login sam. Supervisors go in \(PostgresRoles.supervisors) as well.
                """)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            do {
                guard case let .postgres(address) = try global.storeLocation() else {
                    throw fail("setup-roles is for a PostgreSQL store; a SQLite store is guarded by its file's permissions")
                }
                try PostgresRoles.setUp(address)
                show("\(address): group roles \(PostgresRoles.agents) and \(PostgresRoles.supervisors) are ready")
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw fail("\(error)")
            }
        }
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring the store's schema up to date (Riposte also does this when it opens a store).")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let location: StoreLocation
            let migration: StoreMigration
            do {
                location = try global.storeLocation()
                migration = try location.migrate()
            } catch {
                throw fail("\(error)")
            }
            for name in migration.applied {
                show((migration.ranNow.contains(name) ? "  applied now  " : "  already had  ") + name)
            }
            show(migration.ranNow.isEmpty ? "\(location): up to date" : "\(location): migrated, \(migration.ranNow.count) applied")
            show("last migrated by Riposte \(migration.lastMigratedBy ?? "before 0.9.0 (it did not record its version)")")
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a whole store into a new or empty one: SQLite to PostgreSQL and back.",
            discussion: """
                FROM and TO are each a SQLite file's path or a postgres://user@host[:port]/database URL; a missing \
                PostgreSQL database is created. Every row goes in one transaction, then each table is read back and \
                compared with the source by its count and checksum. Exits non-zero if any table differs.
                """)

        @Argument(help: ArgumentHelp("The store to copy.", valueName: "from"))
        var from: String

        @Argument(help: ArgumentHelp("The new store.", valueName: "to"))
        var to: String

        func run() throws {
            let tables: [CopiedTable]
            let started = Date()
            do {
                tables = try StoreCopy.run(from: try StoreLocation(from), to: try StoreLocation(to))
            } catch {
                throw fail("\(error)")
            }
            show("table".padding(toLength: 15, withPad: " ", startingAt: 0) + "rows from  rows to  "
                  + "checksum from     checksum to")
            for table in tables {
                show(table.table.padding(toLength: 15, withPad: " ", startingAt: 0)
                      + String(table.sourceRows).leftPadded(9) + String(table.targetRows).leftPadded(9) + "  "
                      + table.sourceChecksum + "  " + table.targetChecksum + (table.matches ? "" : "  DIFFERS"))
            }
            let rows = tables.reduce(0) { $0 + $1.sourceRows }
            guard tables.allSatisfy(\.matches) else {
                throw fail("the copy differs from its source in \(tables.filter { !$0.matches }.map(\.table).joined(separator: ", "))")
            }
            show(String(format: "copied %d rows in %.1f s; every table's count and checksum match", rows,
                         Date().timeIntervalSince(started)))
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
