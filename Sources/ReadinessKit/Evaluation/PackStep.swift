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
    /// Appends a program whose result must land in `target`: the last instruction writes there
    /// directly when it computes the result (the usual case), otherwise a move is added.
    func append(_ program: Program, to target: Register) {
      var code = program.code
      if let last = code.last, last.destination == program.result, program.result >= Register(ruleResultBase) {
        code[code.count - 1].destination = target
      } else {
        code.append(Instruction(op: .move, destination: target, a: program.result))
      }
      run += code
    }
    for i in factOrder {
      if let program = factPrograms[i] {
        append(program, to: Register(factSlots[i]))
      } else {
        flush()
        steps.append(.referenceFact(i))
      }
    }
    for (i, program) in rulePrograms.enumerated() {
      if let program {
        append(program, to: Register(ruleResultBase + i))
      } else {
        flush()
        steps.append(.referenceRule(i))
      }
    }
    flush()
    return steps
  }
}
