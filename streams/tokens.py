"""Tokens of normalized text and Arabic clitic handling shared by entities and events."""

from __future__ import annotations

import re
from bisect import insort
from functools import lru_cache
from itertools import accumulate, compress
from typing import Iterable

TOKEN = re.compile(r"\d+(?:,\d{3})+|[^\W_]+")
# Proclitics: conjunctions (و "and", ف "so"), prepositions (ب "in/by", ل "for", ك "as"),
# the future particle (س) is left alone: it would break too many nouns.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
NAME_PREPS = ("ب", "ل")


_SPLIT = re.compile(f"({TOKEN.pattern})")


def token_lists(norm: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens (letter or digit runs) of a text as parallel lists: texts, start offsets, end
    offsets. Built by one C-level split and running sums of the parts' lengths, several times
    faster than a match object per token."""
    parts = _SPLIT.split(norm)  # [gap, token, gap, token, ..., gap]
    offsets = list(accumulate(map(len, parts), initial=0))
    return parts[1::2], offsets[1:-1:2], offsets[2::2]


class Words:
    """A sentence's tokens: parallel lists of their texts, their [start, end) offsets in the
    normalized text, and a tag per token (bits a stage sets from its lexicons, so that each
    matcher visits only the few tokens that may start what it looks for)."""

    __slots__ = ("text", "start", "end", "tags", "_tagged")

    def __init__(self, text: list[str], start: list[int], end: list[int], tags: list[int]) -> None:
        self.text, self.start, self.end, self.tags = text, start, end, tags
        self._tagged = list(compress(range(len(tags)), tags))  # the tokens with any tag

    def having(self, bit: int, start: int = 0) -> list[int]:
        """Indices from `start` of the tokens whose tag has `bit`."""
        tags = self.tags
        return [k for k in self._tagged if tags[k] & bit and k >= start]

    def retag(self, k: int, tag: int) -> None:
        """Set token k's tag (after its text changed)."""
        self.tags[k] = tag
        if tag and k not in self._tagged:
            insort(self._tagged, k)
        elif not tag and k in self._tagged:
            self._tagged.remove(k)


def words(norm: str, start: int = 0, end: int | None = None) -> list[str]:
    """The token texts of norm[start:end] (what `token_lists` gives, without offsets; faster).
    Not cached: an article's text is seen once, and a cache keyed by it would only hold memory."""
    return TOKEN.findall(norm, start, len(norm) if end is None else end)


@lru_cache(maxsize=200_000)
def stems(tok: str, preps: tuple[str, ...] = _PREP) -> tuple[str, ...]:
    """The token and its forms without proclitics, most literal first.

    'وبحلب' -> ['وبحلب', 'بحلب', 'حلب']; 'للمعارضة' -> [..., 'المعارضه'] (lil- = li + al-).
    Names take `NAME_PREPS`: 'ك' ("as") before a name is rare, and many village names begin
    with it (كفريا, كفرنبل), which would otherwise resolve to whatever the rest spells.
    """
    forms = [tok]
    rest = tok
    if len(rest) > 3 and rest[0] in _CONJ:
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 3 and rest[0] in preps:
        if rest.startswith("لل") and len(rest) > 4:
            forms.append("ال" + rest[2:])
        rest = rest[1:]
        forms.append(rest)
    return tuple(forms)


def phrase_heads(keys: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For a phrase lexicon keyed by word tuples: first word -> phrase lengths, longest first.

    Lets a matcher skip at once the many tokens that start no phrase.
    """
    lengths: dict[str, set[int]] = {}
    for key in keys:
        lengths.setdefault(key[0], set()).add(len(key))
    return {head: tuple(sorted(ns, reverse=True)) for head, ns in lengths.items()}


def has_prep(tok: str) -> bool:
    """True when the token carries a preposition clitic (ب or ل after an optional و/ف)."""
    rest = tok[1:] if len(tok) > 3 and tok[0] in _CONJ else tok
    return len(rest) > 3 and rest[0] in ("ب", "ل")


def without_clitic(text: str, norm: str, bare: str | None = None) -> str:
    """Original text of a name without the proclitics its normalized first word carries.

    `bare` is the first word as the lexicon matched it ('حلب' for 'بحلب', but 'لبنان' for
    'لبنان': a name that begins with a clitic letter keeps it); without it every clitic form is
    stripped."""
    first = norm.split(" ", 1)[0]
    if bare is None:
        bare = [f for f in stems(first) if first.endswith(f)][-1]
    if bare.startswith("ال") and first.startswith("لل") and first[2:] == bare[2:]:
        return "ال" + text[2:]  # 'للموصل' -> 'الموصل' (li + al-)
    cut = len(first) - len(bare) if first.endswith(bare) else 0
    return text[cut:] if cut > 0 else text
