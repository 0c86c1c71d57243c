/// The `title`, `why` and `fix` of a rule or tier as templates whose holes a report fills in.
struct FindingTemplate: Sendable {
  let title: TextTemplate
  let why: TextTemplate
  let fix: TextTemplate

  /// Whether no text has a hole: the finding's texts are then the same for every project.
  var isPlain: Bool { title.isPlain && why.isPlain && fix.isPlain }
}
