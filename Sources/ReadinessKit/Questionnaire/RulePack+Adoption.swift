extension RulePack {
  /// The answers as this pack holds them: the same answers when this pack (or one with the same
  /// questions) made them; otherwise each answer moved to this pack's question of the same id,
  /// which must have the same type, with choices matched by name and numbers checked against this
  /// pack's range.
  ///
  /// Every public entry point that takes `Answers` goes through here first, so evaluation only ever
  /// sees answers laid out for this pack.
  /// - Throws: `DiagnosticsError` naming every answer this pack cannot take: a question it does not
  ///   ask, another type, a choice it does not offer, a number out of its range. Each is placed where
  ///   the answer was read from, when it was read from text.
  func adopted(_ answers: Answers) throws(DiagnosticsError) -> Answers {
    let source = answers.schema
    if source.hasSameQuestions(as: schema) { return answers }
    var mapped = Answers(schema: schema)
    var problems: [Diagnostic] = []
    let origins = answers.origins
    for i in source.ids.indices {
      let value = answers.value(at: i)
      if case .unknown = value { continue }
      let id = source.ids[i]
      let origin = origins[i]
      func refuse(_ message: Diagnostic.Message) { problems.append(.error(message, at: origin)) }
      guard let j = schema.index[id] else {
        refuse(.notInPack(id, candidates: schema.ids))
        continue
      }
      let question = questions[j]
      guard source.types[i] == question.type else {
        refuse(.typeMismatch(id, given: source.types[i], asked: question.type))
        continue
      }
      var adopted = value
      switch value {
      case .choice(let k):
        let name = source.choices[i][k]
        guard let index = question.choices.firstIndex(of: name) else {
          refuse(.choiceNotInPack(id, name, choices: question.choices))
          continue
        }
        adopted = .choice(index)
      case .number(let x):
        if case .failure(let message) = Question.checked(
          x, type: question.type, minimum: question.minimum, maximum: question.maximum)
        {
          refuse(message.about(id))
          continue
        }
      case .bool, .text, .unknown:
        break
      }
      mapped.set(j, adopted)
      if let origin { mapped.setOrigin(j, origin) }
    }
    if !problems.isEmpty { throw DiagnosticsError(problems, kind: .input) }
    mapped.bind(to: identity, textID: encodedText)
    return mapped
  }
}
