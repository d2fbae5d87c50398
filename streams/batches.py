"""Batch messages: many records in one Kafka message, each record processed and refused alone.

From the normalized topic on, a message holds a batch of records (a JSON array; a JSON object is
read as a batch of one). A stage runs its work on each record of a batch in turn: a record it
cannot process is refused alone (to the dead-letter topic, with its index in the detail and its
own JSON as payload) and the others go on. What comes out is joined into batch messages again,
each under a byte limit so that it fits one produce request."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Iterable, Iterator, NamedTuple

import orjson

from streams.errors import BadInput
from streams.records import batch_items, join_batch

log = logging.getLogger("rasd")


class Refused(NamedTuple):
    """A record a stage could not process: it goes to the dead-letter topic alone."""

    reason: str
    detail: str
    payload: bytes
    key: bytes | None


# One record of a message: its key, its label in error details ('[3] ' in a batch), its decoded
# value, and its payload for a dead letter (None: the value, encoded again).
Record = tuple[bytes | None, str, Any, bytes | None]


def records_of(key: bytes | None, value: bytes) -> list[Record]:
    """The records of one message; MalformedRecord if it holds neither an object nor a batch."""
    items, batch = batch_items(value)
    if not batch:
        return [(key, "", items[0], value)]
    return [(key, f"[{k}] ", item, None) for k, item in enumerate(items)]


def one_by_one(stage: str, records: Iterable[Record], work: Callable[[Any], Any],
               observe: Callable[[float], None] | None = None) -> tuple[list[Any], list[Refused]]:
    """`work` on each record in turn; its results, and the records refused: bad input with its
    reason, any other error as 'internal_error' (logged with its traceback). `observe` gets
    the seconds each record that passed took."""
    done: list[Any] = []
    refused: list[Refused] = []
    for key, label, value, payload in records:
        started = time.perf_counter()
        try:
            done.append(work(value))
        except BadInput as exc:
            reason, detail = exc.reason, f"{label}{exc}"
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the others
            log.exception("%s: unexpected error on %skey %r", stage, label, key)
            reason, detail = "internal_error", f"{label}{type(exc).__name__}: {exc}"
        else:
            if observe is not None:
                observe(time.perf_counter() - started)
            continue
        refused.append(Refused(reason, detail, orjson.dumps(value) if payload is None else payload, key))
    return done, refused


def batch_messages(records: Iterable[tuple[bytes, bytes]], limit: int) -> Iterator[tuple[bytes, bytes]]:
    """Encoded (key, record) pairs joined into batch messages of at most `limit` bytes (a record
    over it goes alone), each keyed by its first record's key."""
    parts: list[bytes] = []
    size, first = 0, b""
    for key, value in records:
        if parts and size + len(value) + 1 > limit:
            yield first, join_batch(parts)
            parts, size = [], 0
        if not parts:
            first = key
        parts.append(value)
        size += len(value) + 1
    if parts:
        yield first, join_batch(parts)
