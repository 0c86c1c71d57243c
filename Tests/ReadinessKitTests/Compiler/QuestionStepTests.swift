import Foundation
import Testing

@testable import ReadinessKit

/// A question's `step`: how a plan's change to it reads as work, its holes checked at load.
@Suite struct QuestionStepTests {
  /// A pack whose question `n` is of `type` and has `step`, on line 8.
  static func rules(step: String, type: String = "number") -> String {
    """
    [category c]
    title = C
    weight = 1

    [question n]
    ask = How many hours?
    type = \(type)
    step = \(step)
    unit = # hour a week | # hours a week
    section = c

    [stage s]
    title = S
    rank = 1
    when = true

    """
  }

  struct Case: Sendable, CustomStringConvertible {
    var step: String
    var type = "number"
    /// The hole the error points at, or `nil` when the step loads.
    var culprit: String?
    var message: String?
    var description: String { "\(type): \(step)" }
  }

  @Test(arguments: [
    Case(step: "Cut upkeep to {to} (from {from}), {change} less"),
    Case(step: "Plan for upkeep", type: "boolean"),
    Case(step: "Cut upkeep to {too}", culprit: "{too}", message: "did you mean '{to}'"),
    Case(step: "Raise it by {change}", type: "boolean", culprit: "{change}", message: "needs a question with a number"),
    Case(step: "Cut it to {to} then {fro}", culprit: "{fro}", message: "a step can hold {to}, {from}, {change}"),
    Case(step: "Cut upkeep to {to", culprit: "{", message: "never closed"),
  ])
  func holesAreCheckedAtTheirPlace(_ c: Case) throws {
    let text = Self.rules(step: c.step, type: c.type)
    guard let culprit = c.culprit else {
      #expect(try Fixture.pack(text).question("n")?.step == c.step)
      return
    }
    let diagnostics = Fixture.diagnostics(text)
    #expect(diagnostics.map(\.code) == ["pack.bad-step-hole"])
    // The column of the culprit in "step = ...", line 8.
    let line = "step = \(c.step)"
    let column = line.distance(from: line.startIndex, to: try #require(line.range(of: culprit)).lowerBound) + 1
    #expect(diagnostics.first?.range.map { "\($0.start.line):\($0.start.column)" } == "8:\(column)")
    if let message = c.message { #expect(diagnostics.first?.message.text.contains(message) == true) }
  }

  struct Wording: Sendable, CustomStringConvertible {
    var step: String
    var type = "number"
    var from: String?
    var to: String
    var reads: String
    var description: String { reads }
  }

  @Test(arguments: [
    // The answer now follows the first value the step names.
    Wording(
      step: "Cut upkeep to {to}: log a week by task", from: "30", to: "15",
      reads: "Cut upkeep to 15 hours a week (now 30 hours a week): log a week by task"),
    Wording(
      step: "Free up {change} more", from: "3", to: "5", reads: "Free up 2 hours a week (now 3 hours a week) more"),
    Wording(step: "Free up {change} more", from: nil, to: "5", reads: "Free up 5 hours a week (unanswered now) more"),
    Wording(
      step: "Down from {from} to {to}", from: "30", to: "15",
      reads: "Down from 30 hours a week to 15 hours a week (now 30 hours a week)"),
    // Without a value in the step, the answer now ends it; a yes or no step says the change itself.
    Wording(step: "Log a week by task", from: "30", to: "15", reads: "Log a week by task (now 30 hours a week)"),
    Wording(step: "Track output quality", type: "boolean", from: "no", to: "yes", reads: "Track output quality"),
    // A brace that is not a hole stays as written.
    Wording(step: "Cut {to} {x", from: "30", to: "15", reads: "Cut 15 hours a week (now 30 hours a week) {x"),
  ])
  func aPlanStepReadsAsTheWork(_ w: Wording) throws {
    // `{x` is refused at load; the renderer must still not lose it if a pack built in memory has it.
    let loaded = w.step.contains("{x") ? "Cut {to}" : w.step
    let pack = try Fixture.pack(Self.rules(step: loaded, type: w.type))
    let question = try #require(pack.question("n"))
    let renderer = PlanRenderer(pack: pack, format: .text)
    let change = PlanChange(question: "n", from: w.from, to: w.to, effort: 1, gain: 1, milestone: false)
    if w.step == loaded {
      #expect(renderer.step(change) == w.reads)
    } else {
      #expect(renderer.fill(w.step, change, question, now: "now 30 hours a week") == w.reads)
    }
  }

  @Test func withoutAStepThePlanNamesTheAnswer() throws {
    let text = Self.rules(step: "x").replacingOccurrences(of: "step = x\n", with: "")
    let pack = try Fixture.pack(text)
    #expect(pack.question("n")?.step == nil)
    let change = PlanChange(question: "n", from: "30", to: "15", effort: 1, gain: 1, milestone: false)
    #expect(PlanRenderer(pack: pack, format: .text).step(change) == "Set n to 15 hours a week (now 30 hours a week)")
  }

  @Test func theReferenceShowsTheStep() throws {
    let reference = PackReference(pack: try Fixture.pack(Self.rules(step: "Cut upkeep to {to}")), name: "p")
    #expect(reference.text().contains("a plan's step reads: Cut upkeep to {to}"))
    #expect(reference.json().contains("\"step\": \"Cut upkeep to {to}\""))
  }

  @Test func everyBuiltInStepIsFilled() throws {
    // Every changeable question of the built-in pack says its work, and no hole is left unfilled.
    let pack = try RulePack.builtIn()
    let renderer = PlanRenderer(pack: pack, format: .text)
    for question in pack.questions where question.planEffort.isFinite {
      #expect(question.step != nil, "\(question.id) has no step")
      let to =
        switch question.type {
        case .boolean: "yes"
        case .choice: question.choices[0]
        case .text: "xxxxxxxxxxxxxxxxxxxx"
        default: "10"
        }
      let line = renderer.step(
        PlanChange(question: question.id, from: nil, to: to, effort: 1, gain: 1, milestone: question.milestone))
      #expect(!line.contains("{") && !line.contains("}"), "\(question.id): \(line)")
    }
  }
}
