"""Entities stage: places (linked to the gazetteer), actors, people, dates and quantities."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from streams import dates
from streams.errors import TooLarge
from streams.gazetteer import DATA, PRECISION, SETTLEMENTS, Gazetteer, Place, actors, gazetteer, read_tsv
from streams.normalize import normalize_token, to_original
from streams.numbers import find_quantities, may_begin_quantity
from streams.records import Annotated, Entity, Normalized
from streams.tokens import NAME_PREPS, Words, has_prep, stems, token_lists, without_clitic


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalize_token(w) for w in words.split())


# Place cues: a name after one of these is a place even if the gazetteer lacks it.
# Value: the kind of place the cue names.
CUES = {normalize_token(k): v for k, v in {
    "مدينة": "city", "بلدية": "city", "بلدة": "town", "بلدات": "town", "قرية": "town", "قريتي": "town", "قرى": "town",
    "حي": "neighbourhood", "حيي": "neighbourhood", "أحياء": "neighbourhood", "مخيم": "camp",
    "منطقة": "region", "ناحية": "admin2", "جبهة": "neighbourhood", "محور": "neighbourhood",
    "معبر": "crossing", "حاجز": "crossing", "مطار": "facility", "جسر": "facility", "دوار": "neighbourhood",
    "ميناء": "facility",  # a port: 'ميناء الحديدة', 'ميناء العقبة'
    "منتجع": "town",  # a resort: 'في منتجع سوسة', 'منتجع شرم الشيخ'
    "مستوطنة": "town",  # a settlement: 'مستوطنة أرئيل', 'مستوطنة كريات أربع'
    "ساحة": "neighbourhood", "شارع": "neighbourhood", "سجن": "facility", "مستشفى": "facility",
    "جبل": "region", "سهل": "region", "وادي": "region", "بلدتي": "town", "مدينتي": "city",
    "حقل": "facility",  # an oil or gas field: 'حقل كورمور'; alone it is no place (Haql)
    "مديرية": "admin2",  # a district of Yemen or Afghanistan: 'مديرية باقم', 'مديرية ميدان شار'
    "قاعدة": "facility", "صحراء": "region", "بادية": "region",  # 'قاعدة تمبكتو', 'صحراء الأنبار'
    # 'العاصمة الليبية طرابلس', 'في العاصمة صنعاء': the capital, then its name
    "العاصمة": "city",
    "محافظة": "admin1", "ولاية": "admin1", "إقليم": "admin1", "قضاء": "admin2",
    "مقاطعة": "admin1",  # a county or province: 'مقاطعة مانديرا' (weak: also a boycott)
    # duals: 'في محافظتي الحديدة وصنعاء' (in the governorates of Hodeidah and Sanaa)
    "محافظتي": "admin1", "ولايتي": "admin1", "مديريتي": "admin2", "مخيمي": "camp", "منطقتي": "region",
    "مقاطعتي": "admin1",
}.items()}
# Words for kinds of places, joined by و to a cue: 'قرى وبلدات', 'بلدات وقرى', 'قرى ومدن'.
SETTLEMENT_NOUNS = frozenset(CUES) | _norm_set("مدن مناطق مخيمات أرياف ضواحي بلدان دول محافظات")
# Dual cues of kinds whose singular names one place: they list two names joined by و.
DUAL_CUES = _norm_set("محافظتي ولايتي مديريتي مدينتي مخيمي منطقتي مقاطعتي")
# A country's name is read as another country's city of that name ('عمان': Amman) only for a
# city this large.
NAMESAKE_CITY = 1_000_000
# Cues of places too small to stand for a foreign namesake in an article about another country.
LOCAL_CUES = frozenset({"town", "neighbourhood", "camp"})
# A city quarter ('حي') named after a country or a province is the quarter, not the province.
QUARTERS = _norm_set("حي حيي أحياء")
LARGE = frozenset({"country", "admin1", "admin2", "region"})
# Cues that are part of the place's name ('دوار الباسل' is the roundabout, not 'الباسل').
STREETS = _norm_set("شارع")
CUE_IN_NAME = _norm_set("مخيم معبر حاجز مطار ميناء جسر دوار ساحة شارع سجن مستشفى جبل سهل وادي حقل")
# Marks that end a clause: no cue word reaches over them to a name (quotes do not end one).
CLAUSE_MARKS = frozenset(",،;؛:.!?؟")
# Cues too generic to make an unknown word a place name ('منطقة مشمولة' is 'an area covered').
WEAK_CUES = _norm_set("منطقة جبهة محور العاصمة ولاية إقليم قضاء قاعدة صحراء بادية ميناء بلدية مقاطعة منتجع")
# Adjectives that follow a cue word and name no place: 'أحياء سكنية' (residential quarters),
# 'منطقة حدودية', 'قرى مجاورة'.
NOT_NAMES = _norm_set("سكنية سكني مدنية عسكرية عسكري صناعية صناعي زراعية زراعي حدودية حدودي نائية "
                      "مجاورة مجاور قريبة قريب متفرقة عدة مختلفة أخرى آخر عديدة كثيرة محاصرة محاصر "
                      "مكتظة شعبية شعبي تجارية تجاري جبلية ساحلية مأهولة آمنة آمن واسعة كبيرة صغيرة "
                      "خاضعة تابعة واقعة جديدة قديمة مدمرة محررة ميداني ميدانيا ميدانية رئيسي رئيسية "
                      "عام عاما عامة خاص خاصة أمني أمنية الأمني الأمنية تفتيش للتفتيش "
                      # a bearing as an adjective: '30 بلدة جنوبية' (southern towns)
                      "جنوبية جنوبي شمالية شمالي شرقية شرقي غربية غربي "
                      # a directorate, not a district: 'مديرية شرطة', 'مديرية صحة نينوى'
                      "شرطة صحة تربية زراعة أمن الشرطة الصحة التربية الزراعة الأمن")
COUNTRYSIDE = normalize_token("ريف")
# First words of place names that need the word after them: 'حي أبو سليم', 'قرية بيت ريما',
# 'بلدة كفر نبل', 'قرية تل جبين', 'بلدة عين عيسى'.
PLACE_HEADS = _norm_set("أبو أبي أم بني بيت عين تل بئر دير كفر خان رأس عرب سيدي ابن بن بنت قصر حمام "
                        "مزرعة نهر دار النبي الشيخ السيدة الإمام الحاج باب")
CAPITAL = normalize_token("العاصمة")
DIRECTIONS = _norm_set("الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية "
                       "الشمالي الغربي الشمالي الشرقي الجنوبي الغربي الجنوبي الشرقي")
# 'البلاد' (the country) after a place preposition or a bearing is the article's country.
HOMELAND = normalize_token("البلاد")
NATIONAL_SOIL = (normalize_token("التراب"), normalize_token("الوطني"))
HOMELAND_AFTER = _norm_set("في أنحاء انحاء مختلف كافة شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي "
                           "الشمالي الجنوبي الشرقي الغربي")
# Words before a place name that make a one-word gazetteer match trustworthy.
PLACE_PREPS = _norm_set("في من إلى الى على قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي "
                        "داخل أطراف اطراف محيط عن نحو باتجاه حتى مدن طريق "
                        # parts of a city: 'في شوارع الخرطوم', 'وسط بغداد', 'ضواحي دمشق'
                        "شوارع أحياء احياء ضواحي أنحاء انحاء وسط "
                        # the governor of a province names it: 'محافظ البصرة', 'والي الخرطوم'
                        "محافظ والي "
                        # one of the towns just told: 'في مدن عراقية بينها البصرة'
                        "بينها منها أبرزها ابرزها "
                        # off a coast: 'قبالة سواحل الحديدة', 'قبالة المخا', 'ساحل اللاذقية'
                        "قبالة سواحل ساحل شواطئ شاطئ")
# Bearings that take ب before a region: 'في قرية بشمال كردفان', 'بجنوب دارفور', 'بوسط البلاد'.
CLITIC_BEARINGS = _norm_set("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط")
# Prepositions with 'us' (نا), which ends no word in the accusative: 'علينا', 'لنا'.
US_AFTER_PREPS = _norm_set("علينا لنا منا عنا بنا فينا إلينا الينا معنا لدينا")
# Frequent words that are also names of small places somewhere: never a place on their own.
STOP = _norm_set(
    "في من إلى على عن مع بعد قبل بين حتى منذ خلال حول ضد عند لدى أن إن كان كانت قد لم لن ما لا "
    "هذا هذه ذلك تلك التي الذي الذين وقال قال قالت أكد أكدت أعلن أعلنت اليوم أمس الأحد السبت "
    "الجمعة الخميس الأربعاء الثلاثاء الاثنين عام العام الماضي المقبل الوقت الباب العين الحرية "
    "النصر الأمل السلام الوحدة الثورة الشعب الدولة الحكومة الجيش الرئيس المدينة الجبهة المنطقة "
    "القرية الحي النظام المعارضة الاتفاق الأمن القوات الشرطة النار الخير الجديد الجديدة الحمة "
    "الحاجب الوسط الشمال الجنوب الشرق الغرب المركز الساحل البحر الجبل الوادي الحرم العمل "
    "أول ثاني آخر آخرين عدد بعض كل جميع إثر أثناء وسط غرب شرق شمال جنوب تحت فوق حين حيث لكن "
    "الخليج العرب عربي جديد ميدان المطار السوق الملعب المستشفى الجامعة المعبر الحدود رمضان "
    # adjectives that name a town too: 'صاروخ بحري' is no Khartoum Bahri, 'معسكر' a camp
    "بحري معسكر "
    "الأحمر الأبيض الأخضر الأسود ضاحية مطار سوق جسر دوار ساحة العاصمة حقل "
    # words of news that name a small place somewhere: 'في بيان' (in a statement) is no Bayan, Kuwait
    "بيان بيانا البيان تقرير رسالة")
# More ordinary words that are also a town's name somewhere, found by counting the gazetteer's
# one-word names in the development texts: 'في إطار' (within) is no Atar in Mauritania, 'في حصار'
# no Hisar, 'في جامعة' no Djamaa, 'بأنه' no Baneh, 'لأول مرة' no Laval, 'من طراز' no Taraz, 'في
# ليل' no Lille, 'في ثورة' no Tabqa. Never a place alone; after a cue they are ('مدينة عنة',
# 'قضاء الدور').
COMMON_WORDS = _norm_set(
    "إطار حصار جامعة دولة ثورة بأنه لأول طراز ليل دور الدور وقف دبابة سلسلة إبادة نساء يوما قوله رده "
    "رأي الظهر القطار الكامل القبة الأمانة بلد الحد سلطات الكنائس الظاهرة العلم الطرف دوري دورة "
    "سلمية الهندية الداخلية الكردي الصور الصف نادي خبر الخبر أدى أبدى ينقل سور عنه منا أنا له لي وان فان "
    # 'son of' in names, never Bonn: 'مطار بن غوريون', 'محمد بن سلمان'
    "بن "
    # towns named like common words, places only after a cue ('منطقة طويلة', 'مدينة كتم'): 'لفترة
    # طويلة' (for a long time), 'بكتم الأصوات'
    "طويلة كتم "
    # settlements named by their kind ('على عدد من القرى': the villages, not Saudi Al Qura)
    "القرى القرية البلدات المدن المناطق")


def feminine_perfect(tok: str) -> bool:
    """A verb in the perfect with its feminine ت ('أعلنت', 'اتهمت', 'ودعت'), whose subject a
    country or city is; not a feminine plural ('تحركات سورية', Syrian moves), nor 'بيروت', 'صوت',
    'بيت', nor a word in -ت that is no verb ('تحت القاهرة' is under it)."""
    return len(tok) >= 3 and tok.endswith("ت") and not tok.endswith(("ات", "وت", "يت")) \
        and not tok.startswith("ال") and tok not in NOT_PERFECT


NOT_PERFECT = _norm_set("تحت وقت بنت ست سبت")


@lru_cache(maxsize=100_000)
def prep_clitic(tok: str) -> bool:
    """`has_prep` for a word that may be a name: its leading ب or ل is a preposition unless the
    word itself begins a place or actor name ('بغداد', 'لبنان', 'لندن', 'لاجئين')."""
    if not has_prep(tok):
        return False
    rest = tok[1:] if len(tok) > 3 and tok[0] in ("و", "ف") else tok
    return rest not in gazetteer().heads and rest not in actors().heads


# 'مصر' is Egypt, or 'insistent' after a pronoun ('إنه مصر على', 'وهو مصر').
INSISTENT = normalize_token("مصر")
PRONOUNS = _norm_set("هو هي إنه انه أنه لأنه وهو وهي إنني انني أنا بأنه")
HOME_ACTORS = frozenset({"government", "police"})
# Armed movements of one country ('الحوثيين', 'حركة الشباب') fight mostly at home, but meet for
# talks abroad: they tell the article's country only when nothing else does.
HOME_MOVEMENTS = frozenset({"rebels", "militia", "insurgents"})
# A gentilic's plural names a people ('الجزائريين', 'سوريون'), not a thing of that country.
PEOPLE_ENDINGS = ("ين", "ون")
# Adjectives of arms between an actor and its nationality ('طائرات حربية تركية', 'قوات عسكرية أمريكية').
ARMS = _norm_set("حربية الحربية عسكرية العسكرية مسيرة المسيرة مقاتلة المقاتلة بحرية البحرية جوية الجوية "
                 "برية البرية خاصة الخاصة")
# Weapons whose model names follow them: 'صواريخ بركان', 'صاروخ كورنيت', 'قذائف هاون'.
WEAPONS = _norm_set("صاروخ صواريخ الصاروخ الصواريخ صاروخا صاروخين قذيفة قذائف القذيفة القذائف "
                    "منظومة منظومات راجمة راجمات")
# 'عبد' and 'أبو' begin compound given names whose second word takes ال ('عبد الله').
COMPOUND_HEADS = _norm_set("عبد ابو أبو")
TITLES = _norm_set("الرئيس رئيس وزير الوزير المتحدث المبعوث السفير الشيخ العميد اللواء العقيد "
                   "العماد الجنرال القائد القيادي الأمين الملك الأمير النائب المستشار الناطق "
                   # and their feminine forms ('التقى الرئيس قيس سعيد رئيسة الحكومة الإيطالية')
                   "الرئيسة رئيسة وزيرة الوزيرة المتحدثة المبعوثة السفيرة الملكة الأميرة النائبة "
                   "المستشارة الناطقة")
PERSON_STOP = STOP | _norm_set("باسم لدى الخارجية الدفاع الداخلية الوزراء الأمم المتحدة العام "
                               "الأمريكي الروسي السوري التركي الإيراني إن أن بأن قوله أنه")
ALI = normalize_token("علي")
# What follows 'على' the preposition after a title, not a family name: 'قال الوزير على هامش القمة'.
NOT_AFTER_ALI = _norm_set("هامش رأس راس خلفية لسان صعيد طريق مستوى نحو وقع إثر اثر أن ان أنه انه حد ضرورة أهمية")
# Verbs that follow a title with no name: 'مع الرئيس الأمريكي بحث خلاله' is no person 'بحث خلاله'.
NAME_BREAK = _norm_set("بحث ناقش أكد أعلن قال دعا استقبل أجرى وصل غادر شدد أشار أوضح اعتبر رأى طالب "
                       "حذر وقع زار بعث هنأ أعرب جدد نفى رفض أبلغ تناول تطرق")
# Words that end a name after a title: what the person did or said ('وزير الخارجية سامح شكري
# اتصالا هاتفيا مع نظيره').
NAME_END = NAME_BREAK | _norm_set("اتصالا اتصال زيارة رسالة برقية كلمة بيانا تصريحا تصريحات مؤتمرا لقاء "
                                  "اجتماعا مباحثات محادثات خلال عقب أثناء حيث بحثا "
                                  # whom the person called on or met: 'دعا الأمين العام ... أنطونيو
                                  # غوتيريش أطراف النزاع'
                                  "أطراف جميع كافة كل قادة زعماء دول حكومات سكان أبناء شعب وفدا وفد "
                                  # where the envoy serves, and why he was summoned: 'استدعت ...
                                  # السفير الفرنسي لديها احتجاجا على ...'
                                  "لديه لديها لديهم لديهما احتجاجا تنديدا استنكارا رفضا "
                                  # what a person threatened: 'هدد الرئيس الروسي فلاديمير بوتين برد حاسم'
                                  "برد")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common Arabic given names (data/given_names.tsv), normalized."""
    return frozenset(normalize_token(row["name"]) for row in read_tsv(DATA / "given_names.tsv"))


