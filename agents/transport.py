"""A Faust App whose Kafka consumer takes its fetch wait from our settings.

Faust 0.15 passes `fetch_max_wait_ms=1500` to aiokafka and offers no setting for it. A broker
that answers a fetch only when the wait ends (the embedded Tansu does so for aiokafka's fetch
requests) then adds up to 1.5 s per hop: five hops gave 3-6 s from feed to events topic at
1 article/s. Apache Kafka answers as soon as data arrives, so the wait only bounds idle
polling there. `RASD_FETCH_MAX_WAIT_MS` sets it (default 1500, Faust's value).

The embedded broker has a second defect that bites Faust: for a record batch of several records
from aiokafka, Tansu (0.6) reports the partition's end offset as the batch's base offset + 1.
Faust recovers a table from its changelog only up to that end offset, so the last writes of a
stopped worker were lost (memory store) or refused as inconsistent (RocksDB store).
The records and their offsets are right, and so is the high watermark of a fetch response: only
the end that ListOffsets reports is wrong. `RASD_END_OFFSETS_FROM_FETCH=true` makes the worker
take the end offsets Faust asks for (to know where a table's recovery stops) from a fetch of each
partition's last reported record instead (`fetched_end_offsets`), so changelogs batch. A
partition no fetch answers for stops the worker rather than recover short. The demo, the tests and
the benches set it. The older workaround, `RASD_CHANGELOG_MAX_BATCH_BYTES=1`, sends table
changelogs one record per batch (`ChangelogBatches`) at about a fifth of the worker's throughput;
it stayed the default until session 18, while two takeover failures seen with the setting on
were not understood (both turned out to be the recovery defects below, which hit either way).
Apache Kafka reports end offsets correctly: leave both unset there.

Third, Faust's producer buffer (where table writes wait before they reach the Kafka client) has a
flush that gives up when no message leaves it for 0.1 s. Faust flushes it before committing
consumer offsets, so on a busy machine an offset could be committed while the table write it
caused was still in the buffer; a worker killed then lost that write for good (a consolidated
event missed a report). `DrainingBuffer.flush` returns only once every buffered message has been
handed to the client, whose own flush then waits for the broker.

Fourth, Faust's fetch loop records, per partition, the offset of the last message it handed to
the streams, and drops any later-fetched message below it as already read. After a rebalance,
Faust resumes the stream partitions and only then seeks them back to their committed offsets;
records fetched in between (from where the partition was read before, ahead of the committed
offset) were handed on after the seek and moved the read offset ahead again, so the records from
the committed offset up to there, fetched again, were dropped as already read: never processed.
A two-worker takeover lost a run of consecutive articles of one partition this way.
`StaleSafeReadOffsets` ignores the read offset of a message fetched before the latest seek.
The same loop takes a message whose offset is more than one past the read offset as the sign of
a gap (records compacted away) and marks the offsets between as acked: they are committed as
soon as a later offset is. A message fetched before a seek and handed on after it is past the
read offset the seek set, so the records from the committed offset up to it were marked as a
gap and could be committed before they were processed again. `WaitingConsumer._add_gap` marks
no gap for such a message.

Fifth, the streams skip a message fetched in an earlier consumer generation (before the latest
rebalance) without processing it, but ack it all the same. An ack that lands after the
revocation cleared the partition's bookkeeping counts as a processed offset under the new
assignment, so the next timed commit could commit past records that no worker processed, and
the seek to committed offsets then skipped them for good. `WaitingConsumer.ack` does not record
such an ack: those records are fetched again from the committed offset and processed.

Sixth, when a rebalance's recovery ends, Faust resumes the stream partitions, then seeks them to
their committed offsets, then resumes the flow, which empties every stream's queue. Records
fetched between the resume and the emptying were dropped from the queues although the consumer's
position had moved past them: on a loaded machine a worker that took over a partition skipped a
dozen of its records (a two-worker takeover lost articles' mentions). `SeekFirstRecovery` holds
the stream partitions' resume back until the seek and the emptying are done.

Seventh, records read and dropped at the end of a rebalance. Faust hands each fetch its live set
of active partitions, which aiokafka reads while the fetch waits. As a recovery ends Faust pauses
every partition; aiokafka takes the emptied set for "every partition" and returns all the records
it had prefetched, which Faust drops (their partitions are not active) though the consumer's
position moved past them. When that fetch ran just after the seek to committed offsets, the
records from the committed offset on were never processed: a survivor of a two-worker takeover
skipped 227 records of one partition. `ConsumerThread._fetch_records` passes a copy of the set
taken when the fetch begins, and fetches nothing when it is empty. aiokafka's seek_to_committed
also leaves a partition with nothing committed (or 0) where it was read up to;
`seek_to_committed_or_start` sends it back to its first offset, where the consumer's `earliest`
reset would have started it.

Whatever path drops records next (Faust has several), `ContiguousReads` notices: a message handed
on past the offset its partition expects (the seek's, or the last message's + 1) means records
were read and not processed, so the partition is sought back to the expected offset once; a fetch
from there that starts past it again shows the records are truly absent (retention, transaction
markers), and the message is taken.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Callable

import faust
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.producer.message_accumulator import MessageAccumulator
from faust.tables import TableManager
from faust.tables.recovery import Recovery
from faust.transport.consumer import ensure_TP
from faust.transport.drivers import aiokafka as driver
from faust.transport.producer import ProducerBuffer


class DrainingBuffer(ProducerBuffer):
    """A producer buffer whose flush waits until every message put in it has been sent on."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.unsent = 0

    def put(self, fut) -> None:
        self.unsent += 1
        super().put(fut)

    async def _send_pending(self, fut) -> None:
        try:
            await super()._send_pending(fut)
        finally:
            self.unsent -= 1
            self.message_sent.set()

    async def flush(self) -> None:
        while self.unsent:
            if self.state != "running":
                raise RuntimeError(f"cannot flush: producer buffer {self.state} with {self.unsent} unsent")
            self.message_sent.clear()
            try:
                await asyncio.wait_for(self.message_sent.wait(), timeout=1.0)
            except asyncio.TimeoutError:
                pass  # a slow send; keep waiting while the buffer runs


