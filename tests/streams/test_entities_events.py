"""Places, actors and events on short sentences written for these tests."""

from streams.entities import find_entities
from streams.events import assemble_events
from streams.normalize import normalize
from streams.records import Article


def events(text, published="2020-03-01"):
    return assemble_events(find_entities(normalize(Article(id="t", text=text, published=published))))


def places(text):
    ann = find_entities(normalize(Article(id="t", text=text, published="2020-03-01")))
    return [e.place for e in ann.entities if e.type == "location"]


def test_known_city_resolves_to_gazetteer_with_country_and_admin1():
    (place,) = places("قصفت الطائرات مدينة حمص اليوم.")
    assert (place["name_en"], place["country"], place["admin1"], place["precision"]) == ("Homs", "SY", "Homs", "exact")
    assert place["lat"] and place["gazetteer_id"].startswith("gn:")


def test_unknown_village_after_cue_takes_its_container():
    found = places("سقطت قذائف على قرية تل الورد بريف حماة الشمالي.")
    village = found[0]
    assert village["name"] == "تل الورد" and village["gazetteer_id"] is None
    assert (village["country"], village["admin1"]) == ("SY", "Hama")
    assert found[1]["name"] == "ريف حماة الشمالي" and found[1]["precision"] == "admin1"


def test_common_word_is_not_a_foreign_place():
    assert places("وقال المتحدث في إطار الحديث عن الوضع إن الأمور هادئة.") == []


def test_airstrike_with_casualties_and_date():
    (ev,) = [e for e in events("قتل 8 مدنيين وأصيب 14 آخرون في غارة جوية على مدينة دوما أمس.") if e.type == "ASSAULT"]
    assert (ev.mode, ev.killed, ev.wounded, ev.date) == ("aerial", 8, 14, "2020-02-29")
    assert ev.location["name"] == "دوما"
    assert ev.acled_sub_type == "Air/drone strike"


def test_denied_attack_is_not_an_event():
    assert [e for e in events("نفى الجيش شن أي هجوم على مدينة الرقة.") if e.type == "ASSAULT"] == []


def test_threat_is_threaten_not_assault():
    types = {e.type for e in events("هدد قائد الميليشيا بقصف مدينة مأرب إذا لم تنسحب القوات.")}
    assert "ASSAULT" not in types and "THREATEN" in types


def test_protest_and_arrest_with_count():
    protest = [e for e in events("تظاهر مئات الطلاب أمام الجامعة في مدينة الموصل اليوم.") if e.type == "PROTEST"]
    assert protest and protest[0].location["name_en"] == "Mosul"
    arrest = [e for e in events("اعتقلت الشرطة 20 شخصا في مدينة الزرقاء.") if e.type == "COERCE"]
    assert arrest and arrest[0].mode == "arrest" and arrest[0].captured == 20


def test_talks_in_a_city_abroad_are_consult_there():
    consult = [e for e in events("بدأت في جنيف محادثات بين وفد الحكومة ووفد المعارضة.") if e.type == "CONSULT"]
    assert consult and consult[0].location["country"] == "CH"


def test_sentence_without_event_words_gives_nothing():
    assert events("فاز الفريق بهدفين دون مقابل في المباراة التي جرت مساء اليوم.") == []
