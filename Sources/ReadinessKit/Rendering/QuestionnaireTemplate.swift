/// A commented questionnaire with every question of a pack and an empty value for each: itself a
/// valid questionnaire (nothing answered), so people fill it in rather than start from nothing.
public struct QuestionnaireTemplate: Sendable {
  /// The pack whose questions it lists.
  public var pack: RulePack
  /// The comment lines it starts with (each starting with `#`); a tool says there how to assess
  /// the file with it, which a library cannot know.
  public var header: [String]

  /// The header used when none is given.
  public static let defaultHeader = [
    "# Questionnaire: fill in what you know; an empty value means 'not answered'."
  ]

  /// Creates a template.
  /// - Parameters:
  ///   - pack: The pack whose questions it lists.
  ///   - header: The comment lines it starts with, each starting with `#`.
  public init(pack: RulePack, header: [String] = QuestionnaireTemplate.defaultHeader) {
    self.pack = pack
    self.header = header
  }

  /// Renders the template.
  /// - Returns: The questionnaire text, grouped by category, with a final newline.
  public func render() -> String {
    var lines = header + [""]
    var groups: [(String?, [Question])] = pack.categories.map { ($0.id, []) }
    groups.append((nil, []))
    for question in pack.questions {
      let index = groups.firstIndex { $0.0 == question.category } ?? groups.count - 1
      groups[index].1.append(question)
    }
    for (category, questions) in groups where !questions.isEmpty {
      let title = category.flatMap { id in pack.categories.first { $0.id == id }?.title } ?? "Other"
      lines.append(
        "# " + String(repeating: "=", count: 4) + " \(title) " + String(repeating: "=", count: max(4, 70 - title.count))
      )
      lines.append("")
      for question in questions {
        lines += TextWrapper.wrap(question.ask, width: 78, indent: "# ")
        if let help = question.help { lines += TextWrapper.wrap(help, width: 78, indent: "#   ") }
        var form = "# \(question.type.rawValue): \(question.expectedForm)"
        if let value = question.defaultValue { form += "; default \(value)" }
        lines.append(form)
        if let condition = question.askIf { lines.append("# only needed when: \(condition)") }
        lines.append("\(question.id) =")
        lines.append("")
      }
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
