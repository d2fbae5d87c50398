"""Live ingestion and alert delivery: RSS/Atom polling, a followed folder, webhooks.

The parsing and rules are in streams/ (feeds.py, alerts.py); this module does the I/O.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterator
from urllib.error import URLError
from urllib.request import Request, urlopen

import orjson

from streams.errors import BadInput
from streams.feeds import Backoff, SeenState, html_text, parse_feed
from streams.ingest import read_path
from streams.records import Article

log = logging.getLogger("rasd.live")
USER_AGENT = "rasd/0.1 (wire monitor)"
MAX_FETCH_BYTES = 20 * 1024 * 1024


def http_get(url: str, timeout: float = 20.0) -> bytes:
    """GET a URL; raise OSError (URLError, HTTPError) on failure or an oversized body."""
    with urlopen(Request(url, headers={"User-Agent": USER_AGENT}), timeout=timeout) as response:
        body = response.read(MAX_FETCH_BYTES + 1)
    if len(body) > MAX_FETCH_BYTES:
        raise OSError(f"{url}: more than {MAX_FETCH_BYTES} bytes")
    return body


def http_post_json(url: str, doc: dict, attempts: int = 3, timeout: float = 10.0) -> None:
    """POST a JSON document, retrying with back-off; raise OSError when every attempt failed."""
    body = orjson.dumps(doc)
    for attempt in range(1, attempts + 1):
        try:
            request = Request(url, data=body, method="POST",
                              headers={"Content-Type": "application/json", "User-Agent": USER_AGENT})
            with urlopen(request, timeout=timeout) as response:
                response.read()
            return
        except (URLError, OSError) as exc:
            if attempt == attempts:
                raise OSError(f"POST {url} failed {attempts} times: {exc}") from None
            time.sleep(0.5 * 2 ** attempt)


class Stopper:
    """Set by SIGTERM or SIGINT, so that loops end between rounds, after saving their state."""

    def __init__(self) -> None:
        self.event = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.event.set())

    def wait(self, seconds: float) -> bool:
        return self.event.wait(max(0.0, seconds))


def poll_feeds(urls: list[str], every: float, state: SeenState, send: Callable[[list[Article]], None],
               once: bool, fetch: Callable[[str], bytes] = http_get,
               stopper: Stopper | None = None) -> int:
    """Poll each feed every `every` seconds (backing off on errors) and send new entries.

    Returns the number of articles sent. An entry is remembered only after it was sent.
    """
    backoff = Backoff(every)
    sent = 0
    while True:
        now = time.monotonic()
        for url in backoff.due(urls, now):
            try:
                items, error = parse_feed(fetch(url), url)
                if error:
                    raise ValueError(error)
            except (OSError, ValueError) as exc:
                delay = backoff.failed(url, time.monotonic())
                print(f"feed {url}: {exc}; next try in {delay:.0f} s", file=sys.stderr, flush=True)
                continue
            backoff.ok(url, time.monotonic())
            fresh = [item for item in items if item.guid not in state]
            articles = []
            for item in fresh:
                if item.needs_page:
                    try:
                        page = html_text(http_get(item.article.url).decode("utf-8", "replace"))
                        if len(page) > len(item.article.text):
                            item.article.text = page
                    except (OSError, ValueError) as exc:
                        print(f"feed {url}: page {item.article.url}: {exc}; using the entry text",
                              file=sys.stderr, flush=True)
                if item.article.text.strip():
                    articles.append(item.article)
            if articles:
                send(articles)
            state.add(item.guid for item in fresh)
            state.save()
            sent += len(articles)
            print(f"feed {url}: {len(items)} entries, {len(articles)} new sent", flush=True)
        if once:
            return sent
        if _pause(stopper, min(backoff.next_at.values(), default=now + every) - time.monotonic()):
            return sent


def _stable_files(folder: Path, sizes: dict[str, tuple[int, float]]) -> Iterator[Path]:
    """Files whose size and mtime did not change since the last scan (so fully written)."""
    current = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".json", ".jsonl") and not path.name.startswith("."):
            st = path.stat()
            current[str(path)] = (st.st_size, st.st_mtime)
    for name, sig in current.items():
        if sizes.get(name) == sig:
            yield Path(name)
    sizes.clear()
    sizes.update(current)


def follow_folder(folder: Path, every: float, state: SeenState,
                  send: Callable[[list[Article]], None], refuse: Callable[[str, BadInput], None],
                  once: bool, stopper: Stopper | None = None) -> int:
    """Watch a folder (polling) and send each new, fully written file once; return the count sent.

    A file is taken once its size and mtime held still for one interval; with `once`, after
    one interval the folder's stable files are sent and the function returns.
    """
    sizes: dict[str, tuple[int, float]] = {}
    list(_stable_files(folder, sizes))
    sent = 0
    while True:
        if _pause(stopper, every):
            return sent
        for path in _stable_files(folder, sizes):
            st = path.stat()
            key = f"file:{path.resolve()}:{st.st_size}:{st.st_mtime_ns}"
            if key in state:
                continue
            articles = []
            for where, item in read_path(path):
                if isinstance(item, BadInput):
                    refuse(where, item)
                else:
                    articles.append(item)
            if articles:
                send(articles)
            state.add([key])
            state.save()
            sent += len(articles)
            print(f"follow: {path}: {len(articles)} sent", flush=True)
        if once:
            return sent


def _pause(stopper: Stopper | None, seconds: float) -> bool:
    """Sleep; True when a stop was asked for meanwhile."""
    if stopper is not None:
        return stopper.wait(seconds)
    time.sleep(max(0.0, seconds))
    return False