@lru_cache(maxsize=1)
def leader_names() -> frozenset[str]:
    """Leaders the actor lexicon knows by their family name alone ('ترامب', 'نتنياهو'): after a
    title and a given name they end the person's name ('الرئيس الأمريكي دونالد ترامب')."""
    return frozenset(normalize_token(row["pattern"]) for row in read_tsv(DATA / "actors.tsv")
                     if "surname" in row["source"] or "nickname" in row["source"])


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """The first words of the event trigger forms (data/triggers.tsv): 'دعم', 'قتل', 'هجوم'.
    After a title they begin what the person did ('أكد الوزير دعم بلاده'), not a name."""
    return frozenset(normalize_token(row["form"]).split()[0] for row in read_tsv(DATA / "triggers.tsv"))


# A verbal noun after ب or ل: of forms II (تفعيل), III (مفاعلة), VII (انفعال), VIII (افتعال) and X
# (استفعال), normalized: 'بتقديم', 'بمواجهه', 'بانسحاب', 'باعتقال', 'باستخدام'; and after ب of the
# quadriliteral form (فعللة): 'بعرقله'.
MASDAR_OBJECT = re.compile(r"[بل](?:ت\w\wي\w|م\wا\w\wه|ان\w\wا\w|ا\wت\wا\w|است\w\wا\w)|ب\w{4}ه")


