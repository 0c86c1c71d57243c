/// Wraps prose to a width, breaking at spaces; words longer than the width are cut.
///
/// Takes time linear in the text's length: a word's length is counted once and then kept up to
/// date as pieces are cut off, since counting the characters left after each cut made a long
/// word without spaces (an answer shown as evidence) take quadratic time.
struct TextWrapper {
  /// Wraps text.
  /// - Parameters:
  ///   - text: The text; runs of white space count as one space.
  ///   - width: The most characters per line (at least 10).
  ///   - indent: Characters put before every line.
  ///   - firstIndent: Characters put before the first line instead of `indent`.
  /// - Returns: The lines, each without a newline.
  static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
    let first = firstIndent ?? indent
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    for word in words {
      var rest = Substring(word)
      var restCount = rest.count
      while restCount > 0 {
        let prefix = lines.isEmpty ? first : indent
        let room = max(10, width) - line.count - (lineHasWord ? 1 : 0)
        if restCount <= room {
          line += (lineHasWord ? " " : "") + rest
          lineHasWord = true
          rest = ""
          restCount = 0
        } else if lineHasWord {
          lines.append(line)
          line = indent
          lineHasWord = false
        } else {
          let take = max(1, max(10, width) - prefix.count)
          line += rest.prefix(take)
          rest = rest.dropFirst(take)
          restCount -= min(take, restCount)
          lines.append(line)
          line = indent
          lineHasWord = false
        }
      }
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines
  }
}
