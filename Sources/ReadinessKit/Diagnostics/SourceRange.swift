/// A span of source text: where it starts, and how many characters it covers on its first line.
///
/// A range is shown as a caret under its start and tildes under the rest of the span on that line,
/// so the length is measured on the start line only.
public struct SourceRange: Sendable, Hashable, Comparable {
  /// Where the span starts.
  public var start: SourceLocation
  /// How many characters the span covers on its start line (at least 1).
  public var length: Int
  /// The text of the start line, kept so diagnostics can show it without reading the file again.
  public var lineText: String

  /// Creates a range.
  /// - Parameters:
  ///   - start: Where the span starts.
  ///   - length: How many characters it covers on its start line; values below 1 count as 1.
  ///   - lineText: The text of the start line.
  public init(start: SourceLocation, length: Int, lineText: String) {
    self.start = start
    self.length = max(1, length)
    self.lineText = lineText
  }

  /// Orders ranges by their start.
  /// - Parameters:
  ///   - lhs: The first range.
  ///   - rhs: The second range.
  /// - Returns: Whether `lhs` starts before `rhs`.
  public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    return lhs.length < rhs.length
  }
}
