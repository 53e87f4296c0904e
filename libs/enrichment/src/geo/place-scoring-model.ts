import { PLACE_FEATURES } from './candidate-features';
import fitted from '../../models/geo-place-weights.json';

/**
 * The place-scoring model: a linear score over candidate features (candidate-features.ts), the candidate with the
 * highest score wins (a conditional logit: softmax over one mention's candidates). Weights are fitted by
 * scripts/fit-geo-weights.ts on the geo dev sets and shipped in models/geo-place-weights.json: `all` (both sets,
 * the enricher's model) and one per set for held-out evaluation (`gwn` fitted on GeoWebNews, checked on TR-News,
 * and the reverse).
 */
export interface PlaceModel {
  features: readonly string[];
  weights: number[];
}

interface WeightsFile {
  features: string[];
  fits: Record<string, number[]>;
}

export type PlaceModelFit = 'all' | 'gwn' | 'tr-news';

export function placeModel(fit: PlaceModelFit = 'all'): PlaceModel {
  const file = fitted as WeightsFile;
  const weights = file.fits[fit];
  if (!weights) throw new Error(`geo-place-weights.json has no fit "${fit}"`);
  // The file must match the code's feature list, in order: a stale file would score the wrong features.
  if (file.features.join() !== PLACE_FEATURES.join() || weights.length !== PLACE_FEATURES.length)
    throw new Error('geo-place-weights.json does not match PLACE_FEATURES: run scripts/fit-geo-weights');
  return { features: file.features, weights };
}

export function scoreOf(x: number[], model: PlaceModel): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * model.weights[i];
  return s;
}
