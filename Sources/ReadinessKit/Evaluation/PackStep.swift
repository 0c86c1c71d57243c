/// One step of evaluating a pack: a run of machine code, or one fact or rule that needs the
/// reference evaluator because it touches text the machine does not handle.
enum PackStep: Sendable {
  case code([Instruction])
  case referenceFact(Int)
  case referenceRule(Int)

  /// Joins the programs of the facts (in dependency order) and the rules into as few runs of code
  /// as possible; each fact's result is moved to its slot and each rule's to its result register.
  static func plan(
    factOrder: [Int], factSlots: [Int], factPrograms: [Program?], rulePrograms: [Program?], ruleResultBase: Int
  ) -> [PackStep] {
    var steps: [PackStep] = []
    var run: [Instruction] = []
    func flush() {
      if !run.isEmpty { steps.append(.code(run)) }
      run = []
    }
    for i in factOrder {
      if let program = factPrograms[i] {
        run += program.code
        run.append(Instruction(op: .move, destination: Int32(factSlots[i]), a: program.result))
      } else {
        flush()
        steps.append(.referenceFact(i))
      }
    }
    for (i, program) in rulePrograms.enumerated() {
      if let program {
        run += program.code
        run.append(Instruction(op: .move, destination: Int32(ruleResultBase + i), a: program.result))
      } else {
        flush()
        steps.append(.referenceRule(i))
      }
    }
    flush()
    return steps
  }
}
