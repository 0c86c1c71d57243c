import Testing

/// Test input with its expected positions marked in place, in the manner of swift-format's
/// `MarkedText`: the keycap emoji `0️⃣` … `9️⃣` and `🔟`, which no real input contains, are removed
/// from the text, and each is remembered as the position of what followed it.
///
/// Positions are counted as the diagnostics count them (see `SourceLine` and `SourceLocation`):
/// lines are 1-based and end at LF or CRLF; columns are 1-based and count characters (extended
/// grapheme clusters), not bytes; a leading byte-order mark is not part of line 1. The UTF-8
/// offset is there for APIs that report offsets in the text, such as the lexer's.
///
/// ReadinessCLITests and EmbeddingTests compile this same file through symbolic links.
struct MarkedText {
  /// Where a marker was.
  struct Position: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    var line: Int
    /// The 1-based column, in characters.
    var column: Int
    /// The offset in the text's UTF-8 bytes (a leading byte-order mark included).
    var utf8Offset: Int

    /// `line:column`, as it follows the file name in a diagnostic.
    var description: String { "\(line):\(column)" }
  }

  /// The markers, in the order of their numbers.
  static let markers = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

  /// The text without its markers.
  let text: String
  /// Each marker's position in `text`.
  let positions: [String: Position]

  /// Strips the markers from `marked` and records where each was; a marker used twice is an issue.
  init(_ marked: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let scalars = Array(marked.unicodeScalars)
    var text = String.UnicodeScalarView()
    var offsets: [String: Int] = [:]
    var utf8Count = 0
    var i = 0
    while i < scalars.count {
      let marker = Self.marker(in: scalars, at: i)
      if let marker {
        if offsets[marker.name] != nil {
          Issue.record("marker \(marker.name) is used twice", sourceLocation: sourceLocation)
        }
        offsets[marker.name] = utf8Count
        i += marker.length
      } else {
        text.append(scalars[i])
        utf8Count += UTF8.width(scalars[i])
        i += 1
      }
    }
    self.text = String(text)
    self.positions = offsets.mapValues { Self.position(ofUTF8Offset: $0, in: text) }
  }

  /// The position of `marker`; a marker missing from the text is an issue.
  subscript(_ marker: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Position {
    guard let position = positions[marker] else {
      Issue.record("no marker \(marker) in the text", sourceLocation: sourceLocation)
      return Position(line: 0, column: 0, utf8Offset: -1)
    }
    return position
  }

  /// Every marker's position, in the order of the markers' numbers.
  var orderedPositions: [Position] {
    Self.markers.compactMap { positions[$0] }
  }

  /// The marker starting at `index`, if one does: its name and its length in scalars.
  private static func marker(in scalars: [Unicode.Scalar], at index: Int) -> (name: String, length: Int)? {
    if scalars[index] == "\u{1F51F}" { return ("🔟", 1) }
    guard index + 2 < scalars.count, ("0"..."9").contains(scalars[index]), scalars[index + 1] == "\u{FE0F}",
      scalars[index + 2] == "\u{20E3}"
    else { return nil }
    return (String(String.UnicodeScalarView(scalars[index...(index + 2)])), 3)
  }

  /// The line and column of a UTF-8 offset, counted as `SourceLine` counts them.
  private static func position(ofUTF8Offset offset: Int, in text: String.UnicodeScalarView) -> Position {
    var line = 1
    var lineStart = text.startIndex
    var index = text.startIndex
    var utf8 = 0
    if text.first == "\u{FEFF}" {
      utf8 = UTF8.width("\u{FEFF}")
      index = text.index(after: index)
      lineStart = index
    }
    while utf8 < offset {
      let scalar = text[index]
      index = text.index(after: index)
      utf8 += UTF8.width(scalar)
      if scalar == "\n" {
        line += 1
        lineStart = index
      }
    }
    let column = String(String.UnicodeScalarView(text[lineStart..<index])).count + 1
    return Position(line: line, column: column, utf8Offset: offset)
  }
}
