import Foundation
import Testing

@testable import ReadinessKit

/// `RulePack.independentCopy()`: the same pack, in storage of its own.
@Suite struct IndependentCopyTests {
  @Test(arguments: BatchFixture.packs)
  func aCopyAssessesExactlyLikeTheOriginal(_ c: BatchFixture.PackCase) throws {
    let pack = try c.load()
    let copy = pack.independentCopy()
    var valid = 0
    var bad = 0
    for line in BatchFixture.split(BatchFixture.lines(for: pack, count: 300, seed: 11)) {
      let original = pack.batchRecord(line)
      let copied = copy.batchRecord(line)
      #expect(copied.id == original.id)
      #expect(copied.problems.map(\.column) == original.problems.map(\.column))
      #expect(copied.problems.map(\.message) == original.problems.map(\.message))
      guard let x = original.answers, let y = copied.answers else {
        #expect(original.answers == nil && copied.answers == nil)
        bad += original.answers == nil ? 1 : 0
        continue
      }
      valid += 1
      #expect(y == x)
      let report = JSONReportWriter(compact: true).write(try pack.assess(x))
      #expect(JSONReportWriter(compact: true).write(try copy.assess(y)) == report)
      #expect(
        try BatchLine.result(copy.verdict(y), line: 1, id: nil) == BatchLine.result(pack.verdict(x), line: 1, id: nil))
      #expect(try copy.outcomes(for: y) == pack.outcomes(for: x))
      // Answers made by one are answers for the other.
      #expect(JSONReportWriter(compact: true).write(try copy.assess(x)) == report)
      #expect(JSONReportWriter(compact: true).write(try pack.assess(y)) == report)
      if valid <= 20 {
        for rule in pack.rules { #expect(try copy.explain(rule.id, for: y) == pack.explain(rule.id, for: x)) }
      }
    }
    #expect(valid >= 250 && bad >= 1)
  }

  @Test(arguments: BatchFixture.packs)
  func aCopyHasTheSameModelAndExamples(_ c: BatchFixture.PackCase) throws {
    let pack = try c.load()
    let copy = pack.independentCopy()
    #expect(copy.categories == pack.categories)
    #expect(copy.questions.map(\.expectedForm) == pack.questions.map(\.expectedForm))
    #expect(copy.rules.map(\.condition) == pack.rules.map(\.condition))
    #expect(copy.rules.map { "\($0.parsed)" } == pack.rules.map { "\($0.parsed)" })
    #expect(copy.stages.map(\.id) == pack.stages.map(\.id))
    let examples = pack.runExamples()
    let copiedExamples = copy.runExamples()
    #expect(copiedExamples.map(\.id) == examples.map(\.id))
    #expect(copiedExamples.map(\.report) == examples.map(\.report))
    #expect(copiedExamples.map(\.failures) == examples.map(\.failures))
    #expect(copy.examples.map(\.answers) == pack.examples.map(\.answers))
    #expect(copy.emptyAnswers == pack.emptyAnswers)
  }

  @Test(arguments: BatchFixture.packs)
  func aCopySharesNoHeapStorageWithTheOriginal(_ c: BatchFixture.PackCase) throws {
    let pack = try c.load()
    let copy = pack.independentCopy()
    let original = HeapStorage.addresses(of: pack)
    let copied = HeapStorage.addresses(of: copy)
    #expect(original.count > 100 && copied.count > 100)
    let shared = original.intersection(copied)
    #expect(shared.count == 0, "the copy shares \(shared.count) of \(original.count) blocks of storage")
    // The walk does find shared storage: a plain copy shares all of it.
    let plain = pack
    #expect(HeapStorage.addresses(of: plain) == original)
  }

  /// The arrays every assessment reads, by name.
  @Test func theArraysAssessmentReadsAreOfTheirOwn() throws {
    for c in BatchFixture.packs {
      let pack = try c.load()
      let copy = pack.independentCopy()
      func distinct<T>(_ a: [T], _ b: [T], _ name: String) {
        #expect(!a.isEmpty, "\(c.name): \(name) is empty")
        let same = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress } }
        #expect(!same, "\(c.name): \(name) shares storage")
      }
      distinct(pack.questions, copy.questions, "questions")
      distinct(pack.rules, copy.rules, "rules")
      distinct(pack.stages, copy.stages, "stages")
      distinct(pack.questionIDs, copy.questionIDs, "questionIDs")
      distinct(pack.questionKinds, copy.questionKinds, "questionKinds")
      distinct(pack.evaluationPlan.slotKinds, copy.evaluationPlan.slotKinds, "slotKinds")
      distinct(pack.evaluationPlan.valueKinds, copy.evaluationPlan.valueKinds, "valueKinds")
      distinct(pack.evaluationPlan.frameTemplate, copy.evaluationPlan.frameTemplate, "frameTemplate")
      distinct(pack.evaluationPlan.encodedDefaults, copy.evaluationPlan.encodedDefaults, "encodedDefaults")
      distinct(pack.evaluationPlan.comparedTextSlots, copy.evaluationPlan.comparedTextSlots, "comparedTextSlots")
      distinct(pack.evaluationPlan.packProgram, copy.evaluationPlan.packProgram, "packProgram")
      distinct(pack.evaluationPlan.rulePrograms, copy.evaluationPlan.rulePrograms, "rulePrograms")
      distinct(pack.reportPlan.ruleIDs, copy.reportPlan.ruleIDs, "ruleIDs")
      distinct(pack.reportPlan.ruleTable.weights, copy.reportPlan.ruleTable.weights, "ruleTable.weights")
      distinct(pack.reportPlan.ruleTable.byPrecedence, copy.reportPlan.ruleTable.byPrecedence, "ruleTable.byPrecedence")
      distinct(pack.reportPlan.findings, copy.reportPlan.findings, "findings")
      distinct(pack.reportPlan.stageSummaries, copy.reportPlan.stageSummaries, "stageSummaries")
      distinct(pack.reportPlan.categoryTemplate, copy.reportPlan.categoryTemplate, "categoryTemplate")
      distinct(pack.reportPlan.categoryWeights, copy.reportPlan.categoryWeights, "categoryWeights")
      distinct(pack.batchKeys.choiceTable, copy.batchKeys.choiceTable, "choiceTable")
      if let code = pack.evaluationPlan.straightCode, let copied = copy.evaluationPlan.straightCode {
        distinct(code, copied, "straightCode")
      }
    }
  }

  @Test func aCopyIsTheSamePackAndAPackCompiledAgainIsNot() throws {
    let pack = try RulePack.builtIn()
    let copy = pack.independentCopy()
    #expect(copy.identity == pack.identity)
    #expect(copy.evaluationPlan.textIDs.ids == pack.evaluationPlan.textIDs.ids)
    #expect(!copy.evaluationPlan.textIDs.ids.isEmpty)
    #expect(copy.independentCopy().identity == pack.identity)
    #expect(try RulePack.builtIn().identity != pack.identity)
  }
}
