/// A step of the readiness gradient, such as `launch-ready`.
public struct Stage: Sendable {
  /// The stage's id.
  public let id: String
  /// Its title, as a person reads it.
  public let title: String
  /// Its place on the gradient: higher is further along.
  public let rank: Int
  /// The condition, as written.
  public let condition: String
  /// A longer description, if the pack gives one.
  public let description: String?
  /// Where the stage is defined.
  public let location: SourceRange

  let compiled: CompiledExpression
}
