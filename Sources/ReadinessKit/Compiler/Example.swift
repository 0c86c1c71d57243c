/// A questionnaire with the verdicts the pack must give for it: the pack's own test.
public struct Example: Sendable {
  /// The example's id.
  public let id: String
  /// What the example shows, if the pack says.
  public let description: String?
  /// Its answers.
  public let answers: Answers
  /// Rules that must fire.
  public let expectFires: [String]
  /// Rules that must pass.
  public let expectPasses: [String]
  /// Rules that must not apply (their `applies_if` is false).
  public let expectNotApplicable: [String]
  /// Tiers that must be the ones their rules' findings are graded by.
  public let expectTiers: [String]
  /// The stage it must reach, if given.
  public let expectStage: String?
  /// Where the example is defined.
  public let location: SourceRange

  let fireRanges: [SourceRange]
  let passRanges: [SourceRange]
  let notApplicableRanges: [SourceRange]
  let tierRanges: [SourceRange]
  let stageRange: SourceRange?
}
