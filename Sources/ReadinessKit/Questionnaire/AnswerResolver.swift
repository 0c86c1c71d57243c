/// Checks answer items against a pack's questions and fills `Answers`, collecting every problem.
struct AnswerResolver {
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
    var resolver = AnswerResolver(questions: questions, index: index, allowRepeats: allowRepeats, limit: limit)
    for item in items { resolver.resolve(item, into: &answers, diagnostics: &diagnostics) }
    return resolver.leftOut
  }

  let questions: [Question]
  let index: [String: Int]
  let allowRepeats: Bool
  let limit: Int
  /// The question ids, prepared for did-you-mean suggestions: the pack's own (its schema
  /// prepares them once for every questionnaire), or at the first unknown key.
  private var suggestions: Suggestion.Candidates?
  /// Where each answered question was first answered, by question index: one entry per
  /// question, however many times a key repeats (a list, not a dictionary: a pack has few
  /// questions and every questionnaire fills most of them).
  private var seen: [SourceRange?]
  /// Where `as_of` was first given.
  private var asOfSeen: SourceRange?
  /// The problems past the limit, counted.
  private(set) var leftOut = LeftOutProblems()
  private var reported = 0

  /// A resolver that takes items one at a time (see `resolve(_:questions:index:into:diagnostics:allowRepeats:limit:)`
  /// for the parameters), so a questionnaire's items need not all be held at once.
  /// - Parameter suggestions: The question ids already prepared for did-you-mean (the schema's),
  ///   or `nil` to prepare them at the first unknown key.
  init(
    questions: [Question], index: [String: Int], allowRepeats: Bool = false, limit: Int = .max,
    suggestions: Suggestion.Candidates? = nil
  ) {
    self.suggestions = suggestions
    self.questions = questions
    self.index = index
    self.allowRepeats = allowRepeats
    self.limit = limit
    self.seen = Array(repeating: nil, count: questions.count)
  }

  /// Resolves the next item, in the order written.
  mutating func resolve(_ item: AnswerItem, into answers: inout Answers, diagnostics: inout [Diagnostic]) {
    if item.key == Answers.asOfKey, index[item.key] == nil {
      resolveAsOf(item, into: &answers, diagnostics: &diagnostics)
      return
    }
    guard let i = index[item.key] else {
      let ids = suggestions ?? Suggestion.Candidates(questions.map(\.id))
      suggestions = ids
      report(
        .error(.unknownQuestion(item.key, candidates: ids), at: item.keyRange), at: item.keyRange,
        unknownQuestion: true, into: &diagnostics)
      return
    }
    if !allowRepeats, let first = seen[i] {
      report(
        .error(
          .duplicateAnswer(item.key, firstLine: first.start.line), at: item.keyRange,
          notes: [.init(.firstAnsweredHere, at: first)]), at: item.keyRange, into: &diagnostics)
      return
    }
    seen[i] = item.keyRange
    // A trailing '# comment' ends any answer but text, which may hold a '#' of its own.
    let (text, range) = (questions[i].type == .text ? nil : item.beforeComment) ?? (item.value, item.valueRange)
    if text.isEmpty {
      answers.set(i, .unknown)
      answers.setOrigin(i, nil)
      return
    }
    switch questions[i].convert(text) {
    case .success(let value):
      answers.set(i, value)
      answers.setOrigin(i, range)
    case .failure(let message):
      report(.error(message.about(item.key), at: range), at: range, into: &diagnostics)
    }
  }

  private mutating func report(
    _ diagnostic: @autoclosure () -> Diagnostic, at range: SourceRange, unknownQuestion: Bool = false,
    into diagnostics: inout [Diagnostic]
  ) {
    if reported < limit {
      diagnostics.append(diagnostic())
      reported += 1
    } else {
      leftOut.add(at: range, unknownQuestion: unknownQuestion)
    }
  }

  /// Reads the questionnaire's `as_of = YYYY-MM-DD` line: the day its answers were true.
  private mutating func resolveAsOf(_ item: AnswerItem, into answers: inout Answers, diagnostics: inout [Diagnostic]) {
    if !allowRepeats, let first = asOfSeen {
      report(
        .error(
          .duplicateAnswer(item.key, firstLine: first.start.line), at: item.keyRange,
          notes: [.init(.firstAnsweredHere, at: first)]), at: item.keyRange, into: &diagnostics)
      return
    }
    asOfSeen = item.keyRange
    let (text, range) = item.beforeComment ?? (item.value, item.valueRange)
    if text.isEmpty {
      answers.setAsOf(nil, origin: nil)
      return
    }
    guard let date = CalendarDate(parsing: text) else {
      report(.error(.badAsOf(text), at: range), at: range, into: &diagnostics)
      return
    }
    answers.setAsOf(date, origin: range)
  }

}
