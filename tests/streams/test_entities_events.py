"""Places, actors and events on short sentences written for these tests."""

from streams.entities import find_entities
from streams.events import _clauses, assemble_events
from streams.normalize import normalize, normalize_token
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
    assert (village["country"], village["admin1"]) == ("SY", "Hamah")
    assert found[1]["name"] == "ريف حماة الشمالي" and found[1]["precision"] == "admin1"


def test_a_village_named_like_a_large_place_abroad_is_a_local_village():
    """'الجديدة' is also a Moroccan province of 800,000 people; villages of that name in an
    article about Aleppo are Syrian."""
    found = places("قصفت مروحيات النظام بالبراميل المتفجرة قرى “الجديدة” و“تل جبين” في ريف حلب أمس.")
    village = next(p for p in found if p["name"] == "الجديدة")
    assert village["gazetteer_id"] is None and village["country"] == "SY"


def test_a_city_abroad_named_after_city_stays_itself_when_the_article_is_of_another_country():
    [ev] = events("أكد الجيش الإسرائيلي أنه اعترض صاروخا أطلق من اليمن باتجاه مدينة إيلات.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Eilat", "IL")


def test_the_capital_named_by_its_nationality_then_and_is_the_capital():
    [ev] = events("الجزائر - خرج آلاف الجزائريين في مسيرات حاشدة بالعاصمة الجزائرية وعدة ولايات أخرى، "
                  "اليوم الجمعة، للمطالبة برحيل رموز النظام.", "2019-04-12")
    assert (ev.type, ev.location["name_en"]) == ("PROTEST", "Algiers")


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


def names(text):
    return [p["name"] for p in places(text)]


def test_names_that_begin_with_a_clitic_letter_keep_it():
    assert names("وصل الوفد إلى لبنان ثم إلى بغداد.") == ["لبنان", "بغداد"]
    assert names("سقطت قذائف على بلدتي الفوعة وكفريا.") == ["الفوعة", "كفريا"]
    assert names("انفجرت سيارة في بحلب.")[0] != "لب"


def test_quoted_names_after_a_plural_cue_are_places_even_if_common_words():
    found = names("قصفت الطائرات قرى “الجديدة” و“أبو غتة” بريف حلب.")
    assert found[:2] == ["الجديدة", "أبو غتة"]


def test_taking_a_place_is_an_assault_taking_a_thing_is_coerce():
    (taken,) = [e for e in events("سيطرت قوات النظام على قرية الرشادية بريف حلب الجنوبي.") if e.type == "ASSAULT"]
    assert (taken.mode, taken.location["name"]) == ("occupy", "الرشادية")
    assert taken.acled_sub_type == "Government regains territory"
    seized = events("استولى مسلحون على شحنة من الأسلحة والأموال.")
    assert [(e.type, e.mode) for e in seized] == [("COERCE", "seize")]
    # ground named by a common noun, past a word of how many, is a place taken
    (taken,) = events("وسيطرت قوات النظام على عدة قرى في ريف معرة النعمان الشرقي.")
    assert (taken.type, taken.mode) == ("ASSAULT", "occupy")
    (seized,) = events("استولى مسلحون على عدد من السيارات في مدينة حلب.")
    assert (seized.type, seized.mode) == ("COERCE", "seize")
    # a building taken in the fighting told is ground taken
    (taken,) = events("استعادت القوات العراقية السيطرة على مبنى المحافظة في مدينة الموصل بعد معارك ضارية.")
    assert (taken.type, taken.mode, taken.acled_sub_type) == ("ASSAULT", "occupy", "Government regains territory")
    # controlling people or a situation takes nothing
    assert events("واستخدمت الشرطة العصي في محاولة للسيطرة على المتظاهرين في مدينة حلب.") == []


def test_a_siege_is_laid_not_broken_lifted_or_spoken_of():
    (ev,) = events("فرضت قوات النظام حصارا على مدينة داريا.")
    assert (ev.type, ev.mode) == ("COERCE", "seize")
    for text in ("كسرت الفصائل الحصار عن الأحياء الشرقية لمدينة حلب.", "فك الجيش الحصار عن مدينة دير الزور.",
                 "رفعت القوات الحصار عن مدينة تعز.", "وعلقوا لافتات يتساءلون فيها أين الشعوب العربية من حصار غزة."):
        assert [e.mode for e in events(text)] == [], text


def test_event_words_inside_a_name_or_after_a_topic_noun_report_nothing():
    assert [e.type for e in events("أصدرت هيئة تحرير الشام بيانا في إدلب.")] == []
    assert not [e for e in events("حكمت المحكمة في قضية اغتيال الوزير في بيروت.") if e.type == "ASSAULT"]


def test_purpose_is_not_a_deed_but_undergoing_is():
    assert not [e for e in events("وصل مسلحون إلى بيروت لاغتيال الوزير.") if e.type == "ASSAULT"]
    assert [e for e in events("تعرض موكب الوزير لهجوم في بغداد أمس.") if e.type == "ASSAULT"]


def test_place_is_read_after_the_first_trigger_of_the_sentence():
    (ev,) = [e for e in events("استهدفت فصائل المعارضة قريتي نبل والزهراء بصواريخ الكاتيوشا وقذائف المدفعية.")
             if e.type == "ASSAULT"]
    assert ev.location["name"] == "نبل" and ev.mode == "artillery"


def test_protesters_alone_are_participants_not_a_protest():
    assert not [e for e in events("فرقت الشرطة المتظاهرين في وسط بغداد أمس.") if e.type == "PROTEST"]
    (ev,) = [e for e in events("خرج المتظاهرون في مظاهرة حاشدة في وسط بغداد أمس.") if e.type == "PROTEST"]
    assert ev.location["name"] == "بغداد"


def test_a_trigger_word_after_a_construct_head_is_part_of_a_name():
    assert not [e for e in events("قال رئيس تحرير الصحيفة في بيروت إن العدد صدر.") if e.type == "ASSAULT"]
    assert not [e for e in events("اجتمعت اللجنة التنفيذية لمنظمة التحرير في رام الله.") if e.type == "ASSAULT"]


def test_an_undated_retelling_in_the_same_article_folds_into_the_dated_event():
    found = [e for e in events("التقى الوفدان في جنيف يوم الخميس الماضي. وقال الوسيط إن المحادثات في جنيف كانت صعبة.")
             if e.type == "CONSULT"]
    assert len(found) == 1 and found[0].date == "2020-02-27"


def test_weapons_alone_are_a_stockpile_not_an_attack():
    assert not [e for e in events("نشر الجيش صواريخ وقذائف مدفعية قرب مدينة حلب أمس.") if e.type == "ASSAULT"]
    (ev,) = [e for e in events("سقطت قذائف هاون على حي في مدينة حلب أمس.") if e.type == "ASSAULT"]
    assert ev.mode == "artillery"
    (ev,) = [e for e in events("قصفت قوات النظام بالصواريخ بلدة في ريف حلب أمس.") if e.type == "ASSAULT"]


def test_an_attack_named_as_a_point_in_time_is_not_reported_again():
    assert not [e for e in events("تراجعت السياحة في بغداد بعد تفجيرات العام الماضي.") if e.type == "ASSAULT"]
    assert not [e for e in events("قطعت الحكومة علاقاتها غداة هجوم على مدينة أم درمان.") if e.type == "ASSAULT"]
    (ev,) = [e for e in events("اعتقلت الشرطة 5 أشخاص في بغداد بعد هجوم أمس.")]
    assert ev.type == "COERCE"
    # nor the verb that goes on naming it: 'in the wake of a suicide attack that targeted a school'
    assert not [e for e in events("انتقد الحزب الحكومة في أعقاب هجوم انتحاري استهدف مدرسة في مدينة بومرداس.")
                if e.type == "ASSAULT"]
    assert [e for e in events("هاجم مسلحون مدرسة في مدينة بومرداس أمس.") if e.type == "ASSAULT"]


def test_a_condemnation_reports_the_reaction_not_the_attack():
    assert not [e for e in events("أدانت الحكومة الهجوم على مدينة بعقوبة أمس.") if e.type == "ASSAULT"]
    assert not [e for e in events("ندد الحزب باعتقال 20 شخصا في مدينة الزرقاء.") if e.type == "COERCE"]
    assert [e for e in events("هاجم مسلحون مدينة بعقوبة أمس.") if e.type == "ASSAULT"]


def test_an_event_that_only_describes_someone_is_not_reported():
    text = "وصل إلى بيروت شقيق القائد الذي اغتالته إسرائيل."
    assert not [e for e in events(text) if e.type == "ASSAULT"]


def test_an_inquiry_a_list_or_the_accused_name_an_attack_without_reporting_it():
    assert not [e for e in events("طالب الحزب بلجنة تحقيق في التفجيرات التي شهدتها بيروت.") if e.type == "ASSAULT"]
    assert not [e for e in events("أقرت الحكومة قائمة اغتيالات تشمل قادة في غزة.") if e.type == "ASSAULT"]
    assert not [e for e in events("مثل المتهمون في تفجير بغداد أمام المحكمة أمس.") if e.type == "ASSAULT"]


def test_a_span_of_time_before_an_event_is_not_a_report_of_it():
    text = "عاد النائب إلى بيروت قبل يومين من اغتياله."
    assert not [e for e in events(text) if e.type == "ASSAULT"]
    assert not [e for e in events("التقى الرئيس القائد قبيل اغتياله في دمشق.") if e.type == "ASSAULT"]


def test_a_verbal_attack_or_a_burst_of_laughter_is_no_violence():
    assert not [e for e in events("شن النائب هجوما لاذعا على الحكومة في بيروت أمس.") if e.type == "ASSAULT"]
    assert not [e for e in events("انفجرت الوزيرتان بالضحك في المؤتمر في القدس أمس.") if e.type == "ASSAULT"]
    assert [e for e in events("شن مسلحون هجوما عنيفا على حاجز للجيش في مدينة بعقوبة أمس.") if e.type == "ASSAULT"]


def test_protesters_who_gather_or_march_are_a_protest_and_their_march_no_drone():
    (ev,) = [e for e in events("تجمع مئات المتظاهرين أمام مبنى المحافظة في مدينة البصرة أمس.") if e.type == "PROTEST"]
    assert ev.location["name"] == "البصرة"
    found = events("هتف المتظاهرون في مسيرة جابت شوارع مدينة البصرة أمس.")
    assert [e.type for e in found] == ["PROTEST"]


def test_taking_control_beside_fighting_is_the_fighting_not_a_seizure():
    text = "اندلعت اشتباكات عنيفة في بلدة الحاضر بريف حلب واستعادت قوات النظام السيطرة بعدها."
    assert [e.type for e in events(text)] == ["ASSAULT"]
    (ev,) = events("سيطرت قوات النظام على سفينة في ميناء طرطوس أمس.")
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_an_agreement_in_force_is_not_a_new_agreement():
    assert not [e for e in events("قصفت الطائرات منطقة مشمولة باتفاق وقف الأعمال القتالية في ريف إدلب أمس.")
                if e.type == "AGREE"]
    assert not [e for e in events("اتهم الجيش المسلحين بخرق الهدنة في مدينة حلب أمس.") if e.type == "AGREE"]
    assert [e for e in events("أعلن الطرفان التوصل إلى اتفاق في مدينة حلب أمس.") if e.type == "AGREE"]


def test_the_wounded_alone_are_no_attack():
    assert not [e for e in events("بدأ إجلاء الجرحى من مدينة حلب أمس.") if e.type == "ASSAULT"]
    assert [e for e in events("سقط 5 جرحى في مدينة حلب أمس.") if e.type == "ASSAULT"]


def test_a_single_victim_named_before_the_verb_is_one_killed():
    (ev,) = [e for e in events("قال نشطاء إن قائدا عسكريا في صفوف المعارضة قتل بغارة جوية على مدينة حلب أمس.")
             if e.type == "ASSAULT"]
    assert ev.killed == 1
    (ev,) = [e for e in events("قتل جندي في هجوم على حاجز في مدينة حلب أمس.") if e.type == "ASSAULT"]
    assert ev.killed == 1


def test_a_day_phrase_between_verb_and_number_keeps_the_count():
    (ev,) = [e for e in events("وقتل أول من أمس 4 جنود في هجوم على ثكنة في مدينة حلب.") if e.type == "ASSAULT"]
    assert ev.killed == 4


def test_a_known_place_after_and_in_is_a_place():
    assert [p["name_en"] for p in places("وفي تكريت، انفجرت سيارة ملغومة.") if p] == ["Tikrit"]  # the city, not its district


def test_more_forms_of_firing_bombing_and_sexual_violence():
    (ev,) = [e for e in events("شاهد مسلحين يطلقون النار على دورية في مدينة حلب أمس.") if e.type == "ASSAULT"]
    assert ev.mode == "firearms"
    (ev,) = [e for e in events("تفجرت سيارة ملغومة في شارع المتنبي في بغداد أمس.") if e.type == "ASSAULT"]
    assert ev.mode == "explosive"
    (ev,) = [e for e in events("اغتصب جنود امرأة في قرية قرب مدينة حلب أمس.") if e.type == "ASSAULT"]
    assert (ev.mode, ev.acled_sub_type) == ("sexual", "Sexual violence")


def test_an_event_noun_reports_an_attack_only_when_the_sentence_says_it_took_place():
    assert not [e for e in events("ارتبط اسم الوزير باغتيال القائد في غزة.") if e.type == "ASSAULT"]
    assert not [e for e in events("وصف الرئيس تفجير برايتون في لندن بأنه جريمة.") if e.type == "ASSAULT"]
    assert [e for e in events("وقع تفجير في سوق مدينة بغداد.") if e.type == "ASSAULT"]
    assert [e for e in events("أسفر انفجار في مدينة بغداد عن مقتل 3 أشخاص.") if e.type == "ASSAULT"]
    assert [e for e in events("هجوم على حاجز للجيش في مدينة بعقوبة أمس.") if e.type == "ASSAULT"]
    assert [e for e in events("اندلعت الاشتباكات في مدينة حلب.") if e.type == "ASSAULT"]


def test_a_protest_noun_reports_a_protest_only_when_it_was_held():
    assert not [e for e in events("قال الوزير إن التظاهر حق يكفله القانون في العراق.") if e.type == "PROTEST"]
    assert [e for e in events("نظم الطلاب اعتصاما أمام جامعة بغداد.") if e.type == "PROTEST"]


def test_rebels_soldiers_and_unidentified_gunmen_are_actors():
    ann = find_entities(normalize(Article(id="t", text="هاجم المتمردون ومسلحون مجهولون الجنود في مدينة بعقوبة أمس.",
                                          published="2020-03-01")))
    types = {e.norm: e.actor["type"] for e in ann.entities if e.actor}
    assert set(types.values()) >= {"rebels", "state_forces"} and len(types) == 3


def test_an_attack_noun_needs_only_an_attack_report_not_a_protest_one():
    assert [e for e in events("دارت الاشتباكات في مدينة حلب.") if e.type == "ASSAULT"]


def types(text, published="2020-03-01"):
    return {e.type for e in events(text, published)}


def test_an_accusation_or_a_comment_reports_itself_not_the_attack_it_names():
    assert "ASSAULT" not in types("اتهمت الحكومة المتمردين بتفجير سيارة مفخخة في مدينة بعقوبة أمس.")
    assert "ASSAULT" not in types("قالت الصحيفة معلقة على مقتل الصحفي في مدينة بعقوبة أمس إن التحقيق بدأ.")
    # The accusation after the report leaves the report standing.
    assert "ASSAULT" in types("قتل 5 أشخاص بتفجير سيارة مفخخة في مدينة بعقوبة أمس واتهمت الحكومة المتمردين.")


def test_a_defused_or_found_bomb_is_no_attack():
    assert "ASSAULT" not in types("فكك خبراء المتفجرات أمس قذيفة سقطت في مدينة بعقوبة.")
    assert "ASSAULT" not in types("أعلنت الشرطة العثور على صاروخ سقط قرب مدينة بعقوبة أمس.")
    assert "ASSAULT" in types("سقطت قذيفة أمس في مدينة بعقوبة.")


def test_options_conditions_and_contingencies_are_no_attack():
    assert "ASSAULT" not in types("ثمة خيار آخر يتمثل في شن ضربات جوية على مدينة بعقوبة.")
    assert "ASSAULT" not in types("قال الجيش إنه سيرد إذا تعرضت مدينة بعقوبة لهجوم.")
    assert "ASSAULT" not in types("أجرت القوات تدريبات تحسبا لأي ضربة جوية على مدينة بعقوبة.")


def test_a_severe_verbal_attack_is_no_assault():
    assert "ASSAULT" not in types("شن رئيس الحزب أمس هجوما شديدا على الحكومة في بغداد.")


def test_attacking_what_was_said_or_decided_is_criticism_and_what_one_stands_against_is_named():
    assert "ASSAULT" not in types("هاجم خطباء الحركة إضرابات الموظفين في مدينة غزة أمس.")
    assert "ASSAULT" not in types("شن النائب هجوما على سياسة الحكومة في بغداد أمس.")
    assert "ASSAULT" in types("هاجم مسلحون موقعا للجيش في مدينة بعقوبة أمس.")
    assert "ASSAULT" not in types("أعلنت الحركة تضامنها مع الحرس الوطني ضد تفجيرات في مدينة الرمادي.")
    assert "ASSAULT" in types("قتل 5 جنود في تفجيرات ضد الحرس الوطني في مدينة الرمادي أمس.")


def test_in_protest_at_is_no_protest_without_a_crowd_or_its_being_held():
    assert "PROTEST" not in types("استدعت الخارجية السفير في بغداد احتجاجا على تصريحاته.")
    assert "PROTEST" in types("تظاهر مئات الطلاب أمس في مدينة البصرة احتجاجا على قرار الحكومة.")


def test_a_crowd_described_by_its_gathering_is_not_a_protest_report():
    """The police dispersed the protesters who had gathered: the sentence reports the dispersal."""
    assert "PROTEST" not in types("فرقت الشرطة المتظاهرين الذين تجمعوا في مدينة بعقوبة.")
    assert "PROTEST" in types("تجمع المتظاهرون أمس في مدينة بعقوبة.")


def test_a_cultural_tazahura_is_a_festival_not_a_demonstration():
    assert "PROTEST" not in types("تشارك لبنان في خمسة عروض ضمن تظاهرة المسرح في مدينة قرطاج أمس.")
    assert "PROTEST" in types("نظم الطلاب تظاهرة أمس في مدينة قرطاج.")


def test_what_an_agreement_provides_for_is_the_agreement_not_a_deed():
    """'An agreement providing for the gunmen's withdrawal': the agreement is done (AGREE, as
    PLOVER codes an agreement to withdraw), the withdrawal is not; when it happens it is told
    as done."""
    got = {e.type: e.intent for e in events("تم التوصل أمس إلى اتفاق يقضي بانسحاب المسلحين من مدينة حلب.")}
    assert got == {"AGREE": False}
    assert {e.type: e.intent for e in events("انسحب المسلحون أمس من مدينة حلب.")} == {"RETREAT": False}
    # its parties may stand between the agreement and its terms, tied by 'على', 'مقابل' or ل
    for text in ("أفادت مصادر بتوافق بين الولايات المتحدة وروسيا وتركيا على خروج المقاتلين من حي الوعر في حمص.",
                 "فرضت الحكومة شرطا جديدا يقضي بإجلاء الجرحى من بلدة الفوعة مقابل خروج المسلحين من حمص.",
                 "أكدت مصادر أن اتفاقا تم التوصل إليه أمس لخروج المدنيين من حي الوعر في حمص."):
        assert "RETREAT" not in types(text), text
    # the terms may run on before the tie, and the deed stand a word or two past it
    assert "RETREAT" not in types("فرضت الحكومة شرطا جديدا يقضي بضمان خروج الجرحى من بلدتي الفوعة وكفريا "
                                  "مقابل استئناف عملية الإجلاء في حمص.")
    # a deed that breaks an agreement is done
    assert "ASSAULT" in types("خرقت قوات النظام الاتفاق أمس بقصف حي الوعر في حمص بالمدفعية.")


def test_the_items_of_a_list_headed_by_their_deed_are_terms_not_deeds():
    text = ("ويقوم الاتفاق على أربعة بنود هي:\n1-خروج المسلحين مع السلاح الفردي من حي الوعر في حمص.\n"
            "2- إجلاء المدنيين الذين يرغبون بمغادرة حمص باتجاه إدلب.\n")
    assert "RETREAT" not in types(text)
    assert "RETREAT" in types("وبدأ خروج المسلحين أمس من حي الوعر في حمص باتجاه إدلب.")


def test_a_foiled_attack_is_no_attack():
    assert "ASSAULT" not in types("أحبطت قوات الأمن أمس محاولة اغتيال محافظ مدينة بعقوبة.")
    assert "ASSAULT" not in types("أجهضت الشرطة أمس هجوما على مركز في مدينة بعقوبة.")
    assert "ASSAULT" in types("اغتال مسلحون أمس محافظ مدينة بعقوبة.")


def test_a_count_of_attacks_is_a_statistic():
    assert "ASSAULT" not in types("أكدت مصادر زيادة عدد الهجمات الصاروخية على مدينة بعقوبة أمس.")
    assert "ASSAULT" in types("شن المسلحون هجمات صاروخية على مدينة بعقوبة أمس.")


def test_what_is_said_about_an_attack_is_not_the_attack():
    assert "ASSAULT" not in types("كشفت السلطات أمس الوثائق المتعلقة باغتيال محافظ مدينة بعقوبة.")
    assert "ASSAULT" not in types("نشرت الشرطة أمس تفاصيل حول الهجوم على مدينة بعقوبة.")


def test_carrying_out_an_agreement_is_not_a_new_agreement():
    assert "AGREE" not in types("خرجت أول دفعة من المسلحين من مدينة حلب أمس تطبيقا لاتفاق وقف إطلاق النار.")
    assert "AGREE" in types("توصل الطرفان أمس إلى اتفاق وقف إطلاق النار في مدينة حلب.")


def test_the_number_after_met_counts_the_dead_however_far_their_death_comes():
    (ev,) = [e for e in events("لقي أزيد من عشرة عناصر من قوات النظام والميليشيات الموالية لها أمس مصرعهم في معارك في مدينة حلب.")
             if e.type == "ASSAULT"]
    assert (ev.killed, ev.killed_qualifier) == (10, "more_than")


def test_each_clause_joined_by_while_reports_its_own_event():
    got = [(e.location["name"], e.killed) for e in
           events("لقي عشرة عناصر من قوات النظام مصرعهم في معارك في ريف حلب الجنوبي أمس، "
                  "في وقت سقط مدنيون في غارات جديدة على ريف إدلب.") if e.type == "ASSAULT"]
    assert got == [("ريف حلب الجنوبي", 10), ("ريف إدلب", None)]


def test_later_and_as_regards_join_nothing():
    assert len(_clauses(normalize_token("وأعلن الجيش في وقت لاحق أن قواته قتلت مسلحا في بغداد").split())) == 1
    assert len(_clauses(normalize_token("وقال فيما يتعلق بالهجوم إن التحقيق مستمر").split())) == 1
    assert len(_clauses(normalize_token("قتل جندي في حلب بينما أصيب مدني في إدلب").split())) == 2


def test_a_crowd_that_gathered_or_sits_in_reports_a_protest_and_its_chants_do_not():
    assert "PROTEST" in types("وتجمع مئات المتظاهرين أمام مبنى البرلمان مطالبين الحكومة بالاستقالة.")
    assert "PROTEST" in types("ويعتصم آلاف المتظاهرين داخل مجمع يضم مقر الحكومة في بانكوك.")
    assert "PROTEST" not in types("وهتف المتظاهرون «يسقط النظام».")


def test_going_out_to_protest_is_the_protest_not_an_aim():
    (ev,) = [e for e in events("وكان الطلاب قد خرجوا أمس للاحتجاج على قرار الحكومة في مدينة الرباط.") if e.type == "PROTEST"]
    assert ev.intent is False


def test_the_wounded_show_an_attack_took_place_as_the_dead_do():
    assert "ASSAULT" in types("وقال إن الانتحاريين فجرا نفسيهما قرب دورية للجيش، ما أسفر عن إصابة ثلاثة جنود بجروح.")


def test_more_forms_of_opening_fire_and_blowing_up():
    assert "ASSAULT" in types("وقال سكان إن دبابات أطلقت نيرانها على المنطقة، وإن القتلى ليسوا من المسلحين.")
    assert "ASSAULT" in types("وقالت الوكالة إن سيارة مفخخة فجرت حافلة للحرس الثوري في مدينة زاهدان.")


def test_civilians_beside_a_verb_of_violence_are_its_victims_not_its_actors():
    (ev,) = [e for e in events("قتل عشرة مدنيين في غارة على مدينة معرة النعمان أمس.") if e.type == "ASSAULT"]
    assert (ev.actors, ev.targets) == ([], ["مدنيين"])


def test_a_year_before_the_articles_tells_an_older_event():
    older = "يذكر أنه في ديسمبر 2001 هاجم مسلحون البرلمان في مدينة نيودلهي."
    assert "ASSAULT" not in types(older, "2008-12-01")
    assert "ASSAULT" in types(older.replace("2001", "2008"), "2008-12-01")
    # 'the deadliest since 2005' dates nothing
    assert "ASSAULT" in types("قتل 20 شخصا أمس في هجوم هو الأعنف منذ عام 2005 في مدينة بعقوبة.", "2008-12-01")



def test_a_warning_or_a_purpose_to_launch_an_attack_is_no_attack():
    assert "ASSAULT" not in types("حذر رئيس الوزراء أمس المسلحين من الاستمرار في إطلاق الصواريخ على مدينة سديروت.")
    assert "ASSAULT" not in types("تستخدم المنطقة لإطلاق صواريخ على مدينة سديروت منذ أشهر.")
    assert "ASSAULT" not in types("يدرس الجيش خطة لشن هجوم على مدينة رفح.")
    assert "ASSAULT" in types("أطلق المسلحون أمس صواريخ على مدينة سديروت.")


def test_dates_are_entities_with_their_day_and_their_numbers_are_no_quantities():
    text = "قُتل 5 أشخاص في 12 كانون الأول 2016 بحلب، وتجدد القصف فجر السبت الماضي وصباح اليوم وأمس."
    ann = find_entities(normalize(Article(id="t", text=text, published="2016-12-13")))  # a Tuesday
    found = [(e.text, e.value["day"], e.value["kind"]) for e in ann.entities if e.type == "date"]
    assert sorted(found) == sorted([("12 كانون الأول 2016", "2016-12-12", "absolute"),
                                    ("فجر السبت الماضي", "2016-12-10", "weekday"),
                                    ("وصباح اليوم", "2016-12-13", "relative"),
                                    ("وأمس", "2016-12-12", "relative")])
    for e in ann.entities:
        assert text[e.start:e.end] == e.text  # offsets in the original text
    assert [e.value["value"] for e in ann.entities if e.type == "quantity"] == [5]


def test_a_count_before_a_word_that_begins_like_a_month_is_a_count_not_a_date():
    # 'أبناء' begins with 'آب' (August): read as '3 August', the attack was an old one and lost
    [ev] = events("قتل 3 أبناء من عائلة واحدة في غارة جوية على مدينة إدلب أمس.", "2016-12-04")
    assert (ev.type, ev.killed, ev.date) == ("ASSAULT", 3, "2016-12-03")


def test_dates_without_a_publication_date_keep_the_mention_without_a_day():
    ann = find_entities(normalize(Article(id="t", text="قصفت الطائرات حلب أمس، وتجدد القصف فجر السبت.")))
    assert sorted((e.value["kind"], e.value["day"]) for e in ann.entities if e.type == "date") == [
        ("relative", None), ("weekday", None)]
    # A date in the text is the publication date when the record has none: days resolve on it.
    ann = find_entities(normalize(Article(id="t", text="حلب 3 آذار 2017 - قصفت الطائرات حلب أمس.")))
    assert sorted((e.value["kind"], e.value["day"]) for e in ann.entities if e.type == "date") == [
        ("absolute", "2017-03-03"), ("relative", "2017-03-02")]


def test_an_event_takes_its_day_from_the_date_entities_as_from_the_text():
    (event,) = events("قتل 3 مدنيين في غارة جوية على حلب يوم الخميس الماضي.", published="2016-12-13")
    assert event.date == "2016-12-08"
    ann = find_entities(normalize(Article(id="t", text="قتل 3 مدنيين في غارة جوية على حلب يوم الخميس الماضي.",
                                          published="2016-12-13")))
    ann.entities = [e for e in ann.entities if e.type != "date"]  # as an older entities stage sends it
    (older,) = assemble_events(ann)
    assert older.date == "2016-12-08"


def test_a_date_entity_with_a_broken_day_is_refused_on_decoding():
    import orjson
    import pytest

    from streams.errors import MissingField, WrongType
    from streams.records import Annotated, decode, dumps

    ann = find_entities(normalize(Article(id="t", text="قصفت الطائرات حلب أمس.", published="2020-03-01")))
    data = orjson.loads(dumps(ann))
    k = next(i for i, e in enumerate(data["entities"]) if e["type"] == "date")
    assert decode(Annotated, orjson.dumps(data)).entities[k].value == {"day": "2020-02-29", "kind": "relative"}
    data["entities"][k]["value"]["day"] = "yesterday"
    with pytest.raises(WrongType, match="not an ISO day"):
        decode(Annotated, orjson.dumps(data))
    del data["entities"][k]["value"]["kind"]
    with pytest.raises(MissingField):
        decode(Annotated, orjson.dumps(data))


def test_a_name_after_a_title_is_a_person_not_a_namesake_place():
    # 'بشار' is also Béchar in Algeria: after 'الرئيس السوري' it is the president's name, and
    # it must not make Algeria the article's country.
    ann = find_entities(normalize(Article(id="t", text="وقال الرئيس السوري بشار الأسد إن الجيش تقدم في حلب.",
                                          published="2020-03-01")))
    assert [e.place["name_en"] for e in ann.entities if e.type == "location"] == ["Aleppo"]
    assert {e.actor["country"] for e in ann.entities if e.type == "organization"} == {"SY"}


def test_a_given_name_after_a_title_takes_its_family_name_in_al():
    def people(text):
        ann = find_entities(normalize(Article(id="t", text=text, published="2020-03-01")))
        return [e.text for e in ann.entities if e.type == "person"]

    assert people("وقال رئيس الوزراء العراقي نوري المالكي إن الوضع هادئ.") == ["نوري المالكي"]
    assert people("وقال الرئيس المصري عبد الفتاح السيسي إن") == ["عبد الفتاح السيسي"]
    # After a title, a noun that is no given name heads an institution, not a person.
    assert people("وقال رئيس مجلس النواب إن الجلسة تأجلت.") == []
    assert people("وقال الرئيس ترامب الأربعاء إن") == []  # a day is no family name


def test_the_capital_is_the_capital_of_the_country_it_names_never_a_province_called_capital():
    # 'العاصمة' alone is also Yemen's 'Capital Governorate' (أمانة العاصمة) in the gazetteer
    [tripoli] = places("اندلعت اشتباكات عنيفة في العاصمة الليبية طرابلس مساء الثلاثاء.")
    assert (tripoli["name_en"], tripoli["country"]) == ("Tripoli", "LY")
    [baghdad] = places("انفجرت سيارة مفخخة في العاصمة العراقية صباح اليوم.")
    assert (baghdad["name_en"], baghdad["country"]) == ("Baghdad", "IQ")
    found = places("قصفت الطائرات مواقع في محافظة مأرب اليمنية، وسقطت قذائف في العاصمة.")
    assert found[-1]["name_en"] == "Sanaa"
    assert places("وقالت مصادر إن الهدوء عاد إلى العاصمة.") == []  # whose capital: not told


def test_an_adjective_after_a_place_cue_is_no_place_name():
    [ev] = events("قتل خمسة مدنيين جراء قصف مدفعي على أحياء سكنية في مدينة تعز.")
    assert ev.location["name_en"] == "Taiz"


def test_a_dual_counts_two():
    def counts(text):
        [ev] = events(text)
        return ev.killed, ev.wounded, ev.captured

    assert counts("قصفت طائرة مسيرة سيارة في بلدة بنت جبيل ما أدى إلى مقتل شخصين.") == (2, None, None)
    assert counts("اندلعت اشتباكات في مدينة طرابلس أسفرت عن سقوط قتيلين.") == (2, None, None)
    assert counts("اعتقلت الشرطة الإسرائيلية شابين فلسطينيين في مدينة القدس.") == (None, None, 2)
    # 'مدنيين' is two civilians or many: no number is made of it
    assert counts("أصيب مدنيين في قصف على مدينة حلب.")[1] is None


def test_the_grip_of_a_group_is_no_arrest_and_freeing_a_quarter_takes_it():
    evs = events("أعلنت القيادة العسكرية تحرير حي الزنجيلي في الموصل من قبضة تنظيم الدولة بعد معارك عنيفة.")
    assert [(e.type, e.mode) for e in evs if e.type == "COERCE"] == []
    assert any(e.type == "ASSAULT" for e in evs)
    assert events("حررت قوات الجيش الرهينة في مدينة البصرة أمس.") == []  # a hostage freed: no place taken


def test_the_actor_after_carried_it_out_and_the_counted_victims_after_the_verb():
    [ev] = events("قتل سبعة جنود صوماليين في هجوم شنته حركة الشباب على قاعدة عسكرية في إقليم شبيلي السفلى.")
    assert (ev.actors, ev.targets) == (["حركة الشباب"], ["جنود صوماليين"])
    [ev] = events("قتل خمسة مدنيين جراء قصف مدفعي شنته جماعة الحوثي على مدينة تعز.")
    assert (ev.actors, ev.targets) == (["جماعة الحوثي"], ["مدنيين"])


def test_actors_joined_by_and_act_together_and_keep_their_first_letter():
    [ev] = events("اعتقلت الشرطة وقوات الأمن 5 أشخاص في مدينة بغداد أمس.")
    assert ev.actors == ["الشرطة", "قوات الأمن"] and ev.targets == []
    [ev] = [e for e in events("وقعت وزارة الخارجية السورية اتفاقا في بغداد أمس.") if e.type == "AGREE"]
    assert ev.actors[0] == "وزارة الخارجية السورية"


def test_what_is_demanded_or_will_be_done_is_an_intent():
    evs = events("نظم آلاف المغاربة مسيرة احتجاجية في العاصمة الرباط للمطالبة بإطلاق سراح المعتقلين.")
    assert [(e.type, e.intent) for e in evs] == [("PROTEST", False), ("CONCEDE", True)]
    call = "وزير الخارجية المصري اتصالا هاتفيا بنظيره العراقي في بغداد اليوم."
    assert [(e.type, e.intent) for e in events("سيجري " + call)] == [("CONSULT", True)]
    assert [(e.type, e.intent) for e in events("أجرى " + call)] == [("CONSULT", False)]
    # what is called for after 'إلى', past the long name of who is called on
    [free] = [e for e in events("دعت منظمة العفو الدولية السلطات المغربية إلى إطلاق سراح الصحفي في الرباط.")
              if e.type == "CONCEDE"]
    assert free.intent


def test_troops_withdrawn_or_deployed_and_the_actors_of_wire_news():
    evs = events("أعلنت واشنطن سحب قواتها من مدينة الرمادي أمس.")
    assert "RETREAT" in {e.type for e in evs}
    [mob] = [e for e in events("نشرت السلطات العشرات من قوات الشرطة في مدينة البصرة أمس.") if e.type == "MOBILIZE"]
    assert mob.actors == ["السلطات"]
    ann = find_entities(normalize(Article(id="t", published="2020-03-01", text=(
        "هاجمت ميليشيا الجنجويد قرية في دارفور، وأعلنت كتائب حزب الله وحركة طالبان باكستان "
        "والبيت الأبيض والمعلمون مواقفهم."))))
    kinds = {e.actor["name"]: (e.actor["type"], e.actor.get("country")) for e in ann.entities if e.actor}
    assert kinds["Janjaweed"] == ("militia", "SD") and kinds["Kataib Hezbollah"] == ("militia", "IQ")
    assert kinds["Tehrik-i-Taliban Pakistan"] == ("insurgents", "PK") and kinds["White House"][1] == "US"
    assert kinds["Teachers"][0] == "civilians"


def test_more_forms_of_raids_ambushes_curfews_visits_and_criticism():
    def types(text):
        return {e.type: e.mode for e in events(text)}

    assert types("أغارت طائرة إسرائيلية على سيارة في بلدة بنت جبيل أمس.").get("ASSAULT") == "aerial"
    assert types("قتل 4 جنود في كمين نصبه مسلحون قرب مدينة العريش أمس.").get("ASSAULT") == "firearms"
    assert types("فرضت السلطات حظر التجول في مدينة البصرة أمس.").get("COERCE") == "curfew"
    assert "CONSULT" in types("استقبل الرئيس المصري في القاهرة أمس وزير الخارجية الأمريكي.")
    assert "ACCUSE" in types("انتقد وزير الخارجية التركي في أنقرة أمس الهجوم على القنصلية.")


def test_killed_and_wounded_counted_together_are_neither_alone():
    [ev] = events("أسفر القصف على مدينة خان يونس عن مقتل وإصابة 15 فلسطينيا.")
    assert (ev.killed, ev.wounded) == (None, None)
    [ev] = events("قتل شرطي وأصيب اثنان آخران في هجوم مسلح على دورية في مدينة العريش.")
    assert (ev.killed, ev.wounded) == (1, 2)


def test_the_subject_of_launching_or_claiming_acts_and_a_member_names_his_group():
    [ev] = events("شن الجيش الإسرائيلي غارات على مواقع لحركة حماس في قطاع غزة ليلة الجمعة.")
    assert (ev.actors, ev.targets) == (["الجيش الإسرائيلي"], ["حركة حماس"])
    [ev] = events("تبنى تنظيم الدولة الإسلامية الهجوم الذي استهدف حافلة للجيش في مدينة العريش أمس.")
    assert ev.actors == ["تنظيم الدولة الإسلامية"]
    [ev] = events("اختطف مسلحون من جماعة بوكو حرام 20 تلميذة من مدرسة في ولاية بورنو.")
    assert ev.actors == ["مسلحون", "جماعة بوكو حرام"] and ev.location["name_en"] == "Borno"


def test_a_repelled_attack_was_made_and_a_group_named_by_a_trigger_word_is_no_event():
    evs = events("أعلن الحشد الشعبي صد هجوم لتنظيم داعش على قرية في قضاء الدور بمحافظة صلاح الدين.")
    assert [(e.type, e.actors) for e in evs] == [("ASSAULT", ["تنظيم داعش"])]  # no MOBILIZE


def test_provinces_and_groups_of_other_wars_are_known():
    [ev] = events("هاجم عناصر من حركة طالبان نقطة تفتيش للشرطة في ولاية غزني وقتلوا 6 من أفرادها.")
    assert (ev.location["name_en"], ev.location["country"], ev.actors, ev.killed) == ("Ghazni", "AF", ["حركة طالبان"], 6)


def test_a_verb_and_its_object_with_the_subject_between():
    [ev] = events("أطلق مسلحون مجهولون النار على سيارة في مدينة درنة أمس.")
    assert (ev.type, ev.mode, ev.actors) == ("ASSAULT", "firearms", ["مسلحون مجهولون"])
    [ev] = events("قطعت المغرب علاقاتها الدبلوماسية مع إيران أمس.")
    assert (ev.type, ev.actors) == ("SANCTION", ["المغرب"])
    assert all(e.type != "ASSAULT" for e in events("أطلق مسلحون مجهولون سراح الرهائن في مدينة درنة أمس."))


def test_short_country_names_act_and_an_adjective_is_no_country():
    [ev] = events("أعلنت السعودية تقديم مساعدات إنسانية لليمن.")
    assert (ev.type, ev.actors) == ("AID", ["السعودية"])
    [ev] = events("هددت كوريا الشمالية بالرد على المناورات.")
    assert ev.actors == ["كوريا الشمالية"]  # not 'وريا': the country's first letter is no clitic
    found = places("قصفت الطائرات السعودية مواقع في مدينة صعدة.")
    assert [p["name"] for p in found] == ["صعدة"]  # 'السعودية' after a noun is 'Saudi', no place


def test_a_country_something_happens_in_is_no_actor():
    [ev] = events("أضرب عمال الموانئ في تونس عن العمل احتجاجا على تدني الأجور.")
    assert ev.type == "PROTEST" and ev.actors == ["عمال"] and ev.location["country"] == "TN"  # the strikers
    [ev] = events("أفرجت السلطات الإسرائيلية عن 30 أسيرا فلسطينيا.")
    assert (ev.type, ev.actors) == ("CONCEDE", ["السلطات الإسرائيلية"])


def test_a_count_of_its_own_before_the_next_casualty_word_is_no_joint_count():
    [ev] = events("قال مسؤولون إن 207 أشخاص على الأقل قتلوا وأصيب 450 آخرون في تفجيرات في مدينة كولومبو.")
    assert (ev.killed, ev.killed_qualifier, ev.wounded) == (207, "at_least", 450)


def test_explosions_that_took_place_are_no_signed_agreement():
    assert [e.type for e in events("وقال متحدث باسم الشرطة إن ثمانية انفجارات وقعت في مدينة كولومبو.")] == ["ASSAULT"]
    [ev] = events("وقعت الحكومة السودانية وحركات مسلحة اتفاق سلام في مدينة جوبا أمس.")
    assert ev.type == "AGREE"


def test_a_clash_between_two_sides_names_both():
    [ev] = events("اندلعت اشتباكات عنيفة صباح السبت بين الجيش السوداني وقوات الدعم السريع في العاصمة الخرطوم.")
    assert (ev.actors, ev.targets) == (["الجيش السوداني"], ["قوات الدعم السريع"])


def test_taking_a_place_named_second_after_on_is_taking_territory():
    evs = events("وأعلنت قوات الدعم السريع سيطرتها على القصر الرئاسي ومطار الخرطوم الدولي أمس.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "occupy")]


def test_a_crowd_gathered_with_signs_protests_and_worshippers_do_not():
    [ev] = events("تجمع مئات المواطنين أمام مبنى البرلمان في بغداد رافعين لافتات تطالب بتحسين الخدمات.")
    assert (ev.type, ev.mode) == ("PROTEST", "demonstration")
    assert events("تجمع المصلون في المسجد الأقصى في مدينة القدس لأداء صلاة الجمعة.") == []


def test_doing_or_having_done_an_event_noun_reports_it():
    # (no day word, which alone would say it took place)
    [ev] = events("ووصفت طفلة كيف قام عشرة جنود باغتصابها في حقل قرب مدينة بواكيه.")
    assert (ev.type, ev.mode) == ("ASSAULT", "sexual")
    assert [e.type for e in events("وتواصلت المظاهرات الاحتجاجية ضد الحكومة في مدينة مقديشو.")] == ["PROTEST"]


def test_a_known_place_after_a_cue_stays_known_when_nothing_tells_the_country():
    # Daraa (under 100,000 people) does not vote for a country; it is still Daraa, not unknown
    [ev] = events("سقطت قذيفة هاون على حي سكني في مدينة درعا دون أن تسفر عن إصابات.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Dar'a", "SY")


def test_no_victims_of_a_blast_is_still_a_blast_and_a_foiled_one_is_none():
    [ev] = events("لم يسفر الانفجار الذي وقع قرب السفارة في بغداد عن وقوع ضحايا.")
    assert (ev.type, ev.killed) == ("ASSAULT", None)
    assert events("أحبطت قوات الأمن العراقية هجوما انتحاريا كان يستهدف زوار مرقد في مدينة كربلاء.") == []


def test_a_rights_group_accuses_and_the_accused_are_the_target():
    [ev] = events("اتهمت منظمة العفو الدولية قوات الأمن الإيرانية بقتل متظاهرين في مدينة زاهدان.")
    assert (ev.type, ev.actors, ev.targets) == ("ACCUSE", ["منظمة العفو الدولية"], ["قوات الأمن الإيرانية"])


def test_a_drone_with_its_nationality_acts_and_a_field_hospital_is_no_place_name():
    [ev] = events("استهدفت مسيرة تركية سيارة تقل قياديين في قوات سوريا الديمقراطية قرب مدينة القامشلي.")
    assert ev.actors == ["مسيرة تركية"]
    [ev] = events("قصف الطيران الروسي مستشفى ميدانيا في بلدة كفرنبل جنوب إدلب.")
    assert ev.location["name_en"] == "Kafranbel"


def test_what_an_agreement_holds_and_a_siege_going_on_report_nothing_new():
    evs = events("وأشارت إلى أن الاتفاق يشمل إجلاء الجرحى من بلدتي كفريا والفوعة في محافظة إدلب.")
    assert [e.type for e in evs if e.type == "AGREE"] == []
    evs = events("استهدفت فصائل المعارضة قرية نبل بقذائف المدفعية، وسط استمرار حصار القرية.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "artillery")]
    assert [e.type for e in events("فرضت قوات النظام حصارا على بلدة مضايا في ريف دمشق أمس.")] == ["COERCE"]


def test_a_countryside_told_again_without_its_direction_is_the_same_event_and_its_figure_fills_a_bound():
    evs = events("لقي أزيد من عشرة عناصر من قوات النظام مصرعهم اليوم الأحد في معارك مع المعارضة في ريف حلب "
                 "الجنوبي. وقالت مصادر إن المعارضة قتلت 15 عنصرا من قوات النظام في معارك في ريف حلب.",
                 "2016-10-09")
    assert [(e.location["name"], e.killed, e.killed_qualifier) for e in evs] == [("ريف حلب الجنوبي", 15, None)]
    evs = events("قصفت الطائرات ريف حلب الجنوبي أمس. وقصفت الطائرات أيضا ريف حلب الشمالي أمس.")
    assert [e.location["name"] for e in evs] == ["ريف حلب الجنوبي", "ريف حلب الشمالي"]


def test_a_casualty_word_after_and_counts_the_next_number_not_the_one_before():
    def counts(text):
        [ev] = events(text)
        return ev.killed, ev.wounded

    assert counts("قتل 5 وجرح 10 في قصف على مدينة حلب أمس.") == (5, 10)
    assert counts("أسفر الهجوم عن مقتل شخص واحد وإصابة اثنين آخرين في مدينة سرت أمس.") == (1, 2)
    assert counts("فقتل المسلحون ما لا يقل عن 140، وجرحوا حوالي 550 شخصا في مدينة كراتشي أمس.") == (140, 550)


def test_the_actor_may_stand_by_another_word_of_the_event_than_the_first():
    [ev] = events("قتل نحو عشرين مسلحا في غارات للتحالف على مدينة الحديدة.")
    assert (ev.actors, ev.killed, ev.killed_qualifier) == (["التحالف"], 20, "about")


def test_a_city_cue_reads_a_country_named_name_as_its_capital_city():
    assert [p["name_en"] for p in places("وصل الوفد إلى مدينة تونس أمس.")] == ["Tunis"]
    [ev] = events("تظاهر مئات المحتجين أمام مقر الحكومة في العاصمة تونس أمس.")
    assert (ev.location["name_en"], ev.actors) == ("Tunis", ["المحتجين"])  # the seat's owner does not act


def test_amman_is_the_city_in_a_jordanian_article_and_oman_the_country_elsewhere():
    assert [p["name_en"] for p in places("استقبل العاهل الأردني الملك عبد الله الثاني في عمان وزير الخارجية.")] \
        == ["Amman"]
    assert [p["name_en"] for p in places("وصل السلطان هيثم بن طارق إلى عمان قادما من الهند.")] == ["Oman", "India"]
    # a dateline names a city
    [ev] = events("عمان - اعتصم عشرات المعلمين أمس أمام مقر وزارة التربية للمطالبة بزيادة رواتبهم.")
    assert (ev.location["name_en"], ev.actors) == ("Amman", ["المعلمين"])  # the dateline acts in nothing


def test_islamabad_is_the_capital_of_pakistan_not_an_iranian_county():
    assert [(p["name_en"], p["country"]) for p in places("قتل 5 أشخاص في انفجار في إسلام آباد.")] \
        == [("Islamabad", "PK")]


def test_a_cue_before_another_cue_leaves_it_the_name():
    # 'the airport of the city of Port Sudan': not 'مدينة' read as Medina
    assert [p["name_en"] for p in places("قصفت طائرات مسيرة مطار مدينة بورتسودان صباح الأحد.")] == ["Port Sudan"]


def test_an_event_on_a_day_after_the_publication_is_to_come():
    [ev] = events("أعلنت نقابة المعلمين في الأردن الإضراب المفتوح عن العمل اعتبارا من الأحد المقبل.", "2023-05-10")
    assert (ev.type, ev.date, ev.intent) == ("PROTEST", "2023-05-14", True)


def test_who_announced_an_arrest_made_it_and_jets_belonging_to_a_coalition_are_its_own():
    [ev] = events("أعلن الجيش اللبناني توقيف سوري يشتبه بانتمائه لتنظيم داعش في بلدة عرسال.")
    assert ev.actors == ["الجيش اللبناني"]
    [ev] = events("شنت مقاتلات تابعة للتحالف بقيادة السعودية غارات على العاصمة اليمنية صنعاء.")
    assert (ev.actors, ev.location["name_en"]) == (["التحالف"], "Sanaa")


def test_a_patrol_of_the_army_attacked_is_its_target_and_a_road_names_its_town():
    [ev] = events("انفجرت عبوة ناسفة على دورية للجيش في ناحية العظيم شمال بعقوبة ما أسفر عن إصابة ثلاثة جنود.")
    assert (ev.actors, ev.targets) == ([], ["الجيش"])
    [ev] = events("استهدف الطيران المسير التابع للتحالف الدولي سيارة على طريق إدلب - سرمدا.")
    assert (ev.actors, ev.location["name_en"]) == (["التحالف الدولي"], "Idlib")


def test_a_curated_reading_of_a_name_wins_over_the_articles_country():
    # GeoNames also has an Israeli district named Gaza; the article's country is Israel here
    text = "قصف الجيش الإسرائيلي قطاع غزة أمس، وقالت إسرائيل إن القدس وتل أبيب تعرضتا لصواريخ."
    found = places(text)
    assert [p["country"] for p in found if p["name"] == "قطاع غزة"] == ["PS"]


def test_who_fires_rockets_acts_and_a_count_in_the_next_clause_is_not_this_clauses():
    evs = events("وأطلقت حركة حماس رشقات صاروخية باتجاه القدس وجنوب إسرائيل، فيما شن الجيش الإسرائيلي غارات "
                 "على قطاع غزة أسفرت عن مقتل 20 شخصا.", "2021-05-11")
    assert [(e.actors, e.killed) for e in evs] == [(["حركة حماس"], None), (["الجيش الإسرائيلي"], 20)]


def test_seizing_a_city_after_a_long_subject_is_taking_territory():
    [ev] = events("سيطر مسلحون من تنظيم الدولة الإسلامية في العراق والشام على مدينة الموصل يوم الثلاثاء.",
                  "2014-06-11")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("ASSAULT", "occupy", "Mosul")


def test_a_city_named_like_its_province_is_the_city_unless_the_province_is_named():
    assert [(p["name_en"], p["kind"]) for p in places("قتل ثلاثة أشخاص في البصرة أمس.")] == [("Basrah", "city")]
    assert [p["kind"] for p in places("قتل ثلاثة أشخاص في محافظة البصرة أمس.")] == ["admin1"]
    assert [(p["name_en"], p["kind"]) for p in places("انفجرت سيارة مفخخة في الخرطوم.")] == [("Khartoum", "city")]
    assert [p["kind"] for p in places("قتل ثلاثة أشخاص في ولاية الخرطوم أمس.")] == ["admin1"]


def test_palestine_is_the_country_and_the_west_bank_the_admin1_of_its_towns():
    assert [(p["name_en"], p["country"]) for p in places("تظاهر المئات في فلسطين أمس.")] \
        == [("Palestinian Territories", "PS")]
    assert [(p["name_en"], p["country"], p["admin1"]) for p in places("اعتقلت القوات عشرة شبان في نابلس وبيت لحم.")] \
        == [("Nablus", "PS", "West Bank"), ("Bethlehem", "PS", "West Bank")]


def test_a_cue_word_alone_is_no_place_and_a_common_word_after_it_may_name_a_town():
    assert [(p["name_en"], p["country"]) for p in places("قتل ثلاثة أشخاص في مدينة الأبيض أمس.")] \
        == [("El Obeid", "SD")]
    assert [p["name_en"] for p in places("سيطرت القوات على مدينة الباب شمال حلب.")] == ["Al Bab", "Aleppo"]
    assert [p["name_en"] for p in places("سقطت قذيفة على مدينة جسر الشغور أمس.")] == ["Jisr ash Shughur"]
    assert not places("قتل ثلاثة أشخاص في المدينة أمس.")  # 'the city' named before
    # a word of speech after 'the capital' is no town ('بالعاصمة، إن' is not Ans in Belgium)
    assert not places("وقال في اجتماع عقد أمس بالضاحية الغربية للعاصمة، إن الحزب يدعم الرئيس.")


def test_a_curated_place_stays_itself_in_an_article_about_another_country():
    found = places("قتل عشرة أشخاص في انفجار في منطقة باجور قرب الحدود مع أفغانستان.")
    assert [(p["name_en"], p["country"]) for p in found] == [("Bajaur", "PK"), ("Afghanistan", "AF")]
    assert [p["name_en"] for p in places("قتل خمسة جنود في هجوم في كويتا أمس.")] == ["Quetta"]


# Places that recur in Arabic conflict news, by country (common words such as 'الباب' and
# 'الأبيض' need a cue and are tested above).
WIRE_PLACES = {
    "YE": "صنعاء،عدن،تعز،الحديدة،مأرب،صعدة،الضالع،لحج،أبين،شبوة،حضرموت،المكلا،البيضاء،ذمار،حجة،عمران،المهرة،سيئون،المخا،زنجبار،عتق،"
          "الخوخة،حيس،الصليف،ميدي",
    "LY": "طرابلس،بنغازي،مصراتة،سرت،درنة،سبها،الزاوية،ترهونة،غريان،أجدابيا،طبرق،الكفرة،بني وليد،زوارة",
    "SD": "الخرطوم،أم درمان،الخرطوم بحري،الفاشر،نيالا،الجنينة،كادقلي،ود مدني،بورتسودان،كسلا،القضارف،الدمازين،زالنجي،الضعين،كوستي،سنار،"
          "الدلنج",
    "SO": "مقديشو،كيسمايو،بيدوا،جوهر،بلدوين،جالكعيو،هرجيسا،بوصاصو،مركا،أفغوي،غاروي",
    "IQ": "بغداد،البصرة،الموصل،كركوك،أربيل،السليمانية،الفلوجة،الرمادي،تكريت،سامراء،بعقوبة،الحلة،كربلاء،النجف،الناصرية،العمارة،الكوت،الديوانية،هيت،حديثة،القائم،تلعفر،سنجار،بيجي،طوزخورماتو،خانقين،"
          "الخالص،جلولاء،مخمور",
    "SY": "دمشق،حلب،حمص،حماة،إدلب،اللاذقية،طرطوس،دير الزور،الرقة،الحسكة،القامشلي،درعا،السويداء،منبج،عفرين،جرابلس،تدمر،البوكمال،الميادين،دوما،داريا،معرة النعمان،سراقب،خان شيخون،جسر الشغور،عين العرب،تل أبيض،رأس العين",
    "LB": "بيروت،صيدا،صور،بعلبك،النبطية،الهرمل،بنت جبيل،مرجعيون،عرسال",
    "PS": "غزة،خان يونس،دير البلح،جباليا،بيت لاهيا،بيت حانون،نابلس،جنين،رام الله،الخليل،طولكرم،قلقيلية،بيت لحم،أريحا،طوباس،سلفيت",
    "EG": "القاهرة،الإسكندرية،العريش،الشيخ زويد،الإسماعيلية،السويس،أسيوط،المنيا،سوهاج،الأقصر،أسوان،بورسعيد",
    "ML": "باماكو،تمبكتو،غاو،كيدال،موبتي",
    "NG": "مايدوغوري،أبوجا،لاغوس،كانو،زامفارا،بورنو",
    "AF": "كابل،قندهار،هرات،مزار شريف،جلال آباد،قندوز،هلمند،لشكركاه،غزني،بادغيس",
    "PK": "بيشاور،كويتا،كراتشي،لاهور،إسلام آباد،وزيرستان،باجور،سوات",
    "TN": "تونس،صفاقس،سوسة،القصرين،سيدي بوزيد،قفصة،بنقردان",
    "DZ": "الجزائر،وهران،قسنطينة،تيزي وزو،باتنة",
    "JO": "الزرقاء،إربد،معان،السلط",
}
CONTEXT = dict(YE="اليمن", LY="ليبيا", SD="السودان", SO="الصومال", IQ="العراق", SY="سوريا", LB="لبنان",
               PS="فلسطين", EG="مصر", ML="مالي", NG="نيجيريا", AF="أفغانستان", PK="باكستان", TN="تونس",
               DZ="الجزائر", JO="الأردن")


def test_places_of_conflict_news_resolve_to_their_country_without_a_cue():
    wrong = []
    for country, names in WIRE_PLACES.items():
        for name in names.split("،"):
            text = f"قتل ثلاثة أشخاص في {name} أمس. وقالت مصادر في {CONTEXT[country]} إن الهجوم هو الثاني."
            ann = find_entities(normalize(Article(id="t", text=text, published="2020-03-01")))
            got = [(e.text, e.place["country"]) for e in ann.entities if e.type == "location" and e.sent == 0]
            if got != [(name, country)]:
                wrong.append((name, got))
    assert not wrong


def test_the_crowd_is_a_protests_actor_with_who_leads_it_not_the_police_or_another_deeds_actor():
    [ev] = [e for e in events("خرج متظاهرون أفغان أمس للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف "
                               "في مدينة قندهار.") if e.type == "PROTEST"]
    assert ev.actors == ["متظاهرون"]
    for text in ("خرج متظاهرون من أنصار حزب الله في مسيرة في بيروت أمس.",
                 "تظاهر متظاهرون من أنصار حزب الله في بيروت أمس."):
        [ev] = [e for e in events(text) if e.type == "PROTEST"]
        assert (ev.actors, ev.targets) == (["متظاهرون", "حزب الله"], [])
    [ev] = [e for e in events("طوقت الشرطة مظاهرة قرب البرلمان في القاهرة واعتقلت 15 من المتظاهرين أمس.")
            if e.type == "PROTEST"]
    assert ev.actors == ["المتظاهرين"] and "الشرطة" not in ev.targets


def test_more_armed_groups_and_forces_of_wire_news():
    text = ("هاجمت قوات البشمركة وقوات الحزام الأمني وكتائب شهداء الأقصى وولاية غرب أفريقيا مواقع، "
            "وأعلنت حكومة الوفاق وبعثة الاتحاد الأفريقي والأمن الوطني وجيش المهدي مواقفها.")
    ann = find_entities(normalize(Article(id="t", published="2020-03-01", text=text)))
    names = {e.actor["name"]: (e.actor["type"], e.actor.get("country")) for e in ann.entities if e.actor}
    assert names["Peshmerga"] == ("state_forces", "IQ") and names["Security Belt Forces"] == ("militia", "YE")
    assert names["al-Aqsa Martyrs' Brigades"][1] == "PS"
    assert names["Islamic State West Africa Province"] == ("insurgents", "NG")
    assert names["Government of National Accord"] == ("government", "LY")
    assert {"African Union mission", "National security service", "Mahdi Army"} <= names.keys()


def test_an_unknown_place_keeps_its_first_words_and_lies_in_the_country_the_dateline_tells():
    [quarter] = [p for p in places("طرابلس - سقطت قذائف على حي أبو سليم مساء الجمعة.") if p["name"] != "طرابلس"]
    assert (quarter["name"], quarter["country"]) == ("أبو سليم", "LY")
    found = places("مقديشو - لقي 8 جنود مصرعهم في هجوم على قاعدة في بلدة بلعد.")
    assert [(p["name"], p["country"], p["precision"]) for p in found] == [("بلعد", "SO", "country")]
    # a name that begins with a cue word and is a place abroad: the cue and a place of the
    # article's country ('مدينة زنجبار' is Zanzibar City, and Zinjibar in Yemen)
    found = places("عدن - سيطرت قوات المجلس الانتقالي على مدينة زنجبار عاصمة محافظة أبين.")
    assert [(p["name_en"], p["country"]) for p in found][0] == ("Zinjibar", "YE")


def test_who_tells_of_the_dead_did_not_kill_them_and_the_victims_are_not_the_attackers():
    [ev] = events("أعلنت وزارة الصحة الليبية مقتل خمسة أشخاص في قصف على حي أبو سليم في طرابلس أمس.")
    assert ev.actors == [] and ev.killed == 5
    [ev] = events("قتل سبعة من عناصر الشرطة الباكستانية في هجوم انتحاري في مدينة بيشاور أمس، "
                  "وتبنت حركة طالبان باكستان الهجوم.")
    assert (ev.actors, ev.targets) == (["حركة طالبان باكستان"], ["عناصر الشرطة الباكستانية"])


def test_the_nationality_of_an_attack_names_its_actor_but_not_that_of_its_victim():
    [ev] = events("غزة - استشهد ثلاثة فلسطينيين فجر اليوم جراء قصف إسرائيلي استهدف منزلا في مخيم النصيرات.")
    assert ev.actors == ["إسرائيل"]
    [ev] = events("قتل خمسة مدنيين في غارة جوية أمريكية على قرية في محافظة إدلب أمس.")
    assert ev.actors == ["الولايات المتحدة"]
    [ev] = events("دمشق - أعلنت وزارة الدفاع السورية أن الدفاعات الجوية تصدت فجر اليوم لعدوان إسرائيلي "
                  "بالصواريخ استهدف مواقع في محيط مطار دمشق الدولي.")
    assert (ev.type, ev.actors) == ("ASSAULT", ["إسرائيل"])
    [ev] = events("أعلنت الشرطة مقتل أمريكي في هجوم في مدينة بغداد أمس.")
    assert "الولايات المتحدة" not in ev.actors


def test_releases_summoned_ambassadors_and_marches_of_wire_news():
    evs = events("كابل - أطلقت حركة طالبان سراح 12 أسيرا من القوات الأفغانية أمس.")
    assert [(e.type, e.actors) for e in evs] == [("CONCEDE", ["حركة طالبان"])]  # 'طالبان' demands nothing
    assert [e.type for e in events("الرباط - استدعت وزارة الخارجية المغربية السفير الجزائري أمس.")] == ["SANCTION"]
    evs = events("عمان - شارك آلاف الأردنيين في مسيرة حاشدة وسط العاصمة عمان أمس.")
    assert [(e.type, e.mode) for e in evs] == [("PROTEST", "demonstration")]
    assert [e.mode for e in events("استهدفت طائرة مسيرة سيارة في مدينة مأرب أمس.")] == ["drone"]


def test_a_date_that_names_an_event_is_not_the_day_of_the_sentences_event():
    [ev] = events("اندلعت في نواكشوط مظاهرات مناوئة لانقلاب السادس من أغسطس، ورفع المتظاهرون شعارات.",
                  published="2008-10-17")
    assert (ev.type, ev.date) == ("PROTEST", None)
    [ev] = events("وقعت السعودية وإيران في العاشر من مارس اتفاقا في بكين.", published="2023-03-12")
    assert (ev.type, ev.date) == ("AGREE", "2023-03-10")


def test_a_sea_alone_is_no_province_of_its_coast():
    # the sea itself, of no one country
    assert [(p["name_en"], p["country"], p["kind"]) for p in places("هددت الجماعة باستهداف السفن في البحر الأحمر.")] \
        == [("Red Sea", None, "region")]
    assert [p["name_en"] for p in places("قتل شخصان في ولاية البحر الأحمر شرقي السودان.")] \
        == ["Red Sea", "Sudan"]


def test_a_happening_told_as_planned_and_as_done_is_one_done_event():
    evs = events("توصل الطرفان أمس إلى اتفاق يقضي بانسحاب المسلحين من مدينة دوما. "
                 "وبدأ انسحاب المسلحين من مدينة دوما مساء أمس.")
    assert [(e.type, e.intent) for e in evs if e.type == "RETREAT"] == [("RETREAT", False)]


def test_what_a_purpose_masdar_secures_is_an_aim():
    [retreat] = [e for e in events("بدأت الحكومة أمس عملية لتأمين إجلاء السكان من حي الوعر في حمص.")
                 if e.type == "RETREAT"]
    assert retreat.intent
    # what an agreement is made to secure is its terms
    assert "RETREAT" not in types("توصلت المعارضة إلى اتفاق مع الحكومة لتأمين إجلاء السكان من حي الوعر في حمص.")


def test_a_dateline_the_article_never_names_is_a_bureau_when_it_tells_of_another_place():
    agreed = "وتوصلت الأطراف أمس إلى اتفاق لوقف إطلاق النار."
    text = "دمشق - سبوتنيك. قصفت الطائرات مدينة حلب أمس. وقالت مصادر في حلب إن الوضع متوتر في حلب. " + agreed
    [agree] = [e for e in events(text) if e.type == "AGREE"]
    assert agree.location["name_en"] == "Aleppo"
    [agree] = [e for e in events("دمشق - " + agreed + " وقصفت الطائرات مدينة حلب أمس.") if e.type == "AGREE"]
    assert agree.location["name_en"] == "Damascus"


def test_the_dead_of_a_disaster_are_no_attack_and_counted_students_demand_nothing():
    assert not events("ارتفعت حصيلة ضحايا الزلزال إلى 500 قتيل في مدينة الحوز أمس.")
    # nor the hurt of a crash
    assert not events("لقي 12 شخصا مصرعهم وأصيب 20 آخرون في حادث تصادم بين حافلة وشاحنة بمحافظة المنيا.")
    assert [e.mode for e in events("قتل 5 أشخاص في انفجار سيارة مفخخة أدى إلى حريق في سوق ببغداد أمس.")] \
        == ["explosive"]
    [ev] = events("اختطف مسلحون 27 طالبا من مدرسة في ولاية زامفارا أمس.")
    assert (ev.type, ev.mode, ev.captured, ev.location["name_en"]) == ("COERCE", "abduct", 27, "Zamfara")


def test_a_strikes_nationality_is_its_actor_over_the_group_of_its_victim():
    [ev] = events("قتل قائد ميداني في حركة الشباب بغارة أمريكية في إقليم جوبا السفلى أمس.")
    assert (ev.actors, ev.location["name_en"], ev.location["country"]) == (["الولايات المتحدة"], "Lower Juba", "SO")
    [ev] = events("قتل خمسة فلسطينيين في قصف إسرائيلي شنه الجيش الإسرائيلي على مدينة رفح أمس.")
    assert ev.actors == ["الجيش الإسرائيلي"]


def test_a_visit_is_where_the_visitor_arrived_and_talks_are_not_where_their_topic_is():
    [ev] = events("بيروت - وصل وزير الخارجية الإيراني إلى بيروت مساء الأحد قادما من دمشق في زيارة رسمية.")
    assert (ev.type, ev.location["name_en"]) == ("CONSULT", "Beirut")
    [ev] = events("عمان - دعا الأردن مجلس الأمن الدولي إلى التحرك الفوري لوقف الحرب على غزة.")
    assert (ev.type, ev.location["name_en"]) == ("REQUEST", "Amman")
    ann = find_entities(normalize(Article(id="t", published="2020-03-01",
                                          text="أجرى أمير قطر اتصالا مع الرئيس الأمريكي بحث خلاله تطورات الأوضاع.")))
    assert not [e for e in ann.entities if e.type == "person"]  # 'بحث خلاله' is no name


def test_an_announced_attack_at_sea_is_reported():
    [ev] = events("صنعاء - أعلن الحوثيون استهداف سفينة تجارية في خليج عدن بصاروخ بحري.")
    assert (ev.type, ev.actors, ev.location["name_en"], ev.location["country"]) \
        == ("ASSAULT", ["الحوثيون"], "Gulf of Aden", "YE")  # 'بحري' (naval) is not Khartoum Bahri


def test_barrel_bombs_and_stabbings_are_attacks():
    [ev] = events("ألقت مروحيات النظام براميل متفجرة على حي الشعار في حلب ما أدى إلى مقتل 15 مدنيا.")
    assert (ev.mode, ev.killed, ev.actors) == ("aerial", 15, ["مروحيات النظام"])
    evs = events("أصيب شرطي إسرائيلي بجروح في عملية طعن نفذها فلسطيني في البلدة القديمة بالقدس أمس.")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_more_attack_and_raid_words_of_wire_news():
    def kinds(text):
        return [(e.type, e.mode) for e in events(text)]

    assert kinds("فجر انتحاري يرتدي حزاما ناسفا نفسه في سوق مدينة بعقوبة أمس.")[0] == ("ASSAULT", "suicide")
    assert kinds("اندلعت مواجهات بين الشبان وقوات الاحتلال في بلدة بيت أمر أمس.")[0][0] == "ASSAULT"
    assert kinds("داهمت قوات الأمن منازل في حي الكرادة ببغداد أمس واعتقلت عشرة أشخاص.")[0] \
        == ("COERCE", "arrest")
    assert kinds("توغلت دبابات إسرائيلية في بلدة بيت حانون أمس.")[0][0] == "ASSAULT"
    assert not events("قضت المحكمة بإعدام المتهم في بغداد أمس.")  # a sentence is not an attack


def test_clashes_of_protesters_with_the_police_are_a_riot():
    [ev] = events("شهدت مدينة ازويرات مواجهات بين المتظاهرين الذين أحرقوا السوق المركزية وعناصر الأمن أمس.")
    assert (ev.type, ev.mode, ev.actors) == ("PROTEST", "riot", ["المتظاهرين"])
    assert [(e.type, e.mode) for e in events("قتلت القوات القائد في مواجهات مع مسلحين في مدينة الرمادي أمس.")][0] \
        == ("ASSAULT", "firearms")


def test_vigils_of_solidarity_and_strikers_holding_a_sit_in_are_protests():
    [ev] = events("نظم عشرات الصحفيين وقفة تضامنية أمام نقابة الصحفيين في القاهرة أمس.")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("PROTEST", "demonstration", "Cairo")
    assert [e.type for e in events("واصل العمال المضربون اعتصامهم أمام مقر الشركة في مدينة صفاقس أمس.")] \
        == ["PROTEST"]


def test_more_forms_of_visits_urging_resigning_and_backing():
    assert [e.type for e in events("زارت وزيرة الخارجية الألمانية مدينة بنغازي أمس.")] == ["CONSULT"]
    assert "REQUEST" in {e.type for e in events("حثت الأمم المتحدة الأطراف في الخرطوم أمس على وقف القتال.")}
    assert [e.type for e in events("قدم وزير الداخلية استقالته في بغداد أمس.")] == ["CONCEDE"]
    # verbs kept out of the lexicon because their letters end other words: 'وزارة' is no 'زار',
    # 'بحث' no 'حث', 'أيدي' no 'أيد'
    assert not events("قالت مصادر في وزارة الداخلية في بغداد أمس إن الوضع هادئ.")
    assert "REQUEST" not in {e.type for e in events("بحث الوزير مع نظيره الوضع في بغداد أمس.")}
    assert "SUPPORT" not in {e.type for e in events("قتل خمسة على أيدي مسلحين في بغداد أمس.")}


def test_students_and_caution_are_no_demand_or_warning():
    assert not events("قالت كاتي وهي طالبة في جامعة بغداد إنها رأت الحادث أمس.")
    assert not events("عاد الهدوء الحذر إلى شوارع مدينة البصرة أمس.")


def test_talks_about_a_place_are_not_held_there():
    [ev] = [e for e in events("القاهرة - بدأت اليوم جولة جديدة من المحادثات بين وفدي إسرائيل وحماس بشأن وقف "
                               "إطلاق النار في غزة.") if e.type == "CONSULT"]
    assert ev.location is None or ev.location["name_en"] != "Gaza"


def test_the_dead_of_a_road_accident_are_no_attack():
    assert not events("لقي 12 شخصا مصرعهم في حادث سير مروع على طريق بغداد كركوك أمس.")
    assert [e.type for e in events("قتل 12 شخصا في هجوم على حافلة على طريق بغداد كركوك أمس.")] == ["ASSAULT"]


def test_deeds_named_in_general_or_in_a_bare_list_are_no_attack():
    assert "ASSAULT" not in {e.type for e in events("اتهم التقرير الميليشيات بارتكاب أعمال قتل ونهب في إقليم "
                                                    "دارفور أمس.")}
    assert not events("قال المسؤول إن الحملة على المدينة لم تجلب سوى قتل وتدمير وتهجير للسكان في حمص أمس.")
    # a count makes it a report: 'أعمال عنف' with its dead, a list of deeds with a number
    assert [e.type for e in events("قتل 7 أشخاص في أعمال قتل طائفية شهدتها مدينة البصرة أمس.")] == ["ASSAULT"]
    assert [e.type for e in events("قتل وتدمير 20 منزلا في قصف على مدينة إدلب أمس.")] == ["ASSAULT"]


def test_a_toll_since_a_year_or_an_onset_is_a_running_total_not_an_event():
    assert not events("قتل أكثر من 4 آلاف جندي أمريكي في العراق منذ الغزو عام 2003.", published="2008-01-01")
    assert not events("تعرضت المدينة لأكثر من 40 تفجيرا منذ بداية العام في بغداد.", published="2008-01-01")
    # the worst since a year measures the attack against the past
    [ev] = events("قتل 30 شخصا في أعنف هجوم تشهده بغداد منذ 2005 أمس.", published="2008-01-01")
    assert (ev.type, ev.killed) == ("ASSAULT", 30)
    assert [e.type for e in events("تتواصل الاشتباكات في مدينة الرمادي منذ صباح اليوم.")] == ["ASSAULT"]


def test_a_gas_cylinder_explosion_is_an_accident_and_an_aim_to_carry_out_operations_no_attack():
    assert not events("قتل شخصان في انفجار اسطوانة غاز داخل مطعم في مدينة غزة أمس.")
    assert [e.mode for e in events("قتل شخصان في انفجار عبوة ناسفة داخل مطعم في مدينة غزة أمس.")] == ["explosive"]
    assert not events("قالت الشرطة إن التنظيم جند شبانا في الموصل لتنفيذ عمليات انتحارية.")


def test_a_given_name_before_a_family_name_is_no_place():
    ann = find_entities(normalize(Article(id="t", published="2007-08-13",
                                          text="انتقد النائب الرئيسين اللبناني إميل لحود والسوري بشار الأسد.")))
    assert not [e for e in ann.entities if e.type == "location"]


def test_stopping_attacks_or_talks_is_an_aim_not_their_report():
    assert not events("تهدف الخطة الأمنية إلى إضعاف الميليشيات ووقف قذائف الهاون على المنطقة الخضراء في بغداد.")
    assert "CONSULT" not in {e.type for e in events("خرج متظاهرون في رام الله أمس في مظاهرات تطالب السلطة "
                                                    "بوقف المفاوضات مع إسرائيل.")}


def test_a_suspended_or_postponed_event_is_not_reported_as_held():
    assert "RETREAT" not in {e.type for e in events("علقت الحكومة عملية الإجلاء من شرقي حلب أمس.")}
    assert "CONSULT" not in {e.type for e in events("أرجأت الأطراف المحادثات في جنيف إلى الأسبوع المقبل.")}
    assert [e.type for e in events("بدأت عملية الإجلاء من شرقي حلب أمس.")] == ["RETREAT"]


def test_a_retreat_is_placed_where_it_left_not_on_its_way_out():
    [ev] = events("بدأت عملية إخلاء المسلحين عبر جسر الحج إلى غرب مدينة حلب أمس.")
    assert (ev.type, ev.location["name_en"]) == ("RETREAT", "Aleppo")


def test_a_persons_name_keeps_the_letters_it_begins_with():
    [ev] = [e for e in events("التقى الرئيس الأمريكي باراك أوباما في القاهرة أمس الرئيس المصري.")
            if e.type == "CONSULT"]
    assert "باراك أوباما" in ev.actors + ev.targets


def test_the_governorates_of_iraqi_kurdistan_are_the_admin1_of_their_towns():
    [ev] = events("أربيل - استهدفت طائرة مسيرة منشأة نفطية في حقل كورمور بمحافظة السليمانية أمس.")
    assert (ev.location["country"], ev.location["admin1"]) == ("IQ", "Sulaymaniyah")  # not Haql, Saudi Arabia
    assert [p["admin1"] for p in places("قتل شخصان في انفجار في مدينة زاخو أمس.")] == ["Duhok"]
    assert [p["admin1"] for p in places("وصل الوزير إلى أربيل أمس.")] == ["Erbil"]


def test_a_common_word_and_a_direction_is_no_foreign_province():
    [ev] = events("عمان - أعلن الجيش الأردني مقتل 3 مهربين في اشتباك على الحدود الشمالية مع سوريا أمس.")
    assert ev.location["country"] == "JO"  # 'الحدود الشمالية' is no Saudi Northern Borders here
    [ev] = events("الرياض - قتل شرطي في هجوم على دورية في منطقة الحدود الشمالية أمس.")
    assert ev.location["admin1"] == "Northern Borders"


def test_an_intercepted_missile_was_fired_and_fleeing_battles_reports_none():
    [ev] = events("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته جماعة الحوثي باتجاه مدينة جازان.")
    assert (ev.type, ev.actors, ev.location["name_en"]) == ("ASSAULT", ["جماعة الحوثي"], "Jizan")
    assert not events("أعلنت الحكومة الطوارئ في ولاية الحوض الشرقي إثر تدفق آلاف اللاجئين الفارين من المعارك "
                      "في مالي.")


def test_seizing_an_area_is_taking_territory_and_a_background_sentence_reports_nothing():
    [ev] = events("أعلن الجيش الوطني الليبي سيطرته على منطقة جديدة جنوب مدينة سرت أمس.")
    assert (ev.type, ev.mode) == ("ASSAULT", "occupy")
    assert not events("يأتي ذلك على خلفية سيطرة الفصائل المسلحة على مناطق واسعة في حلب وريفها.")
    assert not events("وتأتي هذه التطورات في ظل هجمات متواصلة على مدينة الفاشر.")


def test_taking_ground_and_a_strike_in_one_place_are_two_happenings():
    evs = events("قصفت طائرات حربية مدينة حلب أمس وقتلت 5 أشخاص. وسيطرت الفصائل على مناطق واسعة في حلب أمس.")
    assert sorted(e.mode for e in evs) == ["aerial", "occupy"]
    assert [e.mode for e in events("قتل 4 مسلحين في قصف نفذته طائرات بدون طيار في وزيرستان أمس.")] == ["drone"]


def test_a_call_after_a_ministers_name_is_no_part_of_it():
    [ev] = events("القاهرة - أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا مع نظيره الأردني أمس.")
    assert ev.type == "CONSULT" and "سامح شكري" in ev.actors


def test_a_rejected_proposal_is_not_done():
    assert [e.type for e in events("رفضت الحكومة السودانية مقترح نشر قوات أفريقية في إقليم دارفور.")] == ["REJECT"]


def test_neutralized_fighters_and_their_group_are_the_targets():
    [ev] = events("أنقرة - أعلنت وزارة الدفاع التركية تحييد 9 مسلحين من حزب العمال الكردستاني في شمال العراق.")
    assert ev.type == "ASSAULT" and "حزب العمال الكردستاني" in ev.targets
    assert "حزب العمال الكردستاني" not in ev.actors


def test_districts_deserts_bases_and_border_villages_are_places():
    [ev] = events("شنت مقاتلات التحالف ثلاث غارات على مديرية باقم في محافظة صعدة فجر اليوم.")
    assert (ev.location["name"], ev.location["admin1"]) == ("باقم", "Saada")
    [ev] = events("قتل الجيش 5 عناصر من تنظيم داعش في هجوم على مخبأ في صحراء الأنبار أمس.")
    assert ev.location["admin1"] == "Anbar"
    [ev] = events("باماكو - انسحبت القوات الفرنسية من قاعدة تمبكتو وسلمتها للجيش المالي.")
    assert ev.location["name_en"] == "Timbuktu"
    [ev] = events("أصيب جنديان لبنانيان بجروح في انفجار لغم في بلدة عيتا الشعب الحدودية أمس.")
    assert (ev.location["name_en"], ev.location["admin1"]) == ("Aita al-Shaab", "Nabatieh")
    assert not [p for p in places("قال مسؤول في مديرية شرطة نينوى إن الوضع هادئ.") if p["name"] == "شرطة"]


def test_what_a_protest_is_against_is_its_topic():
    evs = events("أضرب عشرات المساجين عن الطعام في سجن المرناقية بتونس أمس احتجاجا على ظروف احتجازهم.")
    assert [e.type for e in evs] == ["PROTEST"]  # no arrest
    assert [e.type for e in events("نظم مئات الطلبة مسيرة سلمية وسط العاصمة الجزائرية أمس رفضا للعهدة الخامسة.")] \
        == ["PROTEST"]


def test_what_protesters_protest_against_is_no_event_nor_the_target_of_force_against_them():
    evs = events("قتل 19 شخصا في نيبال يوم الاثنين عندما أطلقت الشرطة النار على متظاهرين شباب يحتجون على "
                 "حظر الحكومة لمنصات التواصل الاجتماعي.")
    assert sorted(e.type for e in evs) == ["ASSAULT", "PROTEST"]  # no ban (SANCTION)
    assert [e.targets for e in evs if e.type == "ASSAULT"] == [[]]  # the government was not shot at


def test_expelling_an_ambassador_and_suspending_trade_or_relations_are_sanctions():
    assert [e.type for e in events("طردت الحكومة الليبية السفير التشادي من طرابلس أمس.")] == ["SANCTION"]
    assert [e.type for e in events("قررت تركيا تعليق التبادل التجاري مع إسرائيل حتى وقف إطلاق النار.")] \
        == ["SANCTION"]  # the ceasefire 'until' which is no agreement
    assert [e.type for e in events("جمدت الكويت علاقاتها مع الفلبين أمس.")] == ["SANCTION"]
    # the envoy's country is the target, not the one the reason names
    [ev] = events("استدعت وزارة الخارجية الجزائرية السفير الفرنسي احتجاجا على تصريحات الرئيس ماكرون.")
    assert (ev.type, ev.actors, ev.targets) == ("SANCTION", ["وزارة الخارجية الجزائرية"], ["فرنسا"])


def test_a_warning_of_retaliation_is_a_threat():
    assert [e.type for e in events("حذرت إيران من أنها سترد بقوة على أي اعتداء يستهدف منشآتها النووية.")] \
        == ["THREATEN"]


def test_more_nationalities_name_their_country():
    [ev] = events("جوبا - وقعت حكومة جنوب السودان وجماعة متمردة اتفاقا لوقف إطلاق النار في العاصمة الكينية نيروبي.")
    assert ev.location["name_en"] == "Nairobi"  # not the capital of the dateline's country
    [ev] = events("قتل جنديان إسبانيان في هجوم انتحاري في إقليم هرات أمس، قال الجيش الإسباني.")
    assert ev.location["country"] == "AF"


def test_an_assault_told_by_its_masdar_is_reported_where_it_took_place():
    [ev] = events("تعرضت دورية لقوات اليونيفيل لاعتداء من قبل مجموعة من الأهالي في بلدة العاقبية جنوب لبنان.")
    # who underwent it is the target; the doers follow 'by a group of'
    assert (ev.type, ev.actors, ev.targets, ev.location["country"]) == ("ASSAULT", ["الأهالي"], ["اليونيفيل"], "LB")
    [ev] = events("أصيب ثلاثة فلسطينيين في اعتداءات للمستوطنين على قرية ترمسعيا شمال رام الله أمس.")
    assert (ev.type, ev.wounded, ev.actors) == ("ASSAULT", 3, ["المستوطنين"])
    # a figure of speech, and the doers of an attack already known, report none
    assert events("واعتبرت الحكومة القرار اعتداء على سيادة البلاد.") == []
    assert events("وأوضح التلفزيون أن المعترفين هم الإرهابيون الذين نفذوا الاعتداء بسيارة مفخخة قرب مطار دمشق.") == []
    assert [e.type for e in events("اعتقلت الشرطة المسلحين الذين نفذوا الهجوم على الكنيسة في الإسكندرية.")] == ["COERCE"]


def test_a_capital_right_after_a_verb_speaks_for_its_country():
    [ev] = events("رفضت موسكو الاتهامات البريطانية بالتجسس.")
    assert (ev.type, ev.actors, ev.targets) == ("REJECT", ["روسيا"], ["المملكة المتحدة"])
    [ev] = events("وحثت واشنطن الحكومة الباكستانية على فرض سيطرة أكبر على الجهاز.")
    assert (ev.type, ev.actors) == ("REQUEST", ["الولايات المتحدة"])
    # struck, visited or reached, a capital is a place; after a preposition too
    [ev] = events("قصفت دمشق أمس بعشرات الصواريخ.")
    assert ev.location["name_en"] == "Damascus"
    assert places("عقد الاجتماع في واشنطن أمس.")[0]["name_en"] == "Washington, D.C."


def test_what_is_rejected_names_the_one_rejected_and_a_verb_takes_no_adjective():
    [ev] = events("رفضت حركة حماس المقترح الإسرائيلي.")
    assert (ev.type, ev.intent, ev.actors, ev.targets) == ("REJECT", False, ["حركة حماس"], ["إسرائيل"])
    # a proposed truce is an intent
    assert [(e.type, e.intent) for e in events("وبحث الوفد الهدنة المقترحة في القاهرة.")] == [("AGREE", True)]


def test_an_attack_asked_not_to_be_made_is_none():
    assert events("وطلب الرئيس من الجيش ألا يبادر إلى قصف مدينة غزة.") == []
    assert events("وحث الوزير القوات على عدم اقتحام المخيم.") == []


def test_talks_with_a_counterpart_name_the_counterparts_country():
    [ev] = events("أجرى وزير الخارجية السعودي اتصالا هاتفيا مع نظيره الإيراني بحثا خلاله العلاقات الثنائية.")
    assert (ev.type, ev.actors, ev.targets) == ("CONSULT", ["وزير الخارجية السعودي"], ["إيران"])
    [ev] = events("بحث الرئيس الفرنسي مع نظيره الأمريكي في باريس الأوضاع في أوكرانيا.")
    assert (ev.targets, ev.location["name_en"]) == (["الولايات المتحدة"], "Paris")


def test_an_earlier_attack_told_with_its_own_toll_keeps_its_means_and_doer():
    [ev] = events("ويأتي ذلك بعد يومين من غارات جوية روسية على مدينة إدلب أسفرت عن مقتل خمسة أشخاص.")
    assert (ev.type, ev.mode, ev.actors, ev.killed, ev.location["name_en"]) == (
        "ASSAULT", "aerial", ["روسيا"], 5, "Idlib")
    # without its toll it is only a point in time
    assert events("وزار الوزير مدينة إدلب بعد يومين من غارات جوية روسية عليها.") == []


def test_a_toll_that_rose_is_marked_as_an_update():
    [ev] = events("ارتفعت حصيلة ضحايا القصف بطائرة مسيرة على سوق في مدينة الفاشر إلى 22 قتيلا.")
    assert (ev.type, ev.killed, ev.toll_update) == ("ASSAULT", 22, True)
    [ev] = events("قتل 15 مدنيا في قصف بطائرة مسيرة على سوق في مدينة الفاشر.")
    assert (ev.killed, ev.toll_update) == (15, False)


def test_a_truce_announced_support_declared_and_a_shipment_seized_of_wire_news():
    [ev] = events("أعلنت إسرائيل وحزب الله وقفا لإطلاق النار يبدأ عند الرابعة فجرا.")
    assert (ev.type, ev.actors) == ("AGREE", ["إسرائيل", "حزب الله"])
    [ev] = events("أعلن الرئيس الإيراني دعم بلاده الكامل لحكومة دمشق.")
    assert (ev.type, ev.actors) == ("SUPPORT", ["الرئيس الإيراني"])
    # seized where it was found, not where it was bound
    [ev] = events("صادرت السلطات التركية شحنة أسلحة كانت متجهة إلى سوريا.")
    assert (ev.type, ev.mode, ev.actors, ev.location) == ("COERCE", "seize", ["السلطات التركية"], None)
    # 'صادر' is also 'issued', and 'صادرات' exports
    assert events("وقال بيان صادر عن الجيش إن الوضع هادئ في المدينة.") == []


def test_an_armed_groups_adjective_names_the_attacker_not_one_on_the_target():
    [ev] = events("قتل أربعة مدنيين جراء قصف مدفعي حوثي على أحياء سكنية في مدينة تعز.")
    assert (ev.type, ev.actors, ev.killed) == ("ASSAULT", ["الحوثيون"], 4)
    [ev] = events("قتل ثلاثة جنود في هجوم على نقطة عسكرية حوثية في مأرب.")
    assert ev.actors == []
    # the name Yemeni government media give them
    ann = find_entities(normalize(Article(id="t", text="استشهد ثلاثة مواطنين في قصف شنته ميليشيا الحوثي على حي الروضة.")))
    assert [x.actor["name"] for x in ann.entities if x.actor] == ["Citizens", "Houthis (Ansar Allah)"]


def test_one_victim_named_after_the_killers_or_by_office_is_one_killed():
    [ev] = events("سوريا: قتل مسلحون مجهولون رئيس بلدية في ريف درعا الغربي يوم الإثنين الماضي.")
    assert (ev.type, ev.killed, ev.actors) == ("ASSAULT", 1, ["مسلحون مجهولون"])
    [ev] = events("قتل مسلحون مجهولون ثلاثة جنود في ريف درعا.")
    assert ev.killed == 3


def test_protesters_who_burn_or_stone_riot_and_a_strike_begun_is_a_strike():
    [ev] = events("أحرق متظاهرون غاضبون مقر حزب في مدينة السليمانية.")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("PROTEST", "riot", "Sulaymaniyah")
    [ev] = events("رشق محتجون قوات الأمن بالحجارة في مدينة الناصرية.")
    assert (ev.type, ev.mode) == ("PROTEST", "riot")
    # flags burnt are a sign of protest; the police attacking protesters is no riot of theirs
    assert [(e.type, e.mode) for e in events("أحرق متظاهرون أعلام إسرائيل في مدينة الناصرية.")] == []
    assert [e.type for e in events("هاجمت الشرطة المتظاهرين في مدينة الناصرية.")] == ["ASSAULT"]
    [ev] = events("دخل عمال شركة النفط في إضراب مفتوح عن العمل في حقل الرميلة بالبصرة.")
    assert (ev.type, ev.mode) == ("PROTEST", "strike")


def test_the_protesters_of_a_told_protest_who_burn_or_stone_make_it_a_riot():
    # a later sentence, with no place or day: the protest told was a riot
    [ev] = events("خرج الآلاف في مسيرة في مدينة الناصرية. ورشق المتظاهرون قوات الأمن بالحجارة.")
    assert (ev.type, ev.mode, ev.acled_type) == ("PROTEST", "riot", "Riots")
    # with a day and place of its own: a riot of its own
    evs = events("تظاهر الآلاف في مدينة البصرة يوم الاثنين. وأضرم المحتجون النار في مبنى المحافظة في مدينة "
                 "الناصرية يوم الثلاثاء.")
    assert [(e.mode, e.location["name_en"]) for e in evs] == [("demonstration", "Basrah"), ("riot", "Nasiriyah")]
    # no protest told: the protesters are of one told elsewhere; flags burnt are no riot
    assert events("وأحرق المتظاهرون مقر الحزب في مدينة الناصرية.") == []
    [ev] = events("تظاهر المئات في مدينة البصرة. وأحرق المتظاهرون العلم الإسرائيلي.")
    assert ev.mode == "demonstration"


def test_a_protests_place_is_not_the_place_of_what_it_demands():
    [ev] = [e for e in events("وفي بغداد تظاهر المئات أمس مطالبين برد عربي على الهجوم الإسرائيلي في غزة.")
            if e.type == "PROTEST"]
    assert ev.location["name_en"] == "Baghdad"


def test_money_given_is_aid_and_a_resignation_is_not():
    [ev] = [e for e in events("قدمت قطر 10 ملايين دولار لدعم الأونروا في غزة.") if not e.intent]
    assert (ev.type, ev.actors) == ("AID", ["قطر"])  # (its purpose, 'to support', is an intent)
    assert "AID" not in {e.type for e in events("وقدم الوزير استقالته إلى رئيس الحكومة في بغداد.")}


def test_a_later_sentence_giving_the_toll_of_the_lead_folds_into_it():
    text = ("بيروت - شن الطيران الحربي الإسرائيلي سلسلة غارات على الضاحية الجنوبية لبيروت ليل الثلاثاء.\n"
            "وأعلنت وزارة الصحة اللبنانية أن الغارات أسفرت عن مقتل 12 شخصا وإصابة 30 آخرين.")
    [ev] = events(text, "2024-11-20")
    assert (ev.type, ev.mode, ev.location["name_en"], ev.date, ev.killed, ev.wounded) == (
        "ASSAULT", "aerial", "Dahiyeh", "2024-11-19", 12, 30)
    # a lead with its own toll, then another deed with one: two events
    text = ("حلب - قتلت قوات المعارضة اليوم 11 جنديا من قوات النظام في حي العامرية.\n"
            "وقتلت قوات المعارضة أيضا عنصرين من جنود النظام.")
    assert [e.killed for e in events(text, "2016-10-10")] == [11, 2]
    # a toll that names no means, with aircraft shot down beside it, is of the missile strike
    text = ("قالت الهند إنها شنت ضربات صاروخية على تسعة مواقع في باكستان فجر الأربعاء.\n"
            "وقال الجيش الباكستاني إن 26 مدنيا قتلوا وأصيب 46 آخرون، وإنه أسقط خمس طائرات هندية.")
    [ev] = events(text, "2025-05-07")
    assert (ev.mode, ev.actors, ev.killed, ev.wounded) == ("artillery", ["الهند"], 26, 46)


def test_the_names_state_and_partisan_media_give_the_sides_are_actors():
    [ev] = events("استهدف الجيش العربي السوري مواقع المجموعات الإرهابية في ريف إدلب.")
    assert (ev.actors, ev.targets) == (["الجيش العربي السوري"], ["المجموعات الإرهابية"])
    ann = find_entities(normalize(Article(id="t", text="اعتدى العدو الإسرائيلي على بلدة الخيام، وقتل الجيش التركي عناصر من بي كا كا.")))
    assert [(x.actor["name"], x.actor["country"]) for x in ann.entities if x.actor] == [
        ("Israeli forces", "IL"), ("Military forces", "TR"), ("PKK", "TR")]


def test_an_arrest_told_with_the_maghrebs_masdar():
    [ev] = events("أعلنت وزارة الداخلية التونسية إيقاف 12 عنصرا إرهابيا بولاية القصرين.")
    assert (ev.type, ev.mode, ev.captured) == ("COERCE", "arrest", 12)
    # suspending a measure is no arrest
    assert events("قررت الحكومة إيقاف العمل بالقرار في تونس.") == []


def test_suspects_of_an_attack_are_arrested_and_the_attack_is_not_told_again():
    text = ("كابول - قتل 5 أشخاص وأصيب 12 آخرون في انفجار استهدف مسجدا في العاصمة الأفغانية كابول.\n"
            "وأعلنت حركة طالبان اعتقال ثلاثة مشتبه بهم في الهجوم.")
    blast, arrest = events(text, "2022-07-10")
    assert (blast.type, blast.killed, blast.captured, blast.actors) == ("ASSAULT", 5, None, [])
    assert (arrest.type, arrest.captured, arrest.actors) == ("COERCE", 3, ["حركة طالبان"])


def test_zionist_in_wire_copy_is_israeli():
    [ev] = events("استشهد ثلاثة مواطنين في قصف صهيوني استهدف منزلا في مخيم النصيرات وسط قطاع غزة.")
    assert (ev.type, ev.actors, ev.killed) == ("ASSAULT", ["إسرائيل"], 3)
    ann = find_entities(normalize(Article(id="t", text="اقتحمت قوات الاحتلال الصهيوني مدينة نابلس فجر اليوم.")))
    [forces] = [x for x in ann.entities if x.actor]
    assert forces.actor["country"] == "IL"


def test_the_counted_dead_before_the_verb_are_the_victims_and_the_shooters_are_named_by_their_fire():
    [ev] = events("أعلن المرصد أن 7 عناصر من قوات النظام قتلوا في هجوم لتنظيم داعش على حافلة في بادية دير الزور.")
    assert (ev.actors, ev.targets) == (["تنظيم داعش"], ["قوات النظام"])
    [ev] = events("أفادت مصادر طبية بمقتل 3 فلسطينيين برصاص مستوطنين في قرية ترمسعيا شمال رام الله.")
    assert ev.actors == ["مستوطنين"]
    [ev] = events("مسلحون قتلوا 5 جنود في هجوم على نقطة تفتيش في العريش أمس.")
    assert ev.actors == ["مسلحون"]


def test_attacking_a_political_body_is_criticism_and_foreshadowing_a_strike_no_strike():
    assert "ASSAULT" not in {e.type for e in events("واصلت حركة حماس هجومها على اللجنة التنفيذية لمنظمة التحرير أمس.")}
    assert "ASSAULT" not in {e.type for e in events("شن رئيس الحزب هجوما عنيفا على الحكومة في بيروت أمس.")}
    assert [e.type for e in events("شن مسلحون هجوما على مقر الحزب في بغداد أمس أسفر عن مقتل حارسين.")] == ["ASSAULT"]
    assert "ASSAULT" not in {e.type for e in events("أنذرت التطورات بحرب أو بضربة جوية على المفاعل النووي في إيران.")}


def test_a_spot_inside_the_place_of_an_attack_told_before_is_that_attack():
    text = ("تعز - قتل ستة مدنيين وأصيب تسعة آخرون مساء الثلاثاء جراء قصف مدفعي شنته جماعة الحوثي على مدينة تعز. "
            "وأضاف المصدر أن القذائف سقطت على منازل المواطنين في حي الروضة شمالي المدينة. "
            "ولم يصدر تعليق فوري من جماعة الحوثي على الاتهامات.")
    evs = events(text, published="2023-05-17")
    assert [(e.type, e.location["name_en"], e.killed) for e in evs] == [("ASSAULT", "Taiz", 6)]


def test_the_accused_named_before_the_charge_is_the_target():
    [ev] = events("موسكو - روسيا اتهمت جورجيا بممارسة تطهير عرقي في أوسيتيا الجنوبية أمس.")
    assert (ev.type, ev.actors, ev.targets) == ("ACCUSE", ["روسيا"], ["جورجيا"])
    [ev] = events("الخرطوم - واتهمت اللجنة قوات الدعم السريع بتنفيذ القصف على مدينة الأبيض أمس.")
    assert ev.targets == ["قوات الدعم السريع"] and "قوات الدعم السريع" not in ev.actors


def test_an_arrest_raid_with_no_one_hurt_is_the_arrest_and_months_of_fighting_a_background():
    evs = events("اقتحمت قوات الاحتلال بلدة بيت أمر في محافظة الخليل واعتقلت 7 مواطنين بعد مداهمة منازلهم أمس.")
    assert [(e.type, e.mode, e.captured) for e in evs] == [("COERCE", "arrest", 7)]
    assert "ASSAULT" in {e.type for e in events("اقتحمت قوات الاحتلال بلدة بيت أمر واعتقلت 7 مواطنين وأصابت "
                                                "3 آخرين بالرصاص أمس.")}
    assert not events("وتشهد ولاية شمال كردفان منذ أشهر معارك متقطعة بين الجيش وقوات الدعم السريع.")
    assert [e.mode for e in events("قتل 12 مدنيا في قصف بالطيران المسير على سوق في مدينة الأبيض أمس.")] == ["drone"]


def test_a_claim_told_after_an_attack_names_its_actor_and_its_cause_its_means():
    text = ("مقديشو - قتل ما لا يقل عن عشرين شخصا وأصيب أكثر من أربعين آخرين إثر انفجار سيارتين مفخختين "
            "أمام مبنى وزارة التعليم في العاصمة الصومالية مقديشو ظهر السبت. "
            "وتبنت حركة الشباب الهجوم في بيان نشرته على موقع تابع لها.")
    [ev] = [e for e in events(text, published="2023-05-18") if e.type == "ASSAULT"]
    assert (ev.mode, ev.actors, ev.killed, ev.location["name_en"]) == ("explosive", ["حركة الشباب"], 20, "Mogadishu")
    assert not places("قالت الجماعة في بيان بثته أمس إن الهجوم نفذ بالأسلحة الخفيفة.")  # no Bayan, Kuwait


def test_agreements_signed_in_the_plural():
    assert [e.type for e in events("الرياض - وقع البلدان أمس اتفاقيات للتعاون في مجال الطاقة.")] == ["AGREE"]


def test_the_forces_that_disperse_a_protest_do_not_hold_it():
    evs = events("أصيب خمسة متظاهرين بالرصاص الحي خلال تفريق قوات الأمن احتجاجا في مدينة الناصرية أمس.")
    [protest] = [e for e in evs if e.type == "PROTEST"]
    assert "قوات الأمن" not in protest.actors
    [attack] = [e for e in evs if e.type == "ASSAULT"]
    assert attack.wounded == 5


def test_a_series_of_strikes_launched_is_reported_and_a_series_told_of_is_a_topic():
    [ev] = events("شن الطيران الحربي الإسرائيلي سلسلة غارات على بلدة الخيام في جنوب لبنان.")
    assert (ev.type, ev.mode, ev.actors) == ("ASSAULT", "aerial", ["الطيران الحربي الإسرائيلي"])
    assert "ASSAULT" not in types("تحدث التقرير عن سلسلة اغتيالات شهدتها مدينة درعا.")


def test_a_name_after_a_rocket_is_its_model_not_a_place():
    """'بصواريخ بركان' (Burkan rockets): not Berkane, Morocco."""
    assert places("أعلن حزب الله استهداف ثكنة إسرائيلية بصواريخ بركان.") == []
    assert [p["name_en"] for p in places("سقطت صواريخ في بركان شرق المغرب.")] == ["Berkane", "Morocco"]


def test_an_older_year_by_another_word_of_the_event_makes_it_background():
    text = "وكانت القوات الأمريكية قد قتلت زعيم تنظيم داعش في غارة على بلدة أطمة بريف إدلب عام 2022."
    assert events(text, "2023-05-15") == []
    assert [e.type for e in events(text.replace("عام 2022", "أمس"), "2023-05-15")] == ["ASSAULT"]


def test_an_attack_told_with_its_means_on_what_underwent_it_is_reported_there():
    """'تعرضت X لهجوم بطائرتين مسيرتين': X is where it hit, even with a long subject between;
    the drones tell a particular attack, and its mode."""
    [ev] = events("تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق لهجوم بطائرتين مسيرتين "
                  "دون أن يسفر عن إصابات.")
    assert (ev.type, ev.mode, ev.location["name_en"], ev.intent) == ("ASSAULT", "drone", "Ain al-Asad Air Base", False)
    [ev] = events("تعرضت بلدة كفرنبل في ريف إدلب لقصف مدفعي عنيف أمس.")
    assert ev.location["name_en"] == "Kafranbel"
    # without its means the bare attack stays below the threshold
    assert events("تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق لهجوم.") == []
    # a threat told as a noun threatens the attack it names
    assert "ASSAULT" not in types("عثرت الشرطة على رسالة تهديدات بشن تفجيرات بسيارات مفخخة في بغداد.")


def test_a_quarter_named_after_a_province_is_the_quarter():
    [ev] = events("أصيب ثمانية أشخاص بجروح في هجوم انتحاري بسيارة مفخخة في حي المثنى وسط مدينة تلعفر.")
    assert (ev.location["name"], ev.location["admin1"]) == ("المثنى", "Nineveh")


def test_the_group_attackers_are_believed_to_be_from_is_on_their_side():
    [ev] = events("هاجم مسلحون يعتقد أنهم من جماعة بوكو حرام قرية في ولاية بورنو شمال شرقي نيجيريا "
                  "وقتلوا 37 مزارعا.")
    assert (ev.actors, ev.targets) == (["مسلحون", "جماعة بوكو حرام"], [])


def test_a_country_across_a_border_is_no_actor():
    [ev] = events("أعلن الجيش الأردني إحباط محاولة تهريب كميات كبيرة من المخدرات عبر الحدود مع سوريا "
                  "ومقتل 4 مهربين.")
    assert "سوريا" not in ev.actors


def test_a_countryside_keeps_its_city_in_an_article_about_another_country():
    [ev] = events("أرسلت تركيا تعزيزات عسكرية جديدة إلى نقاطها في ريف إدلب الجنوبي.")
    assert (ev.type, ev.location["country"], ev.location["admin1"]) == ("MOBILIZE", "SY", "Idlib")


def test_new_protesters_acting_in_protest_hold_a_protest():
    [ev] = events("أغلق محتجون حقل الشرارة النفطي جنوب ليبيا احتجاجا على تردي الخدمات.")
    assert (ev.type, ev.actors) == ("PROTEST", ["محتجون"])
    # protesters already told of are its topic, not a new protest
    assert "PROTEST" not in types("حث رئيس البرلمان السياسيين على مقاطعة الدورة الأولمبية في بكين احتجاجا "
                                  "على حملتها على المتظاهرين في التبت.")


def test_an_exchange_of_fire_is_a_clash():
    [ev] = events("تبادل مسلحون وقوات الأمن إطلاق النار في حي الكرادة وسط بغداد أمس.")
    assert (ev.type, ev.mode) == ("ASSAULT", "firearms")


def test_a_charge_a_refusal_and_a_deadline_report_no_deed_of_their_own():
    assert types("قطعت السلطات الليبية علاقاتها مع تركيا واتهمتها بدعم الميليشيات في طرابلس.") \
        == {"SANCTION", "ACCUSE"}
    assert types("أعلنت الحكومة اليمنية رفضها المشاركة في المحادثات ما لم يفرج الحوثيون عن المعتقلين.") \
        == {"REJECT"}
    assert "AID" not in types("أعلن المجلس العسكري في النيجر طرد السفير الفرنسي ومنحه مهلة 48 ساعة لمغادرة البلاد.")


def test_mobilizing_and_support_in_their_wire_forms():
    assert types("استنفرت قوات الحشد الشعبي عناصرها على الحدود العراقية السورية.") == {"MOBILIZE"}
    # for ACLED, a change in a group's activity (not a base set up)
    [ev] = events("أرسلت وزارة الدفاع تعزيزات عسكرية إلى مدينة جبلة.")
    assert (ev.type, ev.acled_type, ev.acled_sub_type) == ("MOBILIZE", "Strategic developments",
                                                            "Change to group/activity")
    assert types("أعرب الاتحاد الأوروبي عن دعمه الكامل لجهود الوساطة المصرية القطرية.") == {"SUPPORT"}


def test_talks_next_week_are_to_come():
    [ev] = events("أعلنت وزارة الخارجية القطرية أن الدوحة تستضيف جولة جديدة من المفاوضات غير المباشرة "
                  "بين حماس وإسرائيل الأسبوع المقبل.")
    assert (ev.type, ev.intent) == ("CONSULT", True)
    [ev] = events("أجرى الطرفان جولة جديدة من المفاوضات في الدوحة الأسبوع الماضي.")
    assert (ev.type, ev.intent) == ("CONSULT", False)


def test_a_death_told_before_its_running_total_is_reported():
    [ev] = events("أعلن الجيش الإسرائيلي مقتل أحد جنوده في معارك بشمال قطاع غزة، ليرتفع عدد قتلاه منذ بدء "
                  "العملية البرية إلى 250.")
    assert ev.type == "ASSAULT"
    assert events("قتل ثلاثة آلاف جندي منذ الاجتياح في 2003.") == []


def test_places_of_the_syrian_and_iraqi_wars_and_a_shot_down_helicopter():
    [ev] = events("قصفت مدفعية النظام بلدات جبل الزاوية بأكثر من 50 قذيفة صباح اليوم.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Jabal al-Zawiya", "SY")
    [ev] = events("هاجمت طائرة مسيرة مجهولة موكبا لقيادي في الحشد الشعبي قرب مدينة القائم.")
    assert (ev.location["name_en"], ev.mode) == ("Al-Qa'im", "drone")
    assert places("قال القائم بأعمال السفير الأمريكي إن بلاده تدعم الحوار.") == []
    [ev] = events("تمكن مقاتلو المعارضة من إسقاط طائرة مروحية تابعة للنظام في ريف حماة الشمالي.")
    assert (ev.type, ev.mode, ev.actors) == ("ASSAULT", "firearms", ["مقاتلو المعارضة"])


def test_an_unknown_village_lies_in_the_province_named_before_it_not_in_the_articles_main_place():
    text = ("قتل 15 مدنيا في قصف مدفعي على مدينة أم درمان. وقصفت المدفعية مدينة أم درمان مجددا. "
            "وفي ولاية الجزيرة، اقتحم مسلحون قرية ود النورة وأطلقوا النار على السكان، ما أسفر عن مقتل 8 أشخاص.")
    village = next(e for e in events(text, "2024-06-10") if e.killed == 8)
    assert (village.location["name"], village.location["admin1"]) == ("ود النورة", "Gezira")


def test_a_denial_denies_its_deed_but_its_counter_charge_is_made():
    [ev] = events("نفت قوات الدعم السريع في بيان مسؤوليتها عن القصف، واتهمت الجيش بمحاولة تضليل الرأي العام.")
    assert (ev.type, ev.actors, ev.targets) == ("ACCUSE", ["قوات الدعم السريع"], ["الجيش"])
    assert events("نفى الجيش اتهام المعارضة بقصف المدينة.") == []


def test_a_dual_province_cue_names_both_provinces():
    assert [p["name_en"] for p in places("شنت طائرات أمريكية 15 غارة على مواقع في محافظتي الحديدة وصنعاء.")] \
        == ["Al Hudaydah", "Amanat Alasimah"]


def test_the_means_of_an_attack_may_follow_its_object():
    """The means count as evidence wherever they stand: 'الهجوم على الموقع بسيارة مفخخة' as
    'الهجوم بسيارة مفخخة على الموقع'."""
    [after] = events("أعلن الجيش أن المتمردين شنوا الهجوم على الموقع بسيارة مفخخة يقودها انتحاري.")
    [right] = events("أعلن الجيش أن المتمردين شنوا الهجوم بسيارة مفخخة على الموقع يقودها انتحاري.")
    assert after.confidence == right.confidence


def test_a_site_of_another_country_than_the_datelines_is_hit_in_that_country():
    [ev] = events("بيروت - أعلن حزب الله، الأربعاء، استهداف موقع الراهب الإسرائيلي بالأسلحة الصاروخية، "
                  "وتحقيق إصابات مباشرة.", "2024-06-19")
    assert (ev.actors, ev.location["country"], ev.location["precision"]) == (["حزب الله"], "IL", "country")
    # a site of the dateline's own country stays there
    [ev] = events("بيروت - قصفت الطائرات موقعا لبنانيا في الضاحية أمس.", "2024-06-19")
    assert ev.location["country"] == "LB"


def test_protesters_who_attack_or_storm_riot_and_a_hunger_strike_is_one_with_words_between():
    [ev] = events("هاجم متظاهرون مقر القنصلية الإيرانية في النجف وأضرموا فيه النار.")
    assert (ev.type, ev.mode, ev.actors, ev.acled_type) == ("PROTEST", "riot", ["متظاهرون"], "Riots")
    [ev] = events("اقتحم المحتجون مبنى البرلمان في بغداد.")
    assert (ev.type, ev.mode) == ("PROTEST", "riot")
    # the police attacking protesters is no riot of theirs
    [ev] = events("هاجمت الشرطة المتظاهرين في بغداد.")
    assert (ev.type, ev.actors) == ("ASSAULT", ["الشرطة"])
    [ev] = events("أضرب الأسرى عن الطعام في سجن عوفر.")
    assert (ev.type, ev.mode) == ("PROTEST", "hunger_strike")
    [ev] = events("نقل السجين إلى المستشفى في بغداد بعد 3 أيام من بدئه إضرابا مفتوحا عن الطعام.")
    assert (ev.type, ev.mode) == ("PROTEST", "hunger_strike")


def test_deploying_warships_air_defences_or_units_is_a_mobilization():
    for text, place in (("نشرت الولايات المتحدة حاملة طائرات في شرق البحر المتوسط.", "Mediterranean Sea"),
                        ("نشرت روسيا منظومة صواريخ في شبه جزيرة القرم.", "Crimea"),
                        ("نشر الجيش كتيبة إضافية في مدينة كركوك.", "Kirkuk")):
        [ev] = events(text)
        assert (ev.type, ev.location["name_en"]) == ("MOBILIZE", place), text
    # publishing pictures of tanks deploys nothing
    assert not events("نشرت الصحيفة صورا للدبابات في الشوارع.")
    # sent: carriers and troops; the carrier's aircraft are no actor
    [ev] = events("أعلن الجيش الأمريكي إرسال حاملة طائرات ثانية إلى شرق البحر المتوسط.")
    assert (ev.type, ev.actors, ev.location["name_en"]) == ("MOBILIZE", ["الجيش الأمريكي"], "Mediterranean Sea")
    [ev] = [e for e in events("أرسلت تركيا قوات إلى ليبيا.") if e.type == "MOBILIZE"]
    assert (ev.actors, ev.location["name_en"]) == (["تركيا"], "Libya")
    # aid sent is aid
    assert [e.type for e in events("أرسلت الإمارات طائرة محملة بالمساعدات الطبية إلى السودان.")] == ["AID"]


def test_an_activist_or_official_assassinated_is_one_killed_and_an_attempt_none():
    [ev] = events("أقدم مجهولون على اغتيال ناشط مدني في مدينة الناصرية مساء أمس.")
    assert (ev.type, ev.killed) == ("ASSAULT", 1)
    [ev] = events("وقتل ناشط من كتائب القسام في قصف جوي إسرائيلي شرق مدينة غزة.")
    assert ev.killed == 1
    [ev] = events("نجا مسؤول محلي من محاولة اغتيال مسؤول في مدينة الناصرية أمس.")
    assert ev.killed is None


def test_an_unmanned_aircraft_is_a_drone_and_rockets_fired_are_a_missile_attack():
    # 'طائرة بدون طيار' and its other wordings are drones, as 'طائرة مسيرة' is
    for text in ("قصفت طائرة بدون طيار سيارة في مأرب أمس.",
                 "قتل 3 أشخاص في غارة لطائرات من دون طيار في وزيرستان.",
                 "أطلقت طائرة بلا طيار صاروخين على سيارة في مأرب أمس."):
        [ev] = events(text)
        assert (ev.type, ev.mode, ev.acled_sub_type) == ("ASSAULT", "drone", "Air/drone strike"), text
    # rockets fired from the ground: ACLED's shelling/artillery/missile attack, not a clash
    [ev] = events("أطلقت حركة حماس 20 صاروخا باتجاه مدينة عسقلان مساء الخميس.")
    assert (ev.mode, ev.acled_sub_type) == ("artillery", "Shelling/artillery/missile attack")


def test_a_drone_as_the_actor_makes_a_drone_strike():
    [ev] = events("استهدفت مسيرة تركية سيارة في القامشلي.")
    assert (ev.mode, ev.acled_sub_type) == ("drone", "Air/drone strike")


def test_places_of_turkeys_strikes_in_northern_iraq():
    [ev] = events("قصفت طائرات حربية تركية مواقع لحزب العمال الكردستاني في قضاء العمادية بمحافظة دهوك.")
    assert (ev.location["name_en"], ev.location["admin1"]) == ("Amadiya", "Duhok")
    assert [p["name_en"] for p in places("قتل جنديان تركيان في اشتباكات في منطقة هاكورك شمالي العراق.")][0] == "Hakurk"
    assert places("التقى رئيس الوزراء المصري هشام قنديل وزير الخارجية.") == []


def test_an_actors_nationality_after_a_military_adjective_is_its_own():
    [ev] = events("قصفت طائرات حربية تركية مواقع لحزب العمال الكردستاني في قضاء العمادية بمحافظة دهوك.")
    assert ev.actors == ["طائرات حربية تركية"]


def test_a_protest_forces_act_on_is_acleds_protest_with_intervention_or_excessive_force():
    def sub(text):
        return next(e.acled_sub_type for e in events(text) if e.type == "PROTEST")
    assert sub("تظاهر المئات في مدينة إدلب رفضا لأي تقارب مع النظام السوري.") == "Peaceful protest"
    assert sub("فرقت الشرطة الكينية بالغاز المسيل للدموع مئات المتظاهرين في العاصمة نيروبي احتجاجا على "
               "غلاء المعيشة.") \
        == "Protest with intervention"
    assert sub("قتل ثلاثة متظاهرين وأصيب 20 آخرون عندما فرقت قوات الأمن بالرصاص الحي احتجاجا في مدينة "
               "الناصرية أمس.") == "Excessive force against protesters"


def test_an_attack_on_civilians_with_no_armed_side_is_acleds_violence_against_civilians():
    def acled(text):
        return next((e.acled_type, e.acled_sub_type) for e in events(text) if e.type == "ASSAULT")
    assert acled("قتل 5 مدنيين برصاص قناصة في حي الزهراء بمدينة حلب.") == ("Violence against civilians", "Attack")
    assert acled("اقتحم مسلحون مستشفى في مدينة الفاشر وأطلقوا النار على المرضى.") \
        == ("Violence against civilians", "Attack")
    assert acled("قتل ثلاثة عناصر من الجيش الوطني الليبي في اشتباكات مع مهربين جنوب مدينة الكفرة.") \
        == ("Battles", "Armed clash")
    # a remote attack stays one, whoever it hit
    assert acled("قتل 12 مدنيا في قصف مدفعي على مدينة الفاشر.")[0] == "Explosions/Remote violence"


def test_the_dead_with_no_deed_of_their_own_are_of_the_clash_told_as_their_cause():
    [ev] = events("أفادت مصادر طبية بوصول جثث 7 أشخاص إلى المستشفى في عدن إثر اشتباكات بين فصيلين مسلحين.")
    assert (ev.type, ev.killed) == ("ASSAULT", 7)
    # an arrest after a bombing reports the arrest
    assert types("اعتقلت الشرطة خمسة أشخاص إثر تفجير استهدف سوقا في بغداد.") == {"COERCE"}


def test_a_governor_names_his_province():
    [ev] = events("نجا محافظ البصرة من محاولة اغتيال بعبوة ناسفة استهدفت موكبه وسط المدينة.")
    assert (ev.mode, ev.location["name_en"]) == ("explosive", "Basrah")
    assert places("قال محافظ البنك المركزي إن الاحتياطي ارتفع.") == []


def test_the_nationality_of_the_deed_a_victim_died_by_is_its_doers():
    [ev] = events("قتل قيادي في حركة الجهاد الإسلامي باغتيال إسرائيلي استهدف شقة سكنية في دمشق.")
    assert ev.actors == ["إسرائيل"]
    # the victim's nationality stays the victim's: a toll, or the object of 'قام ب'
    [ev] = events("قام مسلحون باغتيال إسرائيلي في مدينة الخليل أمس.")
    assert ev.actors == ["مسلحون"]
    [ev] = events("وتسببت العبوة بمقتل جندي أميركي في بغداد أمس.")
    assert "الولايات المتحدة" not in ev.actors


def test_jilib_with_its_cue_and_the_verb_to_bring_without():
    [ev] = events("أعلنت السلطات الصومالية مقتل 20 عنصرا من حركة الشباب في غارة جوية نفذتها القوات الأمريكية "
                  "قرب بلدة جلب.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Jilib", "SO")
    assert places("وقال إن الحكومة جلب الأسلحة من الخارج.") == []


def test_a_countrys_authorities_tell_the_articles_country():
    """An unknown place in an article whose only country is its authorities' ('السلطات الصومالية')
    lies in that country; the foreign forces named beside them ('القوات الأمريكية') do not vote."""
    [ev] = events("أعلنت السلطات الصومالية مقتل 20 عنصرا من حركة الشباب في غارة جوية نفذتها القوات الأمريكية "
                  "قرب بلدة بوالي.")
    assert ev.location["country"] == "SO"


def test_bursting_out_laughing_or_in_anger_is_no_blast():
    assert events("وعندما سئل عن الأسعار انفجر الوزير غاضبا وغادر القاعة في عمان.") == []
    assert events("فانفجرت المذيعة وضيفها بالضحك على الهواء في القاهرة.") == []
    [ev] = events("انفجرت سيارة مفخخة قرب سوق شعبي في بعقوبة أمس.")
    assert (ev.type, ev.mode) == ("ASSAULT", "explosive")


def test_a_risk_is_no_attack():
    assert [e.type for e in events("وتبقى القرى الحدودية في شمال لبنان الأكثر عرضة للقصف.")] == []
    assert "ASSAULT" not in {e.type for e in events("وقال إن الصحافيين معرضون للاغتيال في مقديشو.")}
    # undergoing it is the attack
    [ev] = events("تعرضت قرية حدودية في جنوب لبنان لقصف مدفعي أمس.")
    assert ev.type == "ASSAULT"


def test_the_right_to_protest_is_no_protest():
    assert "PROTEST" not in {e.type for e in events("ودعا البيان إلى ضمان حق التظاهر لكل المواطنين في الجزائر.")}
    assert "PROTEST" not in {e.type for e in events(
        "وطالبت المنظمة السلطات في الرباط باحترام الحق في التظاهر السلمي وحرية التعبير.")}


def test_the_right_to_protest_is_no_protest_with_its_clitics_either():
    assert [e.type for e in events("واعتقلت الشرطة 68 ناشطا يوم الأحد في القاهرة واعتبرت المنظمة ذلك "
                                   "انتهاكا للحق في التظاهر السلمي.")] == ["COERCE"]
    assert events("وقالت النقابة إن منع الاعتصام يوم الأحد في تونس انتهاك للحق في الإضراب.") == []
    # a protest held is reported
    [ev] = events("تظاهر مئات الطلاب في القاهرة أمس.")
    assert ev.type == "PROTEST"


def test_a_necessity_of_a_deed_is_an_intent_not_the_deed():
    [ev] = events("وشدد البيان على ضرورة اعتقال المتورطين في الجريمة في بغداد.")
    assert (ev.type, ev.intent) == ("COERCE", True)
    [ev] = events("واعتقلت الشرطة المتورطين في الجريمة في بغداد.")
    assert (ev.type, ev.intent) == ("COERCE", False)


def test_a_rocket_that_fell_on_a_place_is_an_attack_there_without_casualties():
    [ev] = events("سقط صاروخ على قاعدة عين الأسد الجوية في محافظة الأنبار.")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("ASSAULT", "artillery", "Ain al-Asad Air Base")
    # a missile test is no attack, fired as it is
    assert events("أطلقت كوريا الشمالية صاروخا باليستيا سقط في بحر اليابان.") == []
    assert events("تحدث الوزير عن صاروخ جديد في قاعدة عين الأسد الجوية.") == []


def test_an_attack_whose_relative_clause_dates_it_years_back_is_background():
    text = ("وقدم الوفد صورة لمشتبه بأنه انتحاري فجر نفسه في حادث قطار مومباي الذي وقع في يوليو "
            "من عام 2006 وأسفر عن مقتل 186 شخصا.")
    assert events(text, "2007-03-08") == []
    assert events(text.replace("2006", "2007"), "2007-07-20")[0].type == "ASSAULT"  # this month
    # a clause on a place, not on the event, dates nothing of it
    [ev] = events("قتل خمسة مدنيين في الهجوم الذي شنه مسلحون على قرية قرب حماة التي وقعت فيها "
                  "مجزرة عام 1982.", "2007-03-08")
    assert (ev.type, ev.killed) == ("ASSAULT", 5)


def test_an_event_pointed_back_to_is_told_before_unless_with_its_toll():
    assert events("وشارك في هذه الاحتجاجات طلاب من جامعة بغداد.") == []
    assert events("وقال إن الشرطة فرقت هذه المظاهرة في البصرة.") == []
    [ev] = events("وأسفر هذا الهجوم عن مقتل خمسة جنود في مدينة الرمادي أمس.")
    assert (ev.type, ev.killed) == ("ASSAULT", 5)
    # after that, a deed told by its verb is reported
    [ev] = events("وبعد ذلك هاجم مسلحون نقطة تفتيش في مدينة الموصل أمس.")
    assert ev.type == "ASSAULT"


def test_an_expected_or_possible_event_is_to_come():
    [ev] = events("وأعلنت النقابة أن الإضراب المرتقب يشمل المستشفيات في الجزائر.")
    assert (ev.type, ev.mode, ev.intent) == ("PROTEST", "strike", True)
    kinds = {(e.type, e.intent) for e in events("ودعت النقابة إلى المظاهرة المرتقبة في ساحة التحرير ببغداد.")}
    assert ("PROTEST", True) in kinds and ("PROTEST", False) not in kinds
    # looking ahead from a reported attack keeps the attack
    [ev] = events("قتل خمسة أشخاص في انفجار سيارة مفخخة في كركوك أمس، ومن المتوقع أن يرتفع عدد القتلى.")
    assert (ev.type, ev.killed, ev.intent) == ("ASSAULT", 5, False)


def test_aid_a_corridor_is_opened_for_is_its_aim():
    """'لإيصال المساعدات', 'لإدخال المساعدات' (form IV masdar with the purpose clitic): the aid is
    what the corridor or road is for, not aid delivered; aid that arrived is reported."""
    kinds = {(e.type, e.intent) for e in events(
        "وتسعى الوكالات الدولية لفتح طريق بري لإدخال المساعدات الغذائية إلى مدينة الفاشر.")}
    assert kinds == {("AID", True)}
    [ev] = events("وصلت قافلة مساعدات إنسانية إلى مدينة الفاشر أمس.")
    assert (ev.type, ev.intent) == ("AID", False)


def test_sahel_garrison_towns_are_known_places():
    [ev] = events("انسحبت القوات الفرنسية من قاعدة تساليت في شمال مالي وسلمتها للجيش المالي.")
    assert (ev.type, ev.location["name_en"], ev.location["admin1"]) == ("RETREAT", "Tessalit", "Kidal")
    [ev] = events("قتل 15 جنديا في هجوم لمسلحين على معسكر للجيش قرب بلدة بارسالوغو شمالي بوركينا فاسو أمس.")
    assert (ev.location["name_en"], ev.location["country"], ev.killed) == ("Barsalogho", "BF", 15)


def actors_of(text):
    ann = find_entities(normalize(Article(id="t", text=text, published="2020-03-01")))
    return [(e.actor["name"], e.actor["country"]) for e in ann.entities if e.type == "organization"]


def test_a_ministry_named_by_its_portfolio_and_gentilic_is_an_actor():
    assert actors_of("وقالت الصحة الفلسطينية إن ثلاثة شبان أصيبوا في جنين.") == [("Ministry of Health", "PS")]
    assert actors_of("وأعلنت الداخلية العراقية حظر التجول في البصرة.") == [("Ministry of Interior", "IQ")]
    # an adjective after a definite noun, no gentilic, or the minister's title: no ministry
    assert actors_of("وانتقد الكاتب السياسة الخارجية الأمريكية في مقاله.") == []
    assert actors_of("وتناول اللقاء العلاقات الخارجية للبلدين.") == []
    assert ("Ministry of Foreign Affairs", "GB") not in actors_of("وصرحت وزيرة الخارجية البريطانية للصحافيين.")


def test_holding_someone_responsible_is_an_accusation():
    [ev] = events("وحملت الخارجية الفلسطينية حكومة الاحتلال المسؤولية الكاملة عن اقتحام المسجد الأقصى أمس.")
    assert (ev.type, ev.actors) == ("ACCUSE", ["الخارجية الفلسطينية"])


def test_the_dead_told_with_a_plural_verb_after_their_number_are_counted():
    [ev] = events("قالت وزارة الصحة إن 27 شخصا استشهدوا في غارات إسرائيلية على مدينة رفح أمس.")
    assert (ev.type, ev.mode, ev.killed) == ("ASSAULT", "aerial", 27)


def test_a_verb_joined_by_wa_after_a_cue_is_no_place_name():
    assert places("هاجم مسلحون قرية وقتلوا فيها ستة مدنيين في ولاية لامو.")[0]["name_en"] == "Lamu"
    assert all(p["name"] != "وقتلوا" for p in places("هاجم مسلحون قرية وقتلوا فيها ستة مدنيين في ولاية لامو."))


def test_an_attack_in_a_month_long_past_is_background():
    # no day of its own, in a month that ended more than 30 days before the article
    assert events("وكانت الحركة قد شنت هجوما على فندق في مقديشو في أغسطس الماضي أسفر عن مقتل 21 شخصا.",
                  "2023-05-17") == []
    assert events("شنت الحركة هجوما على فندق في مقديشو العام الماضي أسفر عن مقتل 21 شخصا.", "2023-05-17") == []
    # the year after the month's other name and 'من عام': May 2021, not this May
    assert events("شنت الحركة هجوما على فندق في مقديشو في مايو (أيار) من عام 2021 أسفر عن مقتل 21 شخصا.",
                  "2023-05-17") == []
    assert events("شنت الحركة هجوما على فندق في مقديشو في مايو من العام الماضي أسفر عن مقتل 21 شخصا.",
                  "2023-05-17") == []
    [ev] = events("شنت الحركة هجوما على فندق في مقديشو في مايو (أيار) من العام الحالي أسفر عن مقتل 21 شخصا.",
                  "2023-05-17")
    assert ev.killed == 21
    # the month of the article, a day of a month, or 'since' a month: not background
    [ev] = events("شنت الحركة هجوما على فندق في مقديشو في شهر مايو أسفر عن مقتل 21 شخصا.", "2023-05-17")
    assert ev.killed == 21
    [ev] = events("شنت الحركة هجوما على فندق في مقديشو يوم 12 مايو أسفر عن مقتل 21 شخصا.", "2023-05-17")
    assert ev.date == "2023-05-12"
    # a month's second name after the day of its first ('6 أغسطس (آب)') is told with that day
    [ev] = events("اندلعت في نواكشوط مظاهرات مناوئة لانقلاب السادس من أغسطس (آب) الماضي.", "2023-10-17")
    assert ev.type == "PROTEST"


MOGADISHU = (
    "مقديشو - (رويترز): قالت الشرطة الصومالية إن ما لا يقل عن 10 أشخاص قتلوا وأصيب 20 آخرون عندما فجر "
    "انتحاري نفسه في مطعم مزدحم بالعاصمة مقديشو مساء الثلاثاء.\n"
    "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم في بيان.\n"
    "وارتفعت حصيلة القتلى صباح الأربعاء إلى 14 بعد وفاة أربعة من الجرحى في المستشفى.\n"
    "وندد رئيس الوزراء الصومالي بالهجوم ووصفه بأنه عمل جبان.\n"
    "وكانت الحركة قد شنت هجوما مماثلا على فندق في المدينة نفسها في أغسطس الماضي أسفر عن مقتل 21 شخصا.")


def test_a_toll_that_rose_updates_the_attack_and_a_claim_names_the_group_not_its_network():
    attack, condemned = events(MOGADISHU, "2023-05-17")
    assert (attack.type, attack.mode, attack.date, attack.killed, attack.wounded) == \
        ("ASSAULT", "suicide", "2023-05-16", 14, 20)
    assert attack.actors == ["حركة الشباب"]
    # after a verb of condemning, the one named after the verb condemns
    assert (condemned.type, condemned.actors, condemned.targets) == ("ACCUSE", ["رئيس الوزراء الصومالي"], [])


def test_a_million_man_march_is_a_protest():
    [ev] = events("خرج آلاف السودانيين في مليونية جديدة في شوارع الخرطوم أمس للمطالبة بالحكم المدني.")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("PROTEST", "demonstration", "Khartoum")


def test_the_deed_an_attack_answers_is_no_report_and_names_no_doer():
    [ev] = events("أعلنت جماعة الحوثي الأحد استهداف سفينة تجارية في خليج عدن بصواريخ بحرية، ردا على العدوان "
                  "الأمريكي على اليمن.")
    assert (ev.type, ev.actors) == ("ASSAULT", ["جماعة الحوثي"])
    [ev] = events("أطلقت الفصائل صواريخ على مستوطنة سديروت أمس انتقاما لاغتيال القائد في غزة.")
    assert ev.type == "ASSAULT" and ev.actors == ["الفصائل"]


def test_a_term_joined_by_wa_to_a_term_of_the_agreement_is_one_too():
    kinds = {e.type for e in events("بدأت في القاهرة اليوم جولة جديدة من المفاوضات بين حماس وإسرائيل بهدف "
                                    "التوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى.")}
    assert "CONSULT" in kinds and "CONCEDE" not in kinds


def test_a_place_then_its_province_in_another_country_is_a_local_namesake():
    [ev] = events("قتل شخص وأصيب آخر في انفجار لغم أرضي بمنطقة الرياض في محافظة الحديدة.")
    assert (ev.location["country"], ev.location["admin1"], ev.location["gazetteer_id"]) == ("YE", "Al Hudaydah", None)


def test_seizing_with_the_defective_verb_and_bodies_found_shot():
    [ev] = events("استولت جماعة مسلحة على مقر حكومي في مدينة سرت الليبية.")
    assert (ev.type, ev.mode) == ("COERCE", "seize")
    [ev] = events("عثر على جثث خمسة أشخاص مجهولي الهوية مقتولين بالرصاص في منطقة الدورة جنوبي بغداد.")
    assert (ev.type, ev.mode, ev.killed) == ("ASSAULT", "firearms", 5)
    # found ammunition is no attack
    assert events("عثرت قوات الأمن على كمية من الرصاص والقذائف في مخزن بالموصل.") == []


def test_protesters_blocking_roads_across_a_list_of_cities_protest():
    [ev] = events("قطع محتجون لبنانيون الطرق في بيروت وطرابلس وصيدا بالإطارات المشتعلة احتجاجا على تدهور "
                  "الأوضاع المعيشية.")
    assert (ev.type, ev.location["name_en"]) == ("PROTEST", "Beirut")


def test_a_quarter_named_bab_and_the_aqsa_compound_are_places():
    [ev] = events("سقطت قذيفتا هاون على حي باب توما في دمشق أمس دون أن تسفر عن إصابات.")
    assert (ev.location["name"], ev.location["admin1"]) == ("باب توما", "Damascus")
    [ev] = events("اقتحم مئات المستوطنين باحات المسجد الأقصى صباح اليوم بحماية شرطة الاحتلال.")
    assert (ev.location["name_en"], ev.actors, ev.targets) == ("Al-Aqsa Mosque", ["المستوطنين"], [])


def test_withdrawing_a_unit_and_a_partial_mobilization():
    [ev] = events("أعلن الجيش الإسرائيلي سحب الفرقة 98 من خان يونس جنوب قطاع غزة بعد انتهاء العملية العسكرية فيها.")
    assert (ev.type, ev.intent) == ("RETREAT", False)
    [ev] = events("أعلنت روسيا تعبئة جزئية لقوات الاحتياط لتعزيز قواتها في أوكرانيا.")
    assert ev.type == "MOBILIZE"


def test_a_deed_after_a_title_is_no_name():
    ann = find_entities(normalize(Article(id="t", text="أكد وزير الخارجية الأردني دعم بلاده الكامل للسلطة "
                                          "الفلسطينية.", published="2020-03-01")))
    assert [e.text for e in ann.entities if e.type == "person"] == []


def test_what_is_demanded_or_threatened_with_ba_is_not_done():
    kinds = {(e.type, e.intent) for e in events(
        "طالب مجلس الأمن الدولي بالإفراج الفوري عن جميع الرهائن ووقف إطلاق النار في غزة.")}
    assert ("AGREE", False) not in kinds
    assert ("PROTEST", False) not in {(e.type, e.intent) for e in events(
        "هدد زعيم التيار الصدري مقتدى الصدر بتنظيم اعتصامات مفتوحة في بغداد إذا لم تستجب الحكومة.")}
    # a verb of their own after و is no demand
    assert ("REJECT", False) in {(e.type, e.intent) for e in events(
        "وطالب المتظاهرون في بريشتينا أمس بالاستقلال ورفضوا إجراء مفاوضات مع صربيا.")}


def test_who_says_that_tells_of_the_deed_and_does_not_do_it():
    [ev, *_] = events("وقال المتحدث باسم الجيش أحمد المسماري في مؤتمر صحفي إن قواته قتلت 12 مسلحا في درنة أمس.")
    assert ev.type == "ASSAULT" and "أحمد المسماري" not in ev.actors and ev.killed == 12
    [ev] = events("وقال العقيد فراس العبيدي من الشرطة إن جنديين قتلا بانفجار عبوة ناسفة في كركوك أمس.")
    assert (ev.actors, ev.killed) == ([], 2) and ev.confidence >= 0.8  # a source is evidence
    # 'بعد أن' (after) tells no one's words
    [ev] = events("نجا رئيس الحزب من الموت في بيشاور أمس بعد أن فجر انتحاري نفسه قرب سيارته.")
    assert (ev.type, ev.mode) == ("ASSAULT", "suicide")
    # a teller that says its own forces did it did it
    [ev] = events("وأعلن الجيش الأمريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في بغداد.")
    assert ev.actors == ["الجيش الأمريكي"]


def test_ukrainian_front_towns_in_the_spellings_outlets_use():
    [ev] = events("قتل ثلاثة أشخاص في قصف صاروخي على مدينة خاركيف ليلة الخميس الجمعة، بحسب حاكم المنطقة.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Kharkiv", "UA")
    [ev] = events("أعلنت روسيا سيطرتها على مدينة باخموت في شرق أوكرانيا.")
    assert (ev.type, ev.mode, ev.location["admin1"]) == ("ASSAULT", "occupy", "Donetsk")


def test_the_dead_of_clashes_with_a_side_were_killed_by_that_side():
    kinds = {e.type: e for e in events("قتل أربعة متظاهرين وأصيب العشرات أمس في مواجهات مع قوات الأمن العراقية "
                                       "في ساحة التحرير وسط بغداد.")}
    assert kinds["ASSAULT"].actors == ["قوات الأمن العراقية"] and kinds["ASSAULT"].killed == 4
    # a subject of its own stays the actor
    [ev] = events("اشتبك الجيش السوداني أمس مع مسلحين في مدينة الفاشر وقتل خمسة منهم.")
    assert ev.actors[0] == "الجيش السوداني"


def test_protesters_blocking_a_road_protest_and_a_driver_killed_counts_one():
    [ev] = events("أغلق محتجون من قبيلة البجا الطريق القومي الرابط بين بورتسودان والخرطوم أمس.")
    assert (ev.type, ev.actors) == ("PROTEST", ["محتجون"])
    # covering a distance is no blockade
    assert events("وقطع متظاهرون مئات الكيلومترات للمشاركة في التجمع.") == []
    [ev] = events("أطلق مسلحون النار على حافلة تقل عمالا في محافظة شمال سيناء أمس، ما أسفر عن مقتل سائقها.")
    assert (ev.type, ev.killed) == ("ASSAULT", 1)


def test_a_protest_noun_is_reported_by_a_day_or_a_holding_verb_near_it():
    assert events("ويرى محللون أن الاحتجاجات كشفت عمق الأزمة بين الحكومة والشارع في العراق، وأن الطبقة "
                  "السياسية ستدفع ثمنا باهظا في الانتخابات المبكرة التي تجري اليوم.") == []
    [ev] = events("شارك آلاف الطلاب في مظاهرة حاشدة وسط العاصمة الرباط أمس.")
    assert ev.type == "PROTEST"


def test_an_attack_noun_is_reported_by_a_day_or_an_occurring_verb_near_it():
    assert events("ورأى الكاتب أن الهجوم على القاعدة العسكرية في كركوك أظهر ضعف الأجهزة الأمنية العراقية وأن "
                  "الحكومة ستواجه انتقادات واسعة من البرلمان والأحزاب الكردية في جلسة اليوم.") == []
    [ev] = events("ووقع الهجوم على القاعدة العسكرية في كركوك فجر اليوم.")
    assert ev.type == "ASSAULT"


def test_protesters_are_a_protest_with_a_gathering_verb_near_them():
    assert "PROTEST" not in {e.type for e in events(
        "ورشق المتظاهرون رجال الشرطة بالحجارة والزجاجات الفارغة في الشارع الرئيسي للمدينة في الوقت الذي "
        "كان فيه آلاف السياح يتجمعون في الساحة القديمة.")}
    [ev] = events("تجمع المتظاهرون أمام مقر البرلمان في بغداد أمس.")
    assert ev.type == "PROTEST"


def test_an_execution_is_an_assault_that_kills_a_death_sentence_is_none():
    (ev,) = events("أعدم تنظيم داعش 15 شخصا رميا بالرصاص في مدينة الموصل يوم الجمعة.")
    assert (ev.type, ev.killed, ev.actors) == ("ASSAULT", 15, ["تنظيم داعش"])
    (ev,) = events("ونفذت السلطات حكم الإعدام بحق ثلاثة مدانين في مدينة الرياض أمس.")
    assert (ev.type, ev.killed) == ("ASSAULT", 3)
    assert not events("قضت محكمة في القاهرة أمس بالإعدام على سبعة متهمين.")


def test_aid_attacked_seized_or_kept_out_is_no_aid_given():
    assert [e.type for e in events("استولى مسلحون على شاحنات مساعدات في مدينة الفاشر أمس.")] == ["COERCE"]
    assert [e.type for e in events("قصفت الطائرات قافلة مساعدات قرب مدينة حلب أمس.")] == ["ASSAULT"]
    assert not events("منعت القوات الإسرائيلية دخول شاحنات المساعدات إلى مدينة رفح أمس.")
    (ev,) = events("أرسلت تركيا مساعدات إنسانية إلى مدينة حلب أمس.")
    assert (ev.type, ev.actors) == ("AID", ["تركيا"])


def test_a_dual_of_a_person_noun_counts_two():
    (ev,) = events("قتل شرطيان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة في مدينة العريش صباح اليوم.")
    assert (ev.killed, ev.wounded) == (2, 3)
    (ev,) = events("اختطف مسلحون رهينتين أجنبيتين في مدينة غاو أمس.")
    assert ev.captured == 2
    # a sound plural is spelled like the dual: no count
    assert events("اعتقلت الشرطة سائقين في مدينة غاو أمس.")[0].captured is None
    # a dual joined by و to a count adds two
    (ev,) = events("قتل ثلاثة أطفال وامرأتان في قصف على مدينة تعز.")
    assert ev.killed == 5


def test_a_drone_named_as_the_doer_gives_the_mode_and_drone_beats_air():
    for text in ("استهدفت طائرة مسيرة أمريكية سيارة في محافظة مأرب أمس.",
                 "قصفت طائرة مسيرة تركية سيارة في مدينة القامشلي أمس.",
                 "قتل ثلاثة أشخاص في غارة لطائرة مسيرة على سيارة في مدينة القامشلي أمس."):
        (ev,) = events(text)
        assert (ev.type, ev.mode) == ("ASSAULT", "drone"), text
    (ev,) = events("قصفت المدفعية التركية قرى في ريف القامشلي أمس.")
    assert ev.mode == "artillery"


def test_nigerian_states_of_the_farmer_herder_violence_are_places():
    for name, state in (("ولاية بلاتو", "Plateau"), ("ولاية بينوي", "Benue"),
                        ("ولاية كيبي", "Kebbi")):
        (ev,) = events(f"قتل مسلحون عشرة قرويين في هجوم على قرية في {name} أمس.")
        assert (ev.location["country"], ev.location["admin1"]) == ("NG", state), name


def test_who_intercepts_or_repels_the_attack_is_not_its_actor():
    (ev,) = events("أعلن الجيش الإسرائيلي أنه اعترض صاروخا أطلق من جنوب لبنان باتجاه مستوطنة كريات شمونة مساء السبت.")
    assert (ev.type, ev.actors) == ("ASSAULT", [])
    (ev,) = events("صد الجيش هجوما لتنظيم داعش على مدينة بيجي أمس.")
    assert ev.actors == ["تنظيم داعش"]


def test_the_drone_an_attack_was_made_with_is_not_its_actor():
    (ev,) = events("قتل جنديان أمريكيان وأصيب ثالث في هجوم بطائرة مسيرة على قاعدة التنف شرقي سوريا أمس.")
    assert (ev.mode, ev.killed, ev.actors) == ("drone", 2, [])


def test_conflict_regions_that_outlets_name_are_places():
    def where(text):
        return [(p["name_en"], p["country"], p["admin1"]) for p in places(text)]
    assert where("قتل خمسة مدنيين في قصف على إقليم تيغراي.") == [("Tigray", "ET", "Tigray")]
    assert where("قتل ثلاثة جنود في هجوم في كشمير.") == [("Jammu and Kashmir", "IN", "Kashmir")]
    # the oblast by its cue, the city by its bare name
    assert where("قصفت القوات الروسية مواقع في مقاطعة دونيتسك.") == [("Donetsk Oblast", "UA", "Donetsk")]
    assert where("قصفت القوات الروسية مدينة دونيتسك.")[0][0] == "Donetsk"
    # Kurdistan: Iraq's region, unless the article is about Iran
    assert where("شن الجيش التركي غارات على إقليم كردستان العراق.") == [("Kurdistan Region", "IQ", None)]
    assert where("طهران - اعتقلت قوات الأمن عشرة أشخاص في كردستان.")[-1] == ("Kurdistan Province", "IR", "Kurdistan")


def test_the_place_of_an_office_gives_way_to_the_place_of_the_event():
    [ev] = events("وقال مسؤول في الحزب إن سيارة مفخخة انفجرت قرب مقر حزبنا (بزعامة رئيس إقليم كردستان) "
                  "في بلدة تل أسقف شمال الموصل.")
    assert ev.type == "ASSAULT" and (ev.location["name"], ev.location["admin1"]) == ("تل أسقف", "Nineveh")


def test_kinds_of_deeds_named_in_general_report_none():
    evs = events("لكن الإقليم له تاريخ في أعمال الخطف والاغتيالات لموظفي الإغاثة في أرض الصومال.")
    assert [e.type for e in evs] == []
    # aid bodies and workers named by their field are no aid delivered
    assert [e.type for e in events("قالت منظمات الإغاثة في غزة إن الوضع كارثي.")] == []
    assert [e.type for e in events("وصلت قافلة إغاثة إلى مدينة حلب أمس.")] == ["AID"]


def test_a_march_that_sets_off_with_chants_is_a_protest_and_a_drone_that_sets_off_is_not():
    evs = events("انطلقت المسيرة من ساحة التحرير في بغداد أمس وردد المشاركون هتافات تطالب برحيل الحكومة.")
    assert [(e.type, e.mode) for e in evs] == [("PROTEST", "demonstration")]
    assert [e.type for e in events("انطلقت طائرة مسيرة من اليمن باتجاه إيلات أمس ورددت وسائل الإعلام شعارات.")] \
        != ["PROTEST"]


def test_the_authorities_that_free_protesters_do_not_hold_their_protest():
    protest = next(e for e in events("أفرجت السلطات المصرية أمس عن عشرين موقوفا شاركوا في احتجاجات بالقاهرة.")
                   if e.type == "PROTEST")
    assert "السلطات المصرية" not in protest.actors


def test_a_count_after_the_doers_name_is_counted():
    [ev] = events("اعتقلت قوات الأمن الإيرانية عشرة أشخاص في طهران أمس.")
    assert (ev.type, ev.captured) == ("COERCE", 10)
    # a campaign of arrests that took in a number, a detention by another verb
    [ev] = events("نفذ الجيش الإسرائيلي حملة اعتقالات واسعة طالت 25 فلسطينيا في الضفة الغربية.")
    assert (ev.type, ev.captured) == ("COERCE", 25)
    [ev] = events("أوقفت الشرطة التونسية 12 شخصا في صفاقس أمس.")
    assert (ev.type, ev.captured) == ("COERCE", 12)


def test_aircraft_are_their_owners():
    [ev] = events("شنت طائرات التحالف غارات على مواقع للحوثيين في محافظة صعدة.")
    assert (ev.actors, ev.targets) == (["التحالف"], ["الحوثيين"])
    [ev] = events("قصفت طائرات الجيش السوري بلدة في ريف إدلب.")
    assert (ev.actors, ev.targets) == (["الجيش السوري"], [])


def test_an_armed_movement_tells_the_country_when_nothing_else_does():
    [ev] = events("شنت طائرات التحالف غارات على مواقع للحوثيين في صعدة.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Sa'dah", "YE")
    # talks abroad keep their place: the government tells the country, and Geneva is named
    evs = events("جنيف - بدأت في جنيف اليوم جولة محادثات بين وفد الحكومة اليمنية ووفد جماعة الحوثي.")
    assert [e.location["name_en"] for e in evs if e.type == "CONSULT"] == ["Geneva"]


def test_an_army_that_eliminates_fighters_kills_them():
    [ev] = events("أعلنت وزارة الدفاع القضاء على ثلاثة إرهابيين في كمين بولاية سكيكدة أمس.")
    assert (ev.type, ev.killed) == ("ASSAULT", 3)
    # referred to the courts: no one killed
    assert [e.killed for e in events("أحيل على القضاء خمسة متهمين بالهجوم على مركز الشرطة في سكيكدة.")] \
        in ([], [None])


def test_eliminating_a_count_of_fighters_reports_the_killing_with_no_other_attack_word():
    [ev] = events("أعلنت وزارة الدفاع القضاء على خمسة إرهابيين في ولاية بومرداس أمس.")
    assert (ev.type, ev.killed, ev.location["name_en"]) == ("ASSAULT", 5, "Boumerdes")
    [ev] = events("أكد الجيش أنه قضى على 7 مسلحين في ولاية بورنو.")
    assert (ev.type, ev.killed, ev.actors) == ("ASSAULT", 7, ["الجيش"])
    # ending terrorism or poverty is a goal, not a killing; a judge's ruling no attack
    assert not events("أكد الرئيس عزمه على القضاء على الإرهاب في ولاية بومرداس.")
    assert not events("تهدف الخطة إلى القضاء على 80 في المئة من الأمية في مصر.")
    assert not events("قضت المحكمة على 3 متهمين بالسجن في القاهرة.")


def test_a_counted_crowd_of_a_people_protests_in_its_capital():
    [ev] = events("تظاهر آلاف الجزائريين في العاصمة يوم الجمعة.")
    assert (ev.type, ev.location["name_en"], ev.location["country"]) == ("PROTEST", "Algiers", "DZ")
    # with no place at all, the crowd counted at the protest still makes it a report
    assert [e.type for e in events("تظاهر آلاف الجزائريين يوم الجمعة.")] == ["PROTEST"]


def test_egypt_is_a_place_and_an_actor_unless_someone_insists():
    assert [p["name_en"] for p in places("تظاهر مئات في مصر أمس احتجاجا على ارتفاع الأسعار.")] == ["Egypt"]
    [ev] = [e for e in events("اتهمت مصر إثيوبيا بالتعنت.") if e.type == "ACCUSE"]
    assert (ev.actors, ev.targets) == (["مصر"], ["إثيوبيا"])
    assert places("قال الرئيس إنه مصر على إجراء الانتخابات في موعدها.") == []
    # what a country saw happened in it: the place, not the actor
    [ev] = events("شهدت تونس احتجاجات واسعة أمس.")
    assert (ev.type, ev.actors, ev.location["name_en"]) == ("PROTEST", [], "Tunisia")


def test_signing_a_declaration_is_an_agreement():
    [ev] = events("وقعت مصر وإثيوبيا والسودان على إعلان مبادئ بشأن سد النهضة في الخرطوم.")
    assert ev.type == "AGREE" and "مصر" in ev.actors


def test_the_names_outlets_use_for_syria_myanmar_and_the_congo():
    def country(text):
        return [p["country"] for p in places(text)]
    assert country("قصفت الطائرات مواقع في سورية أمس.") == ["SY"]
    assert country("أفادت وسائل إعلام سورية بسقوط قتلى.") == []  # Syrian media: an adjective
    assert country("اعتقلت السلطات في ميانمار عشرة صحفيين.") == ["MM"]
    assert country("قتل عشرة أشخاص في هجوم في شرق الكونغو الديمقراطية.") == ["CD"]
    # forces named by their nationality are an actor
    [ev] = events("شنت قوات تركية هجوما على مواقع في ريف حلب.")
    assert ev.actors == ["قوات تركية"]


def test_a_crowd_gathering_with_the_slogans_is_a_protest():
    # signs and chants with the article ('الشعارات', 'الهتافات') count as without it
    evs = events("تجمهر مئات في ساحة بلدة كترمايا أمس مطلقين الشعارات وسط الهتافات.")
    assert [(e.type, e.mode) for e in evs] == [("PROTEST", "demonstration")]


def test_a_preposition_after_a_cue_is_no_name():
    # 'a village near Geneina': the place is Geneina, not a village called 'قرب الجنينة'
    found = places("اغتصب جنود نساء في قرية قرب الجنينة أمس.")
    assert [(p["name"], p["name_en"]) for p in found] == [("الجنينة", "Al-Junaynah")]


def test_a_named_checkpoint_is_a_place_and_a_security_one_is_not():
    [ev] = events("قتل جنديان إسرائيليان في عملية إطلاق نار عند حاجز زعترة جنوب نابلس.")
    assert (ev.location["name"], ev.location["country"]) == ("حاجز زعترة", "PS")
    assert [p["name"] for p in places("اعتقلت قوات الاحتلال شابا على حاجز أمني قرب رام الله.")] == ["رام الله"]


def test_ordinary_words_that_name_a_town_somewhere_are_no_place_alone():
    # in an article about Mauritania, 'في إطار' (within) is not Atar; 'مدينة أطار' is
    text = "نواكشوط - اعتقلت الشرطة الموريتانية عشرة أشخاص في إطار حملة أمنية."
    assert "Atar" not in [p["name_en"] for p in places(text)]
    assert [p["name_en"] for p in places("نواكشوط - وصل الرئيس إلى مدينة أطار.")][-1] == "Atar"
    assert [p["name_en"] for p in places("قتل ثلاثة جنود في هجوم على مدينة عنة غرب الأنبار.")][0] == "Anah"


def test_a_city_struck_or_entered_is_the_place_without_a_preposition():
    # the verb's object, with its subject between or not
    [ev] = events("ذكرت وسائل إعلام أن غارة جوية استهدفت حمص أمس.")
    assert (ev.type, ev.location["name_en"]) == ("ASSAULT", "Homs")
    [ev] = events("وقصفت مدفعية الجيش إدلب أمس.")
    assert ev.location["name_en"] == "Idlib"
    [ev] = events("اقتحمت قوات الاحتلال نابلس فجر اليوم واعتقلت خمسة شبان.")
    assert ev.location["name_en"] == "Nablus"
    # not a village named like a man after the verb and a title
    assert not places("هاجم الرئيس عمر البشير المعارضة.")
    # a capital visited or reached: where the talks are
    [ev] = events("يعتزم الرئيس زيارة موسكو الأسبوع المقبل لإجراء محادثات مع نظيره الروسي.")
    assert (ev.type, ev.location["name_en"]) == ("CONSULT", "Moscow")
    [ev] = events("وصل وزير الخارجية الأمريكي بيروت أمس في زيارة لبحث التهدئة.")
    assert ev.location["name_en"] == "Beirut"
    # a verb that begins with و itself ('وصل'), with or without a joining و before it
    assert [p["name_en"] for p in places("وصل الوفد حلب أمس.")] == ["Aleppo"]
    assert [p["name_en"] for p in places("ووصلت القوات حلب أمس.")] == ["Aleppo"]


def test_the_country_ties_are_cut_with_is_the_sanction_target():
    [ev] = events("قطعت البحرين علاقاتها الدبلوماسية مع إيران.")
    assert (ev.type, ev.actors, ev.targets) == ("SANCTION", ["البحرين"], ["إيران"])
    # trade halted with it, or exports to it
    [ev] = events("أوقفت تركيا التبادل التجاري مع إسرائيل.")
    assert (ev.type, ev.actors, ev.targets) == ("SANCTION", ["تركيا"], ["إسرائيل"])
    [ev] = events("علقت روسيا الصادرات الزراعية إلى أوكرانيا.")
    assert (ev.type, ev.actors) == ("SANCTION", ["روسيا"])
    # the country whose ambassador is summoned
    [ev] = events("استدعت وزارة الخارجية المغربية السفير الجزائري للاحتجاج على تصريحاته.")
    assert (ev.type, ev.targets) == ("SANCTION", ["الجزائر"])
    # the chargé d'affaires summoned, diplomats expelled
    [ev] = events("استدعت الخارجية الأردنية القائم بالأعمال الإسرائيلي في عمان.")
    assert (ev.type, ev.targets) == ("SANCTION", ["إسرائيل"])
    [ev] = events("طردت فرنسا 4 دبلوماسيين روس من أراضيها.")
    assert (ev.type, ev.actors) == ("SANCTION", ["فرنسا"])


def test_declared_support_is_support_and_hands_are_not():
    [ev] = events("أعلنت الحكومة الأردنية تأييدها للموقف الفلسطيني.")
    assert (ev.type, ev.actors) == ("SUPPORT", ["الحكومة الأردنية"])
    [ev] = events("أعلنت وزارة الخارجية السعودية ترحيبها بالاتفاق.")
    assert ev.type == "SUPPORT"
    # 'بأيد عراقية' (by Iraqi hands), and a protest's topic ('تأييدا لقرار'), support nothing
    assert "SUPPORT" not in [e.type for e in events(
        "قال المحافظ إن محافظته تتطلع إلى فرض سيطرة القانون بأيد عراقية في الأنبار.")]
    assert [e.type for e in events("تظاهر المئات وسط الحلة تأييدا لقرار الحكومة أمس.")] == ["PROTEST"]


def test_towns_named_by_their_nationality_give_the_country_when_no_place_is_named():
    [ev] = events("شهدت مدن عراقية عدة تظاهرات حاشدة للمطالبة بإسقاط الحكومة.")
    assert (ev.type, ev.location["country"], ev.location["kind"]) == ("PROTEST", "IQ", "country")
    # a named place still wins
    [ev] = events("خرجت تظاهرات حاشدة في مدن عراقية أكبرها في البصرة أمس.")
    assert ev.location["name_en"] == "Basrah"
    # one of the towns just told, with no preposition of its own
    [ev] = events("خرج آلاف المتظاهرين في مدن عراقية بينها البصرة أمس.")
    assert ev.location["name_en"] == "Basrah"


def test_a_port_names_its_town():
    # 'ميناء' is a cue: a town's port is where the event is, even for a town whose name is
    # also a word ('العقبة', an obstacle); an adjective after it names no place
    [ev] = events("نفذ عمال الموانئ إضراباً في ميناء العقبة.")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("PROTEST", "strike", "Aqaba")
    assert [p["name"] for p in places("استهدف صاروخ ميناء تجاريا في البحر الأحمر أمس.")] == ["البحر الأحمر"]


def test_a_foreign_capital_after_a_preposition_is_kept_whatever_its_size():
    # talks abroad: Juba (450,000 people) in an article about Sudan
    [ev] = events("وقّعت الحكومة السودانية والحركة الشعبية اتفاقاً لوقف إطلاق النار في جوبا.")
    assert (ev.type, ev.location["name_en"], ev.location["country"]) == ("AGREE", "Juba", "SS")
    # a street named after a capital is no visit to it
    assert "Jerusalem" not in [p["name_en"] for p in places(
        "انفجرت عبوة ناسفة في شارع القدس في مدينة الصدر ببغداد.") if p]


def test_a_definite_country_after_an_indefinite_noun_is_the_country():
    # 'وزيرا خارجية السعودية وإيران' (the foreign ministers of Saudi Arabia and Iran): a definite
    # word after an indefinite noun is its complement, not its adjective ('الخارجية السعودية')
    [ev] = events("عقد وزيرا خارجية السعودية وإيران اجتماعا في بكين.")
    assert (ev.type, ev.actors) == ("CONSULT", ["السعودية", "إيران"])
    assert not [p for p in places("أعلنت وزارة الخارجية السعودية ترحيبها بالاتفاق.") if p["country"] == "SA"]


def test_a_country_named_after_its_verb_is_the_country_not_an_adjective():
    # 'سورية' and 'السعودية' are also the adjectives 'Syrian' and 'Saudi'; after a verb that
    # agrees with them they are the subject, Syria and Saudi Arabia
    assert [p["country"] for p in places("اتهمت سورية إسرائيل بشن غارة على مطار دمشق.")][0] == "SY"
    [ev] = events("اتهمت سورية إسرائيل بشن غارة على مطار دمشق أمس.")
    assert (ev.type, ev.actors) == ("ACCUSE", ["سورية"])
    assert [p["country"] for p in places("أعلنت السعودية قطع علاقاتها مع إيران.")] == ["SA", "IR"]
    # after a noun, the adjective ('Syrian moves'), and no place
    assert not places("وقالت وسائل إعلام سورية إن التحركات سورية.")


def test_a_country_that_strikes_does_not_make_the_towns_it_strikes_foreign():
    # the country named bare acts; the town after 'في' tells where
    [ev] = events("قصفت إسرائيل مواقع في جنين أمس.")
    assert (ev.actors, ev.location["name_en"], ev.location["country"]) == (["إسرائيل"], "Janin", "PS")
    [ev] = events("قصفت روسيا مواقع في إدلب أمس.")
    assert ev.location["name_en"] == "Idlib"
    # a country named as where something is still tells the article's country
    [ev] = events("قتل ثلاثة أشخاص في انفجار في كابل بأفغانستان.")
    assert ev.location["country"] == "AF"


def test_a_warning_of_a_danger_or_by_an_international_body_is_no_threat():
    assert [e.type for e in events("حذرت منظمة الصحة العالمية من انتشار الكوليرا في اليمن.")] == []
    assert [e.type for e in events("حذرت الأمم المتحدة من هجوم وشيك على مدينة رفح.")] == []
    assert [e.type for e in events("شهدت أثينا هدوءا حذرا أمس بعد أعمال عنف.")] == []  # a cautious calm
    # a warning to a party to stop, or of the consequences, is one
    [ev] = events("حذر أولمرت أمس قادة الفصائل في قطاع غزة من الاستمرار في إطلاق الصواريخ.")
    assert ev.type == "THREATEN"


def test_a_sniper_of_a_nationality_is_the_shooter():
    [ev] = events("قتل صحفي فلسطيني برصاص قناص إسرائيلي في مخيم جنين صباح اليوم.")
    assert (ev.killed, ev.actors) == (1, ["قناص إسرائيلي"])
    [ev] = events("أصيب شاب برصاص قناص في حي الوعر بحمص.")  # nobody's sniper: no actor
    assert ev.actors == []


def test_victims_named_by_an_indefinite_plural_are_the_targets():
    [ev] = events("اختطف مسلحون مجهولون ثلاثة صحفيين في مدينة سبها جنوب ليبيا أمس.")
    assert (ev.type, ev.mode, ev.actors, ev.targets, ev.captured) == ("COERCE", "abduct", ["مسلحون مجهولون"], ["صحفيين"], 3)
    [ev] = events("اعتقلت الشرطة عشرة عمال في مدينة السويس أمس.")
    assert (ev.actors, ev.targets) == (["الشرطة"], ["عمال"])
    [ev] = events("وفي بيان للجيش أعلن أن ثلاثة أطفال عراقيين قتلوا في الفلوجة أمس.")
    assert (ev.type, ev.targets, ev.killed) == ("ASSAULT", ["أطفال عراقيين"], 3)


def test_a_name_that_begins_with_b_or_l_is_no_preposition_and_its_name():
    # 'ليبيا', 'باكستان', 'لندن', 'بكين', 'لاجئين': the first letter is the name's, not بـ or لـ
    [ev] = events("طرابلس - رفضت ليبيا التقرير الأمريكي أمس.")
    assert (ev.type, ev.actors) == ("REJECT", ["ليبيا"])
    [ev] = events("رفضت لندن الاتهامات الروسية أمس.")
    assert (ev.type, ev.actors, ev.targets) == ("REJECT", ["المملكة المتحدة"], ["روسيا"])
    [ev] = events("أعلنت بكين فرض عقوبات على شركات أمريكية أمس.")
    assert (ev.type, ev.actors) == ("SANCTION", ["الصين"])
    [ev] = events("قتل عشرة لاجئين في قصف على بلدة عرسال أمس.")
    assert (ev.targets, ev.killed) == (["لاجئين"], 10)
    # with the clitic, still a preposition: aid for the refugees, not refugees acting
    [ev] = events("قدمت قطر مساعدات للاجئين في بلدة عرسال أمس.")
    assert ev.actors == ["قطر"]


def test_a_run_of_text_with_no_sentence_end_gives_its_event_the_words_around_the_trigger():
    """A page without stops is one 'sentence': the event, which every later report of it carries,
    keeps MAX_SENTENCE_CHARS around its trigger, cut at spaces and marked where cut."""
    from streams.events import MAX_SENTENCE_CHARS

    filler = "وقال المصدر ان الوضع هادئ و " * 80
    text = filler + "قتل خمسة مدنيين في غارة جوية على مدينة حلب امس و " + filler
    (ev,) = events(text)
    assert (ev.type, ev.killed, ev.location["name_en"]) == ("ASSAULT", 5, "Aleppo")
    assert len(ev.sentence) <= MAX_SENTENCE_CHARS + 2 and "قتل خمسة مدنيين في غارة جوية" in ev.sentence
    assert ev.sentence[0] == ev.sentence[-1] == "…"
    kept = ev.sentence[1:-1]
    at = text.find(kept)
    assert at > 0 and text[at - 1] == " " and text[at + len(kept)] == " "  # whole words
    (short,) = events("قتل خمسة مدنيين في غارة جوية على مدينة حلب امس.")
    assert short.sentence == "قتل خمسة مدنيين في غارة جوية على مدينة حلب امس."


def test_passives_whose_letters_differ_from_the_active_are_triggers():
    """A hollow verb's passive turns its alif to ya ('اغتال' -> 'اغتيل'), a form-III verb's
    turns its alif to waw ('هاجم' -> 'هوجم', 'داهم' -> 'دوهم')."""
    (ev,) = events("اغتيلت ناشطة حقوقية في مدينة البصرة مساء امس.")
    assert (ev.type, ev.mode, ev.killed, ev.location["name_en"]) == ("ASSAULT", "firearms", 1, "Basrah")
    (ev,) = events("هوجمت دورية للجيش العراقي قرب مدينة تكريت امس.")
    assert (ev.type, ev.location["admin1"]) == ("ASSAULT", "Salah ad Din")
    (ev,) = events("دوهمت منازل في مدينة نابلس فجر اليوم.")
    assert (ev.type, ev.mode, ev.location["name"]) == ("COERCE", "arrest", "نابلس")
    assert events("نفت الحركة أن تكون قد اغتيلت الناشطة.") == []


def test_names_right_after_a_passive_verb_are_of_the_side_hit():
    (ev,) = events("هوجمت دورية للجيش العراقي من قبل مسلحين قرب مدينة تكريت امس.")
    assert (ev.actors, ev.targets) == (["مسلحين"], ["الجيش العراقي"])
    (ev,) = events("أصيب سفير بولندا في انفجار في بغداد امس.")
    assert (ev.actors, ev.targets) == ([], ["بولندا"])
    # the movement is the victim's, and a word of means ('برصاص') has no subject before it
    (ev,) = events("اغتيل مسؤول في حركة فتح برصاص مجهولين في مخيم عين الحلوة امس.")
    assert (ev.actors, ev.targets) == (["مجهولين"], ["حركة فتح"])  # (the unidentified shooters)
    (ev,) = events("قتل مسؤول في حركة فتح برصاص مجهولين في مخيم عين الحلوة امس.")
    assert ev.actors == ["مجهولين"]
    # up to the next event word: who attacks after it is the attacker
    (ev,) = events("أصيب جنديان في هجوم لطالبان في ولاية هلمند امس.")
    assert (ev.actors, ev.wounded) == (["طالبان"], 2)


def test_unions_call_and_hold_strikes():
    """A union is who calls or holds a strike or a sit-in; its call for a coming day is intended."""
    request, strike = events("دعت نقابة الأطباء إلى إضراب عام يوم الأحد المقبل.")
    assert (request.type, request.actors) == ("REQUEST", ["نقابة الأطباء"])
    assert (strike.type, strike.mode, strike.actors, strike.intent, strike.date) == (
        "PROTEST", "strike", ["نقابة الأطباء"], True, "2020-03-08")
    (sit_in,) = events("نفذت نقابة المعلمين الأردنيين اعتصاما أمام رئاسة الوزراء في عمان امس.")
    assert (sit_in.type, sit_in.actors, sit_in.location["name_en"], sit_in.intent) == (
        "PROTEST", ["نقابة المعلمين الأردنيين"], "Amman", False)


def test_a_later_word_of_the_event_takes_no_subject_from_the_clause_after_the_first():
    """'ما أدى إلى مقتل' ends the sentence: the forces named between the bombing and the deaths
    were hit, and are not the killers; a subject before the first word still leads."""
    (ev,) = events("فجر انتحاري نفسه وسط تجمع لقوات الأمن في مقديشو ما أدى إلى مقتل 12 شخصا.")
    assert (ev.mode, ev.actors, ev.killed) == ("suicide", [], 12)
    (ev,) = events("قال المصدر إن الانتحاريين فجرا نفسيهما قرب دورية للجيش في الرمادي، ما أسفر عن إصابة ثلاثة جنود.")
    assert (ev.mode, ev.actors, ev.wounded) == ("suicide", ["الانتحاريين"], 3)
    (ev,) = events("قتل خمسة مدنيين عندما قصفت قوات النظام بلدة كفرنبل امس.")
    assert (ev.actors, ev.targets) == (["قوات النظام"], ["مدنيين"])


def test_nigerian_states_of_the_northwest_and_northeast_are_found_under_their_spellings():
    for name, state in (("ولاية زمفارا", "Zamfara"), ("ولاية يوبي", "Yobe"), ("ولاية كاتسينا", "Katsina"),
                        ("ولاية كدونا", "Kaduna"), ("ولاية سوكوتو", "Sokoto")):
        (ev,) = events(f"قتل مسلحون 12 قرويا في {name} امس.")
        assert (ev.location["country"], ev.location["admin1"], ev.killed) == ("NG", state, 12), name


def test_a_poison_gas_by_name_is_a_chemical_attack_and_tear_gas_is_none():
    (ev,) = events("قصفت قوات النظام بلدة دوما بغاز الكلور.")
    assert (ev.mode, ev.acled_sub_type, ev.actors) == ("chemical", "Chemical weapon", ["قوات النظام"])
    (ev,) = events("قتل 30 شخصا اختناقا بغاز السارين في خان شيخون.")
    assert (ev.mode, ev.killed) == ("chemical", 30)
    assert [e.type for e in events("انفجرت أسطوانة غاز في مطعم بعمان.")] == []


def test_a_persons_name_ends_before_the_next_title_and_feminine_titles_name_people():
    def people(text):
        doc = normalize(Article(id="t", text=text, published="2020-03-01"))
        return [x.text for x in find_entities(doc).entities if x.type == "person"]

    assert people("التقى الرئيس التونسي قيس سعيد رئيسة الحكومة الإيطالية.") == ["قيس سعيد"]
    assert people("قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن بلادها تدين الهجوم.") == ["أنالينا بيربوك"]
    assert people("وقالت المتحدثة باسم المستوطنين انها شاركت في الاحتجاج.") == []


def test_the_province_a_place_named_before_it_lies_in_describes_that_place():
    (ev,) = events("وفي الفاشر، عاصمة ولاية شمال دارفور، قتل ستة مدنيين في قصف مدفعي استهدف سوقا شعبيا.")
    assert (ev.location["name_en"], ev.location["admin1"], ev.killed) == ("El Fasher", "North Darfur", 6)
    # a province alone stays the place
    (ev,) = events("قتل ستة مدنيين في قصف مدفعي في ولاية شمال دارفور.")
    assert (ev.location["name_en"], ev.location["precision"]) == ("North Darfur", "admin1")


def test_a_day_that_dates_the_telling_is_not_the_events_day():
    (ev,) = events("قتل أكثر من مئة شخص في هجوم على قرية ود النورة وفق ما أفاد ناشطون الخميس.")
    assert (ev.killed, ev.date) == (100, None)
    (ev,) = events("قتل خمسة أشخاص في قصف على مدينة الفاشر الخميس، حسبما أفادت مصادر طبية.")
    assert ev.date == "2020-02-27"  # (the article of Sunday 2020-03-01: the Thursday before)
    # the day of the saying, right before 'إن', gives way to the day of the deed
    (ev,) = events("قال الجيش الباكستاني الأحد إن 23 من جنوده قتلوا في اشتباكات في إقليم وزيرستان ليلة السبت.")
    assert ev.date == "2020-02-29"
    (ev,) = events("قال الجيش الباكستاني الأحد إن 23 من جنوده قتلوا في اشتباكات في إقليم وزيرستان.")
    assert ev.date == "2020-03-01"  # (with no other day, it stands)


def test_the_articles_place_standing_in_for_the_sentences_is_marked():
    first, second = events("حلب - قصفت قوات النظام بلدة كفرنبل امس.\nوقالت مصادر إن قوات النظام اعتقلت عشرة شبان.")
    assert (first.location["name_en"], first.location.get("told", True)) == ("Kafranbel", True)
    assert second.type == "COERCE" and second.location["told"] is False


def test_an_event_the_article_told_named_again_after_during_is_not_another():
    found = events("عمان - استقبل العاهل الأردني الملك عبد الله الثاني اليوم وزير الخارجية الأمريكي.\n"
                   "وأكد الملك خلال اللقاء ضرورة وقف إطلاق النار في قطاع غزة.")
    assert [(e.type, e.location["name_en"]) for e in found if e.type == "CONSULT"] == [("CONSULT", "Amman")]
    # told first after 'during', with a clause of its own, it is reported
    (ev,) = [e for e in events("جاء ذلك خلال المباحثات التي أجراها الرئيس اليوم مع وزير خارجية إسبانيا.")
             if e.type == "CONSULT"]
    assert ev.intent is False


def test_a_place_given_as_the_bearing_of_the_one_before_is_its_landmark():
    (ev,) = events("وفي مدينة الزاوية غرب طرابلس، خطف مسلحون مجهولون ناشطا حقوقيا من أمام منزله.")
    assert (ev.type, ev.location["name_en"]) == ("COERCE", "Az Zawiyah")
    (ev,) = [e for e in events("وفي الموصل (370 كلم شمال بغداد)، قتل شخص في هجوم انتحاري بسيارة مفخخة.")
             if e.type == "ASSAULT"]
    assert ev.location["name_en"] == "Mosul"
    # the bearing alone gives the place
    (ev,) = events("قصفت الطائرات مناطق غرب حلب.")
    assert ev.location["name_en"] == "Aleppo"


def test_words_of_event_inside_the_names_of_un_missions_and_outlets_are_no_events():
    found = events("ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى وقف فوري للقتال.")
    assert [e.type for e in found] == ["REQUEST"] and found[0].actors == ["بعثة الأمم المتحدة للدعم في ليبيا"]
    # Al-Masirah TV ('the drone') reports a strike; it makes it no drone strike
    (ev,) = events("شنت طائرات أمريكية غارات على مواقع للحوثيين في محافظة الحديدة، وفق ما أفادت قناة المسيرة.")
    assert (ev.type, ev.mode) == ("ASSAULT", "aerial")
    (ev,) = events("وقالت قناة المسيرة إن طائرات أمريكية قصفت مطار صنعاء.")
    assert ev.mode == "aerial"
    (ev,) = events("قصفت طائرات مسيرة أمريكية مطار صنعاء.")
    assert ev.mode == "drone"


def test_force_against_the_protesters_told_after_the_protest_is_its_intervention():
    text = ("البصرة - خرج مئات المحتجين في مدينة البصرة اليوم في تظاهرة أمام مبنى المحافظة للمطالبة بتوفير فرص العمل.\n"
            "وأطلقت قوات مكافحة الشغب الغاز المسيل للدموع لتفريق المتظاهرين، ما أدى إلى إصابة سبعة منهم بحالات اختناق.")
    (ev,) = events(text)
    assert (ev.type, ev.acled_sub_type, ev.wounded) == ("PROTEST", "Excessive force against protesters", 7)
    (ev,) = events(text.replace("، ما أدى إلى إصابة سبعة منهم بحالات اختناق", ""))
    assert (ev.acled_sub_type, ev.wounded) == ("Protest with intervention", None)
    # the protest of another province is not the one dispersed
    (first, *_) = events(text.replace("لتفريق المتظاهرين", "لتفريق المتظاهرين في محافظة نينوى"))
    assert first.acled_sub_type == "Peaceful protest"


def test_an_age_or_a_time_is_no_count_and_a_named_victim_is_one():
    (ev,) = events("قتل الشاب محمد أحمد (22 عاما) برصاص قوات الاحتلال في مدينة جنين.")
    assert (ev.killed, ev.wounded) == (1, None)
    (ev,) = events("أصيب 3 أطفال تتراوح أعمارهم بين 10 و14 عاما في قصف على مدينة غزة.")
    assert ev.wounded == 3
    (ev,) = events("قصفت القوات الإسرائيلية مدرسة في بيت حانون فقتلت المدرس هاني نعيم 40 عاما، وإصابة ثلاثة طلاب بجراح.")
    assert ev.wounded == 3
    # a killing named as what is protested or as a place is not this event's dead
    # (the clashes of protesters with the police are their riot)
    (ev,) = events("اندلعت مواجهات بين الشرطة والطلاب المحتجين على مقتل فتى برصاص الشرطة في أثينا.")
    assert (ev.mode, ev.killed) == ("riot", None)
    # nor one named as what the event followed
    assert all(e.killed is None for e in events("اعتقلت الشرطة خمسة أشخاص في بغداد إثر مقتل شرطي أمس."))
    # nor is the hospital the hurt were taken to the place of the attack
    (ev,) = events("نابلس - أصيب شاب برصاص قوات الاحتلال اليوم ونقل إلى مستشفى رفيديا.")
    assert ev.location["name_en"] == "Nablus"


def test_a_group_the_doers_are_suspected_to_belong_to_acts_with_them():
    (ev,) = events("قتل 21 مدنيا في هجوم شنه مسلحون يشتبه في انتمائهم لجماعة نصرة الإسلام والمسلمين على قرية "
                   "في منطقة موبتي.")
    assert ev.actors == ["مسلحون", "جماعة نصرة الإسلام والمسلمين"] and ev.targets == []


def test_a_country_after_and_in_is_the_place_not_the_doer():
    (ev,) = events("وفي النيجر المجاورة، أعلنت وزارة الدفاع مقتل 12 جنديا في كمين نصبه مسلحون قرب الحدود.")
    assert (ev.actors, ev.location["name_en"], ev.killed) == (["مسلحون"], "Niger", 12)


def test_a_later_sentence_that_tells_more_of_the_attack_gives_its_day():
    found = events("باماكو - قتل 21 مدنيا في هجوم على قرية في منطقة موبتي وسط مالي، حسبما أفادت مصادر محلية "
                   "اليوم الاثنين.\nوقال مسؤول محلي إن المهاجمين وصلوا على دراجات نارية مساء السبت وأطلقوا النار "
                   "عشوائيا على السكان.", "2024-07-01")
    assert [(e.type, e.location["name_en"], e.date, e.killed) for e in found] == \
        [("ASSAULT", "Mopti", "2024-06-29", 21)]
    # told as another, it stays another
    found = events("باماكو - قتل 21 مدنيا في هجوم على قرية في منطقة موبتي وسط مالي اليوم.\nوفي حادث منفصل، "
                   "أطلق مسلحون النار على دورية للجيش مساء السبت.", "2024-07-01")
    assert len([e for e in found if e.type == "ASSAULT"]) == 2


def test_a_protest_before_a_site_of_the_articles_place_is_reported():
    found = events("تونس - أصدرت محكمة حكما بسجن المعارض.\nكما نظم عشرات من أنصار الحزب وقفة احتجاجية أمام "
                   "المحكمة للمطالبة بالإفراج عنه.")
    assert [(e.type, e.location["name_en"]) for e in found if e.type == "PROTEST"] == [("PROTEST", "Tunis")]


def test_a_place_in_what_is_said_after_a_decision_is_not_its_place():
    (ev,) = [e for e in events("واشنطن - فرضت وزارة الخزانة الأمريكية اليوم عقوبات على ستة أفراد قالت إنهم يساعدون "
                               "الحوثيين في تهريب الأسلحة إلى اليمن.") if e.type == "SANCTION"]
    assert ev.location["name_en"] == "Washington, D.C."
    # a deed's place may follow a telling: 'أعلن الجيش أنه قصف مواقع في بلدة الخيام'
    (ev,) = events("أعلن الجيش الإسرائيلي أنه قصف مواقع لحزب الله في مدينة صور.")
    assert ev.location["name_en"] == "Tyre"


def test_kinds_of_places_joined_after_a_cue_are_no_name():
    assert [p["name_en"] for p in places("قصفت قوات النظام قرى وبلدات في جبل الزاوية.")] == ["Jabal al-Zawiya"]
    assert [p["name"] for p in places("قصفت قوات النظام بلدات وقرى في ريف حماة.")] == ["ريف حماة"]
    # names joined after a plural cue stay names
    assert [p["name_en"] for p in places("قصفت الطائرات بلدات كفرنبل ومعرة النعمان.")][0] == "Kafranbel"


def test_the_dateline_standing_in_is_written_as_the_article_writes_it():
    (ev,) = events("القاهرة - أفرجت السلطات المصرية اليوم عن 30 محتجزا من المحبوسين احتياطيا.")
    assert (ev.type, ev.location["name"], ev.location["name_en"]) == ("CONCEDE", "القاهرة", "Cairo")


def test_troops_counted_withdrawn_or_deployed_and_a_state_body_acting_at_home():
    (ev,) = events("وأعلن الجيش الأمريكي سحب نحو 500 جندي من قاعدة عين الأسد الجوية في محافظة الأنبار.")
    assert (ev.type, ev.actors) == ("RETREAT", ["الجيش الأمريكي"])
    found = events("القاهرة - أفرجت السلطات عن 30 محتجزا.\nونشرت وزارة الدفاع التركية تعزيزات عسكرية جديدة "
                   "على الحدود مع سوريا.")
    (ev,) = [e for e in found if e.type == "MOBILIZE"]
    assert ev.location["country"] == "TR" and ev.location["told"] is False


def test_lives_claimed_and_the_died_are_counted_but_a_recalled_toll_reports_nothing():
    (ev,) = events("أودى القصف بحياة 20 مدنيا في مدينة الرقة.")
    assert (ev.type, ev.killed) == ("ASSAULT", 20)
    (ev,) = events("قضى خمسة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة في مدينة إدلب.")
    assert (ev.killed, ev.wounded) == (5, 10)
    assert events("وأكد أن منع التجمعات هو لحماية المتظاهرين مذكرا بالانفجار الذي أودى بحياة 130 شخصا.") == []
    assert events("أنهى دوامة القتل وأعمال الخطف والاغتصاب، التي أودت بحياة أكثر من 800 شخص.") == []
    assert all(e.killed is None for e in events("أحال القضاء 5 متهمين إلى المحاكمة بتهمة التفجير."))


def test_a_verb_joined_by_and_shares_the_subject_of_the_verb_before():
    (ev,) = events("وفي العاصمة، منعت قوات الشرطة المتظاهرين من الوصول إلى ساحة البريد المركزي واعتقلت عددا منهم.")
    assert (ev.type, ev.actors, ev.targets) == ("COERCE", ["قوات الشرطة"], ["المتظاهرين"])


def test_a_riot_keeps_its_dead_and_wounded():
    (ev,) = [e for e in events("أصيب أكثر من مئتي شخص في مواجهات عنيفة بين الشرطة ومتظاهرين في مدينة سيول.")
             if e.type == "PROTEST"]
    assert (ev.mode, ev.wounded) == ("riot", 200)


def test_a_military_operation_is_an_attack_and_support_it_was_made_with_no_event():
    found = events("شن الجيش الصومالي بدعم من قوات أمريكية عملية عسكرية ضد مقاتلي الحركة في إقليم شبيلي السفلى، "
                   "أسفرت عن مقتل 30 منهم.")
    assert [(e.type, e.actors, e.killed) for e in found] == [("ASSAULT", ["الجيش الصومالي"], 30)]
    (ev,) = events("أعلنت الولايات المتحدة دعمها الكامل للحكومة العراقية.")
    assert ev.type == "SUPPORT"


def test_a_place_of_the_country_whose_authorities_the_sentence_names_is_no_foreign_namesake():
    found = places("ودوت صفارات الإنذار في تل أبيب ومناطق وسط إسرائيل.\nوفي وقت لاحق، أعلنت السلطات السعودية "
                   "اعتراض طائرة مسيرة أطلقت باتجاه منطقة جازان.")
    assert [(p["name"], p["country"], p["gazetteer_id"] is not None) for p in found][-1] == ("جازان", "SA", True)


def test_counts_joined_by_and_add_up_but_not_a_range_or_a_part():
    for text, counts in (
            ("قتل 12 عنصرا من جماعة الحوثي و5 من قوات الحكومة اليمنية في مواجهات في مدينة مأرب.", (17, None)),
            ("قتل ثلاثة جنود وخمسة مسلحين في اشتباكات في مدينة مأرب.", (8, None)),
            ("قتل ما بين 10 و15 شخصا في غارة على مدينة مأرب.", (10, None)),  # a range
            ("قتل 33 شخصا، بينهم 3 نساء و4 اطفال، في هجوم على قرية في مدينة مأرب.", (33, None)),  # a part
            ("أصيب 20 شخصا و5 منهم في حالة خطرة في انفجار بمدينة مأرب.", (None, 20)),
            ("قتل 3 أبناء من عائلة واحدة في غارة جوية على مدينة إدلب.", (3, None)),  # 'واحدة' is one
            # the part's kind is the whole's, told after it
            ("قالت الوزارة إن 20 شخصا على الأقل بينهم خمسة صحفيين قتلوا في غارة على مدينة خان يونس.", (20, None)),
            ("قالت الوزارة إن 20 شخصا بينهم 3 أطفال و4 نساء قتلوا في غارة على مدينة خان يونس.", (20, None))):
        (ev,) = events(text)
        assert (ev.killed, ev.wounded) == counts, text


def test_the_nationality_of_two_strikes_names_their_doer():
    (ev,) = events("قتل 20 شخصا في غارتين إسرائيليتين على مدينة خان يونس.")
    assert (ev.type, ev.actors) == ("ASSAULT", ["إسرائيل"])


def test_a_capital_after_that_speaks_for_its_government_but_a_city_that_saw_an_event_is_its_place():
    (ev,) = events("أكد مسؤول أمريكي أن واشنطن مستعدة لإجراء محادثات مع إيران.")
    assert (ev.type, ev.intent, ev.actors[0]) == ("CONSULT", True, "الولايات المتحدة")
    for text in ("وشهدت دمشق انفجارا قويا أمس.", "وقال مسؤول إن دمشق شهدت انفجارا قويا أمس."):
        (ev,) = events(text)
        assert (ev.type, ev.location["name_en"]) == ("ASSAULT", "Damascus"), text


def test_the_shooters_group_named_after_the_fire_is_the_doer():
    (ev,) = events("قتل طفل برصاص قناص حوثي في مدينة تعز.")
    assert ev.actors == ["الحوثيون"]
    (ev,) = events("أصيب جنديان برصاص قناصة من حركة الشباب في مقديشو.")
    assert (ev.actors, ev.targets, ev.wounded) == (["حركة الشباب"], [], 2)


def test_aid_pledged_is_intended_and_what_it_is_for_is_no_support():
    (ev,) = events("تعهدت الكويت بتقديم 50 مليون دولار لدعم جهود الإغاثة في السودان.")
    assert (ev.type, ev.intent, ev.actors) == ("AID", True, ["الكويت"])
    # 'يعد' is also 'is deemed': no intent
    (ev,) = events("ويعد الهجوم الانتحاري الذي استهدف منزل الوزير في بيشاور أمس الأخطر هذا العام.")
    assert (ev.type, ev.intent) == ("ASSAULT", False)


def test_a_deed_named_as_what_is_discussed_is_no_event():
    assert [e.type for e in events("وقال المبعوث الأممي إن الطرفين وافقا على مناقشة تبادل الأسرى وفتح الممرات.")] == []
    (ev,) = events("أفرجت السلطات عن 30 معتقلا في إطار صفقة لتبادل الأسرى في مدينة عدن.")
    assert ev.type == "CONCEDE"


def test_the_unidentified_are_doers_and_describe_the_doers_before_them():
    (ev,) = events("وفي درعا، اغتال مجهولون قياديا سابقا في فصائل المعارضة بإطلاق النار عليه أمام منزله في بلدة طفس.")
    assert ev.actors == ["مجهولون"]
    (ev,) = events("قتل 4 جنود إثيوبيين في هجوم شنه مسلحون صوماليون مجهولون على ثكنة للقوات الإثيوبية في مقديشو.")
    assert ev.actors == ["مسلحون صوماليون مجهولون"]  # (not 'مجهولون' as another name)


def test_the_houthis_forces_and_fighters_are_the_houthis():
    (ev,) = events("استولت قوات الحوثي على سفينة شحن في البحر الأحمر واقتادتها إلى ميناء الصليف.")
    assert (ev.type, ev.actors) == ("COERCE", ["قوات الحوثي"])


def test_a_ramming_attack_on_two_settlers_near_a_settlement():
    (ev,) = events("أصيب مستوطنان في عملية دهس نفذها شاب فلسطيني قرب مستوطنة أرئيل شمال الضفة الغربية.")
    assert (ev.type, ev.wounded, ev.location["name"]) == ("ASSAULT", 2, "أرئيل")


def test_one_of_a_people_killed_is_one_killed():
    (ev,) = events("قتل إسرائيلي في عملية طعن في مدينة القدس مساء اليوم.")
    assert ev.killed == 1
    (ev,) = events("أعلنت الشرطة مقتل أمريكي في هجوم في مدينة بغداد أمس.")
    assert ev.killed == 1
    assert all(e.killed is None for e in events("قتل الجيش السوريين في هجوم على مدينة حمص."))


def test_prices_or_a_situation_that_explode_are_no_blast():
    assert events("انفجرت أسعار العقارات في دبي خلال العام الحالي.") == []
    assert all(e.mode != "explosive" for e in events("انفجر الوضع في مخيم عين الحلوة بعد اغتيال قيادي."))
    (ev,) = events("انفجرت سيارة مفخخة في سوق شعبي ببغداد.")
    assert (ev.type, ev.mode) == ("ASSAULT", "explosive")


def test_hearts_taken_and_a_player_hurt_in_a_game_are_no_events():
    assert events("أسر المدرب قلوب الجماهير في الرباط.") == []
    assert events("خطف اللاعب الأنظار في مباراة الأمس في الرباط.") == []
    assert events("أصيب اللاعب محمد صلاح في مباراة ليفربول أمس.") == []
    (ev,) = events("أصيب 20 مشجعا في انفجار قرب ملعب كرة القدم في بغداد.")
    assert (ev.type, ev.wounded) == ("ASSAULT", 20)


def test_a_municipality_names_its_town():
    (ev,) = events("بيروت - أقدم محتجون على إحراق مبنى بلدية طرابلس شمالي لبنان ليل الخميس، خلال مواجهات مع "
                   "الجيش أسفرت عن إصابة 102 شخص.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Tripoli", "LB")
    assert all(p["name"] != "الاحتلال" for p in places("هدمت بلدية الاحتلال منزلا في حي سلوان."))


def test_a_protester_shot_dead_is_one_killed_and_the_force_against_the_protest():
    protest, shot = events("الخرطوم - خرج آلاف السودانيين إلى شوارع العاصمة الخرطوم الأحد في مسيرات تطالب "
                           "بعودة الحكم المدني. وقالت لجنة الأطباء إن متظاهرا قتل برصاص قوات الأمن في أم درمان.")
    assert (shot.type, shot.killed, shot.acled_type) == ("ASSAULT", 1, "Violence against civilians")
    assert (protest.acled_sub_type, protest.killed) == ("Excessive force against protesters", 1)


def test_a_claim_denied_names_no_doer():
    (ev,) = events("بغداد - فجر انتحاري نفسه وسط حشد من الزوار في مدينة بعقوبة مما أسفر عن مقتل 32 شخصا. ولم "
                   "تعلن أي جهة على الفور مسؤوليتها عن الهجوم لكن تنظيم الدولة الإسلامية كثيرا ما يستهدف الشيعة.")
    assert ev.actors == []
    (ev,) = events("مقديشو - قتل عشرة أشخاص في انفجار سيارة مفخخة في مقديشو. وتبنت حركة الشباب الهجوم في بيان.")
    assert ev.actors == ["حركة الشباب"]


def test_what_a_person_threatened_or_called_for_is_no_name():
    ents = find_entities(normalize(Article(id="t", text="وهدد الرئيس التركي بعرقلة انضمام السويد إلى الحلف. "
                                           "وطالب وزير الخارجية بوقف إطلاق النار. ورحب الرئيس بوتين بالاتفاق. "
                                           "وقال الرئيس بشار الأسد إن الوضع هادئ.", published="2020-03-01"))).entities
    assert [x.text for x in ents if x.type == "person"] == ["بشار الأسد"]


def test_a_title_and_its_name_are_one_side_of_a_meeting():
    (ev,) = events("تونس - التقى وزير الخارجية الإيطالي فرانكو فراتيني رئيس الحكومة التونسية محمد الغنوشي أمس.")
    assert (ev.type, ev.actors, ev.targets) == ("CONSULT", ["فرانكو فراتيني"], ["محمد الغنوشي"])
    (ev,) = events("جنيف - بدأت في جنيف اليوم جولة محادثات بين الحكومة اليمنية وجماعة الحوثي.")
    assert ev.actors == ["الحكومة اليمنية", "جماعة الحوثي"]


def test_sanctions_condemned_are_no_new_sanctions():
    evs = events("ونددت طهران بالعقوبات الأمريكية ووصفتها بأنها غير قانونية.")
    assert [e.type for e in evs] == ["ACCUSE"]


def test_a_crowd_demanding_before_a_site_protests():
    (ev,) = events("نيامي - وطالب آلاف المتظاهرين أمام القاعدة العسكرية الفرنسية في نيامي برحيل القوات الفرنسية.")
    assert (ev.type, ev.actors) == ("PROTEST", ["المتظاهرين"])
    assert [e.type for e in events("وطالب المتظاهرون بتغيير قائد الشرطة.")] == ["REQUEST"]


def test_aid_named_by_its_nationality_and_families_are_no_captives():
    (ev,) = events("بغداد - وصلت إلى مطار بغداد طائرة مساعدات إماراتية تحمل 50 طنا من المواد الطبية.")
    assert (ev.type, ev.actors) == ("AID", ["الإمارات العربية المتحدة"])
    assert [e.type for e in events("وزعت منظمة الهلال الأحمر مساعدات غذائية على الأسر.")] == ["AID"]


def test_a_ruling_military_council_acts():
    (ev,) = events("نيامي - أعلن المجلس العسكري الحاكم في النيجر طرد السفير الفرنسي.")
    assert (ev.type, ev.actors, ev.targets) == ("SANCTION", ["المجلس العسكري"], ["فرنسا"])


def test_a_district_in_a_city_of_the_article_is_no_namesake_abroad():
    (ev,) = events("عدن - انفجرت عبوة ناسفة زرعت في سيارة قيادي بمديرية المنصورة في عدن صباح السبت.")
    assert (ev.location["name"], ev.location["country"]) == ("المنصورة", "YE")  # not Mansoura, Egypt


def test_a_palestinian_town_under_a_jerusalem_dateline_and_a_clause_without_a_place():
    wounded, arrest = events("القدس - أصيب ثلاثة فلسطينيين برصاص قوات الاحتلال خلال مواجهات في قرية بيتا جنوب "
                             "نابلس، فيما اعتقلت القوات شابين.")
    assert [p["name_en"] for p in places("القدس - وقعت مواجهات في نابلس.")] == ["Nablus"]
    assert (wounded.location["name"], wounded.location["country"]) == ("بيتا", "PS")
    assert (arrest.type, arrest.captured, arrest.location["name"]) == ("COERCE", 2, "بيتا")


def test_aircraft_in_one_clause_do_not_fire_the_rockets_of_another():
    strike, rockets = events("بيروت - أغار الطيران الحربي الإسرائيلي على بلدة عيتا الشعب جنوبي لبنان، فيما ردت "
                             "المقاومة بقصف مواقع إسرائيلية في مزارع شبعا بالصواريخ.")
    assert (strike.mode, rockets.mode) == ("aerial", "artillery")


def test_the_dead_of_a_deed_someone_is_accused_of_are_reported_without_a_doer():
    accuse, attack = events("الخرطوم - اتهمت قوات الدعم السريع الجيش السوداني بقصف مخيم زمزم للنازحين قرب "
                            "مدينة الفاشر، ما أدى إلى مقتل 23 مدنيا.")
    assert (accuse.type, accuse.actors, accuse.targets) == ("ACCUSE", ["قوات الدعم السريع"], ["الجيش السوداني"])
    assert (attack.type, attack.killed, attack.actors) == ("ASSAULT", 23, [])
    assert [e.type for e in events("اتهمت الحكومة المعارضة بدعم الإرهاب في مدينة الفاشر.")] == ["ACCUSE"]


def test_a_deed_named_again_by_a_definite_noun_or_its_weapon_is_the_deed_told():
    (ev,) = events("الموصل - قتل 4 جنود عراقيين بانفجار عبوة ناسفة استهدفت دوريتهم جنوب الموصل، حسبما أفاد مصدر "
                   "أمني. وأوضح المصدر أن العبوة انفجرت أثناء مرور الدورية على الطريق قرب القيارة مساء أمس.",
                   "2024-05-12")
    assert (ev.killed, ev.date, ev.location["name_en"]) == (4, "2024-05-11", "Mosul")
    (ev,) = events("رام الله - اعتقلت قوات الاحتلال فجر اليوم 18 فلسطينيا في الضفة الغربية. وأفاد نادي الأسير بأن "
                   "معظم الاعتقالات تركزت في محافظة الخليل.")
    assert (ev.captured, ev.location["name_en"]) == (18, "West Bank")
    assert len(events("بغداد - انفجرت عبوة ناسفة في حي الكرادة. وفي حادث منفصل، انفجرت العبوة الثانية في حي "
                      "المنصور.")) == 2


def test_a_search_operation_is_no_talks_and_two_terrorists_eliminated_are_two_killed():
    (ev,) = events("الجزائر - أعلنت وزارة الدفاع أن مفرزة للجيش الوطني الشعبي قضت على إرهابيين اثنين خلال عملية "
                   "بحث وتمشيط بولاية عين الدفلى.")
    assert (ev.type, ev.killed) == ("ASSAULT", 2)


def test_a_protest_broken_up_told_after_it_was_met_with_force():
    protest, arrest = events("القاهرة - تظاهر مئات الطلاب في جامعة القاهرة اليوم احتجاجا على ارتفاع الرسوم. وفضت "
                             "قوات الأمن التظاهرة واعتقلت 12 طالبا.")
    assert (protest.type, protest.acled_sub_type) == ("PROTEST", "Protest with intervention")
    assert (arrest.type, arrest.captured) == ("COERCE", 12)


def test_two_thousand_dead_are_no_year():
    (ev,) = events("قتل حوالي ألفي شخص في قصف على مدينة إدلب أمس.")
    assert (ev.killed, ev.killed_qualifier) == (2000, "about")
    (ev,) = events("قتل نحو 2000 شخص في قصف على مدينة إدلب أمس.")
    assert ev.killed == 2000
    assert events("في عام 2015 قتل 5 أشخاص في قصف على مدينة إدلب.") == []


def test_a_family_name_after_a_given_name_is_no_place_and_the_head_of_a_body_warns():
    (ev,) = events("بيروت - حذر الأمين العام لحزب الله حسن نصر الله إسرائيل من أن أي اعتداء على لبنان سيقابل "
                   "برد قاس، وذلك في كلمة متلفزة مساء الجمعة.")
    assert (ev.type, ev.actors, ev.targets, ev.location["name_en"]) == ("THREATEN", ["حسن نصر الله"], ["إسرائيل"],
                                                                         "Beirut")  # not Nasrallah, Tunisia
    assert [p["name"] for p in places("قتل خمسة أشخاص في غارة على معرة النعمان.")] == ["معرة النعمان"]


def test_a_countrys_formal_name_acts_and_a_call_lists_what_it_asks_for():
    reject, _ = events("الرباط - رفضت المملكة المغربية تقريرا لمنظمة العفو الدولية يتهم السلطات بتعذيب معتقلين.")
    assert (reject.type, reject.actors) == ("REJECT", ["المملكة المغربية"])
    request, aid = events("جنيف - دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش أطراف النزاع في السودان إلى وقف "
                          "فوري لإطلاق النار والسماح بدخول المساعدات الإنسانية.")
    assert (request.type, request.actors) == ("REQUEST", ["أنطونيو غوتيريش"])
    assert (aid.type, aid.intent) == ("AID", True)


def test_the_cause_of_the_dead_names_its_doer_and_a_mayor_is_no_name():
    (ev,) = events("إدلب - استشهد طفلان وأصيبت والدتهما بجروح خطيرة إثر قصف لقوات النظام بالصواريخ على بلدة "
                   "سرمين شرقي إدلب.")
    assert (ev.actors, ev.killed) == (["قوات النظام"], 2)
    (ev,) = events("درعا - اغتال مسلحون مجهولون رئيس بلدية بلدة نوى في ريف درعا الغربي مساء الثلاثاء.")
    assert (ev.actors, ev.targets, ev.location["name_en"]) == (["مسلحون مجهولون"], [], "Nawa")


def test_an_armed_group_by_a_passive_and_a_kenyan_county():
    (ev,) = events("طرابلس - تعرض مقر المؤسسة الوطنية للنفط في طرابلس لهجوم بقذائف الآر بي جي من قبل مجموعة "
                   "مسلحة مجهولة، دون وقوع إصابات.")
    assert ev.actors == ["مجموعة مسلحة"]
    (ev,) = events("نيروبي - أعلنت الشرطة الكينية مقتل 3 من عناصرها بانفجار لغم أرضي زرعه مسلحو حركة الشباب على "
                   "طريق في مقاطعة مانديرا المحاذية للحدود الصومالية.")
    assert (ev.location["name_en"], ev.killed) == ("Mandera", 3)


def test_a_weak_cue_with_a_clitic_names_no_unknown_place_and_a_union_rally_is_a_protest():
    (ev,) = events("الجزائر - شارك آلاف الطلبة في مسيرة بالعاصمة الجزائرية رافعين شعارات مناهضة للسلطة.")
    assert (ev.type, ev.location["name_en"]) == ("PROTEST", "Algiers")  # not a town 'رافعين'
    (ev,) = events("تونس - نظم الاتحاد العام التونسي للشغل تجمعا عماليا أمام مقر الحكومة بالقصبة.")
    assert (ev.type, ev.actors) == ("PROTEST", ["الاتحاد العام التونسي للشغل"])


def test_the_lead_places_a_strike_abroad_rather_than_the_dateline():
    (ev,) = events("تل أبيب - قال المتحدث باسم الجيش الإسرائيلي إن طائرات سلاح الجو أغارت خلال الليلة الماضية على "
                   "أكثر من 40 هدفا لحزب الله في جنوب لبنان.")
    assert (ev.type, ev.location["country"]) == ("ASSAULT", "LB")


def test_an_iranian_province_named_after_azerbaijan_and_a_refinery_regained():
    assert [(p["name_en"], p["country"]) for p in places("اعتقلت السلطات خمسة أشخاص في محافظة أذربيجان الغربية.")] \
        == [("West Azerbaijan", "IR")]
    (ev,) = events("الخرطوم - أعلن الجيش السوداني أنه استعاد السيطرة على مصفاة الجيلي شمال الخرطوم بحري.")
    assert (ev.type, ev.mode, ev.acled_sub_type) == ("ASSAULT", "occupy", "Government regains territory")


def test_drones_shot_down_by_the_dozen_are_an_attack_by_their_side():
    (ev,) = events("موسكو - أعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت 25 طائرة مسيرة أوكرانية فوق "
                   "مقاطعتي بيلغورود وكورسك خلال الليل.")
    assert (ev.type, ev.mode, ev.actors, ev.location["name_en"]) == ("ASSAULT", "drone", ["طائرة مسيرة أوكرانية"],
                                                                     "Belgorod")
    (ev,) = events("أسقطت الدفاعات الجوية الروسية مسيرات أوكرانية فوق مقاطعة كورسك.")
    assert (ev.actors, ev.location["name_en"]) == (["أوكرانيا"], "Kursk")


def test_one_victim_named_by_a_pronoun_and_a_doer_by_its_members():
    (ev,) = events("استهدفت عبوة ناسفة سيارة القيادي في بغداد ما أسفر عن مقتله.")
    assert ev.killed == 1
    (ev,) = events("أطلق مسلحون النار على القاضي في بغداد ما أدى إلى إصابته.")
    assert (ev.wounded, ev.actors) == (1, ["مسلحون"])
    (ev,) = events("لقي شرطي مصرعه في انفجار عبوة ناسفة في بغداد.")
    assert ev.killed == 1
    assert all(e.killed is None for e in events("تضامن الحزب مع الحرس الوطني ضد تفجيرات أدت إلى مقتلة عظيمة في بغداد."))
    (ev,) = events("الموصل - قتل مدنيان على يد عناصر تنظيم داعش في قرية الحود جنوب الموصل أمس.")
    assert (ev.actors, ev.killed) == (["تنظيم داعش"], 2)


def test_terrorist_groups_named_indefinitely_act_and_kabul_spelled_with_waw():
    (ev,) = events("حماة - أفادت وكالة سانا بأن وحدات من الجيش تصدت لهجوم شنته مجموعات إرهابية من جبهة النصرة على "
                   "قرية معان بريف حماة الشمالي.")
    assert ev.actors == ["مجموعات إرهابية", "جبهة النصرة"]
    (ev,) = events("كابول - أعلنت حركة طالبان أنها أفرجت عن 24 سجينا من قوات الحكومة السابقة.")
    assert (ev.type, ev.location["name_en"]) == ("CONCEDE", "Kabul")


def test_two_rockets_in_construct_fell():
    (ev,) = events("بغداد - أعلنت خلية الإعلام الأمني سقوط صاروخي كاتيوشا قرب السفارة الأمريكية في المنطقة الخضراء "
                   "دون أن يسفر ذلك عن خسائر.")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("ASSAULT", "artillery", "Green Zone")


def test_armed_movements_sign_and_the_country_a_capital_belongs_to_is_no_party():
    (ev,) = events("الخرطوم - وقعت الحكومة السودانية وحركات مسلحة في دارفور اتفاق سلام بالأحرف الأولى في جوبا "
                   "عاصمة جنوب السودان.")
    assert (ev.type, ev.actors, ev.location["name_en"]) == ("AGREE", ["الحكومة السودانية", "حركات مسلحة"], "Juba")


def test_a_claim_in_the_sentence_names_the_doer_of_a_drone_strike_and_a_withdrawal_leaves_a_country():
    (ev,) = events("أربيل - استهدفت طائرة مسيرة مفخخة قاعدة حرير الجوية شمال أربيل، وتبنت المقاومة الإسلامية في "
                   "العراق الهجوم.")
    assert (ev.mode, ev.actors) == ("drone", ["المقاومة الإسلامية في العراق"])
    (ev,) = events("باريس - أعلنت فرنسا سحب قواتها من النيجر بحلول نهاية العام.")
    assert (ev.type, ev.actors, ev.location["name_en"], ev.intent) == ("RETREAT", ["فرنسا"], "Niger", True)
    (ev,) = events("طرابلس - أطلق الحرس البلدي سراح 50 مهاجرا غير نظامي بعد احتجازهم لأسابيع.")
    assert (ev.type, ev.actors) == ("CONCEDE", ["الحرس البلدي"])
    (ev,) = events("قتل 5 جنود بحلول مساء الأمس في هجوم على حلب.")
    assert not ev.intent


def test_after_the_verbal_noun_of_a_deed_comes_who_it_was_done_to():
    (ev,) = events("أعلن الجيش اليمني إسقاط طائرة مسيرة أمريكية في أجواء محافظة مأرب.")
    assert (ev.actors, ev.targets) == (["الجيش اليمني"], ["طائرة مسيرة أمريكية"])
    (ev,) = events("أكد الجيش اختطاف جنود من قوات حفظ السلام في مالي.")
    assert (ev.type, ev.actors) == ("COERCE", ["الجيش"])
    (ev,) = events("رفع متظاهرون لافتات تشير إلى اعتقال السلطات لمعارضين في المنامة.")
    assert "السلطات" in ev.actors


def test_who_tells_of_a_killing_did_it_only_when_it_bears_arms():
    (ev,) = events("أعلنت وزارة الصحة قتل خمسة مدنيين في قصف على غزة.")
    assert (ev.actors, ev.killed) == ([], 5)
    (ev,) = events("أعلن المرصد السوري قتل 7 عناصر من قوات النظام في كمين بدير الزور.")
    assert ev.actors == []
    (ev,) = events("عمان - أعلن الجيش الأردني قتل أربعة من المهربين في اشتباك على الحدود الشمالية.")
    assert ev.actors == ["الجيش الأردني"]


def test_one_wounded_named_after_the_word_of_wounding():
    (ev,) = events("بغداد - انفجرت عبوة لاصقة بسيارة مدنية في منطقة الكرادة وسط بغداد ما أسفر عن إصابة سائقها.")
    assert (ev.wounded, ev.killed) == (1, None)
    (ev,) = events("قتل جندي وأصيب شرطي في هجوم على حاجز في العريش.")
    assert (ev.killed, ev.wounded) == (1, 1)
    (ev,) = events("قال نشطاء إن قائدا عسكريا في صفوف المعارضة قتل، وأصيب اثنان آخران في غارة على مدينة حلب.")
    assert (ev.killed, ev.wounded) == (1, None)  # (the one named after 'إن' is the dead, not a wounded)


def test_the_wounded_after_a_lone_dead_told_first_are_counted():
    (ev,) = events("أفادت مصادر بأن شخصا قتل وأصيب خمسة آخرون بجروح في انفجار سيارة مفخخة في بغداد.")
    assert (ev.killed, ev.wounded) == (1, 5)
    (ev,) = events("أسفر القصف عن مقتل وإصابة 15 مدنيا في حلب.")
    assert (ev.killed, ev.wounded) == (None, None)  # the dead and the wounded together, neither alone


def test_a_year_or_last_year_told_at_the_end_of_a_long_clause_dates_an_older_event():
    assert events("وكان مسلحون قد اختطفوا 12 موظفا من العاملين في منظمة إغاثة دولية في مدينة الفاشر "
                  "العام الماضي.", published="2020-05-01") == []
    assert events("وكانت قوات الأمن قد اعتقلت 30 ناشطا من أعضاء الحزب الشيوعي السوداني في الخرطوم عام 2018.",
                  published="2020-05-01") == []


def test_a_name_that_begins_with_a_clitic_letter_is_no_place_for_that_letter_alone():
    # 'بشري' (human) is also Bsharri, a town of Lebanon: its own ب is no preposition
    assert places("استخدم المسلحون المدنيين كدرع بشري في المعارك.") == []
    assert [p["name_en"] for p in places("تقع الكنيسة في بشري شمال لبنان.")][0] == "Bsharri"
    assert [p["name_en"] for p in places("أعلن مدير جامعة بغداد إغلاق الكلية.")] == ["Baghdad"]  # a city of its size


def test_a_deed_named_as_the_topic_of_what_is_said_reports_nothing():
    assert events("وعن اعتقال الناشطين في القاهرة، قالت الوزارة إنهم خالفوا القانون.") == []
    assert events("وعن تفجير الجسر، قال المتحدث: «من استهدف الجسر أراد ضرب رمز للعراقيين».") == []
    (ev,) = events("وعن الغارة، أوضح المصدر أنها أسفرت عن مقتل 4 مدنيين في مدينة إدلب.")
    assert (ev.type, ev.mode, ev.killed) == ("ASSAULT", "aerial", 4)  # the topic told with its toll


def test_searching_for_the_missing_is_no_talks():
    assert events("وواصلت فرق الدفاع المدني البحث عن المفقودين تحت الأنقاض في مدينة حلب.") == []
    assert events("ويواصل عمال الإنقاذ في مدينة أنطاكيا البحث عن ناجين.") == []


def test_the_network_gunmen_are_linked_to_names_them_and_is_never_the_target():
    (ev,) = events("مابوتو - سيطر مسلحون مرتبطون بتنظيم الدولة الإسلامية على بلدة ماكوميا في إقليم كابو ديلغادو "
                   "شمالي موزمبيق بعد معارك مع الجيش.")
    assert (ev.type, ev.mode, ev.targets) == ("ASSAULT", "occupy", [])
    assert ev.actors == ["مسلحون", "تنظيم الدولة الإسلامية"]
    (ev,) = events("مقديشو - هاجمت حركة الشباب المرتبطة بتنظيم القاعدة قاعدة عسكرية في إقليم شبيلي السفلى.")
    assert (ev.actors, ev.targets) == (["حركة الشباب"], [])  # a group with a name of its own


def test_talks_are_where_the_host_received_the_guest_not_where_what_they_discussed_is():
    evs = events("القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الأحد، رئيس الوزراء القطري محمد بن "
                 "عبد الرحمن آل ثاني، وبحثا جهود التوصل إلى وقف لإطلاق النار في قطاع غزة.", "2024-06-09")
    talks = next(e for e in evs if e.type == "CONSULT")
    assert (talks.location["name_en"], talks.actors) == ("Cairo", ["عبد الفتاح السيسي"])
    assert all(e.intent for e in evs if e.type == "AGREE")  # efforts to reach a ceasefire, none reached
    (ev,) = events("وتتواصل المساعي للإفراج عن الرهائن المحتجزين في غزة.")
    assert ev.intent


def test_the_dead_named_by_a_passive_verb_are_the_victims_and_the_drone_after_them_struck():
    (ev,) = events("استشهد ثلاثة مواطنين بقصف مسيرة إسرائيلية استهدف خيمة للنازحين في خان يونس.")
    assert (ev.mode, ev.killed, ev.actors, ev.targets) == ("drone", 3, ["مسيرة إسرائيلية"], ["مواطنين"])


def test_the_occupation_s_aircraft_and_colonists_are_israeli():
    (ev,) = events("وقال الدفاع المدني إن طائرات الاحتلال قصفت منزلا في حي الشجاعية شرقي مدينة غزة، "
                   "ما أدى إلى استشهاد ستة من أفراد العائلة.")
    assert (ev.mode, ev.killed, ev.actors) == ("aerial", 6, ["طائرات الاحتلال"])
    assert events("هاجم مستعمرون قرية ترمسعيا شمال رام الله.")[0].actors == ["مستعمرون"]


def test_some_among_the_dead_are_no_toll_of_their_own():
    text = ("الخرطوم - قالت شبكة أطباء السودان إن 15 مدنيا على الأقل قتلوا جراء قصف مدفعي نفذته قوات الدعم "
            "السريع على سوق شعبي في مدينة أم درمان. وأضافت الشبكة في بيان أن القصف استهدف السوق في ساعات "
            "الذروة، مشيرة إلى أن بين القتلى أربعة أطفال.")
    (ev,) = events(text)  # the shelling told again, with a part of its dead
    assert (ev.killed, ev.location["name_en"]) == (15, "Omdurman")
    (ev,) = events("قتل 20 شخصا، ومن بين الضحايا ثلاثة أطفال، في غارة على مدينة إدلب.")
    assert ev.killed == 20


def test_relief_handed_out_is_aid_by_who_hands_it_out():
    (ev,) = events("الرياض - أعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية توزيع 500 سلة غذائية على الأسر النازحة "
                   "في محافظة مأرب اليمنية.")
    assert (ev.type, ev.intent, ev.actors, ev.location["name_en"]) == (
        "AID", False, ["مركز الملك سلمان للإغاثة والأعمال الإنسانية"], "Marib")
    assert events("وارتفع سعر السلة الغذائية في مصر بنسبة 20 بالمئة.") == []


def test_a_verb_joined_by_and_shares_the_subject_of_the_verb_before_not_its_object():
    evs = events("الجزائر - رفضت الجزائر بشدة تصريحات وزير الداخلية الفرنسي، واستدعت السفير الفرنسي لديها للاحتجاج.")
    summoned = next(e for e in evs if e.type == "SANCTION")
    assert summoned.actors == ["الجزائر"]


def test_in_protest_after_a_deed_of_statecraft_is_its_motive_not_a_protest():
    evs = events("بغداد - أعلنت الحكومة العراقية قطع العلاقات الدبلوماسية مع السويد وطرد سفيرتها احتجاجا على حرق "
                 "نسخة من القرآن.")
    assert [e.type for e in evs] == ["SANCTION"]
    (ev,) = events("تظاهر الآلاف في تل أبيب احتجاجا على خطة الحكومة.")
    assert ev.type == "PROTEST"


def test_the_drones_launched_are_the_means_not_the_target():
    (ev,) = events("كييف - قالت القوات الجوية الأوكرانية إن روسيا أطلقت ليلا 120 طائرة مسيرة وثلاثة صواريخ "
                   "باليستية على مناطق أوكرانية، تم إسقاط 80 منها.")
    assert (ev.mode, ev.actors, ev.targets) == ("drone", ["روسيا"], [])


def test_somali_regions_as_the_wires_spell_them():
    (ev,) = events("مقديشو - قتل تسعة جنود صوماليين في هجوم شنه مقاتلو حركة الشباب على قاعدة عسكرية في منطقة "
                   "هيران وسط الصومال.")
    assert (ev.location["name_en"], ev.location["admin1"]) == ("Hiiran", "Hiiran")
    assert places("اشتباكات في ولاية غلمدغ")[0]["name_en"] == "Galmudug"


def test_the_base_after_a_word_for_its_gate_is_no_al_qaeda():
    ann = find_entities(normalize(Article(id="t", text="فجر المهاجمون سيارة مفخخة عند مدخل القاعدة.",
                                          published="2020-03-01")))
    assert [x.text for x in ann.entities if x.type == "organization" and x.actor["name"] == "al-Qaeda"] == []
    ann = find_entities(normalize(Article(id="t", text="تبنى تنظيم القاعدة الهجوم.", published="2020-03-01")))
    assert [x.actor["name"] for x in ann.entities if x.type == "organization"] == ["al-Qaeda"]
    # in an article that told of a military base, and names no al-Qaeda, 'القاعدة' is that base
    text = ("هاجمت حركة الشباب قاعدة عسكرية في بلدة بلعد.\nوقال متحدث باسم الحركة إن مقاتليها سيطروا على "
            "القاعدة.")
    ann = find_entities(normalize(Article(id="t", text=text, published="2020-03-01")))
    assert [x.actor["name"] for x in ann.entities if x.type == "organization"] == ["al-Shabaab"]
    text = "هاجم تنظيم القاعدة قاعدة عسكرية في أبين.\nوقال مسؤول إن القاعدة تبنت الهجوم."
    ann = find_entities(normalize(Article(id="t", text=text, published="2020-03-01")))
    assert [x.actor["name"] for x in ann.entities if x.type == "organization"] == ["al-Qaeda", "al-Qaeda"]


def test_force_denied_is_no_intervention():
    (ev,) = events("تونس - تظاهر مئات التونسيين، الأربعاء، أمام مقر البرلمان في العاصمة تونس. وطوقت قوات الأمن "
                   "مكان الوقفة الاحتجاجية دون أن تتدخل لتفريق المحتجين.")
    assert ev.acled_sub_type == "Peaceful protest"
    (ev,) = events("تونس - تظاهر مئات التونسيين أمام مقر البرلمان في العاصمة تونس. وتدخلت قوات الأمن لتفريق المحتجين.")
    assert ev.acled_sub_type == "Protest with intervention"


def test_the_country_s_north_is_the_article_s_country():
    (ev,) = events("واغادوغو - أعلن الجيش البوركيني، في بيان، تحييد أكثر من 100 إرهابي في عمليات عسكرية في شمال "
                   "البلاد خلال الأسبوع الماضي.", "2025-05-20")
    assert (ev.type, ev.actors, ev.location["name"], ev.location["precision"]) == (
        "ASSAULT", ["الجيش البوركيني"], "بوركينا فاسو", "country")
    assert places("وقالت إن البلاد تمر بأزمة.") == []  # (the subject, not a place)


def test_groups_of_the_sahel_pakistan_congo_and_libya_act():
    (ev,) = events("إسلام آباد - قتل سبعة من رجال الشرطة الباكستانية في انفجار عبوة ناسفة استهدف عربتهم في إقليم "
                   "بلوشستان، وتبنى جيش تحرير بلوشستان الهجوم.")
    assert ev.actors == ["جيش تحرير بلوشستان"]
    (ev,) = events("كينشاسا - قتل 23 مدنيا في هجوم نسب إلى متمردي القوات الديمقراطية المتحالفة على قرية في إقليم إيتوري.")
    assert ev.actors == ["القوات الديمقراطية المتحالفة"]
    (ev,) = events("طرابلس - اندلعت اشتباكات عنيفة مساء الاثنين بين جهاز الردع وقوات اللواء 444 قتال جنوب العاصمة "
                   "الليبية طرابلس، ما أدى إلى سقوط قتيلين.")
    assert (ev.actors, ev.killed) == (["جهاز الردع"], 2)  # the one side of the clash whose name we know


def test_strikes_and_sit_ins_told_in_the_lead_by_who_struck():
    (ev,) = events("طهران - أضرب سائقو الشاحنات في عدة مدن إيرانية لليوم الثالث على التوالي احتجاجا على ارتفاع "
                   "أسعار الوقود وتدني الأجور.")
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("PROTEST", "strike", "Iran")
    (ev,) = events("القاهرة - اعتصم العشرات من عمال شركة غزل المحلة داخل مقر الشركة لليوم الخامس للمطالبة بصرف "
                   "الأرباح السنوية.")
    assert (ev.type, ev.location["name_en"]) == ("PROTEST", "Cairo")


def test_a_crowd_gathered_before_a_site_demanding_protests():
    (ev,) = events("نيامي - تجمع آلاف من أنصار المجلس العسكري أمام القاعدة الفرنسية في نيامي مطالبين برحيل القوات "
                   "الفرنسية من البلاد.")
    assert (ev.type, ev.location["name_en"]) == ("PROTEST", "Niamey")
    assert "القاعدة الفرنسية" not in ev.actors + ev.targets  # the French base, not al-Qaeda


def test_an_arrest_joined_to_a_protest_is_no_topic_of_it():
    evs = events("تبليسي - تظاهر عشرات الآلاف في العاصمة الجورجية تبليسي مساء الأربعاء احتجاجا على قرار الحكومة، "
                 "واعتقلت الشرطة 43 متظاهرا.", "2025-09-18")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert (arrest.captured, arrest.actors) == (43, ["الشرطة"])


def test_two_martyrs_are_two_dead():
    (ev,) = events("بيروت - شن الطيران الحربي المعادي غارة على بلدة كفركلا في قضاء مرجعيون، ظهر اليوم، ما أدى إلى "
                   "سقوط شهيدين.")
    assert (ev.mode, ev.killed, ev.location["name"]) == ("aerial", 2, "كفركلا")


def test_rockets_fired_from_a_country_toward_the_galilee():
    (ev,) = events("تل أبيب - قال الجيش الإسرائيلي إن نحو 30 صاروخا أطلقت من لبنان باتجاه الجليل الأعلى، وتم اعتراض "
                   "معظمها، دون وقوع إصابات.")
    assert (ev.location["name_en"], ev.actors) == ("Upper Galilee", [])  # the country it came from is no doer


def test_who_tells_of_a_toll_after_it_is_no_doer_unless_it_claims_it():
    (ev,) = events("مقديشو - ارتفعت حصيلة قتلى انفجار السيارة المفخخة الذي استهدف مطعما في حي هودان بالعاصمة "
                   "الصومالية مقديشو مساء الثلاثاء إلى 14 قتيلا، وفق ما أعلنت الشرطة الأربعاء.", "2025-06-04")
    assert (ev.killed, ev.actors) == (14, [])
    (ev,) = events("قتل ثلاثة مدنيين في هجوم انتحاري بغرب أفغانستان، أعلنت حركة طالبان مسؤوليتها عن ذلك.")
    assert ev.actors == ["حركة طالبان"]


def test_a_young_man_or_a_journalist_shot_by_forces_is_violence_against_civilians():
    (ev,) = events("رام الله - استشهد شاب برصاص قوات الاحتلال فجر اليوم الثلاثاء في مخيم بلاطة شرق نابلس.")
    assert (ev.acled_type, ev.acled_sub_type, ev.killed) == ("Violence against civilians", "Attack", 1)
    (ev,) = events("قتل صحفي بنيران قناص في مدينة خان يونس.")
    assert ev.acled_type == "Violence against civilians"


def test_parties_agreed_now_to_a_truce_that_starts_later():
    (ev,) = events("جنيف - وافقت الحكومة السودانية وقوات الدعم السريع على هدنة إنسانية لمدة أسبوع تبدأ الاثنين المقبل.",
                   "2024-11-20")
    assert (ev.type, ev.intent, ev.date) == ("AGREE", False, None)
    assert ev.actors == ["الحكومة السودانية", "قوات الدعم السريع"]


def test_what_is_welcomed_was_told_before():
    evs = events("القاهرة - رحبت مصر بإعلان وقف إطلاق النار في لبنان، ودعت إلى التزام جميع الأطراف به.")
    assert sorted(e.type for e in evs) == ["REQUEST", "SUPPORT"]  # Egypt agreed to no ceasefire


def test_syria_s_general_security_and_the_former_regime_s_remnants():
    (ev,) = events("اللاذقية - قالت وزارة الداخلية السورية إن قوات الأمن العام اشتبكت مع مجموعات من فلول النظام البائد "
                   "في ريف جبلة، ما أسفر عن مقتل 4 عناصر من الأمن العام.")
    assert (ev.killed, ev.actors, ev.targets) == (4, ["فلول النظام البائد"], ["الأمن العام"])


def test_a_deed_with_its_dead_joined_after_a_foiled_one_took_place():
    (ev,) = events("عمان - أعلن الجيش الأردني أنه أحبط محاولة تهريب كميات كبيرة من المخدرات على الواجهة الشمالية "
                   "وقتل أربعة من المهربين.")
    assert (ev.type, ev.killed) == ("ASSAULT", 4)
    assert events("أحبطت قوات الأمن هجوما انتحاريا كان يستهدف زوار مرقد الإمام.") == []


def test_the_body_someone_is_in_is_no_doer_and_a_country_after_bishamal_is_the_place():
    evs = events("أعلنت الاستخبارات التركية، اليوم، تحييد قيادي في حزب العمال الكردستاني واعتقال ثلاثة آخرين في "
                 "عملية بشمال العراق.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert (arrest.location["name_en"], "حزب العمال الكردستاني" in arrest.actors) == ("Iraq", False)


def test_each_count_of_a_sentence_stays_on_its_kind_of_event():
    evs = events("الجزائر - أعلنت وزارة الدفاع الوطني أن مفارز للجيش الوطني الشعبي تمكنت من القضاء على 3 إرهابيين "
                 "وتوقيف 12 عنصر دعم للجماعات الإرهابية في عمليات متفرقة.")
    by_type = {e.type: e for e in evs}
    assert sorted(by_type) == ["ASSAULT", "COERCE"]  # no support: 'عنصر دعم' are support elements
    assert (by_type["ASSAULT"].killed, by_type["ASSAULT"].captured, by_type["ASSAULT"].actors) == (
        3, None, ["الجيش الوطني الشعبي"])
    assert (by_type["COERCE"].killed, by_type["COERCE"].captured) == (None, 12)


def test_protesters_shot_by_the_state_in_the_protest_s_sentence_met_excessive_force():
    evs = events("الخرطوم - قالت لجنة أطباء السودان إن قوات الأمن قتلت متظاهرين اثنين بالرصاص الحي خلال مسيرة "
                 "مليونية في أم درمان.")
    protest = next(e for e in evs if e.type == "PROTEST")
    assert (protest.acled_sub_type, protest.killed) == ("Excessive force against protesters", 2)


def test_a_cell_dismantled_is_an_arrest_and_who_is_released_was_arrested_before():
    (ev,) = events("الرباط - أعلن المكتب المركزي للأبحاث القضائية، اليوم، تفكيك خلية إرهابية موالية لتنظيم داعش "
                   "تتكون من أربعة عناصر تنشط في مدن طنجة وفاس والدار البيضاء.")
    assert (ev.type, ev.mode, ev.actors) == ("COERCE", "arrest", ["المكتب المركزي للأبحاث القضائية"])
    (ev,) = events("نواكشوط - أفرجت السلطات الموريتانية عن 40 ناشطا اعتقلوا خلال احتجاجات على نتائج الانتخابات.")
    assert ev.type == "CONCEDE"


def test_two_drones_strike():
    (ev,) = events("أربيل - استهدفت طائرتان مسيرتان مفخختان حقل كورمور للغاز في محافظة السليمانية، ما أدى إلى توقف "
                   "الإنتاج.")
    assert (ev.type, ev.mode, ev.location["name"]) == ("ASSAULT", "drone", "حقل كورمور")


def test_who_announces_its_own_dead_did_not_kill_them():
    (ev,) = events("بغداد - أعلنت هيئة الحشد الشعبي مقتل اثنين من عناصرها بهجوم لداعش في قضاء الطارمية شمالي بغداد.")
    assert (ev.killed, ev.actors) == (2, ["داعش"])


def test_what_an_attack_told_before_aimed_at_is_its_target():
    (ev,) = events("قال ضابط إن ثلاثة من رجال الشرطة قتلوا في هجوم انتحاري بحزام ناسف استهدف العقيد فولا عثمان "
                   "مدير شرطة ناحية ليلان.")
    assert "فولا عثمان" not in " ".join(ev.actors)
    (ev,) = events("قال نشطاء إن قائدا عسكريا في صفوف مقاتلي المعارضة السورية قتل في غارة جوية شنتها قوات الرئيس "
                   "بشار الأسد على مدينة حلب.")
    assert "مقاتلو المعارضة" not in ev.actors


def test_the_areas_a_side_holds_are_no_taking():
    (ev,) = events("بورتسودان - أعلن مجلس السيادة السوداني رفضه القاطع لتشكيل حكومة موازية في مناطق سيطرة قوات "
                   "الدعم السريع.")
    assert ev.type == "REJECT"
    assert events("وصل النازحون إلى مناطق سيطرة الحكومة في مأرب.") == []
    (ev,) = events("أعلن الجيش سيطرته على مناطق واسعة في ريف حلب.")
    assert (ev.type, ev.mode) == ("ASSAULT", "occupy")


def test_two_soldiers_met_their_death_and_a_third_was_wounded():
    (ev,) = events("تيزي وزو - لقي عسكريان مصرعهما وأصيب ثالث بجروح إثر انفجار قنبلة تقليدية الصنع خلال عملية "
                   "تمشيط بولاية تيزي وزو.")
    assert (ev.killed, ev.wounded, ev.location["name_en"]) == (2, 1, "Tizi Ouzou")
    (ev,) = events("قتل جندي وأصيب آخر في هجوم على حاجز في العريش.")
    assert (ev.killed, ev.wounded) == (1, 1)
    (ev,) = events("قتل 5 أشخاص في هجوم آخر على حاجز في العريش.")
    assert (ev.killed, ev.wounded) == (5, None)


def test_a_risen_toll_keeps_the_day_told_of_the_attack_itself():
    (ev,) = events("مقديشو - ارتفعت حصيلة قتلى انفجار السيارة المفخخة الذي استهدف مطعما في حي هودان بالعاصمة "
                   "الصومالية مقديشو مساء الثلاثاء إلى 14 قتيلا، وفق ما أعلنت الشرطة الأربعاء.", "2025-06-04")
    assert (ev.killed, ev.date) == (14, "2025-06-03")
    (ev,) = events("وارتفعت حصيلة القتلى صباح الأربعاء إلى 14 في انفجار بمدينة مقديشو.", "2025-06-04")
    assert ev.date is None  # the day the count rose


def test_the_released_are_no_captured_count():
    evs = events("أفرجت السلطات عن 5 معتقلين واعتقلت 10 آخرين في مدينة الخليل.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert arrest.captured == 10


def test_who_says_it_did_a_deed_did_it():
    (ev,) = events("عمان - أعلن الجيش الأردني، في بيان صدر عن القيادة العامة للقوات المسلحة اليوم، أنه أحبط محاولة "
                   "تهريب كميات كبيرة من المخدرات على الواجهة الشمالية وقتل أربعة من المهربين.")
    assert (ev.killed, ev.actors) == (4, ["الجيش الأردني"])
    (ev,) = events("أعلنت وزارة الصحة أنها سجلت مقتل 5 مدنيين في قصف على غزة.")
    assert ev.actors == []  # it recorded the dead; it did not kill them


def test_what_a_blast_aimed_at_is_its_target_not_its_actor():
    (ev,) = events("بيروت - قال مصدر أمني إن الانفجار الذي استهدف الجيش اللبناني في طرابلس أمس أسفر عن مقتل جنديين.",
                   "2024-05-02")
    assert (ev.actors, ev.targets) == ([], ["الجيش اللبناني"])
    (ev,) = events("وفي الموصل، أعلن الجيش الأمريكي إصابة 15 شخصا في هجوم انتحاري بسيارة مفخخة استهدف دورية "
                   "للجيش الأمريكي وسط المدينة.")
    assert ev.targets == ["الجيش الأمريكي"]


def test_a_base_of_foreign_forces_is_not_placed_in_their_country():
    (ev,) = events("بغداد - استهدف هجوم بقذائف الهاون قاعدة للقوات الأمريكية قرب مطار بغداد فجر اليوم.", "2024-05-02")
    assert (ev.location["name"], ev.location["country"]) == ("بغداد", "IQ")
    (ev,) = events("بيروت - أعلن حزب الله استهداف موقع الراهب الإسرائيلي بالصواريخ.", "2024-05-02")
    assert ev.location["country"] == "IL"


def test_who_points_out_that_a_blast_happened_did_not_set_it_off():
    (ev,) = events("لفت النائب عمار حوري إلى أن الانفجار الذي استهدف الجيش اللبناني في طرابلس وقع بعد ساعات "
                   "من نشر معلومات في الصحف.")
    assert ev.actors == []


def test_a_drone_of_a_force_is_that_forces_attack_whatever_the_site_is_called():
    (ev,) = events("الفاشر - قالت شبكة أطباء السودان إن مسيرة تابعة لقوات الدعم السريع استهدفت المستشفى السعودي "
                   "في الفاشر، ما أدى إلى مقتل 30 شخصا.")
    assert (ev.actors, ev.killed, ev.location["country"]) == (["قوات الدعم السريع"], 30, "SD")
    # drones of a force: the force, not the drones as well
    (ev,) = events("استهدفت طائرات مسيرة تابعة لقوات الدعم السريع صباح الأحد مطار بورتسودان الدولي.")
    assert (ev.mode, ev.actors) == ("drone", ["قوات الدعم السريع"])
    (ev,) = events("قتل ثلاثة في الغارة الجوية الأمريكية على البلدة.")
    assert ev.actors == ["الولايات المتحدة"]


def test_libyan_armed_groups_are_the_sides_of_a_clash():
    evs = events("طرابلس - اندلعت اشتباكات عنيفة ليل الاثنين بين جهاز دعم الاستقرار واللواء 444 قتال في منطقة "
                 "أبو سليم جنوب العاصمة الليبية، ما أسفر عن مقتل ستة أشخاص.", "2025-03-10")
    assert [(e.type, e.actors, e.targets, e.killed) for e in evs] == [
        ("ASSAULT", ["جهاز دعم الاستقرار"], ["اللواء 444 قتال"], 6)]


def test_the_envoy_summoned_in_protest_is_summoned_at_home_and_the_protested_arrest_is_not_the_summoners():
    evs = events("الجزائر - استدعت وزارة الخارجية الجزائرية السفير الفرنسي لديها احتجاجا على توقيف موظف قنصلي "
                 "في باريس.")
    summons = next(e for e in evs if e.type == "SANCTION")
    assert (summons.location["name"], summons.targets) == ("الجزائر", ["فرنسا"])
    arrest = next(e for e in evs if e.type == "COERCE")
    assert (arrest.location["name"], arrest.actors) == ("باريس", [])


def test_a_threat_by_a_named_leader_is_his():
    (ev,) = events("موسكو - هدد الرئيس الروسي فلاديمير بوتين برد حاسم إذا زودت الدول الغربية أوكرانيا بصواريخ "
                   "بعيدة المدى.")
    assert (ev.type, ev.actors) == ("THREATEN", ["فلاديمير بوتين"])


def test_a_withdrawal_demanded_after_a_long_subject_is_an_intent():
    evs = events("طالب آلاف المتظاهرين في لندن أمس رئيس الوزراء المقبل غوردن براون بسحب قوات بلادهم من العراق.")
    assert [e.intent for e in evs if e.type == "RETREAT"] == [True]


def test_calling_up_reservists_is_mobilizing():
    (ev,) = events("تل أبيب - أعلن الجيش الإسرائيلي استدعاء 60 ألف جندي احتياط.")
    assert (ev.type, ev.actors) == ("MOBILIZE", ["الجيش الإسرائيلي"])


def test_a_town_after_its_cue_keeps_its_first_letter():
    (ev,) = events("الخرطوم - سيطرت قوات الدعم السريع على مدينة بارا في ولاية شمال كردفان بعد معارك عنيفة.")
    assert (ev.location["name"], ev.location["country"]) == ("بارا", "SD")  # not ب + Arrah (India)


def test_the_owner_of_a_building_near_a_blast_did_not_set_it_off():
    (ev,) = events("مقديشو - قتل سبعة أشخاص، اليوم السبت، في انفجار سيارة مفخخة قرب مقر قيادة الشرطة في العاصمة "
                   "الصومالية.", "2025-06-15")
    assert (ev.killed, ev.actors) == (7, [])


def test_a_force_that_tells_of_the_fighters_it_killed_killed_them():
    (ev,) = events("بغداد - أعلنت قيادة العمليات المشتركة العراقية، الأحد، مقتل خمسة من عناصر تنظيم داعش في عملية "
                   "أمنية في صحراء الأنبار.", "2025-06-15")
    assert (ev.actors, ev.targets, ev.killed) == (["قيادة العمليات المشتركة العراقية"], ["تنظيم داعش"], 5)
    (ev,) = events("أعلن الجيش الباكستاني مقتل 12 مسلحا في عملية عسكرية بإقليم خيبر بختونخوا.")
    assert ev.actors == ["الجيش الباكستاني"]
    (ev,) = events("أعلن الجيش الباكستاني مقتل 3 من جنوده في هجوم بإقليم خيبر بختونخوا.")
    assert ev.actors == []  # its own dead


def test_the_drone_shot_down_is_the_target_of_who_says_it_shot_it_down():
    (ev,) = events("كيدال - أعلنت جبهة تحرير أزواد أنها أسقطت طائرة مسيرة تابعة للجيش المالي قرب بلدة تينزاواتين "
                   "شمالي مالي.")
    assert (ev.actors, ev.targets) == (["جبهة تحرير أزواد"], ["طائرة مسيرة"])
    (ev,) = events("موسكو - أسقطت الدفاعات الجوية الروسية 25 طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود.")
    assert (ev.mode, ev.actors) == ("drone", ["أوكرانيا"])  # (the drones attacked)


def test_the_toll_a_ministry_gives_from_its_seat_is_the_toll_of_the_strike_told_before():
    (ev,) = events("غزة - شنت طائرات إسرائيلية فجر اليوم غارة على منزل في حي الأمل بمدينة خان يونس. وأعلنت وزارة "
                   "الصحة في غزة مقتل 14 شخصا في الغارة.", "2025-08-10")
    assert (ev.location["name"], ev.killed, ev.date) == ("خان يونس", 14, "2025-08-10")


def test_the_group_of_one_fighter_hit_is_the_target():
    (ev,) = events("القدس - قال الجيش الإسرائيلي إنه استهدف مسلحا من حركة حماس في خان يونس.")
    assert (ev.actors, ev.targets) == (["الجيش الإسرائيلي"], ["حركة حماس"])


def test_a_later_toll_of_the_strike_gives_the_means_of_an_attack_told_without_them():
    (ev,) = events("القدس - قال الجيش الإسرائيلي إنه استهدف مسلحا من حركة حماس في خان يونس. وأعلنت وزارة الصحة "
                   "في غزة مقتل 14 شخصا في الغارة.")
    assert (ev.mode, ev.acled_sub_type, ev.killed, ev.location["name"]) == ("aerial", "Air/drone strike", 14, "خان يونس")


def test_protests_all_over_a_country_are_placed_in_it_and_it_holds_none():
    evs = events("باريس - شارك عشرات الآلاف في مظاهرات في أنحاء فرنسا ضد إصلاح نظام التقاعد، واعتقلت الشرطة 150 "
                 "شخصا في باريس بعد مواجهات.")
    protest = next(e for e in evs if e.type == "PROTEST")
    assert (protest.location["name"], protest.actors) == ("فرنسا", [])
    arrest = next(e for e in evs if e.type == "COERCE")
    assert (arrest.location["name"], arrest.captured) == ("باريس", 150)


def test_protesters_shot_dead_keep_the_qualifier_of_their_toll():
    evs = events("كاتماندو - قتل 19 شخصا على الأقل عندما أطلقت الشرطة النار على متظاهرين اقتحموا مبنى البرلمان "
                 "في العاصمة النيبالية احتجاجا على حظر مواقع التواصل الاجتماعي.")
    protest = next(e for e in evs if e.type == "PROTEST")
    assert (protest.acled_sub_type, protest.killed, protest.killed_qualifier) == (
        "Excessive force against protesters", 19, "at_least")


def test_hostages_released_alive_under_a_phase_of_a_ceasefire_are_no_place_and_no_new_agreement():
    evs = events("غزة - أفرجت حركة حماس، الاثنين، عن 20 رهينة إسرائيليا أحياء، ضمن المرحلة الأولى من اتفاق وقف "
                 "إطلاق النار.", "2025-10-14")
    assert [(e.type, e.location["name"], e.actors) for e in evs] == [("CONCEDE", "غزة", ["حركة حماس"])]


def test_who_storms_a_building_detains_its_staff_not_the_buildings_owner():
    (ev,) = events("صنعاء - اقتحم الحوثيون مقر الأمم المتحدة في صنعاء واحتجزوا 11 موظفا أمميا.")
    assert (ev.type, ev.actors, ev.captured) == ("COERCE", ["الحوثيون"], 11)


def test_who_backs_the_forces_that_take_a_town_is_no_target():
    (ev,) = events("مقديشو - سيطرت القوات الحكومية الصومالية بدعم من قوات الاتحاد الأفريقي على بلدة مهداي في "
                   "إقليم شبيلي الوسطى.")
    assert ev.targets == [] and ev.actors[0] == "القوات الحكومية الصومالية"


def test_a_seizure_told_in_the_pluperfect_in_last_month_is_background():
    evs = events("الخرطوم - قتل 15 مدنيا على الأقل، الأربعاء، في قصف بطائرة مسيرة استهدف سوقا في مدينة الأبيض. "
                 "وكانت قوات الدعم السريع قد سيطرت في أكتوبر الماضي على مدينة الفاشر بعد حصار طويل.", "2025-11-20")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "drone")]
    (ev,) = events("الخرطوم - سيطرت قوات الدعم السريع في أكتوبر الماضي على مدينة الفاشر بعد حصار طويل.", "2025-11-20")
    assert ev.mode == "occupy"  # (the plain perfect: told as news)


def test_lifting_sanctions_is_a_concession_and_discussing_it_is_none():
    (ev,) = events("واشنطن - رفعت الإدارة الأمريكية العقوبات المفروضة على سوريا بموجب قانون قيصر.")
    assert (ev.type, ev.actors, ev.targets) == ("CONCEDE", ["الإدارة الأمريكية"], ["سوريا"])
    evs = events("دمشق - التقى الرئيس السوري أحمد الشرع وفدا من الكونغرس الأمريكي، وبحث معه رفع العقوبات "
                 "المفروضة على سوريا.")
    assert [e.type for e in evs if not e.intent] == ["CONSULT"]


def test_an_attack_with_the_drones_is_a_drone_strike():
    (ev,) = events("كييف - أعلنت أوكرانيا أن روسيا شنت أكبر هجوم بالمسيرات منذ بداية الحرب، إذ أطلقت 810 طائرات "
                   "مسيرة خلال الليل.")
    assert (ev.mode, ev.actors) == ("drone", ["روسيا"])


def test_a_deed_that_is_yet_to_be_done_is_an_intent():
    (ev,) = events("وقال المتحدث: نرغب بشدة أن يتم الإفراج عن هؤلاء الرهائن في كابول.")
    assert (ev.type, ev.intent) == ("CONCEDE", True)


def test_who_is_named_after_a_plural_verb_is_its_object():
    (ev,) = events("وأوضحت المصادر أن مسلحين مجهولين اغتالوا العميد جبار مساعد، مدير استخبارات الشرطة في البصرة.")
    assert (ev.actors, ev.targets) == (["مسلحين مجهولين"], ["جبار مساعد"])  # (the name ends at the comma)


def test_rockets_fired_from_lebanon_fall_where_they_were_aimed():
    (ev,) = events("بيروت - أطلق مجهولون صواريخ من جنوب لبنان باتجاه شمال إسرائيل.")
    assert ev.location["country"] == "IL"
    (ev,) = events("بيروت - أطلقت صواريخ من جنوب لبنان باتجاه مستوطنة كريات شمونة.")
    assert (ev.location["name"], ev.location["country"]) == ("كريات شمونة", "IL")  # (a settlement is Israeli)


def test_strikes_on_land_named_by_its_nationality_are_placed_there_not_at_the_dateline():
    (ev,) = events("إسلام آباد - أعلن الجيش الباكستاني أنه شن ضربات على مواقع داخل الأراضي الهندية.")
    assert (ev.location["country"], ev.actors) == ("IN", ["الجيش الباكستاني"])


def test_a_group_and_its_short_name_are_one_actor_not_its_own_target():
    (ev,) = events("الحسكة - داهمت قوات سوريا الديمقراطية (قسد) عدة منازل في مدينة الشدادي واعتقلت سبعة شبان.")
    assert (ev.actors, ev.targets, ev.captured) == (["قوات سوريا الديمقراطية"], [], 7)


def test_a_death_in_custody_is_no_arrest_told_today():
    evs = events("نواكشوط - أحرق محتجون غاضبون مقر مفوضية الشرطة في مدينة كيفة، بعد وفاة شاب أثناء احتجازه.")
    assert [(e.type, e.mode) for e in evs] == [("PROTEST", "riot")]


def test_the_states_of_south_sudan_are_places():
    (ev,) = events("جوبا - اندلعت اشتباكات قبلية في ولاية جونقلي بجنوب السودان أسفرت عن مقتل 27 شخصا.")
    assert (ev.location["admin1"], ev.killed) == ("Jonglei", 27)
    (ev,) = events("جوبا - قتل 10 أشخاص في هجوم على قرية بولاية الوحدة.")
    assert (ev.location["name"], ev.location["admin1"]) == ("ولاية الوحدة", "Unity")  # (no village 'بولاية')


def test_talks_hosted_at_the_dateline_are_placed_there():
    (ev,) = events("مسقط - استضافت سلطنة عمان جولة جديدة من المحادثات غير المباشرة بين إيران والولايات المتحدة "
                   "بشأن البرنامج النووي الإيراني.")
    assert (ev.type, ev.location["name"]) == ("CONSULT", "مسقط")


def test_a_drone_coming_from_abroad_is_shot_down_at_home():
    (ev,) = events("عمان - أعلن الجيش الأردني إسقاط طائرة مسيرة محملة بالمخدرات قادمة من الأراضي السورية على "
                   "الواجهة الشمالية.")
    assert ev.location["country"] == "JO"


def test_the_day_an_agreement_takes_effect_is_not_the_day_it_was_reached():
    (ev,) = events("الدوحة - أعلنت قطر ومصر والولايات المتحدة التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة يبدأ "
                   "سريانه الأحد.", "2025-02-12")
    assert (ev.type, ev.date) == ("AGREE", None)


def test_the_processions_of_sudans_resistance_committees_are_protests():
    (ev,) = events("الخرطوم - نظمت لجان المقاومة مواكب في عدد من أحياء الخرطوم رفضا للحرب.")
    assert (ev.type, ev.actors) == ("PROTEST", ["لجان المقاومة"])
    assert events("وصل موكب الرئيس إلى القصر.") == []  # (a motorcade)


def test_the_country_that_saw_a_protest_holds_none():
    (ev,) = events("بلغراد - خرج مئات الآلاف في أكبر احتجاج تشهده صربيا منذ عقود، مطالبين بمحاسبة المسؤولين.")
    assert (ev.type, ev.actors) == ("PROTEST", [])


def test_two_clauses_of_one_sentence_in_one_town_are_two_events():
    evs = events("كركوك - أصيب ثلاثة من عناصر الشرطة بجروح في هجوم مسلح على نقطة تفتيش جنوب كركوك، فيما قتل "
                 "مسلحان في اشتباك مع قوات الأمن.")
    assert [(e.killed, e.wounded) for e in evs] == [(None, 3), (2, None)]


def test_the_uniform_gunmen_wore_names_no_side():
    (ev,) = events("البصرة - اختطف مسلحون يرتدون زي الشرطة خمسة حراس أمن بريطانيين من مقر وزارة المالية وسط بغداد.")
    assert (ev.actors, ev.targets, ev.captured) == (["مسلحون"], [], 5)


def test_whom_an_attack_is_attributed_to_did_it():
    (ev,) = events("أبوجا - قتل 40 مزارعا على الأقل في هجوم نسب إلى مسلحين من رعاة الفولاني على قرية في ولاية بينو.")
    assert (ev.actors, ev.targets, ev.acled_type) == (["مسلحين", "رعاة الفولاني"], [], "Violence against civilians")


def test_people_shot_by_the_police_during_protests_are_excessive_force_and_no_clash():
    evs = events("مابوتو - قتل 10 أشخاص على الأقل برصاص الشرطة خلال احتجاجات على نتائج الانتخابات في موزمبيق.")
    protest = next(e for e in evs if e.type == "PROTEST")
    shooting = next(e for e in evs if e.type == "ASSAULT")
    assert (protest.acled_sub_type, protest.killed) == ("Excessive force against protesters", 10)
    assert (shooting.acled_type, shooting.actors) == ("Violence against civilians", ["الشرطة"])


def test_irans_nuclear_sites_are_places():
    (ev,) = events("طهران - أعلنت وسائل إعلام إيرانية أن انفجارات دوت في منشأة فوردو النووية جراء غارات أمريكية.")
    assert (ev.location["country"], ev.location["admin1"], ev.actors) == ("IR", "Qom", ["الولايات المتحدة"])


def test_a_second_toll_after_a_comma_with_a_deed_and_a_place_of_its_own_is_another_attack():
    evs = events("غزة - استشهد 4 فلسطينيين في غارة على رفح، واستشهد 3 آخرون في قصف مدفعي على بيت حانون.")
    assert [(e.mode, e.location["name"], e.killed) for e in evs] == [("aerial", "رفح", 4), ("artillery", "بيت حانون", 3)]
    (ev,) = events("قتل 5 أشخاص في غارة على حلب، وأصيب 10 آخرون في الغارة نفسها.")
    assert (ev.killed, ev.wounded) == (5, 10)


def test_the_attack_an_abduction_was_made_in_is_the_abduction_unless_someone_was_hurt():
    (ev,) = events("خطف مسلحون أكثر من 50 شخصا بينهم نساء وأطفال في هجوم على قرية في ولاية زمفارا.")
    assert (ev.type, ev.mode, ev.captured) == ("COERCE", "abduct", 50)
    evs = events("خطف مسلحون 20 شخصا وقتلوا 3 آخرين في هجوم على قرية في ولاية زمفارا.")
    assert sorted((e.type, e.killed) for e in evs) == [("ASSAULT", 3), ("COERCE", None)]


def test_a_later_toll_by_the_same_side_named_otherwise_folds_into_the_attack():
    text = ("رام الله - هاجم مستوطنون فجر اليوم الثلاثاء قرية المغير شمال شرق رام الله وأحرقوا منازل.\n"
            "وأفادت مصادر محلية بإصابة مواطنين اثنين برضوض جراء اعتداء المستوطنين.")
    (ev,) = events(text, "2025-09-02")
    assert (ev.location["name"], ev.wounded, ev.actors) == ("المغير", 2, ["مستوطنون"])
    # a later deed of the same side with no place of its own folds in, unless told as done also
    lead = "حلب - قتلت قوات المعارضة السورية اليوم 11 جنديا من قوات النظام في حي العامرية.\n"
    assert len(events(lead + "وقصفت قوات المعارضة تجمعا لجنود النظام بقذائف الهاون.", "2016-10-10")) == 1
    assert len(events(lead + "وقصفت قوات المعارضة أيضا تجمعا لجنود النظام بقذائف الهاون.", "2016-10-10")) == 2


def test_quotation_marks_inside_a_name_are_no_part_of_it():
    for text in ('سيطر مسلحو تنظيم "الدولة الإسلامية في العراق والشام" على مدينة الموصل.',
                 "سيطر مسلحو تنظيم «الدولة الإسلامية» على مدينة الموصل."):
        (ev,) = events(text)
        assert ev.actors == ["تنظيم الدولة الإسلامية"], text


def test_who_is_asked_after_min_is_the_target_and_a_verb_joined_after_ends_the_subjects_reach():
    evs = events("وأعلن رئيس الوزراء نوري المالكي حالة التأهب القصوى، وطلب من البرلمان إعلان حالة الطوارئ.")
    assert [(e.type, e.actors) for e in evs if e.type == "MOBILIZE"] == [("MOBILIZE", ["نوري المالكي"])]
    # strikes asked for are not made; who is asked, a country after 'من', is the request's target
    (ev,) = events("طلبت الحكومة العراقية من الولايات المتحدة شن غارات جوية على مواقع داعش.")
    assert (ev.type, ev.actors, ev.targets) == ("REQUEST", ["الحكومة العراقية"], ["الولايات المتحدة"])


def test_fighters_taken_prisoner_in_the_fighting_told_are_of_it_and_tripolis_districts_are_known():
    (ev,) = events("قالت قوات حكومة الوفاق الوطني إنها صدت هجوما لقوات المشير خليفة حفتر على منطقة عين زارة جنوب "
                   "العاصمة طرابلس، وأسرت العشرات من عناصرها.")
    assert (ev.type, ev.location["name_en"], ev.actors) == ("ASSAULT", "Ain Zara", ["قوات المشير خليفة حفتر"])
    # civilians taken are abducted, and counted
    evs = events("هاجم مسلحون قرية في ولاية زمفارا وأسروا 30 امرأة.")
    assert [(e.mode, e.captured) for e in evs if e.type == "COERCE"] == [("abduct", 30)]


def test_sites_of_another_states_forces_with_no_place_told_are_in_that_state():
    text = ("أنقرة - قتل 33 جنديا تركيا في غارة جوية نفذتها قوات النظام السوري في محافظة إدلب.\n"
            "وردت القوات التركية بقصف مواقع للنظام السوري.")
    first, second = events(text, "2020-02-27")
    assert (second.actors, second.location["country"], second.location.get("told", True)) == (
        ["القوات التركية"], "SY", True)
    # a place told stays
    (ev,) = events("بغداد - قصفت طائرات أمريكية مقرا لكتائب حزب الله في مدينة القائم.")
    assert ev.location["name_en"] == "Al-Qa'im"


def test_a_city_freed_by_the_government_with_the_time_the_fighting_took():
    (ev,) = events("الموصل - أعلن رئيس الوزراء العراقي حيدر العبادي من الموصل تحرير المدينة بالكامل من تنظيم داعش، "
                   "بعد نحو تسعة أشهر من المعارك.")
    # the city freed, not the months of fighting before; whom it was freed from is the target;
    # the official a government title names acts for the government
    assert (ev.type, ev.mode, ev.location["name_en"]) == ("ASSAULT", "occupy", "Mosul")
    assert (ev.actors, ev.targets, ev.acled_sub_type) == (["حيدر العبادي"], ["تنظيم داعش"],
                                                          "Government regains territory")


def test_a_risen_toll_keeps_its_kind_its_part_and_the_others_wounded_in_it():
    (ev,) = events("ارتفع عدد القتلى المدنيين جراء القصف المدفعي لقوات النظام على الغوطة الشرقية منذ مساء الأحد إلى "
                   "194 شخصا بينهم 57 طفلا، في حين أصيب أكثر من 800 آخرين.")
    assert (ev.killed, ev.wounded, ev.actors) == (194, 800, ["قوات النظام"])
    # a closing clause with a deed of its own is another event
    evs = events("قتل خمسة أشخاص في قصف على مدينة دوما، فيما قتل ثلاثة آخرون في انفجار عبوة ناسفة في مدينة حمص.")
    assert [(e.mode, e.killed) for e in evs] == [("artillery", 5), ("explosive", 3)]
    # 'الفصائل المعارضة' is one name
    (ev,) = events("سقطت قذائف صاروخية أطلقتها الفصائل المعارضة على أحياء في العاصمة دمشق ما أدى إلى مقتل مدني.")
    assert (ev.actors, ev.targets) == (["الفصائل المعارضة"], [])


def test_who_goes_on_speaking_goes_on_with_the_day_and_a_sniper_kills():
    text = ("حلب - قال مراسلنا إن اشتباكات عنيفة اندلعت اليوم في حي مساكن هنانو بين قوات المعارضة وقوات النظام.\n"
            "و أضاف: تمكنت قوات المعارضة أيضا من قنص عنصرين من جنود النظام في حي الصاخور.")
    first, second = events(text, "2016-10-10")
    assert (first.location["name_en"], first.date) == ("Masaken Hanano", "2016-10-10")
    assert (second.location["name_en"], second.date, second.killed) == ("Sakhour", "2016-10-10", 2)
    # a sentence that does not go on with the speech keeps no day
    text = ("حلب - قال مراسلنا إن اشتباكات عنيفة اندلعت اليوم في حي مساكن هنانو.\n"
            "وقصفت مروحيات النظام بالبراميل المتفجرة حي الصاخور.")
    assert [e.date for e in events(text, "2016-10-10")] == ["2016-10-10", None]


def test_an_offensive_begun_by_forces_backed_by_others_and_the_city_named_again():
    (ev,) = events("عدن - بدأت القوات اليمنية الموالية للحكومة بدعم من التحالف بقيادة السعودية والإمارات هجوما على "
                   "مدينة الحديدة الساحلية.")
    assert (ev.type, ev.location["name_en"], ev.actors) == ("ASSAULT", "Al Hudaydah", ["القوات اليمنية"])
    text = ("عدن - قصفت القوات الحكومية مواقع في مدينة الحديدة أمس.\n"
            "وقال سكان إن مقاتلات التحالف شنت غارات على مواقع الحوثيين جنوب المدينة اليوم.")
    assert [e.location["name_en"] for e in events(text)] == ["Al Hudaydah", "Al Hudaydah"]


def test_who_announces_its_responsibility_in_the_sentence_did_it_unless_it_did_not():
    (ev,) = events("قتل 13 جنديا أمريكيا في تفجيرين انتحاريين قرب مطار كابل، وأعلن تنظيم داعش مسؤوليته عنهما.")
    assert (ev.mode, ev.actors) == ("suicide", ["تنظيم داعش"])
    (ev,) = events("قتل 5 أشخاص في انفجار بمدينة كابل، ولم تعلن حركة طالبان مسؤوليتها عنه.")
    assert ev.actors == []


def test_a_deed_one_is_accused_of_with_dead_told_vaguely_is_reported_with_no_doer():
    evs = events("دمشق - اتهمت المعارضة السورية قوات النظام بشن هجوم بالأسلحة الكيميائية على الغوطة الشرقية فجر "
                 "الأربعاء، ما أدى إلى مقتل المئات.")
    assert sorted((e.type, e.mode) for e in evs) == [("ACCUSE", None), ("ASSAULT", "chemical")]
    assert [(e.actors, e.killed) for e in evs if e.type == "ASSAULT"] == [([], None)]
    # with no one hurt, the charge alone
    assert [e.type for e in events("اتهمت الحكومة المعارضة بشن هجمات على الجيش.")] == ["ACCUSE"]


def test_a_detail_too_thin_to_report_tells_how_the_attack_before_was_done():
    (ev,) = events("العريش - قتل 305 أشخاص على الأقل في هجوم استهدف مسجد الروضة في قرية الروضة شمال سيناء.\n"
                   "وفجر المهاجمون عبوة ناسفة ثم أطلقوا النار على المصلين.")
    assert (ev.mode, ev.acled_sub_type, ev.killed) == ("explosive", "Remote explosive/landmine/IED", 305)
    (ev,) = events("الخرطوم - قالت شبكة أطباء السودان إن قوات الدعم السريع قتلت 460 شخصا في مستشفى في مدينة الفاشر.\n"
                   "وأضافت الشبكة أن عناصر الدعم السريع اقتحموا المستشفى وأطلقوا النار على المرضى.")
    assert (ev.mode, ev.acled_type) == ("firearms", "Violence against civilians")


def test_who_tells_that_others_agreed_is_no_party_and_a_presidents_name_is_no_town():
    (ev,) = events("بيروت - أعلن الرئيس الأمريكي جو بايدن أن إسرائيل ولبنان وافقا على اتفاق لوقف إطلاق النار يدخل "
                   "حيز التنفيذ فجر الأربعاء.", "2024-11-26")
    # (not Ayden, North Carolina; not the Wednesday before, the day it takes effect)
    assert (ev.type, ev.actors, ev.location["country"], ev.date) == ("AGREE", ["إسرائيل", "لبنان"], "LB", None)
    # who tells of an agreement with no party named after 'أن' may be its party
    (ev,) = events("حلب - أكدت مصادر من المعارضة المسلحة أن اتفاقا تم التوصل إليه لخروج المدنيين من شرق حلب.")
    assert ev.actors[0] == "المعارضة المسلحة"


def test_a_name_after_a_title_ends_at_what_the_person_did_and_goes_on_past_a_compound_given_name():
    people = [x.text for x in find_entities(normalize(Article(
        id="t", text="أعلن الرئيس الروسي فلاديمير بوتين إطلاق عملية عسكرية. واستقبل الرئيس الجزائري عبد المجيد "
                     "تبون وزير الخارجية الإيطالي.", published="2022-02-24"))).entities if x.type == "person"]
    assert people == ["فلاديمير بوتين", "عبد المجيد تبون"]


def test_fighters_leaving_a_place_withdraw():
    (ev,) = events("دمشق - بدأت أولى دفعات مقاتلي فصيل فيلق الرحمن وعائلاتهم الخروج من بلدات عربين وزملكا في "
                   "الغوطة الشرقية باتجاه الشمال السوري.")
    assert (ev.type, ev.actors, ev.location["name"]) == ("RETREAT", ["فيلق الرحمن"], "عربين")
    assert events("يسعى البلد إلى الخروج من الأزمة الاقتصادية.") == []


def test_an_agreements_parties_after_between_and_its_terms_past_their_place():
    (ev,) = events("الدوحة - أعلن رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني التوصل إلى اتفاق لوقف إطلاق "
                   "النار في قطاع غزة وتبادل الأسرى بين حركة حماس وإسرائيل، على أن يبدأ تنفيذه يوم الأحد المقبل.")
    # the prisoner exchange is a term, not a concession made; the mediator is no party
    assert (ev.type, ev.actors, ev.location["name"], ev.date) == ("AGREE", ["حركة حماس", "إسرائيل"], "قطاع غزة", None)


def test_gazas_coastal_strip_and_districts_are_places():
    (ev,) = events("خان يونس - قتل 12 فلسطينيا في غارة إسرائيلية استهدفت خيام النازحين في منطقة المواصي غرب خان يونس.")
    assert (ev.location["name_en"], ev.location["country"]) == ("al-Mawasi", "PS")
    (ev,) = events("رفح - قتل 5 فلسطينيين في قصف إسرائيلي على منزل في حي تل السلطان غرب رفح.")
    assert ev.location["name_en"] == "Tal al-Sultan"


def test_the_group_gunmen_belong_to_acts_with_them_and_the_day_of_a_deed_answered_is_not_the_events():
    (ev,) = events("واغادوغو - قتل مئات المدنيين في هجوم شنه مسلحون من جماعة نصرة الإسلام والمسلمين على بلدة برسالوغو.")
    assert (ev.actors, ev.targets) == (["مسلحون", "جماعة نصرة الإسلام والمسلمين"], ["المدنيين"])
    (ev,) = events("كينشاسا - قتل مسلحون من جماعة القوات الديمقراطية المتحالفة 40 مدنيا في هجوم على قرية في إقليم إيتوري.")
    assert (ev.actors, ev.targets) == (["مسلحون", "القوات الديمقراطية المتحالفة"], [])
    (ev,) = events("طهران - شنت إسرائيل فجر السبت سلسلة غارات على مواقع عسكرية في إيران، قالت إنها ردا على الهجوم "
                   "الصاروخي الإيراني في الأول من أكتوبر.", "2024-10-26")
    assert ev.date == "2024-10-26"


def test_an_officer_and_ten_conscripts_are_eleven_and_a_border_clash_is_in_the_country_not_the_capital():
    (ev,) = events("قتل ضابط و10 مجندين من القوات المسلحة المصرية وأصيب خمسة آخرون في هجوم إرهابي غرب سيناء.")
    assert (ev.killed, ev.wounded) == (11, 5)
    (ev,) = events("عمّان - أعلن الجيش الأردني أنه قتل ثلاثة من المهربين خلال اشتباك مسلح على الحدود الشمالية للمملكة.")
    assert (ev.location["name_en"], ev.location["precision"], ev.location.get("told")) == ("Jordan", "country", False)
    # a border town named is the place
    (ev,) = events("بيروت - قصف الجيش الإسرائيلي بلدة كفرشوبا الحدودية.")
    assert ev.location["name"] == "كفرشوبا"


def test_the_datelines_country_is_no_doer_and_a_capital_named_with_a_clitic_is_written_without_it():
    (ev,) = events("الكويت - فجر انتحاري نفسه داخل مسجد في منطقة الصوابر بالعاصمة الكويتية خلال صلاة الجمعة، ما "
                   "أسفر عن مقتل 27 شخصا، وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.", "2015-06-26")
    assert (ev.actors, ev.location["name"], ev.location["name_en"]) == (
        ["تنظيم الدولة الإسلامية"], "العاصمة الكويتية", "Kuwait City")


def test_a_resort_names_its_town_and_tourists_shot_are_civilians():
    (ev,) = events("وفي تونس، قتل مسلح 38 سائحا في هجوم على فندق في منتجع سوسة.")
    assert (ev.location["name_en"], ev.acled_type, ev.killed) == ("Sousse", "Violence against civilians", 38)
    # a resort before a word that is no place names none
    assert [e.location for e in events("استضافوهم في منتجع بعيد هادئ وأطلقوا النار على موظفين.")
            if e.location and e.location.get("name") == "بعيد"] == []


def test_frontline_towns_of_northern_hama_and_idlib_are_places():
    (ev,) = events("دارت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور كفرنبودة، أسفرت عن مقتل 12 عنصرا.")
    assert (ev.location["name_en"], ev.location["admin1"]) == ("Kafr Nabudah", "Hamah")


def test_a_spokesman_acts_for_the_body_he_speaks_for():
    (ev,) = events("صنعاء - أعلن المتحدث العسكري باسم القوات المسلحة اليمنية العميد يحيى سريع تنفيذ عملية عسكرية "
                   "استهدفت مدينة يافا بطائرة مسيرة.")
    assert (ev.mode, ev.actors, ev.location["country"]) == ("drone", ["القوات المسلحة اليمنية"], "IL")


def test_the_dead_of_protests_are_the_protests_toll_and_force_told_after_makes_it_excessive():
    text = ("بغداد - ارتفع عدد قتلى الاحتجاجات المستمرة في العراق منذ الثلاثاء إلى 93 قتيلا، وأصيب نحو أربعة "
            "آلاف آخرين.\nوأطلقت قوات الأمن الرصاص الحي والغاز المسيل للدموع على المحتجين في ساحة التحرير.")
    protest = next(e for e in events(text, "2019-10-05") if e.type == "PROTEST")
    assert (protest.killed, protest.wounded, protest.location["country"]) == (93, 4000, "IQ")
    assert protest.acled_sub_type == "Excessive force against protesters"
    assert not [e for e in events(text, "2019-10-05") if e.type == "ASSAULT" and e.killed]


def test_a_news_agency_tells_of_a_deed_and_is_no_side():
    (ev,) = events("وقالت وكالة أنباء الجمهورية الإسلامية الإيرانية إن سيارة مفخخة فجرت حافلة مملوكة للحرس الثوري.")
    assert (ev.type, ev.mode, ev.actors) == ("ASSAULT", "explosive", [])
    (ev,) = events("قالت وكالة الأناضول إن مسلحين هاجموا نقطة تفتيش في مدينة العريش.")
    assert ev.actors == ["مسلحين"]


def test_a_governor_assassinated_is_one_dead_and_a_forces_own_aircraft_strike_from_the_air():
    evs = events("الجنينة - اغتيل والي غرب دارفور خميس أبكر بعد ساعات من اتهامه قوات الدعم السريع بارتكاب إبادة.")
    (ev,) = [e for e in evs if e.type == "ASSAULT"]
    assert (ev.killed, ev.location["admin1"]) == (1, "West Darfur")
    (ev,) = events("وأعلن الجيش أن طائراته قصفت مقار لقوات الدعم السريع في أم درمان.")
    assert ev.mode == "aerial"


def test_a_family_listed_after_one_victim_is_counted():
    (ev,) = events("قتل رجل وزوجته وأطفالهما الثلاثة في قصف على منزل في مدينة رفح.")
    assert ev.killed == 5
    (ev,) = events("استشهد شاب وزوجته في غارة على مدينة رفح.")
    assert ev.killed == 2


def test_the_leader_of_an_alliance_acts_with_it_and_places_listed_with_and_are_places():
    (ev,) = events("سيطرت فصائل المعارضة المسلحة بقيادة هيئة تحرير الشام على معظم أحياء مدينة حلب.")
    assert ev.actors == ["فصائل المعارضة المسلحة", "هيئة تحرير الشام"] and ev.targets == []
    # a country joined by و is not 'in Britain' ('وبريطانيا' has no ب clitic), so the places
    # struck tell the article's country; the second of a list is a place as the first is
    (ev,) = events("شنت الولايات المتحدة وبريطانيا غارات على مواقع للحوثيين في صعدة والحديدة.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Sa'dah", "YE")
    assert [p["name_en"] for p in places("قصفت الطائرات مواقع في صعدة والحديدة.")] == ["Sa'dah", "Al Hudaydah"]


def test_protesters_counted_after_a_verb_of_storming_riot():
    (ev,) = events("واقتحم آلاف المحتجين مقر إقامتها الرسمي في دكا ونهبوا محتوياته.")
    assert (ev.type, ev.mode, ev.actors, ev.targets) == ("PROTEST", "riot", ["المحتجين"], [])


def test_an_event_set_in_time_against_another_reports_neither():
    assert [e.type for e in events("أعلنت أذربيجان أنها توصلت إلى اتفاق مع الانفصاليين في إقليم ناغورني قره "
                                   "باغ، بعد يوم من إطلاقها عملية عسكرية.")] == ["AGREE"]
    assert events("وقال الحلف إن الانفجار جاء بعد يوم من مقتل 16 شخصا بينهم 14 طفلا في هجوم انتحاري أمام "
                  "مبنى حكومي في إقليم خوست.") == []
    assert events("ويأتي الهجوم بعد أيام من تفجير استهدف سوقا في بغداد.") == []
    assert events("فككت الشرطة عصابة اختطاف في بغداد.") == []
    (ev,) = events("اختطفت عصابات مسلحة ثلاثة أطباء في بغداد.")
    assert (ev.mode, ev.actors, ev.captured) == ("abduct", ["عصابات مسلحة"], 3)


def test_the_dead_told_back_to_protests_are_their_toll():
    (ev,) = events("اندلعت احتجاجات في أنتاناناريفو بسبب انقطاع المياه، وقتل فيها 22 شخصا على الأقل.")
    assert (ev.type, ev.killed, ev.acled_sub_type) == ("PROTEST", 22, "Excessive force against protesters")


def test_port_au_prince_and_stepanakert_in_their_other_spellings():
    assert [p["name_en"] for p in places("وقعت اشتباكات في بورت أو برنس وفي ستيباناكيرت.")] == [
        "Port-au-Prince", "Khankendi (Stepanakert)"]


def test_a_counted_sanction_in_the_singular_is_placed_where_it_is_laid_not_in_the_war_it_marks():
    (ev,) = events("واشنطن - فرضت الولايات المتحدة أكثر من 500 عقوبة جديدة على روسيا بمناسبة الذكرى الثانية "
                   "للحرب في أوكرانيا.")
    assert (ev.type, ev.actors, ev.targets, ev.location["name_en"]) == (
        "SANCTION", ["الولايات المتحدة"], ["روسيا"], "Washington, D.C.")
    assert events("فرضت المحكمة عقوبة السجن على المتهم.") == []


def test_an_aircraft_crash_is_no_attack_but_shattered_glass_leaves_the_blast_one():
    assert events("أعلن التلفزيون الرسمي الإيراني مقتل الرئيس إبراهيم رئيسي ووزير الخارجية وعدد من المسؤولين "
                  "في تحطم مروحية كانت تقلهم في منطقة جبلية بمحافظة أذربيجان الشرقية.") == []
    (ev,) = events("وأدت العملية إلى مقتل 17 شخصا وجرح أكثر من 14 آخرين، إذ أصيب كثير من السكان في منازلهم "
                   "جراء تحطم زجاج النوافذ.")
    assert (ev.killed, ev.wounded) == (17, 14)


def test_the_toll_and_place_of_an_event_named_as_a_reference_are_not_the_events_own():
    (ev,) = events("إسلام آباد - وقالت الهند إنها استهدفت بنية تحتية إرهابية ردا على هجوم باهالغام الذي قتل فيه "
                   "26 سائحا.")
    assert (ev.actors, ev.killed) == (["الهند"], None)
    (ev,) = events("أعلن الجيش الإسرائيلي بدء عملية برية ضد أهداف لحزب الله في جنوب لبنان، بعد أيام من اغتيال "
                   "الأمين العام للحزب حسن نصر الله في غارة على الضاحية الجنوبية لبيروت.")
    assert (ev.mode, ev.actors, ev.location["country"], ev.location["admin1"]) == (
        "firearms", ["الجيش الإسرائيلي"], "LB", None)


def test_a_city_after_in_is_a_place_in_a_text_that_tells_no_country():
    (ev,) = events("قتل ضابط وجندي في هجوم على حاجز في درعا.")
    assert (ev.killed, ev.location["name_en"]) == (2, "Dar'a")


def test_victims_named_after_the_deed_and_joined_by_and_are_each_counted():
    (ev,) = events("قتلت غارة إسرائيلية رئيس أركان القوات المسلحة محمد باقري وقائد الحرس الثوري حسين سلامي.")
    assert (ev.actors, ev.killed) == (["إسرائيل"], 2)
    (ev,) = events("قتل جندي وأصيب آخر في هجوم على حاجز في درعا.")
    assert (ev.killed, ev.wounded) == (1, 1)
    (ev,) = events("بعد تأخير استمر نحو ثلاث ساعات، قتلت خلالها الغارات الإسرائيلية 13 فلسطينيا على الأقل في "
                   "أنحاء القطاع.", "2025-01-19")
    assert ev.killed == 13


def test_southern_towns_are_no_place_and_an_order_to_leave_homes_is_no_retreat():
    evs = events("بيروت - وطالب الجيش سكان نحو 30 بلدة جنوبية بإخلاء منازلهم فورا.")
    assert [(e.type, e.location["name_en"]) for e in evs] == [("REQUEST", "Beirut")]
    (ev,) = events("بدأت قوات الدعم السريع إخلاء مواقعها في ود مدني.")
    assert ev.type == "RETREAT"


def test_a_toll_in_a_place_inside_the_country_struck_is_that_attacks_toll():
    (ev,) = events("القدس - أطلقت إيران ليل السبت الأحد أكثر من 300 طائرة مسيرة وصاروخ باتجاه إسرائيل. وأصيبت "
                   "طفلة بجروح خطيرة في النقب.", "2024-04-14")
    assert (ev.actors, ev.wounded, ev.location["country"]) == (["إيران"], 1, "IL")


def test_the_supreme_leader_threatens():
    (ev,) = events("طهران - وتوعد المرشد الأعلى علي خامنئي إسرائيل بعقاب شديد.")
    assert (ev.type, ev.actors, ev.targets) == ("THREATEN", ["المرشد الأعلى"], ["إسرائيل"])


def test_the_sides_toll_and_place_of_an_answered_event_end_with_its_clause():
    (ev,) = events("طهران - شنت طائرات إسرائيلية فجر السبت ضربات على مواقع عسكرية في محافظات طهران وخوزستان "
                   "وإيلام، ردا على الهجوم الصاروخي الإيراني على إسرائيل مطلع الشهر الجاري، وقال الجيش "
                   "الإيراني إن أربعة من جنوده قتلوا.", "2024-10-26")
    assert (ev.targets, ev.killed, ev.location["name_en"]) == ([], 4, "Tehran")


def test_a_verb_joined_by_and_shares_the_main_subject_not_a_relative_clauses_doers():
    evs = events("كويتا - قالت السلطات الباكستانية إن قوات الأمن أنهت عملية لتحرير ركاب قطار جعفر إكسبريس "
                 "الذي خطفه مسلحون من جيش تحرير بلوشستان في إقليم بلوشستان أمس الثلاثاء، وقتلت 33 مسلحا.",
                 "2025-03-12")
    assert [(e.killed, e.actors) for e in evs if e.type == "ASSAULT"] == [(33, ["قوات الأمن"])]
    # a subject and its object before a verb joined by و: the subject's; what one is held
    # responsible for follows 'عن' or the construct, not a new verb
    evs = events("وحمل حزب الله إسرائيل المسؤولية وتوعد بالرد.")
    assert [(e.type, e.actors) for e in evs] == [("ACCUSE", ["حزب الله"]), ("THREATEN", ["حزب الله"])]


def test_laying_down_arms_is_a_retreat_that_changes_the_group():
    (ev,) = events("إسطنبول - أعلن حزب العمال الكردستاني حل نفسه وإلقاء السلاح، منهيا تمردا مسلحا ضد الدولة التركية.")
    assert (ev.type, ev.mode, ev.acled_sub_type, ev.actors) == (
        "RETREAT", "disarm", "Change to group/activity", ["حزب العمال الكردستاني"])
    # ('القوات' is no form of 'ألقوا')
    assert "RETREAT" not in types("اندلعت مواجهات بين القوات الدولية والمتظاهرين الذين لجأوا للسلاح.")


def test_a_crowd_is_no_mobilizing_and_villages_are_no_saudi_place():
    (ev,) = events("كرمان - قتل 95 شخصا على الأقل وأصيب أكثر من 200 في انفجارين استهدفا حشدا في ذكرى مقتل قاسم "
                   "سليماني قرب مقبرته في مدينة كرمان.")
    assert (ev.type, ev.killed) == ("ASSAULT", 95)
    assert types("حشد الجيش الروسي قواته على الحدود الأوكرانية.") == {"MOBILIZE"}
    assert places("استعاد الجيش السيطرة على عدد من القرى.") == []


def test_egyptian_seizing_of_people_is_an_arrest_by_the_agencies_not_their_ministry():
    (ev,) = events("القاهرة - ضبطت الأجهزة الأمنية بوزارة الداخلية المصرية عنصرين إرهابيين بحوزتهما أسلحة نارية "
                   "خلال مداهمة وكر لهما بمحافظة شمال سيناء.")
    assert (ev.type, ev.mode, ev.actors, ev.targets) == ("COERCE", "arrest", ["الأجهزة الأمنية"], [])
    assert events("ضبطت الشرطة كمية من المخدرات في الإسكندرية.") == []


def test_an_attack_told_as_the_cause_of_damage_is_reported():
    (ev,) = events("اندلع حريق في خزانين لشركة أرامكو في جدة إثر هجوم صاروخي حوثي مساء الجمعة.", "2022-03-26")
    assert (ev.mode, ev.actors, ev.location["name_en"], ev.date) == ("artillery", ["الحوثيون"], "Jeddah",
                                                                     "2022-03-25")
    assert events("اندلع حريق في مستودع في جدة إثر ماس كهربائي.") == []


def test_freeing_one_held_by_others_is_a_rescue_not_a_concession():
    assert "CONCEDE" not in types("الموصل - أطلقت خلية الصقور الاستخبارية سراح مختطف كان محتجزا لدى عصابة في "
                                  "قضاء الحمدانية.")
    assert "CONCEDE" in types("أفرجت حماس عن ثلاث رهائن كن محتجزات لديها في غزة.")


def test_leaders_named_by_surname_act_and_end_a_full_name_after_a_title():
    (ev,) = events("وحذر ترامب إيران من أن أي رد سيقابل بقوة أكبر.")
    assert (ev.type, ev.actors, ev.targets) == ("THREATEN", ["ترامب"], ["إيران"])
    ann = find_entities(normalize(Article(id="t", text="وقال الرئيس المصري عبد الفتاح السيسي إن مصر ترفض "
                                          "التهجير. واتصل فلاديمير بوتين بأردوغان.", published="2020-03-01")))
    assert [e.text for e in ann.entities if e.type == "person"] == ["عبد الفتاح السيسي"]
    assert [e.text for e in ann.entities if e.type == "location"] == ["مصر"]  # (no Vladimir, Russia)


def test_countries_joined_by_and_act_together():
    (ev,) = events("ونددت سوريا وروسيا بالهجوم.")
    assert (ev.type, ev.actors, ev.targets) == ("ACCUSE", ["سوريا", "روسيا"], [])
    (ev,) = events("وطالبت فرنسا وألمانيا بوقف العملية العسكرية في رفح.")
    assert ev.actors == ["فرنسا", "ألمانيا"]


def test_bombs_dropped_by_aircraft_are_an_air_strike_and_tear_gas_is_none():
    (ev,) = events("وقال إن قاذفات بي-2 ألقت حمولة كاملة من القنابل على موقع فوردو.")
    assert (ev.mode, ev.location["name_en"]) == ("aerial", "Fordow")
    (ev,) = events("ألقى مجهولون قنبلة يدوية على منزل في البصرة.")
    assert (ev.mode, ev.actors) == ("explosive", ["مجهولون"])
    assert events("ألقت الشرطة القنابل المسيلة للدموع على المتظاهرين في بغداد.") == []
    # the bare aircraft a doer used is no second doer
    (ev,) = events("واشنطن - أعلن الرئيس الأمريكي دونالد ترامب أن الولايات المتحدة نفذت ضربات على منشآت نووية "
                   "إيرانية في فوردو. وقال إن قاذفات بي-2 ألقت حمولة كاملة من القنابل على موقع فوردو.")
    assert (ev.mode, ev.actors) == ("aerial", ["الولايات المتحدة"])


def test_a_prisoners_hunger_strike_is_a_protest():
    (ev,) = events("القدس - دخل الأسير الفلسطيني خضر عدنان يومه الـ75 من الإضراب عن الطعام في سجون الاحتلال، "
                   "احتجاجا على اعتقاله الإداري.")
    assert (ev.type, ev.mode) == ("PROTEST", "hunger_strike")


def test_a_march_of_its_kind_is_a_protest_even_after_the_anniversary_of_a_blast():
    evs = events("بيروت - أحيا اللبنانيون الذكرى الأولى لانفجار المرفأ، بمسيرة صامتة انطلقت من أمام مقر فوج "
                 "الإطفاء باتجاه المرفأ.")
    assert [(e.type, e.mode) for e in evs] == [("PROTEST", "demonstration")]


def test_the_given_name_ali_after_a_title_is_no_preposition():
    (ev,) = events("اعتقلت الشرطة التركية نحو 1900 شخص، بحسب وزير الداخلية علي يرلي كايا.")
    assert (ev.actors, ev.targets, ev.captured) == (["الشرطة التركية"], [], 1900)
    ann = find_entities(normalize(Article(id="t", text="وقال وزير الخارجية على هامش القمة إن بلاده ترفض ذلك.",
                                          published="2020-03-01")))
    assert [e.text for e in ann.entities if e.type == "person"] == []


def test_a_drone_that_struck_is_its_doer_and_civilians_among_the_dead_no_side():
    (ev,) = events("قالت مصادر إن طائرة مسيرة استهدفت سيارة في بلدة سرمين.")
    assert (ev.mode, ev.actors, ev.targets) == ("drone", ["طائرة مسيرة"], [])
    (ev,) = events("سقط 15 قتيلا و40 جريحا بين المدنيين في قصف على إدلب.")
    assert (ev.actors, ev.targets, ev.killed, ev.wounded) == ([], ["المدنيين"], 15, 40)


def test_clashes_between_protesters_and_police_are_a_riot():
    (ev,) = events("اندلعت اشتباكات بين المتظاهرين وقوات الأمن في بغداد.")
    assert (ev.type, ev.mode, ev.actors) == ("PROTEST", "riot", ["المتظاهرين"])
    (ev,) = events("اندلعت اشتباكات بين الجيش والمسلحين في بغداد.")
    assert (ev.type, ev.actors, ev.targets) == ("ASSAULT", ["الجيش"], ["المسلحين"])


def test_a_victims_kin_named_with_them_are_counted():
    assert events("أسفر القصف على رفح عن مقتل امرأة وطفليها.")[0].killed == 3
    assert events("قتل رجل وابنه في غارة على رفح.")[0].killed == 2


def test_aid_named_by_where_it_waits_is_no_aid_and_a_warrant_is_no_arrest():
    evs = events("غزة - قتل 104 فلسطينيين عندما فتحت القوات الإسرائيلية النار على حشود كانت تنتظر شاحنات "
                 "المساعدات عند دوار النابلسي غرب مدينة غزة.")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert events("لاهاي - أصدرت المحكمة الجنائية الدولية مذكرتي اعتقال بحق رئيس الوزراء الإسرائيلي بنيامين "
                  "نتنياهو ووزير دفاعه السابق.") == []


def test_a_leader_killed_in_sayyida_zaynab_counts_one_there():
    (ev,) = events("دمشق - قتل القيادي في الحرس الثوري الإيراني رضي موسوي في غارة إسرائيلية استهدفت منزله في "
                   "منطقة السيدة زينب جنوب دمشق.")
    assert (ev.killed, ev.location["name_en"], ev.location["admin1"]) == (1, "Sayyida Zaynab", "Rif-dimashq")


def test_discussing_is_no_urging_and_a_veto_is_a_rejection():
    evs = events("جدة - استضافت المملكة العربية السعودية محادثات بين وفدين أمريكي وأوكراني في جدة اليوم الاثنين، "
                 "بحثت سبل التوصل إلى وقف لإطلاق النار مع روسيا.")
    assert "REQUEST" not in {e.type for e in evs}
    (ev,) = events("نيويورك - استخدمت الولايات المتحدة حق النقض (الفيتو) ضد مشروع قرار في مجلس الأمن الدولي.")
    assert (ev.type, ev.actors) == ("REJECT", ["الولايات المتحدة"])
    assert types("هددت روسيا باستخدام الفيتو ضد أي قرار.") == {"THREATEN"}


def test_an_ambassador_recalled_from_a_country_targets_it_and_fatah_in_the_dual_is_fatah():
    (ev,) = events("عمان - استدعت الأردن سفيرها من إسرائيل احتجاجا على الحرب في غزة.")
    assert (ev.type, ev.actors, ev.targets) == ("SANCTION", ["الأردن"], ["إسرائيل"])
    (ev,) = events("وقعت حركتا فتح وحماس في بكين إعلان بكين لإنهاء الانقسام.")
    assert (ev.type, ev.actors) == ("AGREE", ["حركتا فتح", "حماس"])


def test_talks_between_delegations_named_by_nationality_are_theirs_not_the_hosts():
    (ev,) = events("جدة - استضافت المملكة العربية السعودية محادثات بين وفدين أمريكي وأوكراني في جدة اليوم الاثنين.")
    assert (ev.type, ev.actors) == ("CONSULT", ["الولايات المتحدة", "أوكرانيا"])


def test_ground_taken_in_a_battle_is_the_battles_kind():
    (ev,) = events("غوما - سيطر متمردو حركة 23 مارس المدعومون من رواندا على مطار مدينة غوما شرق جمهورية الكونغو "
                   "الديمقراطية، بعد معارك عنيفة مع الجيش الكونغولي أسفرت عن مقتل 17 شخصا على الأقل.")
    assert (ev.mode, ev.acled_sub_type, ev.actors[0], ev.killed) == (
        "occupy", "Non-state actor overtakes territory", "حركة 23 مارس", 17)


def test_counted_ground_taken_a_toll_of_two_sides_and_its_telling_after_the_battle():
    text = ("حلب - قال المرصد السوري إن هيئة تحرير الشام شنت هجوما واسعا على مواقع قوات النظام في ريف حلب "
            "الغربي فجر الأربعاء، وسيطرت على 12 قرية وبلدة. وأضاف أن 37 عنصرا من قوات النظام و44 من الفصائل "
            "قتلوا في المعارك.")
    (ev,) = events(text, "2024-11-28")
    assert (ev.mode, ev.killed, ev.date) == ("occupy", 81, "2024-11-27")
    (ev,) = events("أصيب 20 شخصا بينهم 3 نساء و4 أطفال في قصف على إدلب.")
    assert ev.wounded == 20


def test_an_event_rated_against_others_is_one_told_before():
    assert events("ويعد أحدث هجوم انتحاري تم تنفيذه داخل منزل الوزير في بيشاور تطورا خطيرا.") == []
    (ev,) = events("قتل 20 شخصا في هجوم انتحاري في بيشاور، ويعد الهجوم الأعنف منذ بداية العام.")
    assert (ev.mode, ev.killed) == ("suicide", 20)


def test_troops_spreading_into_a_town_mobilize_and_an_order_to_leave_quarters_is_no_retreat():
    evs = events("بيروت - انسحب الجيش الإسرائيلي من بلدات في القطاع الغربي من جنوب لبنان، فيما انتشر الجيش "
                 "اللبناني في بلدة الناقورة.")
    assert [(e.type, e.actors) for e in evs] == [("RETREAT", ["الجيش الإسرائيلي"]), ("MOBILIZE", ["الجيش اللبناني"])]
    assert events("انتشر الوباء في المدينة.") == []
    assert "RETREAT" not in types("القدس - أمر الجيش الإسرائيلي نحو 100 ألف فلسطيني بإخلاء أحياء شرقي رفح.")


def test_a_verb_in_the_imperfect_ends_a_name_after_a_title():
    ann = find_entities(normalize(Article(id="t", text="قال مصدر إن وزير الدفاع الإسرائيلي إيهود باراك يدرس إمكان "
                                          "ذلك.", published="2020-03-01")))
    assert [e.text for e in ann.entities if e.type == "person"] == ["إيهود باراك"]


def test_self_immolation_is_a_protest():
    (ev,) = events("أضرم بائع متجول النار في نفسه أمام مقر الولاية في سيدي بوزيد.")
    assert (ev.type, ev.location["name_en"]) == ("PROTEST", "Sidi Bouzid")
    assert types("أحرق شاب تونسي نفسه احتجاجا على الظلم في سيدي بوزيد.") == {"PROTEST"}


def test_a_killing_in_a_family_quarrel_and_a_fires_evacuation_are_no_conflict_events():
    assert "ASSAULT" not in types("عمان - قتل شاب طعنا على يد شقيقه إثر خلاف عائلي في منطقة الهاشمي الشمالي.")
    assert events("لوس أنجلوس - أتت حرائق الغابات على أكثر من 10 آلاف منزل ومبنى في لوس أنجلوس، وقتل 10 "
                  "أشخاص على الأقل، وأمرت السلطات بإجلاء 180 ألف شخص.") == []


def test_partisan_names_of_sides_and_a_target_town_abroad():
    (ev,) = events("أطلقت المقاومة الإسلامية في العراق طائرة مسيرة على هدف في إيلات.")
    assert (ev.mode, ev.actors, ev.location["name_en"], ev.location["country"]) == (
        "drone", ["المقاومة الإسلامية في العراق"], "Eilat", "IL")
    (ev,) = events("استشهد مواطنان بنيران مرتزقة العدوان في مديرية مقبنة بمحافظة تعز.")
    assert (ev.actors, ev.killed) == (["مرتزقة العدوان"], 2)


def test_also_before_new_dead_begins_a_clause_of_its_own():
    evs = events("وثق المرصد السوري مقتل 5 مدنيين في قصف مدفعي لقوات النظام على بلدة سرمين بريف إدلب، كما قتل 3 "
                 "عناصر من هيئة تحرير الشام في اشتباكات مع قوات النظام على محور كبانة بريف اللاذقية.")
    assert [(e.mode, e.killed, e.location["admin1"]) for e in evs] == [("artillery", 5, "Idlib"),
                                                                      ("firearms", 3, "Latakia")]
    (ev,) = events("قتل 5 جنود في هجوم على حاجز في درعا، كما أصيب 3 آخرون.")
    assert (ev.killed, ev.wounded) == (5, 3)


def test_idlib_towns_often_struck_are_known():
    (ev,) = events("إدلب - قتل 18 مدنيا على الأقل بغارات روسية على سوق شعبي في سرمين اليوم الأحد.", "2024-03-10")
    assert (ev.location["name_en"], ev.location["admin1"], ev.killed) == ("Sarmin", "Idlib", 18)
    assert [p["name_en"] for p in places("قصفت الطائرات بلدات كفرتخاريم ودركوش وأرمناز.")][:1] == ["Kafr Takharim"]
    assert places("تجمع المحازبون عند بوابة فاطمة.") == []  # (not ف + Atimah)


def test_who_rejects_a_pact_is_no_party_and_calling_it_a_threat_threatens_nothing():
    evs = events("نيروبي - أعلنت قوات الدعم السريع وحلفاؤها توقيع ميثاق لتشكيل حكومة موازية في المناطق الخاضعة "
                 "لسيطرتها، في خطوة رفضتها الحكومة السودانية ووصفتها بأنها تهديد لوحدة البلاد.")
    assert [(e.type, e.actors) for e in evs] == [("AGREE", ["قوات الدعم السريع"]), ("REJECT", ["الحكومة السودانية"])]


def test_the_body_whose_head_is_named_without_a_name_acts():
    (ev,) = events("دعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في السودان.")
    assert (ev.type, ev.actors) == ("REQUEST", ["الأمم المتحدة"])
    (ev,) = events("قتل قائد للجيش في هجوم على حاجز في درعا.")
    assert ev.actors == []


def test_what_may_be_done_is_no_deed_done():
    assert events("قد تشن إسرائيل هجوما على رفح خلال أيام.") == []
    (ev,) = events("وكانت إسرائيل قد شنت هجوما على رفح.")
    assert (ev.type, ev.intent) == ("ASSAULT", False)
    (ev,) = events("وكانت المصادر قد تحدثت عن مفاوضات مع روسيا في أنقرة.")
    assert (ev.type, ev.intent) == ("CONSULT", False)


def test_a_protest_counted_into_its_days_is_going_on():
    (ev,) = events("دخل اعتصام الأطباء المقيمين أمام وزارة الصحة في الجزائر يومه العاشر.")
    assert (ev.type, ev.location["country"]) == ("PROTEST", "DZ")


def test_an_arrest_carries_no_dead_of_another_deed():
    (ev,) = events("عمان - قتل شاب طعنا على يد شقيقه إثر خلاف عائلي، وألقت الأجهزة الأمنية القبض على الجاني.")
    assert (ev.type, ev.mode, ev.killed) == ("COERCE", "arrest", None)
    evs = events("قتل جنديان في اشتباكات مع مسلحين في درعا، واعتقلت قوات الأمن خمسة من المهاجمين.")
    assert sorted((e.type, e.killed, e.captured) for e in evs) == [("ASSAULT", 2, None), ("COERCE", None, 5)]


def test_the_two_parts_of_kashmir_are_named_by_their_country():
    assert [(p["name_en"], p["country"]) for p in places("قصفت الهند مواقع في الشطر الباكستاني من كشمير.")][-1:] == [
        ("Azad Kashmir", "PK")]
    assert [(p["name_en"], p["country"]) for p in places("فتح مسلحون النار في الشطر الهندي من كشمير.")] == [
        ("Jammu and Kashmir", "IN")]


def test_joint_exercises_field_hospitals_and_who_meets_a_minister():
    (ev,) = events("أجرت القوات المصرية والسعودية مناورات عسكرية مشتركة في البحر الأحمر.")
    assert (ev.type, ev.actors) == ("COOPERATE", ["القوات المصرية", "السعودية"])
    (ev,) = events("أرسلت الإمارات مستشفى ميدانيا إلى غزة.")
    assert (ev.type, ev.actors) == ("AID", ["الإمارات"])
    assert types("قصفت الطائرات مستشفى ميدانيا في رفح.") == {"ASSAULT"}
    (ev,) = events("استقبل الرئيس التونسي قيس سعيد وزير الخارجية الإيطالي في قصر قرطاج.")
    assert (ev.actors, ev.targets[0]) == (["قيس سعيد"], "وزير الخارجية الإيطالي")


def test_kamikaze_drones_are_drones_and_zamzam_camp_is_its_own_place():
    (ev,) = events("بورتسودان - استهدفت مسيرات انتحارية أطلقتها قوات الدعم السريع مستودعات وقود في ميناء بورتسودان "
                   "فجر الأحد.", "2025-05-04")
    assert (ev.mode, ev.acled_sub_type, ev.actors) == ("drone", "Air/drone strike", ["قوات الدعم السريع"])
    (ev,) = events("الفاشر - اقتحمت قوات الدعم السريع معسكر زمزم للنازحين جنوب مدينة الفاشر، وقتلت أكثر من 100 شخص.")
    assert (ev.location["name_en"], ev.location["admin1"], ev.killed) == ("Zamzam camp", "North Darfur", 100)


def test_drones_that_are_made_are_no_attack_and_a_concept_after_bi_is_no_actor():
    (ev,) = events("أعلنت دائرة المخابرات العامة الأردنية إحباط مخططات تهدف إلى المساس بالأمن الوطني، واعتقال 16 "
                   "شخصا متورطين في تصنيع صواريخ وطائرات مسيرة.")
    assert (ev.type, ev.captured, ev.actors) == ("COERCE", 16, [])
    (ev,) = events("استهدفت طائرات مسيرة أطلقتها قوات الدعم السريع مستودعات للوقود في ميناء بورتسودان.")
    assert (ev.mode, ev.actors, ev.targets) == ("drone", ["قوات الدعم السريع"], [])


def test_the_people_an_office_serves_are_no_actor():
    ann = find_entities(normalize(Article(id="t", text="قتل وزير اللاجئين في حكومة طالبان خليل الرحمن حقاني في تفجير "
                                          "انتحاري، وقالت وكالة غوث وتشغيل اللاجئين إن ...", published="2024-12-12")))
    assert [e.text for e in ann.entities if e.type == "organization"] == ["طالبان"]


def test_nationalities_joined_by_wa_name_each_actor():
    (ev,) = events("قتل 10 مدنيين في غارات روسية وسورية على ريف إدلب.")
    assert ev.actors == ["روسيا", "سوريا"]
    (ev,) = events("شنت طائرات حربية أمريكية وبريطانية عشرات الغارات على مواقع لجماعة الحوثي في الحديدة.")
    assert (ev.actors, ev.targets) == (["طائرات حربية أمريكية", "المملكة المتحدة"], ["جماعة الحوثي"])


def test_a_ship_hit_is_no_retreat_of_its_crew_and_its_flag_is_no_actor():
    (ev,) = events("قالت هيئة عمليات التجارة البحرية البريطانية إن سفينة الشحن روبيمار التي ترفع علم بليز تعرضت لهجوم "
                   "بصاروخين في خليج عدن، ما أجبر طاقمها على إخلائها.")
    assert (ev.type, ev.actors) == ("ASSAULT", [])


def test_a_pardon_concedes():
    (ev,) = events("أصدر الرئيس المصري عبد الفتاح السيسي قرارا بالعفو عن الناشط علاء عبد الفتاح.")
    assert (ev.type, ev.actors) == ("CONCEDE", ["عبد الفتاح السيسي"])
    (ev,) = events("أصدر الرئيس الجزائري عفوا رئاسيا عن 30 معتقلا.")
    assert ev.type == "CONCEDE"
    assert [e.type for e in events("طالبت المعارضة بإصدار عفو عام عن المعتقلين السياسيين.")] == ["REQUEST"]


def test_armed_forces_entering_a_town_take_it():
    (ev,) = events("دخلت قوات الجيش السوداني مدينة ود مدني عاصمة ولاية الجزيرة.")
    assert (ev.mode, ev.acled_sub_type, ev.actors, ev.location["name_en"]) == (
        "occupy", "Government regains territory", ["الجيش السوداني"], "Wad Medani")
    (ev,) = events("أعلنت فصائل المعارضة السورية المسلحة بقيادة هيئة تحرير الشام دخول مدينة حماة، بعد انسحاب قوات "
                   "النظام منها إثر معارك عنيفة.")
    assert (ev.mode, ev.actors) == ("occupy", ["فصائل المعارضة السورية", "هيئة تحرير الشام"])
    # aid and a visit take no ground; a town left by the other side, or not defended, changes
    # hands with no battle
    assert [e.type for e in events("منعت القوات الإسرائيلية دخول شاحنات المساعدات إلى مدينة رفح.")] == []
    assert [e.type for e in events("دخل الرئيس السوري مدينة حلب في زيارة.")] == ["CONSULT"]
    (ev,) = events("دخل مقاتلو حركة إم 23 المدعومة من رواندا وسط مدينة بوكافو، ثاني أكبر مدن شرق الكونغو "
                   "الديمقراطية، دون مقاومة تذكر بعد انسحاب القوات الحكومية.")
    assert (ev.mode, ev.acled_type, ev.acled_sub_type, ev.actors, ev.location["name_en"]) == (
        "occupy", "Strategic developments", "Non-violent transfer of territory", ["حركة إم 23"], "Bukavu")


def test_an_exchange_is_between_its_sides_and_a_subject_of_two_acts_together():
    (ev,) = events("أعلنت اللجنة الدولية للصليب الأحمر انتهاء عملية تبادل نحو 900 أسير بين الحكومة اليمنية وجماعة "
                   "الحوثي.")
    assert (ev.type, ev.actors) == ("CONCEDE", ["الحكومة اليمنية", "جماعة الحوثي"])
    (ev,) = events("أجرت روسيا والولايات المتحدة عملية تبادل للسجناء في أبوظبي.")
    assert (ev.type, ev.actors) == ("CONCEDE", ["روسيا", "الولايات المتحدة"])


def test_an_embassy_names_the_country_expelled_and_its_adjective_is_no_town():
    (ev,) = events("قررت الجزائر طرد 12 موظفا في السفارة الفرنسية ومنحتهم 48 ساعة لمغادرة البلاد.")
    assert (ev.type, ev.actors, ev.targets) == ("SANCTION", ["الجزائر"], ["فرنسا"])
    assert [p["name_en"] for p in places("اقتحم محتجون السفارة السويدية في بغداد.")] == ["Baghdad"]
    assert [p["name_en"] for p in places("سقط صاروخ على ملعب في بلدة مجدل شمس بهضبة الجولان.")] == [
        "Majdal Shams", "Golan Heights"]


def test_a_crowd_clashing_with_the_police_riots_and_the_toll_after_it_is_the_riots():
    (ev,) = events("اشتبك آلاف من أنصار رئيس الوزراء الباكستاني السابق عمران خان مع قوات الأمن في العاصمة إسلام آباد، "
                   "ما أسفر عن مقتل أربعة من أفراد الأمن، فيما أطلقت الشرطة الغاز المسيل للدموع لتفريق المحتجين.")
    assert (ev.type, ev.mode, ev.killed) == ("PROTEST", "riot", 4)
    (ev,) = events("اندلعت مواجهات بين المحتجين وقوات الأمن في بغداد، ما أسفر عن مقتل أربعة من أفراد الأمن.")
    assert (ev.type, ev.mode, ev.killed) == ("PROTEST", "riot", 4)


def test_protests_that_spread_are_held_and_the_blast_an_investigator_looks_into_is_no_mode():
    (ev,) = events("امتدت الاحتجاجات على وفاة الشابة مهسا أميني أثناء احتجازها لدى شرطة الأخلاق إلى 15 مدينة إيرانية "
                   "على الأقل، وقتل فيها سبعة أشخاص بحسب منظمات حقوقية.")
    assert (ev.type, ev.killed, ev.location["country"]) == ("PROTEST", 7, "IR")
    shot = next(e for e in events("قتل ستة أشخاص وأصيب 32 آخرون بإطلاق نار من قناصة خلال تظاهرة لأنصار حزب الله "
                                  "وحركة أمل في منطقة الطيونة ببيروت، كانت تطالب بتنحية المحقق العدلي في انفجار "
                                  "المرفأ طارق البيطار.") if e.type == "ASSAULT")
    assert (shot.mode, shot.killed, shot.wounded) == ("firearms", 6, 32)


def test_capitals_in_their_other_spellings():
    assert [p["name_en"] for p in places("اعتقلت السلطات 700 شخص في كراكاس وجاكرتا ومكسيكو سيتي.")] == [
        "Caracas", "Jakarta", "Mexico City"]


def test_the_occupation_acts_and_counted_attackers_after_their_verb_attack():
    (ev,) = events("غزة - ارتقى 40 شهيدا وأصيب أكثر من 60 آخرين في مجزرة جديدة ارتكبها الاحتلال بقصف خيام النازحين في "
                   "منطقة المواصي غرب خان يونس فجر الثلاثاء.", "2024-09-10")
    assert (ev.actors, ev.killed, ev.wounded) == (["الاحتلال"], 40, 60)
    ann = find_entities(normalize(Article(id="t", text="قصف الاحتلال التركي قرى في ريف الحسكة.", published="2020-03-01")))
    assert [e.actor["country"] for e in ann.entities if e.type == "organization"] == ["TR"]
    (ev,) = events("هاجم مئات المستوطنين قرية المغير شرق رام الله، وأضرموا النار في منازل ومركبات، ما أدى إلى استشهاد "
                   "شاب.")
    assert (ev.actors, ev.targets, ev.acled_sub_type) == (["المستوطنين"], [], "Attack")


def test_a_place_named_with_its_nationality_is_that_countrys_and_a_state_taking_ground_abroad_fights():
    (ev,) = events("كييف - أعلن الجيش الأوكراني أن قواته تقدمت مسافة 35 كيلومترا داخل منطقة كورسك الروسية وسيطرت على "
                   "74 بلدة.", "2024-08-13")
    assert (ev.location["name_en"], ev.location["country"], ev.actors, ev.acled_sub_type) == (
        "Kursk", "RU", ["الجيش الأوكراني"], "Armed clash")
    assert not events("حذر من أن ذلك سيؤدي إلى الحروب والاحتلال والعدوان وهي العتبة لتفجير صراعات أشد خطورة.")


def test_the_body_of_one_whose_death_is_told_is_hit_and_the_toll_joins_the_raids():
    evs = events("طهران - شنت إسرائيل فجر الجمعة سلسلة غارات على منشآت نووية وعسكرية في أنحاء إيران. وأعلن التلفزيون "
                 "الرسمي الإيراني مقتل قائد الحرس الثوري حسين سلامي ورئيس هيئة الأركان محمد باقري في الغارات.",
                 "2025-06-13")
    assert [(e.type, e.actors, e.targets, e.killed) for e in evs] == [("ASSAULT", ["إسرائيل"], ["الحرس الثوري"], 2)]


def test_welcomers_of_an_agreement_are_no_parties_and_subjects_joined_by_wa_all_act():
    welcome, agree = events("رحبت مصر وقطر والولايات المتحدة بالتوصل إلى اتفاق وقف إطلاق النار في غزة.")
    assert (welcome.type, welcome.actors) == ("SUPPORT", ["مصر", "قطر", "الولايات المتحدة"])
    assert (agree.type, agree.actors, agree.targets) == ("AGREE", [], [])
    (ev,) = events("اتفقت روسيا وتركيا على وقف إطلاق النار في إدلب.")
    assert ev.actors == ["روسيا", "تركيا"]


def test_the_forces_deployed_are_no_target():
    (ev,) = events("نشرت روسيا آلاف الجنود الإضافيين على حدودها مع فنلندا.")
    assert (ev.type, ev.actors, ev.targets) == ("MOBILIZE", ["روسيا"], [])


def test_a_deed_joined_by_wa_is_its_subjects_not_the_object_of_the_deed_before():
    evs = events("وأضاف المتحدث باسم الجيش في بيان أن القوات المسلحة طهرت المنطقة وقتلت المئات من عناصر الدعم "
                 "السريع وأسرت العشرات.")
    assert [(e.type, e.actors) for e in evs] == [("ASSAULT", ["القوات المسلحة"]), ("COERCE", ["القوات المسلحة"])]


def test_who_admits_its_own_dead_did_not_kill_them_and_regions_of_a_country_are_places():
    (ev,) = events("وأقر الجيش الإسرائيلي بمقتل ثمانية من جنوده في معارك جنوب لبنان.")
    assert (ev.actors, ev.killed, ev.location["name_en"], ev.location["country"]) == ([], 8, "South Lebanon", "LB")
    assert [(p["name_en"], p["admin1"]) for p in places("سقطت صواريخ في شمال إسرائيل وفي شمال شرق سوريا.")] == [
        ("Northern Israel", "Northern District"), ("Northeast Syria", None)]


def test_a_sit_in_broken_up_by_force_is_told_with_its_dead_and_who_did_it():
    protest, attack = events("الخرطوم - فضت قوات الأمن السودانية بالقوة اعتصام المحتجين أمام مقر القيادة العامة للجيش في "
                             "الخرطوم، ما أسفر عن مقتل 30 شخصا على الأقل.")
    assert (protest.type, protest.acled_sub_type, protest.killed) == ("PROTEST", "Excessive force against protesters", 30)
    assert (attack.type, attack.actors, attack.killed) == ("ASSAULT", ["قوات الأمن السودانية"], 30)
    (ev,) = events("عمان - اعتصم المئات قرب السفارة الإسرائيلية في عمان، وحاولوا اقتحامها قبل أن تفرقهم قوات الدرك.")
    assert (ev.type, ev.acled_sub_type) == ("PROTEST", "Protest with intervention")


def test_the_dead_told_before_the_riot_they_died_in_are_its_own():
    (ev,) = events("قتل ستة من عناصر الأمن في مواجهات بين الشرطة ومحتجين من أنصار حزب حركة الإنصاف في العاصمة "
                   "الباكستانية إسلام آباد.")
    assert (ev.type, ev.mode, ev.killed) == ("PROTEST", "riot", 6)
    # the police killing protesters in them is a deed of its own
    assert sorted(e.type for e in events("قتلت الشرطة ستة محتجين في مواجهات بين الشرطة والمحتجين في إسلام آباد.")) == [
        "ASSAULT", "PROTEST"]


def test_a_leader_named_by_surname_after_his_title_is_one_actor():
    (ev,) = events("التقى الرئيس السيسي نظيره الفرنسي في القاهرة.")
    assert (ev.type, ev.actors, ev.targets) == ("CONSULT", ["السيسي"], ["فرنسا"])


def test_talks_refused_and_deeds_brandished_are_not_done():
    assert [e.type for e in events("رفض الجيش السوداني المشاركة في محادثات جنيف.")] == ["REJECT"]
    (ev,) = events("لوح الجيش الإسرائيلي بشن عملية برية في لبنان.")
    assert (ev.type, ev.actors) == ("THREATEN", ["الجيش الإسرائيلي"])
    assert events("ولوح المتظاهرون بالأعلام التركية في أنقرة.") == []


def test_a_force_that_eliminates_with_its_subject_before_ala_killed_and_sahel_groups_act():
    (ev,) = events("قضى الجيش على 3 إرهابيين في جبال الشعانبي.")
    assert (ev.type, ev.actors, ev.killed) == ("ASSAULT", ["الجيش"], 3)
    assert events("قضت المحكمة على المتهمين بالسجن 5 سنوات.") == []
    (ev,) = events("أعلنت جماعة أنصار الإسلام مسؤوليتها عن هجوم في بوركينا فاسو.")
    assert (ev.type, ev.actors) == ("ASSAULT", ["جماعة أنصار الإسلام"])


def test_who_survives_an_attack_was_its_target_and_a_strike_from_food_is_a_hunger_strike():
    (ev,) = events("نجا وزير الداخلية العراقي من محاولة اغتيال استهدفت موكبه في بغداد.")
    assert (ev.actors, ev.targets) == ([], ["وزير الداخلية العراقي"])
    (ev,) = events("بدأ عشرات المعتقلين الإداريين إضرابا مفتوحا عن الطعام في سجن عوفر.")
    assert (ev.type, ev.mode) == ("PROTEST", "hunger_strike")


def test_years_ago_is_background_and_an_anniversary_marks_no_intervention():
    assert events("قبل عشر سنوات، قتل 300 شخص في تفجير الكرادة.", "2024-06-01") == []
    assert [e.killed for e in events("قتل 5 أشخاص قبل يومين في تفجير في بغداد.", "2024-06-01")] == [5]
    # an offensive begun then goes on
    assert [e.killed for e in events("وهذا الهجوم الذي بدأ قبل شهرين أوقع بحسب الجيش أكثر من ألف قتيل بين "
                                     "المتمردين.", "2008-09-30")] == [1000]
    (ev,) = events("تظاهر الآلاف في الخرطوم في الذكرى الخامسة لفض اعتصام القيادة العامة.", "2024-06-03")
    assert (ev.type, ev.acled_sub_type) == ("PROTEST", "Peaceful protest")


def test_places_of_the_2023_2025_wars_the_gazetteer_lacked():
    assert [(p["name_en"], p["admin1"]) for p in places("هاجم مستوطنون بلدة حوارة، وقصفت طائرات ميناء رأس عيسى، "
                                                         "واستهدفت غارة مبنى في حارة حريك.")] == [
        ("Huwara", "West Bank"), ("Ras Isa port", "Al Hudaydah"), ("Haret Hreik", "Mount Lebanon")]


def test_protesters_shot_by_the_state_are_a_protest_met_with_excessive_force():
    shot, protest = events("قتل 25 متظاهرا على الأقل وأصيب أكثر من 200 آخرين برصاص قوات الأمن العراقية في مدينة "
                           "الناصرية.")
    assert (shot.type, shot.actors, shot.killed) == ("ASSAULT", ["قوات الأمن العراقية"], 25)
    assert (protest.type, protest.acled_sub_type, protest.killed, protest.wounded) == (
        "PROTEST", "Excessive force against protesters", 25, 200)
    # not protesters hit by a bomber, nor a clash of protesters with the police told as the past
    assert [e.type for e in events("استهدف انتحاري متظاهرين في الموصل ما أدى إلى مقتل 5 منهم.")] == ["ASSAULT"]
    assert "PROTEST" not in [e.type for e in events(
        "وردد المتظاهرون شعارات مناهضة للحكومة بعد حضور جنازة اربعة من ضحايا التفجير.")]


def test_who_claims_an_attack_of_nameless_gunmen_acts_beside_them():
    (ev,) = events("هاجم مسلحون مجهولون حاجزا للجيش في درعا، وتبنى تنظيم داعش الهجوم.")
    assert ev.actors == ["مسلحون مجهولون", "تنظيم داعش"]


def test_an_attack_foiled_on_the_foilers_own_positions_was_fought():
    (ev,) = events("أحبطت قوات الجيش هجوما لمسلحي داعش على مواقعها في ولاية بورنو.")
    assert (ev.type, ev.acled_sub_type, ev.location["admin1"]) == ("ASSAULT", "Armed clash", "Borno")
    assert events("أحبطت قوات الأمن هجوما انتحاريا كان يستهدف زوار مرقد في بغداد.") == []


def test_who_repels_an_attack_right_after_it_is_its_target():
    (ev,) = events("صدت قوات الجيش الوطني هجوما حوثيا على مواقعها في مديرية صرواح بمحافظة مأرب.")
    assert (ev.actors, ev.targets) == (["الحوثيون"], ["الجيش"])
    (ev,) = events("صد الجيش السوري هجوما لهيئة تحرير الشام على محور كبانة.")
    assert (ev.actors, ev.targets) == (["هيئة تحرير الشام"], ["الجيش السوري"])


def test_a_missile_launched_by_the_houthi_militia_and_a_street_named_after_a_man():
    (ev,) = events("اعترضت قوات الدفاع الجوي الملكي السعودي صاروخا باليستيا أطلقته الميليشيا الحوثية الإرهابية باتجاه "
                   "مدينة نجران.")
    assert (ev.type, ev.actors, ev.location["name_en"]) == ("ASSAULT", ["الميليشيا الحوثية"], "Najran")
    assert [(p["name"], p["country"]) for p in places("حاولوا اقتحام الحواجز الممتدة من شارع جمال عبد الناصر.")] == [
        ("شارع جمال", None)]


def test_a_town_named_with_the_region_after_it_is_the_place_and_a_surname_is_no_title():
    (ev,) = events("بيروت - أعلن حزب الله أن مقاتليه تصدوا لقوة إسرائيلية حاولت التسلل إلى بلدة العديسة جنوب لبنان، "
                   "وأوقعوا في صفوفها قتلى وجرحى.")
    assert ev.location["name_en"] == "Odaisseh"
    (ev,) = events("واشنطن - شهد البيت الأبيض مشادة كلامية حادة بين الرئيس الأمريكي دونالد ترامب ونظيره الأوكراني "
                   "فولوديمير زيلينسكي، اتهم خلالها ترامب زيلينسكي بالمقامرة بحرب عالمية ثالثة.")
    assert (ev.type, ev.actors, ev.targets) == ("ACCUSE", ["ترامب"], ["زيلينسكي"])


def test_aid_halted_is_a_sanction_and_aid_names_its_recipient():
    (ev,) = events("علقت الولايات المتحدة مساعداتها العسكرية لأوكرانيا.")
    assert (ev.type, ev.actors, ev.targets) == ("SANCTION", ["الولايات المتحدة"], ["أوكرانيا"])
    (ev,) = events("أعلن البنك الدولي تقديم منحة بقيمة 200 مليون دولار لليمن.")
    assert (ev.type, ev.targets) == ("AID", ["اليمن"])


def test_a_killing_over_an_inheritance_is_a_crime():
    assert events("قتل شاب والده بسبب خلافات على الميراث في محافظة سوهاج.") == []
    assert events("قتل شخصان في شجار على قطعة أرض في قرية بالمنيا.") == []


def test_a_market_named_after_a_day_dates_nothing():
    (ev,) = events("طرابلس - اندلعت اشتباكات بين قوة الردع الخاصة وجهاز دعم الاستقرار في منطقة سوق الجمعة، وأعلن "
                   "جهاز الإسعاف مقتل 9 أشخاص.", "2024-08-20")
    assert (ev.date, ev.killed) == (None, 9)
    assert [e.date for e in events("قتل 3 أشخاص في انفجار في سوق شعبي يوم الجمعة.", "2024-08-20")] == ["2024-08-16"]


def test_one_shot_dead_is_one_killed():
    (ev,) = events("أطلق مسلحون مجهولون النار على ناشط مدني في البصرة فأردوه قتيلا.")
    assert (ev.mode, ev.killed, ev.actors) == ("firearms", 1, ["مسلحون مجهولون"])


def test_the_drones_of_an_actor_as_the_subject_strike_from_the_air():
    (ev,) = events("قصفت مسيرات الدعم السريع محطة كهرباء في مدينة مروي شمال السودان.")
    assert (ev.mode, ev.acled_sub_type, ev.actors) == ("drone", "Air/drone strike", ["الدعم السريع"])


def test_the_nationality_of_a_condemned_deed_names_the_condemned():
    (ev,) = events("انتقد الأمين العام للأمم المتحدة الغارات الإسرائيلية على المستشفيات.")
    assert (ev.type, ev.actors, ev.targets) == ("ACCUSE", ["الأمم المتحدة"], ["إسرائيل"])
    (ev,) = events("نددت مصر بالقصف الروسي على المدنيين في أوكرانيا.")
    assert (ev.actors, ev.targets) == (["مصر"], ["روسيا"])
    (ev,) = events("اتهمت إيران الولايات المتحدة بالوقوف وراء الهجوم.")
    assert ev.targets == ["الولايات المتحدة"]


def test_goods_and_ships_seized_are_looting_and_land_is_a_transfer():
    (ev,) = events("احتجز الحرس الثوري الإيراني ناقلة نفط أجنبية في مضيق هرمز.")
    assert (ev.type, ev.mode, ev.acled_sub_type) == ("COERCE", "seize", "Looting/property destruction")
    (ev,) = events("استولى مسلحون على شاحنات مساعدات في مدينة الفاشر.")
    assert ev.acled_sub_type == "Looting/property destruction"
    (ev,) = events("صادرت السلطات الإسرائيلية أراضي فلسطينية في منطقة الأغوار.")
    assert ev.acled_sub_type == "Non-violent transfer of territory"


def test_the_dead_told_before_the_protests_they_fell_in_are_the_protests_toll():
    (ev,) = events("قتل ثمانية أشخاص على الأقل وأصيب 400 آخرون خلال احتجاجات عمت مدنا كينية عدة الأربعاء.",
                   "2025-06-26")
    assert (ev.type, ev.killed, ev.killed_qualifier, ev.wounded) == ("PROTEST", 8, "at_least", 400)
    # the dead of an attack told before the protests are still the attack's
    got = events("قتل ثلاثة أشخاص في هجوم مسلح خلال احتجاجات في مدينة نيروبي الأربعاء.", "2025-06-26")
    assert [(e.type, e.killed) for e in got if e.type == "ASSAULT"] == [("ASSAULT", 3)]


def test_a_doer_at_whose_hands_they_fell_acts_and_not_for_another_deed():
    got = events("قالت الأمم المتحدة إن 22 شخصا على الأقل قتلوا في الاحتجاجات التي تشهدها مدغشقر، "
                 "بينهم محتجون ومارة قتلوا على أيدي قوات الأمن.", "2025-10-05")
    (attack,) = [e for e in got if e.type == "ASSAULT"]
    assert (attack.actors, attack.targets) == (["قوات الأمن"], [])
    # the police named as the killers of a boy the crowd protests about made no arrest here
    got = events("تواصلت المواجهات بين الشرطة والمتظاهرين احتجاجا على مقتل الصبي على أيدي رجال الشرطة، "
                 "واعتقلت الشرطة عشرات المشاغبين.", "2008-12-09")
    (arrest,) = [e for e in got if e.type == "COERCE"]
    assert arrest.actors == ["الشرطة"]


def test_a_ceasefire_in_force_or_broken_is_no_new_agreement():
    for text in ("استشهد ثلاثة فلسطينيين برصاص جيش الاحتلال شرقي خان يونس، رغم سريان اتفاق وقف إطلاق النار.",
                 "قصفت إسرائيل بلدة في جنوب لبنان في خرق جديد لاتفاق وقف إطلاق النار.",
                 "قصفت إسرائيل بلدة في جنوب لبنان منذ دخول اتفاق وقف إطلاق النار حيز التنفيذ.",
                 "قصفت إسرائيل بلدة في جنوب لبنان في ظل سريان الهدنة."):
        assert [e.type for e in events(text, "2025-11-27")] == ["ASSAULT"], text
    (ev,) = events("توصلت حماس وإسرائيل إلى اتفاق لوقف إطلاق النار في غزة.", "2025-10-09")
    assert (ev.type, ev.actors) == ("AGREE", ["حماس", "إسرائيل"])


def test_a_plural_verb_joined_by_and_shares_the_subject_of_the_deed_before_it():
    got = events("خطف مسلحون 25 تلميذة من مدرسة داخلية في ولاية كيبي فجر الاثنين، وقتلوا نائب مدير المدرسة.",
                 "2025-11-19")
    (attack,) = [e for e in got if e.type == "ASSAULT"]
    assert (attack.actors, attack.killed) == (["مسلحون"], 1)
    (ev,) = events("هاجم مسلحون قرية في ولاية زامفارا وقتلوا مزارعا.")
    assert ev.killed == 1


def test_civilians_killed_after_a_town_was_taken_are_a_deed_of_their_own():
    got = events("أعلنت قوات الدعم السريع الأحد سيطرتها الكاملة على مدينة الفاشر، فيما قالت شبكة أطباء "
                 "السودان إن عناصر الدعم السريع قتلوا عشرات المدنيين أثناء فرارهم من المدينة.", "2025-10-27")
    assert [(e.mode, e.acled_sub_type, e.targets) for e in got] == [
        ("occupy", "Non-state actor overtakes territory", []), (None, "Attack", ["المدنيين"])]
    # filed from Khartoum: the clause that names no place the deed is at is where the first was
    got = events("الخرطوم (وكالات) - أعلنت قوات الدعم السريع الأحد سيطرتها الكاملة على مدينة الفاشر، فيما قالت "
                 "شبكة أطباء السودان إن عناصر الدعم السريع قتلوا عشرات المدنيين أثناء فرارهم من المدينة.",
                 "2025-10-27")
    assert [e.location["name_en"] for e in got] == ["El Fasher", "El Fasher"]


def test_a_siege_is_laid_past_a_long_name_and_moves_no_ground():
    (ev,) = events("فرضت جماعة نصرة الإسلام والمسلمين حصارا على مدينة كاي أمس.", "2025-09-15")
    assert (ev.type, ev.actors, ev.acled_sub_type) == ("COERCE", ["جماعة نصرة الإسلام والمسلمين"], "Other")


def test_a_ceasefire_shored_up_and_a_withdrawal_set_as_a_condition_are_not_reported():
    got = events("وبحث الجانبان سبل تثبيت وقف إطلاق النار في قطاع غزة.", "2025-11-24")
    assert [e.type for e in got if not e.intent] == ["CONSULT"]
    got = events("رحبت الحكومة السودانية بمبادرة الرباعية، لكنها اشترطت انسحاب قوات الدعم السريع من المدن.",
                 "2025-11-19")
    assert [e.type for e in got if not e.intent] == ["SUPPORT"]


def test_the_outlet_in_brackets_after_the_dateline_is_no_head_of_a_name():
    (ev,) = events("غوما (وكالات) - دخل متمردو حركة إم 23 المدعومون من رواندا مدينة غوما كبرى مدن شرق "
                   "الكونغو الديمقراطية.", "2025-01-28")
    assert (ev.mode, ev.actors, ev.location["name_en"]) == ("occupy", ["حركة إم 23"], "Goma")


def test_the_group_of_those_thought_to_have_attacked_acts_and_the_group_of_the_hit_is_hit():
    (ev,) = events("لقي ثلاثة جنود حتفهم وأصيب خمسة آخرون في هجوم لمسلحين يعتقد أنهم من تنظيم القاعدة "
                   "على نقطة عسكرية في محافظة أبين.")
    assert (ev.actors, ev.targets) == (["مسلحين", "تنظيم القاعدة"], [])
    (ev,) = events("أعلنت وزارة الدفاع التركية تحييد 7 إرهابيين من تنظيم بي كا كا في شمال العراق.")
    assert ev.targets == ["بي كا كا"]
    (ev,) = events("أحبطت قوات الأمن الصومالية هجوما انتحاريا كان يستهدف قاعدة عسكرية في العاصمة، "
                   "وقتلت منفذ الهجوم قبل أن يفجر حزامه الناسف.")
    assert ev.killed == 1


def test_a_march_dispersed_and_a_stand_held_are_protests_where_they_were_not_where_they_went():
    got = events("كراتشي - فرقت الشرطة الباكستانية بالغاز المسيل للدموع مسيرة لأنصار حزب حركة الإنصاف كانت "
                 "متجهة إلى العاصمة إسلام آباد، واعتقلت العشرات.", "2025-11-14")
    (protest,) = [e for e in got if e.type == "PROTEST"]
    assert (protest.acled_sub_type, protest.location["name_en"]) == ("Protest with intervention", "Karachi")
    (ev,) = events("نفذ المئات من المعلمين المتقاعدين وقفة أمام مجلس النواب الأردني في عمان صباح اليوم.",
                   "2025-11-21")
    assert (ev.type, ev.actors) == ("PROTEST", ["المعلمين"])


def test_cells_of_a_group_suspected_a_leader_in_a_group_hit_and_the_sides_of_a_clash():
    (ev,) = events("قتل أربعة عناصر من قوات سوريا الديمقراطية بهجوم شنه مسلحون يعتقد أنهم من خلايا تنظيم داعش "
                   "على حاجز في بلدة الشحيل بريف دير الزور الشرقي.")
    assert ev.actors == ["مسلحون", "تنظيم داعش"]
    (ev,) = events("شنت طائرات التحالف الدولي غارة على سيارة تقل قياديا في تنظيم داعش قرب مدينة الشدادي، "
                   "ما أدى إلى مقتله على الفور.")
    assert (ev.actors, ev.targets, ev.killed) == (["التحالف الدولي"], ["تنظيم داعش"], 1)
    (ev,) = events("قتل شخصان وأصيب ثلاثة آخرون في اشتباكات بين عناصر من الأمن العام ومسلحين في ريف اللاذقية.")
    assert (ev.actors, ev.targets) == (["الأمن العام"], ["مسلحين"])


def test_a_threat_made_as_a_participle_is_the_speakers_and_no_attack():
    (ev,) = events("قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إسرائيل لن تسمح لحزب الله بإعادة التسلح، "
                   "مهددا بضربات أقوى.")
    assert (ev.type, ev.actors, ev.targets) == ("THREATEN", ["رئيس الوزراء الإسرائيلي"], ["حزب الله"])


def test_off_a_coast_places_it_and_the_craft_of_a_group_are_the_groups():
    (ev,) = events("أطلقت قوارب حوثية النار على سفينة تجارية قبالة سواحل الحديدة.")
    assert (ev.actors, ev.location["name_en"]) == (["الحوثيون"], "Al Hudaydah")
    (ev,) = events("قصفت طائرات حوثية سفينة تجارية قبالة سواحل الحديدة.")
    assert ev.actors == ["الحوثيون"]


def test_the_side_of_an_exchange_of_fire_acts_and_food_baskets_are_aid():
    (ev,) = events("قتل جنديان هنديان في تبادل لإطلاق النار مع مسلحين في منطقة كولغام بالشطر الهندي من كشمير.")
    assert (ev.actors, ev.killed) == (["مسلحين"], 2)
    (ev,) = events("أعلن مركز الملك سلمان للإغاثة تقديم 20 ألف سلة غذائية للنازحين في السودان.")
    assert (ev.type, ev.targets) == ("AID", ["النازحين"])


def test_a_deed_in_case_of_is_no_report():
    assert [e for e in events("في حال شنت إسرائيل هجوما على إيران فإن الرد سيكون قاسيا.") if not e.intent] == []


def test_a_massacre_in_a_village_in_a_province_and_its_victims_and_executions_are_attacks():
    (ev,) = events("ارتكبت قوات الدعم السريع مجزرة جديدة في قرية بشمال كردفان راح ضحيتها أكثر من 40 مدنيا.")
    assert (ev.location["name_en"], ev.killed, ev.killed_qualifier) == ("North Kordofan", 40, "more_than")
    (ev,) = events("نفذ عناصر الدعم السريع إعدامات ميدانية بحق عشرات الأسرى في مدينة بارا.")
    assert (ev.type, ev.acled_type, ev.location["name_en"]) == ("ASSAULT", "Violence against civilians", "Bara")


def test_the_nationality_of_one_hit_is_not_the_doers():
    (ev,) = events("أصيب جندي إسرائيلي بجروح خطيرة في عملية دهس قرب مستوطنة كريات أربع.")
    assert (ev.actors, ev.wounded, ev.location["name_en"]) == ([], 1, "Kiryat Arba")


def test_the_remnants_of_a_war_name_it_and_report_no_attack():
    assert events("أعلن الجيش اللبناني أنه فجر ذخائر غير منفجرة من مخلفات العدوان الإسرائيلي في منطقة الناقورة.") == []


def test_a_release_within_a_ceasefire_agreement_is_no_new_agreement():
    got = events("رحبت قطر بالإفراج عن الرهائن والأسرى ضمن اتفاق وقف إطلاق النار في غزة.")
    assert [e.type for e in got] == ["SUPPORT"]


def test_a_city_hosting_talks_and_the_two_sides_by_nationality_are_told():
    (ev, _) = events("استضافت إسطنبول جولة جديدة من المفاوضات المباشرة بين وفدين روسي وأوكراني، أسفرت عن اتفاق "
                     "لتبادل 1000 أسير من كل جانب.", "2025-11-21")
    assert (ev.type, ev.actors, ev.location["name_en"]) == ("CONSULT", ["روسيا", "أوكرانيا"], "Istanbul")
    (ev,) = events("توصل الجانبان الروسي والأوكراني إلى اتفاق لتبادل 1000 أسير من كل جانب.", "2025-11-21")
    assert (ev.type, ev.actors) == ("AGREE", ["روسيا", "أوكرانيا"])


def test_a_time_between_a_verb_and_its_object_does_not_split_them():
    (ev,) = events("أسقطت الدفاعات الجوية الروسية خلال الليل 67 طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود.")
    assert (ev.mode, ev.actors, ev.location["name_en"]) == ("drone", ["أوكرانيا"], "Belgorod")


def test_a_capital_after_a_speaking_capital_is_its_government_too():
    (ev,) = events("اتهمت موسكو كييف بمهاجمة محطة زابوريجيا النووية بطائرات مسيرة.")
    assert (ev.type, ev.actors, ev.targets) == ("ACCUSE", ["روسيا"], ["أوكرانيا"])
    (ev,) = events("اتهمت واشنطن طهران بدعم الحوثيين.")
    assert (ev.actors, ev.targets) == (["الولايات المتحدة"], ["إيران"])


def test_an_armed_wing_that_says_it_did_a_deed_did_it():
    (ev,) = events("أعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، أنها فجرت عبوة ناسفة بآلية عسكرية "
                   "إسرائيلية في مخيم جنين.")
    assert (ev.mode, ev.actors) == ("explosive", ["سرايا القدس"])
    (ev,) = events("أعلنت وزارة الصحة أنها سجلت مقتل 5 مدنيين في غارة على رفح.")
    assert ev.actors == []


def test_a_city_after_an_aim_and_its_adjective_abroad_is_that_city():
    (ev,) = events("تبنت المقاومة الإسلامية في العراق هجوما بطائرة مسيرة على هدف حيوي في إيلات.")
    assert (ev.actors, ev.location["name_en"]) == (["المقاومة الإسلامية في العراق"], "Eilat")


def test_a_family_name_that_is_a_nisba_ends_the_name():
    (ev,) = events("التقى الرئيس السوري أحمد الشرع رئيس الوزراء العراقي محمد شياع السوداني في بغداد.")
    assert (ev.actors, ev.targets) == (["أحمد الشرع"], ["محمد شياع السوداني"])


def test_militants_africom_and_iswap_by_their_full_name_act():
    (ev,) = events("قتل العشرات من الجنود والمدنيين في هجوم شنه متشددون على بلدة جيبو شمال بوركينا فاسو.")
    assert ev.actors == ["متشددون"]
    (ev,) = events("قتل 15 عنصرا من حركة الشباب في غارة جوية نفذتها القيادة الأمريكية في أفريقيا (أفريكوم) قرب بلدة جلب.")
    assert (ev.actors, ev.targets) == (["القيادة الأمريكية في أفريقيا"], ["حركة الشباب"])
    (ev,) = events("قتل 12 جنديا في هجوم شنه تنظيم الدولة الإسلامية في غرب أفريقيا على قاعدة عسكرية في ولاية بورنو.")
    assert ev.actors == ["تنظيم الدولة الإسلامية في غرب أفريقيا"]


def test_signs_raised_in_a_march_with_no_verb_of_marching_do_not_fail():
    # the march's word ('المسيرة') and signs, with no verb of marching: this raised StopIteration
    assert events("ورفع المشاركون في المسيرة لافتات تندد بالحرب.") == []


def test_the_irgc_navy_a_force_by_its_nationality_and_the_sides_of_suwayda_act():
    (ev,) = events("احتجزت البحرية التابعة للحرس الثوري الإيراني ناقلة نفط أجنبية في مياه الخليج.")
    assert (ev.type, ev.actors, ev.location["name_en"]) == (
        "COERCE", ["البحرية التابعة للحرس الثوري الإيراني"], "Persian Gulf")
    (ev,) = events("توغلت قوة إسرائيلية مؤلفة من عدة آليات عسكرية في قرية صيدا الجولان بريف القنيطرة الجنوبي.")
    assert (ev.actors, ev.location["country"]) == (["قوة إسرائيلية"], "SY")
    (ev,) = events("قتل أكثر من 30 شخصا في اشتباكات عنيفة بين مسلحين دروز وعشائر بدوية في محافظة السويداء.")
    assert (ev.actors, ev.targets) == (["مسلحين دروز"], ["عشائر بدوية"])


def test_a_province_named_like_its_district_is_the_province_and_shots_in_the_air_hit_no_one():
    (ev,) = events("قصف الحوثيون مواقع شمال غرب محافظة مأرب.")
    assert (ev.location["name_en"], ev.location["precision"]) == ("Marib", "admin1")
    assert events("أطلق مسلحون النار في الهواء ابتهاجا بالعيد في مدينة الرمادي.") == []
    assert [e.type for e in events("أطلق مسلحون النار على دورية للشرطة في مدينة الرمادي.")] == ["ASSAULT"]


def test_ben_gurion_airport_a_taking_place_and_a_nationality_in_the_accusative():
    (ev,) = events("يعتقد أن الحوثيين أطلقوا الصاروخ الذي سقط قرب مطار بن غوريون.")
    assert (ev.location["name_en"], ev.location["country"]) == ("Ben Gurion Airport", "IL")
    (ev,) = events("جرى استهداف رتل عسكري تركي بعبوة ناسفة في ريف إدلب.")
    assert (ev.type, ev.mode) == ("ASSAULT", "explosive")
    (ev,) = events("استهدفت عبوة ناسفة رتلا عسكريا تركيا في ريف إدلب.")
    assert ev.actors == []  # 'تركيا' is 'Turkish' here, not Turkey
    (ev,) = events("أفادت تقارير بمقتل قيادي في حزب الله بغارة إسرائيلية في جنوب لبنان.")
    assert (ev.actors, ev.targets) == (["إسرائيل"], ["حزب الله"])


def test_a_crowd_that_gathers_to_demand_or_condemn_protests():
    (ev,) = events("احتشد الآلاف في ساحة التحرير ببغداد اليوم للمطالبة بإصلاحات سياسية.", "2025-11-27")
    assert (ev.type, ev.date) == ("PROTEST", "2025-11-27")
    (ev,) = events("تجمع المئات أمام السفارة الأمريكية في القاهرة تنديدا بالحرب على غزة.")
    assert ev.type == "PROTEST"
    assert events("تجمع المئات في ساحة الشهداء.") == []


def test_gunmen_who_hold_people_abduct_them_and_a_security_force_arrests():
    (ev,) = events("احتجزت جماعة مسلحة 20 راكبا في حافلة على طريق بين المكلا وعدن.")
    assert (ev.mode, ev.acled_sub_type, ev.captured) == ("abduct", "Abduction/forced disappearance", 20)
    (ev,) = events("داهمت قوة أمنية منزل ناشط في مدينة الزاوية واعتقلته.")
    assert (ev.mode, ev.actors) == ("arrest", ["قوة أمنية"])


def test_one_taken_is_counted():
    (ev,) = events("اختطف مسلحون مجهولون صحفيا ليبيا في طرابلس واقتادوه إلى جهة مجهولة.")
    assert (ev.mode, ev.captured) == ("abduct", 1)
    (ev,) = events("اعتقلت الشرطة ناشطا في مدينة الناصرية.")
    assert ev.captured == 1


def test_what_is_sanctioned_names_its_country_and_belarus_is_a_place():
    (ev,) = events("أعلنت الولايات المتحدة فرض عقوبات جديدة على قطاع النفط الإيراني.")
    assert (ev.type, ev.targets) == ("SANCTION", ["إيران"])
    (ev,) = events("أعلنت روسيا نشر منظومة صواريخ إس-400 في بيلاروسيا.")
    assert (ev.type, ev.location["country"]) == ("MOBILIZE", "BY")


def test_darfur_towns_named_like_words_are_places_only_after_a_cue():
    assert [p["name_en"] for p in places("قصفت الدعم السريع مخيمات النازحين في بلدة طويلة.")] == ["Tawila"]
    assert places("استمرت المعارك لفترة طويلة في المدينة.") == []
    assert [p["name_en"] for p in places("قصفت المسيرات مدينة كتم.")] == ["Kutum"]


def test_a_bomb_or_a_belt_set_off_is_an_attack_and_a_nuclear_test_is_none():
    (ev,) = events("فجر انتحاري حزامه الناسف في سوق ببغداد.")
    assert (ev.type, ev.mode) == ("ASSAULT", "suicide")
    (ev,) = events("فجر مسلحون سيارة مفخخة قرب مركز للشرطة في كركوك.")
    assert (ev.mode, ev.actors) == ("explosive", ["مسلحون"])
    assert events("أجرت كوريا الشمالية تفجير قنبلة نووية تحت الأرض في بيونغ يانغ.") == []


def test_rescuers_at_the_scene_are_no_doers():
    (ev,) = events("هرعت فرق الدفاع المدني إلى موقع سقوط طائرة مسيرة في بلدة بنت جبيل.")
    assert ev.actors == []


def test_fans_on_the_pitch_are_no_attack_but_gunmen_in_a_stadium_are():
    assert events("اقتحم الجماهير أرض الملعب بعد نهاية المباراة في الرباط.") == []
    (ev,) = events("اقتحم مسلحون ملعبا لكرة القدم في مقديشو وقتلوا ثلاثة لاعبين.")
    assert (ev.actors, ev.killed) == (["مسلحون"], 3)


def test_cyberattacks_and_character_assassination_shed_no_blood():
    assert events("تعرضت مواقع حكومية في الأردن لهجوم إلكتروني واسع أمس.") == []
    assert events("يتعرض الوزير لعملية اغتيال معنوي من خصومه في بيروت.") == []


def test_the_call_for_a_protest_told_with_it_is_no_request_of_its_own():
    got = events("خرج آلاف الشبان إلى الشوارع في عدة مدن مغربية مساء الأحد للمطالبة بتحسين خدمات الصحة "
                 "والتعليم، في احتجاجات دعت إليها حركة جيل زد.", "2025-09-29")
    assert [e.type for e in got] == ["PROTEST"]


def test_the_coalition_by_its_own_name_supports_no_one():
    got = events("الرياض (واس) - أعلنت قيادة القوات المشتركة للتحالف \"تحالف دعم الشرعية في اليمن\" اعتراض "
                 "وتدمير طائرة مسيرة مفخخة أطلقتها الميليشيا الحوثية الإرهابية باتجاه خميس مشيط.")
    assert [(e.type, e.mode) for e in got] == [("ASSAULT", "drone")]


def test_fighters_who_give_themselves_up_retreat():
    (ev,) = events("سلم عشرات المسلحين أنفسهم وأسلحتهم للجيش السوري في ريف درعا.")
    assert (ev.type, ev.mode, ev.actors, ev.targets) == ("RETREAT", "disarm", ["المسلحين"], ["الجيش السوري"])
    (ev,) = events("استسلم العشرات من عناصر داعش للقوات العراقية في الموصل.")
    assert (ev.type, ev.actors) == ("RETREAT", ["داعش"])


def test_detachments_of_the_algerian_army_arrest():
    (ev,) = events("الجزائر - أوقفت مفارز للجيش الوطني الشعبي 12 عنصر دعم للجماعات الإرهابية في عمليات متفرقة "
                   "عبر التراب الوطني.")
    assert (ev.type, ev.actors, ev.captured) == ("COERCE", ["الجيش الوطني الشعبي"], 12)


def test_houses_blown_up_are_an_attack_and_talks_torpedoed_are_not():
    (ev,) = events("نسف الجيش الإسرائيلي عددا من المنازل في بلدة كفركلا جنوبي لبنان.")
    assert (ev.mode, ev.actors, ev.location["name_en"]) == ("explosive", ["الجيش الإسرائيلي"], "Kfar Kila")
    assert events("نسفت التصريحات الأخيرة جهود السلام في المنطقة.") == []
