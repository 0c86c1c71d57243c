extension Array {
  /// An empty array with room for `capacity` elements.
  ///
  /// Reserving capacity is compiled for the element type, whereas `Array(repeating:count:)` calls
  /// into the standard library unspecialised and asks the runtime for the array's type metadata
  /// on every call (some 670 instructions, measured with callgrind): what matters on the
  /// per-questionnaire paths.
  @inline(__always)
  static func reserved(_ capacity: Int) -> [Element] {
    var array: [Element] = []
    array.reserveCapacity(capacity)
    return array
  }
}
