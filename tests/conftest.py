"""Shared fixtures: the embedded broker and a Faust worker running against it."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest

from agents.broker import EmbeddedBroker, free_port
from agents.cli import start_worker
from agents.kafka_io import ensure_topics
from streams.settings import load


@pytest.fixture(scope="session")
def broker(tmp_path_factory):
    """A Tansu broker on a free local port for the whole test session."""
    with EmbeddedBroker(log_path=tmp_path_factory.mktemp("broker") / "broker.log") as b:
        yield b


def isolated_env(broker: EmbeddedBroker, tmp: Path) -> dict[str, str]:
    """Environment for a worker or client with its own app id and topic names on the broker."""
    tag = uuid.uuid4().hex[:8]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(
        RASD_BROKER=broker.url, RASD_APP_ID=f"rasd-test-{tag}", RASD_REBALANCE_TIMEOUT_S="4",
        RASD_FETCH_MAX_WAIT_MS="100", RASD_END_OFFSETS_FROM_FETCH="true", RASD_PARTITIONS="2", RASD_WEB_PORT=str(free_port()), PYTHONUNBUFFERED="1",
        RASD_DATADIR=str(tmp / f"data-{tag}"),
        **{f"RASD_TOPIC_{role.upper()}": f"t{tag}.{role}" for role in
           ("raw", "normalized", "entities", "candidates", "updates", "events", "dead_letters")},
    )
    return env


@pytest.fixture
def topics(broker, tmp_path):
    """Settings naming a fresh set of topics (created) on the session broker; no worker."""
    env = isolated_env(broker, tmp_path)
    settings = load(env)
    ensure_topics(settings)
    return settings


class Worker:
    """A worker process with its own app id and topic names, so tests do not share state."""

    def __init__(self, broker: EmbeddedBroker, tmp: Path, env: dict[str, str] | None = None,
                 same_datadir: bool = False, **settings: str) -> None:
        """A worker with fresh app id and topics, or, given another worker's env, one more member
        of that worker's group (its own web port; its own data folder unless `same_datadir`,
        as for a restart on the same volume). Keyword arguments are RASD_ settings."""
        if env is None:
            self.env = isolated_env(broker, tmp)
        else:
            self.env = {**env, "RASD_WEB_PORT": str(free_port())}
            if not same_datadir:
                self.env["RASD_DATADIR"] = f"{env['RASD_DATADIR']}-{uuid.uuid4().hex[:4]}"
        self.env.update({f"RASD_{k.upper()}": v for k, v in settings.items()})
        self.settings = load(self.env)
        self.log = tmp / f"worker-{self.settings.app_id}-{self.settings.web_port}.log"
        ensure_topics(self.settings)
        self.proc = start_worker(self.env, self.log)

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Block until the worker logs that it is ready (joined the group, tables recovered)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited: {self.log.read_text()[-3000:]}")
            if self.log.exists() and "[^Worker]: Ready" in self.log.read_text(errors="replace"):
                return
            time.sleep(0.25)
        raise TimeoutError(f"worker not ready: {self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        """Stop the worker cleanly (SIGTERM, then SIGKILL)."""
        from agents.cli import _stop

        _stop(self.proc)


@pytest.fixture
def worker(broker, tmp_path):
    """A ready worker on the session broker, stopped after the test."""
    w = Worker(broker, tmp_path)
    try:
        w.wait_ready()
        yield w
    finally:
        w.stop()
