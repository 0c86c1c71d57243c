/// A scored group of rules, such as `distribution`.
public struct Category: Sendable, Hashable {
  /// The category's id, as rules name it.
  public let id: String
  /// The category's title, as a person reads it.
  public let title: String
  /// The category's weight in the overall score.
  public let weight: Double
  /// A longer description, if the pack gives one.
  public let description: String?
  /// Where the category is defined.
  public let location: SourceRange
}
