/// The messages of the questionnaire stage: answer files, question ids and answer values.
extension Diagnostic.Message {
  // MARK: Answer files

  static let answerLineWithoutEquals = Self(
    code: "answers.line-without-equals", "expected 'key = value'; this line has no '='")
  static let inlineAnswerWithoutEquals = Self(
    code: "answers.set-without-equals", "expected 'key=value' in the answers list")
  static let emptyAnswerKey = Self(code: "answers.empty-key", "missing question id before '='")
  static let textAfterClosingQuote = Self(
    code: "answers.text-after-closing-quote", "unexpected text after the closing quote")
  static let unterminatedQuote = Self(code: "answers.unterminated-quote", "quoted value is missing its closing '\"'")
  static let badAnswerEscape = Self(
    code: "answers.unknown-escape", "unknown escape in quoted value; use \\\" or \\\\")

  // MARK: Question ids

  static func unknownQuestion(_ key: String, candidates: [String]) -> Self {
    unknownQuestion(key, candidates: Suggestion.Candidates(candidates))
  }
  static func unknownQuestion(_ key: String, candidates: Suggestion.Candidates) -> Self {
    let suggestion = Suggestion.didYouMean(key, in: candidates)
    var message = Self(code: "answers.unknown-question", "unknown question '\(key.prefix(60))'" + suggestion)
    if suggestion.isEmpty { message.hint = .listQuestions }
    return message
  }
  static func duplicateAnswer(_ key: String, firstLine: Int) -> Self {
    Self(code: "answers.duplicate-answer", "'\(key)' is answered twice (first on line \(firstLine)); keep one answer")
  }
  static let firstAnsweredHere = Self(code: "answers.first-answered-here", "first answered here")
  static func moreProblems(_ count: Int, allUnknownQuestions: Bool) -> Self {
    Self(
      code: "answers.more-problems",
      "... and \(grouped(count)) more \(allUnknownQuestions ? "unknown questions" : "problems") not shown")
  }

  /// A count with thousands separators (`1,999,990`), the same in every locale.
  private static func grouped(_ count: Int) -> String {
    let digits = Array(String(count))
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }

  /// The message prefixed with the question it is about.
  func about(_ key: String) -> Self { Self(code: code, "\(key): \(text)") }

  // MARK: Answer values

  static func notABoolean(_ text: String) -> Self {
    Self(code: "answers.not-a-boolean", "'\(text.prefix(40))' is not yes or no; write yes, no, true or false")
  }
  static func notAnOption(_ text: String, choices: [String]) -> Self {
    let hint = Suggestion.didYouMean(text, in: choices)
    return Self(
      code: "answers.not-an-option",
      "'\(text.prefix(40))' is not one of the choices: \(choices.joined(separator: ", "))\(hint)")
  }
  static func percentOnNonPercent(_ type: QuestionType) -> Self {
    Self(
      code: "answers.percent-on-non-percent", "this question takes \(type.expectedForm), not a percentage; drop the '%'"
    )
  }
  static func notANumber(_ text: String, _ type: QuestionType) -> Self {
    Self(code: "answers.not-a-number", "'\(text.prefix(40))' is not \(type.expectedForm)")
  }
  static let absurdNumber = Self(
    code: "answers.absurd-number", "number is too large; answers must be at most 1e15 in size")
  static let notWholeNumber = Self(
    code: "answers.not-whole-number", "not a whole number; this question counts, so leave out the fraction")
  static func outOfRange(low: Double, high: Double, percent: Bool) -> Self {
    Self(
      code: "answers.out-of-range",
      "must be between \(Expression.format(low)) and \(Expression.format(high))\(percent ? " (a percentage)" : "")")
  }
  static func tooSmall(_ low: Double) -> Self {
    Self(code: "answers.too-small", "must be at least \(Expression.format(low))")
  }
  static func tooLarge(_ high: Double) -> Self {
    Self(code: "answers.too-large", "must be at most \(Expression.format(high))")
  }
  static func wrongAnswerType(expected: QuestionType) -> Self {
    Self(code: "answers.wrong-answer-type", "wrong type of answer; this question takes \(expected.expectedForm)")
  }

  // MARK: Answers made for another pack

  static func notInPack(_ id: String, candidates: [String]) -> Self {
    Self(
      code: "answers.not-in-pack",
      "'\(id)' is answered, but this pack asks no such question"
        + Suggestion.didYouMean(id, in: candidates, otherwise: "; leave it out or use the pack that asks it"))
  }
  static func typeMismatch(_ id: String, given: QuestionType, asked: QuestionType) -> Self {
    Self(
      code: "answers.type-mismatch",
      "'\(id)' was answered as \(given.rawValue) for another pack, but this pack asks for \(asked.expectedForm)")
  }
  static func choiceNotInPack(_ id: String, _ name: String, choices: [String]) -> Self {
    Self(
      code: "answers.choice-not-in-pack",
      "'\(id)' was answered '\(name)', which is not one of this pack's choices: \(choices.joined(separator: ", "))")
  }

  // MARK: JSON Lines records (batch input)

  static let jsonNotAnObject = Self(code: "answers.json-not-an-object", "expected a JSON object starting with '{'")
  static let jsonTextAfterObject = Self(code: "answers.json-text-after-object", "unexpected text after the object")
  static let jsonExpectedName = Self(code: "answers.json-expected-name", "expected a quoted member name")
  static let jsonExpectedColon = Self(code: "answers.json-expected-colon", "expected ':' after the member name")
  static let jsonExpectedValue = Self(code: "answers.json-expected-value", "expected a value")
  static let jsonNestedValue = Self(
    code: "answers.json-nested-value", "values must be numbers, booleans, strings or null, not objects or arrays")
  static let jsonUnclosedObject = Self(
    code: "answers.json-unclosed-object", "the object is not closed; expected ',' or '}'")
  static let jsonExpectedCommaOrBrace = Self(code: "answers.json-expected-comma-or-brace", "expected ',' or '}'")
  static let jsonUnexpectedValue = Self(
    code: "answers.json-unexpected-value", "unexpected value; expected a number, a string, true, false or null")
  static let jsonMalformedNumber = Self(code: "answers.json-malformed-number", "malformed number")
  static let jsonInvalidUTF8 = Self(code: "answers.json-invalid-utf8", "string is not valid UTF-8")
  static let jsonControlCharacter = Self(
    code: "answers.json-control-character", "control character in a string; escape it")
  static let jsonMalformedUnicodeEscape = Self(code: "answers.json-malformed-unicode-escape", "malformed \\u escape")
  static let jsonUnpairedSurrogate = Self(code: "answers.json-unpaired-surrogate", "unpaired surrogate in \\u escape")
  static let jsonInvalidUnicodeEscape = Self(code: "answers.json-invalid-unicode-escape", "invalid \\u escape")
  static let jsonUnknownEscape = Self(code: "answers.json-unknown-escape", "unknown escape in string")
  static let jsonUnterminatedString = Self(
    code: "answers.json-unterminated-string", "string is missing its closing '\"'")
  static func lineTooLong(maximum: Int) -> Self {
    Self(
      code: "answers.line-too-long",
      "the line is longer than \(Limits.describe(bytes: maximum)), the most a line may hold; it was skipped")
  }
  static func duplicateID(_ id: String, firstLine: Int) -> Self {
    Self(
      code: "answers.json-duplicate-id",
      "the id \(id) was already given on line \(firstLine); each line needs an id of its own, so this line was not assessed"
    )
  }
  static func answeredTwice(_ key: String) -> Self {
    Self(code: "answers.json-answered-twice", "'\(key)' is answered twice; keep one answer")
  }
}
