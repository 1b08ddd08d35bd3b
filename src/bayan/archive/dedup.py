"""Near-duplicates: the same wire story printed by several papers.

Each article gets a MinHash signature of its word 3-shingles (folded text, so spelling
variants do not hide a copy), made with one-permutation hashing: every shingle is hashed
once, the hash picks one of ``SLOTS`` bins and the bin keeps its minimum; empty bins borrow
from the next full one (rotation densification). Signatures are cut into ``BANDS`` bands;
articles that share a band's bucket are candidates, and a candidate whose signatures agree
on at least ``THRESHOLD`` of the slots (an estimate of the Jaccard similarity of the
shingle sets) is a near-duplicate.
"""

from __future__ import annotations

import hashlib
import struct
from array import array
from collections.abc import Sequence

SLOTS = 64
BANDS = 16
ROWS = SLOTS // BANDS
SHINGLE = 3
MIN_SHINGLES = 8  # shorter texts are too small to call copies by overlap
THRESHOLD = 0.5
_MASK = (1 << 64) - 1


def _hash64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


_WORD_HASHES: dict[str, int] = {}
_K1, _K2, _K3 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9


def _word_hash(word: str) -> int:
    value = _WORD_HASHES.get(word)
    if value is None:
        value = _hash64(word.encode("utf-8")) | 1
        if len(_WORD_HASHES) > 500_000:
            _WORD_HASHES.clear()
        _WORD_HASHES[word] = value
    return value


def signature(words: Sequence[str]) -> array | None:
    """The MinHash signature of a word sequence, or None when it is too short to compare.

    Each word is hashed once (blake2b, so signatures are the same in every process); a
    shingle's hash mixes its three words' hashes with odd multipliers. The top six bits
    choose the bin, the rest is the value kept.
    """
    count = len(words) - SHINGLE + 1
    if count < MIN_SHINGLES:
        return None
    hashes = [_word_hash(w) for w in words]
    bins = [_MASK] * SLOTS
    low = (1 << 58) - 1
    for i in range(count):
        h = ((hashes[i] * _K1) ^ (hashes[i + 1] * _K2) ^ (hashes[i + 2] * _K3)) & _MASK
        h ^= h >> 29
        h = (h * 0xBF58476D1CE4E5B9) & _MASK
        h ^= h >> 32
        slot = h >> 58
        value = h & low
        if value < bins[slot]:
            bins[slot] = value
    if _MASK in bins:  # densify: an empty bin takes the next full bin's value
        full = [i for i, v in enumerate(bins) if v != _MASK]
        for i in range(SLOTS):
            if bins[i] == _MASK:
                j = next((k for k in full if k > i), full[0])
                bins[i] = (bins[j] + (j - i) % SLOTS) & _MASK
    return array("Q", bins)


def buckets(sig: array) -> list[int]:
    """One signed 64-bit bucket key per band (SQLite integers are signed)."""
    out = []
    for band in range(BANDS):
        chunk = struct.pack(f"<B{ROWS}Q", band, *sig[band * ROWS : (band + 1) * ROWS])
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True))
    return out


def to_blob(sig: array) -> bytes:
    return sig.tobytes()


def from_blob(blob: bytes) -> array:
    sig = array("Q")
    sig.frombytes(blob)
    return sig


def similarity(a: array, b: array) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return sum(1 for x, y in zip(a, b) if x == y) / SLOTS