class ChangelogBatches(MessageAccumulator):
    """aiokafka's accumulator, with its own batch size limit for the topics `small` accepts."""

    small: Callable[[str], bool] = staticmethod(lambda topic: False)
    small_batch_bytes = 1

    def _append_batch(self, builder, tp):
        if self.small(tp.topic) and not builder.record_count():  # a fresh batch, not send_batch's
            size, self._batch_size = self._batch_size, self.small_batch_bytes
            try:
                builder = self.create_builder()
            finally:
                self._batch_size = size
        return super()._append_batch(builder, tp)


def limit_batches(producer, small: Callable[[str], bool], batch_bytes: int) -> None:
    """Make an aiokafka producer's batches for the topics `small` accepts at most batch_bytes
    (a batch always takes its first record)."""
    accumulator = producer._message_accumulator  # aiokafka builds it in __init__
    accumulator.__class__ = ChangelogBatches
    accumulator.small = small
    accumulator.small_batch_bytes = batch_bytes


class DrainingProducer(driver.Producer):
    changelog_batch_bytes = 0  # set by app_class; 0: changelogs batch like every other topic

    def __init__(self, transport, loop=None, **kwargs) -> None:
        super().__init__(transport, loop=loop, **kwargs)
        self._changelogs: set[str] | None = None
        if not self.app.conf.producer_threaded:  # the threaded producer keeps Faust's own buffer
            buffer = DrainingBuffer(loop=self.loop, beacon=self.beacon)
            buffer.app = self.app
            self.buffer = buffer

    def _new_producer(self, transactional_id=None):
        producer = super()._new_producer(transactional_id)
        if self.changelog_batch_bytes:
            limit_batches(producer, self._is_changelog, self.changelog_batch_bytes)
        return producer

    def _is_changelog(self, topic: str) -> bool:
        if self._changelogs is None:  # every table is declared before the first send
            self._changelogs = {t.changelog_topic.get_topic_name() for t in self.app.tables.values()}
        return topic in self._changelogs


