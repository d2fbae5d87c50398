"""Bad records for every stage, drawn by hypothesis from valid ones, and the stages run the way
the agents run them (decode, the stage in streams/, encode), without Kafka.

A bad record is a valid record of that stage's input topic with one thing broken: a field
deleted, or set to a value of another type, an enormous number, a date far in the past or
future, broken or mixed-script text with right-to-left controls; or the whole payload replaced
by binary garbage, invalid UTF-8, cut JSON or JSON that is not an object.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

import orjson
from hypothesis import strategies as st

from streams.consolidate import Consolidator
from streams.entities import find_entities
from streams.events import assemble_events
from streams.ingest import article_from_json, read_path
from streams.normalize import normalize
from streams.pipeline import consolidated_view
from streams.batches import Refused, one_by_one, records_of
from streams.records import Annotated, Consolidated, Event, Normalized, build, decode_batch, dumps
from streams.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
STAGES = ("normalize", "entities", "assemble", "consolidate", "sink")


def samples(settings: Settings) -> dict[str, list[bytes]]:
    """Valid input records of each stage, made by running the seed articles through the stages."""
    out: dict[str, list[bytes]] = {s: [] for s in STAGES}
    state: dict[str, bytes] = {}
    cons = Consolidator(settings.merge_window_days, settings.state_horizon_days)
    for _, article in read_path(SEEDS):
        article = replace(article, received_ms=1_600_000_000_000)
        out["normalize"].append(dumps(article))
        doc = normalize(article, settings.max_text_bytes)
        out["entities"].append(dumps(doc))
        annotated = find_entities(doc, settings.max_entities)
        out["assemble"].append(dumps(annotated))
        for event in assemble_events(annotated, settings.max_events):
            out["consolidate"].append(dumps(event))
            update, _ = cons.fold(state, event, 1_600_000_000_000)
            out["sink"].append(dumps(update))
    return out


def steps(settings: Settings) -> dict[str, Callable[[bytes], list[Any]]]:
    """Each stage as its agent runs it on one message: raw bytes in, a list out of output records
    and of the records refused alone (`Refused`); BadInput when the whole message is refused."""
    cons = Consolidator(settings.merge_window_days, settings.state_horizon_days)
    state: dict[str, bytes] = {}
    now = int(time.time() * 1000)

    def each(stage: str, records, work) -> list[Any]:
        done, refused = one_by_one(stage, records, work)
        return [*refused, *done]

    return {
        "normalize": lambda v: each("normalize", [(None, "", v, v)], lambda raw: dumps(
            normalize(article_from_json(raw, now), settings.max_text_bytes))),
        "entities": lambda v: each("entities", records_of(None, v), lambda item: dumps(
            find_entities(build(Normalized, item), settings.max_entities))),
        "assemble": lambda v: [x for out in each("assemble", records_of(None, v), lambda item: [
            dumps(e) for e in assemble_events(build(Annotated, item), settings.max_events)])
            for x in (out if isinstance(out, list) else [out])],
        "consolidate": lambda v: [dumps(cons.fold_batch(state, decode_batch(Event, v), now)[0])],
        "sink": lambda v: [dumps(consolidated_view(u)) for u in decode_batch(Consolidated, v)],
    }


def refused(outputs: list[Any]) -> list[Refused]:
    """The records a stage refused alone, from what a step of `steps` gave."""
    return [out for out in outputs if isinstance(out, Refused)]


CONTROLS = "\u200f\u200e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff"
nasty_text = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(CONTROLS),
                       st.sampled_from("قتل جرح حلب دمشق 0123456789 Zürich 北京 ٢٧")),
    max_size=300)
far_dates = st.sampled_from(["0001-01-01", "9999-12-31", "1900-02-29", "2020-13-45", "-5000-01-01",
                             "99999-01-01", "2020-02-30T25:61:00Z", "yesterday", ""])
huge_numbers = st.one_of(st.sampled_from([2**63 - 1, -(2**63), 2**53 + 1, 10**18, -1, 0]),
                         st.floats(allow_nan=False), st.integers(min_value=-(2**63), max_value=2**63 - 1))
json_scalars = st.one_of(st.none(), st.booleans(), huge_numbers, nasty_text, far_dates)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a decoded JSON document (keys and list indexes)."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:6]):
            found += _paths(v, prefix + (i,))
    return found


def _set(doc: Any, path: tuple, value: Any, delete: bool) -> None:
    for step in path[:-1]:
        doc = doc[step]
    if delete and isinstance(doc, dict):
        del doc[path[-1]]
    else:
        doc[path[-1]] = value


@st.composite
def broken(draw, valid: list[bytes]) -> bytes:
    """One bad record derived from one of the `valid` records of a stage."""
    original = draw(st.sampled_from(valid))
    how = draw(st.sampled_from(["field", "field", "field", "garbage", "utf8", "cut", "not_object",
                                "big_int", "lone_surrogate"]))
    if how == "garbage":
        return draw(st.binary(max_size=400))
    if how == "utf8":
        return original[: draw(st.integers(0, len(original)))] + b"\xff\xfe\xc3(" + original[-20:]
    if how == "cut":
        return original[: draw(st.integers(0, len(original) - 1))]
    if how == "not_object":
        return orjson.dumps(draw(st.one_of(json_scalars, st.lists(json_scalars, max_size=3))))
    doc = orjson.loads(original)
    path = draw(st.sampled_from(_paths(doc)))
    if how == "big_int":  # beyond 64 bits: only raw JSON can carry it
        _set(doc, path, "@@BIG@@", False)
        return orjson.dumps(doc).replace(b'"@@BIG@@"', b"1" + b"0" * draw(st.integers(19, 400)))
    if how == "lone_surrogate":
        _set(doc, path, "@@SUR@@", False)
        return orjson.dumps(doc).replace(b'"@@SUR@@"', b'"\\ud800x"')
    _set(doc, path, draw(json_values), draw(st.booleans()))
    return orjson.dumps(doc)
