import { ElementNode } from '../dom/node';
import { NEGATIVE_CLASS, POSITIVE_CLASS } from '../cleaning/boilerplate-patterns';

/** Readability's getClassWeight: +25 for content-like class or id, -25 for furniture-like, each. */
export function classWeight(el: ElementNode): number {
  let weight = 0;
  for (const value of [el.attrs.class, el.attrs.id]) {
    if (!value) continue;
    if (NEGATIVE_CLASS.test(value)) weight -= 25;
    if (POSITIVE_CLASS.test(value)) weight += 25;
  }
  return weight;
}
