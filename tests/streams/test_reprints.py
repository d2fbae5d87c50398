"""Reprints: MinHash signatures of lightly edited copies match, other stories do not."""

import zlib
from dataclasses import replace
from pathlib import Path

from datasketch import MinHash
from hypothesis import given, settings, strategies as st

from streams.consolidate import Consolidator
from streams.evaluate import light_edits
from streams.ingest import read_path
from streams.normalize import normalize_text
from streams.reprints import NUM_PERM, ReprintIndex, is_reprint, shingles, signature, similarity
from tests.streams.test_consolidate import HOMS, ev

SEEDS = {a.id: a.text for _, a in read_path(Path(__file__).resolve().parents[2] / "seeds")}
# A wire story of ordinary length (our seed articles are short): two reports run together.
STORY = SEEDS["001_airstrike_maarrat"] + "\n" + SEEDS["002_airstrike_maarrat_reprint"]


def sig(text: str) -> list[int]:
    return signature(normalize_text(text)[0])


def test_light_edits_of_a_story_are_reprints_and_other_stories_are_not():
    strike = SEEDS["001_airstrike_maarrat"]
    for other in ("003_protest_basra", "005_talks_geneva"):
        for name, edited in light_edits(STORY, SEEDS[other]).items():
            assert is_reprint(sig(STORY), sig(edited)), name
    for other in ("003_protest_basra", "004_arrest_hebron", "005_talks_geneva"):
        assert similarity(sig(strike), sig(SEEDS[other])) < 0.2
    # Two outlets' own stories of the same strike share facts, not wording: not reprints.
    assert not is_reprint(sig(strike), sig(SEEDS["002_airstrike_maarrat_reprint"]))


def test_the_index_finds_the_earlier_copy():
    index = ReprintIndex()
    assert index.add("a", sig(STORY)) is None
    assert index.add("b", sig(SEEDS["004_arrest_hebron"])) is None
    copy = light_edits(STORY, SEEDS["005_talks_geneva"])["all_three"]
    assert index.add("c", sig(copy)) == "a"
    assert index.add("c", sig(copy)) is None  # the same id again changes nothing


def test_a_reprint_dated_days_later_counts_as_a_mention_of_the_same_event():
    text = STORY
    original, copy = sig(text), sig(light_edits(text, SEEDS["003_protest_basra"])["reordered"])
    state, c = {}, Consolidator(window_days=1)
    first = c.add(state, replace(ev("a#0", loc=HOMS), signature=original), 1)
    # Its relative day words read against a publication date three days later.
    second = c.add(state, replace(ev("b#0", loc=HOMS, day="2020-03-04"), signature=copy), 2)
    assert second.event_id == first.event_id and second.mention_count == 2
    unrelated = c.add(state, replace(ev("d#0", loc=HOMS, day="2020-03-04"),
                                     signature=sig(SEEDS["004_arrest_hebron"])), 3)
    assert unrelated.event_id != first.event_id


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from("في حلب قتل عشرة مدنيين غارة جوية على ريف ادلب امس 12 و".split()), max_size=40))
def test_signature_is_datasketch_minhash_of_the_crc32_shingles(words):
    # Signatures live in the consolidation state across versions: the formula written out in
    # `signature` must stay what datasketch computes for the same scheme, seed and hash.
    text = " ".join(words)
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32", hashfunc=zlib.crc32)
    m.update_batch(list(shingles(text)))
    assert signature(text) == m.hashvalues.tolist()
