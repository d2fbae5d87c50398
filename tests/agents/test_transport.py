"""The producer buffer's flush, which Faust awaits before committing consumer offsets."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from faust.transport.producer import ProducerBuffer

from agents.transport import DrainingBuffer


class SlowChannel:
    """Stands for a topic whose client takes `delay` seconds to accept each message."""

    def __init__(self, delay: float):
        self.delay = delay
        self.sent: list[int] = []

    async def publish_message(self, fut, wait: bool = False):
        await asyncio.sleep(self.delay)
        self.sent.append(fut.n)


def flushed(buffer_class, count: int, delay: float) -> tuple[list[int], int]:
    """Put `count` messages in a running buffer, flush, and return what was sent by then."""

    async def run():
        buffer = buffer_class()
        buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))
        channel = SlowChannel(delay)
        await buffer.start()
        try:
            for n in range(count):
                buffer.put(SimpleNamespace(n=n, message=SimpleNamespace(channel=channel)))
            await buffer.flush()
            at_flush = list(channel.sent), getattr(buffer, "unsent", buffer.size)
            while len(channel.sent) < count:  # let the rest go before stopping the buffer
                await asyncio.sleep(delay)
            return at_flush
        finally:
            await buffer.stop()

    return asyncio.run(run())


def test_flush_returns_only_when_every_message_has_been_sent_on():
    sent, unsent = flushed(DrainingBuffer, count=4, delay=0.25)
    assert sent == [0, 1, 2, 3]
    assert unsent == 0


def test_fausts_own_buffer_gives_up_on_a_slow_send():
    # The defect DrainingBuffer exists for: if this starts to pass, Faust fixed it upstream.
    sent, unsent = flushed(ProducerBuffer, count=4, delay=0.25)
    assert len(sent) < 4


def test_a_fast_buffer_flushes_at_once():
    sent, unsent = flushed(DrainingBuffer, count=50, delay=0)
    assert sent == list(range(50)) and unsent == 0


def seekless_consumer(app_id: str):
    """Our worker consumer, not connected, whose seeks only do our bookkeeping; its read offsets
    and a partition."""
    from faust.types import TP

    from agents.transport import app_class

    app = app_class(100)(app_id, broker="kafka://127.0.0.1:1", store="memory://")
    consumer = app.consumer

    async def no_seek(partition, offset):
        return None

    consumer._seek = no_seek
    return consumer, consumer._read_offset, TP("rasd.articles.normalized", 0)


def test_a_message_fetched_before_a_seek_does_not_move_the_read_offset_past_it():
    """Faust's fetch loop writes the read offset after handing each message on, and drops later
    messages below it. After a rebalance Faust resumes a partition and then seeks it back to
    its committed offset; a message of a fetch made before that seek, handed on after it, must
    not move the read offset (the records from the committed offset up to it, fetched again,
    would be dropped as already read)."""
    consumer, offsets, tp = seekless_consumer("t-read-offsets")
    offsets.handed[tp] = offsets.epoch  # a fetch from where the partition was read, up to 55 ...
    offsets[tp] = 50
    asyncio.run(consumer.seek(tp, 40))  # ... the seek back to the committed offset 40
    assert offsets[tp] == 40
    offsets[tp] = 55  # the loop hands on message 55 of the earlier fetch after the seek
    assert offsets[tp] == 40
    offsets.handed[tp] = offsets.epoch  # a fetch after the seek: 40, 41 ...
    offsets[tp] = 40
    offsets[tp] = 41
    assert offsets[tp] == 41


def test_a_fetch_returns_records_only_of_the_partitions_active_when_it_began():
    """Faust hands the fetch its live set of active partitions. When every partition is paused
    while the fetch waits (as a recovery ends), aiokafka took the emptied set for "all
    partitions" and returned every buffered record, which Faust then dropped: records read and
    never processed."""
    from contextlib import nullcontext
    from types import SimpleNamespace

    from faust.types import TP

    from agents.transport import app_class

    app = app_class(100)("t-fetch-set", broker="kafka://127.0.0.1:1", store="memory://")
    thread = app.consumer._thread
    tp, paused = TP("rasd.articles.raw", 1), TP("rasd.articles.raw", 0)
    live = {tp}
    buffered = {tp: ["record 1"], paused: ["record 0"]}  # aiokafka prefetches every partition

    async def fetched_records(partitions, timeout=0, max_records=None):
        live.clear()  # Faust pauses every partition while the fetch waits
        # aiokafka's test: an empty set of partitions asks for all of them
        return {p: r for p, r in buffered.items() if not partitions or p in partitions}

    fetcher = SimpleNamespace(_closed=False, fetched_records=fetched_records,
                              _subscriptions=SimpleNamespace(fetch_context=nullcontext))
    consumer = SimpleNamespace(_closed=False, _fetcher=fetcher)
    app.consumer.resume_flow()

    async def fetch():
        return await thread._fetch_records(consumer, live, timeout=1.0)

    assert asyncio.run(fetch()) == {tp: ["record 1"]}  # only what was active when it began
    assert not live
    assert asyncio.run(fetch()) == {}  # none active: no fetch, not all of them


def test_records_read_and_not_handed_on_are_read_again_once():
    """Faust's fetch loop can read records of a partition and drop them (during a rebalance, the
    flow stopped or the partition paused while the fetch waited); the next message is then past
    the offset expected. The partition is sought back to it, and a second time past it means
    the records between are truly absent (retention, transaction markers): taken."""
    from aiokafka.structs import ConsumerRecord

    consumer, offsets, tp = seekless_consumer("t-contiguous")
    seeks: list[int] = []

    async def seek(partition, offset):
        seeks.append(offset)

    consumer._seek = seek
    consumer.highwater = lambda tp: None  # not connected
    consumer.app.consumer_generation_id = 1
    consumer.resume_flow()

    def fetch(*numbers):
        records = [ConsumerRecord(tp.topic, tp.partition, n, 0, 0, b"k", b"v", None, 1, 1, ()) for n in numbers]

        async def next_records(timeout):
            return {tp: records}, {tp}

        consumer._wait_next_records = next_records

        async def handed():
            return [m.offset async for _, m in consumer.getmany(1.0)]

        return asyncio.run(handed())

    asyncio.run(consumer.seek(tp, 40))  # the committed offset
    assert fetch(40, 41) == [40, 41]
    seeks.clear()
    assert fetch(79, 80) == [] and seeks == [42]  # 42-78 read and dropped: read again
    assert fetch(42, 43) == [42, 43]
    assert fetch(79, 80) == [] and seeks == [42, 44]
    assert fetch(79, 80) == [79, 80]  # from 44 the broker gives 79: 44-78 are gone
    assert fetch(81) == [81] and seeks == [42, 44]
    asyncio.run(consumer.on_partitions_revoked({tp}))  # taken away, and later given back at 44
    asyncio.run(consumer.seek(tp, 44))
    assert fetch(79) == [] and seeks == [42, 44, 44, 44]  # a drop again: read again, not taken


def test_a_skipped_message_of_an_older_generation_is_not_acked_as_processed():
    """The streams skip (and ack) a message fetched before the latest rebalance without
    processing it; its offset must not become committable, or a commit would skip it for good."""
    from faust.types import TP
    from faust.types.tuples import ConsumerMessage

    from agents.transport import app_class

    app = app_class(100)("t-stale-acks", broker="kafka://127.0.0.1:1", store="memory://")
    consumer = app.consumer
    topic = "rasd.articles.normalized"
    app.topics.acks_enabled_for = lambda name: True
    tp = TP(topic, 1)

    def message(offset, generation):
        return ConsumerMessage(topic, 1, offset, None, None, None, b"k", b"v", None, 1, 1, tp,
                               generation_id=generation)

    app.consumer_generation_id = 2
    assert not consumer.ack(message(10, 1))  # fetched in generation 1, skipped after the rebalance
    assert consumer.ack(message(11, 2))
    assert list(consumer._acked[tp]) == [11]


def test_changelog_records_go_one_per_batch_while_other_topics_batch(broker):
    """Tansu reports a multi-record batch's end offset short, so table changelogs (what a worker
    recovers its tables from) are sent one record per batch; other topics keep batching."""
    from aiokafka import AIOKafkaProducer
    from kafka.admin import KafkaAdminClient, NewTopic

    from agents.transport import limit_batches

    host = broker.url.split("://", 1)[1]
    admin = KafkaAdminClient(bootstrap_servers=host)
    admin.create_topics([NewTopic("t-changelog", 1, 1), NewTopic("t-stream", 1, 1)])
    admin.close()

    async def run():
        producer = AIOKafkaProducer(bootstrap_servers=host, linger_ms=1_000, max_batch_size=16_384)
        limit_batches(producer, lambda topic: topic.endswith("-changelog"), 1)
        accumulator, batches = producer._message_accumulator, []
        append = accumulator._append_batch

        def seen(builder, tp):  # every batch the producer opens, with its topic
            batch = append(builder, tp)
            batches.append((tp.topic, batch))
            return batch

        accumulator._append_batch = seen
        await producer.start()
        try:
            sends = [asyncio.ensure_future(producer.send(topic, value=b"%d" % n))
                     for n in range(6) for topic in ("t-changelog", "t-stream")]
            delivered = await asyncio.gather(*[await s for s in sends])
            return ([(topic, b._builder.record_count()) for topic, b in batches],
                    [(m.topic, m.offset) for m in delivered])
        finally:
            await producer.stop()

    batches, offsets = asyncio.run(run())
    assert batches.count(("t-changelog", 1)) == 6 and ("t-stream", 6) in batches and len(batches) == 7
    for topic in ("t-changelog", "t-stream"):
        assert [o for t, o in offsets if t == topic] == list(range(6))


def test_end_offsets_read_from_a_fetch_count_every_record_of_the_last_batch(broker):
    """Tansu reports a partition's end as its last batch's first offset + 1 (ListOffsets); the
    high watermark of a fetch is right, and the worker takes table recovery's end from it."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
    from kafka.admin import KafkaAdminClient, NewTopic

    from agents.transport import fetched_end_offsets

    host = broker.url.split("://", 1)[1]
    admin = KafkaAdminClient(bootstrap_servers=host)
    admin.create_topics([NewTopic("t-ends", 2, 1)])
    admin.close()
    full, empty = TopicPartition("t-ends", 0), TopicPartition("t-ends", 1)

    async def run():
        producer = AIOKafkaProducer(bootstrap_servers=host, linger_ms=200)
        await producer.start()
        try:
            for _ in range(3):  # three batches of five records each
                await asyncio.gather(*[await producer.send("t-ends", value=b"x", partition=0) for _ in range(5)])
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(bootstrap_servers=host)
        await consumer.start()
        try:
            reported = await consumer.end_offsets([full, empty])
        finally:
            await consumer.stop()
        return reported, await fetched_end_offsets(reported, 50, bootstrap_servers=host)

    reported, ends = asyncio.run(run())
    assert ends == {full: 15, empty: 0}
    assert reported[full] <= 15


