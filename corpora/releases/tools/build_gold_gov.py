"""Build the *.gold.json files of the government releases (wave 3) of corpora/releases.

Each function writes one document's gold from the text alone (blind: no presskz run),
by anchor text + occurrence, resolved and asserted by goldlib.
Run: cd corpora/releases/tools && python3 build_gold_gov.py
Sources: corpora/releases/sources_gov.tsv; conventions: corpora/releases/GUIDELINES.md.
"""
from goldlib import Gold

COMMON_NOTES = [
    "Schema 1.1 gold written blind from the text (GUIDELINES.md); offsets by anchor search in tools/build_gold_gov.py, asserted by goldlib.",
    "Wave-3 government conventions (same in every build_gold_gov.py file): the kept headline line is part of the text and its event words are mentions of the same cluster as the body; "
    "unquoted street and square names ('Шұғаев көшесіндегі' -> 'Шұғаев көшесі') are FACILITY with the generic noun in the span (unlike 'қаласы'/'облысы'/'ауданы', which stay out of GPE spans), a quoted one is the text inside the quotes (“Мемлекеттік рәміздер” алаңында -> FACILITY 'Мемлекеттік рәміздер'); "
    "an unnamed or lowercase anaphoric body ('Департаменттің баспасөз қызметі', 'аудан әкімдігі') is an optional_entity, a lowercase body with a proper name or acronym ('қалалық ТЖД') is a flat ORGANISATION; "
    "demonyms ('қызылордалық', 'алматылық') are optional NORP; holiday names are EVENT entities, and are event mentions only when the holiday itself is reported as taking place (as a time frame 'X кезінде' they are temporals).",
    "Event status is the standing the clause gives to the happening itself: a happening named as the argument of a clause about something else ('өрттің себебі анықталып жатыр') keeps the status the text gives it (past); "
    "sub-acts inside an event (speeches, anthem, songs, greetings) are not separate events; reported concrete acts with an occurrence (a hotline opened, an HQ set up, a case opened, a list approved) are events (launch / other).",
    "Quotes: a dash or «» quote attributed to a body ('- делінген хабарламада', '- деп хабарлады қалалық ПД') has speaker null and speaker_entity = the issuing body; "
    "'X мәліметінше / хабарлағандай / айтуынша, CLAUSE' and 'CLAUSE. Бұл туралы X хабарлады' are indirect quotes whose span is the reported clause.",
    "announcement.issuer = the issuing body without 'баспасөз қызметі' ('Сырдария ауданы әкімінің баспасөз қызметі' -> the district akimat); outlet = the relaying site (named in the text or known from the page), null for the body's own site; place = the dateline city.",
]


def new(doc_id, ref, **meta):
    g = Gold(doc_id, ref, **meta)
    for s in COMMON_NOTES:
        g.note(s)
    return g


def kyzylorda_police_new_year():
    g = new("kyzylorda-police-new-year-night", "2026-01-01",
            publisher="Kyzylorda regional police department", publisher_kind="police",
            url="https://kaz.inform.kz/news/kizilorda-oblisinda-tinishtikti-kuzetuge-minnan-astam-politsey-tartildi-fbd875/",
            published="2026-01-01", outlet="Kazinform")
    g.note("reference_date = the page date (2026-01-01). 'Жаңа жыл мерекесі кезінде' is a temporal range (31 Dec - 1 Jan) and 'Жаңа жыл мерекесі' an EVENT entity; the holiday is not an event mention (time frame).")
    g.note("Events: the deployment of police (headline 'тартылды', body 'тартылды') is one happening c1 (type other, past). The detected offences ('93 әкімшілік құқықбұзушылық анықталған') are counts of many acts, not one happening: not annotated; 'оқыс оқиғалар тіркелген жоқ' is negated.")
    g.note("'102 нөміріне' is a phone number: no quantity. 'Бұл түні' = the New Year night, value 2025-12-31TNI.")
    g.ent("Қызылорда", "GPE", n=1)
    g.ent("ҚЫЗЫЛОРДА", "GPE", "Қызылорда")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Жаңа жыл мерекесі", "EVENT")
    g.ent("Қызылорда облыстық полиция департаментінің", "ORGANISATION", "Қызылорда облыстық полиция департаменті")
    g.nested("Қызылорда", "GPE", after="мерекесі кезінде")
    g.optional("Департаменттің баспасөз қызметі", "ORGANISATION", "Қызылорда облыстық полиция департаментінің баспасөз қызметі")
    g.optional("Қызылордалық", "NORP", "қызылордалық")
    g.qty("мыңнан астам", "cardinal", 1000, unit="полицей", approx="more_than")
    g.qty("58", "cardinal", 58, unit="қоңырау")
    g.qty("93", "cardinal", 93, unit="құқықбұзушылық")
    g.qty("28", "cardinal", 28, unit="дерек")
    g.qty("14", "cardinal", 14, unit="дерек")
    g.qty("1000-нан астам", "cardinal", 1000, unit="қызметкер", approx="more_than")
    g.tmp("Жаңа жыл мерекесі кезінде", "range", "2025-12-31/2026-01-01")
    g.tmp("2025 жылдың 31 желтоқсанында", "date", "2025-12-31")
    g.tmp("Бұл түні", "relative", "2025-12-31TNI")
    g.tmp("Әзірге", "relative", "2026-01-01")
    g.ev("other", "тартылды", "past", None, "Қызылорда облысы", None, n=1, cluster="c1", participants=["полицей"], amounts=["мыңнан астам"])
    g.ev("other", "тартылды", "past", "Бұл түні", None, None, n=2, cluster="c1", participants=["департаменттің 1000-нан астам қызметкері"], amounts=["1000-нан астам"])
    ent = "Қызылорда облыстық полиция департаментінің баспасөз қызметі"
    g.quote("олар негізінен халық көп жиналатын жерлерді, ойын-сауық орындарын ерекше бақылады", None, "хабарлағандай", kind="indirect", speaker_entity=ent)
    g.quote("2025 жылдың 31 желтоқсанында 102 нөміріне 58 қоңырау келіп түсіп, облыс көлемінде 93 әкімшілік құқықбұзушылық анықталған. Спирт ішімдік ішу немесе қоғамдық орындарда мас күйінде жүрудің 28, кәмелетке толмағандардың түнгі уақытта жүруінің 14 дерегі анықталды. Мас күйде көлік басқару, көлік құралын басқару құқығынан айырылған күйде руль тізгіндеу фактілері анықталған жоқ",
            None, "делінген", kind="direct", speaker_entity=ent)
    g.announce(headline="Қызылорда облысында тыныштықты күзетуге мыңнан астам полицей тартылды",
               issuer="Қызылорда облыстық полиция департаменті", outlet="KAZINFORM", published="2026-01-01",
               place="Қызылорда", main_event="c1")
    return g.save()


