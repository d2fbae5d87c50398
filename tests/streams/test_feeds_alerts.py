"""Feed parsing, page text, the sent-items memory, back-off, and alert rules (no Kafka)."""

from pathlib import Path

import pytest

from streams.alerts import RulesError, load_rules, matching, parse_rules
from streams.feeds import Backoff, SeenState, entry_id, html_text, parse_feed

DATA = Path(__file__).resolve().parents[1] / "data"


def test_rss_entries_become_articles_with_text_date_url_and_source():
    items, error = parse_feed((DATA / "wire_rss.xml").read_bytes(), "http://example.test/rss")
    assert error is None and [i.guid for i in items] == ["wire-1", "wire-2"]
    first = items[0].article
    assert first.id == entry_id("wire-1") and first.published == "2019-05-12"
    assert first.url == "http://example.test/a1" and first.source == "وكالة الاختبار"
    assert first.text.startswith("إدلب - قتل خمسة مدنيين") and "track()" not in first.text
    assert not items[0].needs_page
    # A one-line description is a teaser: the linked page holds the article.
    assert items[1].needs_page and items[1].article.text == "تظاهر مئات في البصرة."


def test_atom_entries_and_html_summaries():
    items, error = parse_feed((DATA / "wire_atom.xml").read_bytes(), "http://example.test/atom")
    assert error is None and len(items) == 1
    assert items[0].article.text == "اعتقلت الشرطة 20 شخصا في مدينة الزرقاء اليوم."
    assert items[0].article.published == "2020-03-01" and items[0].article.source == "Atom wire"


def test_a_document_that_is_not_a_feed_is_an_error():
    items, error = parse_feed(b"<html><body>502 Bad Gateway</body></html>", "http://x")
    assert items == [] and error


def test_page_text_keeps_article_paragraphs_and_drops_navigation_and_scripts():
    text = html_text((DATA / "article_a2.html").read_text(encoding="utf-8"))
    assert text.startswith("البصرة - تظاهر مئات") and "لافتات" in text
    assert "الرئيسية" not in text and "p{}" not in text and "جميع الحقوق" not in text


def test_seen_state_survives_a_restart_and_stays_bounded(tmp_path):
    path = tmp_path / "state.json"
    state = SeenState(path, limit=3)
    state.add(["a", "b"], now=1)
    state.add(["c", "d"], now=2)
    state.save()
    again = SeenState(path, limit=3)
    assert "d" in again and "c" in again and len(again.seen) == 3
    path.write_text("not json")
    with pytest.raises(ValueError, match="not a Rasd state file"):
        SeenState(path)


def test_backoff_doubles_after_failures_and_resets_after_success():
    b = Backoff(every=10, cap=100)
    assert b.due(["f"], now=0) == ["f"]
    assert b.failed("f", 0) == 20 and b.failed("f", 20) == 40 and b.failed("f", 60) == 80
    assert b.failed("f", 140) == 100  # capped
    assert b.due(["f"], now=239) == [] and b.due(["f"], now=240) == ["f"]
    b.ok("f", 240)
    assert b.next_at["f"] == 250 and "f" not in b.failures


EVENT = {
    "event_id": "e1", "version": 2, "type": "ASSAULT", "killed": 7,
    "location": {"name": "سراقب", "name_en": "Saraqib", "country": "SY", "admin1": "Idlib"},
    "sentences": ["قتل سبعة مدنيين في غارة جوية على سراقب"], "actors": ["قوات النظام"], "targets": [],
}


def test_rules_match_on_every_condition_they_set():
    rules = parse_rules({"rules": [
        {"name": "deadly", "type": ["assault"], "country": "sy", "min_killed": 5},
        {"name": "idlib-air", "admin1": ["IDLIB"], "keywords": ["غاره"]},  # folded like the text
        {"name": "too-few", "type": "ASSAULT", "min_killed": 8},
        {"name": "iraq", "country": ["IQ"]},
        {"name": "protests", "type": ["PROTEST"], "keywords": ["غارة"]},
    ]})
    assert matching(rules, EVENT) == ["deadly", "idlib-air"]
    assert matching(rules, {**EVENT, "killed": None}) == ["idlib-air"]


@pytest.mark.parametrize("doc, message", [
    ({}, "non-empty list under 'rules'"),
    ({"rules": [{"name": "x", "kind": "ASSAULT"}]}, "unknown field"),
    ({"rules": [{"name": "x", "min_killed": "5"}]}, "min_killed must be a whole number"),
    ({"rules": [{"name": "x", "country": [1]}]}, "country: expected a string"),
])
def test_bad_rules_are_refused_with_the_reason(doc, message):
    with pytest.raises(RulesError, match=message):
        parse_rules(doc)


def test_rules_file_errors_name_the_file(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("rules: [unclosed", encoding="utf-8")
    with pytest.raises(RulesError, match="rules.yaml"):
        load_rules(path)
