"""The one Faust app, its topics and tables; every agent is imported by name below.

Run a worker with `faust -L uvloop -A agents.app worker -l info`; settings come from RASD_* variables.
"""

from __future__ import annotations

import ssl

import faust
import faust.stores

from agents import ops
from agents.transport import app_class
from streams.settings import Settings, SettingsError, load

try:
    settings: Settings = load()
except SettingsError as exc:  # the worker stops at start-up with the fix-it message, no traceback
    raise SystemExit(f"configuration error: {exc}") from None


def credentials(s: Settings):
    """Faust credentials for the configured security protocol, or None for plaintext."""
    context = None
    if s.security_protocol.endswith("SSL"):
        context = ssl.create_default_context(cafile=s.ssl_cafile or None)
    if s.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(username=s.sasl_username, password=s.sasl_password,
                                     ssl_context=context, mechanism=s.sasl_mechanism)
    if context is not None:
        return faust.SSLCredentials(context)
    return None


# memory:// tables use agents.store.MemoryStore: Faust's memory store that knows the changelog
# offset of its own last write, so a rebalance does not re-read the partitions a worker keeps.
faust.stores.STORES.aliases.setdefault("rasd-memory", "agents.store:MemoryStore")
_store = "rasd-memory://" if settings.store.startswith("memory://") else settings.store

_session = min(60.0, max(3.0, settings.rebalance_timeout_s))
app = app_class(settings.fetch_max_wait_ms, settings.changelog_max_batch_bytes, settings.end_offsets_from_fetch)(
    settings.app_id,
    broker=settings.broker,
    broker_credentials=credentials(settings),
    store=_store,
    autodiscover=False,
    processing_guarantee=settings.processing_guarantee,
    # A memory store's offsets are those of its own writes in this process: a changelog that ends
    # before them was lost by the broker (the memory-only embedded broker, restarted), and the
    # values held in memory are the best there are. Faust's check stops the worker then; it stays
    # on for RocksDB, whose files may outlive a topic.
    recovery_consistency_check=_store != "rasd-memory://",
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication,
    # Tansu (and Kafka) wait up to the rebalance timeout for members to join a group.
    broker_rebalance_timeout=settings.rebalance_timeout_s,
    broker_session_timeout=_session,
    broker_heartbeat_interval=max(0.5, _session / 6),
    broker_max_poll_records=500,
    # Standby copies of the tables on other workers make a takeover instant, but every worker
    # then reads and applies every other worker's changelog writes (two per article each for the
    # consolidation state and the published events), and on the embedded broker those reads cost
    # more than the work itself: 0 by default, as in Kafka Streams (README, Benchmarks and sizing).
    table_standby_replicas=settings.standby_replicas,
    producer_linger_ms=5,
    producer_max_batch_size=settings.producer_max_batch_bytes,
    producer_max_request_size=settings.max_message_bytes,
    web_enabled=settings.web_enabled,
    web_port=settings.web_port,
    logging_config=ops.JSON_LOGGING if settings.log_format == "json" else None,
    **({"datadir": settings.datadir} if settings.datadir else {}),
    key_serializer="raw",
    value_serializer="raw",
)


def _topic(name: str, **config):
    # internal=True: the worker creates the topic with our partition count if it is missing.
    return app.topic(name, partitions=settings.partitions, replicas=settings.replication,
                     internal=True, key_serializer="raw", value_serializer="raw", **config)


raw_topic = _topic(settings.topic_raw)
normalized_topic = _topic(settings.topic_normalized)
entities_topic = _topic(settings.topic_entities)
candidates_topic = _topic(settings.topic_candidates)
updates_topic = _topic(settings.topic_updates)
events_topic = _topic(settings.topic_events, config={"cleanup.policy": "compact"})
dead_letters_topic = _topic(settings.topic_dead_letters)

# Live consolidated events by blocking key and day. Keys and values are raw bytes (key_type and
# value_type bytes make Faust write and recover the changelog with the raw codec; its default,
# json, cannot read them back); values are orjson.
consolidation_table = app.Table("consolidation", default=None, partitions=settings.partitions,
                                key_type=bytes, value_type=bytes)
# The latest published state of every event, by event id. Its changelog IS the events topic:
# writing an entry publishes the event, and a restarted worker recovers the table from what was
# published. Publishing and remembering what was published are one record, so a worker killed at
# any point neither publishes a version twice nor skips one.
events_table = app.Table("events", default=None, partitions=settings.partitions,
                         key_type=bytes, value_type=bytes, changelog_topic=events_topic)

ops.install(app, settings.bootstrap)

from agents import stages  # noqa: E402,F401  (registers the agents on the app)
