/// Positions and lengths on one line, in characters as diagnostics count them, for both parsers.
///
/// On a line of ASCII every byte is one character (a line has no CR LF inside it), so positions,
/// lengths and the ASCII marks the parsers look for are found on the bytes, with the same results
/// as on characters and without walking them; any other line is read on its characters.
struct LineMeasure {
  /// Whether the line is read on its bytes.
  let ascii: Bool

  /// - Parameters:
  ///   - line: The line.
  ///   - fastPath: Whether a line of ASCII may be read on its bytes; off only for tests, which
  ///     check that it changes nothing.
  init(_ line: SourceLine, fastPath: Bool) {
    ascii = fastPath && line.isASCII
  }

  /// How many characters `part` holds.
  func count(_ part: Substring) -> Int { ascii ? part.utf8.count : part.count }

  /// How many characters lie from the start of `part` to `end`.
  func distance(_ part: Substring, to end: String.Index) -> Int {
    ascii ? part.utf8.distance(from: part.startIndex, to: end) : part.distance(from: part.startIndex, to: end)
  }

  /// Where the first character that is exactly the ASCII `mark` stands in `part`.
  func firstIndex(of mark: UInt8, in part: Substring) -> String.Index? {
    ascii ? part.utf8.firstIndex(of: mark) : part.firstIndex(of: Character(Unicode.Scalar(mark)))
  }

  /// Whether `part` starts with the character that is exactly the ASCII `mark`.
  func starts(_ part: Substring, with mark: UInt8) -> Bool {
    ascii ? part.utf8.first == mark : part.first == Character(Unicode.Scalar(mark))
  }

  /// How many spaces and tabs start `part`, and what follows them.
  func droppingLeadingBlanks(_ part: Substring) -> (count: Int, rest: Substring) {
    // A first byte that is neither is a first character that is neither, on any line.
    guard let first = part.utf8.first, first == 0x20 || first == 0x09 else { return (0, part) }
    if ascii {
      let count = part.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
      return (count, part[part.utf8.index(part.startIndex, offsetBy: count)...])
    }
    let count = part.prefix { $0 == " " || $0 == "\t" }.count
    return (count, part.dropFirst(count))
  }

  /// `part` without trailing spaces and tabs.
  func trimmingTrailingWhitespace(_ part: Substring) -> Substring {
    ascii ? part.trimmingTrailingASCIIWhitespace() : part.trimmingTrailingWhitespace()
  }

  /// `part` without leading and trailing spaces and tabs.
  func trimmingWhitespace(_ part: Substring) -> Substring {
    guard ascii else { return part.trimmingWhitespace() }
    let trailing = part.trimmingTrailingASCIIWhitespace()
    let start = trailing.utf8.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? trailing.endIndex
    return trailing[start...]
  }
}