def turkistan_police_flag():
    g = new("turkistan-police-flag-ceremony", None,
            publisher="Turkistan regional police department", publisher_kind="police",
            url="https://bainews.kz/?p=36617", published=None, outlet="bainews.kz")
    g.note("No publication date in the stored copy (Republic Day, 25 October; year not shown): reference_date null. The release is signed 'Түркістан облысы ПД баспасөз қызметі' (ORGANISATION, issuer).")
    g.note("Events: the headline flag raising ('ту көтерілді') is the centre of the ceremony and is taken as a mention of it (c1, type ceremony); 'салтанатты шара өтті', 'Жиынға ... қатысты', 'Салтанатты рәсімнің ашылуы', 'Іс-шара барысында' are further mentions. Anthem, songs and blessings inside the ceremony are not separate events. 'Республика күніне' is an EVENT entity (holiday as dedication, not an event mention).")
    g.note("'облыс әкімі' and 'Полиция департаментінің бастығы' are POSITIONs normalized with the region; 'мерекелік демалысында' (undated holiday days) is not annotated as a temporal.")
    g.ent("Түркістан", "GPE", n=1)
    g.ent("Мемлекеттік рәміздер", "FACILITY")
    g.ent("Республика күніне", "EVENT", "Республика күні")
    g.ent("облыс әкімі", "POSITION", "Түркістан облысының әкімі")
    g.ent("Дархан Сатыбалды", "PERSON")
    g.ent("Полиция департаментінің бастығы", "POSITION", "Түркістан облысы Полиция департаментінің бастығы")
    g.nested("Полиция департаментінің", "ORGANISATION", "Түркістан облысы Полиция департаменті")
    g.ent("Мұрат Қабденов", "PERSON")
    g.ent("Қазақстан Республикасының", "GPE", "Қазақстан Республикасы")
    g.ent("Түркістан", "GPE", after="Сондықтан")
    g.ent("Түркістан облысы ПД баспасөз қызметі", "ORGANISATION")
    g.nested("Түркістан облысы ПД", "ORGANISATION", "Түркістан облысы Полиция департаменті")
    g.nested("Түркістан", "GPE", after="қызметте болады")
    W = "“Мемлекеттік рәміздер” алаңы, Түркістан"
    P = ["Дархан Сатыбалды", "Мұрат Қабденов", "мемлекеттік қызметкерлер", "құқық қорғау органдарының өкілдері", "жастар мен қала тұрғындары"]
    g.ev("ceremony", "көтерілді", "past", None, "Облыс орталығы", None, cluster="c1")
    g.ev("ceremony", "шара", "past", None, W, None, after="салтанатты", cluster="c1")
    g.ev("ceremony", "Жиынға", "past", None, None, None, cluster="c1", participants=P)
    g.ev("ceremony", "рәсімнің", "past", None, None, None, cluster="c1")
    g.ev("ceremony", "Іс-шара", "past", None, None, None, cluster="c1")
    g.person("Дархан Сатыбалды", ["Түркістан облысының әкімі"], [("Дархан Сатыбалды",)])
    g.person("Мұрат Қабденов", ["Түркістан облысы Полиция департаментінің бастығы"], [("Мұрат Қабденов",)])
    g.announce(headline="Облыс орталығында ең үлкен мемлекеттік ту көтерілді",
               issuer="Түркістан облысы Полиция департаменті", outlet="bainews.kz", published=None,
               place=None, main_event="c1")
    return g.save()


