/// A small change to one condition of a rule (or of one of its tiers) that the pack's examples
/// should notice: a comparison flipped, a threshold moved to its neighbour, a conjunct or disjunct
/// dropped. A mutant no example notices shows a part of the rule the examples do not pin down.
public struct Mutant: Sendable, Hashable {
  /// The rule whose condition (or whose tier's) is changed.
  public var rule: String
  /// The key of the changed condition: `when`, `applies_if`, or `tier <id>`.
  public var condition: String
  /// What changed, in words: `with '<=' for '<'`, `with 4 for 3`, `without 'p'`.
  public var change: String
  /// Where the changed part is written.
  public var location: SourceRange
  /// Whether some example notices the change (an expectation that then fails).
  public var killed: Bool
}
