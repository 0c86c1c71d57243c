/// A category's score.
public struct CategoryScore: Codable, Sendable, Hashable {
  /// The category's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its score, 0–100, or `nil` when none of its rules could be evaluated.
  public var score: Double?
  /// Its weight in the overall score.
  public var weight: Double
  /// How many of its rules fired.
  public var findings: Int

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case id, title, score, weight, findings
  }
}
