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
      let report = JSONReportWriter(compact: true).write(pack.assess(x))
      #expect(JSONReportWriter(compact: true).write(copy.assess(y)) == report)
      #expect(
        BatchLine.result(copy.verdict(y), line: 1, id: nil) == BatchLine.result(pack.verdict(x), line: 1, id: nil))
      #expect(copy.outcomes(for: y) == pack.outcomes(for: x))
      // Answers made by one are answers for the other.
      #expect(JSONReportWriter(compact: true).write(copy.assess(x)) == report)
      #expect(JSONReportWriter(compact: true).write(pack.assess(y)) == report)
      if valid <= 20 {
        for rule in pack.rules { #expect(copy.explain(rule.id, for: y) == pack.explain(rule.id, for: x)) }
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
      distinct(pack.slotKinds, copy.slotKinds, "slotKinds")
      distinct(pack.valueKinds, copy.valueKinds, "valueKinds")
      distinct(pack.frameTemplate, copy.frameTemplate, "frameTemplate")
      distinct(pack.encodedDefaults, copy.encodedDefaults, "encodedDefaults")
      distinct(pack.comparedTextSlots, copy.comparedTextSlots, "comparedTextSlots")
      distinct(pack.packProgram, copy.packProgram, "packProgram")
      distinct(pack.rulePrograms, copy.rulePrograms, "rulePrograms")
      distinct(pack.ruleIDs, copy.ruleIDs, "ruleIDs")
      distinct(pack.ruleTable.weights, copy.ruleTable.weights, "ruleTable.weights")
      distinct(pack.ruleTable.byPrecedence, copy.ruleTable.byPrecedence, "ruleTable.byPrecedence")
      distinct(pack.findingTexts, copy.findingTexts, "findingTexts")
      distinct(pack.stageSummaries, copy.stageSummaries, "stageSummaries")
      distinct(pack.categoryTemplate, copy.categoryTemplate, "categoryTemplate")
      distinct(pack.categoryWeights, copy.categoryWeights, "categoryWeights")
      distinct(pack.choiceTable, copy.choiceTable, "choiceTable")
      if let code = pack.straightCode, let copied = copy.straightCode {
        distinct(code, copied, "straightCode")
      }
      #expect(zip(pack.findingTexts, copy.findingTexts).allSatisfy { $0 !== $1 })
    }
  }

  @Test func aCopyIsTheSamePackAndAPackCompiledAgainIsNot() throws {
    let pack = try RulePack.builtIn()
    let copy = pack.independentCopy()
    #expect(copy.identity == pack.identity)
    #expect(copy.textIDs == pack.textIDs)
    #expect(!copy.textIDs.isEmpty)
    #expect(copy.independentCopy().identity == pack.identity)
    #expect(try RulePack.builtIn().identity != pack.identity)
  }
}
