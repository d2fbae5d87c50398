"""Live ingestion and alerts against the embedded broker and a local HTTP server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import orjson
import pytest

from agents.cli import build_parser, cmd_feed, cmd_subscribe
from agents.kafka_io import consumer, producer

pytestmark = pytest.mark.broker
DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class Site:
    """A local HTTP server: GET serves `pages` (path -> (status, bytes)), POST bodies are kept."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, bytes]] = {}
        self.posts: list[dict] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                status, body = site.pages.get(self.path, (404, b"not found"))
                self.send_response(status)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                site.posts.append(orjson.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


def read_all(settings, topic: str, expect: int, timeout: float = 20.0) -> list[dict]:
    """Every record on a topic, waiting until at least `expect` arrived (or the timeout)."""
    cons = consumer(settings, [topic], True, timeout_ms=1500)
    got: list[dict] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            got.extend(orjson.loads(m.value) for m in cons)
            if len(got) >= expect:
                break
    finally:
        cons.close()
    return got


def test_rss_items_are_sent_once_even_across_restarts(topics, site, tmp_path, capsys):
    rss = (DATA / "wire_rss.xml").read_bytes().replace(b"http://example.test", site.base.encode())
    site.pages["/rss"] = (200, rss)
    site.pages["/a2"] = (200, (DATA / "article_a2.html").read_bytes())
    site.pages["/broken"] = (500, b"oops")
    argv = ["feed", "--rss", f"{site.base}/broken", f"{site.base}/rss", "--once",
            "--state", str(tmp_path / "feed.json")]

    assert cmd_feed(build_parser().parse_args(argv), topics) == 0
    out = capsys.readouterr()
    assert "broken" in out.err and "next try in" in out.err  # a failing feed is reported, others go on
    assert "2 entries, 2 new sent" in out.out

    articles = read_all(topics, topics.topic_raw, expect=2)
    assert len(articles) == 2
    by_url = {a["url"]: a for a in articles}
    teaser = by_url[f"{site.base}/a2"]  # a one-line item: the text comes from the linked page
    assert teaser["text"].startswith("البصرة - تظاهر مئات") and "الرئيسية" not in teaser["text"]
    assert by_url[f"{site.base}/a1"]["published"] == "2019-05-12"

    cmd_feed(build_parser().parse_args(argv), topics)  # a restart: the state file remembers
    assert "2 entries, 0 new sent" in capsys.readouterr().out
    assert len(read_all(topics, topics.topic_raw, expect=3, timeout=5)) == 2


def test_follow_sends_each_new_file_once(topics, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = {**os.environ, **{f"RASD_{k.upper()}": str(v) for k, v in asdict(topics).items()}}
    cmd = [sys.executable, "-m", "agents.cli", "feed", "--follow", str(inbox), "--every", "0.3",
           "--state", str(tmp_path / "follow.json")]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        (inbox / "a.txt").write_bytes((SEEDS / "003_protest_basra.txt").read_bytes())
        assert len(read_all(topics, topics.topic_raw, expect=1)) == 1
        (inbox / "b.txt").write_bytes((SEEDS / "004_arrest_hebron.txt").read_bytes())
        (inbox / "notes.md").write_text("not an article")
        got = read_all(topics, topics.topic_raw, expect=2)
        assert sorted(a["id"] for a in got) == ["a", "b"]
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0 and "sent 2 articles" in out, out

    again = subprocess.run(cmd + ["--once"], env=env, capture_output=True, text=True, timeout=60)
    assert "sent 0 articles" in again.stdout, again.stdout + again.stderr


def test_rules_alert_each_event_version_once_through_a_webhook(topics, site, tmp_path, capsys):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: deadly-sy\n    type: [ASSAULT]\n    country: [SY]\n"
                     "    min_killed: 5\n", encoding="utf-8")
    base = {"type": "ASSAULT", "killed": 7, "location": {"country": "SY", "name": "سراقب"},
            "sentence": "", "mention_count": 1, "confidence": 0.8}
    events = [{**base, "event_id": "e1", "version": 1}, {**base, "event_id": "e1", "version": 2},
              {**base, "event_id": "e2", "version": 1, "killed": 2},
              {**base, "event_id": "e1", "version": 2}]  # a redelivered version
    prod = producer(topics)
    for e in events:
        prod.send(topics.topic_events, key=e["event_id"].encode(), value=orjson.dumps(e))
    prod.flush()
    prod.close()
    argv = ["subscribe", "--rules", str(rules), "--webhook", f"{site.base}/hook", "--from-beginning",
            "--timeout", "3", "--alert-state", str(tmp_path / "alerts.json")]

    assert cmd_subscribe(build_parser().parse_args(argv), topics) == 0
    assert [(p["event"]["event_id"], p["event"]["version"], p["rules"]) for p in site.posts] == \
        [("e1", 1, ["deadly-sy"]), ("e1", 2, ["deadly-sy"])]
    assert capsys.readouterr().out.count("ALERT deadly-sy") == 2

    cmd_subscribe(build_parser().parse_args(argv), topics)  # restarted: nothing alerted twice
    assert len(site.posts) == 2
