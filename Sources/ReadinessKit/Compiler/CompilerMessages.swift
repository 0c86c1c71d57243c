/// The messages of the compiler: loading a pack, its sections and keys, names and types.
extension Diagnostic.Message {
  // MARK: Loading a pack

  static func rulesFolderMissing(_ path: String) -> Self {
    Self(
      code: "io.rules-folder-missing", "rules folder '\(path)' does not exist; pass a folder that holds .rules files")
  }
  static func rulesFolderIsFile(_ path: String) -> Self {
    Self(code: "io.rules-folder-is-file", "'\(path)' is a file, not a folder; pass the folder that holds it")
  }
  static func rulesFolderUnreadable(_ path: String) -> Self {
    Self(code: "io.rules-folder-unreadable", "cannot read the folder '\(path)'")
  }
  static func noRuleFiles(_ path: String) -> Self {
    Self(code: "io.no-rule-files", "'\(path)' holds no .rules file; a rule pack is a folder of .rules files")
  }
  static func ruleFileUnreadable(_ path: String) -> Self {
    Self(code: "io.rule-file-unreadable", "cannot read '\(path)'")
  }
  static func ruleFileTooLarge(_ path: String, limit: Int) -> Self {
    var message = Self(
      code: "io.rule-file-too-large",
      "'\(path)' is larger than \(Limits.describe(bytes: limit)), the most read from one rule file")
    message.hint = .raiseReadLimit
    return message
  }

  // MARK: Packs that extend others

  static let duplicatePackSection = Self(
    code: "pack.duplicate-pack-section", "a pack has one '[pack]' section; merge this one into the first")
  static let packWithoutExtends = Self(
    code: "pack.pack-without-extends",
    "'[pack]' is missing 'extends'; write 'extends = builtin' or 'extends = ../other-folder'")
  static func extendsFolderWithoutFolder(_ target: String) -> Self {
    Self(
      code: "pack.extends-folder-without-folder",
      "'extends = \(target)' names a folder, but this pack was not read from one; only 'extends = builtin' works here")
  }
  static func extendsCycle(_ chain: [String]) -> Self {
    Self(
      code: "pack.extends-cycle",
      "packs extend each other in a cycle: \(chain.joined(separator: " -> ")); one of them must extend another pack or none"
    )
  }
  static func disabledNothing(_ kind: SectionKind, _ id: String, extends: Bool, candidates: [String]) -> Self {
    let what =
      extends
      ? "the packs this one extends have no \(kind.rawValue) '\(id)' to disable"
      : "'disabled = true' removes a section of the pack this one extends, and this pack extends none"
    return Self(code: "pack.disabled-nothing", what + (extends ? Suggestion.didYouMean(id, in: candidates) : ""))
  }
  static func expectedTrueOrFalse(_ key: String) -> Self {
    Self(code: "pack.expected-true-or-false", "'\(key)' must be 'true' or 'false'")
  }
  static func disabledHere(_ kind: SectionKind, _ id: String) -> Self {
    Self(code: "pack.disabled-here", "\(kind.rawValue) '\(id)' is disabled here")
  }

  // MARK: Sections and keys

