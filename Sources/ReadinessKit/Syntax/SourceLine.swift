#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
      guard let base = buffer.baseAddress else {
        body(decode(buffer, number: 1))
        return
      }
      // Line ends are found with `memchr` and each line's flags eight bytes at a time, not byte by
      // byte: under the fuzzers' coverage instrumentation every comparison of a byte is a call,
      // and those calls were a large share of the time spent reading a questionnaire.
      var lineStart = start
      while true {
        var lineEnd = buffer.count
        if lineStart < buffer.count, let found = memchr(base + lineStart, 0x0A, buffer.count - lineStart) {
          lineEnd = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        // A last line that is empty is no line, unless it is all the file holds.
        if lineEnd == buffer.count && lineStart == lineEnd && lineEnd > start { break }
        var end = lineEnd
        // The CR of a CRLF ending is not part of the line.
        if end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
        let slice = UnsafeBufferPointer(rebasing: buffer[lineStart..<end])
        let (high, control) = flags(slice)
        var line = decode(slice, number: number, ascii: !high)
        line.isASCII = !high
        line.mayHoldControl = control
        body(line)
        number += 1
        if lineEnd == buffer.count { break }
        lineStart = lineEnd + 1
      }
    }
  }

  /// Whether `bytes` hold a byte past ASCII, and whether they hold one that can start a control
  /// character (`mayHoldControl`), read eight bytes at a time.
  static func flags(_ bytes: UnsafeBufferPointer<UInt8>) -> (high: Bool, control: Bool) {
    var high = false
    var control = false
    var i = 0
    if let base = bytes.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let tops: UInt64 = 0x8080_8080_8080_8080
      // Standard word tricks: `(w - ones * n) & ~w & tops` is non-zero exactly when some byte of
      // `w` is below `n` (for `n` up to 128); a byte equal to `b` is a zero byte of `w ^ ones * b`.
      func hasLess(_ w: UInt64, _ n: UInt64) -> Bool { (w &- ones &* n) & ~w & tops != 0 }
      func hasByte(_ w: UInt64, _ b: UInt64) -> Bool { hasLess(w ^ (ones &* b), 1) }
      while i + 8 <= bytes.count && !(high && control) {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if word & tops != 0 {
          high = true
          if hasByte(word, 0xC2) { control = true }
        }
        // A tab is below 0x20 but no control for this purpose: such a word is looked at byte by byte.
        if !control && (hasLess(word, 0x20) || hasByte(word, 0x7F)) {
          for k in i..<(i + 8) where isControlStart(bytes[k]) { control = true }
        }
        i += 8
      }
    }
    while i < bytes.count {
      let byte = bytes[i]
      if byte >= 0x80 { high = true }
      if isControlStart(byte) { control = true }
      i += 1
    }
    return (high, control)
  }

  /// A byte below 0x20 other than a tab, 0x7F, or 0xC2 (the lead byte of U+0080–U+009F).
  private static func isControlStart(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2
  }

  /// Splits text that is already valid Unicode; the same rules as for bytes.
  /// - Parameter text: The file's contents.
  /// - Returns: The lines, numbered from 1.
  static func split(_ text: String) -> [SourceLine] {
    split(Array(text.utf8))
  }

  /// - Parameter ascii: Whether the bytes are known to be ASCII (the split's flags found no byte
  ///   past it), so that they need no second look to be known well-formed.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, ascii: Bool = false) -> SourceLine {
    if ascii {
      return SourceLine(number: number, text: String(decoding: bytes, as: UTF8.self), invalidUTF8Column: nil)
    }
    if let text = String(wellFormedUTF8: bytes) {
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