def semey_fire():
    g = new("semey-entertainment-centre-fire", "2026-03-03",
            publisher="Ministry of Emergency Situations of Kazakhstan", publisher_kind="emergency",
            url="https://kaz.inform.kz/news/semeydeg-oyin-sauik-ortaligindagi-ortt-sondruge-120-adam-men-21-tehnika-zhumildirildi-7f69c5/",
            published="2026-03-03", outlet="Kazinform")
    g.note("reference_date = the page date (2026-03-03).")
    g.note("Events: the fire c1 (incident) at each mention that refers to it: headline 'өртті', lead 'өртті ауыздықтады' (past), 'Өртті толықтай сөндіру жұмыстары ... жалғасып жатыр' (ongoing: the fire is still being put out), 'өртті сөндіруге ... кедергі келтіріп отыр' (ongoing). The floor collapse is a separate incident c2 (past). The hotline ('сенім телефоны ашылған', launch) c3 and the operational HQ ('штабы құрылды', other) c4 are reported acts. 'өрт жүктемесі' (fire load) and 'өрт сөндіру жедел штабы' are terms, not mentions.")
    g.note("'8 (7222) 35-38-36' = CONTACT entity, no quantity. 'Төтенше жағдайлар департаментінде' (the regional department, unnamed region) = ORGANISATION as written.")
    g.ent("Семейдегі", "GPE", "Семей", n=1)
    g.ent("СЕМЕЙ", "GPE", "Семей")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Төтенше жағдайлар министрлігі", "ORGANISATION", n=1)
    g.ent("Семейдегі", "GPE", "Семей", n=2)
    g.ent("Шұғаев көшесіндегі", "FACILITY", "Шұғаев көшесі")
    g.nested("Шұғаев", "PERSON")
    g.ent("ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі", "ORGANISATION")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.nested("ҚР Төтенше жағдайлар министрлігінің", "ORGANISATION", "ҚР Төтенше жағдайлар министрлігі")
    g.ent("Төтенше жағдайлар департаментінде", "ORGANISATION", "Төтенше жағдайлар департаменті")
    g.ent("8 (7222) 35-38-36", "CONTACT")
    g.qty("120", "cardinal", 120, unit="адам", n=1)
    g.qty("21", "cardinal", 21, unit="техника", n=1)
    g.qty("120", "cardinal", 120, unit="адам", n=2)
    g.qty("21", "cardinal", 21, unit="техника", n=2)
    g.tmp("Қазіргі кезде", "relative", "2026-03-03")
    W = "Шұғаев көшесіндегі ойын-сауық орталығы, Семей"
    g.ev("incident", "өртті", "past", None, "Семейдегі ойын-сауық орталығы", None, n=1, cluster="c1", participants=["120 адам мен 21 техника"], amounts=["120", "21"])
    g.ev("incident", "өртті", "past", None, W, None, n=2, cluster="c1", participants=["Төтенше жағдайлар министрлігі"])
    g.ev("incident", "Өртті", "ongoing", None, None, None, cluster="c1")
    g.ev("incident", "өртті", "ongoing", None, None, None, after="Сондай-ақ", cluster="c1")
    g.ev("incident", "опырылып түскен", "past", None, None, None, cluster="c2")
    g.ev("launch", "ашылған", "past", None, "Төтенше жағдайлар департаменті", None, cluster="c3")
    g.ev("other", "құрылды", "past", "Қазіргі кезде", None, None, cluster="c4")
    g.quote("Төтенше жағдайлар министрлігі Семейдегі Шұғаев көшесіндегі ойын-сауық орталығындағы өртті ауыздықтады",
            None, "хабарлады", kind="indirect", speaker_entity="ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі")
    g.announce(headline="Семейдегі ойын-сауық орталығындағы өртті сөндіруге 120 адам мен 21 техника жұмылдырылды",
               issuer="ҚР Төтенше жағдайлар министрлігі", outlet="KAZINFORM", published="2026-03-03",
               place="Семей", main_event="c1")
    return g.save()


