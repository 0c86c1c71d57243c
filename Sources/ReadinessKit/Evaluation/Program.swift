/// A compiled expression lowered to straight-line register code for the evaluation machine.
///
/// Lowering covers numbers, truth values and choices; an expression that touches text anywhere
/// has no program and runs on the reference evaluator (`Evaluator`), which defines the semantics
/// both follow. Registers below `temporaryBase` are slots (answers, facts, stage names); the rest
/// are temporaries, reused by every program.
struct Program: Sendable {
  var code: [Instruction]
  /// The register that holds the result.
  var result: Register
  /// One past the highest register used.
  var registers: Int

  /// Lowers an expression, or returns `nil` when it touches text in a way the machine cannot do.
  ///
  /// Text the machine does handle: a text slot compared with text constants (`==`, `!=`, `in`) and
  /// `answered` of a text slot. Text slots hold the id of their text in `context.texts` (every
  /// constant such a comparison uses), -1 for any other text, NaN when unknown. Constants live in
  /// registers of `context.constants`, which every frame starts with.
  static func lower(
    _ expression: CompiledExpression, kinds: [SlotKind], temporaryBase: Int, context: inout LoweringContext
  ) -> Program? {
    var builder = Builder(kinds: kinds, temporaryBase: Register(temporaryBase), context: context)
    guard let (register, _) = builder.lower(expression) else { return nil }
    context = builder.context
    return Program(code: builder.code, result: register, registers: Int(builder.next))
  }

  private struct Builder {
    let kinds: [SlotKind]
    let temporaryBase: Register
    var next: Register
    var context: LoweringContext
    var code: [Instruction] = []

    init(kinds: [SlotKind], temporaryBase: Register, context: LoweringContext) {
      self.kinds = kinds
      self.temporaryBase = temporaryBase
      self.next = temporaryBase
      self.context = context
    }

    /// Whether an expression reads nothing but text answers (and constants), so its value can be
    /// worked out once per questionnaire before the machine runs.
    func readsOnlyTextAnswers(_ e: CompiledExpression) -> Bool {
      switch e {
      case .constant: return true
      case .slot(let i): return i < context.features.questionCount && kinds[i] == .text
      case .answered: return false
      case .negate(let x), .not(let x): return readsOnlyTextAnswers(x)
      case .arithmetic(let first, let rest):
        return readsOnlyTextAnswers(first) && rest.allSatisfy { readsOnlyTextAnswers($0.1) }
      case .and(let items), .or(let items), .call(_, let items): return items.allSatisfy(readsOnlyTextAnswers)
      case .compare(_, let l, let r), .equal(let l, let r, _): return readsOnlyTextAnswers(l) && readsOnlyTextAnswers(r)
      case .member(let l, let items): return readsOnlyTextAnswers(l) && items.allSatisfy(readsOnlyTextAnswers)
      }
    }

    /// A text function of text answers, worked out before the machine runs, as a register.
    mutating func feature(_ e: CompiledExpression, kind: TextFeatures.Kind) -> Register? {
      guard case .call = e, readsOnlyTextAnswers(e) else { return nil }
      return context.features.add(e, kind: kind)
    }

    /// A text slot, if the expression is one.
    func textSlot(_ e: CompiledExpression) -> Register? {
      if case .slot(let i) = e, kinds[i] == .text { return Register(i) }
      return nil
    }

    /// A text slot or feature the machine compares by id, if the expression is one.
    mutating func comparedText(_ e: CompiledExpression) -> Register? {
      if let slot = textSlot(e) {
        context.textIDSlots.insert(Int(slot))
        return slot
      }
      return feature(e, kind: .textID)
    }

    /// A text constant's id, assigned on first use. Keyed by `String`, whose equality is
    /// `TextComparison.equal`'s, so canonically equivalent constants share an id.
    mutating func textID(_ s: String) -> Int {
      let id = context.texts[s] ?? context.texts.count
      context.texts[s] = id
      return id
    }

