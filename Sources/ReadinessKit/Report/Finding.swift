/// A fired rule: a gap, why it matters, and what to do.
///
/// A finding is cheap to make and to copy: the rule's texts live in one shared, immutable box that
/// the pack builds once per rule, and the evidence values of a report share one buffer. Setting a
/// property replaces the box, so findings stay values.
public struct Finding: Sendable {
  /// The rule's texts and the names of its evidence.
  final class Texts: Sendable {
    let rule: String
    let title: String
    let category: String
    let why: String
    let fix: String
    let source: String?
    let evidenceNames: [String]

    init(
      rule: String, title: String, category: String, why: String, fix: String, source: String?, evidenceNames: [String]
    ) {
      self.rule = rule
      self.title = title
      self.category = category
      self.why = why
      self.fix = fix
      self.source = source
      self.evidenceNames = evidenceNames
    }

    /// A copy with some texts replaced.
    func with(
      rule: String? = nil, title: String? = nil, category: String? = nil, why: String? = nil, fix: String? = nil,
      source: String?? = nil, evidenceNames: [String]? = nil
    ) -> Texts {
      Texts(
        rule: rule ?? self.rule, title: title ?? self.title, category: category ?? self.category, why: why ?? self.why,
        fix: fix ?? self.fix, source: source ?? self.source, evidenceNames: evidenceNames ?? self.evidenceNames)
    }
  }

  private var texts: Texts
  /// The evidence values, in the order of `texts.evidenceNames`.
  private var evidenceValues: ArraySlice<EvidenceValue>

  /// How much it matters.
  public var severity: Severity
  /// The rule's weight.
  public var weight: Double

  init(texts: Texts, severity: Severity, weight: Double, evidence: ArraySlice<EvidenceValue>) {
    self.texts = texts
    self.severity = severity
    self.weight = weight
    self.evidenceValues = evidence
  }

  /// Makes a finding.
  /// - Parameters:
  ///   - rule: The rule's id.
  ///   - title: The rule's title.
  ///   - category: The rule's category.
  ///   - severity: How much it matters.
  ///   - weight: The rule's weight.
  ///   - why: Why it matters.
  ///   - fix: What to do.
  ///   - source: The essay section it comes from.
  ///   - evidence: The values the condition read.
  public init(
    rule: String, title: String, category: String, severity: Severity, weight: Double, why: String, fix: String,
    source: String?, evidence: [Evidence]
  ) {
    self.init(
      texts: Texts(
        rule: rule, title: title, category: category, why: why, fix: fix, source: source,
        evidenceNames: evidence.map(\.name)),
      severity: severity, weight: weight, evidence: ArraySlice(evidence.map(\.value)))
  }

  /// The rule's id.
  public var rule: String {
    get { texts.rule }
    set { texts = texts.with(rule: newValue) }
  }
  /// The rule's title.
  public var title: String {
    get { texts.title }
    set { texts = texts.with(title: newValue) }
  }
  /// The rule's category.
  public var category: String {
    get { texts.category }
    set { texts = texts.with(category: newValue) }
  }
  /// Why it matters.
  public var why: String {
    get { texts.why }
    set { texts = texts.with(why: newValue) }
  }
  /// What to do.
  public var fix: String {
    get { texts.fix }
    set { texts = texts.with(fix: newValue) }
  }
  /// The essay section it comes from, or `nil`.
  public var source: String? {
    get { texts.source }
    set { texts = texts.with(source: .some(newValue)) }
  }
  /// The answers and facts the condition read, with their values.
  public var evidence: [Evidence] {
    get { zip(texts.evidenceNames, evidenceValues).map { Evidence(name: $0, value: $1) } }
    set {
      texts = texts.with(evidenceNames: newValue.map(\.name))
      evidenceValues = ArraySlice(newValue.map(\.value))
    }
  }

  /// Calls `body` with each piece of evidence, without building the array.
  func forEachEvidence(_ body: (String, EvidenceValue) -> Void) {
    for (name, value) in zip(texts.evidenceNames, evidenceValues) { body(name, value) }
  }
}

extension Finding: Hashable {
  /// Findings are equal when every field is.
  /// - Parameters:
  ///   - lhs: A finding.
  ///   - rhs: Another finding.
  /// - Returns: Whether they are equal.
  public static func == (lhs: Finding, rhs: Finding) -> Bool {
    guard lhs.severity == rhs.severity, lhs.weight == rhs.weight, lhs.evidenceValues.elementsEqual(rhs.evidenceValues)
    else {
      return false
    }
    if lhs.texts === rhs.texts { return true }
    return lhs.rule == rhs.rule && lhs.title == rhs.title && lhs.category == rhs.category && lhs.why == rhs.why
      && lhs.fix == rhs.fix && lhs.source == rhs.source && lhs.texts.evidenceNames == rhs.texts.evidenceNames
  }

  /// Hashes every field.
  /// - Parameter hasher: The hasher.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(rule)
    hasher.combine(title)
    hasher.combine(category)
    hasher.combine(severity)
    hasher.combine(weight)
    hasher.combine(why)
    hasher.combine(fix)
    hasher.combine(source)
    hasher.combine(evidence)
  }
}

extension Finding: Codable {
  enum CodingKeys: String, CodingKey {
    case rule, title, category, severity, weight, why, fix, source, evidence
  }

  /// Decodes a finding.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` when a field is missing or has the wrong type.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      rule: try c.decode(String.self, forKey: .rule), title: try c.decode(String.self, forKey: .title),
      category: try c.decode(String.self, forKey: .category), severity: try c.decode(Severity.self, forKey: .severity),
      weight: try c.decode(Double.self, forKey: .weight), why: try c.decode(String.self, forKey: .why),
      fix: try c.decode(String.self, forKey: .fix), source: try c.decodeIfPresent(String.self, forKey: .source),
      evidence: try c.decode([Evidence].self, forKey: .evidence))
  }

  /// Encodes a finding.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rule, forKey: .rule)
    try c.encode(title, forKey: .title)
    try c.encode(category, forKey: .category)
    try c.encode(severity, forKey: .severity)
    try c.encode(weight, forKey: .weight)
    try c.encode(why, forKey: .why)
    try c.encode(fix, forKey: .fix)
    try c.encodeIfPresent(source, forKey: .source)
    try c.encode(evidence, forKey: .evidence)
  }
}
