/// Where `Answers` keeps everything, in one heap object: a header, then one encoded number per
/// question.
///
/// One object, not a struct of arrays, because evaluating many questionnaires is bound by memory:
/// copying or reading an `Answers` then touches one block instead of one per array.
/// `Answers` changes its storage only when it holds the sole reference (copy on write), so a
/// storage shared between threads is never written.
final class AnswersStorage: ManagedBuffer<AnswersStorage.Header, Double> {
  struct Header {
    /// What the answers were made for; shared with the pack that made them.
    let schema: QuestionnaireSchema
    var texts: [(index: Int, text: String)] = []
    var origins: [Int: SourceRange] = [:]
    var encodedFor: PackIdentity?
    var count = 0
    /// The questionnaire's `as_of` date, and where it was read.
    var asOf: (date: CalendarDate, origin: SourceRange?)?
  }

  /// Storage for unanswered questions.
  static func make(schema: QuestionnaireSchema) -> AnswersStorage {
    let count = schema.ids.count
    let storage = unsafeDowncast(
      AnswersStorage.create(minimumCapacity: count) { _ in Header(schema: schema) }, to: AnswersStorage.self)
    storage.withUnsafeMutablePointerToElements { $0.initialize(repeating: .nan, count: count) }
    return storage
  }

  /// A storage with the same contents.
  func copy() -> AnswersStorage {
    let count = header.schema.ids.count
    let copy = unsafeDowncast(AnswersStorage.create(minimumCapacity: count) { _ in header }, to: AnswersStorage.self)
    withUnsafeMutablePointerToElements { source in
      copy.withUnsafeMutablePointerToElements { $0.initialize(from: source, count: count) }
    }
    return copy
  }
}
