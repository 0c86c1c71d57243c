/// A report's category scores as numbers beside the pack's shared list of categories.
///
/// Copying the pack's categories into every report would touch each id and title string; the
/// numbers are all that differ from one report to the next.
struct CategoryScoreList: Sendable {
  /// Every category with no score: ids, titles and weights, shared with the pack. When
  /// `values` is nil, the scores themselves.
  private let template: [CategoryScore]
  private let values: [(score: Double, findings: Int)]?

  /// Scores for the pack's categories; a NaN score means not evaluated.
  init(template: [CategoryScore], values: [(score: Double, findings: Int)]) {
    self.template = template
    self.values = values
  }

  /// A list holding these scores as they are.
  init(_ scores: [CategoryScore]) {
    self.template = scores
    self.values = nil
  }

  /// The category scores, in pack order.
  var scores: [CategoryScore] {
    guard let values else { return template }
    var scores = template
    for i in scores.indices {
      scores[i].score = values[i].score.isNaN ? nil : values[i].score
      scores[i].findings = values[i].findings
    }
    return scores
  }
}