def almaty_agency_fire():
    g = new("almaty-advertising-agency-fire", "2025-08-28",
            publisher="Almaty city Department of Emergency Situations", publisher_kind="emergency",
            url="https://kaz.zakon.kz/kogam-tynysy/6066982-almatyly-rt-sndrushler-zharnama-agenttgndeg-rtt-rshp-ketune-zhol-bermed.html",
            published="2025-08-28", outlet="Zakon.kz")
    g.note("reference_date = the page date (2025-08-28). The last paragraph ('Еске салайық, ...') is the outlet's background note, kept as published.")
    g.note("'шамамен 20 шаршы метр' = quantity 20 'шаршы метр', approx about, the preposed approximator in the span. 'бір қабатты' = cardinal 1 (unit қабат). '4 минутта' = duration PT4M (temporal, not quantity).")
    g.note("Events: the fire c1 (headline 'өрттің', 'шатырының өртенгенін', 'өрттің себебі', all past); the dispatch of crews and the extinguishing are the response, not separate happenings; the order of 20 August approving the list of protected objects is a past act (c2, other); 'жұмыстары жүргізілуде' is a process (not an event).")
    g.note("'ТЖД' = the Almaty department (normalized to it); 'Төтенше жағдайлар министрінің' = POSITION; 'Жетісу ауданындағы' -> GPE 'Жетісу' (city district).")
    g.optional("Алматылық", "NORP", "алматылық")
    g.ent("Алматы төтенше жағдайлар департаменті", "ORGANISATION")
    g.nested("Алматы", "GPE", after="18:01-де")
    g.ent("Жетісу", "GPE")
    g.ent("Ратушный көшесіне", "FACILITY", "Ратушный көшесі")
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("ТЖД", "ORGANISATION", "Алматы төтенше жағдайлар департаменті")
    g.ent("Төтенше жағдайлар министрінің", "POSITION", "Төтенше жағдайлар министрі")
    g.qty("бір", "cardinal", 1, unit="қабат")
    g.qty("шамамен 20 шаршы метр", "quantity", 20, unit="шаршы метр", approx="about")
    g.tmp("28 тамыз күні сағат 18:01-де", "datetime", "2025-08-28T18:01")
    g.tmp("4 минутта", "duration", "PT4M")
    g.tmp("сағат 18:17-де", "time", "2025-08-28T18:17")
    g.tmp("Қазіргі уақытта", "relative", "2025-08-28")
    g.tmp("бұған дейін", "relative", "PAST_REF")
    g.tmp("2025 жылғы 20 тамыздағы", "date", "2025-08-20")
    W = "Ратушный көшесі, Жетісу ауданы, Алматы"
    g.ev("incident", "өрттің", "past", None, "жарнама агенттігі", None, n=1, cluster="c1")
    g.ev("incident", "өртенгенін", "past", None, "жарнама агенттігінің бір қабатты цехы", None, cluster="c1")
    g.ev("incident", "өрттің", "past", None, None, None, after="Қазіргі уақытта", cluster="c1")
    g.ev("other", "бекітілген", "past", "2025 жылғы 20 тамыздағы", None, None, cluster="c2", participants=["Төтенше жағдайлар министрі"])
    g.quote("өрт сөндірушілер жарнама агенттігінің бір қабатты цехының шамамен 20 шаршы метр аумақтағы шатырының өртенгенін анықтаған",
            None, "мәліметінше", kind="indirect", speaker_entity="Алматы төтенше жағдайлар департаменті")
    g.announce(headline="Алматылық өрт сөндірушілер жарнама агенттігіндегі өрттің өршіп кетуіне жол бермеді",
               issuer="Алматы төтенше жағдайлар департаменті", outlet="Zakon.kz", published="2025-08-28",
               place=None, main_event="c1")
    return g.save()


