import Testing

@testable import ReadinessKit

/// Answers given, and what a smart interview must do with them.
struct SmartCase: Sendable, CustomStringConvertible {
  var answers: String
  /// The question it must ask next (`nil`: none left).
  var next: String?
  /// The stage it must offer to stop at (`nil`: no offer).
  var settled: String?
  var description: String { answers.isEmpty ? "no answers" : answers.replacingOccurrences(of: "\n", with: ", ") }
}

/// `interview --smart`: the question that narrows the range most comes first, and the interview
/// offers to stop once no answer left can change the stage.
@Suite struct SmartInterviewTests {
  /// Three questions in one category, worked out by hand. `automatic` alone decides the stage (its
  /// rule is critical); `kind` (weight 3) moves the score more than `helper` (weight 1).
  ///
  /// - Open: answering `helper` or `kind` leaves `automatic` open, so stages Idea to Building (width
  ///   1); either answer to `automatic` settles the stage (width 0): `automatic` comes first though
  ///   it is last in the pack.
  /// - `automatic = no`: the stage is Building whatever else comes. Answering `helper` leaves
  ///   `kind` open: scores 1/5–4/5 (20–80) or 2/5–5/5 (40–100), width 60 either way; answering
  ///   `kind` leaves `helper`: `x` gives 1/5–2/5 (20–40), `y` and `z` give 4/5–5/5 (80–100), width
  ///   20 each. `kind` comes next.
  /// (The pack is `Fixtures/smart-pack/small.rules`, which the command-line tests run too.)
  static var text: String {
    get throws {
      try String(
        contentsOf: Golden.fixtures.appendingPathComponent("smart-pack/small.rules"), encoding: .utf8)
    }
  }

  static let cases: [SmartCase] = [
    .init(answers: "", next: "automatic", settled: nil),
    .init(answers: "helper = yes", next: "automatic", settled: nil),
    .init(answers: "kind = y", next: "automatic", settled: nil),
    .init(answers: "automatic = no", next: "kind", settled: "building"),
    .init(answers: "automatic = yes", next: "kind", settled: "idea"),
    .init(answers: "automatic = no\nkind = x", next: "helper", settled: "building"),
    // Nothing left to ask: nothing to offer either.
    .init(answers: "automatic = no\nkind = x\nhelper = no", next: nil, settled: nil),
  ]

  @Test(arguments: cases)
  func asksWhatNarrowsMostAndOffersToStopExactlyWhenSettled(_ c: SmartCase) throws {
    let pack = try Fixture.pack(try Self.text)
    let answers = try pack.answers(parsing: c.answers)
    let interview = try Interview(pack: pack, answers: answers, smart: true)
    #expect(interview.current?.id == c.next)
    #expect(interview.settledStage?.stage == c.settled)
    // The offer comes exactly when the range is one stage and something is left to ask.
    let range = try pack.scoreRange(answers)
    #expect((interview.settledStage != nil) == (range.stage.min == range.stage.max && c.next != nil))
  }

  @Test func theChoiceWeighsEachCandidateByTheWidthsLeft() throws {
    let pack = try Fixture.pack(try Self.text)
    let open = try #require(try pack.nextQuestion(for: pack.emptyAnswers, among: ["helper", "kind", "automatic"]))
    #expect(
      open
        == QuestionChoice(question: "automatic", stageWidth: 0, scoreWidth: open.scoreWidth, weighed: 3, candidates: 3))
    let settled = try pack.answers(parsing: "automatic = no")
    let next = try #require(try pack.nextQuestion(for: settled, among: ["helper", "kind"]))
    #expect(next == QuestionChoice(question: "kind", stageWidth: 0, scoreWidth: 20, weighed: 2, candidates: 2))
    // Only the candidates given are weighed, answered ones and unknown ids passed over.
    #expect(try pack.nextQuestion(for: settled, among: ["helper", "automatic", "nope"])?.question == "helper")
    #expect(try pack.nextQuestion(for: settled, among: ["automatic"]) == nil)
  }

  @Test func pastTheBudgetTheFirstCandidatesWeighedDecide() throws {
    let pack = try Fixture.pack(try Self.text)
    // One box: the first candidate is weighed whole, the others not at all.
    let choice = try #require(
      try pack.nextQuestion(for: pack.emptyAnswers, among: ["helper", "kind", "automatic"], budget: 1))
    #expect(choice.question == "helper")
    #expect(choice.weighed == 1)
    #expect(!choice.weighedAll)
  }

  @Test func goingOnAsksTheRestWithoutOfferingAgain() throws {
    let pack = try Fixture.pack(try Self.text)
    var interview = try Interview(pack: pack, smart: true)
    #expect(interview.progress == (1, 3))
    #expect(interview.respond("n") == .accepted)
    let stage = try #require(interview.settledStage)
    #expect(
      stage.summary
        == "No answer left can change the stage: Building. 2 questions are still open; they can move the score between 20 and 100."
    )
    interview.goOn()
    #expect(interview.settledStage == nil)
    #expect(interview.current?.id == "kind")
    #expect(interview.progress == (2, 3))
    #expect(interview.respond("<") == .back)
    #expect(interview.current?.id == "automatic")
    #expect(interview.respond("y") == .accepted)
    #expect(interview.current?.id == "kind")
    #expect(interview.respond("2") == .accepted)
    #expect(interview.current?.id == "helper")
    #expect(interview.progress == (3, 3))
    #expect(interview.respond("") == .skipped)
    #expect(interview.current == nil)
  }

  @Test func theBuiltInPacksFirstChoiceIsTheSameEveryTimeAndWeighsEveryCandidate() throws {
    let pack = try RulePack.builtIn()
    let ids = pack.questions.map(\.id)
    let first = try #require(try pack.nextQuestion(for: pack.emptyAnswers, among: ids))
    #expect(try pack.nextQuestion(for: pack.emptyAnswers, among: ids) == first)
    #expect(first.weighedAll)
    #expect(first.candidates == ids.count)
    // Answering it narrows the stage range at least as much as answering the first in order.
    let inOrder = try #require(try pack.nextQuestion(for: pack.emptyAnswers, among: [ids[0]]))
    #expect(first.stageWidth <= inOrder.stageWidth)
  }

  @Test func inOrderInterviewsNeverOffer() throws {
    let pack = try Fixture.pack(try Self.text)
    let answers = try pack.answers(parsing: "automatic = no")
    let interview = try Interview(pack: pack, answers: answers)
    #expect(interview.current?.id == "helper")
    #expect(interview.settledStage == nil)
  }
}
