import Foundation
import Testing

/// The interview in a real pseudo-terminal, and driven through a pipe.
@Suite(.serialized) struct InterviewTests {
  /// An answer for every question of the built-in pack.
  static let answers: [String: String] = [
    "path": "1", "problem_statement": "Small shops cannot keep product descriptions consistent",
    "target_customer": "Shopify stores selling on Amazon", "started_from": "problem", "customer_interviews": "12",
    "waitlist_or_preorders": "40", "competitors_studied": "5",
    "differentiator": "Adapts one master text to each marketplace's rules", "novelty_is_main_advantage": "n",
    "audience_size": "2500", "owned_channels": "2", "trust_signals": "9", "largest_channel_share_percent": "40%",
    "paying_customers": "60", "price_per_customer_month": "19", "other_monthly_revenue": "0",
    "monthly_infra_cost": "120",
    "monthly_tool_subscriptions": "60", "monthly_hosting_cost": "20", "weekly_maintenance_hours": "5",
    "hourly_value": "40", "pricing_includes_time": "y", "monitoring_in_place": "yes", "output_acceptance_rate": "88",
    "weekly_manual_interventions": "3", "depends_on_single_platform": "no", "recalibration_days": "30",
    "prompt_test_set": "yes", "support_process": "yes", "monthly_churn_percent": "4%", "acquisition_predictable": "yes",
    "months_with_revenue": "8", "expected_months_to_income": "6", "expects_fully_automatic": "no",
    "weekly_hours_available": "10",
  ]

  /// Answers the question on screen; returns false when no prompt came.
  static func answerNext(_ terminal: PseudoTerminal, override: [String: String] = [:]) -> Bool {
    let mark = terminal.output.endIndex
    guard terminal.read(until: "> ", from: mark) || terminal.output.hasSuffix("> ") else { return false }
    guard let id = terminal.lastQuestionID else { return false }
    terminal.send((override[id] ?? answers[id] ?? "") + "\n")
    return true
  }

  static func prompted(_ terminal: PseudoTerminal) -> Bool {
    terminal.read(until: "> ", timeout: 10)
  }

