"""kafka-python clients for the CLI (feed, subscribe, topic creation), configured from settings."""

from __future__ import annotations

from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.settings import Settings


def client_config(s: Settings) -> dict[str, Any]:
    """Connection and security options shared by every kafka-python client."""
    cfg: dict[str, Any] = {"bootstrap_servers": s.bootstrap.split(","), "security_protocol": s.security_protocol}
    if s.security_protocol.startswith("SASL"):
        cfg.update(sasl_mechanism=s.sasl_mechanism, sasl_plain_username=s.sasl_username,
                   sasl_plain_password=s.sasl_password)
    if s.ssl_cafile:
        cfg["ssl_cafile"] = s.ssl_cafile
    return cfg


def ensure_topics(s: Settings) -> list[str]:
    """Create any missing Rasd topic with the configured partitions; return those created."""
    admin = KafkaAdminClient(**client_config(s), client_id="rasd-admin")
    try:
        existing = set(admin.list_topics())
        wanted = []
        for role, name in s.topics.items():
            if name in existing:
                continue
            config = {"cleanup.policy": "compact"} if role == "events" else {}
            wanted.append(NewTopic(name, s.partitions, s.replication, topic_configs=config))
        if wanted:
            try:
                admin.create_topics(wanted)
            except TopicAlreadyExistsError:
                pass
        return [t.name for t in wanted]
    finally:
        admin.close()


def missing_topics(s: Settings, names: list[str]) -> list[str]:
    """The topics among `names` that the broker does not have."""
    admin = KafkaAdminClient(**client_config(s), client_id="rasd-admin")
    try:
        existing = set(admin.list_topics())
    finally:
        admin.close()
    return [n for n in names if n not in existing]


def producer(s: Settings) -> KafkaProducer:
    """A producer that batches briefly and waits for the leader's acknowledgement."""
    return KafkaProducer(**client_config(s), acks=1, linger_ms=10, max_request_size=16 * 1024 * 1024)


def consumer(s: Settings, topics: list[str], from_beginning: bool, group: str | None = None,
             timeout_ms: int | None = None) -> KafkaConsumer:
    """A consumer of the given topics, from the start or from now on."""
    extra: dict[str, Any] = {}
    if timeout_ms is not None:
        extra["consumer_timeout_ms"] = timeout_ms
    return KafkaConsumer(*topics, **client_config(s), group_id=group,
                         auto_offset_reset="earliest" if from_beginning else "latest",
                         enable_auto_commit=group is not None, **extra)
