/// One value a rule's condition read.
public struct Evidence: Codable, Sendable, Hashable {
  /// The question or fact id.
  public var name: String
  /// What reports call it: the question's `label` or the fact's `title`, or the id.
  public var label: String
  /// Its value (`nil` when unknown).
  public var value: EvidenceValue
  /// The value as a founder reads it, with its unit (`$12.40 a month`, `35%`, `yes`).
  public var text: String

  /// Makes a piece of evidence.
  /// - Parameters:
  ///   - name: The question or fact id.
  ///   - label: What reports call it (the id when `nil`).
  ///   - value: Its value.
  ///   - text: The value as a founder reads it (`value`'s own description when `nil`).
  public init(name: String, label: String? = nil, value: EvidenceValue, text: String? = nil) {
    self.name = name
    self.label = label ?? name
    self.value = value
    self.text = text ?? value.description
  }

  /// The JSON field names, which `JSONReportWriter` writes too.
  enum CodingKeys: String, CodingKey {
    case name, label, value, text
  }
}
