"""Reading input: seed files, JSON objects and their errors."""

import pytest

from streams.errors import BadInput, MalformedRecord, MissingField, NotArabic, TooLarge, WrongType
from streams.ingest import article_from_json, article_from_object, parse_seed
from streams.normalize import normalize
from streams.records import Article


def test_seed_format_title_date_headline_body_and_label():
    art = parse_seed("موقع\n2019-05-12\nعنوان الخبر\nنص الخبر هنا.\nlabel: ASSAULT\n", "x1")
    assert (art.id, art.title, art.published) == ("x1", "موقع", "2019-05-12")
    assert art.text == "عنوان الخبر\nنص الخبر هنا."


@pytest.mark.parametrize("raw, error", [
    (b'{"id": "1", "text": ', MalformedRecord),
    (b'[1, 2]', MalformedRecord),
    (b'\xff\xfe{"id": 1}', MalformedRecord),
    (b'{"id": "1"}', MissingField),
    (b'{"id": "1", "text": 5}', WrongType),
    (b'{"id": "1", "text": "x", "published": "3024-01-01"}', WrongType),
    # an id, url, outlet or title travels with every event of the article: a huge one is refused
    (b'{"id": "' + b"1" * 513 + b'", "text": "x"}', TooLarge),
    (b'{"id": "1", "text": "x", "url": "http://x/' + b"a" * 5000 + b'"}', TooLarge),
    (b'{"id": "1", "text": "x", "source": "' + b"s" * 513 + b'"}', TooLarge),
    (b'{"id": "1", "text": "x", "title": "' + b"t" * 2001 + b'"}', TooLarge),
])
def test_bad_json_records_raise_bad_input_with_reason(raw, error):
    with pytest.raises(error) as info:
        article_from_json(raw)
    assert isinstance(info.value, BadInput) and info.value.reason


def test_a_field_with_broken_unicode_is_refused():
    """(JSON decoding refuses a lone surrogate; a feed or file reader may hand one over.)"""
    with pytest.raises(WrongType, match="title: broken Unicode"):
        article_from_object({"id": "1", "text": "x", "title": "\ud800"})


def test_a_seed_file_with_a_huge_first_line_is_refused():
    with pytest.raises(TooLarge):
        parse_seed("م" * 2001 + "\n2019-05-12\nعنوان الخبر\nنص الخبر هنا.\n", "x1")


def test_fields_at_their_limits_are_taken():
    art = article_from_json(('{"id": "' + "1" * 512 + '", "text": "x", "url": "http://x/' + "a" * 4000
                             + '", "source": "' + "s" * 512 + '", "title": "' + "t" * 2000 + '"}').encode())
    assert (len(art.id), len(art.url), len(art.source), len(art.title)) == (512, 4009, 512, 2000)


def test_normalize_refuses_non_arabic_empty_and_oversized_text():
    with pytest.raises(NotArabic):
        normalize(Article(id="1", text="The army shelled the town."))
    with pytest.raises(MissingField):
        normalize(Article(id="1", text="   "))
    with pytest.raises(TooLarge):
        normalize(Article(id="1", text="قصف " * 1000), max_text_bytes=1000)
