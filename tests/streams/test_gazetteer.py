"""The gazetteer's English province names: what an event's `admin1` carries to English readers."""

import pytest

from streams.gazetteer import _key, gazetteer
from streams.gazetteer_build import english_name


@pytest.mark.parametrize("name, aliases, english", [
    # several ASCII aliases in other languages: GeoNames' own name
    ("England", ["Lloegr", "Sasainn", "Sasana"], "England"),
    ("Kandahār", ["Qandahor viloyati", "قندهار"], "Kandahar"),
    # an English designation marks the English alias, which loses it
    ("Texas", ["Estado de Texas", "Kekeka", "State of Texas", "Tejas"], "Texas"),
    ("Yunnan Sheng", ["Yinznanz", "Yunnan", "Yunnan Province"], "Yunnan"),
    ("Donetska oblast", ["Donetsk", "Donetsk Oblast"], "Donetsk"),
    ("Ash Sharqīyah", ["Eastern Province", "Sharqia", "Sharqia Province", "الشرقية"], "Sharqia"),
    ("North Darfur", ["North Darfur State", "Northern Darfur", "Northern Darfur State"], "North Darfur"),
    # a direction alone keeps its designation
    ("Ash Sharqīyah", ["Eastern Province"], "Eastern Province"),
    # a lone ASCII alias is the English name
    ("Bayrūt", ["Beirut", "بيروت"], "Beirut"),
    ("Ţarābulus", ["Tripoli", "طرابلس"], "Tripoli"),
    # no alias: GeoNames' name without diacritics
    ("Mişrātah", [], "Misratah"),
    ("Şanlıurfa", [], "Sanliurfa"),
])
def test_a_province_is_named_in_english(name, aliases, english):
    assert english_name(name, aliases) == english


@pytest.mark.parametrize("city, country, admin1", [
    ("لندن", "GB", "England"), ("غلاسكو", "GB", "Scotland"), ("لوس أنجلوس", "US", "California"),
    ("هيوستن", "US", "Texas"), ("قندهار", "AF", "Kandahar"), ("الفاشر", "SD", "North Darfur"),
])
def test_the_built_gazetteer_names_the_province_of_a_city_in_english(city, country, admin1):
    place = gazetteer().by_name[_key(city)][0]
    assert (place.country, place.admin1) == (country, admin1)


def test_every_place_below_a_country_has_an_ascii_english_name_and_province():
    """As English lists (ACLED) write them: 'Tikrit', "Dar'a", 'Sanliurfa', not 'Tikrīt'."""
    from streams.gazetteer import DATA, read_tsv

    odd = [(row["id"], row["name_en"], row["admin1"])
           for path in ("places.tsv", "places_curated.tsv") for row in read_tsv(DATA / path)
           if row["kind"] != "country" and not (row["name_en"] + row["admin1"]).isascii()]
    assert odd == []
    assert gazetteer().by_name[_key("تكريت")][0].name_en == "Tikrit"