def test_an_end_offset_no_fetch_gives_stops_the_worker_instead_of_a_short_recovery(broker):
    from aiokafka import TopicPartition

    from agents.transport import EndOffsetsUnknown, fetched_end_offsets

    from kafka.admin import KafkaAdminClient, NewTopic

    host = broker.url.split("://", 1)[1]
    admin = KafkaAdminClient(bootstrap_servers=host)
    admin.create_topics([NewTopic("t-one-partition", 1, 1)])
    admin.close()
    with pytest.raises(EndOffsetsUnknown, match="t-one-partition"):  # a partition it does not have
        asyncio.run(fetched_end_offsets({TopicPartition("t-one-partition", 3): 5}, 50, rounds=2,
                                        bootstrap_servers=host))


def test_a_message_fetched_before_a_seek_marks_no_gap_of_committable_offsets():
    """Faust's fetch loop treats a message more than one offset past the read offset as a gap
    and marks the offsets between as acked (committable). After a seek back to the committed
    offset, a message of an earlier fetch handed on late is such a message: the records between
    are not missing but about to be read again, and must not become committable before then."""
    consumer, offsets, tp = seekless_consumer("t-stale-gaps")

    async def run():
        offsets.handed[tp] = offsets.epoch  # a fetch up to 55
        await consumer.seek(tp, 40)  # the seek back to the committed offset 40
        await consumer._add_gap(tp, 41, 55)  # message 55 of the earlier fetch, handed on late
        assert not consumer._gap[tp]
        offsets.handed[tp] = offsets.epoch  # a fetch after the seek that skips compacted offsets
        await consumer._add_gap(tp, 61, 64)
        assert sorted((i.begin, i.end) for i in consumer._gap[tp]) == [(61, 65)]

    asyncio.run(run())