    /// Folds a comparison with a constant that was just emitted into the `and` or `or` that reads
    /// it: one instruction instead of two, the commonest pair in rule conditions.
    mutating func fuse(_ isAnd: Bool, _ running: Register, _ operand: Register) -> Register? {
      guard operand >= temporaryBase, let last = code.last, last.destination == operand,
        let comparison = ComparisonOperator.comparingWithConstant(last.op)
      else { return nil }
      code[code.count - 1].op = isAnd ? comparison.andConstantInstruction : comparison.orConstantInstruction
      code[code.count - 1].b = running
      return operand
    }

    mutating func emitConstantComparison(_ op: ComparisonOperator, _ a: Register, _ constant: Double) -> Register {
      emit(op.constantInstruction, a, immediate: constant)
    }

    mutating func temporary() -> Register {
      defer { next += 1 }
      return next
    }

    mutating func emit(
      _ op: Instruction.Op, _ a: Register = 0, _ b: Register = 0, _ c: Register = 0, immediate: Double = 0
    ) -> Register {
      let destination = temporary()
      code.append(Instruction(op: op, destination: destination, a: a, b: b, c: c, immediate: immediate))
      return destination
    }

    mutating func lower(_ e: CompiledExpression) -> (Register, SlotKind)? {
      switch e {
      case .constant(let value):
        switch value {
        case .number(let x): return (context.constants.register(x), .number)
        case .bool(let b): return (context.constants.register(b ? 1 : 0), .boolean)
        case .choice(let i): return (context.constants.register(Double(i)), .choice)
        case .text, .unknown: return nil
        }
      case .slot(let i):
        guard kinds[i] != .text else { return nil }
        return (Register(i), kinds[i])
      case .answered(let i):
        switch kinds[i] {
        case .number, .choice, .text: return (emit(.answeredNumber, Register(i)), .boolean)
        case .boolean: return (emit(.answeredBool, Register(i)), .boolean)
        }
      case .negate(let inner):
        guard let (a, _) = lower(inner) else { return nil }
        return (emit(.negate, a), .number)
      case .not(let inner):
        guard let (a, _) = lower(inner) else { return nil }
        return (emit(.not, a), .boolean)
      case .arithmetic(let first, let rest):
        guard var (total, _) = lower(first) else { return nil }
        for (op, operand) in rest {
          if case .constant(.number(let k)) = operand {
            total = emit(op.constantInstruction, total, immediate: k)
            continue
          }
          guard let (x, _) = lower(operand) else { return nil }
          total = emit(op.instruction, total, x)
        }
        return (total, .number)
      case .and(let items), .or(let items):
        let isAnd: Bool
        if case .and = e { isAnd = true } else { isAnd = false }
        guard var (result, _) = lower(items[0]) else { return nil }
        for item in items.dropFirst() {
          guard let (x, _) = lower(item) else { return nil }
          result = fuse(isAnd, result, x) ?? emit(isAnd ? .and : .or, result, x)
        }
        return (result, .boolean)
      case .compare(let op, let l, let r):
        if case .constant(.number(let x)) = r, let (a, _) = lower(l) {
          return (emitConstantComparison(op, a, x), .boolean)
        }
        guard let (a, _) = lower(l), let (b, _) = lower(r) else { return nil }
        return (emit(op.instruction, a, b), .boolean)
      case .equal(let l, let r, let negated):
        if case .constant(.text(let s)) = r, let register = comparedText(l) {
          return (emitConstantComparison(negated ? .notEqual : .equal, register, Double(textID(s))), .boolean)
        }
        if let slot = textSlot(l) ?? textSlot(r) {
          guard case .constant(.text(let s)) = (textSlot(l) == nil ? l : r) else { return nil }
          context.textIDSlots.insert(Int(slot))
          return (emitConstantComparison(negated ? .notEqual : .equal, slot, Double(textID(s))), .boolean)
        }
        if case .constant(.bool(let b)) = r, let (a, kind) = lower(l), kind == .boolean {
          // Three-valued `x == true` is x itself and `x == false` is `not x`.
          return b != negated ? (a, .boolean) : (emit(.not, a), .boolean)
        }
        if case .constant(.choice(let i)) = r, let (a, kind) = lower(l), kind == .choice {
          return (emitConstantComparison(negated ? .notEqual : .equal, a, Double(i)), .boolean)
        }
        guard let (a, kind) = lower(l), let (b, _) = lower(r) else { return nil }
        if kind == .boolean {
          let equal = emit(.equalBool, a, b)
          return (negated ? emit(.not, equal) : equal, .boolean)
        }
        return (emit(negated ? .notEqual : .equal, a, b), .boolean)
      case .member(let l, let items):
        let allTextConstants = items.allSatisfy { if case .constant(.text) = $0 { return true } else { return false } }
        let text =
          textSlot(l).map { slot -> Register in
            context.textIDSlots.insert(Int(slot))
            return slot
          }
          ?? (allTextConstants ? feature(l, kind: .textID) : nil)
        guard let (a, kind) = text.map({ ($0, SlotKind.text) }) ?? lower(l), kind != .boolean else { return nil }
        // A list of constants sits in constant registers; any other list is assembled in temporaries.
        var constants: [Double] = []
        for item in items {
          switch item {
          case .constant(.text(let s)) where text != nil: constants.append(Double(textID(s)))
          case .constant(.number(let x)) where text == nil: constants.append(x)
          case .constant(.choice(let i)) where text == nil: constants.append(Double(i))
          default: break
          }
        }
        if constants.count == items.count {
          // Small whole numbers (choice indexes, text ids) are tested against a bit set at once.
          if constants.allSatisfy({ $0 >= 0 && $0 < 64 && $0 == $0.rounded() }) {
            let mask = constants.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
            return (emit(.memberOfSmall, a, immediate: Double(bitPattern: mask)), .boolean)
          }
          return (emit(.member, a, context.constants.list(constants), Register(items.count)), .boolean)
        }
        guard text == nil else { return nil }
        var registers: [Register] = []
        for item in items {
          guard let (x, _) = lower(item) else { return nil }
          registers.append(x)
        }
        let base = next
        next += Register(items.count)
        for (k, x) in registers.enumerated() {
          code.append(Instruction(op: .move, destination: base + Register(k), a: x))
        }
        return (emit(.member, a, base, Register(items.count)), .boolean)
      case .call(let function, let arguments):
        return lowerCall(function, arguments)
      }
    }

