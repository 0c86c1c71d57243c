import Testing

@testable import ReadinessKit

@Suite struct AnswersTests {
  struct Case: Sendable, CustomStringConvertible {
    var line: String
    var expected: AnswerValue?
    var error: String?
    var description: String { line }
  }

  @Test(arguments: [
    Case(line: "n = 42", expected: .integer(42)),
    Case(line: "n = +7", expected: .integer(7)),
    Case(line: "n = \"12\"", expected: .integer(12)),
    Case(line: "n = 4.5", error: "n: not a whole number"),
    Case(line: "n = 101", error: "n: must be between 0 and 100"),
    Case(line: "n = -1", error: "must be between 0 and 100"),
    Case(line: "n = lots", error: "'lots' is not a whole number"),
    Case(line: "n = nan", error: "is not a whole number"),
    Case(line: "n = 0x10", error: "is not a whole number"),
    Case(line: "a = 1e999", error: "number is too large"),
    Case(line: "a = 2e15", error: "number is too large"),
    Case(line: "a = inf", error: "is not a number"),
    Case(line: "a = -3.25", expected: .number(-3.25)),
    Case(line: "a = 12%", error: "not a percentage"),
    Case(line: "pc = 4.5%", expected: .percent(4.5)),
    Case(line: "pc = 4.5 %", expected: .percent(4.5)),
    Case(line: "pc = 12", expected: .percent(12)),
    Case(line: "pc = 120%", error: "must be between 0 and 100 (a percentage)"),
    Case(line: "pc = -5%", error: "must be between 0 and 100"),
    Case(line: "p = yes", expected: .boolean(true)),
    Case(line: "p = No", expected: .boolean(false)),
    Case(line: "p = TRUE", expected: .boolean(true)),
    Case(line: "p = maybe", error: "'maybe' is not yes or no"),
    Case(line: "c = y", expected: .choice("y")),
    Case(line: "c = Y", expected: .choice("y")),
    Case(line: "c = w", error: "'w' is not one of the choices: x, y, z"),
    Case(line: "e = vv", error: "did you mean 'v'?"),
    Case(line: "t = any text = with # signs", expected: .text("any text = with # signs")),
    // A trailing comment ends any answer but text, where a '#' may be part of the answer.
    Case(line: "n = 42 # counted in May", expected: .integer(42)),
    Case(line: "n = 42\t#tab before it", expected: .integer(42)),
    Case(line: "a = -3.25  ## two", expected: .number(-3.25)),
    Case(line: "pc = 4.5% # a month", expected: .percent(4.5)),
    Case(line: "p = no # not yet", expected: .boolean(false)),
    Case(line: "c = y # or z", expected: .choice("y")),
    Case(line: "n = # not counted yet", expected: nil),
    Case(line: "n = 4#2", error: "'4#2' is not a whole number"),
    Case(line: "n = lots # many", error: "n: 'lots' is not a whole number"),
    Case(line: "t = We are #1 # really", expected: .text("We are #1 # really")),
    Case(line: "t = \"quoted\" # a comment", expected: .text("quoted")),
    Case(line: "t = \"quoted\"# a comment", expected: .text("quoted")),
    Case(line: "t = \"quoted\" more", error: "unexpected text after the closing quote"),
    Case(line: "n = \"12\" # quoted", expected: .integer(12)),
    Case(line: "t =", expected: nil),
    Case(line: "t = \"\"", expected: nil),
  ])
  func convertsByQuestionType(_ c: Case) throws {
    let pack = try Fixture.pack(Fixture.base + "[question pc]\nask = pc\ntype = percent\n")
    let key = String(c.line.split(separator: " ")[0])
    do {
      let answers = try pack.answers(parsing: c.line, file: "a.txt")
      #expect(c.error == nil, "expected error \(c.error ?? "")")
      #expect(answers.value(for: key) == c.expected)
    } catch let error as DiagnosticsError {
      #expect(error.diagnostics.count == 1)
      #expect(
        error.diagnostics[0].message.text.contains(c.error ?? "<no error expected>"),
        "\(error.diagnostics[0].message.text)")
      #expect(error.diagnostics[0].range?.start.line == 1)
    }
  }

  @Test func aTrailingCommentIsLeftOutOfTheCaret() throws {
    let pack = try Fixture.pack(Fixture.base)
    do {
      _ = try pack.answers(parsing: "n = lots # many\n", file: "q.txt")
      Issue.record("expected an error")
    } catch let error as DiagnosticsError {
      #expect(error.diagnostics.first?.range?.start.column == 5)
      #expect(error.diagnostics.first?.range?.length == 4)
    }
  }

  @Test func everyProblemIsReportedAtOnceWithItsLine() throws {
    let pack = try Fixture.pack(Fixture.base)
    let marked = MarkedText("0️⃣a = 1\n1️⃣bb = 2\nn = 2️⃣3.5\n3️⃣a = 4\n4️⃣what\nc = 5️⃣w\n")
    do {
      _ = try pack.answers(parsing: marked.text, file: "q.txt")
      Issue.record("expected errors")
    } catch let error as DiagnosticsError {
      let expected = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"].map { SourceLocation(file: "q.txt", marked[$0]) }
      #expect(error.diagnostics.map { $0.range!.start } == expected)
      #expect(error.diagnostics[2].message.text.contains("'a' is answered twice (first on line 1)"))
      #expect(error.diagnostics[2].notes.first?.range?.start == SourceLocation(file: "q.txt", marked["0️⃣"]))
    }
  }

  @Test func answerOrderDoesNotMatter() throws {
    let pack = try RulePack.builtIn()
    let lines = [
      "audience_size = 800", "owned_channels = 1", "paying_customers = 12", "price_per_customer_month = 9",
      "monthly_churn_percent = 6%", "started_from = problem", "monitoring_in_place = no",
    ]
    let forward = try pack.assess(try pack.answers(parsing: lines.joined(separator: "\n")))
    let backward = try pack.assess(try pack.answers(parsing: lines.reversed().joined(separator: "\n")))
    #expect(forward == backward)
    #expect(JSONReportWriter().write(forward) == JSONReportWriter().write(backward))
  }

  @Test func overridesReplaceFileAnswersAndEqualAnEditedFile() throws {
    let pack = try RulePack.builtIn()
    let original = Array("audience_size = 100\nowned_channels = 0\n".utf8)
    let overridden = try pack.answers(
      parsing: original, file: "a.txt", overrides: ["audience_size=1500", "trust_signals = 4"])
    let edited = try pack.answers(parsing: "audience_size = 1500\nowned_channels = 0\ntrust_signals = 4\n")
    #expect(overridden == edited)
    #expect(try pack.assess(overridden) == pack.assess(edited))
    #expect(throws: DiagnosticsError.self) {
      _ = try pack.answers(parsing: original, file: "a.txt", overrides: ["audiense_size=3"])
    }
  }

  @Test func typedAnswersAreValidatedLikeText() throws {
    let pack = try Fixture.pack(Fixture.base)
    #expect(throws: DiagnosticsError.self) { _ = try pack.answers(["n": .integer(500)]) }
    #expect(throws: DiagnosticsError.self) { _ = try pack.answers(["n": .number(1.5)]) }
    #expect(throws: DiagnosticsError.self) { _ = try pack.answers(["c": .choice("w")]) }
    #expect(throws: DiagnosticsError.self) { _ = try pack.answers(["p": .integer(1)]) }
    #expect(throws: DiagnosticsError.self) { _ = try pack.answers(["a": .number(.nan)]) }
    let unknown = try #require(throws: DiagnosticsError.self) { try pack.answers(["zz": .integer(1)]) }
    #expect("\(unknown)".contains("unknown question 'zz'"))
    let answers = try pack.answers(["n": .number(4), "c": .text("y"), "t": .text("hi")])
    #expect(answers.value(for: "n") == .integer(4))
    #expect(answers.answeredIDs == ["n", "t", "c"])
    #expect(answers.count == 3)
  }

  /// Answers keep numbers and text apart from their values; setting, replacing and clearing
  /// answers of every kind must keep what they report consistent.
  @Test func settingAndClearingKeepsValuesAndCount() throws {
    let pack = try Fixture.pack(Fixture.base)
    var answers = try pack.answers(parsing: "t = first\np = no\nc = z\na = -2.5")
    #expect(answers.count == 4)
    let t = pack.questionIndex["t"]!
    let p = pack.questionIndex["p"]!
    let a = pack.questionIndex["a"]!
    answers.set(t, .text("second"))
    answers.set(p, .bool(true))
    #expect(answers.count == 4)
    #expect(answers.value(at: t) == .text("second") && answers.value(at: p) == .bool(true))
    answers.set(t, .unknown)
    answers.set(a, .unknown)
    answers.set(a, .unknown)
    #expect(answers.count == 2)
    #expect(answers.answeredIDs == ["p", "c"])
    #expect(answers == (try pack.answers(parsing: "c = z\np = yes")))
  }

  /// Answers keep everything in one shared object; changing a copy must leave the original alone.
  @Test func copiesAreIndependentValues() throws {
    let pack = try Fixture.pack(Fixture.base)
    let original = try pack.answers(parsing: "t = first\na = 3")
    var copy = original
    copy.set(pack.questionIndex["t"]!, .text("second"))
    copy.set(pack.questionIndex["a"]!, .unknown)
    copy.setOrigin(pack.questionIndex["a"]!, nil)
    #expect(original.value(at: pack.questionIndex["t"]!) == .text("first"))
    #expect(original.value(at: pack.questionIndex["a"]!) == .number(3))
    #expect(original.origin(of: "a") != nil && copy.origin(of: "a") == nil)
    #expect(original.count == 2 && copy.count == 1)
    #expect(try pack.outcomes(for: original) == pack.evaluateReference(original).outcomes)
  }

  @Test func answersMadeForAnotherPackAreMatchedById() throws {
    let small = try Fixture.pack(Fixture.base)
    let other = try Fixture.pack(
      Fixture.base.replacingOccurrences(of: "[question a]", with: "[question a0]\nask = x\ntype = text\n\n[question a]")
    )
    let answers = try small.answers(parsing: "a = 3\nn = 5")
    let direct = try other.answers(parsing: "a = 3\nn = 5")
    #expect(
      other.evaluate(try other.adopted(answers)).slotValues(in: other) == other.evaluate(direct).slotValues(in: other))
    #expect(try other.assess(answers) == other.assess(direct))
  }
}
