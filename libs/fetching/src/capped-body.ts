import { Readable, Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw, Inflate, InflateRaw } from 'node:zlib';
import { FetchFailure, FetchRefusal } from './fetch-refusal';

export interface BodyLimits {
  /** Cap on bytes read from the wire (before decoding Content-Encoding). */
  maxResponseBytes: number;
  /** Cap on bytes after decoding Content-Encoding: what stops compression bombs. */
  maxDecompressedBytes: number;
  /**
   * Return the body cut at the caps instead of refusing it (for robots.txt, whose first 500 KiB must be
   * read whatever follows, RFC 9309 section 2.5). Off by default: a cut page is not a page.
   */
  truncateOversizedBodies?: boolean;
}

export interface CappedBody {
  body: Buffer;
  /** Bytes received on the wire. */
  wireBytes: number;
  /** True when `truncateOversizedBodies` cut the body at a cap. */
  truncated: boolean;
}

/** Ends reading early in truncation mode; never escapes readCappedBody. */
class TruncationSignal extends Error {}

/**
 * "deflate" in Content-Encoding means zlib-wrapped deflate (RFC 9110 section 8.4.1.2), but many servers
 * send raw deflate. Heuristic `zlib-header-sniff`: a zlib stream starts with a CMF byte whose low nibble
 * is 8 and a CMF/FLG pair divisible by 31; anything else is inflated raw, as browsers do.
 */
class AutoInflate extends Transform {
  private inner?: Inflate | InflateRaw;

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      const zlibWrapped = chunk.length >= 2 && (chunk[0] & 0x0f) === 8 && ((chunk[0] << 8) | chunk[1]) % 31 === 0;
      this.inner = zlibWrapped ? createInflate() : createInflateRaw();
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('error', (err) => this.destroy(err));
    }
    this.inner.write(chunk, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(err);
  }
}

/** The decoders for a Content-Encoding header, in the order to apply them (last encoding first). */
function decodersFor(contentEncoding: string | undefined, url: string): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return createGunzip();
      case 'deflate':
        return new AutoInflate();
      case 'br':
        return createBrotliDecompress();
      default:
        throw new FetchRefusal('unsupported-encoding', `unsupported Content-Encoding ${coding}`, url);
    }
  });
}

/**
 * Reads a response body under two streaming caps: wire bytes and decoded bytes. Reading stops (and the
 * source is destroyed) the moment a cap is passed, so neither an endless body nor a compression bomb is
 * ever held in memory beyond its cap.
 */
export async function readCappedBody(
  source: Readable,
  contentEncoding: string | undefined,
  limits: BodyLimits,
  url: string,
): Promise<CappedBody> {
  const decoders = decodersFor(contentEncoding, url);
  let wireBytes = 0;
  let decodedBytes = 0;
  const chunks: Buffer[] = [];
  // pipeline() may surface a stage's error as a generic AbortError once it tears the chain down, so the
  // refusal that stopped reading is remembered here and rethrown as itself.
  let refusal: FetchRefusal | undefined;
  let truncated = false;
  const truncate = limits.truncateOversizedBodies === true;
  const decodedCap = truncate
    ? Math.min(limits.maxDecompressedBytes, limits.maxResponseBytes)
    : limits.maxDecompressedBytes;

  const countWire = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      wireBytes += chunk.length;
      if (truncate && wireBytes > limits.maxResponseBytes) {
        // Truncation mode: the chunk that crosses the cap still goes through (collect cuts the decoded text
        // at the cap and ends reading); anything after it is dropped rather than refused.
        const crossing = wireBytes - chunk.length < limits.maxResponseBytes;
        if (!crossing) truncated = true;
        callback(null, crossing ? chunk : undefined);
        return;
      }
      if (wireBytes > limits.maxResponseBytes) {
        refusal = new FetchRefusal('too-large', `response body exceeds ${limits.maxResponseBytes} bytes`, url);
        callback(refusal);
        return;
      }
      callback(null, chunk);
    },
  });
  const collect = async (decoded: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of decoded) {
      decodedBytes += chunk.length;
      if (decodedBytes > decodedCap && truncate) {
        chunks.push(chunk.subarray(0, chunk.length - (decodedBytes - decodedCap)));
        truncated = true;
        throw new TruncationSignal();
      }
      if (decodedBytes > limits.maxDecompressedBytes) {
        refusal =
          decoders.length > 0
            ? new FetchRefusal(
                'decompression-bomb',
                `decoded body exceeds ${limits.maxDecompressedBytes} bytes (${wireBytes} bytes on the wire so far)`,
                url,
              )
            : new FetchRefusal('too-large', `response body exceeds ${limits.maxDecompressedBytes} bytes`, url);
        throw refusal;
      }
      chunks.push(chunk);
    }
  };

  try {
    // The array form of pipeline() takes a variable-length chain; its typings only model fixed arities.
    const runPipeline = pipeline as unknown as (streams: unknown[]) => Promise<void>;
    await runPipeline([source, countWire, ...decoders, collect]);
  } catch (err) {
    if (truncated) return { body: Buffer.concat(chunks), wireBytes, truncated };
    if (refusal) throw refusal;
    if (err instanceof FetchRefusal || err instanceof FetchFailure) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code === 'ERR__ERROR_FORMAT_PADDING_1') {
      throw new FetchFailure('network', `corrupt ${contentEncoding} body: ${(err as Error).message}`, url);
    }
    throw err;
  }
  return { body: Buffer.concat(chunks), wireBytes, truncated };
}
