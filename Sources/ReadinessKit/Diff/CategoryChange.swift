/// One category's score in the two reports of a diff.
public struct CategoryChange: Sendable, Hashable {
  /// The category's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its old score; `nil` when not evaluated (or not in the old report).
  public var old: Double?
  /// Its new score; `nil` when not evaluated (or not in the new report).
  public var new: Double?

  /// Makes a category change.
  /// - Parameters:
  ///   - id: The category's id.
  ///   - title: Its title.
  ///   - old: Its old score.
  ///   - new: Its new score.
  public init(id: String, title: String, old: Double?, new: Double?) {
    self.id = id
    self.title = title
    self.old = old
    self.new = new
  }

  /// The change in points, rounded to one decimal; `nil` unless both sides have a score.
  public var change: Double? {
    guard let old, let new else { return nil }
    return ReportDiff.tenths(new - old)
  }

  /// Whether the score differs, counting "not evaluated" as a value of its own.
  public var changed: Bool { old != new }
}
