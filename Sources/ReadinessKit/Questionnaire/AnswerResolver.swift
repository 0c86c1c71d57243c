/// Checks answer items against a pack's questions and fills `Answers`, collecting every problem.
enum AnswerResolver {
  /// Resolves items into answers.
  /// - Parameters:
  ///   - items: The items, in the order written.
  ///   - questions: The pack's questions.
  ///   - index: Question id to index.
  ///   - answers: The answers to fill; items replace what is there.
  ///   - diagnostics: Where problems go.
  ///   - allowRepeats: Whether a later item may replace an earlier one (as `--set` does); otherwise a
  ///     repeated key is an error naming both places.
  static func resolve(
    _ items: [AnswerItem], questions: [Question], index: [String: Int], into answers: inout Answers,
    diagnostics: inout [Diagnostic], allowRepeats: Bool = false
  ) {
    var seen: [Int: SourceRange] = [:]
    for item in items {
      guard let i = index[item.key] else {
        diagnostics.append(
          .error(
            .unknownQuestion(item.key, candidates: questions.map(\.id)),
            at: item.keyRange))
        continue
      }
      if !allowRepeats, let first = seen[i] {
        diagnostics.append(
          .error(
            .duplicateAnswer(item.key, firstLine: first.start.line), at: item.keyRange,
            notes: [.init(.firstAnsweredHere, at: first)]))
        continue
      }
      seen[i] = item.keyRange
      if item.value.isEmpty {
        answers.set(i, .unknown)
        answers.setOrigin(i, nil)
        continue
      }
      switch questions[i].convert(item.value) {
      case .success(let value):
        answers.set(i, value)
        answers.setOrigin(i, item.valueRange)
      case .failure(let message):
        diagnostics.append(.error(message.about(item.key), at: item.valueRange))
      }
    }
  }
}
