"""Arabic numbers with qualifiers, and dates relative to the publication day."""

from datetime import date

import pytest

from streams.dates import day_mentions, find_dates, relative_day
from streams.normalize import normalize_token
from streams.numbers import find_quantities


def quantities(text):
    return [(q.value, q.qualifier) for q in find_quantities(normalize_token(text).split())]


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة وعشرون شخصا", [(25, None)]),
    ("مقتل 27 مدنيا على الأقل", [(27, "at_least")]),
    ("أكثر من ثلاثين جريحا", [(30, "more_than")]),
    ("أحد عشر جنديا", [(11, None)]),
    ("اثنتا عشرة امرأة", [(12, None)]),
    ("ثلاثمائة وخمسون معتقلا", [(350, None)]),
    ("ثلاثة آلاف نازح", [(3000, None)]),
    ("عشرات القتلى", [(None, "vague")]),
    ("قتل أحد المقاتلين", []),
    ("مقتل شخصين على الأقل", [(2, "at_least")]),
    ("قتل عشرة جنود صوماليين على الأقل", [(10, "at_least")]),  # after the noun's nationality
    ("قتل 5 جنود وأصيب على الأقل 10", [(5, None), (10, "at_least")]),  # the next count's
    ("سقوط قتيلين وجريحين", [(2, None), (2, None)]),
    ("اعتقال مدنيين ومسلحين", []),  # two or many: the spelling does not tell
])
def test_number_words_and_qualifiers(text, expected):
    assert quantities(text) == expected


def test_absolute_dates_in_both_month_families():
    found = [d for _, _, d in find_dates(normalize_token("في 4 كانون الأول 2016 ثم 5 ديسمبر 2016 و2016-12-06"))]
    assert found == [date(2016, 12, 4), date(2016, 12, 5), date(2016, 12, 6)]


def test_an_ordinal_day_of_a_month_is_a_date():
    found = [d for _, _, d in find_dates(normalize_token(
        "وقعت في العاشر من مارس 2023 ثم في الحادي والعشرين من أيلول وفي الثاني عشر من كانون الثاني"),
        default_year=2016)]
    assert found == [date(2023, 3, 10), date(2016, 9, 21), date(2016, 1, 12)]
    # an ordinal that is no day of a month: 'الثاني' of a month's own name, 'الأول من نوعه'
    assert find_dates(normalize_token("في كانون الثاني من العام الماضي، وهو الأول من نوعه"), 2016) == []
    assert find_dates(normalize_token("خلال الأسبوع الأول من مايو"), 2016) == []

@pytest.mark.parametrize("text", ["قتل 3 أبناء من عائلة واحدة", "اعتقال 5 أبرياء", "أصيب 4 أبطال"])
def test_a_month_name_is_a_whole_word(text):
    # 'آب' (August) begins 'أبناء': the count is no day, and stays a count
    assert find_dates(normalize_token(text), default_year=2016) == []
    words = normalize_token(text).split()
    assert day_mentions(normalize_token(text), date(2016, 12, 4), words=words) == []
    assert find_dates(normalize_token("في 4 آب، قتل"), default_year=2016)[0][2] == date(2016, 8, 4)


@pytest.mark.parametrize("sentence, expected", [
    ("قصفت الطائرات البلدة اليوم", date(2016, 12, 4)),
    ("قتل ثلاثة أمس", date(2016, 12, 3)),
    ("في غارة فجر الجمعة", date(2016, 12, 2)),
    ("مساء السبت الماضي", date(2016, 12, 3)),
    ("قال مسؤول إن الوضع هادئ", None),
    ("قتل ثلاثة يوم 2 من الشهر الجاري", date(2016, 12, 2)),
    ("في الثالث من الشهر الحالي", date(2016, 12, 3)),
    ("في 20 من الشهر الجاري", None),  # after the publication: no day of this month yet
    ("قتل ثلاثة في الـ3 من الشهر الجاري", date(2016, 12, 3)),  # (not the 2nd of 'الـ12')
    ("في الـ12 من الشهر الجاري", None),
    ("في الـ12 من الشهر الماضي", date(2016, 11, 12)),
    ("خطف مسلحون قبل يومين عددا من الأشخاص", date(2016, 12, 2)),
    ("قتل ثلاثة منذ خمسة أيام", date(2016, 11, 29)),
    ("قتل ثلاثة يوم الأحد الماضي", date(2016, 11, 27)),  # 'last Sunday' in Sunday's paper
    ("قتل ثلاثة يوم الأحد", date(2016, 12, 4)),
    ("اعتقل قبل يومين من اغتيال الوزير", None),  # two days before another event
])
def test_relative_days_resolve_against_publication(sentence, expected):
    assert relative_day(normalize_token(sentence), date(2016, 12, 4)) == expected  # a Sunday


def test_a_day_of_a_month_named_as_coming_is_in_the_year_ahead():
    pub = date(2023, 5, 15)
    assert [d for _, _, d, _ in day_mentions(normalize_token("في الأول من مايو المقبل"), pub)] == [date(2024, 5, 1)]
    assert [d for _, _, d, _ in day_mentions(normalize_token("في 20 مايو المقبل"), pub)] == [date(2023, 5, 20)]
    assert [d for _, _, d, _ in day_mentions(normalize_token("في 20 مايو"), pub)] == [date(2022, 5, 20)]


def test_a_number_glued_to_and_counts_on_its_own_unless_it_goes_on_the_number_before():
    def values(text):
        return [q.value for q in find_quantities(normalize_token(text).split())]

    assert values("ارتفع عدد الضحايا إلى 61 قتيلا و150 جريحا") == [61, 150]
    assert 200 not in values("لا يضمن توصيل الرسالة إلى مليار و200 مليون مسلم")


def test_a_day_of_the_month_before_the_publication():
    from streams.normalize import normalize_text
    anchor = date(2024, 3, 10)
    text = normalize_text("قتل ثلاثة أشخاص في 28 من الشهر الماضي وفي الخامس من الشهر الجاري.")[0]
    assert [d for _, _, d, _ in day_mentions(text, anchor)] == [date(2024, 2, 28), date(2024, 3, 5)]
    # across a year, and no day the month before does not have
    text = normalize_text("في 30 من الشهر المنصرم")[0]
    assert [d for _, _, d, _ in day_mentions(text, date(2024, 1, 5))] == [date(2023, 12, 30)]
    assert [d for _, _, d, _ in day_mentions(text, anchor)] == [None]
