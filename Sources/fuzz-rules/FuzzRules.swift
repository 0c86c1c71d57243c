import BenchmarkSupport
import Foundation
import FuzzSupport
import ReadinessKit

/// Fuzz target: arbitrary bytes as a rule file. When it compiles, assess an empty and a full
/// questionnaire and run its examples.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let pack = try? RulePack(sources: [RuleSource(name: "fuzz.rules", bytes: bytes)]) else { return 0 }
  let empty = try! pack.assess(pack.emptyAnswers)
  precondition(empty.answered == 0)
  var full: [String: AnswerValue] = [:]
  for question in pack.questions {
    switch question.type {
    case .integer: full[question.id] = .integer(Int(question.minimum ?? 0))
    case .number: full[question.id] = .number(question.minimum ?? 0)
    case .percent: full[question.id] = .percent(max(0, question.minimum ?? 0))
    case .boolean: full[question.id] = .boolean(true)
    case .choice: full[question.id] = .choice(question.choices[0])
    case .text: full[question.id] = .text("text")
    }
  }
  checkRangeAndPlan(pack, pack.emptyAnswers)
  if let answers = try? pack.answers(full) {
    checkRangeAndPlan(pack, answers)
    let report = try! pack.assess(answers)
    precondition(
      report.findings.count + report.passed.count + report.unknown.count + report.notApplicable.count
        == pack.rules.count)
    _ = JSONReportWriter().write(report)
    checkEvaluatorsAgree(pack, answers)
  }
  // Random questionnaires, seeded by the input so a finding replays: every evaluator must agree.
  var seed = UInt64(truncatingIfNeeded: size) &* 0x9E37_79B9_7F4A_7C15
  for byte in bytes.prefix(64) { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
  var rng = SplitMix(seed: seed)
  for _ in 0..<8 {
    if let answers = try? pack.answers(randomAnswers(pack, &rng)) { checkEvaluatorsAgree(pack, answers) }
  }
  _ = pack.runExamples()
  return 0
}

/// The range and the plan that every report `readiness` prints carries, on small budgets: traps
/// unless the range is ordered, and unless a plan that says it reaches its target does.
func checkRangeAndPlan(_ pack: RulePack, _ answers: Answers) {
  let range = try! pack.scoreRange(answers, budget: 20)
  precondition(range.score.min <= range.score.max, "range \(range.score.min)–\(range.score.max)")
  let index = { (id: String) in pack.stages.firstIndex { $0.id == id }! }
  precondition(index(range.stage.min) <= index(range.stage.max))
  let plan = try! pack.plan(answers, budget: 50)
  precondition(!plan.reached || index(plan.stage) >= index(plan.target), "plan to \(plan.target) reaches \(plan.stage)")
  _ = PlanRenderer(pack: pack, format: .text).render(plan)
}

/// Traps unless the reference evaluator (which `explain` runs), the machine (`outcomes(for:)`) and
/// assessment give every rule the same outcome.
func checkEvaluatorsAgree(_ pack: RulePack, _ answers: Answers) {
  let machine = try! pack.outcomes(for: answers)
  let report = try! pack.assess(answers)
  let fired = Set(report.findings.map(\.rule))
  let unknown = Set(report.unknown.map(\.rule))
  let notApplicable = Set(report.notApplicable)
  for (i, rule) in pack.rules.enumerated() {
    let explanation = try! pack.explain(rule.id, for: answers)!
    let reference = explanation.outcome
    let finding = report.findings.first { $0.rule == rule.id }
    precondition(
      finding?.tier == explanation.tier,
      "\(rule.id): report tier \(String(describing: finding?.tier)), reference \(String(describing: explanation.tier))")
    let assessed: RuleOutcome =
      fired.contains(rule.id)
      ? .fired
      : (unknown.contains(rule.id) ? .unknown : (notApplicable.contains(rule.id) ? .notApplicable : .passed))
    precondition(machine[i] == reference, "\(rule.id): machine \(machine[i]), reference \(reference)")
    precondition(assessed == reference, "\(rule.id): report \(assessed), reference \(reference)")
  }
}

/// Answers within each question's range, some left out, from a seeded generator.
func randomAnswers(_ pack: RulePack, _ rng: inout SplitMix) -> [String: AnswerValue] {
  var values: [String: AnswerValue] = [:]
  for question in pack.questions where rng.next() % 4 != 0 {
    let low = question.minimum ?? (question.type == .percent ? 0 : -1000)
    let high = max(low, question.maximum ?? (question.type == .percent ? 100 : 1000))
    let fraction = Double(rng.next() % 10_001) / 10_000
    switch question.type {
    case .integer: values[question.id] = .integer(Int((low + (high - low) * fraction).rounded(.down)))
    case .number: values[question.id] = .number(low + (high - low) * fraction)
    case .percent: values[question.id] = .percent(low + (high - low) * fraction)
    case .boolean: values[question.id] = .boolean(rng.next() % 2 == 0)
    case .choice: values[question.id] = .choice(question.choices[Int(rng.next() % UInt64(question.choices.count))])
    case .text: values[question.id] = .text(["", "gpt wrapper", "  Text ", "x"][Int(rng.next() % 4)])
    }
  }
  return values
}

#if !FUZZING
  @main
  enum Replay {
    static func main() { FuzzReplay.run(fuzzRules) }
  }
#endif
