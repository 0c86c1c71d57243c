/// A questionnaire file edited in place: setting an answer changes only that answer's value, so
/// comments, blank lines, the order of lines, line ends (LF or CRLF), a byte-order mark and the
/// spelling of every other value (`60` stays `60`, not `60%`) stay as they were.
///
/// An answer to a question the file has no line for goes after the line of the nearest question
/// of its category before it in the template's order (categories in the pack's order), or above
/// the comments of the nearest one after it; failing both, next to a question of another category
/// the same way, or at the end. A cleared answer keeps its line with an empty value (`key =`), which
/// means "not answered", as in the template.
public struct QuestionnaireDocument: Sendable {
  /// The pack the answers belong to.
  public let pack: RulePack
  /// The answers the document holds now.
  public private(set) var answers: Answers

  /// One line: its text and its line end (`\n`, `\r\n`, or nothing for an unterminated last line).
  private struct Line: Sendable {
    var text: String
    var end: String
  }

  private var lines: [Line]
  private var byteOrderMark: Bool
  /// The line end given to new lines: the one most lines have.
  private let newline: String
  /// The line of each question's `key = value`, by question index.
  private var lineOfQuestion: [Int: Int]

  /// Reads a questionnaire file to edit.
  /// - Parameters:
  ///   - pack: The pack the answers belong to.
  ///   - bytes: The file's contents.
  ///   - file: The file's name as shown in diagnostics.
  /// - Throws: `DiagnosticsError` with every problem, as `RulePack.answers(parsing:file:overrides:)`
  ///   reports them.
  public init(pack: RulePack, bytes: [UInt8], file: String = "<answers>") throws {
    self.pack = pack
    answers = try pack.answers(parsing: bytes, file: file)
    byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    lines = Self.split(bytes.dropFirst(byteOrderMark ? 3 : 0))
    let crlf = lines.filter { $0.end == "\r\n" }.count
    newline = crlf * 2 > lines.filter { !$0.end.isEmpty }.count ? "\r\n" : "\n"
    lineOfQuestion = [:]
    // The file parsed without problems, so every item names a question, once.
    let (items, _) = QuestionnaireParser.parse(Array(bytes), file: file)
    for item in items {
      // Both splits number lines the same way; the check keeps a disagreement from trapping.
      if let index = pack.questionIndex[item.key], lines.indices.contains(item.keyRange.start.line - 1) {
        lineOfQuestion[index] = item.keyRange.start.line - 1
      }
    }
  }

  /// Starts a new questionnaire file holding only comment lines.
  /// - Parameters:
  ///   - pack: The pack the answers belong to.
  ///   - header: The comment lines the file starts with, each starting with `#`.
  public init(pack: RulePack, header: [String]) {
    self.pack = pack
    answers = pack.emptyAnswers
    byteOrderMark = false
    newline = "\n"
    lines = header.map { Line(text: $0, end: "\n") }
    lineOfQuestion = [:]
  }

  /// The file's contents.
  public var text: String {
    (byteOrderMark ? "\u{FEFF}" : "") + lines.map { $0.text + $0.end }.joined()
  }

  /// Makes the document hold these answers, changing only the lines of answers that differ.
  /// - Parameter new: Answers to the same pack's questions.
  public mutating func update(to new: Answers) {
    for index in pack.questions.indices where new.value(at: index) != answers.value(at: index) {
      set(index, new.value(for: pack.questions[index].id))
    }
    answers = new
  }

  /// Writes one answer (`nil` clears it) into its line, or into a new line.
  private mutating func set(_ index: Int, _ value: AnswerValue?) {
    let question = pack.questions[index]
    let written = value.map(QuestionnaireWriter.text) ?? ""
    if let number = lineOfQuestion[index] {
      let edited = Self.replacingValue(in: lines[number].text, with: written, of: question.type)
      // Never save a line that would read back as another answer; the plain form always reads back.
      let reread = try? pack.answers(parsing: edited, file: "line")
      lines[number].text =
        reread?.value(for: question.id) == value ? edited : "\(question.id) =" + (written.isEmpty ? "" : " " + written)
      return
    }
    guard value != nil else { return }
    let position = insertionLine(for: index)
    if position > 0, lines[position - 1].end.isEmpty { lines[position - 1].end = newline }
    lines.insert(Line(text: "\(question.id) = \(written)", end: newline), at: position)
    for (other, number) in lineOfQuestion where number >= position { lineOfQuestion[other] = number + 1 }
    lineOfQuestion[index] = position
  }

