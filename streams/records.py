"""Typed records that travel between stages, and their one JSON codec (orjson).

Every record on the wire is a JSON object with a schema version `v`; each stage's record
embeds what it needs of the previous one so that a stage reads exactly one topic.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Iterable

import orjson

from streams.errors import MalformedRecord, UnsupportedSchema, WrongType

SCHEMA_VERSION = 1


@dataclass(slots=True)
class Article:
    """A raw article as fed: the only stage input written by people."""

    id: str
    text: str
    title: str = ""
    published: str | None = None
    url: str | None = None
    source: str | None = None
    received_ms: int | None = None
    v: int = SCHEMA_VERSION


@dataclass(slots=True)
class Normalized:
    """An article with its normalized form and sentence spans.

    `norm` is `text` with characters mapped one to one or dropped; `dropped` lists the
    original offsets removed, which is all that is needed to map offsets back.
    """

    article: Article
    norm: str
    dropped: list[int]
    sentences: list[tuple[int, int]]
    dateline: str | None = None
    pub_date: str | None = None
    signature: list[int] | None = None  # MinHash of the text (streams.reprints)
    v: int = SCHEMA_VERSION


@dataclass(slots=True)
class Entity:
    """A named entity: offsets are in the original text, `norm` is its normalized form."""

    type: str  # person, organization, location, date, quantity
    text: str
    norm: str
    start: int
    end: int
    sent: int
    kind: str | None = None  # location kind, or actor type
    place: dict[str, Any] | None = None  # gazetteer entry for locations
    actor: dict[str, Any] | None = None  # canonical actor for people and organizations
    value: Any = None  # dates and quantities
    tok: tuple[int, int] | None = None  # token span [i, j) within its sentence


@dataclass(slots=True)
class Annotated:
    """A normalized article with its entities."""

    doc: Normalized
    entities: list[Entity]
    v: int = SCHEMA_VERSION


@dataclass(slots=True)
class Event:
    """One event candidate found in one sentence of one article."""

    candidate_id: str
    article_id: str
    type: str
    mode: str | None
    acled_type: str | None
    acled_sub_type: str | None
    location: dict[str, Any] | None
    date: str | None
    killed: int | None
    wounded: int | None
    captured: int | None
    actors: list[str]
    targets: list[str]
    sentence: str
    confidence: float
    killed_qualifier: str | None = None
    victims: str | None = None
    intent: bool = False
    url: str | None = None
    source: str | None = None
    published: str | None = None
    received_ms: int | None = None
    signature: list[int] | None = None  # the article's MinHash
    v: int = SCHEMA_VERSION


@dataclass(slots=True)
class Consolidated:
    """One real-world happening, merged from every candidate that reports it."""

    event_id: str
    version: int
    type: str
    mode: str | None
    acled_type: str | None
    acled_sub_type: str | None
    location: dict[str, Any] | None
    date: str | None
    killed: int | None
    wounded: int | None
    captured: int | None
    killed_range: list[int] | None
    actors: list[str]
    targets: list[str]
    confidence: float
    articles: list[str]
    urls: list[str]
    sources: list[str]
    sentences: list[str]
    candidates: list[str]
    mention_count: int
    first_seen_ms: int
    last_updated_ms: int
    received_ms: int | None = None
    signatures: list[list[int]] | None = None  # MinHashes of a few of its articles
    v: int = SCHEMA_VERSION


@dataclass(slots=True)
class DeadLetter:
    """A record a stage could not process, with why and the (truncated) original bytes."""

    stage: str
    reason: str
    detail: str
    payload: str
    key: str | None = None
    at_ms: int = 0
    v: int = SCHEMA_VERSION


_NESTED = {
    Normalized: {"article": Article},
    Annotated: {"doc": Normalized},
}
_LISTS = {Annotated: {"entities": Entity}}
_FIELDS = {
    cls: {f.name for f in fields(cls)}
    for cls in (Article, Normalized, Entity, Annotated, Event, Consolidated, DeadLetter)
}


def dumps(record: Any) -> bytes:
    """Encode a record (or any JSON-able value) with orjson."""
    return orjson.dumps(record)


def loads_object(data: bytes | str) -> dict[str, Any]:
    """Decode bytes that must hold one JSON object, or raise MalformedRecord."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise MalformedRecord(f"not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(value).__name__}")
    return value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Build a record from a decoded dict, checking the schema version and field names."""
    if not isinstance(data, dict):
        raise WrongType(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    version = data.get("v", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise UnsupportedSchema(f"{cls.__name__}: schema version {version!r}, this code reads {SCHEMA_VERSION}")
    known = _FIELDS[cls]
    kwargs = {k: v for k, v in data.items() if k in known}
    for name, sub in _NESTED.get(cls, {}).items():
        if name in kwargs:
            kwargs[name] = from_dict(sub, kwargs[name])
    for name, sub in _LISTS.get(cls, {}).items():
        if name in kwargs:
            kwargs[name] = [from_dict(sub, item) for item in _as_list(kwargs[name], name)]
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise WrongType(f"{cls.__name__}: {exc}") from None


def _as_list(value: Any, name: str) -> Iterable[Any]:
    if not isinstance(value, list):
        raise WrongType(f"{name}: expected a list")
    return value


def decode(cls: type, data: bytes | str) -> Any:
    """Decode JSON bytes into a record of `cls`."""
    return from_dict(cls, loads_object(data))


def dead_letter(stage: str, reason: str, detail: str, payload: bytes | str | None,
                limit: int, key: bytes | str | None = None, now_ms: int = 0) -> DeadLetter:
    """A dead-letter record; the payload is kept as text, cut to `limit` bytes."""
    if payload is None:
        text = ""
    else:
        if isinstance(payload, bytes):
            payload = payload[:limit].decode("utf-8", errors="replace")
        # Cut on a character boundary so the stored payload stays within `limit` bytes.
        text = payload.encode("utf-8", errors="replace")[:limit].decode("utf-8", errors="ignore")
    if isinstance(key, bytes):
        key = key.decode("utf-8", errors="replace")
    return DeadLetter(stage=stage, reason=reason, detail=detail[:500], payload=text, key=key, at_ms=now_ms)


__all__ = [
    "SCHEMA_VERSION", "Article", "Normalized", "Entity", "Annotated", "Event", "Consolidated",
    "DeadLetter", "dumps", "loads_object", "from_dict", "decode", "dead_letter",
]
