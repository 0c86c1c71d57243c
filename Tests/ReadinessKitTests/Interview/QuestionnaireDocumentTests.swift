import Foundation
import Testing

@testable import ReadinessKit

/// `QuestionnaireDocument`: setting answers in a file changes those values and nothing else.
@Suite struct QuestionnaireDocumentTests {
  /// A file, the answers set in it (`nil` clears one), and the file expected after.
  struct Case: Sendable, CustomStringConvertible {
    var description: String
    var original: String
    var changes: [String: AnswerValue?]
    var expected: String
  }

  static let cases: [Case] = [
    Case(
      description: "a changed value keeps its comment, and others keep their spelling, with CRLF",
      original: "# My shop\r\n\r\npaying_customers = 60   # as of May\r\nmonthly_churn_percent = 4\r\n",
      changes: ["paying_customers": .integer(75)],
      expected: "# My shop\r\n\r\npaying_customers = 75   # as of May\r\nmonthly_churn_percent = 4\r\n"),
    Case(
      description: "an empty template value is filled in, keeping the key as written",
      original: "# help\n  hourly_value=\n\nweekly_hours_available =\n",
      changes: ["hourly_value": .number(40), "weekly_hours_available": .number(12.5)],
      expected: "# help\n  hourly_value=40\n\nweekly_hours_available = 12.5\n"),
    Case(
      description: "a new answer goes after the nearest earlier question of the template",
      original: "path = other\n\n# money\nhourly_value = 40\n",
      changes: ["problem_statement": .text("Shops lose time"), "monthly_churn_percent": .percent(3)],
      expected: "path = other\nproblem_statement = Shops lose time\n\n# money\nhourly_value = 40\n"
        + "monthly_churn_percent = 3%\n"),
    Case(
      description: "a new first answer goes above the comments of the question after it",
      original: "# The kind of project\nproblem_statement = x\n",
      changes: ["path": .choice("other")],
      expected: "path = other\n# The kind of project\nproblem_statement = x\n"),
    Case(
      description: "a byte-order mark stays and a last line without a line end gets one",
      original: "\u{FEFF}path = other",
      changes: ["hourly_value": .number(40)],
      expected: "\u{FEFF}path = other\nhourly_value = 40\n"),
    Case(
      description: "a cleared answer keeps its line and comment, empty",
      original: "pricing_includes_time = yes # really\nhourly_value = 40\r\n",
      changes: ["pricing_includes_time": AnswerValue?.none, "hourly_value": AnswerValue?.none],
      expected: "pricing_includes_time = # really\nhourly_value =\r\n"),
    Case(
      description: "quoted text before a comment stays quoted, so the comment stays a comment",
      original: "problem_statement = \"old\"  # note\ntarget_customer = Shops # with a hash\n",
      changes: ["problem_statement": .text("new words"), "target_customer": .text("Small shops")],
      expected: "problem_statement = \"new words\"  # note\ntarget_customer = Small shops\n"),
    Case(
      description: "an answer set to what the file already says leaves the file as it is",
      original: "monthly_churn_percent = 4.0 # percent\npath=other\n",
      changes: ["monthly_churn_percent": .percent(4), "path": .choice("other")],
      expected: "monthly_churn_percent = 4.0 # percent\npath=other\n"),
    Case(
      description: "tabs around '=' and before a comment stay",
      original: "hourly_value\t=\t40\t# my rate\n",
      changes: ["hourly_value": .number(45)],
      expected: "hourly_value\t=\t45\t# my rate\n"),
    Case(
      description: "text that needs quotes is quoted before a comment; cleared quoted text drops it",
      original: "problem_statement = \"x\"  # a\ntarget_customer = \"Shops\"  # b\n",
      changes: ["problem_statement": .text(" leading space"), "target_customer": AnswerValue?.none],
      expected: "problem_statement = \" leading space\"  # a\ntarget_customer =\n"),
    Case(
      description: "a text answer holding ' #' is written as it reads back",
      original: "target_customer = Shops # we are #1\n",
      changes: ["target_customer": .text("Bakers # and cafes")],
      expected: "target_customer = Bakers # and cafes\n"),
    Case(
      description: "the first answer of a category goes into that category's section",
      original: "# ==== Problem ====\n\npath = other\n\n# ==== Money ====\n\n# rate\nhourly_value = 40\n",
      changes: ["price_per_customer_month": .number(19)],
      expected: "# ==== Problem ====\n\npath = other\n\n# ==== Money ====\n\nprice_per_customer_month = 19\n# rate\n"
        + "hourly_value = 40\n"),
  ]

  @Test(arguments: cases)
  func settingAnswersChangesOnlyTheirValues(_ c: Case) throws {
    let pack = try RulePack.builtIn()
    var document = try QuestionnaireDocument(pack: pack, bytes: Array(c.original.utf8), file: "q.txt")
    var values: [String: AnswerValue] = [:]
    for id in document.answers.answeredIDs { values[id] = document.answers.value(for: id) }
    for (id, value) in c.changes { values[id] = value }
    let wanted = try pack.answers(values)
    document.update(to: wanted)
    #expect(document.text == c.expected)
    #expect(try pack.answers(parsing: Array(document.text.utf8)) == wanted)
  }

  @Test func theFilledInTemplateKeepsEveryLine() throws {
    let pack = try RulePack.builtIn()
    let template = QuestionnaireTemplate(pack: pack).render()
    // Filled in by hand: percentages without '%', some questions left empty.
    let filled = template.replacingOccurrences(
      of: "\nlargest_channel_share_percent =\n", with: "\nlargest_channel_share_percent = 60\n"
    )
    .replacingOccurrences(of: "\npaying_customers =\n", with: "\npaying_customers = 60\n")
    .replacingOccurrences(of: "\npath =\n", with: "\npath = subscription-tool\n")
    var document = try QuestionnaireDocument(pack: pack, bytes: Array(filled.utf8))
    var values: [String: AnswerValue] = [
      "path": .choice("subscription-tool"), "largest_channel_share_percent": .percent(60),
      "paying_customers": .integer(61), "hourly_value": .number(40),
    ]
    document.update(to: try pack.answers(values))
    let before = filled.split(separator: "\n", omittingEmptySubsequences: false)
    let after = document.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(after.count == before.count)
    let changed = zip(before, after).filter { $0.0 != $0.1 }.map { "\($0.0) -> \($0.1)" }
    #expect(changed == ["hourly_value = -> hourly_value = 40", "paying_customers = 60 -> paying_customers = 61"])
    values["paying_customers"] = nil
    document.update(to: try pack.answers(values))
    #expect(document.text.contains("\npaying_customers =\n"))
    #expect(document.text.contains("\nlargest_channel_share_percent = 60\n"))
  }

  @Test func aNewFileHoldsItsHeaderAndTheAnswersInTemplateOrder() throws {
    let pack = try RulePack.builtIn()
    var document = QuestionnaireDocument(pack: pack, header: ["# saved"])
    document.update(to: try pack.answers(["hourly_value": .number(40), "path": .choice("other")]))
    #expect(document.text == "# saved\npath = other\nhourly_value = 40\n")
  }
}
