"""`rasd eval` on GSR sentences: each is read as an article of the day its document id carries."""

from streams.evaluate import gigaword_date, gold_admin1, score_gsr
from streams.settings import Settings

# An attack told with its date, 2001, which is old news in an article of October 2008.
SENTENCE = "قتل خمسة أشخاص في هجوم بسيارة مفخخة استهدف سوقا في مدينة الموصل يوم 3 مارس 2001."


def test_a_gigaword_id_gives_its_publication_day():
    assert gigaword_date("AAW_ARB_20081011.0036-10") == "2008-10-11"
    assert gigaword_date("dev-001") is None
    assert gigaword_date("AAW_ARB_2008101.0036") is None


def test_a_gsr_sentence_is_read_against_its_documents_day(tmp_path):
    def recall(doc_id: str) -> float:
        path = tmp_path / f"{doc_id}.csv"
        path.write_text("id,event_type,label,accept,reject,total,text\n"
                        f"{doc_id},ASSAULT,yes,3,0,3,{SENTENCE}\n", encoding="utf-8")
        return score_gsr(path, Settings())["rasd"][1]

    assert recall("undated-1") == 1.0  # no day to compare with: reported as an event
    assert recall("AAW_ARB_20081011.0001-1") == 0.0  # seven years before its article: background


def test_an_intended_event_does_not_report_the_category(tmp_path):
    path = tmp_path / "protest.csv"
    path.write_text("id,event_type,label,accept,reject,total,text\n"
                    "AAW_ARB_20200301.0001-1,PROTEST,easy no,0,3,3,وأعلنت النقابة أن الإضراب المرتقب يشمل المستشفيات في الجزائر.\n"
                    "AAW_ARB_20200301.0001-2,PROTEST,yes,3,0,3,وأضرب الأطباء عن العمل في مستشفيات الجزائر أمس.\n", encoding="utf-8")
    assert score_gsr(path, Settings())["rasd"] == (1.0, 1.0, 1.0)


def test_the_admin1_of_a_gold_place_comes_from_the_gazetteer_where_it_knows_the_place():
    assert gold_admin1({"location": "حمص", "country": "SY"}) == "Homs"
    assert gold_admin1({"location": "ريف حلب الجنوبي", "country": "SY"}) == "Aleppo"
    assert gold_admin1({"location": "قرية لا يعرفها أحد", "country": "SY"}) is None
    assert gold_admin1({"location": "حمص", "country": "EG"}) is None  # not that country's place
