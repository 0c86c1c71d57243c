/// The parts of each rule that scoring and ordering read, as parallel arrays.
struct RuleTable: Sendable {
  var weights: [Double]
  var severities: [Int]
  var categories: [Int]
  /// Each rule's position when rules are sorted by id: comparing ranks compares ids.
  var idRanks: [Int]
  /// Every rule index in the order findings are listed (see `precedes`), so that listing the fired
  /// rules is a walk instead of a sort.
  var byPrecedence: [Int] = []
  var severityValues: [Severity]
  /// The share of its weight each rule's finding costs, 0–1.
  var losses: [Double]
  /// The highest overall score each rule's finding allows (infinity: no cap).
  var scoreCaps: [Double]
  /// The index of the highest stage each rule's finding allows (`Int.max`: no cap).
  var stageCaps: [Int]
  /// Whether some rule has a `loss` below 1 or a cap: otherwise scoring need not read them.
  var grades: Bool
  /// Rule `i`'s evidence slots are `evidenceSlots[evidenceStarts[i]..<evidenceStarts[i + 1]]`.
  var evidenceSlots: [Int]
  var evidenceStarts: [Int]

  init(_ rules: [Rule], stageIndex: [String: Int]) {
    weights = rules.map(\.weight)
    severities = rules.map(\.severity.rank)
    categories = rules.map(\.categoryIndex)
    var ranks = Array(repeating: 0, count: rules.count)
    for (rank, index) in rules.indices.sorted(by: { rules[$0].id < rules[$1].id }).enumerated() { ranks[index] = rank }
    idRanks = ranks
    severityValues = rules.map(\.severity)
    losses = rules.map(\.loss)
    scoreCaps = rules.map { $0.capsScore ?? .infinity }
    stageCaps = rules.map { $0.capsStage.flatMap { stageIndex[$0] } ?? .max }
    grades = rules.contains { $0.loss < 1 || $0.capsScore != nil || $0.capsStage != nil }
    evidenceSlots = rules.flatMap(\.evidenceSlots)
    var starts = [0]
    for rule in rules { starts.append(starts[starts.count - 1] + rule.evidenceSlots.count) }
    evidenceStarts = starts
    byPrecedence = rules.indices.sorted(by: precedes)
  }

  /// Whether rule `a` is listed before rule `b`: more severe, then in the order the pack declares
  /// its categories (the order of work: the built-in pack's problem before its market,
  /// distribution and economics), then heavier, then by id.
  func precedes(_ a: Int, _ b: Int) -> Bool {
    if severities[a] != severities[b] { return severities[a] > severities[b] }
    if categories[a] != categories[b] { return categories[a] < categories[b] }
    if weights[a] != weights[b] { return weights[a] > weights[b] }
    return idRanks[a] < idRanks[b]
  }
}
