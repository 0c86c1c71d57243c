/// One `key = value` answer as written, before it is checked against the pack's questions.
struct AnswerItem: Sendable {
  var key: String
  var keyRange: SourceRange
  /// The value with quotes removed and escapes resolved; empty means "not answered".
  var value: String
  var valueRange: SourceRange
  /// For an unquoted value holding a `#` at its start or after white space: the value before that
  /// trailing comment, and its range. A question that takes anything but text reads this, since a
  /// `#` cannot be part of its answer; a text answer keeps its `#`, as files always did.
  var beforeComment: (value: String, range: SourceRange)? = nil
}

/// Reads a value that may be double-quoted, shared by questionnaire files and `[example]` answers.
enum QuotedValue {
  /// The outcome of reading a quoted value.
  enum Outcome {
    /// The value and the UTF-8 offset just past its closing quote.
    case value(String, end: Int)
    /// The quote opened at the start is never closed.
    case unterminated
    /// A backslash at this UTF-8 offset starts an unknown escape.
    case badEscape(at: Int)
  }

  /// Reads a quoted value whose opening `"` is at `start`; `\"` and `\\` are the escapes
  /// (`\n` and `\t` too, for text that needs them).
  /// - Parameters:
  ///   - bytes: The UTF-8 bytes of the text.
  ///   - start: The offset of the opening quote.
  /// - Returns: What was read.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Outcome {
    var out: [UInt8] = []
    var i = start + 1
    while i < bytes.count {
      let c = bytes[i]
      if c == 0x22 { return .value(String(decoding: out, as: UTF8.self), end: i + 1) }
      if c == 0x5C {
        guard i + 1 < bytes.count else { return .unterminated }
        switch bytes[i + 1] {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x6E: out.append(0x0A)
        case 0x74: out.append(0x09)
        default: return .badEscape(at: i)
        }
        i += 2
        continue
      }
      out.append(c)
      i += 1
    }
    return .unterminated
  }
}