def astana_house_fire():
    g = new("astana-house-fire-gas-cylinders", "2026-01-26",
            publisher="Astana city Department of Emergency Situations", publisher_kind="emergency",
            url="https://kaz.inform.kz/news/elordada-turgin-uyden-shikkan-ort-250-sharshi-metr-aumakti-sharpigan-da9dc1/",
            published="2026-01-26", outlet="Kazinform")
    g.note("reference_date = the page date (00:35, 26 Қаңтар 2026); 'Бүгін' -> 2026-01-26.")
    g.note("'112 пультіне' is the emergency number: no quantity. '250 ш. м.' = quantity 250 'шаршы метр' like the headline's '250 шаршы метр'. 'екі пәтерлі' = cardinal 2 (unit пәтер).")
    g.note("Events: every mention of the house fire is c1 (incident, past): headline 'өрт', 'өрт шыққаны', 'өрт шыққанын', quote 'Өртті', 'Өрт ... сөндірілді', 'Өрттің шығу себебі'. The averted explosion ('жарылыстың алдын алды') did not happen: not an event.")
    g.note("'қалалық ТЖД баспасөз қызметі' (lowercase, but an acronym name) = ORGANISATION, normalized 'Астана қаласы ТЖД баспасөз қызметі'; 'Елордада'/'елордалық' optional GPE Астана; the speaker's whole post 'Астана қаласы ТЖД ӨСКҚ жедел кезекшісінің орынбасары' = one POSITION.")
    g.optional("Елордада", "GPE", "Астана")
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.optional("елордалық", "GPE", "Астана")
    g.ent("Сарыарқа", "GPE")
    g.ent("С. Қожахметов көшесінде", "FACILITY", "С. Қожахметов көшесі")
    g.nested("С. Қожахметов", "PERSON")
    g.ent("қалалық ТЖД баспасөз қызметі", "ORGANISATION", "Астана қаласы ТЖД баспасөз қызметі")
    g.nested("ТЖД", "ORGANISATION", "Астана қаласы Төтенше жағдайлар департаменті", n=1)
    g.ent("Астана қаласы ТЖД ӨСКҚ жедел кезекшісінің орынбасары", "POSITION")
    g.nested("Астана", "GPE", after="деді ")
    g.nested("Астана қаласы ТЖД ӨСКҚ", "ORGANISATION")
    g.ent("Сабден Ебдельманов", "PERSON")
    g.qty("250 шаршы метр", "quantity", 250, unit="шаршы метр")
    g.qty("екі", "cardinal", 2, unit="пәтер", n=1)
    g.qty("екі", "cardinal", 2, unit="баллон", n=2)
    g.qty("250 ш. м.", "quantity", 250, unit="шаршы метр")
    g.qty("3", "cardinal", 3, unit="техника")
    g.qty("17", "cardinal", 17, unit="өрт сөндіруші")
    g.tmp("Бүгін", "relative", "2026-01-26")
    W = "С. Қожахметов көшесі, Сарыарқа ауданы, Астана"
    g.ev("incident", "өрт", "past", None, "тұрғын үй", None, n=1, cluster="c1")
    g.ev("incident", "өрт", "past", "Бүгін", W, None, n=2, cluster="c1")
    g.ev("incident", "өрт", "past", None, "екі пәтерлі тұрғын үйдің шатыры", None, after="шатырынан", cluster="c1")
    g.ev("incident", "Өртті", "past", None, None, None, cluster="c1")
    g.ev("incident", "Өрт", "past", None, None, None, after="алдын алды.", cluster="c1", amounts=["250 ш. м."])
    g.ev("incident", "Өрттің", "past", None, None, None, cluster="c1")
    g.quote("Өртті сөндіру барысында құтқарушылар жанып жатқан үйден екі газ баллонын қауіпсіз жерге шығарып, жарылыстың алдын алды. Өрт 250 ш. м. алаңда толық сөндірілді. Зардап шеккендер жоқ. Өрттің шығу себебі анықталып жатыр. Оқиға орнында 3 техника және 17 өрт сөндіруші жұмыс істеді",
            "Сабден Ебдельманов", "деді")
    g.quote("Бүгін елордалық 112 пультіне Сарыарқа ауданындағы С. Қожахметов көшесінде орналасқан жеке тұрғын үйде өрт шыққаны туралы хабарлама түсті",
            None, "хабарлайды", kind="indirect", speaker_entity="Астана қаласы ТЖД баспасөз қызметі")
    g.person("Сабден Ебдельманов", ["Астана қаласы ТЖД ӨСКҚ жедел кезекшісінің орынбасары"], [("Сабден Ебдельманов",)])
    g.announce(headline="Елордада тұрғын үйден шыққан өрт 250 шаршы метр аумақты шарпыған",
               issuer="Астана қаласы Төтенше жағдайлар департаменті", outlet="KAZINFORM", published="2026-01-26",
               place="Астана", main_event="c1")
    return g.save()


def defence_ministry_fire():
    g = new("defence-ministry-building-fire", "2022-10-29",
            publisher="Ministry of Emergency Situations of Kazakhstan", publisher_kind="emergency",
            url="https://egemen.kz/article/326789-qorghanys-ministrligininh-ghimaratynda-ort-shyqty",
            published="2022-10-29", outlet="Egemen.kz")
    g.note("reference_date = the page date (29 Қазан, 2022). Rubric/date line, view counter, reading time and the repeated headline (photo caption) were dropped.")
    g.note("Issuer: the facts come from the emergencies ministry's press secretary (publisher = the ministry); 'Қорғаныс министрлігі' is the owner of the building (ORGANISATION).")
    g.note("Events: one fire c1 (incident, past) at 'өрт шықты', 'өрт болды', 'Өрт туралы', 'Өрт ... локализацияланған', 'өртеніп кеткен', 'өрт сөндірілді', 'өрттің себебі'.")
    g.note("Quotes: two direct «» quotes; the second is attributed to 'ТЖМ баспасөз хатшысы', the same person as the first (speaker Руслан Иманқұлов). 'Оның айтуынша, ...' = indirect quote of him.")
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
    g.tmp("қазіргі уақытта", "relative", "2022-10-29")
    g.tmp("қазірдің өзінде", "relative", "2022-10-29")
    g.tmp("сәл кейінірек", "relative", "FUTURE_REF")
    g.tmp("Сағат 13:42-де", "time", "2022-10-29T13:42")
    B = "Қорғаныс министрлігінің ғимараты"
    g.ev("incident", "өрт", "past", None, B, None, n=1, cluster="c1")
    g.ev("incident", "өрт", "past", None, B, None, n=2, cluster="c1")
    g.ev("incident", "Өрт", "past", None, None, None, n=1, cluster="c1")
    g.ev("incident", "Өрт", "past", "қазірдің өзінде", None, None, n=2, cluster="c1")
    g.ev("incident", "өртеніп кеткен", "past", None, "ғимарат", None, cluster="c1", amounts=["10 шаршы метр"])
    g.ev("incident", "өрт", "past", "Сағат 13:42-де", None, None, after="Сағат 13:42-де", cluster="c1")
    g.ev("incident", "өрттің", "past", None, None, None, cluster="c1")
    g.quote("Шақыру келіп түсті, қазіргі уақытта бөлімшелер орнында. Өрт қазірдің өзінде локализацияланған, толығырақ ақпарат сәл кейінірек болады",
            "Руслан Иманқұлов", "деді")
    g.quote("ғимаратта 10 шаршы метр аумақта кеңсе жиһазы өртеніп кеткен", "Руслан Иманқұлов", "айтуынша", kind="indirect")
    g.quote("Сағат 13:42-де өрт сөндірілді. Зардап шеккендер жоқ, өрттің себебі анықталуда", "Руслан Иманқұлов", "деп толықтырды")
    g.person("Руслан Иманқұлов", ["Төтенше жағдайлар министрлігінің баспасөз хатшысы"], [("Руслан Иманқұлов",), ("Р.Иманқұлов",)])
    g.announce(headline="Қорғаныс министрлігінің ғимаратында өрт шықты", issuer="ҚР Төтенше жағдайлар министрлігі",
               outlet="Egemen.kz", published="2022-10-29", place=None, main_event="c1")
    return g.save()


