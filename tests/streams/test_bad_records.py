"""Property tests without Kafka: every stage, as its agent runs it, either processes a message or
refuses it with BadInput (a dead-letter reason), the whole message or the records of a batch one
by one; no other error escapes or is caught, whatever the message."""

from __future__ import annotations

import os

import orjson
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from streams.errors import BadInput, MalformedRecord, MissingField, TooLarge
from streams.ingest import article_from_json
from streams.normalize import normalize
from streams.records import Annotated, Article, Consolidated, Event, Normalized, build, decode_batch, dumps, from_dict
from streams.settings import Settings
from tests.bad_records import STAGES, broken, refused, samples, steps
from tests.streams.test_consolidate import ev

SETTINGS = Settings()
SAMPLES = samples(SETTINGS)
STEPS = steps(SETTINGS)
REASONS = {cls.reason for cls in (BadInput, *BadInput.__subclasses__())}  # not 'internal_error': a bug


@pytest.mark.parametrize("stage", STAGES)
@hsettings(max_examples=int(os.environ.get("BAD_RECORD_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_stage_processes_or_refuses_every_record_with_a_reason(stage, data):
    record = data.draw(broken(SAMPLES[stage]))
    try:
        outputs = STEPS[stage](record)
    except BadInput as exc:
        assert exc.reason and str(exc)
    else:
        for out in refused(outputs):
            assert out.reason in REASONS and out.detail, out


INPUT = {"normalize": Article, "entities": Normalized, "assemble": Annotated, "consolidate": Event,
         "sink": Consolidated}


def _outcome(make, cls, doc):
    try:
        return make(cls, doc)
    except BadInput as exc:
        return type(exc), str(exc)


@pytest.mark.parametrize("stage", STAGES)
@hsettings(max_examples=int(os.environ.get("BAD_RECORD_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_fast_builder_gives_the_record_or_the_error_that_the_field_by_field_check_gives(stage, data):
    """`build` (the agents' decoder, its field tests compiled inline) against `from_dict`."""
    record = data.draw(broken(SAMPLES[stage]))
    try:
        doc = orjson.loads(record)
    except orjson.JSONDecodeError:
        return
    docs = doc if isinstance(doc, list) else [doc]
    for item in docs:
        assert _outcome(build, INPUT[stage], item) == _outcome(from_dict, INPUT[stage], item)


@pytest.mark.parametrize("stage", STAGES)
def test_the_valid_records_of_every_stage_pass(stage):
    for record in SAMPLES[stage]:
        assert not refused(STEPS[stage](record))


def test_a_ten_megabyte_text_is_refused_as_too_large_and_quickly():
    record = orjson.dumps({"id": "big", "text": "قصف الطيران مدينة حلب. " * 250_000})
    assert len(record) > 10_000_000
    with pytest.raises(TooLarge, match="text"):
        normalize(article_from_json(record), SETTINGS.max_text_bytes)


def test_limits_are_settings_and_enforced():
    text = ("قصفت الطائرات مدينة حلب اليوم وقتل 5 مدنيين. اعتقلت الشرطة 20 شخصا في مدينة الزرقاء. "
            "تظاهر مئات الطلاب في مدينة عمان احتجاجا على الغلاء. ") * 10
    record = orjson.dumps({"id": "x", "text": text, "published": "2020-01-01"})

    def only_refusal(outputs):
        assert len(outputs) == 1 and refused(outputs), outputs
        return outputs[0]

    assert only_refusal(steps(Settings(max_text_bytes=100))["normalize"](record)).reason == "too_large"
    [doc] = steps(SETTINGS)["normalize"](record)
    assert "entities" in only_refusal(steps(Settings(max_entities=3))["entities"](doc)).detail
    [annotated] = steps(SETTINGS)["entities"](doc)
    out = only_refusal(steps(Settings(max_events=1))["assemble"](annotated))
    assert (out.reason, out.payload) == ("too_large", annotated) and "events" in out.detail


def test_a_candidate_message_is_one_record_or_a_non_empty_array_of_them():
    one, two = ev("a#0"), ev("a#1", killed=3)
    assert decode_batch(Event, dumps(one)) == [one]
    assert decode_batch(Event, dumps([one, two])) == [one, two]
    for bad, error in ((b"[]", MalformedRecord), (b"7", MalformedRecord), (b"[{", MalformedRecord)):
        with pytest.raises(error):
            decode_batch(Event, bad)
    broken = orjson.loads(dumps([one, two]))
    del broken[1]["sentence"]
    with pytest.raises(MissingField, match=r"^\[1\] Event: missing sentence"):
        decode_batch(Event, orjson.dumps(broken))
