import { crc32c } from './crc32c';

/**
 * kafkajs computes each produced record batch's CRC-32C in JavaScript one byte per step
 * (`kafkajs/src/protocol/recordBatch/crc32C`), and offers no hook for another implementation. Every record a stage
 * produces passes through it (the fetcher's pages, the parser's and enricher's articles): ~0.9 ms of CPU per article
 * across the pipeline at its ~180 MB/s. This puts {@link crc32c} (slicing-by-8, the same checksum) in that module's
 * place before kafkajs's record batch encoder loads it: the encoder (`recordBatch/v0`) is loaded lazily by the first
 * produce request, and takes the module's export then. Consumers do not check the CRC (kafkajs reads and ignores it).
 */

/** kafkajs's own module paths (2.2.x): the CRC module, and the encoder that holds on to its export once loaded. */
const CRC_MODULE = 'kafkajs/src/protocol/recordBatch/crc32C';
const ENCODER_MODULE = 'kafkajs/src/protocol/recordBatch/v0';

export type Crc32cFixOutcome = 'applied' | 'already-applied' | 'too-late' | 'not-found';

/**
 * Replaces kafkajs's CRC-32C (idempotent). 'too-late' when kafkajs's record batch encoder was loaded before this ran
 * (it keeps the old function; nothing is wrong, only slower); 'not-found' when kafkajs's internals are not where 2.2.x
 * has them.
 */
export function applyKafkajsCrc32cFix(): Crc32cFixOutcome {
  let crcPath: string;
  let encoderPath: string;
  try {
    crcPath = require.resolve(CRC_MODULE);
    encoderPath = require.resolve(ENCODER_MODULE);
  } catch {
    return 'not-found';
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const original = require(CRC_MODULE) as unknown;
  const cached = require.cache[crcPath];
  if (!cached || typeof original !== 'function') return 'not-found';
  if (cached.exports === crc32c) return 'already-applied';
  cached.exports = crc32c;
  return require.cache[encoderPath] ? 'too-late' : 'applied';
}

/** What loading this module did (tests and start-up logs read it). */
export const crc32cFixOutcome: Crc32cFixOutcome = applyKafkajsCrc32cFix();
