// segmentit ships no types; this declares the part of its API we use.
declare module 'segmentit' {
  export interface SegmentitInstance {
    loadDict(dict: string | string[]): SegmentitInstance
    getDict(type: string): Record<string, { f: number; p: number }> | undefined
    doSegment(text: string, options: { simple: true }): string[]
  }
  export interface SegmentitApi {
    Segment: new () => SegmentitInstance
    useDefault(segment: SegmentitInstance): SegmentitInstance
  }
  const segmentit: SegmentitApi
  export default segmentit
}
