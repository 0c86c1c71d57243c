/// How every format words a history.
extension History {
  /// "3 assessments, 2026-09-01 to 2026-11-01".
  var span: String {
    guard let first = entries.first, let last = entries.last else { return "no assessments" }
    let count = entries.count == 1 ? "1 assessment" : "\(entries.count) assessments"
    return first.assessment.date == last.assessment.date
      ? "\(count), \(first.assessment.date)" : "\(count), \(first.assessment.date) to \(last.assessment.date)"
  }

  /// The categories of every report, in the latest report's order (then any only older ones have).
  var categories: [(id: String, title: String)] {
    var out: [(id: String, title: String)] = []
    for entry in entries.reversed() {
      for category in entry.assessment.report.categories where !out.contains(where: { $0.id == category.id }) {
        out.append((category.id, category.title))
      }
    }
    return out
  }

  /// The stages to place every step on: the latest report's gradient, with any stage it lacks
  /// (a report of another pack) added at the top.
  var gradient: [(id: String, title: String)] {
    var out: [(id: String, title: String)] =
      entries.last.map { $0.assessment.report.gradient.map { (id: $0.id, title: $0.title) } } ?? []
    for entry in entries where !out.contains(where: { $0.id == entry.assessment.report.stage.id }) {
      out.append((entry.assessment.report.stage.id, entry.assessment.report.stage.title))
    }
    return out
  }
}

extension History.Entry {
  /// The scores the open questions still allow, as the trend tables show them ("25.5–95.7", with
  /// `*` when the ends are bounds the search did not prove reachable); `nil` when the open
  /// questions cannot move the score or the report holds no range (a report saved without one).
  var rangeText: String? {
    guard let range = assessment.report.scoreRange, range.min != range.max else { return nil }
    return "\(Expression.format(range.min))–\(Expression.format(range.max))" + (range.exact ? "" : "*")
  }
}

extension History {
  /// Whether some step's score could still move once its open questions are answered: the trend
  /// tables show a range column only then.
  var hasRanges: Bool { entries.contains { $0.rangeText != nil } }

  /// Whether some step's range is bounds, which the tables mark with `*` and explain under them.
  var hasBounds: Bool { entries.contains { $0.rangeText?.hasSuffix("*") ?? false } }

  /// The line under a trend table that explains `*`.
  static let boundsNote =
    "* bounds: every score the open questions allow lies within, but the search did not prove both ends reachable."
}
