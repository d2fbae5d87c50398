"""Event assembly stage: PLOVER events from triggers, entities and sentence context."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache, reduce
from itertools import compress
from operator import or_

from streams import dates
from streams.entities import ALI, day_words, feminine_perfect, given_names, leader_names, phrase_starts, prep_clitic
from streams.errors import TooLarge
from streams.gazetteer import DATA, actors, gazetteer, read_tsv
from streams.normalize import dateline_end, normalize_token, to_original
from streams.numbers import DUALS, is_number_word, word_value
from streams.records import Annotated, Entity, Event
from streams.tokens import has_prep, stems, token_lists, without_clitic
from streams.tokens import words as sentence_words

# Suffixes stripped when a form is not found as is: verb endings and attached pronouns.
SUFFIXES = ("تهم", "ته", "تها", "هما", "هم", "ها", "ه", "وا", "ون", "ين", "ان", "ات", "ت", "ا", "ن", "نا", "تا")
# Specific modes win over generic ones when several triggers of one category fire.
MODE_RANK = {"suicide": 0, "sexual": 0, "chemical": 1, "drone": 2, "aerial": 3, "explosive": 4, "artillery": 5,
             "firearms": 6, "occupy": 5.5, "riot": 0, "hunger_strike": 1, "strike": 2, "demonstration": 3,
             "abduct": 0, "arrest": 1, "seize": 2, "curfew": 3, "disarm": 0}
AIRBORNE = ("drone", "aerial")
ACLED = {
    ("ASSAULT", "aerial"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "drone"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "artillery"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "explosive"): ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide"): ("Explosions/Remote violence", "Suicide bomb"),
    ("ASSAULT", "chemical"): ("Explosions/Remote violence", "Chemical weapon"),
    ("ASSAULT", "firearms"): ("Battles", "Armed clash"),
    ("ASSAULT", None): ("Battles", "Armed clash"),
    ("ASSAULT", "occupy"): ("Battles", "Non-state actor overtakes territory"),
    ("ASSAULT", "sexual"): ("Violence against civilians", "Sexual violence"),
    ("PROTEST", "demonstration"): ("Protests", "Peaceful protest"),
    ("PROTEST", "riot"): ("Riots", "Violent demonstration"),
    ("PROTEST", "strike"): ("Protests", "Peaceful protest"),
    ("PROTEST", "hunger_strike"): ("Protests", "Peaceful protest"),
    ("COERCE", "arrest"): ("Strategic developments", "Arrests"),
    ("COERCE", "abduct"): ("Violence against civilians", "Abduction/forced disappearance"),
    ("COERCE", "seize"): ("Strategic developments", "Non-violent transfer of territory"),
    ("AGREE", None): ("Strategic developments", "Agreement"),
    ("RETREAT", None): ("Strategic developments", "Non-violent transfer of territory"),
    ("RETREAT", "disarm"): ("Strategic developments", "Change to group/activity"),  # (arms laid down)
    # (troops deployed or called up, an alert raised: a change in a group's activity, not a base set up)
    ("MOBILIZE", None): ("Strategic developments", "Change to group/activity"),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize_token(w) for w in text.split())


NEGATION = _words("لم لن لا ما ليس ليست عدم دون بدون غير")
RESULTED = _words("يسفر تسفر أسفر أسفرت يخلف تخلف يوقع توقع")
DENIAL = _words("نفى نفت ينفي تنفي نفوا ينفون نفي ونفى ونفت")
# Threatening, as a participle: 'مهددا بضربات أقوى', 'متوعدا بالرد'.
THREATENING = _words("مهددا مهددة مهددين متوعدا متوعدة متوعدين")
THREAT = THREATENING | _words("هدد هددت يهدد تهدد توعد توعدت يتوعد تتوعد بتنفيذ "
                             # warning of an attack: 'حذر ... من الاستمرار في إطلاق الصواريخ'
                             "حذر حذرت يحذر تحذر حذروا تحذير تحذيرات "
                             # foreshadowing one: 'أنذرت بحرب أو بضربة جوية على المفاعل'
                             "أنذر أنذرت ينذر تنذر "
                             # brandishing one: 'لوح الجيش الإسرائيلي بشن عملية برية'
                             "لوح لوحت يلوح تلوح ملوحا ملوحة "
                             # threats told as a noun: 'رسالة تهديدات بشن تفجيرات'
                             "تهديد تهديدات التهديد التهديدات بالتهديد")
INTENT = _words("مستعد مستعدة مستعدون مستعدين يعتزم تعتزم ينوي تنوي سوف يريد تريد تسعى يسعى "
                "المقرر المتوقع يجب ينبغي يخطط تخطط يمكن ستبدأ سيتم ستتم لإجراء لاجراء بهدف أجل "
                # options, conditions and contingencies: 'خيار شن ضربات جوية' (the option of
                # air strikes), 'إذا تعرضت لهجوم' (if attacked), 'تحسبا لأي ضربة' (in case of any
                # strike), 'إمكان إخلاء' (the possibility of), 'خطط ل' (plans for)
                "خيار خيارا الخيار إمكان إمكانية امكانية احتمال احتمالات محتمل محتملة تحسبا أي لأي "
                "إذا اذا لو خطة خطط بطلب طلبا "
                # 'في حال شنت إسرائيل هجوما على إيران' (in case)
                "حال "
                # efforts towards it: 'بحثا جهود التوصل إلى وقف لإطلاق النار'
                "جهود الجهود بجهود مساعي المساعي مساع "
                # a light verb in the future before the event noun: 'سيجري اتصالا هاتفيا'
                "سيجري ستجري سيعقد ستعقد سيقوم ستقوم سينفذ ستنفذ سيشن ستشن "
                # a necessity, not a deed: 'دعا إلى ضرورة شن هجوم', 'ضرورة توجيه ضربات'
                "ضرورة بضرورة لضرورة وضرورة ضروري ضرورية "
                # pledged, promised: 'تعهدت الكويت بتقديم 50 مليون دولار', 'وعدت بإرسال مساعدات'
                "تعهد تعهدت تعهدوا يتعهد تتعهد وعد وعدت وعدوا")  # (not 'يعد', also 'is deemed')
KILLED = _words("قتل قتلى قتيل قتيلا مقتل مصرع مصرعهم مصرعهما مصرعهن حتفهم حتفه حتفهما استشهاد استشهد شهيد شهداء شهيدا "
                "قضوا ضحايا ضحية جثث قتلوا قتلت يقتل مقتلهم قتيلين قتيلان شهيدين شهيدان استشهدوا استشهدت استشهدا قتلا قتيلة "
                "القتلى القتيل الشهداء الضحايا مقتول مقتولين مقتولا مقتولة جثة جثتي "
                # executed: 'أعدم 15 شخصا', 'تنفيذ حكم الإعدام بحق 3 مدانين'
                "أعدم أعدمت أعدموا الإعدام "
                # died: 'قضى خمسة أشخاص'; claimed the lives of: 'أودى القصف بحياة 20 مدنيا'
                "قضى بحياة بأرواح "
                # fell victim to it: 'مجزرة راح ضحيتها أكثر من 40 مدنيا'
                "ضحيتها ضحيته ضحيتهم "
                # sniped (shot dead): 'تمكنت قوات المعارضة من قنص عنصرين' ('أصيب برصاص قناص' is no form)
                "قنص قنصت قنصوا")
WOUNDED = _words("جرح جرحى جريح جريحا أصيب إصابة إصابات مصاب مصابين بجروح بجراح أصيبوا جراح "
                 "جرحوا الجرحى المصابين جريحين جريحان أصيبت أصيبا")
CAPTURED = _words("اعتقال اعتقل اعتقلت القبض أسر أسرى احتجاز اختطاف خطف توقيف معتقلين المعتقلين "
                  "اعتقلوا اختطفوا اختطف اختطفت خطفت خطفوا مختطفين رهائن رهينة "
                  # 'حملة اعتقالات طالت 25 فلسطينيا', 'أوقفت الشرطة 12 شخصا'
                  "اعتقالات الاعتقالات موقوفين أوقفت أوقف أوقفوا احتجزت احتجز احتجزوا "
                  # the Maghreb's masdar: 'تم إيقاف ثلاثة أشخاص'
                  "إيقاف أسرت أسروا")
# Words that name a day or a time of day ('أمس', 'فجر الأحد'); with the words of a day phrase
# ('أول من أمس', 'يوم الخميس') they are skipped between a casualty word and its number.
DATED = _words("أمس امس اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت فجر صباح مساء ليلة "
               "ظهر")
DAY_WORDS = DATED | _words("أول من ليل يوم")
THAT = _words("إن أن وإن وأن بأن")
# 'لقي 5 أشخاص مصرعهم' / 'لقي ... حتفهم': the number after the verb counts the dead, however far
# the death noun comes after it.
MET = _words("لقي لقيت لقوا يلقى تلقى ولقي ولقيت")
DEATH = _words("مصرع مصرعه مصرعها مصرعهم مصرعهما مصرعهن حتف حتفه حتفها حتفهم حتفهما حتفهن")
OTHERS = _words("آخرين آخران آخرون آخر")
# What a number right before them measures is no one: an age, a time, a distance, money.
MEASURES = _words("عاما سنة سنوات أعوام سنين شهرا أشهر شهور يوما أيام ساعة ساعات دقيقة دقائق أسبوعا "
                  "أسابيع كلم كيلومترا كيلومترات كيلومتر مترا أمتار ميلا أميال دولار دولارا دينار "
                  "دينارا يورو طن طنا بالمئة بالمائة")
SINGLE_VICTIM = _words("سائق سائقا سائقه سائقها حارس حارسا قائد قائدا جندي جنديا عنصر عنصرا مدني مدنيا شخص شخصا طفل طفلا امرأة رجل "
                       # a farmer, a herder, a trader, a worker, an imam, a deputy, a judge, a medic
                       "مزارع مزارعا راع راعيا تاجر تاجرا عامل عاملا إمام إماما نائب نائبا قاض قاضيا مسعف مسعفا "
                       # the attacker: 'وقتلت منفذ الهجوم قبل أن يفجر حزامه الناسف'
                       "منفذ "
                       "رجلا مقاتل مقاتلا ضابط ضابطا قيادي قياديا صحفي صحفيا شرطي شرطيا عسكري عسكريا "
                       "مواطن مواطنا مسلح مسلحا فلسطيني فلسطينيا شاب شابا فتى فتاة صبي طفلة "
                       "ناشط ناشطا ناشطة مسؤول مسؤولا موظف موظفا طبيب طبيبا "
                       # a protester, a settler, a prisoner, a student: 'قتل متظاهر برصاص الأمن'
                       "متظاهر متظاهرا محتج محتجا مستوطن مستوطنا أسير أسيرا طالب طالبا معلم معلما "
                       # one more after those counted: 'قتل جندي وأصيب آخر', 'وأصيب ثالث بجروح'
                       "آخر ثالث رابع "
                       # the head of a body, a mayor, a governor: 'قتل رئيس بلدية'
                       "رئيس رئيسا عمدة محافظ محافظا زعيم زعيما إمام إماما والي واليا وزير وزيرا "
                       # one named or told of before: 'قتل الشاب محمد أحمد (22 عاما) برصاص ...'
                       "الشاب الطفل الطفلة الفتى الفتاة الصبي الجندي الشرطي الضابط الصحفي الصحفية القيادي "
                       "الناشط الناشطة المواطن الطبيب السائق المتظاهر المحتج المستوطن الأسير")
MEMBERS = _words("عناصر عنصر مسلحي مقاتلي أفراد جنود")  # the members of a group, before its name
CAPTURE = (normalize_token("أسر"),)  # taking prisoner; with the article, families or captivity
CAPTIVES_REACH = 4  # words from taking prisoner to whom: 'وأسرت العشرات من عناصرها'
CAPTIVES = MEMBERS | _words("مسلحين مسلحا مقاتلين مقاتلا جنديا جنديين عنصرا عنصرين عناصرها عناصره عناصرهم "
                            "مقاتليها مقاتليه مقاتليهم جنوده جنودها جنودهم")
LED_TO = _words("أدى أدت يؤدي تؤدي")  # ('ما أدى إلى إصابته')
# a deed's one victim, named by the pronoun it carries ('مقتله', 'إصابتها')
KILLED_ONE = _words("مقتله مقتلها اغتياله اغتيالها استشهاده استشهادها مصرعه مصرعها حتفه حتفها")
WOUNDED_ONE = _words("إصابته إصابتها جرحه جرحها")
ASSASSINATED = _words("اغتيال اغتال اغتالت اغتالوا اغتيل اغتيلت")
DEATHS = KILLED | ASSASSINATED
KILLED_OR_WOUNDED = KILLED | WOUNDED
# Taking one: 'اختطف مسلحون صحفيا' (one abducted), 'اعتقلت الشرطة ناشطا'.
TAKEN = _words("اختطف اختطفت اختطفوا خطف خطفت خطفوا اختطاف اعتقل اعتقلت اعتقلوا اعتقال أسر أسرت أسروا")
HURT = _words("أصيب أصيبت إصابة جرح")  # a wound that names its one victim after it: 'أصيب جندي
# not after an attempt, nor after 'عن' or 'في', where it is a topic ('مسؤولون عن اغتيال رجل دين',
# 'التحقيق في اغتيال ناشط')
NO_DEATH_BEFORE = _words("محاولة محاولات محاولتي حاول حاولت حاولوا يحاول تحاول عن في")
DEATH_TOPIC = _words("بسبب مكان ذكرى إثر اثر عقب بعد غداة")


def _described(words: list[str], k: int) -> bool:
    """Word k is a feminine adjective of the noun before it: 'مقتلة عظيمة' (a great slaughter,
    spelled as 'مقتله', his killing, once normalized)."""
    return k < len(words) and words[k].endswith("ه") and words[k][:1] not in "وفبل" and not words[k].startswith("ال")


def _one_of_a_people(tok: str) -> bool:
    """A gentilic in the singular, a person of that people: 'قتل إسرائيلي' (an Israeli was
    killed), 'مقتل أمريكي'; not 'سوريون', 'السوريين'."""
    return tok in actors().demonyms and tok.endswith("ي") and not tok.startswith("ال")


def _death_topic(words: list[str], k: int) -> bool:
    """The killing at k is named as a topic: what is protested or answered ('المحتجين على مقتل
    فتى', 'ردا على مقتل'), a cause or a place ('بسبب مقتل صبي', 'مكان مقتل الفتى'); not what
    someone went on to do ('أقدم مجهولون على اغتيال ناشط')."""
    return _in(words[k - 1], DEATH_TOPIC) or k > 1 and words[k - 1] == ON and (
        _in(words[k - 2], PROTESTING) or _participant(words[k - 2]) or _in(words[k - 2], RESPONSE))
PASSIVE_BY = {("من", "قبل"), (normalize_token("على"), "يد"), (normalize_token("على"), normalize_token("أيدي")),
              (normalize_token("على"), normalize_token("أيادي"))}  # by, at the hand(s) of
BY_FIRE = _words("برصاص بنيران")  # 'بمقتل 3 فلسطينيين برصاص مستوطنين': the shooters
AGAINST = _words("على ضد استهدف استهدفت")
# A noun before a trigger that makes it a topic, not a report: 'the case of the assassination',
# 'the anniversary of', 'charged with bombings', 'a policy of assassinations', 'combating',
# 'the inquiry into the bombings', 'a list of assassinations', 'the perpetrators of the attack',
# 'the accused in the bombing' (the sentence reports the inquiry, the list, the arrest or trial).
FRAMES = _words("قضية قضيه ذكرى الذكرى مذكرا مذكرة مذكرتي مذكرتا مذكرات مذكرين تذكيرا بتهمة تهمة بتهم تهم تورط بتورط تورطه تورطهم سياسة سياسه "
                "مسلسل سلسلة ظاهرة ظاهره تبرير مكافحة لمكافحة منع لمنع خطر مخاطر أعقاب اعقاب "
                "خلفية خلفيه محاولات تحقيق التحقيق التحقيقات تحقيقات قائمة قائمه منفذ منفذي منفذو "
                "المحقق محقق المحققين المحققون "
                "المتهم المتهمين المتهمون متهم متهمين المشتبه "
                # what a sentence says about an event: 'the evidence related to the
                # assassination', 'details about the attack'
                "المتعلقة المتعلقه المتعلق المتصلة المتصله بشأن حول تفاصيل "
                # stopping it: 'وقف قذائف الهاون' (to stop the mortar fire)
                "وقف لوقف "
                # proposing or planning it: 'رفضت مقترح نشر قوات', 'خطة الانسحاب'
                "مقترح مقترحات المقترح اقتراح الاقتراح خطة الخطة خطط مشروع "
                # fleeing it: 'اللاجئين الفارين من المعارك في مالي' (the cause of a flight)
                "الفارين الفارون فارين فارون فرارا هربا هاربين الهاربين هروبا "
                # what it left behind: 'ذخائر غير منفجرة من مخلفات العدوان الإسرائيلي'
                "مخلفات مخلفاتها آثار")
# Suspending, postponing or cancelling an event ('علقت الحكومة عملية الإجلاء', 'أرجأت الأطراف
# المحادثات') reports that it is not going on, with the subject between.
HALTED = _words("إيقاف ايقاف علق علقت علقوا يعلق تعلق تعليق أرجأ أرجأت أرجأوا يرجئ ترجئ إرجاء أجلت أجلوا "
                "يؤجل تؤجل تأجيل ألغى ألغت ألغوا يلغي تلغي إلغاء الغاء جمد جمدت جمدوا يجمد تجمد تجميد")
HALTED_REACH = 4
# Aid that is attacked, seized, looted or kept out is that deed's object, not aid given:
# 'استولى مسلحون على شاحنات مساعدات', 'منعت القوات دخول شاحنات المساعدات', 'نهبوا مخازن الإغاثة'.
KEPT_OUT = _words("منع منعت منعوا يمنع تمنع منعها منعه عرقل عرقلت عرقلوا يعرقل تعرقل عرقلة نهب نهبت نهبوا ينهب "
                  "تنهب سرق سرقت سرقوا يسرق تسرق سرقة صادر صادرت صادروا يصادر تصادر مصادرة احتجز احتجزت "
                  "احتجزوا يحتجز تحتجز حجز حجزت حجزوا")
AID_OBJECT_REACH = 6
# Heads in the construct state that make the next word part of a name or title: 'منظمة
# التحرير' (the PLO), 'رئيس تحرير' (editor-in-chief), 'ميدان التحرير' (a square).
NAME_HEADS = _words("منظمة منظمه حزب هيئة هيئه جبهة جبهه جيش حركة حركه ميدان ساحة ساحه رئيس لجنة لجنه "
                    "مجلس مكتب "
                    # bodies and their staff named by their field: 'منظمات الإغاثة', 'موظفي
                    # الإغاثة', 'وكالات الإغاثة', 'العاملين في مجال الإغاثة'
                    "منظمات هيئات لجان مجالس أحزاب حركات وكالة وكالات جمعية جمعيات مؤسسة مؤسسات "
                    "موظفي موظفو عمال مجال")
# Verbs of undergoing: 'تعرض لهجوم' is an attack that happened, not a purpose.
UNDERGO = _words("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضا عرضة عرضه "
                 # surviving it: 'نجا وزير الداخلية من محاولة اغتيال'
                 "نجا نجت نجوا ينجو تنجو "
                 # meeting it: 'تصدت الدفاعات الجوية لعدوان إسرائيلي'
                 "تصدى تصدت تصدوا يتصدى تتصدى")
# How far before 'لهجوم' its verb may stand, past what underwent it and where: 'تعرضت قاعدة عين
# الأسد الجوية في محافظة الأنبار غربي العراق لهجوم'.
UNDERGO_REACH = 10
# Participant words: 'the protesters' take part in an event but do not report one; alone in a
# sentence they are the subject or object of something else ('the police dispersed the
# protesters', 'the protesters demanded'). They count when a predicate of their category is
# there too.
PARTICIPANTS = _words("متظاهرون متظاهرين المتظاهرون المتظاهرين محتجون محتجين المحتجون المحتجين "
                      "متظاهر معتصمون معتصمين المعتصمون المعتصمين مضربون مضربين المضربون المضربين")
# Verbs of a crowd gathering or marching: with participants they report a protest ('تجمع مئات
# المتظاهرين أمام مبنى المحافظة', 'احتشد المحتجون', 'هتفوا').
GATHER = _words("تجمع تجمعوا يتجمع يتجمعون تجمهر تجمهروا احتشد احتشدوا يحتشد يحتشدون خرج خرجوا "
                "يخرجون ساروا يسيرون جابوا هتف هتفوا يهتفون رددوا يرددون توجه توجهوا تدفقوا نزلوا "
                "تجمعات تجمع")
# 'احتجاجا على', 'تنديدا ب', 'رفضا ل', 'استنكارا ل': what follows is what a protest is against.
COMING_TIME = _words("المقبل المقبلة القادم القادمة")
PERIODS = _words("الأسبوع الأسابيع الشهر الأشهر الشهور العام الأعوام السنة السنوات الأيام الفترة")
SPANS = _words("أيام يوما أسابيع أسبوعا أشهر شهرا سنوات عاما أعوام ساعات ساعة")  # ('بعد نحو تسعة أشهر')
DAY_SPANS = SPANS | _words("يوم يومين أسبوع أسبوعين شهر شهرين ساعتين عام عامين")
NEXT_REACH = 8
BY_THEN = _words("بحلول")
PAST_WORDS = _words("أمس الأمس الماضي الماضية المنصرم المنصرمة")
CARRIED_OUT = tuple(normalize_token(w) for w in ("قام", "يقوم", "تقوم", "قامت"))
REFUSAL = normalize_token("رفض")  # (the root, in every form below)
REFUSING = tuple(normalize_token(w) for w in ("رفض", "يرفض", "ترفض", "يرفضون"))
ACCUSING = tuple(normalize_token(w) for w in ("اتهم", "يتهم", "تتهم", "متهما", "متهمة"))
CHARGE = normalize_token("اتهام")  # the masdar: 'باتهام المعارضة بالتعطيل'
BLAMING = tuple(normalize_token(w) for w in ("حمل", "يحمل", "محملا", "محملة"))  # 'حمّل ... المسؤولية'
RESPONSIBILITY = _words("المسؤولية مسؤولية")
BLAME_REACH = 10
PROTESTING = _words("احتجاجا تنديدا رفضا استنكارا")
# ... and a verb or a participle of protesting before على: 'متظاهرين يحتجون على حظر الحكومة'
PROTESTED_ON = _words("احتج احتجت احتجوا يحتج تحتج يحتجون محتجين محتجون المحتجين المحتجون")
TOPIC_REACH = 8
# What a crowd carries or chants: gathered with these, it protests ('تجمع عشرات الفلسطينيين في
# ميدان المنارة يحملون لافتات تطالب بوقف الاستيطان', 'تجمهر الناس مطلقين الشعارات').
SIGNS = _words("لافتات لافته يافطات شعارات هتافات مرددين رافعين رافعات حاملين رايات "
               "اللافتات اليافطات الشعارات الهتافات الرايات")
_SIGN_FORMS = frozenset(p + w for w in SIGNS for p in ("", "و", "ب", "وب", "ال", "وال", "بال", "وبال"))
CROWD_DEMANDS = _words("مطالبين مطالبون منددين منددون رافضين رافضون")
PURPOSES = _words("للمطالبة للتنديد")  # what a crowd gathers for: 'احتشد الآلاف ... للمطالبة بإصلاحات'
# Gathering without chanting: chants describe a protest already told ('وهتف المتظاهرون ...').
ASSEMBLED = GATHER - _words("هتف هتفوا يهتفون رددوا يرددون")
# A relative pronoun before a verb of gathering describes the crowd ('فرقت الشرطة المتظاهرين
# الذين تجمعوا', the police dispersed the protesters who had gathered): the sentence reports what
# was done to them, not their gathering.
RELATIVES = _words("الذي التي الذين اللذين اللتين اللذان اللتان")
DRONE_ALONE = normalize_token("مسيرة")  # a march as often as a drone: not an attack beside a protest
# Weapons and devices: they name how an attack was made ('بقذائف الهاون') but, alone, may be a
# stockpile, a deployment or a threat ('the missiles Hezbollah owns'). They count when a
# predicate of attack is in the sentence, or a verb that delivers them ('أطلقت', 'سقطت',
# 'ألقت', 'تعرضت').
INSTRUMENTS = frozenset(normalize_token(w) for w in (
    "صواريخ", "صاروخ", "صاروخيه", "صاروخي", "قذائف", "قذيفه", "قذيفتي", "المدفعيه", "مدفعي", "هاون", "رصاص", "عبوه ناسفه",
    "عبوات ناسفه", "سياره مفخخه", "لغم", "انتحاري", "انتحاريه", "كيماوي", "كيميائي", "برميل متفجر",
    "البراميل المتفجره", "بالبراميل", "طائره مسيره", "مسيره", "غازات سامه", "اعيره ناريه", "سياره ملغومه",
    "سيارات مفخخه", "براميل متفجره", "برميلا متفجرا", "براميل", "حزام ناسف", "حزاما ناسفا",
    "احزمه ناسفه", "الغام", "رشاشات"))
# The wounded alone ('إجلاء الجرحى', evacuating the wounded) are the aftermath of something the
# sentence may not report: like weapons, they need a predicate.
VICTIMS = frozenset({normalize_token("جرحى")})
# Drones by the pair or more are made, sold and stockpiled as well ('تصنيع صواريخ وطائرات مسيرة').
DRONES = frozenset(normalize_token(w) for w in ("طائرات مسيره", "طائرتان مسيرتان", "طائرتين مسيرتين", "مسيرتان",
                                                 "مسيرتين"))
NEED_PREDICATE = INSTRUMENTS | VICTIMS | DRONES
# Words before an agreement's name that refer to an agreement in force instead of reporting one
# ('منطقة مشمولة باتفاق وقف الأعمال القتالية', 'خرق الهدنة', 'بموجب الاتفاق', 'وفق الاتفاق',
# 'تطبيقا لاتفاق وقف إطلاق النار': carrying out an agreement already made).
AGREEMENT_REFS = _words("بموجب مشمول مشمولة المشمول المشمولة خرق خروقات خرقا انتهاك انتهاكات وفق وفقا "
                        "حسب إطار اطار بنود بند إنعاش انعاش تطبيقا تطبيق وتطبيقا تنفيذا تنفيذ وتنفيذا "
                        # one in force: 'رغم سريان اتفاق وقف إطلاق النار', 'في ظل الهدنة', 'منذ دخول
                        # اتفاق وقف إطلاق النار حيز التنفيذ'
                        "رغم برغم سريان ظل منذ ضمن "
                        # shoring up one: 'بحث الجانبان سبل تثبيت وقف إطلاق النار في قطاع غزة'
                        "تثبيت وتثبيت لتثبيت")
# The head of an agreement's name before its terms: 'لاتفاق وقف إطلاق النار'.
AGREEMENT_HEADS = _words("اتفاق اتفاقية الاتفاق الاتفاقية")
AGREEMENT_PARTS = _words("المرحلة مرحلة المراحل مراحل الشق شق")
# Event nouns (masdars): they report an attack only in a sentence that says it took place.
EVENT_NOUNS = frozenset(normalize_token(w) for w in (
    "اغتيال", "تفجير", "تفجيرات", "هجوم", "هجوما", "هجمات", "انفجار", "اغتصاب", "استهداف", "تدمير",
    "اقتحام", "مجزره", "مجازر", "مذبحه", "عدوان", "اعتداء", "اعتداءات"))
OCCUR = _words("وقع وقعت يقع تقع وقوع شن شنت شنوا يشن تشن نفذ نفذت نفذوا ينفذ تنفذ تنفيذ أسفر أسفرت "
               "يسفر أدى أدت أوقع أوقعت هز هزت يهز ضرب ضربت استهدف استهدفت يستهدف تستهدف تبنى تبنت "
               "تبنوا دوى دوت تعرض قتل قتلت مقتل أصيب أصيبت إصابة دمر دمرت اندلعت اندلع تجددت تجدد "
               "دارت دار استمرت استمر تواصلت تواصل ارتكب ارتكبت ارتكبوا يرتكب ترتكب "
               # repelling it: 'صد هجوما لتنظيم داعش' (an attack was made)
               "صد صدت صدوا يصد تصد تصدى تصدت تصدوا يتصدى "
               # doing it, having it done: 'قامت قوة بمداهمة', 'تم اغتصابها'
               "قام قامت قاموا تم تمت "
               # beginning it: 'بدأت القوات اليمنية ... هجوما على مدينة الحديدة'
               "بدأ بدأت بدأوا")
# ('احتجاجا على' is also 'in protest at' anything: 'استدعت السفير احتجاجا على تصريحاته')
PROTEST_NOUNS = frozenset(normalize_token(w) for w in (
    "تظاهرة", "تظاهرات", "مظاهرة", "مظاهرات", "احتجاج", "احتجاجات", "احتجاجا", "اعتصام", "إضراب", "شغب"))
HELD = _words("نظم نظمت نظموا ينظم تنظم تنظيم شارك شاركت شاركوا يشارك مشاركة جرت جرى تجري انطلقت "
              "انطلق اندلعت اندلع تجددت تجدد شهدت شهد تشهد يشهد خرجت خرج نفذ نفذت نفذوا أقيمت أقيم "
              "عمت عم سارت دعا دعت فرقت فرق تفريق قمعت قمع واصل واصلت يواصل يواصلون بدأ بدأت أعلن "
              "أعلنت أضرب أضربت يضرب يضربون تواصل تواصلت تتواصل "
              # spreading: 'امتدت الاحتجاجات إلى 15 مدينة إيرانية'
              "امتدت امتد تمتد اتسعت اتسع تتسع توسعت توسع تتوسع "
              # breaking it up: 'فضت قوات الأمن بالقوة اعتصام المحتجين'
              "فضت فض فضوا")
DELIVER = _words("أطلق أطلقت أطلقوا يطلق تطلق يطلقون إطلاق سقط سقطت سقوط تساقط تساقطت تسقط يسقط ألقى ألقت "
                 "فجرت فجروا يفجر يفجرون "
                 "ألقوا يلقي تلقي إلقاء انهمرت "
                 # intercepted or shot down: it was fired ('اعترضت الدفاعات الجوية صاروخا')
                 "اعترض اعترضت اعترضوا يعترض تعترض اعتراض أسقط أسقطت أسقطوا يسقطون إسقاط")
# After these a trigger noun names an earlier event as a point in time, not a report:
# 'بعد تفجيرات سامراء' (after the Samarra bombings), 'غداة هجوم' (the day after an attack).
# A relative pronoun right before a trigger verb ('الرنتيسي الذي اغتالته إسرائيل') describes
# someone or something by an event, which the sentence does not report.
REFERENCE = _words("بعد قبل منذ غداة إثر اثر عقب قبيل بعيد إبان ابان حتى") | RELATIVES  # ('حتى وقف إطلاق النار': until)
# What one stands, speaks or campaigns against is named, not reported: 'تضامنت مع الحرس الوطني
# ضد تفجيرات', 'حملة ضد الاغتيالات'.
OPPOSED = _words("ضد")
TIME_BEFORE = _words("بعد قبل قبيل بعيد")
FROM = normalize_token("من")
OF_IT = normalize_token("عن")  # ('البحث عن المفقودين')
TOPIC_OPENERS = frozenset({OF_IT, "و" + OF_IT})  # 'وعن تفجير الجسر، قال ...': the topic of what is said
# Words said or decided: attacking them is criticism, not violence ('هاجم خطباء حماس اضرابات
# الموظفين', 'شن هجوما على سياسة الحكومة').
SAID = _words("تصريحات تصريح التصريحات سياسة سياسات السياسة قرار قرارات القرار موقف مواقف الموقف "
              "خطاب الخطاب بيان البيان إضراب إضرابات الإضراب الإضرابات تقرير التقرير دعوة دعوات الدعوة "
              "انتقادات قانون القانون أداء نهج آراء رأي أفكار فكرة تصرفات سلوك")
SAID_REACH = 3
# Attacking a political body or office-holder with no weapon fired and no one hurt is
# criticism: 'شن هجوما عنيفا على الحكومة', 'واصلت هجومها على اللجنة التنفيذية'.
ATTACKING = _words("هجوم هجوما الهجوم هجومه هجومها هجومهم هاجم هاجمت هاجموا يهاجم تهاجم مهاجمة بمهاجمة")
ARMED = _words("مسلح مسلحون مسلحين مسلحا مهاجمون مهاجمين انتحاري انتحارية قوات جنود عناصر مقاتلون مقاتلين "
               "ميليشيا ميليشيات")  # ('هاجم مسلحون البرلمان': armed men attacked it)
POLITICAL = _words("اللجنة لجنة الحكومة حكومة الرئيس رئيس الحزب حزب المجلس مجلس البرلمان برلمان الوزير وزير "
                   "الوزارة وزارة المعارضة النواب الأحزاب القيادة قيادة الأمين زعيم الزعيم")
# Figures of speech: a verbal attack ('شن هجوما لاذعا على الحكومة'), bursting into laughter.
FIGURATIVE = _words("لاذع لاذعا لاذعة حاد حادا حادة كلامي كلاميا كلامية إعلامي إعلاميا إعلامية "
                    "شديد شديدا شديدة "
                    # 'تظاهرة ثقافية' / 'تظاهرة المسرح': a festival, not a demonstration
                    "ثقافية الثقافية فنية الفنية المسرح المسرحية سينمائية السينمائية رياضية الرياضية "
                    "بالضحك بالبكاء ضحكا بكاء "
                    # hearts and eyes taken: 'أسر المدرب قلوب الجماهير', 'خطف اللاعب الأنظار'
                    "قلوب القلوب الأنظار الأضواء "
                    # strife set off: 'لتفجير صراعات أشد خطورة', 'تفجير الأوضاع', 'انفجار الأزمة'
                    "صراعات صراع الصراع الصراعات أزمة الأزمة أزمات الأوضاع الوضع "
                    # no blood shed: 'هجوم إلكتروني', 'هجمات سيبرانية', 'اغتيال معنوي' (of a
                    # reputation), 'انفجار سكاني' (of a population)
                    "إلكتروني الإلكتروني إلكترونية الإلكترونية إلكترونيا سيبراني السيبراني سيبرانية "
                    "السيبرانية معنوي المعنوي معنويا سكاني السكاني")
# Games: a player hurt in a match ('أصيب اللاعب في مباراة ليفربول') is no attack.
SPORTS = _words("مباراة المباراة مباراته مباريات الملعب ملعب بطولة البطولة الدوري التدريبات تدريبات "
                "اللاعب لاعب لاعبي المنتخب منتخب")
# Bursting out: 'فانفجرت رايس وليفني بالضحك' (burst out laughing), 'انفجر غاضبا'. A few words
# may stand between the verb and the manner: those who burst out.
OUTBURST = _words("بالضحك بالبكاء ضحكا بكاء ضاحكا ضاحكة ضاحكين باكيا باكية غاضبا غاضبة غاضبين غضبا بالغضب "
                  "بالصراخ صارخا "
                  # what 'explodes' in a figure of speech: prices, a crisis, a dispute
                  "أسعار الأسعار الأزمة أزمة الخلافات خلافات الخلاف الوضع الأوضاع الغضب غضب")
OUTBURST_REACH = 4
# Words of exposure: 'الأكثر عرضة لهجمات', 'والكل معرض للاغتيال' tell a risk, not an attack.
EXPOSED = _words("عرضة عرضه معرض معرضة معرضون معرضين")
EXPOSED_REACH = 3
# Rights and freedoms: 'الحق في التظاهر السلمي', 'حرية التظاهر' name the right, not an event.
RIGHTS = _words("حق الحق حرية الحرية وحق وحرية للحق وللحق بالحق حقهم حقه حقها حقوق "
                "للحرية بالحرية")  # ('انتهاكا للحق في التظاهر السلمي', 'حقهم في الإضراب')
# A demonstrative before a definite event noun points back to an event told before: 'هذه
# المظاهرة غير قانونية', 'هذا الهجوم يعد تطورا خطيرا'. A toll told with it still counts
# ('أسفر هذا الهجوم عن مقتل خمسة').
DEMONSTRATIVES = _words("هذا هذه ذلك تلك هذان هاتان هذين هاتين")
# Expected, possible or planned, told after the event noun: 'المواجهات العسكرية المحتملة', 'الزيارة
# المرتقبة', 'العملية المزمعة' (not 'ومن المتوقع أن', which looks ahead from a reported event).
EXPECTED = _words("المحتمل المحتملة المحتملين محتمل محتملة المتوقع المتوقعة المرتقب المرتقبة "
                  "مرتقب مرتقبة المزمع المزمعة المنتظر المنتظرة المقترح المقترحة")
EXPECTED_REACH = 3
# Reactions: a sentence that condemns an attack or an arrest reports the condemnation (ACCUSE),
# not the violence, which its own report gives.
REACTION = _words("ندد نددت يندد تندد نددوا تنديد أدان أدانت يدين تدين أدانوا إدانة دان دانت شجب شجبت "
                  "يشجب تشجب استنكر استنكرت يستنكر تستنكر استنكار استنكروا "
                  # welcoming it: 'رحبت مصر بإعلان وقف إطلاق النار في لبنان'
                  "رحب رحبت يرحب ترحب رحبوا ترحيب "
                  # commenting on it, and accusing someone of it: 'معلقة على مقتل', 'اتهمت
                  # محكمة ... بالضلوع في تفجير', 'اتهمت روسيا جورجيا ... خلال قصفها'
                  "علق علقت معلقا معلقة تعليقا تعليق اتهم اتهمت يتهم تتهم اتهموا اتهام اتهامات "
                  "زعم زعمت يزعم تزعم "
                  # condemning it, as a circumstance: 'مديناً «جريمة اغتيال الوزير»' ('مدينة' is a city)
                  "مدينا منددا مستنكرا شاجبا مدينين منددين مستنكرين")
# nouns that count people, dead, hurt or held ('نحو 2000 قتيل' is no year)
COUNT_NOUNS = _words("قتيل قتيلا قتلى جريح جريحا جرحى مصاب مصابا مصابين معتقل معتقلا معتقلين أسير أسيرا أسرى "
                     "شخص شخصا أشخاص")
SEARCH = _words("بحث البحث")
SWEEP = _words("تمشيط تفتيش إنقاذ")  # ('بحث وتمشيط', 'البحث والإنقاذ')
SPOKEN_TO = ("THREATEN", "ACCUSE", "REQUEST")  # categories whose object may be a country named bare
# verbal nouns of deeds done to someone, spelled unlike their verbs: the noun after them is who
# it was done to ('اعتقال الناشط', 'اغتيال القيادي'), not who did it
DONE_TO = _words("اعتقال اختطاف اغتيال استهداف إسقاط احتجاز توقيف تصفية")
KILLING = _words("قتل اغتيال تصفية")  # killing as a deed done (not 'مقتل', a death told)
HEAD_OF_REACH = 6  # words from a verb to the name of a body's head after it, title and body between
ANNOUNCING_IT = _words("بإعلان بالإعلان بقرار بتوقيع بالتوصل")  # 'رحبت مصر بإعلان وقف إطلاق النار'
REACTION_REACH = 3  # words from a verb of condemning to what it condemns ('ونددت طهران بالعقوبات')
# What an agreement provides for is planned, not done: 'اتفاق يقضي بانسحاب المسلحين', 'الاتفاق
# يشمل إجلاء الجرحى', 'توافق على خروج المقاتلين' (an intent, kept and marked).
TERMS_VERBS = _words("يقضي يقضى تقضي ينص تنص نص يشمل تشمل يتضمن تتضمن")
TERMS = TERMS_VERBS | _words("بنود بند توافق اتفاق الاتفاق اتفاقا تفاهم")
# How far before 'على' or a 'ب' of the deed an agreement may stand, past its parties: 'توافق بين
# الولايات المتحدة وروسيا وقوى إقليمية على خروج المقاتلين'.
TERMS_REACH = 10
TERMS_LINKS = _words("على مقابل")
SERIES = _words("سلسلة مسلسل")
BREACH = _words("خرق خرقت خرقوا يخرق تخرق خروقات انتهك انتهكت انتهكوا ينتهك تنتهك انتهاك انتهاكات")
# An item of an enumeration: '2-خروج المسلحين ...', '3) إطلاق سراح المعتقلين'.
LIST_ITEM = re.compile(r"\s*\d{1,2}\s*[-–)]")
# What is demanded is not done: 'للمطالبة بإطلاق سراح المعتقلين' (to demand the prisoners'
# release), 'دعا إلى وقف القصف' (an intent, kept and marked).
DEMAND = _words("طالب طالبت طالبوا يطالب تطالب يطالبون مطالبة المطالبة للمطالبة بالمطالبة مطالبين "
                "مطالبا دعا دعت دعوا يدعو تدعو يدعون داعيا داعية داعين دعوة الدعوة مطالب بمطالب "
                # asked, urged, appealed to: 'طلب من إسرائيل ألا تبادر إلى الهجوم'
                "طلب طلبت طلبوا يطلب تطلب حث حثت حثوا يحث تحث ناشد ناشدت ناشدوا يناشد تناشد "
                # set as a condition: 'اشترطت انسحاب قوات الدعم السريع من المدن قبل أي هدنة'
                "اشترط اشترطت اشترطوا يشترط تشترط")
DEMAND_REACH = 6
BA_DEMAND_REACH = 14
THREAT_REACH = 10
OWN_FORCES = _words("قواته قواتها قواتهم عناصره عناصرها مقاتليه مقاتليها جنوده جنودها طائراته طائراتها "
                    "مقاتلاته مقاتلاتها وحداته وحداتها")
TOLD_REACH = 6  # how far before a deed its teller may be named (as an actor may be)
# Intercepting or repelling the deed: who does it is the defender, not the attacker ('أعلن
# الجيش أنه اعترض صاروخا أطلق من جنوب لبنان').
REPELLED = _words("اعترض اعترضت اعترضوا يعترض تعترض اعتراض أسقط أسقطت أسقطوا إسقاط صد صدت صدوا يصد تصد "
                  "تصدى تصدت تصدوا يتصدى تتصدى")
REPELLED_REACH = 3
# What is called for after 'إلى' may stand further from the call, past who is called on: 'دعت
# منظمة العفو الدولية السلطات المغربية إلى إطلاق سراح الصحفي'.
TO = normalize_token("إلى")


CALL_REACH = 12  # words from a call to its 'إلى', and from there to the last deed it lists


def _demand_reach(words: list[str], i: int) -> int:
    """How far before the deed at i a demand governs it: further after 'إلى', and for a deed
    joined by و to one demanded ('طالب ... بالإفراج عن جميع الرهائن ووقف إطلاق النار')."""
    reach = DEMAND_REACH + 4 if i and words[i - 1] == TO else DEMAND_REACH
    if i and _in(words[i - 1], LAUNCHED):
        i -= 1  # (from the verb that carries it: 'طلبت الحكومة العراقية من الولايات المتحدة شن غارات')
        reach += 1
    # further down the list of what is called for, with no verb of its own between: 'دعا ... إلى
    # وقف فوري لإطلاق النار والسماح بدخول المساعدات'
    k = next((k for k in range(i - 1, max(-1, i - CALL_REACH), -1) if words[k] == TO), None)
    if k is not None and not any(feminine_perfect(w) or w.endswith("وا") for w in words[k + 1:i]):
        d = next((d for d in range(k - 1, max(-1, k - CALL_REACH), -1) if _in(words[d], DEMAND)), None)
        if d is not None:
            reach = max(reach, i - d)
    if words[i].startswith("ب"):
        # what is demanded with ب, after a long subject and whom it is asked of, with no verb of
        # their own between: 'طالب آلاف المتظاهرين ... رئيس الوزراء المقبل غوردن براون بسحب قوات'
        d = next((d for d in range(i - 1, max(-1, i - BA_DEMAND_REACH), -1) if _in(words[d], DEMAND)), None)
        if d is not None and not any(feminine_perfect(w) or w.endswith("وا") for w in words[d + 1:i]):
            reach = max(reach, i - d)
    rest = _unconjoined(words[i])
    if rest == words[i]:
        return reach
    # a verb of their own after و is not demanded: 'طالبوا بالاستقلال ورفضوا التفاوض'
    return 0 if rest.endswith(("وا", "ت")) else reach + DEMAND_REACH


def _told_by(ents: list[Entity], words: list[str], i: int) -> bool:
    """Someone named before 'إن/أن' tells of the deed at i ('وقال العقيد ... من الشرطة إن جنديين
    قتلا'): no actor, but a source the report is given by."""
    return any(x.type in ("organization", "person") and x.tok[1] <= i and i - x.tok[1] <= TOLD_REACH
               and _says_that(words, x.tok[0], x.tok[1], i) for x in ents)


OWN_FORCES_REACH = 16  # words from a body to the deed its own forces do: 'أعلن الجيش الأوكراني أن قواته تقدمت ... وسيطرت'


def _own_forces(words: list[str], b: int, i: int) -> bool:
    """'إن/أن' between b and i is followed by the teller's own forces: 'أن قواته', 'إن طائراتها'."""
    return any(words[k] in THAT and k + 1 < i and _in(words[k + 1], OWN_FORCES) for k in range(b, i))


def _says_that(words: list[str], a: int, b: int, i: int) -> bool:
    """The one named at words[a:b] says, with a verb of telling around the name and 'إن/أن'
    after it, what follows up to i (not 'بعد أن', after)."""
    return any(words[k] in THAT and not (k and _in(words[k - 1], TIME_BEFORE)) for k in range(b, i)) \
        and any(_in(w, TOLD) for w in words[max(0, a - TOLD_REACH):i])


ON_BEHALF = _words("باسم")
SPOKEN_FOR_REACH = 3  # words from the body to its spokesman's name: 'باسم القوات المسلحة اليمنية العميد يحيى سريع'
GROUP_HEADS = _words("جماعة تنظيم حركة ميليشيا ميليشيات فصيل خلايا خلية")  # ('من خلايا تنظيم داعش')


def _group_of(source: Entity, x: Entity, words: list[str]) -> bool:
    """x names the group the doers named by `source` belong to: 'مسلحون من جماعة بوكو حرام',
    'مسلحون من جماعة القوات الديمقراطية المتحالفة' (past the group's head word), 'مقاتلات تابعة
    للتحالف', 'مسلحون يعتقد أنهم من جماعة بوكو حرام', 'مسلحون يشتبه في انتمائهم لجماعة نصرة
    الإسلام', 'ينتمون إلى تنظيم الدولة'."""
    a, b = x.tok[0], source.tok[1]
    return x.type != "location" and (
        a == b + 1 and (words[a - 1] == FROM or _in(words[a - 1], BELONGING))
        or a == b + 2 and words[a - 2] == FROM and _in(words[a - 1], GROUP_HEADS)
        or b < a <= b + 2 and _in(words[a - 1], BELONGING)
        or b + 1 < a <= b + 5 and (m := a - 1 if words[a - 1] == FROM else a - 2 if words[a - 2] == FROM
                                   and _in(words[a - 1], GROUP_HEADS) else -1) > b
        and all(_in(w, SUSPECTED) for w in words[b:m])
        or b < a <= b + 4 and _membership(words[b:a]))


def _parties_told(cands: list[Entity], words: list[str], b: int, i: int) -> bool:
    """Someone is named between the 'أن' after a teller (ending at b) and the deed at i: the
    teller tells of others ('أن إسرائيل ولبنان وافقا'), not of itself ('أن اتفاقا تم التوصل إليه')."""
    k = next((k for k in range(b, i) if words[k] in THAT), None)
    return k is not None and any(k < y.tok[0] < i for y in cands)


def _clashed_with(cands: list[Entity], words: list[str]) -> Entity | None:
    """The side named right after 'اشتباكات/مواجهات مع' ('مع قوات الأمن', 'مع مسلحين'), or after
    an exchange of fire with it ('في تبادل لإطلاق النار مع مسلحين')."""
    for k in range(len(words) - 2):
        if words[k + 1] == WITH and (_in(words[k], CLASHING) or k > 1 and _in(words[k - 2], CLASHING)):
            return next((x for x in cands if k + 2 <= x.tok[0] <= k + 3 and x.type == "organization"), None)
    return None


def _threatened(s: Sent, i: int) -> bool:
    """The deed at i is what a threat or warning before it threatens, told with ب: 'هدد ...
    بتنظيم اعتصامات مفتوحة', 'هددت موسكو بالانسحاب من المعاهدة'."""
    return s.has(THREAT, a=max(0, i - THREAT_REACH), b=i) and (
        _with_ba(s.words[i]) or i > 0 and _with_ba(s.words[i - 1]))


# 'وسط استمرار القصف', 'في ظل تصاعد الاشتباكات': a circumstance of what the sentence reports.
AMID = _words("وسط ظل")
ONGOING = _words("استمرار تواصل تصاعد تزايد")
SIEGE = (normalize_token("حصار"),)
LAID = _words("فرض فرضت فرضوا يفرض تفرض بفرض لفرض فرضها أحكم أحكمت أحكموا يحكم إحكام شدد شددت يشدد تشدد "
              "ضرب ضربت ضربوا يضرب تضرب")
LAID_REACH = 4  # words from laying to the siege: 'فرضت قوات النظام حصارا' (names' words not counted)
NAME_SPAN = 6  # the most words of a name looked past
BUILDINGS = _words("مقر المقر مقار مقرات المقرات مبنى المبنى مبان مباني المباني")
# What is seized when no place is taken: arms, craft, goods, buildings, herds ('استولى مسلحون على
# عدد من السيارات'); not 'للسيطرة على المتظاهرين' (to control the protesters), nor power.
SEIZABLE = _words("أسلحة الأسلحة سلاح السلاح ذخائر الذخائر ذخيرة الذخيرة سفينة السفينة سفن السفن ناقلة الناقلة "
                  "ناقلات شحنة الشحنة شحنات الشحنات سيارات السيارات سيارة السيارة آليات الآليات مركبات المركبات "
                  "عربات العربات دبابات الدبابات مدرعات المدرعات أموال الأموال ممتلكات الممتلكات مقر المقر مقار "
                  "مقرات المقرات مبنى المبنى مبان مباني المباني مستودع المستودع مستودعات مخزن مخازن المخازن معدات "
                  "المعدات منزل المنزل منازل المنازل بضائع البضائع مواشي المواشي ماشية الماشية أبقار قوارب "
                  "زورق زوارق طائرة الطائرة طائرات الطائرات شاحنة الشاحنة شاحنات الشاحنات قافلة القافلة قوافل "
                  "مساعدات المساعدات إمدادات الإمدادات وقود الوقود")
# Making a device safe or finding it: the bomb did not go off ('فككت قوات الأمن سيارة مفخخة',
# 'العثور على عبوة ناسفة'); weapons after these words report no attack.
DEFUSED = _words("فكك فككت يفكك تفكك تفكيك فككوا أبطل أبطلت إبطال ابطال عثر عثرت العثور ضبط ضبطت "
                 "اكتشف اكتشفت اكتشاف")
# Stopping an attack before it happened: 'أحبطت الشرطة محاولة اغتيال' (foiled an assassination
# attempt); a trigger this close after these words is no attack.
# Nature and accidents kill too: 'ارتفعت حصيلة ضحايا الزلزال إلى 500 قتيل' reports no attack.
DISASTER = _words(" ".join(f"{w} ال{w}" for w in (
    "زلزال زلازل هزه فيضان فيضانات سيول اعصار عاصفه حريق حرائق انهيار انهيارات انزلاق تصادم اصطدام "
    "غرق وباء كوليرا كورونا جفاف مجاعه اسطوانه").split()) + " مروري مروريه")
# Kinds of deeds named in general, not a deed reported: 'أعمال قتل واغتصاب ونزوح', 'حالات
# اغتصاب وتعذيب', 'جريمة اغتيال الوزير' (unless the sentence counts its dead).
KINDS = _words("أعمال اعمال حالات جرائم جريمة ممارسات")


def _of_kinds(words: list[str], i: int) -> bool:
    """The deed at i is a kind named in general: right after 'أعمال' / 'حالات', or joined by و
    to the deed after it ('أعمال الخطف والاغتيالات')."""
    return i > 0 and _in(words[i - 1], KINDS) or i > 1 and words[i].startswith("و") and _in(words[i - 2], KINDS)


# Deeds listed bare, as a charge or a history: 'من قتل وتدمير', 'تطهير عرقي وسجن وقتل وتهجير',
# 'ما جرى من اغتيالات وانفجارات' (unless a number follows: 'قتل وتدمير 20 منزلا').
DEEDS = frozenset(normalize_token(w) for w in (
    "قتل تدمير اغتصاب نهب تهجير تعذيب تشريد سجن اعتقال اعتقالات خطف اختطاف نزوح اغتيال اغتيالات "
    "انفجارات تفجير تفجيرات حرق هدم قمع ترويع تجويع إبادة تنكيل مجازر").split())
# A toll since a year or an onset is a running total, not an event: 'قتل حوالي ثلاثة آلاف جندي
# منذ الاجتياح في 2003', 'تعرضت الهند إلى 44 تفجيرا منذ شهر مايو'; 'منذ صباح اليوم' is a day.
ONSET = _words("بداية بدء اندلاع مطلع انطلاق الاجتياح الغزو الحرب سقوط الثورة الأزمة النزاع عام العام "
               "سنة السنة شهر أشهر شهور أسابيع سنوات سنين أعوام عقود "
               + " ".join(m for m in dates.MONTHS if " " not in m))
SINCE_REACH = 12
SUPERLATIVES = _words("الأعنف الأسوأ الأكبر الأكثر الأخطر الأشد الأول الأعلى الأدمى أعنف أسوأ أكبر أخطر "
                      "أشد أول أعلى أدمى")  # (not 'أكثر من', more than)
GAS = _words("اسطوانة أسطوانة قارورة غاز الغاز وقود الوقود")
FOILED = _words("أحبط أحبطت يحبط تحبط أحبطوا إحباط احباط أجهض أجهضت يجهض تجهض أجهضوا إجهاض اجهاض")
FOILED_REACH = 10  # ('أحبطت قوات الأمن هجوما انتحاريا كان يستهدف زوار مرقد')
HELD_POSITIONS = _words("مواقعها مواقعه مواقعهم مواقعنا نقاطها تمركزاتها")


def _on_positions(words: list[str], j: int) -> bool:
    """The attack ending at j was on its foiler's own positions: 'هجوما حوثيا على مواقعها'."""
    return any(words[k] == ON and _in(words[k + 1], HELD_POSITIONS) for k in range(j, min(len(words) - 1, j + 3)))
# Counting events makes a statistic, not a report: 'زيادة عدد الهجمات الصاروخية' (more rocket
# attacks), 'معدل الاغتيالات' (the rate of assassinations); said of plural event nouns.
COUNTS = _words("عدد معدل معدلات نسبة نسبه مستوى مستويات إحصاء احصاء إحصائية احصائية إحصاءات احصاءات")
# Seizing a place is military (POLECAT's ASSAULT absorbed FIGHT: occupy territory); seizing
# anything else (money, a ship, documents) stays COERCE: seize.
OCCUPY_REACH = 4
PREPOSITIONS = _words("في إلى على عن مع ضد لدى عند")
AFFILIATED = _words("المرتبطة المرتبط المرتبطين المرتبطون مرتبطة مرتبط مرتبطون مرتبطين الموالية الموالي الموالين الموالون "
                    "موالية موال موالين موالون المقربة المقرب المقربين المقربون المدعومة المدعوم المدعومين")
NAMELESS_DOERS = frozenset({"Armed men", "Unidentified gunmen", "Militants"})  # (actor names: gunmen of no group told)
RESCUERS = frozenset({"Civil defence", "Red Cross", "Red Crescent"})  # (actor names)
# Who holds people without arresting them (actor names): no authority, an armed group of no name.
HOLDERS_NOT_ARRESTING = NAMELESS_DOERS | {"Armed group", "Armed gang", "Armed gangs", "Gangs"}
BELONGING = _words("تابعة التابعة تابع التابع تابعون التابعون تابعين التابعين")
# A warning of a danger is no threat: 'حذرت منظمة الصحة من انتشار الكوليرا', 'حذر من مخاطر
# استقالة الوزراء', 'حذرت من آفة الإرهاب' (a warning of consequences, 'عواقب', 'مغبة', is one).
WARNED = (normalize_token("حذر"),)
DANGERS = _words("مخاطر المخاطر خطر خطورة آفة انتشار تفشي تداعيات كارثة كارثية مجاعة تدهور انهيار أزمة "
                 "الأزمة نقص تفاقم")
DANGER_REACH = 4
# Offices and bodies named after their place: 'رئيس إقليم كردستان', 'حكومة ولاية بونتلاند',
# 'محافظ البصرة'. Their place is the office's, not where an event happens, when the sentence
# names another.
SEAT_REACH = 4  # words from a body's head word to 'في' and its seat ('وزارة الصحة في غزة')
OFFICE = _words("رئيس رئاسة حكومة سلطات سلطة برلمان مجلس محافظ حاكم زعيم وزير وزارة نائب ممثل سفير قنصل والي")
# 'أمام مقر الحكومة' (before the government's seat): whose place it is, not who acts.
WITH_SUPPORT = _words("بدعم بمساندة بإسناد")
LED_BY = _words("بقيادة")  # ('فصائل المعارضة بقيادة هيئة تحرير الشام': the leader acts with them)
AERIAL_WORDS = _words("جوي جوية")
PLACE_OF = _words("مقر مبنى مكتب منزل سفارة قنصلية أمام قرب")
SITE_BEFORE = _words("أمام")
SITE_REACH = 4
BETWEEN = normalize_token("بين")
AMONG = frozenset({BETWEEN, "و" + BETWEEN})  # ('ومن بين الضحايا ثلاثة أطفال')
BETWEEN_REACH = 6
def _joined_number(tok: str) -> bool:
    """A number joined by و ('و5', 'وخمسة', and a dual of people: 'وامرأتان'); not a number
    that begins with و ('واحدة')."""
    return tok.startswith("و") and not is_number_word(tok) and (tok[1:2].isdigit() or is_number_word(tok[1:])
                                                                 or tok[1:] in DUALS)


OF_THEM = _words("منهم منهن بينهم بينهن بينها")  # ('بينهم 3 نساء و4 أطفال': some of the counted)
PART_REACH = 4  # words from a count of no kind to 'بينهم' ('20 شخصا على الأقل بينهم')
JOINED_COUNT_REACH = 6  # words from a count to the next joined to it by و ('12 عنصرا من جماعة الحوثي و5')
# Words before a country that make it where the event is ('في تونس', 'غرب العراق'), not an actor.
ALL_OVER = _words("أنحاء انحاء أرجاء ارجاء ربوع عموم")
COUNTRY_PLACE = ALL_OVER | _words("في وفي ففي إلى وإلى داخل نحو باتجاه شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط "
                                  "بشمال بجنوب بشرق بغرب بوسط بشمالي بجنوبي بشرقي بغربي "  # ('في عملية بشمال العراق')
                                  # a city described as a country's capital: 'في جوبا عاصمة جنوب السودان'
                                  "عاصمة "
                                  # all over it: 'في أنحاء فرنسا', 'في مختلف مدن العراق', 'في شوارع لبنان'
                                  "مدن شوارع "
                                  # what a country saw happened in it: 'وشهدت مصر اشتباكات'
                                  "شهد شهدت يشهد تشهد وشهد وشهدت شهده شهدته يشهده تشهده تشهدها يشهدها")
NATIONWIDE_REACH = 5
BORDER = _words("الحدود حدود الحدودي الحدودية الشريط")
BEARINGS = _words("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وشمال وجنوب وشرق وغرب")
BEARING_REACH = 3  # words between a place and its landmark's bearing: 'الزاوية (على بعد 45 كلم) غرب طرابلس'
SETTLEMENT_WORDS = _words("مدينة المدينة العاصمة بلدة قرية محافظة ولاية منطقة")


def _bound_for(words: list[str], a: int) -> bool:
    """The place at a is where something was heading: 'متجهة إلى سوريا', past the kind of place
    named before it ('متجهة إلى العاصمة إسلام آباد')."""
    k = a - 1 - (a > 1 and _in(words[a - 1], SETTLEMENT_WORDS))
    return k > 0 and words[k] == TO and _in(words[k - 1], HEADING)


def _bearing_before(words: list[str], k: int) -> bool:
    """The place at k follows a compass bearing: 'غرب طرابلس', 'جنوب العاصمة بغداد'."""
    return k > 0 and words[k - 1] in BEARINGS or k > 1 and words[k - 2] in BEARINGS and words[k - 1] in SETTLEMENT_WORDS
WITH = normalize_token("مع")


def _border_with(words: list[str], k: int) -> bool:
    """The country at k is a side of a border: 'عبر الحدود مع سوريا'."""
    return k > 1 and words[k - 1] == WITH and _in(words[k - 2], BORDER)


# 'من قبضة التنظيم', 'من سيطرة المسلحين': those a place is taken from are the target.
HOLD = _words("قبضه سيطره")
FREEING = frozenset({(normalize_token("حرر"),), (normalize_token("تحرير"),)})
ON = normalize_token("على")
RESPONSE = _words("ردا رد")
REVENGE = _words("انتقاما ثأرا ثارا")
STATE_ACTORS = frozenset({"state_forces", "government", "police"})
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry: token sequence, category, mode and strength."""

    words: tuple[str, ...]
    category: str
    mode: str | None
    strength: float


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[Trigger]]:
    """Trigger lexicon indexed by its first word, longest entries first."""
    index: dict[str, list[Trigger]] = defaultdict(list)
    for row in read_tsv(DATA / "triggers.tsv"):
        words = tuple(normalize_token(row["form"]).split())
        index[words[0]].append(Trigger(words, row["category"], row["mode"] or None, float(row["strength"])))
    for entries in index.values():
        entries.sort(key=lambda t: -len(t.words))
    return dict(index)


@lru_cache(maxsize=200_000)
def _forms(tok: str) -> tuple[str, ...]:
    """The token, its forms without proclitics and article, and those without suffixes."""
    out = []
    for stem in stems(tok):
        out.append(stem)
        if stem.startswith("ال") and len(stem) > 4:
            out.append(stem[2:])
    for stem in list(out):
        for suffix in SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                out.append(stem[: -len(suffix)])
    return tuple(out)


# Nouns that look like an inflected trigger and are none: 'من قبضة التنظيم' (from the grip
# of), not an arrest ('قبض' + a pronoun).
NOT_TRIGGERS = _words("قبضه قبضته قبضتها قبضتهم "
                      # the Taliban, not 'they demanded' (طالب + a dual ending); students;
                      # caution ('بحذر'), not a warning
                      "طالبان الطالب بطالب طالبات الطالبات والطالبات الطالبه طالبه "
                      "الحذر بحذر والحذر حذرا حذره")  # ('هدوءا حذرا': a cautious calm)


@lru_cache(maxsize=200_000)
def _word_triggers(tok: str) -> tuple[Trigger, ...]:
    """Lexicon entries whose first word is one of the token's forms, in the order tried."""
    if _in(tok, NOT_TRIGGERS):
        return ()
    index = triggers()
    return tuple(trig for form in _forms(tok) for trig in index.get(form, ()))


@lru_cache(maxsize=None)
def _gap_object(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a split trigger after its gap ('نشر * قوات': 'قوات')."""
    return words[words.index(GAP) + 1:]


def find_triggers(words: list[str]) -> list[tuple[int, int, Trigger]]:
    """(i, j, trigger) for every lexicon match in a sentence's normalized words."""
    found = []
    end = 0  # the first word after the last match
    taken = ()  # the object words of the last split match ('رفعت الإدارة العقوبات': not a sanction)
    for i in list(compress(range(len(words)), map(_word_triggers, words))):
        if i < end or i in taken:
            continue
        ahead = None  # the forms of the words a split trigger's object may be among
        for trig in _word_triggers(words[i]):
            n = len(trig.words)
            if GAP in trig.words:
                if trig.words[0] == DAWN and _dawn(words, i):
                    continue  # ('وفي فجر اليوم ... قرب سيارة إسعاف': dawn, not 'set off a car')
                obj = _gap_object(trig.words)
                if ahead is None:
                    reach = _gap_reach(words, i + 1)
                    ahead = set().union(*map(_forms, words[i + 1:i + 1 + reach]))
                k = _object_at(words, i + 1, obj) if obj[0] in ahead else None
                if k is not None:
                    found.append((i, i + 1, trig))  # the verb; its subject may stand between
                    end, taken = i + 1, range(k, k + len(obj))
                    break
            elif n == 1 or tuple(words[i + 1:i + n]) == trig.words[1:]:
                found.append((i, i + n, trig))
                end = i + n
                break
    return found


DURING = _words("خلال اثناء أثناء")
OWNED = frozenset({"ه", "ها", "هم", "هما", "هن"})  # pronoun suffixes: whose deed it is ('احتجازه')


def _during_told(words: list[str], i: int, j: int, trig: Trigger) -> bool:
    """The event noun at i is the definite object of 'during' with nothing said of it ('خلال
    اللقاء', 'أثناء الهجوم'): the event as the article told it before. One with a clause of
    its own tells it ('خلال المباحثات التي أجراها الأسد اليوم مع ...')."""
    return i > 0 and words[i - 1] in DURING and len(trig.words) == 1 and words[i].startswith("ال") \
        and not (j < len(words) and words[j] in RELATIVES)


# In the lexicon, '*' between a verb and its object lets the subject stand between them, as it
# does in verb-first Arabic ('أطلق مسلحون مجهولون النار', 'قطعت المغرب علاقاتها'): the object's
# words (without clitics and suffixes) must come within GAP_REACH words after the verb.
GAP = "*"
GAP_REACH = 6
# Words of a time between a verb and its object, not counted in GAP_REACH: 'خلال الليل', 'فجر اليوم'.
GAP_TIMES = _words("خلال الليل ليلا أمس اليوم فجر صباح مساء الليلة الماضية")


def _gap_reach(words: list[str], start: int) -> int:
    """GAP_REACH words from `start`, and one more for each word of a time among them."""
    window = words[start:start + GAP_REACH]
    return GAP_REACH if GAP_TIMES.isdisjoint(window) else GAP_REACH + sum(w in GAP_TIMES for w in window)


def _object_at(words: list[str], start: int, obj: tuple[str, ...]) -> int | None:
    """Where the object's words begin within GAP_REACH words from `start`, if they do (the
    words of a time between not counted: 'أسقطت الدفاعات الجوية الروسية خلال الليل 67 طائرة مسيرة')."""
    for k in range(start, min(len(words), start + _gap_reach(words, start))):
        if obj[0] in _forms(words[k]) and k + len(obj) <= len(words) \
                and all(w in _forms(words[k + m]) for m, w in enumerate(obj[1:], 1)):
            return k  # ('أعرب الاتحاد عن دعمه': each word without its suffix)
    return None


@lru_cache(maxsize=500_000)
def _in(word: str, vocab: frozenset[str]) -> bool:
    """The word, or the word without its proclitics, is in vocab (cached: a sentence asks
    this of every word for a dozen word lists, and wire text repeats its words)."""
    return any(form in vocab for form in stems(word))


@lru_cache(maxsize=500_000)
def _flags(word: str) -> int:
    """The bits (`_BIT`) of the word lists the word is in, as `_in` tells it."""
    forms = stems(word)
    return sum(bit for vocab, bit in _BIT.items() if any(f in vocab for f in forms))


NONE_TITLED: frozenset[int] = frozenset()


class Sent:
    """A sentence's normalized words with, per word, the word lists it is in (bits of `_BIT`),
    and their union: most questions about a sentence ('is a verb of denial before the trigger?')
    are answered at once from the union, as most sentences have no such word at all."""

    __slots__ = ("words", "flags", "mask", "ents", "_named", "_titled", "_doers", "counted", "referred", "lead")

    def __init__(self, words: list[str], ents: list[Entity] = ()) -> None:
        """`ents`: the sentence's entities."""
        self.words = words
        self.flags = list(map(_flags, words))
        self.mask = reduce(or_, self.flags, 0)
        self.ents = ents
        self._named: frozenset[int] | None = None
        self._titled: frozenset[int] | None = None
        self._doers: list[Entity] | None = None
        self.counted: dict[tuple, dict] = {}  # `casualties` by span and quantities, asked again and again
        self.referred: list[int] = []  # where the triggers that name an event as a reference are
        self.lead = 0  # the words of the dateline and its outlet that open the article ('غوما وكالات')

    @property
    def named(self) -> frozenset[int]:
        """Positions of the words that name an actor (an organization or a person)."""
        if self._named is None:
            self._named = frozenset(k for x in self.ents if x.type in ("organization", "person")
                                    for k in range(*x.tok))
        return self._named

    @property
    def titled(self) -> frozenset[int]:
        """Starts of the titles that a person's name follows ('الرئيس الروسي فلاديمير بوتين'; 'العاهل
        الأردني الملك عبد الله الثاني', with a title word between): the name names the actor."""
        if self._titled is None:
            # (a leader named by surname is a name too: 'الرئيس السيسي')
            people = [x.tok[0] for x in self.ents if x.type == "person" or x.type == "organization"
                      and x.tok[1] - x.tok[0] == 1 and self.words[x.tok[0]] in leader_names()]
            # (a leader's surname is no title of the next: 'اتهم خلالها ترامب زيلينسكي')
            self._titled = NONE_TITLED if not people else frozenset(
                x.tok[0] for x in self.ents if x.type == "organization" and x.actor
                and x.actor.get("type") == "government" and self.words[x.tok[0]] not in leader_names()
                and (x.tok[1] in people or x.tok[1] + 1 in people
                                                             and self.words[x.tok[1]].startswith("ال")))
        return self._titled

    @property
    def doers(self) -> list[Entity]:
        """The sentence's entities that can act or be acted on (`_doers`): asked by each event."""
        if self._doers is None:
            self._doers = _doers(self.ents, self)
        return self._doers

    def has(self, vocab: frozenset[str], *more: frozenset[str], a: int = 0, b: int | None = None) -> bool:
        """Some word of words[a:b] is in one of the vocabularies, as `_in` tells it."""
        mask = _BIT[vocab]
        for other in more:
            mask |= _BIT[other]
        if not self.mask & mask:
            return False
        if a == 0 and b is None:
            return True  # the whole sentence: its mask tells
        for flags in self.flags[a:b]:  # (a loop: faster than any(map(...)) over a few words)
            if flags & mask:
                return True
        return False


@lru_cache(maxsize=1)
def _occupy_words() -> frozenset[tuple[str, ...]]:
    """The lexicon's words for taking control (mode occupy)."""
    return frozenset(t.words for entries in triggers().values() for t in entries if t.mode == "occupy")


def _occurred(s: Sent, ents: list[Entity], i: int) -> bool:
    """The sentence says the event (its noun at i) took place: a verb of occurring or delivering
    or a day within OCCURRED_REACH words of it, or a casualty count. An event noun without any
    ('اغتيال الحريري', 'التحقيق في التفجير', 'الهجوم على جيليب يفترض أن ينتهي') names an event;
    it does not report one."""
    if s.has(OCCUR, DELIVER, UNDERGO, DATED, ANNOUNCED, a=max(0, i - OCCURRED_REACH), b=i + OCCURRED_REACH):
        return True  # ('أعلن الحوثيون استهداف سفينة')
    if i and s.words[i - 1] in TOOK_PLACE:
        return True  # 'جرى استهداف رتل عسكري تركي بعبوة ناسفة' (right before it: not 'التي جرى سحبها')
    return bool(casualties(s, _not_related(s.words, [x for x in ents if x.type == "quantity"], i)))


def _not_related(words: list[str], quantities: list[Entity], i: int) -> list[Entity]:
    """The counts not told in a relative clause after the event word at i: 'مذكرا بالانفجار
    الذي أودى بحياة 130 شخصا' recalls a known blast; its toll shows no new one took place."""
    return [q for q in quantities if not (q.tok[0] > i and not RELATIVES.isdisjoint(words[i + 1:q.tok[0]]))]


def _noun(tok: str, trig: Trigger, category: str, nouns: frozenset[str]) -> bool:
    """A trigger of `category` used as a noun: one of `nouns`, or a one-word trigger taken with
    the article ('التظاهر', the demonstrating, beside the verb 'تظاهر')."""
    if trig.category != category:
        return False
    if " ".join(trig.words) in nouns:
        return True
    if len(trig.words) > 1:
        return False
    return any(f.startswith("ال") and not trig.words[0].startswith("ال") for f in stems(tok)[-1:])


def _protested(s: Sent, ents: list[Entity], i: int) -> bool:
    """A protest noun (at i) is reported with a verb of holding or taking part, a day or a crowd
    near it, within PROTESTED_REACH words ('صاحبت الاحتجاجات' in an essay that says 'اليوم'
    further on is no report)."""
    a, b = max(0, i - PROTESTED_REACH), i + PROTESTED_REACH
    return s.has(HELD, DATED, DAYS_IN, a=a, b=b) or any(x.type == "quantity" and a <= x.tok[0] < b for x in ents)


# A protest's day or week counted ('دخل اعتصام الأطباء المقيمين ... يومه العاشر'): it is going on.
DAYS_IN = _words("يومه يومها أسبوعه أسبوعها شهره شهرها")


PROTESTED_REACH = 10
OCCURRED_REACH = 12
GATHERED_REACH = 10


def _next_period(s: Sent, j: int) -> bool:
    """A coming week, month or year right after the deed ending at j: 'تستضيف جولة جديدة من
    المفاوضات بين حماس وإسرائيل الأسبوع المقبل' (talks to come); or a deadline ahead: 'سحب قواتها
    من النيجر بحلول نهاية العام' (not 'بحلول مساء أمس')."""
    return s.has(COMING_TIME, a=j + 1, b=j + NEXT_REACH) and any(
        _in(s.words[k], COMING_TIME) and _in(s.words[k - 1], PERIODS)
        for k in range(j + 1, min(len(s.words), j + NEXT_REACH))) \
        or s.has(BY_THEN, a=j, b=j + NEXT_REACH) and any(
            w in BY_THEN and PAST_WORDS.isdisjoint(s.words[k + 1:k + 4]) for k, w in enumerate(s.words[j:j + NEXT_REACH], j))


def _toll_update(s: Sent) -> bool:
    """The sentence gives a toll that rose to or reached a figure: 'ارتفعت حصيلة ضحايا القصف ...
    إلى 22 قتيلا', 'بلغ عدد القتلى 30'; its figure updates the earlier reports'."""
    if not s.has(ROSE) or not s.has(TOLL_HEADS):
        return False
    w = s.words
    return any(_in(w[k], ROSE) and _in(w[k + 1], TOLL_HEADS) for k in range(len(w) - 1))


def _risen_toll_kind(s: Sent, i: int) -> tuple[str, int] | None:
    """The kind (and the word naming it) of a risen toll's figure, the number at i after 'إلى':
    'ارتفع عدد القتلى ... إلى 194 شخصا، في حين أصيب أكثر من 800 آخرين' (194 dead, though the
    wounded are named nearer)."""
    w = s.words
    if not i or w[i - 1] != TO or not _toll_update(s):
        return None
    heads = [k for k in range(i - 1) if _in(w[k], ROSE) and k + 2 < i and _in(w[k + 1], TOLL_HEADS)]
    kind = _casualty_kind(w[heads[-1] + 2]) if heads else None
    return (kind, heads[-1] + 2) if kind else None


def _deed_dated(ents: list[Entity], words: list[str], j: int, day: str | None) -> bool:
    """The day of a risen toll is told after the attack's own word, which follows the toll's:
    'ارتفعت حصيلة قتلى انفجار السيارة المفخخة ... مساء الثلاثاء إلى 14 قتيلا' dates the blast
    ('وارتفعت حصيلة القتلى صباح الأربعاء إلى 14' dates the count)."""
    at = next((x.tok[0] for x in ents if x.type == "date" and x.value.get("day") == day), None)
    return day is not None and at is not None and any(
        t.category == "ASSAULT" for w in words[j:at] for t in _word_triggers(w))


def _toll_rose(words: list[str], i: int) -> bool:
    """The trigger at i is the dead of a toll that rose: 'ارتفعت حصيلة القتلى', 'ارتفع عدد الشهداء'."""
    return i >= 2 and _in(words[i - 1], TOLL_HEADS) and any(_in(w, ROSE) for w in words[max(0, i - 3):i - 1])


def _expected(s: Sent, i: int, j: int) -> bool:
    """The event noun at i..j is called expected, possible or planned: 'المواجهات العسكرية
    المحتملة', 'التظاهرة المرتقبة'; not 'ومن المتوقع أن يرتفع عدد القتلى' after a report. A verb
    takes no adjective: 'رفضت حماس المقترح الإسرائيلي' rejects the proposal, as does 'رفض
    المقترح' (an indefinite word before a definite one is no noun and its adjective)."""
    if not s.has(EXPECTED, a=j, b=j + EXPECTED_REACH) or _perfect_verb(s.words[i]):
        return False
    definite = _unconjoined(s.words[i]).startswith("ال")
    return any(_in(s.words[k], EXPECTED) and s.words[k - 1] not in (FROM, "و" + FROM)
               and not (k == j and not definite and _unconjoined(s.words[k]).startswith("ال"))
               for k in range(j, min(len(s.words), j + EXPECTED_REACH)))


@lru_cache(maxsize=100_000)
def _definite(tok: str) -> bool:
    """The word bears the article, after any proclitics ('القصف', 'بالقصف', 'للقصف')."""
    return tok.startswith("لل") or any(form.startswith("ال") for form in stems(tok))


def _perfect_verb(tok: str) -> bool:
    """A word in the form of a perfect verb of the 3rd person feminine or plural: 'رفضت',
    'رفضوا' (not a plural noun in -ات, nor a definite word)."""
    rest = _unconjoined(tok)
    return feminine_perfect(rest) or rest.endswith("وا") and not rest.startswith("ال")


def _clause_end(words: list[str], k: int) -> int:
    """Where the clause of the word at k ends: before the next verb joined by و ('وقال',
    'وأضافت', 'وقتلوا'), or at the sentence's end."""
    return next((m for m in range(k + 1, len(words)) if words[m][:1] == "و" and len(words[m]) > 3
                 and (_perfect_verb(words[m]) or _in(words[m], TOLD))), len(words))


def _both_countries(a: Entity, b: Entity) -> bool:
    return a.type == b.type == "location" and (a.place or {}).get("kind") == (b.place or {}).get("kind") == "country"


def _recalled_from(ents: list[Entity], words: list[str], j: int) -> list[str]:
    """The country one's own envoy is recalled from: 'استدعت الأردن سفيرها من إسرائيل'."""
    for k in range(max(0, j - 1), min(len(words) - 2, j + ENVOY_REACH)):
        if words[k + 1] == FROM and any(f in ENVOYS for f in _forms(words[k])):
            return [_surface(x) for x in ents if x.type == "location" and x.tok[0] == k + 2
                    and (x.place or {}).get("kind") == "country"]
    return []


def _within(x: Entity, spans: list[tuple[int, int]]) -> bool:
    return any(a <= x.tok[0] < b for a, b in spans)


def _pointed_back(words: list[str], i: int) -> bool:
    """A demonstrative before the definite event noun at i: 'هذه المظاهرة', 'بهذا الهجوم'."""
    return i > 0 and words[i].startswith("ال") and _in(words[i - 1], DEMONSTRATIVES)


def _refused(words: list[str], i: int) -> bool:
    """The deed at i is what a verb of refusing just before it refuses: 'رفضها المشاركة في
    المحادثات'. A deed joined by و is one of its own ('رفضت منح آخرين تصاريح واغتالتهم')."""
    if i > 1 and words[i - 1] == IN and _in(words[i - 2], PARTAKING) and _unconjoined(words[i]) == words[i]:
        i -= 2  # (taking part in it refused: 'رفض الجيش السوداني المشاركة في محادثات جنيف')
    return any(REFUSAL in w for w in words[max(0, i - 3):i]) and _unconjoined(words[i]) == words[i] \
        and _verb_before(words, i, 3, REFUSING)


PARTAKING = _words("المشاركة مشاركة المشاركه الانخراط الدخول")


def _by_deed(words: list[str], i: int) -> bool:
    """The deed at i is the means of what the sentence tells ('قتل قيادي في الحركة باغتيال
    إسرائيلي': killed by an Israeli assassination), so a nationality after it is its doer's; not a
    toll ('تسبب بمقتل جندي أميركي') nor the object of 'قام ب' ('قام باغتيال إسرائيلي')."""
    return _with_ba(words[i]) and not _in(words[i], TOLL) and not _verb_before(words, i, 4, CARRIED_OUT)


CHARGE_REACH = 7  # the verb, its subject and the accused: 'اتهمت قوات الدعم السريع الجيش السوداني بقصف'


def _charged(s: Sent, i: int) -> bool:
    """The deed at i, with ب, is what someone is accused of: 'واتهمتها بدعم الميليشيات',
    'يتهمه بتمويل الإرهاب' (the verb of accusing carries its object's pronoun); or what someone
    is held responsible for: 'حملت الوزارة الاحتلال المسؤولية الكاملة عن اقتحام المسجد'."""
    words = s.words
    # (the ب may be on the verb that carries the deed: 'اتهمت المعارضة قوات النظام بشن هجوم بالأسلحة
    # الكيميائية')
    ba = _with_ba(words[i]) or s.has(LAUNCH_BA, a=max(0, i - 3), b=i)
    # (what one is held responsible for follows 'عن': 'وحمل حزب الله إسرائيل المسؤولية وتوعد
    # بالرد' threatened)
    return ba and _verb_before(words, i, CHARGE_REACH, ACCUSING) or s.has(RESPONSIBILITY, a=max(0, i - 4), b=i) \
        and (OF_IT in words[max(0, i - 4):i] or _in(words[i - 1], RESPONSIBILITY) and words[i][:1] != "و") \
        and _verb_before(words, i, BLAME_REACH, BLAMING)


def _with_ba(tok: str) -> bool:
    """The word carries the clitic ب ('بدعم', 'وباغتيال')."""
    return has_prep(tok) and "ب" in tok[:2]


def _verb_before(words: list[str], i: int, reach: int, stems_of: tuple[str, ...]) -> bool:
    """A word of the `reach` before i begins, past a و or ف, with one of the verb stems given
    (the verb may carry its object's pronoun: 'واتهمتها', 'رفضها')."""
    return any(_unconjoined(w).startswith(stems_of) for w in words[max(0, i - reach):i])


BLOCKING = _words("أغلق أغلقت أغلقوا يغلق يغلقون تغلق قطع قطعت قطعوا يقطع يقطعون تقطع سد سدوا")
BLOCKED = _words("الطريق الطرق طريق طرق الشارع الشوارع شوارع مدخل مداخل الجسر جسر الميناء ميناء حقل الحقل "
                 "المطار مطار مقر")
BLOCKED_REACH = 6
ACTED_REACH = 12  # ('قطع محتجون لبنانيون الطرق في بيروت وطرابلس وصيدا بالإطارات المشتعلة احتجاجا')


def _acted_in_protest(words: list[str], i: int) -> bool:
    """Protesters, new to the story (indefinite), did something 'in protest' (at i): 'أغلق
    محتجون حقل الشرارة النفطي احتجاجا على تردي الخدمات'. Known ones ('المتظاهرين') are
    told of, as in 'حملتها على المتظاهرين' or 'أوساط المتظاهرين احتجاجا على الفيلم'."""
    return any(_participant(w) and not _unconjoined(w).startswith("ال") for w in words[max(0, i - ACTED_REACH):i])


def _near(positions: list[int], i: int, reach: int) -> bool:
    """One of the positions is within `reach` words of i ('تجمع المتظاهرون': the gathering verb
    beside the protesters)."""
    return any(abs(k - i) <= reach for k in positions)


def _blocked_by(words: list[str], i: int) -> bool:
    """Protesters new to the story (indefinite) block a road or a site, the subject of the verb
    right before them or after them: 'أغلق محتجون الطريق القومي', 'محتجون يقطعون الطريق'."""
    return not _unconjoined(words[i]).startswith("ال") and (
        i > 0 and _in(words[i - 1], BLOCKING) or i + 1 < len(words) and _in(words[i + 1], BLOCKING)) \
        and any(_in(w, BLOCKED) for w in words[i + 1:i + 1 + BLOCKED_REACH])  # (not 'قطعوا مئات الكيلومترات')


RIOTING = _words("أحرق أحرقت أحرقوا يحرق يحرقون أضرم أضرمت أضرموا حطم حطمت حطموا يحطم يحطمون رشق رشقت "
                 "رشقوا يرشق يرشقون اقتحم اقتحمت اقتحموا يقتحم يقتحمون هاجم هاجمت هاجموا نهب نهبت نهبوا "
                 "خرب خربوا")


# What is burnt as a sign, not in a riot: flags, pictures, effigies.
SYMBOLS = _words("أعلام اعلام علم العلم الأعلام صور صورا صورة دمى دمية مجسم مجسمات")


def _rioted(words: list[str], i: int, told: bool = False) -> bool:
    """Protesters burn, smash, stone or storm, the subject of the verb right before them: new to
    the story (indefinite: 'أحرق متظاهرون غاضبون مقر حزب', 'رشق محتجون قوات الأمن بالحجارة'),
    or the protesters of a protest the article `told` ('وأضرم المحتجون النار في مبنى البرلمان');
    not 'أحرق متظاهرون أعلام إسرائيل' (a sign of protest)."""
    return i > 0 and _in(words[i - 1], RIOTING) and (told or not _unconjoined(words[i]).startswith("ال")) \
        and not any(_in(w, SYMBOLS) for w in words[i + 1:i + 4])


def _in_response(words: list[str], i: int) -> bool:
    """'ردا على العدوان الأمريكي', 'انتقاما لاغتيال القائد': the deed at i is what the event
    answers, told before, not reported again (nor the event's doer)."""
    return i >= 2 and words[i - 1] == ON and _in(words[i - 2], RESPONSE) \
        or i >= 1 and _in(words[i - 1], REVENGE)


def _time_before(s: Sent, i: int) -> bool:
    """'قبل يومين من اغتياله' (two days before his assassination), 'بعد نحو تسعة أشهر من المعارك':
    the trigger after من closes a phrase of time before or after an event, which the sentence
    does not report."""
    words = s.words
    if i >= 3 and words[i - 2] in (FROM, ON) and any(f in LAUNCH for f in _forms(words[i - 1])):
        i -= 1  # past the launching: 'بعد يوم من إطلاقها عملية عسكرية'
    if i >= 3 and words[i - 1] == ON:
        # 'بعد أيام على اغتياله': after a span of time only ('بعد ردها على الهجوم' is not one)
        return s.has(TIME_BEFORE, a=max(0, i - 4), b=i - 2) and any(_in(w, DAY_SPANS) for w in words[i - 3:i - 1])
    # (further past a span of time: 'بعد نحو تسعة أشهر من'; not 'بعد تمكن الجيش السوري من تحرير')
    return i >= 2 and words[i - 1] == FROM and (s.has(TIME_BEFORE, a=max(0, i - 4), b=i - 1) or s.has(
        TIME_BEFORE, a=max(0, i - 5), b=i - 4) and any(_in(w, SPANS) for w in words[max(0, i - 4):i - 1]))


def _plural_people(tok: str) -> bool:
    """A sound masculine plural, the subject of a verb before it: 'سائقو الشاحنات', 'المعلمون',
    'موظفين' (not a dual or a place: 'محتجون' and the like are `_participant`)."""
    tok = _unconjoined(tok)
    return len(tok) >= 5 and tok.endswith(("ون", "و", "ين")) and not tok.endswith(("يين", "تين")) \
        and not tok[:-2].endswith("ت")


@lru_cache(maxsize=200_000)
def _participant(tok: str) -> bool:
    return any(f in PARTICIPANTS for f in _forms(tok))


def _object_on(words: list[str], j: int) -> tuple[int | None, int | None]:
    """The على that follows the verb ending at j and its subject (within 10 words), and the word
    of what is taken after it, past a word of how many ('سيطرت قوات النظام على عدة قرى')."""
    on = next((k for k in range(j, min(j + 10, len(words))) if words[k] == ON), None)
    if on is None:
        return None, None
    # (past a count too: 'وسيطرت على 12 قرية وبلدة')
    return on, on + 2 if on + 2 < len(words) and (_in(words[on + 1], HOW_MANY) or words[on + 1].isdigit()) else on + 1


def _seized_object(words: list[str], j: int, things: frozenset[str] = SEIZABLE) -> bool:
    """What the verb ending at j takes, right after it or after the على that follows its subject
    (past a word of how many), is a thing one seizes (`SEIZABLE`, or the `things` given)."""
    if j < len(words) and _in(words[j], things):
        return True
    _, k = _object_on(words, j)
    if k is None:
        return False
    k = k + 1 if k + 1 < len(words) and words[k] == FROM else k  # ("على عدد من السيارات")
    return k < len(words) and _in(words[k], things)


ENTERED = _words("دخل دخلت دخلوا دخول")
ENTERED_REACH = 8  # words from the subject, or the teller of a verbal noun, to the verb
ENTERED_OBJECT_REACH = 5  # words from the end of the subject to the town


def _entered_by_force(ents: list[Entity], words: list[str], i: int, places: list[int]) -> bool:
    """An armed side enters a town at i: its subject after the verb, the town right after the
    subject ('دخلت قوات النظام مدينة حلب'), or the subject or teller before it, the town right
    after the verb ('أعلنت فصائل المعارضة دخول مدينة حماة'); not 'منعت القوات دخول المساعدات'."""
    def town(k: int) -> bool:
        return k in places or k < len(words) and _in(words[k], SETTLEMENT_WORDS)
    # (past what the subject is backed by: 'دخل مقاتلو حركة إم 23 المدعومة من رواندا وسط مدينة
    # بوكافو'; not a town something else happens in: 'دخل الجيش في مواجهات في مدينة')
    return any((x.actor or {}).get("type") in ARMED_SIDES and (
        i < x.tok[0] <= i + 2 and any(town(k) and words[k - 1] not in (IN, FROM)
                                      for k in range(x.tok[1], x.tok[1] + ENTERED_OBJECT_REACH))
        or 0 <= i - x.tok[1] <= ENTERED_REACH and town(i + 1)) for x in ents)


WITHDREW = _words("انسحاب انسحب انسحبت انسحبوا انسحابها انسحابه انسحابهم")
RESISTANCE = normalize_token("مقاومة")
WITHOUT = _words("دون بدون بلا")


def _unopposed(words: list[str]) -> bool:
    """The sentence tells the other side withdrew, or no resistance: 'دون مقاومة'."""
    return any(_in(w, WITHDREW) or w == RESISTANCE and k and _in(words[k - 1], WITHOUT) for k, w in enumerate(words))


def _place_object(words: list[str], j: int, places: list[int]) -> bool:
    """A place is what the verb ending at j takes: right after it ('تحرير حي الكلاسة'), or
    after the على that follows its subject ('سيطرت قوات النظام على قرية الرشادية')."""
    if any(j <= a < j + OCCUPY_REACH for a in places) or j < len(words) and _in(words[j], TERRITORY):
        return True  # (or ground right after it: 'تحرير المدينة بالكامل من تنظيم داعش')
    # ('سيطر مسلحون من تنظيم الدولة الإسلامية في العراق والشام على مدينة الموصل')
    on, ground = _object_on(words, j)
    if ground is not None and ground < len(words) and _in(words[ground], TERRITORY):
        return True  # 'سيطرته على منطقة جديدة جنوب مدينة سرت', 'على مواقع للجيش'
    # ('على القصر الرئاسي ومطار الخرطوم': a place joined to the first object by و)
    return on is not None and any(on < a <= on + 3 or on < a <= on + 5 and "و" in (words[a][0], words[a - 1][0])
                                  for a in places)


# 'أن يتم قصفها' (that it be shelled), 'سيتم الإفراج عنهم': a deed yet to be done ('تم', done, is none)
TO_BE_DONE = _words("يتم تتم سيتم ستتم")


def _future(tok: str) -> bool:
    """'سيشن' (will launch): the future prefix, unless the lexicon form itself begins with س
    ('سيطرت' is the verb سيطر)."""
    return tok.startswith(("سي", "ست", "سن")) and not any(
        f.startswith("س") and f in triggers() for f in _forms(tok))


# Ground one takes: seizing it is taking territory even when no name follows.
TERRITORY = _words("منطقة مناطق المنطقة المناطق موقع مواقع الموقع المواقع قرية قرى القرية القرى بلدة بلدات "
                   "البلدة البلدات مدينة مدن المدينة حي أحياء الحي الأحياء تلة تلال التلة التلال مرتفعات "
                   "المرتفعات أراض أراضي الأراضي معسكر المعسكر قاعدة القاعدة ثكنة الثكنة مطار المطار "
                   "حاجز الحاجز نقطة نقاط "
                   # sites held in fighting: 'استعاد الجيش السيطرة على مصفاة الجيلي' (a building
                   # taken, 'استولت جماعة مسلحة على مقر حكومي', is a seizure)
                   "قصر القصر مصفاة المصفاة حقل الحقل ميناء الميناء جسر الجسر معبر المعبر "
                   "كلية الكلية الكليات مستودعات المستودعات")
HOW_MANY = _words("عدة عدد بعض معظم كامل كل أغلب عشرات")
# Who strikes from the air: an attack they make is an air strike ('قصفت طائرات حربية').
AIRCRAFT = _words("طائرات الطائرات طائرتين حربية الحربية مقاتلات المقاتلات مروحيات المروحيات مروحية المروحية "
                  "الطيران طيران المقاتلات قاذفات القاذفات "
                  # its own: 'وأعلن الجيش أن طائراته قصفت مقار لقوات الدعم السريع'
                  "طائراته طائراتها طائراتهم مقاتلاته مقاتلاتها")
PILOT = normalize_token("طيار")


def _unmanned(s: Sent, ents: list[Entity]) -> bool:
    """The sentence names a drone, not in a media outlet's name ('قناة المسيرة')."""
    if not s.has(UNMANNED):
        return False
    media = {k for x in ents if x.actor and x.actor.get("type") == "media" for k in range(*x.tok)}
    return any(_in(w, UNMANNED) for k, w in enumerate(s.words) if k not in media)
UNMANNED = _words("المسير المسيرة مسير مسيرة مسيرات المسيرات مسيرتين مسيرتان")  # 'بالطيران المسير' (drones)
# What an attack was made with, told right after it: 'لهجوم بطائرتين مسيرتين', 'هجوم بسكين', 'هجوم
# بسيارة مفخخة'. An attack told with its means is a particular attack.
CIVILIAN_VICTIMS = _words("مدني مدنيا مدنيين مدنيون المدنيين المدنيون مزارع مزارعا مزارعين المزارعين أطفال "
                          "الأطفال طفلا طفلة طفلين نساء امرأة سكان السكان الأهالي مواطن مواطنا مواطنين "
                          "المواطنين مصلين المصلين ركاب الركاب "
                          # young men, journalists and medics: 'استشهد شاب برصاص قوات الاحتلال'
                          "شاب شابا شابين شبان الشاب صحفي صحفيا صحفيين الصحفيين مسعف مسعفا مسعفين المسعفين "
                          # patients, the displaced, refugees and pupils: 'أطلقوا النار على المرضى'
                          "مرضى المرضى مريضا نازحين النازحين نازحا لاجئين اللاجئين تلاميذ التلاميذ "
                          # tourists: 'قتل مسلح 38 سائحا في هجوم على فندق'
                          "سائحا سياح السياح سائحين")
# protesters, shot by the forces facing them: 'قتل متظاهر برصاص قوات الأمن'
PROTESTERS = _words("متظاهر متظاهرا متظاهرين المتظاهرين متظاهرون المتظاهرون محتج محتجا محتجين المحتجين "
                    "محتجون المحتجون")
CIVILIAN_VICTIMS |= PROTESTERS
CLASHING = _words("اشتباك اشتباكات الاشتباكات اشتبك اشتبكت اشتبكوا معارك المعارك معركة مواجهات المواجهات "
                  "تبادل")
ARMED_SIDES = frozenset({"state_forces", "police", "rebels", "militia", "insurgents"})
# Forces acting on a protest: dispersing it, tear gas, batons ('فرقت الشرطة المتظاهرين بالغاز المسيل
# للدموع'): ACLED's protest with intervention.
INTERVENED = _words("فرقت فرق فرقوا يفرق تفرق تفريق لتفريق بتفريق قمعت قمع قمعوا يقمع تقمع المسيل "
                    "الهراوات هراوات فضت فض فضوا يفض تفض لفض بفض "  # ('وفضت قوات الأمن التظاهرة')
                    # with the crowd as a suffix: 'قبل أن تفرقهم قوات الدرك'
                    "فرقتهم فرقتها فرقوهم فرقهم تفرقهم يفرقهم تفريقهم لتفريقهم بتفريقهم فضتها فضته")
# Sites an attack hits, whose nationality word tells the country they are in.
SITES = _words("موقع مواقع الموقع المواقع ثكنة ثكنات الثكنة قاعدة القاعدة مقر مقرات المقر نقطة "
               "نقاط تجمع تجمعات مستوطنة مستوطنات المستوطنة بلدة البلدة مدينة المدينة قرية")
TARGET_REACH = 5
MEANS_REACH = 7
MEANS = _words("طائرة طائرات طائرتين مسيرة مسيرات مسيرتين صاروخ صواريخ صاروخين قذيفة قذائف قذيفتين "
               "عبوة عبوات عبوتين سيارة سيارات شاحنة دراجة حزام أحزمة سكين سكاكين رصاص الرصاص قنبلة "
               "قنابل قنبلتين هاون الهاون")
LAUNCH = _words("شن توجيه تنفيذ إطلاق اطلاق القيام")
LAUNCH_BA = frozenset(p + w for w in LAUNCH for p in ("ب", "وب"))  # ('بشن هجوم': the deed a charge names)
OPERATIONS = _words("عملية عمليات هجمات")
VIA = _words("عبر")
ABOUT_IT = _words("على حول بشأن عن")
TOLD_IN = _words("في عبر")
CAUSE = _words("إثر اثر جراء عقب")
CLAIMED = _words("تبنى تبنت تبنوا يتبنى تتبنى مسؤوليته مسؤوليتها مسؤوليتهم")  # claiming an attack
RESPONSIBILITY_OWNED = _words("مسؤوليته مسؤوليتها مسؤوليتهم")
CLAIM_DENIED_REACH = 6  # words from a negation to the claim it denies: 'لم تعلن أي جهة على الفور مسؤوليتها'
RAIDED = _words("اقتحم اقتحمت اقتحموا يقتحم تقتحم اقتحام باقتحام توغل توغلت")
# Attacking or storming with its doer after it (not 'مهاجمة', whose next word is its object).
STORMING = (ATTACKING | RAIDED | _words("أحرق أحرقوا يحرقون إحراق أضرم أضرموا")) - _words("مهاجمة بمهاجمة")


def _unconjoined(tok: str) -> str:
    """The word without a leading 'و' or 'ف' (and), when it is long enough to carry one."""
    return tok[1:] if len(tok) > 3 and tok[0] in ("و", "ف") else tok


def _launch_for(tok: str) -> bool:
    """'لشن هجوم', 'لتوجيه ضربة' (to launch an attack, to deal a strike): the purpose clitic on the
    verb before the trigger makes the attack an aim."""
    rest = _unconjoined(tok)
    return rest.startswith("ل") and _in(rest[1:], LAUNCH)


# 'يأتي ذلك على خلفية', 'وتأتي هذه التطورات في ظل', 'جاء ذلك في سياق': a sentence that opens so
# sets what came before against its background; the events it names are not reported there.
COMES = _words("يأتي ياتي تأتي جاء جاءت")
THIS = _words("ذلك هذا هذه التطورات")
CONTEXT = frozenset(tuple(normalize_token(p).split()) for p in ("على خلفية", "في ظل", "في سياق", "في إطار"))


def _context_opener(words: list[str]) -> bool:
    """The sentence opens with 'يأتي ذلك على خلفية' or the like."""
    if len(words) < 4 or not _in(words[0], COMES):
        return False
    k = 1
    while k < 3 and _in(words[k], THIS):
        k += 1
    return k > 1 and tuple(words[k:k + 2]) in CONTEXT


# An event rated against others, told before: 'ويعد أحدث هجوم انتحاري ... تطورا خطيرا'.
RATED = _words("يعد تعد يعتبر تعتبر يعدّ")
RANKS = SUPERLATIVES | _words("أحدث ثاني ثالث أضخم آخر")


def _rated(words: list[str], i: int) -> bool:
    """The event word at i follows a verb of rating and a rank: 'ويعد أحدث هجوم' (not 'ويعد الهجوم
    ... الأخطر هذا العام', which may tell the attack itself)."""
    return i > 1 and _in(words[i - 2], RATED) and _in(words[i - 1], RANKS)


# A gang or cell named by its crime: 'عصابات اختطاف الأطباء', 'خلية اغتيالات', 'شبكة تهريب'.
GANGS = _words("عصابة عصابات العصابة العصابات شبكة شبكات الشبكة خلية خلايا الخلية مافيا")
PRISONERS = _words("الأسير الأسيرة الأسرى أسرى أسير المعتقل المعتقلين معتقلين المعتقلون معتقلون السجين السجناء "
                   "سجناء المحتجز المحتجزين محتجزين")
QUARRELS = _words("خلاف خلافات شجار مشاجرة مشاجرات نزاع")
PRIVATE = _words("عائلي عائلية عائليا شخصي شخصية مالي مالية أسري أسرية")
# what a private quarrel is over: 'بسبب خلافات على الميراث', 'إثر نزاع على قطعة أرض'
PRIVATE_STAKES = _words("الميراث ميراث الإرث إرث قطعة ديون دين مبلغ")
DAMAGE = _words("حريق حرائق أضرار اضرار أضرارا دمار خسائر")  # what an attack told as its cause did
DROPPED = _words("القي القت")  # bombs dropped: from the air when aircraft drop them
TEAR_GAS = _words("المسيلة المسيل مسيلة الدخانية دخانية الصوتية صوتية الغازية")
HEADS_OF = _words("العام رئيس مدير المدير قائد زعيم")  # ('الأمين العام للأمم المتحدة': its head)
DELEGATIONS = _words("وفدين الوفدين وفدي وفد الوفد الجانبين جانبين الجانبان الطرفين الطرفان")
AID_PLACES = _words("شاحنات شاحنة مركز مراكز توزيع لتوزيع نقاط نقطة طوابير مستودعات مستودع مخازن")
HELD_BY = normalize_token("لدى")  # (bare: 'لديها', held by the one releasing, is its own release)
RELEASED_FROM_REACH = 10  # (from the verb, past its subject and the one freed)
DESCRIBED_AS = _words("بأنها بأنه بانها بانه باعتبارها باعتباره تشكل يشكل يمثل تمثل")
CROWD = _words("حشدا الحشد حشود الحشود حشودا بحشد لحشد")
CROWD_AFTER = _words("من كبير غفير ضخم هائل")
CROWD_VERB = normalize_token("حشد")
HOMES = _words("منازل منازلهم منازلها المنازل بيوت بيوتهم البيوت المستشفى مستشفى المستشفيات المدارس أحياء")
FLAG = _words("علم العلم")  # the flag a ship flies: 'التي ترفع علم بليز' (no doer)
def _seized_goods(words: list[str], j: int, named: frozenset[int]) -> bool:
    """What the verb ending at j seized, past its subject and 'على', is no ground: 'نهبت قوات الدعم
    السريع مخازن', not 'صادرت السلطات أراضي'."""
    k = next((k for k in range(j, min(len(words), j + SEIZED_REACH)) if k not in named and words[k] != ON), None)
    return k is not None and not _in(words[k], TERRITORY) and not words[k].isdigit()
SEIZED_REACH = 6  # words from a verb of seizing, past its subject, to what it took
CONDEMNED_REACH = 8  # words from a verb of condemning, past its subject, to the deed condemned
CIVILIAN_SIDES = frozenset({"Civilians", "Residents"})  # (victims, no party condemned)
RECIPIENT_REACH = 6  # words from aid to whom it is given: 'منحة بقيمة 200 مليون دولار لليمن'
SHOT_PROTEST_CONFIDENCE = 0.9  # (a protest told only by its shot protesters: a little less sure than the shooting)
FOOD = normalize_token("الطعام")
HUNGER_REACH = 10  # words from a verb of striking to 'عن الطعام' ('بدأ عشرات المعتقلين الإداريين إضرابا مفتوحا')
RIOT_TOLL_REACH = 10  # words from a toll to the riot it was in: 'قتل ستة من عناصر الأمن في مواجهات'
WHAT = normalize_token("ما")  # 'ما أسفر عن', 'ما أدى إلى': what the deed before led to
SHARED_REACH = 12  # words back from a verb joined by و to the deed told before it
WELCOMED_REACH = 6  # words from a verb of welcoming or condemning to the last of its subjects
WELCOMING = _words("رحب رحبت رحبوا يرحب ترحب أشاد أشادت ثمن ثمنت أدان أدانت ندد نددت استنكر استنكرت")
FRAMED_IN_REACH = 4  # 'المحقق العدلي في انفجار المرفأ': a framing word, its adjective, في, the event
EXCHANGED = normalize_token("تبادل")  # an exchange of prisoners, between its sides
# A ship and its crew: a crew leaving its ship, or a ship evacuated, leaves no ground.
VESSELS = _words("السفينة سفينة الناقلة ناقلة السفن")
BOATS = _words("زوارق قوارب زورق قارب الزوارق القوارب")
IN_THE_AIR = normalize_token("الهواء")
# Units named before the force they are of: 'أوقفت مفارز للجيش الوطني الشعبي' (detachments of).
UNITS_OF = _words("مفارز مفرزة وحدات وحدة")
TO_THEM = _words("إليها اليها لها")
FANS = _words("الجماهير جماهير الجمهور جمهور المشجعين مشجعين المشجعون مشجعون مشجعي")
NUCLEAR = _words("نووية نووي النووية النووي")
SANCTIONED_REACH = 4  # words after 'على' to the nationality of what is sanctioned
TOOK_PLACE = _words("جرى جرت وجرى وجرت")
DETONATED = _words("فجر فجرت فجروا")  # (the verb, before the device: 'فجرت عبوة ناسفة')
WING = _words("الجناح الذراع")  # an armed wing: 'الجناح العسكري لحركة حماس'
ARMED_ADJECTIVES = _words("العسكري العسكرية المسلح المسلحة")
EXECUTED = _words("اعدم أعدمت أعدموا يعدم تعدم اعدامات اعدام")  # (the lexicon's execution triggers)
CREW = _words("طاقم طاقمها الطاقم طواقم طاقمه بحارة البحارة")
TIMED = _words("بعد قبل غداة عقب إثر اثر قبيل بعيد")


MAY = normalize_token("قد")
MAY_REACH = 4  # from 'قد' to the trigger, past the verb and its subject: 'قد تشن إسرائيل هجوما'


def _may(words: list[str], i: int) -> bool:
    """'قد' before a verb in the imperfect, at or before the trigger: what may be done ('قد تشن
    إسرائيل هجوما على رفح'), not 'قد' before the perfect, what has been ('كانت قد شنت')."""
    return any(words[k] == MAY and words[k + 1][:1] in ("ي", "ت", "ن") and len(words[k + 1]) > 2
               and not _perfect_verb(words[k + 1])  # ('قد تحدثت عن مفاوضات': has spoken)
               for k in range(max(0, i - MAY_REACH), i))


def _tear_gas(words: list[str], i: int, trig: Trigger) -> bool:
    """The bombs dropped or thrown by the verb at i are tear gas or stun grenades: 'ألقت الشرطة
    القنابل المسيلة للدموع'."""
    k = _object_at(words, i + 1, trig.words[2:])
    return k is not None and k + 1 < len(words) and _in(words[k + 1], TEAR_GAS)


def _timed_against(words: list[str], i: int, j: int) -> bool:
    """'وجاء الانفجار بعد يوم من ...', 'ويأتي الهجوم بعد أيام على ...': an event told before,
    named by its definite noun, is set in time against another; the sentence reports neither."""
    if not _unconjoined(words[i]).startswith("ال"):
        return False
    if i and _in(words[i - 1], COMES):
        return j < len(words) and words[j] in TIMED
    return j + 1 < len(words) and _in(words[j], COMES) and words[j + 1] in TIMED


def _said_object(words: list[str], j: int) -> bool:
    """A word of SAID after the trigger is what was attacked, not where the attack was told
    ('تبنت الحركة الهجوم في بيان': claimed in a statement)."""
    return any(_in(words[k], SAID) and not (k and words[k - 1] in TOLD_IN)
               for k in range(j, min(len(words), j + SAID_REACH)))


def _listed(words: list[str], i: int, j: int, numbered: set[int]) -> bool:
    """The trigger is one of a bare list of deeds ('من قتل وتدمير', 'سجن وقتل وتهجير') with no
    number after it: deeds named as a charge or a history."""
    if _unconjoined(words[i]) not in DEEDS or any(k in numbered for k in range(j, j + 4)):
        return False
    before = i > 0 and words[i][0] == "و" and _unconjoined(words[i - 1]) in DEEDS
    after = j < len(words) and words[j][0] == "و" and words[j][1:] in DEEDS
    return before or after


# 'ليرتفع عدد القتلى إلى', 'لتصل الحصيلة إلى': a running total told after the event's own figures.
RISING_TO = _words("ليرتفع لترتفع ليصل لتصل ليبلغ لتبلغ")
# Aircraft told as the means an attack was made with ('بطائرة مسيرة'): no doer.
MEANS_CRAFT = AIRCRAFT | UNMANNED | _words("طائرة")
# A toll that rose ('وارتفعت حصيلة القتلى صباح الأربعاء إلى 14'): the day told is the count's,
# not the attack's, which the article told before.
ROSE = _words("ارتفع ارتفعت يرتفع ترتفع بلغ بلغت وصل وصلت")
TOLL_HEADS = _words("حصيلة عدد")


def _since_onset(words: list[str], i: int, j: int) -> bool:
    """'منذ 2003', 'منذ اندلاع الحرب', 'منذ شهر مايو' near the trigger: a running total."""
    for k in range(max(0, i - SINCE_REACH), min(len(words) - 1, j + SINCE_REACH)):
        if k >= j and _in(words[k], RISING_TO):
            break  # '..., ليرتفع عدد قتلاه منذ بدء العملية إلى 250': the total, told apart
        if _in(words[k], SINCE) and not any(_in(w, SUPERLATIVES) for w in words[max(0, k - 6):k]):
            nxt = words[k + 1]
            if len(nxt) == 4 and nxt.isdigit() or _in(nxt, ONSET):
                return True
    return False


def _aim_masdar(tok: str) -> bool:
    """'لتأمين إجلاء السكان', 'لاستكمال انسحاب', 'لإيصال المساعدات' (to secure the evacuation, to
    deliver the aid): a masdar with the purpose clitic before the trigger makes the event its aim
    (forms تفعيل, استفعال and إفعال)."""
    rest = _unconjoined(tok)
    return rest.startswith("لت") and len(rest) >= 6 or rest.startswith("لاست") and len(rest) >= 7 \
        or rest.startswith("لا") and len(rest) == 6 and rest[4] == "ا"


def _with_means(words: list[str], j: int) -> bool:
    """The attack ending at j is told with what it was made with, right after it or after its
    object ('لهجوم بطائرتين مسيرتين', 'استهداف سفينة تجارية في البحر الأحمر بصاروخين')."""
    return any(w[:1] == "ب" and len(w) > 3 and (w[1:] in MEANS or w[1:3] == "ال" and w[3:] in MEANS)
               for w in words[j:j + MEANS_REACH])  # ('بالمسيرات')


def _series_launched(s: Sent, i: int) -> bool:
    """'شن الطيران الحربي سلسلة غارات' (launched a series of strikes): a series that is launched
    or that hits is a report, not the topic a 'سلسلة اغتيالات' is."""
    return i > 1 and _in(s.words[i - 1], SERIES) and s.has(LAUNCHED, OCCUR, a=max(0, i - 6), b=i - 1)


def _terms(s: Sent, i: int, norm: str, start: int, end: int) -> bool:
    """The deed at i is what an agreement provides for, not a deed done: 'اتفاق يقضي بانسحاب
    المسلحين', 'توافق بين الولايات المتحدة وروسيا على خروج المقاتلين', 'اتفاق ... لتأمين إجلاء
    السكان', or an item of a list headed by its deed ('2-خروج المسلحين ...', an agreement's
    terms or a list of demands)."""
    words = s.words
    listed = i == 1 and LIST_ITEM.match(norm, start, end)
    if not listed and not s.has(TERMS, a=max(0, i - TERMS_REACH - 3), b=i):
        return False  # (most sentences: no agreement word before the deed)
    if s.has(BREACH, a=max(0, i - TERMS_REACH - 2), b=i):
        return False  # 'خرقت قوات النظام الاتفاق بقصف المدينة': a deed that breaks it
    if listed or s.has(TERMS, a=max(0, i - 3), b=i):
        return True
    # tied to it by 'على' or 'مقابل' (in exchange for), also past a word or two ('مقابل استئناف
    # عملية الإجلاء'), by the purpose clitic ل ('لخروج المدنيين') or a purpose ('اتفاق ... لتأمين
    # إجلاء السكان'); not by ب, which tells how it was broken too ('خرق الاتفاق بقصف المدينة')
    # (the reach is counted from the tie: the terms may run on before it)
    tie = next((k for k in range(i - 1, max(-1, i - 4), -1) if _in(words[k], TERMS_LINKS)), None)
    if tie is None and (i > 0 and _aim_masdar(words[i - 1]) or has_prep(words[i]) and "ل" in words[i][:2]):
        tie = i
    if tie is None and words[i][:1] == "و" and len(words[i]) > 3:
        # joined by و to a term tied by ل, also past its place: 'اتفاق لوقف إطلاق النار (في قطاع غزة)
        # وتبادل الأسرى'
        tie = next((k for k in range(i - 1, max(-1, i - 8), -1) if has_prep(words[k]) and "ل" in words[k][:2]), None)
    return tie is not None and s.has(TERMS, a=max(0, tie - TERMS_REACH), b=tie)


def _purpose(s: Sent, i: int) -> bool:
    """'لاستعادة' (in order to regain), 'لاغتيال': a masdar with the purpose clitic ل reports
    an aim, not a deed; 'تعرض لهجوم' (underwent an attack) reports one."""
    tok = s.words[i]
    rest = _unconjoined(tok)
    if not rest.startswith("ل") or any(f in triggers() for f in (rest, tok)):
        return False  # the lexicon form itself begins with ل ('لقي حتفه')
    return not s.has(UNDERGO, a=max(0, i - UNDERGO_REACH), b=i)


# 'القضاء على 3 إرهابيين', 'قضت القوات على 3 إرهابيين' (the army's word for killing them; not
# 'أحيل على القضاء', referred to the courts, where على comes first)
ELIMINATED = _words("القضاء قضى قضت قضوا")


# ... and reports the killing when no other word of the sentence does ('أعلنت وزارة الدفاع
# القضاء على 5 إرهابيين'): a count of fighters after it, not 'القضاء على الإرهاب' (ending
# terrorism, a goal) nor 'القضاء على 80 في المئة من الأمية'.
ELIMINATION_STRENGTH = 0.6
ELIMINATED_REACH = 2  # words between 'على' and the count ('القضاء على نحو 12 مسلحا')
ELIMINATOR_REACH = 5  # words of the verb's subject before 'على'
ELIMINATION = normalize_token("القضاء")  # (the verbal noun has 'على' right after it)
FIGHTERS = ARMED | _words("إرهابيين إرهابيا إرهابي إرهابيون متمردين متمردا متمرد متمردون عنصرا مقاتلا "
                          "جنديا جندي دواعش داعشيا تكفيريين تكفيريا خوارج")


def _eliminated(words: list[str], ents: list[Entity], hits) -> list:
    """A hit at 'القضاء على' followed by a count of fighters, in a sentence with no other
    attack word."""
    if ELIMINATED.isdisjoint(words) or any(t.category == "ASSAULT" for _, _, t in hits):
        return []
    # the count before the fighters, or a number word after them ('قضت على إرهابيين اثنين')
    counts = [x.tok[0] for x in ents if x.type == "quantity" and x.tok[1] < len(words) and _in(words[x.tok[1]], FIGHTERS)] \
        + [x.tok[0] - 1 for x in ents if x.type == "quantity" and x.tok[0] and _in(words[x.tok[0] - 1], FIGHTERS)
           and is_number_word(words[x.tok[0]])]
    for k, w in enumerate(words[:-1]):
        # (the verb's subject may stand before 'على': 'قضت وحدات الجيش الوطني الشعبي على إرهابيين اثنين')
        on = next((m for m in range(k + 1, min(len(words), k + 2 + ELIMINATOR_REACH)) if words[m] == ON), None) \
            if w in ELIMINATED else None
        if on is not None and (on == k + 1 or w != ELIMINATION) \
                and any(on + 1 <= m <= on + 1 + ELIMINATED_REACH for m in counts):
            return [(k, on + 1 if on == k + 1 else k + 1, Trigger((w, ON), "ASSAULT", None, ELIMINATION_STRENGTH))]
    return []


def _casualty_kind(word: str, after: str = "") -> str | None:
    if word in ELIMINATED and (after == ON or word not in KILLED):
        return "killed" if after == ON else None  # ('القضاء' alone is the judiciary; 'قضى' alone, died)
    if _in(word, KILLED):
        return "killed"
    if _in(word, WOUNDED):
        return "wounded"
    if _in(word, CAPTURED):
        return "captured"
    return None


def casualties(s: Sent, quantities: list[Entity], span: tuple[int, int] | None = None) -> dict[str, tuple[int, str | None]]:
    """Killed/wounded/captured counts in a sentence (or the clause `span` of it, whose
    quantities these are): number next to a casualty word. Kept on the sentence: do not change
    the dict returned."""
    key = (None if span == (0, len(s.words)) else span, *(q.tok[0] for q in quantities))
    out = s.counted.get(key)
    if out is None:
        out = s.counted[key] = _casualties(s, quantities, span)
    return out


def _casualties(s: Sent, quantities: list[Entity], span: tuple[int, int] | None) -> dict[str, tuple[int, str | None]]:
    words = s.words
    a, b = span or (0, len(words))
    out: dict[str, tuple[int, str | None]] = {}
    last_kind = None
    named = s.named if quantities else ()
    last_start = last_end = -99  # the words of the last count of a kind
    uncounted = None  # (value, qualifier, start, end) of a count of no kind just before
    flags = s.flags  # (the word lists of each word, as bits: faster than asking `_in`)
    measures, days, kinds = _BIT[MEASURES], _BIT[DAY_WORDS], _BIT[KILLED] | _BIT[WOUNDED] | _BIT[CAPTURED]
    counted = COUNTED_BITS  # (people counted: not a year)
    single = _BIT[SINGLE_VICTIM]
    for q in sorted(quantities, key=lambda e: e.tok[0]):
        i, j = q.tok
        value, qualifier = q.value["value"], q.value["qualifier"]
        if value is None or j < len(words) and flags[j] & measures or 1900 <= value <= 2100 and not qualifier \
                and words[i].isdigit() and not (j < len(words) and flags[j] & counted and not (
                    i and _in(words[i - 1], YEAR_WORDS))):
            # a year (not 'نحو 2000 شخص', 'ألفي شخص'), an age ('الشاب (19 عاما) أصيب'), a time or a distance
            continue
        if i >= 2 and words[i - 1] == OF_IT and any(_in(w, RELEASING) for w in words[max(0, i - 5):i - 1]):
            continue  # 'أفرجت السلطات عن 5 معتقلين' (released): no one captured
        kind, k = (_risen_toll_kind(s, i) if i and words[i - 1] == TO else None) or (None, -1)
        # Nearest casualty word on either side; after the number wins a tie ('12 قتيلا').
        # Looking back, a day phrase between the word and the number does not count ('قتل أول
        # من أمس 4 جنود'), nor the name of the doer ('اعتقلت قوات الأمن الإيرانية عشرة أشخاص').
        # (nor a pronoun of what it happened in: 'قتلت خلالها الغارات الإسرائيلية 13 فلسطينيا')
        back = [k for k in range(i - 1, max(-1, i - 10), -1)
                if k not in named and not flags[k] & days and words[k] not in RESUMPTIVE][:3]
        # A dual names its own kind ('سقوط قتيلين', two dead); a number's words name none.
        window = [*range(i, j)] + [k for d in range(5) for k in (j + d, back[d] if d < len(back) else -1)
                                   if 0 <= k < len(words)]
        for k in window if kind is None else ():
            if k >= j and words[k].startswith("و"):
                continue  # 'قتل 5 وجرح 10': a word after و begins the next count's clause
            if flags[k] & kinds or words[k] in ELIMINATED:
                # (القضاء على before the number; 'قضت وحدات الجيش على', its subject between)
                kind = _casualty_kind(words[k], ON if k < i and words[k] in ELIMINATED and ON in words[k + 1:i]
                                      else words[k + 1] if k < i else "")
                if kind:
                    break
        if kind and k < i and words[k].startswith("و") and _casualty_kind(words[k - 1]) not in (None, kind) \
                and last_kind is None and not (k > 1 and flags[k - 2] & single):
            # ('207 قتلوا وأصيب 450', 'إن شخصا قتل وأصيب خمسة آخرون': the first word had its own count)
            last_kind = kind
            continue  # 'مقتل وإصابة 15 فلسطينيا': the dead and the wounded together, neither alone
        if kind and k < i and k and words[k - 1] in AMONG:
            continue  # 'بين القتلى أربعة أطفال' (four children among the dead): a part of a toll
        if kind and i and words[i - 1] in OF_THEM and uncounted and 0 < i - uncounted[3] <= PART_REACH:
            # '20 شخصا على الأقل بينهم خمسة صحفيين قتلوا': the part names the kind of the whole
            if kind not in out:
                out[kind] = uncounted[:2]
            (*_, last_start, last_end), last_kind, uncounted = uncounted, kind, None
            continue
        if i and words[i - 1] in OF_THEM and 0 < i - last_end <= PART_REACH:
            continue  # '194 شخصا بينهم 57 طفلا، في حين أصيب 800': a part of the count before, no other
        prior, uncounted = uncounted, None if kind else (value, qualifier, i, j)
        if kind is None and i and _in(words[i - 1], MET) and s.has(DEATH, a=j):
            kind = "killed"  # 'لقي أزيد من عشرة عناصر ... مصرعهم' (met their death)
        if kind is None and j < len(words) and _in(words[j], OTHERS):
            kind = last_kind  # 'وأصيب 20 آخرين' after a first count
        if kind in (None, last_kind) and last_kind in out and _joined_number(words[i]) \
                and 0 < i - last_end <= JOINED_COUNT_REACH and not (last_start and words[last_start - 1] == BETWEEN) \
                and not (j < len(words) and words[j] in OF_THEM) and OF_THEM.isdisjoint(words[last_end:i]):
            # 'قتل 12 عنصرا من جماعة الحوثي و5 من قوات الحكومة': a count joined to the one before,
            # of no other kind, adds to it (not 'بين 10 و15', a range, nor 'و5 منهم' or 'بينهم 3
            # نساء و4 أطفال', a part)
            total, first_qualifier = out[last_kind]
            out[last_kind] = (total + value, first_qualifier or qualifier)
        elif kind and kind not in out:
            if i >= 2 and _joined_number(words[i]) and flags[i - 1] & single and _casualty_kind(words[i - 2]) == kind:
                value += 1  # 'قتل ضابط و10 مجندين' (an officer and ten conscripts): eleven
            elif _joined_number(words[i]) and prior and 0 < i - prior[3] <= JOINED_COUNT_REACH \
                    and OF_THEM.isdisjoint(words[prior[3]:i]) and not (j < len(words) and words[j] in OF_THEM) \
                    and not (prior[2] and words[prior[2] - 1] == BETWEEN):
                # a count before it with no word of its own, joined to it: 'إن 37 عنصرا من قوات النظام
                # و44 من الفصائل قتلوا' (81; not 'بين 10 و15', a range)
                value += prior[0]
                qualifier = qualifier or prior[1]
            out[kind] = (value, qualifier)
        if kind:
            last_start, last_end = i, j
        last_kind = kind or last_kind
    for kind, one in (("killed", KILLED_ONE), ("wounded", WOUNDED_ONE)) if s.has(KILLED_ONE, WOUNDED_ONE) else ():
        # one victim named by a pronoun, as what the deed led to: 'ما أسفر عن مقتله', 'ما أدى إلى
        # إصابته', 'لقي شرطي مصرعه' (not 'إلا أن اغتيالها هشم الآمال', a known deed)
        if kind not in out and s.has(one, a=a, b=b) and any(
                flags[k] & _BIT[one] and k and s.has(RESULTED, LED_TO, MET, a=max(0, k - 3), b=k)
                and not _described(words, k + 1) for k in range(a, b)):
            out[kind] = (1, None)
    if "killed" not in out and any(words[k] in FELLED and words[k + 1] in FELLED_DEAD for k in range(a, b - 1)):
        out["killed"] = (1, None)  # 'أطلق مسلحون النار على ناشط فأردوه قتيلا' (shot him dead)
    for kind, vocab in (("killed", DEATHS), ("wounded", HURT), ("captured", TAKEN)):
        if kind in out or not s.has(vocab, a=a, b=b) or kind != "killed" and not s.has(SINGLE_VICTIM, a=a, b=b):
            continue
        bits = _BIT[vocab]
        for k in range(a, b):
            if not flags[k] & bits or k and (_death_topic(words, k) or not _in(words[k], KILLED_OR_WOUNDED)
                                                 and _in(words[k - 1], NO_DEATH_BEFORE)):
                continue
            # 'قتل جندي' (a soldier was killed), 'اغتيال ناشط' (an activist assassinated; not
            # 'محاولة اغتيال ناشط', an attempt), or 'إن قائدا عسكريا في صفوف المعارضة قتل' (the
            # victim, indefinite accusative after إن/أن, comes first); not 'مقتل 20 شخصا'.
            v = k + 1
            while v < b and v in s.named:
                v += 1  # past the subject: 'قتل مسلحون مجهولون رئيس بلدية'
            if v + 1 < b and _word_triggers(words[v]) and words[v + 1] in actors().demonyms:
                v += 2  # past a deed that did it: 'قتلت غارة إسرائيلية قائد الحرس الثوري'
            if (s.has(SINGLE_VICTIM, a=v, b=min(v + 2, b)) or v < b and _one_of_a_people(words[v])) and not any(
                    x.tok[0] in (v, v + 1) for x in quantities) or kind == "killed" and any(
                    x.endswith("ا") and _in(x, SINGLE_VICTIM) and _in(words[m - 1], THAT)
                    for m, x in enumerate(words[max(1, k - 8):k], start=max(1, k - 8))):
                out[kind] = (1 + _family(words, v, b), None)  # (and 'أصيب جندي', 'ما أسفر عن إصابة سائقها')
                break
    return out


# Felling one: 'فأردوه قتيلا' (and shot him dead), 'أردته قتيلة'.
FELLED = frozenset(c + w for w in _words("أرداه أردوه أردته أرداها أردوها أردتها") for c in ("", "ف", "و"))
FELLED_DEAD = _words("قتيلا قتيلة")
SPOUSES = _words("وزوجته وزوجها")
KIN_ONE = _words("وابنه وابنها وابنته وابنتها ووالده ووالدها ووالدته ووالدتها وشقيقه وشقيقها وشقيقته وشقيقتها "
                 "وطفله وطفلها وطفلته وطفلتها ونجله ونجلها")
KIN_TWO = _words("وطفليه وطفليها وطفلاه وطفلاها وابنيه وابنيها وابناه وابناها وابنتيه وابنتيها ونجليه ونجليها "
                 "وشقيقيه وشقيقيها")
CHILDREN = _words("وأطفاله وأطفالها وأطفالهما وأبناؤه وأبنائه وأبناؤها وأبنائها وأبناؤهما وأبنائهما "
                  "وأولاده وأولادها وأولادهما")
FAMILY_REACH = 6  # words after the one victim that list the family: 'رجل وزوجته وأطفالهما الثلاثة'
JOINED_REACH = 10  # words after the one victim that may name another: 'رئيس أركان ... وقائد الحرس'
OTHERS_ONE = _words("آخر ثالث رابع")  # (one more hurt, told by its own verb: 'قتل جندي وأصيب آخر')


def _family(words: list[str], v: int, b: int) -> int:
    """Those of one victim's family killed with them, listed after them: 'قتل رجل وزوجته
    وأطفالهما الثلاثة' (and his wife, and their three children: four more)."""
    more = 0
    for k in range(v + 1, min(b, v + JOINED_REACH)):
        # another one named with them: 'قتلت رئيس أركان القوات المسلحة محمد باقري وقائد الحرس
        # الثوري حسين سلامي', 'قتل ضابط وجندي'
        if words[k][:1] == "و" and words[k][1:] in SINGLE_VICTIM and not words[k][1:] in OTHERS_ONE:
            more += 1
        elif words[k] in (IN, ON) or _word_triggers(words[k]):
            break
    for k in range(v + 1, min(b, v + FAMILY_REACH)):
        if words[k] in SPOUSES or words[k] in KIN_ONE:
            more += 1
        elif words[k] in KIN_TWO:
            more += 2  # 'امرأة وطفليها' (and her two children)
        elif words[k] in CHILDREN:
            nxt = words[k + 1] if k + 1 < b else ""
            count = word_value(nxt[2:]) if nxt.startswith("ال") else None
            return more + (count or 0)
    return more


def _vague_toll(s: Sent, ents: list[Entity]) -> bool:
    """Dead or wounded told by a vague amount ('ما أدى إلى مقتل المئات', 'عشرات القتلى'): someone
    was hurt, though no figure is given."""
    flags, kinds = s.flags, _BIT[KILLED] | _BIT[WOUNDED]
    return any(x.type == "quantity" and x.value and x.value.get("qualifier") == "vague" and (
        x.tok[0] and flags[x.tok[0] - 1] & kinds or x.tok[1] < len(flags) and flags[x.tok[1]] & kinds) for x in ents)


def _claimer(ents: list[Entity], words: list[str], j: int) -> str | None:
    """The body named right after a verb of claiming after j ('وتبنت المقاومة الإسلامية الهجوم'),
    or right before the responsibility it announced ('أعلن تنظيم داعش مسؤوليته عنهما')."""
    k = next((k for k in range(j, len(words)) if _in(words[k], CLAIMED)), None)
    if k is None or any(w in NEGATION or w[:1] in ("و", "ف") and w[1:] in NEGATION
                        for w in words[max(j, k - CLAIM_DENIED_REACH):k]):
        return None  # (nor one that did not claim it: 'ولم تعلن حركة طالبان مسؤوليتها عنه')
    if _in(words[k], RESPONSIBILITY_OWNED):
        return next((_surface(x) for x in ents if x.type == "organization" and j <= x.tok[0]
                     and k - 2 <= x.tok[1] <= k), None)
    return next((_surface(x) for x in ents if x.type == "organization" and k < x.tok[0] <= k + 2), None)


def _by_the_state(event: Event, ents: list[Entity]) -> bool:
    """The event's doers are named, and all are the state's forces or authorities."""
    state = {_surface(x) for x in ents if x.actor and x.actor.get("type") in STATE_ACTORS}
    return bool(event.actors) and all(a in state for a in event.actors)


def _one_sentence_apart(new: list[Event], s: Sent, ents: list[Entity]) -> None:
    """Events of one sentence share its counts; keep each count on its own kind of event: the
    captured on an arrest, the dead and wounded on an attack ('القضاء على 3 إرهابيين وتوقيف 12
    عنصرا'), and a protest whose protesters the state's forces shot in the same sentence is one
    met with excessive force, with their dead ('قتلت قوات الأمن متظاهرين اثنين خلال مسيرة')."""
    kinds = {e.type for e in new}
    if {"ASSAULT", "COERCE"} <= kinds:
        for e in new:
            if e.type == "ASSAULT" and e.captured is not None and any(x.type == "COERCE" and x.captured for x in new):
                e.captured = None
            if e.type == "COERCE" and any(x.type == "ASSAULT" and (x.killed or x.wounded) for x in new):
                e.killed = e.wounded = e.killed_qualifier = None
    if "PROTEST" in kinds and "ASSAULT" in kinds and (s.has(PROTESTERS) or any(
            _in(w, PROTEST_NOUNS) and k and s.words[k - 1] in DURING for k, w in enumerate(s.words))):
        # (the dead are the protesters, or were killed during the protest: 'قتل 10 أشخاص برصاص
        # الشرطة خلال احتجاجات على نتائج الانتخابات')
        shot = next((e for e in new if e.type == "ASSAULT" and (e.killed or e.wounded) and _by_the_state(e, ents)), None)
        if shot is not None:
            if shot.acled_type == "Battles":
                shot.acled_type, shot.acled_sub_type = "Violence against civilians", "Attack"  # (no armed side)
            for e in new:
                if e.type == "PROTEST" and not e.intent and e.mode != "riot":
                    e.acled_sub_type = "Excessive force against protesters"
                    if e.killed is None:
                        e.killed, e.killed_qualifier = shot.killed, shot.killed_qualifier
                    e.wounded = e.wounded if e.wounded is not None else shot.wounded


ATTRIBUTED_TO = _words("نسب نسبت ينسب تنسب")  # ('هجوم نسب إلى مسلحين')
DRESSED = _words("زي الزي بزي أزياء ملابس بملابس زيا")


def _doers(ents: list[Entity], sentence: Sent) -> list[Entity]:
    """The entities of `ents` that can act or be acted on, in the sentence's order."""
    words = sentence.words
    # A country acts ('اتهمت روسيا'), unless the sentence puts something in it ('في تونس').
    cands = [x for x in ents if x.type in ("organization", "person")
             or (x.type == "location" and x.place and x.place.get("kind") == "country"
                 and not (x.tok[0] and _in(words[x.tok[0] - 1], COUNTRY_PLACE))
                 and not _border_with(words, x.tok[0])
                 # where it was fired from: '30 صاروخا أطلقت من لبنان'
                 and not (x.tok[0] > 1 and words[x.tok[0] - 1] == FROM and _in(words[x.tok[0] - 2], DELIVER)))]
    cands = [x for x in cands if not (x.actor and x.actor.get("type") == "media")
             # whose uniform they wore is no side: 'مسلحون يرتدون زي الشرطة'
             and not (x.tok[0] and _in(words[x.tok[0] - 1], DRESSED))
             # what it was done with is no doer: 'في هجوم بطائرة مسيرة' (with a drone)
             and not (words[x.tok[0]].startswith("ب") and _in(words[x.tok[0]], MEANS_CRAFT))]
    cands.sort(key=lambda x: x.tok[0])
    # a title and the name after it are one actor, named by the name
    if len(cands) > 1 and sentence.titled:
        cands = [x for x in cands if x.tok[0] not in sentence.titled]
    return cands


class Assembler:
    """Builds events for one annotated article."""

    def __init__(self) -> None:
        self.gaz = gazetteer()
        self.demonyms = actors().demonyms
        self.detail: tuple | None = None  # (mode, day, on civilians) of an attack too thin to report
        triggers()

    def assemble(self, ann: Annotated, max_events: int = 200) -> list[Event]:
        """Event candidates of one article, at most one per category per sentence."""
        doc = ann.doc
        by_sent: dict[int, list[Entity]] = defaultdict(list)
        for ent in ann.entities:
            by_sent[ent.sent].append(ent)
        fallback = self._article_place(doc, ann.entities)
        # Days come from the date entities; an article without any either names no day, or
        # comes from an entities stage of an older version, which sent none: read its text.
        named_days = any(x.type == "date" for x in ann.entities)
        pub = dates.parse_iso(doc.pub_date) if doc.pub_date else None
        events: list[Event] = []
        for sent, (s, e) in enumerate(doc.sentences):
            words = sentence_words(doc.norm, s, e)
            hits = find_triggers(words)
            if not hits and _SIGN_FORMS.isdisjoint(words) and ELIMINATED.isdisjoint(words) and EXITS.isdisjoint(words) \
                    and INTERVENED.isdisjoint(words) and CROWD_DEMANDS.isdisjoint(words) \
                    and PROTESTING.isdisjoint(words) and PURPOSES.isdisjoint(words):
                continue
            ents = by_sent.get(sent, [])
            sentence = Sent(words, ents)
            if sent == 0 and doc.dateline:
                sentence.lead = len(sentence_words(doc.norm, s, max(s, dateline_end(doc.norm))))
            told = len(events)
            self._sentence(events, doc, sent, sentence, ents, hits, fallback, pub, named_days)
            if (sentence.has(INTERVENED) and _intervened(sentence) or sentence.has(PROTESTERS) and any(
                    e.type == "ASSAULT" and (e.killed or e.wounded) and _by_the_state(e, ents) for e in events[told:])) \
                    and not any(e.type == "PROTEST" for e in events[told:]):
                # (a protester shot dead by the security forces after the protest is told: 'إن
                # متظاهرا قتل برصاص قوات الأمن في أم درمان')
                self._dispersed(events[:told], sentence, ents)
                shot = next((e for e in events[told:] if e.type == "ASSAULT" and (e.killed or e.wounded)
                             and not e.intent and _by_the_state(e, ents)), None) \
                    if sentence.has(PROTESTERS) and _protesters_hit(words, ents) else None
                if shot is not None and not any(e.type == "PROTEST" and not e.intent for e in events[:told]):
                    # protesters shot by the state's forces with no protest told: the protest met
                    # with excessive force, beside the shooting ('قتل 25 متظاهرا برصاص قوات الأمن
                    # العراقية في مدينة الناصرية', as ACLED files it)
                    events.append(replace(shot, type="PROTEST", mode="demonstration", acled_type="Protests",
                                          acled_sub_type="Excessive force against protesters", actors=[], targets=[],
                                          captured=None, victims=None,
                                          confidence=round(shot.confidence * SHOT_PROTEST_CONFIDENCE, 3)))
            elif sentence.mask & RIOTING_BIT and not any(e.type == "PROTEST" for e in events[told:]) and any(
                    _participant(w) and _rioted(words, k, True) for k, w in enumerate(words)):
                _turned_violent(events[:told])
            if len(events) - told > 1:
                _one_sentence_apart(events[told:], sentence, ents)
        events = fold_repeats(events)
        for k, event in enumerate(events):
            event.candidate_id = f"{doc.article.id}#{k}"
        if len(events) > max_events:
            raise TooLarge(f"{len(events)} events, limit {max_events} (RASD_MAX_EVENTS)")
        return events

    def _sentence(self, events: list[Event], doc, sent: int, sentence: Sent, ents: list[Entity], hits,
                  fallback: dict | None, pub, named_days: bool) -> None:
        """Add the events of one sentence, given its trigger hits, to the article's."""
        words = sentence.words
        if sentence.mask & EXITS_BIT:
            hits = hits + _evacuation(words, ents, hits)
        hits = self._reports(sentence, hits + _gathering(sentence, hits) + _eliminated(words, ents, hits), ents,
                             bool(sentence.mask & RIOTING_BIT) and any(e.type == "PROTEST" for e in events))
        if hits and events and not DURING.isdisjoint(words):
            # 'وأكد الملك خلال اللقاء ضرورة وقف إطلاق النار في غزة': the meeting the article
            # told already, not another one (in Gaza)
            told = {e.type for e in events}
            hits = [h for h in hits if h[2].category not in told or not _during_told(words, *h)]
        if not hits:
            return
        day = _day_named(ents, words) if named_days else day_words(doc, sent, words)
        if day is None and events and events[-1].date and _continued(words):
            # who goes on speaking goes on with the day told: 'اشتباكات عنيفة اندلعت اليوم ...',
            # then 'وأضاف: تمكنت قوات المعارضة أيضا من قنص عنصرين'
            day = events[-1].date
        first = len(events)  # the sentence's first event, once made
        clauses = _clauses(words)
        if len(clauses) == 1 and sum(h[2].category == "ASSAULT" for h in hits) > 1:
            clauses = sentence.has(OTHERS) and _another_toll(doc.norm, *doc.sentences[sent], words, ents, hits) \
                or clauses
        for a, b in clauses:
            in_clause = hits if len(clauses) == 1 else [h for h in hits if a <= h[0] < b]
            if not in_clause:
                continue
            # Each clause of 'X happened here, while Y happened there' reports its own event,
            # with the places, counts and actors of that clause.
            cents = ents if len(clauses) == 1 else [x for x in ents if a <= x.tok[0] < b]
            here = fallback
            if events and sentence.mask & THE_CITY_BIT and not any(x.type == "location" and x.place for x in cents):
                # 'جنوب المدينة' names again the city an event was told in ('هجوما على مدينة الحديدة
                # ...', then 'شنت مقاتلات التحالف 18 غارة على مواقع الحوثيين جنوب المدينة')
                here = next((e.location for e in reversed(events) if e.location and e.location.get("told", True)
                             and e.location.get("kind") in ("city", "town")), None) or here
            if len(clauses) > 1 and len(events) > first and (
                    not any(x.type == "location" and x.place for x in cents)
                    # (nor one it names itself, rather than the dateline's city; a place the clause
                    # names itself is still picked first)
                    or doc.dateline and events[first].location and events[first].location.get("told", True)):
                # a clause that names no place of its own is where the sentence's first is: 'أصيب ثلاثة
                # فلسطينيين ... في قرية بيتا جنوب نابلس، فيما اعتقلت القوات شابين'
                here = events[first].location or fallback
            for cat, (i, j, trig, mode) in self._by_category(in_clause).items():
                others = [(p, q) for p, q, t in in_clause if t.category == cat and p != i]
                self.detail = None
                event = self._event(doc, sent, sentence, cents, cat, i, j, trig, mode, here, pub, day,
                                    others, (a, b))
                if event is None and self.detail is not None and first:
                    _told_how(events[first - 1], *self.detail)
                told = _named_again(events, first, event, words, i, j) if first and event is not None \
                    and event.killed is None and event.wounded is None and event.captured is None else None
                if told is not None:
                    _absorb(told, event)
                    if told.location is not None and told.location.get("told") is False \
                            and event.location is not None and event.location.get("told", True):
                        told.location = event.location  # (where it happened, told at last)
                elif event is not None:
                    events.append(event)
                elif cat == "ASSAULT" and sentence.has(CLAIMED):
                    self._claimed(events, cents, i, j, sentence)

    @staticmethod
    def _dispersed(events: list[Event], s: Sent, ents: list[Entity]) -> None:
        """'وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين، ما أدى إلى إصابة سبعة منهم':
        force against the protesters of the article's last protest, told after it in a sentence
        of its own, which reports no protest, makes it a protest with intervention, or with
        excessive force when someone was hurt (as ACLED files it); the hurt are counted."""
        if not any(map(_participant, s.words)):
            return
        last = next((e for e in reversed(events) if e.type == "PROTEST" and not e.intent), None)
        where = last.location or {} if last is not None else {}
        if last is None or any(x.type == "location" and x.place and x.place.get("kind") != "country" and (
                x.place.get("admin1") != where.get("admin1") if where.get("kind") != "country"
                else x.place.get("country") != where.get("country")) for x in ents):
            return  # (a protest elsewhere; one told of a whole country is anywhere in it)
        counts = casualties(s, [x for x in ents if x.type == "quantity"])
        hurt = {"killed", "wounded"} & counts.keys()
        if hurt:
            last.acled_sub_type = "Excessive force against protesters"
            for kind in hurt:
                if getattr(last, kind) is None:
                    setattr(last, kind, counts[kind][0])
        elif last.killed or last.wounded:
            last.acled_sub_type = "Excessive force against protesters"  # (its dead told before)
        elif last.acled_sub_type != "Excessive force against protesters":
            last.acled_sub_type = "Protest with intervention"

    def _claimed(self, events: list[Event], ents: list[Entity], i: int, j: int, sentence: Sent) -> None:
        """'وتبنت حركة الشباب الهجوم في بيان': a claim told after an attack, too thin to report
        one itself, names the actor of the article's last attack when it has none."""
        last = next((e for e in reversed(events) if e.type == "ASSAULT"), None)
        claim = next(k for k, w in enumerate(sentence.words) if _in(w, CLAIMED))
        if any(w in NEGATION or w[:1] in ("و", "ف") and w[1:] in NEGATION
               for w in sentence.words[max(0, claim - CLAIM_DENIED_REACH):claim]):
            return  # 'ولم تعلن أي جهة مسؤوليتها عن الهجوم لكن تنظيم الدولة كثيرا ما يستهدف الشيعة'
        if last is not None and not last.actors:
            actors, _ = self._roles(ents, i, j, sentence, "ASSAULT")
            last.actors = [a for a in actors if a not in last.targets]

    @staticmethod
    def _reports(s: Sent, hits, ents: list[Entity], protest_told: bool = False):
        """The trigger hits that report an event: not a word of a name ('هيئة تحرير الشام'),
        not a topic noun's complement ('قضية اغتيال'), not a reference ('بعد تفجيرات');
        weapons only beside a predicate; seizing a place is ASSAULT: occupy, seizing anything
        else COERCE: seize."""
        words = s.words
        # Inside a name, or the first word of a longer organization's ('الحشد الشعبي')
        inside = {k for x in ents if x.type in ("organization", "person") for k in range(x.tok[0] + 1, x.tok[1])}
        heads = {x.tok[0]: x.tok[1] for x in ents if x.type == "organization"}
        places = [x.tok[0] for x in ents if x.type == "location" and x.place]
        out = []
        # which of these word lists the sentence has at all (mostly none), read from its mask
        mask, bit = s.mask, _BIT
        foiled, counted, disaster = mask & bit[FOILED], mask & bit[COUNTS], mask & bit[DISASTER]
        answering = mask & (bit[RESPONSE] | bit[REVENGE])
        pointing, exposed = mask & bit[DEMONSTRATIVES], mask & bit[EXPOSED]
        rights = not RIGHTS.isdisjoint(words)
        rioting, sports = mask & bit[RIOTING], mask & bit[SPORTS]
        if not disaster and ROAD in words:  # 'حادث سير' (a road accident)
            disaster = any(words[k - 1] in CRASH for k, w in enumerate(words) if k and w == ROAD)
        # a quarrel in a family or over money: 'قتل شاب طعنا على يد شقيقه إثر خلاف عائلي'
        quarrel = s.has(QUARRELS) and any(_in(w, QUARRELS) and k + 1 < len(words) and (
            _in(words[k + 1], PRIVATE) or k + 2 < len(words) and (words[k + 1] == ON or _in(words[k + 1], ABOUT))
            and _in(words[k + 2], PRIVATE_STAKES))
            for k, w in enumerate(words))
        if not disaster and s.has(CRASHED) and s.has(CRAFT):  # 'في تحطم مروحية' (not 'تحطم زجاج النوافذ')
            disaster = any(_in(w, CRASHED) and k + 1 < len(words) and _in(words[k + 1], CRAFT) for k, w in enumerate(words))

        quantities = [x for x in ents if x.type == "quantity"]
        counted_at = {x.tok[1] for x in quantities}  # the word after a number
        numbered = {x.tok[0] for x in quantities}
        referred = (-9, -9)  # span of the last trigger naming an event as a reference or topic
        toll_referred = False  # that trigger is a toll ('مقتل')
        referred_cat = None  # and its category (a protest goes on no other reference: 'الذكرى الأولى لانفجار المرفأ، بمسيرة صامتة')
        causes: list[tuple[int, Trigger]] = []  # referred attacks told as a cause ('إثر انفجار')
        if _context_opener(words):
            return []  # 'يأتي ذلك على خلفية ...': the sentence gives the background
        means: list[str] = []  # modes of aircraft named as the doer ('طائرة مسيرة أمريكية')
        riot_at = None  # where clashes of a crowd with the police were told
        for i, j, trig in hits:
            if riot_at is not None and i > riot_at and trig.category == "ASSAULT" and trig.mode is None \
                    and _in(words[i], TOLL):
                continue  # (the riot's toll, above)
            if trig.mode == "arrest" and any(_in(w, VESSELS) for w in words[j:j + SEIZED_REACH]) \
                    and not any(_in(w, CREW) for w in words[j:j + SEIZED_REACH]):
                # a ship held is seized: 'احتجز الحرس الثوري الإيراني ناقلة نفط أجنبية' (its crew
                # held are arrested)
                trig = Trigger(trig.words, trig.category, "seize", trig.strength)
            if trig.mode == "strike" and any(words[k] == OF_IT and words[k + 1] == FOOD
                                             for k in range(i + 1, min(len(words) - 1, i + HUNGER_REACH))):
                # a strike from food: 'بدأ عشرات المعتقلين الإداريين إضرابا مفتوحا عن الطعام'
                trig = Trigger(trig.words, trig.category, "hunger_strike", trig.strength)
            if trig.mode == "occupy" and trig.words[0] in ENTERED and not _entered_by_force(ents, words, i, places):
                continue  # 'دخلت المساعدات مدينة غزة', 'دخل الاتفاق حيز التنفيذ': no force takes ground
            if i in inside or j < heads.get(i, 0) or i > s.lead and _in(words[i - 1], NAME_HEADS) \
                    or GAP in trig.words and not inside.isdisjoint(range(i + 1, i + 1 + GAP_REACH)) \
                    and _object_at(words, i + 1, trig.words[trig.words.index(GAP) + 1:]) in inside \
                    and not (trig.mode == "drone" and _in(trig.words[-1], UNMANNED)):
                # (a drone shot down is named as an actor: 'أسقطت الدفاعات 25 طائرة مسيرة أوكرانية')
                # ('أعلنت قوات الدعم السريع': the object of 'أعلن * دعم' is a word of a name)
                if trig.category == "ASSAULT" and trig.mode in AIRBORNE and i in heads:
                    means.append(trig.mode)
                continue
            if (s.has(FRAMES, a=max(0, i - 2), b=i) or i > 2 and words[i - 1] == IN
                    and s.has(FRAMES, a=max(0, i - FRAMED_IN_REACH), b=i - 1)) and not _series_launched(s, i) \
                    or i >= 3 and words[i - 1] == IN and _in(words[i - 3], SUSPECTS) \
                    or i and _in(words[i - 1], REFERENCE) and not (trig.mode and _toll_told(s, j)) \
                    or i > 1 and words[i - 2] in RELATIVES and _doers_of_known(words, i) \
                    or s.has(HALTED, a=max(0, i - HALTED_REACH), b=i) \
                    or s.has(OPPOSED, a=max(0, i - 1), b=i) \
                    or _time_before(s, i) and not (trig.mode and _toll_told(s, j)) \
                    or referred[0] <= i <= referred[1] + 1 and not (trig.category == "PROTEST" != referred_cat) \
                    or s.has(COMES, a=max(0, i - 1), b=j + 1) and _timed_against(words, i, j) \
                    or i and s.has(GANGS, a=i - 1, b=i) \
                    or s.has(RATED, a=max(0, i - 2), b=i) and _rated(words, i) \
                    or toll_referred and words[i - 1] == IN and 0 < i - referred[1] <= TOLL_PLACE_REACH \
                    and not any(_perfect_verb(w) or _word_triggers(w) for w in words[referred[1]:i - 1]) \
                    or i == 1 and words[0] in TOPIC_OPENERS and not (trig.mode and _toll_told(s, j)) \
                    or answering and _in_response(words, i) \
                    or rights and any(words[k] in RIGHTS for k in range(max(0, i - 2), i)) \
                    or pointing and _pointed_back(words, i) \
                    and not {"killed", "wounded"} & casualties(s, quantities).keys():
                # and the words that go on naming it: 'في أعقاب هجوم انتحاري استهدف مدرسة'
                # (after a suicide attack that targeted a school)
                referred = (referred[0] if referred[0] <= i <= referred[1] + 1 else i, j)
                referred_cat = trig.category
                if i and _in(words[i - 1], REFERENCE) and not _in(words[i - 1], RELATIVES) or _time_before(s, i) \
                        or answering and _in_response(words, i) or i and s.has(FRAMES, a=i - 1, b=i):
                    # another event, named as a point in time or as what is answered (not a clause
                    # on the event told before it: 'انفجار السيارة المفخخة الذي استهدف مطعما ... إلى
                    # 14 قتيلا'; nor a deed threatened or planned)
                    s.referred.append(i)
                # (and the attack the referred dead died in: 'بعد يوم من مقتل 16 شخصا، بينهم 14
                # طفلا في هجوم انتحاري')
                toll_referred = _in(words[i], TOLL) or _in(words[i], KILLING_NOUNS)
                if trig.mode and (i and _in(words[i - 1], CAUSE) or referred[0] and _in(words[referred[0] - 1], CAUSE)):
                    causes.append((i, trig))  # (also its means after it: 'إثر هجوم صاروخي حوثي')
                continue
            if trig.category in ("ASSAULT", "COERCE") and (s.has(KINDS) and _of_kinds(words, i) or trig.category == "ASSAULT"
                                                          and _listed(words, i, j, numbered)) \
                    and not {"killed", "wounded"} & casualties(s, _not_related(words, quantities, i)).keys():
                continue  # deeds named in general: 'أعمال قتل واغتصاب', 'من قتل وتدمير'
            if trig.category == "ASSAULT" and not SINCE_FORMS.isdisjoint(words) and _since_onset(words, i, j):
                continue  # a running total: 'قتل ثلاثة آلاف جندي منذ الاجتياح في 2003'
            if trig.category == "ASSAULT" and disaster and (" ".join(trig.words) in KILLED
                                                            or " ".join(trig.words) in WOUNDED):
                continue  # the dead and hurt of an earthquake, a flood, a crash
            if trig.category == "RETREAT" and disaster:
                continue  # people moved out of a fire or a flood: 'أمرت السلطات بإجلاء 180 ألف شخص'
            if trig.category == "ASSAULT" and quarrel:
                continue  # a killing in a family or private quarrel: a crime, no political violence
            if trig.mode == "explosive" and j < len(words) and (_in(words[j], GAS) or j + 1 < len(words)
                                                                 and _in(words[j + 1], GAS)):
                continue  # 'انفجار اسطوانة غاز', 'انفجار خزان وقود': an accident
            if trig.mode in ("suicide", "explosive") and _dawn(words, i):
                continue  # 'فجر اليوم ... في الوقت نفسه' is dawn, not 'blew himself up'
            if trig.mode == "suicide" and i and _in(words[i - 1], UNMANNED):
                # a kamikaze drone is a drone: 'استهدفت مسيرات انتحارية ... مستودعات وقود'
                trig = Trigger(trig.words, trig.category, "drone", trig.strength)
            if trig.words == CLASHES and any(map(_participant, words)) or trig.words in FIGHTS and j + 1 < len(words) \
                    and words[j] == BETWEEN and _participant(words[j + 1]) \
                    or _in(words[i], CLASHED) and any(map(_participant, words)) and any(
                        (x.actor or {}).get("type") == "police" and x.tok[0] > i and words[x.tok[0] - 1] == WITH for x in ents):
                # (and a crowd clashing with the police, told as protesters: 'اشتبك آلاف من أنصار
                # عمران خان مع قوات الأمن ... لتفريق المحتجين'); a bare toll after it is its own
                # ('... ما أسفر عن مقتل أربعة من أفراد الأمن'), no attack beside it
                riot_at = i
                # clashes of protesters with the police are a riot ('مواجهات بين المتظاهرين
                # وقوات الأمن', 'اشتباكات بين المتظاهرين وقوات الأمن'), as ACLED files them
                trig = Trigger(trig.words, "PROTEST", "riot", trig.strength)
            if trig.category == "ASSAULT" and j < len(words) and (
                    _participant(words[j]) or j + 1 in counted_at and j + 1 < len(words) and _participant(words[j + 1])) \
                    and _in(words[i], STORMING) and not (i and _in(words[i - 1], RELATIVES)):
                # protesters who attack or storm a place ('هاجم متظاهرون مقر القنصلية', 'اقتحام
                # المحتجين مبنى البرلمان', 'واقتحم آلاف المحتجين مقر إقامتها'; the participants,
                # right after, counted or not, are its doers) riot; in a relative clause they are
                # its object ('الشرطة التي هاجمت المتظاهرين')
                trig = Trigger(trig.words, "PROTEST", "riot", trig.strength)
            if trig.category == "REQUEST" and any(_participant(words[k]) and (k in counted_at or s.has(
                    SITE_BEFORE, a=k + 1, b=k + 3)) for k in range(j, min(j + 2, len(words)))):
                # a crowd counted or at a site, demanding: 'وطالب آلاف المتظاهرين أمام القاعدة
                # الفرنسية برحيل القوات الفرنسية' reports their protest
                trig = Trigger(trig.words, "PROTEST", "demonstration", trig.strength)
            if trig.category == "PROTEST" and rioting and _participant(words[i]) and _rioted(words, i, protest_told):
                trig = Trigger(trig.words, "PROTEST", "riot", trig.strength)
            if trig.words[0] in DROPPED and trig.category == "ASSAULT" and _tear_gas(words, i, trig):
                continue  # 'ألقت الشرطة القنابل المسيلة للدموع' (tear gas at a crowd)
            if trig.mode == "explosive" and not NUCLEAR.isdisjoint(words[j:j + 2]):
                continue  # 'بتفجير قنبلة نووية' (a nuclear test), no attack
            if trig.mode == "firearms" and IN_THE_AIR in words[j:j + GAP_REACH] and any(
                    words[k] == IN and words[k + 1] == IN_THE_AIR for k in range(i + 1, min(len(words) - 1, j + GAP_REACH))):
                # 'اطلاق الرصاص في الهواء لتفريق المتظاهرين', 'أطلق مسلحون النار في الهواء ابتهاجا':
                # shots in the air hit no one
                continue
            if trig.category == "AID" and i and _unconjoined(words[i]).startswith("ال") and _in(words[i - 1], AID_PLACES):
                continue  # aid named by where it waits or is handed out: 'حشود كانت تنتظر شاحنات المساعدات', 'مركز لتوزيع المساعدات'
            if trig.category == "CONCEDE" and HELD_BY in words[j:j + RELEASED_FROM_REACH]:
                continue  # freeing one held by others is a rescue: 'أطلقت خلية الصقور سراح مختطف كان محتجزا لدى عصابة'
            if trig.category == "THREATEN" and i and _in(words[i - 1], DESCRIBED_AS):
                continue  # what a deed is called: 'ووصفتها بأنها تهديد لوحدة البلاد'
            if trig.category == "MOBILIZE" and (_unconjoined(words[i]) in CROWD or j < len(words) and _in(words[j], CROWD_AFTER)
                                                and trig.words[0] == CROWD_VERB):
                continue  # a crowd, not a mobilizing: 'انفجارين استهدفا حشدا', 'حشد من المصلين'
            if trig.category == "RETREAT" and (j < len(words) and _in(words[j], HOMES | VESSELS)
                                               or any(_in(w, CREW) for w in words[max(0, i - 3):i])):
                # 'طالب الجيش السكان بإخلاء منازلهم' (an evacuation order, no force leaving); a
                # crew leaving its ship ('ما أجبر طاقمها على إخلائها') leaves no ground
                continue
            if trig.category == "ACCUSE" and i and _in(words[i - 1], ABOUT_IT) and _unconjoined(words[i]).startswith("ال"):
                continue  # 'لم يصدر تعليق على الاتهامات': accusations told before, answered or not
            if trig.mode == "arrest" and not words[i].startswith("و") \
                    and any(h[2].category == "CONCEDE" and 0 < i - h[1] <= RELEASED_REACH for h in out):
                continue  # 'أفرجت السلطات عن 40 ناشطا اعتقلوا خلال احتجاجات': who they are, held before
            if trig.category == "SUPPORT" and i and _in(words[i - 1], MEMBERS):
                continue  # 'توقيف 12 عنصر دعم للجماعات الإرهابية' (support elements): who they are
            if trig.category == "SUPPORT" and words[i] in WITH_SUPPORT and j < len(words) and (
                    words[j] == FROM or _in(words[j], AERIAL_WORDS)):
                continue  # how a deed was done: 'شن الجيش بدعم من قوات أمريكية عملية عسكرية'
            if trig.category not in ("CONSULT", "AGREE") and i and _in(words[i - 1], DISCUSSED):
                continue  # what is talked about: 'وافقا على مناقشة تبادل الأسرى', 'بحث الوزيران فتح المعابر'
            if trig.category == "ASSAULT" and sports and _in(words[i], WOUNDED) and len(trig.words) == 1:
                continue  # a player hurt in a game
            if trig.category == "ASSAULT" and sports and _in(words[i], STORMING) and any(
                    _in(w, FANS) for w in words[i + 1:i + 3]):
                continue  # fans on the pitch: 'اقتحم الجماهير أرض الملعب بعد نهاية المباراة'
            if trig.words == CAPTURE and words[i][:-len(CAPTURE[0])].endswith(("ال", "لل")):
                continue  # 'الأسر' is families ('وزعت مساعدات على الأسر') or captivity ('في الأسر')
            if trig.category == "CONSULT" and words[i] in SEARCH and (
                    j < len(words) and (words[j] == OF_IT or _in(words[j], SWEEP)) or i and _in(words[i - 1], OPERATIONS)):
                continue  # searching: 'عملية بحث وتمشيط', 'بحث عن المفقودين' (not talks)
            if trig.category == "REQUEST" and i in counted_at:
                continue  # '27 طالبا' (27 students), not 'طالبا' (demanding)
            if exposed and s.has(EXPOSED, a=max(0, i - EXPOSED_REACH), b=i):
                continue  # a risk: 'تعد محافظة ديالى الأكثر عرضة لهجمات'
            if s.has(FIGURATIVE, a=j, b=j + 2) \
                    or trig.mode == "explosive" and s.has(OUTBURST, a=j, b=j + OUTBURST_REACH) \
                    or trig.category == "ASSAULT" and s.has(SAID, a=j, b=j + SAID_REACH) and _said_object(words, j):
                continue
            if trig.category == "ASSAULT" and _in(words[i], ATTACKING) and s.has(POLITICAL, a=j, b=j + SAID_REACH) \
                    and not s.has(DELIVER, ARMED) and not casualties(s, quantities):
                continue  # 'واصلت حماس هجومها على اللجنة التنفيذية': criticism of a body or person
            if " ".join(trig.words) in INSTRUMENTS and s.has(DEFUSED, b=i) and not (i and _casualty_kind(words[i - 1])):
                # (found and defused; but 'عثر على جثث ... مقتولين بالرصاص' tells the means they died by)
                continue
            if foiled and trig.category == "ASSAULT" and s.has(FOILED, a=max(0, i - FOILED_REACH), b=i) \
                    and not (words[i].startswith("و") and "killed" in casualties(s, quantities, (i, len(words)))) \
                    and not _on_positions(words, j):
                # (an attack on the positions of the one who foiled it was fought off: 'أحبطت قوات
                # الجيش الوطني هجوما حوثيا على مواقعها في جبهة الكسارة')
                # (foiled, unless a deed of its own is told after it with its dead: 'أحبط محاولة
                # تهريب ... وقتل أربعة من المهربين')
                continue
            if counted and words[i].endswith("ات") and s.has(COUNTS, a=max(0, i - 2), b=i) \
                    and not (trig.category == "PROTEST" and _casualty_kind(words[i - 1])):
                continue  # (not the dead of protests: 'ارتفع عدد قتلى الاحتجاجات إلى 93')
            if trig.category == "AGREE" and (s.has(AGREEMENT_REFS, a=max(0, i - 2), b=i)
                                             # ('في خرق جديد لاتفاق وقف إطلاق النار')
                                             or i > 1 and _in(words[i - 1], AGREEMENT_HEADS)
                                             and s.has(AGREEMENT_REFS, a=max(0, i - 3), b=i - 1)
                                             # a part of it: 'ضمن المرحلة الأولى من اتفاق وقف إطلاق النار'
                                             # (and its own words: 'من اتفاق وقف إطلاق النار')
                                             or FROM in words[max(0, i - 3):i]
                                             and s.has(AGREEMENT_PARTS, a=max(0, i - 6), b=i)
                                             or len(trig.words) == 1 and words[i].startswith("ال")
                                             and s.has(TERMS_VERBS, a=j, b=j + 1)):
                continue  # ('الاتفاق يشمل إجلاء الجرحى' tells what an agreement holds, not a new one)
            if trig.words == SIEGE and not s.has(LAID, a=max(0, i - LAID_REACH - sum(
                    k in s.named for k in range(max(0, i - LAID_REACH - NAME_SPAN), i))), b=i):
                # (past a long name between: 'فرضت جماعة نصرة الإسلام والمسلمين حصارا')
                # a siege laid or tightened ('فرضت قوات النظام حصارا على داريا'); not one broken or
                # lifted ('كسرت الفصائل الحصار عن حلب'), nor the siege a sentence speaks of ('أين
                # الشعوب العربية من حصار شعبنا')
                continue
            if i >= 2 and words[i - 1] in ONGOING and words[i - 2] in AMID or i and words[i - 1] in AMID:
                continue  # 'وسط استمرار حصار القريتين' (amid the siege going on): the circumstances
            if i and words[i - 1] in DURING and len(trig.words) == 1 \
                    and words[i][len(trig.words[0]):] in OWNED and words[i].startswith(trig.words[0]):
                continue  # 'بعد وفاة شاب أثناء احتجازه' (while he was held): the circumstances
            if trig.category == "PROTEST" and _unconjoined(words[i]) in IN_PROTEST \
                    and any(h[2].category in STATECRAFT for h in out):
                continue  # 'قطع العلاقات مع السويد احتجاجا على ...': the motive of the deed told
            if trig.mode == "occupy" and i and _in(words[i - 1], HELD_AREAS):
                continue  # 'في مناطق سيطرة قوات الدعم السريع' (the areas it holds): no taking told
            if trig.mode == "occupy" and not _place_object(words, j, places) \
                    and not (trig.words[0] in ENTERED and any(j <= a < j + ENTERED_REACH for a in places)) \
                    and not (s.has(CLASHING) and _seized_object(words, j, BUILDINGS)):
                # (a building taken in the fighting told is ground taken: 'استعادت القوات العراقية
                # السيطرة على مبنى المحافظة ... بعد معارك ضارية')
                if trig.words in FREEING or not _seized_object(words, j):
                    continue  # 'حررت القوات الرهينة': freeing someone takes no place
                trig = Trigger(trig.words, "COERCE", "seize", trig.strength)
            out.append((i, j, trig))
        if riot_at is not None and riot_at and words[riot_at - 1] == IN:
            # the dead told before the riot they died in are its own: 'قتل ستة من عناصر الأمن في
            # مواجهات بين الشرطة ومحتجين' (protesters killed in it were killed by the other side:
            # 'قتل أربعة متظاهرين ... في مواجهات مع قوات الأمن')
            out = [(i, j, t) for i, j, t in out if not (
                t.category == "ASSAULT" and t.mode is None and 0 < riot_at - i <= RIOT_TOLL_REACH
                and (_in(words[i], TOLL) or j in numbered) and not s.has(PROTESTERS, a=i, b=riot_at))]
        if causes:
            # 'قتل عشرون شخصا إثر انفجار سيارتين مفخختين': the dead are of the blast told as their
            # cause, which gives the means
            out = [(i, j, Trigger(t.words, t.category, next(
                (c.mode for k, c in causes if k > i and c.category == t.category), None), t.strength))
                   if t.mode is None else (i, j, t) for i, j, t in out]
            # The cause is reported: a word of the sentence's attack, which may name its doer
            # ('استشهد طفلان إثر قصف لقوات النظام بالصواريخ على بلدة سرمين'), or, when the dead
            # have no deed of their own, the deed they died in ('وصول جثث 7 أشخاص إلى المستشفى إثر
            # اشتباكات بين فصيلين مسلحين').
            # (or the damage it did: 'اندلع حريق في خزانين لشركة أرامكو في جدة إثر هجوم صاروخي حوثي')
            damaged = s.has(DAMAGE, b=causes[0][0])
            if any(t.category == "ASSAULT" for _, _, t in out) or {"killed", "wounded"} & casualties(s, quantities).keys() \
                    or damaged:
                out += [(k, k + len(c.words), c) for k, c in causes[:1] if c.category == "ASSAULT"]
                out.sort(key=lambda h: h[0])
        else:
            damaged = False
        if means:
            # what the aircraft did is done from the air: 'قصفت طائرة مسيرة تركية سيارة' is a
            # drone strike, not shelling
            out = [(i, j, Trigger(t.words, t.category, means[0], t.strength))
                   if t.category == "ASSAULT" and MODE_RANK.get(t.mode, 9) > MODE_RANK[means[0]] else (i, j, t)
                   for i, j, t in out]
        delivered = s.has(DELIVER, UNDERGO)
        gathers = [k for k, w in enumerate(words) if _in(w, GATHER) and not (k and words[k - 1] in RELATIVES)] \
            if s.has(GATHER) else []
        gathered = bool(gathers)
        predicates: set[str] = set()
        for i, j, trig in out:
            cat = trig.category
            if cat in predicates:
                continue  # (one predicate of a category is enough)
            if (gathers and _near(gathers, i, GATHERED_REACH) or not _participant(words[i]) or _blocked_by(words, i)
                    or rioting and _rioted(words, i, protest_told)) \
                    and (delivered or " ".join(trig.words) not in NEED_PREDICATE) \
                    and (cat != "ASSAULT" or not _noun(words[i], trig, "ASSAULT", EVENT_NOUNS) or _occurred(s, ents, i)
                         or foiled and _on_positions(words, j)) \
                    and (cat != "PROTEST" or not _noun(words[i], trig, "PROTEST", PROTEST_NOUNS) or gathered
                         or _protested(s, ents, i) or rioting and _rioted(words, i, protest_told)
                         or _in(words[i], PROTESTING) and _acted_in_protest(words, i)):
                predicates.add(cat)
        if damaged and any(h[2].category == "ASSAULT" for h in out):
            predicates.add("ASSAULT")  # (the damage told is the cause's predicate)
        if "PROTEST" in predicates:
            # (nor what the crowd demands, a request of its own: 'خرج آلاف الشبان إلى الشوارع ...
            # للمطالبة بتحسين خدمات الصحة، في احتجاجات')
            # (nor the call for the protests told right after them: 'في احتجاجات دعت إليها حركة جيل زد')
            out = [h for h in out if h[2].words != (DRONE_ALONE,)
                   and not (h[2].category == "REQUEST" and (words[h[0]] in PURPOSES or words[h[0]] in CROWD_DEMANDS
                                                            or h[1] < len(words) and words[h[1]] in TO_THEM and any(
                                                                p[2].category == "PROTEST" and p[1] == h[0] for p in out)))]
            # the dead of the protests are the protests' toll, no attack of their own: 'ارتفع عدد
            # قتلى الاحتجاجات المستمرة في العراق إلى 93 قتيلا'
            # ('اندلعت احتجاجات ... وقتل فيها 22 شخصا': the dead in them, told back to them)
            # ('قتل ثمانية أشخاص على الأقل وأصيب 400 آخرون خلال احتجاجات عمت مدنا كينية': the dead
            # told right before the protests they died in, no other deed between)
            tolls = {h[0] for h in out if h[2].category == "ASSAULT" and len(h[2].words) == 1
                     and h[0] + 1 < len(words) and _casualty_kind(words[h[0]])}
            told = {h for h in tolls if any(
                p[2].category == "PROTEST" and (p[0] == h + 1 or p[0] < h and words[h + 1] in IN_THEM) for p in out)}
            told |= {k for p in out if p[2].category == "PROTEST" and (k := _toll_before_protest(words, p[0])) in tolls
                     and not s.has(PROTESTERS, a=k, b=p[0])
                     and not any(k < q[0] < p[0] and q[2].category == "ASSAULT" and q[0] not in tolls for q in out)}
            if told:
                # (the other dead and hurt of the sentence too: 'قتل 22 شخصا في الاحتجاجات ... بينهم
                # محتجون قتلوا' tells the same dead again; not those killed by a doer named there)
                out = [h for h in out if h[0] not in tolls or h[0] not in told and _doer_named_after(words, h[1])]
            # What a protest is against is its topic: 'أضربوا عن الطعام احتجاجا على ظروف
            # احتجازهم' (no arrest), 'مسيرة سلمية رفضا للعهدة الخامسة' (no rejection of its own).
            against = [k for k, w in enumerate(words) if _in(w, PROTESTING)
                       or _in(w, PROTESTED_ON) and k + 1 < len(words) and words[k + 1] == ON]
            # (a deed joined by و as a verb of its own is told beside it: 'تظاهر الآلاف احتجاجا على
            # قرار الحكومة، واعتقلت الشرطة 43 متظاهرا')
            out = [h for h in out if h[2].category == "PROTEST" or not any(
                0 <= h[0] - k <= TOPIC_REACH for k in against) or words[h[0]].startswith("و")
                and feminine_perfect(words[h[0]][1:])]
        if "ASSAULT" in predicates and any(h[2].mode == "arrest" for h in out) \
                and any(_in(words[h[0]], RAIDED) for h in out if h[2].category == "ASSAULT") \
                and not {"killed", "wounded"} & casualties(s, quantities).keys():
            # storming a town to arrest people, with no one hurt, is the arrest raid ('اقتحمت
            # قوات الاحتلال بلدة بيت أمر واعتقلت 7 مواطنين'), as ACLED files it
            out = [h for h in out if not (h[2].category == "ASSAULT" and _in(words[h[0]], RAIDED))]
            predicates = {trig.category for _, _, trig in out} & predicates
        abducted = "ASSAULT" in predicates and "COERCE" in predicates and any(h[2].mode == "abduct" for h in out)
        if abducted and any(h[2].words == CAPTURE for h in out):
            # fighters taken prisoner in the fighting the sentence reports are of that fighting, no
            # abduction: 'صدت هجوما لقوات حفتر على منطقة عين زارة، وأسرت العشرات من عناصرها'
            out = [h for h in out if not (h[2].words == CAPTURE
                                          and any(_in(w, CAPTIVES) for w in words[h[1]:h[1] + CAPTIVES_REACH]))]
            predicates = {trig.category for _, _, trig in out} & predicates
        if abducted and "ASSAULT" in predicates and any(h[2].mode == "abduct" for h in out) \
                and not {"killed", "wounded"} & casualties(s, quantities).keys():
            # the attack an abduction was made in, with no one hurt, is the abduction: 'خطف
            # مسلحون أكثر من 50 شخصا في هجوم على قرية' (ACLED files the abduction alone)
            out = [h for h in out if not (h[2].category == "ASSAULT" and h[0] and words[h[0] - 1] == IN)]
            predicates = {trig.category for _, _, trig in out} & predicates
        if "ASSAULT" in predicates:
            # Beside fighting, taking control without a place right after it ('استعادت السيطرة
            # عليها', 'تمكنت من السيطرة بعد اشتباكات') is the same fighting, not a seizure of goods.
            out = [h for h in out if not (h[2].mode == "seize" and h[2].words in _occupy_words())]
        if "AID" in predicates:
            deeds = [h[0] for h in out if h[2].category in ("ASSAULT", "COERCE")] \
                + ([k for k, w in enumerate(words) if _in(w, KEPT_OUT)] if s.has(KEPT_OUT) else [])
            out = [h for h in out if h[2].category != "AID" or not any(
                0 < h[0] - k <= AID_OBJECT_REACH for k in deeds)]
            if any(h[2].category == "AID" for h in out):
                # what aid is given for: 'بتقديم 50 مليون دولار لدعم جهود الإغاثة' (no SUPPORT)
                aid = min(h[0] for h in out if h[2].category == "AID")
                out = [h for h in out if not (h[2].category == "SUPPORT" and h[0] > aid and words[h[0]].startswith("ل"))]
            predicates = {trig.category for _, _, trig in out} & predicates
        return [(i, j, trig) for i, j, trig in out if trig.category in predicates]

    @staticmethod
    def _by_category(hits):
        """Per category: the first hit's position (the clause that reports the event), the
        strongest hit's trigger, and the most specific mode among the hits."""
        best: dict[str, tuple] = {}
        first: dict[str, tuple[int, int, Trigger]] = {}
        modes: dict[str, str | None] = {}
        for i, j, trig in hits:
            first.setdefault(trig.category, (i, j, trig))
            cur = best.get(trig.category)
            if cur is None or trig.strength > cur[2].strength:
                fi, fj, _ = first[trig.category]
                best[trig.category] = (fi, fj, trig)
            mode = modes.get(trig.category)
            if trig.mode and (mode is None or MODE_RANK.get(trig.mode, 9) < MODE_RANK.get(mode, 9)):
                modes[trig.category] = trig.mode
        return {cat: (*hit, modes.get(cat)) for cat, hit in best.items()}

    def _article_place(self, doc, entities: list[Entity]) -> dict | None:
        """Where an event whose sentence names no place happened: the dateline's city, unless
        the article never names it and tells of another place again and again (an agency's
        bureau: 'دمشق - سبوتنيك' over an article about Aleppo); else the most told place."""
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, dict] = {}
        for ent in entities:
            if ent.type == "location" and ent.place and ent.place.get("gazetteer_id") \
                    and ent.place.get("kind") != "country":
                counts[ent.place["gazetteer_id"]] += 1
                first.setdefault(ent.place["gazetteer_id"], ent.place)
        told = max(counts, key=counts.get) if counts else None
        if doc.dateline:
            # a dateline names a city: 'عمان -' is Amman, 'الكويت -' Kuwait City
            place = self.gaz.lookup(tuple(doc.dateline.split()), settlement=True)
            if place is not None and (told is None or place.id in counts or counts[told] < BUREAU_TOLD):
                return place.as_location(name=_dateline_text(doc))
        return first[told] if told else None

    def _event(self, doc, sent, sentence: Sent, ents, cat, i, j, trig, mode, fallback, pub, day,
               others=(), span: tuple[int, int] | None = None) -> Event | None:
        words = sentence.words
        if cat == "ASSAULT" and sentence.has(TOLL_HEADS) and _toll_rose(words, i) and not _deed_dated(ents, words, j, day):
            day = None  # the day the toll rose, not the attack's
        if any(w in NEGATION for w in words[max(0, i - 3):i]) and not sentence.has(RESULTED, a=max(0, i - 2), b=i) \
                or sentence.has(DENIAL, b=i) and not (cat == "ACCUSE" and _unconjoined(words[i]) != words[i]):
            # ('لم يسفر الانفجار عن ضحايا' denies the victims, not the blast; a denial's
            # counter-charge is made: 'نفت ... مسؤوليتها عن القصف، واتهمت الجيش بالتضليل')
            return None
        # 'خرجوا للاحتجاج' (went out to protest): the protest aimed at is the one they held
        aim = _purpose(sentence, i) and not (cat == "PROTEST" and sentence.has(GATHER, a=max(0, i - 4), b=i)) \
            or i > 0 and (_launch_for(words[i - 1]) or _aim_masdar(words[i - 1])) \
            or i > 1 and _in(words[i - 1], OPERATIONS) and _launch_for(words[i - 2])  # 'لتنفيذ عمليات انتحارية'
        if cat != "AGREE" and _terms(sentence, i, doc.norm, *doc.sentences[sent]):
            return None  # what an agreement provides for: the agreement is the event
        # agreed now, to start later: 'وافقت ... على هدنة إنسانية تبدأ الاثنين المقبل'
        agreed = cat == "AGREE" and any(_in(w, CONSENTED) for w in words[max(0, i - CONSENT_REACH):i]) \
            and not sentence.has(INTENT, a=max(0, i - CONSENT_REACH), b=i)
        if agreed and day and pub and dates.parse_iso(day) > pub or day and _starts_then(words, j):
            # (the day it takes effect is not the day it was agreed: 'التوصل إلى اتفاق لوقف إطلاق
            # النار في قطاع غزة يبدأ سريانه الأحد')
            day = None
        intent = sentence.has(INTENT, a=max(0, i - 5), b=i) or _future(words[i]) or aim or _may(words, i) \
            or i > 0 and _unconjoined(words[i - 1]) in TO_BE_DONE \
            or cat != "REQUEST" and sentence.has(DEMAND) \
            and sentence.has(DEMAND, a=max(0, i - _demand_reach(words, i)), b=i) \
            or bool(day and pub and dates.parse_iso(day) > pub) \
            or not agreed and _next_period(sentence, j) \
            or not agreed and _expected(sentence, i, j) \
            or cat != "THREATEN" and _threatened(sentence, i) \
            or cat not in ("CONSULT", "ASSAULT", "PROTEST") and _discussed(sentence, i)
        # ('اعتبارا من الأحد المقبل', 'الأسبوع المقبل', 'المرتقبة': to come; 'هدد بتنظيم
        # اعتصامات': threatened, not held)
        if cat == "ASSAULT" and (intent or sentence.has(THREAT, b=i)):
            return None
        charged = cat != "ACCUSE" and _charged(sentence, i)
        if charged and not (cat == "ASSAULT" and ({"killed", "wounded"} & casualties(
                sentence, [x for x in ents if x.type == "quantity"], span).keys() or _vague_toll(sentence, ents))):
            return None  # 'اتهمتها بدعم الميليشيات' (accused it of backing the militias): the charge
        if not charged and (cat in ("ASSAULT", "COERCE") and sentence.has(REACTION, b=i) or cat != "ACCUSE"
                            and (words[i].startswith("ب") or i and words[i - 1] in ANNOUNCING_IT)
                            and sentence.has(REACTION, a=max(0, i - REACTION_REACH), b=i)):
            return None  # ('ونددت طهران بالعقوبات': what is condemned was told before)
        if cat != "REJECT" and _refused(words, i):
            return None  # what is refused is not done (REJECT tells it)
        s, e = doc.sentences[sent]
        if day and pub and dates.parse_iso(day) < pub - timedelta(days=BACKGROUND_DAYS):
            return None  # a background sentence about an older event
        end = j
        for a, b in sorted(others):  # the event's other words that follow on closely
            if 0 <= a - end <= YEAR_REACH:
                end = max(end, b)
        if not day and pub and sentence.has(RELATIVES, a=end, b=end + RELATIVE_REACH):
            end = _told_until(words, end)  # (only the year and month checks below read it)
        if pub and (_earlier_year(sentence, i, end, pub.year) or not day and _earlier_month(sentence, i, end, pub)
                    or not day and _long_ago(words, i, end)):
            # 'في ديسمبر 2001 عندما هاجم مسلحون ...' in an article of 2008; also by another word
            # of the event ('قتلت زعيم التنظيم في غارة على بلدة أطمة عام 2022'); with no day of
            # its own, a month ended long before ('شنت هجوما على فندق في أغسطس الماضي')
            return None
        locs = [x for x in ents if x.type == "location" and x.place]
        # the clauses of events named after it as a reference, up to the next clause ('...، وقال
        # الجيش الإيراني إن أربعة من جنوده قتلوا')
        cut = [(k, _clause_end(words, k)) for k in sentence.referred if k > j] if sentence.referred else None
        if cut:
            # their places are not its place: 'بدء عملية برية ... في جنوب لبنان، بعد أيام من
            # اغتيال حسن نصر الله في غارة على الضاحية الجنوبية لبيروت'
            locs = [x for x in locs if not _within(x, cut)] or locs
        offices = sentence.has(OFFICE)
        motives = sentence.has(PROTESTING, DEMAND)  # (what a deed protests or demands may name a place)
        all_over = sentence.has(ALL_OVER)
        # the dateline's city, first in the lead, is where the report was filed: another place the
        # lead names is the event's ('تل أبيب - ... أغارت ... على أهداف لحزب الله في جنوب لبنان')
        filed = sent == 0 and doc.dateline and locs and locs[0].tok[0] == 0
        picked = filed and self._pick_location(locs[1:], i, words, cat, offices, motives, all_over)
        # (towns or land named by their nationality before the dateline's city: 'إسلام آباد - ...
        # شن ضربات على مواقع داخل الأراضي الهندية')
        towns = self._towns_of(words) if filed and not picked and sentence.has(TOWNS) else None
        picked = picked or (None if towns else self._pick_location(locs, i, words, cat, offices, motives, all_over))
        if not picked and not towns and sentence.has(TOWNS):
            towns = self._towns_of(words)
        # (talks are at the dateline when told as hosted there: 'مسقط - استضافت سلطنة عمان جولة
        # جديدة من المحادثات')
        location = picked or towns or (fallback if cat != "CONSULT" or _in(words[i], HOSTED)
                                       or sentence.has(HOSTED, a=max(0, i - HOSTED_REACH), b=i) else None)
        # (told here: picked from the sentence's places; not the article's place standing in,
        # even when the sentence names it for something else: 'وزارة الصحة في غزة')
        told_here = bool(picked or towns and location is towns)
        if location is not None and cat == "ASSAULT" and (
                not told_here or sent == 0 and doc.dateline and location.get("name") == _dateline_text(doc)):
            # what was hit is of another country than the dateline's: 'بيروت - أعلن حزب الله
            # استهداف موقع الراهب الإسرائيلي' hit a position in Israel, not Beirut
            abroad = next(filter(None, (self._target_country(words, b) for _, b in [(i, j), *others])), None)
            if abroad and abroad != location.get("country"):
                location, told_here = self.gaz.by_id[f"cldr:{abroad}"].as_location(), True
            elif not told_here:
                # positions of another country's forces, with no place told, are in that country:
                # 'أنقرة - وردت القوات التركية بقصف مواقع للنظام السوري' (in Syria)
                owner = _owner_country(ents, words, [(i, j), *others])
                if owner and owner != location.get("country") and f"cldr:{owner}" in self.gaz.by_id:
                    location, told_here = self.gaz.by_id[f"cldr:{owner}"].as_location(), True
        if location is not None and location is not towns and cat in ("ASSAULT", "COERCE") and sentence.has(BORDERS) \
                and (not told_here or sent == 0 and doc.dateline and location.get("name") == _dateline_text(doc)) \
                and location.get("kind") != "country" and f"cldr:{location.get('country')}" in self.gaz.by_id:
            # on a border, not in the dateline's city: 'عمّان - ... وقتل ثلاثة من المهربين خلال اشتباك
            # مسلح على الحدود الشمالية للمملكة' (in Jordan)
            location, told_here = self.gaz.by_id[f"cldr:{location['country']}"].as_location(), False
        if location is not None and not told_here and location is not towns:
            # the article's place standing in for the sentence's: consolidation lets a place a
            # report told replace it, not the other way round
            location = {**location, "told": False}
        if filed and locs[0].place.get("kind") == "country":
            # the dateline's country is where the report was filed, no doer: 'الكويت - فجر انتحاري
            # نفسه داخل مسجد'
            ents = [x for x in ents if x is not locs[0]]
        # (nor are the sides of an event named after it as a reference its own: 'ردا على الهجوم
        # الصاروخي الإيراني على إسرائيل')
        outside = [x for x in ents if not _within(x, cut)] if cut else ents
        actors, targets = self._roles(ents if len(outside) == len(ents) else outside, i, j, sentence, cat)
        if cat in ("ASSAULT", "COERCE") and actors and any(map(_rescuer, actors)):
            # rescuers are at the scene, they do not strike: 'هرعت فرق الدفاع المدني إلى موقع سقوط
            # طائرة مسيرة'
            actors = [a for a in actors if not _rescuer(a)]
        if cat == "THREATEN" and words[i] in THREATENING:
            # a threat made as the speaker goes on ('قال نتنياهو إن إسرائيل لن تسمح لحزب الله بإعادة
            # التسلح، مهددا بضربات أقوى'): the speaker threatens, not whom he spoke of
            speaker = next((x for x in ents if x.type in ("organization", "person") and x.tok[1] <= i and x.tok[0]
                            and _in(words[x.tok[0] - 1], TOLD)), None)
            if speaker is not None:
                actors, targets = [_surface(speaker)], [t for t in actors + targets if t != _surface(speaker)]
        at = j + (j + 1 < len(words) and words[j] != BETWEEN)  # (past an adjective: 'المفاوضات المباشرة بين')
        if cat == "CONSULT" and at + 3 < len(words) and words[at] == BETWEEN and _in(words[at + 1], DELEGATIONS):
            # the parties by their nationality: 'محادثات بين وفدين أمريكي وأوكراني' (not the host)
            sides = [self._nationality(_unconjoined(w)) for w in words[at + 2:at + 4]]
            if all(sides) and sides[0] != sides[1]:
                actors, targets = [self.gaz.by_id[f"cldr:{c}"].name_ar for c in sides], []
        k = next((k for k in range(i, min(i + 3, len(words) - 2)) if _in(words[k], DELEGATIONS)), None) \
            if cat in ("CONSULT", "AGREE") and not actors else None
        if k is not None and words[k + 2].startswith("و"):
            # or the two sides as the subject: 'توصل الجانبان الروسي والأوكراني إلى اتفاق'
            sides = [self._nationality(_unconjoined(w)) for w in words[k + 1:k + 3]]
            if all(sides) and sides[0] != sides[1]:
                actors = [self.gaz.by_id[f"cldr:{c}"].name_ar for c in sides]
        if cat in ("CONSULT", "AGREE", "COOPERATE") and not targets and sentence.has(COUNTERPARTS):
            # the counterpart by nationality: 'اتصالا هاتفيا مع نظيره الإيراني'
            place = self._country_after(words, COUNTERPARTS, max(0, i - COUNTERPART_REACH), j + COUNTERPART_REACH, 1)
            targets = [place.name_ar] if place and place.name_ar not in actors else []
        if cat == "REJECT" and not targets and sentence.has(PROPOSALS):
            # whose proposal, demand or charge is refused: 'رفضت حماس المقترح الإسرائيلي'
            place = self._country_after(words, PROPOSALS, j, j + PROPOSAL_REACH, 1)
            targets = [place.name_ar] if place else []
        if cat == "SANCTION":
            # the envoy's country, rather than whoever the reason names ('استدعت الخارجية السفير
            # الفرنسي احتجاجا على تصريحات الرئيس ماكرون' targets France)
            targets = self._envoy_country(words, j) or _recalled_from(ents, words, j) or targets
            on = next((k for k in range(j, min(len(words), j + GAP_REACH)) if words[k] == ON), None)
            if not targets and on is not None:
                # what is sanctioned, by its nationality: 'فرض عقوبات جديدة على قطاع النفط الإيراني'
                country = next(filter(None, map(self._nationality, words[on + 1:on + 1 + SANCTIONED_REACH])), None)
                targets = [self.gaz.by_id[f"cldr:{country}"].name_ar] if country else []
                targets = [t for t in targets if t not in actors]
        if cat == "THREATEN" and trig.words == WARNED and (
                sentence.has(DANGERS, a=j, b=j + DANGER_REACH)
                or any(x.actor and x.actor.get("type") == "international" and _surface(x) in actors for x in ents)):
            return None  # a warning of a danger, or by a body that threatens no one ('حذرت الأمم المتحدة من هجوم')
        if actors and sentence.has(CRAFT):
            # aircraft are their owner's ('شنت طائرات التحالف غارات', 'مقاتلات الجيش السوري')
            owners = {_surface(x): _surface(y) for x in ents if x.type == "organization" and _in(words[x.tok[0]], CRAFT)
                      for y in ents if y.type == "organization" and _craft_owner(words, x.tok[1], y.tok[0])}
            if owners:
                actors = list(dict.fromkeys(owners.get(a, a) for a in actors))
                targets = [t for t in targets if t not in actors]
        crowds = [x for x in ents if x.type == "organization" and _participant(words[x.tok[0]])] \
            if cat == "PROTEST" else ()
        if crowds:
            # The crowd protests ('خرج متظاهرون ... للاحتجاج على مقتل مدنيين على يد قوات
            # التحالف'): whoever the sentence names for another deed is not its actor.
            # Who else the sentence gives as acting may lead it ('متظاهرون من أنصار حزب الله',
            # 'احتجاجات المعارضة'); the state's forces do not.
            led = {_surface(x) for x in ents if x.type == "organization" and x.actor
                   and x.actor.get("type") not in STATE_ACTORS | {"international"}
                   and not (x.tok[0] and words[x.tok[0] - 1] in SITE_BEFORE)}  # (where they stood)
            first = min(crowds, key=lambda x: abs(x.tok[0] - i))
            behind = [_surface(x) for x in ents if x.type == "organization" and _surface(x) in led
                      and 0 <= x.tok[0] - first.tok[1] <= 2]  # 'متظاهرون من أنصار حزب الله'
            actors = list(dict.fromkeys([_surface(first)] + behind
                                        + [a for a in actors if a in led and a not in targets]))
            targets = [t for t in targets if t not in actors]
        if cat == "PROTEST" and actors:
            # the forces that disperse a protest do not hold it ('أصيب خمسة متظاهرين خلال تفريق
            # قوات الأمن احتجاجا'), nor the authorities that hold or free its people ('أفرجت
            # السلطات عن موقوفين شاركوا في احتجاجات')
            forces = {_surface(x) for x in ents if x.actor and x.actor.get("type") in ("state_forces", "police", "government")}
            actors = [a for a in actors if a not in forces]
        if cat == "PROTEST" and not actors:
            # the crowd named by the trigger itself ('فرقت الشرطة مئات المحتجين')
            actors = [_surface(x) for x in ents if x.type == "organization" and x.tok[0] <= i < x.tok[1]][:1]
        for a, b in others if not actors else ():
            # 'قتل نحو عشرين مسلحا في غارات للتحالف': the actor stands by another word of the event
            # (a word of means, 'برصاص', 'بغارة', has no subject before it: in 'اغتيل مسؤول في حركة
            # فتح برصاص مجهولين' the movement is the victim's; nor is a later word's subject
            # what follows the first word: 'فجر انتحاري نفسه وسط تجمع لقوات الأمن ما أدى إلى
            # مقتل 12 شخصا' (the forces were hit))
            more, against = self._roles(ents, a, b, sentence, cat, means=prep_clitic(words[a]),
                                        subject_by=i if a > i else None)
            more = [m for m in more if m not in targets]  # (the victims do not attack themselves)
            if more and a > i and words[a] in AIMED_AT and not _in(normalize_token(more[0].split()[0]), MEANS_CRAFT):
                # the attack told before is the subject of a verb of aiming after it: what
                # follows is its target ('في هجوم انتحاري بحزام ناسف استهدف العقيد فولا عثمان'; not
            # the craft that is its subject: 'إن طائرة مسيرة استهدفت سيارة')
                targets = targets or more
                continue
            if more:
                actors, targets = more, targets or [t for t in against if t not in more]
                break
        if cat in ("ASSAULT", "COERCE"):
            # The nationality of the deed names its actor ('بغارة أمريكية'), rather than who
            # tells of it ('أعلنت وزارة الدفاع السورية أن الدفاعات تصدت لعدوان إسرائيلي') or
            # whom it hit ('قتل قائد في حركة الشباب بغارة أمريكية'); an actor of that country
            # the sentence names stays ('الجيش الإسرائيلي').
            spans = [(i, j)] + list(others)
            if GAP in trig.words and trig.mode == "drone":
                # the drones' nationality, after them: 'أسقطت الدفاعات الروسية مسيرات أوكرانية'
                obj = trig.words[trig.words.index(GAP) + 1:]
                k = _object_at(words, j, obj)
                spans += [(k, k + len(obj))] if k is not None else []
            country, nat_at = self._by_nationality(words, spans)
            ours = {_surface(x) for x in ents if x.actor and x.actor.get("country") == country
                    or x.place and x.place.get("kind") == "country" and x.place.get("country") == country} \
                if country else ()
            if country and not any(a in ours for a in actors):
                actors = [self.gaz.by_id[f"cldr:{country}"].name_ar]
                targets = [t for t in targets if t not in actors]
            # (and a nationality joined to it: 'غارات روسية وسورية', 'طائرات حربية أمريكية وبريطانية')
            nat_at = nat_at if country else next((x.tok[1] - 1 for x in ents if x.type == "organization" and x.actor
                                        and _surface(x) in actors and x.tok[1] > x.tok[0] + 1
                                        and self._nationality(words[x.tok[1] - 1])), None)
            joined = self._joined_nationalities(words, nat_at) if nat_at is not None else []
            if joined:
                actors = list(dict.fromkeys(actors + joined))
                targets = [t for t in targets if t not in actors]
            elif not country and sentence.has(GROUP_WORDS) and (not actors or all(map(_bare_craft, actors))):
                # an armed group's adjective does too: 'قصف مدفعي حوثي', 'هجوم داعشي' (and names
                # the bare craft's owner: 'قصفت طائرات حوثية سفينة')
                actors = _by_group(words, [(i, j)] + list(others)) or actors
                targets = [t for t in targets if t not in actors]
        if GAP in trig.words and trig.mode == "drone" and targets and (trig.words[-1] != trig.words[-1].rstrip("ات") or any(
                x.type == "quantity" and j <= x.tok[0] <= j + GAP_REACH and (x.value or {}).get("value", 0) > 1 for x in ents)):
            # drones shot down by the dozen attacked; who shot them down defended: 'أسقطت الدفاعات
            # الجوية 25 طائرة مسيرة أوكرانية' (the drones, and by them Ukraine, are the actor); one
            # drone shot down ('أعلن الجيش إسقاط طائرة مسيرة أمريكية') is the shooter's deed
            actors, targets = targets[:1], []
        if charged:
            # the dead of a deed someone is accused of are reported; who did it is disputed:
            # 'اتهمت قوات الدعم السريع الجيش بقصف مخيم زمزم، ما أدى إلى مقتل 23 مدنيا'
            actors, targets = [], [t for t in targets if t not in actors]
        if cat == "ASSAULT" and sentence.has(CLAIMED, a=j) and all(_in(normalize_token(a.split()[-1]), UNMANNED)
                                                                   for a in actors):
            # who claims it in the sentence did it, rather than the drone it was done with:
            # 'استهدفت طائرة مسيرة قاعدة حرير ...، وتبنت المقاومة الإسلامية في العراق الهجوم'
            claimer = _claimer(ents, words, j)
            actors = [claimer] if claimer else actors
        elif cat == "ASSAULT" and actors and sentence.has(CLAIMED, a=j) and _sides(actors) <= NAMELESS_DOERS:
            # and beside gunmen of no group told: 'فجر انتحاري نفسه وفتح مسلحون النار ...، وتبنت
            # حركة الشباب الهجوم'
            claimer = _claimer(ents, words, j)
            actors = actors + [claimer] if claimer and claimer not in actors else actors
        if cat == "RETREAT" and (location is None or not told_here or sent == 0 and doc.dateline
                                 and location.get("name") == _dateline_text(doc)):
            # where they leave, rather than where it was told: 'باريس - أعلنت فرنسا سحب قواتها من النيجر'
            left = next((x.place for x in locs if x.tok[0] > i and words[x.tok[0] - 1] == FROM), None)
            location, told_here = (left, True) if left else (location, told_here)
        if cat == "ACCUSE" and all(_sides([t]) <= CIVILIAN_SIDES for t in targets):
            # whose deed is condemned, by its nationality, rather than its victims: 'انتقد الأمين
            # العام للأمم المتحدة الغارات الإسرائيلية على المستشفيات', 'نددت مصر بالقصف الروسي على
            # المدنيين'
            deed = next((k for k in range(j, min(len(words), j + CONDEMNED_REACH)) if k not in sentence.named
                         and any(t.category in ("ASSAULT", "COERCE") for t in _word_triggers(words[k]))), None)
            country, nat_at = self._by_nationality(words, [(deed, deed + 1)]) if deed is not None else (None, None)
            named = [self.gaz.by_id[f"cldr:{country}"].name_ar] + self._joined_nationalities(words, nat_at) \
                if country else []
            targets = [t for t in named if t not in actors] or targets
        if cat in ("AID", "SANCTION") and not targets:
            # who is given, or no longer given, what is named after ل: 'تقديم منحة بقيمة 200 مليون
            # دولار لليمن', 'علقت الولايات المتحدة مساعداتها العسكرية لأوكرانيا'
            given = next((x for x in ents if j <= x.tok[0] <= j + RECIPIENT_REACH and words[x.tok[0]].startswith("ل")
                          and prep_clitic(words[x.tok[0]]) and (x.type == "organization" or x.type == "location"
                                                                and (x.place or {}).get("kind") == "country")), None)
            targets = [_surface(given)] if given is not None and _surface(given) not in actors else targets
        if cat == "MOBILIZE" and targets:
            # the forces deployed are no target: 'نشرت روسيا آلاف الجنود الإضافيين على حدودها'
            deployed = {_surface(x) for x in ents if j <= x.tok[0] <= j + 3 and (x.actor or {}).get("type") in ARMED_SIDES}
            targets = [t for t in targets if t not in deployed]
        if cat == "AID" and not actors:
            # the donor by its nationality: 'طائرة مساعدات إماراتية' (Emirati aid)
            country, _ = self._by_nationality(words, [(i, j)] + list(others))
            actors = [self.gaz.by_id[f"cldr:{country}"].name_ar] if country else []
            targets = [t for t in targets if t not in actors]
        quantities = [x for x in ents if x.type == "quantity"]
        if cut:
            # not the toll of an event named after it as a reference: 'وقالت الهند إنها استهدفت
            # بنية تحتية إرهابية ردا على هجوم باهالغام الذي قتل فيه 26 سائحا'
            quantities = [x for x in quantities if not _within(x, cut)]
        # (and the toll of protests: 'ارتفع عدد قتلى الاحتجاجات المستمرة في العراق إلى 93 قتيلا')
        counts = casualties(sentence, quantities, span) if cat in ("ASSAULT", "COERCE") or mode == "riot" \
            or cat == "PROTEST" and (i and _casualty_kind(words[i - 1]) or _toll_before_protest(words, i) is not None
                                     or sentence.has(IN_THEM, a=j) and any(
                words[k] in IN_THEM and _casualty_kind(words[k - 1]) for k in range(j + 1, len(words)))) else {}
        if mode == "arrest" and {"killed", "wounded"} & counts.keys():
            # an arrest holds people; the dead and hurt told beside it are another deed's, which
            # reports them ('قتل شاب طعنا ...، وألقت الأجهزة الأمنية القبض على الجاني')
            counts = {k: v for k, v in counts.items() if k == "captured"}
        killed = counts.get("killed")
        # A protest's crowd: protesters named ('the protesters'), or counted at the protest
        # ('تظاهر آلاف الجزائريين').
        # ('أضرب سائقو الشاحنات', 'اعتصم العمال': those who struck or sat in, right after the verb)
        crowd = cat == "PROTEST" and (any(map(_participant, words)) or any(
            x.type == "quantity" and -2 <= x.tok[0] - j <= 1 for x in ents)
            or (i == 0 or i == 1 and sent == 0 and doc.dateline) and j < len(words) and _plural_people(words[j])
            # (a hunger strike's prisoners: 'دخل الأسير خضر عدنان يومه الـ75 من الإضراب عن الطعام')
            or mode == "hunger_strike" and (sentence.has(PRISONERS) or any(x.type == "person" for x in ents)))
        confidence = round(min(1.0, 0.4 * trig.strength
                               # (a site before which it happened places it in the article's place: 'نظم
                               # عشرات ... وقفة احتجاجية أمام المحكمة'; so does the dateline of a
                               # protest told in the lead: 'القاهرة - اعتصم العشرات من عمال ...')
                               + (0.2 if told_here else 0.1 if location is not None and (sentence.has(
                                   SITE_BEFORE, a=i, b=j + SITE_REACH) or cat == "PROTEST" and sent == 0
                                   and doc.dateline and location.get("name") == _dateline_text(doc)) else 0.0)
                               + 0.15 * bool(actors or crowd or _told_by(ents, words, i))
                               + 0.1 * bool(targets or counts or cat == "ASSAULT"
                                            and any(_with_means(words, b) for _, b in [(i, j), *others]))
                               + 0.1 * bool(day)
                               # what shows it took place: the dead or wounded of an attack, a shell or
                               # rocket that fell or was fired ('سقط صاروخ على قاعدة'), a protest's
                               # crowd gathering or its being held ('تجمع', 'نفذوا', 'فرقت')
                               + 0.1 * bool(killed or counts.get("wounded") or _fired(sentence, trig, i, j)
                                            if cat != "PROTEST" else sentence.has(ASSEMBLED, HELD)))
                         - 0.1 * intent, 3)
        if confidence < MIN_CONFIDENCE * (0.8 if cat not in ("ASSAULT", "PROTEST") else 1.0):
            if cat == "ASSAULT" and mode and not intent and not counts and not told_here:
                # (too thin to report, it may tell how the last one was done, and to whom)
                self.detail = (mode, day, sentence.has(CIVILIAN_VICTIMS) and not sentence.has(CLASHING))
            return None
        if location is not None and location.get("told") is False and cat not in ("ASSAULT", "COERCE", "PROTEST", "AID"):
            # a state's body acts at home, not in the dateline's city of another country: 'القاهرة
            # - ... ونشرت وزارة الدفاع التركية تعزيزات على الحدود مع سوريا' happened in Turkey
            home = {x.actor["country"] for x in ents if x.actor and x.actor.get("type") in STATE_ACTORS
                    and len(x.actor.get("country") or "") == 2 and _surface(x) in actors}
            if len(home) == 1 and location.get("country") not in home and f"cldr:{next(iter(home))}" in self.gaz.by_id:
                location = {**self.gaz.by_id[f"cldr:{next(iter(home))}"].as_location(), "told": False}
        if cat == "ASSAULT" and (mode in (None, "artillery") or mode == "explosive" and trig.words[0] in DROPPED) \
                and sentence.has(AIRCRAFT) \
                and (span is None or sentence.has(AIRCRAFT, a=span[0], b=span[1])) \
                and not _downed_craft(words, *(span or (0, len(words)))):  # (in its own clause)
            # 'قصفت طائرات حربية' (warplanes shelled): from the air; 'طائرات بدون طيار' are drones
            mode = "drone" if PILOT in words or _unmanned(sentence, ents) else "aerial"
        elif cat == "ASSAULT" and mode in (None, "artillery") and (any(
                _in(normalize_token(a.split()[0]), UNMANNED) for a in actors)
                # (or the drones of the actor, as the verb's subject: 'قصفت مسيرات الدعم السريع')
                or j < len(words) and _in(words[j], UNMANNED) and not _in(words[i], REPELLED)):
            mode = "drone"  # 'مسيرة إسرائيلية استهدفت سيارة' (a drone as the actor)
        if cat == "COERCE" and mode == "arrest" and actors and _sides(actors) <= HOLDERS_NOT_ARRESTING:
            # gunmen or an armed group of no name who hold people take them, they do not arrest them:
            # 'احتجزت جماعة مسلحة 20 راكبا في حافلة'
            mode = "abduct"
        acled = ACLED.get((cat, mode)) or ACLED.get((cat, None)) or (None, None)
        if cat == "COERCE" and mode == "seize" and trig.words != SIEGE and _seized_goods(words, j, sentence.named):
            # goods, vehicles or ships taken, not ground: ACLED's looting/property destruction
            # ('نهبت قوات الدعم السريع مخازن', 'استولى مسلحون على شاحنات مساعدات')
            acled = ("Strategic developments", "Looting/property destruction")
        elif trig.words == SIEGE:
            acled = ("Strategic developments", "Other")  # a siege or blockade moves no ground
        elif cat == "ASSAULT" and trig.words[0] in EXECUTED:
            # the executed are held, not fighting: 'أعدم عناصر الدعم السريع عشرات الأسرى'
            acled = ("Violence against civilians", "Attack")
        if acled == ("Battles", "Armed clash") and sentence.has(CIVILIAN_VICTIMS) and not sentence.has(CLASHING) \
                and not any(x.actor and x.actor.get("type") in ARMED_SIDES and _surface(x) in targets for x in ents):
            # shot or killed civilians, with no armed side facing the attackers: 'أطلق مسلحون النار
            # على مدنيين', 'هاجم مسلحون قرية وقتلوا 37 مزارعا' (ACLED: violence against civilians)
            acled = ("Violence against civilians", "Attack")
        if acled[0] == "Protests" and sentence.has(INTERVENED) and _intervened(sentence):
            # dispersed, gassed or beaten back; with its dead or wounded, by excessive force
            hurt = {"killed", "wounded"} & casualties(sentence, quantities).keys()
            acled = ("Protests", "Excessive force against protesters" if hurt else "Protest with intervention")
        elif acled[0] == "Protests" and mode != "riot" and killed:
            acled = ("Protests", "Excessive force against protesters")  # (its own dead: 'قتل فيها 22 شخصا')
        state = next((x for x in ents if x.actor and x.actor.get("type") in STATE_ACTORS and (_surface(x) in actors or any(
            # (or the official it titles: 'رئيس الوزراء العراقي حيدر العبادي')
            p.type == "person" and p.tok[0] in (x.tok[1], x.tok[1] + 1) and _surface(p) in actors for p in ents))),
            None) if mode == "occupy" else None
        if state is not None:
            # (a state's forces taking ground in another state fight a battle, not regain it: 'أعلن
            # الجيش الأوكراني أن قواته ... سيطرت على 74 بلدة' in Russia's Kursk)
            abroad = (location or {}).get("country") not in (None, state.actor.get("country")) and state.actor.get("country")
            acled = ("Battles", "Armed clash" if abroad else "Government regains territory")
        if mode == "occupy" and trig.words[0] in ENTERED and not sentence.has(CLASHING) and _unopposed(words):
            # a town entered that the other side left, or with no resistance, changes hands with
            # no battle: 'دخل مقاتلو حركة إم 23 وسط مدينة بوكافو دون مقاومة تذكر بعد انسحاب القوات
            # الحكومية'
            acled = ("Strategic developments", "Non-violent transfer of territory")
        if len(actors) + len(targets) > 1:
            actors, targets = _one_name_each(ents, actors, targets)
        s, e, clipped = _around(doc.norm, s, e, i)
        ostart = to_original(s, doc.dropped)
        oend = to_original(e - 1, doc.dropped) + 1
        art = doc.article
        return Event(
            candidate_id="", article_id=art.id, type=cat, mode=mode, acled_type=acled[0],
            acled_sub_type=acled[1], location=location, date=day,
            killed=killed[0] if killed else None,
            wounded=counts["wounded"][0] if "wounded" in counts else None,
            captured=counts["captured"][0] if "captured" in counts else None,
            actors=actors, targets=targets, sentence=clipped[0] + art.text[ostart:oend] + clipped[1],
            confidence=confidence,
            killed_qualifier=killed[1] if killed else None, intent=intent, url=art.url,
            toll_update=bool(killed) and cat == "ASSAULT" and _toll_update(sentence),
            source=art.source, published=doc.pub_date, received_ms=art.received_ms,
            signature=doc.signature,
        )

    def _by_nationality(self, words: list[str], spans) -> tuple[str | None, int | None]:
        """The country a nationality word gives to the event noun names its actor: 'قصف
        إسرائيلي' (Israeli shelling), 'غارة جوية أمريكية', 'حملة اعتقالات إسرائيلية'; and where
        that word is."""
        for i, j in spans:
            if _in(words[i], VICTIMS_AFTER) and not _by_deed(words, i):
                continue  # 'مقتل إسرائيلي' (an Israeli killed), 'اعتقال فلسطيني'
            for k in (j, j + 1):
                # (past an adjective of the event's own: 'غارة جوية أمريكية'; not past its object,
                # which does not agree with it: 'استهدفت المستشفى السعودي')
                # (nor past one hit: 'أصيب جندي إسرائيلي' is an Israeli soldier hurt)
                if k >= len(words) or k > j and not (words[j].endswith(KIND_ENDINGS)
                                                     and _definite(words[j]) == _definite(words[j - 1])
                                                     and not _in(words[j], SINGLE_VICTIM)):
                    break
                country = self._nationality(words[k])
                if country:
                    return country, k
        return None, None

    def _joined_nationalities(self, words: list[str], k: int) -> list[str]:
        """The countries of the nationality words joined by و to the one at k: 'روسية وسورية'."""
        out = []
        for w in words[k + 1:k + 4]:
            country = self._nationality(w[1:]) if w.startswith("و") else None
            if not country:
                break
            out.append(self.gaz.by_id[f"cldr:{country}"].name_ar)
        return out

    def _envoy_country(self, words: list[str], j: int) -> list[str]:
        """The country whose ambassador is summoned or expelled ('استدعت الخارجية المغربية
        السفير الجزائري', 'القائم بالأعمال الإسرائيلي'), by the nationality in the two words after
        the envoy word: the sanction's target."""
        place = self._country_after(words, ENVOYS, max(0, j - 1), j + ENVOY_REACH, 2)
        return [place.name_ar] if place else []

    def _towns_of(self, words: list[str]) -> dict | None:
        """The country of towns named by their nationality, when the sentence names no place:
        'شهدت مدن عراقية عدة تظاهرات' (Iraqi cities), 'قصف قرى لبنانية'."""
        # (not where it came from: 'طائرة مسيرة ... قادمة من الأراضي السورية')
        place = self._country_after(words, TOWNS, 0, len(words), 1, origins=True)
        return place.as_location() if place else None

    def _country_after(self, words: list[str], heads: frozenset[str], a: int, b: int, reach: int,
                       origins: bool = False):
        """The country (its gazetteer row) of the nationality within `reach` words after the
        first word of `heads` in words[a:b] that has one (with `origins`, not one after 'من' and
        a word of coming or firing)."""
        for k in range(a, min(len(words) - 1, b)):
            if _in(words[k], heads) and not (origins and k > 1 and words[k - 1] == FROM
                                             and _in(words[k - 2], COMING | DELIVER)):
                country = next(filter(None, map(self._nationality, words[k + 1:k + 1 + reach])), None)
                if country:
                    return self.gaz.by_id[f"cldr:{country}"]
        return None

    def _nationality(self, word: str) -> str | None:
        """The country (one the gazetteer knows) of a nationality word ('الإسرائيلي': IL)."""
        country = self.demonyms.get(word) if word.endswith(KIND_ENDINGS) else None
        return country if country and f"cldr:{country}" in self.gaz.by_id else None

    def _target_country(self, words: list[str], j: int) -> str | None:
        """The country a nationality word gives to the place hit right after the trigger ending
        at j: 'استهداف موقع الراهب الإسرائيلي', 'قصف ثكنة زرعيت الإسرائيلية'."""
        if j >= len(words) or not _in(words[j], SITES):
            return None
        # (not its owner's: 'قاعدة للقوات الأمريكية قرب مطار بغداد' is a base of US forces, in Iraq)
        window = words[j + 1:j + TARGET_REACH]
        owner = next((k for k, w in enumerate(window) if w.startswith("ل") and prep_clitic(w) or _in(w, BELONGING)),
                     len(window))
        return next(filter(None, map(self._nationality, window[:owner])), None)

    @staticmethod
    def _pick_location(locs: list[Entity], i: int, words: list[str], cat: str = "", offices: bool = False,
                       motives: bool = True, all_over: bool = True) -> dict | None:
        """The place nearest after the trigger, else nearest before; countries only as a last resort.
        Not where a visitor came from ('قادما من دمشق'), nor, for talks and calls, the place
        they were about ('بحث تطورات الأوضاع في قطاع غزة'); with `offices` (the sentence names
        one), not an office's place when it names another ('رئيس إقليم كردستان')."""
        locs = [x for x in locs if not (x.tok[0] > 1 and words[x.tok[0] - 1] == FROM
                                        and _in(words[x.tok[0] - 2], COMING)
                                        # nor where a shipment was bound: 'شحنة أسلحة متجهة إلى سوريا'
                                        # (or a march: 'مسيرة ... كانت متجهة إلى العاصمة إسلام آباد')
                                        or _bound_for(words, x.tok[0]))]
        if cat == "ASSAULT" and len(locs) > 1 and FROM in words:
            # where it was fired from is not where it fell: 'أطلق مجهولون صواريخ من جنوب لبنان
            # باتجاه شمال إسرائيل'
            locs = [x for x in locs if not _fired_from(words, x.tok[0])] or locs
        if cat == "RETREAT" and len(locs) > 1:
            # the way out is not where they left: 'خروج أول دفعة عبر جسر الحج إلى غرب مدينة حلب'
            locs = [x for x in locs if not (x.tok[0] and _in(words[x.tok[0] - 1], VIA))] or locs
        if cat == "PROTEST" and len(locs) > 1 and motives:
            # what a protest is against or demands is its topic, not its place: 'وفي بغداد أحرق
            # متظاهرون أعلام إسرائيل ... مطالبين برد على الهجوم الإسرائيلي في غزة'
            locs = [x for x in locs if not (x.tok[0] > i and any(
                _in(w, PROTESTING) or _in(w, DEMAND) for w in words[i:x.tok[0]]))] or locs
        elif cat != "PROTEST":
            # so is what another deed is done in protest at: 'الجزائر - استدعت الخارجية السفير
            # الفرنسي احتجاجا على توقيف موظف قنصلي في باريس' (summoned in Algiers)
            locs = [x for x in locs if not (x.tok[0] > i and any(_in(w, PROTESTING) for w in words[i:x.tok[0]]))] \
                if motives else locs
        if cat in ("CONSULT", "REQUEST", "SANCTION"):
            # (nor, for sanctions, the war they are laid over: 'فرضت الولايات المتحدة 500 عقوبة
            # على روسيا بمناسبة الذكرى الثانية للحرب في أوكرانيا')
            locs = [x for x in locs if not any(_in(w, TOPIC) for w in words[max(0, x.tok[0] - 3):x.tok[0]])
                    and not any(_in(w, ABOUT) for w in words[i:x.tok[0]])
                    # what they went on to discuss: 'استقبل السيسي رئيس الوزراء القطري، وبحثا
                    # جهود التوصل إلى وقف لإطلاق النار في قطاع غزة'
                    and not any(_in(w, DISCUSSED) for w in words[i + 1:x.tok[0]])]
        if cat not in MATERIAL:
            # what is said after the act is no place of it: 'فرضت وزارة الخزانة عقوبات على ستة
            # أفراد قالت إنهم يساعدون الحوثيين في تهريب الأسلحة إلى اليمن'
            locs = [x for x in locs if not (x.tok[0] > i and not THAT_SAID.isdisjoint(words[i:x.tok[0]]))]
        if offices and len(locs) > 1:
            locs = [x for x in locs if not (x.tok[0] and _in(words[x.tok[0] - 1], OFFICE))] or locs
        if offices:
            # the seat of the body that tells of it is not where it happened: 'وأعلنت وزارة الصحة
            # في غزة مقتل 14 شخصا في الغارة' (the article's place stands in)
            locs = [x for x in locs if not (x.tok[0] < i and words[x.tok[0] - 1] == IN and any(
                _in(w, OFFICE) for w in words[max(0, x.tok[0] - SEAT_REACH):x.tok[0] - 1]))]
        # all over a country, right after the event word: 'شارك عشرات الآلاف في مظاهرات في أنحاء
        # فرنسا ..., واعتقلت الشرطة 150 شخصا في باريس' (France, not Paris)
        nationwide = next((x for x in locs if x.place.get("kind") == "country" and 0 < x.tok[0] - i <= NATIONWIDE_REACH
                           and _in(words[x.tok[0] - 1], ALL_OVER)), None) if all_over else None
        if nationwide is not None:
            return nationwide.place
        local = [x for x in locs if x.place.get("kind") != "country"]
        if len(local) > 1:
            # a place given as the bearing of the one before it is its landmark: 'في مدينة
            # الزاوية غرب طرابلس' happened in Zawiya
            local = [x for x in local if not (_bearing_before(words, x.tok[0]) and any(
                0 <= x.tok[0] - y.tok[1] <= BEARING_REACH for y in local))] or local
            # and so is a region of the same country right after a place ('بلدة العديسة جنوب
            # لبنان', the region named with its bearing)
            local = [x for x in local if not (x.place.get("kind") == "region" and any(
                x.tok[0] == y.tok[1] and y.place.get("kind") != "region"
                and y.place.get("country") == x.place.get("country") for y in local))] or local
        pool = local or [x for x in locs if x.tok[0] > 0 and words[x.tok[0] - 1] in COUNTRY_PLACE]
        if not pool:
            return None
        after = [x for x in pool if x.tok[0] >= i]
        if not after:
            # what underwent the attack: 'تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار لهجوم',
            # 'تعرضت بلدة كفرنبل في ريف إدلب لقصف'
            hit = [x for x in pool if any(_in(w, UNDERGO) for w in words[max(0, x.tok[0] - 2):x.tok[0]])]
            if hit:
                return hit[-1].place
        chosen = min(after, key=lambda x: x.tok[0]) if after else max(pool, key=lambda x: x.tok[0])
        if not after:
            # a list of places joined by و before it is told from its first: 'خرجت مظاهرات في
            # مدن جوبا وواو وملكال، وطالب المتظاهرون ...' (Juba)
            joined = {x.tok[1]: x for x in pool}
            while chosen.tok[0] in joined and words[chosen.tok[0]].startswith("و"):
                chosen = joined[chosen.tok[0]]
        if not after and chosen.place.get("kind") == "admin1":
            # the province that a place named before it lies in describes that place: 'وفي
            # الفاشر، عاصمة ولاية شمال دارفور، قتل ستة مدنيين' (El Fasher, not North Darfur)
            inner = [x for x in pool if x.tok[0] < chosen.tok[0] and x.place.get("kind") != "admin1"
                     and (x.place.get("country"), x.place.get("admin1"))
                     == (chosen.place.get("country"), chosen.place.get("admin1"))]
            chosen = inner[-1] if inner else chosen
        return chosen.place

    @staticmethod
    def _roles(ents: list[Entity], i: int, j: int, sentence: Sent, cat: str,
               means: bool = False, subject_by: int | None = None) -> tuple[list[str], list[str]]:
        """Source actors and targets: passive 'من قبل/على يد X', VSO subject, else SVO subject
        (none for `means`, a prepositional word of the event: 'برصاص'; none after `subject_by`)."""
        words = sentence.words
        cands = sentence.doers if ents is sentence.ents else _doers(ents, sentence)
        if not cands:
            return [], []
        if cat == "ACCUSE":
            # 'واتهمت قوات الدعم السريع بتنفيذه' (and it accused the RSF of it): the one named
            # just before the charge is the accused, whoever stands before the verb accused them
            # ('وندد رئيس الوزراء بالهجوم': after a verb of condemning, ب marks what is condemned
            # and the one named after the verb condemns)
            charged = [x for x in cands if j <= x.tok[0] <= j + 4 and x.tok[1] < len(words)
                       and words[x.tok[1]].startswith("ب") and len(words[x.tok[1]]) > 3] \
                if any(f.startswith(ACCUSING + (CHARGE,)) for f in stems(words[i])) else []
            if charged:
                accuser = [x for x in cands if x.tok[0] < charged[0].tok[0] and x is not charged[0]
                           and (x.tok[0] >= j or i - x.tok[1] <= 6)]
                return [_surface(accuser[-1])] if accuser else [], [_surface(charged[0])]
        if cat == "AGREE":
            # (not who tells that they agreed: 'أعلن الرئيس الأمريكي جو بايدن أن إسرائيل ولبنان وافقا')
            near = [x for x in cands if abs(x.tok[0] - i) <= 12 and not (x.tok[1] <= i and _says_that(words, *x.tok, i)
                                                                        and _parties_told(cands, words, x.tok[1], i))
                    # (nor who welcomes or condemns it: 'رحبت مصر وقطر بالتوصل إلى اتفاق')
                    and not (x.tok[1] <= i and any(_in(words[k], WELCOMING) for k in range(
                        max(0, x.tok[0] - WELCOMED_REACH), x.tok[0])))
                    # (nor who does another deed after it: 'توقيع ميثاق ...، في خطوة رفضتها الحكومة')
                    and not (x.tok[0] > j and any(t.category != "AGREE" for k in range(j, x.tok[0])
                                                  if k not in sentence.named for t in _word_triggers(words[k])))]
            names = list(dict.fromkeys(_surface(x) for x in near))
            # the parties named after 'بين' ('اتفاق لوقف إطلاق النار ... بين حركة حماس وإسرائيل'),
            # rather than who announced it
            k = next((k for k in range(j, min(len(words), j + BETWEEN_REACH + 4)) if words[k] == BETWEEN), None)
            sides = list(dict.fromkeys(_surface(x) for x in cands if k is not None and k < x.tok[0] <= k + 6))
            if len(sides) >= 2:
                return sides[:2], []
            return names[:2], names[2:4]  # the parties: 'اتفقت روسيا وتركيا على ...'
        if cat == "CONCEDE" and _unconjoined(words[i]).startswith(EXCHANGED):
            # the sides of an exchange, after 'بين' ('تبادل نحو 900 أسير بين الحكومة اليمنية
            # وجماعة الحوثي'), rather than who told of it
            k = next((k for k in range(j, min(len(words), j + BETWEEN_REACH + 4)) if words[k] == BETWEEN), None)
            sides = list(dict.fromkeys(_surface(x) for x in cands if k is not None and k < x.tok[0] <= k + 6))
            if len(sides) >= 2:
                return sides[:2], []
        if cat in ("CONSULT", "COOPERATE"):
            # who met or called whom: the first named, and one joined to it by و ('بحث الرئيسان
            # السوري والروسي'), meet the others ('التقى وزير الخارجية الإيطالي رئيس الحكومة التونسية')
            near = list({_surface(x): x for x in reversed([x for x in cands if abs(x.tok[0] - i) <= 12])}.values())[::-1]
            # (joined by a و of its own, not one of the name: 'قيس سعيد وزير الخارجية الإيطالي' is one
            # meeting the other)
            joined = 2 if len(near) > 1 and (near[0].tok[0] and words[near[0].tok[0] - 1] == BETWEEN or (
                near[1].tok[0] == near[0].tok[1] and words[near[1].tok[0]].startswith("و")
                and _surface(near[1]) != near[1].text)) else 1
            return [_surface(x) for x in near[:joined]], [_surface(x) for x in near[joined:joined + 2]]
        if cat == "ASSAULT":
            # 'اشتباكات بين الجيش السوداني وقوات الدعم السريع': the two sides, the first as actor
            between = next((k for k in range(j, min(j + BETWEEN_REACH, len(words))) if words[k] == BETWEEN), None)
            sides = [x for x in cands if between is not None and between < x.tok[0] <= between + 6]
            # (the second joined by و, to its name or to a head word before it: 'وقوات اللواء 444')
            if len(sides) >= 2 and words[sides[0].tok[1]].startswith("و") and sides[1].tok[0] - sides[0].tok[1] <= 1:
                return [_surface(sides[0])], [_surface(sides[1])]
            if len(sides) == 1 and sides[0].tok[0] == between + 1 and sides[0].type != "location" \
                    and (sides[0].actor or {}).get("type") != "civilians":
                # the other side is no name we know ('وقوات اللواء 444'); 'قتيلا بين المدنيين' are
                # among the dead, no side
                return [_surface(sides[0])], []
        source = next((x for x in cands if tuple(words[max(0, x.tok[0] - 2):x.tok[0]]) in PASSIVE_BY
                       and _by_this_deed(words, i, j, x.tok[0] - 2)
                       # 'على يد عناصر تنظيم داعش' (by members of)
                       or x.tok[0] >= 3 and words[x.tok[0] - 1] in MEMBERS and tuple(words[x.tok[0] - 3:x.tok[0] - 1]) in PASSIVE_BY
                       and _by_this_deed(words, i, j, x.tok[0] - 3)
                       or x.tok[0] >= 4 and words[x.tok[0] - 1] == FROM and _passive_by_group(words, x.tok[0])
                       or x.tok[0] > j and _in(words[x.tok[0] - 1], BY_FIRE)
                       # 'برصاص قناصة من حركة الشباب': the shooters' group
                       or x.tok[0] > j + 2 and words[x.tok[0] - 1] == FROM and words[x.tok[0] - 2] in SHOOTERS
                       and _in(words[x.tok[0] - 3], BY_FIRE)), None) \
            or _done_by(cands, sentence, j) or _launched_by(cands, sentence, i, cat == "COERCE")
        if source is None and ATTRIBUTED_TO.intersection(words[j:j + 2]):
            # whom it is attributed to did it: 'في هجوم نسب إلى مسلحين من رعاة الفولاني'
            k = next(k for k in range(j, j + 2) if words[k] in ATTRIBUTED_TO)
            source = next((x for x in cands if k + 1 < x.tok[0] <= k + 3 and words[k + 1] == TO), None)
        if source is None and j < len(words) and _in(words[i], MEANS_CRAFT) and _in(words[j], BELONGING):
            # whose craft it is: 'مسيرة تابعة لقوات الدعم السريع استهدفت المستشفى'
            source = next((x for x in cands if x.tok[0] == j + 1), None)
        # Names right after a verb that can only be passive are of the side hit: 'هوجمت دورية
        # للجيش العراقي', 'اغتيل مسؤول في حركة فتح', 'أصيب سفير بولندا في انفجار'.
        patients = []
        if cat in ("ASSAULT", "COERCE") and sentence.has(PASSIVE, a=max(0, i - PASSIVE_REACH), b=j):
            k = max(k for k in range(max(0, i - PASSIVE_REACH), j) if _in(words[k], PASSIVE))
            # (up to the next event word: not the attacker of 'أصيب جنديان في هجوم لطالبان'); and
            # a passive has no subject before it
            stop = next((m for m in range(k + 1, min(len(words), k + PASSIVE_REACH + 1)) if _word_triggers(words[m])),
                        k + PASSIVE_REACH + 1)
            patients = [x for x in cands if k < x.tok[0] < stop and x is not source]
            cands = [x for x in cands if x not in patients and x.tok[0] > k]
        if cat == "ASSAULT" and sentence.has(UNDERGO, a=max(0, i - UNDERGO_REACH), b=i):
            # 'تعرضت دورية لقوات اليونيفيل لهجوم': who underwent it, between the verb and the
            # attack, is its target, not its actor
            k = max(k for k in range(max(0, i - UNDERGO_REACH), i) if _in(words[k], UNDERGO))
            hit = next((x for x in cands if k < x.tok[0] < i and x.type != "location"), None) \
                if _in(words[k], SUFFERED) else None
            if hit is not None:
                source = None if source is hit else source
                return [_surface(source)] if source else [], [_surface(hit)]
        # A name after a preposition is no subject ('مع روسيا', 'مساعدات لليمن'), but an attack
        # 'of' a group is the group's ('هجوم لتنظيم داعش'), and 'من' is 'some of' ('عناصر من').
        violent = cat in ("ASSAULT", "COERCE")
        after = [x for x in cands if j <= x.tok[0] <= j + 3
                 and not (cat == "RETREAT" and words[x.tok[0] - 1] == FROM)  # ('سحب قواتها من النيجر': left)
                 # (nor past another event's word: 'أعلن المالكي حالة التأهب القصوى، وطلب من البرلمان')
                 and not any(words[m].startswith("و") and _word_triggers(words[m]) for m in range(j, x.tok[0]))
                 # (nor who is asked, after an event word's own 'من': 'طلب من إسرائيل ألا تبادر')
                 and not (x.tok[0] == j and j - 1 > i and words[j - 1] == FROM)
                 # (nor whom a place is freed from: 'تحرير المدينة بالكامل من تنظيم داعش')
                 and not (x.tok[0] > j and words[x.tok[0] - 1] == FROM and (_unconjoined(words[i]),) in FREEING)
                 # (a name after a title has no clitic: 'فلاديمير' is no 'ف' + 'ل'; but the body
                 # whose head is named acts: 'دعا الأمين العام للأمم المتحدة إلى ...')
                 and not (prep_clitic(words[x.tok[0]]) and x.type != "person"
                          and not (violent and (x.tok[0] == j or x.tok[0] == j + 1 and _in(words[j], UNITS_OF)))
                          and not (not violent and j < x.tok[0] <= j + 2 and words[x.tok[0]].startswith("ل")
                                   and _in(words[x.tok[0] - 1], HEADS_OF)
                                   and not any(p.type == "person" and p.tok[0] == x.tok[1] for p in cands)))
                 and not (x.tok[0] and (words[x.tok[0] - 1] in PREPOSITIONS or _in(words[x.tok[0] - 1], PLACE_OF)))
                 # (nor a building's owner, two words on: 'قرب مقر قيادة الشرطة')
                 and not (x.tok[0] > 1 and _in(words[x.tok[0] - 2], PLACE_OF) and not _perfect_verb(words[x.tok[0] - 1]))
                 # 'على دورية للجيش', 'استهدف دورية للجيش': a target; so is what a later verb
                 # aims at ('الانفجار الذي استهدف الجيش اللبناني')
                 and not (x.tok[0] > 1 and (words[x.tok[0] - 2] in (ON, "ضد") or words[x.tok[0] - 2] in AIMED_AT))
                 and not (x.tok[0] > j and words[x.tok[0] - 1] in AIMED_AT)
                 # (nor the group of one hit, named in the accusative before 'من': 'استهدف مسلحا من
                 # حركة حماس')
                 and not (x.tok[0] > j + 1 and words[x.tok[0] - 1] == FROM and words[x.tok[0] - 2].endswith("ا")
                          and _in(words[x.tok[0] - 2], SINGLE_VICTIM | FIGHTERS))
                 # (the craft shot down is no subject: 'أعلنت جبهة تحرير أزواد أنها أسقطت طائرة مسيرة')
                 and not (x.tok[0] == j and _in(words[i], REPELLED) and _in(words[j], MEANS_CRAFT))
                 # who tells of it after it: '... إلى 14 قتيلا، وفق ما أعلنت الشرطة' (not who
                 # claims it: 'أعلنت حركة طالبان مسؤوليتها عن ذلك')
                 and not (any(_in(w, ATTRIBUTION) for w in words[max(j, x.tok[0] - 3):x.tok[0]])
                          and not sentence.has(RESPONSIBILITY, CLAIMED, a=x.tok[1], b=x.tok[1] + 3))]
        rest = _unconjoined(words[i])
        if after and j == i + 1 and rest.endswith("وا") and not rest.startswith("ال") \
                and any(0 <= i - x.tok[1] <= 2 and x.type != "location" for x in cands):
            # a verb in the plural follows its subject: who is named after it is its object
            # ('مسلحين مجهولين اغتالوا العميد جبار مساعد')
            objects, after = after[:1], []
        else:
            objects = []
        if not after:
            # the head of a body, named after it: 'دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش'
            after = [p for p in cands if p.type == "person" and p.tok[0] <= j + HEAD_OF_REACH and any(
                o.type == "organization" and o.tok[1] == p.tok[0] and j < o.tok[0] and words[o.tok[0]].startswith("ل")
                for o in cands)][:1]
        # A count right after the verb counts its victims, who are no subject: 'قتل سبعة جنود'
        # (seven soldiers were killed), 'أصيب 20 مدنيا'.
        # (not when a passive verb named them already: 'استشهد ثلاثة مواطنين بقصف مسيرة إسرائيلية')
        targets = [after.pop(0)] if cat in ("ASSAULT", "COERCE") and after and not patients and (
            any(x.type == "quantity" and x.tok[0] == j for x in ents) and not _in(words[i], STORMING)
            # after the verbal noun of a deed done to someone, who it was done to: 'أكد الجيش
            # اختطاف جنود من قوات حفظ السلام', 'إسقاط طائرة مسيرة أمريكية'; unless ل marks who
            # it was done to after it: 'اعتقال السلطات لمعارضين' (the authorities arrested)
            or after[0].tok[0] == j and _in(words[i], DONE_TO)
            and not (after[0].tok[1] < len(words) and words[after[0].tok[1]].startswith("ل"))
            # the body of one whose death is told: 'مقتل قائد الحرس الثوري حسين سلامي'
            or _in(words[i], TOLL) and (after[0].tok[0] == j or after[0].tok[0] == j + 1 and _in(words[j], HEADS_OF | MEMBERS))) \
            else []
        targets = patients + targets + [x for x in objects if x not in targets]
        # ('اقتحم مئات المستوطنين باحات المسجد', 'هاجم مئات المستوطنين قرية': those counted after a
        # verb of storming or attacking did it)
        if targets:
            # and the group they belong to: 'تحييد 9 مسلحين من حزب العمال' (its fighters were hit)
            theirs = [x for x in after if x.tok[0] == targets[0].tok[1] + 1 and words[x.tok[0] - 1] == FROM]
            targets += theirs
            after = [x for x in after if x not in theirs]
        if source is None:
            # a network the subject is linked to or backed by names no actor: the subject does
            # ('حركة الشباب المرتبطة بتنظيم القاعدة', 'قوات النظام المدعومة بميليشيات أجنبية')
            before = [next((h for h in cands if h.tok[1] == x.tok[0] - 1), None)
                      if x.tok[0] and _in(words[x.tok[0] - 1], AFFILIATED) else x
                      for x in cands if x.tok[1] <= i and (i - x.tok[1] <= 6 or i - x.tok[1] <= OWN_FORCES_REACH
                                                           and x.type == "organization" and _own_forces(words, x.tok[1], i))
                      and not means
                      and (subject_by is None or x.tok[0] <= subject_by)
                      # (the body someone is in: 'تحييد قيادي في حزب العمال الكردستاني واعتقال ثلاثة')
                      and not (x.tok[0] and words[x.tok[0] - 1] == IN and x.type != "location")
                      # (nor the owner of a building: 'اقتحم الحوثيون مقر الأمم المتحدة ... واحتجزوا')
                      and not (x.tok[0] and _in(words[x.tok[0] - 1], PLACE_OF) and x.type != "location")
                      # (nor a body after a preposition of its own: 'مخططات تهدف إلى المساس بالأمن
                      # الوطني، واعتقال 16 شخصا')
                      # (nor the owner of a building named with its parts: 'أمام مقر القيادة العامة للجيش')
                      and not (x.tok[0] > 2 and words[x.tok[0]].startswith("ل") and prep_clitic(words[x.tok[0]])
                               and any(_in(w, PLACE_OF) for w in words[x.tok[0] - 3:x.tok[0] - 1]))
                      # (nor the flag a ship flies: 'سفينة الشحن روبيمار التي ترفع علم بليز تعرضت لهجوم')
                      and not (x.tok[0] and words[x.tok[0] - 1] in FLAG)
                      # (nor the movement whose armed wing the subject is: 'أعلنت سرايا القدس، الجناح
                      # العسكري لحركة الجهاد الإسلامي، أنها فجرت عبوة ناسفة')
                      and not (x.tok[0] > 1 and words[x.tok[0] - 2] in WING and _in(words[x.tok[0] - 1], ARMED_ADJECTIVES))
                      # (but 'قوات النظام المدعومة بميليشيات': the backed subject, above)
                      and not (x.type == "organization" and words[x.tok[0]].startswith("ب")
                               and prep_clitic(words[x.tok[0]]) and not _in(words[x.tok[0] - 1], AFFILIATED))]
            if words[i][:1] == "و" and _perfect_verb(words[i]):
                # (not the doers of a relative clause before a verb joined by و: 'قطار ... الذي
                # خطفه مسلحون من جيش تحرير بلوشستان في إقليم بلوشستان، وقتلت 33 مسلحا')
                before = [x for x in before if x is None or not any(
                    words[k] in RELATIVES for k in range(max(0, x.tok[0] - RELATIVE_REACH), x.tok[0]))]
                # (nor the object of the deed told just before it, past that deed's own subject:
                # 'أن القوات المسلحة طهرت المنطقة وقتلت المئات من عناصر الدعم السريع وأسرت العشرات')
                prev = next((m for m in range(i - 1, max(0, i - SHARED_REACH) - 1, -1)
                             if m not in sentence.named and _word_triggers(words[m])), None)
                if prev is not None and cat in ("ASSAULT", "COERCE"):
                    # (it was done to them, or to some of them, again: 'منعت قوات الشرطة المتظاهرين
                    # من الوصول ... واعتقلت عددا منهم')
                    targets += [x for x in before if x is not None and x.tok[0] > prev + 1 and x.type != "location"]
                    before = [x for x in before if x is None or x.tok[0] <= prev + 1]
            # who says 'إن' before the deed tells of it: 'وقال المتحدث أحمد المسماري ... إن قواته
            # قتلت 12 مسلحا' (the spokesman killed no one)
            before = [x for x in before if x is not None and (
                not _says_that(words, x.tok[0], x.tok[1], i)
                # ('أعلن الجيش الأمريكي أن قواته قتلت مسلحا': its own forces did it)
                or x.type == "organization" and _own_forces(words, x.tok[1], i))]
            # (nor who acts in protest at the deed: 'استدعت الخارجية الجزائرية السفير الفرنسي
            # احتجاجا على توقيف موظف قنصلي في باريس')
            before = [x for x in before if not sentence.has(PROTESTING, a=x.tok[1], b=i)]
            # (the backers named after 'بدعم من' stand beside the subject before them: 'بدأت القوات
            # اليمنية الموالية للحكومة بدعم من التحالف بقيادة السعودية والإمارات هجوما')
            if words[i][:1] == "و" and len(before) > 1 and before[-2] is not None and before[-1] is not None \
                    and before[-2].tok[1] == before[-1].tok[0] and before[-2].type != "location":
                # a subject and its object, then a verb joined by و: the subject's ('وحمل حزب الله
                # إسرائيل المسؤولية وتوعد بالرد')
                before = before[:-1]
            if len(before) > 1 and before[-1] is not None and before[-2] is not None \
                    and before[-1].tok[0] - before[-2].tok[1] <= 2 and _in(words[before[-1].tok[0] - 1], LED_BY):
                before = before[:-1]  # (the led are the subject; their leader acts beside them, below)
            backed = [x for x in before if any(_in(words[k], WITH_SUPPORT) for k in range(x.tok[1], i))]
            before = backed[-1:] if backed and len(backed) < len(before) else before
            if cat == "ASSAULT":
                before = [x for x in before if not any(
                    _in(words[k], REPELLED) for k in range(max(x.tok[1], i - REPELLED_REACH), i))]
                # (nor the subject of a verb of repelling or foiling right before the attack, the
                # side attacked: 'صدت قوات الجيش الوطني هجوما حوثيا على مواقعها')
                defenders = [x for x in before if any(_in(words[k], REPELLED | FOILED) for k in range(max(0, x.tok[0] - 2), x.tok[0]))
                             and i - x.tok[1] <= 1 and x.type != "location"]
                before = [x for x in before if x not in defenders]
                targets += [x for x in defenders if x not in targets]
                # who tells of the dead is not who killed them: 'أعلنت وزارة الصحة مقتل خمسة
                # في قصف'
                # ('أعلنت وزارة الصحة قتل خمسة': the killing, told by a body that bears no arms;
                # 'أعلن الجيش قتل أربعة مهربين': the army did it)
                # ('أعلنت هيئة الحشد الشعبي مقتل اثنين من عناصرها': a body's head word between)
                # ('أعلن الجيش الباكستاني مقتل 12 مسلحا في عملية': a state's force that tells of
                # the fighters it faced killed did it)
                before = [x for x in before if not (x.tok[0] and (_in(words[x.tok[0] - 1], TOLD) or x.tok[0] > 1
                                                                  and _in(words[x.tok[0] - 2], TOLD)) and (
                    any(_in(w, TOLL) for w in words[x.tok[1]:i + 1]) and not _enemies_dead(ents, words, x, i)
                    or (x.actor or {}).get("type") not in ARMED_SIDES and any(_in(w, KILLING) for w in words[x.tok[1]:i + 1])))]
            # (no subject after a word of means: 'في هجوم انتحاري بحزام ناسف استهدف العقيد ...')
            source = after[0] if after and (not means or after[0].tok[0] == j and words[j].startswith("ل")) \
                else (before[-1] if before else None)  # (but 'بهجوم لداعش', an attack of Daesh)
            if not after and source is not None and not violent and words[i].startswith("و") \
                    and feminine_perfect(words[i][1:]):
                # a verb joined by و, with no subject after it, shares the subject of the verb
                # before it, not that verb's object: 'رفضت الجزائر تصريحات وزير الداخلية الفرنسي،
                # واستدعت السفير الفرنسي' (a deed of force: below, with its victims)
                source = _shared_subject(cands, words, i) or source
            if source is None and sentence.has(SELF_THAT, a=max(0, i - SELF_REACH), b=i):
                # who says 'أنه' of itself did the deed: 'أعلن الجيش الأردني ... أنه أحبط محاولة
                # تهريب ... وقتل أربعة من المهربين'
                # (the deed is the verb right after 'أنه', or one joined to it by و; not 'أعلنت
                # وزارة الصحة أنها سجلت مقتل 5 مدنيين')
                k = max(m for m in range(max(0, i - SELF_REACH), i) if _in(words[m], SELF_THAT))
                # (or the deed's noun right after a verb of doing it: 'أنها فجرت عبوة ناسفة', 'أنه
                # نفذ هجوما'; not 'أنها سجلت مقتل 5 مدنيين')
                if i == k + 1 or i == k + 2 and _in(words[k + 1], OCCUR | DETONATED) \
                        or words[i].startswith("و") and (_perfect_verb(words[i][1:]) or any(
                        x.type == "quantity" and x.tok[0] == j for x in ents)):  # ('وقتل أربعة')
                    source = next((x for x in reversed(cands) if x.tok[1] <= k and x.tok[0]
                                   and _in(words[x.tok[0] - 1], TOLD)), None)
            if cat == "ASSAULT" and source is not None and source.tok[1] <= i and _in(words[i], KILLED) \
                    and any(x.type == "quantity" and 0 <= source.tok[0] - x.tok[1] <= 2 for x in ents):
                # '7 عناصر من قوات النظام قتلوا في هجوم لتنظيم داعش': the counted dead, not the killers
                targets.append(source)
                source = None
            if cat == "ASSAULT" and source is None and sentence.has(CLASHING):
                # 'قتل أربعة متظاهرين في مواجهات مع قوات الأمن', 'قتل 3 جنود في اشتباكات مع
                # مسلحين': the side the dead clashed with
                source = _clashed_with(cands, words)
        if source is not None and cat in ("ASSAULT", "COERCE") and (source.actor or {}).get("type") == "civilians":
            # 'غارات تقتل 10 مدنيين', 'قتل مدنيون': civilians beside a verb of violence are its victims
            targets.append(source)
            source = _done_by(cands, sentence, j)
        if source is None and cat == "ASSAULT" and i > 2 and words[i - 3] == WHAT and (
                _in(words[i - 2], RESULTED | LED_TO)):
            # a toll that the deed told before it led to ('فضت قوات الأمن بالقوة اعتصام المحتجين
            # ...، ما أسفر عن مقتل 30 شخصا'): that deed's subject did it
            k = next((k for k in range(i - 4, -1, -1) if feminine_perfect(_unconjoined(words[k]))), None)
            if k is not None and (any(t.category in ("ASSAULT", "COERCE") for t in _word_triggers(words[k]))
                                  or _in(words[k], INTERVENED)):
                source = next((x for x in cands if x.tok[0] == k + 1 and x not in targets), None)
        if source is None and violent and words[i].startswith("و") and feminine_perfect(words[i][1:]):
            # 'منعت قوات الشرطة المتظاهرين من الوصول إلى الساحة واعتقلت عددا منهم': a verb joined
            # by و shares the subject of the verb before it
            source = _shared_subject([x for x in cands if x not in targets], words, i)
        if source is None and violent and words[i].startswith("و") and words[i].endswith("وا") and len(words[i]) > 4:
            # and so does a plural one: 'خطف مسلحون 25 تلميذة من مدرسة داخلية ...، وقتلوا نائب
            # مدير المدرسة' (the subject right after the deed before it)
            source = next((x for x in reversed(cands) if x.tok[1] <= i and x.type == "organization" and x not in targets
                           and x.tok[0] and any(t.category in ("ASSAULT", "COERCE") for t in _word_triggers(words[x.tok[0] - 1]))),
                          None)
        if source is not None and source.type == "person":
            # a spokesman speaks and acts for the body he is named for: 'أعلن المتحدث العسكري باسم
            # القوات المسلحة اليمنية العميد يحيى سريع تنفيذ عملية عسكرية'
            source = next((x for x in cands if x.type == "organization" and x.tok[0]
                           and words[x.tok[0] - 1] in ON_BEHALF
                           and 0 <= source.tok[0] - x.tok[1] <= SPOKEN_FOR_REACH), None) or source
        actors = [_surface(source)] if source else []
        if source is not None and not violent and source.tok[1] <= i and source.tok[0] and words[source.tok[0]].startswith("و") \
                and _surface(source) != source.text:
            # the second of a subject of two ('أجرت روسيا والولايات المتحدة عملية تبادل'): both
            actors = [_surface(x) for x in cands if x.tok[1] == source.tok[0]
                      and (x.type != "location" or _both_countries(x, source))][:1] + actors
        targets = [_surface(x) for x in targets if x is not source]
        if targets:
            # (and the group the doers belong to: 'قتل مئات المدنيين في هجوم شنه مسلحون من جماعة نصرة
            # الإسلام والمسلمين')
            actors += [_surface(x) for x in cands if source is not None and x is not source
                       and _group_of(source, x, words) and _surface(x) not in targets]
            return actors, [t for t in dict.fromkeys(targets) if t not in actors]
        joined_end = source.tok[1] if source is not None else -1  # (the end of the subject's names joined by و)
        for x in cands:
            if x is source:
                continue
            a = x.tok[0]
            if source is not None and a == joined_end and words[a].startswith("و") \
                    and _surface(x) != x.text and (x.type != "location" or _both_countries(source, x)):
                # 'اعتقلت الشرطة وقوات الأمن': both arrested; 'ونددت سوريا وروسيا بالهجوم': both;
                # 'رحبت مصر وقطر والولايات المتحدة': all three
                actors.append(_surface(x))
                joined_end = x.tok[1]
                continue
            if (a <= i < x.tok[1] or a == j and not _in(words[i], REPELLED)) and _in(words[a], MEANS_CRAFT):
                # the craft that is the event's own word: 'أطلقت روسيا 120 طائرة مسيرة'; or its
                # means, right after it: 'استهدفت طائرات مسيرة أطلقتها قوات الدعم السريع مستودعات'
                continue
            if source is not None and a == source.tok[1] + 1 and _in(words[a - 1], AFFILIATED):
                # the network the doers are linked to: it names gunmen ('مسلحون مرتبطون بتنظيم
                # الدولة'), not a group that has a name of its own ('حركة الشباب المرتبطة
                # بالقاعدة'); it is never the target
                if (source.actor or {}).get("name") in NAMELESS_DOERS:
                    actors.append(_surface(x))
                continue
            if source is not None and _group_of(source, x, words):
                actors.append(_surface(x))
                continue
            if source is not None and source.tok[1] < a <= source.tok[1] + 2 and _in(words[a - 1], LED_BY):
                # the leader of the subject's alliance acts beside it: 'سيطرت فصائل المعارضة
                # المسلحة بقيادة هيئة تحرير الشام على معظم أحياء مدينة حلب'
                actors.append(_surface(x))
                continue
            if a < i:
                continue
            if source is not None and any(_in(words[k], WITH_SUPPORT) for k in range(max(source.tok[1], a - 3), a)):
                # who backs the actor acts beside it: 'سيطرت القوات الحكومية بدعم من قوات الاتحاد
                # الأفريقي'
                actors.append(_surface(x))
                continue
            if source is not None and a == source.tok[1] and x.type == "organization" and has_prep(words[a]):
                continue  # the body the doers are of: 'ضبطت الأجهزة الأمنية بوزارة الداخلية عنصرين'
            if source is not None and 0 <= a - source.tok[1] <= 2 and x.tok[1] - a == 1 and words[a] in leader_names():
                continue  # the name of the office just named: 'وتوعد المرشد الأعلى علي خامنئي إسرائيل'
            if cat != "PROTEST" and any(words[k] == ON and _in(words[k - 1], PROTESTING | PROTESTED_ON)
                                        for k in range(max(1, a - 2), a)):
                continue  # what a crowd protests: 'النار على متظاهرين يحتجون على قرار الحكومة'
            is_country = x.type == "location"
            # (a country right after the subject is the object of a warning, a charge or a call:
            # 'حذر حسن نصر الله إسرائيل من ...'; of a deed, where it happened)
            after_source = source is not None and 0 <= a - source.tok[1] <= 3 and (
                not is_country or cat in SPOKEN_TO and not has_prep(words[a]) and all(
                    # (past the name of the office just named: 'وتوعد المرشد الأعلى علي خامنئي إسرائيل')
                    words[k] in leader_names() or words[k] == ALI for k in range(source.tok[1], a)))
            if a and (_in(words[a - 1], AGAINST) or (words[a - 1] == "من" or violent and a > 1 and words[a - 2] == "من"
                                                      and _in(words[a - 1], GROUP_HEADS))  # ('من تنظيم بي كا كا')
                      and (not is_country or cat == "REQUEST")
                      # (not the group of those a deed is attributed to: 'نسب إلى مسلحين من رعاة الفولاني',
                      # nor of those thought to have done it: 'في هجوم لمسلحين يعتقد أنهم من تنظيم القاعدة')
                      and ATTRIBUTED_TO.isdisjoint(words[i:a])
                      and not (a > 2 and words[a - 2] in SUSPECTED and _in(words[a - 3], SUSPECTED))
                      # (nor a side of the fighting the dead fell in: 'قتل شخصان في اشتباكات بين عناصر
                      # من الأمن العام ومسلحين')
                      and BETWEEN not in words[max(0, a - 4):a - 1]
                      # one hit of a group: 'غارة على سيارة تقل قياديا في تنظيم داعش'
                      or violent and a > 1 and words[a - 1] == IN and not is_country
                      and (words[a - 2].endswith("ا") or a > 2 and _in(words[a - 3], TOLL))
                      and _in(words[a - 2], SINGLE_VICTIM | FIGHTERS)  # (or after a toll: 'بمقتل قيادي في حزب الله')
                      # ties cut or trade halted with: 'قطعت البحرين علاقاتها مع إيران'
                      or cat == "SANCTION" and words[a - 1] == WITH
                      or a > 1 and words[a - 2] == "من" and words[a - 1] in HOLD
                      # 'غارات على مواقع لحركة حماس': the positions of the target
                      or a > 1 and (words[a - 2] in (ON, "ضد") or words[a - 2] in AIMED_AT) and not is_country) \
                    or after_source:
                targets.append(_surface(x))
                break
        return actors, [t for t in targets if t not in actors]


ENEMIES = _words("مسلح مسلحين مسلحا مسلحون إرهابيين إرهابيا إرهابي إرهابيون متمردين متمردا متمرد متمردون "
                 "دواعش داعشيا تكفيريين تكفيريا خوارج مهربين مهربا")
ENEMY_SIDES = frozenset({"insurgents", "rebels", "militia"})
ENEMIES_REACH = 6


def _enemies_dead(ents: list[Entity], words: list[str], teller: Entity, i: int) -> bool:
    """The teller is a state's force and the dead it tells of, right after the word of death,
    are the fighters it faces: 'أعلن الجيش مقتل 12 مسلحا', 'أعلنت قيادة العمليات المشتركة
    مقتل خمسة من عناصر تنظيم داعش' (not its own: 'مقتل 3 من جنوده')."""
    if (teller.actor or {}).get("type") not in ("state_forces", "police"):
        return False
    k = next(k for k in range(teller.tok[1], i + 1) if _in(words[k], TOLL))
    return any(_in(w, ENEMIES) for w in words[k + 1:k + ENEMIES_REACH]) or any(
        x.actor and x.actor.get("type") in ENEMY_SIDES and k < x.tok[0] <= k + ENEMIES_REACH for x in ents)


def _shared_subject(cands: list[Entity], words: list[str], i: int) -> Entity | None:
    """The last subject right after a feminine perfect verb before the one at i (its object,
    'المتظاهرين', may stand between)."""
    return next((x for x in reversed(cands) if x.tok[1] <= i and x.type in ("organization", "location") and (
        x.tok[0] and feminine_perfect(_unconjoined(words[x.tok[0] - 1]))
        # or right before it, after 'إن': 'إن قوات الأمن أنهت عملية ... وقتلت 33 مسلحا'
        or x.tok[1] < i and feminine_perfect(words[x.tok[1]]) and x.tok[0] and _in(words[x.tok[0] - 1], THAT))),
        None)


# Verbs whose written form is passive only (a hollow or form-III verb's passive, or dying as
# a martyr): what follows them was hit.
PASSIVE = _words("هوجم هوجمت هوجموا اغتيل اغتيلت اغتيلوا دوهم دوهمت دوهموا أصيب أصيبت أصيبوا "
                 "استشهد استشهدت استشهدوا")
PASSIVE_REACH = 4
# Verbs of suffering an attack: their subject is its target ('تعرضت دورية لهجوم').
SUFFERED = _words("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون نجا نجت نجوا ينجو تنجو")
# 'من قبل مجموعة من الأهالي', 'على يد عناصر من التنظيم': a group word between the passive's
# 'by' and the doers.
GROUP_OF = _words("مجموعة مجموعه مجموعات عدد عناصر أفراد افراد")


def _passive_by_group(words: list[str], a: int) -> bool:
    """The name at `a` (after 'من') follows 'من قبل' / 'على يد' and 'a group of'."""
    return _in(words[a - 2], GROUP_OF) and tuple(words[a - 4:a - 2]) in PASSIVE_BY


# Words that tie a doer to the group believed to be behind them: 'يعتقد أنهم من', 'يشتبه في أنهم من'.
SUSPECTED = _words("يعتقد يرجح يشتبه يبدو أنهم انهم بأنهم بانهم أنه انه في")
MEMBERSHIP = _words("انتمائهم انتمائه انتماءهم انتماؤهم ينتمون ينتمي ينتسبون ينتسب إلى")


def _membership(between: list[str]) -> bool:
    """The words between doers and a group tell that they belong to it ('يشتبه في انتمائهم',
    'ينتمون إلى')."""
    return any(_in(w, MEMBERSHIP) and w != TO for w in between) \
        and all(_in(w, SUSPECTED) or _in(w, MEMBERSHIP) for w in between)


# 'هجوم شنته حركة الشباب', 'غارة نفذتها طائرات التحالف', 'تفجير تبناه تنظيم الدولة': a verb of
# carrying out with a pronoun for the event, then the actor that carried it out.
DONE_BY = _words("شنته شنتها شنه شنها شنوه شنوها نفذته نفذتها نفذه نفذها نفذوه نفذوها تبنته تبنتها "
                 "تبناه تبناها ارتكبته ارتكبتها ارتكبه ارتكبها ارتكبوه ارتكبوها أطلقته أطلقتها "
                 "أطلقه أطلقها أطلقوه أطلقوها ألقته ألقتها ألقاه ألقاها")


# 'شن الجيش الإسرائيلي غارات', 'تبنى تنظيم الدولة الهجوم': the subject of a verb of launching
# or claiming, before the event noun that is its object.
LAUNCHED = _words("شن شنت شنوا يشن تشن نفذ نفذت نفذوا ينفذ تنفذ ارتكب ارتكبت ارتكبوا يرتكب ترتكب "
                  "تبنى تبنت تبنوا يتبنى تتبنى وجه وجهت وجهوا يوجه توجه "
                  "أطلق أطلقت أطلقوا يطلق تطلق ألقى ألقت ألقوا يلقي تلقي")
ANNOUNCED = _words("أعلن أعلنت أعلنوا يعلن تعلن")
COMING = _words("قادما قادمه قادمين قادمون اتيا اتيه")
# What talks or a call are about: the place after these is their topic, not where they were held.
TOPIC = _words("الاوضاع اوضاع الوضع تطورات التطورات مستجدات المستجدات الازمه ازمه القضيه قضيه ملف الملف "
               "الحرب العدوان الصراع النزاع")
DAWN = normalize_token("فجر")


def _dawn(words: list[str], i: int) -> bool:
    """'فجر' at i is dawn, not 'set off': a day after it ('فجر اليوم', 'فجر الخميس') or 'في'
    before it ('وفي فجر اليوم')."""
    return _unconjoined(words[i]) == DAWN and (i + 1 < len(words) and _in(words[i + 1], DATED)
                                               or i > 0 and _unconjoined(words[i - 1]) == IN)
CRASHED = _words("تحطم التحطم تحطمت")  # an aircraft's crash: 'مقتل الرئيس ... في تحطم مروحية'
CRASH, ROAD = _words("حادث حوادث لحادث بحادث"), normalize_token("سير")  # a road accident
CLASHES = (normalize_token("مواجهات"),)
CLASHED = _words("اشتبك اشتبكت اشتبكوا")
FIGHTS = frozenset((normalize_token(w),) for w in ("اشتباكات", "اشتباك", "صدامات", "اشتباكات"))
TOWNS = _words("مدن مدينة قرى قرية بلدات بلدة مناطق منطقة محافظات مخيمات أحياء "
               "الأراضي أراضي الأجواء أجواء المياه")  # ('داخل الأراضي الهندية', 'في الأجواء السورية')
ENVOYS = _words("سفير السفير سفيرة السفيرة القائم دبلوماسيين دبلوماسيا الدبلوماسيين السفارة سفارة")
ENVOY_REACH = 6
THAT_SAID = THAT | _words("إنه إنها إنهم أنه أنها أنهم بأنه بأنها بأنهم")
# Categories of deeds done at a place, rather than of things said or decided.
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "AID", "MOBILIZE", "RETREAT"})
ABOUT = _words("بشان حول لبحث لمناقشه")  # 'محادثات ... بشأن وقف إطلاق النار في غزة'
# Verbs of consenting in the perfect: the agreement is made, whatever day its terms start.
CONSENTED = _words("وافق وافقت وافقوا وافقا اتفق اتفقت اتفقوا اتفقا توصل توصلت توصلوا توصلا وقع وقعت وقعوا وقعا "
                   "أبرم أبرمت أبرموا")
