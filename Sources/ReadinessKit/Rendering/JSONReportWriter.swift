/// Writes a `Report` as canonical JSON, with the field names of the report types' `CodingKeys`: fields in schema order, `schema` first, two-space
/// indentation (or one line with `compact`), numbers in their shortest exact form. The same report
/// always gives the same bytes.
public struct JSONReportWriter: Sendable {
  /// Whether to write everything on one line.
  public var compact: Bool

  /// Creates a writer.
  /// - Parameter compact: Whether to write everything on one line (as batch output does).
  public init(compact: Bool = false) { self.compact = compact }

  /// Writes a stage as the object reports and comparisons both hold, so the two cannot drift.
  static func write(_ stage: StageSummary, to json: inout JSONBuilder) {
    json.beginObject()
    json.key(StageSummary.CodingKeys.id)
    json.string(stage.id)
    json.key(StageSummary.CodingKeys.title)
    json.string(stage.title)
    json.endObject()
  }

  /// Writes a score range as reports and histories both hold it.
  static func write(_ range: ScoreRange, to json: inout JSONBuilder) {
    json.beginObject()
    json.key(ScoreRange.CodingKeys.min)
    json.number(range.min)
    json.key(ScoreRange.CodingKeys.max)
    json.number(range.max)
    json.key(ScoreRange.CodingKeys.exact)
    json.boolean(range.exact)
    json.endObject()
  }

  /// Writes the finding that holds a report's score below its categories.
  static func write(_ cap: ScoreCap, to json: inout JSONBuilder) {
    json.beginObject()
    json.key(ScoreCap.CodingKeys.score)
    json.number(cap.score)
    json.key(ScoreCap.CodingKeys.rule)
    json.string(cap.rule)
    json.key(ScoreCap.CodingKeys.uncapped)
    json.number(cap.uncapped)
    json.endObject()
  }

  /// Writes a stage range as reports and histories both hold it.
  static func write(_ range: StageRange, to json: inout JSONBuilder) {
    json.beginObject()
    json.key(StageRange.CodingKeys.min)
    json.string(range.min)
    json.key(StageRange.CodingKeys.max)
    json.string(range.max)
    json.endObject()
  }

  /// Writes what the next stage needs, as `NextStage`'s `Codable` form has it.
  static func write(_ next: NextStage, to json: inout JSONBuilder) {
    json.beginObject()
    json.key(NextStage.CodingKeys.stage)
    json.string(next.stage)
    json.key(NextStage.CodingKeys.title)
    json.string(next.title)
    json.key(NextStage.CodingKeys.reached)
    json.boolean(next.reached)
    json.key(NextStage.CodingKeys.exact)
    json.boolean(next.exact)
    json.key(NextStage.CodingKeys.score)
    json.number(next.score)
    json.key(NextStage.CodingKeys.changes)
    PlanRenderer.write(next.changes, to: &json)
    json.key(NextStage.CodingKeys.steps)
    json.beginArray()
    for step in next.steps { json.string(step) }
    json.endArray()
    json.key(NextStage.CodingKeys.blockers)
    json.beginArray()
    for blocker in next.blockers { json.string(blocker) }
    json.endArray()
    json.endObject()
  }

  /// Writes a report.
  /// - Parameter report: The report.
  /// - Returns: The JSON text, ending with a newline unless compact.
  public func write(_ report: Report) -> String {
    var json = JSONBuilder(compact: compact)
    write(report, to: &json)
    return compact ? json.output : json.output + "\n"
  }

