/// A value from a rule file, possibly joined from several continuation lines, that remembers where
/// each of its pieces came from so any offset in it maps back to a line and column.
public struct SourceText: Sendable, Hashable {
  /// Where one piece of the joined text starts.
  struct Segment: Sendable, Hashable {
    /// UTF-8 offset of the piece in `text`.
    var offset: Int
    /// The piece's line.
    var line: Int
    /// The piece's first column on that line.
    var column: Int
    /// The whole text of that line.
    var lineText: String
  }

  /// The joined text; continuation lines are joined with a single space.
  public private(set) var text: String
  /// The file the text came from.
  public let file: String
  var segments: [Segment]

  /// Creates a text that starts at a given position.
  /// - Parameters:
  ///   - text: The text.
  ///   - file: The file it came from.
  ///   - line: Its line.
  ///   - column: Its first column.
  ///   - lineText: The whole line it sits on.
  init(_ text: String, file: String, line: Int, column: Int, lineText: String) {
    self.text = text
    self.file = file
    self.segments = [Segment(offset: 0, line: line, column: column, lineText: lineText)]
  }

  /// Appends a continuation line's text, separated by a space.
  mutating func append(_ piece: String, line: Int, column: Int, lineText: String) {
    text += " "
    segments.append(Segment(offset: text.utf8.count, line: line, column: column, lineText: lineText))
    text += piece
  }

  /// A part of the text that still knows where each of its pieces came from.
  /// - Parameter utf8: Offsets into `text.utf8`.
  /// - Returns: The part, as if it had been written alone at its place.
  func slice(_ utf8: Range<Int>) -> SourceText {
    let bytes = Array(text.utf8)
    let lower = min(max(0, utf8.lowerBound), bytes.count)
    let upper = min(max(lower, utf8.upperBound), bytes.count)
    var index = 0
    for (i, segment) in segments.enumerated() where segment.offset <= lower { index = i }
    let first = segments[index]
    var part = SourceText(
      String(decoding: bytes[lower..<upper], as: UTF8.self), file: file, line: first.line,
      column: first.column + characters(first.offset, lower), lineText: first.lineText)
    for segment in segments[(index + 1)...] where segment.offset < upper {
      part.segments.append(
        Segment(offset: segment.offset - lower, line: segment.line, column: segment.column, lineText: segment.lineText))
    }
    return part
  }

  /// The range of the whole text (its first line).
  public var range: SourceRange { range(0..<text.utf8.count) }

  /// Maps a UTF-8 range of `text` to a source range.
  /// - Parameter utf8: Offsets into `text.utf8`.
  /// - Returns: The range, clipped to the line the start is on.
  func range(_ utf8: Range<Int>) -> SourceRange {
    let total = text.utf8.count
    let lower = min(max(0, utf8.lowerBound), total)
    let upper = min(max(lower, utf8.upperBound), total)
    var index = 0
    for (i, segment) in segments.enumerated() where segment.offset <= lower { index = i }
    let segment = segments[index]
    let segmentEnd = index + 1 < segments.count ? segments[index + 1].offset - 1 : total
    let column = segment.column + characters(segment.offset, lower)
    let length = characters(lower, min(max(lower, upper), max(lower, segmentEnd)))
    return SourceRange(
      start: SourceLocation(file: file, line: segment.line, column: column), length: length,
      lineText: segment.lineText)
  }

  private func characters(_ from: Int, _ to: Int) -> Int {
    guard to > from else { return 0 }
    // Columns of every answer in an example are counted from the start of its value, so counting
    // by graphemes made compiling the built-in pack quadratic. ASCII other than CR and LF is one
    // character a byte, and bounded by ASCII on both sides no grapheme crosses the ends.
    var copy = text
    let ascii = copy.withUTF8 { bytes -> Bool in
      guard from >= 0, to <= bytes.count else { return false }
      if from > 0 && bytes[from - 1] >= 0x80 { return false }
      if to < bytes.count && bytes[to] >= 0x80 { return false }
      for i in from..<to where bytes[i] >= 0x80 || bytes[i] == 0x0D || bytes[i] == 0x0A { return false }
      return true
    }
    if ascii { return to - from }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: from)
    let end = utf8.index(utf8.startIndex, offsetBy: to)
    return text[start..<end].count
  }
}