  static func missingKey(_ key: String, _ kind: SectionKind, _ id: String) -> Self {
    Self(code: "pack.missing-key", "\(kind.rawValue) '\(id)' is missing '\(key)'; add '\(key) = ...' to the section")
  }
  static func expectedNumber(_ key: String) -> Self { Self(code: "pack.expected-number", "'\(key)' must be a number") }
  static func expectedWholeNumber(_ key: String) -> Self {
    Self(code: "pack.expected-whole-number", "'\(key)' must be a whole number")
  }
  static func negativeNumber(_ key: String) -> Self {
    Self(code: "pack.negative-number", "'\(key)' cannot be negative; use 0 or more")
  }
  static func duplicateID(_ kind: SectionKind, _ id: String, first: SectionKind) -> Self {
    Self(
      code: "pack.duplicate-id",
      kind == first ? "duplicate \(kind.rawValue) id '\(id)'" : "'\(id)' is already defined as a \(first.rawValue)")
  }
  static let firstDefinedHere = Self(code: "pack.first-defined-here", "first defined here")
  static func invalidID(_ kind: SectionKind, _ id: String) -> Self {
    switch kind {
    case .question, .fact:
      return Self(
        code: "pack.invalid-id",
        "'\(id)' cannot name a \(kind.rawValue); use letters, digits and '_', starting with a letter, and no keyword")
    default:
      return Self(
        code: "pack.invalid-id", "'\(id)' is not a valid \(kind.rawValue) id; use letters, digits, '_', '-' and '.'")
    }
  }
  static func hoursFactNotANumber(_ id: String, type: String) -> Self {
    Self(
      code: "pack.hours-fact-not-a-number",
      "'\(id)' gives the hours a week for the next steps, so its value must be a number (it is a \(type))")
  }
  static func reservedName(_ id: String) -> Self {
    Self(code: "pack.reserved-name", "'\(id)' is reserved for stage conditions; choose another id")
  }
  static func unknownType(_ word: String) -> Self {
    let names = QuestionType.allCases.map(\.rawValue)
    return Self(
      code: "pack.unknown-type",
      "unknown question type '\(word)'"
        + Suggestion.didYouMean(word, in: names, otherwise: "; expected one of \(names.joined(separator: ", "))"))
  }
  static let choicesOnNonChoice = Self(
    code: "pack.choices-on-non-choice", "'choices' only applies to questions of type 'choice'")
  static let emptyChoice = Self(
    code: "pack.empty-choice", "empty choice in the list; separate choices with single commas")
  static func duplicateChoice(_ choice: String) -> Self {
    Self(code: "pack.duplicate-choice", "choice '\(choice)' is listed twice")
  }
  static func missingChoices(_ id: String) -> Self {
    Self(code: "pack.missing-choices", "choice question '\(id)' is missing 'choices'; list them as 'choices = a, b, c'")
  }
  static func rangeOnNonNumeric(_ key: String, _ type: QuestionType) -> Self {
    Self(
      code: "pack.range-on-non-numeric",
      "'\(key)' only applies to integer, number and percent questions, not \(type.rawValue)")
  }
  static let minAboveMax = Self(code: "pack.min-above-max", "'min' is larger than 'max'")
  static func unknownCategory(_ id: String, candidates: [String]) -> Self {
    Self(
      code: "pack.unknown-category",
      "unknown category '\(id)'"
        + Suggestion.didYouMean(id, in: candidates, otherwise: "; define it with '[category \(id)]'"))
  }
  static func factCycle(_ names: [String]) -> Self {
    Self(
      code: "pack.fact-cycle",
      "facts form a cycle: \(names.joined(separator: " -> ")); break it by computing one of them from answers only")
  }
  static func badMaxAge(_ text: String) -> Self {
    Self(
      code: "pack.bad-max-age",
      "'max_age' takes a whole number of days or weeks, from 1d to 36500d, such as 90d or 12w; got '\(text.prefix(40))'"
    )
  }
  static func badQuestionEffort(_ text: String) -> Self {
    let words = Question.effortWords.map { "\($0.word) (\(Expression.format($0.hours)))" }
    return Self(
      code: "pack.bad-question-effort",
      "'effort' takes hours, from 0 to 10000, or one of \(words.joined(separator: ", ")) hours, or "
        + "'\(Question.fixedEffortWord)' for a question no plan changes"
        + Suggestion.didYouMean(
          text, in: Question.effortWords.map(\.word) + [Question.fixedEffortWord], otherwise: "")
        + "; got '\(text.prefix(40))'")
  }
  static func badStepHole(_ name: String, numeric: Bool) -> Self {
    let names = Question.stepHoles.filter { numeric || !$0.numeric }.map(\.name)
    let list = names.map { "{\($0)}" }.joined(separator: ", ")
    if !numeric, Question.stepHoles.contains(where: { $0.name == name && $0.numeric }) {
      return Self(
        code: "pack.bad-step-hole",
        "'{\(name)}' in a 'step' needs a question with a number for an answer; this one can use \(list)")
    }
    return Self(
      code: "pack.bad-step-hole",
      "unknown hole '{\(name.prefix(40))}' in 'step'"
        + Suggestion.didYouMean("{\(name)}", in: names.map { "{\($0)}" }, otherwise: "") + "; a step can hold \(list)")
  }
  static func unclosedStepHole() -> Self {
    Self(
      code: "pack.bad-step-hole",
      "'{' in a 'step' is never closed; a step can hold "
        + Question.stepHoles.map { "{\($0.name)}" }.joined(separator: ", "))
  }
  static func planBoundOnNonNumeric(_ key: String, _ id: String) -> Self {
    Self(
      code: "pack.plan-bound-not-numeric",
      "'\(key)' bounds how a plan moves a number, but '\(id.prefix(60))' does not take a number; "
        + "remove it, or use 'effort = fixed' to keep plans from changing the answer")
  }
  static func badPlanDirection(_ text: String) -> Self {
    let names = Question.PlanDirection.allCases.map(\.rawValue)
    return Self(
      code: "pack.bad-plan-direction",
      "'plan_direction' is 'up' or 'down'"
        + Suggestion.didYouMean(text, in: names, otherwise: "") + "; got '\(text.prefix(40))'")
  }
  static func askIfSelf(_ id: String) -> Self {
    Self(code: "pack.ask-if-self", "'ask_if' of '\(id)' cannot depend on '\(id)' itself")
  }
  static func unknownSeverity(_ word: String) -> Self {
    let names = Severity.allCases.map(\.rawValue)
    return Self(
      code: "pack.unknown-severity",
      "unknown severity '\(word)'"
        + Suggestion.didYouMean(word, in: names, otherwise: "; expected one of \(names.joined(separator: ", "))"))
  }
  static func duplicateRank(_ rank: Int) -> Self {
    Self(code: "pack.duplicate-rank", "another stage already has rank \(rank); ranks must differ")
  }
  static let noStages = Self(
    code: "pack.no-stages", "the pack has no [stage]; add at least one, such as '[stage start]' with 'when = true'")
  static func unknownRule(_ id: String, candidates: [String]) -> Self {
    Self(code: "pack.unknown-rule", "unknown rule '\(id)'" + Suggestion.didYouMean(id, in: candidates))
  }
  static let unclosedHole = Self(
    code: "pack.unclosed-hole", "'{' is not closed; end the value with '}', or write '{{' for a brace")
  static let emptyHole = Self(code: "pack.empty-hole", "empty '{}'; put a question or fact name inside")
  static func unknownTier(_ id: String, candidates: [String]) -> Self {
    Self(code: "pack.unknown-tier", "unknown tier '\(id)'" + Suggestion.didYouMean(id, in: candidates))
  }
  static func numberOutOfRange(_ key: String, _ range: ClosedRange<Double>) -> Self {
    Self(
      code: "pack.number-out-of-range",
      "'\(key)' must be between \(Expression.format(range.lowerBound)) and \(Expression.format(range.upperBound))")
  }
  static func unknownStage(_ id: String, candidates: [String]) -> Self {
    Self(code: "pack.unknown-stage", "unknown stage '\(id)'" + Suggestion.didYouMean(id, in: candidates))
  }

