"""Reading articles as people supply them: JSON objects, JSONL, and seed-format text files.

Seed format (see seeds/): line 1 the title, line 2 the date, line 3 the headline, then the
body; a last line `label: ...` (or `__label__...`) is a human label and is not article text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Iterator

from streams import dates
from streams.errors import BadInput, BadSeedFile, MissingField, TooLarge, WrongType
from streams.normalize import normalize_token
from streams.records import Article, loads_object

_LABEL_LINE = re.compile(r"^\s*(?:labels?\s*[:=]|__label__|التصنيف\s*[:=])", re.IGNORECASE)
_OPTIONAL_TEXT = ("title", "url", "source")
# The longest id, title, url and outlet name taken, in characters: each travels with every event
# the article reports (an id or url of a megabyte would make every one of them that large).
MAX_FIELD_CHARS = {"id": 512, "title": 2_000, "url": 4_096, "source": 512}


def article_from_object(obj: Any, received_ms: int | None = None) -> Article:
    """Validate a decoded JSON object and build an Article; raise BadInput on bad fields."""
    if not isinstance(obj, dict):
        raise WrongType(f"expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        raise MissingField("id: missing") if raw_id is None else WrongType("id: expected a string")
    text = obj.get("text")
    if text is None:
        raise MissingField("text: missing")
    if not isinstance(text, str):
        raise WrongType(f"text: expected a string, got {type(text).__name__}")
    kwargs: dict[str, Any] = {}
    for name in _OPTIONAL_TEXT:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise WrongType(f"{name}: expected a string, got {type(value).__name__}")
        if value is not None:
            kwargs[name] = value
    published = obj.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise WrongType(f"published: expected an ISO date string, got {type(published).__name__}")
        day = dates.parse_iso(published) if published.strip() else None
        if published.strip() and day is None:
            raise WrongType(f"published: {published[:40]!r} is not an ISO date between "
                            f"{dates.MIN_YEAR} and {dates.MAX_YEAR}")
        published = day.isoformat() if day else None
    _check_unicode("text", text)
    _check_fields({"id": str(raw_id), **kwargs})
    return Article(id=str(raw_id), text=text, published=published, received_ms=received_ms, **kwargs)


def _check_fields(fields: dict[str, str]) -> None:
    for name, value in fields.items():
        if len(value) > MAX_FIELD_CHARS[name]:
            raise TooLarge(f"{name}: {len(value)} characters, limit {MAX_FIELD_CHARS[name]}")
        _check_unicode(name, value)


def _check_unicode(name: str, text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise WrongType(f"{name}: broken Unicode (lone surrogate at {exc.start})") from None


def article_from_json(data: bytes | str, received_ms: int | None = None) -> Article:
    """Decode one JSON object (bytes or text) into an Article."""
    return article_from_object(loads_object(data), received_ms)


def parse_seed(text: str, name: str) -> Article:
    """Parse a seed-format file's text; the article id is the file's stem."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _LABEL_LINE.match(lines[-1]):
        lines.pop()
    if len(lines) < 4:
        raise BadSeedFile(f"{name}: expected title, date, headline and body lines, got {len(lines)} lines")
    title, date_line, headline = lines[0].strip(), lines[1].strip(), lines[2].strip()
    body = "\n".join(lines[3:]).strip()
    if not body:
        raise BadSeedFile(f"{name}: empty body")
    day = dates.parse_iso(date_line)
    if day is None:
        day = dates.publication_date(normalize_token(date_line))
    if day is None:
        raise BadSeedFile(f"{name}: line 2 {date_line[:40]!r} is not a date")
    _check_unicode("text", body)
    _check_fields({"id": name, "title": title})
    return Article(id=name, title=title, published=day.isoformat(), text=f"{headline}\n{body}")


def stable_id(text: str) -> str:
    """An id derived from content, for inputs that carry none."""
    return hashlib.sha1(text.encode("utf-8", errors="replace")).hexdigest()[:16]


def read_path(path: Path) -> Iterator[tuple[str, Article | BadInput]]:
    """Articles (or the error for each bad one) from a .txt, .json, .jsonl file or a folder."""
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.suffix in (".txt", ".json", ".jsonl") and child.is_file():
                yield from read_path(child)
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield str(path), MissingField(f"cannot read: {exc.strerror}")
        return
    if path.suffix == ".txt":
        try:
            yield str(path), parse_seed(raw.decode("utf-8"), path.stem)
        except UnicodeDecodeError as exc:
            yield str(path), WrongType(f"not UTF-8 at byte {exc.start}")
        except BadInput as exc:
            yield str(path), exc
        return
    yield from read_jsonl(raw, str(path))


def read_jsonl(raw: bytes, origin: str) -> Iterator[tuple[str, Article | BadInput]]:
    """Articles from JSON Lines bytes; each bad line yields its error, located as origin:line."""
    for number, line in enumerate(raw.split(b"\n"), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield where, article_from_json(line)
        except BadInput as exc:
            yield where, exc
