"""Alert rules for subscribers: which consolidated events deserve an alert.

A rules file (YAML) holds a list of rules; an event matches a rule when every condition the
rule sets holds (lists mean any of their values):

    rules:
      - name: deadly-attacks-aleppo
        type: [ASSAULT]          # PLOVER categories
        country: [SY]            # ISO 3166-1 alpha-2
        admin1: [Aleppo]         # admin-1 name in English, as on the event's location
        min_killed: 5
        keywords: [غارة, قصف]    # any of them in the event's sentences, actors, targets or place
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from streams.normalize import normalize_token

_FIELDS = {"name", "type", "country", "admin1", "min_killed", "keywords"}


class RulesError(ValueError):
    """A rules file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Rule:
    name: str
    types: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    min_killed: int | None = None
    keywords: tuple[str, ...] = ()

    def matches(self, event: dict) -> bool:
        loc = event.get("location") or {}
        if self.types and event.get("type") not in self.types:
            return False
        if self.countries and (loc.get("country") or "").upper() not in self.countries:
            return False
        if self.admin1 and (loc.get("admin1") or "").casefold() not in self.admin1:
            return False
        if self.min_killed is not None and (event.get("killed") or 0) < self.min_killed:
            return False
        if self.keywords:
            haystack = normalize_token(" ".join(_texts(event)))
            if not any(k in haystack for k in self.keywords):
                return False
        return True


def _texts(event: dict) -> list[str]:
    loc = event.get("location") or {}
    out = list(event.get("sentences") or [event.get("sentence") or ""])
    out += list(event.get("actors") or []) + list(event.get("targets") or [])
    out += [loc.get("name") or "", loc.get("name_en") or ""]
    return [t for t in out if isinstance(t, str)]


def _strings(where: str, value, upper=False, fold=False) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RulesError(f"{where}: expected a string or a list of strings")
    out = [v.strip().upper() if upper else v.strip() for v in value]
    return frozenset(v.casefold() for v in out) if fold else frozenset(out)


def parse_rules(doc) -> list[Rule]:
    """Rules from a decoded YAML document; RulesError names the rule and field at fault."""
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list) or not doc["rules"]:
        raise RulesError("expected a mapping with a non-empty list under 'rules'")
    rules = []
    for i, raw in enumerate(doc["rules"], 1):
        where = f"rule {i}"
        if not isinstance(raw, dict):
            raise RulesError(f"{where}: expected a mapping")
        unknown = set(raw) - _FIELDS
        if unknown:
            raise RulesError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}; "
                             f"known: {', '.join(sorted(_FIELDS))}")
        name = raw.get("name") or f"rule-{i}"
        if not isinstance(name, str):
            raise RulesError(f"{where}: name must be a string")
        where = f"rule {name!r}"
        min_killed = raw.get("min_killed")
        if min_killed is not None and (isinstance(min_killed, bool) or not isinstance(min_killed, int)
                                       or min_killed < 0):
            raise RulesError(f"{where}: min_killed must be a whole number ≥ 0")
        keywords = ()
        if raw.get("keywords") is not None:
            keywords = tuple(sorted(normalize_token(k) for k in _strings(f"{where}: keywords",
                                                                          raw["keywords"])))
        rules.append(Rule(
            name=name,
            types=_strings(f"{where}: type", raw["type"], upper=True) if raw.get("type") else frozenset(),
            countries=_strings(f"{where}: country", raw["country"], upper=True) if raw.get("country")
            else frozenset(),
            admin1=_strings(f"{where}: admin1", raw["admin1"], fold=True) if raw.get("admin1")
            else frozenset(),
            min_killed=min_killed, keywords=keywords))
    return rules


def load_rules(path: Path) -> list[Rule]:
    """Read and check a rules file."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: {exc}") from None
    try:
        return parse_rules(doc)
    except RulesError as exc:
        raise RulesError(f"{path}: {exc}") from None


def matching(rules: list[Rule], event: dict) -> list[str]:
    """Names of the rules an event matches."""
    return [r.name for r in rules if r.matches(event)]
