"""Second, independent annotation of the 20 texts of corpora/agreement (inter-annotator agreement).

Written from the texts alone, blind to the first annotation and to presskz, following
corpora/releases/GUIDELINES.md (schema 1.1). Spans are given as exact text + occurrence /
`after=` anchor and resolved by ../releases/tools/goldlib.py, which asserts
text == content[start:end].  Run: python corpora/agreement/build_gold_agree.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "releases", "tools"))
from goldlib import Gold, build  # noqa: E402

AGREE_DIR = HERE

COMMON_NOTES = [
    "Second annotator, blind to the first annotation of these texts and to presskz output; conventions of corpora/releases/GUIDELINES.md (schema 1.1).",
    "Publication date: not shown in these stored copies unless the text itself states 'бүгін, <date>' (then reference_date = that date); otherwise reference_date null, years unknown -> 'XXXX-..', deictic words -> PAST_REF / PRESENT_REF / FUTURE_REF. url unknown.",
    "Events: one entry per mention, `cluster` groups the mentions of one happening (c1, c2 ... in order of first mention). Status of every mention = tense of its own clause's main verb (GUIDELINES, read literally), even for a nominal re-mention (so 'өрттің себебі анықталып жатыр' is 'ongoing'). when/where = texts as written in the mention's own clause.",
    "Quotes: '..., деп хабарлайды <outlet>' is an indirect quote with speaker_entity = the outlet; 'Бұл туралы X хабарлады/айтты' reports the preceding sentence; '..., делінген хабарламада' (a body's message) is direct with speaker_entity = that body. A quote that opens with a quoted name («Эйр Астана» ..., «ЦифрлықҚазақстан» ...) where the opening mark of the name doubles as the quote's opening mark: span starts at the name's opening «.",
    "Organisation names followed by a generic descriptor ('Air Astana әуе компаниясы', '«Қазақтелеком» АҚ') -> ORGANISATION = the name only (for quoted names, the text inside the quotes). Streets: '<Name> көшесі' = FACILITY with the head noun (a street is a named facility, unlike admin units, whose admin word is dropped). Phone numbers (incl. 112 / 102 service numbers) = CONTACT, not quantities.",
    "Holidays named only as a time frame ('Жаңа жыл мерекесі кезінде', 'мереке күндері') or as what an event is dedicated to ('Республика күніне арналған') are not event mentions (they are EVENT entities when named).",
]


def new(doc_id, ref, publisher, kind, outlet=None, published=None, text_kind="release"):
    g = Gold(doc_id, ref, folder=AGREE_DIR, publisher=publisher, publisher_kind=kind, url="unknown",
             published=published, outlet=outlet, text_kind=text_kind)
    for s in COMMON_NOTES:
        g.note(s)
    return g


# ---------------------------------------------------------------------------------------------
def air_astana_middle_east():
    g = new("air-astana-middle-east-resumption", "2025-06-24", "Air Astana", "company",
            outlet="Zakon.kz", published="2025-06-24", text_kind="report")
    g.note("reference_date = 2025-06-24 from the text's own 'бүгін, 2025 жылғы 24 маусымда' (the day of the report).")
    g.note("'Таяу Шығыс' = LOCATION. 'Telegram-каналында': PRODUCT 'Telegram' (the name part of the hyphenated word). '2025 жылғы 25 маусымнан бастап' = open range '2025-06-25/' (like the seed's '/2020' for 'дейінгі').")
    g.note("Events: c1 = the big carriers' suspension of flights to the region (type other, past). c2 = Air Astana's resumption of Middle East flights: 'ұшуларды қайта бастауға' (the lead; clause verb 'жариялады' is past, but the resumption itself is not yet done: status future, the clause is about a plan/condition) and 'қайта жандандыруды жоспарлап отыр' (future). 'оқ ату тоқтатылса' (conditional ceasefire) and 'кешігіп ұшуы мүмкін' (possible delays) are not events. No headline in the stored copy.")
    g.note("Quotes: lead '..., деп хабарлайды Zakon.kz' (indirect, outlet); 'Компанияның Telegram-каналында жарияланған мәліметке сәйкес, ...' (indirect, speaker_entity Air Astana); '... кешігіп ұшуы мүмкін екені айтылған' (impersonal, but the source is the company's message of the previous sentence: indirect, speaker_entity Air Astana - judgement call); the \"...\" '– делінген ресми хабарламада' direct, speaker_entity Air Astana.")
    g.ent("Таяу Шығыстағы", "LOCATION", "Таяу Шығыс")
    g.ent("Air Astana", "ORGANISATION", n=1)
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("Telegram", "PRODUCT")
    g.ent("Air Astana", "ORGANISATION", n=2)
    g.ent("Таяу Шығысқа", "LOCATION", "Таяу Шығыс")
    g.ent("Алматыдан", "GPE", "Алматы")
    g.ent("Дубай", "GPE")
    g.ent("Дохаға", "GPE", "Доха")
    g.tmp("бүгін", "relative", "2025-06-24")
    g.tmp("2025 жылғы 24 маусымда", "date", "2025-06-24")
    g.tmp("2025 жылғы 25 маусымнан бастап", "range", "2025-06-25/")
    g.ev("other", "тоқтатты", "past", cluster="c1", participants=["ірі әуе тасымалдаушылар"])
    g.ev("other", "бастауға", "future", when="бүгін, 2025 жылғы 24 маусымда", cluster="c2", participants=["Air Astana"])
    g.ev("other", "жандандыруды", "future", when="2025 жылғы 25 маусымнан бастап", where="Таяу Шығысқа",
         cluster="c2", participants=["Air Astana"])
    g.quote("Алайда бүгін, 2025 жылғы 24 маусымда, Air Astana әуе компаниясы ұшуларды қайта бастауға қатысты шартты жариялады",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Zakon.kz")
    g.quote("Air Astana 2025 жылғы 25 маусымнан бастап ресми түрде оқ ату тоқтатылса, Таяу Шығысқа рейстерді қайта жандандыруды жоспарлап отыр",
            None, "мәліметке сәйкес", kind="indirect", speaker_entity="Air Astana")
    g.quote("Алматыдан Дубай мен Дохаға ұшатын рейстердің жағдайды бағалау мақсатында кешігіп ұшуы мүмкін екені",
            None, "айтылған", kind="indirect", speaker_entity="Air Astana")
    g.quote("Жолаушылардан рейстердің мәртебесін компанияның ресми сайтынан бақылап отыруды сұраймыз", None, "делінген",
            speaker_entity="Air Astana")
    g.announce(headline=None, issuer="Air Astana", outlet="Zakon.kz", published="2025-06-24", place=None, main_event="c2")
    return g.save()


def air_astana_ukraine():
    g = new("air-astana-ukraine-airspace", None, "Air Astana (press service)", "company",
            outlet="Skifnews.kz", text_kind="report")
    g.note("No publication date in the text (the MH17 crash of 17 July, year not stated): '17 шілде күні' -> XXXX-07-17.")
    g.note("'Эйр Астана' = ORGANISATION (inside the quotes; also unquoted in the lead). The press service '«Эйр Астана» әуе компаниясының баспасөз қызметі' starts with a quoted name: only 'Эйр Астана' is annotated (quoted-name rule). 'Facebook.com' = PRODUCT (the social network). The route 'Атырау-Амстердам-Атырау' = three GPE spans (no class for routes). 'Донецк облысында' -> GPE 'Донецк'. 'Boeing' = PRODUCT. 'Қазақстанның Сыртқы істер министрлігінің баспасөз хатшысы' = one POSITION.")
    g.note("Events: c1 = Air Astana's suspension of flights via/to Kyiv (type other): headline 'тоқтатты' and the lead 'тоқтатты', past. 'ұшпайтындығын' is the content of the message (a state), 'бағыты өзгертіледі' a route change: not annotated. c2 = the Malaysia Airlines crash (incident): 'апатқа ұшырады' and the re-mention 'апатқа ұшыраған', past.")
    g.note("Quotes: lead (indirect, Skifnews.kz); '... ұшпайтындығын хабарлады' (indirect, speaker_entity the airline's press service); the «...» '..., делінген хабарламада' (direct, same speaker_entity; its opening « is the one of «Эйр Астана»); 'Нұржан Айтмахановтың айтуынша, ...' (indirect).")
    g.ent("Эйр Астана", "ORGANISATION", n=1)
    g.ent("Киев", "GPE", n=1)
    g.ent("Эйр Астана", "ORGANISATION", n=2)
    g.ent("Киевке", "GPE", "Киев")
    g.ent("Skifnews.kz", "ORGANISATION")
    g.ent("Украинаға", "GPE", "Украина")
    g.ent("Эйр Астана", "ORGANISATION", n=3)
    g.ent("Facebook.com", "PRODUCT")
    g.ent("Эйр Астана", "ORGANISATION", n=4)
    g.ent("Украина", "GPE", after="ұшақтары")
    g.ent("Эйр Астана", "ORGANISATION", n=5)
    g.ent("Лондонға", "GPE", "Лондон")
    g.ent("Франкфурт", "GPE")
    g.ent("Анталияға", "GPE", "Анталия")
    g.ent("Украина", "GPE", after="бағыттары")
    g.ent("Атырау", "GPE", n=1)
    g.ent("Амстердам", "GPE")
    g.ent("Атырау", "GPE", n=2)
    g.ent("Malaysia Airlines", "ORGANISATION")
    g.ent("Украинаның", "GPE", "Украина")
    g.ent("Донецк", "GPE")
    g.ent("Қазақстанның Сыртқы істер министрлігінің баспасөз хатшысы", "POSITION")
    g.nested("Қазақстанның Сыртқы істер министрлігінің", "ORGANISATION", "Қазақстанның Сыртқы істер министрлігі")
    g.nested("Қазақстанның", "GPE", "Қазақстан")
    g.ent("Нұржан Айтмахановтың", "PERSON", "Нұржан Айтмаханов")
    g.ent("Boeing", "PRODUCT")
    g.ent("қазақстандықтар", "NORP", "қазақстандық")
    g.qty("283", "cardinal", 283, unit="жолаушы")
    g.qty("15", "cardinal", 15, unit="экипаж мүшесі")
    g.tmp("17 шілде күні", "date", "XXXX-07-17")
    g.ev("other", "тоқтатты", "past", where="Киев арқылы", n=1, cluster="c1", participants=["«Эйр Астана» компаниясы"])
    g.ev("other", "тоқтатты", "past", where="Киевке", n=2, cluster="c1", participants=["Эйр Астана компаниясы"])
    g.ev("incident", "апатқа", "past", when="17 шілде күні", where="Украинаның Донецк облысында", n=1, cluster="c2",
         participants=["Malaysia Airlines"])
    g.ev("incident", "апатқа", "past", n=2, cluster="c2")
    g.quote("Эйр Астана компаниясы Киевке ұшуларды белгісіз уақытқа дейін тоқтатты", None, "деп хабарлайды",
            kind="indirect", speaker_entity="Skifnews.kz")
    g.quote("«Эйр Астана» ұшақтары Украина аумағы арқылы ұшпайтындығын", None, "хабарлады", kind="indirect",
            speaker_entity="«Эйр Астана» әуе компаниясының баспасөз қызметі")
    g.quote("«Эйр Астана» компаниясының Лондонға, Франкфурт пен Анталияға және кері қарай ұшатын бағыттары Украина аумағынан өтпейді. Ал Атырау-Амстердам-Атырау рейсінің ұшу бағыты өзгертіледі",
            None, "делінген", speaker_entity="«Эйр Астана» әуе компаниясының баспасөз қызметі")
    g.quote("апатқа ұшыраған Boeing ұшағының бортында қазақстандықтар болмаған", "Нұржан Айтмаханов", "айтуынша",
            kind="indirect")
    g.person("Нұржан Айтмаханов", ["Қазақстанның Сыртқы істер министрлігінің баспасөз хатшысы"],
             [("Нұржан Айтмахановтың",)])
    g.announce(headline="«Эйр Астана» компаниясы Киев арқылы ұшуларын тоқтатты",
               issuer="«Эйр Астана» әуе компаниясының баспасөз қызметі", outlet="Skifnews.kz", published=None,
               place=None, main_event="c1")
    return g.save()


def almaty_fire():
    g = new("almaty-advertising-agency-fire", None, "Almaty city Department of Emergency Situations", "emergency",
            outlet="Zakon.kz", text_kind="report")
    g.note("Year of the fire not stated (the 'бұған дейін 2025 жылғы 20 тамыздағы' order suggests 2025, but it is not said): '28 тамыз күні сағат 18:01-де' -> XXXX-08-28T18:01 and 'сағат 18:17-де' takes that day.")
    g.note("'Алматылық' = NORP. 'Алматы төтенше жағдайлар департаменті' = ORGANISATION (named department); 'ТЖД' = the same ORGANISATION. 'Жетісу ауданындағы' -> GPE 'Жетісу' (a district of Almaty). 'Ратушный көшесіне' = FACILITY 'Ратушный көшесі'. 'Төтенше жағдайлар министрінің' = POSITION (the post; no person).")
    g.note("Quantities: 'шамамен 20 шаршы метр' quantity 20 (about, preceding approximator in the span); 'бір қабатты' cardinal 1 unit қабат (like '4500 орынды'). '4 минутта' = duration PT4M.")
    g.note("Events: c1 = the fire (incident): headline 'өрттің' (past, 'жол бермеді'), 'өртенгенін' (past), 'өрттің себебі анықталып жатыр' (ongoing by the clause rule). The dispatch of the crews, 'сөндірілді' (extinguishing as the end of c1, not a separate mention) and 'жұмыстары жүргізілуде' are not annotated; the minister's order (an administrative act) is not an event.")
    g.ent("Алматылық", "NORP", "алматылық")
    g.ent("Алматы төтенше жағдайлар департаменті", "ORGANISATION")
    g.nested("Алматы", "GPE", after="сағат 18:01-де")
    g.ent("Жетісу", "GPE")
    g.ent("Ратушный көшесіне", "FACILITY", "Ратушный көшесі")
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("ТЖД", "ORGANISATION", "Алматы төтенше жағдайлар департаменті")
    g.ent("Төтенше жағдайлар министрінің", "POSITION", "Төтенше жағдайлар министрі")
    g.qty("бір", "cardinal", 1, unit="қабат", after="агенттігінің")
    g.qty("шамамен 20 шаршы метр", "quantity", 20, unit="шаршы метр", approx="about")
    g.tmp("28 тамыз күні сағат 18:01-де", "datetime", "XXXX-08-28T18:01")
    g.tmp("4 минутта", "duration", "PT4M")
    g.tmp("сағат 18:17-де", "time", "XXXX-08-28T18:17")
    g.tmp("Қазіргі уақытта", "relative", "PRESENT_REF")
    g.tmp("бұған дейін", "relative", "PAST_REF")
    g.tmp("2025 жылғы 20 тамыздағы", "date", "2025-08-20")
    g.ev("incident", "өрттің", "past", where="жарнама агенттігіндегі", n=1, cluster="c1")
    g.ev("incident", "өртенгенін", "past", cluster="c1")
    g.ev("incident", "өрттің", "ongoing", when="Қазіргі уақытта", n=2, cluster="c1")
    g.quote("28 тамыз күні сағат 18:01-де Алматы төтенше жағдайлар департаменті күштері мен құралдары жоғары дәрежелі шақырту бойынша Жетісу ауданындағы Ратушный көшесіне жіберілді",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Zakon.kz")
    g.quote("өрт сөндірушілер жарнама агенттігінің бір қабатты цехының шамамен 20 шаршы метр аумақтағы шатырының өртенгенін анықтаған",
            None, "мәліметінше", kind="indirect", speaker_entity="Алматы төтенше жағдайлар департаменті")
    g.announce(headline="Алматылық өрт сөндірушілер жарнама агенттігіндегі өрттің өршіп кетуіне жол бермеді",
               issuer="Алматы төтенше жағдайлар департаменті", outlet="Zakon.kz", published=None, place=None,
               main_event="c1")
    return g.save()


def astana_house_fire():
    g = new("astana-house-fire-gas-cylinders", None, "Astana city Department of Emergency Situations (press service)",
            "emergency", outlet="KAZINFORM")
    g.note("No publication date: 'Бүгін' -> PRESENT_REF.")
    g.note("'Елордада' optional GPE (epithet). 'Сарыарқа ауданындағы' -> GPE 'Сарыарқа'. 'С. Қожахметов көшесінде' = FACILITY (street), nested PERSON. 'қалалық ТЖД баспасөз қызметі' = ORGANISATION (press service of the city department; seed keeps press services whole). 'Астана қаласы ТЖД ӨСКҚ жедел кезекшісінің орынбасары' = one POSITION (outermost). '112' (the emergency number) = CONTACT.")
    g.note("Quantities: '250 шаршы метр' and '250 ш. м.' quantity 250 (unit шаршы метр); 'екі пәтерлі' cardinal 2 (пәтер); 'екі газ баллонын' cardinal 2 (газ баллоны); '3 техника', '17 өрт сөндіруші' cardinal.")
    g.note("Events: c1 = the house fire (incident), mentions: headline 'өрт', lead 'өрт шыққаны', 'Оқиға орнына' (the incident), 'өрт шыққанын', 'Өртті сөндіру барысында', 'Өрт ... сөндірілді', 'Өрттің шығу себебі анықталып жатыр' (ongoing, clause rule), 'Оқиға орнында'. 'жарылыстың алдын алды' = an explosion that was prevented: not an event.")
    g.note("Quotes: lead '..., деп хабарлайды қалалық ТЖД баспасөз қызметі' (indirect, speaker_entity the press service); dash-led direct quote '— ... , — деді ... Сабден Ебдельманов'.")
    g.optional("Елордада", "GPE", "Астана")
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("112", "CONTACT")
    g.ent("Сарыарқа", "GPE")
    g.ent("С. Қожахметов көшесінде", "FACILITY", "С. Қожахметов көшесі")
    g.nested("С. Қожахметов", "PERSON")
    g.ent("қалалық ТЖД баспасөз қызметі", "ORGANISATION")
    g.ent("Астана қаласы ТЖД ӨСКҚ жедел кезекшісінің орынбасары", "POSITION")
    g.nested("Астана қаласы ТЖД ӨСКҚ", "ORGANISATION")
    g.nested("Астана", "GPE", after="деді Астана")
    g.ent("Сабден Ебдельманов", "PERSON")
    g.qty("250 шаршы метр", "quantity", 250, unit="шаршы метр")
    g.qty("екі", "cardinal", 2, unit="пәтер", after="жеткен")
    g.qty("екі", "cardinal", 2, unit="газ баллоны", after="жанып жатқан үйден")
    g.qty("250 ш. м.", "quantity", 250, unit="шаршы метр")
    g.qty("3", "cardinal", 3, unit="техника", after="Оқиға орнында")
    g.qty("17", "cardinal", 17, unit="өрт сөндіруші")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.ev("incident", "өрт", "past", where="Елордада тұрғын үйден", n=1, cluster="c1")
    g.ev("incident", "өрт", "past", when="Бүгін", where="Сарыарқа ауданындағы С. Қожахметов көшесінде орналасқан жеке тұрғын үйде",
         n=1, after="жеке тұрғын үйде", cluster="c1")
    g.ev("incident", "Оқиға", "past", n=1, cluster="c1")
    g.ev("incident", "өрт", "past", where="екі пәтерлі тұрғын үйдің шатырынан", n=1, after="шатырынан", cluster="c1")
    g.ev("incident", "Өртті", "past", cluster="c1")
    g.ev("incident", "Өрт", "past", where="250 ш. м. алаңда", after="алдын алды", cluster="c1")
    g.ev("incident", "Өрттің", "ongoing", cluster="c1")
    g.ev("incident", "Оқиға", "past", n=2, cluster="c1", participants=["17 өрт сөндіруші"])
    g.quote("Бүгін елордалық 112 пультіне Сарыарқа ауданындағы С. Қожахметов көшесінде орналасқан жеке тұрғын үйде өрт шыққаны туралы хабарлама түсті",
            None, "деп хабарлайды", kind="indirect", speaker_entity="қалалық ТЖД баспасөз қызметі")
    g.quote("Өртті сөндіру барысында құтқарушылар жанып жатқан үйден екі газ баллонын қауіпсіз жерге шығарып, жарылыстың алдын алды. Өрт 250 ш. м. алаңда толық сөндірілді. Зардап шеккендер жоқ. Өрттің шығу себебі анықталып жатыр. Оқиға орнында 3 техника және 17 өрт сөндіруші жұмыс істеді",
            "Сабден Ебдельманов", "деді")
    g.person("Сабден Ебдельманов", ["Астана қаласы ТЖД ӨСКҚ жедел кезекшісінің орынбасары"], [("Сабден Ебдельманов",)])
    g.announce(headline="Елордада тұрғын үйден шыққан өрт 250 шаршы метр аумақты шарпыған",
               issuer="Астана қаласы ТЖД баспасөз қызметі", outlet="KAZINFORM", published=None, place="Астана",
               main_event="c1")
    return g.save()


def auezov_status():
    g = new("auezov-theatre-national-status", None, "M. Auezov Kazakh National Academic Drama Theatre (Instagram post)",
            "theatre", outlet="Қазақпарат", text_kind="report")
    g.note("No publication date. 'бүгінгі жетістігімен' -> relative PRESENT_REF; '95 жылдық тарихы' -> duration P95Y (like 'N жылдығы'). 'Енді' (now, contrastive) not annotated.")
    g.note("The theatre receiving the status / congratulated is an ORGANISATION (body), in all its forms: 'Әуезов театры', 'М.Әуезов атындағы Қазақ академиялық драма театры', the new name 'М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры' (each normalized as written). The status word «Ұлттық» is not a name. 'Президент' (headline) and 'Қазақстан Республикасының Президенті' = POSITION; 'Instagram' = PRODUCT. 'арнайы жарлығымен' (an unnamed decree) not annotated. 'Қазақ театрының қара шаңырағы' is an epithet, not annotated.")
    g.note("Events: c1 = the conferral of the status (type award): headline 'берді', lead 'берілді', the quote's 'берілді', all past. Quotes: lead '..., – деп хабарлайды Қазақпарат' (indirect, outlet); the «...» '– делінген театрдың Instagram парақшасында жарияланған ақпаратта' (direct, speaker_entity the theatre).")
    g.ent("Президент", "POSITION", n=1)
    g.ent("Әуезов театрына", "ORGANISATION", "Әуезов театры", n=1)
    g.ent("М.Әуезов атындағы Қазақ академиялық драма театрына", "ORGANISATION", "М.Әуезов атындағы Қазақ академиялық драма театры")
    g.nested("М.Әуезов", "PERSON", n=1)
    g.ent("Қазақпарат", "ORGANISATION")
    g.ent("Қазақстан Республикасының Президенті", "POSITION")
    g.nested("Қазақстан Республикасының", "GPE", "Қазақстан Республикасы")
    g.ent("Қасым-Жомарт Тоқаевтың", "PERSON", "Қасым-Жомарт Тоқаев")
    g.ent("Әуезов театрына", "ORGANISATION", "Әуезов театры", n=2)
    g.ent("М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры", "ORGANISATION")
    g.nested("М.Әуезов", "PERSON", n=2)
    g.ent("Әуезов театрының", "ORGANISATION", "Әуезов театры")
    g.ent("Instagram", "PRODUCT")
    g.tmp("95 жылдық", "duration", "P95Y")
    g.tmp("бүгінгі", "relative", "PRESENT_REF")
    g.ev("award", "берді", "past", cluster="c1", participants=["Президент", "Әуезов театрына"])
    g.ev("award", "берілді", "past", n=1, cluster="c1", participants=["М.Әуезов атындағы Қазақ академиялық драма театрына"])
    g.ev("award", "берілді", "past", n=2, cluster="c1",
         participants=["Қасым-Жомарт Тоқаевтың", "Әуезов театрына"])
    g.quote("М.Әуезов атындағы Қазақ академиялық драма театрына «Ұлттық» мәртебесі берілді", None, "деп хабарлайды",
            kind="indirect", speaker_entity="Қазақпарат")
    g.quote("Сүйінші хабар! Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаевтың арнайы жарлығымен Әуезов театрына «Ұлттық» мәртебесі берілді. Енді М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры атандық. Қазақ театрының қара шаңырағы – Әуезов театрының 95 жылдық тарихы бар. Театр өнерінің корифейлерінің ізі қалған өнер ұжымын бүгінгі жетістігімен шын жүректен құттықтаймыз!",
            None, "делінген", speaker_entity="М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры")
    g.person("Қасым-Жомарт Тоқаев", ["Қазақстан Республикасының Президенті"], [("Қасым-Жомарт Тоқаевтың",)])
    g.announce(headline="Президент Әуезов театрына «Ұлттық» мәртебесін берді",
               issuer="М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры", outlet="Қазақпарат", published=None,
               place=None, main_event="c1")
    return g.save()


def auezov_premieres():
    g = new("auezov-theatre-premiere-week", None, "M. Auezov Kazakh National Drama Theatre", "theatre",
            text_kind="report")
    g.note("No publication date: 'былтыр' -> PAST_REF, 'бүгінгі күннің' (nowadays) -> PRESENT_REF.")
    g.note("'Ұлттық театрда' = FACILITY (the venue; normalized 'Ұлттық театр'); 'М.Әуезов атындағы Қазақ ұлттық драма театрының' (its repertoire) = ORGANISATION. 'театрдың директоры' and the honorary title 'Қазақстанның еңбек сіңірген қайраткері' = two POSITION spans. 'БАҚ', 'Пандемия' (generic) not annotated. Headline 'БЕС' and body 'бес' = cardinal 5 (unit қойылым).")
    g.note("Events: c1 = the premiere week (type festival - a themed week of premieres; 'апталығы өтті', past) with the re-mention 'бес қойылымның премьерасы ұсынылатынын' (the five premieres that make up the week; future from the reported clause). c2 = the press conference ('баспасөз мәслихатында', past). The presentation that did not take place last year ('таныстырылымы өтпей қалғанын') is a non-happening: not annotated.")
    g.note("Quotes: '... өтпей қалғанын, ... ұсынылатынын жеткізді' -> indirect, speaker Еркін Жуасбек. '... жұмыстарымен таныстырды' names a topic: not a quote. Announcement: issuer = the theatre (the text is a report on its press conference); headline as written.")
    g.ent("Ұлттық театрда", "FACILITY", "Ұлттық театр")
    g.ent("М.Әуезов атындағы Қазақ ұлттық драма театрының", "ORGANISATION", "М.Әуезов атындағы Қазақ ұлттық драма театры")
    g.nested("М.Әуезов", "PERSON")
    g.ent("театрдың директоры", "POSITION")
    g.ent("Қазақстанның еңбек сіңірген қайраткері", "POSITION")
    g.nested("Қазақстанның", "GPE", "Қазақстан")
    g.ent("Еркін Жуасбек", "PERSON")
    g.qty("БЕС", "cardinal", 5, unit="қойылым")
    g.qty("бес", "cardinal", 5, unit="қойылым")
    g.tmp("бүгінгі күннің", "relative", "PRESENT_REF")
    g.tmp("былтыр", "relative", "PAST_REF")
    g.ev("festival", "апталығы", "past", where="Ұлттық театрда", cluster="c1")
    g.ev("press_conference", "мәслихатында", "past", cluster="c2", participants=["Еркін Жуасбек"])
    g.ev("festival", "премьерасы", "future", cluster="c1", amounts=["бес"])
    g.quote("Пандемияның салдарынан былтыр жаңа қойылымның таныстырылымы өтпей қалғанын, соның бәрін жинап-теріп, көрерменге бес қойылымның премьерасы ұсынылатынын",
            "Еркін Жуасбек", "жеткізді", kind="indirect")
    g.person("Еркін Жуасбек", ["театрдың директоры", "Қазақстанның еңбек сіңірген қайраткері"], [("Еркін Жуасбек",)])
    g.announce(headline="ТЕАТР: БЕРЕРІ БАР БЕС ҚОЙЫЛЫМ", issuer="М.Әуезов атындағы Қазақ ұлттық драма театры",
               outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def defence_fire():
    g = new("defence-ministry-building-fire", None, "Ministry of Emergency Situations (press secretary)", "emergency",
            outlet="Egemen.kz", text_kind="report")
    g.note("No publication date: 'қазіргі уақытта', 'қазірдің өзінде' -> PRESENT_REF, 'сәл кейінірек' -> FUTURE_REF; 'Сағат 13:42-де' -> time XXXX-XX-XXT13:42 (day not stated).")
    g.note("'Қорғаныс министрлігінің ғимаратында': the building is not named, the ministry is: ORGANISATION 'Қорғаныс министрлігі' (x2). 'ТЖ министрлігінің баспасөз хатшысы', 'ТЖМ баспасөз хатшысы' = POSITION (normalized 'Төтенше жағдайлар министрлігінің баспасөз хатшысы'); 'Р.Иманқұлов' -> 'Руслан Иманқұлов'.")
    g.note("Events: c1 = the fire (incident): headline 'өрт шықты', lead 'өрт болды', 'Өрт туралы ақпаратты ... растады', the quote's 'Өрт ... локализацияланған', 'өртеніп кеткен', 'өрт сөндірілді', 'өрттің себебі анықталуда' (ongoing, clause rule). 'Шақыру келіп түсті' (the call) is not a separate happening.")
    g.note("Quotes: lead (indirect, Egemen.kz); two «...» quotes by Руслан Иманқұлов ('деді Р.Иманқұлов', 'деп толықтырды ТЖМ баспасөз хатшысы'); 'Оның айтуынша, ...' indirect. '... ақпаратты ... растады' has a noun object (the information about the fire), not a reported clause: not a quote.")
    g.ent("Қорғаныс министрлігінің", "ORGANISATION", "Қорғаныс министрлігі", n=1)
    g.ent("Қорғаныс министрлігінің", "ORGANISATION", "Қорғаныс министрлігі", n=2)
    g.ent("Egemen.kz", "ORGANISATION")
    g.ent("ТЖ министрлігінің баспасөз хатшысы", "POSITION", "Төтенше жағдайлар министрлігінің баспасөз хатшысы")
    g.nested("ТЖ министрлігінің", "ORGANISATION", "Төтенше жағдайлар министрлігі")
    g.ent("Руслан Иманқұлов", "PERSON")
    g.ent("Р.Иманқұлов", "PERSON", "Руслан Иманқұлов")
    g.ent("ТЖМ баспасөз хатшысы", "POSITION", "Төтенше жағдайлар министрлігінің баспасөз хатшысы")
    g.nested("ТЖМ", "ORGANISATION", "Төтенше жағдайлар министрлігі")
    g.qty("10 шаршы метр", "quantity", 10, unit="шаршы метр")
    g.tmp("қазіргі уақытта", "relative", "PRESENT_REF")
    g.tmp("қазірдің өзінде", "relative", "PRESENT_REF")
    g.tmp("сәл кейінірек", "relative", "FUTURE_REF")
    g.tmp("Сағат 13:42-де", "time", "XXXX-XX-XXT13:42")
    g.ev("incident", "өрт", "past", where="Қорғаныс министрлігінің ғимаратында", n=1, cluster="c1")
    g.ev("incident", "өрт", "past", where="Қорғаныс министрлігінің ғимаратында", n=2, cluster="c1")
    g.ev("incident", "Өрт", "past", n=1, cluster="c1")
    g.ev("incident", "Өрт", "past", n=2, cluster="c1")
    g.ev("incident", "өртеніп", "past", where="ғимаратта", cluster="c1")
    g.ev("incident", "өрт", "past", when="Сағат 13:42-де", after="Сағат 13:42-де", cluster="c1")
    g.ev("incident", "өрттің", "ongoing", cluster="c1")
    g.quote("Қорғаныс министрлігінің ғимаратында өрт болды", None, "деп хабарлайды", kind="indirect",
            speaker_entity="Egemen.kz")
    g.quote("Шақыру келіп түсті, қазіргі уақытта бөлімшелер орнында. Өрт қазірдің өзінде локализацияланған, толығырақ ақпарат сәл кейінірек болады",
            "Руслан Иманқұлов", "деді")
    g.quote("ғимаратта 10 шаршы метр аумақта кеңсе жиһазы өртеніп кеткен", "Руслан Иманқұлов", "айтуынша", kind="indirect")
    g.quote("Сағат 13:42-де өрт сөндірілді. Зардап шеккендер жоқ, өрттің себебі анықталуда", "Руслан Иманқұлов",
            "деп толықтырды")
    g.person("Руслан Иманқұлов", ["Төтенше жағдайлар министрлігінің баспасөз хатшысы"],
             [("Руслан Иманқұлов",), ("Р.Иманқұлов",)])
    g.announce(headline="Қорғаныс министрлігінің ғимаратында өрт шықты", issuer="Төтенше жағдайлар министрлігі",
               outlet="Egemen.kz", published=None, place=None, main_event="c1")
    return g.save()


def kt_tariffs():
    g = new("kazakhtelecom-intercity-tariffs", None, "Kazakhtelecom JSC", "company", text_kind="report")
    g.note("No publication date: '1 қазаннан бастап' -> open range 'XXXX-10-01/'; 'бұрын' -> PAST_REF; 'енді' (contrastive 'now') not annotated; 'минутына', 'секундпен' (billing units) not temporals.")
    g.note("Position 'Қазақтелеком АҚ-ның ... қызметінің жетекшісі' starts with the quoted company name: one POSITION span from the opening « (the quote marks belong to the name inside it), nested ORGANISATION 'Қазақтелеком'. 'Юлия ИСКАКОВАНЫҢ' (surname in capitals) -> 'Юлия Искакова'.")
    g.note("Quantities: '5 түрлі тариф' cardinal 5 unit түр; zone labels '1-аймақ', '2-аймақ' -> ordinal 1 / 2 (unit аймақ) - judgement call (they could be read as labels); '5,5 теңге', '7,7 теңге' money; '10 пайыз' percent. 'бір облыстың' (= one and the same region, a determiner) and 'екіаймақтық' (inside a word) not annotated.")
    g.note("Events: none (a tariff change is not a happening). Quotes: '... аз төлемақы алынады деп уәде беруде' (indirect, speaker_entity 'Байланыс қызметкерлері', a group, not a named body - judgement call) and 'Юлия ИСКАКОВАНЫҢ айтуынша, ...' (indirect). Headline as written; main_event null.")
    g.ent("«Қазақтелеком» АҚ-ның жұртшылықпен байланыс жөніндегі қызметінің жетекшісі", "POSITION",
          "Қазақтелеком АҚ-ның жұртшылықпен байланыс жөніндегі қызметінің жетекшісі")
    g.nested("Қазақтелеком", "ORGANISATION")
    g.ent("Юлия ИСКАКОВАНЫҢ", "PERSON", "Юлия Искакова")
    g.qty("5", "cardinal", 5, unit="түр", after="қарай")
    g.qty("1", "ordinal", 1, unit="аймақ", after="барлығы")
    g.qty("2", "ordinal", 2, unit="аймақ", after="ішінде,")
    g.qty("5,5 теңге", "money", 5.5, unit="KZT")
    g.qty("7,7 теңге", "money", 7.7, unit="KZT")
    g.qty("10 пайыз", "percent", 10)
    g.tmp("1 қазаннан бастап", "range", "XXXX-10-01/")
    g.tmp("бұрын", "relative", "PAST_REF")
    g.quote("1 қазаннан бастап қалааралық байланыс үшін аз төлемақы алынады", None, "деп уәде беруде", kind="indirect",
            speaker_entity="Байланыс қызметкерлері")
    g.quote("тұтынушылардың барлық тобы бойынша сөйлесу төлемақысының төмендеуі 10 пайыз құрайды", "Юлия Искакова",
            "айтуынша", kind="indirect")
    g.person("Юлия Искакова", ["Қазақтелеком АҚ-ның жұртшылықпен байланыс жөніндегі қызметінің жетекшісі"],
             [("Юлия ИСКАКОВАНЫҢ",)])
    g.announce(headline="Қала арасына - интернетпен", issuer="Қазақтелеком", outlet=None, published=None, place=None,
               main_event=None)
    return g.save()


def kt_rural():
    g = new("kazakhtelecom-rural-internet", None, "Kazakhtelecom JSC (CFO at a briefing)", "company",
            outlet="ҚазАқпарат", text_kind="report")
    g.note("Text kept with its missing spaces ('Өзбеков«Қазақтелеком»', 'желілерінсалу', 'жылдыңаяғына', 'ЦифрлықҚазақстан', 'мыңшақырымнан'); spans follow the text as written, normalized forms restore the spaces.")
    g.note("No publication date: 'Биыл' -> PRESENT_REF (this year, unresolved), 'Өткен жылы' -> PAST_REF, 'келесі жылдыңаяғына дейін' -> FUTURE_REF, 'Алдағы екі жылда' -> duration P2Y.")
    g.note("Entities: the headline's «Қазақтелеком» and the others = ORGANISATION inside the quotes; '«Қазақтелеком» акционерлік қоғамының бас қаржы директоры' = one POSITION from the opening «. Project title in quotes with 'атты жоба' = PROJECT; «ЦифрлықҚазақстан» бағдарламасы = PROJECT 'Цифрлық Қазақстан'. 'БАҚ' generic, not annotated.")
    g.note("Quantities: '400-ден астам', '800-ден астам' cardinal more_than (unit ауыл); '2,5 млн' cardinal 2500000 (unit 'ауыл тұрғыны'); '15 мыңшақырымнан астам' quantity 15000 km more_than.")
    g.note("Events: c1 = the briefing ('брифингте', past, participants the CFO and the media). c2 = the signing of the PPP agreement ('шарты жасалған болатын', signing, past, trigger the verb 'жасалған'). Connecting villages / building the line are a project, not happenings.")
    g.note("Quotes: 'Бұл туралы ... Асхат Өзбеков ... айтты' (indirect, content = the lead's sentence); '... жоба дайындалып жатқанын айтады' (indirect); the «...» '- деген Асхат Өзбеков' (direct, its opening « is that of «ЦифрлықҚазақстан»); '... магистраль салынатынын айтты' (indirect). 'Осы жобаның арқасында ... қосылуы тиіс' has no attribution: not annotated.")
    g.ent("Қазақтелеком", "ORGANISATION", n=1)
    g.ent("НҰР-СҰЛТАН", "GPE", "Нұр-Сұлтан")
    g.ent("ҚазАқпарат", "ORGANISATION")
    g.ent("«Қазақтелеком» акционерлік қоғамының бас қаржы директоры", "POSITION",
          "Қазақтелеком акционерлік қоғамының бас қаржы директоры")
    g.nested("Қазақтелеком", "ORGANISATION", n=2)
    g.ent("Асхат Өзбеков", "PERSON", n=1)
    g.ent("Асхат Өзбеков", "PERSON", n=2)
    g.ent("Қазақтелеком", "ORGANISATION", n=3)
    g.ent("Ауылдық жерлерде талшықты-оптикалық байланыс желілерінсалу", "PROJECT",
          "Ауылдық жерлерде талшықты-оптикалық байланыс желілерін салу")
    g.ent("ЦифрлықҚазақстан", "PROJECT", "Цифрлық Қазақстан")
    g.ent("ҚР Ақпарат және коммуникациялар министрлігімен", "ORGANISATION", "ҚР Ақпарат және коммуникациялар министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("Асхат Өзбеков", "PERSON", n=3)
    g.qty("400-ден астам", "cardinal", 400, unit="ауыл", approx="more_than")
    g.qty("2,5 млн", "cardinal", 2500000, unit="ауыл тұрғыны")
    g.qty("800-ден астам", "cardinal", 800, unit="ауыл", approx="more_than")
    g.qty("15 мыңшақырымнан астам", "quantity", 15000, unit="шақырым", approx="more_than")
    g.tmp("Биыл", "relative", "PRESENT_REF")
    g.tmp("Алдағы екі жылда", "duration", "P2Y")
    g.tmp("келесі жылдыңаяғына дейін", "relative", "FUTURE_REF")
    g.tmp("Өткен жылы", "relative", "PAST_REF")
    g.ev("briefing", "брифингте", "past", cluster="c1",
         participants=["Асхат Өзбеков", "БАҚ өкілдерімен"])
    g.ev("signing", "жасалған", "past", when="Өткен жылы", cluster="c2",
         participants=["ҚР Ақпарат және коммуникациялар министрлігімен"])
    g.quote("Алдағы екі жылда 2,5 млн ауыл тұрғыны интернет игілігіне қол жеткізеді", "Асхат Өзбеков", "айтты",
            kind="indirect")
    g.quote("«Қазақтелеком» тарапынан «Ауылдық жерлерде талшықты-оптикалық байланыс желілерінсалу» атты жоба дайындалып жатқанын",
            "Асхат Өзбеков", "айтады", kind="indirect")
    g.quote("«ЦифрлықҚазақстан» бағдарламасы аясында ауылдық елді мекендерде оптикалық-талшықтыбайланыс желісін салу жобасы біздің компания үшін стратегиялық мақсаттың бірісаналады. Өткен жылы ҚР Ақпарат және коммуникациялар министрлігімен осымақсатта мемлекеттік-жекешелік әріптестікшарты жасалған болатын",
            "Асхат Өзбеков", "деген")
    g.quote("осы жоба аясында 15 мыңшақырымнан астам оптикалық-талшықты магистраль салынатынын", "Асхат Өзбеков", "айтты",
            kind="indirect")
    g.person("Асхат Өзбеков", ["Қазақтелеком акционерлік қоғамының бас қаржы директоры"],
             [("Асхат Өзбеков", 1), ("Асхат Өзбеков", 2), ("Асхат Өзбеков", 3)])
    g.announce(headline="Биыл «Қазақтелеком» 400-ден астам ауылға интернет тартады", issuer="Қазақтелеком",
               outlet="ҚазАқпарат", published=None, place="Нұр-Сұлтан", main_event="c1")
    return g.save()


def urker_prize():
    g = new("kazinform-urker-special-prize", None, "Kazinform international news agency (own report)", "news_agency",
            outlet="ҚазАқпарат", text_kind="report")
    g.note("No publication date ('Үркер-2020' ceremony; the year is part of the award's name, not a temporal). '100 жылдығы', '100 жылдығына' and 'Бір ғасырлық' -> duration P100Y; '100 жыл бойы' -> duration P100Y. 'Сол кезде' (anaphoric) not annotated.")
    g.note("'Үркер' (the national media prize), 'Үркер-2020' = EVENT (an annual award contest; judgement call, KazNERD has no award class). 'ҚазАқпарат' (also quoted «ҚазАқпарат» ХАА / АҚ) and 'ТАСС', 'Кaznews.mn' (first letter Cyrillic К as written) = ORGANISATION. '«ҚазАқпарат» АҚ Басқарма төрағасы' = one POSITION from the opening «; 'ТАСС агенттігінің Қазақстандағы өкілі' = one POSITION. 'ресейлік' = NORP. 'ҚазАқпарат тілшісі' -> ORGANISATION 'ҚазАқпарат' (the correspondent is not a named person). 'Екіге' (divide into two) = cardinal 2.")
    g.note("Events: c1 = the special prize for Kazinform's centenary (award): headline 'жеңіп алды', lead 'табыс етілді', 'Марапат ... берілді', 'Сыйлықты ... алды', all past. c2 = the Үркер-2020 prize and its award evening (ceremony): '«Үркер» сыйлығы аясында' (the frame of c1, past clause) and 'марапаттау кешінде' (past). 'беруді ұйғардық' (a decision) is not a separate mention.")
    g.note("Quotes: lead '..., деп хабарлайды ҚазАқпарат тілшісі' (indirect, speaker_entity the correspondent); the «...» '- деді ... Асқар Умаров' direct. Announcement: Kazinform reporting on its own prize: issuer and outlet ҚазАқпарат, dateline Нұр-Сұлтан, main c1.")
    g.ent("ҚазАқпараттың", "ORGANISATION", "ҚазАқпарат")
    g.ent("Моңғолиядағы", "GPE", "Моңғолия", n=1)
    g.ent("ТАСС", "ORGANISATION", n=1)
    g.ent("НҰР-СҰЛТАН", "GPE", "Нұр-Сұлтан")
    g.ent("ҚазАқпарат", "ORGANISATION", n=2)
    g.ent("Ақпарат және қоғамдық даму министрлігі", "ORGANISATION")
    g.ent("Үркер", "EVENT", n=1)
    g.ent("ҚазАқпарат", "ORGANISATION", n=3)
    g.ent("ҚазАқпарат", "ORGANISATION", n=4)
    g.ent("ресейлік", "NORP", n=1)
    g.ent("ТАСС", "ORGANISATION", n=2)
    g.ent("Моңғолиядағы", "GPE", "Моңғолия", n=2)
    g.ent("Кaznews.mn", "ORGANISATION")
    g.ent("ҚазАқпарат", "ORGANISATION", n=5)
    g.ent("Үркер", "EVENT", n=2)
    g.ent("ресейлік", "NORP", n=2)
    g.ent("ТАСС", "ORGANISATION", n=3)
    g.ent("«ҚазАқпарат» АҚ Басқарма төрағасы", "POSITION", "ҚазАқпарат АҚ Басқарма төрағасы")
    g.nested("ҚазАқпарат", "ORGANISATION", n=6)
    g.ent("Асқар Умаров", "PERSON")
    g.ent("Үркер-2020", "EVENT")
    g.ent("ТАСС агенттігінің Қазақстандағы өкілі", "POSITION")
    g.nested("ТАСС", "ORGANISATION", n=4)
    g.nested("Қазақстандағы", "GPE", "Қазақстан")
    g.ent("Дмитрий Караман", "PERSON")
    g.tmp("100 жылдығы", "duration", "P100Y")
    g.tmp("100 жылдығына", "duration", "P100Y")
    g.tmp("Бір ғасырлық", "duration", "P100Y")
    g.qty("Екіге", "cardinal", 2)
    g.tmp("100 жыл бойы", "duration", "P100Y")
    g.ev("award", "жеңіп алды", "past", cluster="c1", participants=["Моңғолиядағы қазақтілді портал", "ТАСС агенттігі"])
    g.ev("ceremony", "сыйлығы", "past", title="Үркер", after="«Үркер»", cluster="c2",
         participants=["Ақпарат және қоғамдық даму министрлігі"])
    g.ev("award", "табыс етілді", "past", cluster="c1")
    g.ev("award", "Марапат", "past", cluster="c1", participants=["«ТАСС» агенттігі", "«Кaznews.mn» порталына"])
    g.ev("ceremony", "кешінде", "past", title="Үркер-2020", cluster="c2")
    g.ev("award", "алды", "past", after="Сыйлықты", cluster="c1", participants=["Дмитрий Караман"])
    g.quote("Ақпарат және қоғамдық даму министрлігі ұйымдастырған «Үркер» сыйлығы аясында «ҚазАқпарат» ХАА 100 жылдығына арналған арнаулы сыйлық табыс етілді",
            None, "деп хабарлайды", kind="indirect", speaker_entity="ҚазАқпарат тілшісі")
    g.quote("Бір ғасырлық тарихы бар «ҚазАқпарат» халықаралық ақпарат агенттігінің негізгі дамуы біздің еліміздің тәуелсіздік алған кезінен басталды. Сол кезде біз халықаралық ақпарат агенттігі атандық. Сонымен, осы арнайы жүлдені біз өзіміздің шетелдік әріптестерге беретін болдық. Екіге бөлетін болдық. Сондықтан, Үркер мүсіншесі мен сертификатты 100 жыл бойы әріптес болған ресейлік ТАСС ақпарат агенттігіне беруді ұйғардық",
            "Асқар Умаров", "деді")
    g.person("Асқар Умаров", ["ҚазАқпарат АҚ Басқарма төрағасы"], [("Асқар Умаров",)])
    g.person("Дмитрий Караман", ["ТАСС агенттігінің Қазақстандағы өкілі"], [("Дмитрий Караман",)])
    g.announce(headline="«ҚазАқпараттың» 100 жылдығы сыйлығын Моңғолиядағы қазақтілді портал мен ТАСС агенттігі жеңіп алды",
               issuer="ҚазАқпарат", outlet="ҚазАқпарат", published=None, place="Нұр-Сұлтан", main_event="c1")
    return g.save()


def ktz_refund():
    g = new("ktz-late-passenger-refund", None, "Passenger Transportation JSC (KTZ group)", "company",
            outlet="Zakon.kz", text_kind="report")
    g.note("No publication date of the article: '2026 жылғы 27 ақпанда' dates the Telegram instruction, not the article, so reference_date stays null. 'бір сағат ішінде' -> duration PT1H. 'уақыт сайын' (from time to time) not annotated. 'бір бөлігін' (a part) is not a number.")
    g.note("'Жолаушылар тасымалы' (quoted company name + АҚ), 'ҚТЖ' = ORGANISATION; 'Telegram' = PRODUCT (in 'Telegram-арнасында'); the rules title in quotes = LAW (text inside the quotes, case ending included as written).")
    g.note("Events: none (publishing an instruction is not a happening). Quotes: lead '..., деп хабарлайды Zakon.kz' (indirect); the colon-led \"...\" after 'Telegram-арнасында ... нұсқаулық жарияланды:' = direct, speaker_entity ҚТЖ, verb 'жарияланды'. '... не істеу керегін еске салды' reports an embedded question (a topic): the lead quote covers it as the outlet's report only.")
    g.ent("Жолаушылар тасымалы", "ORGANISATION")
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("ҚТЖ", "ORGANISATION", "Қазақстан темір жолы")
    g.ent("Telegram", "PRODUCT")
    g.ent("Жолаушылар, жүк және пошталық жіберілімдерді теміржол көлігімен тасымалдау ережелерінде", "LAW",
          "Жолаушылар, жүк және пошталық жіберілімдерді теміржол көлігімен тасымалдау ережелері")
    g.tmp("2026 жылғы 27 ақпанда", "date", "2026-02-27")
    g.tmp("бір сағат ішінде", "duration", "PT1H")
    g.quote("\"Жолаушылар тасымалы\" АҚ жолаушыларға пойызға кешігіп қалған жағдайда не істеу керегін еске салды", None,
            "деп хабарлайды", kind="indirect", speaker_entity="Zakon.kz")
    g.quote("Бірінші қадам – вокзалдағы билет кассасына барып, кассирге жағдайды хабарлау. Егер жолаушы пойызға кешігіп қалса, билет құнының бір бөлігін қайтаруға болады. Алайда бұл әрекетті билетте көрсетілген станциядан пойыз шыққаннан кейін бір сағат ішінде жасау қажет",
            None, "жарияланды", speaker_entity="ҚТЖ")
    g.announce(headline="Пойызға кешігіп қалсаңыз да, билет ақшасын қайтаруға болады – не істеу керек",
               issuer="Жолаушылар тасымалы", outlet="Zakon.kz", published=None, place=None, main_event=None)
    return g.save()


def ktz_status():
    g = new("ktz-station-status-check", None, "Kazakhstan Temir Zholy national company JSC", "company")
    g.note("No dates in the text. 'Елімізде' optional GPE (Kazakhstan); 'Нұр-Сұлтанда' and 'Астана' (in 'Астана вокзалдары', the city's stations) = GPE, normalized as written. The company's legal name '«Қазақстан темір жолы» ұлттық компаниясы» акционерлік қоғамы' (unbalanced quotes as written) -> ORGANISATION 'Қазақстан темір жолы' (inside the first quotes). 'ПТР', 'ЖСН' (test / ID number as common nouns) not annotated; «көк», «жасыл» etc. are status colours, not names.")
    g.note("Events: none (refused entry is not a happening). Quote: '... ғана жіберілетінін еске салады' indirect, speaker_entity the company. Headline as written; main_event null.")
    g.optional("Елімізде", "GPE", "Қазақстан")
    g.ent("Нұр-Сұлтанда", "GPE", "Нұр-Сұлтан")
    g.ent("Астана", "GPE")
    g.ent("Қазақстан темір жолы", "ORGANISATION")
    g.qty("500-ден астам", "cardinal", 500, unit="жолаушы", approx="more_than")
    g.qty("177", "cardinal", 177, unit="азамат")
    g.quote("вокзалдарға тек «көк» және «жасыл» мәртебесі бар адамдар ғана жіберілетінін", None, "еске салады",
            kind="indirect", speaker_entity="Қазақстан темір жолы")
    g.announce(headline="Елімізде 500-ден астам жолаушы «қызыл» мәртебемен пойызға отырмақ болған",
               issuer="Қазақстан темір жолы", outlet=None, published=None, place=None, main_event=None)
    return g.save()


def kyzylorda_court():
    g = new("kyzylorda-court-press-conference", "2014-04-11", "Kyzylorda regional court", "court",
            published="2014-04-11")
    g.note("reference_date = 2014-04-11 from the text's own 'Бүгін, 2014 жылдың 11 сәуірінде'. '2014 жылдың 1 тоқсанында' -> range 2014-01-01/2014-03-31.")
    g.note("The court as the venue ('Қызылорда облыстық сотының мәжіліс залында') = FACILITY 'Қызылорда облыстық соты'; the headline's unnamed 'Облыстық сотта' = optional FACILITY. 'Қызылорда облысы соттарының' -> GPE 'Қызылорда' (plural courts, generic). Positions are written without the person: 'облыстық сот төрағасы', the two chairs of the appellate boards, 'облыстық соттың баспасөз хатшысы' = POSITION spans; names separate PERSON.")
    g.note("Events: c1 = the press conference (press_conference): headline 'конференциясы өтті', lead 'баспасөз-конференциясы болып өтті' (trigger = the hyphenated token), 'Баспасөз конференциясына ... қатысты', 'Баспасөз мәслихатында ... ақпарат берілді', all past. Quotes: none (no reported content is attributed). Percent '94,5 пайызы'.")
    g.optional("Облыстық сотта", "FACILITY", "Қызылорда облыстық соты")
    g.tmp("Бүгін", "relative", "2014-04-11")
    g.tmp("2014 жылдың 11 сәуірінде", "date", "2014-04-11")
    g.ent("Қызылорда облыстық сотының", "FACILITY", "Қызылорда облыстық соты")
    g.nested("Қызылорда", "GPE", n=1)
    g.ent("Қызылорда", "GPE", n=2)
    g.tmp("2014 жылдың 1 тоқсанында", "range", "2014-01-01/2014-03-31")
    g.ent("облыстық сот төрағасы", "POSITION")
    g.ent("Нұрлан Қайырбеков", "PERSON")
    g.ent("облыстық соттың қылмыстық істер жөніндегі апелляциялық сот алқасының төрағасы", "POSITION")
    g.ent("Ержан Қарабаев", "PERSON")
    g.ent("азаматтық және әкімшілік істер жөніндегі апелляциялық сот алқасының төрағасы", "POSITION")
    g.ent("Қайрат Адранов", "PERSON")
    g.ent("облыстық соттың баспасөз хатшысы", "POSITION")
    g.ent("А.Смағамбетова", "PERSON")
    g.qty("94,5 пайызы", "percent", 94.5)
    g.ev("press_conference", "конференциясы", "past", where="Облыстық сотта", cluster="c1")
    g.ev("press_conference", "баспасөз-конференциясы", "past", when="Бүгін, 2014 жылдың 11 сәуірінде",
         where="Қызылорда облыстық сотының мәжіліс залында", cluster="c1")
    g.ev("press_conference", "конференциясына", "past", cluster="c1",
         participants=["Нұрлан Қайырбеков", "Ержан Қарабаев", "Қайрат Адранов", "А.Смағамбетова",
                       "жергілікті бұқаралық ақпарат құралдарының өкілдері"])
    g.ev("press_conference", "мәслихатында", "past", cluster="c1")
    g.person("Нұрлан Қайырбеков", ["облыстық сот төрағасы"], [("Нұрлан Қайырбеков",)])
    g.person("Ержан Қарабаев", ["облыстық соттың қылмыстық істер жөніндегі апелляциялық сот алқасының төрағасы"],
             [("Ержан Қарабаев",)])
    g.person("Қайрат Адранов", ["азаматтық және әкімшілік істер жөніндегі апелляциялық сот алқасының төрағасы"],
             [("Қайрат Адранов",)])
    g.person("А.Смағамбетова", ["облыстық соттың баспасөз хатшысы"], [("А.Смағамбетова",)])
    g.announce(headline="Облыстық сотта баспасөз конференциясы өтті", issuer="Қызылорда облыстық соты", outlet=None,
               published="2014-04-11", place=None, main_event="c1")
    return g.save()


def kyzylorda_police():
    g = new("kyzylorda-police-new-year-night", None, "Kyzylorda regional police department (press service)", "police",
            outlet="KAZINFORM")
    g.note("No publication date of the article (about 1 January 2026): '2025 жылдың 31 желтоқсанында' full date. 'Бұл түні' (anaphoric 'that night'), 'түнгі уақытта' (part of an offence's name) and 'Әзірге' (so far) not annotated.")
    g.note("'Жаңа жыл мерекесі' = EVENT entity (holiday) but only a time frame here: not an event mention. 'Қызылорда облыстық полиция департаментінің' = ORGANISATION; 'Департаменттің баспасөз қызметі' (unnamed re-mention) not an entity. 'Қызылордалық' = NORP. '102' (police number) = CONTACT.")
    g.note("Quantities: 'мыңнан астам' cardinal 1000 more_than (unit полицей); '1000-нан астам' (unit қызметкер); '58' (қоңырау), '93' (әкімшілік құқықбұзушылық), '28', '14' (дерек).")
    g.note("Events: none annotated: reinforced patrolling is ongoing work, the offences are counts, 'оқыс оқиғалар тіркелген жоқ' is negated; main_event null. Quotes: 'Департаменттің баспасөз қызметі хабарлағандай, ...' (indirect) and the dash-led '- ... , - делінген хабарламада' (direct), speaker_entity the department's press service.")
    g.ent("Қызылорда", "GPE", n=1)
    g.ent("ҚЫЗЫЛОРДА", "GPE", "Қызылорда")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Жаңа жыл мерекесі", "EVENT")
    g.ent("Қызылорда облыстық полиция департаментінің", "ORGANISATION", "Қызылорда облыстық полиция департаменті")
    g.nested("Қызылорда", "GPE", n=2)
    g.ent("102", "CONTACT")
    g.ent("Қызылордалық", "NORP", "қызылордалық")
    g.qty("мыңнан астам", "cardinal", 1000, unit="полицей", approx="more_than")
    g.tmp("2025 жылдың 31 желтоқсанында", "date", "2025-12-31")
    g.qty("58", "cardinal", 58, unit="қоңырау")
    g.qty("93", "cardinal", 93, unit="әкімшілік құқықбұзушылық")
    g.qty("28", "cardinal", 28, unit="дерек")
    g.qty("14", "cardinal", 14, unit="дерек")
    g.qty("1000-нан астам", "cardinal", 1000, unit="қызметкер", approx="more_than")
    PS = "Қызылорда облыстық полиция департаментінің баспасөз қызметі"
    g.quote("олар негізінен халық көп жиналатын жерлерді, ойын-сауық орындарын ерекше бақылады", None, "хабарлағандай",
            kind="indirect", speaker_entity=PS)
    g.quote("2025 жылдың 31 желтоқсанында 102 нөміріне 58 қоңырау келіп түсіп, облыс көлемінде 93 әкімшілік құқықбұзушылық анықталған. Спирт ішімдік ішу немесе қоғамдық орындарда мас күйінде жүрудің 28, кәмелетке толмағандардың түнгі уақытта жүруінің 14 дерегі анықталды. Мас күйде көлік басқару, көлік құралын басқару құқығынан айырылған күйде руль тізгіндеу фактілері анықталған жоқ",
            None, "делінген", speaker_entity=PS)
    g.announce(headline="Қызылорда облысында тыныштықты күзетуге мыңнан астам полицей тартылды",
               issuer="Қызылорда облыстық полиция департаменті", outlet="KAZINFORM", published=None, place="Қызылорда",
               main_event=None)
    return g.save()


def semey_fire():
    g = new("semey-entertainment-centre-fire", None, "Ministry of Emergency Situations (press service)", "emergency",
            outlet="KAZINFORM")
    g.note("No dates in the text; 'Қазіргі кезде' -> PRESENT_REF. The hotline number '8 (7222) 35-38-36' = CONTACT.")
    g.note("'Семейдегі' / 'СЕМЕЙ' = GPE; 'Шұғаев көшесіндегі' = FACILITY (street); the entertainment centre is unnamed. 'Төтенше жағдайлар министрлігі', 'ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі' (press service kept whole), 'Төтенше жағдайлар департаментінде' = ORGANISATION.")
    g.note("Events: c1 = the fire (incident): headline 'өртті сөндіруге ... жұмылдырылды' (past), lead 'өртті ауыздықтады' (past), 'Өртті толықтай сөндіру жұмыстары ... жалғасып жатыр' (ongoing), 'Оқиға орнына' (past), the epithet 'Тілсіз жауды' (= the fire, past clause), 'өртті сөндіруге ... кедергі келтіріп отыр' (ongoing), 'төтенше жағдайды жоюға ... штабы құрылды' (past). c2 = the floor collapse during the firefighting ('опырылып түскен', incident, past). Opening a hotline and setting up a HQ are administrative acts: not events.")
    g.note("Quote: 'Бұл туралы ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі хабарлады' -> indirect, content = the preceding sentence.")
    g.ent("Семейдегі", "GPE", "Семей", n=1)
    g.ent("СЕМЕЙ", "GPE", "Семей")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Төтенше жағдайлар министрлігі", "ORGANISATION", n=1)
    g.ent("Семейдегі", "GPE", "Семей", n=2)
    g.ent("Шұғаев көшесіндегі", "FACILITY", "Шұғаев көшесі")
    g.ent("ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі", "ORGANISATION")
    g.nested("ҚР Төтенше жағдайлар министрлігінің", "ORGANISATION", "ҚР Төтенше жағдайлар министрлігі")
    g.ent("Төтенше жағдайлар департаментінде", "ORGANISATION", "Төтенше жағдайлар департаменті")
    g.ent("8 (7222) 35-38-36", "CONTACT")
    g.qty("120", "cardinal", 120, unit="адам", n=1)
    g.qty("21", "cardinal", 21, unit="техника", n=1)
    g.qty("120", "cardinal", 120, unit="адам", n=2)
    g.qty("21", "cardinal", 21, unit="техника", n=2)
    g.tmp("Қазіргі кезде", "relative", "PRESENT_REF")
    g.ev("incident", "өртті", "past", where="Семейдегі ойын-сауық орталығындағы", n=1, cluster="c1",
         amounts=["120", "21"])
    g.ev("incident", "өртті", "past", where="Семейдегі Шұғаев көшесіндегі ойын-сауық орталығындағы", n=2, cluster="c1",
         participants=["Төтенше жағдайлар министрлігі"])
    g.ev("incident", "Өртті", "ongoing", cluster="c1")
    g.ev("incident", "Оқиға", "past", cluster="c1", amounts=["120", "21"])
    g.ev("incident", "Тілсіз жауды", "past", cluster="c1")
    g.ev("incident", "опырылып", "past", cluster="c2")
    g.ev("incident", "өртті", "ongoing", after="Сондай-ақ", cluster="c1")
    g.ev("incident", "төтенше жағдайды", "past", cluster="c1")
    g.quote("Төтенше жағдайлар министрлігі Семейдегі Шұғаев көшесіндегі ойын-сауық орталығындағы өртті ауыздықтады", None,
            "хабарлады", kind="indirect", speaker_entity="ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі")
    g.announce(headline="Семейдегі ойын-сауық орталығындағы өртті сөндіруге 120 адам мен 21 техника жұмылдырылды",
               issuer="ҚР Төтенше жағдайлар министрлігі", outlet="KAZINFORM", published=None, place="Семей",
               main_event="c1")
    return g.save()


def shet_meeting():
    g = new("shet-district-apparatus-meeting", None, "Shet district akimat (Karaganda region)", "akimat")
    g.note("The district is not named in the text (only in the document id): positions stay 'Аудан әкімі'; issuer 'Шет ауданының әкімдігі' is taken from the document id (judgement call). The first line ends with a full stop and reads as the lead sentence: headline null.")
    g.note("'Аудан әкімінің М.Мұхтаровтың' = POSITION + PERSON. Generic groups ('сала бөлім басшылары', 'ауылдық округттер, кенттер әкімдеріне') not annotated. 'алдағы кезеңге' -> FUTURE_REF; 'Көктемгі' (a season as the modifier of 'дала жұмыстары', not a time of a happening) not annotated.")
    g.note("Events: c1 = the extended staff meeting (meeting): 'аппарат отырысы өтті', 'Кезекті аппарат отырысында', 'Жиын қорытындысы бойынша', past. Quotes: none (the akim's instructions 'міндеттеді' and 'хабарлама жасады' report tasks/topics, not content).")
    g.ent("Аудан әкімінің", "POSITION", "Аудан әкімі")
    g.ent("М.Мұхтаровтың", "PERSON", "М.Мұхтаров")
    g.ent("Аудан әкімі", "POSITION", after="хабарлама жасады")
    g.tmp("алдағы кезеңге", "relative", "FUTURE_REF")
    g.ev("meeting", "отырысы", "past", cluster="c1", participants=["Аудан әкімінің М.Мұхтаровтың"])
    g.ev("meeting", "отырысында", "past", cluster="c1", participants=["сала бөлім басшылары"])
    g.ev("meeting", "Жиын", "past", cluster="c1")
    g.person("М.Мұхтаров", ["Аудан әкімі"], [("М.Мұхтаровтың",)])
    g.announce(headline=None, issuer="Шет ауданының әкімдігі", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def syrdarya_meeting():
    g = new("syrdarya-district-apparatus-meeting", None, "Syrdarya district akimat (akim's press service)", "akimat")
    g.note("No publication date: 'Кеше' -> PAST_REF; 'мереке күндері' (undated holiday days, a time frame) not annotated. The agenda titles in quotes are titles of agenda items, not names.")
    g.note("Positions without the district name ('аудандық қаржы бөлімі басшысының міндетін атқарушы', '... бөлімінің басшысы', 'аудан әкімі') = POSITION as written; initials + surname = PERSON. The signature 'Сырдария ауданы әкімінің баспасөз қызметі' = ORGANISATION (issuer). 'аудан әкімдігінің мәжіліс залында' (unnamed) not an entity. 'төрт' cardinal (мәселе); 'Бірінші', 'Екінші' ordinal (мәселе).")
    g.note("Events: c1 = the staff meeting: headline 'МӘЖІЛІСІ ӨТТІ', 'аппарат мәжілісі өтіп', past (type meeting). Reports ('хабарлама жасады', 'баяндады', 'баяндама жасады') are speeches inside the meeting; 'тапсырма берді' an instruction. Quotes: none (topics only).")
    g.tmp("Кеше", "relative", "PAST_REF")
    g.qty("төрт", "cardinal", 4, unit="мәселе")
    g.qty("Бірінші", "ordinal", 1, unit="мәселе")
    g.ent("аудандық қаржы бөлімі басшысының міндетін атқарушы", "POSITION")
    g.ent("Г.Жансұлтанова", "PERSON")
    g.qty("Екінші", "ordinal", 2, unit="мәселе")
    g.ent("аудандық тұрғын үй коммуналдық шаруашылық, жолаушылар көлігі және автомобиль жолдары бөлімінің басшысы", "POSITION")
    g.ent("Е.Бахтияров", "PERSON")
    g.ent("аудандық ішкі саясат бөлімінің басшысы", "POSITION")
    g.ent("А.Мырзахметова", "PERSON")
    g.ent("аудан әкімі", "POSITION")
    g.ent("Ғ.Қазантаев", "PERSON")
    g.ent("Сырдария ауданы әкімінің баспасөз қызметі", "ORGANISATION")
    g.nested("Сырдария", "GPE")
    g.ev("meeting", "МӘЖІЛІСІ", "past", cluster="c1")
    g.ev("meeting", "мәжілісі", "past", when="Кеше", where="аудан әкімдігінің мәжіліс залында", after="аппарат мәжілісі",
         cluster="c1")
    g.person("Г.Жансұлтанова", ["аудандық қаржы бөлімі басшысының міндетін атқарушы"], [("Г.Жансұлтанова",)])
    g.person("Е.Бахтияров", ["аудандық тұрғын үй коммуналдық шаруашылық, жолаушылар көлігі және автомобиль жолдары бөлімінің басшысы"],
             [("Е.Бахтияров",)])
    g.person("А.Мырзахметова", ["аудандық ішкі саясат бөлімінің басшысы"], [("А.Мырзахметова",)])
    g.person("Ғ.Қазантаев", ["аудан әкімі"], [("Ғ.Қазантаев",)])
    g.announce(headline="АППАРАТ МӘЖІЛІСІ ӨТТІ", issuer="Сырдария ауданы әкімінің баспасөз қызметі", outlet=None,
               published=None, place=None, main_event="c1")
    return g.save()


def turkistan_flag():
    g = new("turkistan-police-flag-ceremony", None, "Turkistan regional police department (press service)", "police")
    g.note("No dates in the text ('мерекелік демалысында' is an undated time frame, not annotated).")
    g.note("'Облыс орталығында' (= Turkistan) optional GPE. 'Түркістан қаласындағы' -> GPE 'Түркістан'; “Мемлекеттік рәміздер” алаңы -> FACILITY inside the quotes. 'Республика күніне' = EVENT (holiday; only what the ceremony is dedicated to: not an event mention). 'облыс әкімі' = POSITION normalized 'Түркістан облысының әкімі' (the region is named later); 'Полиция департаментінің бастығы' = POSITION. Signature 'Түркістан облысы ПД баспасөз қызметі' = ORGANISATION.")
    g.note("Events: c1 = the flag-raising ceremony (ceremony), one happening: headline 'ту көтерілді', 'салтанатты шара өтті', 'Жиынға ... қатысты', 'Салтанатты рәсімнің ашылуы', '... туын көтеруден басталды', 'Іс-шара барысында', all past. Anthem and songs are parts of it. No quotes (the veterans' blessings are not reported content).")
    g.optional("Облыс орталығында", "GPE", "Түркістан")
    g.ent("Түркістан", "GPE", n=1)
    g.ent("Мемлекеттік рәміздер", "FACILITY")
    g.ent("Республика күніне", "EVENT", "Республика күні")
    g.ent("облыс әкімі", "POSITION", "Түркістан облысының әкімі")
    g.ent("Дархан Сатыбалды", "PERSON")
    g.ent("Полиция департаментінің бастығы", "POSITION")
    g.ent("Мұрат Қабденов", "PERSON")
    g.ent("Қазақстан Республикасының", "GPE", "Қазақстан Республикасы")
    g.ent("Түркістан", "GPE", after="Сондықтан")
    g.ent("Түркістан облысы ПД баспасөз қызметі", "ORGANISATION")
    g.nested("Түркістан", "GPE", after="күшейтілген режимде")
    W = "Түркістан қаласындағы “Мемлекеттік рәміздер” алаңында"
    g.ev("ceremony", "көтерілді", "past", where="Облыс орталығында", cluster="c1")
    g.ev("ceremony", "шара", "past", where=W, cluster="c1")
    g.ev("ceremony", "Жиынға", "past", cluster="c1",
         participants=["Дархан Сатыбалды", "Мұрат Қабденов", "мемлекеттік қызметкерлер",
                       "құқық қорғау органдарының өкілдері", "жастар мен қала тұрғындары"])
    g.ev("ceremony", "рәсімнің", "past", cluster="c1")
    g.ev("ceremony", "көтеруден", "past", cluster="c1")
    g.ev("ceremony", "Іс-шара", "past", cluster="c1")
    g.person("Дархан Сатыбалды", ["Түркістан облысының әкімі"], [("Дархан Сатыбалды",)])
    g.person("Мұрат Қабденов", ["Полиция департаментінің бастығы"], [("Мұрат Қабденов",)])
    g.announce(headline="Облыс орталығында ең үлкен мемлекеттік ту көтерілді",
               issuer="Түркістан облысы ПД баспасөз қызметі", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def turkistan_prosecutor():
    g = new("turkistan-prosecutor-district-visit", None, "Turkistan regional prosecutor's office", "prosecutor")
    g.note("No dates. 'Облыс прокуроры' / 'облыс прокуроры' = POSITION normalized 'Түркістан облысының прокуроры' (region named in the signature). 'Қазығұрт, Төлеби аудандарына' -> GPE 'Қазығұрт', 'Төлеби'. «Қолжетімді жайылым» жобасы = PROJECT. Signature 'Түркістан облысының прокуратурасы' = ORGANISATION (issuer). The first line is a sentence (no headline kept).")
    g.note("Events: c1 = the working trip (visit, 'іс-сапармен барып', past); c2 = the meeting with the local activists and ethnic communities ('кездесіп', 'Кездесу барысында', 'Кездесу қорытындысы бойынша', past); c3 = the personal reception of residents ('жеке қабылдау жүргізді', meeting, past). Quotes: none ('... қамтамасыз етуді ескеріп өтті' and 'тапсырмалар берді' have noun objects / instructions). main_event c1.")
    g.ent("Облыс прокуроры", "POSITION", "Түркістан облысының прокуроры")
    g.ent("Мұрат Тлеубердиев", "PERSON")
    g.ent("Қазығұрт", "GPE")
    g.ent("Төлеби", "GPE")
    g.ent("облыс прокуроры", "POSITION", "Түркістан облысының прокуроры", n=1)
    g.ent("Қолжетімді жайылым", "PROJECT")
    g.ent("облыс прокуроры", "POSITION", "Түркістан облысының прокуроры", n=2)
    g.ent("Түркістан облысының прокуратурасы", "ORGANISATION")
    g.nested("Түркістан", "GPE")
    g.ev("visit", "іс-сапармен", "past", where="Қазығұрт, Төлеби аудандарына", cluster="c1",
         participants=["Облыс прокуроры", "Мұрат Тлеубердиев"])
    g.ev("meeting", "кездесіп", "past", cluster="c2",
         participants=["Мұрат Тлеубердиев", "жергілікті актив пен этнос өкілдерімен"])
    g.ev("meeting", "Кездесу", "past", n=1, cluster="c2")
    g.ev("meeting", "қабылдау", "past", where="аудан прокуратураларында", cluster="c3",
         participants=["жергілікті тұрғындармен"])
    g.ev("meeting", "Кездесу", "past", n=2, cluster="c2")
    g.person("Мұрат Тлеубердиев", ["Түркістан облысының прокуроры"], [("Мұрат Тлеубердиев",)])
    g.announce(headline=None, issuer="Түркістан облысының прокуратурасы", outlet=None, published=None, place=None,
               main_event="c1")
    return g.save()


def zhetysu_conference():
    g = new("zhetysu-university-international-conference", None, "I. Zhansugurov Zhetysu State University", "university",
            text_kind="report")
    g.note("No dates in the text ('бұл жолы' = this time, not a date).")
    g.note("'Бұлақ көрсең көзін аш' = ADAGE; 'жетісулық' = NORP; 'Талдықорғанда' -> GPE; the four countries = GPE; 'елімізге' optional GPE. The conference theme in quotes + 'тақырыбында' = EVENT (inside the quotes). 'І.Жансүгіров атындағы Жетісу мемлекеттік университетінің ректоры' = one POSITION; the degree 'география ғылымдарының докторы' and the title 'профессор' = POSITION (judgement call: academic titles as positions). Generic 'ғылым докторлары мен профессорлар' not annotated.")
    g.note("Events: c1 = the international conference (conference): 'конференция өткізді' (past, where Талдықорғанда), 'конференция өз жұмысын бастады' (past, title), 'конференцияның мақсаты' (past clause), 'Конференция жұмысына ... 250 адам қатысты' (past, amounts '250'). c2 = the plenary session ('Пленарлық мәжілісті ... ашып, жүргізіп отырды', session, past). 'тәжірибе алмасты' is the content of the conference. Quotes: none ('... тоқталып, маңыздылығын атап өтті' has noun objects). Announcement: issuer = the university (inferred from the rector's post; the text names no issuer); no headline.")
    g.ent("Бұлақ көрсең көзін аш", "ADAGE")
    g.ent("жетісулық", "NORP")
    g.ent("Талдықорғанда", "GPE", "Талдықорған")
    g.ent("Түркия", "GPE")
    g.ent("Ресей", "GPE")
    g.ent("Украина", "GPE")
    g.ent("Болгария", "GPE")
    T = "Заманауи сын-тегеуріндер мен қоғамның жаһандану жағдайында Қазақстандағы білім мен ғылымның инновациялық әлеуеті"
    g.ent(T, "EVENT")
    g.nested("Қазақстандағы", "GPE", "Қазақстан")
    g.ent("І.Жансүгіров атындағы Жетісу мемлекеттік университетінің ректоры", "POSITION")
    g.nested("І.Жансүгіров атындағы Жетісу мемлекеттік университетінің", "ORGANISATION",
             "І.Жансүгіров атындағы Жетісу мемлекеттік университеті")
    g.nested("І.Жансүгіров", "PERSON")
    g.ent("география ғылымдарының докторы", "POSITION")
    g.ent("профессор", "POSITION")
    g.ent("Қуат Баймырзаев", "PERSON")
    g.optional("елімізге", "GPE", "Қазақстан")
    g.qty("250", "cardinal", 250, unit="адам")
    g.ev("conference", "конференция", "past", where="Талдықорғанда", n=1, cluster="c1", participants=["жетісулық ғалымдар"])
    g.ev("conference", "конференция", "past", title=T, n=2, cluster="c1")
    g.ev("session", "мәжілісті", "past", cluster="c2", participants=["Қуат Баймырзаев"])
    g.ev("conference", "конференцияның", "past", cluster="c1")
    g.ev("conference", "Конференция", "past", cluster="c1", amounts=["250"],
         participants=["шетелдік ғалымдар", "ғылым докторлары мен профессорлар", "университеттің оқытушы-профессорлары мен студенттері"])
    g.person("Қуат Баймырзаев", ["І.Жансүгіров атындағы Жетісу мемлекеттік университетінің ректоры",
                                  "география ғылымдарының докторы", "профессор"], [("Қуат Баймырзаев",)])
    g.announce(headline=None, issuer="І.Жансүгіров атындағы Жетісу мемлекеттік университеті", outlet=None,
               published=None, place=None, main_event="c1")
    return g.save()


ALL = [air_astana_middle_east, air_astana_ukraine, almaty_fire, astana_house_fire, auezov_status, auezov_premieres,
       defence_fire, kt_tariffs, kt_rural, urker_prize, ktz_refund, ktz_status, kyzylorda_court, kyzylorda_police,
       semey_fire, shet_meeting, syrdarya_meeting, turkistan_flag, turkistan_prosecutor, zhetysu_conference]

if __name__ == "__main__":
    build(ALL, sys.argv[1:])
