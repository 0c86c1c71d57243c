/// A request `RulePack.plan(_:to:maxChanges:keep:budget:)` cannot make sense of.
public enum PlanError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The target is not a stage of the pack.
  case unknownStage(String, candidates: [String])
  /// A kept question is not one of the pack's.
  case unknownQuestion(String, candidates: [String])

  /// The message, with a did-you-mean.
  public var description: String {
    switch self {
    case .unknownStage(let id, let candidates):
      return "unknown stage '\(id)'"
        + Suggestion.didYouMean(id, in: candidates, otherwise: "; the stages are \(candidates.joined(separator: ", "))")
    case .unknownQuestion(let id, let candidates):
      return "unknown question '\(id)'" + Suggestion.didYouMean(id, in: candidates, otherwise: "")
    }
  }
}