class StaleSafeReadOffsets(defaultdict):
    """Faust's read offsets (partition -> offset of the last message handed on), where the fetch
    loop's write for a message fetched before the latest seek of its partition is ignored. Every
    seek bumps the epoch and records it: `sought` for one partition, `sought_all` for a seek of
    them all; `handed` maps a partition to the epoch at the start of the fetch its last handed
    message came from. An ignored write leaves the read offset lower: a record may be processed
    twice, never lost."""

    def __init__(self) -> None:
        super().__init__(lambda: None)
        self.epoch = 0
        self.sought_all = 0
        self.sought: dict = {}
        self.handed: dict = {}

    def seek(self, tp=None) -> None:
        """A seek of one partition, or of every one (tp None), is starting."""
        self.epoch += 1
        if tp is None:
            self.sought_all = self.epoch
        else:
            self.sought[tp] = self.epoch

    def stale(self, tp, fetched: int) -> bool:
        """Whether a message of tp from a fetch begun at epoch `fetched` predates a seek of tp."""
        return fetched < max(self.sought_all, self.sought.get(tp, 0))

    def __setitem__(self, tp, offset) -> None:
        if self.stale(tp, self.handed.get(tp, self.epoch)):
            return  # fetched before a seek: the partition is read again from the seek
        super().__setitem__(tp, offset)

    def force(self, tp, offset) -> None:
        """A seek: always recorded."""
        super().__setitem__(tp, offset)


class ContiguousReads:
    """The next offset each stream partition must hand on, so that records a fetch read and Faust
    dropped are read again instead of skipped. A fetch started before a seek does not count.
    A message past the expected offset means records were read and not handed on: the partition
    is sought back to the expected offset once; if the fetch from there starts past it again,
    the offsets between are truly absent (deleted by retention, or transaction markers) and the
    message is taken."""

    def __init__(self) -> None:
        self.expected: dict = {}
        self.rewound: dict = {}  # partition -> the offset it was last sought back to

    def sought(self, tp, offset: int) -> None:
        self.expected[tp] = offset

    def forget(self, tp) -> None:
        """The partition was taken away: what it expected and where it went back no longer hold."""
        self.expected.pop(tp, None)
        self.rewound.pop(tp, None)

    def rewind_to(self, tp, offset: int) -> int | None:
        """The offset to seek tp back to before handing on a message at `offset`, or None to hand
        it on (and expect the one after it)."""
        want = self.expected.get(tp)
        if want is not None and offset > want and self.rewound.get(tp) != want:
            self.rewound[tp] = want
            return want
        self.expected[tp] = offset + 1
        return None


class SeekFirstRecovery(Recovery):
    """Faust's recovery, where the stream partitions resume only once they were sought to their
    committed offsets and the flow resumed (which empties the streams' queues)."""

    async def on_recovery_completed(self, generation_id: int = 0) -> None:
        await self._resume_after(super().on_recovery_completed, generation_id)

    async def _resume_streams(self, generation_id: int = 0) -> None:
        await self._resume_after(super()._resume_streams, generation_id)

    async def _resume_after(self, finish, generation_id: int) -> None:
        consumer = self.app.consumer
        consumer.held_resumes = set()  # WaitingConsumer.resume_partitions collects them here
        try:
            await finish(generation_id)
        finally:
            held, consumer.held_resumes = consumer.held_resumes, None
        if held and self.app.consumer_generation_id == generation_id:
            consumer.resume_partitions(held)


