import Foundation
import Testing

/// `interview --save` onto a questionnaire that exists: it is edited in place, and a resumed
/// interview numbers its questions on from the answers there.
@Suite struct InterviewSaveTests {
  /// An answer of `InterviewTests.answers` as a file writes it: a choice by name, not number.
  static func written(_ id: String) -> String {
    id == "path" ? "subscription-tool" : InterviewTests.answers[id]!
  }

  /// The template with every question answered but `open` ones, percentages written without `%`.
  static func filledTemplate(leaving open: Set<String>) throws -> String {
    let template = try CLI.run(["template"])
    #expect(template.status == 0)
    var lines = template.stdout.components(separatedBy: "\n")
    for (i, line) in lines.enumerated() where line.hasSuffix(" =") {
      let id = String(line.dropLast(2))
      if !open.contains(id), InterviewTests.answers[id] != nil {
        let answer = written(id)
        lines[i] = "\(id) = \(answer.hasSuffix("%") ? String(answer.dropLast()) : answer)"
      }
    }
    return lines.joined(separator: "\n")
  }

  /// A line end to write the file with.
  struct LineEnd: Sendable, CustomStringConvertible {
    var text: String
    var description: String { text == "\n" ? "LF" : "CRLF" }
  }

  @Test(arguments: [LineEnd(text: "\n"), LineEnd(text: "\r\n")])
  func theFilledInTemplateKeepsEveryLineButTheAnswersGiven(_ end: LineEnd) throws {
    let folder = try CLI.temporaryFolder()
    let file = folder.appendingPathComponent("t.txt")
    let original = try Self.filledTemplate(leaving: ["hourly_value", "weekly_hours_available"])
      .replacingOccurrences(of: "\n", with: end.text)
    try Data(original.utf8).write(to: file)
    #expect(chmod(file.path, 0o640) == 0)
    let result = try CLI.run(["interview", "--save", "t.txt"], stdin: "40\n12\n", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Resuming: 33 questions already answered in t.txt"))
    #expect(result.stderr.contains("(19 of 35) What is an hour of your time worth"))
    let saved = try String(contentsOf: file, encoding: .utf8)
    let before = original.components(separatedBy: end.text)
    let after = saved.components(separatedBy: end.text)
    #expect(after.count == before.count)
    #expect(before.count > 200)
    let changed = zip(before, after).filter { $0.0 != $0.1 }.map { "\($0.0) -> \($0.1)" }
    #expect(
      changed == ["hourly_value = -> hourly_value = 40", "weekly_hours_available = -> weekly_hours_available = 12"])
    #expect(saved.contains("largest_channel_share_percent = 40" + end.text))
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.txt"])
  }

  @Test func aHandWrittenFileKeepsItsCommentsWhenAnAnswerIsClearedOrAdded() throws {
    let folder = try CLI.temporaryFolder()
    let file = folder.appendingPathComponent("h.txt")
    let original = "# Shop notes\r\npath = other\r\n\r\n# guessed\r\naudience_size = 40   # from the newsletter\r\n"
    try Data(original.utf8).write(to: file)
    // '<' goes back to the last answer read from the file; '-' clears it; then the next question.
    let result = try CLI.run(
      ["interview", "--save", "h.txt"], stdin: "<\n-\n<\n<\n\nLeftovers go to waste\n", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Resuming: 2 questions already answered"))
    #expect(result.stderr.contains("(back one question)"))
    #expect(result.stderr.contains("- to clear, Enter keeps 40\n"))
    #expect(result.stderr.contains("(answer cleared)"))
    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(
      saved
        == "# Shop notes\r\npath = other\r\nproblem_statement = Leftovers go to waste\r\n\r\n# guessed\r\n"
        + "audience_size = # from the newsletter\r\n")
  }

  @Test func aResumedInterviewNumbersOnFromTheAnswersGiven() throws {
    let folder = try CLI.temporaryFolder()
    let first = [
      "path", "problem_statement", "target_customer", "started_from", "customer_interviews", "waitlist_or_preorders",
    ]
    let text = first.map { "\($0) = \(Self.written($0))\n" }.joined()
    try text.write(to: folder.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["interview", "--save", "r.txt"], stdin: "<\n", in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.contains("(7 of 35) "))
    #expect(result.stderr.contains("(6 of 35) "))
    #expect(
      result.stderr.contains(
        "[waitlist_or_preorders]\n  a whole number, 0 to 100000000; ? for help, < to go back, - to clear, Enter keeps 40"
      ))
    #expect(!result.stderr.contains("(1 of"))
  }
}
