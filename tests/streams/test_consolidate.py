"""Consolidation: same happening merges, different places never do, replays change nothing."""

from dataclasses import replace

from streams.consolidate import Consolidator, same_place
from streams.pipeline import consolidated_view
from streams.records import Event

HOMS = {"name": "حمص", "country": "SY", "admin1": "Homs", "gazetteer_id": "gn:169577", "precision": "exact"}
HAMA = {"name": "حماة", "country": "SY", "admin1": "Hama", "gazetteer_id": "gn:170017", "precision": "exact"}
HOMS_PROVINCE = {"name": "ريف حمص", "country": "SY", "admin1": "Homs", "gazetteer_id": None, "precision": "admin1"}


def ev(cid, loc=HOMS, day="2020-03-01", killed=None, type_="ASSAULT"):
    return Event(candidate_id=cid, article_id=cid.split("#")[0], type=type_, mode="aerial", acled_type=None,
                 acled_sub_type=None, location=loc, date=day, killed=killed, wounded=None, captured=None,
                 actors=[], targets=[], sentence=f"sentence {cid}", confidence=0.8, url=f"http://x/{cid}",
                 source="x")


def test_reports_of_same_attack_merge_with_conservative_toll():
    state, c = {}, Consolidator()
    first = c.add(state, ev("a#0", killed=12), 1)
    second = c.add(state, ev("b#0", killed=10, day="2020-03-02"), 2)
    assert second.event_id == first.event_id
    assert (second.version, second.mention_count, second.killed, second.killed_range) == (2, 2, 10, [10, 12])
    assert second.articles == ["a", "b"]


def test_the_conservative_toll_keeps_its_own_qualifier():
    """'at least 15' and '18': 15, at least; a higher figure leaves the qualifier alone; the same
    figure told 'at least' by either report is a lower bound."""
    def report(cid, killed, qualifier):
        e = ev(cid, killed=killed)
        e.killed_qualifier = qualifier
        return e
    state, c = {}, Consolidator()
    c.add(state, report("a#0", 18, None), 1)
    merged = c.add(state, report("b#0", 15, "at_least"), 2)
    assert (merged.killed, merged.killed_qualifier, merged.killed_range) == (15, "at_least", [15, 18])
    merged = c.add(state, report("c#0", 20, "about"), 3)
    assert (merged.killed, merged.killed_qualifier) == (15, "at_least")
    state, c = {}, Consolidator()
    c.add(state, report("a#0", 15, "at_least"), 1)
    assert c.add(state, report("b#0", 15, None), 2).killed_qualifier == "at_least"
    state, c = {}, Consolidator()
    c.add(state, report("a#0", 15, "at_least"), 1)
    assert c.add(state, report("b#0", 12, None), 2).killed_qualifier is None


def test_a_risen_toll_updates_the_figure_in_either_order_and_a_higher_report_alone_does_not():
    """'ارتفعت الحصيلة إلى 22' after '15 killed' is a later count, not a differing report."""
    def risen(cid, killed):
        return replace(ev(cid, killed=killed), toll_update=True)
    for reports in ([ev("a#0", killed=15), risen("b#0", 22)], [risen("b#0", 22), ev("a#0", killed=15)],
                    [ev("a#0", killed=15), risen("b#0", 18), risen("c#0", 22), ev("d#0", killed=30)]):
        state, c = {}, Consolidator()
        for k, report in enumerate(reports):
            merged = c.add(state, report, k + 1)
        assert merged.killed == 22, reports
        assert "killed_updated" not in consolidated_view(merged)  # (consolidation state, not published)
    state, c = {}, Consolidator()
    c.add(state, ev("a#0", killed=15), 1)
    assert c.add(state, ev("b#0", killed=22), 2).killed == 15


def test_different_places_and_far_dates_stay_apart():
    state, c = {}, Consolidator()
    a = c.add(state, ev("a#0"), 1)
    b = c.add(state, ev("b#0", loc=HAMA), 2)
    d = c.add(state, ev("d#0", day="2020-03-05"), 3)
    assert len({a.event_id, b.event_id, d.event_id}) == 3


def test_place_inside_province_is_compatible():
    assert same_place(HOMS, HOMS_PROVINCE)
    assert not same_place(HOMS, HAMA)


def test_same_candidate_twice_changes_nothing():
    state, c = {}, Consolidator()
    c.add(state, ev("a#0", killed=5), 1)
    before = dict(state)
    assert c.add(state, ev("a#0", killed=5), 2) is None
    assert state == before


