/// Fits text to a terminal's width, breaking only between words: an id, a choice such as
/// `2) digital-product` or an option group such as `[--rules DIR]` is one unit and never split,
/// unless it alone is wider than the line.
enum Wrapping {
  /// A piece of text kept whole, and what separates it from the piece before it on a line.
  struct Unit: Sendable {
    var text: String
    var separator = " "
  }

  /// The words of prose, each a unit; runs of white space count as one space.
  static func words(_ text: String) -> [Unit] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { Unit(text: String($0)) }
  }

  /// Wraps prose.
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The most characters per line.
  ///   - indent: Put before every line but the first.
  ///   - firstIndent: Put before the first line.
  /// - Returns: The lines, without newlines.
  static func lines(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
    lines(words(text), width: width, indent: indent, firstIndent: firstIndent)
  }

  /// Wraps units.
  /// - Parameters:
  ///   - units: The pieces, in order.
  ///   - width: The most characters per line; at least 20 is used, so a tiny width still shows words.
  ///   - indent: Put before every line but the first.
  ///   - firstIndent: Put before the first line.
  /// - Returns: The lines, without newlines; one line (the indent) when there are no units.
  static func lines(_ units: [Unit], width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
    let width = max(20, width)
    var lines: [String] = []
    var line = firstIndent ?? indent
    var count = line.count
    var lineHasUnit = false
    for unit in units {
      let length = unit.text.count
      if lineHasUnit, count + unit.separator.count + length <= width {
        line += unit.separator + unit.text
        count += unit.separator.count + length
        continue
      }
      if lineHasUnit {
        lines.append(line)
        line = indent
        count = indent.count
      }
      // A unit wider than a whole line is cut: nothing else would fit it either.
      var rest = Substring(unit.text)
      while count + rest.count > width, width - count >= 1 {
        let take = width - count
        lines.append(line + rest.prefix(take))
        rest = rest.dropFirst(take)
        line = indent
        count = indent.count
      }
      line += rest
      count += rest.count
      lineHasUnit = true
    }
    lines.append(line)
    return lines
  }
}
