import { TopNLabel } from './bounded-labels';

/**
 * Error classes come from code (an exception's class name), so they are few; but a library that builds class
 * names dynamically, or a message mistaken for a class, could still flood the label. Error classes are kept to
 * the first 30 distinct names seen ("first-come top-N", see TopNLabel) and must look like identifiers.
 */
export const ERROR_CLASS_LIMIT = 30;

export function errorClassLabel(limit = ERROR_CLASS_LIMIT): TopNLabel {
  return new TopNLabel({
    limit,
    normalize: (raw) => (/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(raw) ? raw : 'unrecognised'),
  });
}
