"""Dates in Arabic news: absolute dates in the text and relative day words.

Month names come in two families: Syriac-Levantine (كانون الثاني، شباط ...) and
Gregorian-Egyptian (يناير، فبراير ...); both are matched on normalized text
(see streams.normalize: alef/hamza folded, teh marbuta as heh, alef maqsura as yeh).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import compress
from typing import Collection, Iterable

MIN_YEAR, MAX_YEAR = 1950, 2100

# Normalized spellings; several per month where outlets differ.
MONTHS: dict[str, int] = {
    name: num
    for num, names in {
        1: ("يناير", "كانون الثاني", "كانون ثاني", "جانفي"),
        2: ("فبراير", "شباط", "فيفري"),
        3: ("مارس", "اذار"),
        4: ("ابريل", "نيسان", "افريل"),
        5: ("مايو", "ايار", "ماي"),
        6: ("يونيو", "حزيران", "يونيه", "جوان"),
        7: ("يوليو", "تموز", "يوليه", "جويليه"),
        8: ("اغسطس", "اب", "اوت", "غشت"),
        9: ("سبتمبر", "ايلول", "شتنبر"),
        10: ("اكتوبر", "تشرين الاول", "تشرين اول"),
        11: ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
        12: ("ديسمبر", "كانون الاول", "كانون اول", "دجنبر"),
    }.items()
    for name in names
}

# Monday=0 as in datetime.weekday().
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "اثنين": 0, "الثلاثاء": 1, "ثلاثاء": 1, "الاربعاء": 2, "اربعاء": 2,
    "الخميس": 3, "خميس": 3, "الجمعه": 4, "جمعه": 4, "السبت": 5, "سبت": 5, "الاحد": 6, "احد": 6,
}

_DIGIT = re.compile(r"\d")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?!\d)")
# The month name is a whole word: 'اب' (August) must not match the start of 'ابناء' (sons) in
# 'قتل 3 ابناء', which would make the count a date.
_WORDS = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})(?![^\W\d_])(?:\s*\([^)]{{0,20}}\))?\s*(?:عام\s+|سنه\s+)?((?:19|20)\d\d)?(?!\d)"
)

# A day of the month as an ordinal word before 'من' and the month: 'في العاشر من مارس',
# 'الحادي والعشرين من أيلول' (normalized spellings).
_ONES = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
ORDINAL_DAYS: dict[str, int] = {
    **{w: n for n, w in enumerate(_ONES, 1)}, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12,
    **{f"{w} عشر": n for n, w in enumerate(_ONES[2:], 13)}, "العشرين": 20, "الحادي والعشرين": 21,
    **{f"{w} والعشرين": n for n, w in enumerate(_ONES[1:], 22)}, "الثلاثين": 30, "الحادي والثلاثين": 31,
}
_NEXT = re.compile(r"\s*(?:المقبل|القادم)\b")
_PART_OF = frozenset(("الاسبوع", "النصف", "الثلث", "الربع", "العقد", "الشهر", "الفصل", "الاسبوعين"))
_ORDINAL_FIRST = frozenset(w.split()[0] for w in ORDINAL_DAYS) | {"الحادي"}
_ORD_WORDS = re.compile(
    rf"(?<![^\W\d_])({'|'.join(sorted(ORDINAL_DAYS, key=len, reverse=True))})\s+من\s+(?:شهر\s+)?({_MONTH_ALT})"
    rf"(?![^\W\d_])(?:\s*\([^)]{{0,20}}\))?\s*(?:عام\s+|سنه\s+)?((?:19|20)\d\d)?(?!\d)"
)

# Relative day words: offset in days from the publication date (normalized text). A
# conjunction may lead ('وأمس', 'واليوم', 'فجر الأحد والسبت').
_RELATIVE = re.compile(
    r"\b[وف]?(اول امس|امس الاول|اول من امس|امس|بالامس|الامس|البارحه|الليله الماضيه|اليوم|الليله|"
    r"صباح اليوم|غدا)\b"
)
_REL_OFFSET = {
    "اول امس": -2, "امس الاول": -2, "اول من امس": -2, "امس": -1, "بالامس": -1, "الامس": -1,
    "البارحه": -1, "الليله الماضيه": -1, "اليوم": 0, "الليله": 0, "صباح اليوم": 0, "غدا": 1,
}
# A day of the publication's month ('يوم 12 من الشهر الجاري', 'في الثالث عشر من الشهر الحالي')
# or of the month before ('في 28 من الشهر الماضي') and days before the publication ('قبل يومين',
# 'منذ ثلاثة أيام'; not 'قبل يومين من اغتياله', two days before another event), normalized text.
_THIS_MONTH = re.compile(
    rf"(?<![^\W_])(?:ال)?(\d{{1,2}}|{'|'.join(sorted(ORDINAL_DAYS, key=len, reverse=True))})\s+من\s+"
    r"(?:هذا\s+)?الشهر\s+(الجاري|الحالي|الماضي|المنصرم|الفاءت)\b")
_AGO_COUNT = {"يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6}
_DAYS_AGO = re.compile(r"\b[وف]?(?:قبل|منذ)\s+(?:(يومين)|(\d|ثلاثه|اربعه|خمسه|سته)\s+ايام)\b(?!\s+من\b)")
_MONTH_DAY_WORDS = frozenset(("الجاري", "الحالي", "الماضي", "المنصرم", "الفاءت"))
_MONTH_DAY_NOW = frozenset(("الجاري", "الحالي"))
_AGO_WORDS = frozenset(("يومين", "ايام"))
_DAY_NAMES = "الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد".split()
_WEEKDAY = re.compile(
    r"\b(?:[وف]?(?:يوم|فجر|صباح|مساء|ظهر|ليله|ليل)\s+)?"
    rf"[وف]?({'|'.join(_DAY_NAMES)})\b(?:\s+(الماضي|المقبل|القادم))?"
)


_MARKET = re.compile(r"(?:^|\s)[وبل]?سوق\s+$")


def _with_conjunction(words) -> frozenset[str]:
    return frozenset(c + w for w in words for c in ("", "و", "ف"))


# Whole words (between \b) that a match of _WEEKDAY or _RELATIVE must have among a sentence's
# tokens: the day's name, and the first word of a relative day phrase, with a conjunction or not.
_WEEKDAY_NAMES = _with_conjunction(_DAY_NAMES)
_RELATIVE_FIRST = _with_conjunction(phrase.split()[0] for phrase in _REL_OFFSET)
# Tokens an absolute date has one of: the first word of a month's name ('5 أيار', '4 كانون
# الأول'), or a year ('2016-12-13', '13.12.2016' are tokens 13, 12, 2016).
_MONTH_FIRST = frozenset(name.split()[0] for name in MONTHS)


def _year_like(tok: str) -> bool:
    return len(tok) == 4 and tok[:2] in ("19", "20") and tok.isdigit()


@lru_cache(maxsize=200_000)
def _dated(tok: str) -> bool:
    """A token an absolute date must have: a month's first word, a year, or a token mixing
    letters and digits ('مايو2016', rare) that the patterns may still read."""
    return tok in _MONTH_FIRST or _year_like(tok) or not (tok.isalpha() or tok.isdigit())


# A month named without its day tells an event of that month: 'في أغسطس الماضي', 'في شهر مارس',
# 'في أيار 2022'. 'اب' and 'ماي' are also common words: months only with 'الماضي' or after 'شهر'.
_PAST = frozenset(("الماضي", "المنصرم", "الفاءت"))
MONTH_WORD = "شهر"  # 'في شهر مارس'; also read by streams.events
_AMBIGUOUS_MONTHS = frozenset(("اب", "ماي"))


_YEAR_WORDS = frozenset(("عام", "العام", "سنه", "السنه"))
_THIS_YEAR = frozenset(("الحالي", "الجاري"))


def _year_after(words: list[str], k: int, anchor: date) -> int | None:
    """The year that words[k:] give a month just named, if they give one: '2003', 'عام 2003', the
    month's other name first ('نوفمبر (تشرين الثاني) من عام 2003'), 'من العام الحالي' (this
    year), 'من العام الماضي' (last year)."""
    for n in (2, 1):  # the other name of the month, as in 'مايو (أيار)'
        if " ".join(words[k:k + n]) in MONTHS:
            k += n
            break
    if k < len(words) and words[k] == "من":
        k += 1
    named = k < len(words) and words[k] in _YEAR_WORDS
    if named:
        k += 1
    nxt = words[k] if k < len(words) else ""
    if len(nxt) == 4 and nxt.isdigit():
        return int(nxt)
    if named and nxt in _THIS_YEAR:
        return anchor.year
    if named and nxt in _PAST:
        return anchor.year - 1
    return None


def month_told(words: list[str], k: int, anchor: date) -> date | None:
    """The last day of the month that normalized words[k:] name without a day of it, read
    against the publication date `anchor`: with a year after it, that year's; with 'الماضي',
    the last such month before the anchor's; bare, the latest such month up to the anchor's."""
    name, n = words[k], 1
    if k + 1 < len(words) and f"{name} {words[k + 1]}" in MONTHS:
        name, n = f"{name} {words[k + 1]}", 2
    if name not in MONTHS or k and (words[k - 1].isdigit() or words[k - 1] == "من"):
        return None  # no month, or a day of it ('5 أغسطس', 'العاشر من أغسطس'): a dated day
    if k and (words[k - 1] in MONTHS or k > 1 and f"{words[k - 2]} {words[k - 1]}" in MONTHS):
        return None  # the month's other name after its first ('6 أغسطس (آب)'): told with it
    nxt = words[k + n] if k + n < len(words) else ""
    if name in _AMBIGUOUS_MONTHS and nxt not in _PAST and not (k and words[k - 1] == MONTH_WORD):
        return None
    month = MONTHS[name]
    told = _year_after(words, k + n, anchor)
    if told is not None:
        year = told
    elif nxt in _PAST:
        year = anchor.year if month < anchor.month else anchor.year - 1
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


def valid_day(year: int, month: int, day: int) -> date | None:
    """A date if the parts form a real day within the accepted range, else None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_iso(value: str) -> date | None:
    """Parse 'YYYY-MM-DD' or an ISO datetime's day; None if it is not one."""
    value = value.strip()
    try:
        if len(value) > 10:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        else:
            parsed = date.fromisoformat(value)
    except ValueError:
        return None
    return parsed if MIN_YEAR <= parsed.year <= MAX_YEAR else None


