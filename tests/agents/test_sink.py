"""The sink's reading of what it already published, without a broker."""

from __future__ import annotations

import orjson

from agents.stages import published_version
from streams.consolidate import Consolidator
from streams.pipeline import consolidated_view
from streams.records import packed
from tests.streams.test_consolidate import ev


def test_the_version_of_a_published_event_is_read_from_its_head_or_else_from_the_whole_record():
    cons, state = Consolidator(3, 30), {}
    for k in range(3):
        update, _ = cons.fold(state, ev(f"a{k}#0", killed=k + 1), 1_600_000_000_000)
    published = packed(consolidated_view(update))
    assert update.version == 3 and published_version(published) == 3
    # what the head pattern must not be fooled by: an id with a quote and a backslash, another order
    tricky = orjson.dumps({"event_id": 'x","version":99,"\\', "version": 4, "killed": 1})
    assert published_version(tricky) == 4
    assert published_version(orjson.dumps({"killed": 2, "version": 11, "event_id": "e"})) == 11
    assert published_version(orjson.dumps({"event_id": "e"})) == 0
