/// One JSON Lines questionnaire read against a pack: its answers and echoed id, or its problems.
public struct BatchRecord: Sendable {
  /// The id given in the line's `"id"` member, as JSON text exactly as written (a string keeps
  /// its quotes and escapes, a number all its digits); a string that is not valid UTF-8 is
  /// written again with U+FFFD in place of the bad bytes.
  public var id: String?
  /// What makes two ids the same: a string's decoded text (so `"a"` and `"\u0061"` are one id),
  /// or any other value as written (`1` and `1.0` are two ids, as their texts differ).
  var idKey: String?
  /// The 1-based column of the id's value.
  var idColumn = 1
  /// The answers, when the line is valid.
  public var answers: Answers?
  /// Every problem in the line, with its 1-based column; empty when the line is valid.
  public var problems: [(column: Int, message: String)]
}

extension RulePack {
  /// Reads one JSON Lines record: an object of question id to value (a number, a boolean, a string
  /// as a questionnaire file would hold it, such as `"12%"` or `"yes"`, or null for unanswered),
  /// plus an optional `"id"` member to echo when no question is called `id`.
  /// - Parameter line: The line's bytes, without the line end: an array or slice of bytes, `Data`,
  ///   a string's `utf8`, or any other collection of bytes (one that is not contiguous in memory
  ///   is copied first).
  /// - Returns: The record; a bad line carries every problem found in it.
  public func batchRecord(_ line: some Collection<UInt8>) -> BatchRecord {
    if let record = line.withContiguousStorageIfAvailable({ batchRecord($0) }) { return record }
    return Array(line).withUnsafeBufferPointer { batchRecord($0) }
  }

  /// Reads one JSON Lines record from bytes in memory (see `batchRecord(_:)` for any collection).
  /// - Parameter line: The line's bytes, without the line end.
  /// - Returns: The record; a bad line carries every problem found in it.
  func batchRecord(_ line: UnsafeBufferPointer<UInt8>) -> BatchRecord {
    let members: [JSONLineParser.Member]
    do {
      members = try JSONLineParser.parse(line)
    } catch {
      return BatchRecord(id: nil, idKey: nil, answers: nil, problems: [(error.column, error.message.text)])
    }
    var answers = Answers(schema: schema)
    var problems: [(column: Int, message: String)] = []
    // Past the limit, problems are counted (at the first one's column), not worded.
    var leftOut = 0
    var leftOutColumn = 0
    var onlyUnknownLeftOut = true
    func report(_ column: Int, _ message: @autoclosure () -> String, unknownQuestion: Bool = false) {
      if problems.count < Limits.maximumProblemsShown {
        problems.append((column, message()))
      } else {
        if leftOut == 0 { leftOutColumn = column }
        leftOut += 1
        if !unknownQuestion { onlyUnknownLeftOut = false }
      }
    }
    var id: String?
    var idKey: String?
    /// The 1-based column of the id's value.
    var idColumn = 1
    var seen = [Bool](repeating: false, count: questions.count)
    questions.withUnsafeBufferPointer { questions in
      for member in members {
        let keyBytes = UnsafeBufferPointer(rebasing: line[member.key])
        let found =
          member.escapedKey.flatMap { questionIndex[$0] }
          ?? (member.escapedKey == nil ? batchKeys.keyTable.find(keyBytes) : nil)
        guard let index = found else {
          let key = member.escapedKey ?? String(decoding: keyBytes, as: UTF8.self)
          if key == "id" {
            (id, idKey) = JSONLineParser.id(member, in: line)
            idColumn = member.valueColumn
            continue
          }
          report(
            member.keyColumn, Diagnostic.Message.unknownQuestion(key, candidates: schema.suggestions).text,
            unknownQuestion: true)
          continue
        }
        guard !seen[index] else {
          report(member.keyColumn, Diagnostic.Message.answeredTwice(questionIDs[index]).text)
          continue
        }
        seen[index] = true
        let type = questions[index].type
        let result: Result<Value, Diagnostic.Message>
        switch member.value {
        case .null: continue
        case .string(let range, let decoded):
          if type == .choice, decoded == nil,
            let choice = batchKeys.choiceTable[index].find(UnsafeBufferPointer(rebasing: line[range]))
          {
            result = .success(.choice(choice))
            break
          }
          guard let text = JSONLineParser.text(range, decoded, in: line) else {
            report(member.valueColumn, Diagnostic.Message.jsonInvalidUTF8.about(questionIDs[index]).text)
            continue
          }
          if text.trimmingWhitespace().isEmpty { continue }
          result = questions[index].convert(text)
        case .number(let x):
          switch type {
          case .integer, .number, .percent:
            result = Question.checked(
              x, type: type, minimum: questions[index].minimum, maximum: questions[index].maximum
            ).map { .number($0) }
          default: result = .failure(.wrongAnswerType(expected: type))
          }
        case .bool(let b):
          result = type == .boolean ? .success(.bool(b)) : .failure(.wrongAnswerType(expected: type))
        }
        switch result {
        case .success(let value): answers.set(index, value)
        case .failure(let message): report(member.valueColumn, message.about(questionIDs[index]).text)
        }
      }
    }
    if leftOut > 0 {
      problems.append(
        (leftOutColumn, Diagnostic.Message.moreProblems(leftOut, allUnknownQuestions: onlyUnknownLeftOut).text))
    }
    guard problems.isEmpty else {
      return BatchRecord(id: id, idKey: idKey, idColumn: idColumn, answers: nil, problems: problems)
    }
    answers.bind(to: identity, textID: encodedText)
    return BatchRecord(id: id, idKey: idKey, idColumn: idColumn, answers: answers, problems: [])
  }
}

extension JSONLineParser {
  /// An id member's value as echoed (its JSON text as written) and as compared for duplicates
  /// (see `BatchRecord.idKey`). Numbers are echoed as written, never through a `Double`, which
  /// would drop the digits of `12345678901234567890123` and turn `1e400` into a clamped number.
  static func id(_ member: Member, in line: UnsafeBufferPointer<UInt8>) -> (echo: String, key: String) {
    let written = UnsafeBufferPointer(rebasing: line[member.valueRange])
    switch member.value {
    case .string(let range, let decoded):
      // The parser accepts only valid escapes and no raw control characters, so valid UTF-8 as
      // written is valid JSON to echo.
      let key = text(of: member.value, in: line)
      guard text(range, decoded, in: line) != nil else { return (key, key) }
      return (String(decoding: written, as: UTF8.self), key)
    case .number, .bool, .null:
      let echo = String(decoding: written, as: UTF8.self)
      return (echo, echo)
    }
  }

  /// A raw value written back as JSON text: a string with its escapes made canonical.
  static func text(of value: RawValue, in line: UnsafeBufferPointer<UInt8>) -> String {
    var json = JSONBuilder(compact: true)
    switch value {
    case .number(let x): json.number(x)
    case .bool(let b): json.boolean(b)
    case .string(let range, let decoded):
      json.string(
        text(range, decoded, in: line) ?? String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self))
    case .null: json.null()
    }
    return json.output
  }
}
