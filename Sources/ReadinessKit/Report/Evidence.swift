/// One value a rule's condition read.
public struct Evidence: Codable, Sendable, Hashable {
  /// The question or fact id.
  public var name: String
  /// Its value (`nil` when unknown).
  public var value: EvidenceValue

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case name, value
  }
}
