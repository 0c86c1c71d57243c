/// The `title`, `why` and `fix` of a rule or tier as templates whose holes a report fills in.
struct FindingTemplate: Sendable {
  /// The texts a section gives itself; a tier leaves out those it takes from its rule.
  struct Given: Sendable {
    var title: TextTemplate?
    var why: TextTemplate?
    var fix: TextTemplate?
  }

  let title: TextTemplate
  let why: TextTemplate
  let fix: TextTemplate
  /// What the section gave, kept so that a tier can take the rest from its rule.
  let given: Given

  init(title: TextTemplate, why: TextTemplate, fix: TextTemplate) {
    self.init(Given(title: title, why: why, fix: fix))
  }

  /// The texts a section gives, each missing one empty.
  init(_ given: Given) {
    self.init(given, over: nil)
  }

  /// The texts a tier gives, each missing one its rule's.
  init(_ given: Given, over rule: FindingTemplate?) {
    let empty = TextTemplate(pieces: [])
    self.title = given.title ?? rule?.title ?? empty
    self.why = given.why ?? rule?.why ?? empty
    self.fix = given.fix ?? rule?.fix ?? empty
    self.given = given
  }

  /// Whether no text has a hole: the finding's texts are then the same for every project.
  var isPlain: Bool { title.isPlain && why.isPlain && fix.isPlain }
}