def turkistan_prosecutor_visit():
    g = new("turkistan-prosecutor-district-visit", None,
            publisher="Turkistan regional prosecutor's office", publisher_kind="prosecutor",
            url="https://muzbalaq.kz/93061", published=None, outlet="muzbalaq.kz")
    g.note("No headline and no date in the stored copy; the release is signed 'Түркістан облысының прокуратурасы' ('Comments' chrome dropped). The same text is on r-factor.kz without the signature.")
    g.note("Events: the working trip ('іс-сапармен', visit c1); the meeting with local activists ('кездесіп', 'Кездесу барысында', 'Кездесу қорытындысы бойынша': meeting c2); the personal reception of residents ('жеке қабылдау жүргізді', meeting c3). 'облыс прокуроры ... ескеріп өтті' has no reported clause: not a quote.")
    g.note("'Облыс прокуроры' / 'облыс прокуроры' = POSITION normalized 'Түркістан облысының прокуроры' (3 mentions); plural generic 'аудан прокурорларына', 'аудан прокуратураларында' not annotated.")
    g.ent("Облыс прокуроры", "POSITION", "Түркістан облысының прокуроры")
    g.ent("Мұрат Тлеубердиев", "PERSON")
    g.ent("Қазығұрт", "GPE")
    g.ent("Төлеби", "GPE")
    g.ent("облыс прокуроры", "POSITION", "Түркістан облысының прокуроры", n=1)
    g.ent("Қолжетімді жайылым", "PROJECT")
    g.ent("облыс прокуроры", "POSITION", "Түркістан облысының прокуроры", n=2)
    g.ent("Түркістан облысының прокуратурасы", "ORGANISATION")
    g.nested("Түркістан", "GPE")
    g.ev("visit", "іс-сапармен", "past", None, "Қазығұрт, Төлеби аудандары", None, cluster="c1", participants=["Мұрат Тлеубердиев"])
    g.ev("meeting", "кездесіп", "past", None, "Қазығұрт, Төлеби аудандары", None, cluster="c2",
         participants=["Мұрат Тлеубердиев", "жергілікті актив", "этнос өкілдері"])
    g.ev("meeting", "Кездесу", "past", None, None, None, n=1, cluster="c2")
    g.ev("meeting", "қабылдау", "past", None, "аудан прокуратуралары", None, cluster="c3", participants=["жергілікті тұрғындар"])
    g.ev("meeting", "Кездесу", "past", None, None, None, n=2, cluster="c2")
    g.person("Мұрат Тлеубердиев", ["Түркістан облысының прокуроры"], [("Мұрат Тлеубердиев",)])
    g.announce(headline=None, issuer="Түркістан облысының прокуратурасы", outlet="muzbalaq.kz", published=None,
               place=None, main_event="c1")
    return g.save()


