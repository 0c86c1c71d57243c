/// How a diff split the score change among the changed answers.
///
/// Scores are whole tenths of a point, and so are the shares: the shares of all changed answers
/// add up exactly to the score change, whatever the interactions between answers (a cap that
/// only lifts when two answers change, say).
public enum DiffAttribution: String, Sendable, Hashable, CaseIterable, Codable {
  /// Shapley values over the changed answers (up to `ReportDiff.shapleyLimit` of them): each
  /// answer gets its change to the score averaged over every order of making the changes, so
  /// points that two answers earn only together are shared between them equally. The averages are
  /// rounded to tenths by largest remainder (ties to the answer first in the pack), so the
  /// rounded shares still add up.
  case shapley
  /// More changed answers than Shapley values are worth computing for (they cost 2^n
  /// assessments): the changes are made one at a time, in the pack's question order, and each
  /// answer gets the score change of its own step. Points two answers earn only together go to the
  /// later one.
  case sequential
  /// A side is a saved JSON report, which keeps no answers: the score change is shown, and the
  /// rules that changed, but not split among answers.
  case unavailable
}
