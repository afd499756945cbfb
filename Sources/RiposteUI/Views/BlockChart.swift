/// Charts drawn with block characters, which every Unicode terminal font has: eighth blocks stacked into columns
/// for a series over time, and horizontal bars for a few named counts.
enum BlockChart {
    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// `values` squeezed into `width` columns (summing neighbours) and drawn `height` rows high, top row first,
    /// scaled so that the largest column fills the height.
    static func columns(_ values: [Int], width: Int, height: Int) -> [String] {
        guard width > 0, height > 0 else { return [] }
        let buckets = bucket(values, into: width)
        let peak = max(1, buckets.max() ?? 0)
        let levels = buckets.map { value in value == 0 ? 0 : max(1, (value * height * 8 + peak - 1) / peak) }
        return (0..<height).map { row in
            let floor = (height - 1 - row) * 8
            return String(levels.map { eighths[min(8, max(0, $0 - floor))] })
        }
    }

    /// Sums of `values` in `count` runs of neighbours, as even as they divide; the values themselves when they fit.
    static func bucket(_ values: [Int], into count: Int) -> [Int] {
        guard values.count > count, count > 0 else { return values }
        return (0..<count).map { index in
            let from = index * values.count / count, to = (index + 1) * values.count / count
            return values[from..<to].reduce(0, +)
        }
    }

    /// A bar of `value` out of `peak` in `width` cells, in eighths of a cell.
    static func bar(_ value: Int, peak: Int, width: Int) -> String {
        guard width > 0, peak > 0, value > 0 else { return "" }
        let eighthsWide = max(1, value * width * 8 / peak)
        let full = String(repeating: "█", count: eighthsWide / 8)
        let part = eighthsWide % 8
        return full + (part > 0 ? String(["▏", "▎", "▍", "▌", "▋", "▊", "▉"][part - 1]) : "")
    }
}
