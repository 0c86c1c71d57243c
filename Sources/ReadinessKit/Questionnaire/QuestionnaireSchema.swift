/// What answers were made for: each question's id, type, choices and range, in the order of the
/// pack that made them.
///
/// Answers carry the schema of the pack that made them, so that another pack can take them only
/// by matching each answer's question id, type and choice *name*; a choice is never mapped by its
/// position and a mismatch is never silently dropped. One immutable object shared by the pack and
/// every `Answers` it makes, so carrying it costs one reference and checking "made by this pack"
/// is one pointer comparison.
final class QuestionnaireSchema: Sendable {
  /// The question ids, in pack order.
  let ids: [String]
  /// Each question's type.
  let types: [QuestionType]
  /// How each answer is held.
  let kinds: [SlotKind]
  /// Each choice question's options, in order (empty for other types).
  let choices: [[String]]
  /// Each question's smallest and largest allowed answer, `nil` where there is no bound (numbers
  /// are checked against the taking pack's range, so only packs with the same ranges share answers
  /// as they are).
  let minimums: [Double?]
  let maximums: [Double?]
  /// Question id to position.
  let index: [String: Int]
  /// The ids, prepared once for did-you-mean suggestions.
  let suggestions: Suggestion.Candidates

  init(_ questions: [Question]) {
    ids = questions.map(\.id)
    types = questions.map(\.type)
    kinds = questions.map { SlotKind($0.type) }
    choices = questions.map(\.choices)
    minimums = questions.map(\.minimum)
    maximums = questions.map(\.maximum)
    var index: [String: Int] = [:]
    for (i, id) in ids.enumerated() { index[id] = i }
    self.index = index
    suggestions = Suggestion.Candidates(ids)
  }

  /// Whether answers made with `other` can be read as made with this schema, position by position.
  func hasSameQuestions(as other: QuestionnaireSchema) -> Bool {
    self === other
      || (ids == other.ids && types == other.types && choices == other.choices && minimums == other.minimums
        && maximums == other.maximums)
  }
}
