import RiposteCore

/// Priorities are kept as their rank so that the store can take the greater of two and sort by them.
extension Priority {
    var rank: Int { Priority.allCases.firstIndex(of: self) ?? 1 }

    init(rank: Int) {
        self = Priority.allCases.indices.contains(rank) ? Priority.allCases[rank] : .normal
    }
}
