"""Batch messages: records in, processed one by one, refused alone, joined under a byte limit."""

from __future__ import annotations

import orjson
import pytest

from streams.batches import Refused, batch_messages, one_by_one, records_of
from streams.errors import MalformedRecord, WrongType


def test_a_message_is_one_object_or_a_non_empty_array_of_records():
    assert records_of(b"k", b'{"a": 1}') == [(b"k", "", {"a": 1}, b'{"a": 1}')]
    assert records_of(b"k", b'[{"a": 1}, 7]') == [(b"k", "[0] ", {"a": 1}, None), (b"k", "[1] ", 7, None)]
    for bad in (b"[]", b"7", b'"x"', b"[{", b"\xff"):
        with pytest.raises(MalformedRecord):
            records_of(b"k", bad)


def test_a_record_that_fails_is_refused_alone_and_the_others_go_on():
    def work(item):
        if not isinstance(item, dict):
            raise WrongType(f"expected an object, got {type(item).__name__}")
        if "boom" in item:
            raise KeyError("boom")
        return item["n"] * 2

    timed: list[float] = []
    done, refused = one_by_one("entities", records_of(b"k", b'[{"n": 1}, 7, {"boom": 1}, {"n": 3}]'), work,
                               timed.append)
    assert done == [2, 6] and len(timed) == 2
    assert refused == [
        Refused("wrong_type", "[1] expected an object, got int", b"7", b"k"),
        Refused("internal_error", "[2] KeyError: 'boom'", b'{"boom":1}', b"k"),
    ]
    # A message of one record: refused with its own bytes, no index.
    _, [alone] = one_by_one("entities", records_of(b"k", b'{ "boom": 1 }'), work)
    assert (alone.detail, alone.payload) == ("KeyError: 'boom'", b'{ "boom": 1 }')


def test_batch_messages_stay_under_the_limit_and_keep_every_record_in_order():
    records = [(f"id{i}".encode(), orjson.dumps({"id": i, "pad": "x" * (i * 7 % 50)})) for i in range(40)]
    messages = list(batch_messages(records, 300))
    assert len(messages) > 1
    back = [item for _, value in messages for item in orjson.loads(value)]
    assert back == [orjson.loads(v) for _, v in records]
    assert all(len(value) <= 300 for _, value in messages)
    assert [key for key, _ in messages] == [f"id{orjson.loads(v)[0]['id']}".encode() for _, v in messages]
    # A record over the limit goes alone; one message when all fit.
    big = [(b"a", b'{"a":1}'), (b"b", b'"' + b"y" * 500 + b'"'), (b"c", b'{"c":3}')]
    assert [orjson.loads(v) for _, v in batch_messages(big, 300)] == [[{"a": 1}], ["y" * 500], [{"c": 3}]]
    assert list(batch_messages(big[:1] + big[2:], 300)) == [(b"a", b'[{"a":1},{"c":3}]')]
    assert list(batch_messages([], 300)) == []