def test_events_expire_after_horizon():
    state, c = {}, Consolidator(horizon_days=7)
    c.add(state, ev("a#0"), 0)
    assert c.expire(state, 8 * 86_400_000) == 1 and state == {}


def test_state_stays_bounded_over_a_long_run():
    """60 days of reports, the clock moving with them: only the horizon's days stay in the state."""
    state, c = {}, Consolidator(horizon_days=7)
    sizes = []
    for d in range(60):
        day = f"2020-{3 + d // 30:02d}-{1 + d % 30:02d}"
        for k in range(5):
            c.add(state, ev(f"a{d}-{k}#0", day=day, loc=(HOMS, HAMA)[k % 2]), d * 86_400_000 + k)
        sizes.append((len(state), sum(len(v) for v in state.values())))
    assert max(n for n, _ in sizes[20:]) == sizes[20][0] <= 2 * 9  # two blocking keys, ~8 days + index
    assert max(b for _, b in sizes[20:]) < 1.2 * sizes[20][1]


def test_the_state_takes_the_memory_of_its_bytes_not_of_the_encoders_buffer():
    """What the state holds in memory is about the length of its values (orjson returns bytes
    that keep an 8 KiB working buffer: ten times a small bucket)."""
    import gc
    import tracemalloc

    warm = {}
    for k in range(200):  # lexicons and caches loaded before measuring
        Consolidator().add(warm, ev(f"w{k}#0", day=f"2020-03-{1 + k % 28:02d}", loc=(HOMS, HAMA)[k % 2]), k)
    state, c = {}, Consolidator()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for k in range(200):
            c.add(state, ev(f"m{k}#0", day=f"2020-03-{1 + k % 28:02d}", loc=(HOMS, HAMA)[k % 2]), k)
        c._decoded.clear()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    stored = sum(len(v) for v in state.values())
    assert held < 3 * stored, (held, stored)


def undated(cid, loc=HOMS):
    e = ev(cid, loc=loc, day=None)
    e.published, e.received_ms = None, 1_700_000_000_000
    return e


def test_undated_reports_merge_only_on_the_very_same_place():
    """Without a date, only the received day says two reports are close in time: a place inside
    another is too weak a tie, the same place still merges; the received day is no event date."""
    state, c = {}, Consolidator()
    city = c.add(state, undated("a#0"), 1_700_000_000_000)
    province = c.add(state, undated("b#0", loc=HOMS_PROVINCE), 1_700_000_000_001)
    again = c.add(state, undated("c#0"), 1_700_000_000_002)
    assert province.event_id != city.event_id
    assert again.event_id == city.event_id and again.mention_count == 2
    assert again.date is None


def test_published_day_stands_in_for_a_missing_event_date():
    state, c = {}, Consolidator()
    e = ev("a#0", day=None)
    e.published = "2020-03-04"
    assert c.add(state, e, 1).date == "2020-03-04"


def test_two_events_of_one_article_are_not_reprints_of_each_other():
    state, c = {}, Consolidator()
    city, square = undated("a#0"), undated("a#1", loc={**HOMS_PROVINCE, "precision": "near", "container_id": "gn:169577"})
    city.signature = square.signature = list(range(64))
    first, second = c.add(state, city, 1_700_000_000_000), c.add(state, square, 1_700_000_000_001)
    assert first.event_id != second.event_id


def with_roles(cid, actors, targets=(), type_="RETREAT"):
    e = ev(cid, type_=type_)
    e.actors, e.targets = list(actors), list(targets)
    return e


def test_reports_whose_actors_are_opposite_sides_stay_apart():
    """'Government forces withdrew' and 'the gunmen withdrew' at one place and day are two
    happenings; a report that names no actor, or another name of the same side, still merges."""
    state, c = {}, Consolidator()
    army = c.add(state, with_roles("a#0", ["الجيش السوري"]), 1)
    rebels = c.add(state, with_roles("b#0", ["المسلحين"]), 2)
    anonymous = c.add(state, with_roles("c#0", []), 3)
    regime = c.add(state, with_roles("d#0", ["ولقوات النظام"]), 4)
    assert rebels.event_id != army.event_id
    assert anonymous.event_id == army.event_id
    assert regime.event_id == army.event_id and regime.mention_count == 3