  /// Writes a report as one value of a JSON text being built (as `BatchLine.full(_:line:id:)` does,
  /// so that the report is not written once and then copied).
  func write(_ report: Report, to json: inout JSONBuilder) {
    json.beginObject()
    json.key(Report.CodingKeys.schema)
    json.string(report.schema)
    json.key(Report.CodingKeys.score)
    json.number(report.score)
    if let range = report.scoreRange {
      json.key(Report.CodingKeys.scoreRange)
      Self.write(range, to: &json)
    }
    if let cap = report.scoreCap {
      json.key(Report.CodingKeys.scoreCap)
      Self.write(cap, to: &json)
    }
    json.key(Report.CodingKeys.stage)
    Self.write(report.stage, to: &json)
    if let range = report.stageRange {
      json.key(Report.CodingKeys.stageRange)
      Self.write(range, to: &json)
    }
    if let next = report.nextStage {
      json.key(Report.CodingKeys.nextStage)
      Self.write(next, to: &json)
    }
    json.key(Report.CodingKeys.categories)
    json.beginArray()
    for c in report.categories {
      json.beginObject()
      json.key(CategoryScore.CodingKeys.id)
      json.string(c.id)
      json.key(CategoryScore.CodingKeys.title)
      json.string(c.title)
      json.key(CategoryScore.CodingKeys.score)
      if let s = c.score { json.number(s) } else { json.null() }
      json.key(CategoryScore.CodingKeys.weight)
      json.number(c.weight)
      json.key(CategoryScore.CodingKeys.findings)
      json.number(Double(c.findings))
      json.endObject()
    }
    json.endArray()
    json.key(Report.CodingKeys.findings)
    json.beginArray()
    for f in report.findings {
      json.beginObject()
      json.key(Finding.CodingKeys.rule)
      json.string(f.rule)
      json.key(Finding.CodingKeys.title)
      json.string(f.title)
      json.key(Finding.CodingKeys.category)
      json.string(f.category)
      json.key(Finding.CodingKeys.tier)
      if let t = f.tier { json.string(t) } else { json.null() }
      json.key(Finding.CodingKeys.severity)
      json.string(f.severity.rawValue)
      json.key(Finding.CodingKeys.weight)
      json.number(f.weight)
      json.key(Finding.CodingKeys.why)
      json.string(f.why)
      json.key(Finding.CodingKeys.fix)
      json.string(f.fix)
      json.key(Finding.CodingKeys.source)
      if let s = f.source { json.string(s) } else { json.null() }
      json.key(Finding.CodingKeys.evidence)
      json.beginArray()
      for e in f.evidence {
        json.beginObject()
        json.key(Evidence.CodingKeys.name)
        json.string(e.name)
        json.key(Evidence.CodingKeys.label)
        json.string(e.label)
        json.key(Evidence.CodingKeys.value)
        switch e.value {
        case .number(let n): json.number(n)
        case .boolean(let b): json.boolean(b)
        case .text(let s): json.string(s)
        case .null: json.null()
        }
        json.key(Evidence.CodingKeys.text)
        json.string(e.text)
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.key(Report.CodingKeys.passed)
    json.strings(report.passed)
    json.key(Report.CodingKeys.notApplicable)
    json.strings(report.notApplicable)
    json.key(Report.CodingKeys.unknown)
    json.beginArray()
    for u in report.unknown {
      json.beginObject()
      json.key(UnknownRule.CodingKeys.rule)
      json.string(u.rule)
      json.key(UnknownRule.CodingKeys.missing)
      json.strings(u.missing)
      json.endObject()
    }
    json.endArray()
    json.key(Report.CodingKeys.nextSteps)
    json.beginArray()
    for step in report.nextSteps {
      json.beginObject()
      json.key(NextStep.CodingKeys.rule)
      json.string(step.rule)
      json.key(NextStep.CodingKeys.fix)
      json.string(step.fix)
      json.key(NextStep.CodingKeys.scoreGain)
      json.number(step.scoreGain)
      if let effort = step.effort {
        json.key(NextStep.CodingKeys.effort)
        json.number(effort)
      }
      if !step.alsoCloses.isEmpty {
        json.key(NextStep.CodingKeys.alsoCloses)
        json.strings(step.alsoCloses)
      }
      if let question = step.question {
        json.key(NextStep.CodingKeys.question)
        json.string(question)
      }
      if let stage = step.planStage {
        json.key(NextStep.CodingKeys.planStage)
        json.string(stage)
      }
      if step.narrows {
        json.key(NextStep.CodingKeys.narrows)
        json.boolean(true)
      }
      if !step.neededFor.isEmpty {
        json.key(NextStep.CodingKeys.neededFor)
        json.strings(step.neededFor)
      }
      if let without = step.scoreWithout {
        json.key(NextStep.CodingKeys.scoreWithout)
        json.number(without)
      }
      json.endObject()
    }
    json.endArray()
    if let hours = report.hoursForNextSteps {
      json.key(Report.CodingKeys.hoursForNextSteps)
      json.number(hours)
    }
    json.key(Report.CodingKeys.answered)
    json.number(Double(report.answered))
    json.key(Report.CodingKeys.questions)
    json.number(Double(report.questions))
    json.key(Report.CodingKeys.gradient)
    json.beginArray()
    for step in report.gradient {
      json.beginObject()
      json.key(GradientStep.CodingKeys.id)
      json.string(step.id)
      json.key(GradientStep.CodingKeys.title)
      json.string(step.title)
      json.key(GradientStep.CodingKeys.description)
      if let d = step.description { json.string(d) } else { json.null() }
      json.endObject()
    }
    json.endArray()
    json.key(Report.CodingKeys.questionsToSettle)
    json.beginArray()
    for entry in report.questionsToSettle {
      json.beginObject()
      json.key(QuestionToSettle.CodingKeys.question)
      json.string(entry.question)
      json.key(QuestionToSettle.CodingKeys.ask)
      json.string(entry.ask)
      json.key(QuestionToSettle.CodingKeys.rules)
      json.number(Double(entry.rules))
      json.endObject()
    }
    json.endArray()
    // Only when there is something to re-check, so reports of packs and questionnaires without
    // dates read as before.
    if !report.recheck.isEmpty {
      json.key(Report.CodingKeys.recheck)
      json.beginArray()
      for entry in report.recheck {
        json.beginObject()
        json.key(AnswerToRecheck.CodingKeys.question)
        json.string(entry.question)
        json.key(AnswerToRecheck.CodingKeys.ask)
        json.string(entry.ask)
        json.key(AnswerToRecheck.CodingKeys.asOf)
        json.string(entry.asOf.description)
        json.key(AnswerToRecheck.CodingKeys.ageDays)
        json.number(Double(entry.ageDays))
        json.key(AnswerToRecheck.CodingKeys.maxAgeDays)
        json.number(Double(entry.maxAgeDays))
        json.endObject()
      }
      json.endArray()
    }
    json.endObject()
  }
}
