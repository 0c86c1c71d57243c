import ReadinessKit

/// Questionnaires for the built-in pack with some answers left out: the workload of the score
/// range benchmark and of the range tests, seeded so that it repeats exactly.
public enum RangeWorkload {
  /// Every answer of a questionnaire for the built-in pack: the benchmark's answers for the shared
  /// ids, random answers for the questions only the built-in pack asks.
  /// - Parameters:
  ///   - pack: The built-in pack (or one asking the same questions).
  ///   - rng: The random generator.
  /// - Returns: The answers by question id.
  public static func fullAnswers(pack: RulePack, using rng: inout SplitMix) -> [String: AnswerValue] {
    let q = BenchQuestionnaire.random(using: &rng)
    var values = q.answerValues.filter { pack.question($0.key) != nil }
    values["largest_channel_share_percent"] = .percent(Double(Int.random(in: 0...100, using: &rng)))
    values["prompt_test_set"] = .boolean(Bool.random(using: &rng))
    values["support_process"] = .boolean(Bool.random(using: &rng))
    return values
  }

  /// `count` questionnaires, the `i`th with about `i % 10` tenths of its answers left out (from
  /// none to nine in ten), each with the full questionnaire it was cut from.
  /// - Parameters:
  ///   - pack: The built-in pack.
  ///   - count: How many.
  ///   - seed: The seed.
  /// - Returns: Pairs of the partial and the full answers.
  /// - Throws: When the pack does not accept the answers (not the built-in pack).
  public static func questionnaires(pack: RulePack, count: Int, seed: UInt64 = 15) throws -> [(
    partial: Answers, full: Answers
  )] {
    var rng = SplitMix(seed: seed)
    return try (0..<count).map { i in
      let full = fullAnswers(pack: pack, using: &rng)
      let share = Double(i % 10) / 10
      var partial: [String: AnswerValue] = [:]
      // Sorted keys: a dictionary's order differs from run to run.
      for key in full.keys.sorted() where Double.random(in: 0..<1, using: &rng) >= share {
        partial[key] = full[key]
      }
      return (try pack.answers(partial), try pack.answers(full))
    }
  }
}