def find_dates(norm: str, default_year: int | None = None) -> list[tuple[int, int, date]]:
    """Absolute dates in normalized text as (start, end, day), in text order."""
    found: list[tuple[int, int, date]] = []
    if " من " in norm:  # an ordinal day: 'العاشر من مارس'
        for m in _ORD_WORDS.finditer(norm):
            if set(norm[max(0, m.start() - 12):m.start()].split()[-1:]) & _PART_OF:
                continue  # 'الأسبوع الأول من مايو' (the first week of May) is no day
            year = int(m[3]) if m[3] else default_year
            d = valid_day(year, MONTHS[m[2]], ORDINAL_DAYS[m[1]]) if year else None
            if d:
                found.append((m.start(), m.end(), d))
    if not _DIGIT.search(norm):  # every other absolute date has digits; most sentences have none
        found.sort()
        return found
    if "19" in norm or "20" in norm:  # numeric dates have a year
        for m in _ISO.finditer(norm):
            d = valid_day(int(m[1]), int(m[2]), int(m[3]))
            if d:
                found.append((m.start(), m.end(), d))
        for m in _DMY.finditer(norm):
            d = valid_day(int(m[3]), int(m[2]), int(m[1]))
            if d:
                found.append((m.start(), m.end(), d))
    for m in _WORDS.finditer(norm):
        year = int(m[3]) if m[3] else default_year
        if year is None:
            continue
        d = valid_day(year, MONTHS[m[2]], int(m[1]))
        if d:
            found.append((m.start(), m.end(), d))
    found.sort()
    return found