CONSENT_REACH = 8
HELD_AREAS = _words("مناطق منطقة المناطق المنطقة")
AIMED_AT = _words("استهدف استهدفت طال طالت")
SELF_THAT = _words("أنه إنه بأنه أنها إنها بأنها")  # (that it, of the teller itself)
SELF_REACH = 16
RELEASING = _words("أفرج أفرجت أفرجوا يفرج تفرج الإفراج بالإفراج إفراج")
RELEASED_REACH = 6  # words from a release to the arrest that tells who was released
# Talks are held where one side receives the other: 'القاهرة - استقبل الرئيس المصري ...' (other
# talks are not placed by the article's dateline or main place, which tell where it was filed).
HOSTED_REACH = 6  # words from a verb of hosting to the talks it hosted
HOSTED = _words("استقبل استقبلت يستقبل تستقبل استقبال باستقبال استضاف استضافت يستضيف تستضيف استضافة باستضافة")
# 'احتجاجا على' after a deed of statecraft is why it was done, not a protest: 'أعلنت الحكومة قطع
# العلاقات مع السويد وطرد سفيرتها احتجاجا على حرق نسخة من القرآن', 'حث على مقاطعة الألعاب
# احتجاجا على ...' (after a deed of force or a crowd's it is the protest: 'أحرق نفسه احتجاجا').
IN_PROTEST = _words("احتجاجا")
STATECRAFT = frozenset({"SANCTION", "REJECT", "RETREAT", "ACCUSE", "REQUEST", "CONSULT", "AGREE", "COOPERATE",
                        "AID", "SUPPORT", "CONCEDE", "THREATEN", "MOBILIZE"})
