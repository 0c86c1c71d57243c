import Foundation
import Testing

@testable import ReadinessKit

/// The range search works out what it needs of the given text answers once (`GivenTexts`, and the
/// model with their text functions folded): it must find exactly what it finds without that, box
/// for box.
@Suite struct GivenTextsTests {
  /// The built-in samples with every `step`-th question from `offset` left open.
  static func questionnaires(_ pack: RulePack) throws -> [(name: String, answers: Answers)] {
    let folder = Golden.packageRoot.appendingPathComponent("rules/samples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
      .sorted()
    var result: [(String, Answers)] = []
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let answers = try pack.answers(parsing: text)
      result.append((name, answers))
      for (step, offset) in [(2, 0), (3, 1), (5, 2)] {
        var partial = answers
        for i in pack.questions.indices where i % step == offset { partial.set(i, .unknown) }
        result.append(("\(name) every \(step)th from \(offset) open", partial))
      }
    }
    return result
  }

  /// Runs the search both ways and checks the extremes, exactness and boxes agree.
  static func expectSame(_ pack: RulePack, _ answers: Answers, _ name: String, stageOnly: Bool) {
    let open = pack.questions.indices.filter { answers.value(at: $0) == .unknown }
    guard !open.isEmpty else { return }
    var reusing = RangeSearch(pack: pack, base: answers, open: open, budget: 60, lowestStageOnly: stageOnly)
    var plain = RangeSearch(
      pack: pack, base: answers, open: open, budget: 60, lowestStageOnly: stageOnly, reusingGivenTexts: false)
    let a = reusing.run()
    let b = plain.run()
    #expect(a.scoreMin == b.scoreMin && a.scoreMax == b.scoreMax, "\(name)")
    #expect(a.stageMin == b.stageMin && a.stageMax == b.stageMax, "\(name)")
    #expect(a.exact == b.exact, "\(name)")
    #expect(reusing.boxesSearched == plain.boxesSearched, "\(name)")
  }

  @Test func theSearchFindsWhatItFindsWithoutReuse() throws {
    let pack = try RulePack.builtIn()
    let all = try Self.questionnaires(pack)
    // Some samples leave text questions open and give others: both sides are exercised.
    #expect(all.contains { q in q.answers.texts.contains { item in q.answers.value(at: item.index) != .unknown } })
    for (name, answers) in all {
      Self.expectSame(pack, answers, name, stageOnly: false)
      Self.expectSame(pack, answers, name, stageOnly: true)
    }
  }

  @Test func aLongGivenTextGivesWhatItsShortFormGives() throws {
    let pack = try RulePack.builtIn()
    let text = try String(
      contentsOf: Golden.packageRoot.appendingPathComponent("rules/samples/hype-wrapper.txt"), encoding: .utf8)
    let long = "gpt" + String(repeating: "x", count: 20_000)
    var answers = try pack.answers(
      parsing: text.replacingOccurrences(of: #"differentiator = "It uses GPT-4""#, with: "differentiator = \(long)"))
    for i in pack.questions.indices where i % 3 == 0 && pack.questions[i].id != "differentiator" {
      answers.set(i, .unknown)
    }
    #expect(answers.texts.contains { $0.text == long })
    Self.expectSame(pack, answers, "long differentiator", stageOnly: false)
    Self.expectSame(pack, answers, "long differentiator", stageOnly: true)
  }

  @Test func foldingReplacesTextFunctionsOfGivenAnswersOnly() throws {
    let pack = try Fixture.pack()
    let pitch = try #require(pack.questions.firstIndex { $0.id == "pitch" })
    let lowerRow = try #require(Function.index["lower"])
    let containsRow = try #require(Function.index["contains"])
    let call = CompiledExpression.call(
      FunctionID(row: containsRow), [.call(FunctionID(row: lowerRow), [.slot(pitch)]), .constant(.text("hours"))])
    var texts = [String?](repeating: nil, count: pack.questions.count)
    guard case .call = RangeModel.fold(call, texts) else {
      Issue.record("an open text was folded")
      return
    }
    texts[pitch] = "Save HOURS"
    guard case .constant(.bool(true)) = RangeModel.fold(call, texts) else {
      Issue.record("a given text was not folded to its value")
      return
    }
  }
}

/// The search for the stage a report states first tries one answer on the side rules fire on
/// (`RangeSearch.probe`): it must state the stage it states without it, and save the walk.
@Suite struct StageProbeTests {
  @Test func theProbeChangesNoStage() throws {
    let pack = try RulePack.builtIn()
    var probed = 0
    for (name, answers) in try GivenTextsTests.questionnaires(pack) {
      let open = pack.questions.indices.filter { answers.value(at: $0) == .unknown }
      guard !open.isEmpty else { continue }
      var with = RangeSearch(pack: pack, base: answers, open: open, budget: 16, lowestStageOnly: true)
      var without = RangeSearch(
        pack: pack, base: answers, open: open, budget: 16, lowestStageOnly: true, probing: false)
      let a = with.run()
      let b = without.run()
      #expect(a.stageMin == b.stageMin, "\(name)")
      if a.stageMin == 0 && with.boxesSearched == 0 { probed += 1 }
    }
    // It settles some of them on its own: otherwise it would only cost an evaluation.
    #expect(probed > 0)
  }

  /// The floor under the lowest stage takes the facts and rules that read no open question from
  /// one concrete evaluation: it must stay a floor (no higher than the lowest stage an exact
  /// search finds) and be no lower than the floor from abstract evaluation alone.
  @Test func theFloorFromKnownPartsIsAFloor() throws {
    let pack = try RulePack.builtIn()
    var settledRules = 0
    var compared = 0
    for (name, answers) in try GivenTextsTests.questionnaires(pack) {
      let open = pack.questions.indices.filter { answers.value(at: $0) == .unknown }
      guard !open.isEmpty else { continue }
      var exact = RangeSearch(
        pack: pack, base: answers, open: open, budget: 100_000, lowestStageOnly: true, probing: false)
      let result = exact.run()
      guard result.exact else { continue }
      let model = pack.rangeModel
      let domains = open.map { AnswerDomain(model.kinds[$0]) }
      let completion = exact.witness(domains)
      let known = pack.knownParts(pack.evaluate(completion), open: open, model: model)
      settledRules += known.options.compactMap { $0 }.count
      let plain = pack.abstractBounds(base: answers, open: open, domains: domains, model: model).stageLo
      let withKnown = pack.abstractBounds(base: answers, open: open, domains: domains, model: model, known: known)
        .stageLo
      #expect(plain <= withKnown, "\(name)")
      #expect(withKnown <= result.stageMin, "\(name)")
      compared += 1
    }
    #expect(compared > 10)
    #expect(settledRules > 0)
  }

  @Test func aMostlyEmptyLineIsSettledByTheProbe() throws {
    let pack = try RulePack.builtIn()
    let answers = try pack.answers(
      parsing: "audience_size = 1200\nowned_channels = 1\nmonthly_churn_percent = 4%\npath = other\n")
    let open = pack.questions.indices.filter { answers.value(at: $0) == .unknown }
    var search = RangeSearch(pack: pack, base: answers, open: open, budget: 16, lowestStageOnly: true)
    #expect(search.run().stageMin == 0)
    // No box evaluated; the stage is the floor, so no walk was needed either, nor the text work
    // done once for a search's many evaluations.
    #expect(search.boxesSearched == 0)
    #expect(search.given == nil)
    #expect(pack.guaranteedStage(of: answers, stage: 3) == 0)
  }
}
