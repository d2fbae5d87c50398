"""Reprints: the same wire story in another outlet, lightly edited, found with MinHash.

An article's signature is a MinHash (datasketch) over word 4-shingles of its normalized text:
reordered sentences, a new headline or an added paragraph keep most shingles, an unrelated
story shares almost none. Two signatures estimate the Jaccard similarity of their shingle sets;
at or above THRESHOLD the articles are reprints of one story. `ReprintIndex` finds earlier
reprints among many articles with MinHash LSH instead of comparing every pair.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from streams.tokens import words

NUM_PERM = 64
SHINGLE = 4
THRESHOLD = 0.6
_SEED = 1
# Fixed explicitly: signatures live in the consolidation state and must stay comparable.
_SCHEME = "affine32"
MAX_HASH = np.uint32(0xFFFFFFFF)  # the value of an empty signature


def shingles(norm: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-shingles of normalized text (the whole text when it has fewer than k words)."""
    toks = words(norm)
    if len(toks) < k:
        return {" ".join(toks).encode()} if toks else set()
    # (joined and encoded in C-level maps: a Python loop per shingle costs a third more)
    return set(map(str.encode, map(" ".join, zip(*(toks[i:] for i in range(k))))))


@lru_cache(maxsize=1)
def _permutations():
    """The hash permutations, drawn once (datasketch draws them for every new MinHash)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def signature(norm: str) -> list[int]:
    """The article's MinHash signature: NUM_PERM integers, JSON-friendly.

    What datasketch's MinHash computes for the scheme `_SCHEME` with CRC-32 as the hash function
    (a test holds the two equal), written out here: CRC-32 (stable across processes, as the
    signatures in the state must be) over the shingles in one C-level map, then the MurmurHash3
    finalizer and the affine permutations over the whole batch (uint32 arithmetic, wrapping).
    """
    shing = shingles(norm)
    a, b = _permutations()
    if not shing:
        return [int(MAX_HASH)] * NUM_PERM
    hv = np.fromiter(map(zlib.crc32, shing), dtype=np.uint32, count=len(shing))
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    return (hv[:, None] * a + b).min(axis=0).tolist()


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal hash values)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def is_reprint(a: list[int] | None, b: list[int] | None) -> bool:
    return bool(a) and bool(b) and similarity(a, b) >= THRESHOLD


class ReprintIndex:
    """Articles seen so far, indexed by MinHash LSH; `add` tells which earlier one it reprints."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, list[int]] = {}

    def add(self, article_id: str, sig: list[int]) -> str | None:
        """Index an article; return the id of the most similar earlier reprint, if any."""
        if article_id in self.signatures:
            return None
        m = MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=sig, scheme=_SCHEME,
                    permutations=_permutations())
        found = [k for k in self.lsh.query(m) if is_reprint(self.signatures[k], sig)]
        self.lsh.insert(article_id, m)
        self.signatures[article_id] = sig
        return max(found, key=lambda k: similarity(self.signatures[k], sig)) if found else None
