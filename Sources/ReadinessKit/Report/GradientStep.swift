/// One step of a pack's gradient, as a report carries it so that it renders without the pack.
public struct GradientStep: Codable, Sendable, Hashable {
  /// The stage's id, such as `launch-ready`.
  public var id: String
  /// Its title.
  public var title: String
  /// What reaching it means, if the pack says.
  public var description: String?

  /// Creates a step.
  /// - Parameters:
  ///   - id: The stage's id.
  ///   - title: Its title.
  ///   - description: What reaching it means.
  public init(id: String, title: String, description: String?) {
    self.id = id
    self.title = title
    self.description = description
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case id, title, description
  }
}
