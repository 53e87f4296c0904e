import { TrainingGroup, fitPlaceModel, groupAccuracy } from './fit-place-model';

describe('fitPlaceModel', () => {
  // Feature 0 marks the right candidate; feature 1 is noise that favours a wrong one half of the time.
  const groups: TrainingGroup[] = Array.from({ length: 40 }, (_, i) => ({
    features: [
      [0, i % 2],
      [1, 0],
      [0, (i + 1) % 2],
    ],
    right: [1],
  }));

  it('learns a positive weight for the feature that marks the right candidate', () => {
    const w = fitPlaceModel(groups, 2);
    expect(w[0]).toBeGreaterThan(1);
    expect(Math.abs(w[1])).toBeLessThan(w[0]);
    expect(groupAccuracy(groups, w)).toBe(1);
  });

  it('is deterministic', () => {
    expect(fitPlaceModel(groups, 2)).toEqual(fitPlaceModel(groups, 2));
  });

  it('leaves weights at zero when no group is informative', () => {
    expect(fitPlaceModel([{ features: [[1, 1]], right: [0] }], 2)).toEqual([0, 0]);
  });
});
