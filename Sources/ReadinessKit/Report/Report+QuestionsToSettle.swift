extension Report {
  /// The questions that would settle the unknown rules, each with how many rules it settles: the
  /// question that settles most first, so the first answers given do the most; ties in the
  /// order they first appear.
  /// - Parameters:
  ///   - unknown: The unknown rules.
  ///   - ask: The wording of a question.
  /// - Returns: One entry per question.
  static func questionsToSettle(_ unknown: [UnknownRule], ask: (String) -> String) -> [QuestionToSettle] {
    guard !unknown.isEmpty else { return [] }
    // Counted by place of first appearance, and sorted as places: comparing by hashing the ids
    // cost more than building the rest of a report.
    var order: [String] = []
    var counts: [Int] = []
    var place: [String: Int] = [:]
    for rule in unknown {
      for id in rule.missing {
        if let k = place[id] {
          counts[k] += 1
        } else {
          place[id] = order.count
          order.append(id)
          counts.append(1)
        }
      }
    }
    return settlingOrder(counts).map { QuestionToSettle(question: order[$0], ask: ask(order[$0]), rules: counts[$0]) }
  }

  /// The order questions to settle are listed in, as places in `counts`: the question that settles
  /// most rules first, ties as first met. One ordering for reports built and reports read back.
  /// - Parameter counts: How many unknown rules each question settles, in the order first met.
  /// - Returns: The places, in list order.
  static func settlingOrder(_ counts: [Int]) -> [Int] {
    counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
  }
}
