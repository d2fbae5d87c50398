"""Gazetteer and actor lexicon: data files loaded once, indexed by normalized token tuples."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from streams.normalize import normalize_token
from streams.tokens import NAME_PREPS, phrase_heads, stems

DATA = Path(__file__).parent / "data"
# Kinds from most to least specific; precision follows ACLED's idea of location precision.
KIND_RANK = {"neighbourhood": 0, "camp": 0, "facility": 0, "crossing": 0, "town": 1, "city": 1,
             "region": 2, "admin2": 2, "admin1": 3, "country": 4}
PRECISION = {0: "exact", 1: "exact", 2: "admin2", 3: "admin1", 4: "country"}
SETTLEMENTS = frozenset({"city", "town"})
ADMIN = frozenset({"admin1", "admin2"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str
    name_ar: str
    name_en: str
    kind: str
    country: str
    admin1: str
    admin1_ar: str
    lat: float | None
    lon: float | None
    population: int

    @property
    def rank(self) -> int:
        """0 for the most specific kinds (neighbourhood) up to 4 for a country."""
        return KIND_RANK.get(self.kind, 1)

    def as_location(self, name: str | None = None, precision: str | None = None) -> dict:
        """The event-location object for this place (name as written when given)."""
        return {
            "name": name or self.name_ar, "name_en": self.name_en, "country": self.country or None,
            "admin1": self.admin1 or (self.name_en if self.kind == "admin1" else None),
            "lat": self.lat, "lon": self.lon, "gazetteer_id": self.id,
            "precision": precision or PRECISION[self.rank], "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor from the lexicon."""

    canonical: str
    type: str
    country: str  # ISO code, or '*' when it comes from context


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """The rows of one of our data files: tab-separated, a header row, '#' comment lines."""
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def _key(name: str) -> tuple[str, ...]:
    return tuple(normalize_token(name).replace("-", " ").split())


class Gazetteer:
    """Places by normalized name, with the most useful reading first for each name."""

    def __init__(self, files: list[Path], curated: list[Path] = ()) -> None:
        """`curated`: files written by hand, read first; their reading of a name wins over the
        built rows' (GeoNames has Gaza as a district of Israel too)."""
        self.by_name: dict[tuple[str, ...], list[Place]] = {}
        self.by_id: dict[str, Place] = {}
        self.admin1: dict[tuple[str, str], Place] = {}
        self._capitals: dict[str, Place] | None = None
        self._prominence: dict[tuple[tuple[str, ...], str], int] = {}  # filled as names are read
        chosen: set[tuple[tuple[str, ...], str]] = set()  # (name, place id) from a curated file
        for path in [*curated, *files]:
            for row in read_tsv(path):
                names = [n for n in row["names_ar"].split("|") if n]
                place = Place(
                    id=row["id"], name_ar=names[0], name_en=row["name_en"], kind=row["kind"],
                    country=row["country"], admin1=row["admin1"], admin1_ar=row["admin1_ar"],
                    lat=float(row["lat"]) if row["lat"] else None,
                    lon=float(row["lon"]) if row["lon"] else None,
                    population=int(row["population"] or 0),
                )
                self.by_id[place.id] = place
                if place.kind == "admin1":
                    self.admin1.setdefault((place.country, place.admin1), place)
                for key in dict.fromkeys(_key(name) for name in names):
                    if key:
                        self.by_name.setdefault(key, []).append(place)
                        if path in curated:
                            chosen.add((key, place.id))
        self.chosen = chosen
        for key, places in self.by_name.items():
            # Curated readings first, then countries, then the most populous. An admin area
            # takes the population of the largest city of its province (see gazetteer_build),
            # so one named after its seat ('البصرة', 'تكريت', 'منبج') counts no more than that
            # city, and the city wins on rank: news means the city; 'محافظة البصرة' names the
            # province (`lookup(admin=True)`).
            seats = {}
            for p in places:
                if p.kind in SETTLEMENTS:
                    seats[p.country] = max(seats.get(p.country, 0), p.population)
            # (of a province and a district of one name and size, the province: 'محافظة مأرب' is
            # Marib governorate, not its district of Marib City)
            places.sort(key=lambda p: ((key, p.id) not in chosen, p.kind != "country",
                                       -min(p.population, seats.get(p.country, p.population))
                                       if p.kind in ADMIN else -p.population, p.kind == "admin2", p.rank))
        self.max_len = max((len(k) for k in self.by_name), default=1)
        self.heads = phrase_heads(self.by_name)

    def lookup(self, key: tuple[str, ...], country: str | None = None, settlement: bool = False,
               admin: bool = False) -> Place | None:
        """The best place for a normalized name, preferring the given country; with
        `settlement`, not a country of that name ('مدينة تونس' is Tunis); with `admin`, the
        province or district of that name where there is one ('محافظة البصرة')."""
        places = self.by_name.get(key)
        if places and settlement:
            places = [p for p in places if p.kind != "country"] or places
        if places and admin:
            places = [p for p in places if p.kind in ADMIN] or places
        if not places:
            return None
        if (key, places[0].id) in self.chosen:
            # A curated reading is not overridden by a built one of the article's country; of two
            # curated readings ('كردستان' in Iraq and in Iran), the article's country's wins.
            if country:
                for place in places:
                    if (key, place.id) not in self.chosen:
                        break
                    if place.country == country:
                        return place
            return places[0]
        if country:
            for place in places:
                if place.country == country:
                    return place
        return places[0]

    def prominence(self, key: tuple[str, ...], country: str) -> int:
        """The population the name stands for in a country: its largest place there (a city
        named like its district weighs as much as the district, whichever of them is read)."""
        known = self._prominence.get((key, country))
        if known is None:
            known = max((p.population for p in self.by_name.get(key, ()) if p.country == country), default=0)
            self._prominence[(key, country)] = known
        return known

    def capital(self, country: str | None) -> Place | None:
        """A country's capital: the city at the coordinates the country's row takes from its
        capital (see gazetteer_build)."""
        if not country:
            return None
        if self._capitals is None:
            at = {(p.country, p.lat, p.lon): p for p in self.by_id.values()
                  if p.kind == "country" and p.lat is not None}
            self._capitals = {}
            for place in self.by_id.values():
                if place.kind == "city" and (place.country, place.lat, place.lon) in at:
                    best = self._capitals.get(place.country)
                    if best is None or place.population > best.population:
                        self._capitals[place.country] = place
        return self._capitals.get(country)

    def admin1_of(self, place: Place) -> Place | None:
        """The admin-1 entry that contains a place, if the gazetteer has it."""
        if place.kind == "admin1":
            return place
        return self.admin1.get((place.country, place.admin1))