  @Test func fullInterviewInATerminalEqualsAssessOfTheSavedFile() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview", "--save", "answers.txt", "--format", "json"], in: folder)
    var asked = 0
    // Each prompt ends with "\n> "; answer each one once, until the report is written.
    while asked < 60 {
      let deadline = Date().addingTimeInterval(10)
      while terminal.output.components(separatedBy: "\n> ").count - 1 <= asked
        && !terminal.output.contains("Answers saved in")
        && Date() < deadline
      {
        terminal.read(until: "\u{0}", timeout: 0.05)
      }
      if terminal.output.contains("Answers saved in") { break }
      guard let id = terminal.lastQuestionID else { break }
      terminal.send((Self.answers[id] ?? "") + "\n")
      asked += 1
    }
    #expect(terminal.wait() == 0)
    #expect(asked == Self.answers.count)
    #expect(terminal.output.contains("== Problem before tool =="))
    #expect(terminal.output.contains("(1 of 35)"))
    let json = String(terminal.output[terminal.output.range(of: "{\n  \"schema\"")!.lowerBound...])
    let assess = try CLI.run(["assess", "answers.txt", "--format", "json"], in: folder)
    #expect(assess.status == 0)
    #expect(json == assess.stdout)
  }

  @Test func badAnswerIsRefusedAndAskedAgain() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview", "--save", "a.txt"], in: folder)
    #expect(Self.prompted(terminal))
    #expect(terminal.lastQuestionID == "path")
    terminal.send("saas\n")
    #expect(terminal.read(until: "Not accepted: 'saas' is not one of the choices"))
    #expect(terminal.read(until: "> ", from: terminal.output.range(of: "Not accepted")!.upperBound))
    #expect(terminal.lastQuestionID == "path")
    terminal.send("9\n")
    #expect(terminal.read(until: "Not accepted: '9' is not one of the choices"))
    terminal.send("2\n")
    #expect(terminal.read(until: "[problem_statement]"))
    terminal.send("\u{03}")
    #expect(terminal.wait() == 130)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8).contains("path = digital-product")
    )
  }

  @Test func ctrlCKeepsEveryAnswerAndTheNextRunResumes() throws {
    let folder = try CLI.temporaryFolder()
    let first = try PseudoTerminal(["interview", "--save", "a.txt"], in: folder)
    for _ in 0..<2 { #expect(Self.answerNext(first)) }
    #expect(first.read(until: "[target_customer]"))
    #expect(first.read(until: "> ", from: first.output.range(of: "[target_customer]")!.upperBound))
    first.send("\u{03}")
    #expect(first.wait() == 130)
    #expect(first.output.contains("Interrupted: your answers are saved in a.txt; run the same command again to go on."))
    let saved = try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8)
    #expect(saved.contains("path = subscription-tool"))
    #expect(saved.contains("problem_statement = Small shops cannot keep product descriptions consistent"))
    // The terminal is usable again: its line discipline still echoes and handles lines.
    let second = try PseudoTerminal(["interview", "--save", "a.txt"], in: folder)
    #expect(second.read(until: "> "))
    #expect(second.output.contains("Resuming: 2 questions already answered in a.txt"))
    #expect(second.lastQuestionID == "target_customer")
    second.send("\u{03}")
    #expect(second.wait() == 130)
  }

  @Test func aSecondInterviewOnTheSameFileIsRefusedWhileTheFirstHoldsTheLock() throws {
    let folder = try CLI.temporaryFolder()
    let file = folder.appendingPathComponent("l.txt")
    let first = try PseudoTerminal(["interview", "--save", "l.txt"], in: folder)
    #expect(Self.answerNext(first))
    #expect(first.read(until: "[problem_statement]"))
    let before = try Data(contentsOf: file)
    let second = try CLI.run(["interview", "--save", "l.txt"], stdin: "3\nsomething else\n", in: folder)
    #expect(second.status == 2)
    #expect(
      second.stderr
        == "readiness: error: 'l.txt' is in use by another interview (it holds the lock 'l.txt.lock'); "
        + "finish or stop that one first\n")
    #expect(second.stdout.isEmpty)
    #expect(try Data(contentsOf: file) == before)
    // Ctrl-C releases the lock: the next run goes on from the saved answer.
    first.send("\u{03}")
    #expect(first.wait() == 130)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("l.txt.lock").path))
    let third = try CLI.run(["interview", "--save", "l.txt"], stdin: "", in: folder)
    #expect(third.status == 0)
    #expect(third.stderr.contains("Resuming: 1 questions already answered in l.txt"))
  }

  @Test func aLockFileLeftByAKilledInterviewDoesNotBlock() throws {
    let folder = try CLI.temporaryFolder()
    try Data().write(to: folder.appendingPathComponent("k.txt.lock"))
    let result = try CLI.run(["interview", "--save", "k.txt"], stdin: "3\n", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOf: folder.appendingPathComponent("k.txt"), encoding: .utf8).contains("path = "))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["k.txt"])
  }

  @Test func backAndHelpWork() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview"], in: folder)
    #expect(Self.answerNext(terminal))
    #expect(terminal.read(until: "[problem_statement]"))
    terminal.send("?\n")
    #expect(terminal.read(until: "Name the problem, not the tool"))
    terminal.send("<\n")
    #expect(terminal.read(until: "(back one question)"))
    #expect(terminal.read(until: "Enter keeps subscription-tool"))
    #expect(terminal.lastQuestionID == "path")
    terminal.send("\n")
    #expect(terminal.read(until: "[problem_statement]", from: terminal.output.range(of: "Enter keeps")!.upperBound))
    terminal.send("\u{04}")
    #expect(terminal.wait() == 0)
    #expect(terminal.output.contains("Readiness score:"))
    #expect(terminal.output.contains("Answered 1 of 35 questions."))
  }

  @Test func ctrlDEndsWithAPartialReport() throws {
    let folder = try CLI.temporaryFolder()
    let terminal = try PseudoTerminal(["interview", "--save", "a.txt"], in: folder)
    for _ in 0..<2 { #expect(Self.answerNext(terminal)) }
    #expect(terminal.read(until: "[target_customer]"))
    #expect(terminal.read(until: "> ", from: terminal.output.range(of: "[target_customer]")!.upperBound))
    terminal.send("\u{04}")
    #expect(terminal.wait() == 0)
    #expect(terminal.output.contains("Stopped early: answers saved in a.txt; run the same command again to go on."))
    #expect(terminal.output.contains("Answered 2 of 35 questions."))
  }

  @Test func pipedInputWorksWithPromptsOnStandardError() throws {
    let folder = try CLI.temporaryFolder()
    let replies = ["3", "Readers want recipes from leftovers they already have", "", "problem", "oops", "7"]
    let result = try CLI.run(
      ["interview", "--save", "p.txt", "-f", "json"], stdin: replies.joined(separator: "\n") + "\n", in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.contains("(1 of 35) Which kind of project is it? [path]"))
    #expect(result.stderr.contains("Not accepted: 'oops' is not a whole number"))
    let assess = try CLI.run(["assess", "p.txt", "-f", "json"], in: folder)
    #expect(result.stdout == assess.stdout)
    let saved = try String(contentsOf: folder.appendingPathComponent("p.txt"), encoding: .utf8)
    #expect(saved.contains("path = content-business\n"))
    #expect(saved.contains("customer_interviews = 7\n"))
    #expect(!saved.contains("target_customer"))
  }

  @Test func reviewAsksAnsweredQuestionsWithTheirAnswerAsDefault() throws {
    let folder = try CLI.temporaryFolder()
    try "path = other\naudience_size = 40\n".write(
      to: folder.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["interview", "--save", "r.txt", "--review"], stdin: "\n", in: folder)
    #expect(result.stderr.contains("Enter keeps other"))
    let resumed = try CLI.run(["interview", "--save", "r.txt"], stdin: "", in: folder)
    #expect(resumed.stderr.contains("Resuming: 2 questions already answered"))
    #expect(!resumed.stderr.contains("[path]"))
  }

  @Test func anAnswerWithAControlCharacterIsRefusedAndTheSavedFileResumes() throws {
    let folder = try CLI.temporaryFolder()
    let result = try CLI.run(["interview", "--save", "c.txt"], stdin: "3\nleft\u{1}overs\nleftovers\n", in: folder)
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "Not accepted: control characters (here U+0001) cannot be saved; type the answer without them"))
    let saved = try String(contentsOf: folder.appendingPathComponent("c.txt"), encoding: .utf8)
    #expect(saved.contains("problem_statement = leftovers\n"))
    #expect(!saved.contains("\u{1}"))
    let resumed = try CLI.run(["interview", "--save", "c.txt"], stdin: "", in: folder)
    #expect(resumed.status == 0)
    #expect(resumed.stderr.contains("Resuming: 2 questions already answered"))
  }

  @Test func aBrokenSaveFileIsReportedNotOverwritten() throws {
    let folder = try CLI.temporaryFolder()
    let marked = MarkedText("1️⃣audiense_size = 4\n")
    try marked.text.write(to: folder.appendingPathComponent("bad.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["interview", "--save", "bad.txt"], stdin: "", in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad.txt:\(marked["1️⃣"]): error: unknown question 'audiense_size'"))
    #expect(try String(contentsOf: folder.appendingPathComponent("bad.txt"), encoding: .utf8) == marked.text)
  }
}

@Suite struct InterviewFormatTests {
  @Test(arguments: [("markdown", "# Readiness: "), ("html", "<!DOCTYPE html>\n"), ("text", "Readiness score: ")])
  func interviewEndsWithTheReportInTheChosenFormat(_ format: (String, String)) throws {
    let result = try CLI.run(["interview", "--format", format.0], stdin: "2\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(format.1))
  }

  @Test func savedAnswersNameTheCommandsThatGoOn() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("save-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let save = folder.appendingPathComponent("a.txt").path
    let result = try CLI.run(["interview", "--save", save], stdin: "1\n")
    #expect(result.status == 0, "\(result.stderr)")
    let saved = try String(contentsOfFile: save, encoding: .utf8)
    #expect(saved.hasPrefix("# readiness answers, saved by 'readiness interview'.\n"))
  }
}
