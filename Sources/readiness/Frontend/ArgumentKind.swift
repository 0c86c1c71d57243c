/// What a command-line argument holds, so that shell completions offer the right words: files
/// only where a file is expected, the allowed values of an enumerated option, ids of the pack.
enum ArgumentKind: Sendable, Equatable {
  /// A file path (folders too, to reach the files inside them).
  case file
  /// A folder path.
  case directory
  /// One of a fixed list of words.
  case oneOf([String])
  /// A question id followed by `=`, as `--set key=value` takes.
  case questionAssignment
  /// A rule id of the pack.
  case ruleID
  /// A question id of the pack, on its own (`plan --keep QUESTION`).
  case questionID
  /// A stage id of the pack (`plan --to STAGE`).
  case stageID
  /// A free value (a number, a name): nothing to offer.
  case free
}
