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
  { name: 'passageMeanMass', read: (f) => log1p(f['passageMeanMass']) }
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
  bias: -1.6098,
  features: [
    { name: 'coverage', mean: 0.5086, scale: 0.187, weight: 0.1481 },
    { name: 'density', mean: 0.8631, scale: 0.1942, weight: -0.146 },
    { name: 'mass', mean: 0.9507, scale: 0.4086, weight: 0.1904 },
    { name: 'chance', mean: 1.4811, scale: 0.6689, weight: 0.1171 },
    { name: 'rank', mean: 1.18, scale: 1.0421, weight: -0.1323 },
    { name: 'agreement', mean: 0.5534, scale: 0.3747, weight: 0.1483 },
    { name: 'inOrder', mean: 0.6437, scale: 0.4789, weight: 0.1584 },
    { name: 'sibling', mean: 0.477, scale: 0.4995, weight: 0.1552 },
    { name: 'documents', mean: 1.0182, scale: 0.5604, weight: 0.2463 },
    { name: 'clauses', mean: 1.5259, scale: 0.7326, weight: 0.0998 },
    { name: 'words', mean: 2.0383, scale: 0.4836, weight: -0.045 },
    { name: 'linkedWords', mean: 1.2772, scale: 0.4707, weight: 0.155 },
    { name: 'bridged', mean: 0.0566, scale: 0.1755, weight: -0.1843 },
    { name: 'linkWeight', mean: 0.8627, scale: 0.4483, weight: 0.2869 },
    { name: 'reports', mean: 0.6379, scale: 0.4806, weight: -0.0319 },
    { name: 'quoted', mean: 0.158, scale: 0.3648, weight: 0.1306 },
    { name: 'inferred', mean: 0.0086, scale: 0.0924, weight: 0.2058 },
    { name: 'han', mean: 2.8802, scale: 0.5723, weight: -0.0786 },
    { name: 'position', mean: 0.451, scale: 0.3034, weight: 0.2189 },
    { name: 'lead', mean: 0.092, scale: 0.289, weight: -0.3072 },
    { name: 'passageRenderings', mean: 0.6562, scale: 0.616, weight: 0.2651 },
    { name: 'passageQuoted', mean: 0.2414, scale: 0.4279, weight: 0.2816 },
    { name: 'passageMass', mean: 1.0559, scale: 0.4455, weight: 0.0597 },
    { name: 'passageMeanMass', mean: 0.9656, scale: 0.3834, weight: 0.1231 }
  ],
  threshold: 0.14
}
