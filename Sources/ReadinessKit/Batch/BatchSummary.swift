/// How a batch is spread: questionnaires per stage, score percentiles, the rules that fire most.
///
/// Kept in fixed-size counters (scores have one decimal, so 1 001 buckets hold every score
/// exactly), so memory stays flat whatever the batch size; partial summaries of workers merge.
public struct BatchSummary: Sendable, Hashable {
  /// Valid questionnaires assessed.
  public private(set) var assessed = 0
  /// Lines that could not be assessed.
  public private(set) var bad = 0
  var stageCounts: [Int]
  var scoreBuckets: [Int]
  var fireCounts: [Int]
  let stageIDs: [String]
  let ruleIDs: [String]
  let ruleIndex: [String: Int]
  /// The pack it counts for: verdicts it made hold positions in `ruleIDs`.
  let pack: PackIdentity

  /// An empty summary for a pack.
  /// - Parameter pack: The pack the batch is assessed with.
  public init(pack: RulePack) {
    stageIDs = pack.stages.map(\.id)
    ruleIDs = pack.reportPlan.ruleIDs
    self.pack = pack.identity
    ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
    stageCounts = Array(repeating: 0, count: stageIDs.count)
    scoreBuckets = Array(repeating: 0, count: 1001)
    fireCounts = Array(repeating: 0, count: ruleIDs.count)
  }

  /// Counts one report.
  /// - Parameter report: The report.
  public mutating func add(_ report: Report) {
    add(Self.verdict(of: report))
  }

  /// Counts one verdict.
  /// - Parameter verdict: The verdict.
  public mutating func add(_ verdict: Verdict) {
    assessed += 1
    if let stage = stageIDs.firstIndex(of: verdict.stage) { stageCounts[stage] += 1 }
    scoreBuckets[Self.bucket(verdict.score)] += 1
    if let positions = verdict.firedRules.positions(of: pack) {
      // A verdict of this pack: its rules are already positions, no id needs looking up.
      for rule in positions { fireCounts[rule] += 1 }
    } else {
      for id in verdict.fired {
        if let rule = ruleIndex[id] { fireCounts[rule] += 1 }
      }
    }
  }

  /// Counts one bad line.
  public mutating func addBad() { bad += 1 }

  /// What `add(_:)` of a report counts, as a verdict.
  static func verdict(of report: Report) -> Verdict {
    Verdict(
      score: report.score, stage: report.stage.id, fired: report.findings.map(\.rule), unknown: [],
      scoreMin: report.scoreRange?.min, scoreMax: report.scoreRange?.max)
  }

  /// Takes back a verdict added before: a line found bad afterwards (a repeated id).
  mutating func remove(_ verdict: Verdict) {
    assessed -= 1
    if let stage = stageIDs.firstIndex(of: verdict.stage) { stageCounts[stage] -= 1 }
    scoreBuckets[Self.bucket(verdict.score)] -= 1
    if let positions = verdict.firedRules.positions(of: pack) {
      for rule in positions { fireCounts[rule] -= 1 }
    } else {
      for id in verdict.fired {
        if let rule = ruleIndex[id] { fireCounts[rule] -= 1 }
      }
    }
  }

  /// A score's bucket of tenths.
  private static func bucket(_ score: Double) -> Int { min(1000, max(0, Int((score * 10).rounded()))) }

  /// Adds another summary of the same pack.
  /// - Parameter other: The summary to add.
  public mutating func merge(_ other: BatchSummary) {
    assessed += other.assessed
    bad += other.bad
    for i in stageCounts.indices { stageCounts[i] += other.stageCounts[i] }
    for i in scoreBuckets.indices { scoreBuckets[i] += other.scoreBuckets[i] }
    for i in fireCounts.indices { fireCounts[i] += other.fireCounts[i] }
  }

  /// The score at a percentile (nearest rank), or `nil` for an empty batch.
  /// - Parameter percentile: 0–100.
  /// - Returns: The score.
  public func score(atPercentile percentile: Double) -> Double? {
    guard assessed > 0 else { return nil }
    let rank = max(1, Int((percentile / 100 * Double(assessed)).rounded(.up)))
    var seen = 0
    for (bucket, count) in scoreBuckets.enumerated() {
      seen += count
      if seen >= rank { return Double(bucket) / 10 }
    }
    return 100
  }

  /// Questionnaires per stage, in stage order.
  public var stages: [(id: String, count: Int)] { zip(stageIDs, stageCounts).map { ($0, $1) } }

  /// The rules that fired most, most first (ties by id), with how many questionnaires each fired in.
  /// - Parameter limit: How many to list.
  /// - Returns: The rules and counts.
  public func topRules(_ limit: Int = 10) -> [(rule: String, count: Int)] {
    zip(ruleIDs, fireCounts).filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map {
      ($0, $1)
    }
  }

  static let percentiles: [Double] = [10, 25, 50, 75, 90]

  /// The summary as text.
  /// - Returns: Lines of text with a final newline.
  public func text() -> String {
    var lines = [
      "\(assessed) questionnaire\(assessed == 1 ? "" : "s") assessed, \(bad) bad line\(bad == 1 ? "" : "s")."
    ]
    guard assessed > 0 else { return lines.joined(separator: "\n") + "\n" }
    lines.append("Stages:")
    for (id, count) in stages {
      lines.append("  \(id.padding(toLength: 14, withPad: " ", startingAt: 0)) \(count)  (\(percent(count))%)")
    }
    let scores = Self.percentiles.map { "p\(Int($0)) \(Expression.format(score(atPercentile: $0) ?? 0))" }
    lines.append("Scores: " + scores.joined(separator: ", "))
    lines.append("Most frequent findings:")
    for (rule, count) in topRules() {
      lines.append("  \(rule)  \(count)  (\(percent(count))%)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The summary as JSON (`readiness-batch-summary/1`).
  /// - Returns: JSON text with a final newline.
  public func json() -> String {
    var json = JSONBuilder(compact: false)
    json.beginObject()
    json.key("schema")
    json.string("readiness-batch-summary/1")
    json.key("assessed")
    json.number(Double(assessed))
    json.key("bad_lines")
    json.number(Double(bad))
    json.key("stages")
    json.beginObject()
    for (id, count) in stages {
      json.key(id)
      json.number(Double(count))
    }
    json.endObject()
    json.key("score_percentiles")
    json.beginObject()
    for p in Self.percentiles {
      json.key("p\(Int(p))")
      if let s = score(atPercentile: p) { json.number(s) } else { json.null() }
    }
    json.endObject()
    json.key("top_rules")
    json.beginArray()
    for (rule, count) in topRules() {
      json.beginObject()
      json.key("rule")
      json.string(rule)
      json.key("count")
      json.number(Double(count))
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.output + "\n"
  }

  private func percent(_ count: Int) -> String {
    Expression.format((Double(count) * 1000 / Double(max(1, assessed))).rounded() / 10)
  }
}
