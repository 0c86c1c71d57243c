/// The result of assessing one questionnaire: score, stage, findings, next steps and unknowns.
///
/// Its JSON form (`JSONReportWriter`, or any `JSONEncoder`) has the stable field names of the
/// `readiness-report/1` schema, `schema` first.
///
/// Rounding: the overall score and category scores are computed exactly and then rounded to one
/// decimal place, half away from zero; stage conditions see the rounded score, as people do. A next
/// step's `score_gain` is the exact difference in the overall score if that rule alone passed,
/// rounded the same way.
public struct Report: Codable, Sendable, Hashable {
  /// The report format's name and version.
  public static let schemaID = "readiness-report/1"

  /// Always `readiness-report/1`.
  public var schema: String
  /// The overall score, 0–100.
  public var score: Double
  /// The stage reached on the gradient.
  public var stage: StageSummary
  /// Every category with its score.
  public var categories: [CategoryScore]
  /// Fired rules, most serious first.
  public var findings: [Finding]
  /// Ids of rules that passed, in pack order.
  public var passed: [String]
  /// Rules that could not be settled, with the questions that would settle them.
  public var unknown: [UnknownRule]
  /// The fixes that raise the score most, with the gain of each.
  public var nextSteps: [NextStep]
  /// How many questions were answered.
  public var answered: Int
  /// How many questions the pack asks.
  public var questions: Int

  enum CodingKeys: String, CodingKey {
    case schema, score, stage, categories, findings, passed, unknown
    case nextSteps = "next_steps"
    case answered, questions
  }
}

/// The stage a project reached.
public struct StageSummary: Codable, Sendable, Hashable {
  /// The stage's id, such as `launch-ready`.
  public var id: String
  /// Its title.
  public var title: String
}

/// A category's score.
public struct CategoryScore: Codable, Sendable, Hashable {
  /// The category's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its score, 0–100, or `nil` when none of its rules could be evaluated.
  public var score: Double?
  /// Its weight in the overall score.
  public var weight: Double
  /// How many of its rules fired.
  public var findings: Int
}

/// A fired rule: a gap, why it matters, and what to do.
public struct Finding: Codable, Sendable, Hashable {
  /// The rule's id.
  public var rule: String
  /// The rule's title.
  public var title: String
  /// The rule's category.
  public var category: String
  /// How much it matters.
  public var severity: Severity
  /// The rule's weight.
  public var weight: Double
  /// Why it matters.
  public var why: String
  /// What to do.
  public var fix: String
  /// The essay section it comes from, or `nil`.
  public var source: String?
  /// The answers and facts the condition read, with their values.
  public var evidence: [Evidence]
}

/// One value a rule's condition read.
public struct Evidence: Codable, Sendable, Hashable {
  /// The question or fact id.
  public var name: String
  /// Its value (`nil` when unknown).
  public var value: EvidenceValue
}

/// A value in evidence: a number, a boolean, text, or nothing.
public enum EvidenceValue: Codable, Sendable, Hashable, CustomStringConvertible {
  /// A number.
  case number(Double)
  /// A boolean.
  case boolean(Bool)
  /// Text or a choice.
  case text(String)
  /// Unknown.
  case null

  /// Decodes a JSON scalar.
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` for anything but a scalar.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let b = try? container.decode(Bool.self) {
      self = .boolean(b)
    } else if let n = try? container.decode(Double.self) {
      self = .number(n)
    } else {
      self = .text(try container.decode(String.self))
    }
  }

  /// Encodes as a JSON scalar.
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let n): try container.encode(n)
    case .boolean(let b): try container.encode(b)
    case .text(let s): try container.encode(s)
    case .null: try container.encodeNil()
    }
  }

  /// The value as a person reads it; numbers are rounded to two decimals (JSON keeps them exact).
  public var description: String {
    switch self {
    case .number(let n): return Expression.format((n * 100).rounded(.toNearestOrAwayFromZero) / 100)
    case .boolean(let b): return b ? "yes" : "no"
    case .text(let s): return s
    case .null: return "unknown"
    }
  }
}

/// A rule that could not be settled.
public struct UnknownRule: Codable, Sendable, Hashable {
  /// The rule's id.
  public var rule: String
  /// The unanswered questions it depends on.
  public var missing: [String]
}

/// A fix worth doing next, with what it is worth.
public struct NextStep: Codable, Sendable, Hashable {
  /// The rule whose finding the fix closes.
  public var rule: String
  /// The fix.
  public var fix: String
  /// How much the overall score rises if that rule passes.
  public var scoreGain: Double

  enum CodingKeys: String, CodingKey {
    case rule, fix
    case scoreGain = "score_gain"
  }
}