def publication_date(norm_head: str) -> date | None:
    """The first absolute date in an article's opening text, taken as its publication day."""
    dates = find_dates(norm_head)
    return dates[0][2] if dates else None


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The latest day with this weekday that is not after the anchor."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def may_name_day(tok: str) -> bool:
    """A token without which a sentence names no day: a day's name, the first word of a
    relative day phrase, or what an absolute date needs (`_dated`). A bare number ('11 جنديا')
    is none of these."""
    return tok in _WEEKDAY_NAMES or tok in _RELATIVE_FIRST or _dated(tok) or tok in _MONTH_DAY_WORDS \
        or tok in _AGO_WORDS


def day_mentions(text: str, anchor: date | None, start: int = 0, end: int | None = None,
                 words: list[str] | None = None,
                 starts: list[int] | None = None) -> list[tuple[int, int, date | None, str]]:
    """Every mention of a day in text[start:end] (a sentence) as (start, end, day, kind) in text
    order: absolute dates ('absolute'), weekdays with their time of day ('weekday': 'فجر الأحد',
    'يوم السبت الماضي') and relative day words ('relative': 'أمس', 'اليوم'). Days resolve against
    the publication date (`anchor`) as in `relative_day`; without one, a day-month without year
    and the weekday and relative mentions have a None day.

    `words` and `starts`, the sentence's tokens and their offsets in `text` when the caller has
    them, let the weekday and relative patterns be tried only where a match can begin: at a day
    name or the word before it, and at the first word of a relative phrase (each is bounded by
    \\b, so it is a whole token); the result is what scanning the sentence gives. `words` alone
    skips the patterns that none of the tokens can begin, and the absolute dates when no token is
    a month's name or a year."""
    end = len(text) if end is None else end
    found: list[tuple[int, int, date | None, str]] = []
    if (_DIGIT.search(text, start, end) or words is None or not _ORDINAL_FIRST.isdisjoint(words)) \
            and (words is None or any(map(_dated, words))):
        for a, b, day in find_dates(text[start:end], default_year=anchor.year if anchor else None):
            yearless = not re.search(r"(19|20)\d\d", text[start + a:start + b])
            if anchor and yearless and _NEXT.match(text, start + b):  # 'الأول من مايو المقبل'
                if day < anchor:
                    day = valid_day(day.year + 1, day.month, day.day) or day
            elif anchor and day > anchor + timedelta(days=1) and yearless:
                day = valid_day(day.year - 1, day.month, day.day) or day
            found.append((start + a, start + b, day, "absolute"))
    if words is None or starts is None:
        weekdays = list(_WEEKDAY.finditer(text, start, end)) \
            if words is None or not _WEEKDAY_NAMES.isdisjoint(words) else []
        relatives = list(_RELATIVE.finditer(text, start, end)) \
            if words is None or not _RELATIVE_FIRST.isdisjoint(words) else []
    else:
        weekdays = _anchored(_WEEKDAY, text, end, starts, compress(range(len(words)), map(_WEEKDAY_NAMES.__contains__, words)), 1)
        relatives = _anchored(_RELATIVE, text, end, starts, compress(range(len(words)), map(_RELATIVE_FIRST.__contains__, words)), 0)
    for m in weekdays:
        if _MARKET.search(text, max(start, m.start() - 8), m.start()):
            continue  # a place named after a day: 'منطقة سوق الجمعة' (Tripoli), 'سوق الأحد'
        day = None
        if anchor:
            day = weekday_on_or_before(anchor, WEEKDAYS[m[1]])
            if m[2] in ("المقبل", "القادم"):
                day += timedelta(days=7 if day <= anchor else 0)
            elif m[2] in _PAST and day == anchor:
                day -= timedelta(days=7)  # 'الخميس الماضي' in Thursday's paper: the week before
        found.append((m.start(), m.end(), day, "weekday"))
    for m in relatives:
        found.append((m.start(), m.end(), anchor + timedelta(days=_REL_OFFSET[m[1]]) if anchor else None, "relative"))
    if words is None or not _MONTH_DAY_WORDS.isdisjoint(words):
        for m in _THIS_MONTH.finditer(text, start, end):
            n = int(m[1]) if m[1].isdigit() else ORDINAL_DAYS[m[1]]
            month = (anchor.year, anchor.month) if anchor else None
            if anchor and m[2] not in _MONTH_DAY_NOW:  # the month before the publication's
                month = (anchor.year - 1, 12) if anchor.month == 1 else (anchor.year, anchor.month - 1)
            day = valid_day(*month, n) if anchor else None
            found.append((m.start(), m.end(), day if day and day <= anchor + timedelta(days=1) else None,
                          "absolute"))
    if words is None or not _AGO_WORDS.isdisjoint(words):
        for m in _DAYS_AGO.finditer(text, start, end):
            n = 2 if m[1] else int(m[2]) if m[2].isdigit() else _AGO_COUNT[m[2]]
            found.append((m.start(), m.end(), anchor - timedelta(days=n) if anchor else None, "relative"))
    if len(found) < 2:
        return found
    found.sort(key=lambda x: x[:2])
    # Mentions of different kinds may overlap ('اليوم' in 'صباح اليوم الأحد'): the first is kept.
    out = found[:1]
    for mention in found[1:]:
        if mention[0] >= out[-1][1]:
            out.append(mention)
    return out


