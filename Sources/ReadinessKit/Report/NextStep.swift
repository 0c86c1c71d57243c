/// A fix worth doing next, with what it is worth.
public struct NextStep: Codable, Sendable, Hashable {
  /// The rule whose finding the fix closes.
  public var rule: String
  /// The fix.
  public var fix: String
  /// How much the overall score rises if that rule passes.
  public var scoreGain: Double
  /// About how many hours the fix takes in its first week, when the pack says (`effort`).
  public var effort: Double?
  /// The other findings the same work answers (their rules pull the same `lever`), whose gains
  /// `scoreGain` includes.
  public var alsoCloses: [String]

  /// Makes a next step.
  /// - Parameters:
  ///   - rule: The rule whose finding the fix closes.
  ///   - fix: The fix.
  ///   - scoreGain: How much the overall score rises if that rule passes.
  ///   - effort: About how many hours the fix takes in its first week, if known.
  ///   - alsoCloses: The other findings the same work answers.
  public init(rule: String, fix: String, scoreGain: Double, effort: Double? = nil, alsoCloses: [String] = []) {
    self.rule = rule
    self.fix = fix
    self.scoreGain = scoreGain
    self.effort = effort
    self.alsoCloses = alsoCloses
  }

  /// Decodes a next step; one written before `also_closes` existed closes only its own finding.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    rule = try c.decode(String.self, forKey: .rule)
    fix = try c.decode(String.self, forKey: .fix)
    scoreGain = try c.decode(Double.self, forKey: .scoreGain)
    effort = try c.decodeIfPresent(Double.self, forKey: .effort)
    alsoCloses = try c.decodeIfPresent([String].self, forKey: .alsoCloses) ?? []
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case rule, fix
    case scoreGain = "score_gain"
    case effort = "effort_hours"
    case alsoCloses = "also_closes"
  }
}
