"""The memory store that knows the changelog offset of its own writes (agents/store.py)."""

import asyncio
from types import SimpleNamespace

from faust.types import TP

from agents.store import MemoryStore


def store(actives):
    app = SimpleNamespace(assignor=SimpleNamespace(assigned_actives=lambda: set(actives)), conf=None)
    return MemoryStore("rasd-memory://", app, SimpleNamespace(name="t"), table_name="t")


def test_a_kept_partition_is_read_from_the_last_own_write_a_lost_one_from_the_start():
    own, other = TP("t-changelog", 0), TP("t-changelog", 1)
    actives = {own, other}
    s = store(actives)
    assert s.persisted_offset(own) is None  # nothing written: read from the beginning
    for offset in (3, 7, 5):  # acknowledgements may come back in any order
        s.set_persisted_offset(own, offset)
    s.set_persisted_offset(other, 2)
    assert s.persisted_offset(own) == 7
    actives.discard(other)  # the next rebalance keeps `own` active and takes `other` away
    asyncio.run(s.on_rebalance(set(), set(), set()))
    assert s.persisted_offset(own) == 7 and s.persisted_offset(other) is None
    actives.add(other)  # `other` comes back: its values were dropped, so it is read again in full
    asyncio.run(s.on_rebalance(set(), set(), set()))
    assert s.persisted_offset(other) is None


def test_a_late_acknowledgement_of_a_lost_partition_is_not_remembered():
    """A changelog write made before a rebalance took its partition away can be acknowledged
    after the rebalance. Remembered, it would make the partition, once back, be read only from
    that write on, past the other worker's writes before it."""
    own, lost = TP("t-changelog", 0), TP("t-changelog", 1)
    actives = {own, lost}
    s = store(actives)
    asyncio.run(s.on_rebalance(set(), set(), set()))
    s.set_persisted_offset(lost, 4)
    actives.discard(lost)
    asyncio.run(s.on_rebalance(set(), set(), set()))
    s.set_persisted_offset(lost, 9)  # the acknowledgement of a write made before the rebalance
    s.set_persisted_offset(own, 6)
    actives.add(lost)  # it comes back: its values were dropped, read it again in full
    asyncio.run(s.on_rebalance(set(), set(), set()))
    assert s.persisted_offset(lost) is None and s.persisted_offset(own) == 6