class SeekFirstTables(TableManager):
    """Faust's table manager, with `SeekFirstRecovery`."""

    @property
    def recovery(self) -> Recovery:
        if self._recovery is None:
            self._recovery = SeekFirstRecovery(self.app, self, beacon=self.beacon, loop=self.loop)
        return self._recovery


FETCH_ROUNDS = 20  # fetches at most to learn the end offsets (each returns within the fetch wait)


class EndOffsetsUnknown(RuntimeError):
    """No fetch gave a partition's high watermark: recovering up to the end ListOffsets reported
    could stop short of the last writes, so the worker stops instead."""


async def fetched_end_offsets(reported: dict, wait_ms: int, *, rounds: int = FETCH_ROUNDS,
                              **consumer_kwargs) -> dict:
    """The end offsets of the partitions, as the high watermark of a fetch of each partition's
    last reported record gives them, where ListOffsets reported them (`reported`, by partition)
    too short. A probe consumer of no group does the fetch; empty partitions are not fetched.
    Raises EndOffsetsUnknown when `rounds` fetches leave a partition's end unknown."""
    wanted = {TopicPartition(tp.topic, tp.partition): tp for tp, end in reported.items() if end > 0}
    ends = dict(reported)
    if not wanted:
        return ends
    probe = AIOKafkaConsumer(group_id=None, enable_auto_commit=False, fetch_max_wait_ms=wait_ms,
                             **consumer_kwargs)
    await probe.start()
    try:
        probe.assign(list(wanted))
        for tp, key in wanted.items():
            probe.seek(tp, reported[key] - 1)
        pending = set(wanted)
        for _ in range(rounds):
            await probe.getmany(*pending, timeout_ms=wait_ms + 1_000)
            for tp in list(pending):
                high = probe.highwater(tp)
                if high is not None:
                    ends[wanted[tp]] = max(reported[wanted[tp]], high)
                    pending.discard(tp)
            if not pending:
                break
    finally:
        await probe.stop()
    if pending:
        raise EndOffsetsUnknown(f"no fetch gave the end offset of {sorted(map(str, pending))} in {rounds} tries")
    return ends


async def seek_to_committed_or_start(consumer: AIOKafkaConsumer, keep: Callable[[TopicPartition], bool]) -> dict:
    """Seek every assigned partition to its committed offset, and one with none (or 0) committed
    to its first offset, except the partitions `keep` accepts (table changelogs, whose positions
    recovery sets). Returns the committed offsets, as aiokafka's seek_to_committed does."""
    committed = await consumer.seek_to_committed()
    unread = [tp for tp, offset in committed.items() if not offset and not keep(tp)]
    if unread:
        await consumer.seek_to_beginning(*unread)
    return committed


