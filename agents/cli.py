"""The `rasd` command: feed, subscribe, broker, extract, demo, eval and config."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import orjson

from streams.errors import BadInput, TooLarge
from streams.ingest import article_from_json, parse_seed, read_jsonl, read_path
from streams.records import Article, dumps
from streams.settings import Settings, SettingsError, load

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _read_stdin() -> Iterator[tuple[str, Article | BadInput]]:
    raw = sys.stdin.buffer.read()
    if raw.lstrip().startswith(b"{"):
        yield from read_jsonl(raw, "stdin")
        return
    try:
        yield "stdin", parse_seed(raw.decode("utf-8"), "stdin")
    except UnicodeDecodeError as exc:
        yield "stdin", BadInput(f"not UTF-8 at byte {exc.start}")
    except BadInput as exc:
        yield "stdin", exc


def _inputs(paths: list[str]) -> Iterator[tuple[str, Article | BadInput]]:
    for p in paths or ["-"]:
        if p == "-":
            yield from _read_stdin()
        elif not Path(p).exists():
            yield p, BadInput("no such file or folder")
        else:
            yield from read_path(Path(p))


def _refuse(where: str, exc: BadInput) -> None:
    print(f"refused {where}: {exc.reason}: {exc}", file=sys.stderr)


def cmd_feed(args: argparse.Namespace, settings: Settings) -> int:
    """Send articles to the raw topic with kafka-python: files, stdin, RSS/Atom feeds or a folder."""
    from agents.kafka_io import ensure_topics, producer

    live = bool(args.rss or args.follow)
    if live and args.paths:
        print("give PATHs, or --rss/--follow, not both", file=sys.stderr)
        return 2
    ensure_topics(settings)
    prod = producer(settings)
    counts = {"sent": 0, "refused": 0}

    def send(articles: list[Article], where: str = "") -> None:
        from kafka.errors import MessageSizeTooLargeError

        now = int(time.time() * 1000)
        for article in articles:
            article.received_ms = now
            try:
                prod.send(settings.topic_raw, key=article.id.encode(), value=dumps(article))
            except MessageSizeTooLargeError as exc:
                refuse(where or article.id, TooLarge(f"record over the producer's request size: {exc}"))
                continue
            counts["sent"] += 1
        prod.flush()

    def refuse(where: str, exc: BadInput) -> None:
        counts["refused"] += 1
        _refuse(where, exc)

    try:
        if live:
            _feed_live(args, send, refuse)
        elif args.no_validate:
            for p in args.paths or ["-"]:
                raw = sys.stdin.buffer.read() if p == "-" else Path(p).read_bytes()
                for line in raw.split(b"\n"):
                    if line.strip():
                        prod.send(settings.topic_raw, value=line)
                        counts["sent"] += 1
        else:
            for where, item in _inputs(args.paths):
                if isinstance(item, BadInput):
                    refuse(where, item)
                else:
                    send([item], where)
        prod.flush()
    except KeyboardInterrupt:
        pass
    finally:
        prod.close()
    print(f"sent {counts['sent']} articles to {settings.topic_raw}, refused {counts['refused']}")
    return 0 if counts["sent"] or not counts["refused"] else 1


def _feed_live(args: argparse.Namespace, send, refuse) -> None:
    from agents.live import Stopper, follow_folder, poll_feeds
    from streams.feeds import SeenState

    state = SeenState(Path(args.state))
    stopper = Stopper()
    if args.rss:
        poll_feeds(args.rss, args.every or 60.0, state, send, args.once, stopper=stopper)
    else:
        follow_folder(Path(args.follow), args.every or 2.0, state, send, refuse, args.once, stopper)


QUALIFIED = {"at_least": "at least ", "more_than": "more than ", "about": "about "}


def format_event(event: dict) -> str:
    """One readable line (plus provenance) for a consolidated event."""
    loc = event.get("location") or {}
    place = loc.get("name") or "?"
    if loc.get("name_en") or loc.get("admin1"):
        place += f" ({', '.join(x for x in (loc.get('name_en'), loc.get('admin1'), loc.get('country')) if x)})"
    elif loc.get("country"):
        place += f" ({loc['country']})"
    bound = QUALIFIED.get(event.get("killed_qualifier") or "", "")  # 'killed=at least 15'
    counts = ", ".join(f"{k}={bound if k == 'killed' else ''}{event[k]}" for k in ("killed", "wounded", "captured")
                       if event.get(k) is not None)
    mode = f"/{event['mode']}" if event.get("mode") else ""
    who = " ".join(filter(None, [
        f"actors: {'، '.join(event['actors'])}" if event.get("actors") else "",
        f"targets: {'، '.join(event['targets'])}" if event.get("targets") else ""]))
    mode += " (intended, not done)" if event.get("intent") else ""
    return (f"[{event['event_id'][:10]} v{event['version']}] {event['type']}{mode} at {place} "
            f"on {event.get('date') or 'unknown date'}"
            f"{' · ' + counts if counts else ''}{' · ' + who if who else ''}"
            f" · mentions={event['mention_count']} confidence={event['confidence']}")


def _wanted(event: dict, args: argparse.Namespace) -> bool:
    if args.type and event.get("type") not in args.type:
        return False
    if args.country and (event.get("location") or {}).get("country") not in args.country:
        return False
    if args.min_killed is not None and (event.get("killed") or 0) < args.min_killed:
        return False
    return True


def cmd_subscribe(args: argparse.Namespace, settings: Settings) -> int:
    """Print consolidated events from the events topic as they arrive, or alert on rules."""
    from agents.kafka_io import consumer, missing_topics

    alerter = None
    if args.rules:
        from streams.alerts import RulesError, load_rules

        try:
            alerter = Alerter(load_rules(Path(args.rules)), args.webhook, Path(args.alert_state))
        except (RulesError, ValueError) as exc:
            print(f"rules: {exc}", file=sys.stderr)
            return 2
    elif args.webhook:
        print("--webhook needs --rules", file=sys.stderr)
        return 2
    if missing_topics(settings, [settings.topic_events]):
        print(f"configuration error: RASD_TOPIC_EVENTS={settings.topic_events!r}: no such topic on "
              f"{settings.bootstrap} (check the name, or create the topics with `rasd topics`)",
              file=sys.stderr)
        return 2
    cons = consumer(settings, [settings.topic_events], args.from_beginning, group=args.group,
                    timeout_ms=int(args.timeout * 1000) if args.timeout else None)
    shown = 0
    try:
        for message in cons:
            event = orjson.loads(message.value)
            if not _wanted(event, args):
                continue
            if alerter is not None:
                if not alerter.handle(event, args.json):
                    continue
            else:
                print(orjson.dumps(event).decode() if args.json else format_event(event), flush=True)
            shown += 1
            if args.max and shown >= args.max:
                break
    except KeyboardInterrupt:
        pass
    finally:
        cons.close()
    return 0


class Alerter:
    """Applies alert rules; prints or posts each matching (event id, version) at most once."""

    def __init__(self, rules, webhook: str | None, state_path: Path) -> None:
        from streams.feeds import SeenState

        self.rules = rules
        self.webhook = webhook
        self.state = SeenState(state_path)

    def handle(self, event: dict, as_json: bool) -> bool:
        """Alert on an event if a rule matches and this version was not alerted; True if alerted."""
        from streams.alerts import matching

        names = matching(self.rules, event)
        key = f"{event.get('event_id')}@{event.get('version')}"
        if not names or key in self.state:
            return False
        alert = {"rules": names, "event": event}
        if self.webhook:
            from agents.live import http_post_json

            try:
                http_post_json(self.webhook, alert)
            except OSError as exc:
                print(f"alert for {key} not delivered: {exc}", file=sys.stderr, flush=True)
                return False
        print(orjson.dumps(alert).decode() if as_json else f"ALERT {','.join(names)}: {format_event(event)}",
              flush=True)
        self.state.add([key])
        self.state.save()
        return True


def cmd_broker(args: argparse.Namespace, settings: Settings) -> int:
    """Run the embedded broker in the foreground."""
    from agents.broker import EmbeddedBroker

    broker = EmbeddedBroker(port=args.port).start()
    print(f"embedded broker (Tansu, memory only) listening on {broker.url}", flush=True)
    print(f"use: export RASD_BROKER={broker.url}", flush=True)
    try:
        broker.proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        broker.stop()
    return 0


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    """Run every stage in-process and write JSONL."""
    from streams.pipeline import article_events, consolidate_all, consolidated_view, event_view

    out = sys.stdout
    refused = 0
    all_events = []
    for where, item in _inputs(args.paths):
        if isinstance(item, BadInput):
            refused += 1
            _refuse(where, item)
            continue
        try:
            events = article_events(item, settings)
        except BadInput as exc:
            refused += 1
            _refuse(where, exc)
            continue
        if args.consolidate:
            all_events.extend(events)
        else:
            out.write(orjson.dumps({"id": item.id, "events": [event_view(e) for e in events]}).decode() + "\n")
    if args.consolidate:
        for event in consolidate_all(all_events, settings):
            out.write(orjson.dumps(consolidated_view(event)).decode() + "\n")
    out.flush()
    return 1 if refused else 0


def _stop(proc: subprocess.Popen, timeout: float = 20.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def start_worker(env: dict[str, str], log_path: Path, level: str = "info",
                 app: str = "agents.app") -> subprocess.Popen:
    """Start `faust -L uvloop -A agents.app worker` as a child process with the given environment."""
    code = "import sys; from faust.cli.faust import cli; sys.argv[0] = 'faust'; cli()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "-L", "uvloop", "-A", app, "worker", "-l", level],
        env=env, stdout=open(log_path, "ab"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        cwd=str(Path(__file__).resolve().parent.parent),
    )


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Broker, worker, seeds in, consolidated events out; then stop everything."""
    from agents.broker import EmbeddedBroker, free_port
    from agents.kafka_io import consumer, ensure_topics

    workdir = Path(tempfile.mkdtemp(prefix="rasd-demo-"))
    broker = EmbeddedBroker(log_path=workdir / "broker.log").start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(RASD_BROKER=broker.url, RASD_REBALANCE_TIMEOUT_S="4", RASD_FETCH_MAX_WAIT_MS="50",
               RASD_END_OFFSETS_FROM_FETCH="true",
               RASD_WEB_PORT=str(free_port()),
               RASD_PARTITIONS=str(settings.partitions), RASD_DATADIR=str(workdir / "data"),
               PYTHONUNBUFFERED="1")
    demo_settings = load(env)
    print(f"broker: {broker.url} (embedded Tansu, memory only); logs in {workdir}", flush=True)
    worker = None
    try:
        ensure_topics(demo_settings)
        worker = start_worker(env, workdir / "worker.log")
        cmd_feed(build_parser().parse_args(["feed", *(args.paths or [str(SEEDS)])]), demo_settings)
        cons = consumer(demo_settings, [demo_settings.topic_events, demo_settings.topic_dead_letters],
                        True, timeout_ms=1000)
        deadline = time.monotonic() + args.timeout
        last = None
        events: dict[str, dict] = {}
        while time.monotonic() < deadline:
            if worker.poll() is not None:
                print(f"worker exited with {worker.returncode}; see {workdir / 'worker.log'}", file=sys.stderr)
                return 1
            got = False
            for message in cons:
                got = True
                data = orjson.loads(message.value)
                if message.topic == demo_settings.topic_dead_letters:
                    print(f"dead letter from {data['stage']}: {data['reason']}: {data['detail']}", flush=True)
                else:
                    events[data["event_id"]] = data
                    print(format_event(data), flush=True)
                last = time.monotonic()
            if last and not got and time.monotonic() - last > args.idle:
                break
        cons.close()
        print(f"{len(events)} consolidated events; stopping", flush=True)
        return 0 if events else 1
    except KeyboardInterrupt:
        print("interrupted; stopping", file=sys.stderr)
        return 130
    finally:
        if worker is not None:
            _stop(worker)
        broker.stop()


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Score extraction against evaluation files."""
    from streams.evaluate import report

    print(report([Path(p) for p in args.files], settings, gsr=[Path(p) for p in args.gsr]))
    return 0


def cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    """Create the topics that are missing (partitions, replication, compaction for the events topic)."""
    from agents.kafka_io import ensure_topics

    created = ensure_topics(settings)
    for role, name in settings.topics.items():
        print(f"{role:13} {name:40} {'created' if name in created else 'exists'}")
    return 0


def cmd_config(args: argparse.Namespace, settings: Settings) -> int:
    """Print the effective configuration with secrets masked."""
    for key, value in settings.masked().items():
        print(f"RASD_{key.upper()}={value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="rasd", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("feed", help="send articles (seed .txt files, folders, JSONL, stdin, RSS/Atom "
                                    "feeds or a followed folder) to Kafka")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - or nothing reads stdin")
    p.add_argument("--no-validate", action="store_true",
                   help="send each JSONL line as it is (bad records then reach the dead-letter topic)")
    p.add_argument("--rss", nargs="+", metavar="URL", help="poll these RSS/Atom feeds and send new items")
    p.add_argument("--follow", metavar="DIR", help="watch a folder and send each new file once")
    p.add_argument("--every", type=float, metavar="SECONDS",
                   help="polling interval (default 60 for --rss, 2 for --follow)")
    p.add_argument("--state", default=".rasd-state/feed.json", metavar="FILE",
                   help="where sent feed items and files are remembered across restarts "
                        "(default: %(default)s)")
    p.add_argument("--once", action="store_true", help="with --rss/--follow: one round, then exit")
    p.set_defaults(func=cmd_feed)

    p = sub.add_parser("subscribe", help="print consolidated events from the events topic")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--type", action="append", help="only this PLOVER category (repeatable)")
    p.add_argument("--country", action="append", help="only this ISO country code (repeatable)")
    p.add_argument("--min-killed", type=int, help="only events with at least this many killed")
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest event")
    p.add_argument("--max", type=int, help="stop after this many events")
    p.add_argument("--timeout", type=float, help="stop after this many seconds without an event")
    p.add_argument("--group", help="consumer group id: committed offsets let a restart go on where it "
                                   "stopped")
    p.add_argument("--rules", metavar="YAML", help="alert only on events matching these rules "
                                                   "(see streams/alerts.py for the format)")
    p.add_argument("--webhook", metavar="URL", help="with --rules: POST each alert as JSON to this URL")
    p.add_argument("--alert-state", default=".rasd-state/alerts.json", metavar="FILE",
                   help="event versions already alerted, so each is alerted once (default: %(default)s)")
    p.set_defaults(func=cmd_subscribe)

    p = sub.add_parser("broker", help="run the embedded broker (Tansu, memory only) in the foreground")
    p.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    p.set_defaults(func=cmd_broker)

    p = sub.add_parser("extract", help="run all stages in-process (no Kafka) and write JSONL")
    p.add_argument("paths", nargs="*", metavar="FILE", help="JSONL or seed-format files; - or nothing reads stdin")
    p.add_argument("--consolidate", action="store_true", help="one line per consolidated event")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("demo", help="embedded broker + worker + seeds; prints consolidated events, then stops")
    p.add_argument("paths", nargs="*", metavar="PATH", help="what to feed (default: seeds/)")
    p.add_argument("--timeout", type=float, default=180.0, help="stop after this many seconds in all")
    p.add_argument("--idle", type=float, default=10.0, help="stop after this many seconds without output")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("eval", help="score extraction against evaluation files (FORMAT.md)")
    p.add_argument("files", nargs="*", metavar="JSONL", help="evaluation articles with gold events")
    p.add_argument("--gsr", action="append", default=[], metavar="CSV",
                   help="an event gold-standard sentence file (repeatable)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("topics", help="create the missing topics with their partition counts, then exit")
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("config", help="print the effective configuration (secrets masked)")
    p.set_defaults(func=cmd_config)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rasd` console script."""
    args = build_parser().parse_args(argv)
    try:
        settings = load()
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    from kafka.errors import KafkaConnectionError, KafkaTimeoutError

    try:
        return args.func(args, settings)
    except (KafkaConnectionError, KafkaTimeoutError) as exc:
        print(f"cannot reach the broker at {settings.bootstrap} (RASD_BROKER): {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
