/**
 * Article pages in legacy encodings, as raw bytes, for charset tests. The non-ASCII text is stored as the
 * bytes a legacy encoder produced (Node has no encoders for these charsets), next to the text it must
 * decode back to, so a test can assert the exact round trip. All texts are written for this fixture.
 */

export interface EncodedSample {
  /** The WHATWG encoding name. */
  encoding: string;
  /** The text, as it must read after decoding. */
  text: string;
  /** `text` encoded in `encoding`, hex. */
  hex: string;
}

export const ENCODED_SAMPLES: Record<'windows-1251' | 'gbk' | 'shift_jis' | 'iso-8859-2', EncodedSample> = {
  'windows-1251': {
    encoding: 'windows-1251',
    text: 'Министр обороны заявил о расширении сотрудничества. Съешь же ещё этих мягких французских булок.',
    hex: 'cce8ede8f1f2f020eee1eef0eeedfb20e7e0ffe2e8eb20ee20f0e0f1f8e8f0e5ede8e820f1eef2f0f3e4ede8f7e5f1f2e2e02e20d1fae5f8fc20e6e520e5f9b820fdf2e8f520ecffe3eae8f520f4f0e0edf6f3e7f1eae8f520e1f3ebeeea2e',
  },
  gbk: {
    encoding: 'gbk',
    text: '国防部长表示将加强地区安全合作。新闻报道称双方签署了协议。',
    hex: 'b9fab7c0b2bfb3a4b1edcabebdabbcd3c7bfb5d8c7f8b0b2c8abbacfd7f7a1a3d0c2cec5b1a8b5c0b3c6cbabb7bdc7a9caf0c1cbd0add2e9a1a3',
  },
  shift_jis: {
    encoding: 'shift_jis',
    text: '国防大臣は地域の安全保障協力を強化すると述べた。ニュースによると両国は合意に署名した。',
    hex: '8d91966891e5906282cd926e88e682cc88c0915395db8fe18ba697cd82f08bad89bb82b782e982c68f7182d782bd8142836a8385815b835882c982e682e982c697bc8d9182cd8d8788d382c98f9096bc82b582bd8142',
  },
  'iso-8859-2': {
    encoding: 'iso-8859-2',
    text: 'Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.',
    hex: '5a61bff3b3e62067eab66cb1206a61bcf12e2050f8ed6c69b920be6c75bb6f75e86bfd206bf9f220fa70ec6c20efe162656c736be920f364792e',
  },
};

/**
 * An HTML page whose markup is ASCII and whose paragraph holds the sample's bytes. `metaCharset` adds
 * `<meta charset>`; omit it to leave the charset to the header or to sniffing.
 */
export function encodedArticle(sample: EncodedSample, metaCharset?: string): Buffer {
  const head = `<!doctype html><html><head>${metaCharset ? `<meta charset="${metaCharset}">` : ''}<title>Encoded article</title></head><body><article><h1>Encoded article</h1><p>`;
  const tail = '</p></article></body></html>';
  return Buffer.concat([Buffer.from(head, 'ascii'), Buffer.from(sample.hex, 'hex'), Buffer.from(tail, 'ascii')]);
}

/** A UTF-8 page with non-ASCII text, for "header says ISO-8859-1 but the bytes are UTF-8". */
export const UTF8_TEXT = 'Café crème, naïve façade — Zürich, Øresund, Ελλάδα, Россия.';

export function utf8Article(): Buffer {
  return Buffer.from(
    `<!doctype html><html><head><title>UTF-8 article</title></head><body><article><h1>UTF-8 article</h1><p>${UTF8_TEXT}</p></article></body></html>`,
    'utf8',
  );
}