def app_class(fetch_max_wait_ms: int, changelog_batch_bytes: int = 0,
              end_offsets_from_fetch: bool = False) -> type[faust.App]:
    """A faust.App subclass whose worker consumer waits at most fetch_max_wait_ms per fetch and
    whose producer limits table changelog batches to changelog_batch_bytes (0: no own limit);
    with end_offsets_from_fetch, the end offsets Faust asks for come from a fetch."""

    class ConsumerThread(driver.AIOKafkaConsumerThread):
        def _create_worker_consumer(self, transport):
            consumer = super()._create_worker_consumer(transport)
            consumer._fetch_max_wait_ms = fetch_max_wait_ms  # read by aiokafka at start()
            return consumer

        async def _fetch_records(self, consumer, active_partitions, timeout=None, max_records=None):
            # Faust passes its live set of active partitions, which aiokafka reads while the fetch
            # waits; emptied meanwhile (every partition paused as a recovery ends), aiokafka takes
            # it for "every partition" and returns records Faust then drops. A copy taken now.
            if active_partitions is not None:
                active_partitions = frozenset(active_partitions)
                if not active_partitions:
                    return {}
            return await super()._fetch_records(consumer, active_partitions, timeout=timeout,
                                                max_records=max_records)

        async def seek_to_committed(self):
            return await self.call_thread(seek_to_committed_or_start, self._ensure_consumer(),
                                          self.consumer._is_changelog_tp)

        async def _highwaters(self, partitions):
            ends = await super()._highwaters(partitions)
            if not end_offsets_from_fetch or self.consumer.in_transaction:
                return ends
            conf, transport = self.app.conf, self.transport
            return await fetched_end_offsets(
                dict(ends), fetch_max_wait_ms,
                bootstrap_servers=driver.server_list(transport.url, transport.default_port),
                client_id=conf.broker_client_id,
                **driver.credentials_to_aiokafka_auth(conf.broker_credentials, conf.ssl_context))

    class WaitingConsumer(driver.Consumer):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._read_offset = StaleSafeReadOffsets()
            self._reads = ContiguousReads()
            self.held_resumes: set | None = None  # set while SeekFirstRecovery holds resumes back

        def resume_partitions(self, tps) -> None:
            if self.held_resumes is not None:
                self.held_resumes.update(tps)
                return
            super().resume_partitions(tps)

        def _new_consumer_thread(self):
            return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

        async def getmany(self, timeout: float):
            offsets, reads = self._read_offset, self._reads
            changelogs = self.app.tables._changelogs  # topic -> table (Faust's own test, minus a set copy)
            epoch = offsets.epoch  # before the fetch: a seek during it makes its records stale
            rewound: set = set()
            async for tp, message in super().getmany(timeout):
                if tp in rewound:
                    continue  # read again from the seek back
                if tp.topic not in changelogs and not offsets.stale(tp, epoch):
                    back = reads.rewind_to(tp, message.offset)
                    if back is not None:
                        self.log.warning("Records of %s before offset %s were read and not processed: "
                                         "reading them again from %s", tp, message.offset, back)
                        rewound.add(tp)
                        await self.seek(tp, back)
                        continue
                offsets.handed[tp] = epoch
                yield tp, message

        async def seek(self, partition, offset: int) -> None:
            tp = ensure_TP(partition)
            self._read_offset.seek(tp)
            await super().seek(partition, offset)
            self._read_offset.force(tp, offset if offset else None)
            self._reads.sought(tp, offset)

        async def perform_seek(self) -> None:
            self._read_offset.seek()
            await super().perform_seek()

        async def on_partitions_revoked(self, revoked) -> None:
            for tp in revoked:
                self._reads.forget(tp)
            await super().on_partitions_revoked(revoked)

        async def seek_to_committed(self):
            committed = await super().seek_to_committed()
            for tp, offset in committed.items():  # nothing committed: read from the start
                self._reads.sought(ensure_TP(tp), offset or 0)
            return committed

        async def _add_gap(self, tp, offset_from: int, offset_to: int) -> None:
            offsets = self._read_offset
            if offsets.stale(tp, offsets.handed.get(tp, offsets.epoch)):
                return  # the message at offset_to was fetched before a seek: no offsets are missing
            await super()._add_gap(tp, offset_from, offset_to)

        def ack(self, message) -> bool:
            generation = getattr(message, "generation_id", None)
            if generation is not None and generation != self.app.consumer_generation_id:
                # The streams skip a message of an older generation without processing it: it
                # must not count as done (its offset committed), only stop being waited for.
                message.acked = True
                self._unacked_messages.discard(message)
                return False
            return super().ack(message)

    class SizedProducer(DrainingProducer):
        pass

    SizedProducer.changelog_batch_bytes = changelog_batch_bytes

    class Transport(driver.Transport):
        Consumer = WaitingConsumer
        Producer = SizedProducer

    class App(faust.App):
        def __init__(self, *args, **kwargs) -> None:
            kwargs.setdefault("TableManager", SeekFirstTables)
            super().__init__(*args, **kwargs)

        def _new_transport(self):
            return Transport(self.conf.broker_consumer, self)

    return App
