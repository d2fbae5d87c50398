"""Dates in Arabic news: absolute dates in the text and relative day words.

Month names come in two families: Syriac-Levantine (كانون الثاني، شباط ...) and
Gregorian-Egyptian (يناير، فبراير ...); both are matched on normalized text
(see streams.normalize: alef/hamza folded, teh marbuta as heh, alef maqsura as yeh).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Collection

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
_WORDS = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})(?:\s*\([^)]{{0,20}}\))?\s*(?:عام\s+|سنه\s+)?((?:19|20)\d\d)?(?!\d)"
)

# Relative day words: offset in days from the publication date (normalized text).
_RELATIVE = re.compile(
    r"\b(اول امس|امس الاول|اول من امس|امس|البارحه|الليله الماضيه|اليوم|الليله|صباح اليوم|غدا)\b"
)
_REL_OFFSET = {
    "اول امس": -2, "امس الاول": -2, "اول من امس": -2, "امس": -1, "البارحه": -1,
    "الليله الماضيه": -1, "اليوم": 0, "الليله": 0, "صباح اليوم": 0, "غدا": 1,
}
_WEEKDAY = re.compile(
    r"\b(?:يوم\s+|فجر\s+|صباح\s+|مساء\s+|ظهر\s+|ليله\s+|ليل\s+)?"
    r"(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)\b(?:\s+(الماضي|المقبل|القادم))?"
)
# Whole words (between \b) that a match of _WEEKDAY or _RELATIVE must have among a sentence's
# tokens: the day's name, and the first word of a relative day phrase.
_WEEKDAY_NAMES = frozenset("الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد".split())
_RELATIVE_FIRST = frozenset(phrase.split()[0] for phrase in _REL_OFFSET)


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
    if not _DIGIT.search(norm):  # every absolute date has digits; most sentences have none
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


def relative_day(norm_sentence: str, anchor: date | None, words: Collection[str] | None = None) -> date | None:
    """The day a sentence's own time words point to, against the publication date. `words`, the
    sentence's tokens when the caller has them, lets it skip the patterns of day words that none
    of them begins."""
    if anchor is None:
        return None
    dates = find_dates(norm_sentence, default_year=anchor.year)
    if dates:
        day = dates[0][2]
        # A day-month without year that lands after publication belongs to the previous year.
        if day > anchor + timedelta(days=1) and not re.search(r"(19|20)\d\d", norm_sentence[dates[0][0]:dates[0][1]]):
            day = valid_day(day.year - 1, day.month, day.day) or day
        return day
    m = _WEEKDAY.search(norm_sentence) if words is None or not _WEEKDAY_NAMES.isdisjoint(words) else None
    if m:
        target = weekday_on_or_before(anchor, WEEKDAYS[m[1]])
        if m[2] in ("المقبل", "القادم"):
            target += timedelta(days=7 if target <= anchor else 0)
        return target
    m = _RELATIVE.search(norm_sentence) if words is None or not _RELATIVE_FIRST.isdisjoint(words) else None
    if m:
        return anchor + timedelta(days=_REL_OFFSET[m[1]])
    return None
