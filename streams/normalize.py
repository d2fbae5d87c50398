"""Normalize stage: a matching form of the text that maps back to original offsets.

Every rule either maps one character to one character or drops it, so the original
offset of any normalized position is recovered from the sorted list of dropped offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from datetime import date

from pyarabic import araby

from streams import dates
from streams.errors import MissingField, NotArabic, TooLarge, WrongType
from streams.records import Article, Normalized

# Dropped: harakat (diacritics), tatweel (kashida), bidi and zero-width controls, BOM.
_CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
_DROP_CHARS = "".join(araby.TASHKEEL) + "\u0670\u0653\u0654\u0655" + araby.TATWEEL + _CONTROLS
_HSPACE = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# A horizontal space that follows another is dropped, so runs collapse to one space.
DROP_RE = re.compile(f"[{re.escape(_DROP_CHARS)}]|(?<=[{_HSPACE}])[{_HSPACE}]+")

_MAP: dict[str, str] = {}
for _c in "\u0622\u0623\u0625\u0671\u0672\u0673":  # alef with madda/hamza/wasla -> bare alef
    _MAP[_c] = "\u0627"
_MAP["\u0649"] = "\u064a"  # alef maqsura -> yeh
_MAP["\u0629"] = "\u0647"  # teh marbuta -> heh
_MAP["\u0624"] = "\u0621"  # waw with hamza -> hamza (pyarabic's hamza folding)
_MAP["\u0626"] = "\u0621"  # yeh with hamza -> hamza
_MAP["\u06cc"] = "\u064a"  # Persian yeh
_MAP["\u06a9"] = "\u0643"  # Persian keheh
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits
_MAP.update({
    "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", "\u066b": ".", "\u066c": ",",
    "\u06d4": ".", "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-",
    "\r": "\n", "\u2028": "\n", "\u2029": "\n",
})
for _c in _HSPACE:
    _MAP[_c] = " "
# str.translate looks every character up in a dict (slow for Arabic text); the few characters
# that change are replaced one by one instead, each only when present (ten times faster).
_REPLACE = tuple((a, b) for a, b in _MAP.items() if a != b)
# What DROP_RE can remove: any dropped character, or a run of horizontal spaces (which needs a
# double space or a space other than ' '). Most wire text has none, and skips the regex.
_RARE = tuple(_DROP_CHARS) + tuple(c for c in _HSPACE if c != " ")

_LETTER = re.compile(r"[^\W\d_]")
# Runs of what is not a letter, and of what is not Arabic script: deleting runs counts letters
# several times faster than listing them one match at a time.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_ARABIC = re.compile(r"[\u0000-\u05ff\u0700-\U0010ffff]+")
# Sentence ends: . ! ? (after normalization) possibly followed by closing quotes/brackets,
# then space; and line breaks. A dot between digits (13.12.2016, 3.5) is no end.
# A stop ends a sentence before space or the end; also right before the next word when it
# follows a word, a space or a closing quote ('البلاد .وقال', 'البلاد.وقال', 'حلب".يأتي') but not
# inside initials ('أ.ف.ب').
# Every end starts with . ! ? or a line break: the leading lookahead skips other positions at
# once instead of trying each alternative's lookbehinds there (ten times faster).
_SENT_END = re.compile(r"(?=[.!?\n])(?:(?:(?<!\d)[.!?]+|[.!?]+(?!\d))[\"')\]]*(?=\s|$)|\n+"
                       r"|(?:(?<=[^\W\d_]{2})|(?<=\s)|(?<=[\"')\]»]))\.(?=[^\W\d_]{2}))")
_DATELINE = re.compile(r"^\s*([^\W\d_][^\n\-:(]{1,30}?)\s*(?:\([^)\n]{1,30}\)\s*)?[-:]")


def normalize_text(text: str) -> tuple[str, list[int]]:
    """Return (normalized text, sorted original offsets that were dropped)."""
    dropped: list[int] = []
    if "  " in text or any(c in text for c in _RARE):
        for m in DROP_RE.finditer(text):
            dropped.extend(range(m.start(), m.end()))
    stripped = DROP_RE.sub("", text) if dropped else text
    return _fold(stripped), dropped


def _fold(text: str) -> str:
    """The one-to-one character mapping (`_MAP`)."""
    for a, b in _REPLACE:
        if a in text:
            text = text.replace(a, b)
    return text


def normalize_token(token: str) -> str:
    """Normalize a short string such as a lexicon entry (same rules, no offsets)."""
    return _fold(DROP_RE.sub("", token)).strip()


def to_original(index: int, dropped: list[int]) -> int:
    """Map an offset in the normalized text to the offset in the original text."""
    if not dropped:
        return index
    orig = index
    while True:
        nxt = index + bisect_right(dropped, orig)
        if nxt == orig:
            return orig
        orig = nxt


def split_sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) over normalized text, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(norm):
        end = m.end() if norm[m.start()] != "\n" else m.start()
        _add_span(norm, start, end, spans)
        start = m.end()
    _add_span(norm, start, len(norm), spans)
    return spans


def _add_span(norm: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start and _LETTER.search(norm, start, end):
        spans.append((start, end))


def dateline(norm: str) -> str | None:
    """The place or outlet before the opening dash ('بيروت -'), if the text starts with one."""
    m = _DATELINE.match(norm)
    if not m:
        return None
    name = m[1].strip()
    return name if 1 <= len(name.split()) <= 3 else None


def dateline_end(norm: str) -> int:
    """Where the dateline, with the outlet in brackets after it ('غوما (وكالات) -'), ends; 0 if
    the text starts with none."""
    m = _DATELINE.match(norm)
    return m.end() if m and dateline(norm) else 0


def arabic_share(text: str) -> float:
    """Share of letters (what `[^\\W\\d_]` matches) that are Arabic script (U+0600-U+06FF)."""
    sample = text[:5000]
    units = sample.encode("utf-16-le", "surrogatepass")
    if not sample.isascii() and len(units) == 2 * len(sample):  # no character beyond the BMP
        import numpy as np  # loaded by the signature anyway; only when used

        letter, arabic = _letter_tables()
        points = np.frombuffer(units, dtype=np.uint16)
        letters = int(np.count_nonzero(letter[points]))
        return int(np.count_nonzero(arabic[points])) / letters if letters else 0.0
    letters = _NOT_LETTERS.sub("", sample)  # ASCII, or characters beyond the BMP (rare)
    if not letters:
        return 0.0
    return len(_NOT_ARABIC.sub("", letters)) / len(letters)


@lru_cache(maxsize=1)
def _letter_tables():
    """Per code point of the BMP: is it a letter, is it an Arabic letter (tables indexed by
    code point: counting a text's letters is then two vectorized lookups, not a regex pass)."""
    import numpy as np

    letter = np.array([c.isalnum() and not c.isdecimal() and c != "_" for c in map(chr, range(0x10000))])
    arabic = letter.copy()
    arabic[:0x600] = False
    arabic[0x700:] = False
    return letter, arabic


def check_article(article: Article, max_text_bytes: int) -> None:
    """Raise BadInput when an article cannot be processed; see streams.errors for reasons."""
    if not isinstance(article.id, str) or not article.id.strip():
        raise MissingField("id: missing or empty")
    if not isinstance(article.text, str):
        raise WrongType(f"text: expected a string, got {type(article.text).__name__}")
    if not article.text.strip():
        raise MissingField("text: empty")
    size = len(article.text.encode("utf-8", errors="surrogatepass"))
    if size > max_text_bytes:
        raise TooLarge(f"text: {size} bytes, limit {max_text_bytes} (RASD_MAX_TEXT_BYTES)")
    share = arabic_share(article.title + " " + article.text)
    if share < 0.5:
        raise NotArabic(f"text: only {share:.0%} of letters are Arabic script")


def signature(norm: str) -> list[int]:
    from streams.reprints import signature as minhash  # datasketch loads numpy: only when used

    return minhash(norm)


def normalize(article: Article, max_text_bytes: int = 200_000) -> Normalized:
    """Normalize an article: matching text, dropped offsets, sentences, dateline, day."""
    check_article(article, max_text_bytes)
    norm, dropped = normalize_text(article.text)
    pub: date | None = dates.parse_iso(article.published) if article.published else None
    if pub is None:
        pub = dates.publication_date(normalize_token(article.title) + "\n" + norm[:400])
    return Normalized(
        article=article,
        norm=norm,
        dropped=dropped,
        sentences=split_sentences(norm),
        dateline=dateline(norm),
        pub_date=pub.isoformat() if pub else None,
        signature=signature(norm),
    )
