// How the compiled model (questions, facts, rules, tiers, stages, their expressions and texts) is
// written to a snapshot and read back. Each type lists every stored property through its
// initializer, so a property added to one stops this file from compiling until it is written too.

extension SourceLocation: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(file: try r.string(), line: try r.int(), column: try r.int())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(file)
    w.write(line)
    w.write(column)
  }
}

extension SourceRange: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(start: try r.read(), length: try r.int(), lineText: try r.string())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(start)
    w.write(length)
    w.write(lineText)
  }
}

extension SourceText.Segment: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(offset: try r.int(), line: try r.int(), column: try r.int(), lineText: try r.string())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(offset)
    w.write(line)
    w.write(column)
    w.write(lineText)
  }
}

extension SourceText: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(try r.string(), file: try r.string(), line: 0, column: 0, lineText: "")
    segments = try r.read()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(text)
    w.write(file)
    w.write(segments)
  }
}

extension Value: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .unknown
    case 1: self = .number(try r.double())
    case 2: self = .bool(try r.bool())
    case 3: self = .text(try r.string())
    case 4: self = .choice(try r.int())
    default: throw r.error("bad value")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .unknown: w.tag(0)
    case .number(let x):
      w.tag(1)
      w.write(x)
    case .bool(let b):
      w.tag(2)
      w.write(b)
    case .text(let s):
      w.tag(3)
      w.write(s)
    case .choice(let i):
      w.tag(4)
      w.write(i)
    }
  }
}

extension AnswerValue: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .integer(try r.int())
    case 1: self = .number(try r.double())
    case 2: self = .percent(try r.double())
    case 3: self = .boolean(try r.bool())
    case 4: self = .choice(try r.string())
    case 5: self = .text(try r.string())
    default: throw r.error("bad answer")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .integer(let v):
      w.tag(0)
      w.write(v)
    case .number(let v):
      w.tag(1)
      w.write(v)
    case .percent(let v):
      w.tag(2)
      w.write(v)
    case .boolean(let v):
      w.tag(3)
      w.write(v)
    case .choice(let v):
      w.tag(4)
      w.write(v)
    case .text(let v):
      w.tag(5)
      w.write(v)
    }
  }
}

/// Enums without payloads, written as their position in `allCases`.
extension SnapshotCodable where Self: CaseIterable & Equatable, AllCases.Index == Int {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    let index = try r.int()
    guard Self.allCases.indices.contains(index) else { throw r.error("bad case") }
    self = Self.allCases[index]
  }
  func write(to w: inout SnapshotWriter) { w.write(Self.allCases.firstIndex(of: self)!) }
}

extension Severity: SnapshotCodable {}
extension QuestionType: SnapshotCodable {}
extension Question.PlanDirection: SnapshotCodable {}
extension ComparisonOperator: SnapshotCodable {}
extension ArithmeticOperator: SnapshotCodable {}

extension ArithmeticLevel: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self = try r.bool() ? .product : .sum
  }
  func write(to w: inout SnapshotWriter) { w.write(self == .product) }
}

extension SlotKind: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .number
    case 1: self = .boolean
    case 2: self = .choice
    case 3: self = .text
    default: throw r.error("bad slot kind")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .number: w.tag(0)
    case .boolean: w.tag(1)
    case .choice: w.tag(2)
    case .text: w.tag(3)
    }
  }
}

extension FunctionID: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    let row = try r.int()
    guard Function.table.indices.contains(row) else { throw r.error("no such function") }
    self.init(row: row)
  }
  func write(to w: inout SnapshotWriter) { w.write(row) }
}

extension CompiledExpression: SnapshotCodable {
  // Shared at every node: a rule's condition, the evaluation plan's copy and the range model's
  // are one tree, and so are repeated parts such as `answered(price)`.
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self = try r.sharedExpression { (r) throws(SnapshotError) in try CompiledExpression(whole: &r) }
  }
  func write(to w: inout SnapshotWriter) {
    w.shared(.expression) { writeWhole(to: &$0) }
  }

  private init(whole r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .constant(try r.read())
    case 1: self = .slot(try r.int())
    case 2: self = .answered(try r.int())
    case 3: self = .negate(try r.read())
    case 4: self = .not(try r.read())
    case 5:
      let first: CompiledExpression = try r.read()
      let count = try r.count()
      var rest: [(ArithmeticOperator, CompiledExpression)] = []
      rest.reserveCapacity(count)
      for _ in 0..<count { rest.append((try r.read(), try r.read())) }
      self = .arithmetic(first, rest)
    case 6: self = .and(try r.read())
    case 7: self = .or(try r.read())
    case 8: self = .compare(try r.read(), try r.read(), try r.read())
    case 9: self = .equal(try r.read(), try r.read(), negated: try r.bool())
    case 10: self = .member(try r.read(), try r.read())
    case 11: self = .call(try r.read(), try r.read())
    default: throw r.error("bad expression")
    }
  }
  private func writeWhole(to w: inout SnapshotWriter) {
    switch self {
    case .constant(let value):
      w.tag(0)
      w.write(value)
    case .slot(let slot):
      w.tag(1)
      w.write(slot)
    case .answered(let slot):
      w.tag(2)
      w.write(slot)
    case .negate(let operand):
      w.tag(3)
      w.write(operand)
    case .not(let operand):
      w.tag(4)
      w.write(operand)
    case .arithmetic(let first, let rest):
      w.tag(5)
      w.write(first)
      w.write(count: rest.count)
      for (op, operand) in rest {
        w.write(op)
        w.write(operand)
      }
    case .and(let items):
      w.tag(6)
      w.write(items)
    case .or(let items):
      w.tag(7)
      w.write(items)
    case .compare(let op, let left, let right):
      w.tag(8)
      w.write(op)
      w.write(left)
      w.write(right)
    case .equal(let left, let right, let negated):
      w.tag(9)
      w.write(left)
      w.write(right)
      w.write(negated)
    case .member(let item, let list):
      w.tag(10)
      w.write(item)
      w.write(list)
    case .call(let function, let arguments):
      w.tag(11)
      w.write(function)
      w.write(arguments)
    }
  }
}

