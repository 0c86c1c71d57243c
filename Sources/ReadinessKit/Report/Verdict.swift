/// The verdict of an assessment without the report around it: what `readiness batch` writes.
public struct Verdict: Sendable {
  /// The overall score, 0–100.
  public var score: Double
  /// The lowest score that answers to the open questions could give (`score` when every
  /// question is answered); `nil` when the range was not worked out (`batch --no-range`).
  public var scoreMin: Double?
  /// The highest score that answers to the open questions could give (`score` when every
  /// question is answered); `nil` when the range was not worked out.
  public var scoreMax: Double?
  /// The id of the stage reached: the lowest that answers to the open questions give.
  public var stage: String
  /// Ids of fired rules, most serious first (the order of `Report.findings`).
  public var fired: [String] {
    get { firedRules.ids }
    set { firedRules = RuleIDList(newValue) }
  }
  /// Ids of rules that could not be settled, in pack order.
  public var unknown: [String] {
    get { unknownRules.ids }
    set { unknownRules = RuleIDList(newValue) }
  }

  /// The rules as positions in the pack's rule ids: a batch makes a verdict per line on every
  /// core, and copying id strings would count references that the cores share.
  private(set) var firedRules: RuleIDList
  private(set) var unknownRules: RuleIDList

  /// Makes a verdict.
  /// - Parameters:
  ///   - score: The overall score, 0–100.
  ///   - stage: The id of the stage reached.
  ///   - fired: Ids of fired rules, most serious first.
  ///   - unknown: Ids of rules that could not be settled, in pack order.
  ///   - scoreMin: The lowest score the open questions allow, if worked out.
  ///   - scoreMax: The highest score the open questions allow, if worked out.
  public init(
    score: Double, stage: String, fired: [String], unknown: [String], scoreMin: Double? = nil, scoreMax: Double? = nil
  ) {
    self.init(
      score: score, scoreMin: scoreMin, scoreMax: scoreMax, stage: stage, firedRules: RuleIDList(fired),
      unknownRules: RuleIDList(unknown))
  }

  init(
    score: Double, scoreMin: Double?, scoreMax: Double?, stage: String, firedRules: RuleIDList, unknownRules: RuleIDList
  ) {
    self.score = score
    self.scoreMin = scoreMin
    self.scoreMax = scoreMax
    self.stage = stage
    self.firedRules = firedRules
    self.unknownRules = unknownRules
  }
}

extension Verdict: Hashable {
  /// Verdicts are equal when their score, score range, stage and rule ids are.
  /// - Parameters:
  ///   - lhs: A verdict.
  ///   - rhs: Another verdict.
  /// - Returns: Whether they are equal.
  public static func == (lhs: Verdict, rhs: Verdict) -> Bool {
    lhs.score == rhs.score && lhs.scoreMin == rhs.scoreMin && lhs.scoreMax == rhs.scoreMax && lhs.stage == rhs.stage
      && lhs.fired == rhs.fired && lhs.unknown == rhs.unknown
  }

  /// Hashes the score, score range, stage and rule ids.
  /// - Parameter hasher: The hasher.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(score)
    hasher.combine(scoreMin)
    hasher.combine(scoreMax)
    hasher.combine(stage)
    hasher.combine(fired)
    hasher.combine(unknown)
  }
}
