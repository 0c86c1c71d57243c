/// Several assessed projects side by side, ranked by score (ties by name).
public struct Comparison: Sendable, Hashable {
  /// One project in the comparison.
  public struct Entry: Sendable, Hashable {
    /// The project's name (its file).
    public var name: String
    /// Its report.
    public var report: Report
    /// Its most important gap: its first finding as reports list them (by severity, then category
    /// order, then weight); `nil` if none.
    /// An info finding is advice, not a gap, so it is never the most important gap.
    public var topGap: Finding?
  }

  /// The projects, best first.
  public var entries: [Entry]

  /// Ranks reports by score, best first; equal scores keep name order.
  /// - Parameter projects: Each project's name and report.
  public init(_ projects: [(name: String, report: Report)]) {
    entries = projects.map { project in
      let report = project.report
      return Entry(name: project.name, report: report, topGap: report.findings.first { $0.severity != .info })
    }
    .sorted { a, b in
      if a.report.score != b.report.score { return a.report.score > b.report.score }
      return a.name < b.name
    }
  }
}

extension Comparison {
  /// The pairs of projects (1-based positions, in ranked order) whose score ranges overlap: their
  /// order could change once their open questions are answered.
  var overlappingRanges: [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for i in entries.indices {
      for j in entries.indices where j > i {
        guard let a = entries[i].report.scoreRange, let b = entries[j].report.scoreRange,
          a.min != a.max || b.min != b.max
        else { continue }
        if a.min <= b.max && b.min <= a.max { pairs.append((i + 1, j + 1)) }
      }
    }
    return pairs
  }

  /// What every comparison format says under its table when ranges overlap; empty otherwise.
  var overlapNote: String {
    let pairs = overlappingRanges
    guard !pairs.isEmpty else { return "" }
    let list = pairs.map { "\($0.0) and \($0.1)" }.joined(separator: ", ")
    return "Score ranges overlap (\(list)): with open questions, the order may change once they are answered."
  }
}
