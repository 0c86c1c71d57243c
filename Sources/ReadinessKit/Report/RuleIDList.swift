/// Rule ids as positions in a shared list of every rule's id.
///
/// Building a list of positions touches no string: what a report costs is then independent of
/// how many rules pass. The strings are looked up when someone reads the ids.
struct RuleIDList: Sendable {
  /// Every id the positions refer to, shared with the pack.
  private let all: [String]
  private let positions: [Int]

  /// A list of positions in `all`.
  init(all: [String], positions: [Int]) {
    self.all = all
    self.positions = positions
  }

  /// A list holding these ids.
  init(_ ids: [String]) {
    self.init(all: ids, positions: Array(ids.indices))
  }

  /// The ids, in order.
  var ids: [String] {
    var ids = [String].reserved(positions.count)
    for position in positions { ids.append(all[position]) }
    return ids
  }

  /// How many ids the list holds.
  var count: Int { positions.count }

  /// The positions, when they refer to `ids` itself (the same array, not an equal one).
  func positions(in ids: [String]) -> [Int]? {
    let same = all.withUnsafeBufferPointer { a in ids.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    return same && all.count == ids.count ? positions : nil
  }

  /// Calls `body` with each id, in order.
  func forEachID(_ body: (String) -> Void) {
    for position in positions { body(all[position]) }
  }
}
