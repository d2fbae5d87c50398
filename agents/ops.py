"""Operations: Prometheus metrics, the /health and /live pages, and JSON log lines.

Metrics live in one registry of our own and are served, with consumer lag read from Faust's
monitor at scrape time, on the worker's web port at /metrics.
"""

from __future__ import annotations

import logging
import time

import orjson
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

REGISTRY = CollectorRegistry(auto_describe=True)
METRICS_PAGE, HEALTH_PAGE, LIVE_PAGE = "/metrics", "/health", "/live"
PAGES = (METRICS_PAGE, HEALTH_PAGE, LIVE_PAGE)

ARTICLES_IN = Counter("rasd_articles_in", "Raw articles read by the normalize stage.",
                      registry=REGISTRY)
ARTICLES_NO_EVENTS = Counter("rasd_articles_without_events",
                             "Articles whose sentences gave no event candidate.", registry=REGISTRY)
CANDIDATES = Counter("rasd_event_candidates", "Event candidates emitted by the assemble stage.",
                     registry=REGISTRY)
UPDATES = Counter("rasd_event_updates", "Consolidated event updates emitted by the consolidate stage.",
                  registry=REGISTRY)
EVENTS_OUT = Counter("rasd_events_published",
                     "Consolidated event versions published on the events topic.", registry=REGISTRY)
DEAD_LETTERS = Counter("rasd_dead_letters", "Records sent to the dead-letter topic.",
                       ["stage", "reason"], registry=REGISTRY)
STAGE_SECONDS = Histogram("rasd_stage_seconds", "Time one stage spends on one record.", ["stage"],
                          buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                                   1.0, 2.5),
                          registry=REGISTRY)


class LagCollector:
    """Consumer lag per topic partition (log end offset minus the offset read), from Faust."""

    def __init__(self, app) -> None:
        self.app = app

    def collect(self):
        gauge = GaugeMetricFamily("rasd_consumer_lag", "Messages not yet read, per partition.",
                                  labels=["topic", "partition"])
        monitor = self.app.monitor
        read = monitor._tp_read_offsets_dict()
        for topic, ends in monitor._tp_end_offsets_dict().items():
            for partition, end in ends.items():
                offset = (read.get(topic) or {}).get(partition)
                if end is not None and offset is not None:
                    gauge.add_metric([topic, str(partition)], max(0, end - offset))
        yield gauge


def health(app, started: float) -> tuple[int, dict]:
    """(HTTP status, body) of the readiness check: 200 once the worker consumes, else 503."""
    assigned = app.consumer.assignment()
    body = {
        "app": app.conf.id,
        "uptime_s": round(time.monotonic() - started, 1),
        "rebalancing": bool(app.rebalancing),
        "in_recovery": bool(getattr(app, "in_recovery", False)),
        "assigned_partitions": len(assigned),
        "crashed": bool(app.crashed),
    }
    ok = not body["rebalancing"] and not body["in_recovery"] and not body["crashed"]
    body["status"] = "ok" if ok else "starting" if not body["crashed"] else "failed"
    return (200 if ok else 503), body


def install(app) -> None:
    """Register the /metrics, /health and /live pages and the lag collector on the Faust app."""
    REGISTRY.register(LagCollector(app))
    started = time.monotonic()

    @app.page(METRICS_PAGE)
    async def metrics(web, request):
        return web.bytes(generate_latest(REGISTRY), content_type="text/plain; version=0.0.4")

    @app.page(HEALTH_PAGE)
    async def health_page(web, request):
        status, body = health(app, started)
        return web.json(body, status=status)

    @app.page(LIVE_PAGE)
    async def live(web, request):
        return web.json({"status": "alive"})


class JsonFormatter(logging.Formatter):
    """One JSON object per log line: time, level, logger, message (and exception)."""

    def format(self, record: logging.LogRecord) -> str:
        doc = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            doc["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(doc).decode()


JsonFormatter.converter = time.gmtime

# Faust's logging_config, merged over its default: the default handler writes JSON lines.
JSON_LOGGING = {
    "version": 1,
    "merge": True,
    "formatters": {"json": {"()": "agents.ops.JsonFormatter"}},
    "handlers": {"default": {"class": "logging.StreamHandler", "formatter": "json",
                             "stream": "ext://sys.stdout"}},
}
