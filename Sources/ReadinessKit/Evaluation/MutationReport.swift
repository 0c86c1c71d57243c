/// How well a pack's examples pin its rules down: every mutant of every rule's conditions, and
/// whether an example noticed it.
public struct MutationReport: Sendable, Hashable {
  /// Every mutant, by rule in pack order, then by condition and position.
  public var mutants: [Mutant]

  /// The mutants no example notices.
  public var survivors: [Mutant] { mutants.filter { !$0.killed } }

  /// How many mutants some example notices.
  public var killed: Int { mutants.count(where: \.killed) }

  /// The share of mutants noticed, from 0 to 1; 1 for a pack with nothing to mutate.
  public var score: Double { mutants.isEmpty ? 1 : Double(killed) / Double(mutants.count) }
}