DISCUSSED = ABOUT | _words("مناقشة بحث ناقش ناقشت ناقشوا ناقشا بحثت بحثا بحثوا تناول تناولت")
BUREAU_TOLD = 3  # mentions of another place that make a dateline the bureau's city
# An adjective of kind between an event noun and a nationality word: 'غارة جوية أمريكية'.
KIND_ENDINGS = ("ي", "يه", "يتين", "يتان")  # (a nationality of the event noun, or of two: 'غارتين إسرائيليتين')
# Deeds whose nationality word names the victim: 'مقتل أمريكي', 'اختطاف بريطاني'.
VICTIMS_AFTER = _words("قتل مقتل اغتيال خطف اختطاف اعتقال اعتقل اعتقلت إصابة جرح استشهاد أسر "
                       "توقيف أوقف أوقفت احتجاز احتجز احتجزت ترحيل")
# A toll of an attack, and the verbs of those who tell it ('أعلنت وزارة الصحة مقتل خمسة').
TOLL = _words("مقتل إصابة استشهاد سقوط وفاة مصرع")
TOLL_PLACE_REACH = 8  # from a referred toll to 'في' and the attack it was in
KILLING_NOUNS = _words("اغتيال")  # ('بعد أيام من اغتيال حسن نصر الله في غارة على الضاحية')
TOLD = ANNOUNCED | _words("قال قالت أكد أكدت أفاد أفادت ذكر ذكرت أوضح أوضحت نقل نقلت أحصى أحصت وثق وثقت "
                          "أشار أشارت لفت لفتت "
                          # admitting it: 'وأقر الجيش الإسرائيلي بمقتل ثمانية من جنوده'
                          "أقر أقرت اعترف اعترفت")
