"""Rasd settings: one frozen object read once from RASD_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Mapping
from urllib.parse import urlparse

PREFIX = "RASD_"
GUARANTEES = ("at_least_once", "exactly_once")
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
SECRET_FIELDS = ("sasl_password",)
LOG_FORMATS = ("text", "json")


class SettingsError(ValueError):
    """A setting is missing or has a value Rasd cannot use; the message says how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Effective configuration; every field maps to RASD_<FIELD upper-cased>."""

    broker: str = "kafka://127.0.0.1:9092"
    app_id: str = "rasd"
    topic_raw: str = "rasd.articles.raw"
    topic_normalized: str = "rasd.articles.normalized"
    topic_entities: str = "rasd.articles.entities"
    topic_candidates: str = "rasd.events.candidates"
    topic_updates: str = "rasd.events.updates"
    topic_events: str = "rasd.events"
    topic_dead_letters: str = "rasd.dead-letters"
    partitions: int = 4
    replication: int = 1
    store: str = "memory://"
    processing_guarantee: str = "at_least_once"
    rebalance_timeout_s: float = 60.0
    fetch_max_wait_ms: int = 1500
    # An entities record is ~20 KB for a 3 KB article: Kafka's 16 KiB default put each in a
    # produce batch of its own; 256 KiB, under the broker's 1 MB message limit, batches them
    # (1 worker through the embedded broker +7%, README)
    producer_max_batch_bytes: int = 262_144
    # The largest message a stage sends (Faust's producer request limit; keep it under the
    # broker's message.max.bytes): a larger output is dead-lettered as too_large rather than
    # failing the send and stopping the agent.
    max_message_bytes: int = 1_000_000
    changelog_max_batch_bytes: int = 0  # 0: as producer_max_batch_bytes
    # The normalize stage takes up to this many raw articles at a time (waiting at most
    # batch_wait_ms for them) and sends them on as one message, which the entities and assemble
    # stages read and write as one: a third fewer messages per article (README, Benchmarks).
    # A batch message stays under producer_max_batch_bytes unless one article alone is over it.
    batch_articles: int = 16
    batch_wait_ms: int = 10
    end_offsets_from_fetch: bool = False  # the embedded Tansu broker reports end offsets short
    standby_replicas: int = 0  # hot copies of each table partition on other workers
    web_port: int = 6066
    web_enabled: bool = True
    datadir: str = ""
    log_format: str = "text"
    max_text_bytes: int = 200_000
    max_entities: int = 2_000
    max_events: int = 200
    dead_letter_payload_bytes: int = 4_096
    merge_window_days: int = 1
    state_horizon_days: int = 7
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = ""
    sasl_username: str = ""
    sasl_password: str = ""
    ssl_cafile: str = ""

    def __post_init__(self) -> None:
        validate(self)

    @property
    def bootstrap(self) -> str:
        """Broker list as host:port pairs for kafka-python (no kafka:// scheme)."""
        return ",".join(u.split("://", 1)[-1] for u in self.broker.split(";"))

    @property
    def topics(self) -> dict[str, str]:
        """Every topic Rasd reads or writes, by role."""
        return {f.name[6:]: getattr(self, f.name) for f in fields(self) if f.name.startswith("topic_")}

    def masked(self) -> dict[str, object]:
        """Settings as a dict with secrets replaced by '***'."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = "***" if f.name in SECRET_FIELDS and value else value
        return out


def _convert(name: str, kind: type, raw: str) -> object:
    if kind is bool:
        low = raw.strip().lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"{PREFIX}{name.upper()}={raw!r}: expected true or false")
    try:
        return kind(raw)
    except ValueError:
        raise SettingsError(
            f"{PREFIX}{name.upper()}={raw!r}: expected {kind.__name__}"
        ) from None


def validate(s: Settings) -> None:
    """Raise SettingsError with a fix-it message when a value cannot work."""
    for url in s.broker.split(";"):
        parsed = urlparse(url if "://" in url else f"kafka://{url}")
        if parsed.scheme != "kafka" or not parsed.hostname or not parsed.port:
            raise SettingsError(
                f"{PREFIX}BROKER={s.broker!r}: expected kafka://host:port[;kafka://host:port]"
            )
    for role, name in s.topics.items():
        if not name or any(c.isspace() for c in name) or len(name) > 249:
            raise SettingsError(f"{PREFIX}TOPIC_{role.upper()}={name!r}: not a valid Kafka topic name")
    if len(set(s.topics.values())) != len(s.topics):
        raise SettingsError("two RASD_TOPIC_* settings name the same topic; each role needs its own")
    for name in ("partitions", "replication", "producer_max_batch_bytes", "max_text_bytes", "max_entities", "max_events",
                 "dead_letter_payload_bytes", "state_horizon_days"):
        if getattr(s, name) < 1:
            raise SettingsError(f"{PREFIX}{name.upper()}={getattr(s, name)}: must be at least 1")
    if not s.producer_max_batch_bytes <= s.max_message_bytes:
        raise SettingsError(f"{PREFIX}PRODUCER_MAX_BATCH_BYTES={s.producer_max_batch_bytes}: at most "
                            f"{PREFIX}MAX_MESSAGE_BYTES={s.max_message_bytes} (a batch is sent as one message)")
    if not 1 <= s.batch_articles <= 1_000:
        raise SettingsError(f"{PREFIX}BATCH_ARTICLES={s.batch_articles}: between 1 and 1000 (1: one article a message)")
    if not 1 <= s.batch_wait_ms <= 1_000:  # 0 would make Faust's take wait for a full batch
        raise SettingsError(f"{PREFIX}BATCH_WAIT_MS={s.batch_wait_ms}: between 1 and 1000")
    if s.changelog_max_batch_bytes < 0:
        raise SettingsError(f"{PREFIX}CHANGELOG_MAX_BATCH_BYTES={s.changelog_max_batch_bytes}: must be 0 or more "
                            "(0: table changelogs batch like the other topics)")
    if s.standby_replicas < 0:
        raise SettingsError(f"{PREFIX}STANDBY_REPLICAS={s.standby_replicas}: must be 0 or more "
                            "(0: a worker taking over a partition reads its table back from the changelog)")
    if s.merge_window_days < 0:
        raise SettingsError(f"{PREFIX}MERGE_WINDOW_DAYS={s.merge_window_days}: must be 0 or more")
    if not 1 <= s.fetch_max_wait_ms <= 30_000:
        raise SettingsError(f"{PREFIX}FETCH_MAX_WAIT_MS={s.fetch_max_wait_ms}: between 1 and 30000")
    if s.rebalance_timeout_s <= 0:
        raise SettingsError(f"{PREFIX}REBALANCE_TIMEOUT_S must be positive")
    if s.processing_guarantee not in GUARANTEES:
        raise SettingsError(
            f"{PREFIX}PROCESSING_GUARANTEE={s.processing_guarantee!r}: one of {', '.join(GUARANTEES)}"
        )
    if not s.store.startswith(("memory://", "rocksdb://")):
        raise SettingsError(f"{PREFIX}STORE={s.store!r}: memory:// or rocksdb://")
    if s.log_format not in LOG_FORMATS:
        raise SettingsError(f"{PREFIX}LOG_FORMAT={s.log_format!r}: one of {', '.join(LOG_FORMATS)}")
    if not 0 < s.web_port < 65536:
        raise SettingsError(f"{PREFIX}WEB_PORT={s.web_port}: must be a TCP port (1-65535)")
    if s.security_protocol not in SECURITY_PROTOCOLS:
        raise SettingsError(
            f"{PREFIX}SECURITY_PROTOCOL={s.security_protocol!r}: one of {', '.join(SECURITY_PROTOCOLS)}"
        )
    if s.security_protocol.startswith("SASL"):
        if s.sasl_mechanism not in SASL_MECHANISMS:
            raise SettingsError(
                f"{PREFIX}SASL_MECHANISM={s.sasl_mechanism!r}: one of {', '.join(SASL_MECHANISMS)}"
            )
        if not s.sasl_username or not s.sasl_password:
            raise SettingsError(f"{PREFIX}SASL_USERNAME and {PREFIX}SASL_PASSWORD are required for SASL")


def load(env: Mapping[str, str] | None = None) -> Settings:
    """Read settings from the environment (or the mapping given), validated."""
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    known = {f.name for f in fields(Settings)}
    for key in env:
        if key.startswith(PREFIX) and key[len(PREFIX):].lower() not in known:
            raise SettingsError(f"{key}: unknown setting (see `rasd config` for the list)")
    for f in fields(Settings):
        raw = env.get(PREFIX + f.name.upper())
        if raw is not None:
            kind = type(f.default)
            values[f.name] = _convert(f.name, kind, raw)
    return Settings(**values)
