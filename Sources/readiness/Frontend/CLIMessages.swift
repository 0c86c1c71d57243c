import ReadinessKit

/// The messages of the command line: how it was called (`usage.*`) and the files around it (`io.*`).
extension Diagnostic.Message {
  // MARK: Usage

  static func unknownCommand(_ word: String, candidates: [String]) -> Self {
    Self(code: "usage.unknown-command", "unknown command '\(word)'" + Suggestion.didYouMean(word, in: candidates))
  }
  static func unknownTopLevelOption(_ word: String, candidates: [String]) -> Self {
    Self(code: "usage.unknown-option", "unknown option '\(word)'" + Suggestion.didYouMean(word, in: candidates))
  }
  static func unknownOption(_ word: String, command: String, candidates: [String]) -> Self {
    Self(
      code: "usage.unknown-option",
      "unknown option '\(word)' for '\(command)'" + Suggestion.didYouMean(word, in: candidates))
  }
  static func optionTakesNoValue(_ option: String) -> Self {
    Self(code: "usage.option-takes-no-value", "option '--\(option)' takes no value")
  }
  static func optionNeedsValue(_ option: String, valueName: String) -> Self {
    Self(code: "usage.option-needs-value", "option '--\(option)' needs a value: --\(option) <\(valueName)>")
  }
  static func optionRepeated(_ option: String) -> Self {
    Self(code: "usage.option-repeated", "option '--\(option)' is given more than once")
  }
  static func missingArgument(usage: String) -> Self {
    Self(code: "usage.missing-argument", "missing argument; usage: \(usage)")
  }
  static func unexpectedArgument(_ argument: String, usage: String) -> Self {
    Self(code: "usage.unexpected-argument", "unexpected argument '\(argument)'; usage: \(usage)")
  }
  static func unknownOptionValue(_ value: String, option: String, allowed: [String]) -> Self {
    Self(
      code: "usage.unknown-option-value",
      "unknown \(option) '\(value)'; expected one of: \(allowed.joined(separator: ", "))"
        + Suggestion.didYouMean(value, in: allowed))
  }
  static func badFailUnder(_ text: String) -> Self {
    Self(code: "usage.bad-fail-under", "--fail-under takes a score from 0 to 100, not '\(text)'")
  }
  static func badToday(_ text: String) -> Self {
    Self(code: "usage.bad-today", "--today takes a day written YYYY-MM-DD, such as 2026-11-01, not '\(text)'")
  }
  static func badSet(_ item: String) -> Self {
    Self(code: "usage.bad-set", "--set takes key=value, as in --set audience_size=1200; got '\(item)'")
  }
  static func formatNeedsSummary(_ format: String) -> Self {
    Self(
      code: "usage.format-needs-summary",
      "batch --format sets the format of --summary (the records are always JSON Lines); "
        + "add --summary, as in: batch --summary --format \(format)")
  }
  static func badJobs(_ text: String) -> Self {
    Self(code: "usage.bad-jobs", "--jobs takes a whole number from 1 to 1024, not '\(text)'")
  }
  static func unknownWitness(_ id: String, candidates: [String]) -> Self {
    Self(
      code: "usage.unknown-witness",
      "--witness takes a rule or stage id; no rule or stage is called '\(id)'"
        + Suggestion.didYouMean(id, in: candidates) + "; 'readiness rules' lists them")
  }
  static func passingNeedsRule(_ id: String?) -> Self {
    Self(
      code: "usage.passing-needs-rule",
      id == nil
        ? "--passing works on a witness: add --witness RULE, as in: check --witness traction.high-churn --passing"
        : "--passing asks for answers that make a rule pass; '\(id!)' is a stage")
  }
  static func needsBaseline(_ option: String) -> Self {
    Self(
      code: "usage.needs-baseline",
      "--\(option) works on a baseline: add --baseline REPORT.json, as in: assess FILE --baseline baseline.json --\(option)"
    )
  }
  static func unknownRule(_ id: String, candidates: [String], listCommand: String) -> Self {
    Self(
      code: "usage.unknown-rule",
      "unknown rule '\(id)'" + Suggestion.didYouMean(id, in: candidates) + "; '\(listCommand)' lists the pack's rules")
  }

  static func unknownStage(_ id: String, candidates: [String]) -> Self {
    Self(
      code: "usage.unknown-stage",
      "unknown stage '\(id)'"
        + Suggestion.didYouMean(id, in: candidates, otherwise: "; the stages are \(candidates.joined(separator: ", "))")
    )
  }
  static func unknownQuestion(_ id: String, candidates: [String], listCommand: String) -> Self {
    Self(
      code: "usage.unknown-question",
      "unknown question '\(id)'" + Suggestion.didYouMean(id, in: candidates)
        + "; '\(listCommand)' lists the pack's questions")
  }
  static func badMaxChanges(_ text: String) -> Self {
    Self(code: "usage.bad-max-changes", "--max-changes takes a whole number from 1 to 35, not '\(text)'")
  }