def test_stream_partitions_resume_only_after_the_seek_and_the_emptied_queues():
    """When a rebalance's recovery ends, Faust resumed the stream partitions, sought them to their
    committed offsets and then resumed the flow, which empties the streams' queues: records
    fetched in between were dropped though the consumer had read past them. A stream partition
    must stay paused until the seek is done and the queues are emptied, and run after."""
    from faust.types import TP

    from agents.transport import app_class

    app = app_class(100)("t-resume-order", broker="kafka://127.0.0.1:1", store="memory://")
    consumer, recovery = app.consumer, app.tables.recovery
    tp = TP("rasd.articles.candidates", 0)
    seen: list[tuple[str, bool]] = []

    def fetching() -> bool:
        return tp in consumer._get_active_partitions()

    async def seek() -> None:
        seen.append(("seek", fetching()))

    def flow_resumed() -> None:
        seen.append(("queues emptied", fetching()))

    async def nothing() -> None:
        return None

    async def at_once(coro, timeout=None):  # the recovery service itself is not running here
        return await coro

    consumer.pause_partitions({tp})  # as at the start of every rebalance
    consumer.assignment = lambda: {tp}
    consumer.perform_seek = seek
    app.flow_control.resume = flow_resumed
    app._fetcher.maybe_start = nothing
    app.assignor.assigned_standbys = lambda: set()
    app.on_rebalance_end = lambda: None
    recovery._wait = at_once
    app.consumer_generation_id = 3
    asyncio.run(recovery.on_recovery_completed(3))
    assert seen == [("seek", False), ("queues emptied", False)]
    assert fetching()