def test_the_same_fighting_told_from_the_other_side_still_merges():
    """One outlet: the army struck the rebels; another: the rebels attacked the army. Each names
    the other's actor as its target, so the sides do not contradict."""
    state, c = {}, Consolidator()
    first = c.add(state, with_roles("a#0", ["قوات النظام"], ["فصائل المعارضة"], "ASSAULT"), 1)
    second = c.add(state, with_roles("b#0", ["المعارضة المسلحة"], ["الجيش"], "ASSAULT"), 2)
    assert second.event_id == first.event_id


class CountingState(dict):
    """A dict state that counts writes per key, as a changelogged table would send them."""

    def __init__(self):
        super().__init__()
        self.writes: dict[str, int] = {}

    def __setitem__(self, key, value):
        self.writes[key] = self.writes.get(key, 0) + 1
        super().__setitem__(key, value)


def test_a_batch_folds_like_one_candidate_at_a_time_and_writes_each_key_once():
    batch = [ev("a#0", killed=12), ev("a#1", killed=10), ev("a#2", loc=HAMA), ev("a#3", type_="PROTEST")]
    one_by_one, c1 = {}, Consolidator()
    singles = [c1.fold(one_by_one, e, 1)[0] for e in batch]
    state, c2 = CountingState(), Consolidator()
    events, changed = c2.fold_batch(state, batch, 1)
    assert dict(state) == one_by_one and changed == 4
    assert max(state.writes.values()) == 1  # the Homs assault bucket took two candidates, one write
    # each event once, in its latest state: the two Homs reports are one event at version 2
    assert [(e.event_id, e.version, e.killed) for e in events] == \
        [(singles[1].event_id, 2, 10), (singles[2].event_id, 1, None), (singles[3].event_id, 1, None)]


def test_a_replayed_batch_changes_nothing_and_returns_the_same_events():
    state, c = CountingState(), Consolidator()
    batch = [ev("a#0", killed=12), ev("a#1", loc=HAMA)]
    first, _ = c.fold_batch(state, batch, 1)
    writes = dict(state.writes)
    again, changed = c.fold_batch(state, batch, 2)
    assert changed == 0 and state.writes == writes
    assert [(e.event_id, e.version) for e in again] == [(e.event_id, e.version) for e in first]


def test_an_intended_event_keeps_its_mark_until_a_report_tells_it_done():
    state, c = {}, Consolidator()
    planned = c.add(state, replace(ev("b#0", type_="AGREE"), intent=True), 1)
    planned_again = c.add(state, replace(ev("d#0", type_="AGREE"), intent=True), 2)
    assert planned.event_id == planned_again.event_id
    assert (planned_again.intent, planned_again.mention_count) == (True, 2)
    assert consolidated_view(planned_again)["intent"] is True
    done = c.add(state, ev("a#0", type_="AGREE"), 3)  # the agreement reached: the same happening
    assert (done.event_id, done.intent, done.mention_count, done.version) == (planned.event_id, False, 3, 3)
    told_as_planned = c.add(state, replace(ev("e#0", type_="AGREE"), intent=True), 4)
    assert (told_as_planned.event_id, told_as_planned.intent) == (planned.event_id, False)


def test_a_replay_files_undated_reports_on_the_days_of_the_reports_around_them():
    # `extract --consolidate` over an archive: an undated report of 2016 and one of 2024 about
    # the same city are not filed together under today's date; an undated one amid reports of
    # 2016-12-13 joins them.
    from streams.pipeline import consolidate_all
    from streams.settings import Settings

    def undated(cid):
        return replace(ev(cid), date=None)

    out = consolidate_all([ev("a#0", day="2016-12-13"), undated("b#0"), ev("c#0", day="2024-11-30"),
                           undated("d#0")], Settings())
    assert sorted(sorted(c.candidates) for c in out) == [["a#0", "b#0"], ["c#0", "d#0"]]
    first = consolidate_all([undated("e#0"), ev("f#0", day="2016-12-13")], Settings())
    assert [sorted(c.candidates) for c in first] == [["e#0", "f#0"]]
    assert all(c.date in ("2016-12-13", "2024-11-30") for c in out)  # the filing day is no date


