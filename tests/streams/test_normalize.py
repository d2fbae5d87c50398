"""Normalization rules, offsets, sentences and datelines."""

from datetime import date

from hypothesis import given, settings, strategies as st

from streams.dates import day_mentions, relative_day
from streams.tokens import TOKEN, Words, token_lists

from streams.normalize import DROP_RE, _MAP, arabic_share, dateline, dateline_end, normalize_text, split_sentences, to_original, _fold


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
        assert _fold(text[to_original(i, dropped)]) == ch


def test_sentences_split_on_arabic_punctuation_but_not_on_dates():
    norm, _ = normalize_text("وقع الاتفاق بتاريخ 13.12.2016 في حلب. هل انتهى القتال؟ قال: \"نعم\". وأضاف")
    spans = split_sentences(norm)
    assert [norm[s:e] for s, e in spans] == [
        "وقع الاتفاق بتاريخ 13.12.2016 في حلب.", "هل انتهي القتال?", "قال: \"نعم\".", "واضاف"]


def test_dateline_is_the_name_before_the_opening_dash():
    assert dateline(normalize_text("بيروت - قال مسؤول")[0]) == "بيروت"
    assert dateline(normalize_text("دمشق (رويترز) - قال")[0]) == "دمشق"
    assert dateline(normalize_text("قال مسؤول اليوم إن الوضع هادئ")[0]) is None
    # where it ends, with the outlet in brackets after it
    norm = normalize_text("دمشق (رويترز) - قال")[0]
    assert norm[dateline_end(norm):].strip() == "قال"
    assert dateline_end(normalize_text("قال مسؤول اليوم إن الوضع هادئ")[0]) == 0


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
        assert _fold(text[orig]) == ch
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
    assert len(sentences('قالت إن "الغارة قتلت عددا من المسلحين في حلب".يأتي ذلك بعد أيام')) == 2
    assert len(sentences("قال (الجيش).وأضاف المصدر")) == 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابةىأ \t\u00a0\u2009\u200fً.،«1٣۴")) | st.characters(), max_size=80))
def test_fast_paths_give_what_the_plain_rules_give(text):
    # The skipped regex and the replace chain are shortcuts for: drop every DROP_RE match, then
    # map every character through _MAP.
    norm, dropped = normalize_text(text)
    assert norm == DROP_RE.sub("", text).translate(str.maketrans(_MAP))
    assert dropped == [i for m in DROP_RE.finditer(text) for i in range(m.start(), m.end())]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابة abc_1٣ ²ⅷ،.\u200f")) | st.characters(), max_size=60))
def test_arabic_share_counts_letters_as_the_letter_class_does(text):
    import re

    letters = re.sub(r"[\W\d_]+", "", text)
    arabic = [c for c in letters if "\u0600" <= c <= "\u06ff"]
    assert arabic_share(text) == (len(arabic) / len(letters) if letters else 0.0)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابة و12,000_.،\n ")) | st.characters(), max_size=80))
def test_token_lists_are_the_token_pattern_matches_with_their_offsets(text):
    texts, starts, ends = token_lists(text)
    matches = list(TOKEN.finditer(text))
    assert texts == [m.group() for m in matches]
    assert starts == [m.start() for m in matches] and ends == [m.end() for m in matches]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("امس اول من اليوم الليله الماضيه الخميس يوم فجر المقبل 12 مارس 2016 "
                                "5/3/2016 2016-03-05 في حلب قتل _امس 5الخميس".split()), max_size=12),
       st.sampled_from([" ", "، ", "\n"]))
def test_day_word_shortcuts_change_no_day(words, sep):
    # relative_day skips its patterns when the sentence's tokens cannot match them: a shortcut only.
    sentence = sep.join(words)
    anchor = date(2016, 12, 4)
    assert relative_day(sentence, anchor, token_lists(sentence)[0]) == relative_day(sentence, anchor)


def test_words_list_the_tokens_whose_tag_has_a_bit():
    toks = Words(["في", "قرية", "وحلب"], [0, 3, 8], [2, 7, 12], [0, 2, 3])
    assert toks.having(2) == [1, 2] and toks.having(1) == [2] and toks.having(2, start=2) == [2]
    toks.retag(0, 1)
    assert toks.having(1) == [0, 2]
    toks.retag(2, 0)
    assert toks.having(1) == [0] and toks.having(2) == [1]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("امس اول من اليوم الليله الماضيه الخميس يوم فجر صباح المقبل 12 مارس 2016 "
                                "5/3/2016 2016-03-05 في حلب قتل _امس 5الخميس وامس".split()), max_size=12),
       st.sampled_from([" ", "، ", "\n"]))
def test_day_mentions_tried_at_tokens_are_those_of_a_scan(words, sep):
    sentence = "، " + sep.join(words)
    anchor = date(2016, 12, 4)
    texts, starts, _ = token_lists(sentence)
    assert day_mentions(sentence, anchor, 2, None, texts, starts) == day_mentions(sentence, anchor, 2)