ATTRIBUTION = TOLD | _words("وفق وفقا بحسب حسب حسبما نقلا طبقا")
LAUNCH_REACH = 8  # ('شنت مقاتلات تابعة للتحالف بقيادة السعودية غارات')


def _launched_by(cands: list[Entity], s: Sent, i: int, announced: bool = False) -> Entity | None:
    """The actor between a verb of launching or claiming and the event noun at i; with
    `announced` (arrests), also a verb of announcing: 'أعلن الجيش توقيف سوري' (the army
    announced it arrested a Syrian), where 'أعلنت وزارة الصحة مقتل' names no killer."""
    verbs = (LAUNCHED, ANNOUNCED) if announced else (LAUNCHED,)
    if not s.has(*verbs, a=max(0, i - LAUNCH_REACH + 1), b=i):
        return None
    words = s.words
    for k in range(i - 1, max(-1, i - LAUNCH_REACH), -1):
        if any(_in(words[k], v) for v in verbs):
            return next((x for x in cands if k < x.tok[0] and x.tok[1] <= i), None)
    return None


def _done_by(cands: list[Entity], s: Sent, j: int) -> Entity | None:
    """The actor named right after a 'carried it out' verb later in the sentence ('قتل خمسة
    مدنيين جراء قصف مدفعي شنته جماعة الحوثي')."""
    if not s.has(DONE_BY, a=j):
        return None
    words = s.words
    for k in range(j, len(words)):
        if _in(words[k], DONE_BY):
            return next((x for x in cands if k < x.tok[0] <= k + 2), None)
    return None


