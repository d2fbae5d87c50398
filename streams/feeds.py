"""Wire feeds as articles: RSS/Atom entries, article pages' text, and the memory of what was sent.

Pure logic only: fetching over HTTP and sending to Kafka live in agents/live.py.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable
from urllib.parse import urlparse

import feedparser
import orjson

from streams.records import Article

# An entry whose own text is shorter than this is only a teaser: fetch the linked page.
MIN_ENTRY_TEXT = 200
_SKIP_TAGS = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "figure"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "article", "section", "blockquote"}


class _TextParser(HTMLParser):
    """Collects visible text, in blocks, and the paragraphs (<p>) separately."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.in_p = 0
        self.blocks: list[str] = []
        self.paragraphs: list[str] = []
        self._block: list[str] = []
        self._para: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._flush_block()
            if tag == "p":
                self.in_p += 1

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self._flush_block()
            if tag == "p" and self.in_p:
                self.in_p -= 1
                self._flush_para()

    def handle_data(self, data):
        if self.skip:
            return
        self._block.append(data)
        if self.in_p:
            self._para.append(data)

    def _flush_block(self):
        text = " ".join("".join(self._block).split())
        if text:
            self.blocks.append(text)
        self._block = []

    def _flush_para(self):
        text = " ".join("".join(self._para).split())
        if text:
            self.paragraphs.append(text)
        self._para = []

    def close(self):
        super().close()
        self._flush_block()
        self._flush_para()


def html_text(html: str, min_paragraph: int = 40) -> str:
    """Readable text of an HTML fragment or page: its substantial paragraphs, else all its text."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    paragraphs = [p for p in parser.paragraphs if len(p) >= min_paragraph]
    return "\n".join(paragraphs if paragraphs else parser.blocks)


@dataclass(slots=True)
class FeedItem:
    """One entry of a feed: its identity, and the article built from what the feed carries."""

    guid: str
    article: Article
    needs_page: bool  # the entry text is a teaser; the linked page has the article


def _day(struct) -> str | None:
    if not struct:
        return None
    return time.strftime("%Y-%m-%d", struct)


def entry_id(guid: str) -> str:
    """A stable article id for a feed entry (the same guid always gives the same id)."""
    return "rss-" + hashlib.sha1(guid.encode("utf-8", "replace")).hexdigest()[:16]


def parse_feed(data: bytes, feed_url: str) -> tuple[list[FeedItem], str | None]:
    """Entries of an RSS or Atom document, and an error message when the document is unusable."""
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        return [], f"not an RSS or Atom feed: {parsed.get('bozo_exception') or 'no feed element'!s:.200}"
    source = (parsed.feed.get("title") or urlparse(feed_url).hostname or feed_url).strip()
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        guid = entry.get("id") or link or entry.get("title")
        if not guid:
            continue
        body = ""
        if entry.get("content"):
            body = max((c.get("value", "") for c in entry.content), key=len)
        body = html_text(body or entry.get("summary", ""), min_paragraph=1)
        title = html_text(entry.get("title", ""), min_paragraph=1)
        article = Article(id=entry_id(guid), text=body, title=title, url=link, source=source,
                          published=_day(entry.get("published_parsed") or entry.get("updated_parsed")))
        items.append(FeedItem(guid, article, needs_page=bool(link) and len(body) < MIN_ENTRY_TEXT))
    return items, None


class SeenState:
    """What was already sent (feed guids, followed files), remembered across restarts in a JSON file.

    Bounded: only the most recent `limit` keys are kept, which covers any feed's window.
    """

    def __init__(self, path: Path | None, limit: int = 100_000) -> None:
        self.path = path
        self.limit = limit
        self.seen: dict[str, float] = {}
        if path is not None and path.exists():
            try:
                loaded = orjson.loads(path.read_bytes())
                self.seen = {str(k): float(v) for k, v in loaded.get("seen", {}).items()}
            except (orjson.JSONDecodeError, AttributeError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}: not a Rasd state file ({exc}); move it away to start afresh") \
                    from None

    def __contains__(self, key: str) -> bool:
        return key in self.seen

    def add(self, keys: Iterable[str], now: float | None = None) -> None:
        now = time.time() if now is None else now
        for key in keys:
            self.seen[key] = now
        if len(self.seen) > self.limit:
            newest = sorted(self.seen.items(), key=lambda kv: kv[1])[-self.limit:]
            self.seen = dict(newest)

    def save(self) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of one."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        tmp.write_bytes(orjson.dumps({"v": 1, "seen": self.seen}))
        os.replace(tmp, self.path)


class Backoff:
    """When each source is next due: every `every` seconds, doubling after each failure."""

    def __init__(self, every: float, cap: float = 3600.0) -> None:
        self.every = every
        self.cap = max(cap, every)
        self.failures: dict[str, int] = {}
        self.next_at: dict[str, float] = {}

    def due(self, sources: Iterable[str], now: float) -> list[str]:
        return [s for s in sources if self.next_at.get(s, 0.0) <= now]

    def ok(self, source: str, now: float) -> None:
        self.failures.pop(source, None)
        self.next_at[source] = now + self.every

    def failed(self, source: str, now: float) -> float:
        """Record a failure; return the delay before the next try."""
        n = self.failures.get(source, 0) + 1
        self.failures[source] = n
        delay = min(self.cap, self.every * 2 ** n)
        self.next_at[source] = now + delay
        return delay
