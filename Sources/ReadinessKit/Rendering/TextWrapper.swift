/// Wraps prose to a width, breaking at spaces; words longer than the width are cut.
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
      while !rest.isEmpty {
        let prefix = lines.isEmpty ? first : indent
        let room = max(10, width) - line.count - (lineHasWord ? 1 : 0)
        if rest.count <= room {
          line += (lineHasWord ? " " : "") + rest
          lineHasWord = true
          rest = ""
        } else if lineHasWord {
          lines.append(line)
          line = indent
          lineHasWord = false
        } else {
          let take = max(1, max(10, width) - prefix.count)
          line += rest.prefix(take)
          rest = rest.dropFirst(take)
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
