/// A guided questionnaire: which question comes next, what a typed reply means, and the answers so
/// far. The terminal side only shows prompts and reads lines; every decision is made here.
///
/// Questions come grouped by category (in the pack's category order). A question whose `ask_if` is
/// definitely false is skipped; questions answered before the interview started are skipped too,
/// unless `review` is set, in which case each is asked with its current answer as the default.
///
/// A resumed interview counts the questions answered before it started: the first question asked
/// after six answers is "7 of 34", and `<` goes back through those answers too.
///
/// A smart interview (`smart`) asks next, among the questions that apply, the one whose answer
/// narrows the stage range most, then the score range (`RulePack.nextQuestion(for:among:budget:)`),
/// and offers to stop once no answer left can change the stage (`settledStage`).
public struct Interview: Sendable {
  /// What a reply did.
  public enum Response: Sendable, Hashable {
    /// The answer was accepted (and the answers changed).
    case accepted
    /// The question was left unanswered.
    case skipped
    /// The current answer (or the question's default) was kept.
    case kept
    /// The reply asked for help; here it is.
    case help(String)
    /// The answer was cleared: the question is unanswered now.
    case cleared
    /// The interview went back one question.
    case back
    /// There is no earlier question to go back to.
    case atStart
    /// The answer was refused, for the reason `assess` would give.
    case refused(String)
  }

  /// The pack whose questions are asked.
  public let pack: RulePack
  /// The answers so far.
  public private(set) var answers: Answers
  /// Whether answered questions are asked again.
  public let review: Bool
  /// Whether the question that narrows the range most comes next, rather than the next in order.
  public let smart: Bool
  /// Why a smart interview asks the current question (`nil` in order, or when going back).
  public private(set) var choice: QuestionChoice?

  private let order: [Int]
  private let answeredAtStart: Set<Int>
  private var visited: Set<Int> = []
  private var history: [Int] = []
  /// The earlier question `<` went back to, asked before the first unvisited one: answers read
  /// from a file need not come first in the order, so going back cannot rely on the order alone.
  private var revisiting: Int?
  /// The question a smart interview asks next, chosen once per change of answers: choosing takes
  /// many range searches, and the current question is read several times per prompt.
  private var chosen: Int?
  /// Whether the offer to stop at a settled stage was turned down: it is made once.
  private var goingOn = false

  /// Starts an interview.
  /// - Parameters:
  ///   - pack: The pack whose questions are asked.
  ///   - answers: Answers to start from (a resumed file), or the pack's empty answers.
  ///   - review: Whether to ask answered questions again, showing each answer as the default.
  ///   - smart: Whether to ask next the question that narrows the range most.
  /// - Throws: `DiagnosticsError` when answers made by another pack do not fit this pack's questions.
  public init(pack: RulePack, answers: Answers? = nil, review: Bool = false, smart: Bool = false)
    throws(DiagnosticsError)
  {
    self.pack = pack
    self.smart = smart
    if let answers {
      self.answers = try pack.adopted(answers)
    } else {
      self.answers = pack.emptyAnswers
    }
    self.review = review
    var order: [Int] = []
    for category in pack.categories {
      order += pack.questions.indices.filter { pack.questions[$0].category == category.id }
    }
    order += pack.questions.indices.filter { !order.contains($0) }
    self.order = order
    let given = self.answers
    let answeredAtStart = Set(
      pack.questions.indices.filter { given.value(for: pack.questions[$0].id) != nil })
    self.answeredAtStart = answeredAtStart
    if !review {
      // The answers given before count as already asked, in question order, so that the numbers go
      // on from them and `<` can reach them.
      let asked = Set(pack.questionsToAsk(adopted: self.answers).compactMap { pack.questionIndex[$0.id] })
      visited = answeredAtStart
      history = order.filter { answeredAtStart.contains($0) && asked.contains($0) }
    }
    choose()
  }

  /// Picks the question a smart interview asks next, among those that apply and were not asked.
  private mutating func choose() {
    guard smart else { return }
    let asked = applicable()
    let candidates = order.filter { asked.contains($0) && !visited.contains($0) }
    // A reviewed answer is asked again with the answer as the default: weighing it as if open
    // would not say what asking it again is worth, so answered ones come first, in order.
    if let answered = candidates.first(where: { answers.value(at: $0) != .unknown }) {
      chosen = answered
      choice = nil
      return
    }
    choice = pack.nextQuestion(adopted: answers, among: candidates, budget: RulePack.nextQuestionBudget)
    chosen = choice.flatMap { pack.questionIndex[$0.question] }
  }

  /// The stage when no answer left can change it and questions remain to be asked, in a smart
  /// interview that has not been told to go on (`goOn()`); otherwise `nil`. Works out the range
  /// afresh: read it once per prompt.
  public var settledStage: SettledStage? {
    guard smart, !goingOn, revisiting == nil, currentIndex != nil else { return nil }
    return pack.settledStage(adopted: answers)
  }

  /// Goes on asking after the offer to stop at a settled stage, which is then not made again.
  public mutating func goOn() {
    goingOn = true
  }

  private func applicable() -> Set<Int> {
    Set(pack.questionsToAsk(adopted: answers).compactMap { pack.questionIndex[$0.id] })
  }

  /// The question to ask now, or `nil` when the interview is complete.
  public var current: Question? {
    currentIndex.map { pack.questions[$0] }
  }

