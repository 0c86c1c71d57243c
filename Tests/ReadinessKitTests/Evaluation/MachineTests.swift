import Testing

@testable import ReadinessKit

/// The machine must give exactly what the reference evaluator gives.
@Suite struct MachineTests {
  @Test func machineAgreesWithTheReferenceOnRandomQuestionnaires() throws {
    let pack = try RulePack.builtIn()
    #expect(!pack.needsValues)  // its text rules run on the machine through text features
    #expect(pack.textFeatures.items.count >= 4)
    #expect(pack.rulePrograms.allSatisfy { $0 != nil })
    for seed in 0..<400 as Range<UInt64> {
      let text = DefaultPackPropertyTests.randomQuestionnaire([:], seed: seed)
      let answers = try pack.answers(parsing: text)
      let machine = pack.evaluate(answers)
      let reference = pack.evaluateReference(answers)
      #expect(machine.outcomes == reference.outcomes, "seed \(seed)")
      #expect(machine.slotValues == reference.slots, "seed \(seed)")
    }
  }

  @Test func everyOperationOfTheFixturePackAgrees() throws {
    let pack = try Fixture.pack()
    for text in ["", "audience = 5\nchannels = 0", "kind = course\ncustomers = 3\nchurn = 9%\nprice = 0", "automatic = yes\nprice = 4\ncustomers = 0"] {
      let answers = try pack.answers(parsing: text)
      #expect(pack.evaluate(answers).outcomes == pack.evaluateReference(answers).outcomes)
    }
  }
}
