/// What batch input is read with: every question id, and every choice question's options, found
/// from raw bytes without building a string.
struct BatchKeys: Sendable {
  /// The question ids, by position.
  let keyTable: ByteKeyTable
  /// Per question, its options (empty for questions without choices).
  let choiceTable: [ByteKeyTable]

  /// Builds the keys of a pack's questions.
  init(questions: [Question]) {
    self.keyTable = ByteKeyTable(questions.map(\.id))
    self.choiceTable = questions.map { ByteKeyTable($0.choices) }
  }
}