class ActorLexicon:
    """Actor names and gentilics by normalized token tuple."""

    def __init__(self, actors_file: Path, demonyms_file: Path) -> None:
        self.by_name: dict[tuple[str, ...], Actor] = {}
        for row in read_tsv(actors_file):
            self.by_name[_key(row["pattern"])] = Actor(row["canonical"], row["type"], row["country"] or None)
        self.demonyms: dict[str, str] = {}
        for row in read_tsv(demonyms_file):
            stem = normalize_token(row["stem"])
            # (and the feminine dual: 'غارتين إسرائيليتين')
            for form in (stem, stem + "ه", stem + "ين", stem + "ون", stem + "يه", stem + "تين", stem + "تان"):
                self.demonyms[form] = row["country"]
                self.demonyms["ال" + form] = row["country"]
        self.max_len = max(len(k) for k in self.by_name)
        self.heads = phrase_heads(self.by_name)
        self._resolved: dict[str, Actor | None] = {}

    def resolve(self, name: str) -> Actor | None:
        """The lexicon actor a name as written begins with ('الجيش السوري' -> the army,
        'ولقوات النظام' -> government forces), or None."""
        if name in self._resolved:
            return self._resolved[name]
        words = _key(name)
        found = None
        if words:
            for first in stems(words[0], NAME_PREPS):
                found = next((self.by_name[k] for n in range(min(len(words), self.max_len), 0, -1)
                              if (k := (first,) + words[1:n]) in self.by_name), None)
                if found:
                    break
        if len(self._resolved) >= 50_000:
            self._resolved.clear()
        self._resolved[name] = found
        return found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return Gazetteer([DATA / "places.tsv"], curated=[DATA / "places_curated.tsv"])


@lru_cache(maxsize=1)
def actors() -> ActorLexicon:
    """The shipped actor lexicon, loaded once per process."""
    return ActorLexicon(DATA / "actors.tsv", DATA / "demonyms.tsv")