def kyzylorda_court_press():
    g = new("kyzylorda-court-press-conference", "2014-04-11",
            publisher="Kyzylorda regional court", publisher_kind="court",
            url="http://kzl.sud.kz/kaz/news/oblystyk-sotta-baspasoz-konferenciyasy-otti", published="2014-04-11", outlet=None)
    g.note("The court's own site; the page shows no date line but the release opens 'Бүгін, 2014 жылдың 11 сәуірінде': reference_date = published = 2014-04-11. Print/mail buttons dropped; paragraph indentation kept; the stored copy stops mid-sentence, the text ends at the last complete sentence.")
    g.note("Temporals: 'Бүгін' and '2014 жылдың 11 сәуірінде' are two temporals of the same day; '2014 жылдың 1 тоқсанында' = range 2014-01-01/2014-03-31 (GUIDELINES example).")
    g.note("Events: one press conference c1 (press_conference, past): headline 'конференциясы', 'баспасөз-конференциясы болып өтті', 'Баспасөз конференциясына ... қатысты', 'Баспасөз мәслихатында' (synonym). 'Облыстық сотта' (headline, unnamed) optional ORGANISATION; the court's posts are POSITIONs normalized with 'Қызылорда облыстық сотының'.")
    g.optional("Облыстық сотта", "ORGANISATION", "Қызылорда облыстық соты")
    g.ent("Қызылорда облыстық сотының", "ORGANISATION", "Қызылорда облыстық соты")
    g.nested("Қызылорда", "GPE", n=1)
    g.ent("Қызылорда", "GPE", n=2)
    g.ent("облыстық сот төрағасы", "POSITION", "Қызылорда облыстық сотының төрағасы")
    g.ent("Нұрлан Қайырбеков", "PERSON")
    g.ent("облыстық соттың қылмыстық істер жөніндегі апелляциялық сот алқасының төрағасы", "POSITION",
          "Қызылорда облыстық сотының қылмыстық істер жөніндегі апелляциялық сот алқасының төрағасы")
    g.ent("Ержан Қарабаев", "PERSON")
    g.ent("азаматтық және әкімшілік істер жөніндегі апелляциялық сот алқасының төрағасы", "POSITION",
          "Қызылорда облыстық сотының азаматтық және әкімшілік істер жөніндегі апелляциялық сот алқасының төрағасы")
    g.ent("Қайрат Адранов", "PERSON")
    g.ent("облыстық соттың баспасөз хатшысы", "POSITION", "Қызылорда облыстық сотының баспасөз хатшысы")
    g.ent("А.Смағамбетова", "PERSON")
    g.qty("94,5 пайызы", "percent", 94.5)
    g.tmp("Бүгін", "relative", "2014-04-11")
    g.tmp("2014 жылдың 11 сәуірінде", "date", "2014-04-11")
    g.tmp("2014 жылдың 1 тоқсанында", "range", "2014-01-01/2014-03-31")
    W = "Қызылорда облыстық сотының мәжіліс залы"
    P = ["Нұрлан Қайырбеков", "Ержан Қарабаев", "Қайрат Адранов", "А.Смағамбетова", "жергілікті бұқаралық ақпарат құралдарының өкілдері"]
    g.ev("press_conference", "конференциясы", "past", None, "Облыстық сот", None, cluster="c1")
    g.ev("press_conference", "баспасөз-конференциясы", "past", "2014 жылдың 11 сәуірінде", W, None, cluster="c1")
    g.ev("press_conference", "конференциясына", "past", None, None, None, cluster="c1", participants=P)
    g.ev("press_conference", "мәслихатында", "past", None, None, None, cluster="c1")
    g.person("Нұрлан Қайырбеков", ["Қызылорда облыстық сотының төрағасы"], [("Нұрлан Қайырбеков",)])
    g.person("Ержан Қарабаев", ["Қызылорда облыстық сотының қылмыстық істер жөніндегі апелляциялық сот алқасының төрағасы"], [("Ержан Қарабаев",)])
    g.person("Қайрат Адранов", ["Қызылорда облыстық сотының азаматтық және әкімшілік істер жөніндегі апелляциялық сот алқасының төрағасы"], [("Қайрат Адранов",)])
    g.person("А.Смағамбетова", ["Қызылорда облыстық сотының баспасөз хатшысы"], [("А.Смағамбетова",)])
    g.announce(headline="Облыстық сотта баспасөз конференциясы өтті", issuer="Қызылорда облыстық соты", outlet=None,
               published="2014-04-11", place=None, main_event="c1")
    return g.save()


