/// A condition that, when it holds, is a finding: a gap in the project.
public struct Rule: Sendable {
  /// The rule's id, such as `distribution.no-owned-channel`.
  public let id: String
  /// A title a founder understands.
  public let title: String
  /// The category it is scored in.
  public let category: String
  /// How much a finding matters.
  public let severity: Severity
  /// Its weight within the category.
  public let weight: Double
  /// The condition, as written.
  public let condition: String
  /// Why the gap matters.
  public let why: String
  /// What to do about it.
  public let fix: String
  /// The section of the essay it comes from.
  public let source: String?
  /// Where the rule is defined.
  public let location: SourceRange

  let compiled: CompiledExpression
  let parsed: Expression
  let conditionText: SourceText
  /// Slots the condition names directly, in order of first use: its evidence.
  let evidenceSlots: [Int]
  /// Question slots the condition depends on, directly or through facts, in question order.
  let questionSlots: [Int]
  let categoryIndex: Int
}