extension Expression: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .number(try r.double(), try r.read())
    case 1: self = .string(try r.string(), try r.read())
    case 2: self = .boolean(try r.bool(), try r.read())
    case 3: self = .list(try r.read(), try r.read())
    case 4: self = .name(try r.string(), try r.read())
    case 5: self = .negate(try r.read(), try r.read())
    case 6: self = .not(try r.read(), try r.read())
    case 7:
      let level: ArithmeticLevel = try r.read()
      let first: Expression = try r.read()
      let count = try r.count()
      var rest: [(ArithmeticOperator, Expression)] = []
      rest.reserveCapacity(count)
      for _ in 0..<count { rest.append((try r.read(), try r.read())) }
      self = .arithmetic(level, first, rest)
    case 8: self = .and(try r.read())
    case 9: self = .or(try r.read())
    case 10: self = .comparison(try r.read(), try r.read(), try r.read(), operatorRange: try r.read())
    case 11: self = .membership(try r.read(), try r.read(), operatorRange: try r.read())
    case 12: self = .call(try r.string(), try r.read(), nameRange: try r.read(), range: try r.read())
    case 13: self = .parenthesized(try r.read(), try r.read())
    default: throw r.error("bad expression")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .number(let x, let range):
      w.tag(0)
      w.write(x)
      w.write(range)
    case .string(let text, let range):
      w.tag(1)
      w.write(text)
      w.write(range)
    case .boolean(let b, let range):
      w.tag(2)
      w.write(b)
      w.write(range)
    case .list(let items, let range):
      w.tag(3)
      w.write(items)
      w.write(range)
    case .name(let name, let range):
      w.tag(4)
      w.write(name)
      w.write(range)
    case .negate(let operand, let range):
      w.tag(5)
      w.write(operand)
      w.write(range)
    case .not(let operand, let range):
      w.tag(6)
      w.write(operand)
      w.write(range)
    case .arithmetic(let level, let first, let rest):
      w.tag(7)
      w.write(level)
      w.write(first)
      w.write(count: rest.count)
      for (op, operand) in rest {
        w.write(op)
        w.write(operand)
      }
    case .and(let items):
      w.tag(8)
      w.write(items)
    case .or(let items):
      w.tag(9)
      w.write(items)
    case .comparison(let op, let left, let right, let operatorRange):
      w.tag(10)
      w.write(op)
      w.write(left)
      w.write(right)
      w.write(operatorRange)
    case .membership(let item, let list, let operatorRange):
      w.tag(11)
      w.write(item)
      w.write(list)
      w.write(operatorRange)
    case .call(let name, let arguments, let nameRange, let range):
      w.tag(12)
      w.write(name)
      w.write(arguments)
      w.write(nameRange)
      w.write(range)
    case .parenthesized(let inner, let range):
      w.tag(13)
      w.write(inner)
      w.write(range)
    }
  }
}

extension TextTemplate.Piece: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.tag() {
    case 0: self = .text(try r.string())
    case 1: self = .value(try r.read(), slot: try r.read())
    default: throw r.error("bad template")
    }
  }
  func write(to w: inout SnapshotWriter) {
    switch self {
    case .text(let text):
      w.tag(0)
      w.write(text)
    case .value(let expression, let slot):
      w.tag(1)
      w.write(expression)
      w.write(slot)
    }
  }
}

extension TextTemplate: SnapshotCodable {
  // Shared: a rule's templates are also the report plan's.
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self = try r.sharedTemplate { (r) throws(SnapshotError) in TextTemplate(pieces: try r.read()) }
  }
  func write(to w: inout SnapshotWriter) {
    w.shared(.template) { $0.write(pieces) }
  }
}

extension FindingTemplate.Given: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(title: try r.read(), why: try r.read(), fix: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(title)
    w.write(why)
    w.write(fix)
  }
}

