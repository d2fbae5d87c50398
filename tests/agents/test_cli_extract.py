"""`rasd extract` on the seed articles, in-process, through the console entry point."""

import subprocess
import sys
from pathlib import Path

import orjson

from agents.cli import format_event

ROOT = Path(__file__).resolve().parents[2]


def rasd(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "agents.cli", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=120)


def test_extract_finds_seed_events_per_article():
    out = rasd("extract", *sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")))
    assert out.returncode == 0, out.stderr.decode()
    rows = {r["id"]: r["events"] for r in map(orjson.loads, out.stdout.splitlines())}
    assert rows["006_sports_no_event"] == []
    strike = [e for e in rows["001_airstrike_maarrat"] if e["type"] == "ASSAULT" and e["killed"]]
    assert strike[0]["killed"] == 12 and strike[0]["location"]["country"] == "SY"
    assert strike[0]["location"]["admin1"] == "Idlib" and strike[0]["mode"] == "aerial"
    arrest = [e for e in rows["004_arrest_hebron"] if e["type"] == "COERCE"]
    assert any(e["captured"] == 15 for e in arrest)
    talks = [e for e in rows["005_talks_geneva"] if e["type"] == "CONSULT"]
    assert talks and talks[0]["location"]["name_en"] == "Geneva"
    for events in rows.values():
        for e in events:
            assert set(e) >= {"type", "mode", "location", "date", "killed", "wounded", "captured",
                              "actors", "targets", "sentence", "confidence"}


def test_extract_consolidate_merges_reprint_with_conservative_toll():
    out = rasd("extract", "--consolidate", str(ROOT / "seeds/001_airstrike_maarrat.txt"),
               str(ROOT / "seeds/002_airstrike_maarrat_reprint.txt"))
    events = [orjson.loads(line) for line in out.stdout.splitlines()]
    strikes = [e for e in events if e["type"] == "ASSAULT" and e["location"]["name"] == "معرة النعمان"]
    assert len(strikes) == 1
    assert strikes[0]["killed"] == 10 and strikes[0]["killed_range"] == [10, 12]
    assert sorted(strikes[0]["articles"]) == ["001_airstrike_maarrat", "002_airstrike_maarrat_reprint"]


def test_extract_reports_bad_lines_and_goes_on():
    lines = b"\n".join([
        b'{"id": "bad1", "text": ',
        b'{"id": "bad2"}',
        b'{"id": "bad3", "text": "The army shelled the town."}',
        b'{"id": "bad4", "text": "' + "قصف ".encode() * 60000 + b'"}',
        b'{"id": "good", "text": "\xd8\xa7\xd8\xb9\xd8\xaa\xd9\x82\xd9\x84\xd8\xaa \xd8\xa7\xd9\x84\xd8\xb4\xd8\xb1\xd8\xb7\xd8\xa9 20 \xd8\xb4\xd8\xae\xd8\xb5\xd8\xa7 \xd9\x81\xd9\x8a \xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xb2\xd8\xb1\xd9\x82\xd8\xa7\xd8\xa1."}',
    ])
    out = rasd("extract", "-", stdin=lines)
    err = out.stderr.decode()
    assert out.returncode == 1
    for reason in ("malformed_json", "missing_field", "not_arabic", "too_large"):
        assert reason in err
    (row,) = [orjson.loads(line) for line in out.stdout.splitlines()]
    assert row["id"] == "good" and row["events"][0]["type"] == "COERCE"


def test_help_lists_every_command():
    out = rasd("--help").stdout.decode()
    for command in ("feed", "subscribe", "broker", "extract", "demo", "eval", "config"):
        assert command in out


def test_a_printed_event_says_when_it_is_intended_not_done():
    event = {"event_id": "0123456789abcdef", "version": 2, "type": "AGREE", "mode": None,
             "location": {"name": "جنيف", "country": "CH"}, "date": "2017-02-23", "actors": [],
             "targets": [], "mention_count": 2, "confidence": 0.8}
    assert "intended" not in format_event(event)
    assert "AGREE (intended, not done) at جنيف (CH)" in format_event({**event, "intent": True})


def test_a_printed_toll_says_when_it_is_a_lower_bound():
    event = {"event_id": "0123456789abcdef", "version": 2, "type": "ASSAULT", "mode": "artillery",
             "location": {"name": "أم درمان", "country": "SD"}, "date": "2024-06-09", "actors": [],
             "targets": [], "mention_count": 2, "confidence": 0.9, "killed": 15, "wounded": 30}
    assert "killed=15, wounded=30" in format_event(event)
    assert "killed=at least 15, wounded=30" in format_event({**event, "killed_qualifier": "at_least"})
