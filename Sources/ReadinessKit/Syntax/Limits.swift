/// Bounds that keep the engine total: no input can make it recurse without limit or overflow.
public enum Limits {
  /// The deepest an expression may nest (parentheses, `not`, unary minus, calls, lists).
  public static let maximumNesting = 64
  /// The largest magnitude a number may have, in an answer or an expression. Larger values are
  /// refused as absurd; arithmetic results beyond it are clamped to it.
  public static let maximumMagnitude = 1e15
  /// The most problems reported for one questionnaire or one batch line; the rest are counted in
  /// one closing line, and get no message or did-you-mean made for them, so millions of unknown
  /// keys cost bounded time and memory.
  public static let maximumProblemsShown = 20

  /// A size as people read it: `16 MiB`, `1 GiB`, `64 KiB`, or `1000 bytes` when it is not a
  /// whole number of any of them.
  /// - Parameter bytes: The size.
  /// - Returns: The text.
  public static func describe(bytes: Int) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes > 0 && bytes % (1 << shift) == 0 {
      return "\(bytes >> shift) \(unit)"
    }
    return bytes == 1 ? "1 byte" : "\(bytes) bytes"
  }
}
