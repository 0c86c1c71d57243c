/// A position in a source file: the file's name and a 1-based line and column.
///
/// Columns count characters (extended grapheme clusters), so a caret printed under the column
/// lines up with what a person sees in an editor.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file's name as it should be shown to a person.
  public var file: String
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column number, in characters.
  public var column: Int

  /// Creates a location.
  /// - Parameters:
  ///   - file: The file's name as it should be shown to a person.
  ///   - line: The 1-based line number.
  ///   - column: The 1-based column number, in characters.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and terminals recognise.
  public var description: String { "\(file):\(line):\(column)" }

  /// Orders locations by file, then line, then column.
  /// - Parameters:
  ///   - lhs: The first location.
  ///   - rhs: The second location.
  /// - Returns: Whether `lhs` comes before `rhs`.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
