// L2-regularised logistic regression by iteratively reweighted least
// squares (Newton's method), on standardised features: what the miner's
// calibrated score is fitted with (`pnpm eval:mine --fit`). Small and exact:
// a few hundred rows of some twenty features.

/** A fitted model: per feature the mean and scale it was standardised by, its weight, and the bias. */
export interface LogisticModel {
  bias: number
  means: number[]
  scales: number[]
  weights: number[]
}

/** Fit `labels` (0 or 1) on `rows`, the weights (not the bias) penalised by `lambda`. */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], lambda: number, iterations = 50): LogisticModel {
  const width = rows[0]?.length ?? 0
  const means = Array.from({ length: width }, (_, column) => rows.reduce((sum, row) => sum + row[column]!, 0) / Math.max(1, rows.length))
  const scales = Array.from({ length: width }, (_, column) => {
    const variance = rows.reduce((sum, row) => sum + (row[column]! - means[column]!) ** 2, 0) / Math.max(1, rows.length)
    return Math.sqrt(variance) + 1e-9
  })
  const standardised = rows.map((row) => [1, ...row.map((value, column) => (value - means[column]!) / scales[column]!)])
  const size = width + 1
  let weights = new Array<number>(size).fill(0)
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(size).fill(0)
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0))
    standardised.forEach((row, index) => {
      const probability = sigmoid(dot(weights, row))
      const error = probability - labels[index]!
      const curvature = probability * (1 - probability)
      for (let i = 0; i < size; i++) {
        gradient[i]! += error * row[i]!
        for (let j = 0; j < size; j++) hessian[i]![j]! += curvature * row[i]! * row[j]!
      }
    })
    for (let i = 1; i < size; i++) {
      gradient[i]! += lambda * weights[i]!
      hessian[i]![i]! += lambda
    }
    const step = solve(hessian, gradient)
    weights = weights.map((weight, index) => weight - step[index]!)
    if (Math.max(...step.map(Math.abs)) < 1e-10) break
  }
  return { bias: weights[0]!, means, scales, weights: weights.slice(1) }
}

/** The model's probability for a row of raw (not standardised) features. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let sum = model.bias
  row.forEach((value, column) => (sum += (model.weights[column]! * (value - model.means[column]!)) / model.scales[column]!))
  return sigmoid(sum)
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0
  for (let index = 0; index < a.length; index++) sum += a[index]! * b[index]!
  return sum
}

/** Solve `matrix × x = vector` by Gaussian elimination with partial pivoting (the matrix is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length
  const rows = matrix.map((row, index) => [...row, vector[index]!])
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let row = column + 1; row < size; row++) if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row
    ;[rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!]
    for (let row = column + 1; row < size; row++) {
      const factor = rows[row]![column]! / rows[column]![column]!
      for (let k = column; k <= size; k++) rows[row]![k]! -= factor * rows[column]![k]!
    }
  }
  const solution = new Array<number>(size).fill(0)
  for (let row = size - 1; row >= 0; row--) {
    let sum = rows[row]![size]!
    for (let k = row + 1; k < size; k++) sum -= rows[row]![k]! * solution[k]!
    solution[row] = sum / rows[row]![row]!
  }
  return solution
}