# Nouns a date names rather than dates: 'انقلاب السادس من أغسطس', 'هجمات 11 سبتمبر',
# 'ثورة 25 يناير', 'ذكرى 7 أكتوبر'.
NAMED_BY_DATE = _words("انقلاب ثوره حرب هجمات احداث تفجيرات مجزره ذكري انتخابات اتفاق اتفاقيه حركه "
                       "انتفاضه عدوان")


OWNER_REACH = 2  # words from aircraft to their owner: 'طائرات مسيرة تابعة لقوات الدعم السريع'


def _craft_owner(words: list[str], j: int, k: int) -> bool:
    """The name at k owns the aircraft named up to j: right after them ('طائرات التحالف'), or
    after a word of belonging, past what kind they are ('طائرات مسيرة تابعة لقوات الدعم السريع')."""
    return k == j or 0 < k - j <= OWNER_REACH and _in(words[k - 1], BELONGING) \
        and all(_in(w, UNMANNED | AIRCRAFT) for w in words[j:k - 1])


BORDERS = _words("الحدود الحدودية الحدودي")  # (not "في حدود الساعة العاشرة", at about ten)
THE_CITY = _words("المدينة بالمدينة للمدينة والمدينة")
CONTINUED = _words("أضاف أضافت وأضاف وأضافت تابع تابعت وتابع وتابعت أردف أردفت وأردف وأردفت")


