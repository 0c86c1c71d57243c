/// Renders an `Explanation` as text: the verdict, the condition, and the condition's tree with
/// every sub-expression's value and where each answer came from. Facts are expanded down to the
/// answers they are made of, and lists of literals stay on their expression's line.
public struct ExplanationRenderer: Sendable {
  /// Whether to use ANSI colours.
  public var colored: Bool
  /// The most characters per line, or `nil` to never wrap. A long line is wrapped at spaces, its
  /// continuation indented under its place in the tree.
  public var width: Int?

  /// Creates a renderer.
  /// - Parameters:
  ///   - colored: Whether to use ANSI colours.
  ///   - width: The most characters per line, or `nil` to never wrap.
  public init(colored: Bool = false, width: Int? = nil) {
    self.colored = colored
    self.width = width
  }

  /// Renders an explanation.
  /// - Parameter explanation: The explanation.
  /// - Returns: The text, ending with a newline.
  public func render(_ explanation: Explanation) -> String {
    let verdict: String
    switch explanation.outcome {
    case .fired:
      verdict = paint("fired", "1;31") + " (a finding" + (explanation.tier.map { ", graded by tier \($0)" } ?? "") + ")"
    case .passed: verdict = paint("passed", "1;32")
    case .unknown: verdict = paint("unknown", "1;33") + " (needs more answers)"
    case .notApplicable: verdict = paint("does not apply", "1;36") + " (its applies_if is false)"
    }
    var lines: [String] = []
    func text(_ line: String) { lines += wrapped(line, first: "", rest: "    ") }
    text("\(explanation.rule): \(verdict)")
    text(explanation.title)
    if let applicability = explanation.applicability {
      text(
        Unicode.Scalar.visible(
          "\(applicability.location.start.file):\(applicability.location.start.line): applies_if = \(applicability.condition)"
        )
      )
      lines.append("")
      append(applicability.root, prefix: "", childPrefix: "", into: &lines)
      lines.append("")
    }
    text(
      Unicode.Scalar.visible(
        "\(explanation.location.start.file):\(explanation.location.start.line): when = \(explanation.condition)"))
    lines.append("")
    append(explanation.root, prefix: "", childPrefix: "", into: &lines)
    if !explanation.missing.isEmpty {
      lines.append("")
      text("Answer \(explanation.missing.joined(separator: ", ")) to settle this rule.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A line as it is, or wrapped to the width: the first line starts with `first` (which it
  /// already holds), the others with `rest`.
  private func wrapped(_ line: String, first: String, rest: String) -> [String] {
    guard let width, line.count > width else { return [line] }
    return TextWrapper.wrap(String(line.dropFirst(first.count)), width: width, indent: rest, firstIndent: first)
  }

  private func append(_ node: Explanation.Node, prefix: String, childPrefix: String, into lines: inout [String]) {
    var line = prefix + Unicode.Scalar.visible(node.text) + " = " + valueText(node.value)
    // The origin names the questionnaire, whose name may hold control characters.
    if let origin = node.origin { line += Unicode.Scalar.visible("   (\(origin))") }
    // A continuation keeps the tree's lines running past it, to the node's children.
    lines += wrapped(line, first: prefix, rest: childPrefix + (node.children.isEmpty ? "   " : "|  ") + "  ")
    for (i, child) in node.children.enumerated() {
      let last = i == node.children.count - 1
      append(
        child, prefix: childPrefix + (last ? "`- " : "|- "), childPrefix: childPrefix + (last ? "   " : "|  "),
        into: &lines)
    }
  }

  private func valueText(_ value: EvidenceValue) -> String {
    switch value {
    case .boolean(let b): return b ? paint("true", "32") : paint("false", "31")
    case .null: return paint("unknown", "33")
    case .text(let s): return "\"\(Unicode.Scalar.visible(s))\""  // an answer: shown, never sent raw
    case .number: return value.description
    }
  }

  private func paint(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