def test_an_undated_report_may_tell_of_an_event_a_day_or_two_before_it_never_after():
    """A report published on the 15th with no day of its own trails the agreement signed on
    the 13th; a dated report of the 13th is no mention of an undated one filed on the 11th."""
    state, c = {}, Consolidator()
    signed = c.add(state, ev("a#0", day="2020-03-13", type_="AGREE"), 1)
    late = replace(ev("b#0", day=None, type_="AGREE"), published="2020-03-15")
    assert c.add(state, late, 2).event_id == signed.event_id
    too_late = replace(ev("c#0", day=None, type_="AGREE"), published="2020-03-17")
    assert c.add(state, too_late, 3).event_id != signed.event_id
    assert (c.add(state, ev("f#0", day="2020-03-13", type_="AGREE"), 4).date, signed.date_reported) \
        == ("2020-03-13", False)
    # in either order: the undated report first, then the dated one
    state = {}
    first = c.add(state, replace(ev("g#0", day=None, type_="AGREE"), published="2020-03-15"), 1)
    assert (first.date, first.date_reported) == ("2020-03-15", True)
    merged = c.add(state, ev("h#0", day="2020-03-13", type_="AGREE"), 2)
    assert merged.event_id == first.event_id
    assert (merged.date, merged.date_reported) == ("2020-03-13", False)  # the text's day wins
    state = {}
    early = c.add(state, replace(ev("d#0", day=None, type_="AGREE"), published="2020-03-11"), 1)
    assert c.add(state, ev("e#0", day="2020-03-13", type_="AGREE"), 2).event_id != early.event_id


def test_an_event_told_by_thousands_of_reports_keeps_a_bounded_record():
    """Every outlet telling one story for days: the event counts every report but lists only the
    first ones, and its state value stops growing (it is rewritten on every report)."""
    from streams.consolidate import MAX_CANDIDATES, MAX_REPORTS, MAX_SENTENCES

    state, c = {}, Consolidator()
    sizes = {}
    for k in range(3000):
        report = ev(f"a{k:05d}#0")
        report.source, report.sentence = f"outlet{k % 300:03d}.example", f"sentence of report {k:05d}"
        last = c.add(state, report, k)
        if k + 1 in (1500, 3000):
            sizes[k + 1] = sum(len(v) for v in state.values())
    assert last.mention_count == 3000 and last.version == 3000
    assert last.articles == [f"a{k:05d}" for k in range(MAX_REPORTS)]
    assert len(last.urls) == len(last.sources) == MAX_REPORTS and len(last.sentences) == MAX_SENTENCES
    assert last.candidates == [f"a{k:05d}#0" for k in range(3000 - MAX_CANDIDATES, 3000)]
    assert sizes[3000] < 1.02 * sizes[1500] < 60_000  # (its counters grow by a digit)
    assert c.add(state, ev("a02001#0"), 4000) is None  # a recent report replayed changes nothing


def test_a_crowded_day_is_trimmed_under_the_value_limit():
    """Hundreds of places of one province hit on one day, each told at length by many reports:
    the day's state value stays under MAX_BUCKET_BYTES, every event keeping its count and a
    sentence."""
    from streams.consolidate import MAX_BUCKET_BYTES

    state, c = {}, Consolidator()
    for place in range(300):
        loc = {"name": f"قرية {place}", "country": "SY", "admin1": "Homs", "gazetteer_id": None, "precision": "exact"}
        for k in range(8):
            report = ev(f"p{place}r{k}#0", loc=loc)
            report.sentence = "قصفت الطائرات القرية " * 20 + str(k)
            c.add(state, report, place * 8 + k)
    assert max(len(v) for v in state.values()) <= MAX_BUCKET_BYTES
    events = [e for k, v in state.items() if not k.endswith("|days") for e in __import__("orjson").loads(v)]
    assert len(events) == 300
    assert all(e["mention_count"] == 8 and e["sentences"] for e in events)


def test_a_place_a_report_told_is_not_replaced_by_the_articles_place_standing_in():
    """A village the gazetteer does not know, told by one report (its province's precision), and
    the dateline's city standing in for the place of a later report: the village stays; the
    other way round, the told place replaces the one that stood in."""
    village = {"name": "قرية الزعفرانة", "country": "SY", "admin1": "Homs", "gazetteer_id": None,
               "precision": "admin1", "container_id": "gn:169577"}
    dateline = {**HOMS, "told": False}
    state, c = {}, Consolidator()
    c.add(state, replace(ev("a#0"), location=village), 1)
    merged = c.add(state, replace(ev("b#0"), location=dateline), 2)
    assert (merged.mention_count, merged.location["name"]) == (2, "قرية الزعفرانة")
    state, c = {}, Consolidator()
    c.add(state, replace(ev("a#0"), location=dateline), 1)
    merged = c.add(state, replace(ev("b#0"), location=village), 2)
    assert (merged.mention_count, merged.location["name"]) == (2, "قرية الزعفرانة")
    assert "told" not in consolidated_view(merged)["location"]
