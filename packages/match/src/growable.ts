/** An Int32Array that doubles when full (the queues of the double-array layout). */
export class GrowableInt32 {
  array: Int32Array<ArrayBufferLike>
  length = 0

  constructor(capacity = 1024, private readonly fillValue = 0) {
    // Fresh memory is zero already; filling it with zeros would touch every page.
    this.array = new Int32Array(capacity)
    if (fillValue !== 0) this.array.fill(fillValue)
  }

  push(value: number): number {
    if (this.length === this.array.length) {
      const next = new Int32Array(this.array.length * 2)
      if (this.fillValue !== 0) next.fill(this.fillValue)
      next.set(this.array)
      this.array = next
    }
    this.array[this.length] = value
    return this.length++
  }
}