def test_the_seek_to_committed_offsets_sends_a_partition_nothing_was_committed_for_to_its_start(broker):
    """aiokafka's seek leaves a partition with no committed offset where it was read up to, so
    records read and dropped during a rebalance were skipped; ours starts it again from its first
    offset, and leaves the table changelogs where recovery put them."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
    from aiokafka.structs import OffsetAndMetadata
    from kafka.admin import KafkaAdminClient, NewTopic

    from agents.transport import seek_to_committed_or_start

    host = broker.url.split("://", 1)[1]
    admin = KafkaAdminClient(bootstrap_servers=host)
    admin.create_topics([NewTopic("t-rewind", 2, 1), NewTopic("t-rewind-changelog", 1, 1)])
    admin.close()
    fresh, committed = TopicPartition("t-rewind", 0), TopicPartition("t-rewind", 1)
    changelog = TopicPartition("t-rewind-changelog", 0)

    async def run():
        producer = AIOKafkaProducer(bootstrap_servers=host)
        await producer.start()
        try:
            for tp in (fresh, committed, changelog):
                for _ in range(5):
                    await producer.send_and_wait(tp.topic, value=b"x", partition=tp.partition)
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(bootstrap_servers=host, group_id="g-rewind", enable_auto_commit=False,
                                    auto_offset_reset="earliest")
        await consumer.start()
        try:
            consumer.assign([fresh, committed, changelog])
            read = 0
            while read < 15:
                read += sum(map(len, (await consumer.getmany(timeout_ms=1000)).values()))
            await consumer.commit({committed: OffsetAndMetadata(3, "")})
            await consumer.seek_to_committed()
            plain = {tp: await consumer.position(tp) for tp in (fresh, committed, changelog)}
            offsets = await seek_to_committed_or_start(consumer, lambda tp: tp.topic.endswith("-changelog"))
            ours = {tp: await consumer.position(tp) for tp in (fresh, committed, changelog)}
        finally:
            await consumer.stop()
        return plain, offsets, ours

    plain, offsets, ours = asyncio.run(run())
    assert plain == {fresh: 5, committed: 3, changelog: 5}  # aiokafka's: the fresh partition stays read
    assert offsets[committed] == 3 and not offsets[fresh]
    assert ours == {fresh: 0, committed: 3, changelog: 5}