  private var currentIndex: Int? {
    let asked = applicable()
    if let revisiting, asked.contains(revisiting) { return revisiting }
    if smart { return chosen.flatMap { asked.contains($0) && !visited.contains($0) ? $0 : nil } }
    return order.first { asked.contains($0) && !visited.contains($0) }
  }

  /// Where the interview is: the current question's place among the questions that apply, and how
  /// many there are in all, counting the questions answered before a resumed interview started.
  public var progress: (number: Int, total: Int) {
    let asked = applicable()
    // An answer given before that no longer applies (its ask_if turned false) is not counted.
    let relevant = order.filter {
      asked.contains($0) || (visited.contains($0) && !(answeredAtStart.contains($0) && !review))
    }
    if smart {
      // Asked out of order, a question's number is how many came before it.
      guard let index = currentIndex else { return (relevant.count, relevant.count) }
      return (relevant.filter { visited.contains($0) && $0 != index }.count + 1, relevant.count)
    }
    let place = currentIndex.flatMap { relevant.firstIndex(of: $0) }
    return ((place ?? relevant.count - 1) + 1, relevant.count)
  }

  /// The category title of the current question, for a heading when the group changes.
  public var currentGroup: String? {
    guard let question = current else { return nil }
    return pack.categories.first { $0.id == question.category }?.title ?? "Other questions"
  }

  /// Marks the current question as asked, so the next one comes.
  private mutating func moveOn(from index: Int) {
    visited.insert(index)
    history.append(index)
    revisiting = nil
    choose()
  }

  /// The reply that clears the current question's answer. No answer of any type is a lone dash:
  /// it is not a number, a truth value or a choice, and as a text answer it would say nothing.
  public static let clearReply = "-"

  /// Whether the current question has an answer that `clearReply` would clear.
  public var currentIsAnswered: Bool {
    guard let question = current else { return false }
    return answers.value(for: question.id) != nil
  }

  /// What an empty reply does for the current question: keep the current answer, take the default,
  /// or skip. Shown in the prompt.
  public var emptyReplyMeaning: String {
    guard let question = current else { return "" }
    if let value = answers.value(for: question.id) { return "Enter keeps \(QuestionnaireWriter.text(value))" }
    if let value = question.defaultValue { return "Enter takes the default \(QuestionnaireWriter.text(value))" }
    return "Enter skips"
  }

  /// The expected form of the current question's answer: a range, `y/n`, or numbered choices.
  public var expectedForm: String {
    guard let question = current else { return "" }
    switch question.type {
    case .boolean: return "y/n"
    case .choice:
      return question.choices.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: "  ")
    default: return question.expectedForm
    }
  }

  /// Applies a typed reply to the current question.
  ///
  /// `?` shows the help, `<` goes back, `-` clears the answer (the question is left unanswered), an
  /// empty reply keeps the current answer, takes the default or skips; anything else is an answer, checked exactly as a questionnaire file's value would be
  /// (a choice may also be given by its number). An answer holding a control character, or one that
  /// a saved questionnaire would not give back unchanged, is refused, so a saved file always resumes.
  /// - Parameter reply: The line typed, without its line end.
  /// - Returns: What the reply did.
  public mutating func respond(_ reply: String) -> Response {
    guard let question = current, let index = pack.questionIndex[question.id] else { return .accepted }
    let trimmed = String(reply.trimmingWhitespace())
    switch trimmed {
    case "?":
      var text = question.help ?? "No help for this question."
      text += "\nExpected: \(question.expectedForm)."
      if let condition = question.askIf { text += "\nAsked because: \(condition)." }
      return .help(text)
    case "<":
      // An earlier question that no longer applies cannot be asked again: go past it.
      let asked = applicable()
      while let previous = history.popLast() {
        visited.remove(previous)
        if asked.contains(previous) {
          revisiting = previous
          return .back
        }
      }
      choose()
      return .atStart
    case Interview.clearReply:
      answers.set(index, .unknown)
      answers.setOrigin(index, nil)
      moveOn(from: index)
      return .cleared
    case "":
      moveOn(from: index)
      if answers.value(for: question.id) != nil { return .kept }
      if let value = question.defaultSlotValue {
        answers.set(index, value)
        return .kept
      }
      return .skipped
    default:
      // A control character (Ctrl-A, a pasted Tab or NUL) would be saved as is, and a saved file
      // holding one cannot be read back (NUL makes it look binary), so the interview could not go on.
      if let control = trimmed.unicodeScalars.first(where: \.isControl) {
        return .refused("control characters (here \(control.codePoint)) cannot be saved; type the answer without them")
      }
      var value = trimmed
      if question.type == .choice, let number = Int(trimmed), question.choices.indices.contains(number - 1) {
        value = question.choices[number - 1]
      }
      let line = "\(question.id) = \(value)"
      do {
        let parsed = try pack.answers(parsing: line, file: "reply")
        // Never keep an answer that the saved file would not give back as it is.
        if let value = parsed.value(for: question.id) {
          let reread = try? pack.answers(parsing: "\(question.id) = \(QuestionnaireWriter.text(value))", file: "saved")
          guard reread?.value(for: question.id) == value else {
            return .refused("this answer cannot be saved so that it reads back the same; please rephrase it")
          }
        }
        answers.set(index, parsed.values[index])
        answers.setOrigin(index, nil)
        moveOn(from: index)
        return .accepted
      } catch let error as DiagnosticsError {
        let message = error.diagnostics.first?.message.text ?? "not a valid answer"
        let prefix = question.id + ": "
        return .refused(message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message)
      } catch {
        return .refused("not a valid answer")
      }
    }
  }
}