def _continued(words: list[str]) -> bool:
    """The sentence goes on with what the one before said: 'وأضاف', 'و أضاف', 'وتابع'."""
    return bool(words) and (words[0] in CONTINUED or len(words) > 1 and words[0] == "و" and words[1] in CONTINUED)


def _owner_country(ents: list[Entity], words: list[str], spans) -> str | None:
    """The country of the state whose sites the deed hit, named right after them as their owner
    ('بقصف مواقع للنظام السوري', 'استهدف مقرا للجيش اللبناني')."""
    for _, b in spans:
        if b + 1 < len(words) and _in(words[b], SITES):
            owner = next((x for x in ents if x.tok[0] == b + 1 and x.actor and words[b + 1].startswith("ل")), None)
            if owner is not None and owner.actor.get("type") in STATE_ACTORS \
                    and len(owner.actor.get("country") or "") == 2:
                return owner.actor["country"]
    return None


def _downed_craft(words: list[str], a: int, b: int) -> bool:
    """Every aircraft named in words[a:b] was shot down or intercepted, not flown in the deed:
    'وقال الجيش الباكستاني إن 26 مدنيا قتلوا، وإنه أسقط خمس طائرات هندية'."""
    return all(any(_in(v, REPELLED) for v in words[max(0, k - REPELLED_REACH):k])
               for k in range(a, b) if _in(words[k], AIRCRAFT))


