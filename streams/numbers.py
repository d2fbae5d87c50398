"""Numbers in Arabic news: digits, number words and duals of people, with their qualifiers.

Works on normalized tokens (streams.normalize: teh marbuta as heh, alef folded), so
'ثلاثة' and 'ثلاثه' are the same word. Vague quantities (عشرات "tens of", مئات
"hundreds of") are reported as vague with no value: they are never turned into a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.normalize import normalize_token

UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
}
TEN = {"عشر": 10, "عشره": 10}
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
            "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200}
for _w, _v in list(UNITS.items()):
    if 3 <= _v <= 9 and not _w.endswith("ه"):
        HUNDREDS[_w + "مئه"] = _v * 100
        HUNDREDS[_w + "مائه"] = _v * 100
THOUSANDS = {"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000, "الاف": 1000}
# Duals that count two people ('مقتل شخصين', 'سقوط قتيلين'): only nouns whose plural is not
# spelled like the dual once the vowels are gone ('مدنيين' is two civilians or many).
DUALS = {w + end for w in ("شخص", "قتيل", "جريح", "جندي", "طفل", "عنصر", "رجل", "امرات", "شاب",
                           "ضابط", "شقيق", "صحفي", "مواطن", "مسلح", "مدني", "مقاتل", "شرطي", "حارس",
                           "قائد", "اسير", "سائق", "عامل", "طفلت", "رهينت", "ضحيت", "مستوطن", "شهيد",
                           "عسكري", "ناشط", "معتقل", "فلسطيني", "متظاهر", "محتج")
         for end in ("ين", "ان")} - {"صحفيين", "مواطنين", "مسلحين", "مدنيين", "مقاتلين", "سائقين", "عاملين",
                                     "مستوطنين", "عسكريين", "ناشطين", "معتقلين", "فلسطينيين", "متظاهرين",
                                     "محتجين"}
VAGUE = {"عشرات", "العشرات", "مئات", "المئات", "الاف", "الالاف", "مئات", "عده", "العديد", "بضع", "بضعه"}

# Qualifiers as normalized token sequences before the number.
_BEFORE = {
    ("ما", "لا", "يقل", "عن"): "at_least", ("لا", "يقل", "عن"): "at_least",
    ("اكثر", "من"): "more_than", ("ازيد", "من"): "more_than", ("ما", "يزيد", "عن"): "more_than",
    ("ما", "يزيد", "علي"): "more_than", ("يزيد", "عن"): "more_than", ("يزيد", "علي"): "more_than",
    ("نحو",): "about", ("حوالي",): "about", ("قرابه",): "about", ("زهاء",): "about",
    ("ما", "يقارب"): "about", ("يقارب",): "about", ("اقل", "من"): "less_than",
    ("علي", "الاقل"): "at_least",  # ('وأصيب على الأقل 10'; more often after the count, below)
}
_AFTER = {("علي", "الاقل"): "at_least"}
_NISBA_PLURALS = ("يين", "يون", "يات")  # 'صوماليين', 'فلسطينيون', 'سوريات'


def _fold(table: dict[str, int]) -> dict[str, int]:
    return {normalize_token(k): v for k, v in table.items()}


UNITS, TEN, TENS, HUNDREDS, THOUSANDS = map(_fold, (UNITS, TEN, TENS, HUNDREDS, THOUSANDS))
VAGUE = {normalize_token(w) for w in VAGUE}
DUALS = frozenset(normalize_token(w) for w in DUALS)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


@dataclass(slots=True)
class Quantity:
    """A number found at tokens [start, end): value None when vague."""

    start: int
    end: int
    value: int | None
    qualifier: str | None


_WORDS: dict[str, tuple[str, int]] = {}
for _table, _kind in ((UNITS, "unit"), (TEN, "ten"), (TENS, "tens"), (HUNDREDS, "hundred"),
                      (THOUSANDS, "thousand")):
    for _word, _value in _table.items():
        _WORDS.setdefault(_word, (_kind, _value))


def _word_value(tok: str) -> tuple[str, int] | None:
    return _WORDS.get(tok)


def word_value(tok: str) -> int | None:
    """The value of a one-word number ('ثلاثه': 3), or None."""
    found = _WORDS.get(tok)
    return found[1] if found else None


def is_number_word(tok: str) -> bool:
    """The normalized token is a number word ('خمسه', 'واحده')."""
    return tok in _WORDS


def _strip_waw(tok: str) -> str:
    return tok[1:] if tok.startswith("و") and len(tok) > 2 else tok


def _read_number(tokens: list[str], i: int) -> tuple[int, int] | None:
    """Parse a number starting at token i; return (value, next index)."""
    tok = tokens[i]
    if _DIGITS.match(tok):
        value, j = int(tok.replace(",", "")), i + 1
        if j < len(tokens) and tokens[j] in ("الف", "الاف"):
            value, j = value * 1000, j + 1
        return value, j
    if tok.startswith("و") and _DIGITS.match(tok[1:]):
        # '61 قتيلا و150 جريحا': a number of its own after 'and'; but 'مليار و200 مليون' goes on
        # the number before it
        prev = tokens[i - 1] if i else ""
        if _DIGITS.match(prev) or _word_value(prev) is not None or prev in ("مليون", "مليار", "ملايين", "الف", "الاف"):
            return None
        return _read_number([tok[1:]] + tokens[i + 1:i + 2], 0)[0], i + 1 + (
            i + 1 < len(tokens) and tokens[i + 1] in ("الف", "الاف"))
    word = _word_value(tok)
    if word is None and _joined_word(tokens, i):
        # 'قتل ثلاثة جنود وخمسة مسلحين': a number word of its own after 'and'
        parsed = _read_number([tok[1:]] + tokens[i + 1:], 0)
        return (parsed[0], i + parsed[1]) if parsed else None
    # 'احد' is also 'one of' and only a number when a teen follows (أحد عشر).
    if word is None or (tok in ("احد", "احدي") and not _continues(tokens, i)):
        return None
    total, current, j = 0, 0, i
    last_kind = None
    while j < len(tokens):
        tok = tokens[j] if j == i else _strip_waw(tokens[j])
        word = _word_value(tok)
        if word is None:
            break
        kind, value = word
        if j > i and not tokens[j].startswith("و") and kind not in ("ten", "thousand", "hundred"):
            break
        if kind == "thousand":
            current = (current or 1) * value
            total, current = total + current, 0
        elif kind == "ten" and last_kind == "unit":
            current += 10
        else:
            current += value
        last_kind = kind
        j += 1
    total += current
    return (total, j) if total else None


def _joined_word(tokens: list[str], i: int) -> bool:
    """Token i is و and a number word, after a word that is no number (after one, it goes on
    that number: 'ثلاثة وعشرون')."""
    tok = tokens[i]
    if not tok.startswith("و") or _word_value(tok[1:]) is None or tok[1:] in ("احد", "احدي"):
        return False
    prev = tokens[i - 1] if i else ""
    return not (_DIGITS.match(prev) or _word_value(prev) is not None or prev in ("مليون", "مليار", "ملايين"))


def _continues(tokens: list[str], i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return nxt in TEN or _strip_waw(nxt) in TENS


def may_begin_quantity(tok: str) -> bool:
    """A digit run, a number word or a vague quantity; most tokens are none of these."""
    return tok in VAGUE or tok in _WORDS or tok[0].isdigit() or _strip_waw(tok) in DUALS \
        or tok[0] == "و" and (tok[1:2].isdigit() or tok[1:] in _WORDS)


def find_quantities(tokens: list[str], candidates: list[int] | None = None) -> list[Quantity]:
    """Numbers and vague quantities in a normalized token list, with qualifiers. `candidates`:
    the indices of the tokens that `may_begin_quantity`, when the caller knows them already."""
    found: list[Quantity] = []
    i = 0  # the first token not yet read into a quantity
    if candidates is None:
        candidates = [k for k, tok in enumerate(tokens) if may_begin_quantity(tok)]
    for k in candidates:
        if k < i:
            continue
        i = k
        if tokens[i] in VAGUE:
            found.append(Quantity(i, i + 1, None, "vague"))
            i += 1
            continue
        parsed = _read_number(tokens, i) or ((2, i + 1) if _strip_waw(tokens[i]) in DUALS else None)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        qualifier, start = None, i
        for seq, code in _BEFORE.items():
            n = len(seq)
            if i >= n and tuple(tokens[i - n:i]) == seq:
                qualifier, start = code, i - n
                break
        for seq, code in _AFTER.items():
            # 'على الأقل' (at least) may follow the counted noun: '27 مدنيا على الأقل', and its
            # nationality: 'عشرة جنود صوماليين على الأقل'.
            if seq in (tuple(tokens[j:j + len(seq)]), tuple(tokens[j + 1:j + 1 + len(seq)])) \
                    or j + 1 < len(tokens) and tokens[j + 1].endswith(_NISBA_PLURALS) \
                    and tuple(tokens[j + 2:j + 2 + len(seq)]) == seq:
                qualifier = code
        found.append(Quantity(start, j, value, qualifier))
        i = j
    return found
