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

from datasketch import MinHash, MinHashLSH

from streams.tokens import words

NUM_PERM = 64
SHINGLE = 4
THRESHOLD = 0.6
_SEED = 1
# Fixed explicitly: signatures live in the consolidation state and must stay comparable.
_SCHEME = "affine32"


def shingles(norm: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-shingles of normalized text (the whole text when it has fewer than k words)."""
    toks = words(norm)
    if len(toks) < k:
        return {" ".join(toks).encode()} if toks else set()
    if k == SHINGLE:  # the usual case, without a slice and a join per shingle
        return {f"{a} {b} {c} {d}".encode() for a, b, c, d in zip(toks, toks[1:], toks[2:], toks[3:])}
    return {" ".join(toks[i:i + k]).encode() for i in range(len(toks) - k + 1)}


@lru_cache(maxsize=1)
def _permutations():
    """The hash permutations, drawn once (datasketch draws them for every new MinHash)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _minhash(norm: str) -> MinHash:
    # CRC-32 hashes the shingles (stable across processes, as the signatures must be in the
    # state); datasketch's default SHA-1 costs twice as much for no gain here.
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashfunc=zlib.crc32,
                permutations=_permutations())
    m.update_batch(list(shingles(norm)))
    return m


def signature(norm: str) -> list[int]:
    """The article's MinHash signature: NUM_PERM integers, JSON-friendly."""
    return _minhash(norm).hashvalues.tolist()


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
