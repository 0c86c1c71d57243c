/// A named value computed from answers and other facts, such as `monthly_cash_costs`.
public struct Fact: Sendable {
  /// The fact's id, as expressions name it.
  public let id: String
  /// A title for people, if the pack gives one.
  public let title: String?
  /// A longer description, if the pack gives one.
  public let description: String?
  /// How its numbers read, as a question's `unit`.
  public let unit: String?
  /// The expression that computes it, as written.
  public let expression: String
  /// Where the fact is defined.
  public let location: SourceRange

  let compiled: CompiledExpression
  let slot: Int
  /// The expression's tree and its text, for `explain` to show what the fact is made of; `nil`
  /// when the fact did not compile.
  let source: (parsed: Expression, text: SourceText)?

  /// Its short name in reports: its title, or its id.
  public var shownName: String { title ?? id }
}