  /// Where a new line for question `index` goes: after the nearest earlier question of its
  /// category (in the template's order) that has a line, else above the comments of the nearest
  /// later one of its category, so that it lands in its own section; failing both, next to the
  /// nearest question of any category the same way; else at the end.
  private func insertionLine(for index: Int) -> Int {
    let order = Self.templateOrder(pack)
    guard let place = order.firstIndex(of: index) else { return lines.count }
    let category = pack.questions[index].category
    for sameCategory in [true, false] {
      let fits = { (other: Int) in !sameCategory || self.pack.questions[other].category == category }
      for earlier in order[..<place].reversed() where fits(earlier) {
        if let number = lineOfQuestion[earlier] { return number + 1 }
      }
      for later in order[(place + 1)...] where fits(later) {
        guard var number = lineOfQuestion[later] else { continue }
        while number > 0, lines[number - 1].text.trimmingWhitespace().hasPrefix("#") { number -= 1 }
        return number
      }
    }
    var end = lines.count
    // Before any blank lines that end the file, so that they still end it.
    while end > 0, lines[end - 1].text.trimmingWhitespace().isEmpty, !lines[end - 1].end.isEmpty { end -= 1 }
    return end
  }

  /// The questions in the order `QuestionnaireTemplate` lists them: by category in the pack's order,
  /// then those of no category.
  static func templateOrder(_ pack: RulePack) -> [Int] {
    var order: [Int] = []
    for category in pack.categories {
      order += pack.questions.indices.filter { pack.questions[$0].category == category.id }
    }
    let placed = Set(order)
    return order + pack.questions.indices.filter { !placed.contains($0) }
  }

  /// A `key = value` line with a new value (written as `QuestionnaireWriter` writes it, or empty to
  /// clear the answer): the key, the spacing around `=` and a trailing comment stay as written.
  static func replacingValue(in line: String, with value: String, of type: QuestionType) -> String {
    guard let equals = line.firstIndex(of: "=") else { return line }
    let head = line[...equals]
    let rest = line[line.index(after: equals)...]
    let spacing = rest.prefix { $0 == " " || $0 == "\t" }
    let old = rest[spacing.endIndex...]
    var tail = Substring("")
    if old.hasPrefix("\"") {
      let utf8 = Array(old.utf8)
      if case .value(_, let end) = utf8.withUnsafeBufferPointer({ QuotedValue.read($0, from: 0) }) {
        tail = Substring(String(decoding: utf8[end...], as: UTF8.self))
      }
    } else if type != .text, let hash = commentStart(old) {
      // An unquoted text answer holds its `#`; any other ends where its comment starts, and the
      // spaces before the comment go with it.
      var start = hash
      while start > old.startIndex, [" ", "\t"].contains(old[old.index(before: start)]) {
        start = old.index(before: start)
      }
      tail = old[start...]
    }
    // The spaces before a comment stay, so that a column of comments stays aligned.
    let comment = tail.drop { $0 == " " || $0 == "\t" }
    var value = value
    if !comment.isEmpty, type == .text {
      // Text before a comment must be quoted, or the comment would become part of it; an empty
      // text answer cannot be quoted (that is the empty text), so clearing drops the comment.
      if value.isEmpty { return String(head) }
      if !value.hasPrefix("\"") { value = AnswerValue.quoted(value, always: true) }
    }
    if value.isEmpty { return String(head) + (comment.isEmpty ? "" : " " + comment) }
    let before = head.dropLast().last
    let gap = spacing.isEmpty ? (before == " " || before == "\t" ? " " : "") : String(spacing)
    return String(head) + gap + value + (comment.isEmpty ? "" : tail)
  }

  /// Where a trailing comment starts in an unquoted value: a `#` at its start or after white space,
  /// as `QuestionnaireParser` reads it.
  private static func commentStart(_ value: Substring) -> Substring.Index? {
    var previous: Character = " "
    for index in value.indices {
      if value[index] == "#" && (previous == " " || previous == "\t") { return index }
      previous = value[index]
    }
    return nil
  }

  /// Splits bytes into lines, keeping each line's end.
  private static func split(_ bytes: ArraySlice<UInt8>) -> [Line] {
    var lines: [Line] = []
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == 0x0A {
        let crlf = index > start && bytes[index - 1] == 0x0D
        let text = String(decoding: bytes[start..<(crlf ? index - 1 : index)], as: UTF8.self)
        lines.append(Line(text: text, end: crlf ? "\r\n" : "\n"))
        start = index + 1
      }
      index += 1
    }
    if start < bytes.endIndex {
      lines.append(Line(text: String(decoding: bytes[start...], as: UTF8.self), end: ""))
    }
    return lines
  }
}
