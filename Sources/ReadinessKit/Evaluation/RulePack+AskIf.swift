extension RulePack {
  /// Whether a question should be asked, given the answers so far: its `ask_if` holds or cannot
  /// be settled yet. Questions without `ask_if` are always asked.
  /// - Parameters:
  ///   - question: A question of this pack.
  ///   - answers: The answers so far.
  /// - Returns: `false` only when `ask_if` is definitely false.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's questions.
  public func shouldAsk(_ question: Question, given answers: Answers) throws(DiagnosticsError) -> Bool {
    guard question.askIfCompiled != nil else { return true }
    return try questionsToAsk(given: answers).contains { $0.id == question.id }
  }

  /// The questions to ask, in pack order, given the answers so far: those whose `ask_if` is not
  /// definitely false.
  /// - Parameter answers: The answers so far.
  /// - Returns: The questions to ask.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's questions.
  public func questionsToAsk(given answers: Answers) throws(DiagnosticsError) -> [Question] {
    questionsToAsk(adopted: try adopted(answers))
  }

  /// `questionsToAsk(given:)` for answers laid out for this pack.
  func questionsToAsk(adopted answers: Answers) -> [Question] {
    let slots = evaluate(answers).slotValues(in: self)
    return slots.withUnsafeBufferPointer { buffer in
      questions.filter { question in
        guard let condition = question.askIfCompiled else { return true }
        if case .bool(false) = Evaluator.evaluate(condition, buffer) { return false }
        return true
      }
    }
  }
}
