"""Operations: Prometheus metrics, the /health and /live pages, and JSON log lines.

Metrics live in one registry of our own and are served, with consumer lag read from Faust's
monitor at scrape time, on the worker's web port at /metrics.
"""

from __future__ import annotations

import asyncio
import logging
import time

import orjson
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
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
UPDATES = Counter("rasd_event_updates", "Candidates that changed a consolidated event (consolidate stage).",
                  registry=REGISTRY)
CANDIDATE_BATCHES = Counter("rasd_candidate_batches",
                            "Candidate messages (one per batch of articles and partition key) from assemble.",
                            registry=REGISTRY)
UPDATE_BATCHES = Counter("rasd_update_batches", "Update messages (one per candidate message) from consolidate.",
                         registry=REGISTRY)
EVENTS_OUT = Counter("rasd_events_published",
                     "Consolidated event versions published on the events topic.", registry=REGISTRY)
DEAD_LETTERS = Counter("rasd_dead_letters", "Records sent to the dead-letter topic.",
                       ["stage", "reason"], registry=REGISTRY)
STAGE_SECONDS = Histogram("rasd_stage_seconds",
                          "Time a stage spends on one article (normalize, entities, assemble) or one message "
                          "(consolidate, sink).", ["stage"],
                          buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                                   1.0, 2.5),
                          registry=REGISTRY)
BROKER_UP = Gauge("rasd_broker_reachable", "1 while a TCP connection to a bootstrap broker succeeds.",
                  registry=REGISTRY)
log = logging.getLogger("rasd")


class BrokerWatch:
    """Says clearly when the broker is lost and when it is back.

    The Kafka clients retry on their own (every ~100 ms), logging an error each time; this check
    opens a TCP connection to the bootstrap brokers every second and logs one warning when they
    become unreachable, then again after 1, 2, 4 ... 60 s while they stay so, and one line when
    they answer again."""

    def __init__(self, hosts: list[tuple[str, int]], clock=time.monotonic) -> None:
        self.hosts, self.clock = hosts, clock
        self.reachable = True
        self.lost_at = 0.0
        self.next_report = 0.0

    async def probe(self) -> bool:
        for host, port in self.hosts:
            try:
                _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 1.0)
            except (OSError, asyncio.TimeoutError):
                continue
            writer.close()
            return True
        return False

    def observe(self, up: bool) -> str | None:
        """Record one probe; return the line to log, if any."""
        now = self.clock()
        BROKER_UP.set(1 if up else 0)
        where = ", ".join(f"{h}:{p}" for h, p in self.hosts)
        if up and not self.reachable:
            self.reachable = True
            return f"broker reachable again at {where} after {now - self.lost_at:.0f} s; resuming"
        if not up and self.reachable:
            self.reachable, self.lost_at, self.next_report = False, now, now + 1.0
            return (f"broker unreachable at {where}; the worker keeps running and the Kafka "
                    f"clients retry until it is back")
        if not up and now >= self.next_report:
            waited = now - self.lost_at
            self.next_report = now + min(60.0, max(1.0, waited))
            return f"broker still unreachable at {where} after {waited:.0f} s; retrying"
        return None


class RepeatFilter(logging.Filter):
    """Lets a log message through once per `every` seconds per template and counts the rest, so
    a client retrying every 100 ms does not flood the log."""

    def __init__(self, every: float = 30.0, clock=time.monotonic) -> None:
        super().__init__()
        self.every, self.clock = every, clock
        self.last: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = self.clock()
        seen = self.last.get(key)
        if seen is not None and now - seen[0] < self.every:
            self.last[key] = (seen[0], seen[1] + 1)
            return False
        if seen is not None and seen[1]:
            record.msg = f"{record.msg} ({seen[1]} more like this in the last {now - seen[0]:.0f} s)"
        self.last[key] = (now, 0)
        return True


def quiet_kafka_clients(every: float = 30.0) -> RepeatFilter:
    """Put one RepeatFilter on every aiokafka logger (they are created when aiokafka loads)."""
    flt = RepeatFilter(every)
    names = [n for n in logging.Logger.manager.loggerDict if n == "aiokafka" or n.startswith("aiokafka.")]
    for name in names:
        logging.getLogger(name).addFilter(flt)
    return flt


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


def health(app, started: float, watch: BrokerWatch | None = None) -> tuple[int, dict]:
    """(HTTP status, body) of the readiness check: 200 once the worker consumes, else 503."""
    assigned = app.consumer.assignment()
    body = {
        "broker_reachable": watch.reachable if watch is not None else True,
        "app": app.conf.id,
        "uptime_s": round(time.monotonic() - started, 1),
        "rebalancing": bool(app.rebalancing),
        "in_recovery": bool(getattr(app, "in_recovery", False)),
        "assigned_partitions": len(assigned),
        "crashed": bool(app.crashed),
    }
    ok = not body["rebalancing"] and not body["in_recovery"] and not body["crashed"] \
        and body["broker_reachable"]
    body["status"] = "ok" if ok else "starting" if not body["crashed"] else "failed"
    return (200 if ok else 503), body


def install(app, bootstrap: str) -> None:
    """Register the /metrics, /health and /live pages, the lag collector and the broker watch
    on the Faust app; quiet the Kafka clients' repeated errors."""
    REGISTRY.register(LagCollector(app))
    started = time.monotonic()
    hosts = [(h.rsplit(":", 1)[0], int(h.rsplit(":", 1)[1])) for h in bootstrap.split(",")]
    watch = BrokerWatch(hosts)
    quiet_kafka_clients()

    @app.timer(1.0)
    async def watch_broker():
        line = watch.observe(await watch.probe())
        if line:
            (log.info if watch.reachable else log.warning)(line)

    @app.page(METRICS_PAGE)
    async def metrics(web, request):
        return web.bytes(generate_latest(REGISTRY), content_type="text/plain; version=0.0.4")

    @app.page(HEALTH_PAGE)
    async def health_page(web, request):
        status, body = health(app, started, watch)
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