  // MARK: Names and types

  static func expressionType(expected: ValueType, found: ValueType) -> Self {
    Self(
      code: "expression.expression-type",
      "expected a \(expected) expression, but this is a \(found)\(expected == .boolean ? "; write a condition such as 'x > 0'" : "")"
    )
  }
  static func operandType(_ op: String, expected: ValueType, found: ValueType, _ e: Expression) -> Self {
    var subject = "this"
    if case .name(let n, _) = e { subject = "'\(n)'" }
    return Self(
      code: "expression.operand-type",
      "'\(op)' needs \(expected == .boolean ? "true/false values" : "numbers"), but \(subject) is a \(found)")
  }
  static let listOutsideIn = Self(
    code: "expression.list-outside-in", "a list can only follow 'in', as in 'path in [\"a\", \"b\"]'")
  static func stageOnlyName(_ name: String) -> Self {
    Self(
      code: "expression.stage-only-name", "'\(name)' is only known in [stage] conditions, after all rules are evaluated"
    )
  }
  static func unknownName(_ name: String, candidates: [String]) -> Self {
    Self(
      code: "expression.unknown-name",
      "unknown name '\(name)'"
        + Suggestion.didYouMean(name, in: candidates, otherwise: "; define it as a [question] or a [fact]"))
  }
  static let inNeedsList = Self(
    code: "expression.in-needs-list", "'in' needs a list on its right, as in 'path in [\"a\", \"b\"]'")
  static let inOnBoolean = Self(
    code: "expression.in-on-boolean", "'in' cannot test a true/false value; compare it with '==' instead")
  static func cannotCompare(_ a: ValueType, _ b: ValueType) -> Self {
    Self(code: "expression.cannot-compare", "cannot compare a \(a) with a \(b)")
  }
  static func notAChoice(_ value: String, question: String, choices: [String]) -> Self {
    let hint = Suggestion.didYouMean(value, in: choices)
    return Self(
      code: "expression.not-a-choice",
      "\"\(value)\" is not a choice of '\(question)'; valid choices: \(choices.joined(separator: ", "))\(hint)")
  }
  static func differentChoices(_ a: String, _ b: String) -> Self {
    Self(code: "expression.different-choices", "'\(a)' and '\(b)' have different choices and cannot be compared")
  }
  static func orderingNeedsNumbers(_ op: ComparisonOperator, found: ValueType) -> Self {
    Self(code: "expression.ordering-needs-numbers", "'\(op.spelling)' compares numbers, but this is a \(found)")
  }
  static func unknownFunction(_ name: String) -> Self {
    let names = Function.names
    return Self(
      code: "expression.unknown-function",
      "unknown function '\(name)'"
        + Suggestion.didYouMean(name, in: names, otherwise: "; available: \(names.joined(separator: ", "))"))
  }
  static func wrongArity(_ function: Function) -> Self {
    Self(code: "expression.wrong-arity", "wrong number of arguments; use \(function.signature)")
  }
  static func argumentType(_ function: Function, expected: ValueType, found: ValueType) -> Self {
    Self(
      code: "expression.argument-type",
      "'\(function.name)' expects a \(expected) here, but this is a \(found); use \(function.signature)")
  }
  static let answeredNeedsName = Self(
    code: "expression.answered-needs-name", "'answered' takes the name of a question, as in 'answered(audience_size)'")
  static func ifBranchesDiffer(_ a: ValueType, _ b: ValueType) -> Self {
    Self(
      code: "expression.if-branches-differ",
      "both branches of 'if' must have the same type, but these are a \(a) and a \(b)")
  }
}