def _day_named(ents: list[Entity], words: list[str] | None = None) -> str | None:
    """The day a sentence's date entities name, as `day_words` reads the sentence; not a date
    that names an event ('انقلاب السادس من أغسطس')."""
    named = [x for x in ents if x.type == "date"]
    if not named:
        return None  # (most sentences)
    named = sorted((x for x in named if not (
        words and x.tok[0] and x.value["kind"] == "absolute" and _in(words[x.tok[0] - 1], NAMED_BY_DATE))
        and not (words and _as_told(words, x.tok[0]))), key=lambda x: x.tok[0])
    if words and len(named) > 1:
        # the day of the telling gives way to another the sentence names: 'قال الجيش الأحد إن 23
        # من جنوده قتلوا في اشتباكات ليلة السبت'; so does the day of the deed answered: 'شنت إسرائيل
        # فجر السبت سلسلة غارات ... ردا على الهجوم الصاروخي الإيراني في الأول من أكتوبر'
        answering = not RESPONSE.isdisjoint(words)
        named = [x for x in named if not _told_on(words, x.tok[1])
                 and not (answering and _answered_on(words, x.tok[0]))] or named
    return dates.first_day((x.value["kind"], x.value["day"]) for x in named)


ANSWERED_REACH = 8  # words from 'ردا على' to the day of the deed answered


def _answered_on(words: list[str], k: int) -> bool:
    """The day at word k is of the deed an event answers: 'ردا على الهجوم الإيراني في الأول من أكتوبر'."""
    return any(_in(words[m], RESPONSE) and words[m + 1] == ON for m in range(max(0, k - ANSWERED_REACH), k - 1))


TOLD_ON_REACH = 4  # words from a verb of telling to the day after it: 'قال الجيش الباكستاني الأحد إن'


def _told_on(words: list[str], j: int) -> bool:
    """The day ending at word j is when something was told: after a verb of telling and its
    subject, right before 'إن'/'أن'."""
    return j < len(words) and words[j] in THAT and any(_in(w, TOLD) for w in words[max(0, j - TOLD_ON_REACH - 1):j])


AS = _words("ما حسبما كما بحسبما")  # 'وفق ما', 'بحسب ما', 'حسبما', 'على ما'
AS_TOLD_REACH = 4


def _as_told(words: list[str], k: int) -> bool:
    """The day at word k dates a telling of the event, not the event: 'وفق ما أفاد ناشطون
    الخميس', 'حسبما أعلن الجيش الأحد'; a day of several words is told from its first ('حسبما
    أفادت مصادر محلية اليوم الاثنين')."""
    while k > 0 and words[k - 1] in DAY_WORDS:
        k -= 1
    return any(_in(words[m], TOLD) and _in(words[m - 1], AS) for m in range(max(1, k - AS_TOLD_REACH), k))


def _dateline_text(doc) -> str:
    """The dateline as the article writes it ('القاهرة'; the normalized text has 'القاهره')."""
    k = doc.norm.find(doc.dateline)
    return doc.article.text[to_original(k, doc.dropped):to_original(k + len(doc.dateline) - 1, doc.dropped) + 1]


def _surface(ent: Entity) -> str:
    """An entity as written, without a leading conjunction or preposition clitic; an actor's
    name keeps the letters its lexicon entry begins with ('وزارة الخارجية', not 'زارة')."""
    if ent.type == "location" and ent.place:
        return ent.place["name"]  # as the gazetteer matched it: 'كوريا', not 'وريا'
    return _written(ent.type, ent.text, ent.norm)


@lru_cache(maxsize=100_000)
def _written(kind: str, text: str, norm: str) -> str:
    """`_surface` of an entity other than a known place (cached: wire text names the same
    actors again and again, and each event asks for its names several times). Quotation marks
    inside a name go: 'تنظيم "الدولة الإسلامية' is 'تنظيم الدولة الإسلامية'."""
    if any(c in QUOTES for c in text):
        text = " ".join(text.translate(_NO_QUOTES).split())
    if kind == "organization":
        forms = phrase_starts(actors(), norm.split(" ", 1)[0])
        return without_clitic(text, norm, forms[0][0] if forms else None)
    if kind == "person":
        # a name may begin with a clitic's letter ('فيتالي', 'وليد', 'بشار'): only a leading 'و'
        # of a name not known to begin with it goes ('وفيتالي')
        first = norm.split(" ", 1)[0]
        keep = first in given_names() or not (first.startswith("و") and len(first) > 3)
        return without_clitic(text, norm, first if keep else first[1:])
    return without_clitic(text, norm)


QUOTES = "\"«»“”„‟'‘’"
_NO_QUOTES = str.maketrans("", "", QUOTES)


_ASSEMBLER: Assembler | None = None


_FILLED = ("mode", "acled_type", "acled_sub_type", "date", "wounded", "captured")


# Words that join two reports in one sentence: 'قتل 10 في ريف حلب، في وقت سقط مدنيون في غارات على
# ريف إدلب' (while), 'فيما', 'بينما', 'في حين'; not 'فيما يتعلق' (as regards).
JOINERS = _words("فيما وفيما بينما وبينما")
OTHERS_CLAUSE = 8  # words of a closing clause that counts the others of the same deed
JOINER_PAIRS = {(normalize_token(a), normalize_token(b)) for a, b in (
    ("في", "وقت"), ("وفي", "وقت"), ("في", "حين"), ("وفي", "حين"))}
NOT_JOINING = _words("يتعلق يخص يتصل "
                     # 'في وقت لاحق' (later), 'في وقت سابق' (earlier): a time, not 'while'
                     "لاحق سابق متأخر متاخر مبكر قريب واحد")


ALSO_JOINERS = _words("كما وكما")
_CLAUSE_WORDS = JOINERS | ALSO_JOINERS | {b for _, b in JOINER_PAIRS}


# A relative clause that tells when or how the event took place: 'في حادث قطار مومباي الذي وقع في
# يوليو من عام 2006' (its date follows the verb), not one about a place ('التي وقعت فيها').
TOLD_OCCURRED = _words("وقع وقعت حدث حدثت جرى جرت نفذ نفذت نفذه نفذها نفذوه شن شنت شنه شنها شنوه "
                       "أسفر أسفرت أودى أودت استهدف استهدفت")
