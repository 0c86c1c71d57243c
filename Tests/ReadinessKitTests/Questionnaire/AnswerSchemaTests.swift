import Testing

@testable import ReadinessKit

/// Answers know the questions they were made for: another pack takes them by question id, type
/// and choice name, and says exactly which answer it cannot take.
@Suite struct AnswerSchemaTests {
  /// A pack with one choice question whose options come in `choices` order, one number question
  /// with `range`, and a rule that fires when the choice is `a`.
  static func pack(choices: String = "a, b, c", range: String = "min = 0\nmax = 100", extra: String = "") throws
    -> RulePack
  {
    let text = """
      [category m]
      title = M
      weight = 1

      [question k]
      ask = Which kind?
      type = choice
      choices = \(choices)

      [question n]
      ask = How many?
      type = number
      \(range)

      \(extra)
      [rule is-a]
      title = A
      category = m
      severity = low
      weight = 1
      when = k == "a"
      why = w
      fix = f

      [rule many]
      title = Many
      category = m
      severity = low
      weight = 1
      when = n > 10
      why = w
      fix = f

      [stage s]
      title = S
      rank = 1
      when = true

      """
    return try RulePack(sources: [RuleSource(name: "p.rules", contents: text)])
  }

  /// One choice answer and the outcome of `k == "a"` in a pack whose options are in another order.
  struct ChoiceCase: Sendable, CustomTestStringConvertible {
    var answer: String
    var outcome: RuleOutcome
    var testDescription: String { answer }
  }

  @Test(arguments: [
    ChoiceCase(answer: "a", outcome: .fired), ChoiceCase(answer: "b", outcome: .passed),
    ChoiceCase(answer: "c", outcome: .passed),
  ])
  func choicesAreMatchedByNameNotPosition(_ c: ChoiceCase) throws {
    let forward = try Self.pack(choices: "a, b, c")
    let backward = try Self.pack(choices: "c, b, a")
    let answers = try forward.answers(parsing: "k = \(c.answer)\n")
    #expect(try backward.outcomes(for: answers)[0] == c.outcome)
    #expect(try forward.outcomes(for: answers)[0] == c.outcome)
    #expect(try backward.assess(answers) == backward.assess(backward.answers(parsing: "k = \(c.answer)\n")))
    #expect(try backward.verdict(answers) == backward.verdict(backward.answers(parsing: "k = \(c.answer)\n")))
    // Reading the answer back names the option it was given as, whichever pack is asked.
    #expect(answers.value(for: "k") == .choice(c.answer))
    #expect(try backward.adopted(answers).value(for: "k") == .choice(c.answer))
  }

  @Test func aChoiceTheOtherPackDoesNotOfferIsAnErrorNamingTheQuestion() throws {
    let full = try Self.pack(choices: "a, b, c")
    let smaller = try Self.pack(choices: "a, b")
    let answers = try full.answers(parsing: "n = 1\nk = c\n", file: "q.txt")
    let error = try #require(throws: DiagnosticsError.self) { try smaller.assess(answers) }
    #expect(error.diagnostics.count == 1)
    #expect(error.diagnostics[0].code == "answers.choice-not-in-pack")
    #expect(error.diagnostics[0].kind == .input)
    #expect(error.diagnostics[0].message.text == "'k' was answered 'c', which is not one of this pack's choices: a, b")
    // Placed where the answer was read from.
    #expect(error.diagnostics[0].range?.start == SourceLocation(file: "q.txt", line: 2, column: 5))
  }

  @Test func anotherTypeIsAnErrorNotAnUnknown() throws {
    let numbers = try Self.pack()
    let texts = try RulePack(
      sources: [
        RuleSource(
          name: "t.rules",
          contents: """
            [question n]
            ask = How many?
            type = text

            [question k]
            ask = Which kind?
            type = choice
            choices = a, b, c

            [stage s]
            title = S
            rank = 1
            when = true

            """)
      ])
    let answers = try texts.answers(parsing: "n = twelve\n")
    let error = try #require(throws: DiagnosticsError.self) { try numbers.outcomes(for: answers) }
    #expect(error.diagnostics.map(\.code) == ["answers.type-mismatch"])
    #expect(
      error.diagnostics[0].message.text
        == "'n' was answered as text for another pack, but this pack asks for a number")
  }

  @Test func aQuestionThePackDoesNotAskIsAnError() throws {
    let wider = try Self.pack(extra: "[question extra]\nask = More?\ntype = boolean\n")
    let narrow = try Self.pack()
    let answers = try wider.answers(parsing: "extra = yes\nk = a\n")
    let error = try #require(throws: DiagnosticsError.self) { try narrow.verdict(answers) }
    #expect(error.diagnostics.map(\.code) == ["answers.not-in-pack"])
    // Unanswered questions of the other pack are no problem.
    #expect(try narrow.assess(wider.answers(parsing: "k = a\n")).findings.map(\.rule) == ["is-a"])
  }

  @Test func aNumberOutsideThisPacksRangeIsAnError() throws {
    let wide = try Self.pack(range: "min = 0\nmax = 1000")
    let narrow = try Self.pack(range: "min = 0\nmax = 100")
    let answers = try wide.answers(parsing: "n = 500\n")
    let error = try #require(throws: DiagnosticsError.self) { try narrow.assess(answers) }
    #expect(error.diagnostics.map(\.code) == ["answers.out-of-range"])
    #expect(error.diagnostics[0].message.text == "n: must be between 0 and 100")
    #expect(try narrow.assess(wide.answers(parsing: "n = 50\n")).findings.map(\.rule) == ["many"])
  }

  @Test func everyProblemIsReportedAtOnce() throws {
    let full = try Self.pack(choices: "a, b, c", range: "min = 0\nmax = 1000")
    let narrow = try Self.pack(choices: "a, b", range: "min = 0\nmax = 100")
    let answers = try full.answers(parsing: "k = c\nn = 500\n")
    let error = try #require(throws: DiagnosticsError.self) { try narrow.explain("is-a", for: answers) }
    #expect(error.diagnostics.map(\.code) == ["answers.choice-not-in-pack", "answers.out-of-range"])
  }

  @Test func theSamePackCompiledTwiceTakesTheAnswersAsTheyAre() throws {
    let first = try Self.pack()
    let second = try Self.pack()
    let answers = try first.answers(parsing: "k = a\nn = 50\n")
    #expect(try second.assess(answers) == first.assess(answers))
    #expect(try second.adopted(answers).schema === answers.schema)
  }

  @Test func anInterviewResumedFromAnotherPacksAnswersChecksThemFirst() throws {
    let full = try Self.pack(choices: "a, b, c")
    let smaller = try Self.pack(choices: "a, b")
    #expect(throws: DiagnosticsError.self) { try Interview(pack: smaller, answers: full.answers(parsing: "k = c\n")) }
    let interview = try Interview(pack: smaller, answers: full.answers(parsing: "k = b\n"))
    #expect(interview.answers.value(for: "k") == .choice("b"))
  }
}
