import Testing

@testable import ReadinessKit

@Suite struct InterviewLogicTests {
  @Test func asksByCategorySkipsConditionalQuestionsAndGoesBack() throws {
    let pack = try Fixture.pack()
    var interview = try Interview(pack: pack)
    // reach questions first (audience, channels, kind, pitch), then money (price, customers, ...).
    #expect(interview.current?.id == "audience")
    #expect(interview.progress.number == 1)
    #expect(interview.respond("50") == .accepted)
    #expect(interview.respond("lots") == .refused("'lots' is not a whole number"))
    #expect(interview.current?.id == "channels")
    #expect(interview.respond("11") == .refused("must be between 0 and 10"))
    #expect(interview.respond("<") == .back)
    #expect(interview.current?.id == "audience")
    #expect(interview.emptyReplyMeaning == "Enter keeps 50")
    #expect(interview.respond("") == .kept)
    #expect(interview.respond("1") == .accepted)
    #expect(interview.current?.id == "kind")
    #expect(interview.expectedForm == "1) tool  2) course  3) other")
    #expect(interview.respond("2") == .accepted)
    #expect(interview.answers.value(for: "kind") == .choice("course"))
    #expect(interview.respond("?") == .help("No help for this question.\nExpected: text."))
    #expect(interview.respond("") == .skipped)
    #expect(interview.currentGroup == "Money")
    #expect(interview.current?.id == "price")
    #expect(interview.respond("\"12.5\"") == .accepted)
    #expect(interview.current?.id == "customers")
    #expect(interview.emptyReplyMeaning == "Enter takes the default 0")
    #expect(interview.respond("") == .kept)
    // customers = 0 makes churn's ask_if false: it is not asked.
    #expect(interview.current?.id == "automatic")
    #expect(interview.expectedForm == "y/n")
    #expect(interview.respond("y") == .accepted)
    #expect(interview.current == nil)
    #expect(interview.answers.count == 6)
  }

  @Test func resumingSkipsAnsweredQuestionsUnlessReviewing() throws {
    let pack = try Fixture.pack()
    let answers = try pack.answers(parsing: "audience = 5\nchannels = 1\n")
    #expect(try Interview(pack: pack, answers: answers).current?.id == "kind")
    // The numbers go on from the answers given before: the third question of seven.
    #expect(try Interview(pack: pack, answers: answers).progress == (3, 7))
    let review = try Interview(pack: pack, answers: answers, review: true)
    #expect(review.current?.id == "audience")
    #expect(review.emptyReplyMeaning == "Enter keeps 5")
    var atStart = try Interview(pack: pack)
    #expect(atStart.respond("<") == .atStart)
  }

  @Test func aResumedInterviewGoesBackToTheAnswersItWasGiven() throws {
    let pack = try Fixture.pack()
    let answers = try pack.answers(parsing: "audience = 5\nchannels = 1\n")
    var interview = try Interview(pack: pack, answers: answers)
    #expect(interview.current?.id == "kind")
    #expect(interview.respond("<") == .back)
    #expect(interview.current?.id == "channels")
    #expect(interview.progress == (2, 7))
    #expect(interview.emptyReplyMeaning == "Enter keeps 1")
    #expect(interview.respond("<") == .back)
    #expect(interview.current?.id == "audience")
    #expect(interview.respond("<") == .atStart)
    #expect(interview.respond("") == .kept)
    #expect(interview.current?.id == "channels")
  }

  @Test func aDashClearsTheAnswer() throws {
    let pack = try Fixture.pack()
    var interview = try Interview(pack: pack, answers: try pack.answers(parsing: "audience = 5\n"), review: true)
    #expect(interview.currentIsAnswered)
    #expect(interview.respond(Interview.clearReply) == .cleared)
    #expect(interview.answers.value(for: "audience") == nil)
    #expect(interview.current?.id == "channels")
    #expect(!interview.currentIsAnswered)
    #expect(interview.respond("<") == .back)
    #expect(interview.emptyReplyMeaning == "Enter skips")
  }

  @Test func savedAnswersReadBackToTheSameAnswers() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers([
      "problem_statement": .text("  leading space, \"quotes\" and a \\ backslash"), "path": .choice("other"),
      "monthly_churn_percent": .percent(4.25), "hourly_value": .number(0.1), "audience_size": .integer(12),
      "expects_fully_automatic": .boolean(false), "target_customer": .text("\"quoted at start"),
      "differentiator": .text("tab\there"),
    ])
    let text = QuestionnaireWriter(pack: pack).write(answers)
    #expect(try pack.answers(parsing: text) == answers)
    #expect(text.contains("monthly_churn_percent = 4.25%\n"))
  }

  @Test(arguments: ["ab\u{1}cd", "a\u{0}b", "tab\tinside", "bell\u{7}", "del\u{7F}", "next\u{85}line"])
  func answersWithControlCharactersAreRefusedNotKept(_ reply: String) throws {
    var interview = try Interview(pack: try Fixture.pack())
    #expect(interview.respond("50") == .accepted)
    #expect(interview.respond("1") == .accepted)
    #expect(interview.respond("2") == .accepted)
    // A text question: any other text would be accepted.
    #expect(interview.current?.id == "pitch")
    let before = interview.answers
    guard case .refused(let reason) = interview.respond(reply) else {
      Issue.record("'\(reply)' was accepted")
      return
    }
    #expect(reason.hasPrefix("control characters (here U+"))
    #expect(reason.hasSuffix(") cannot be saved; type the answer without them"))
    #expect(interview.answers == before)
  }
}
