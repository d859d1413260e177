/**
 * What the search sees of each side: one unit per sentence (or, in a coarse
 * pass, per run of sentences) with its length, its anchor key ids, the
 * evidence gained by matching each of them, and the evidence if none
 * matches (see evidence-model.ts).
 */
export interface Units {
  lengths: Float64Array
  anchors: Int32Array[]
  gains: Float32Array[]
  misses: Float32Array[]
  base: Float64Array
  /** How many sentences each unit stands for (absent: one each): a coarse deletion costs as many fine ones. */
  sizes?: Float64Array
}

/**
 * Merge each two neighbouring units into one: the coarse view of Vecalign's
 * recursive search. A coarse unit keeps at most `maxAnchors` anchors, those
 * with the largest gains (the rarest): they carry most of the evidence, and
 * comparing long anchor lists at every coarse cell would cost more than the
 * whole fine search. The evidence against a pairing drops with them (a
 * coarse unit is priced as if the dropped tokens were not there), or the
 * coarse search would see only the misses of the tokens it cannot match.
 */
export function halve(units: Units, maxAnchors = 24): Units {
  const count = Math.ceil(units.lengths.length / 2)
  const lengths = new Float64Array(count)
  const base = new Float64Array(count)
  const sizes = new Float64Array(count)
  // One buffer per array for the whole level, each coarse unit a view into
  // it (as unitEvidence does for the fine units): a typed array of its own
  // per unit, three per unit and level, was most of this function's time and
  // much of the search's garbage.
  let capacity = 0
  for (let index = 0; index < count; index++) {
    capacity += Math.min(maxAnchors, units.anchors[2 * index]!.length + (units.anchors[2 * index + 1]?.length ?? 0))
  }
  const allKeys = new Int32Array(capacity)
  const allGains = new Float32Array(capacity)
  const allMisses = new Float32Array(capacity)
  const starts = new Int32Array(count + 1)
  // A unit too rich to keep whole: its entries, and their order (see below).
  let joinedKeys = new Int32Array(128)
  let joinedGains = new Float32Array(128)
  let joinedMisses = new Float32Array(128)
  let order = new Int32Array(128)
  let position = 0
  for (let index = 0; index < count; index++) {
    const first = 2 * index
    const second = first + 1
    lengths[index] = units.lengths[first]! + (units.lengths[second] ?? 0)
    sizes[index] = (units.sizes?.[first] ?? 1) + (second < units.lengths.length ? (units.sizes?.[second] ?? 1) : 0)
    const firstKeys = units.anchors[first]!
    const firstGains = units.gains[first]!
    const firstMisses = units.misses[first]!
    const secondKeys = units.anchors[second]
    const secondGains = units.gains[second]
    const secondMisses = units.misses[second]
    const firstCount = firstKeys.length
    const total = firstCount + (secondKeys?.length ?? 0)
    if (total <= maxAnchors) {
      allKeys.set(firstKeys, position)
      allGains.set(firstGains, position)
      allMisses.set(firstMisses, position)
      if (secondKeys !== undefined) {
        allKeys.set(secondKeys, position + firstCount)
        allGains.set(secondGains!, position + firstCount)
        allMisses.set(secondMisses!, position + firstCount)
      }
      position += total
      base[index] = units.base[first]! + (units.base[second] ?? 0)
    } else {
      // The two units' entries run together in scratch arrays, then the
      // largest gains first, the earlier entry first among equals: a total
      // order, so any sort gives it.
      if (joinedKeys.length < total) {
        joinedKeys = new Int32Array(2 * total)
        joinedGains = new Float32Array(2 * total)
        joinedMisses = new Float32Array(2 * total)
        order = new Int32Array(2 * total)
      }
      joinedKeys.set(firstKeys)
      joinedGains.set(firstGains)
      joinedMisses.set(firstMisses)
      if (secondKeys !== undefined) {
        joinedKeys.set(secondKeys, firstCount)
        joinedGains.set(secondGains!, firstCount)
        joinedMisses.set(secondMisses!, firstCount)
      }
      // The first maxAnchors in that order, kept sorted as the entries come:
      // the order is total, so this is what sorting them all would give,
      // without the sort's work arrays for every unit.
      const gains = joinedGains
      let kept = 0
      for (let entry = 0; entry < total; entry++) {
        const gain = gains[entry]!
        // Later entries lose ties: the entry goes after every kept one with a gain at least its own.
        let at = kept
        while (at > 0 && gains[order[at - 1]!]! < gain) at--
        if (at >= maxAnchors) continue
        for (let move = Math.min(kept, maxAnchors - 1); move > at; move--) order[move] = order[move - 1]!
        order[at] = entry
        if (kept < maxAnchors) kept++
      }
      const ranked = order
      let missTotal = 0
      for (let rank = 0; rank < maxAnchors; rank++) {
        const entry = ranked[rank]!
        allKeys[position + rank] = joinedKeys[entry]!
        allGains[position + rank] = joinedGains[entry]!
        allMisses[position + rank] = joinedMisses[entry]!
        missTotal += allMisses[position + rank]!
      }
      position += maxAnchors
      base[index] = missTotal
    }
    starts[index + 1] = position
  }
  const view = <T extends Int32Array | Float32Array>(all: T): T[] => Array.from(starts.subarray(1), (end, index) => all.subarray(starts[index]!, end) as T)
  return { lengths, anchors: view(allKeys), gains: view(allGains), misses: view(allMisses), base, sizes }
}
