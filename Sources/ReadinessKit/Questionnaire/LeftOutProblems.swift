/// The problems a questionnaire stage found but did not report, once it had reported
/// `Limits.maximumProblemsShown`: counted, not made, so millions of bad lines cost neither a
/// did-you-mean nor memory each.
struct LeftOutProblems {
  /// How many problems were left out.
  var count = 0
  /// How many of them are unknown questions.
  var unknownQuestions = 0
  /// Where the first of them is, when known.
  var first: SourceRange?

  /// Counts one problem left out.
  mutating func add(at range: SourceRange?, unknownQuestion: Bool = false) {
    count += 1
    if unknownQuestion { unknownQuestions += 1 }
    if let range, first.map({ range < $0 }) ?? true { first = range }
  }

  /// Counts the problems another pass left out.
  mutating func merge(_ other: LeftOutProblems) {
    count += other.count
    unknownQuestions += other.unknownQuestions
    if let range = other.first, first.map({ range < $0 }) ?? true { first = range }
  }

  /// The first `Limits.maximumProblemsShown` of `diagnostics` by position, then one note counting
  /// every problem left out (those beyond the limit and those never made), at the first of them.
  /// - Parameter diagnostics: What the passes reported, each pass at most the limit.
  /// - Returns: The diagnostics to show.
  func capping(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let limit = Limits.maximumProblemsShown
    var leftOut = self
    var shown = diagnostics
    if shown.count > limit || count > 0 {
      shown.sort()
      for diagnostic in shown.dropFirst(limit) {
        leftOut.add(at: diagnostic.range, unknownQuestion: diagnostic.code == "answers.unknown-question")
      }
      shown = Array(shown.prefix(limit))
    }
    guard leftOut.count > 0 else { return shown }
    let message = Diagnostic.Message.moreProblems(
      leftOut.count, allUnknownQuestions: leftOut.unknownQuestions == leftOut.count)
    shown.append(Diagnostic(.note, message, at: leftOut.first, file: shown.last?.file))
    return shown
  }
}