    /// A call, by what its row says: a numeric function is one `call` instruction per pair of
    /// arguments (the machine runs the row's kernel); a text function of text answers is worked out
    /// before the machine runs; `if` picks a branch.
    mutating func lowerCall(_ id: FunctionID, _ arguments: [CompiledExpression]) -> (Register, SlotKind)? {
      let function = id.function
      switch function.body {
      case .text:
        // Text results are compared by id where a comparison reads them (`comparedText`).
        switch function.result {
        case .number: return feature(.call(id, arguments), kind: .number).map { ($0, .number) }
        case .boolean: return feature(.call(id, arguments), kind: .boolean).map { ($0, .boolean) }
        default: return nil
        }
      case .answered:
        return nil
      case .numeric:
        var registers: [Register] = []
        for argument in arguments {
          guard let (r, _) = lower(argument) else { return nil }
          registers.append(r)
        }
        let row = Double(id.row)
        // Absent arguments read the constant 0, as the kernel expects.
        let zero = context.constants.register(0)
        if function.isVariadic {
          var result = emit(
            .call, registers[0], registers.count > 1 ? registers[1] : registers[0], zero, immediate: row)
          for r in registers.dropFirst(2) { result = emit(.call, result, r, zero, immediate: row) }
          return (result, .number)
        }
        while registers.count < 3 { registers.append(zero) }
        return (emit(.call, registers[0], registers[1], registers[2], immediate: row), .number)
      case .conditional:
        var registers: [Register] = []
        var kinds: [SlotKind] = []
        for argument in arguments {
          guard let (r, k) = lower(argument) else { return nil }
          registers.append(r)
          kinds.append(k)
        }
        let kind = kinds[1]
        return (emit(kind == .boolean ? .ifBool : .ifNumber, registers[0], registers[1], registers[2]), kind)
      }
    }
  }
}
