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
    var order: [String] = []
    var count: [String: Int] = [:]
    for rule in unknown {
      for id in rule.missing {
        if count[id] == nil { order.append(id) }
        count[id, default: 0] += 1
      }
    }
    let first = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    return order.sorted { (count[$0]!, first[$1]!) > (count[$1]!, first[$0]!) }
      .map { QuestionToSettle(question: $0, ask: ask($0), rules: count[$0]!) }
  }
}
