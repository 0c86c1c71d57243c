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
  ///   - limit: The most problems to add to `diagnostics`; the rest are only counted, with no
  ///     message (nor did-you-mean) made for them.
  /// - Returns: The problems left out.
  @discardableResult
  static func resolve(
    _ items: [AnswerItem], questions: [Question], index: [String: Int], into answers: inout Answers,
    diagnostics: inout [Diagnostic], allowRepeats: Bool = false, limit: Int = .max
  ) -> LeftOutProblems {
    var seen: [Int: SourceRange] = [:]
    var leftOut = LeftOutProblems()
    var reported = 0
    let ids = questions.map(\.id)
    func report(_ diagnostic: @autoclosure () -> Diagnostic, at range: SourceRange, unknownQuestion: Bool = false) {
      if reported < limit {
        diagnostics.append(diagnostic())
        reported += 1
      } else {
        leftOut.add(at: range, unknownQuestion: unknownQuestion)
      }
    }
    for item in items {
      guard let i = index[item.key] else {
        report(
          .error(.unknownQuestion(item.key, candidates: ids), at: item.keyRange), at: item.keyRange,
          unknownQuestion: true)
        continue
      }
      if !allowRepeats, let first = seen[i] {
        report(
          .error(
            .duplicateAnswer(item.key, firstLine: first.start.line), at: item.keyRange,
            notes: [.init(.firstAnsweredHere, at: first)]), at: item.keyRange)
        continue
      }
      seen[i] = item.keyRange
      // A trailing '# comment' ends any answer but text, which may hold a '#' of its own.
      let (text, range) = (questions[i].type == .text ? nil : item.beforeComment) ?? (item.value, item.valueRange)
      if text.isEmpty {
        answers.set(i, .unknown)
        answers.setOrigin(i, nil)
        continue
      }
      switch questions[i].convert(text) {
      case .success(let value):
        answers.set(i, value)
        answers.setOrigin(i, range)
      case .failure(let message):
        report(.error(message.about(item.key), at: range), at: range)
      }
    }
    return leftOut
  }
}