def shet_apparatus_meeting():
    g = new("shet-district-apparatus-meeting", None,
            publisher="Shet district akimat (Karaganda region)", publisher_kind="akimat",
            url="https://www.gov.kz/memleket/entities/karaganda-shet/press/news/details/1028946", published=None, outlet=None)
    g.note("The akimat's own gov.kz page; no date and no headline in the stored copy (the first sentence is the lead): reference_date null. The bullet list is kept as published.")
    g.note("'Аудан әкімінің' / 'Аудан әкімі' = POSITION normalized 'Шет ауданының әкімі' (district known from the publisher page). Typos of the source kept ('әкімінің М.Мұхтаровтың', 'округттер').")
    g.note("Events: one apparatus meeting c1 (meeting, past): 'отырысы өтті', 'Кезекті аппарат отырысында', 'Жиын қорытындысы бойынша'. 'Көктемгі дала жұмыстары' is a process; 'алдағы кезеңге' = relative FUTURE_REF.")
    g.ent("Аудан әкімінің", "POSITION", "Шет ауданының әкімі")
    g.ent("М.Мұхтаровтың", "PERSON", "М.Мұхтаров")
    g.ent("Аудан әкімі", "POSITION", "Шет ауданының әкімі", after="хабарлама жасады.")
    g.tmp("алдағы кезеңге", "relative", "FUTURE_REF")
    g.ev("meeting", "отырысы", "past", None, None, None, cluster="c1", participants=["М.Мұхтаров"])
    g.ev("meeting", "отырысында", "past", None, None, None, cluster="c1", participants=["сала бөлім басшылары"])
    g.ev("meeting", "Жиын", "past", None, None, None, cluster="c1")
    g.person("М.Мұхтаров", ["Шет ауданының әкімі"], [("М.Мұхтаровтың",)])
    g.announce(headline=None, issuer="Шет ауданының әкімдігі", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def syrdarya_apparatus_meeting():
    g = new("syrdarya-district-apparatus-meeting", None,
            publisher="Syrdarya district akimat (Kyzylorda region)", publisher_kind="akimat",
            url="https://tirshilik-tynysy.kz/saysat/461-apparat-mzhls-tt.html", published=None, outlet="tirshilik-tynysy.kz")
    g.note("No date in the stored copy: reference_date null, 'Кеше' -> PAST_REF. Signed 'Сырдария ауданы әкімінің баспасөз қызметі.' (ORGANISATION; issuer = the district akimat). Missing space in 'баяндады.Сонымен' kept.")
    g.note("Agenda titles in quotes (\"Бюджет қаржысының игерілу барысы туралы\") are not names. District departments written lowercase ('аудандық қаржы бөлімі') appear only inside POSITIONs (nested ORGANISATION). 'Бірінші'/'Екінші' = ordinals; 'төрт' = cardinal (unit мәселе).")
    g.note("Events: one apparatus meeting c1 (meeting, past): headline 'МӘЖІЛІСІ', 'аппарат мәжілісі өтіп'. 'мереке күндері' (undated holiday days) is not a temporal value here: not annotated.")
    g.optional("аудан әкімдігінің", "ORGANISATION", "Сырдария ауданының әкімдігі")
    g.ent("аудандық қаржы бөлімі басшысының міндетін атқарушы", "POSITION", "Сырдария аудандық қаржы бөлімі басшысының міндетін атқарушы")
    g.nested("аудандық қаржы бөлімі", "ORGANISATION", "Сырдария аудандық қаржы бөлімі")
    g.ent("Г.Жансұлтанова", "PERSON")
    T = "аудандық тұрғын үй коммуналдық шаруашылық, жолаушылар көлігі және автомобиль жолдары бөлімінің басшысы"
    g.ent(T, "POSITION", "Сырдария " + T)
    g.ent("Е.Бахтияров", "PERSON")
    g.ent("аудандық ішкі саясат бөлімінің басшысы", "POSITION", "Сырдария аудандық ішкі саясат бөлімінің басшысы")
    g.ent("А.Мырзахметова", "PERSON")
    g.ent("аудан әкімі", "POSITION", "Сырдария ауданының әкімі")
    g.ent("Ғ.Қазантаев", "PERSON")
    g.ent("Сырдария ауданы әкімінің баспасөз қызметі", "ORGANISATION")
    g.nested("Сырдария", "GPE")
    g.qty("төрт", "cardinal", 4, unit="мәселе")
    g.qty("Бірінші", "ordinal", 1, unit="мәселе")
    g.qty("Екінші", "ordinal", 2, unit="мәселе")
    g.tmp("Кеше", "relative", "PAST_REF")
    g.ev("meeting", "МӘЖІЛІСІ", "past", None, None, None, cluster="c1")
    g.ev("meeting", "мәжілісі", "past", "Кеше", "аудан әкімдігінің мәжіліс залы", None, cluster="c1",
         participants=["Г.Жансұлтанова", "Е.Бахтияров", "А.Мырзахметова", "Ғ.Қазантаев"])
    g.person("Г.Жансұлтанова", ["Сырдария аудандық қаржы бөлімі басшысының міндетін атқарушы"], [("Г.Жансұлтанова",)])
    g.person("Е.Бахтияров", ["Сырдария " + T], [("Е.Бахтияров",)])
    g.person("А.Мырзахметова", ["Сырдария аудандық ішкі саясат бөлімінің басшысы"], [("А.Мырзахметова",)])
    g.person("Ғ.Қазантаев", ["Сырдария ауданының әкімі"], [("Ғ.Қазантаев",)])
    g.announce(headline="АППАРАТ МӘЖІЛІСІ ӨТТІ", issuer="Сырдария ауданының әкімдігі", outlet="tirshilik-tynysy.kz",
               published=None, place=None, main_event="c1")
    return g.save()


DOCS = [kyzylorda_police_new_year, turkistan_police_flag, semey_fire, almaty_agency_fire, astana_house_fire,
        defence_ministry_fire, turkistan_prosecutor_visit, kyzylorda_court_press, shet_apparatus_meeting,
        syrdarya_apparatus_meeting]


def main():
    for f in DOCS:
        print(f())


if __name__ == "__main__":
    main()
