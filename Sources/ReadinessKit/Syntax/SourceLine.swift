/// One line of an input file, as split by `SourceLine.split(_:)`.
struct SourceLine: Sendable {
  /// The 1-based line number.
  var number: Int
  /// The line's text without its line ending; invalid UTF-8 is replaced by U+FFFD.
  var text: String
  /// The 1-based column of the first byte that is not valid UTF-8, if any.
  var invalidUTF8Column: Int?
  /// Whether every byte of the line is ASCII, so that each byte is one character.
  var isASCII = false
  /// Whether the line has a byte that can start a control character other than a tab: a byte
  /// below 0x20, 0x7F, or 0xC2 (the lead byte of U+0080–U+009F). Without one it has none.
  var mayHoldControl = true

  /// Splits raw bytes into lines: a leading UTF-8 byte-order mark is dropped, and both LF and CRLF
  /// end a line. Each line is decoded on its own, so one bad byte spoils one line, not the file.
  /// - Parameter bytes: The file's contents.
  /// - Returns: The lines, numbered from 1.
  static func split(_ bytes: [UInt8]) -> [SourceLine] {
    var lines: [SourceLine] = []
    forEach(bytes) { lines.append($0) }
    return lines
  }

  /// Calls `body` with each line in turn, as `split(_:)` would give them, holding one at a time:
  /// a file of millions of lines (comments, blanks) then needs no memory per line.
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - body: What to do with each line.
  static func forEach(_ bytes: [UInt8], _ body: (SourceLine) -> Void) {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    var number = 1
    bytes.withUnsafeBufferPointer { buffer in
      var lineStart = start
      var index = start
      // Found on the way, one byte at a time, so readers need not scan the line's text again.
      var high = false
      var control = false
      while index <= buffer.count {
        if index == buffer.count || buffer[index] == 0x0A {
          if index == buffer.count && lineStart == index && index > start { break }
          var end = index
          if end > lineStart && buffer[end - 1] == 0x0D {
            end -= 1
            // The CR of a CRLF ending is not part of the line: look again without it.
            if control { control = hasControl(buffer, lineStart, end) }
          }
          let slice = UnsafeBufferPointer(rebasing: buffer[lineStart..<end])
          var line = decode(slice, number: number)
          line.isASCII = !high
          line.mayHoldControl = control
          body(line)
          number += 1
          lineStart = index + 1
          high = false
          control = false
        } else {
          let byte = buffer[index]
          if byte >= 0x80 {
            high = true
            if byte == 0xC2 { control = true }
          } else if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            control = true
          }
        }
        index += 1
      }
    }
  }

  /// Splits text that is already valid Unicode; the same rules as for bytes.
  /// - Parameter text: The file's contents.
  /// - Returns: The lines, numbered from 1.
  static func split(_ text: String) -> [SourceLine] {
    split(Array(text.utf8))
  }

  private static func hasControl(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    buffer[start..<end].contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }
  }

  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> SourceLine {
    if let text = String(validating: bytes, as: UTF8.self) {
      return SourceLine(number: number, text: text, invalidUTF8Column: nil)
    }
    // Find where decoding first fails so the diagnostic can point at it.
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var scalars = String.UnicodeScalarView()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput, .error: break loop
      }
    }
    let column = String(scalars).count + 1
    return SourceLine(number: number, text: String(decoding: bytes, as: UTF8.self), invalidUTF8Column: column)
  }
}
