import Testing

@testable import ReadinessKit

/// The machine must give exactly what the reference evaluator gives.
@Suite struct MachineTests {
  @Test func machineAgreesWithTheReferenceOnRandomQuestionnaires() throws {
    let pack = try RulePack.builtIn()
    #expect(!pack.evaluationPlan.needsValues)  // its text rules run on the machine through text features
    #expect(pack.evaluationPlan.textFeatures.items.count >= 4)
    #expect(pack.evaluationPlan.rulePrograms.allSatisfy { $0 != nil })
    for seed in 0..<400 as Range<UInt64> {
      let text = DefaultPackPropertyTests.randomQuestionnaire([:], seed: seed)
      let answers = try pack.answers(parsing: text)
      let machine = pack.evaluate(answers)
      let reference = pack.evaluateReference(answers)
      #expect(machine.outcomes == reference.outcomes, "seed \(seed)")
      #expect(try pack.outcomes(for: answers) == reference.outcomes, "seed \(seed)")
      #expect(machine.slotValues(in: pack) == reference.slots, "seed \(seed)")
    }
  }

  @Test func everyOperationOfTheFixturePackAgrees() throws {
    let pack = try Fixture.pack()
    for text in [
      "", "audience = 5\nchannels = 0", "kind = course\ncustomers = 3\nchurn = 9%\nprice = 0",
      "automatic = yes\nprice = 4\ncustomers = 0",
    ] {
      let answers = try pack.answers(parsing: text)
      #expect(pack.evaluate(answers).outcomes == pack.evaluateReference(answers).outcomes)
    }
  }

  /// A one-rule section reading `when`.
  func rule(_ when: String) -> String {
    "[rule r.text]\ncategory = main\nseverity = low\nweight = 1\ntitle = t\nwhy = w\nfix = f\nwhen = \(when)\n"
  }

  /// Answers carry their text answers as the ids of the pack that read them; another pack, even
  /// one compiled from the same files, must not trust those ids.
  @Test func answersReadByAnotherPackAreEvaluatedFromTheirText() throws {
    let source = Fixture.base + rule(#"t in ["alpha", "beta"] or c == "x""#)
    let other =
      Fixture.base.replacingOccurrences(of: "[question t]", with: "[question t]\nhelp = same ids")
      + rule(#"t in ["gamma", "beta"] or t == "delta""#)
    let first = try Fixture.pack(source)
    let second = try Fixture.pack(other)
    for text in ["t = beta", "t = gamma", "t = delta", "t = alpha", "t = zeta", "", "c = x"] {
      let answers = try first.answers(parsing: text)
      #expect(try second.outcomes(for: answers) == second.evaluateReference(answers).outcomes, "\(text)")
      #expect(try first.outcomes(for: answers) == first.evaluateReference(answers).outcomes, "\(text)")
      #expect(try second.outcomes(for: answers) == second.outcomes(for: second.answers(parsing: text)), "\(text)")
    }
  }

  @Test func changingATextAnswerAfterReadingDropsTheEncodedIDs() throws {
    let pack = try Fixture.pack(Fixture.base + rule(#"t == "alpha""#))
    var answers = try pack.answers(parsing: "t = alpha")
    #expect(try pack.outcomes(for: answers) == [.fired])
    answers.set(pack.questionIndex["t"]!, .text("beta"))
    #expect(try pack.outcomes(for: answers) == [.passed])
    answers.set(pack.questionIndex["t"]!, .unknown)
    #expect(try pack.outcomes(for: answers) == [.unknown])
  }

  /// Lowering fuses a comparison with a constant into the `and` or `or` reading it, keeps lists of
  /// constants out of the code, and turns `p == true` into `p`.
  @Test func loweringKeepsCommonConditionsShort() throws {
    func code(_ condition: String) throws -> [Instruction.Op] {
      let pack = try Fixture.pack(Fixture.base + "[fact result]\nvalue = \(condition)\n")
      return pack.evaluationPlan.factPrograms.last!!.code.map(\.op)
    }
    #expect(try code("a < 5 and b > 3") == [.lessConstant, .andGreaterConstant])
    #expect(try code("a < 5 or b == 3 or p") == [.lessConstant, .orEqualConstant, .or])
    #expect(try code("a in [1, 2, 3]") == [.memberOfSmall])
    #expect(try code("a in [1, 2.5, 300]") == [.member])
    #expect(try code("p == true and q == false") == [.not, .and])
  }
}
