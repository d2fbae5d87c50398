"""Normalization rules, offsets, sentences and datelines."""

from hypothesis import given, settings, strategies as st

from streams.normalize import dateline, normalize_text, split_sentences, to_original, _TABLE


def test_normalize_folds_letters_digits_and_drops_marks():
    norm, dropped = normalize_text("قُتِلَ ٢٧ شخصاً في مدينةِ إدلبـــ – أمس")
    assert norm == "قتل 27 شخصا في مدينه ادلب - امس"
    assert len(dropped) > 0


def test_normalize_removes_bidi_controls_and_collapses_spaces():
    norm, _ = normalize_text("حلب\u200f   \u202bدمشق\u202c")
    assert norm == "حلب دمشق"


def test_offsets_map_back_to_original_characters():
    text = "وقُتِلَ  ثلاثةٌ\u200f في «حلب»"
    norm, dropped = normalize_text(text)
    for i, ch in enumerate(norm):
        assert text[to_original(i, dropped)].translate(_TABLE) == ch


def test_sentences_split_on_arabic_punctuation_but_not_on_dates():
    norm, _ = normalize_text("وقع الاتفاق بتاريخ 13.12.2016 في حلب. هل انتهى القتال؟ قال: \"نعم\". وأضاف")
    spans = split_sentences(norm)
    assert [norm[s:e] for s, e in spans] == [
        "وقع الاتفاق بتاريخ 13.12.2016 في حلب.", "هل انتهي القتال?", "قال: \"نعم\".", "واضاف"]


def test_dateline_is_the_name_before_the_opening_dash():
    assert dateline(normalize_text("بيروت - قال مسؤول")[0]) == "بيروت"
    assert dateline(normalize_text("دمشق (رويترز) - قال")[0]) == "دمشق"
    assert dateline(normalize_text("قال مسؤول اليوم إن الوضع هادئ")[0]) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىة ًٌٍَُِّْـ٠١٩ \t\n\u200f\u202b.،؛؟«»")) | st.characters(),
               max_size=200))
def test_normalization_never_crashes_and_offsets_stay_consistent(text):
    norm, dropped = normalize_text(text)
    assert len(norm) + len(dropped) == len(text)
    assert dropped == sorted(set(dropped))
    last = -1
    for i, ch in enumerate(norm):
        orig = to_original(i, dropped)
        assert orig > last
        assert text[orig].translate(_TABLE) == ch
        last = orig
    for s, e in split_sentences(norm):
        assert 0 <= s < e <= len(norm)


def test_a_stop_glued_to_the_next_word_still_ends_the_sentence_but_initials_do_not():
    from streams.normalize import normalize_text, split_sentences

    def sentences(text):
        norm, _ = normalize_text(text)
        return [norm[a:b] for a, b in split_sentences(norm)]

    assert len(sentences("سقط قتلى في البلاد .وقال المرصد إن الغارة وقعت")) == 2
    assert len(sentences("سقط قتلى في البلاد.وقال المرصد")) == 2
    assert len(sentences("نقلت (أ.ف.ب) عن مصدر في 13.12.2016 أن")) == 1
