/// A rule whose state differs between the two reports of a diff, and the answers that moved it.
public struct RuleChange: Sendable, Hashable {
  /// How a rule's state changed, in the order a diff lists the kinds: what got worse first.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    /// It was not a finding and now is.
    case opened
    /// It is a finding both times, now more severe.
    case worse
    /// It is a finding both times with the same severity, graded by another tier.
    case regraded
    /// It is a finding both times, now less severe.
    case milder
    /// It was a finding and no longer is.
    case closed
    /// Neither side is a finding: it moved between passed, unknown and not applicable.
    case other
  }

  /// The rule's id.
  public var rule: String
  /// What the rule is about, in words: its finding's title when it fired on either side.
  public var title: String
  /// The rule's category id, when known.
  public var category: String?
  /// Its state in the old report; `nil` when that report does not mention it.
  public var old: RuleState?
  /// Its state in the new report; `nil` when that report does not mention it.
  public var new: RuleState?
  /// The changed answers that moved it, as question ids in the pack's order: an answer is a cause
  /// when changing it alone, on top of some of the other changes, changes the rule's state (with
  /// the ordered split: when it changes the state at its step). Empty when answers are unknown.
  public var causes: [String]

  /// Makes a rule change.
  /// - Parameters:
  ///   - rule: The rule's id.
  ///   - title: What the rule is about.
  ///   - category: The rule's category id.
  ///   - old: Its old state.
  ///   - new: Its new state.
  ///   - causes: The changed answers that moved it.
  public init(
    rule: String, title: String, category: String?, old: RuleState?, new: RuleState?, causes: [String] = []
  ) {
    self.rule = rule
    self.title = title
    self.category = category
    self.old = old
    self.new = new
    self.causes = causes
  }

  /// What kind of change it is.
  public var kind: Kind {
    let before = old?.outcome == .fired ? old?.severity : nil
    let after = new?.outcome == .fired ? new?.severity : nil
    switch (before, after) {
    case (nil, nil): return .other
    case (nil, _?): return .opened
    case (_?, nil): return .closed
    case (let b?, let a?): return a > b ? .worse : a < b ? .milder : .regraded
    }
  }

  /// The severity that orders it among changes of its kind: its finding's, new side first.
  var shownSeverity: Severity? {
    (new?.outcome == .fired ? new?.severity : nil) ?? (old?.outcome == .fired ? old?.severity : nil)
  }
}
