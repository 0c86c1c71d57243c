/// Where a pack that extends another set one value of a section it took over: the key and the
/// line that set it, in the extending pack's own files.
public struct ValueOrigin: Sendable, Hashable {
  /// The key, such as `severity`.
  public var key: String
  /// Where the key is written.
  public var location: SourceLocation

  /// Creates an origin.
  /// - Parameters:
  ///   - key: The key.
  ///   - location: Where the key is written.
  public init(key: String, location: SourceLocation) {
    self.key = key
    self.location = location
  }
}
