/** A typed array twice as long as `array`, holding its values first: how the search's and the induced lexicon's scratch arrays grow. */
export function doubled<T extends Int32Array | Float32Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2)
  larger.set(array)
  return larger
}
