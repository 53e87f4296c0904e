// The lexicon of compromise (MIT licence, © 2019 Spencer Kelly; a dev dependency of this repo) and its version, for
// the scripts that turn it into plain data the enricher ships (generate-ner-lexicons.mjs,
// generate-given-name-genders.mjs), so nothing loads compromise at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');

/** compromise's own package.json: the nearest one above its entry point that names it (its exports hide the file). */
function compromisePackage() {
  for (let dir = path.dirname(require.resolve('compromise')); ; dir = path.dirname(dir)) {
    try {
      const candidate = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (candidate.name === 'compromise') return candidate;
    } catch {
      // no package.json at this level
    }
    if (path.dirname(dir) === dir) throw new Error("compromise's package.json not found");
  }
}

/** word → tag or tags, as compromise's English lexicon holds them. */
export const lexicon = nlp.model().one.lexicon;
export const compromiseVersion = compromisePackage().version;
