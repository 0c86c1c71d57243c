/// Writes answers as a questionnaire file: one `key = value` line per answered question, in the
/// pack's question order, quoted where reading it back would otherwise change the value. Reading
/// the file back gives the same answers.
public struct QuestionnaireWriter: Sendable {
  /// The pack the answers belong to.
  public var pack: RulePack
  /// The comment lines the file starts with (each starting with `#`); a tool says there how to
  /// go on with the file, which a library cannot know.
  public var header: [String]

  /// Creates a writer.
  /// - Parameters:
  ///   - pack: The pack the answers belong to.
  ///   - header: The comment lines the file starts with, each starting with `#`.
  public init(pack: RulePack, header: [String] = ["# Answers to a readiness questionnaire."]) {
    self.pack = pack
    self.header = header
  }

  /// The questionnaire text.
  /// - Parameter answers: The answers.
  /// - Returns: The file's contents, with a header comment and a final newline.
  public func write(_ answers: Answers) -> String {
    var lines = header
    for question in pack.questions {
      guard let value = answers.value(for: question.id) else { continue }
      lines.append("\(question.id) = \(Self.text(value))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A value as it must be written so that reading it back gives the same value.
  static func text(_ value: AnswerValue) -> String { value.description }
}