  // MARK: Notes

  static func readingTerminal(_ what: String, example: String) -> Self {
    Self(
      code: "usage.reading-terminal",
      "reading \(what) from the terminal: type \(example), then Ctrl-D on a new line "
        + "(or give a FILE instead of '-')")
  }

  // MARK: Files

  static func noSuchFile(_ path: String) -> Self { Self(code: "io.no-such-file", "no such file '\(path)'") }
  static func symbolicLinkLoop(_ path: String) -> Self {
    Self(
      code: "io.symbolic-link-loop",
      "cannot open '\(path)': its symbolic links lead back to themselves (or through more than 40 links)")
  }
  static func nameNotUTF8(_ path: String) -> Self {
    Self(
      code: "io.name-not-utf8",
      "the name '\(path)' is not valid UTF-8 (shown with U+FFFD for the bad bytes); only questionnaire and batch input files may have such names, so rename it"
    )
  }
  static func folderNotQuestionnaire(_ path: String) -> Self {
    Self(code: "io.folder-not-file", "'\(path)' is a folder, not a questionnaire file")
  }
  static func folderNotJSONLines(_ path: String) -> Self {
    Self(code: "io.folder-not-file", "'\(path)' is a folder, not a JSON Lines file")
  }
  static func cannotRead(_ path: String) -> Self {
    Self(code: "io.cannot-read", "cannot read '\(path)'; check its permissions")
  }
  static func binaryFile(_ path: String) -> Self {
    Self(
      code: "io.binary-file",
      "'\(path)' looks like a binary file; a questionnaire is UTF-8 text with 'key = value' lines")
  }
  static func cannotWrite(_ path: String, _ reason: String) -> Self {
    Self(code: "io.cannot-write", "cannot write '\(path)': \(reason)")
  }
  static func outputIsInput(_ output: String, input: String) -> Self {
    Self(
      code: "io.output-is-input",
      "'\(output)' is the input '\(input)'; writing the report there would destroy it: choose another --output file")
  }
  static func baselineMissing(_ path: String) -> Self {
    Self(
      code: "io.baseline-missing",
      "no baseline '\(path)'; make one with --update-baseline (it saves this run's report there)")
  }
  static func baselineIsInput(_ path: String, input: String) -> Self {
    Self(
      code: "io.output-is-input",
      "the baseline '\(path)' is the input '\(input)'; --update-baseline would overwrite it: choose another baseline file"
    )
  }
  static func historyNoDate(_ path: String) -> Self {
    Self(
      code: "history.no-date",
      "no date for '\(path)': name the file after the day its answers were true (2026-11-01.txt) or add a line 'as_of = 2026-11-01'"
    )
  }
  static func historyBadFileDate(_ name: String) -> Self {
    Self(
      code: "history.bad-date",
      "the file name '\(name)' starts with no real date; name it YYYY-MM-DD, such as 2026-11-01.txt, or add a line 'as_of = 2026-11-01'"
    )
  }
  static func historyEmptyFolder(_ path: String) -> Self {
    Self(code: "history.empty-folder", "the folder '\(path)' holds no .txt or .json files to put in a history")
  }
  static func saveFileLocked(_ path: String, lock: String) -> Self {
    Self(
      code: "io.save-file-locked",
      "'\(path)' is in use by another interview (it holds the lock '\(lock)'); finish or stop that one first")
  }
  static func readFailed(_ path: String, _ reason: String) -> Self {
    Self(code: "io.read-failed", "cannot read '\(path)': \(reason)")
  }
  static func unexpected(_ error: any Error) -> Self { Self(code: "io.unexpected", "\(error)") }
  static func cannotWriteStandardOutput(_ reason: String) -> Self {
    Self(code: "io.cannot-write-output", "cannot write to standard output: \(reason)")
  }
  static func inputTooLarge(_ name: String, limit: Int) -> Self {
    Self(
      code: "io.input-too-large",
      "'\(name)' is larger than \(Limits.describe(bytes: limit)), the most the tool reads from one file; "
        + "set \(InputLimit.variable) to raise the limit, e.g. \(InputLimit.variable)=64M")
  }
  static func lineTooLong(_ name: String, line: Int, limit: Int) -> Self {
    Self(
      code: "io.line-too-long",
      "line \(line) of '\(name)' goes on past \(Limits.describe(bytes: limit * BatchRunner.skippedLineFactor)) "
        + "without a line end; a JSON Lines line may hold \(Limits.describe(bytes: limit)) "
        + "(set \(InputLimit.variable) to raise it)")
  }
  static func badInputLimit(_ text: String) -> Self {
    Self(
      code: "usage.bad-input-limit",
      "\(InputLimit.variable) takes a size in bytes, with K, M or G for binary multiples (such as 64M), not '\(text)'")
  }
}

extension Diagnostic.Message {
  static func cannotExplain(_ id: String) -> Self { Self(code: "usage.cannot-explain", "cannot explain '\(id)'") }
}
