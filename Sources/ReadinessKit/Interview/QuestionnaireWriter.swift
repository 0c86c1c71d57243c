/// Writes answers as a questionnaire file: one `key = value` line per answered question, in the
/// pack's question order, quoted where reading it back would otherwise change the value. Reading
/// the file back gives the same answers.
public struct QuestionnaireWriter: Sendable {
  /// The pack the answers belong to.
  public var pack: RulePack

  /// Creates a writer.
  /// - Parameter pack: The pack the answers belong to.
  public init(pack: RulePack) { self.pack = pack }

  /// The questionnaire text.
  /// - Parameter answers: The answers.
  /// - Returns: The file's contents, with a header comment and a final newline.
  public func write(_ answers: Answers) -> String {
    var lines = [
      "# readiness answers, saved by 'readiness interview'.",
      "# Assess with 'readiness assess FILE'; answer the rest with 'readiness interview --save FILE'.",
    ]
    for question in pack.questions {
      guard let value = answers.value(for: question.id, in: pack) else { continue }
      lines.append("\(question.id) = \(Self.text(value))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A value as it must be written so that reading it back gives the same value.
  static func text(_ value: AnswerValue) -> String { value.description }
}
