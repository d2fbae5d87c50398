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

from streams.errors import BadInput
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
    """Send articles to the raw topic with kafka-python."""
    from agents.kafka_io import ensure_topics, producer

    ensure_topics(settings)
    prod = producer(settings)
    sent, refused = 0, 0
    try:
        if args.no_validate:
            for p in args.paths or ["-"]:
                raw = sys.stdin.buffer.read() if p == "-" else Path(p).read_bytes()
                for line in raw.split(b"\n"):
                    if line.strip():
                        prod.send(settings.topic_raw, value=line)
                        sent += 1
        else:
            for where, item in _inputs(args.paths):
                if isinstance(item, BadInput):
                    refused += 1
                    _refuse(where, item)
                    continue
                item.received_ms = int(time.time() * 1000)
                prod.send(settings.topic_raw, key=item.id.encode(), value=dumps(item))
                sent += 1
        prod.flush()
    finally:
        prod.close()
    print(f"sent {sent} articles to {settings.topic_raw}, refused {refused}")
    return 0 if sent or not refused else 1


def format_event(event: dict) -> str:
    """One readable line (plus provenance) for a consolidated event."""
    loc = event.get("location") or {}
    place = loc.get("name") or "?"
    if loc.get("name_en") or loc.get("admin1"):
        place += f" ({', '.join(x for x in (loc.get('name_en'), loc.get('admin1'), loc.get('country')) if x)})"
    elif loc.get("country"):
        place += f" ({loc['country']})"
    counts = ", ".join(f"{k}={event[k]}" for k in ("killed", "wounded", "captured") if event.get(k) is not None)
    mode = f"/{event['mode']}" if event.get("mode") else ""
    who = " ".join(filter(None, [
        f"actors: {'، '.join(event['actors'])}" if event.get("actors") else "",
        f"targets: {'، '.join(event['targets'])}" if event.get("targets") else ""]))
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
    """Print consolidated events from the events topic as they arrive."""
    from agents.kafka_io import consumer

    cons = consumer(settings, [settings.topic_events], args.from_beginning,
                    timeout_ms=int(args.timeout * 1000) if args.timeout else None)
    shown = 0
    try:
        for message in cons:
            event = orjson.loads(message.value)
            if not _wanted(event, args):
                continue
            print(orjson.dumps(event).decode() if args.json else format_event(event), flush=True)
            shown += 1
            if args.max and shown >= args.max:
                break
    except KeyboardInterrupt:
        pass
    finally:
        cons.close()
    return 0


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


def start_worker(env: dict[str, str], log_path: Path, level: str = "info") -> subprocess.Popen:
    """Start `faust -A agents.app worker` as a child process with the given environment."""
    code = "import sys; from faust.cli.faust import cli; sys.argv[0] = 'faust'; cli()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "-A", "agents.app", "worker", "-l", level],
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
    env.update(RASD_BROKER=broker.url, RASD_REBALANCE_TIMEOUT_S="4", RASD_WEB_PORT=str(free_port()),
               RASD_PARTITIONS=str(settings.partitions), PYTHONUNBUFFERED="1")
    demo_settings = load(env)
    print(f"broker: {broker.url} (embedded Tansu, memory only); logs in {workdir}", flush=True)
    worker = None
    try:
        ensure_topics(demo_settings)
        worker = start_worker(env, workdir / "worker.log")
        paths = args.paths or [str(SEEDS)]
        feed_args = argparse.Namespace(paths=paths, no_validate=False)
        cmd_feed(feed_args, demo_settings)
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


def cmd_config(args: argparse.Namespace, settings: Settings) -> int:
    """Print the effective configuration with secrets masked."""
    for key, value in settings.masked().items():
        print(f"RASD_{key.upper()}={value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="rasd", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("feed", help="send articles (seed .txt files, folders, JSONL, or - for stdin) to Kafka")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - or nothing reads stdin")
    p.add_argument("--no-validate", action="store_true",
                   help="send each JSONL line as it is (bad records then reach the dead-letter topic)")
    p.set_defaults(func=cmd_feed)

    p = sub.add_parser("subscribe", help="print consolidated events from the events topic")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--type", action="append", help="only this PLOVER category (repeatable)")
    p.add_argument("--country", action="append", help="only this ISO country code (repeatable)")
    p.add_argument("--min-killed", type=int, help="only events with at least this many killed")
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest event")
    p.add_argument("--max", type=int, help="stop after this many events")
    p.add_argument("--timeout", type=float, help="stop after this many seconds without an event")
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
    return args.func(args, settings)


if __name__ == "__main__":
    raise SystemExit(main())
