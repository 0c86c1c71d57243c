/// Renders diagnostics as compilers do: `file:line:column: error: message`, then the source line
/// and a `^~~~` under the culprit.
public struct DiagnosticFormatter: Sendable {
  /// Whether to use ANSI colours (only when writing to a terminal).
  public var colored: Bool
  /// The name that starts a diagnostic with neither a position nor a file (`readiness: error: ...`),
  /// as compilers name themselves; `nil` starts it with the severity.
  public var program: String?
  /// How the tool words each hint, appended to its message after `; `; hints it does not word are
  /// left out.
  public var hints: [Diagnostic.Hint: String]

  /// Creates a formatter.
  /// - Parameters:
  ///   - colored: Whether to use ANSI colours.
  ///   - program: The tool's name, for diagnostics that belong to no file.
  ///   - hints: How the tool words each hint, such as `run 'tool template' to list every question`.
  public init(colored: Bool, program: String? = nil, hints: [Diagnostic.Hint: String] = [:]) {
    self.colored = colored
    self.program = program
    self.hints = hints
  }

  /// Renders several diagnostics.
  /// - Parameter diagnostics: The diagnostics, in the order to show them.
  /// - Returns: The rendered text, ending with a newline when not empty.
  public func format(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(format).joined()
  }

  /// Renders one diagnostic with its notes.
  /// - Parameter diagnostic: The diagnostic.
  /// - Returns: The rendered text, ending with a newline.
  public func format(_ diagnostic: Diagnostic) -> String {
    var out = header(diagnostic.severity, diagnostic.message, diagnostic.range, file: diagnostic.file)
    for note in diagnostic.notes {
      out += header(.note, note.message, note.range, file: nil)
    }
    return out
  }

  private func header(
    _ severity: Diagnostic.Severity, _ message: Diagnostic.Message, _ range: SourceRange?, file: String?
  ) -> String {
    // The location (a file name) and the message (quoted keys and answers) may hold control
    // characters from input; they are shown, never sent to the terminal.
    var out = ""
    if let range {
      out += bold(Unicode.Scalar.visible("\(range.start): "))
    } else if let file {
      out += bold(Unicode.Scalar.visible("\(file): "))
    } else if let program {
      out += "\(program): "
    }
    let hint = message.hint.flatMap { hints[$0] }.map { "; " + $0 } ?? ""
    out += paint(severity) + bold(Unicode.Scalar.visible(message.text + hint)) + "\n"
    if let range {
      out += excerpt(range)
    }
    return out
  }

  /// The source line and a caret line. Tabs in the line are repeated in the caret line so the caret
  /// stays under the culprit whatever the tab width.
  private func excerpt(_ range: SourceRange) -> String {
    var line = Self.visible(range.lineText)
    var column = range.start.column
    // Very long lines are cut to a window around the culprit, so a 5 MB value is not echoed back.
    let window = 120
    if line.count > window * 2 {
      let characters = Array(line)
      let start = max(0, min(column - 1 - window / 2, characters.count - window))
      let end = min(characters.count, start + window)
      let prefix = start > 0 ? "..." : ""
      line = prefix + String(characters[start..<end]) + (end < characters.count ? "..." : "")
      column = column - start + prefix.count
    }
    var marker = ""
    var current = 1
    for character in line {
      if current >= column { break }
      marker.append(character == "\t" ? "\t" : " ")
      current += 1
    }
    if current < column {
      marker += String(repeating: " ", count: column - current)
    }
    let available = max(1, line.count - (column - 1))
    let tildes = max(0, min(range.length, available) - 1)
    marker += "^" + String(repeating: "~", count: tildes)
    if colored { marker = "\u{1B}[1;32m" + marker + "\u{1B}[0m" }
    return line + "\n" + marker + "\n"
  }

  /// The line with each control character (but tab) shown as one visible character (`␀`, `␛`,
  /// `␡`, or `�` for the C1 controls), so a quoted line cannot drive the terminal and the caret
  /// stays aligned.
  static func visible(_ line: String) -> String {
    Unicode.Scalar.visible(line, keepingTabs: true)
  }

  /// Text from input shown safely on a terminal: every control character, tab and line end
  /// included, as one visible character (`␛`, `␀`, `␊`), as messages and text reports show it.
  /// - Parameter text: Text that may hold control characters: an answer, a key, a file name.
  /// - Returns: The text with its control characters replaced.
  public static func shown(_ text: String) -> String {
    Unicode.Scalar.visible(text)
  }

  private func paint(_ severity: Diagnostic.Severity) -> String {
    let label = "\(severity.rawValue): "
    guard colored else { return label }
    let code: String
    switch severity {
    case .error: code = "1;31"
    case .warning: code = "1;35"
    case .note: code = "1;36"
    }
    return "\u{1B}[\(code)m\(label)\u{1B}[0m"
  }

  private func bold(_ text: String) -> String {
    colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }
}
