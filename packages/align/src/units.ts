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
  const anchors: Int32Array[] = []
  const gains: Float32Array[] = []
  const misses: Float32Array[] = []
  for (let index = 0; index < count; index++) {
    const first = 2 * index
    const second = first + 1
    lengths[index] = units.lengths[first]! + (units.lengths[second] ?? 0)
    const keys = concatenate(units.anchors[first]!, units.anchors[second], Int32Array)
    const keyGains = concatenate(units.gains[first]!, units.gains[second], Float32Array)
    const keyMisses = concatenate(units.misses[first]!, units.misses[second], Float32Array)
    if (keys.length <= maxAnchors) {
      anchors.push(keys)
      gains.push(keyGains)
      misses.push(keyMisses)
      base[index] = units.base[first]! + (units.base[second] ?? 0)
    } else {
      // The largest gains first, the earlier entry first among equals: a total order, so any sort gives it.
      const order = new Int32Array(keys.length)
      for (let entry = 0; entry < order.length; entry++) order[entry] = entry
      order.sort((a, b) => keyGains[b]! - keyGains[a]! || a - b)
      const keptKeys = new Int32Array(maxAnchors)
      const keptGains = new Float32Array(maxAnchors)
      const keptMisses = new Float32Array(maxAnchors)
      let missTotal = 0
      for (let rank = 0; rank < maxAnchors; rank++) {
        const entry = order[rank]!
        keptKeys[rank] = keys[entry]!
        keptGains[rank] = keyGains[entry]!
        keptMisses[rank] = keyMisses[entry]!
        missTotal += keptMisses[rank]!
      }
      anchors.push(keptKeys)
      gains.push(keptGains)
      misses.push(keptMisses)
      base[index] = missTotal
    }
  }
  return { lengths, anchors, gains, misses, base }
}

function concatenate<T extends Int32Array | Float32Array>(first: T, second: T | undefined, make: new (length: number) => T): T {
  if (second === undefined || second.length === 0) return first
  if (first.length === 0) return second
  const joined = new make(first.length + second.length)
  joined.set(first)
  joined.set(second, first.length)
  return joined
}
