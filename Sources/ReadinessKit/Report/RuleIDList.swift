/// Rule ids as positions in a shared list of every rule's id.
///
/// Building a list of positions touches no string: what a report costs is then independent of
/// how many rules pass. The strings are looked up when someone reads the ids.
struct RuleIDList: Sendable {
  /// Every id the positions refer to, shared with the pack.
  private let all: [String]
  private let positions: [Int]
  /// The pack whose rule ids `all` is, when the list was made by a pack.
  private let pack: PackIdentity?

  /// A list of positions in a pack's rule ids.
  init(all: [String], positions: [Int], pack: PackIdentity) {
    self.all = all
    self.positions = positions
    self.pack = pack
  }

  /// A list holding these ids.
  init(_ ids: [String]) {
    self.all = ids
    self.positions = Array(ids.indices)
    self.pack = nil
  }

  /// The ids, in order.
  var ids: [String] {
    var ids = [String].reserved(positions.count)
    for position in positions { ids.append(all[position]) }
    return ids
  }

  /// How many ids the list holds.
  var count: Int { positions.count }

  /// The positions, when the list was made by `pack` (or a copy of it): they are then positions
  /// in that pack's rule ids.
  func positions(of pack: PackIdentity) -> [Int]? {
    self.pack == pack ? positions : nil
  }

  /// Calls `body` with each id, in order.
  func forEachID(_ body: (String) -> Void) {
    for position in positions { body(all[position]) }
  }
}
