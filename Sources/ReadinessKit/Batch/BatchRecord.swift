/// One JSON Lines questionnaire read against a pack: its answers and echoed id, or its problems.
public struct BatchRecord: Sendable {
  /// The id given in the line's `"id"` member, as JSON text (a string keeps its quotes).
  public var id: String?
  /// The answers, when the line is valid.
  public var answers: Answers?
  /// Every problem in the line, with its 1-based column; empty when the line is valid.
  public var problems: [(column: Int, message: String)]
}

extension RulePack {
  /// Reads one JSON Lines record: an object of question id to value (a number, a boolean, a string
  /// as a questionnaire file would hold it, such as `"12%"` or `"yes"`, or null for unanswered),
  /// plus an optional `"id"` member to echo when no question is called `id`.
  /// - Parameter line: The line's bytes, without the line end.
  /// - Returns: The record; a bad line carries every problem found in it.
  public func batchRecord(_ line: UnsafeBufferPointer<UInt8>) -> BatchRecord {
    let members: [JSONLineParser.Member]
    do {
      members = try JSONLineParser.parse(line)
    } catch {
      return BatchRecord(id: nil, answers: nil, problems: [(error.column, error.message)])
    }
    var answers = Answers(questionIDs: questionIDs)
    var problems: [(column: Int, message: String)] = []
    var id: String?
    var seen = Set<Int>()
    for member in members {
      guard let index = questionIndex[member.key] else {
        if member.key == "id" {
          id = JSONLineParser.text(of: member.value)
          continue
        }
        problems.append((member.keyColumn, Diagnostic.Message.unknownQuestion(member.key, suggestion: Suggestion.closest(to: member.key, in: questionIDs)).text))
        continue
      }
      guard seen.insert(index).inserted else {
        problems.append((member.keyColumn, "'\(member.key)' is answered twice; keep one answer"))
        continue
      }
      let question = questions[index]
      let result: Result<Value, Diagnostic.Message>
      switch member.value {
      case .null: continue
      case .string(let text):
        if text.trimmingWhitespace().isEmpty { continue }
        result = question.convert(text)
      case .number(let x):
        switch question.type {
        case .integer, .number, .percent:
          result = Question.checked(x, type: question.type, minimum: question.minimum, maximum: question.maximum).map { .number($0) }
        default: result = .failure(.wrongAnswerType(expected: question.type))
        }
      case .bool(let b):
        result = question.type == .boolean ? .success(.bool(b)) : .failure(.wrongAnswerType(expected: question.type))
      }
      switch result {
      case .success(let value): answers.values[index] = value
      case .failure(let message): problems.append((member.valueColumn, message.about(member.key).text))
      }
    }
    return BatchRecord(id: id, answers: problems.isEmpty ? answers : nil, problems: problems)
  }
}

extension JSONLineParser {
  /// A scalar written back as JSON text, for echoing an id exactly as given.
  static func text(of value: Scalar) -> String {
    var json = JSONBuilder(compact: true)
    switch value {
    case .number(let x): json.number(x)
    case .bool(let b): json.boolean(b)
    case .string(let s): json.string(s)
    case .null: json.null()
    }
    return json.output
  }
}