RESUMPTIVE = _words("فيها فيه بها به منها منه خلالها خلاله")
IN_THEM = _words("فيها خلالها")  # (the feminine: of protests, 'قتل فيها')
RELATIVE_REACH = 8


FIRED_REACH = 2
FIRED_BACK_REACH = 4  # the verb first, its subject and a count between: 'أطلقت روسيا ليلا 120 طائرة مسيرة'


def _fired(s: Sent, trig: Trigger, i: int, j: int) -> bool:
    """A weapon's word with a verb of firing or falling beside it: 'سقط صاروخ', 'أطلقوا قذائف'."""
    return s.has(DELIVER) and " ".join(trig.words) in INSTRUMENTS | DRONES \
        and s.has(DELIVER, a=max(0, i - FIRED_BACK_REACH), b=j + FIRED_REACH)


# Adjectives of armed groups after an attack's word, and the group as actors.tsv names it.
GROUP_ADJECTIVES = {normalize_token(a): name for names, name in (
    ("حوثي حوثية الحوثي الحوثية حوثيا حوثيين", "الحوثيون"),
    ("داعشي داعشية الداعشي الداعشية داعشيا", "تنظيم داعش"),
) for a in names.split()}


GROUP_WORDS = frozenset(GROUP_ADJECTIVES)


def _by_group(words: list[str], spans) -> list[str]:
    """The group an attack's adjective names: 'قصف مدفعي حوثي' (the Houthis' shelling), with
    one adjective of its own or the shooter between at most ('برصاص قناص حوثي'); or the craft
    that did it, named right after its verb ('أطلقت زوارق حوثية النار على سفينة')."""
    for i, j in spans:
        if i + 2 < len(words) and _in(words[i + 1], CRAFT | BOATS) and words[i + 2] in GROUP_ADJECTIVES:
            return [GROUP_ADJECTIVES[words[i + 2]]]
        for k in (j, j + 1):
            if k < len(words) and words[k] in GROUP_ADJECTIVES:
                return [GROUP_ADJECTIVES[words[k]]]
            if k >= len(words) or not (words[k].endswith(KIND_ENDINGS) or words[k] in SHOOTERS):
                break
    return []


SHOOTERS = _words("قناص قناصة قناصين قناصو مسلح مسلحين مسلحون عناصر مقاتلي مقاتلين")


HEADING = _words("متجهة متجه متجهين متجهون المتجهة المتجه متوجهة متوجه متوجهين المتوجهة المتوجه "
                 "طريقها طريقه طريقهم "
                 # where the hurt or the dead were taken: 'ونقل إلى مستشفى رفيديا'
                 "نقل نقلت نقلوا نقله نقلها نقلهم ينقل تنقل أسعف أسعفت أسعفوا")
COUNTERPARTS = _words("نظيره نظيرته نظيريه نظراءه نظرائه نظيرها نظيرتها نظيريها")
COUNTERPART_REACH = 8
# What is refused, whose nationality names the one refused: 'المقترح الإسرائيلي', 'الشروط الأمريكية'.
PROPOSALS = _words("المقترح مقترح المقترحات مقترحات العرض عرض الدعوة دعوة الدعوات دعوات الطلب طلب الطلبات "
                   "طلبات القرار قرار الخطة خطة المبادرة مبادرة الشروط شروط الاتهامات اتهامات "
                   "التصريحات تصريحات الوساطة وساطة المطالب مطالب")
PROPOSAL_REACH = 6
TOLL_TOLD_REACH = 8


def _toll_told(s: Sent, j: int) -> bool:
    """An attack named after 'بعد' or 'إثر' with its own toll, told by a verb of resulting
    within a few words: 'بعد يومين من غارات جوية روسية على مدينة إدلب أسفرت عن مقتل خمسة
    أشخاص' reports the raids, which the toll's mere 'مقتل' would leave without their means."""
    return s.has(RESULTED, a=j, b=j + TOLL_TOLD_REACH)


# 'ثلاثة مشتبه بهم في الهجوم' (three suspected of the attack): the attack is what they are
# held for, told before.
SUSPECTS = _words("مشتبه مشتبها مشتبهين المشتبه المشتبهين متورطين المتورطين متهم متهمين")
IN = normalize_token("في")
PERPETRATED = _words("نفذ نفذت نفذوا شن شنت شنوا ارتكب ارتكبت ارتكبوا")


def _doers_of_known(words: list[str], i: int) -> bool:
    """'الإرهابيين الذين نفذوا الاعتداء' (the terrorists who carried out the attack): a relative
    clause names the doers of an attack already known (definite); it reports no new one."""
    return i > 1 and words[i - 2] in RELATIVES and _in(words[i - 1], PERPETRATED) \
        and _unconjoined(words[i]).startswith("ال")


def _told_until(words: list[str], j: int) -> int:
    """Where the event's words end, taking in a relative clause on it that begins within
    RELATIVE_REACH words of `j`: up to the clause's verb."""
    for k in range(j, min(len(words) - 1, j + RELATIVE_REACH)):
        if words[k] in RELATIVES and words[k + 1] in TOLD_OCCURRED \
                and (k + 2 == len(words) or words[k + 2] not in RESUMPTIVE):
            return k + 2
    return j


# The sentence an event carries is its provenance, kept in every report of it: a run of text
# with no sentence end (a page without stops) gives the event the MAX_SENTENCE_CHARS around its
# trigger, cut at spaces and marked '…' where cut.
MAX_SENTENCE_CHARS = 1_000
CLIPPED = "…"


def _around(norm: str, s: int, e: int, i: int) -> tuple[int, int, tuple[str, str]]:
    """The span of the sentence norm[s:e] an event keeps, its trigger being word i, and the marks
    of its cut ends."""
    if e - s <= MAX_SENTENCE_CHARS:
        return s, e, ("", "")
    _, starts, _ = token_lists(norm[s:e])
    at = s + starts[min(i, len(starts) - 1)]
    a = max(s, min(at - MAX_SENTENCE_CHARS // 2, e - MAX_SENTENCE_CHARS))
    b = min(e, a + MAX_SENTENCE_CHARS)
    if a > s and (cut := norm.find(" ", a, at)) >= 0:
        a = cut + 1  # (after a space, if there is one before the trigger)
    if b < e and (cut := norm.rfind(" ", at, b)) > at:
        b = cut
    return a, b, (CLIPPED if a > s else "", CLIPPED if b < e else "")


SINCE = _words("منذ ومنذ")
SINCE_FORMS = SINCE | _words("فمنذ")  # (the words `_in(w, SINCE)` holds for: a fast first test)
YEAR_WORDS = _words("عام العام سنة")
YEARS = frozenset(map(str, range(1900, 2200)))  # (as digits: normalizing makes every digit ASCII)
YEAR_REACH = 8
LONG_YEAR_REACH = 12  # farther, in a clause of the event's own ('... في مدينة الفاشر العام الماضي')
PLUPERFECT_REACH = 3  # 'وكانت' opens the sentence, or follows a word or two ('وفي حلب، كانت')
BACKGROUND_DAYS = 30  # an event this many days before its article is background


def _year_window(s: Sent, i: int, j: int) -> tuple[int, int]:
    """The words where a year or a month dates the event told at i..j: YEAR_REACH words around
    it, or LONG_YEAR_REACH after it when no relative clause begins there (in 'قرب حماة التي وقعت
    فيها مجزرة عام 1982' the year is the massacre's, not the event's)."""
    words = s.words
    b = min(len(words), j + LONG_YEAR_REACH)
    if not RELATIVES.isdisjoint(words[j:b]):
        b = min(len(words), j + YEAR_REACH)
    return max(0, i - YEAR_REACH), b


def _earlier_year(s: Sent, i: int, j: int, pub_year: int) -> bool:
    """A year before the publication's, written within YEAR_REACH words of the trigger: the
    sentence tells an older event. Not after 'منذ' ('the worst since 2005' dates nothing)."""
    if not s.has(YEARS, a=max(0, i - YEAR_REACH), b=j + LONG_YEAR_REACH):
        return False  # (most sentences: no year near the event)
    a, b = _year_window(s, i, j)
    words = s.words
    counted = COUNTED_BITS
    for k in range(a, b):
        w = words[k]
        if len(w) != 4 or not w.isdigit() or not 1900 <= int(w) < pub_year \
                or k + 1 < len(words) and s.flags[k + 1] & counted and not (k and _in(words[k - 1], YEAR_WORDS)):
            continue  # (not a count: 'قتل نحو 2000 شخص')
        prev = k - 2 if k >= 2 and _in(words[k - 1], YEAR_WORDS) else k - 1
        if prev < 0 or not _in(words[prev], SINCE):
            return True
    return False


AGO = _words("قبل وقبل")
BEGAN = _words("بدأ بدأت بدأوا انطلق انطلقت اندلع اندلعت بدا بدات")
# Years or months ago: more than BACKGROUND_DAYS either way.
AGO_PERIODS = _words("سنوات سنة سنين عاما أعوام اعوام عام أشهر اشهر شهور شهرا")
AGO_TWO_PERIODS = _words("عامين سنتين عامان سنتان شهرين شهران")


def _long_ago(words: list[str], i: int, j: int) -> bool:
    """'قبل عشر سنوات' (ten years ago), 'قبل عامين', 'قبل ثلاثة أشهر' within YEAR_REACH words of the
    trigger: an older event (not 'قبل عامين من الحرب', before another event)."""
    for k in range(max(0, i - YEAR_REACH), min(len(words) - 1, j + YEAR_REACH)):
        if words[k] not in AGO or k and _in(words[k - 1], BEGAN):
            continue  # (a deed begun then may go on: 'وهذا الهجوم الذي بدأ قبل شهرين أوقع أكثر من ألف قتيل')
        after = words[k + 1:k + 4]
        if _in(after[0], AGO_TWO_PERIODS):
            told = 1
        elif len(after) > 1 and (after[0].isdigit() or is_number_word(after[0])) and _in(after[1], AGO_PERIODS):
            told = 2
        else:
            continue
        if after[told:told + 1] != [FROM]:
            return True
    return False


LAST_YEAR = frozenset(tuple(normalize_token(w) for w in p.split()) for p in (
    "العام الماضي", "السنة الماضية", "العام المنصرم", "السنة المنصرمة"))
PERIOD_WORDS = frozenset(name.split()[0] for name in dates.MONTHS) | {first for first, _ in LAST_YEAR}


def _earlier_month(s: Sent, i: int, j: int, pub) -> bool:
    """A month that ended more than BACKGROUND_DAYS before the publication, or last year, named
    without a day within YEAR_REACH words of the trigger: 'في أغسطس الماضي', 'العام الماضي'. Not
    after 'منذ' ('منذ أغسطس الماضي' tells how long, not when)."""
    if not s.has(PERIOD_WORDS, a=max(0, i - YEAR_REACH), b=j + LONG_YEAR_REACH):
        return False  # (most sentences: no month or year named near the event)
    a, b = _year_window(s, i, j)
    words = s.words
    for k in range(a, b):
        if words[k] not in PERIOD_WORDS:
            continue
        back = k - 2 if k >= 2 and words[k - 1] == dates.MONTH_WORD else k - 1
        if back >= 0 and _in(words[back], SINCE):
            continue
        if tuple(words[k:k + 2]) in LAST_YEAR:
            return True
        end = dates.month_told(words, k, pub)
        # (a month just ended, told in the pluperfect, is past too: 'وكانت قوات الدعم السريع قد
        # سيطرت في أكتوبر الماضي على مدينة الفاشر', in November)
        if end is not None and (pub - end).days > (0 if _pluperfect(words, i) else BACKGROUND_DAYS):
            return True
    return False


WAS = _words("كان كانت كانوا وكان وكانت وكانوا")
ALREADY = normalize_token("قد")


DISCUSSING_REACH = 3  # the verb, 'معه' or its object's head, then the deed discussed


def _discussed(s: Sent, i: int) -> bool:
    """The deed at i is what talks were about: 'وبحث معه رفع العقوبات المفروضة على سوريا' (the
    lifting was discussed, not done)."""
    return s.has(DISCUSSED, a=max(0, i - DISCUSSING_REACH), b=i)


def _fired_from(words: list[str], k: int) -> bool:
    """The place at k follows 'من' (a bearing may stand between) after a word of firing:
    'أطلقت صواريخ من جنوب لبنان'."""
    m = k - 1 if k and words[k - 1] in BEARINGS else k
    return m > 1 and words[m - 1] == FROM and any(_in(w, DELIVER) for w in words[max(0, m - 4):m - 1])


def _one_name_each(ents: list[Entity], actors: list[str], targets: list[str]) -> tuple[list[str], list[str]]:
    """Actors and targets with one name per known actor: 'قوات سوريا الديمقراطية (قسد)' names
    one doer, who is not its own target (not for offices and governments, whose one name may
    stand for two: 'رئيس الجمهورية' and 'الرئيس' another country's)."""
    canon = {_surface(x): x.actor.get("name") for x in ents
             if x.actor and x.actor.get("name") and x.actor.get("type") != "government"}
    seen: set[str] = set()
    out = []
    for names in (actors, targets):
        kept = []
        for name in names:
            key = canon.get(name, name)
            if key not in seen:
                seen.add(key)
                kept.append(name)
        out.append(kept)
    return out[0], out[1]


TAKES_EFFECT = _words("يبدأ تبدأ يسري تسري سريان سريانه سريانها يدخل تدخل")
# words from a verb of taking effect to its day ('يبدأ سريانه الأحد', 'يدخل حيز التنفيذ فجر الأربعاء')
TAKES_EFFECT_REACH = 4


def _starts_then(words: list[str], j: int) -> bool:
    """After the event word ending at j, a verb of taking effect and a day word after it: the
    day is when it takes effect."""
    for k in range(j, len(words)):
        if _in(words[k], TAKES_EFFECT):
            return any(dates.may_name_day(w) for w in words[k + 1:k + 1 + TAKES_EFFECT_REACH])
    return False


def _pluperfect(words: list[str], i: int) -> bool:
    """The deed at i is told in the pluperfect, 'كان ... قد فعل' (had done): background."""
    k = next((k for k in range(min(i, PLUPERFECT_REACH)) if words[k] in WAS), None)
    return k is not None and ALREADY in words[k + 1:i]


GATHERING = Trigger(("<gathering>",), "PROTEST", "demonstration", 0.7)


# A march sets off or goes through the streets: 'انطلقت المسيرة من ساحة التحرير'.
MARCHED = _words("انطلقت انطلق انطلقوا جابت جابوا سارت ساروا")
CRAFT = AIRCRAFT | _words("طائرة الطائرة")


EXITS = _words("خروج الخروج بخروج لخروج")
LEAVERS = FIGHTERS | MEMBERS | _words("المقاتلين المسلحين مقاتلين مسلحين دفعات دفعة الدفعة قافلة حافلات")
LEAVERS_REACH = 6  # words before the exit that name who leaves: 'بدأت أولى دفعات مقاتلي فصيل فيلق الرحمن ... الخروج'
EVACUATION = Trigger((normalize_token("خروج"),), "RETREAT", None, 0.7)


def _evacuation(words: list[str], ents: list[Entity], hits) -> list:
    """Fighters leaving a place, told by 'الخروج من' and the place: 'بدأت أولى دفعات مقاتلي فصيل
    فيلق الرحمن وعائلاتهم الخروج من بلدات عربين وزملكا' (not 'الخروج من الأزمة'), when no word of
    withdrawal does: a hit at the exit."""
    if any(trig.category == "RETREAT" for _, _, trig in hits):
        return []
    places = {x.tok[0] for x in ents if x.type == "location" and x.place}
    for k, w in enumerate(words[:-2]):
        if _in(w, EXITS) and words[k + 1] == FROM and (k + 2 in places or _in(words[k + 2], TERRITORY)) \
                and any(_in(v, LEAVERS) for v in words[max(0, k - LEAVERS_REACH):k]):
            return [(k, k + 1, EVACUATION)]
    return []


def _gathering(s: Sent, hits) -> list:
    """A protest told by a crowd that gathers with signs or chants, or by a march that sets off
    with them ('انطلقت المسيرة ... وردد المشاركون هتافات'), when no protest word does: a hit
    at the verb of gathering or marching."""
    if any(trig.category == "PROTEST" for _, _, trig in hits) or not s.has(SIGNS, CROWD_DEMANDS, PROTESTING, PURPOSES):
        return []
    if s.has(ASSEMBLED):
        k = next(k for k, w in enumerate(s.words) if _in(w, ASSEMBLED))
        # (or demands before a site: 'تجمع آلاف ... أمام القاعدة الفرنسية مطالبين برحيل القوات';
        # or a crowd counted right after the verb, with what it demands or protests: 'احتشد الآلاف
        # في ساحة التحرير للمطالبة بإصلاحات', 'تجمع المئات أمام السفارة تنديدا بالحرب')
        if s.has(SIGNS) or s.has(SITE_BEFORE) and s.has(CROWD_DEMANDS, PROTESTING, PURPOSES) \
                or any(x.type == "quantity" and x.tok[0] == k + 1 for x in s.ents) and s.has(PROTESTING, PURPOSES):
            return [(k, k + 1, GATHERING)]
        return []
    if not s.has(SIGNS) and not s.has(SITE_BEFORE):
        return []
    if not (s.has(MARCHED) and s.has(UNMANNED)):
        return []  # (a verb of marching and the march's word, both: 'رفع المشاركون في المسيرة لافتات' has no verb)
    words = s.words
    k = next(k for k, w in enumerate(words) if _in(w, MARCHED))
    # the march named within a few words of the verb, and no drone ('طائرة مسيرة')
    if any(_in(words[m], UNMANNED) and not _in(words[m - 1], CRAFT) for m in range(k + 1, min(k + 4, len(words)))):
        return [(k, k + 1, GATHERING)]
    return []


COMMAS = frozenset("،,")
OTHER_DEAD = _words("استشهد قتل أصيب سقط")  # (after 'و': 'واستشهد 3 آخرون')


def _another_toll(norm: str, s: int, e: int, words: list[str], ents: list[Entity], hits) -> list[tuple[int, int]]:
    """Two clauses for a toll told after a comma and 'و' with a deed and a place of its own:
    'استشهد 4 فلسطينيين في غارة على رفح، واستشهد 3 آخرون في قصف مدفعي على بيت حانون' (two
    attacks), not 'قتل 5 في غارة على حلب، وأصيب 10 آخرون' (one)."""
    if COMMAS.isdisjoint(norm[s:e]):
        return []
    _, starts, ends = token_lists(norm[s:e])
    if len(starts) != len(words):
        return []
    for k in range(1, len(words) - 2):
        if COMMAS.isdisjoint(norm[s + ends[k - 1]:s + starts[k]]) or not words[k].startswith("و"):
            continue
        rest = words[k][1:]
        if not (rest in OTHER_DEAD or (rest.isdigit() or is_number_word(rest)) and _in(words[k + 1], OTHERS)):
            continue
        before = {x.place.get("name") for x in ents if x.type == "location" and x.place and x.tok[0] < k}
        after = {x.place.get("name") for x in ents if x.type == "location" and x.place and x.tok[0] > k}
        if before and after and before.isdisjoint(after) and any(h[0] < k and h[2].category == "ASSAULT" for h in hits) \
                and any(h[0] > k + 1 and h[2].category == "ASSAULT" for h in hits):
            return [(0, k), (k, len(words))]
    return []


def _clauses(words: list[str]) -> list[tuple[int, int]]:
    """[start, end) word spans of the clauses a sentence joins with 'while'."""
    n = len(words)
    if _CLAUSE_WORDS.isdisjoint(words):
        return [(0, n)]
    cuts = []
    for k, w in enumerate(words):
        if w not in _CLAUSE_WORDS or (k + 1 < n and words[k + 1] in NOT_JOINING):
            continue
        if k + 1 < n and _in(words[k + 1], KILLED | WOUNDED) and any(_in(v, OTHERS) for v in words[k + 2:k + 7]) \
                and n - k <= OTHERS_CLAUSE and not any(map(_word_triggers, words[k + 2:])):
            # '... إلى 194 شخصا، في حين أصيب أكثر من 800 آخرين': the others of the same deed, in a
            # short clause with no deed of its own (not 'فيما قتل ثلاثة آخرون في انفجار عبوة')
            continue
        if w in JOINERS and k >= 1 or w in ALSO_JOINERS and k >= 1 and k + 1 < n and _in(words[k + 1], KILLED | WOUNDED):
            # (and 'كما' before new dead or hurt: '...، كما قتل 3 عناصر في اشتباكات ...'; before
            # another verb it goes on with the same subject: 'كما اعتقلت اربعة رهبان')
            cuts.append(k)
        elif k >= 2 and (words[k - 1], w) in JOINER_PAIRS:  # 'في وقت': the clause starts at 'في'
            cuts.append(k - 1)
    bounds = [0, *cuts, n]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def fold_repeats(events: list[Event]) -> list[Event]:
    """One candidate per happening within an article: an article tells the same event in its lead
    and again in later sentences (same category, place, day). The first telling is kept and what
    it lacks is filled from the later ones, so the event counts as one report, not several."""
    first: dict[tuple, list[Event]] = {}
    out = []
    for ev in events:
        key = (ev.type, _fold_place(ev.location))  # told as planned and as done: one happening
        # A telling without a day is the same happening as one with a day (the lead gives the
        # day, a later sentence does not); two different days are two happenings.
        # (two clauses of one sentence are two happenings: 'أصيب ثلاثة من عناصر الشرطة في هجوم
        # على نقطة تفتيش جنوب كركوك، فيما قتل مسلحان في اشتباك مع قوات الأمن')
        kept = next((k for k in first.get(key, ()) if (k.date == ev.date or None in (k.date, ev.date))
                     and _same_countryside(k.location, ev.location) and not _other_deed(k.mode, ev.mode)
                     and k.sentence != ev.sentence),
                    None) or _told_within(out, ev) or _toll_of_told(out, ev) or _detail_of_told(out, ev)
        if kept is None:
            first.setdefault(key, []).append(ev)
            out.append(ev)
            continue
        _absorb(kept, ev)
    return out


INSTRUMENT_HEADS = frozenset(w.split()[0] for w in INSTRUMENTS)  # 'عبوه' of 'عبوه ناسفه'


def _named_again(events: list[Event], told: int, ev: Event, words: list[str], i: int, j: int) -> Event | None:
    """The last event of the article's sentences before (the first `told` events) that `ev` (its
    word at i:j) names again
    by a definite noun, or with the weapon named before as its subject, with no count of its
    own: 'وأفاد نادي الأسير بأن معظم الاعتقالات تركزت في محافظة الخليل', 'وأوضح المصدر أن
    العبوة انفجرت أثناء مرور الدورية ... مساء أمس'; not one told as another ('وفي حادث منفصل')."""
    if ev.killed is not None or ev.wounded is not None or ev.captured is not None or ev.intent:
        return None
    if not _unconjoined(words[i]).startswith("ال") and not any(
            0 <= k < len(words) and words[k].startswith("ال") and words[k][2:] in INSTRUMENT_HEADS for k in (i - 1, j)):
        return None
    last = next((events[k] for k in range(told - 1, -1, -1) if events[k].type == ev.type), None)
    if last is None or _other_deed(last.mode, ev.mode) or last.mode and ev.mode and last.mode != ev.mode \
            or ev.date and last.date and ev.date != last.date or ANOTHER.search(ev.sentence):
        return None
    return last


INTERVENED_DENIED_REACH = 4  # words from 'دون أن تتدخل' to the force it denies


def _rescuer(name: str) -> bool:
    """The actor named is a body of rescuers (civil defence, the Red Cross or Red Crescent)."""
    actor = actors().resolve(name)
    return actor is not None and actor.canonical in RESCUERS


def _by_this_deed(words: list[str], i: int, j: int, at: int) -> bool:
    """A doer named at `at` ('على أيدي رجال الشرطة') is of the deed at i..j, not of another
    told between them or before: 'احتجاجا على مقتل الصبي على أيدي رجال الشرطة ...، واعتقلت الشرطة
    عشرات المشاغبين' (the police killed the boy; the arrest is the next clause's)."""
    # (a means with ب is of the same deed: 'اعتدت على المصلين بالضرب ... على يد قوات الأمن'); the
    # doer is named after the deed, one named before it is of an earlier word
    return at >= j and not any(w[:1] != "ب" and any(len(t.words) == 1 or k + 1 < len(words) and t.words[1] == words[k + 1]
                                                    for t in _word_triggers(w))
                               for k, w in enumerate(words[j:at], j))


def _doer_named_after(words: list[str], j: int) -> bool:
    """A doer is named right after a deed: 'قتلوا على أيدي قوات الأمن', 'قتل من قبل مسلحين'."""
    return any(tuple(words[k:k + 2]) in PASSIVE_BY for k in range(j, min(j + 2, len(words) - 1)))


def _toll_before_protest(words: list[str], i: int) -> int | None:
    """Where the first dead or hurt are told before a protest trigger at i that they fell in
    ('قتل 8 أشخاص وأصيب 400 آخرون خلال احتجاجات'), within RIOT_TOLL_REACH words; None if not."""
    if i < 2 or words[i - 1] not in DURING and words[i - 1] != IN:
        return None
    return next((k for k in range(max(0, i - 1 - RIOT_TOLL_REACH), i - 1) if _casualty_kind(words[k])), None)


def _protesters_hit(words: list[str], ents: list[Entity]) -> bool:
    """Protesters are the ones hit: counted ('قتل 25 متظاهرا', 'مقتل خمسة من المتظاهرين') or fired
    on ('أطلقت قوات الأمن النار على متظاهرين'); not a clash between them and the police, nor
    protesters doing something else ('وردد المتظاهرون شعارات ... بعد حضور جنازة أربعة')."""
    counted = {x.tok[1] for x in ents if x.type == "quantity"}
    return any(_in(w, PROTESTERS) and k and (k in counted or words[k - 1] == ON
                                               or words[k - 1] == FROM and k - 1 in counted)
               for k, w in enumerate(words))


def _intervened(s: Sent) -> bool:
    """A word of dispersing or gassing in the sentence that no negation before it denies:
    'وطوقت قوات الأمن مكان الوقفة دون أن تتدخل لتفريق المحتجين' used no force."""
    return any(_in(w, INTERVENED) and not any(
        _unconjoined(v) in NEGATION for v in s.words[max(0, k - INTERVENED_DENIED_REACH):k])
        # (nor one the protest marks: 'في الذكرى الخامسة لفض اعتصام القيادة العامة')
        and not s.has(FRAMES, a=max(0, k - INTERVENED_DENIED_REACH), b=k)
        for k, w in enumerate(s.words))


# ACLED's protest sub-types by the force met: a later telling of force met tells the protest
PROTEST_FORCE = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def _told_how(last: Event, mode: str, day: str | None, civilians: bool) -> None:
    """A sentence too thin to report an attack of its own, with no place, count or other day,
    tells the means of the attack told just before it, which had none: 'قتل 305 أشخاص ... في هجوم
    استهدف مسجد الروضة', then 'وفجر المهاجمون عبوة ناسفة ثم أطلقوا النار على المصلين'; and who
    was hit, when it tells of civilians shot ('وأطلقوا النار على المرضى')."""
    if last.type == "ASSAULT" and last.mode is None and not last.intent and day in (None, last.date):
        last.mode = mode
        acled = ACLED.get(("ASSAULT", mode))
        if acled and acled[0] == "Battles":
            # a shooting keeps the type the lead gave, unless it tells civilians were shot
            acled = ("Violence against civilians", "Attack") if civilians else None
        if acled:
            last.acled_type, last.acled_sub_type = acled


def _turned_violent(events: list[Event]) -> None:
    """'خرج الآلاف في مسيرة في بغداد', then 'ورشق المتظاهرون قوات الأمن بالحجارة' in a sentence that
    reports no protest of its own: the article's last protest was a riot, as ACLED files it (not
    one met with lethal force, told as such)."""
    last = next((e for e in reversed(events) if e.type == "PROTEST" and not e.intent), None)
    if last is not None and last.mode != "riot" and last.acled_sub_type in PROTEST_FORCE[:2]:
        last.mode = "riot"
        last.acled_type, last.acled_sub_type = ACLED[("PROTEST", "riot")]


def _absorb(kept: Event, ev: Event) -> None:
    """Fill what the first telling of a happening lacks from a later one `ev`."""
    kept.intent = kept.intent and ev.intent
    if kept.date is None and ev.date is not None:
        kept.date = ev.date
    if kept.mode is None and ev.mode is not None:
        # the means told later gives the ACLED type too ('استهدف مسلحا', then 'مقتل 14 شخصا في
        # الغارة': an air strike, not an armed clash)
        kept.mode, kept.acled_type, kept.acled_sub_type = ev.mode, ev.acled_type, ev.acled_sub_type
    for name in _FILLED:
        if getattr(kept, name) is None:
            setattr(kept, name, getattr(ev, name))
    if PROTEST_FORCE.index(ev.acled_sub_type) > PROTEST_FORCE.index(kept.acled_sub_type) \
            if kept.type == ev.type == "PROTEST" and {kept.acled_sub_type, ev.acled_sub_type} <= set(PROTEST_FORCE) else False:
        kept.acled_sub_type = ev.acled_sub_type  # ('وفضت قوات الأمن التظاهرة': it was dispersed)
    if kept.type == ev.type == "PROTEST" and ev.mode == "riot":
        _turned_violent([kept])  # (a demonstration told again as a riot)
    if kept.killed is None and ev.killed is not None or ev.killed is not None and ev.killed_qualifier is None \
            and kept.killed_qualifier in BOUNDS and ev.killed > kept.killed:
        # ('أزيد من عشرة' then '15'): a figure within a lower bound told before is the figure
        kept.killed, kept.killed_qualifier = ev.killed, ev.killed_qualifier
    # (one name per side: 'مستوطنون', then 'المستوطنين')
    # (nor the bare aircraft the doer used: 'نفذت الولايات المتحدة ضربات', then 'قاذفات بي-2 ألقت')
    kept.actors += [a for a in ev.actors if _sides([a]).isdisjoint(_sides(kept.actors + kept.targets))
                    and not (kept.actors and _bare_craft(a))]
    kept.targets += [t for t in ev.targets if _sides([t]).isdisjoint(_sides(kept.actors + kept.targets))]
    kept.confidence = max(kept.confidence, ev.confidence)


BOUNDS = ("at_least", "more_than")


def _bare_craft(name: str) -> bool:
    """A name made of craft words only ('قاذفات', 'طائرة مسيرة'): the means of a doer, no doer."""
    return all(_in(normalize_token(w), MEANS_CRAFT) for w in name.split())


def _told_within(told: list[Event], ev: Event) -> Event | None:
    """An earlier telling of which `ev` gives only a spot inside its place ('قتل ستة مدنيين في
    قصف على مدينة تعز', then 'سقطت القذائف على منازل في حي الروضة'): no day and no count of
    its own, at a place the gazetteer does not know inside the earlier one, by the same means
    and no other actor."""
    loc = ev.location or {}
    if ev.date or ev.killed is not None or ev.wounded is not None or loc.get("gazetteer_id") \
            or not loc.get("container_id"):
        return None
    return next((k for k in told if k.type == ev.type and (k.mode == ev.mode or None in (k.mode, ev.mode))
                 and (not ev.actors or _sides(ev.actors) & _sides(k.actors))
                 and (k.location or {}).get("gazetteer_id") == loc["container_id"]), None)


def _sides(names: list[str]) -> set[str]:
    """The sides the names stand for: a known actor's canonical name ('مستوطنون' and
    'المستوطنين' are one), else the name as written (not a government's, whose one name may
    stand for two)."""
    lexicon = actors()
    return {a.canonical if (a := lexicon.resolve(n)) is not None and a.type != "government" else n for n in names}


def _toll_of_told(told: list[Event], ev: Event) -> Event | None:
    """The last earlier telling, of the same category and means, whose toll `ev` gives: a later
    sentence with a toll and no day or place of its own ('وأعلنت وزارة الصحة أن الغارات أسفرت عن
    مقتل 12 شخصا' after 'شن الطيران الإسرائيلي سلسلة غارات على الضاحية الجنوبية ليل الثلاثاء',
    which told none), with no other doer."""
    if ev.killed is None and ev.wounded is None:
        return None
    # (of the same day, or none; by the same means, or the fighting a side took ground in: 'وسيطرت
    # على 12 قرية', then 'وأضاف أن 37 عنصرا ... و44 من الفصائل قتلوا في المعارك')
    kept = next((k for k in reversed(told) if k.type == ev.type and (
        k.mode == ev.mode or None in (k.mode, ev.mode) or {k.mode, ev.mode} == {"occupy", "firearms"})), None)
    if kept is not None and ev.date and ev.date != kept.date:
        return None
    if kept is None or ev.location is not None and ev.location.get("told", True) and not (
            # (or a place inside the country the telling named: 'أطلقت إيران أكثر من 300 طائرة
            # مسيرة وصاروخ باتجاه إسرائيل', then 'وأصيبت طفلة بجروح خطيرة في النقب')
            ev.mode is None and not ev.actors and kept.location is not None
            and kept.location.get("precision") == "country"
            and kept.location.get("country") == ev.location.get("country")):
        return None
    # (a telling with its own toll is another deed: 'قتلت ... 11 جنديا', then 'تمكنت أيضا من
    # قنص عنصرين')
    return kept if kept.killed is None and kept.wounded is None \
        and (not ev.actors or _sides(ev.actors) & _sides(kept.actors)) else None


ANOTHER = re.compile(r"(?:حادث|حادثة|هجوم|عملية|واقعة)\s+(?:آخر|اخر|أخرى|اخرى|منفصل|منفصلة|مماثل|مماثلة)")
# A deed told as done 'also' is another: 'وتمكنت قوات المعارضة أيضا من قنص عنصرين'.
ALSO = re.compile(r"(?:^|\s)(?:أيضا|ايضا|أيضاً|ايضاً|أيضًا|ايضًا)(?:\s|$|[،,.])")


def _detail_of_told(told: list[Event], ev: Event) -> Event | None:
    """The last earlier telling of the same category that `ev` tells more of: a later sentence
    with no place of its own (the article's stands in) and no count ('وقال مسؤول محلي إن
    المهاجمين وصلوا على دراجات نارية مساء السبت وأطلقوا النار على السكان' after 'قتل 21 مدنيا
    في هجوم على قرية في منطقة موبتي'), by the same means and doer, on no other day; not one
    told as another ('وفي حادث منفصل') or as done also ('أيضا')."""
    if ev.location is None or ev.location.get("told", True) or ev.killed is not None \
            or ev.wounded is not None or ev.captured is not None or ANOTHER.search(ev.sentence) \
            or ALSO.search(ev.sentence):
        return None
    kept = next((k for k in reversed(told) if k.type == ev.type), None)
    if kept is None or not (kept.mode == ev.mode or None in (kept.mode, ev.mode)) \
            or None not in (kept.date, ev.date) and kept.date != ev.date:
        return None
    if "occupy" in (kept.mode, ev.mode) and kept.mode != ev.mode and ev.targets:
        # who was hit after a town was taken was hit in a deed of its own: 'أعلنت قوات الدعم السريع
        # سيطرتها الكاملة على مدينة الفاشر، فيما قالت شبكة أطباء السودان إن عناصر الدعم السريع
        # قتلوا عشرات المدنيين أثناء فرارهم من المدينة'
        return None
    return kept if not ev.actors or _sides(ev.actors) & _sides(kept.actors) else None


def _other_deed(a: str | None, b: str | None) -> bool:
    """Taking ground and striking are two deeds in one place ('غارة على حلب' and 'سيطرتها على
    مناطق في حلب'), whatever else the modes of two tellings say."""
    return a != b and "occupy" in (a, b) and None not in (a, b)


def _fold_place(loc: dict | None) -> str:
    """What tellings of one happening share in their place: its gazetteer entry or its name; for
    a governorate's countryside, the governorate ('ريف حلب' and 'ريف حلب الجنوبي')."""
    loc = loc or {}
    if loc.get("kind") == "countryside" and loc.get("container_id"):
        return "countryside:" + loc["container_id"]
    return loc.get("gazetteer_id") or normalize_token(loc.get("name") or "")


def _same_countryside(a: dict | None, b: dict | None) -> bool:
    """Two countrysides of one governorate are one when a name is the other's start ('ريف حلب',
    'ريف حلب الجنوبي'); the southern and the northern countryside are two. Other places: True
    (their key already tells)."""
    if not a or not b or a.get("kind") != "countryside":
        return True
    x, y = normalize_token(a.get("name") or ""), normalize_token(b.get("name") or "")
    return x.startswith(y) or y.startswith(x)


def assemble_events(ann: Annotated, max_events: int = 200) -> list[Event]:
    """Event assembly entry point: event candidates of one annotated article."""
    global _ASSEMBLER
    if _ASSEMBLER is None:
        _ASSEMBLER = Assembler()
    return _ASSEMBLER.assemble(ann, max_events)


# Every word list a sentence is asked about with `Sent.has`, each a bit of a word's `_flags`.
_BIT: dict[frozenset[str], int] = {}
for _vocab in (OCCUR, DELIVER, UNDERGO, DATED, HELD, TIME_BEFORE, DEATH, SINGLE_VICTIM, FOILED, COUNTS,
               FRAMES, FIGURATIVE, DEFUSED, AGREEMENT_REFS, GATHER, DENIAL, INTENT, TERMS, THREAT,
               REACTION, ASSEMBLED, DEMAND, DONE_BY, LAUNCHED, SIGNS, RESULTED, TERMS_VERBS, ANNOUNCED,
               OPPOSED, SAID, DISASTER, HALTED, KEPT_OUT, AIRCRAFT, POLITICAL, ARMED, UNMANNED, CLAIMED, BREACH,
               COMING_TIME, INTERVENED, CIVILIAN_VICTIMS, CLASHING, OUTBURST, EXPOSED, EXPECTED, PERIOD_WORDS,
               RESPONSE, REVENGE, DEMONSTRATIVES, TOLL_HEADS, AFFILIATED, RESPONSIBILITY, MARCHED, CRAFT, KINDS, OFFICE, DANGERS,
               TOWNS, RELATIVES, ROSE, COUNTERPARTS, PROPOSALS, RIOTING, GROUP_WORDS, PASSIVE, YEARS,
               SITE_BEFORE, MEASURES, DAY_WORDS, KILLED, WOUNDED, CAPTURED, DEATHS, SPORTS, PROTESTERS, COUNT_NOUNS,
               KILLED_ONE, WOUNDED_ONE, MET, LED_TO, BY_THEN, HURT, TAKEN, CROWD_DEMANDS, SELF_THAT, AGREEMENT_PARTS,
               PROTESTING, PURPOSES, DISCUSSED, ALL_OVER, HOSTED, OTHERS, LAID, THE_CITY, EXITS, BORDERS, LAUNCH_BA, COMES, IN_THEM, GANGS, CRASHED, CRAFT, DAMAGE, PRISONERS, RATED, QUARRELS, DAYS_IN):
    _BIT.setdefault(_vocab, 1 << len(_BIT))
RIOTING_BIT, THE_CITY_BIT, EXITS_BIT = _BIT[RIOTING], _BIT[THE_CITY], _BIT[EXITS]
COUNTED_BITS = _BIT[COUNT_NOUNS] | _BIT[SINGLE_VICTIM] | _BIT[CIVILIAN_VICTIMS]  # words of people counted
