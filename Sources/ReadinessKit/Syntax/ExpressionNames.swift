extension Expression {
  /// Every name the expression reads, in order of appearance (with repeats), including names passed
  /// to `answered(...)`.
  var names: [(String, Range<Int>)] {
    var out: [(String, Range<Int>)] = []
    collectNames(into: &out)
    return out
  }

  private func collectNames(into out: inout [(String, Range<Int>)]) {
    switch self {
    case .number, .string, .boolean: return
    case .name(let n, let r): out.append((n, r))
    case .list(let items, _), .and(let items), .or(let items): for item in items { item.collectNames(into: &out) }
    case .call(_, let items, _, _): for item in items { item.collectNames(into: &out) }
    case .negate(let e, _), .not(let e, _), .parenthesized(let e, _): e.collectNames(into: &out)
    case .arithmetic(_, let first, let rest):
      first.collectNames(into: &out)
      for (_, e) in rest { e.collectNames(into: &out) }
    case .comparison(_, let l, let r, _), .membership(let l, let r, _):
      l.collectNames(into: &out)
      r.collectNames(into: &out)
    }
  }
}
