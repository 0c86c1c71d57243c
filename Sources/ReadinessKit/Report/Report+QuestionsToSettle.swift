extension Report {
  /// The questions that would settle unknown rules, each with how many rules it settles, in the
  /// order they first appear: what every report format lists under "still unknown".
  public var questionsToSettle: [(question: String, rules: Int)] {
    var order: [String] = []
    var count: [String: Int] = [:]
    for rule in unknown {
      for id in rule.missing {
        if count[id] == nil { order.append(id) }
        count[id, default: 0] += 1
      }
    }
    return order.map { ($0, count[$0]!) }
  }
}
