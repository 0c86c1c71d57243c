/// One way to change a condition: where, in words, and the changed condition, compiled.
///
/// Mutations are made by walking the condition as written beside its compiled form (the compiler
/// keeps their shapes alike, parentheses aside), so each change has the position of the text it
/// changes and needs no second compilation.
struct Mutation {
  /// The UTF-8 offsets of the changed part in the condition's text.
  var range: Range<Int>
  /// What changed, in words: `with '<=' for '<'`, `with 4 for 3`, `without 'p'`.
  var change: String
  /// The whole condition with the change.
  var compiled: CompiledExpression

  /// Every mutation of a condition: each comparison flipped at its boundary (`<` and `<=`, `>`
  /// and `>=`, `==` and `!=`, `in` and `not in`), each number compared against moved to either
  /// neighbour at its own precision (`3` to `2` and `4`, `2.5` to `2.4` and `2.6`), each conjunct
  /// and disjunct dropped.
  static func all(of written: Expression, _ compiled: CompiledExpression, text: String) -> [Mutation] {
    let bytes = Array(text.utf8)
    func quoted(_ range: Range<Int>) -> String {
      let slice = bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)]
      return "'" + PackReference.oneLine(String(decoding: slice, as: UTF8.self)) + "'"
    }
    func walk(_ e: Expression, _ c: CompiledExpression) -> [Mutation] {
      switch (e, c) {
      case (.parenthesized(let inner, _), _):
        return walk(inner, c)
      case (.not(let inner, _), .not(let compiledInner)):
        return walk(inner, compiledInner).map {
          Mutation(range: $0.range, change: $0.change, compiled: .not($0.compiled))
        }
      case (.and(let items), .and(let compiledItems)) where items.count == compiledItems.count:
        return junction(items, compiledItems, word: "and") { .and($0) }
      case (.or(let items), .or(let compiledItems)) where items.count == compiledItems.count:
        return junction(items, compiledItems, word: "or") { .or($0) }
      case (.comparison(let op, let l, let r, let opRange), .compare(let compiledOp, let cl, let cr)):
        let flipped = op.boundaryFlip
        var out = [
          Mutation(
            range: opRange, change: "with '\(flipped.spelling)' for '\(op.spelling)'",
            compiled: .compare(compiledOp == op ? flipped : compiledOp.boundaryFlip, cl, cr))
        ]
        for (side, written) in [(0, l), (1, r)] {
          guard let (value, range) = number(written) else { continue }
          for shifted in neighbours(of: value) {
            let constant = CompiledExpression.constant(.number(shifted))
            out.append(
              Mutation(
                range: range, change: "with \(Expression.format(shifted)) for \(Expression.format(value))",
                compiled: .compare(compiledOp, side == 0 ? constant : cl, side == 1 ? constant : cr)))
          }
        }
        return out
      case (.comparison(let op, _, _, let opRange), .equal(let cl, let cr, let negated)):
        return [
          Mutation(
            range: opRange, change: "with '\(op.boundaryFlip.spelling)' for '\(op.spelling)'",
            compiled: .equal(cl, cr, negated: !negated))
        ]
      case (.membership(_, _, let opRange), .member):
        return [Mutation(range: opRange, change: "with 'not in' for 'in'", compiled: .not(c))]
      default:
        return []
      }
    }
    func junction(
      _ items: [Expression], _ compiledItems: [CompiledExpression], word: String,
      _ make: ([CompiledExpression]) -> CompiledExpression
    ) -> [Mutation] {
      var out: [Mutation] = []
      for i in items.indices {
        var rest = compiledItems
        rest.remove(at: i)
        out.append(
          Mutation(
            range: items[i].range, change: "without \(quoted(items[i].range))",
            compiled: rest.count == 1 ? rest[0] : make(rest)))
      }
      for i in items.indices {
        for inner in walk(items[i], compiledItems[i]) {
          var changed = compiledItems
          changed[i] = inner.compiled
          out.append(Mutation(range: inner.range, change: inner.change, compiled: make(changed)))
        }
      }
      return out
    }
    return walk(written, compiled)
  }

  /// A number literal (possibly negated, possibly in parentheses) and where it is written.
  private static func number(_ e: Expression) -> (Double, Range<Int>)? {
    switch e {
    case .number(let v, let range): return (v, range)
    case .parenthesized(let inner, _): return number(inner)
    case .negate(.number(let v, _), let range): return (-v, range)
    default: return nil
    }
  }

  /// The values either side of a threshold at the precision it is written with: one unit for a
  /// whole number, one in the last decimal place otherwise.
  static func neighbours(of value: Double) -> [Double] {
    var scale = 1.0
    var decimals = 0
    while decimals < 6, (value * scale).rounded() != value * scale {
      scale *= 10
      decimals += 1
    }
    let units = (value * scale).rounded()
    return [(units - 1) / scale, (units + 1) / scale]
  }
}

extension ComparisonOperator {
  /// The operator that differs from this one at the boundary only (or, for equality, everywhere).
  var boundaryFlip: ComparisonOperator {
    switch self {
    case .less: return .lessEqual
    case .lessEqual: return .less
    case .greater: return .greaterEqual
    case .greaterEqual: return .greater
    case .equal: return .notEqual
    case .notEqual: return .equal
    }
  }
}
