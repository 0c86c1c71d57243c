/// A rule that could not be settled.
public struct UnknownRule: Codable, Sendable, Hashable {
  /// The rule's id.
  public var rule: String
  /// The unanswered questions it depends on.
  public var missing: [String]

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case rule, missing
  }
}
