/// The plain-text report a person reads in a terminal: score, stage on the gradient, categories,
/// findings with why, fix, evidence and source, next steps, and the questions still to answer.
public struct TextRenderer: ReportRenderer {
  /// The line width to wrap to.
  public var width: Int
  /// Whether to use ANSI colours and bold.
  public var colored: Bool

  /// Creates the renderer.
  /// - Parameters:
  ///   - width: The line width (80 when not a terminal).
  ///   - colored: Whether to use ANSI colours.
  public init(width: Int = 80, colored: Bool = false) {
    self.width = max(40, min(width, 160))
    self.colored = colored
  }

  /// Renders a report.
  /// - Parameter report: The report.
  /// - Returns: The text, ending with a newline.
  public func render(_ report: Report) -> String {
    var out: [String] = []
    if report.scoreRangeNote.isEmpty && report.stageRangeNote.isEmpty {
      out.append(
        bold("Readiness score: \(Expression.format(report.score)) / 100") + "   Stage: "
          + bold(shown(report.stage.title)))
    } else {
      // The range beside the score: with open questions, the score alone overstates what is known.
      out += TextWrapper.wrap(
        bold("Readiness score: \(Expression.format(report.score)) / 100") + report.scoreRangeNote, width: width)
      out += TextWrapper.wrap("Stage: " + bold(shown(report.stage.title)) + report.stageRangeNote, width: width)
    }
    if !report.scoreCapNote.isEmpty { out += TextWrapper.wrap(shown(report.scoreCapNote), width: width) }
    out += gradient(report.stage.id, report.gradient)
    out += TextWrapper.wrap(
      "Answered \(report.answered) of \(report.questions) questions.\(report.notApplicableNote)", width: width)
    if let sentence = report.nextStageSentence { out += TextWrapper.wrap(shown(sentence), width: width) }
    out.append("")

    out.append(heading("Categories"))
    let titleWidth = min(max(8, width - 37), (report.categories.map(\.title.count).max() ?? 10))
    for category in report.categories {
      let title = shown(category.title)
      let shortened =
        title.count > titleWidth ? String(title.prefix(titleWidth - 1)) + "…" : title
      let padded = shortened + String(repeating: " ", count: max(0, titleWidth - shortened.count))
      if let score = category.score {
        let value = Expression.format(score)
        let number = String(repeating: " ", count: max(0, 5 - value.count)) + value
        let gaps = category.findings == 1 ? "1 finding" : "\(category.findings) findings"
        out.append("  \(padded)  \(number)  \(bar(score))  \(gaps)")
      } else {
        // Why, where the line has room: none of its rules applies at this stage, or none is answered.
        let why = "  \(padded)      -  not scored yet (no rule applies or is answered)"
        out.append(why.count <= width ? why : "  \(padded)      -  not scored yet")
      }
    }
    out.append("")

    out.append(heading("Findings (\(report.findings.count))"))
    if report.findings.isEmpty {
      out.append("  No gaps found among the rules that could be evaluated.")
    }
    for finding in report.findings {
      let label = severityLabel(finding.severity)
      out += TextWrapper.wrap(
        shown(finding.title), width: width, indent: "            ", firstIndent: "  " + label + "  ")
      let indent = String(repeating: " ", count: 14)
      out += TextWrapper.wrap(shown(finding.why), width: width, indent: indent, firstIndent: "    Why:      ")
      out += TextWrapper.wrap(shown(finding.fix), width: width, indent: indent, firstIndent: "    Fix:      ")
      if !finding.evidence.isEmpty {
        let evidence = shown(finding.evidence.map { "\($0.label): \($0.text)" }.joined(separator: "; "))
        out += TextWrapper.wrap(evidence, width: width, indent: indent, firstIndent: "    Evidence: ")
      }
      if let source = finding.source {
        out += TextWrapper.wrap(shown("\"\(source)\""), width: width, indent: indent, firstIndent: "    Essay:    ")
      }
      out.append("")
    }
    if report.findings.isEmpty { out.append("") }

    if !report.nextSteps.isEmpty || !report.recheck.isEmpty {
      out.append(heading("Next steps"))
      for (i, entry) in report.recheck.enumerated() {
        out += TextWrapper.wrap(shown(entry.step), width: width, indent: "     ", firstIndent: "  \(i + 1). ")
      }
      for (i, step) in report.nextSteps.enumerated() {
        let effort = Report.effortText(step).map { ", \($0)" } ?? ""
        let gain = "(\(Report.gainText(step.scoreGain))\(effort))"
        let number = "  \(report.recheck.count + i + 1). "
        let also = [report.alsoClosesText(step), report.planReachText(after: i)].compactMap { $0 }.map { " " + $0 }
          .joined()
        out += TextWrapper.wrap(shown("\(step.fix) \(gain)\(also)"), width: width, indent: "     ", firstIndent: number)
      }
      if let sentence = report.nextStepHoursSentence {
        out += TextWrapper.wrap(sentence, width: width, indent: "  ", firstIndent: "  ")
      }
      out.append("")
    }

    if !report.unknown.isEmpty {
      out.append(heading("Still unknown (\(Report.rules(report.unknown.count)))"))
      out += TextWrapper.wrap(
        "Answer these questions to settle them (the name in brackets is the line to fill in your file):",
        width: width, indent: "  ")
      for entry in report.questionsToSettle {
        // The question first, as a founder reads it; its key after, for the questionnaire file.
        let ask = entry.ask.isEmpty ? entry.question : "\(entry.ask) [\(entry.question)]"
        out += TextWrapper.wrap(
          shown("\(ask), settles \(Report.rules(entry.rules))"), width: width, indent: "    ", firstIndent: "  - ")
      }
      out.append("")
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  /// `Hype > [Active project] > Validated ...`, the project's place on the gradient: the stages by
  /// their titles, as a founder reads them (ids are for `--to` and JSON), the
  /// current one in brackets; a title is never broken across lines.
  private func gradient(_ current: String, _ steps: [GradientStep]) -> [String] {
    let nbsp = "\u{00A0}"
    func title(_ step: GradientStep) -> String { shown(step.title).replacingOccurrences(of: " ", with: nbsp) }
    let plain = steps.map { $0.id == current ? "[\(title($0))]" : title($0) }.joined(separator: " > ")
    let lines = TextWrapper.wrap(plain, width: width, indent: "          ", firstIndent: "Gradient: ")
    let marked = steps.first { $0.id == current }.map { "[\(title($0))]" }
    return lines.map { line in
      var line = line
      if colored, let marked { line = line.replacingOccurrences(of: marked, with: bold(marked)) }
      return line.replacingOccurrences(of: nbsp, with: " ")
    }
  }

  private func bar(_ score: Double) -> String {
    let filled = Int((score / 10).rounded(.toNearestOrAwayFromZero))
    return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 10 - filled) + "]"
  }

  func severityLabel(_ severity: Severity) -> String {
    let text = severity.rawValue.uppercased()
    let padded = text + String(repeating: " ", count: max(0, 8 - text.count))
    guard colored else { return padded }
    let code: String
    switch severity {
    case .critical: code = "1;31"
    case .high: code = "31"
    case .medium: code = "33"
    case .low: code = "36"
    case .info: code = "2"
    }
    return "\u{1B}[\(code)m\(padded)\u{1B}[0m"
  }

  func heading(_ text: String) -> String { bold(text) }

  /// Text that may hold input (an answer quoted as evidence or in a template) with its control
  /// characters shown, never sent to the terminal.
  func shown(_ text: String) -> String { Unicode.Scalar.visible(text) }

  func bold(_ text: String) -> String { colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
