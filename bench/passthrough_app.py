"""The ceiling for bench/through_kafka.py: a Faust app with five hops that forward each record unchanged.

Same broker settings, partitions and serializers as agents/app.py, no work per record. Topics:
{BENCH_PT_PREFIX}.0 -> .1 -> ... -> .5. With BENCH_PT_BATCH=true the first hop takes the records
as the pipeline's normalize agent does (up to RASD_BATCH_ARTICLES, waiting at most
RASD_BATCH_WAIT_MS, joined into messages under RASD_PRODUCER_MAX_BATCH_BYTES) and the later
hops forward those messages; each message's key is the number of records it holds.
"""

from __future__ import annotations

import os

from agents.transport import app_class
from streams.batches import batch_messages
from streams.settings import load

settings = load({k: v for k, v in os.environ.items() if k.startswith("RASD_")})
prefix = os.environ["BENCH_PT_PREFIX"]
_session = min(60.0, max(3.0, settings.rebalance_timeout_s))
app = app_class(settings.fetch_max_wait_ms)(
    settings.app_id, broker=settings.broker, store="memory://", autodiscover=False,
    topic_partitions=settings.partitions, broker_rebalance_timeout=settings.rebalance_timeout_s,
    broker_session_timeout=_session, broker_heartbeat_interval=max(0.5, _session / 6),
    broker_max_poll_records=500, producer_linger_ms=5,
    producer_max_batch_size=settings.producer_max_batch_bytes, web_port=settings.web_port,
    key_serializer="raw", value_serializer="raw",
    **({"datadir": settings.datadir} if settings.datadir else {}),
)
topics = [app.topic(f"{prefix}.{i}", partitions=settings.partitions, internal=True,
                    key_serializer="raw", value_serializer="raw") for i in range(6)]


def _hop(source, sink):
    async def forward(stream):
        async for event in stream.events():
            await sink.send(key=event.key, value=event.value)
    forward.__name__ = f"hop_{source.get_topic_name()}"
    app.agent(source, name=forward.__name__)(forward)


def _batching_hop(source, sink):
    async def forward(stream):
        async for events in stream.take_events(settings.batch_articles, within=settings.batch_wait_ms / 1000):
            for _, value in batch_messages(((b"", e.value) for e in events), settings.producer_max_batch_bytes):
                # each of the bench's records is a JSON object that begins with its id
                await sink.send(key=str(value.count(b'{"id"')).encode(), value=value)
    forward.__name__ = f"hop_{source.get_topic_name()}"
    app.agent(source, name=forward.__name__)(forward)


for _k, (_src, _dst) in enumerate(zip(topics, topics[1:])):
    (_batching_hop if _k == 0 and os.environ.get("BENCH_PT_BATCH") == "true" else _hop)(_src, _dst)
