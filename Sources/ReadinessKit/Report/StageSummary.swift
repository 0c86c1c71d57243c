/// The stage a project reached.
public struct StageSummary: Codable, Sendable, Hashable {
  /// The stage's id, such as `launch-ready`.
  public var id: String
  /// Its title.
  public var title: String

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case id, title
  }
}