def _deed_object(tok: str) -> bool:
    """What a person called for, threatened or promised, after the verb and its subject, is no
    name: 'وهدد الرئيس التركي بعرقلة انضمام السويد', 'طالب الوزير بوقف إطلاق النار'; a name
    does not begin with a preposition and the article ('بالإفراج', 'للمطالبة')."""
    return tok.startswith(("بال", "لل")) or tok[:1] in ("ب", "ل") and (
        tok[1:] in event_words() or MASDAR_OBJECT.fullmatch(tok) is not None)


def _quoted(norm: str, start: int) -> bool:
    """True when a quotation mark opens right before the token at `start` ('جبهة "العامرية"')."""
    k = start - 1
    while k >= 0 and norm[k] == " ":
        k -= 1
    return k >= 0 and norm[k] in "\"'"


# Token tags (`EntityFinder._tag`)
ACTOR, PLACE, TITLE, QUANTITY, DAY = 1, 2, 4, 8, 16


@dataclass(slots=True)
class _Span:
    i: int
    j: int
    entity: Entity


def _cue_of(value: dict) -> str | None:
    """The cue a place was named after, or that begins its name ('منطقة الرياض' as a whole)."""
    return value["cue"] or CUES.get(value["surface"].split(" ", 1)[0])


@lru_cache(maxsize=400_000)
def phrase_starts(lex, tok: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The forms of a token (with and without proclitics) that begin phrases of a lexicon, with
    those phrases' lengths. Empty for most tokens, which lets the matchers skip them at once."""
    heads = lex.heads
    return tuple((form, heads[form]) for form in stems(tok, NAME_PREPS) if form in heads)


@lru_cache(maxsize=400_000)
def _cue(tok: str) -> str | None:
    """The kind of place a cue word names ('countryside' for ريف), or None for other words."""
    for form in stems(tok):
        if form in CUES:
            return CUES[form]
        if form == COUNTRYSIDE:
            return "countryside"
    return None


@lru_cache(maxsize=400_000)
def _may_begin_place(gaz, tok: str) -> bool:
    return _cue(tok) is not None or bool(phrase_starts(gaz, tok))


# actors.tsv country '+': a ministry named by its portfolio alone ('الخارجية', 'الصحة') is an
# actor only with the gentilic of its country right after it.
NAMED_BY_GENTILIC = "+"
MINISTER = "وزير"  # in وزير, وزيرة, لوزير, وزيرا
NAMED_BY_OCCUPIER = frozenset({"Occupation forces"})  # (rows of 'الاحتلال': Israel's, unless a nationality follows)
OFFICE_OF = _norm_set("وزارة لوزارة بوزارة ووزارة شؤون لشؤون غوث وتشغيل")


def _match(lex, max_len: int, toks: Words, i: int) -> tuple[tuple[str, ...], int, object] | None:
    """Longest match at token i in a phrase lexicon (by_name, heads), trying the first token
    without proclitics; phrases longer than max_len words are not tried."""
    starts = phrase_starts(lex, toks.text[i])
    if not starts:
        return None
    index = lex.by_name
    left = len(toks.text) - i
    rest = tuple(toks.text[i + 1:i + max_len])
    for first, lengths in starts:
        for n in lengths:
            if n > max_len or n > left:
                continue
            key = (first,) + rest[:n - 1]
            value = index.get(key)
            if value is not None:
                return key, n, value
    return None


def _entity(doc: Normalized, sent: int, toks: Words, i: int, j: int, etype: str, **kw) -> Entity:
    start, end = toks.start[i], toks.end[j - 1]
    ostart = to_original(start, doc.dropped)
    oend = to_original(end - 1, doc.dropped) + 1
    return Entity(type=etype, text=doc.article.text[ostart:oend], norm=doc.norm[start:end],
                  start=ostart, end=oend, sent=sent, tok=(i, j), **kw)


IN_WORD = normalize_token("في")
# Countries whose places one wire story tells as its own: a land held or claimed by both, or
# one country until lately ('القدس -' over a raid on Nablus; 'الرباط' over Laayoune).
SHARED_LAND = {"IL": ("PS",), "PS": ("IL",), "MA": ("EH",), "EH": ("MA",), "SD": ("SS",), "SS": ("SD",)}
THAT_WORDS = _norm_set("أن إن وأن وإن بأن لأن")
# A settlement or kibbutz is an Israeli place, whatever country the article is about: 'أطلقت
# صواريخ من جنوب لبنان باتجاه مستوطنة كريات شمونة'.
SETTLER_CUES = _norm_set("مستوطنة المستوطنة مستوطنات المستوطنات مستعمرة المستعمرة كيبوتس")
SETTLED = frozenset({"IL", "PS"})


def _settlement_cue(toks: Words, i: int) -> bool:
    """The place at token i is named after a word for a settlement (or begins with one)."""
    return any(0 <= k < len(toks.text) and not SETTLER_CUES.isdisjoint(stems(toks.text[k])) for k in (i - 1, i))
# Doers named by an adjective alone ('اغتال مجهولون قياديا'), which after other doers describes them.
TRAILING_ACTORS = _norm_set("مجهولون مجهولين")


def _unconjoined_verb(tok: str) -> str:
    """A verb without its conjunction: 'وأعلنت' -> 'أعلنت' (not a short word that begins with و)."""
    return tok[1:] if tok[:1] in ("و", "ف") and len(tok) > 4 else tok


def _authorities_of(country: str, spans) -> bool:
    """The sentence names the country's authorities or police ('أعلنت السلطات السعودية اعتراض طائرة
    مسيرة أطلقت باتجاه منطقة جازان'): a place of that country there is no foreign namesake."""
    return any(x.entity.type == "organization" and x.entity.actor and x.entity.actor["type"] in HOME_ACTORS
               and x.entity.actor["country"] == country for x in spans)
# What a place undergoes or sees: after it, a capital is the place, not its government.
WITNESSED = _norm_set("شهدت تشهد شهد يشهد تعرضت تتعرض عاشت تعيش هزت تهتز")


# Verbs whose object is the place struck, entered, visited or left ('استهدفت حلب', 'زار الرئيس
# موسكو', 'زيارة بغداد', 'غادر الوفد جنيف').
STRUCK = _norm_set("قصف قصفت قصفوا يقصف تقصف يقصفون استهدف استهدفت استهدفوا يستهدف تستهدف يستهدفون "
                   "هاجم هاجمت هاجموا يهاجم تهاجم يهاجمون اقتحم اقتحمت اقتحموا يقتحم تقتحم يقتحمون "
                   "اجتاح اجتاحت اجتاحوا يجتاح تجتاح حاصر حاصرت حاصروا يحاصر تحاصر "
                   "هز هزت يهز تهز ضرب ضربت يضرب تضرب دخل دخلت دخلوا يدخل تدخل "
                   "زار زارت زاروا يزور تزور زيارة زيارته زيارتها غادر غادرت غادروا يغادر تغادر "
                   "وصل وصلت وصلوا يصل تصل "
                   # hosting: 'استضافت إسطنبول جولة جديدة من المفاوضات'
                   "استضاف استضافت تستضيف يستضيف احتضن احتضنت تحتضن يحتضن")
CARRIERS = _norm_set("حاملة حاملات حاملتي حاملتا وحاملة وحاملات لحاملة لحاملات بحاملة بحاملات")
# 'القاعدة' is al-Qaeda, or a base after a word for a part of a place: 'فجروا سيارة مفخخة عند مدخل
# القاعدة قبل أن يقتحمها مسلحون'.
BASE = (normalize_token("القاعدة"),)
BASE_TOLD = re.compile(r"(?:^|\s)[وب]?قاعده\s+(?:عسكريه|جويه|بحريه|للجيش|لقوات|للقوات|تابعه)")
AL_QAEDA = re.compile(r"تنظيم\s+القاعده|القاعده\s+في\s+(?:جزيره|بلاد)|لتنظيم\s+القاعده")
BUILDING_PARTS = _norm_set("مدخل بمدخل ومدخل بوابة ببوابة أسوار سور محيط بمحيط داخل وداخل باحة ساحة أطراف حرم "
                           "أمام وأمام")
# A town of this size named as where a target lies is that town, in whatever country: 'أطلقت
# المقاومة الإسلامية في العراق طائرة مسيرة على هدف في إيلات'.
AIMED_CITY = 20_000
AIMS = _norm_set("هدف هدفا أهداف اهداف هدفين موقع موقعا مواقع قاعدة منشأة منشآت")
CITY_ABROAD = 50_000  # people: a foreign city named after 'مدينة' that stays itself; or after 'في'
# in a text that tells no country at all ('قتل جندي في هجوم على حاجز في درعا'), where no place is foreign
STRUCK_CITY = 100_000  # people: a city that size, not a village named like a word or a man
STRUCK_REACH = 3  # the verb and at most two words of its subject


def _word_before(toks: Words, i: int) -> str:
    """The word before token i, without the و or ف that joins a preposition ('وفي تكريت', 'فمن')."""
    prev = toks.text[i - 1] if i else ""
    return prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PLACE_PREPS else prev


def _common_words(key: tuple[str, ...]) -> bool:
    """A name that may be an ordinary word or phrase: one word, or a common word and a
    direction ('الحدود الشمالية', the northern border, is also a Saudi province)."""
    return len(key) == 1 or len(key) == 2 and key[0] in STOP and key[1] in DIRECTIONS


class EntityFinder:
    """Finds entities in a normalized article; holds the loaded lexicons."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.actors = actors()
        self._norm = ""
        self._base_told = False
        # Wire text repeats its words: a word's tag is worked out once.
        self.tag = lru_cache(maxsize=400_000)(self._tag)

    def _tag(self, tok: str) -> int:
        """What a token may begin: an actor, a place (a cue or a gazetteer name), a person's
        title, a quantity, a mention of a day; 0 for most tokens."""
        return (ACTOR * bool(phrase_starts(self.actors, tok)) | PLACE * _may_begin_place(self.gaz, tok)
                | TITLE * (tok in TITLES) | QUANTITY * may_begin_quantity(tok)
                | DAY * dates.may_name_day(tok))

    def _places(self, toks: Words, taken: set[int]) -> list[tuple[int, int, Place | None, str, str | None]]:
        """(i, j, place or None, surface, cue kind) for place mentions in one sentence."""
        found = []
        i = 0  # the first token not yet part of a place
        starts = self._place_starts(toks, 0)
        c = 0
        while c < len(starts):
            k = starts[c]
            c += 1
            if k < i or k in taken:
                continue
            i = k
            cue = _cue(toks.text[i])
            m = _match(self.gaz, 5, toks, i)
            if m and m[1] > 1 and self._family_named(toks, i, m[2][0]):
                i += m[1]  # a family name after a given name: 'حسن نصر الله' (not Tunisia's Nasrallah)
                continue
            if m and m[1] > 1 and not any(k in taken for k in range(i, i + m[1])):
                # A gazetteer name that starts with a cue word ('ريف دمشق', 'مدينة الصدر').
                found.append((i, i + m[1], m[2][0], " ".join(m[0]), None))
                i += m[1]
                continue
            if cue and i + 1 < len(toks.text):
                got = self._after_cue(toks, i, cue, taken)
                if got:
                    found.extend(got)
                    i = got[-1][1]
                    starts, c = self._place_starts(toks, i), 0  # _after_cue may split off a و
                    continue
            if cue and CAPITAL in stems(toks.text[i]):
                # 'في العاصمة' (in the capital) without its name: the capital of the country
                # its nationality word names ('العاصمة العراقية'), else of the article's country
                j = i + 1
                while j < len(toks.text) and toks.text[j] in self.actors.demonyms and j - i < 2:
                    j += 1
                found.append((i, j, None, " ".join(toks.text[i:j]), "capital"))
                i = j
                continue
            if m and not (cue and m[1] == 1) and not any(k in taken for k in range(i, i + m[1])):
                # (a cue word alone is no place: 'مدينة' is not Medina)
                key, n, places = m
                place = places[0]
                capital = next((p for p in places if self._capital_speaking(toks, i, p)), None) \
                    if n == 1 and i and (toks.text[i - 1].endswith("ت") or toks.text[i - 1] in THAT_WORDS) else None
                if capital is None and n == 1 and found and found[-1][1] == i and found[-1][4] == "government" \
                        and not prep_clitic(toks.text[i]):
                    # and the capital it speaks to or of, right after it: 'اتهمت موسكو كييف', 'دعت
                    # واشنطن طهران'
                    capital = next((p for p in places if p.kind == "city" and p.population >= STRUCK_CITY
                                    and self.gaz.capital(p.country) is p), None)
                if capital is not None:
                    # 'رفضت موسكو', 'اتهمت طهران': the capital's government, as its country
                    found.append((i, i + 1, self.gaz.by_id[f"cldr:{capital.country}"], key[0], "government"))
                    i += 1
                    continue
                # (or joined by و to the place just named: 'في صعدة والحديدة')
                joined = bool(found) and found[-1][1] == i and toks.text[i] != key[0] and toks.text[i][0] == "و"
                if n > 1 or joined and key[0] not in STOP and key[0] not in COMMON_WORDS \
                        or self._trust_single(toks, i, key[0], place):
                    found.append((i, i + n, place, " ".join(key), None))
                    i += n
                    continue
            i += 1
        if HOMELAND in toks.text or NATIONAL_SOIL[0] in toks.text:
            # 'في شمال البلاد', 'في أنحاء البلاد', 'عبر التراب الوطني' (across the national soil,
            # Algerian usage): the article's country
            told = {k for a, b, *_ in found for k in range(a, b)} | taken
            found += [(k, k + 1, None, HOMELAND, "homeland") for k, tok in enumerate(toks.text)
                      if tok == HOMELAND and k and toks.text[k - 1] in HOMELAND_AFTER and k not in told]
            found += [(k, k + 2, None, HOMELAND, "homeland") for k, tok in enumerate(toks.text[:-1])
                      if tok == NATIONAL_SOIL[0] and toks.text[k + 1] == NATIONAL_SOIL[1] and k not in told]
        return found

    @staticmethod
    def _family_named(toks: Words, i: int, place: Place) -> bool:
        """A name of several words right after a given name, not after a word of place, is the
        person's family name: 'حسن نصر الله', not the Tunisian delegation of Nasrallah."""
        return place.kind not in ("country", "admin1") and i > 0 and toks.text[i - 1] in given_names() \
            and toks.text[i - 1] not in PLACE_PREPS and not (i > 1 and toks.text[i - 2] in PLACE_PREPS)
        # ('على' is 'علي' once normalized: 'على معرة النعمان' is a place)

    def _place_starts(self, toks: Words, start: int) -> list[int]:
        """Indices from `start` of the tokens that may begin a place: cue words and first words
        of gazetteer names (a small share of a sentence's tokens)."""
        return toks.having(PLACE, start)

    def _capital_speaking(self, toks: Words, i: int, place: Place) -> bool:
        """A country's capital as the subject right after a verb in the feminine perfect, as
        capitals speak for their governments in news: 'رفضت موسكو', 'أعلنت واشنطن', 'دعت القاهرة'
        (cities are feminine; a place struck or visited is the verb's object, 'زار الرئيس بغداد')."""
        if not i or place.kind != "city":
            return False  # (most words: asked first, as this is asked of every one-word place)
        if toks.text[i - 1] in THAT_WORDS:
            # 'أكد مسؤول أمريكي أن واشنطن مستعدة لإجراء محادثات'; not 'إن دمشق شهدت انفجارا'
            nxt = toks.text[i + 1] if i + 1 < len(toks.text) else ""
            return nxt not in WITNESSED and not prep_clitic(toks.text[i]) and place.population >= STRUCK_CITY \
                and self.gaz.capital(place.country) is place
        verb = toks.text[i - 1]
        rest = _unconjoined_verb(verb)
        return feminine_perfect(rest) and rest not in STRUCK and verb not in STRUCK and rest not in WITNESSED \
            and place.population >= STRUCK_CITY and not prep_clitic(toks.text[i]) \
            and self.gaz.capital(place.country) is place

    def _trust_single(self, toks: Words, i: int, name: str, place: Place) -> bool:
        """A one-word name is a place if it is a country or curated, or follows a preposition;
        never right after a title, where it is a person's name ('الرئيس السوري بشار الأسد': not
        Béchar in Algeria)."""
        if name in STOP or toks.text[i] in STOP or name in COMMON_WORDS or len(name) < 3:
            return False
        if name == INSISTENT and i and toks.text[i - 1] in PRONOUNS:
            return False  # 'إنه مصر على موقفه' (he insists), not Egypt
        if toks.text[i] in self.actors.demonyms and i and self._adjective_after(toks.text[i - 1], toks.text[i]):
            return False  # (so is a town named like one: 'السفارة السويدية' is no Samandağ's Süveydiye)
        tok = toks.text[i]
        if i and tok.endswith("يا") and tok[:-1] in self.actors.demonyms and toks.text[i - 1].endswith("ا") \
                and not toks.text[i - 1].endswith(("ها", "هما", "كما")) and toks.text[i - 1] not in US_AFTER_PREPS \
                and toks.text[i - 1] not in STOP and toks.text[i - 1] not in PLACE_PREPS:
            # a masculine nationality in the accusative after a word in the accusative: 'رتلا عسكريا
            # تركيا' (a Turkish convoy), 'جنديا سوريا'; not Turkey or Syria (nor after a pronoun:
            # 'وتآمرت عليها بريطانيا')
            return False
        if place.kind == "country" or place.id.startswith("rasd:"):
            return True
        if i + 1 < len(toks.text) and toks.text[i + 1] in leader_names():
            return False  # a leader's given name: 'فلاديمير بوتين' (not Vladimir, Russia)
        k = i - 1
        while k >= 0 and toks.text[k] in self.actors.demonyms:
            k -= 1
        if k >= 0 and toks.tags[k] & TITLE:
            return False
        # nor the second word of the name after one ('الرئيس الأمريكي جو بايدن': not Ayden, NC)
        m = k - 1
        while m >= 0 and toks.text[m] in self.actors.demonyms:
            m -= 1
        if m >= 0 and toks.tags[m] & TITLE and not toks.tags[k] & (TITLE | DAY) and toks.text[k] not in PLACE_PREPS \
                and toks.text[k] not in CUES and not toks.text[k].startswith("ال") and place.population < STRUCK_CITY:
            return False
        if toks.text[i] in given_names() and self._family_name(toks, i + 1, set()):
            return False  # 'والسوري بشار الأسد': a given name and a family name, not Béchar
        if i and not WEAPONS.isdisjoint(stems(toks.text[i - 1])):
            return False  # a model's name: 'بصواريخ بركان' (Burkan rockets) is no Berkane
        prev = _word_before(toks, i)
        if has_prep(toks.text[i]) and (toks.text[i] != name or place.population >= STRUCK_CITY) \
                or prev in PLACE_PREPS or prev in CUES:
            # (the ب or ل of a name's own first letter is no preposition: 'كدرع بشري', as a
            # human shield, is not Bsharri)
            return True
        if place.population >= STRUCK_CITY and (_unconjoined_verb(prev) in WITNESSED or i + 1 < len(toks.text)
                                                 and toks.text[i + 1] in WITNESSED):
            return True  # what a city saw: 'شهدت دمشق انفجارا', 'إن دمشق شهدت انفجارا'

        # the object of a verb that strikes, enters, visits or leaves a place, with its subject
        # between or not, a city of its size: 'استهدفت حلب', 'قصفت الطائرات حمص', 'زيارة موسكو';
        # 'هاجم الرئيس عمر' (a small village) is none
        return place.population >= STRUCK_CITY and any(
            w in STRUCK or w[:1] in ("و", "ف") and w[1:] in STRUCK for w in toks.text[max(0, i - STRUCK_REACH):i])

    @staticmethod
    def _adjective_after(prev: str, tok: str) -> bool:
        """A country's name that is also a nationality adjective is the adjective after its noun:
        'الغارات السعودية' (the Saudi raids), 'وسائل إعلام سورية' (Syrian media). The adjective
        agrees in definiteness, so after an indefinite noun 'السعودية' is the country ('وزيرا
        خارجية السعودية'); after a preposition or a word of the STOP list ('في سورية', 'إن
        سورية', 'مع سورية') and after a verb that agrees with it ('اتهمت سورية') it is too."""
        if prev in PLACE_PREPS or feminine_perfect(prev):
            return False
        return prev.startswith("ال") if tok.startswith("ال") else prev not in STOP

    def _after_cue(self, toks: Words, i: int, cue: str, taken: set[int]):
        """Place names after a cue word: one name, or two joined by و after a dual cue."""
        out = []
        j = i + 1
        while j < len(toks.text) and toks.text[j] in self.actors.demonyms:
            j += 1  # 'العاصمة السورية دمشق', 'مدينة الموصل العراقية' (after the name: left alone)
        if j > i + 1 and j < len(toks.text) and toks.text[j].startswith("و"):
            return out  # 'بالعاصمة الجزائرية وعدة ولايات': the cue and its nationality, then 'and'
        if j < len(toks.text) and not CLAUSE_MARKS.isdisjoint(self._norm[toks.end[j - 1]:toks.start[j]]):
            return out  # a comma after the cue: 'رهينة إسرائيليا أحياء، ضمن المرحلة' (alive)
        while j < len(toks.text) and len(out) < 4:
            if j in taken or toks.text[j] in CUES or toks.text[j] != toks.text[i] and _cue(toks.text[j]):
                # 'مطار مدينة بورتسودان': the next cue names the place, not 'مدينة' (Medina); so
                # does one with a preposition ('قرية بولاية الوحدة')
                break
            if toks.text[j].startswith("و") and toks.text[j][1:] in SETTLEMENT_NOUNS:
                break  # 'قرى وبلدات في جبل الزاوية' (villages and towns): no name yet
            quoted_end = self._quoted_name_end(toks, j)
            m = _match(self.gaz, 4, toks, j)
            if m and toks.text[j][:len(toks.text[j]) - len(m[0][0])] not in ("", "و"):
                m = None  # a name after its cue has no preposition: 'مدينة بارا' is not ب + Arrah
            if quoted_end:
                # A name in quotes after a cue is a name even when it is also a common word
                # ('قرى "الجديدة" و"أبو غتة"').
                if m and m[1] == quoted_end - j:
                    out.append((j, quoted_end, m[2][0], " ".join(m[0]), cue))
                else:
                    out.append((j, quoted_end, None, " ".join(toks.text[j:quoted_end]), cue))
                j = quoted_end
            elif m and (m[0][0] not in STOP
                        # after 'مدينة' or 'بلدة' a common word that names a town is its name:
                        # 'مدينة الأبيض' (El Obeid), 'مدينة الباب' (al-Bab)
                        or cue in ("city", "town") and m[2][0].kind in SETTLEMENTS
                        and m[0][0].startswith("ال") and len(m[0][0]) > 4):
                key, n, places = m
                # after 'مدينة' or 'العاصمة', 'تونس' is Tunis, not Tunisia
                place = self.gaz.lookup(key, settlement=cue in ("city", "town"),
                                        admin=cue in ("admin1", "admin2"))
                if place is not None and place.kind in LARGE and toks.text[i] in QUARTERS:
                    place = None  # 'حي المثنى' in Tal Afar: a quarter named after a province
                out.append((j, j + n, place, " ".join(key), cue))
                j += n
            else:
                name_end = self._unknown_name_end(toks, j)
                if name_end == j or not WEAK_CUES.isdisjoint(stems(toks.text[i])) and not _quoted(self._norm, toks.start[j]):
                    # ('بالعاصمة الجزائرية رافعين شعارات': a weak cue with a clitic is still weak)
                    break
                surface = " ".join(toks.text[j:name_end])
                out.append((j, name_end, None, surface, cue))
                j = name_end
            if toks.text[i] in CUE_IN_NAME and len(out) == 1:
                start, end, place, surface, kind = out[0]
                # (a street is named after anyone and anywhere: 'شارع جمال عبد الناصر' is no
                # Djemmal, 'شارع حيفا' in Baghdad no Haifa)
                if place is None or place.rank > 1 or toks.text[i] in STREETS:
                    if toks.text[i] in STREETS and place is not None:
                        end = self._unknown_name_end(toks, start)
                        surface = " ".join(toks.text[start:end])
                    out[0] = (i, end, None, f"{toks.text[i]} {surface}", kind)
            if cue == "countryside":
                while j < len(toks.text) and toks.text[j] in DIRECTIONS:
                    j += 1
                first = out[0]
                out = [(i, j, first[2], "ريف " + " ".join(toks.text[first[0]:j]), cue)]
                break
            # Dual and plural cues (قريتي X وY) list several names joined by و.
            if j < len(toks.text) and toks.text[j].startswith("و") and (
                    cue in ("town", "neighbourhood") and toks.text[i] not in ("حي", "قريه", "بلده", "مدينه")
                    or toks.text[i] in DUAL_CUES):
                if toks.text[j] == "و":
                    j += 1
                    continue
                if len(toks.text[j]) > 2:
                    toks.text[j] = toks.text[j][1:]  # 'وY': the name is Y
                    toks.start[j] += 1
                    toks.retag(j, self.tag(toks.text[j]))
                    continue
            break
        return out

    def _quoted_name_end(self, toks: Words, j: int) -> int | None:
        """End of a name of at most four words between quotation marks that open at token j."""
        if j >= len(toks.text) or not _quoted(self._norm, toks.start[j]):
            return None
        for k in range(j, min(j + 4, len(toks.text))):
            after = self._norm[toks.end[k]:toks.end[k] + 1]
            if after and after in "\"'":
                return k + 1
            if k + 1 < len(toks.text) and self._norm[toks.end[k]:toks.start[k + 1]].strip():
                return None  # punctuation inside: not a plain quoted name
        return None

    @staticmethod
    def _unknown_name_end(toks: Words, j: int) -> int:
        """End of an unknown place name: one word, or two for an idafa like 'صلاح الدين'."""
        if j >= len(toks.text):
            return j
        first = toks.text[j]
        if first in STOP or first.isdigit() or len(first) < 2 or first in DIRECTIONS or first in NOT_NAMES \
                or first in PLACE_PREPS:  # 'في قرية قرب الجنينة': a village near Geneina, not 'قرب الجنينة'
            return j
        if first[:1] == "ب" and first[1:] in CLITIC_BEARINGS:
            return j  # 'في قرية بشمال كردفان': a village in North Kordofan (not 'بوالي', a name)
        if first[0] in "وف" and first.endswith("وا") and len(first) >= 5:
            return j  # 'على قرية وقتلوا فيه ستة مدنيين': a verb joined by و, not a name
        end = j + 1
        if end < len(toks.text) and (not first.startswith("ال") or first in PLACE_HEADS) \
                and toks.text[end] not in DIRECTIONS \
                and toks.text[end] not in STOP and toks.text[end] not in NOT_NAMES \
                and (toks.text[end].startswith("ال") or first in PLACE_HEADS):
            end += 1
        return end

    def _actors(self, toks: Words) -> list[tuple[int, int, str, str, str]]:
        """(i, j, canonical, type, country) for actor mentions in one sentence."""
        lex = self.actors
        found = []
        i = 0  # the first token not yet part of an actor
        for k in toks.having(ACTOR):
            if k < i:
                continue
            m = _match(lex, lex.max_len, toks, k)
            if m and m[2].country == NAMED_BY_GENTILIC and not (
                    k + m[1] < len(toks.text) and toks.text[k + m[1]] in lex.demonyms
                    and not (k and (toks.text[k - 1].startswith("ال") or MINISTER in toks.text[k - 1]))):
                # 'الخارجية الأمريكية' (the US State Department); not 'السياسة الخارجية
                # الأمريكية' (after a definite noun it is an adjective), 'العلاقات الخارجية', or
                # 'وزيرة الخارجية البريطانية' (the minister)
                continue
            if m and k and toks.text[k - 1] in CARRIERS:
                continue  # 'حاملة طائرات' (an aircraft carrier): no aircraft acting
            if m and m[1] == 1 and k > 1 and toks.text[k] in leader_names() and toks.text[k - 1] not in lex.demonyms \
                    and (toks.text[k - 1] not in STOP or toks.text[k - 1] == ALI) \
                    and any(toks.tags[p] & TITLE for p in range(max(0, k - 6), k - 1)):
                continue  # the end of a name after a title: 'الرئيس الأمريكي دونالد ترامب' (a person)
            if m and m[0] == BASE and (self._base_told or k and toks.text[k - 1] in BUILDING_PARTS
                                       or k + 1 < len(toks.text) and toks.text[k + 1] in lex.demonyms):
                # 'عند مدخل القاعدة' (at the base's gate), 'أمام القاعدة الفرنسية' (the French
                # base): a military base, not al-Qaeda; so in an article that told of a base
                # ('هجوم على قاعدة عسكرية ... سيطروا على القاعدة') and names no al-Qaeda
                continue
            if m and m[2].type == "civilians" and k and (MINISTER in toks.text[k - 1] or toks.text[k - 1] in OFFICE_OF):
                continue  # the people an office serves: 'وزير اللاجئين', 'وكالة غوث وتشغيل اللاجئين'
            if m:
                key, n, actor = m
                country = "*" if actor.country == NAMED_BY_GENTILIC else actor.country
                j = k + n
                if j + 1 < len(toks.text) and toks.text[j] in ARMS and toks.text[j + 1] in lex.demonyms:
                    j += 1  # 'طائرات حربية تركية': a military adjective, then the nationality
                while j < len(toks.text) and toks.text[j] in lex.demonyms and j - k < 6:
                    if country == "*" or j == k + n and country and actor.canonical in NAMED_BY_OCCUPIER:
                        country = lex.demonyms[toks.text[j]]  # ('الاحتلال التركي': Turkey's)
                    j += 1
                found.append((k, j, actor.canonical, actor.type, country))
                i = j
        return found

    def _people(self, toks: Words, taken: set[int]) -> list[tuple[int, int]]:
        spans = []
        for i in toks.having(TITLE):
            j = i + 1
            while j < len(toks.text) and (toks.text[j] in self.actors.demonyms or toks.text[j] in PERSON_STOP
                                     or j in taken) and j - i < 6:
                if toks.text[j] in ("إن", "ان", "أن", "بأن", "قوله", "انه", "انها", "انهم", "بانه", "بانها"):
                    break
                if toks.text[j] == ALI and j + 1 < len(toks.text) and not toks.text[j + 1].startswith("ال") \
                        and toks.text[j + 1] not in PERSON_STOP and toks.text[j + 1] not in NOT_AFTER_ALI \
                        and toks.text[j + 1] not in CUES and not toks.tags[j + 1] & TITLE \
                        and (toks.tags[j - 1] & TITLE or toks.text[j - 1] in self.actors.demonyms
                             or toks.text[j - 1] in PERSON_STOP and toks.text[j - 1] not in STOP):
                    break  # the given name Ali, not 'على' (both 'علي' once normalized): 'وزير الداخلية علي يرلي كايا'
                j += 1
            if j < len(toks.text) and (toks.text[j] in NAME_END or toks.text[j] in CUES):
                continue  # ('رئيس بلدية بلدة نوى': a body and its place, no name)
            k = j + 1 if j < len(toks.text) and toks.text[j] == ALI else j  # (the given name Ali, above)
            while k - j < 3 and self._name_goes_on(toks, j, k, taken):
                k += 1
            given = j < len(toks.text) and toks.text[j] in given_names()
            if not given and j < len(toks.text) and (toks.text[j] in event_words() or _deed_object(toks.text[j])):
                continue  # 'أكد وزير الخارجية الأردني دعم بلاده', 'هدد الرئيس بعرقلة ...': a deed, no name
            if k == j + 1 and toks.text[j] in COMPOUND_HEADS and self._family_name(toks, k, taken):
                k, given = k + 1, True  # 'عبد الفتاح', 'عبد الله'
                if self._name_goes_on(toks, j, k, taken):
                    k += 1  # and a family name: 'عبد المجيد تبون'
            if given and k - j < 4 and self._family_name(toks, k, taken):
                k += 1  # 'بشار الأسد', 'نوري كامل المالكي': a given name, then a family name in ال
            elif given and k - j == 2 and k < len(toks.text) and k not in taken and toks.text[k].startswith("ال") \
                    and toks.text[k] in self.actors.demonyms and not toks.text[j + 1].startswith("ال"):
                # a family name that is a nisba, after a given name and a father's name: 'محمد شياع
                # السوداني' (a definite adjective does not follow an indefinite name)
                k += 1
            if k - j >= 2:
                spans.append((j, k))
        return spans

    def _name_goes_on(self, toks: Words, j: int, k: int, taken: set[int]) -> bool:
        """Token k goes on a name begun at j after a title: not a stop word, a title, what the
        person did ('الرئيس الروسي فلاديمير بوتين إطلاق عملية': an event word), a number, a
        definite word or one after a comma."""
        if k >= len(toks.text) or k in taken:
            return False
        tok = toks.text[k]
        return tok not in PERSON_STOP and tok not in NAME_END and not toks.tags[k] & TITLE \
            and not (k > j and (_deed_object(tok) or tok in event_words())) \
            and not (k > j and not CLAUSE_MARKS.isdisjoint(self._norm[toks.end[k - 1]:toks.start[k]])) \
            and tok not in ("انه", "انها", "انهم") and not tok.isdigit() \
            and not tok.startswith(("ال", "و", "بال", "لل")) \
            and not (k >= j + 2 and tok[:1] in ("ي", "ت") and tok not in given_names() and tok not in leader_names()
                     and toks.text[j] not in COMPOUND_HEADS)  # ('عبد المجيد تبون' is a name)
        # (a third word in the imperfect is what the person does: 'وزير الدفاع إيهود باراك يدرس')

    def _family_name(self, toks: Words, k: int, taken: set[int]) -> bool:
        """Token k may be part of a name although it begins with ال: not a day, a title, a
        direction, a nationality or a stop word, nor part of an actor or a place."""
        if k >= len(toks.text) or k in taken or toks.tags[k] & (DAY | TITLE):
            return False
        tok = toks.text[k]
        return tok.startswith("ال") and len(tok) > 3 and tok not in PERSON_STOP and tok not in DIRECTIONS \
            and tok not in self.actors.demonyms

    def find(self, doc: Normalized, max_entities: int = 2000) -> list[Entity]:
        """All entities of an article, sentence by sentence, places resolved in context."""
        self._norm = doc.norm
        self._base_told = BASE_TOLD.search(doc.norm) is not None and AL_QAEDA.search(doc.norm) is None
        raw: list[tuple[int, Words, list[_Span]]] = []
        votes: Counter[str] = Counter()
        movements: Counter[str] = Counter()  # countries of the armed movements named
        acting: Counter[str] = Counter()  # countries named with no word of place before them
        texts, starts, ends = token_lists(doc.norm)
        tags = list(map(self.tag, texts))
        anchor = dates.parse_iso(doc.pub_date) if doc.pub_date else None
        # The dateline's city tells the article's country as a country's name does ('عدن -').
        filed = self.gaz.lookup(tuple(doc.dateline.split()), settlement=True) if doc.dateline else None
        if filed is not None:
            votes[filed.country] += 3
        for sent, (s, e) in enumerate(doc.sentences):
            a = bisect_left(starts, s)
            b = bisect_left(starts, e, a)
            toks = Words(texts[a:b], starts[a:b], ends[a:b], tags[a:b])
            spans: list[_Span] = []
            taken: set[int] = set()
            for i, j, canonical, atype, country in self._actors(toks):
                if j - i == 1 and toks.text[i] in TRAILING_ACTORS and spans and spans[-1].j == i:
                    # 'مسلحون صوماليون مجهولون': unknown describes the doers before it
                    last = spans[-1]
                    spans[-1] = _Span(last.i, j, _entity(doc, sent, toks, last.i, j, "organization",
                                                         kind=last.entity.kind, actor=last.entity.actor))
                    taken.update(range(i, j))
                    continue
                spans.append(_Span(i, j, _entity(doc, sent, toks, i, j, "organization", kind=atype,
                                                 actor={"name": canonical, "type": atype, "country": country})))
                taken.update(range(i, j))
                if atype in HOME_ACTORS and country and country != "*":
                    # a country's authorities and police act at home ('السلطات الصومالية'); its
                    # armed forces and envoys may be abroad
                    votes[country] += 1
                elif atype in HOME_MOVEMENTS and country and country not in "*+":
                    movements[country] += 1
            for i, j, place, surface, cue in self._places(toks, taken):
                ent = _entity(doc, sent, toks, i, j, "location", kind=cue or (place.kind if place else None))
                ent.value = {"surface": surface, "place": place, "cue": cue}
                spans.append(_Span(i, j, ent))
                if place is not None and (j - i > 1 or place.kind in ("country", "admin1")
                                          or self.gaz.prominence(tuple(surface.split()), place.country)
                                          >= 100_000) \
                        and not (cue in LOCAL_CUES and place.kind not in LOCAL_CUES):
                    # (a village or quarter named like a province or a city tells nothing of
                    # the country)
                    if place.kind != "country":
                        votes[place.country] += 1
                    elif self._located(toks, i, surface):
                        votes[place.country] += 3
                    else:
                        acting[place.country] += 3
                taken.update(range(i, j))
            for i, j in self._people(toks, taken):
                spans.append(_Span(i, j, _entity(doc, sent, toks, i, j, "person")))
            days = self._days(doc, sent, s, e, toks, anchor)
            spans += days
            in_dates = {k for span in days for k in range(span.i, span.j)}
            for q in find_quantities(toks.text, toks.having(QUANTITY)):
                if q.start in in_dates:
                    continue  # the day or the year of a date ('12 كانون الأول 2016') counts nothing
                spans.append(_Span(q.start, q.end, _entity(doc, sent, toks, q.start, q.end, "quantity",
                                                          value={"value": q.value, "qualifier": q.qualifier})))
            raw.append((sent, toks, spans))
        told = votes or acting or movements or self._peoples(raw)
        main_country = told.most_common(1)[0][0] if told else None
        entities = self._resolve(doc, raw, main_country, filed)
        if len(entities) > max_entities:
            raise TooLarge(f"{len(entities)} entities, limit {max_entities} (RASD_MAX_ENTITIES)")
        return entities

    @staticmethod
    def _days(doc: Normalized, sent: int, s: int, e: int, toks: Words, anchor) -> list[_Span]:
        """Date entities: absolute dates, weekdays and relative day words, with the day each
        names against the publication date (value: day as ISO or None, kind)."""
        out: list[_Span] = []
        if not toks.having(DAY):
            return out
        for start, end, day, kind in dates.day_mentions(doc.norm, anchor, s, e, toks.text, toks.start):
            i = bisect_left(toks.start, start)
            j = bisect_left(toks.start, end, i)
            if j > i:
                out.append(_Span(i, j, _entity(doc, sent, toks, i, j, "date",
                                               value={"day": day.isoformat() if day else None, "kind": kind})))
        return out

    def _resolve(self, doc: Normalized, raw, main_country: str | None, filed: Place | None = None) -> list[Entity]:
        entities: list[Entity] = []
        mentions: Counter[str] = Counter()
        for sent, toks, spans in raw:
            for span in spans:
                ent = span.entity
                if ent.type == "organization" and ent.actor and ent.actor["country"] == "*":
                    ent.actor["country"] = main_country
                if ent.type == "location" and ent.value["cue"] == "capital":
                    said = ent.value["surface"].split()[1:]
                    capital = self.gaz.capital(self.actors.demonyms[said[0]] if said else main_country)
                    if capital is None:
                        ent.type = "dropped"  # the capital of a country the article does not tell
                        continue
                    ent.kind = capital.kind
                    ent.value.update(place=capital, cue=None)
                    mentions[capital.id] += 1
                    continue
                if ent.type == "location" and ent.value["cue"] == "homeland":
                    if main_country is None:
                        ent.type = "dropped"  # (the country of an article that tells none)
                        continue
                    ent.kind = "country"
                    home = self.gaz.by_id[f"cldr:{main_country}"]
                    ent.value.update(place=home, cue=None, homeland=True)
                    continue
                if ent.type == "location" and ent.value["cue"] == "government":
                    ent.kind = "country"  # (the country it speaks for, whatever else the name is)
                    ent.value.update(cue=None, government=True)
                    continue
                if ent.type != "location" or ent.value["place"] is None:
                    continue
                key = tuple(ent.value["surface"].split())
                if ent.value["cue"] == "countryside":
                    key = key[1:]
                    while key and key[-1] in DIRECTIONS:
                        key = key[:-1]
                # a dateline names a city ('عمان -' is Amman, 'الكويت -' Kuwait City)
                dateline = sent == 0 and span.i == 0 and doc.dateline == ent.value["surface"]
                best = self.gaz.lookup(key, main_country,
                                       settlement=dateline or ent.value["cue"] in ("city", "town"),
                                       admin=ent.value["cue"] in ("admin1", "admin2")) \
                    or ent.value["place"]
                if best.kind == "country" and not ent.value["cue"] and not dateline:
                    best = self._namesake_city(key, best, raw)
                if best.country != main_country and len(key) > 1 and key[0] in CUES:
                    # a name that begins with a cue word ('مدينة زنجبار', Zanzibar City): in an
                    # article about another country, the cue and a place of that country
                    # ('مدينة' + Zinjibar in Yemen)
                    rest = self.gaz.lookup(key[1:], main_country, settlement=CUES[key[0]] in ("city", "town"))
                    if rest is not None and rest.country == main_country:
                        best = rest
                # ('ريف إدلب' in an article about Turkey's troops is Idlib's: a countryside is
                # named after a known city or province, never after an unknown village)
                curated = (key, best.id) in self.gaz.chosen or ent.value["cue"] == "countryside" \
                    or best.country in SETTLED and _settlement_cue(toks, span.i)  # ('مستوطنة كريات شمونة')
                if best.country != main_country and best.kind != "country" and not curated \
                        and best.country not in SHARED_LAND.get(main_country, ()) \
                        and ((ent.value["cue"] and main_country or _common_words(key) and not ent.value["cue"])
                             and self.gaz.prominence(key, best.country) < 500_000
                             or main_country and ent.value["cue"] in LOCAL_CUES) \
                        and not _authorities_of(best.country, spans) and not self._capital_visited(best, toks, span.i) \
                        and not (main_country is None and _word_before(toks, span.i) in PLACE_PREPS
                                 and self.gaz.prominence(key, best.country) >= CITY_ABROAD) \
                        and not (span.i > 1 and toks.text[span.i - 1] in PLACE_PREPS
                                 # (past an adjective of the aim: 'على هدف حيوي في إيلات')
                                 and not AIMS.isdisjoint(toks.text[max(0, span.i - 3):span.i - 1])
                                 and self.gaz.prominence(key, best.country) >= AIMED_CITY) \
                        and not self._city_abroad(best, key, ent.value["cue"], main_country) \
                        and not (span.j < len(toks.text) and self.actors.demonyms.get(toks.text[span.j]) == best.country):
                    # (the place's own nationality after it says it is that country's: 'منطقة
                    # كورسك الروسية' in an article filed from Kyiv)
                    # A small foreign namesake: after a cue it is an unknown local place,
                    # without one it is most likely an ordinary word. A village, a quarter or a
                    # camp abroad is a local one whatever the size of its namesake ('قرى
                    # "الجديدة"' in a Syrian article is no Moroccan province). In an article
                    # whose country nothing tells, a known name after a cue is that place.
                    if not ent.value["cue"]:
                        ent.type = "dropped"
                        continue
                    best = None
                ent.value["place"] = best
                if best is not None and best.kind != "country":
                    mentions[best.id] += 1
        # What an unknown place with no known place beside it lies in: the article's most told
        # place, else the city it was filed from for a quarter of it, else its country.
        country_place = self.gaz.by_id.get(f"cldr:{main_country}") if main_country else None
        article_place = self.gaz.by_id[mentions.most_common(1)[0][0]] if mentions else None
        local = filed if filed is not None and filed.country == main_country else country_place
        for _sent, toks, spans in raw:
            located = sorted((s for s in spans if s.entity.type == "location"), key=lambda s: s.i)
            for a, b in zip(located, located[1:]):
                # 'بمنطقة الرياض في محافظة الحديدة': a place named after a cue, then its province
                # in another country: a local place of that name (not Saudi Riyadh Province); or
                # then 'in' a city or province of the article's country ('بمديرية المنصورة في
                # عدن', not Egypt's Mansoura)
                inner, outer = a.entity.value["place"], b.entity.value["place"]
                if inner is not None and outer is not None and _cue_of(a.entity.value) \
                        and (_cue_of(b.entity.value) in ("admin1", "admin2") and 0 <= b.i - a.j <= 2
                             or outer.kind != "country" and outer.country == main_country and b.i - a.j == 1
                             and toks.text[a.j] == IN_WORD) \
                        and inner.country != outer.country and inner.kind != "country":
                    a.entity.value["place"] = None
            for span in spans:
                ent = span.entity
                if ent.type == "dropped":
                    continue
                if ent.type == "location":
                    ent.place = self._location(span, located, article_place or (
                        local if ent.value["cue"] in ("neighbourhood", "camp") else country_place))
                    if ent.value.get("government"):
                        ent.place["name"] = ent.value["place"].name_ar  # 'موسكو' acts as 'روسيا'

                entities.append(ent)
            for span in located:  # (after the sentence: an unknown place looks back at known ones)
                span.entity.value = None
        return entities

    def _city_abroad(self, place: Place, key: tuple[str, ...], cue: str | None, main_country: str | None) -> bool:
        """'مدينة إيلات' in an article whose country is Yemen: after the cue 'city', a city of
        CITY_ABROAD people or more, when no place of the article's country has that name, is
        that city abroad (a village or quarter named like one is the local place)."""
        return cue == "city" and place.kind == "city" and place.population >= CITY_ABROAD \
            and not any(p.country == main_country for p in self.gaz.by_name.get(key, ()))

    def _capital_visited(self, place: Place, toks: Words, i: int) -> bool:
        """A capital after a preposition: where talks abroad are held, whatever its size ('اتفاق
        ... في جوبا'); 'شارع القدس' in Baghdad is a street."""
        return place.kind == "city" and self.gaz.capital(place.country) is place \
            and _word_before(toks, i) in PLACE_PREPS

    @staticmethod
    def _located(toks: Words, i: int, surface: str) -> bool:
        """A country named as where something is: after a word of place ('في سوريا', 'شمال
        العراق') or with a preposition clitic ('بسوريا'). Named bare, it acts or is acted on
        ('قصفت روسيا مواقع في إدلب'): the article's country only when no place tells it, or the
        towns of the country it strikes were taken for small foreign namesakes."""
        tok = toks.text[i]
        first = surface.split(" ", 1)[0]
        # (a clitic before the name, not the name's own first letter: 'وبريطانيا' is 'and Britain')
        clitics = tok[:len(tok) - len(first)] if tok.endswith(first) else ""
        return _word_before(toks, i) in PLACE_PREPS or "ب" in clitics or "ل" in clitics

    def _peoples(self, raw) -> Counter[str]:
        """Countries of the peoples an article names ('تظاهر آلاف الجزائريين في العاصمة'): the last
        sign of its country, when no place, home actor or armed movement tells it."""
        told: Counter[str] = Counter()
        for _sent, toks, _spans in raw:
            for tok in toks.text:
                if tok.endswith(PEOPLE_ENDINGS) and tok in self.actors.demonyms:
                    told[self.actors.demonyms[tok]] += 1
        return told

    def _namesake_city(self, key: tuple[str, ...], country: Place, raw) -> Place:
        """A country's name that is also a great city of another country ('عمان': Oman, and
        Amman) is the city when the article tells of the city's country more than of the other
        one, by its places or its people ('العاهل الأردني')."""
        city = next((p for p in self.gaz.by_name.get(key, ()) if p.kind == "city"
                     and p.country != country.country and p.population >= NAMESAKE_CITY), None)
        if city is None:
            return country
        told: Counter[str] = Counter()
        for _sent, toks, spans in raw:
            for span in spans:
                place = span.entity.value["place"] if span.entity.type == "location" and span.entity.value else None
                if place is not None and tuple(span.entity.value["surface"].split()) != key:
                    told[place.country] += 1
            for tok in toks.text:
                if tok in self.actors.demonyms:
                    told[self.actors.demonyms[tok]] += 1
        return city if told[city.country] > told[country.country] else country

    def _location(self, span: _Span, located: list[_Span], fallback: Place | None) -> dict | None:
        info = span.entity.value
        place: Place | None = info["place"]
        matched = info["surface"].split(" ", 1)[0]
        first = span.entity.norm.split(" ", 1)[0]
        # (a cue's stem first: 'بالعاصمة الكويتية' is written 'العاصمة الكويتية')
        bare = next((f for f in stems(first) if f in CUES or f == COUNTRYSIDE), None) \
            or next((f for f in stems(first) if f == matched), first)
        surface = without_clitic(span.entity.text, span.entity.norm, bare)
        if info["cue"] == "countryside" and place is not None:
            admin = self.gaz.admin1_of(place) or place
            loc = admin.as_location(name=surface, precision="admin1")
            loc.update(gazetteer_id=None, kind="countryside", name_en=f"{place.name_en} countryside")
            loc["container_id"] = admin.id
            return loc
        if place is not None:
            # ('في شمال البلاد' is named by the country's name)
            return place.as_location(name=place.name_ar if info.get("homeland") else surface)
        # Unknown name after a cue: place it inside the nearest known place in the sentence,
        # looking ahead first ('قرية X بريف حلب'), then back, then the article's main place.
        container = None
        after = [s for s in located if s.i >= span.j and s.entity.value and s.entity.value["place"]]
        before = [s for s in located if s.j <= span.i and s.entity.value and s.entity.value["place"]]
        if after and after[0].i - span.j <= 8:
            container = after[0].entity.value["place"]
        elif before:
            container = before[-1].entity.value["place"]
        else:
            container = fallback
        loc = {"name": surface, "name_en": None, "country": None, "admin1": None, "lat": None,
               "lon": None, "gazetteer_id": None, "precision": "unknown", "kind": info["cue"]}
        if container is not None:
            admin = self.gaz.admin1_of(container)
            loc.update(country=container.country,
                       admin1=container.admin1 or (container.name_en if container.kind == "admin1" else None),
                       lat=container.lat, lon=container.lon, container_id=container.id,
                       precision="near" if container.rank <= 1 else (
                           "admin1" if container.rank == 3 or admin is container else PRECISION[container.rank]))
        return loc


_FINDER: EntityFinder | None = None


def find_entities(doc: Normalized, max_entities: int = 2000) -> Annotated:
    """Entities stage entry point: annotate a normalized article."""
    global _FINDER
    if _FINDER is None:
        _FINDER = EntityFinder()
    return Annotated(doc=doc, entities=_FINDER.find(doc, max_entities))


def day_words(doc: Normalized, sent: int, words: list[str] | None = None) -> str | None:
    """The ISO day a sentence's time words point to, against the publication date (`words`:
    the sentence's tokens, if the caller has them)."""
    anchor = dates.parse_iso(doc.pub_date) if doc.pub_date else None
    s, e = doc.sentences[sent]
    day = dates.relative_day(doc.norm[s:e], anchor, words)
    return day.isoformat() if day else None
