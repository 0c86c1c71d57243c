/// The verdict of an assessment without the report around it: what `readiness batch` writes.
public struct Verdict: Sendable {
  /// The overall score, 0–100.
  public var score: Double
  /// The id of the stage reached.
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
  public init(score: Double, stage: String, fired: [String], unknown: [String]) {
    self.init(score: score, stage: stage, firedRules: RuleIDList(fired), unknownRules: RuleIDList(unknown))
  }

  init(score: Double, stage: String, firedRules: RuleIDList, unknownRules: RuleIDList) {
    self.score = score
    self.stage = stage
    self.firedRules = firedRules
    self.unknownRules = unknownRules
  }
}

extension Verdict: Hashable {
  /// Verdicts are equal when their score, stage and rule ids are.
  /// - Parameters:
  ///   - lhs: A verdict.
  ///   - rhs: Another verdict.
  /// - Returns: Whether they are equal.
  public static func == (lhs: Verdict, rhs: Verdict) -> Bool {
    lhs.score == rhs.score && lhs.stage == rhs.stage && lhs.fired == rhs.fired && lhs.unknown == rhs.unknown
  }

  /// Hashes the score, stage and rule ids.
  /// - Parameter hasher: The hasher.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(score)
    hasher.combine(stage)
    hasher.combine(fired)
    hasher.combine(unknown)
  }
}
