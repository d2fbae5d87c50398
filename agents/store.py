"""Faust's memory store, which also knows up to which changelog offset it holds its own partitions.

Faust's memory store reports no persisted offset, so after every rebalance a worker re-reads each
changelog partition it keeps from the beginning, replacing the values it holds (and has written
itself) with those read back. That costs a takeover time in proportion to the whole history, and
it leaves a worker's state only as right as the changelog read back at that moment.

This store remembers, per changelog partition, the offset of the last write of its own that the
broker acknowledged. A partition that stays assigned as active across a rebalance is then read only
from that offset on, as Faust does for RocksDB. The offset is forgotten as soon as a rebalance takes
the partition away, even for a moment, or gives it as a standby: the memory store drops the
values of partitions it no longer owns (and a standby copy is refreshed only from what it read), so
a partition that comes back is read again from the beginning, as before. If the broker lost a
changelog (the memory-only embedded broker restarted), the topic now ends before the offset this
store knows; the app turns Faust's consistency check off for this store, so the worker goes on
with the values it holds, as with Faust's own memory store.
"""

from __future__ import annotations

from typing import Optional, Set

from faust.stores import memory
from faust.types import TP


class MemoryStore(memory.Store):
    """An in-memory table store that knows the last changelog offset of its own writes."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.own_offsets: dict[TP, int] = {}
        self.actives: Optional[Set[TP]] = None  # the active partitions since the last rebalance

    def persisted_offset(self, tp: TP) -> Optional[int]:
        return self.own_offsets.get(tp)

    def set_persisted_offset(self, tp: TP, offset: int) -> None:
        """Called by the table when the broker acknowledged one of its changelog writes. The
        acknowledgement of a write made before a rebalance that took the partition away may
        come after it: that partition's offset stays forgotten."""
        if self.actives is not None and tp not in self.actives:
            return
        if offset > self.own_offsets.get(tp, -1):
            self.own_offsets[tp] = offset

    def keep_only(self, actives: Set[TP]) -> None:
        """Forget the offsets of partitions that are not active in the new assignment."""
        self.actives = set(actives)
        for tp in [tp for tp in self.own_offsets if tp not in actives]:
            del self.own_offsets[tp]

    async def on_rebalance(self, assigned: Set[TP], revoked: Set[TP], newly_assigned: Set[TP],
                           generation_id: int = 0) -> None:
        # Runs before the recovery reads persisted offsets for the new assignment.
        self.keep_only(set(self.app.assignor.assigned_actives()))
        await super().on_rebalance(assigned, revoked, newly_assigned, generation_id)
