/**
 * What the search sees of each side: one unit per sentence (or, in a coarse
 * pass, per run of sentences) with its length and its anchor key ids.
 */
export interface Units {
  lengths: Float64Array
  anchors: Int32Array[]
  /** How many number and date anchors each unit holds, shared with the other side or not. */
  numbers: Float64Array
}

/**
 * Merge each two neighbouring units into one: the coarse view of Vecalign's
 * recursive search. A coarse unit keeps at most `maxAnchors` anchors, the
 * rarest (heaviest) ones: they carry most of the evidence, and comparing
 * long anchor lists at every coarse cell would cost more than the whole
 * fine search.
 */
export function halve(units: Units, weights: Float64Array, maxAnchors = 24): Units {
  const count = Math.ceil(units.lengths.length / 2)
  const lengths = new Float64Array(count)
  const numbers = new Float64Array(count)
  const anchors: Int32Array[] = []
  for (let index = 0; index < count; index++) {
    const first = 2 * index
    const second = first + 1
    lengths[index] = units.lengths[first]! + (units.lengths[second] ?? 0)
    numbers[index] = units.numbers[first]! + (units.numbers[second] ?? 0)
    const a = units.anchors[first]!
    const b = units.anchors[second]
    if (b === undefined || b.length === 0) anchors.push(a)
    else if (a.length === 0) anchors.push(b)
    else {
      const merged = new Int32Array(a.length + b.length)
      merged.set(a)
      merged.set(b, a.length)
      anchors.push(merged.length > maxAnchors ? heaviest(merged, weights, maxAnchors) : merged.sort())
    }
  }
  return { lengths, anchors, numbers }
}


function heaviest(keys: Int32Array, weights: Float64Array, count: number): Int32Array {
  const kept = Array.from(keys)
    .sort((a, b) => weights[b]! - weights[a]! || a - b)
    .slice(0, count)
  return Int32Array.from(kept).sort()
}
