extension RulePack {
  /// Reads a questionnaire in the `key = value` format.
  /// - Parameters:
  ///   - text: The questionnaire.
  ///   - file: The name shown in diagnostics.
  /// - Returns: The answers.
  /// - Throws: `DiagnosticsError` with every problem, each with its line and column: unknown keys
  ///   (with a did-you-mean), duplicates, wrong types, values out of range, malformed lines.
  public func answers(parsing text: String, file: String = "<answers>") throws -> Answers {
    try answers(parsing: Array(text.utf8), file: file)
  }

  /// Reads a questionnaire from raw bytes; invalid UTF-8 is reported with its line.
  /// - Parameters:
  ///   - bytes: The questionnaire's contents.
  ///   - file: The name shown in diagnostics.
  ///   - overrides: `key=value` texts applied after the file, as if the file said so (`--set`).
  ///     Each override's position is reported as `file` `<set>`, column 1 onwards.
  /// - Returns: The answers.
  /// - Throws: `DiagnosticsError` with every problem.
  public func answers(parsing bytes: [UInt8], file: String = "<answers>", overrides: [String] = []) throws -> Answers {
    // Each pass reports at most the limit and counts the rest; `capping` keeps the first by position.
    let limit = Limits.maximumProblemsShown
    var answers = Answers(schema: schema)
    var resolved: [Diagnostic] = []
    // Each item is resolved as it is read, so no list of items grows with the file.
    var resolver = AnswerResolver(
      questions: questions, index: questionIndex, limit: limit, suggestions: schema.suggestions)
    var (diagnostics, leftOut) = QuestionnaireParser.parse(bytes, file: file, limit: limit) { item in
      resolver.resolve(item, into: &answers, diagnostics: &resolved)
    }
    leftOut.merge(resolver.leftOut)
    diagnostics += resolved
    if !overrides.isEmpty {
      let text = overrides.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
      let parsed = QuestionnaireParser.parse(Array(text.utf8), file: "--set", limit: limit)
      let items = parsed.items
      diagnostics += parsed.diagnostics
      leftOut.merge(parsed.leftOut)
      var overrideProblems: [Diagnostic] = []
      leftOut.merge(
        AnswerResolver.resolve(
          items, questions: questions, index: questionIndex, into: &answers, diagnostics: &overrideProblems,
          allowRepeats: true, limit: limit))
      diagnostics += overrideProblems
    }
    if !diagnostics.isEmpty { throw DiagnosticsError(leftOut.capping(diagnostics), kind: .input) }
    answers.bind(to: identity, textID: encodedText)
    return answers
  }

  /// Builds answers in code; the order of the dictionary does not matter.
  /// - Parameter values: Question id to typed answer.
  /// - Returns: The answers.
  /// - Throws: `DiagnosticsError` naming every unknown id (with a did-you-mean) and every value that
  ///   does not fit its question.
  public func answers(_ values: [String: AnswerValue]) throws -> Answers {
    var answers = Answers(schema: schema)
    var diagnostics: [Diagnostic] = []
    var leftOut = LeftOutProblems()
    for (id, value) in values.sorted(by: { $0.key < $1.key }) {
      guard let i = questionIndex[id] else {
        if diagnostics.count < Limits.maximumProblemsShown {
          diagnostics.append(
            Diagnostic(
              .error, .unknownQuestion(id, candidates: schema.suggestions), at: nil,
              file: "answers"))
        } else {
          leftOut.add(at: nil, unknownQuestion: true)
        }
        continue
      }
      switch questions[i].convert(value) {
      case .success(let v): answers.set(i, v)
      case .failure(let message):
        if diagnostics.count < Limits.maximumProblemsShown {
          diagnostics.append(Diagnostic(.error, message.about(id), at: nil, file: "answers"))
        } else {
          leftOut.add(at: nil)
        }
      }
    }
    if !diagnostics.isEmpty { throw DiagnosticsError(leftOut.capping(diagnostics), kind: .input) }
    answers.bind(to: identity, textID: encodedText)
    return answers
  }

  /// An empty questionnaire for this pack: nothing answered.
  public var emptyAnswers: Answers { Answers(schema: schema) }
}

extension Answers {
  /// The typed answer to a question, if it was answered, read with the questions the answers
  /// were made for (a choice by its name in that pack).
  /// - Parameter id: The question id.
  /// - Returns: The answer, or `nil` when unanswered or not a question of these answers.
  public func value(for id: String) -> AnswerValue? {
    guard let i = schema.index[id] else { return nil }
    return AnswerValue(value(at: i), type: schema.types[i], choices: schema.choices[i])
  }

  /// The typed answer to a question, if it was answered.
  ///
  /// The pack is not consulted: answers know the questions they were made for, and reading them
  /// with another pack's choices would name the wrong option.
  /// - Parameters:
  ///   - id: The question id.
  ///   - pack: Ignored.
  /// - Returns: The answer, or `nil` when unanswered.
  @available(*, deprecated, renamed: "value(for:)", message: "answers know their questions")
  public func value(for id: String, in pack: RulePack) -> AnswerValue? { value(for: id) }
}