extension FindingTemplate: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    title = try r.read()
    why = try r.read()
    fix = try r.read()
    given = try r.read()
  }
  func write(to w: inout SnapshotWriter) {
    w.write(title)
    w.write(why)
    w.write(fix)
    w.write(given)
  }
}

extension Category: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try r.string(), title: try r.string(), weight: try r.double(), description: try r.read(),
      location: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(title)
    w.write(weight)
    w.write(description)
    w.write(location)
  }
}

extension Question: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try r.string(), ask: try r.string(), type: try r.read(), minimum: try r.read(), maximum: try r.read(),
      choices: try r.read(), category: try r.read(), help: try r.read(), label: try r.read(), unit: try r.read(),
      askIf: try r.read(), defaultValue: try r.read(), location: try r.read(), maxAge: try r.read(),
      effort: try r.read(), milestone: try r.bool(), step: try r.read(), planFactor: try r.read(),
      planDirection: try r.read(), askIfCompiled: try r.read(), defaultSlotValue: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(ask)
    w.write(type)
    w.write(minimum)
    w.write(maximum)
    w.write(choices)
    w.write(category)
    w.write(help)
    w.write(label)
    w.write(unit)
    w.write(askIf)
    w.write(defaultValue)
    w.write(location)
    w.write(maxAge)
    w.write(effort)
    w.write(milestone)
    w.write(step)
    w.write(planFactor)
    w.write(planDirection)
    w.write(askIfCompiled)
    w.write(defaultSlotValue)
  }
}

extension Fact: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    let id = try r.string()
    let title: String? = try r.read()
    let description: String? = try r.read()
    let unit: String? = try r.read()
    let expression = try r.string()
    let location: SourceRange = try r.read()
    let compiled: CompiledExpression = try r.read()
    let slot = try r.int()
    let source: (parsed: Expression, text: SourceText)? = try r.bool() ? (try r.read(), try r.read()) : nil
    self.init(
      id: id, title: title, description: description, unit: unit, expression: expression, location: location,
      compiled: compiled, slot: slot, source: source)
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(title)
    w.write(description)
    w.write(unit)
    w.write(expression)
    w.write(location)
    w.write(compiled)
    w.write(slot)
    w.write(source != nil)
    if let source {
      w.write(source.parsed)
      w.write(source.text)
    }
  }
}

extension Applicability: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      condition: try r.string(), text: try r.read(), compiled: try r.read(), parsed: try r.read(),
      questionSlots: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(condition)
    w.write(text)
    w.write(compiled)
    w.write(parsed)
    w.write(questionSlots)
  }
}

extension Tier: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try r.string(), rule: try r.string(), condition: try r.string(), severity: try r.read(), loss: try r.double(),
      capsScore: try r.read(), capsStage: try r.read(), effort: try r.read(), lever: try r.read(),
      title: try r.string(), why: try r.string(), fix: try r.string(), location: try r.read(), compiled: try r.read(),
      parsed: try r.read(), conditionText: try r.read(), template: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(rule)
    w.write(condition)
    w.write(severity)
    w.write(loss)
    w.write(capsScore)
    w.write(capsStage)
    w.write(effort)
    w.write(lever)
    w.write(title)
    w.write(why)
    w.write(fix)
    w.write(location)
    w.write(compiled)
    w.write(parsed)
    w.write(conditionText)
    w.write(template)
  }
}

extension Rule: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try r.string(), title: try r.string(), category: try r.string(), severity: try r.read(),
      weight: try r.double(), condition: try r.string(), why: try r.string(), fix: try r.string(),
      source: try r.read(), loss: try r.double(), capsScore: try r.read(), capsStage: try r.read(),
      effort: try r.read(), lever: try r.read(), equivalentMutants: try r.read(), tiers: try r.read(),
      location: try r.read(), compiled: try r.read(), parsed: try r.read(), conditionText: try r.read(),
      evidenceSlots: try r.read(), questionSlots: try r.read(), categoryIndex: try r.int(),
      applicability: try r.read(), template: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(title)
    w.write(category)
    w.write(severity)
    w.write(weight)
    w.write(condition)
    w.write(why)
    w.write(fix)
    w.write(source)
    w.write(loss)
    w.write(capsScore)
    w.write(capsStage)
    w.write(effort)
    w.write(lever)
    w.write(equivalentMutants)
    w.write(tiers)
    w.write(location)
    w.write(compiled)
    w.write(parsed)
    w.write(conditionText)
    w.write(evidenceSlots)
    w.write(questionSlots)
    w.write(categoryIndex)
    w.write(applicability)
    w.write(template)
  }
}

extension Stage: SnapshotCodable {
  init(snapshot r: inout SnapshotReader) throws(SnapshotError) {
    self.init(
      id: try r.string(), title: try r.string(), rank: try r.int(), condition: try r.string(),
      description: try r.read(), location: try r.read(), compiled: try r.read())
  }
  func write(to w: inout SnapshotWriter) {
    w.write(id)
    w.write(title)
    w.write(rank)
    w.write(condition)
    w.write(description)
    w.write(location)
    w.write(compiled)
  }
}
