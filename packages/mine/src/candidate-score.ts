/**
 * The calibrated score of a coverage candidate: a logistic combination of
 * the figures of its evidence (how much of the clause and of the span its
 * links cover, their weight against the event's chance level, its rank
 * among the sentences that link to the clause, agreement with other
 * outlets and with the original's order, quotation, and what the other
 * renderings of the same passage of the original show), so that the score
 * is the probability that the pair is a rendering a reviewer would mark.
 *
 * The weights are fitted, and the threshold chosen, by leave-one-event-out
 * on the outlets development corpus (`pnpm eval:mine --fit`, which prints
 * this model and the held-out figures): refit there when the figures
 * change, never by hand.
 */

/** A feature of the model: a figure of the candidate's evidence, as the model reads it. */
export interface ScoreFeature {
  name: string
  /** The figure's value as the model reads it (logarithms of counts and weights). */
  read: (figures: Readonly<Record<string, number>>) => number
}

const log1p = (value: number | undefined): number => Math.log1p(Math.max(0, value ?? 0))

/** The features, in the model's order. */
export const scoreFeatures: readonly ScoreFeature[] = [
  { name: 'coverage', read: (f) => f['coverage'] ?? 0 },
  { name: 'density', read: (f) => f['density'] ?? 0 },
  { name: 'mass', read: (f) => log1p(f['mass']) },
  { name: 'chance', read: (f) => -Math.log10(Math.max(f['chance'] ?? 1, 1e-6)) },
  { name: 'rank', read: (f) => Math.log(Math.max(1, f['rank'] ?? 1)) },
  { name: 'agreement', read: (f) => f['agreement'] ?? 0 },
  { name: 'inOrder', read: (f) => f['inOrder'] ?? 0 },
  { name: 'sibling', read: (f) => f['sibling'] ?? 0 },
  { name: 'documents', read: (f) => Math.log(Math.max(1, f['documents'] ?? 1)) },
  { name: 'clauses', read: (f) => f['clauses'] ?? 1 },
  { name: 'words', read: (f) => log1p(f['words']) },
  { name: 'linkedWords', read: (f) => log1p(f['linkedWords']) },
  { name: 'bridged', read: (f) => f['bridged'] ?? 0 },
  { name: 'linkWeight', read: (f) => log1p(f['linkWeight']) },
  { name: 'reports', read: (f) => f['reports'] ?? 0 },
  { name: 'quoted', read: (f) => f['quoted'] ?? 0 },
  { name: 'inferred', read: (f) => f['inferred'] ?? 0 },
  { name: 'han', read: (f) => log1p(f['han']) },
  { name: 'position', read: (f) => f['position'] ?? 0 },
  { name: 'lead', read: (f) => f['lead'] ?? 0 },
  { name: 'passageRenderings', read: (f) => Math.log(Math.max(1, f['passageRenderings'] ?? 1)) },
  { name: 'passageQuoted', read: (f) => f['passageQuoted'] ?? 0 },
  { name: 'passageMass', read: (f) => log1p(f['passageMass']) },
  { name: 'passageMeanMass', read: (f) => log1p(f['passageMeanMass']) },
  { name: 'independentAgreement', read: (f) => f['independentAgreement'] ?? 0 },
  { name: 'maxLink', read: (f) => f['maxLink'] ?? 0 },
  { name: 'strongWords', read: (f) => log1p(f['strongWords']) }
]

/** A logistic model over `scoreFeatures`: standardised values, one weight each, and a bias. */
export interface ScoreModel {
  bias: number
  /** Per feature (same order as `scoreFeatures`): the mean and scale it is standardised by, and its weight. */
  features: ReadonlyArray<{ name: string; mean: number; scale: number; weight: number }>
  /** Lowest calibrated score of a candidate proposed. */
  threshold: number
}

/** The probability, under `model`, that a pair with these figures is a rendering. */
export function calibratedScore(figures: Readonly<Record<string, number>>, model: ScoreModel = coverageModel): number {
  let sum = model.bias
  scoreFeatures.forEach((feature, index) => {
    const { mean, scale, weight } = model.features[index]!
    sum += (weight * (feature.read(figures) - mean)) / scale
  })
  return 1 / (1 + Math.exp(-sum))
}

/** Fitted by `pnpm eval:mine --fit` (leave-one-event-out on the outlets development corpus). */
export const coverageModel: ScoreModel = {
  bias: -1.4275,
  features: [
    { name: 'coverage', mean: 0.5014, scale: 0.1808, weight: 0.1187 },
    { name: 'density', mean: 0.8623, scale: 0.1982, weight: -0.1514 },
    { name: 'mass', mean: 0.9541, scale: 0.4233, weight: 0.1544 },
    { name: 'chance', mean: 1.4735, scale: 0.6782, weight: 0.0678 },
    { name: 'rank', mean: 1.1325, scale: 1.0408, weight: -0.0709 },
    { name: 'agreement', mean: 0.5415, scale: 0.3775, weight: 0.0449 },
    { name: 'inOrder', mean: 0.6246, scale: 0.4842, weight: 0.1795 },
    { name: 'sibling', mean: 0.505, scale: 0.5, weight: 0.1396 },
    { name: 'documents', mean: 0.9839, scale: 0.5265, weight: 0.2496 },
    { name: 'clauses', mean: 1.5781, scale: 0.759, weight: 0.0712 },
    { name: 'words', mean: 2.0345, scale: 0.4909, weight: 0.0503 },
    { name: 'linkedWords', mean: 1.2948, scale: 0.4672, weight: 0.1379 },
    { name: 'bridged', mean: 0.0352, scale: 0.1242, weight: -0.1845 },
    { name: 'linkWeight', mean: 0.883, scale: 0.4558, weight: 0.222 },
    { name: 'reports', mean: 0.6379, scale: 0.4806, weight: -0.0386 },
    { name: 'quoted', mean: 0.1761, scale: 0.3809, weight: 0.1365 },
    { name: 'inferred', mean: 0.01, scale: 0.0993, weight: 0.206 },
    { name: 'han', mean: 2.884, scale: 0.5619, weight: -0.0258 },
    { name: 'position', mean: 0.5162, scale: 0.2731, weight: 0.1196 },
    { name: 'lead', mean: 0.0066, scale: 0.0812, weight: -0.0281 },
    { name: 'passageRenderings', mean: 0.6041, scale: 0.5846, weight: 0.2658 },
    { name: 'passageQuoted', mean: 0.2625, scale: 0.44, weight: 0.2552 },
    { name: 'passageMass', mean: 1.0529, scale: 0.4631, weight: 0.0331 },
    { name: 'passageMeanMass', mean: 0.9689, scale: 0.4002, weight: 0.0881 },
    { name: 'independentAgreement', mean: 0.2721, scale: 0.2954, weight: 0.4315 },
    { name: 'maxLink', mean: 0.5648, scale: 0.1727, weight: 0.2251 },
    { name: 'strongWords', mean: 0.6682, scale: 0.5971, weight: 0.1465 }
  ],
  threshold: 0.14
}
