// The UTF-16 units of the letters French inflection and its stems read
// (after case folding), named once for both.
export const letterA = 0x61
export const letterE = 0x65
export const letterF = 0x66
export const letterI = 0x69
export const letterL = 0x6c
export const letterN = 0x6e
export const letterO = 0x6f
export const letterR = 0x72
export const letterS = 0x73
export const letterU = 0x75
export const letterV = 0x76
export const letterX = 0x78
export const letterZ = 0x7a
export const letterEGrave = 0xe8
