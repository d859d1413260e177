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
  bias: -1.6301,
  features: [
    { name: 'coverage', mean: 0.4961, scale: 0.181, weight: 0.2412 },
    { name: 'density', mean: 0.8631, scale: 0.1999, weight: -0.207 },
    { name: 'mass', mean: 0.9537, scale: 0.42, weight: 0.1542 },
    { name: 'chance', mean: 1.4725, scale: 0.6726, weight: 0.0176 },
    { name: 'rank', mean: 1.1146, scale: 1.0247, weight: -0.0729 },
    { name: 'agreement', mean: 0.5436, scale: 0.3814, weight: -0.0533 },
    { name: 'inOrder', mean: 0.6275, scale: 0.4835, weight: 0.3565 },
    { name: 'sibling', mean: 0.4664, scale: 0.4989, weight: 0.2458 },
    { name: 'documents', mean: 0.9805, scale: 0.5308, weight: 0.3053 },
    { name: 'clauses', mean: 1.5638, scale: 0.7537, weight: 0.0791 },
    { name: 'words', mean: 2.0266, scale: 0.4898, weight: 0.0789 },
    { name: 'linkedWords', mean: 1.2927, scale: 0.466, weight: 0.1712 },
    { name: 'bridged', mean: 0.0355, scale: 0.1247, weight: -0.3286 },
    { name: 'linkWeight', mean: 0.8815, scale: 0.4539, weight: 0.2933 },
    { name: 'reports', mean: 0.6309, scale: 0.4826, weight: -0.0993 },
    { name: 'quoted', mean: 0.1711, scale: 0.3766, weight: 0.2294 },
    { name: 'inferred', mean: 0.0101, scale: 0.0998, weight: 0.3422 },
    { name: 'han', mean: 2.8824, scale: 0.5591, weight: -0.0166 },
    { name: 'position', mean: 0.5268, scale: 0.2699, weight: 0.1437 },
    { name: 'lead', mean: 0.0067, scale: 0.0816, weight: -0.0437 },
    { name: 'passageRenderings', mean: 0.6154, scale: 0.5975, weight: 0.5301 },
    { name: 'passageQuoted', mean: 0.255, scale: 0.4359, weight: 0.3025 },
    { name: 'passageMass', mean: 1.0507, scale: 0.4588, weight: -0.0896 },
    { name: 'passageMeanMass', mean: 0.9673, scale: 0.3989, weight: 0.0941 },
    { name: 'independentAgreement', mean: 0.2719, scale: 0.2985, weight: 0.6511 },
    { name: 'maxLink', mean: 0.5653, scale: 0.1729, weight: 0.4164 },
    { name: 'strongWords', mean: 0.6652, scale: 0.5974, weight: 0.1537 }
  ],
  threshold: 0.18
}