def _anchored(pattern: re.Pattern, text: str, end: int, starts: list[int], at: Iterable[int],
              back: int) -> list[re.Match]:
    """What pattern.finditer gives over a sentence whose matches can only begin at token k or up
    to `back` tokens before it, for the tokens k in `at`: leftmost first, without overlaps."""
    out: list[re.Match] = []
    last = -1
    for k in at:
        for pos in starts[max(0, k - back):k + 1]:
            if pos >= last:
                m = pattern.match(text, pos, end)
                if m:
                    out.append(m)
                    last = m.end()
                    break
    return out


def relative_day(norm_sentence: str, anchor: date | None, words: Collection[str] | None = None) -> date | None:
    """The day a sentence's own time words point to, against the publication date (the day
    `first_day` picks among its `day_mentions`). `words`, the sentence's tokens when the caller
    has them, lets it skip the patterns of day words that none of them begins."""
    if anchor is None:
        return None
    return first_day((kind, day) for _, _, day, kind in day_mentions(norm_sentence, anchor, words=words))


DAY_KINDS = ("absolute", "weekday", "relative")


def first_day(mentions: Iterable[tuple[str, date | str | None]]) -> date | str | None:
    """The day a sentence is about, from its mentions (kind, day) in text order: its first
    absolute date, else its first weekday, else its first relative day word."""
    firsts: dict[str, date | str | None] = {}
    for kind, day in mentions:
        firsts.setdefault(kind, day)
    return next((firsts[kind] for kind in DAY_KINDS if kind in firsts), None)
