import { setFlagsFromString } from 'node:v8'

/**
 * Let V8 inline only functions of up to 100 bytes of bytecode (its default
 * is 460), for the rest of this process. A short command that spends its
 * time in a few hot loops over the whole input (the check's scan, the
 * aligner's search) has V8 inline into each loop every function it calls
 * often, and compiling that takes V8's optimiser tens of milliseconds on a
 * background thread, while the input goes through unoptimised code and the
 * two cores are shared. With the limit the small steps of the loops are
 * still inlined and the loops compile sooner. Called when the command runs,
 * before any of its code is optimised (V8 reads the flag at each compile),
 * not when a module is imported. A long-running process (`align --batch`)
 * keeps the default: it runs long enough for the fuller inlining to pay.
 */
export function inlineSmallFunctionsOnly(): void {
  setFlagsFromString('--max-inlined-bytecode-size=100')
}
