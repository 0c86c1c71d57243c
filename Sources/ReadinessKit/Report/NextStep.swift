/// A fix worth doing next, with what it is worth.
public struct NextStep: Sendable {
  /// The texts of the rule, shared with its finding: copying a step copies one reference.
  private var texts: Finding.Texts
  /// How much the overall score rises if that rule passes.
  public var scoreGain: Double

  init(texts: Finding.Texts, scoreGain: Double) {
    self.texts = texts
    self.scoreGain = scoreGain
  }

  /// Makes a next step.
  /// - Parameters:
  ///   - rule: The rule whose finding the fix closes.
  ///   - fix: The fix.
  ///   - scoreGain: How much the overall score rises if that rule passes.
  public init(rule: String, fix: String, scoreGain: Double) {
    self.init(
      texts: Finding.Texts(rule: rule, title: "", category: "", why: "", fix: fix, source: nil, evidenceNames: []),
      scoreGain: scoreGain)
  }

  /// The rule whose finding the fix closes.
  public var rule: String {
    get { texts.rule }
    set { texts = texts.with(rule: newValue) }
  }
  /// The fix.
  public var fix: String {
    get { texts.fix }
    set { texts = texts.with(fix: newValue) }
  }

  enum CodingKeys: String, CodingKey {
    case rule, fix
    case scoreGain = "score_gain"
  }
}

extension NextStep: Hashable {
  /// Steps are equal when their rule, fix and gain are.
  /// - Parameters:
  ///   - lhs: A step.
  ///   - rhs: Another step.
  /// - Returns: Whether they are equal.
  public static func == (lhs: NextStep, rhs: NextStep) -> Bool {
    lhs.scoreGain == rhs.scoreGain && lhs.rule == rhs.rule && lhs.fix == rhs.fix
  }

  /// Hashes the rule, fix and gain.
  /// - Parameter hasher: The hasher.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rule)
    hasher.combine(fix)
    hasher.combine(scoreGain)
  }
}

extension NextStep: Codable {
  /// Decodes a step.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rule: try c.decode(String.self, forKey: .rule), fix: try c.decode(String.self, forKey: .fix),
      scoreGain: try c.decode(Double.self, forKey: .scoreGain))
  }

  /// Encodes a step.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rule, forKey: .rule)
    try c.encode(fix, forKey: .fix)
    try c.encode(scoreGain, forKey: .scoreGain)
  }
}
