"""Build the *.gold.json files of the government releases (wave 3) of corpora/releases.

Each function writes one document's gold from the text alone (blind: no presskz run),
by anchor text + occurrence, resolved and asserted by goldlib.
Run: cd corpora/releases/tools && python3 build_gold_gov.py
Sources: corpora/releases/sources_gov.tsv; conventions: corpora/releases/GUIDELINES.md.
"""
from goldlib import Gold, build

COMMON_NOTES = [
    "Schema 1.1 gold written blind from the text (GUIDELINES.md); offsets by anchor search in tools/build_gold_gov.py, asserted by goldlib.",
    "Wave-3 government conventions (same in every build_gold_gov.py file): the kept headline line is part of the text and its event words are mentions of the same cluster as the body; "
    "unquoted street and square names ('Шұғаев көшесіндегі' -> 'Шұғаев көшесі') are FACILITY with the generic noun in the span (unlike 'қаласы'/'облысы'/'ауданы', which stay out of GPE spans), a quoted one is the text inside the quotes (“Мемлекеттік рәміздер” алаңында -> FACILITY 'Мемлекеттік рәміздер'); "
    "an unnamed or lowercase anaphoric body ('Департаменттің баспасөз қызметі', 'аудан әкімдігі') is an optional_entity, a lowercase body with a proper name or acronym ('қалалық ТЖД') is a flat ORGANISATION; "
    "demonyms ('қызылордалық', 'алматылық') are optional NORP; holiday names are EVENT entities, and are event mentions only when the holiday itself is reported as taking place (as a time frame 'X кезінде' they are temporals).",
    "Event status is the standing the clause gives to the happening itself: a happening named as the argument of a clause about something else ('өрттің себебі анықталып жатыр') keeps the status the text gives it (past); "
    "sub-acts inside an event (speeches, anthem, songs, greetings) are not separate events; reported concrete acts with an occurrence (a hotline opened, an HQ set up, a case opened, a list approved) are events (launch / other).",
    "Aggregated results over a period (year totals, 'N іс қаралған', offences counted over a night) are not events; single concrete occurrences are. "
    "A court or a ministry holding its own briefing or meeting is ORGANISATION even in the locative ('Махамбет аудандық сотында брифинг өтті').",
    "Quotes: the outlet's self-attribution ('..., деп хабарлайды Zakon.kz') is not a quote; a dash or «» quote attributed to a body ('- делінген хабарламада', '- деп хабарлады қалалық ПД') has speaker null and speaker_entity = the issuing body; "
    "'X мәліметінше / хабарлағандай / айтуынша, CLAUSE' and 'CLAUSE. Бұл туралы X хабарлады' are indirect quotes whose span is the reported clause.",
    "announcement.issuer = the issuing body without 'баспасөз қызметі' ('Сырдария ауданы әкімінің баспасөз қызметі' -> the district akimat); outlet = the relaying site (named in the text or known from the page), null for the body's own site; place = the dateline city.",
]


def new(doc_id, ref, **meta):
    return Gold(doc_id, ref, notes=COMMON_NOTES, **meta)


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



def culture_abai_savings():
    g = new("culture-minister-abai-jubilee-savings", None,
            publisher="Ministry of Culture and Sport of Kazakhstan", publisher_kind="ministry",
            url="https://qazaqstan.tv/news/132513", published=None, outlet="qazaqstan.tv")
    g.note("No article date in the stored copy (the dates in the dropped 'Сондай-ақ оқыңыз' links are of other items): reference_date null. Typo 'миллард' kept; its money value as 'миллиард'.")
    g.note("'Абайдың мерейтойына' = EVENT entity (the jubilee, as the purpose of the funds), not an event mention; the cancelled events ('шара қысқартылды', 'шаралар тоқтатылып') did not take place: not event mentions. The only event is the briefing c1 ('брифингте', past, at the Central Communications platform).")
    g.note("Abai is in the people layer (standalone mentions 'Абай оқыған', 'Абайдың қастерлі мекені', 'Абай шығармаларын', and the nested ones inside the jubilee name). 'Жидебайды' = LOCATION. 'Ахмет Риза медресесін' = FACILITY (nested PERSON). The headline's '- министр' is an attribution of the headline: no quote annotated on the headline.")
    g.ent("Абайдың мерейтойына", "EVENT", "Абайдың мерейтойы", n=1)
    g.nested("Абайдың", "PERSON", "Абай", n=1)
    g.ent("министр", "POSITION", "Мәдениет және спорт министрі", n=1)
    g.ent("Абайдың мерейтойына", "EVENT", "Абайдың мерейтойы", n=2)
    g.nested("Абайдың", "PERSON", "Абай", n=2)
    g.ent("Мәдениет және спорт министрі", "POSITION")
    g.ent("Ақтоты Райымқұлова", "PERSON")
    g.ent("Орталық коммуникациялар алаңында", "FACILITY", "Орталық коммуникациялар алаңы")
    g.ent("Министрдің", "POSITION", "Мәдениет және спорт министрі")
    g.ent("Шығыс Қазақстандағы", "GPE", "Шығыс Қазақстан")
    g.ent("Семейдегі", "GPE", "Семей")
    g.ent("Абай", "PERSON", after="музейді және ")
    g.ent("Ахмет Риза медресесін", "FACILITY", "Ахмет Риза медресесі")
    g.nested("Ахмет Риза", "PERSON")
    g.ent("Абайдың", "PERSON", "Абай", after="жаңғыртуға, ")
    g.ent("Жидебайды", "LOCATION", "Жидебай")
    g.ent("Абай", "PERSON", after="абаттандыруға, ")
    g.qty("1,7 млрд теңге", "money", 1700000000, unit="KZT")
    g.qty("1,7 миллард теңге", "money", 1700000000, unit="KZT")
    g.qty("10", "cardinal", 10, unit="тіл", n=1)
    g.qty("10", "cardinal", 10, unit="том", n=2)
    g.ev("briefing", "брифингте", "past", None, "Орталық коммуникациялар алаңы", None, cluster="c1", participants=["Ақтоты Райымқұлова"])
    g.quote("Абайдың мерейтойына бөлінген қаржыдан 1,7 миллард теңге үнемделіп, бюджетке қайтарылды", "Ақтоты Райымқұлова", "мәлімдеді", kind="indirect")
    g.quote("Пандемияға байланысты көптеген шара қысқартылды. Әсіресе, қазақстандық және шетелдік қонақтардың қатысуымен оффлайн режимде өтуі тиіс болған шаралар тоқтатылып, қаражатты республикалық бюджетке қайтардық",
            "Ақтоты Райымқұлова", "деді")
    g.quote("қаржының қалған бөлігі Шығыс Қазақстандағы инфрақұрылымды жақсартуға, Семейдегі музейді және Абай оқыған Ахмет Риза медресесін жаңғыртуға, Абайдың қастерлі мекені – әйгілі Жидебайды абаттандыруға, Абай шығармаларын 10 тілге аударып, 10 том қылып шығаруға жұмсалды",
            "Ақтоты Райымқұлова", "айтуынша", kind="indirect")
    g.person("Ақтоты Райымқұлова", ["Мәдениет және спорт министрі"], [("Ақтоты Райымқұлова",)])
    g.person("Абай", [], [("Абайдың", 1), ("Абайдың", 2), ("Абай", 1, "музейді және "), ("Абайдың", 1, "жаңғыртуға, "), ("Абай", 1, "абаттандыруға, ")])
    g.announce(headline="Абайдың мерейтойына бөлінген қаржыдан 1,7 млрд теңге үнемделді - министр",
               issuer="Қазақстан Республикасы Мәдениет және спорт министрлігі", outlet="qazaqstan.tv", published=None,
               place=None, main_event="c1")
    return g.save()


def akmola_police_hoax():
    g = new("akmola-police-school-threat-hoax", "2026-01-22",
            publisher="Akmola regional police department", publisher_kind="police",
            url="https://kaz.zakon.kz/okiga/6075244-belgsz-adamdar-mektepterge-shabuyl-turaly-khabarlamalar-taratty--politsiya-tekserude.html",
            published="2026-01-22", outlet="Zakon.kz")
    g.note("reference_date = the page date (2026-01-22). The stored copy continues with a cut sentence, dropped. School numbers '№14, 18, 12, ...' are names: no quantities.")
    g.note("Events: the spreading of threat messages c1 (incident): headline 'таратты' (past), 'таратуын жалғастыруда' (ongoing), 'тарап жатыр' (ongoing). The threatened attack ('шабуыл', 'теракт ұйымдастырылатынын') has not happened: not an event. The police check c2 (inspection): headline 'тексеруде' (ongoing), 'тексеріс жүргізіліп жатқанын' (ongoing), 'тексеру шаралары барысында ... расталмады' (past).")
    g.note("Quotes: the anonymous author's written words (direct, speaker null, verb 'деп жазған'); the fraudsters' claim (indirect, speaker null); the police press service's statement (indirect 'тексеріс жүргізіліп жатқанын хабарлады' and direct '\"...\", – делінген хабарламада').")
    g.ent("Алматыдан", "GPE", "Алматы")
    g.ent("Көкшетау", "GPE")
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("Ақмола облысы Полиция департаментінің баспасөз қызметі", "ORGANISATION")
    g.nested("Ақмола облысы Полиция департаментінің", "ORGANISATION", "Ақмола облысы Полиция департаменті")
    g.nested("Ақмола", "GPE")
    g.qty("20", "cardinal", 20, unit="адам", after="Біз 20")
    g.tmp("2026 жылғы 22 қаңтарда", "date", "2026-01-22")
    g.tmp("қазір", "relative", "2026-01-22")
    g.tmp("Қазіргі уақытта", "relative", "2026-01-22")
    g.ev("incident", "таратты", "past", None, None, None, cluster="c1", participants=["Белгісіз адамдар"])
    g.ev("incident", "таратуын", "ongoing", "2026 жылғы 22 қаңтарда", None, None, cluster="c1", participants=["Теріс ниетті адамдар"])
    g.ev("incident", "тарап жатыр", "ongoing", "қазір", "Көкшетау", None, cluster="c1")
    g.ev("inspection", "тексеруде", "ongoing", None, None, None, cluster="c2", participants=["полиция"])
    g.ev("inspection", "тексеріс", "ongoing", None, None, None, cluster="c2", participants=["Ақмола облысы Полиция департаменті"])
    g.ev("inspection", "тексеру", "past", None, None, None, after="Бастапқы", cluster="c2")
    P = "Ақмола облысы Полиция департаментінің баспасөз қызметі"
    g.quote('теракт ұйымдастырылатынын және балаларға "қоқан-лоққы" жасалатынын', None, "мәлімдеп", kind="indirect")
    g.quote("Біз 20 адамбыз. Біз ештеңеден қорықпаймыз", None, "деп жазған")
    g.quote("әлеуметтік желілерде таралып жатқан хабарлама бойынша тексеріс жүргізіліп жатқанын", None, "хабарлады", kind="indirect", speaker_entity=P)
    g.quote("Бастапқы тексеру шаралары барысында бұл фактілер расталмады. Таратылып жатқан ақпарат жалған және шындыққа сәйкес келмейді. Қазіргі уақытта мектептерде қауіпсіздікті қамтамасыз ету шаралары қабылданды",
            None, "делінген", speaker_entity=P)
    g.announce(headline="Белгісіз адамдар мектептерге шабуыл туралы хабарламалар таратты – полиция тексеруде",
               issuer="Ақмола облысы Полиция департаменті", outlet="Zakon.kz", published="2026-01-22", place=None, main_event="c1")
    return g.save()


def shymkent_badam_visit():
    g = new("shymkent-akim-badam-school-visit", None,
            publisher="Shymkent city akimat", publisher_kind="akimat",
            url="https://anyq.kz/%D0%A8%D1%8B%D0%BC%D0%BA%D0%B5%D0%BD%D1%82-%E2%84%96105-%D0%BC%D0%B5%D0%BA%D1%82%D0%B5%D0%BF-%D0%B0%D1%83%D0%BB%D0%B0%D1%81%D1%8B-%D0%BA%D3%A9%D0%B3%D0%B0%D0%BB%D0%B4%D0%B0%D0%BD%D0%B4%D1%8B%D1%80",
            published=None, outlet="ANYQ.KZ")
    g.note("No date or headline in the stored copy; the sign-off '«ANYQ.KZ»-ақпарат' and a spam line after it were dropped. 'Бүгінгі таңда', 'қазір' = PRESENT_REF, 'Алдағы уақытта' = FUTURE_REF.")
    g.note("Events: the akim's visit c1 ('барды', and 'танысып қайтты', the same trip); the commissioning of the new school building in 2015 c2 (opening, 'пайдалануға берілген'). Instructions ('тапсырма берді', 'тапсырма жүктеді') are not events.")
    g.note("'Бадам-1' (residential area) = LOCATION; the two '№105 ... мектеп' mentions = FACILITY (the buildings); 'аудан әкіміне' = POSITION (unnamed district akim). The dash quote '— ... — деді.' has no named speaker in its sentence; it is the akim's (the paragraph's subject): speaker Мұрат Әйтенов. 'қазақ-өзбек' = optional LANGUAGE.")
    g.ent("Шымкент қаласының әкімі", "POSITION")
    g.nested("Шымкент", "GPE", n=1)
    g.ent("Мұрат Әйтенов", "PERSON", n=1)
    g.ent("Бадам-1", "LOCATION")
    g.ent("Шымкент қаласы әкімінің баспасөз қызметі", "ORGANISATION")
    g.nested("Шымкент", "GPE", n=2)
    g.ent("№105 жалпы орта мектебінің", "FACILITY", "№105 жалпы орта мектеп")
    g.ent("қала әкімі", "POSITION", "Шымкент қаласының әкімі")
    g.ent("№105 орта мектептің", "FACILITY", "№105 орта мектеп")
    g.optional("қазақ-өзбек", "LANGUAGE")
    g.ent("Мұрат Әйтенов", "PERSON", n=2)
    g.ent("аудан әкіміне", "POSITION", "аудан әкімі")
    g.qty("мыңға жуық", "cardinal", 1000, unit="отбасы", approx="about")
    g.qty("300", "cardinal", 300, unit="орын")
    g.qty("900-дей", "cardinal", 900, unit="оқушы", approx="about")
    g.qty("90-ға жуық", "cardinal", 90, unit="мұғалім", approx="about")
    g.tmp("Бүгінгі таңда", "relative", "PRESENT_REF")
    g.tmp("2015 жылы", "date", "2015")
    g.tmp("қазір", "relative", "PRESENT_REF")
    g.tmp("Алдағы уақытта", "relative", "FUTURE_REF")
    g.ev("visit", "барды", "past", None, "Бадам-1 тұрғын алабы, Шымкент", None, cluster="c1", participants=["Мұрат Әйтенов"])
    g.ev("visit", "танысып қайтты", "past", None, "№105 жалпы орта мектебінің ескі ғимараты", None, cluster="c1", participants=["қала әкімі"])
    g.ev("opening", "пайдалануға берілген", "past", "2015 жылы", "№105 орта мектептің жаны", None, cluster="c2")
    g.quote("Мектеп — балалардың қауіпсіз білім мен тәрбиені қатар алатын негізгі мекені. Сондықтан ескі ғимаратты бұзып, орнын көгалдандыру қажет. Мектеп ауласында балалар емін-еркін жүре алуы қажет",
            "Мұрат Әйтенов", "деді")
    g.person("Мұрат Әйтенов", ["Шымкент қаласының әкімі"], [("Мұрат Әйтенов", 1), ("Мұрат Әйтенов", 2)])
    g.announce(headline=None, issuer="Шымкент қаласының әкімдігі", outlet="ANYQ.KZ", published=None, place=None, main_event="c1")
    return g.save()


def makhambet_court_briefing():
    g = new("makhambet-court-nine-months-briefing", None,
            publisher="Makhambet district court (Atyrau region)", publisher_kind="court",
            url="https://zh-shugylasy.kz/zhanalyqtar/qogam/sot-toragasy-brifing-otkizdi.html", published=None, outlet="zh-shugylasy.kz")
    g.note("No date shown (the briefing was on the 9 months of 2019): reference_date null. The stored copy stops mid-sentence; the text ends at the last complete sentence.")
    g.note("Temporals: '2019 жылдың 9 ай' / '2019 жылдың 9 айдың' / 'Осы жылдың тоғыз айында' = range 2019-01-01/2019-09-30; '9 ай ішінде' = duration P9M (seed). Case counts are cardinals (unit іс); '100%' twice percent. 'АБТ' (audio-video recording) not a name; «Сот кабинеті» = PRODUCT.")
    g.note("Events: the briefing c1 (headline 'брифинг', 'брифинг өткен болатын', 'брифингте'). Cases heard over nine months are aggregate counts, not events. Indirect quote: the clause governed by '...-ғанын еске салды'.")
    g.ent("Сот төрағасы", "POSITION", "Махамбет аудандық сотының төрағасы")
    g.ent("Махамбет аудандық сотында", "ORGANISATION", "Махамбет аудандық соты")
    g.nested("Махамбет", "GPE", n=1)
    g.ent("Махамбет аудандық сотының төрағасы", "POSITION")
    g.nested("Махамбет аудандық сотының", "ORGANISATION", "Махамбет аудандық соты")
    g.nested("Махамбет", "GPE", n=2)
    g.ent("Б.Кадыргалиев", "PERSON")
    g.ent("Махамбет аудандық сотымен", "ORGANISATION", "Махамбет аудандық соты")
    g.nested("Махамбет", "GPE", n=3)
    g.ent("Сот кабинеті", "PRODUCT")
    g.tmp("2019 жылдың 9 ай", "range", "2019-01-01/2019-09-30")
    g.tmp("2019 жылдың 9 айдың", "range", "2019-01-01/2019-09-30")
    g.tmp("9 ай ішінде", "duration", "P9M")
    g.tmp("Осы жылдың тоғыз айында", "range", "2019-01-01/2019-09-30")
    for num, val in (("266", 266), ("42", 42), ("25", 25), ("19", 19), ("409", 409), ("87", 87)):
        g.qty(num, "cardinal", val, unit="іс", after="9 ай ішінде")
    g.qty("6", "cardinal", 6, unit="іс", after="үкім шығарылып, ")
    g.qty("100%", "percent", 100, n=1)
    g.qty("100%", "percent", 100, n=2)
    g.ev("briefing", "брифинг", "past", None, None, None, n=1, cluster="c1", participants=["Сот төрағасы"])
    g.ev("briefing", "брифинг", "past", "2019 жылдың 9 ай қорытындысы бойынша", "Махамбет аудандық соты", None, n=2, cluster="c1")
    g.ev("briefing", "брифингте", "past", None, None, None, cluster="c1", participants=["Б.Кадыргалиев"])
    g.quote("409 әкімшілік іс қаралған, соның ішінде 87 іс медиация тәртібімен қысқартылғанын", "Б.Кадыргалиев", "еске салды", kind="indirect")
    g.person("Б.Кадыргалиев", ["Махамбет аудандық сотының төрағасы"], [("Б.Кадыргалиев",)])
    g.announce(headline="Сот төрағасы брифинг өткізді", issuer="Махамбет аудандық соты", outlet="zh-shugylasy.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def atyrau_prosecutor_housing():
    g = new("atyrau-prosecutor-service-housing", "2026-01-19",
            publisher="Atyrau regional prosecutor's office", publisher_kind="prosecutor",
            url="https://kaz.inform.kz/news/atirauda-madeniet-baskarmasi-kizmettk-uyd-ush-ese-kimbatka-almak-bolgan-cc51b9/",
            published="2026-01-19", outlet="Kazinform")
    g.note("reference_date = the page date (2026-01-19); 'Былтыр' -> 2025. The stored copy stops mid-sentence; the text ends at the last complete sentence. 'АТЫРАУ.KAZINFORM' has no space: two entities.")
    g.note("Events: the prosecutors' halting of the purchase c1 (other, 'тоқтатқан'); the protest c2 ('наразылық енгізіліп', other); the maslikhat session that returned the money c3 (session, 'сессиясымен'). The planned purchase ('алмақ болған', 'сатып алуды жоспарлаған') did not happen: not an event. The 12 bn of violations over 2025 is an aggregate.")
    g.note("Headline 'мәдениет басқармасы' (lowercase short form) = optional ORGANISATION; 'Атырау облысы мәдениет және тілдерді дамыту басқармасы' = ORGANISATION.")
    g.ent("Атырауда", "GPE", "Атырау")
    g.optional("мәдениет басқармасы", "ORGANISATION", "Атырау облысы мәдениет және тілдерді дамыту басқармасы")
    g.ent("АТЫРАУ", "GPE", "Атырау")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Атырау облысы мәдениет және тілдерді дамыту басқармасы", "ORGANISATION")
    g.nested("Атырау", "GPE", after="Былтыр")
    g.ent("Атырау облысы прокурорының аға көмекшісі", "POSITION")
    g.nested("Атырау", "GPE", after="деді ")
    g.ent("Сайтдолла Дәуешов", "PERSON")
    g.qty("үш есе", "multiplier", 3, n=1)
    g.qty("10", "cardinal", 10, unit="баспана")
    g.qty("үш есе", "multiplier", 3, n=2)
    g.qty("503 млн теңгеге жуық", "money", 503000000, unit="KZT", approx="about")
    g.qty("12 млрд теңгеге", "money", 12000000000, unit="KZT")
    g.tmp("Былтыр", "relative", "2025")
    g.tmp("2025 жылы", "date", "2025")
    g.ev("other", "тоқтатқан", "past", None, None, None, cluster="c1", participants=["прокурорлар"])
    g.ev("other", "наразылық", "past", None, None, None, cluster="c2", participants=["прокуратура"])
    g.ev("session", "сессиясымен", "past", None, None, None, cluster="c3", participants=["мәслихат"])
    g.quote("Осыған байланысты прокуратура тарапынан наразылық енгізіліп, жергілікті атқарушы органмен бюджет қаражаты үнемделіп, мәслихат сессиясымен кері қайтарылды. Прокуратураның қадағалау актілері нәтижесінде үнемделген бюджет қаражаты жергілікті атқарушы органмен өңірдің басым әлеуметтік қажеттіліктері мен инфрақұрылымдық бағыттарына қайта бөлінді",
            "Сайтдолла Дәуешов", "деді")
    g.person("Сайтдолла Дәуешов", ["Атырау облысы прокурорының аға көмекшісі"], [("Сайтдолла Дәуешов",)])
    g.announce(headline="Атырауда мәдениет басқармасы қызметтік үйді үш есе қымбатқа алмақ болған",
               issuer="Атырау облысының прокуратурасы", outlet="KAZINFORM", published="2026-01-19", place="Атырау", main_event="c1")
    return g.save()


def aktobe_prosecutor_funds():
    g = new("aktobe-prosecutor-funds-returned", "2025-11-18",
            publisher="Aktobe regional prosecutor's office", publisher_kind="prosecutor",
            url="https://kaz.inform.kz/news/aktobe-oblisi-prokuraturasi-byudzhetke-1-mlrd-tengeden-astam-karazhatti-kaytardi-10de66/",
            published="2025-11-18", outlet="Kazinform")
    g.note("reference_date = the page date (2025-11-18). The stored copy stops mid-sentence; the text ends at the last complete sentence.")
    g.note("Events: the 1 bn returned over 2025 (headline, lead) is an aggregate result: no event, main_event null. The example case gives single occurrences: the contract concluded c1 (signing, 'жасалған'), the advance paid c2 (other, 'аударылған'), the contract broken c3 (other, 'бұзылғанымен'), the money recovered c4 (other, 'өндіріліп').")
    g.note("'облыстық құрылыс басқармасы' (lowercase) = optional ORGANISATION; 'MIR-A Construction' (inside «») = ORGANISATION; 'бір жылдан астам уақыт бойы' = duration P1Y (the 'астам' is kept in the span, the value has no approximator field).")
    g.ent("Ақтөбе облысы прокуратурасы", "ORGANISATION")
    g.nested("Ақтөбе", "GPE", n=1)
    g.ent("АҚТӨБЕ", "GPE", "Ақтөбе")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Ақтөбе облысының прокуратурасы", "ORGANISATION")
    g.nested("Ақтөбе", "GPE", n=2)
    g.optional("облыстық құрылыс басқармасы", "ORGANISATION", "Ақтөбе облыстық құрылыс басқармасы")
    g.ent("MIR-A Construction", "ORGANISATION")
    g.ent("Байғанин", "GPE")
    g.ent("Матай", "GPE")
    g.qty("1 млрд теңгеден астам", "money", 1000000000, unit="KZT", approx="more_than", n=1)
    g.qty("1 млрд теңгеден астам", "money", 1000000000, unit="KZT", approx="more_than", n=2)
    g.qty("288 млн теңге", "money", 288000000, unit="KZT")
    g.tmp("2025 жылы", "date", "2025")
    g.tmp("бір жылдан астам уақыт бойы", "duration", "P1Y")
    g.ev("signing", "жасалған", "past", None, None, None, cluster="c1", participants=["облыстық құрылыс басқармасы", "MIR-A Construction"])
    g.ev("other", "аударылған", "past", None, None, None, cluster="c2", amounts=["288 млн теңге"])
    g.ev("other", "бұзылғанымен", "past", None, None, None, cluster="c3")
    g.ev("other", "өндіріліп", "past", None, None, None, cluster="c4")
    g.quote("қаражат мемлекеттік сатып алу шарттары бойынша қамтамасыз ету мен тұрақсыздық айыбын өндіру, мемлекеттік келісімшарттар аясындағы кепілдік міндеттемелерді орындау, сондай-ақ салық берешектерін өтеу есебінен бюджетке қайтарылған",
            None, "мәліметінше", kind="indirect", speaker_entity="Ақтөбе облысының прокуратурасы")
    g.quote("облыстық құрылыс басқармасы мен «MIR-A Construction» ЖШС арасында Байғанин ауданының Матай ауылында модульдік үлгідегі ғимараттардан тұратын оқу-жаттығу базасын салу туралы келісімшарт жасалған",
            None, "келтірген", kind="indirect", speaker_entity="Ақтөбе облысының прокуратурасы")
    g.announce(headline="Ақтөбе облысы прокуратурасы бюджетке 1 млрд теңгеден астам қаражатты қайтарды",
               issuer="Ақтөбе облысының прокуратурасы", outlet="KAZINFORM", published="2025-11-18", place="Ақтөбе", main_event=None)
    return g.save()


def pavlodar_prosecutor_year():
    g = new("pavlodar-prosecutor-year-results", "2026-02-03",
            publisher="Pavlodar regional prosecutor's office", publisher_kind="prosecutor",
            url="https://kaz.inform.kz/news/pavlodar-oblisinin-prokuraturasi-65-mlrd-tengenn-mulkn-memleketke-kaytardi-6cb972/",
            published="2026-02-03", outlet="Kazinform")
    g.note("reference_date = the page date (2026-02-03); 'Өткен жылы' -> 2025. The stored copy goes on with a dash quote cut mid-sentence; the text ends before it. Doubled word '2025 жылғы жылғы' kept.")
    g.note("All figures are year totals (aggregate results): no events, main_event null. Money spans include case endings ('24,1 млрд теңгесінің', '6,5 млрд теңгенің').")
    g.ent("Павлодар облысының прокуратурасы", "ORGANISATION")
    g.nested("Павлодар", "GPE", n=1)
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Павлодар облыстық прокуратурасының баспасөз қызметі", "ORGANISATION")
    g.nested("Павлодар облыстық прокуратурасының", "ORGANISATION", "Павлодар облыстық прокуратурасы")
    g.nested("Павлодар", "GPE", n=2)
    g.qty("6,5 млрд теңгенің", "money", 6500000000, unit="KZT")
    g.qty("32 млрд теңге", "money", 32000000000, unit="KZT")
    g.qty("24,1 млрд теңгесінің", "money", 24100000000, unit="KZT")
    g.qty("3 млрд теңге", "money", 3000000000, unit="KZT")
    g.qty("6,5 млрд теңге", "money", 6500000000, unit="KZT", after="залалды")
    g.qty("1 млрд теңге", "money", 1000000000, unit="KZT", after="сонымен қатар ")
    g.tmp("Өткен жылы", "relative", "2025")
    g.tmp("2025 жылғы", "date", "2025")
    g.quote("Өткен жылы прокуратура өкілдері 32 млрд теңге мөлшеріндегі заңсыз мемлекеттік сатып алуларды тоқтатты", None, "хабарлайды",
            kind="indirect", speaker_entity="Павлодар облыстық прокуратурасының баспасөз қызметі")
    g.quote("прокуратура мемлекеттің материалдық мүдделерін қорғау мақсатында бюджеттің 24,1 млрд теңгесінің негізсіз жұмсалуының алдын алған", None,
            "мәліметтерге қарағанда", kind="indirect", speaker_entity="Павлодар облыстық прокуратурасы")
    g.announce(headline="Павлодар облысының прокуратурасы 6,5 млрд теңгенің мүлкін мемлекетке қайтарды",
               issuer="Павлодар облысының прокуратурасы", outlet="KAZINFORM", published="2026-02-03", place="Астана", main_event=None)
    return g.save()


def senate_bureau_miners():
    g = new("senate-bureau-miners-remembered", None,
            publisher="Senate of the Parliament of Kazakhstan", publisher_kind="parliament",
            url="https://alatautv.kz/kk/%D0%B0%D0%BB%D0%B0%D1%82%D0%B0%D1%83-%D0%B0%D2%9B%D0%BF%D0%B0%D1%80%D0%B0%D1%82%D1%8B/%D1%81%D0%B5%D0%BD%D0%B0%D1%82-%D1%81%D0%BF%D0%B8%D0%BA%D0%B5%D1%80%D1%96-%D0%BC%D3%99%D1%83%D0%BB%D0%B5%D0%BD-%D3%99%D1%88%D1%96%D0%BC%D0%B1%D0%B0%D0%B5%D0%B2%D1%82%D1%8B%D2%A3-%D1%82%D3%A9%D1%80%D0%B0%D2%93%D0%B0%D0%BB%D1%8B%D2%93%D1%8B%D0%BC%D0%B5%D0%BD-%D0%BF%D0%B0%D0%BB%D0%B0%D1%82%D0%B0-%D0%B1%D1%8E%D1%80%D0%BE%D1%81%D1%8B%D0%BD%D1%8B%D2%A3-%D0%BE%D1%82%D1%8B%D1%80%D1%8B%D1%81%D1%8B-%D3%A9%D1%82%D1%82%D1%96",
            published=None, outlet="alatautv.kz")
    g.note("No date in the stored copy (the Senate press-service text relayed by Alatau TV): reference_date null, '2 қараша күні' -> XXXX-11-02. Missing spaces after full stops ('еске алды.Мәулен', 'атап өтті.Ел') kept.")
    g.note("Events: the bureau sitting c1 ('отырысы өтті', 'Бюро отырысы ... басталып'; the minute of silence and remembrance are parts of it); the Senate sitting on 2 November c2 (session, future); the mine disaster c3 (incident: 'төтенше жағдай', 'апаттың' twice); the Head of State's trip to the site c4 (visit, 'барғанын'); his meeting with the families c5 (meeting, 'кездесіп'). 'оқиға орнына' (the scene) is a place phrase, not a mention.")
    g.note("'Сенат спикері' and 'Сенат төрағасы' = POSITION (one post); 'Мемлекет басшысы', 'Ел Президенті' = POSITION of the unnamed President (no people entry). 'Аппарат' (the Senate staff) optional ORGANISATION. 'бір минут' = duration PT1M.")
    g.ent("Сенат спикері", "POSITION", "Сенат төрағасы")
    g.nested("Сенат", "ORGANISATION", n=1)
    g.ent("Мәулен Әшімбаевтың", "PERSON", "Мәулен Әшімбаев")
    g.ent("Сенат", "ORGANISATION", n=2)
    g.optional("Аппарат", "ORGANISATION", "Сенат Аппараты")
    g.ent("Қарағанды", "GPE")
    g.ent("Мәулен Әшімбаев", "PERSON", after="еске алды.")
    g.ent("Сенат төрағасы", "POSITION")
    g.nested("Сенат", "ORGANISATION", after="Сондай-ақ ")
    g.ent("Мемлекет басшысы", "POSITION")
    g.ent("Ел Президенті", "POSITION", "Қазақстан Республикасының Президенті")
    g.tmp("2 қараша күні", "date", "XXXX-11-02")
    g.tmp("бір минут", "duration", "PT1M")
    g.ev("meeting", "отырысы", "past", None, None, None, n=1, cluster="c1", participants=["Мәулен Әшімбаев", "депутаттар"])
    g.ev("session", "отырысының", "future", "2 қараша күні", None, None, cluster="c2")
    g.ev("meeting", "отырысы", "past", None, None, None, after="Бюро ", cluster="c1", participants=["сенаторлар", "Аппарат қызметкерлері"])
    g.ev("incident", "төтенше жағдай", "past", None, "Қарағанды облысы", None, cluster="c3")
    g.ev("incident", "апаттың", "past", None, None, None, n=1, cluster="c3")
    g.ev("visit", "барғанын", "past", None, "оқиға орны", None, cluster="c4", participants=["Мемлекет басшысы"])
    g.ev("meeting", "кездесіп", "past", None, None, None, cluster="c5", participants=["Ел Президенті", "кеншілердің отбасылары мен жақындары"])
    g.ev("incident", "апаттың", "past", None, None, None, n=2, cluster="c3")
    g.quote("Мемлекет басшысы апаттың мән-жайын анықтап, тиісті шешім қабылдау үшін оқиға орнына арнайы барғанын", "Мәулен Әшімбаев", "атап өтті", kind="indirect")
    g.person("Мәулен Әшімбаев", ["Сенат төрағасы"], [("Мәулен Әшімбаевтың",), ("Мәулен Әшімбаев", 1, "еске алды.")])
    g.announce(headline=None, issuer="Қазақстан Республикасы Парламентінің Сенаты", outlet="alatautv.kz", published=None, place=None, main_event="c1")
    return g.save()


def mazhilis_bureau_macedonia():
    g = new("mazhilis-bureau-macedonia-agreement", None,
            publisher="Mazhilis of the Parliament of Kazakhstan", publisher_kind="parliament",
            url="https://egemen.kz/amp/article/98621-madgilis-byurosy-kun-tartibi-naqtylandy", published=None, outlet="Egemen.kz")
    g.note("No date in the stored copy (2012, after the July visit): reference_date null, 'Кеше' -> PAST_REF. Headline not in the stored copy.")
    g.note("Events: the bureau meeting c1 ('бюросы өтіп', meeting, past); the coming plenary sitting c2 (session, future: 'алдағы жалпы отырыстың', 'жалпы отырыста ... қабылданбақ'); the official visit of the Macedonian President c3 (visit, 2 July 2012) and the agreement reached then c4 (signing, 'қол жеткізілген'). Bills 'ұсынылғалы отыр' are plans, not events.")
    g.note("'Мәжіліс бюросы' = ORGANISATION (the body) and its trigger 'бюросы' the meeting. «Жайылымдар туралы» = LAW. 'осы палатаның баспасөз қызметі' (anaphoric) optional ORGANISATION; the bare 'Македония' in the agreement = GPE.")
    g.ent("Мәжіліс Спикері", "POSITION")
    g.nested("Мәжіліс", "ORGANISATION", n=1)
    g.ent("Бақтықожа Ізмұхамбетовтің", "PERSON", "Бақтықожа Ізмұхамбетов")
    g.ent("Мәжіліс бюросы", "ORGANISATION")
    g.nested("Мәжіліс", "ORGANISATION", n=2)
    g.optional("осы палатаның баспасөз қызметі", "ORGANISATION", "Мәжілістің баспасөз қызметі")
    g.ent("Македониямен", "GPE", "Македония")
    g.ent("Македония Республикасы Президентінің", "POSITION", "Македония Республикасының Президенті")
    g.nested("Македония Республикасы", "GPE")
    g.ent("Жайылымдар туралы", "LAW")
    g.ent("Мәжіліс", "ORGANISATION", after="тікелей ")
    g.tmp("Кеше", "relative", "PAST_REF")
    g.tmp("2012 жылы 2 шілдеде", "date", "2012-07-02")
    g.ev("meeting", "бюросы", "past", "Кеше", None, None, cluster="c1", participants=["Бақтықожа Ізмұхамбетов"])
    g.ev("session", "отырыстың", "future", None, None, None, cluster="c2")
    g.ev("signing", "қол жеткізілген", "past", "2012 жылы 2 шілдеде", None, None, cluster="c4")
    g.ev("visit", "сапары", "past", "2012 жылы 2 шілдеде", "Қазақстан", None, cluster="c3", participants=["Македония Республикасы Президенті"])
    g.ev("session", "отырыста", "future", None, None, None, cluster="c2")
    g.quote("Кеше Мәжіліс Спикері Бақтықожа Ізмұхамбетовтің төрағалығымен Мәжіліс бюросы өтіп, алдағы жалпы отырыстың күн тәртібі нақтыланды",
            None, "хабарлады", kind="indirect", speaker_entity="Мәжілістің баспасөз қызметі")
    g.person("Бақтықожа Ізмұхамбетов", ["Мәжіліс Спикері"], [("Бақтықожа Ізмұхамбетовтің",)])
    g.announce(headline=None, issuer="Қазақстан Республикасы Парламентінің Мәжілісі", outlet="Egemen.kz", published=None, place=None, main_event="c1")
    return g.save()


def mazhilis_session_closing():
    g = new("mazhilis-session-closing-2022", "2022-06-30",
            publisher="Mazhilis of the Parliament of Kazakhstan", publisher_kind="parliament",
            url="https://kz.kursiv.media/kk/2022-06-30/deputattar-kanikul-a-ketti/amp", published="2022-06-30", outlet="Kursiv")
    g.note("reference_date = the date in the page address (2022-06-30). The stored copy continues with a quote cut mid-sentence; the text ends before it.")
    g.note("Events: the plenary sitting c1 (session, 'жалпы отырыс өтіп'; the first-reading approval of bills is its business, not a separate event); the parliamentary session (VII convocation, II session) c2 (session: 'II сессиясының', 'екінші сессиясының', 'Осы сессия ... өткенін', all past); the referendum c3 (election, 'референдум өткізілгенін', past). Anniversaries ('Тәуелсіздігінің 30 жылдығы', 'Парламенттің 25 жылдығы') are EVENT entities with durations P30Y/P25Y, not event mentions.")
    g.note("Ordinals: 'VII', 'II', 'екінші', 'бірінші'. Laws: the coordinated 'Қылмыстық және Қылмыстық-процестік кодекстеріне' is one LAW span; 'Әкімшілік құқық бұзушылық туралы кодекске' one LAW. 'Палатаның' optional ORGANISATION (= Мәжіліс); 'Палата Төрағасы' = POSITION (Мәжіліс Төрағасы).")
    g.ent("Мәжіліс Спикері", "POSITION")
    g.nested("Мәжіліс", "ORGANISATION", n=1)
    g.ent("Ерлан Қошановтың", "PERSON", "Ерлан Қошанов")
    g.optional("Палатаның", "ORGANISATION", "Мәжіліс")
    g.ent("Мәжілістің баспасөз қызметі", "ORGANISATION")
    g.nested("Мәжілістің", "ORGANISATION", "Мәжіліс", n=1)
    g.ent("Қылмыстық және Қылмыстық-процестік кодекстеріне", "LAW", "Қылмыстық және Қылмыстық-процестік кодекстер")
    g.ent("Әкімшілік құқық бұзушылық туралы кодекске", "LAW", "Әкімшілік құқық бұзушылық туралы кодекс")
    g.ent("Мәжілістің", "ORGANISATION", "Мәжіліс", n=2)
    g.ent("Палата Төрағасы", "POSITION", "Мәжіліс Төрағасы")
    g.ent("Тәуелсіздігінің 30 жылдығы", "EVENT", "Тәуелсіздіктің 30 жылдығы")
    g.ent("Парламенттің 25 жылдығымен", "EVENT", "Парламенттің 25 жылдығы")
    g.nested("Парламенттің", "ORGANISATION", "Парламент")
    g.qty("VII", "ordinal", 7, unit="шақырылым")
    g.qty("II", "ordinal", 2, unit="сессия", after="шақырылымының ")
    g.qty("бірінші", "ordinal", 1, unit="оқылым")
    g.qty("екінші", "ordinal", 2, unit="сессия")
    g.tmp("30 жылдығы", "duration", "P30Y")
    g.tmp("25 жылдығымен", "duration", "P25Y")
    g.ev("session", "отырыс", "past", None, None, None, cluster="c1", participants=["Ерлан Қошанов", "депутаттар"])
    g.ev("session", "сессиясының", "past", None, None, None, n=1, cluster="c2")
    g.ev("session", "сессиясының", "past", None, None, None, n=2, cluster="c2")
    g.ev("session", "сессия", "past", None, None, None, after="Осы ", cluster="c2")
    g.ev("election", "референдум", "past", None, None, None, cluster="c3")
    g.quote("Мәжіліс Спикері Ерлан Қошановтың төрағалығымен жалпы отырыс өтіп, Палатаның VII шақырылымының II сессиясының жұмысы қорытындыланды",
            None, "деп жазады", kind="indirect", speaker_entity="Мәжілістің баспасөз қызметі")
    g.quote("Мәжілістің екінші сессиясының жұмысы аяқталғанын", "Ерлан Қошанов", "айтқан", kind="indirect")
    g.quote("Осы сессия күллі қоғам үшін жауапты әрі күрделі кезеңде өткенін, ел Тәуелсіздігінің 30 жылдығы, Парламенттің 25 жылдығымен тұспа-тұс келгеніне назар аударып, Конституциялық өзгерістер бойынша республикалық референдум өткізілгенін",
            "Ерлан Қошанов", "айтты", kind="indirect")
    g.person("Ерлан Қошанов", ["Мәжіліс Төрағасы"], [("Ерлан Қошановтың",)])
    g.announce(headline=None, issuer="Қазақстан Республикасы Парламентінің Мәжілісі", outlet="Kursiv", published="2022-06-30", place=None, main_event="c1")
    return g.save()



def mvd_roadside_trap():
    g = new("mvd-roadside-trap-fake", None,
            publisher="Ministry of Internal Affairs of Kazakhstan", publisher_kind="ministry",
            url="https://kaz.zakon.kz/kogam-tynysy/6073075-avtozholdarday-apan-m-mlmet-taratty.html", published=None, outlet="Zakon.kz")
    g.note("No date in the stored copy: reference_date null; 'соңғы уақытта' = PAST_REF.")
    g.note("Events: only the spreading of the rumour c1 ('тарап жүрген', incident, ongoing). The 'trap' itself is declared false: not an event. The headline 'ІІМ мәлімет таратты' is the release act itself, not annotated.")
    g.note("Quotes: 'ІІМ бұл мәліметтердің жалған екенін мәлімдеді' (indirect); the two \"...\" quotes attributed to 'ведомство' (direct, speaker_entity the ministry); '... соғатынын еске салды' (indirect).")
    g.ent("ІІМ", "ORGANISATION", "Ішкі істер министрлігі", n=1)
    g.ent("ҚР Ішкі істер министрлігі", "ORGANISATION")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("ІІМ", "ORGANISATION", "Ішкі істер министрлігі", n=2)
    g.ent("Ішкі істер министрлігі", "ORGANISATION", after="Сондай-ақ ")
    g.tmp("соңғы уақытта", "relative", "PAST_REF")
    g.ev("incident", "тарап жүрген", "ongoing", "соңғы уақытта", "желі", None, cluster="c1")
    M = "ҚР Ішкі істер министрлігі"
    g.quote("бұл мәліметтердің жалған екенін", None, "мәлімдеді", kind="indirect", speaker_entity=M)
    g.quote("Желіде жол бойында ішінде жалған нәресте бар автоорындықтардың тұрғанын, мұның көлікті тоқтату үшін құрастырылған айла екені айтылған, сондай-ақ, тоқтаған жағдайда бәзбіреулердің жұмыртқа лақтыратындығы жайлы ақпарат шындыққа сәйкес келмейді",
            None, "делінген", speaker_entity=M)
    g.quote("бұқаралық ақпарат құралдары немесе ақпараттық-коммуникациялық желілер арқылы әдейі жалған ақпарат таратудың заң бойынша жауапкершілікке әкеп соғатынын",
            None, "еске салды", kind="indirect", speaker_entity=M)
    g.quote("Тек ресми ақпарат көздеріне ғана сенуге кеңес береміз", None, "деп қорытындылады", speaker_entity=M)
    g.announce(headline='Автожолдардағы "қақпан": ІІМ мәлімет таратты', issuer="ҚР Ішкі істер министрлігі", outlet="Zakon.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def akmola_investment_briefing():
    g = new("akmola-akim-investment-briefing", "2025-11-13",
            publisher="Akmola regional akimat", publisher_kind="akimat",
            url="https://kaz.inform.kz/news/akmola-oblisinda-astikti-teren-ondeytn-algashki-zauit-kurilisi-bastaldi-4c817d/",
            published="2025-11-13", outlet="Kazinform")
    g.note("reference_date = the page date (2025-11-13); 'Жыл басынан бері' = range 2025-01-01/2025-11-13.")
    g.note("Events: the akim's report at the Central Communications Service platform c1 (briefing, trigger 'есеп бере'); the start of construction of the first deep grain-processing plant c2 (launch: headline 'басталды', body 'басталғанын'). Investment and jobs since January are aggregates, not events.")
    g.note("«Ақмола» аймағы (industrial zone) = FACILITY 'Ақмола'; 'орталық коммуникациялар қызметі алаңында' (lowercase) = FACILITY (the venue). '1 трлн теңгеден асатын' = money more_than (the participle 'асатын' as approximator); 'Төрт' = cardinal (unit аймақ).")
    g.ent("Ақмола", "GPE", n=1)
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Ақмола", "FACILITY", after="республикалық «")
    g.ent("Ақмола облысының әкімі", "POSITION")
    g.nested("Ақмола", "GPE", after="деді ")
    g.ent("Марат Ахметжанов", "PERSON")
    g.ent("орталық коммуникациялар қызметі алаңында", "FACILITY", "Орталық коммуникациялар қызметі алаңы")
    g.ent("өңір басшысы", "POSITION", "Ақмола облысының әкімі")
    g.qty("660 млрд теңгеден астам", "money", 660000000000, unit="KZT", approx="more_than", n=1)
    g.qty("4 мыңнан астам", "cardinal", 4000, unit="жұмыс орны", approx="more_than", n=1)
    g.qty("660 млрд теңгеден астам", "money", 660000000000, unit="KZT", approx="more_than", n=2)
    g.qty("250 млрд теңгеге", "money", 250000000000, unit="KZT")
    g.qty("Төрт", "cardinal", 4, unit="аймақ")
    g.qty("1 трлн теңгеден асатын", "money", 1000000000000, unit="KZT", approx="more_than")
    g.qty("4 мыңнан астам", "cardinal", 4000, unit="жұмыс орны", approx="more_than", n=2)
    g.tmp("Жыл басынан бері", "range", "2025-01-01/2025-11-13", n=1)
    g.tmp("Жыл басынан бері", "range", "2025-01-01/2025-11-13", n=2)
    g.tmp("өткен жылмен", "relative", "2024")
    g.ev("launch", "басталды", "past", None, "Ақмола облысы", None, cluster="c2")
    g.ev("briefing", "есеп бере", "past", None, "орталық коммуникациялар қызметі алаңы", None, cluster="c1", participants=["Марат Ахметжанов"])
    g.ev("launch", "басталғанын", "past", None, None, None, cluster="c2")
    g.quote("Жыл басынан бері өңір экономикасына 660 млрд теңгеден астам инвестиция тартылды, өткен жылмен салыстырғанда 250 млрд теңгеге көп. Бұл жаңа кәсіпорындар мен технологиялар және жұмыс орындары арқылы қамтамасыз етілген нақты өсім. Төрт индустриялық аймақтың, оның ішінде республикалық «Ақмола» аймағының құрылуы инвестиция тартудың негізгі құралы. Республикалық индустриялық аймақ инвесторлар үшін нағыз тартымды орталыққа айналып отыр. Онда жалпы құны 1 трлн теңгеден асатын жобалар жинақталды. Бұл 4 мыңнан астам жаңа жұмыс орнын ашуға мүмкіндік берді",
            "Марат Ахметжанов", "деді")
    g.quote("астықты терең өңдейтін алғашқы зауыт құрылысының басталғанын", "Марат Ахметжанов", "айтты", kind="indirect")
    g.person("Марат Ахметжанов", ["Ақмола облысының әкімі"], [("Марат Ахметжанов",)])
    g.announce(headline="Ақмола облысында астықты терең өңдейтін алғашқы зауыт құрылысы басталды", issuer="Ақмола облысының әкімдігі",
               outlet="KAZINFORM", published="2025-11-13", place="Астана", main_event="c2")
    return g.save()


def kyzylorda_investment_projects():
    g = new("kyzylorda-akim-investment-projects", "2025-12-22",
            publisher="Kyzylorda regional akimat", publisher_kind="akimat",
            url="https://kaz.inform.kz/news/kizilordada-investorlar-kanday-r-zauittardi-ashiladi-adec95/", published="2025-12-22", outlet="Kazinform")
    g.note("reference_date = the page date (2025-12-22). The stored copy goes on with a list cut mid-sentence; the text ends at the akim's quote.")
    g.note("Events: the brick plant opened in July c1 (opening) and the bakery complex launched c2 (launch). Projects counted over three years or this year (98, 27, 14 projects) are aggregates: not events; the headline asks which plants will open (generic): main_event null. The akim speaks at the Central Communications Service, but no event word names the briefing: no briefing event.")
    g.note("'Алдағы үш жылда' = duration P3Y; 'жылына' = set P1Y; 'Шілде айында' = 2025-07. «Қызылорда Саз-М», «Қызылорда Нан» = ORGANISATION (nested GPE). 'Орталық коммуникациялар қызметінде' = FACILITY (venue, as 'Орталық коммуникациялар алаңында'); 'елордада' optional GPE Астана.")
    g.ent("Қызылордада", "GPE", "Қызылорда")
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Қызылорда", "GPE", after="үш жылда ")
    g.ent("әкім", "POSITION", "Қызылорда облысының әкімі", after="жобалар жөнінде ")
    g.ent("Нұрлыбек Нәлібаев", "PERSON")
    g.ent("Әкімнің", "POSITION", "Қызылорда облысының әкімі")
    g.ent("Қызылорда Саз-М", "ORGANISATION")
    g.nested("Қызылорда", "GPE", after="автоматтандырылған «")
    g.ent("Қызылорда Нан", "ORGANISATION")
    g.nested("Қызылорда", "GPE", after="қамтамасыз етеді. «")
    g.ent("Н. Нәлібаев", "PERSON", "Нұрлыбек Нәлібаев")
    g.optional("елордада", "GPE", "Астана")
    g.ent("Орталық коммуникациялар қызметінде", "FACILITY", "Орталық коммуникациялар қызметі")
    g.qty("2 трлн 800 млрд теңгеге", "money", 2800000000000, unit="KZT")
    g.qty("98", "cardinal", 98, unit="жоба")
    g.qty("12 мыңнан астам", "cardinal", 12000, unit="жұмыс орны", approx="more_than")
    g.qty("300 млрд теңгеден астам", "money", 300000000000, unit="KZT", approx="more_than")
    g.qty("27", "cardinal", 27, unit="жоба")
    g.qty("5 млрд теңгеге", "money", 5000000000, unit="KZT")
    g.qty("90 млн", "cardinal", 90000000, unit="кірпіш")
    g.qty("90 пайызын", "percent", 90)
    g.qty("5 млрд 600 млн теңге", "money", 5600000000, unit="KZT")
    g.qty("753 млрд 300 млн теңге", "money", 753300000000, unit="KZT")
    g.qty("14", "cardinal", 14, unit="жоба")
    g.tmp("Алдағы үш жылда", "duration", "P3Y")
    g.tmp("биыл", "relative", "2025")
    g.tmp("Шілде айында", "date", "2025-07")
    g.tmp("жылына", "set", "P1Y")
    g.ev("opening", "ашылды", "past", "Шілде айында", None, None, cluster="c1", participants=["«Қызылорда Саз-М» серіктестігі"], amounts=["5 млрд теңгеге"])
    g.ev("launch", "іске қосылды", "past", None, None, None, after="өндіретін кешені", cluster="c2", participants=["«Қызылорда Нан» серіктестігі"], amounts=["5 млрд 600 млн теңге"])
    g.quote("биыл 300 млрд теңгеден астам қаржыға 27 инвестициялық жоба іске қосылды", "Нұрлыбек Нәлібаев", "айтуынша", kind="indirect")
    g.quote("Шілде айында 5 млрд теңгеге толық автоматтандырылған «Қызылорда Саз-М» серіктестігінің кірпіш зауыты ашылды. Зауыт жылына 90 млн кірпіш шығарып, жергілікті құрылысқа қажетті сұраныстың 90 пайызын қамтамасыз етеді. «Қызылорда Нан» серіктестігінің нан, кондитерлік-макарон өнімдерін өндіретін кешені іске қосылды. Кешеннің жалпы құны — 5 млрд 600 млн теңге. Бұдан бөлек, 753 млрд 300 млн теңге болатын 14 ірі жобаның құрылысы басталып жатыр",
            "Нұрлыбек Нәлібаев", "деді")
    g.person("Нұрлыбек Нәлібаев", ["Қызылорда облысының әкімі"], [("Нұрлыбек Нәлібаев",), ("Н. Нәлібаев",)])
    g.announce(headline="Қызылордада инвесторлар қандай ірі зауыттарды ашады", issuer="Қызылорда облысының әкімдігі", outlet="KAZINFORM",
               published="2025-12-22", place="Астана", main_event=None)
    return g.save()


def enlightenment_first_september():
    g = new("enlightenment-minister-first-september", "2025-07-24",
            publisher="Ministry of Enlightenment of Kazakhstan", publisher_kind="ministry",
            url="https://www.jambylinfo.kz/qogam/1-yrk-yek-demalys-k-ni-al-ash-y-o-yrau-ashan-so-ylady", published="2025-07-24", outlet="Jambylinfo.kz")
    g.note("reference_date = the page date (24 шілде, 2025); author/date/view lines and 'Ұқсас жаңалықтар' dropped. 'Jambylinfo.kz' has no final full stop in the source.")
    g.note("Events: the briefing after the Government meeting c1 ('брифингте' twice; 'Үкімет отырысынан кейін' is a time reference, as in emergencies-flood-funds-briefing); the school-year opening ceremonies c2 (future: headline 'қоңырау' (the first bell), 'салтанатты шаралар', 'ресми іс-шаралар ... өтеді', 'салтанатты жиын ... ұйымдастырылады'). The start of lessons ('оқу ... басталады') is a process, not an event.")
    g.note("Dates: '1 қыркүйек' (headline and last quote), '1 қыркүйекте', '2 қыркүйекте' (twice) resolved to 2025. 'бірінші сынып' = ordinal.")
    g.tmp("1 қыркүйек", "date", "2025-09-01", n=1)
    g.ent("Оқу-ағарту министрі", "POSITION")
    g.ent("Ғани Бейсембаев", "PERSON")
    g.ent("Үкімет", "ORGANISATION", n=1)
    g.ent("Jambylinfo.kz", "ORGANISATION")
    g.ent("Министрдің", "POSITION", "Оқу-ағарту министрі", n=1)
    g.ent("Бейсембаев", "PERSON", "Ғани Бейсембаев", after="– деді ")
    g.ent("Үкіметтегі", "ORGANISATION", "Үкімет")
    g.ent("Министрдің", "POSITION", "Оқу-ағарту министрі", n=2)
    g.ent("министр", "POSITION", "Оқу-ағарту министрі", after="мереке, – деді ")
    g.qty("бірінші", "ordinal", 1, unit="сынып")
    g.tmp("биыл", "relative", "2025")
    g.tmp("2 қыркүйекте", "date", "2025-09-02", n=1)
    g.tmp("1 қыркүйекте", "date", "2025-09-01")
    g.tmp("2 қыркүйекте", "date", "2025-09-02", n=2)
    g.tmp("бұған дейін", "relative", "PAST_REF")
    g.tmp("1 қыркүйек", "date", "2025-09-01", after="– 1 қыркүйек")
    g.ev("ceremony", "қоңырау", "future", None, None, None, cluster="c2")
    g.ev("briefing", "брифингте", "past", None, None, None, n=1, cluster="c1", participants=["Ғани Бейсембаев"])
    g.ev("ceremony", "шаралар", "future", None, None, None, after="салтанатты ", cluster="c2")
    g.ev("ceremony", "іс-шаралар", "future", "2 қыркүйекте", None, None, cluster="c2")
    g.ev("briefing", "брифингте", "past", None, None, None, n=2, cluster="c1")
    g.ev("ceremony", "жиын", "future", None, None, None, cluster="c2", participants=["бірінші сынып оқушылары"])
    g.quote("биыл ресми түрде оқу 2 қыркүйекте басталады", "Ғани Бейсембаев", "айтуынша", kind="indirect")
    g.quote("Жаңа оқу жылының басталуына арналған салтанатты шаралар бойынша біз тиісті мәселені қарап шықтық. Егер мектеп пен педагогикалық кеңес 1 қыркүйекте өткізуді жөн санаса, біз ондай мүмкіндік береміз. Бірақ ресми іс-шаралар 2 қыркүйекте өтеді. Себебі бұл – жұмыс күні, әрі бұған дейін де осылай болған",
            "Ғани Бейсембаев", "деді")
    g.quote("салтанатты жиын негізінен бірінші сынып оқушылары үшін ұйымдастырылады", "Ғани Бейсембаев", "сөзінше", kind="indirect")
    g.quote("1 қыркүйек көбіне алғашқы рет мектеп табалдырығын аттайтын бүлдіршіндер үшін маңызды. Сондықтан біз ата-аналармен, ұстаздармен ақылдасып жатырмыз. Бұл – үлкен мәні бар сәт. Алғаш рет мектепке келген күн – балалар мен ата-аналар үшін шынайы символдық мереке",
            "Ғани Бейсембаев", "деді")
    g.person("Ғани Бейсембаев", ["Оқу-ағарту министрі"], [("Ғани Бейсембаев",), ("Бейсембаев", 1, "– деді ")])
    g.announce(headline="1 қыркүйек – демалыс күні: алғашқы қоңырау қашан соғылады", issuer="Қазақстан Республикасының Оқу-ағарту министрлігі",
               outlet="Jambylinfo.kz", published="2025-07-24", place=None, main_event="c2")
    return g.save()


def akmola_krasnoyar_sports():
    g = new("akmola-akim-krasnoyar-sports-complex", "2025-12-04",
            publisher="Akmola regional akimat", publisher_kind="akimat",
            url="https://arka-azhary.kz/2025/12/04/%D0%B6%D0%B0%D2%A3%D0%B0-%D1%81%D0%BF%D0%BE%D1%80%D1%82-%D0%BA%D0%B5%D1%88%D0%B5%D0%BD%D0%B4%D0%B5%D1%80%D1%96%D0%BD%D0%B5%D0%BD-%D3%99%D0%BB%D1%96-%D0%B0%D2%9B-%D0%B1%D0%BE%D0%BB%D0%B0%D1%88%D0%B0/",
            published="2025-12-04", outlet="arka-azhary.kz")
    g.note("reference_date = the page date (2025-12-04). The rubric line 'ƏКІМ – ІС ҮСТІНДЕ' was dropped (no headline in the stored copy); the stored copy stops mid-sentence in the next paragraph, the text ends at the last complete sentence. The regional paper relays the akim's press service ('Облыс әкімінің баспасөз қызметінің хабарлауынша').")
    g.note("Events: the opening ceremony of the Krasnoyar sports complex c1 (opening, trigger 'ашылу'; the greeting speech is part of it). Objects commissioned since January (9) and sports grounds opened (37, 25) are aggregates: not events.")
    g.note("'Облыс әкімінің баспасөз қызметінің' (unnamed region, anaphoric) = optional ORGANISATION. 'ұзақ жылдар бойы' = duration PXY (seed 'осынау жылдар ішінде').")
    g.ent("Ақмола облысының әкімі", "POSITION")
    g.nested("Ақмола", "GPE", n=1)
    g.ent("Марат Ахметжанов", "PERSON")
    g.ent("Көкшетау", "GPE")
    g.ent("Краснояр", "GPE", n=1)
    g.ent("Ақмола", "GPE", n=2)
    g.ent("Краснояр", "GPE", n=2)
    g.optional("Облыс әкімінің баспасөз қызметінің", "ORGANISATION", "Ақмола облысы әкімінің баспасөз қызметі")
    g.qty("9", "cardinal", 9, unit="нысан")
    g.qty("37", "cardinal", 37, unit="алаң")
    g.qty("25-і", "cardinal", 25, unit="алаң")
    g.tmp("биыл жыл басынан бері", "range", "2025-01-01/2025-12-04")
    g.tmp("ұзақ жылдар бойы", "duration", "PXY")
    g.tmp("биыл", "relative", "2025", after="хабарлауынша, ")
    g.ev("opening", "ашылу", "past", None, "Краснояр ауылы, Көкшетау", None, cluster="c1", participants=["Марат Ахметжанов"])
    g.quote("биыл өңірде пайдалануға берілген осы спорт кешендерінен бөлек, 37 спорт алаңы ашылған", None, "хабарлауынша", kind="indirect",
            speaker_entity="Ақмола облысы әкімінің баспасөз қызметі")
    g.person("Марат Ахметжанов", ["Ақмола облысының әкімі"], [("Марат Ахметжанов",)])
    g.announce(headline=None, issuer="Ақмола облысының әкімдігі", outlet="arka-azhary.kz", published="2025-12-04", place=None, main_event="c1")
    return g.save()


def turkistan_brick_factory():
    g = new("turkistan-akim-brick-factory", None,
            publisher="Turkistan regional akimat (the akim's official blog)", publisher_kind="akimat",
            url="https://dialog.egov.kz/blogs/posts/9462", published=None, outlet="dialog.egov.kz")
    g.note("The regional akim's post on the government blog platform (page header 'Сатыбалды Д. А., Түркістан облысының әкімі' dropped as chrome); written in the first person. No date: reference_date null; 'биылғы' -> XXXX. The stored copy stops mid-sentence in the next paragraph; the text ends at the last complete sentence. Typo 'басшыры' kept.")
    g.note("Events: the factory opening c1 (opening: headline 'ашылды', body 'іске қосылды'). No quotes (the author writes himself). «Bokei» = ORGANISATION (the enterprise); «Бизнестің жол картасы» = PROJECT; 'Жолдауында' (the President's Address) not annotated. '100 мың' = cardinal (unit қыш; 'дана' is a classifier); 'Тәулігіне' = set P1D.")
    g.ent("Түркістан", "GPE")
    g.ent("Ордабасы", "GPE", n=1)
    g.ent("Бадам", "GPE")
    g.ent("Bokei", "ORGANISATION")
    g.ent("Бизнестің жол картасы", "PROJECT")
    g.ent("Ордабасы", "GPE", n=2)
    g.ent("Мемлекет басшысы", "POSITION")
    g.ent("Қасым-Жомарт Тоқаев", "PERSON")
    g.ent("Өңір басшыры", "POSITION", "Түркістан облысының әкімі")
    g.qty("100 мың", "cardinal", 100000, unit="қыш")
    g.qty("40", "cardinal", 40, unit="кәсіпорын")
    g.tmp("Тәулігіне", "set", "P1D")
    g.tmp("бүгінгі таңда", "relative", "PRESENT_REF")
    g.tmp("биылғы", "relative", "XXXX")
    g.ev("opening", "ашылды", "past", None, "Түркістан облысы", None, cluster="c1")
    g.ev("opening", "іске қосылды", "past", None, "Бадам ауылдық округі, Ордабасы ауданы", None, cluster="c1", participants=["«Bokei» қыш зауыты"])
    g.person("Қасым-Жомарт Тоқаев", ["Мемлекет басшысы"], [("Қасым-Жомарт Тоқаев",)])
    g.announce(headline="Түркістан облысында жаңа зауыт ашылды", issuer="Түркістан облысының әкімдігі", outlet="dialog.egov.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def culture_nauryz_funds():
    g = new("culture-vice-minister-nauryz-funds", "2025-03-18",
            publisher="Ministry of Culture and Information of Kazakhstan", publisher_kind="ministry",
            url="https://elordainfo.kz/index.php/ar-turli/biyl-nauryzdy-toylau-a-ansha-a-sha-b-lindi", published="2025-03-18", outlet="Elordainfo.kz")
    g.note("reference_date = the page date (18 наурыз, 2025); date and photo-credit lines and 'Ұқсас жаңалықтар' dropped. 'Бұл туралы' points back to the headline question: no quote annotated on it.")
    g.note("Events: the press conference after the Government meeting c1 (press_conference, past); the Nauryz holiday reported as being celebrated c2 (holiday, 'тойланып', ongoing); the exhibitions c3 and fairs c4 during Nauryz (future, 'өтетінін'). The headline's 'тойлауға' (purpose) and 'көптеген іс-шара жоспарланған' (many planned events, aggregate) are not event mentions.")
    g.note("«Наурызнама» тұжырымдамасы = PROJECT 'Наурызнама'; 'Наурызды', 'Наурыз мейрамы' = EVENT entities; 'Наурыз мейрамы кезінде' = temporal range 2025-03-21/2025-03-23 (the public holidays); 'екінші' = ordinal (unit жыл). Typo 'жергілік' kept.")
    g.ent("Наурызды", "EVENT", "Наурыз")
    g.ent("Үкімет", "ORGANISATION")
    g.ent("мәдениет және ақпарат вице-министрі", "POSITION", "Мәдениет және ақпарат вице-министрі")
    g.ent("Евгений Кочетов", "PERSON", n=1)
    g.ent("Elordainfo.kz", "ORGANISATION")
    g.ent("Наурыз мейрамы", "EVENT", n=1)
    g.ent("Наурызнама", "PROJECT")
    g.ent("Евгений Кочетов", "PERSON", n=2)
    g.ent("Вице-министр", "POSITION", "Мәдениет және ақпарат вице-министрі")
    g.ent("Наурыз мейрамы", "EVENT", n=2)
    g.qty("екінші", "ordinal", 2, unit="жыл")
    g.tmp("Биыл", "relative", "2025")
    g.tmp("Қазір", "relative", "2025-03-18")
    g.tmp("Наурыз мейрамы кезінде", "range", "2025-03-21/2025-03-23")
    g.ev("press_conference", "конференциясында", "past", None, None, None, cluster="c1", participants=["Евгений Кочетов"])
    g.ev("holiday", "тойланып", "ongoing", None, None, "Наурыз", cluster="c2")
    g.ev("exhibition", "көрме", "future", "Наурыз мейрамы кезінде", None, None, cluster="c3")
    g.ev("fair", "жәрмеңкелер", "future", "Наурыз мейрамы кезінде", None, None, cluster="c4")
    g.quote("Өздеріңіз білетіндей, Наурыз мейрамы осымен екінші жыл қатарынан жаңа «Наурызнама» тұжырымдамасы аясында тойланып келеді. Соған орай көптеген іс-шара жоспарланған. Қазір бюджеттен қанша қаржы бөлінгенін нақты айта алмаймын. Себебі әр өңір бұл мерекені өздері ұйымдастырады және оған жергілік мемлекеттік орган атсалысады. Сондықтан нақты цифраны айту мүмкін емес",
            "Евгений Кочетов", "деді")
    g.quote("Наурыз мейрамы кезінде ұйымдастырылатын көрме мен жәрмеңкелер кәсіпкерлердің қолдауымен өтетінін", "Евгений Кочетов", "атап айтты", kind="indirect")
    g.person("Евгений Кочетов", ["Мәдениет және ақпарат вице-министрі"], [("Евгений Кочетов", 1), ("Евгений Кочетов", 2)])
    g.announce(headline="Биыл Наурызды тойлауға қанша ақша бөлінді", issuer="Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
               outlet="Elordainfo.kz", published="2025-03-18", place=None, main_event="c1")
    return g.save()


def agriculture_diversification():
    g = new("agriculture-minister-crop-diversification", "2025-11-04",
            publisher="Ministry of Agriculture of Kazakhstan", publisher_kind="ministry",
            url="https://kaz.inform.kz/news/2026-zhildan-bastap-timsz-dakildardin-alkabin-kiskartudi-bakilau-kusheytled-62c950/",
            published="2025-11-04", outlet="Kazinform")
    g.note("reference_date = the page date (2025-11-04). Typo 'Айдарбаек' kept (PERSON normalized 'Айдарбек Сапаров').")
    g.note("Events: the Government meeting where the minister spoke c1 ('Үкімет отырысында ... мәлім етті', meeting, past). Grain delivered to elevators is an aggregate; the policy ('бақылау күшейтіледі') is not a happening.")
    g.note("Temporals: '2026 жылдан бастап' and 'Келесі жылдан бастап' = open range '2026/' (seed '/2020' for 'дейін'); 'қазірден бастап' = relative 2025-11-04. Quantities: tonnes as quantity ('30,7 млн тоннаға'), 'екі есе' multiplier, percents with their suffix ('53%-ы'), 'төртінші' ordinal.")
    g.ent("Ауыл шаруашылығы министрі", "POSITION")
    g.ent("Айдарбек Сапаров", "PERSON")
    g.ent("Үкімет", "ORGANISATION")
    g.ent("министр", "POSITION", "Ауыл шаруашылығы министрі", after="тиіс, - деді ")
    g.ent("Ведомство басшысы", "POSITION", "Ауыл шаруашылығы министрі")
    g.ent("Айдарбаек Сапаров", "PERSON", "Айдарбек Сапаров")
    g.qty("30,7 млн тоннаға", "quantity", 30700000, unit="тонна")
    g.qty("13,3 млн тонна", "quantity", 13300000, unit="тонна")
    g.qty("17,4 млн тонна", "quantity", 17400000, unit="тонна")
    g.qty("7,7 млн тонна", "quantity", 7700000, unit="тонна")
    g.qty("екі есе", "multiplier", 2)
    g.qty("53%-ы", "percent", 53)
    g.qty("35%-ы", "percent", 35)
    g.qty("төртінші", "ordinal", 4, unit="сынып")
    g.qty("12%-ы", "percent", 12)
    g.tmp("2026 жылдан бастап", "range", "2026/")
    g.tmp("Келесі жылдан бастап", "range", "2026/")
    g.tmp("қазірден бастап", "relative", "2025-11-04")
    g.tmp("биылғы", "relative", "2025")
    g.tmp("өткен жылмен", "relative", "2024")
    g.ev("meeting", "отырысында", "past", None, None, None, cluster="c1", participants=["Айдарбек Сапаров"])
    g.quote("егіс алқаптарын әртараптандыру саясаты күшейетінін", "Айдарбек Сапаров", "мәлім етті", kind="indirect")
    g.quote("Егіс алқаптарын әртараптандыру бағдарламасы жалғасатын болады. Басымдық жоғары рентабельді және экспортқа бағытталған дақылдарға беріледі, ал суды көп қажет ететін дақылдар көлемі қысқарады. Келесі жылдан бастап әртараптандыру көрсеткіштерін орындауға бақылау күшейтіледі. Сондықтан өңірлер қазірден бастап түсіндіру жұмыстарын жүргізіп, егіс құрылымын алдын ала пысықтауы тиіс",
            "Айдарбек Сапаров", "деді")
    g.quote("елдегі астық сақтау сыйымдылығы 30,7 млн тоннаға тең екенін", "Айдарбек Сапаров", "айтады", kind="indirect")
    g.quote("Оның ішінде лицензияланған кәсіпорындарда – 13,3 млн тонна, шаруаларда – 17,4 млн тонна. Элеваторларға 7,7 млн тонна биылғы астық тапсырылды. Бұл өткен жылмен салыстырғанда екі есе көп. Сақтауға тапсырылған жұмсақ бидайдың 53%-ы жоғары сапалы, 35%-ы – төртінші сынып, 12%-ы – төменгі сынып және сыныпсыз астық",
            "Айдарбек Сапаров", "деді")
    g.person("Айдарбек Сапаров", ["Ауыл шаруашылығы министрі"], [("Айдарбек Сапаров",), ("Айдарбаек Сапаров",)])
    g.announce(headline="2026 жылдан бастап тиімсіз дақылдардың алқабын қысқартуды бақылау күшейтіледі",
               issuer="Қазақстан Республикасының Ауыл шаруашылығы министрлігі", outlet="KAZINFORM", published="2025-11-04",
               place="Астана", main_event="c1")
    return g.save()


def atyrau_fishermen_rescue():
    g = new("atyrau-emergency-fishermen-rescue", None,
            publisher="Atyrau regional Department of Emergency Situations", publisher_kind="emergency",
            url="https://www.kazinform.kz/kz/kaspiy-tenizinde-zhogalyp-ketken-balykshylar-tabyldy_a3591723", published=None, outlet="Kazinform")
    g.note("No date in the stored copy: reference_date null; '4 желтоқсан күні' -> XXXX-12-04, 'Кешке қарай' -> XXXX-12-04TEV. 'None' placeholder lines and 'Соңғы жаңалықтар' dropped.")
    g.note("Events: the fishermen stranded/missing c1 (incident: headline and lead 'жоғалып кеткен', 'мұз үстінде қалғаны'); the search and rescue c2 (other: headline 'табылды', lead 'құтқарды', 'Іздеу-құтқару жұмыстарына', 'табылып').")
    g.note("Natural features keep their generic noun ('Каспий теңізі'). 'ҰҚК ШҚ 2201 «г» әскери бөлімі' = one ORGANISATION (its number is part of the name); 'ТЖД' = ORGANISATION; 'полиция департаменті' (lowercase, unnamed) optional. The quote is direct with speaker_entity the department's press service.")
    g.ent("Каспий теңізінде", "LOCATION", "Каспий теңізі", n=1)
    g.ent("АТЫРАУ", "GPE", "Атырау")
    g.ent("ҚазАқпарат", "ORGANISATION", n=1)
    g.ent("Атырау", "GPE", n=1)
    g.ent("Каспий теңізінде", "LOCATION", "Каспий теңізі", n=2)
    g.ent("ҚазАқпарат", "ORGANISATION", n=2)
    g.ent("Исатай", "GPE")
    g.ent("Забурнье", "GPE")
    g.ent("Каспий теңізі", "LOCATION", after="қашықтықта, ")
    g.ent("ТЖД", "ORGANISATION", "Атырау облыстық ТЖД", n=1)
    g.optional("полиция департаменті", "ORGANISATION", "Атырау облысының полиция департаменті")
    g.ent("ҰҚК ШҚ 2201 «г» әскери бөлімі", "ORGANISATION")
    g.nested("ҰҚК ШҚ", "ORGANISATION", "ҰҚК Шекара қызметі")
    g.ent("Атырау облыстық ТЖД баспасөз қызметі", "ORGANISATION")
    g.nested("Атырау облыстық ТЖД", "ORGANISATION")
    g.nested("Атырау", "GPE", after="деп хабарлады ")
    g.qty("25 шақырым", "quantity", 25, unit="шақырым")
    g.qty("шамамен 16 шақырым", "quantity", 16, unit="шақырым", approx="about")
    g.qty("10", "cardinal", 10, unit="балықшы")
    g.qty("7", "cardinal", 7, unit="техника")
    g.qty("20", "cardinal", 20, unit="адам", after="жеке құрамдағы ")
    g.tmp("4 желтоқсан күні", "date", "XXXX-12-04")
    g.tmp("Кешке қарай", "time", "XXXX-12-04TEV")
    g.ev("incident", "жоғалып кеткен", "past", None, "Каспий теңізі", None, n=1, cluster="c1")
    g.ev("other", "табылды", "past", None, None, None, cluster="c2")
    g.ev("incident", "жоғалып кеткен", "past", None, "Каспий теңізі", None, n=2, cluster="c1")
    g.ev("other", "құтқарды", "past", None, "Атырау облысы", None, cluster="c2")
    g.ev("incident", "қалғаны", "past", "4 желтоқсан күні", "Исатай ауданы, Забурнье ауылынан 25 шақырым, Каспий теңізі жағалауынан 16 шақырым", None,
         cluster="c1", participants=["10 балықшы"], amounts=["10"])
    g.ev("other", "Іздеу-құтқару", "past", None, None, None, cluster="c2",
         participants=["жергілікті атқарушы органдар", "ТЖД қызметкерлері", "полиция департаменті", "ҰҚК ШҚ 2201 «г» әскери бөлімі"], amounts=["7", "20"])
    g.ev("other", "табылып", "past", "Кешке қарай", None, None, cluster="c2")
    g.quote("4 желтоқсан күні Исатай ауданында, Забурнье ауылынан 25 шақырым қашықтықта, Каспий теңізі жағалауынан шамамен 16 шақырым жерде 10 балықшының мұз үстінде қалғаны белгілі болды. Ауа райының қолайсыздығынан олар жағаға қайта алмаған. Іздеу-құтқару жұмыстарына жергілікті атқарушы органдар, ТЖД қызметкерлері, полиция департаменті, ҰҚК ШҚ 2201 «г» әскери бөлімі қатысты. Жалпы 7 техника мен жеке құрамдағы 20 адам атсалысты. Кешке қарай балықшылар табылып, жағаға жеткізілді",
            None, "деп хабарлады", speaker_entity="Атырау облыстық ТЖД баспасөз қызметі")
    g.announce(headline="Каспий теңізінде жоғалып кеткен балықшылар табылды", issuer="Атырау облыстық Төтенше жағдайлар департаменті",
               outlet="ҚазАқпарат", published=None, place="Атырау", main_event="c2")
    return g.save()


def kostanay_fishermen_blizzard():
    g = new("kostanay-emergency-fishermen-blizzard", None,
            publisher="Kostanay regional Department of Emergency Situations", publisher_kind="emergency",
            url="https://kazaknews.kz/okiga/ostanajda-boranda-al-an-12-baly-shy-t-aryldy", published=None, outlet="kazaknews.kz")
    g.note("No date or headline in the stored copy: reference_date null. '19 ақпаға қараған түні' (the night before 19 February; typo 'ақпаға' kept) = XXXX-02-18TNI; the quote's 'Бүгін' = XXXX-02-19 and 'түнгі 01:30 шамасында' = XXXX-02-19T01:30.")
    g.note("Events: the rescue c1 (other: 'құтқарылды', 'көмек көрсетілді'); the stranding c2 (incident: 'қар құрсауында қалған' twice, 'Оқиға ... болған'). The planned fishing trip ('шықпақ болғаны') is not an event.")
    g.note("'Қабырға өзеніне' = LOCATION with its generic noun; 'Облыстық ТЖД' (sentence start, acronym) = ORGANISATION; 'ведомствоның баспасөз қызметіндегілер' = optional ORGANISATION. Quotes: the lead's 'Бұл туралы ... хабарлады' (indirect, the first sentence) and the “...” -дейді quote (direct, speaker_entity the department's press service).")
    g.tmp("19 ақпаға қараған түні", "date", "XXXX-02-18TNI")
    g.ent("Қостанай", "GPE", n=1)
    g.qty("12", "cardinal", 12, unit="балықшы", n=1)
    g.ent("Қостанай облыстық ТЖД баспасөз қызметі", "ORGANISATION")
    g.nested("Қостанай облыстық ТЖД", "ORGANISATION")
    g.nested("Қостанай", "GPE", n=2)
    g.ent("Жангелдин", "GPE")
    g.tmp("Бүгін", "relative", "XXXX-02-19")
    g.tmp("түнгі 01:30 шамасында", "time", "XXXX-02-19T01:30")
    g.ent("Торғай", "GPE")
    g.qty("20 шақырым", "quantity", 20, unit="шақырым")
    g.qty("5", "cardinal", 5, unit="автокөлік")
    g.qty("12", "cardinal", 12, unit="адам", after="барлығы ")
    g.ent("Қабырға өзеніне", "LOCATION", "Қабырға өзені")
    g.optional("ведомствоның баспасөз қызметіндегілер", "ORGANISATION", "Қостанай облыстық ТЖД баспасөз қызметі")
    g.ent("Облыстық ТЖД", "ORGANISATION", "Қостанай облыстық ТЖД")
    g.ev("incident", "қалған", "past", "19 ақпаға қараған түні", "Қостанай облысы", None, n=1, cluster="c2", participants=["12 балықшы"])
    g.ev("other", "құтқарылды", "past", "19 ақпаға қараған түні", "Қостанай облысы", None, cluster="c1", amounts=["12"])
    g.ev("incident", "Оқиға", "past", None, "Жангелдин ауданы", None, cluster="c2")
    g.ev("incident", "қалған", "past", None, "Торғай селосынан 20 шақырым жер", None, n=2, cluster="c2", participants=["5 жеңіл автокөлік"])
    g.ev("other", "көрсетілді", "past", "түнгі 01:30 шамасында", "Торғай селосынан 20 шақырым жер", None, cluster="c1")
    S = "Қостанай облыстық ТЖД баспасөз қызметі"
    g.quote("19 ақпаға қараған түні Қостанай облысында қар құрсауында қалған 12 балықшы құтқарылды", None, "хабарлады", kind="indirect", speaker_entity=S)
    g.quote("Бүгін, түнгі 01:30 шамасында Торғай селосынан 20 шақырым жерде қар құрсауында қалған 5 жеңіл автокөлікке көмек көрсетілді. Көліктерде барлығы 12 адам болған. Олар Қабырға өзеніне балық аулауға шықпақ болғаны анықталды",
            None, "дейді", speaker_entity=S)
    g.announce(headline=None, issuer="Қостанай облыстық Төтенше жағдайлар департаменті", outlet="kazaknews.kz", published=None,
               place=None, main_event="c1")
    return g.save()



def anticorruption_turkistan_land():
    g = new("anticorruption-turkistan-land-bribe", None,
            publisher="Anti-Corruption Agency of Kazakhstan", publisher_kind="agency",
            url="https://smartnews.kz/news/4529-turkistanda-zher-resurstaryn-baskaru-departamentinin-basshysy-para-algan", published=None, outlet="smartnews.kz")
    g.note("No date and no headline in the stored copy. The agency's information relayed by SMARTNEWS.")
    g.note("Events: the pre-trial investigation c1 (other: 'тергеу жүргізіп жатыр', 'тергеп-тексеру жұмыстары жалғасып жатыр', ongoing; the conditional 'тергеу аяқталмайынша' is not a mention); the bribe extortion c2 (incident, 'итермелеген', past); the arrest c3 (other, 'қамауға алынған', past).")
    g.note("'Сыбайлас жемқорлыққа қарсы қызметі' = ORGANISATION (the Anti-Corruption Service); the suspect's post = POSITION with its department nested; 'Агенттік' (anaphoric) optional ORGANISATION.")
    g.ent("Сыбайлас жемқорлыққа қарсы қызметі", "ORGANISATION", "Сыбайлас жемқорлыққа қарсы қызмет")
    g.ent("Түркістан облыстық Жер ресурстарын басқару департаментінің басшысы", "POSITION")
    g.nested("Түркістан облыстық Жер ресурстарын басқару департаментінің", "ORGANISATION", "Түркістан облыстық Жер ресурстарын басқару департаменті")
    g.nested("Түркістан", "GPE", n=1)
    g.ent("Түркістан", "GPE", n=2)
    g.ent("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің", "ORGANISATION", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі")
    g.optional("Агенттік", "ORGANISATION", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі")
    g.qty("18 млн теңге", "money", 18000000, unit="KZT")
    g.tmp("қазір", "relative", "PRESENT_REF")
    g.ev("other", "тергеу", "ongoing", None, None, None, n=1, cluster="c1", participants=["Сыбайлас жемқорлыққа қарсы қызметі"])
    g.ev("incident", "итермелеген", "past", None, "Түркістан қаласы", None, cluster="c2", amounts=["18 млн теңге"])
    g.ev("other", "қамауға алынған", "past", None, None, None, cluster="c3", participants=["күдіктілер"])
    g.ev("other", "тергеп-тексеру", "ongoing", None, None, None, cluster="c1")
    A = "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі"
    g.quote("қазір тергеу сотының санкциясымен күдіктілер қамауға алынған", None, "ақпаратына сәйкес", kind="indirect", speaker_entity=A)
    g.quote("тергеу аяқталмайынша, іске қатысты өзге мәліметтер жария етілмейтінін", None, "ескертті", kind="indirect", speaker_entity=A)
    g.announce(headline=None, issuer="ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", outlet="smartnews.kz", published=None, place=None, main_event="c1")
    return g.save()


def anticorruption_nko_road():
    g = new("anticorruption-nko-road-repair-bribe", None,
            publisher="Anti-Corruption Service Department for North Kazakhstan region", publisher_kind="agency",
            url="https://arasha.kz/alem-jane-zan/qyqyqtyq-alandagy-qogam/sqo-da-ak-m-n-n-orynbasary-para-alu-bojynsha-ustaldy/amp", published=None, outlet="arasha.kz")
    g.note("No date and no headline in the stored copy.")
    g.note("Events: the investigation c1 (other: 'тергеу жүргізіп жатқанын', 'Тергеу жалғасуда', ongoing); the alleged bribe c2 (incident, 'пара алды', past as alleged); the preventive measure chosen c3 (other, 'таңдалды', past).")
    g.note("'әкім орынбасары', 'бөлім басшысына' = POSITIONs of unnamed officials (the district is not named).")
    D = "Сыбайлас жемқорлыққа қарсы қызметтің Солтүстік Қазақстан облысы бойынша департаменті"
    g.ent(D, "ORGANISATION")
    g.nested("Сыбайлас жемқорлыққа қарсы қызметтің", "ORGANISATION", "Сыбайлас жемқорлыққа қарсы қызмет")
    g.nested("Солтүстік Қазақстан", "GPE")
    g.ent("әкім орынбасары", "POSITION", "аудан әкімінің орынбасары")
    g.ent("бөлім басшысына", "POSITION", "бөлім басшысы")
    g.qty("10 млн теңге", "money", 10000000, unit="KZT")
    g.ev("other", "тергеу", "ongoing", None, None, None, n=1, cluster="c1", participants=[D])
    g.ev("incident", "пара алды", "past", None, None, None, cluster="c2", participants=["Лауазымды тұлғалар"], amounts=["10 млн теңге"])
    g.ev("other", "таңдалды", "past", None, None, None, cluster="c3")
    g.ev("other", "Тергеу", "ongoing", None, None, None, after="таңдалды.", cluster="c1")
    g.quote("облыс аудандарының бірінің әкім орынбасары мен бөлім басшысына қатысты сотқа дейінгі тергеу жүргізіп жатқанын", None, "мәлімдеді",
            kind="indirect", speaker_entity=D)
    g.quote("Лауазымды тұлғалар аудандық маңызы бар автожолдарды ағымдағы жөндеу бойынша орындалған жұмыс актілеріне кедергісіз қол қойғаны және жалпы қамқорлығы үшін кәсіпкерлік субъектісінен 10 млн теңге көлемінде пара алды деп күдіктелуде",
            None, "делінген", speaker_entity=D)
    g.announce(headline=None, issuer=D, outlet="arasha.kz", published=None, place=None, main_event="c1")
    return g.save()


def anticorruption_subsidy():
    g = new("anticorruption-subsidy-schemes-exposed", None,
            publisher="Anti-Corruption Agency of Kazakhstan", publisher_kind="agency",
            url="https://egemen.kz/article/294937-qazaqstanda-birneshe-onhir-akimdigininh-lauazym-ieleri-ashkerelendi", published=None, outlet="Egemen.kz")
    g.note("No date and no headline in the stored copy (the capital still 'Нұр-Сұлтан'). The text opens with the quote.")
    g.note("Events: the special operation c1 (other, 'операциясы ... әшкереленді', past); the investigation c2 (other, 'тергеу амалдары жүргізіліп жатыр', ongoing). 'кешенді талдау жұмыстарын бастады' is a process: not an event.")
    g.note("Regions in a coordinated list are GPEs ('Ақмола, Түркістан, Жамбыл облыстары' -> three GPEs; 'ШҚО', 'БҚО' normalized to the full names); the speaker's post is one POSITION with the agency nested.")
    g.ent("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің", "ORGANISATION", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі")
    g.ent("ҚР Ауыл шаруашылығы министрлігіне", "ORGANISATION", "ҚР Ауыл шаруашылығы министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    for name in ("Нұр-Сұлтан", "Шымкент", "Ақмола", "Түркістан", "Жамбыл"):
        g.ent(name, "GPE")
    g.ent("ШҚО", "GPE", "Шығыс Қазақстан облысы")
    g.ent("БҚО", "GPE", "Батыс Қазақстан облысы")
    g.ent("Атырау", "GPE")
    g.ent("Ақтөбе", "GPE")
    g.ent("ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі төрағасының көмекшісі", "POSITION")
    g.nested("ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", "ORGANISATION")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", after="деді ")
    g.ent("Шыңғыс Әлекешев", "PERSON")
    g.ent("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", "ORGANISATION", after="хабарланғандай, ")
    g.qty("30-дан астам", "cardinal", 30, unit="адам", approx="more_than")
    g.tmp("Қазіргі уақытта", "relative", "PRESENT_REF")
    g.tmp("қазір", "relative", "PRESENT_REF")
    g.tmp("Бұған дейін", "relative", "PAST_REF")
    g.ev("other", "операциясы", "past", None, None, None, cluster="c1", participants=["Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі"])
    g.ev("other", "тергеу", "ongoing", "Қазіргі уақытта", None, None, n=1, cluster="c2")
    g.quote("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің арнайы ауқымды операциясы нәтижесінде ҚР Ауыл шаруашылығы министрлігіне бағынысты бөлімшелер мен ұйымдардың және Нұр-Сұлтан, Шымкент қалаларының және Ақмола, Түркістан, Жамбыл облыстары, ШҚО, БҚО, Атырау, Ақтөбе облыстарының әкімдіктерінің лауазымды тұлғаларынан тұратын қылмыстық топтар әшкереленді. Олар субсидиялауға бөлінген қаражатты жымқырумен айналысқан, кәсіпкерлерден жүйелі түрде пара мен заңсыз сыйақы алудың жемқорлық схемасын ұйымдастырған. Қазіргі уақытта тергеу амалдары жүргізіліп жатыр. Заттай дәлелдер алынды. Қылмысқа қатысы бар 30-дан астам адам анықталды, олардың көпшілігі қазір кінәсін толық мойындап, тергеу тобымен ынтымақтастық орнатуда. Өзге ақпарат тергеу мүддесіне байланысты жария етілмейді",
            "Шыңғыс Әлекешев", "деді")
    g.person("Шыңғыс Әлекешев", ["ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі төрағасының көмекшісі"], [("Шыңғыс Әлекешев",)])
    g.announce(headline=None, issuer="ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", outlet="Egemen.kz", published=None, place=None, main_event="c1")
    return g.save()


def astana_saryarka_space():
    g = new("astana-saryarka-new-public-space", "2025-09-20",
            publisher="Astana city akimat", publisher_kind="akimat",
            url="https://baq.kz/taza-qazaqstan-astanada-zhana-qogamdyq-kenistik-ashyldy-200021717/", published="2025-09-20", outlet="BAQ.KZ")
    g.note("reference_date = the page date (2025-09-20). BAQ.KZ relays the city akimat ('елорда әкімдігіне сілтеме жасап'); no headline in the stored copy.")
    g.note("Events: the opening of the new recreation area c1 (opening: 'демалыс орны ашылды', 'аймақ ашылды', 'Іс-шараға ... қатысты', 'бұл шараның ... өткізілгенін'); the «Таза Қазақстан» campaign c2 (campaign: 'Акция аясында', 'акциясына'). The city-wide landscaping of 170 yards is an aggregate.")
    g.note("'Таза Қазақстан' = PROJECT (a national programme); streets: 'Жамбыл көшесі', 'К.Күмісбеков көшесіндегі' = FACILITY (nested PERSON); 'елорда әкімдігіне', 'аудан әкімдігінің' optional ORGANISATION; 'мәслихат депутаттары' = POSITION of the two named deputies.")
    g.ent("Астананың", "GPE", "Астана")
    g.ent("Сарыарқа", "GPE", n=1)
    g.ent("Жамбыл көшесі", "FACILITY")
    g.nested("Жамбыл", "PERSON")
    g.ent("BAQ.KZ", "ORGANISATION")
    g.optional("елорда әкімдігіне", "ORGANISATION", "Астана қаласының әкімдігі")
    g.optional("аудан әкімдігінің", "ORGANISATION", "Сарыарқа ауданының әкімдігі")
    g.ent("мәслихат депутаттары", "POSITION", "мәслихат депутаты")
    g.ent("Алтыншаш Табылды", "PERSON")
    g.ent("Бауыржан Смайлов", "PERSON")
    g.ent("Сарыарқа ауданының әкімі", "POSITION")
    g.nested("Сарыарқа", "GPE", n=2)
    g.ent("Жанасыл Шаукентаев", "PERSON")
    g.ent("Таза Қазақстан", "PROJECT")
    g.ent("К.Күмісбеков көшесіндегі", "FACILITY", "К.Күмісбеков көшесі")
    g.nested("К.Күмісбеков", "PERSON")
    g.optional("елордада", "GPE", "Астана")
    g.qty("350-ден астам", "cardinal", 350, unit="ағаш", approx="more_than")
    g.qty("800", "cardinal", 800, unit="ағаш")
    g.qty("170-тей", "cardinal", 170, unit="аула", approx="about")
    g.tmp("биыл", "relative", "2025")
    W = "Жамбыл көшесі, 8, Сарыарқа ауданы, Астана"
    g.ev("opening", "ашылды", "past", None, W, None, n=1, cluster="c1")
    g.ev("opening", "ашылды", "past", None, "бұрын бос жатқан аумақ", None, n=2, cluster="c1")
    g.ev("campaign", "Акция", "past", None, None, "Таза Қазақстан", cluster="c2")
    g.ev("opening", "Іс-шараға", "past", None, None, None, cluster="c1",
         participants=["аудан әкімдігінің қызметкерлері", "Алтыншаш Табылды", "Бауыржан Смайлов", "ардагерлер", "тұрғындар", "коммуналдық қызмет өкілдері"])
    g.ev("opening", "шараның", "past", None, None, None, cluster="c1")
    g.ev("campaign", "акциясына", "past", None, None, "Таза Қазақстан", cluster="c2")
    g.quote('бұл шараның "Таза Қазақстан" акциясына орай өткізілгенін', "Жанасыл Шаукентаев", "атап өтті", kind="indirect")
    g.quote("жаңа демалыс орны қала экологиясын жақсартып, жастарға үлгі болады", "Жанасыл Шаукентаев", "айтуынша", kind="indirect")
    g.person("Алтыншаш Табылды", ["мәслихат депутаты"], [("Алтыншаш Табылды",)])
    g.person("Бауыржан Смайлов", ["мәслихат депутаты"], [("Бауыржан Смайлов",)])
    g.person("Жанасыл Шаукентаев", ["Сарыарқа ауданының әкімі"], [("Жанасыл Шаукентаев",)])
    g.announce(headline=None, issuer="Астана қаласының әкімдігі", outlet="BAQ.KZ", published="2025-09-20", place=None, main_event="c1")
    return g.save()


def shymkent_park_renewed():
    g = new("shymkent-oil-plant-park-renewed", None,
            publisher="Shymkent city akimat", publisher_kind="akimat",
            url="https://xnews.kz/?p=25469", published=None, outlet="xnews.kz")
    g.note("No date in the stored copy; signed 'Шымкент қаласы әкімінің баспасөз қызметі' (the 'Check Also' block after it dropped). Source typos kept ('көбқабатты үилер', '10 астам').")
    g.note("Events: the renewed park put into use c1 (opening: headline 'жаңартылды', 'пайдалануға берілді', 'саябақтың жаңартылуы'). Counted equipment are cardinals with their nouns as units; areas in 'ш.м'/'га' are quantities.")
    g.note("'Шымкент май зауыты' = FACILITY (landmark, nested GPE); coordinated streets 'Есіл және Камал көшелерінің' -> FACILITY 'Есіл' and FACILITY 'Камал көшелерінің' (normalized with 'көшесі').")
    g.ent("Шымкент май зауыты", "FACILITY")
    g.nested("Шымкент", "GPE", n=1)
    g.ent("Шымкентте", "GPE", "Шымкент")
    g.ent("Есіл", "FACILITY", "Есіл көшесі")
    g.ent("Камал көшелерінің", "FACILITY", "Камал көшесі")
    g.ent("Қала әкімі", "POSITION", "Шымкент қаласының әкімі")
    g.ent("Ғ.Сыздықбековтің", "PERSON", "Ғ.Сыздықбеков")
    g.ent("Шымкент қаласы әкімінің баспасөз қызметі", "ORGANISATION")
    g.nested("Шымкент", "GPE", after="тұрғын бар.")
    g.qty("0,5 га", "quantity", 0.5, unit="гектар")
    g.qty("200 ш.м", "quantity", 200, unit="шаршы метр")
    g.qty("3", "cardinal", 3, unit="әткеншек", after="алаңшалары, ")
    g.qty("2", "cardinal", 2, unit="үстел", after="әткеншек, ")
    g.qty("1", "cardinal", 1, unit="үстел", after="теннис үстелі, ")
    g.qty("4000 ш.м", "quantity", 4000, unit="шаршы метр")
    g.qty("8", "cardinal", 8, unit="орындық", after="автотұрақ, ")
    g.qty("8", "cardinal", 8, unit="жәшік", after="орындық, ")
    g.qty("6", "cardinal", 6, unit="пергола", after="жәшігі, ")
    g.qty("40", "cardinal", 40, unit="баған", after="пергола, ")
    g.qty("8", "cardinal", 8, unit="тас", after="бағанасы, ")
    g.qty("10 астам", "cardinal", 10, unit="үй", approx="more_than")
    g.qty("500 астам", "cardinal", 500, unit="үй", approx="more_than")
    g.qty("2000 астам", "cardinal", 2000, unit="тұрғын", approx="more_than")
    g.ev("opening", "жаңартылды", "past", None, "Шымкент май зауыты жаны", None, cluster="c1")
    g.ev("opening", "пайдалануға берілді", "past", None, "Есіл және Камал көшелерінің арасы, Шымкент", None, cluster="c1", amounts=["0,5 га"])
    g.ev("opening", "жаңартылуы", "past", None, None, None, cluster="c1")
    g.person("Ғ.Сыздықбеков", ["Шымкент қаласының әкімі"], [("Ғ.Сыздықбековтің",)])
    g.announce(headline="Шымкент май зауыты жанындағы көне саябақ жаңартылды", issuer="Шымкент қаласының әкімдігі", outlet="xnews.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def semey_yards():
    g = new("semey-yards-renovated", "2023-08-26",
            publisher="Abai regional akimat", publisher_kind="akimat",
            url="https://abaidan.kz/ru/categories/koggam/semeyde-zhana-aulalar-turggyndar-igylygyne-beryldy-2023-08-26", published="2023-08-26", outlet="abaidan.kz")
    g.note("reference_date = the date in the page address (2023-08-26); abaidan.kz relays the Abai regional akimat's press service. The stored copy stops mid-sentence; the text ends at the last complete sentence. Source typos kept ('Нұрсағатов ,', 'Аулаларды' capitalised mid-sentence, 'ауыстырылылады').")
    g.note("Events: the ceremonial opening of the renovated yards c1 (opening: headline 'берілді', lead 'берілді', 'салтанатты ашылуына'); the children's concert c2 (concert, past). Replacing networks / equipping playgrounds are processes.")
    g.note("Street names in the addresses ('Түріксіб 53', 'Қостанай 1 Б') = FACILITY 'Түріксіб', 'Қостанай' (the street, not the city). '7-8%-ы' = percent, value the lower bound 7 (as '150-160 доллар' -> 150). 'Ағымдағы жылы' = 2023; 'жыл сайын' = set P1Y.")
    g.ent("Семейде", "GPE", "Семей", n=1)
    g.ent("Семейде", "GPE", "Семей", n=2)
    g.ent("Түріксіб", "FACILITY")
    g.ent("Қостанай", "FACILITY", after="Түріксіб 53, ")
    g.ent("abaidan.kz", "ORGANISATION")
    g.ent("Абай облысы әкімдігінің баспасөз қызметіне", "ORGANISATION", "Абай облысы әкімдігінің баспасөз қызметі")
    g.nested("Абай облысы әкімдігінің", "ORGANISATION", "Абай облысының әкімдігі")
    g.nested("Абай", "GPE")
    g.ent("Семей қаласының әкімі", "POSITION")
    g.nested("Семей", "GPE", after="ашылуына ")
    g.ent("Нұрбол Нұрсағатов", "PERSON", n=1)
    g.ent("Семей", "GPE", after="Ағымдағы жылы ")
    g.ent("қала әкімі", "POSITION", "Семей қаласының әкімі")
    g.ent("Нұрбол Нұрсағатов", "PERSON", n=2)
    g.qty("576", "cardinal", 576, unit="аула")
    g.qty("7-8%-ы", "percent", 7)
    g.qty("70", "cardinal", 70, unit="аула")
    g.tmp("Ағымдағы жылы", "relative", "2023")
    g.tmp("жыл сайын", "set", "P1Y")
    g.tmp("5 жыл ішінде", "duration", "P5Y")
    W = "Түріксіб 53, Қостанай 1 Б, Семей"
    g.ev("opening", "берілді", "past", None, "Семей", None, n=1, cluster="c1")
    g.ev("opening", "берілді", "past", None, W, None, n=2, cluster="c1")
    g.ev("opening", "ашылуына", "past", None, None, None, cluster="c1", participants=["Нұрбол Нұрсағатов", "қалалық мәслихат депутаттары"])
    g.ev("concert", "концерт", "past", None, "Барлық аула", None, cluster="c2")
    g.quote("Қаламызда 576 аула бар. Оның тек 7-8%-ы ғана абаттандырылған. Ағымдағы жылы Семей қаласында 70 аула аумағын абаттандыру жұмыстары жоспарланған. Біз жыл сайын кезең-кезеңімен аулаларды жөндесек, 5 жыл ішінде айтарлықтай жетістікке қол жеткіземіз. Сонымен қатар, аулалардағы жерасты желілерінің де тозығы жеткен. Аулаларды жөндеу кезінде жерасты желілерін жөндеуге баса назар аудардық",
            "Нұрбол Нұрсағатов", "деді")
    g.person("Нұрбол Нұрсағатов", ["Семей қаласының әкімі"], [("Нұрбол Нұрсағатов", 1), ("Нұрбол Нұрсағатов", 2)])
    g.announce(headline="Семейде жаңа аулалар тұрғындар игілігіне берілді", issuer="Абай облысының әкімдігі", outlet="abaidan.kz",
               published="2023-08-26", place=None, main_event="c1")
    return g.save()


def oral_court_defamation():
    g = new("oral-court-defamation-suit", None,
            publisher="Oral city court No. 2", publisher_kind="court",
            url="https://qaz.infozakon.kz/courts/6757-tryndar-sheneunkten-sot-sn-zhep-aldy.html", published=None, outlet="qaz.infozakon.kz")
    g.note("No date in the stored copy. The stored copy stops mid-sentence; the text ends at the last complete sentence. Russian-language titles («Уральская неделя», «Новопавловка просит слово») are names inside the Kazakh text.")
    g.note("Events: the hearing of the civil case c1 (hearing: 'азаматтық іс қаралды', headline 'сот ісін жеңіп алды' = its outcome). The article's publication is background.")
    g.note("'«Уральская неделя»' = ORGANISATION (the newspaper); its 'бас редакторына' / 'бас редактор' = POSITION; 'ауылдық округ әкімінің', 'Әкім', 'әкімнің' = POSITION of the unnamed rural akim; «Новопавловка просит слово» = ART; «БАҚ туралы» Заң = LAW (inside the quotes). Quotes: the akim's claim (indirect, speaker_entity the position) and the court's finding (indirect, speaker_entity the court).")
    g.ent("Орал қаласының №2 сотымен", "ORGANISATION", "Орал қаласының №2 соты")
    g.nested("Орал", "GPE")
    g.ent("Журналистік бастама", "ORGANISATION")
    g.ent("Уральская неделя", "ORGANISATION")
    g.ent("бас редакторына", "POSITION", "«Уральская неделя» газетінің бас редакторы")
    g.ent("Новопавловка", "GPE", n=1)
    g.ent("ауылдық округ әкімінің", "POSITION", "Новопавловка ауылдық округінің әкімі")
    g.ent("Әкім", "POSITION", "Новопавловка ауылдық округінің әкімі", after="қаралды.\n")
    g.ent("Новопавловка просит слово", "ART")
    g.ent("әкімнің", "POSITION", "Новопавловка ауылдық округінің әкімі", after="жай ")
    g.ent("әкімнің", "POSITION", "Новопавловка ауылдық округінің әкімі", after="тұрғындардың және ")
    g.ent("бас редактор", "POSITION", "«Уральская неделя» газетінің бас редакторы", after="сондықтан ")
    g.ent("БАҚ туралы", "LAW")
    g.qty("екі", "cardinal", 2, unit="тұрғын")
    g.qty("100 000 теңгеден", "money", 100000, unit="KZT")
    g.ev("hearing", "жеңіп алды", "past", None, None, None, cluster="c1", participants=["Тұрғындар", "шенеунік"])
    g.ev("hearing", "қаралды", "past", None, "Орал қаласының №2 соты", None, cluster="c1",
         participants=["«Журналистік бастама» ЖШС", "«Уральская неделя» газетінің бас редакторы", "Новопавловка кентінің екі тұрғыны", "ауылдық округ әкімі"])
    g.quote("жарияланған «Новопавловка просит слово» атты мақаладағы мәліметтерді шындыққа жатпайды", None, "деп", kind="indirect",
            speaker_entity="Новопавловка ауылдық округінің әкімі")
    g.quote("тұрғындардың сөздері тіл тигізетіндей емес, ақпараттық мағынада болған, жай әкімнің, лауазымды тұлға ретінде қызметінің сын-ескертпесі ретінде айтылған және ар-намысы мен қадір-қасиетіне нұқсан келтіретін сөздерге жатпайды",
            None, "деп санады", kind="indirect", speaker_entity="Орал қаласының №2 соты")
    g.announce(headline="Тұрғындар шенеуніктен сот ісін жеңіп алды", issuer="Орал қаласының №2 соты", outlet="qaz.infozakon.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def mangystau_police_crash():
    g = new("mangystau-police-car-crash", "2025-11-27",
            publisher="Mangystau regional police department", publisher_kind="police",
            url="https://kaz.inform.kz/news/mangistauda-politsiya-kolg-zhol-apatina-ushiradi-79c4e8/", published="2025-11-27", outlet="Kazinform")
    g.note("reference_date = the page date (2025-11-27); '25 қарашада' -> 2025-11-25. Typo 'хабарламала' kept. The last two paragraphs are the outlet's background (the MIA commission), kept as published.")
    g.note("Events: the road accident c1 (incident: headline 'апатына', 'Жол-көлік апаты', 'соқтығысады' (narrative present of the video, past), 'оқиғасы ... тіркелді', 'соғылғаны', 'апатынан'); the internal check c2 (inspection, 'тексеріс тағайындалған', past); the MIA commission's check of the Mangystau police c3 (inspection: 'тексеруге ... комиссия келген', 'тексеруге ... барғанын').")
    g.note("'Облыстық полиция департаментінің' (unnamed region, capitalised) = optional ORGANISATION; «Toyota Camry» = PRODUCT; '17 жастағы' = quantity (unit жас).")
    g.ent("Маңғыстауда", "GPE", "Маңғыстау")
    g.ent("АҚТАУ", "GPE", "Ақтау")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Бейнеу", "GPE")
    g.optional("Облыстық полиция департаментінің", "ORGANISATION", "Маңғыстау облыстық полиция департаменті")
    g.ent("Toyota Camry", "PRODUCT")
    g.ent("Маңғыстау", "GPE", after="Бұған дейін, ")
    g.ent("Ішкі істер министрінің орынбасары", "POSITION")
    g.ent("Санжар Әділов", "PERSON")
    g.ent("Маңғыстау", "GPE", after="Санжар Әділов ")
    g.ent("Өзіндік қауіпсіздік департаментінің", "ORGANISATION", "Өзіндік қауіпсіздік департаменті")
    g.qty("17 жастағы", "quantity", 17, unit="жас")
    g.tmp("25 қарашада", "date", "2025-11-25")
    g.tmp("Бұған дейін", "relative", "PAST_REF")
    g.ev("incident", "апатына", "past", None, "Маңғыстау", None, cluster="c1")
    g.ev("incident", "апаты", "past", None, "Бейнеу ауылы", None, after="KAZINFORM", cluster="c1")
    g.ev("incident", "соқтығысады", "past", None, None, None, cluster="c1")
    g.ev("incident", "оқиғасы", "past", "25 қарашада", None, None, cluster="c1")
    g.ev("incident", "соғылғаны", "past", None, None, None, cluster="c1", participants=["«Toyota Camry» автокөлігі", "патрульдік көлік"])
    g.ev("incident", "апатынан", "past", None, None, None, cluster="c1")
    g.ev("inspection", "тексеріс", "past", None, None, None, cluster="c2")
    g.ev("inspection", "тексеруге", "past", None, None, None, n=1, cluster="c3", participants=["арнайы комиссия"])
    g.ev("inspection", "тексеруге", "past", None, "Маңғыстау облысы", None, n=2, cluster="c3", participants=["Өзіндік қауіпсіздік департаментінің басшылығы"])
    P = "Маңғыстау облыстық полиция департаменті"
    g.quote("көлікте жасөспірім болған", None, "хабарлауынша", kind="indirect", speaker_entity=P)
    g.quote("Полиция көлігінің қатысуымен болған жол-көлік оқиғасы 25 қарашада тіркелді. Бейнежазбада «Toyota Camry» автокөлігі жоғары жылдамдықпен патрульдік көлікке соғылғаны көрінеді. Көлікті 17 жастағы жас жігіт басқарған. Оның ата-анасы кәмелет жасқа толмаған балаға көлік жүргізуге жол бергені және тәрбиелеу міндеттерін тиісінше орындамағаны үшін әкімшілік жауапкершілікке тартылды",
            None, "делінген", speaker_entity=P)
    g.quote("Маңғыстау облысындағы полицияны тексеруге Өзіндік қауіпсіздік департаментінің басшылығы барғанын", "Санжар Әділов", "айтты", kind="indirect")
    g.person("Санжар Әділов", ["Ішкі істер министрінің орынбасары"], [("Санжар Әділов",)])
    g.announce(headline="Маңғыстауда полиция көлігі жол апатына ұшырады", issuer="Маңғыстау облыстық полиция департаменті", outlet="KAZINFORM",
               published="2025-11-27", place="Ақтау", main_event="c1")
    return g.save()


def kyzylorda_streetball():
    g = new("kyzylorda-city-streetball-tournament", None,
            publisher="Kyzylorda city akimat", publisher_kind="akimat",
            url="https://aqmeshit-aptalygy.kz/sport/stritboldan-qyzylorda-qalasy-aekimining-zhueldesine-arnalghan-respwblikalyq-twrnir-oetti-25319",
            published=None, outlet="aqmeshit-aptalygy.kz")
    g.note("No date in the stored copy (the Year of Children, 2022); 'биылғы' -> XXXX. The social-media line at the end dropped. The city paper reports the city akim's tournament.")
    g.note("Events: the streetball tournament c1 (competition: 'турнирі өтті', 'доданың ашылуына', in the quote 'турнирді ашық деп жариялаймын' (ongoing, present)). Sports grounds being opened (50) are an aggregate.")
    g.note("«Темір жол» = FACILITY (park); 'Қызылорда қаласы әкімінің' (the prize's name part) = POSITION; 'Асылбек Өмірбекұлы' is the same person as 'Асылбек Шаменов' (first name + patronymic); 'Сыр елінде' optional GPE; «Балалар жылына» = EVENT 'Балалар жылы'.")
    g.ent("Темір жол", "FACILITY")
    g.ent("Қызылорда қаласы әкімінің", "POSITION", "Қызылорда қаласының әкімі")
    g.nested("Қызылорда", "GPE", n=1)
    g.ent("Қызылорда", "GPE", n=2)
    g.ent("қала әкімі", "POSITION", "Қызылорда қаласының әкімі", n=1)
    g.ent("Асылбек Шаменов", "PERSON")
    g.optional("Сыр елінде", "GPE", "Сыр елі")
    g.ent("Қазақстанның", "GPE", "Қазақстан")
    g.ent("Өзбекстан", "GPE")
    g.ent("қала әкімі", "POSITION", "Қызылорда қаласының әкімі", n=2)
    g.ent("Асылбек Өмірбекұлы", "PERSON", "Асылбек Шаменов")
    g.ent("Қызылорда", "GPE", after="бағытында ")
    g.ent("Балалар жылына", "EVENT", "Балалар жылы")
    g.ent("облыс әкімінің", "POSITION", "Қызылорда облысының әкімі")
    g.qty("екінші", "ordinal", 2, unit="мәрте")
    g.qty("50", "cardinal", 50, unit="алаң")
    g.tmp("Бүгінгі", "relative", "PRESENT_REF")
    g.tmp("жыл сайын", "set", "P1Y")
    g.tmp("қазір", "relative", "PRESENT_REF")
    g.tmp("биылғы", "relative", "XXXX")
    g.ev("competition", "турнирі", "past", None, "«Темір жол» саябағы, Қызылорда", "Қызылорда қаласы әкімінің жүлдесі", cluster="c1")
    g.ev("competition", "доданың", "past", None, None, None, cluster="c1", participants=["Асылбек Шаменов", "жарысқа қатысушы командалар"])
    g.ev("competition", "турнирді", "ongoing", "Бүгінгі", None, None, cluster="c1")
    g.quote("Сыр елінде Қазақстанның түкпір-түкпірінен және арнайы Өзбекстан мемлекетінен келген стритболшыларға ілтипатымды білдіремін. Жеңісті жолдарыңыз жалғасты болсын! Бүгінгі стритболдан республикалық турнирді ашық деп жариялаймын!",
            "Асылбек Шаменов", "деді")
    g.person("Асылбек Шаменов", ["Қызылорда қаласының әкімі"], [("Асылбек Шаменов",), ("Асылбек Өмірбекұлы",)])
    g.announce(headline=None, issuer="Қызылорда қаласының әкімдігі", outlet="aqmeshit-aptalygy.kz", published=None, place=None, main_event="c1")
    return g.save()


def astana_open_skating():
    g = new("astana-open-skating-championship", "2022-12-04",
            publisher="Astana city akimat", publisher_kind="akimat",
            url="https://el.kz./amp/astanalyqtar-konki-teuip-zharysady_57876", published="2022-12-04", outlet="El.kz")
    g.note("reference_date = the page date (4 Желтоқсан 2022); the date/counter line dropped; the sub-headline line kept; a trailing space after 'отыр.' kept as stored. The stored copy goes on with a cut sentence after the quote.")
    g.note("Events: one championship c1 (competition) at every mention: headline 'жарысады', sub-headline 'чемпионаты ... өткелі отыр', 'чемпионаты өтеді', 'Жарыс ... өтеді', 'чемпионатқа қатысуға', 'Жарыс ... өткізілуде' (ongoing), 'іс-шараны дәстүрге айналдыру' (future), 'Жарысқа ... қатысады', 'чемпионатына ... ниет білдірген', 'чемпионатты ... өткізетін боламыз' (future), all future unless marked.")
    g.note("Quote: '..., - дейді X' has no opening mark; only the first-person sentence 'Бұл чемпионатты ... боламыз' is taken as the direct quote (the preceding sentence may be the outlet's). «Astana Open»/«ASTANA OPEN» = EVENT (Latin-script name inside the Kazakh text); «Алау» = FACILITY; 'Астана қаласы әкімдігінің №2 БЖСМ' = ORGANISATION (sports school; its number is part of the name); 'дүниежүзілік коньки тебу күніне' optional EVENT.")
    g.optional("Астаналықтар", "NORP", "астаналық")
    g.ev("competition", "жарысады", "future", None, None, None, cluster="c1")
    g.ent("Astana Open", "EVENT")
    g.ev("competition", "чемпионаты", "future", None, None, "Astana Open", n=1, cluster="c1")
    g.optional("Елордадағы", "GPE", "Астана")
    g.ent("Алау", "FACILITY")
    g.tmp("4-6 желтоқсан күндері", "range", "2022-12-04/2022-12-06")
    g.optional("дүниежүзілік коньки тебу күніне", "EVENT", "дүниежүзілік коньки тебу күні")
    g.ent("ASTANA OPEN", "EVENT", "Astana Open", n=1)
    g.ev("competition", "чемпионаты", "future", "4-6 желтоқсан күндері", "«Алау» мұзайдыны сарайы, Астана", "Astana Open", n=2, cluster="c1")
    g.ent("El.kz", "ORGANISATION")
    g.optional("елорда әкімдігінің", "ORGANISATION", "Астана қаласының әкімдігі")
    g.qty("5", "cardinal", 5, unit="санат", after="Жарыс ")
    g.ev("competition", "Жарыс", "future", None, None, None, n=1, cluster="c1")
    g.tmp("Бүгінгі күнге дейін", "relative", "2022-12-04")
    g.ev("competition", "чемпионатқа", "future", None, None, None, cluster="c1")
    g.qty("130-ға жуық", "cardinal", 130, unit="өтінім", approx="about")
    g.ev("competition", "Жарыс", "ongoing", None, None, None, n=2, cluster="c1")
    g.tmp("Алдағы уақытта", "relative", "FUTURE_REF")
    g.ev("competition", "іс-шараны", "future", None, None, None, cluster="c1")
    g.ev("competition", "Жарысқа", "future", None, None, None, cluster="c1",
         participants=["Астана қаласы әкімдігінің №2 БЖСМ спортшылары", "Қостанай, Петропавл, Хромтау және Алматы қалаларының конькишілері"])
    g.ent("Астана қаласы әкімдігінің №2 БЖСМ", "ORGANISATION")
    g.nested("Астана қаласы әкімдігінің", "ORGANISATION", "Астана қаласының әкімдігі")
    g.nested("Астана", "GPE", after="Жарысқа ")
    for c in ("Қостанай", "Петропавл", "Хромтау"):
        g.ent(c, "GPE")
    g.ent("Алматы", "GPE", after="Хромтау және ")
    g.ent("ASTANA OPEN", "EVENT", "Astana Open", n=2)
    g.ev("competition", "чемпионатына", "future", None, None, "Astana Open", cluster="c1")
    g.qty("130", "cardinal", 130, unit="адам", after="барлығы ")
    g.ev("competition", "чемпионатты", "future", None, None, None, cluster="c1")
    g.tmp("алдағы уақытта", "relative", "FUTURE_REF")
    g.ent("қалалық спорт басқармасының баспасөз хатшысы", "POSITION", "Астана қалалық спорт басқармасының баспасөз хатшысы")
    g.ent("Мадина Айтқалиева", "PERSON")
    g.quote("Бұл чемпионатты алдағы уақытта дәстүрлі түрде өткізетін боламыз", "Мадина Айтқалиева", "дейді")
    g.person("Мадина Айтқалиева", ["Астана қалалық спорт басқармасының баспасөз хатшысы"], [("Мадина Айтқалиева",)])
    g.announce(headline="Астаналықтар коньки теуіп жарысады", issuer="Астана қаласының әкімдігі", outlet="El.kz", published="2022-12-04",
               place=None, main_event="c1")
    return g.save()



def labour_social_assistance():
    g = new("labour-ministry-social-assistance-2021", "2021-03-29",
            publisher="Ministry of Labour and Social Protection of Kazakhstan", publisher_kind="ministry",
            url="https://qamshy.kz/article/63660-enhbek-ministrligi-649-mynhnan-astam-adam-aleumettik-komek-alghanyn-malimdedi",
            published="2021-03-29", outlet="qamshy.kz")
    g.note("reference_date = the page date (29 Наурыз, 2021); date/photo lines and comment chrome dropped; no headline kept (not in the stored body).")
    g.note("All figures are period totals (aggregate): no events, main_event null. '1-6 жасқа дейінгі' = quantity (age) with the lower bound as value; 'АӘК' (the programme's abbreviation) not annotated.")
    M = "Еңбек және халықты әлеуметтік қорғау министрлігі"
    g.ent(M, "ORGANISATION")
    g.optional("Министрліктің", "ORGANISATION", M)
    g.tmp("2021 жылдың қаңтар-ақпанында", "range", "2021-01-01/2021-02-28")
    g.qty("649 мыңнан астам", "cardinal", 649000, unit="адам", approx="more_than")
    g.tmp("2021 жылдың 1 наурызындағы", "date", "2021-03-01", n=1)
    g.qty("128,8 мың", "cardinal", 128800, unit="отбасы")
    g.qty("649 мың", "cardinal", 649000, unit="адам", after="отбасындағы ")
    g.qty("122,8 миллиард теңге", "money", 122800000000, unit="KZT")
    g.qty("70%-ынан", "percent", 70)
    g.tmp("2021 жылдың 1 наурызындағы", "date", "2021-03-01", n=2)
    g.qty("1-6 жасқа", "quantity", 1, unit="жас")
    g.qty("154,3 мың", "cardinal", 154300, unit="бала")
    g.quote("2021 жылдың қаңтар-ақпанында 649 мыңнан астам адам атаулы әлеуметтік көмек алғанын", None, "хабарлады", kind="indirect", speaker_entity=M)
    g.quote("2021 жылдың 1 наурызындағы жағдай бойынша 128,8 мың отбасындағы 649 мың адамға атаулы әлеуметтік көмек тағайындалды. Бұл мақсатқа бюджеттен 122,8 миллиард теңге бөлінді",
            None, "делінген", speaker_entity=M)
    g.quote("атаулы әлеуметтік көмек отбасының әрбір мүшесіне жан басына шаққандағы орташа табысы өңірлік ең төменгі күнкөріс деңгейінің 70%-ынан төмен азаматтарға тағайындалады",
            None, "хабарлауынша", kind="indirect", speaker_entity=M)
    g.announce(headline=None, issuer="ҚР Еңбек және халықты әлеуметтік қорғау министрлігі", outlet="qamshy.kz", published="2021-03-29", place=None, main_event=None)
    return g.save()


def transport_bukhtarma_bridge():
    g = new("transport-ministry-bukhtarma-bridge", "2024-10-22",
            publisher="Ministry of Transport of Kazakhstan", publisher_kind="ministry",
            url="https://buqara.kz/shko/769-btyrma-su-ojmasy-aryly-tetin-kpir-tegin-bolady.html", published="2024-10-22", outlet="Buqara.kz")
    g.note("reference_date = the page date (22-10-2024); 'күні кеше' = 2024-10-21. Rubric line 'ШҚО / Бүгін' and page chrome dropped; the double space before 'Buqara.kz' kept.")
    g.note("Events: the bridge opening the day before c1 (opening, 'ашылуына қатысты', past). The headline (free passage) is not a happening: main_event null. Quotes: the ministry's information (indirect 'мәліметке сүйенсек', direct '- ..., - деді министрлік', speaker_entity the ministry) and the regional akim's dash quote (a ' - ' inside the quote is part of it).")
    g.note("'Бұқтырма су қоймасы' = LOCATION with its generic noun; 'елордаға' optional GPE; 'облыс әкімі' = POSITION normalized with the region (East Kazakhstan).")
    g.ent("Бұқтырма су қоймасы", "LOCATION", n=1)
    M = "Қазақстан Республикасы Көлік министрлігі"
    g.ent(M, "ORGANISATION")
    g.nested("Қазақстан Республикасы", "GPE")
    g.ent("Buqara.kz", "ORGANISATION")
    g.optional("Министрлік", "ORGANISATION", M)
    g.optional("елордаға", "GPE", "Астана")
    g.ent("Премьер-министр", "POSITION")
    g.ent("Олжас Бектенов", "PERSON")
    g.ent("Бұқтырма су қоймасы", "LOCATION", n=2)
    g.ent("облыс әкімі", "POSITION", "Шығыс Қазақстан облысының әкімі")
    g.ent("Ермек Көшербаев", "PERSON")
    g.qty("алты", "cardinal", 6, unit="аудан")
    g.tmp("Алдағы уақытта", "relative", "FUTURE_REF")
    g.tmp("қазір", "relative", "2024-10-22")
    g.tmp("күні кеше", "relative", "2024-10-21")
    g.ev("opening", "ашылуына", "past", "күні кеше", "Бұқтырма су қоймасы", None, cluster="c1", participants=["Олжас Бектенов"])
    g.quote("көпірден өту тегін болады", None, "мәліметке сүйенсек", kind="indirect", speaker_entity=M)
    g.quote("Алдағы уақытта көпірде автомобильдердің салмағын өлшеуге арналған автоматтандырылған жүйелер орнатылуы мүмкін. Бұл жүйелер қазір елордаға кіреберістерде жұмыс істеп тұр",
            None, "деді", speaker_entity=M)
    g.quote("Көпір - алты ауданның арасын қосқан маңызды көлік артериясы, бұл аудандарға даму мен экономиканы өсіру үшін жаңа серпін береді. Көпір жаңа логистикалық және туристік маршруттардың басталу нүктесі болады, шығыс жұрты асыға күткен көпір тек оң өзгерістер алып келмек",
            "Ермек Көшербаев", "деді")
    g.person("Олжас Бектенов", ["Премьер-министр"], [("Олжас Бектенов",)])
    g.person("Ермек Көшербаев", ["Шығыс Қазақстан облысының әкімі"], [("Ермек Көшербаев",)])
    g.announce(headline="Бұқтырма су қоймасы арқылы өтетін көпір тегін болады", issuer="ҚР Көлік министрлігі", outlet="Buqara.kz",
               published="2024-10-22", place=None, main_event=None)
    return g.save()


def astana_bridge():
    g = new("astana-independence-avenue-bridge", "2023-10-29",
            publisher="Astana city akimat", publisher_kind="akimat",
            url="https://el.kz/astanada-segiz-zholaqty-zhana-kopir-paydalanuga-berildi_94940", published="2023-10-29", outlet="El.kz")
    g.note("reference_date = the page date (29.10.2023); the photo credit 'Астана әкімдігінің баспасөз қызметі', rubric, repeated headline and share lines dropped. El.kz relays Kazinform, which relays the city akimat.")
    g.note("Events: the bridge opening c1 (opening: headline 'пайдалануға берілді', 'қозғалыс ... ашылды' (past, 'бір күн бұрын' = a day before the planned 30 October, i.e. 2023-10-29), 'ашылатыны' (the earlier announced plan, future)); the trial run c2 (other, 'сынақ ... басталды'). 'абаттандыру жұмысы ... жалғасады' is a process.")
    g.note("Streets and avenues = FACILITY with the generic noun; coordinated 'Байтұрсынов, Қордай, Айнакөл көшелерімен' -> three FACILITY spans. 'көктемге дейін' = range '/2024-SP'. The last sentence ('... хабарланған болатын') is an indirect quote with no speaker.")
    g.ent("Астанада", "GPE", "Астана", n=1)
    g.qty("сегіз", "cardinal", 8, unit="жолақ", n=1)
    g.ent("Астанада", "GPE", "Астана", n=2)
    g.ent("Тәуелсіздік даңғылындағы", "FACILITY", "Тәуелсіздік даңғылы")
    g.tmp("бір күн бұрын", "relative", "2023-10-29")
    g.ent("El.kz", "ORGANISATION")
    g.ent("Kazinform-ға", "ORGANISATION", "Kazinform")
    g.optional("Елордадағы", "GPE", "Астана")
    g.qty("сегіз", "cardinal", 8, unit="жолақ", n=2)
    g.qty("төртеуі", "cardinal", 4, unit="жолақ", n=1)
    g.qty("төртеуі", "cardinal", 4, unit="жолақ", n=2)
    g.tmp("25 қазан күні", "date", "2023-10-25")
    g.tmp("көктемге дейін", "range", "/2024-SP")
    g.ent("Тәуелсіздік даңғылымен", "FACILITY", "Тәуелсіздік даңғылы")
    g.ent("Қошқарбаев даңғылымен", "FACILITY", "Қошқарбаев даңғылы")
    g.nested("Қошқарбаев", "PERSON")
    g.ent("Нәжімеденов көшесімен", "FACILITY", "Нәжімеденов көшесі")
    g.nested("Нәжімеденов", "PERSON")
    g.ent("Әзірет Сұлтан мешітімен", "FACILITY", "Әзірет Сұлтан мешіті")
    g.ent("Байтұрсынов", "FACILITY", "Байтұрсынов көшесі")
    g.ent("Қордай", "FACILITY", "Қордай көшесі")
    g.ent("Айнакөл көшелерімен", "FACILITY", "Айнакөл көшесі")
    g.ent("Момышұлы даңғылымен", "FACILITY", "Момышұлы даңғылы")
    g.nested("Момышұлы", "PERSON")
    g.tmp("Бұдан бұрын", "relative", "PAST_REF")
    g.tmp("30 қазан күні", "date", "2023-10-30")
    g.ev("opening", "пайдалануға берілді", "past", None, "Астана", None, cluster="c1")
    g.ev("opening", "ашылды", "past", "бір күн бұрын", "Тәуелсіздік даңғылы, Астана", None, cluster="c1")
    g.ev("other", "сынақ", "past", "25 қазан күні", "Көпір үсті", None, cluster="c2")
    g.ev("opening", "ашылатыны", "future", "30 қазан күні", None, None, cluster="c1")
    g.quote("жаңа көпір 30 қазан күні ашылатыны", None, "хабарланған", kind="indirect")
    g.announce(headline="Астанада сегіз жолақты жаңа көпір пайдалануға берілді", issuer="Астана қаласының әкімдігі", outlet="El.kz",
               published="2023-10-29", place=None, main_event="c1")
    return g.save()


def health_minister_moscow():
    g = new("health-minister-moscow-vaccine-talks", None,
            publisher="Ministry of Healthcare of Kazakhstan", publisher_kind="ministry",
            url="http://bairaq.kz/sayasat/print:page,1,2161-densauly-satau-ministr-coj-mskeuge-shyp-kett.html", published=None, outlet="bairaq.kz")
    g.note("Print version of the page; no date or headline in the stored copy (2020, COVID-19 vaccine talks): reference_date null, 'бүгін' = PRESENT_REF.")
    g.note("Events: the minister's trip to Moscow c1 (visit, 'ұшып кетті', past). The phone talk ('сөйлескенін') is a speech act. Three indirect quotes of the ministry's spokesman. 'COVID-19' = DISEASE; 'кем дегенде алты ай' = duration P6M.")
    g.ent("Денсаулық сақтау министрі", "POSITION")
    g.ent("Алексей Цой", "PERSON")
    g.ent("COVID-19", "DISEASE")
    g.ent("Мәскеуге", "GPE", "Мәскеу")
    g.ent("министрліктің ресми өкілі", "POSITION", "Денсаулық сақтау министрлігінің ресми өкілі")
    g.ent("Бағдат Қожахметов", "PERSON")
    g.ent("Қожахметов", "PERSON", "Бағдат Қожахметов", after="мәлімдеді.\n")
    g.ent("Алексей Цоймен", "PERSON", "Алексей Цой")
    g.tmp("бүгін", "relative", "PRESENT_REF")
    g.tmp("кем дегенде алты ай", "duration", "P6M")
    g.ev("visit", "ұшып кетті", "past", None, "Мәскеу", None, cluster="c1", participants=["Алексей Цой"])
    g.quote("Денсаулық сақтау министрі Алексей Цой COVID-19 вирусына қарсы вакцинаны алу мүмкіндігін талқылау үшін Мәскеуге ұшып кетті",
            "Бағдат Қожахметов", "мәлімдеді", kind="indirect")
    g.quote("бүгін Алексей Цоймен бұл туралы сөйлескенін", "Бағдат Қожахметов", "айтты", kind="indirect")
    g.quote("дайын вакцинаны кем дегенде алты ай күтуге тура келетінін", "Бағдат Қожахметов", "түсіндірді", kind="indirect")
    g.person("Алексей Цой", ["Денсаулық сақтау министрі"], [("Алексей Цой",), ("Алексей Цоймен",)])
    g.person("Бағдат Қожахметов", ["Денсаулық сақтау министрлігінің ресми өкілі"], [("Бағдат Қожахметов",), ("Қожахметов", 1, "мәлімдеді.\n")])
    g.announce(headline=None, issuer="ҚР Денсаулық сақтау министрлігі", outlet="bairaq.kz", published=None, place=None, main_event="c1")
    return g.save()


def eko_school_championship():
    g = new("east-kazakhstan-school-championship", None,
            publisher="East Kazakhstan regional Department of Physical Culture and Sports (akimat)", publisher_kind="akimat",
            url="https://prosports.kz/news/247269", published=None, outlet="prosports.kz")
    g.note("No date in the stored copy; rubric, repeated headline, banner lines and the closing 'Түпнұсқасы: Баспасөз қызметі' source line dropped (the item is the regional sports department's press-service text). The quote's leading '  •' (the site's list rendering of a dash) kept as stored.")
    g.note("Events: the school championship c1 (competition: headline 'Чемпионаты басталды', 'чемпионат басталды', 'жарысты ... тамашалады', in the quote 'Чемпионат басталды', and 'чемпионат барысында ... іріктеліп алынады' (future)); the national championship c2 (competition, 'ҚР Чемпионатында ... қорғайтын болады', future). Later school/district stages are plans in general terms: not annotated.")
    g.note("'ШҚО Чемпионаты' and 'ҚР Чемпионаты' = EVENT entities; 'ШҚО' = GPE normalized 'Шығыс Қазақстан облысы'; the department head's post is one POSITION with the department nested.")
    g.ent("ШҚО-да", "GPE", "Шығыс Қазақстан облысы")
    g.ent("ШҚО Чемпионаты", "EVENT")
    g.nested("ШҚО", "GPE", "Шығыс Қазақстан облысы", after="көпкезеңдік ")
    g.ent("ШҚО әкімі", "POSITION", "Шығыс Қазақстан облысының әкімі")
    g.nested("ШҚО", "GPE", "Шығыс Қазақстан облысы", after="мектептерінде ")
    g.ent("Даниал Ахметовтың", "PERSON", "Даниал Ахметов")
    g.ent("Өскемен", "GPE")
    g.ent("ШҚО Дене шынықтыру және спорт басқармасының басшысы", "POSITION")
    g.nested("ШҚО Дене шынықтыру және спорт басқармасының", "ORGANISATION", "ШҚО Дене шынықтыру және спорт басқармасы")
    g.nested("ШҚО", "GPE", "Шығыс Қазақстан облысы", after="жарысты ")
    g.ent("Асқар Можанов", "PERSON", n=1)
    g.ent("Асқар Можанов", "PERSON", n=2)
    g.ent("Шығыс Қазақстан", "GPE")
    g.ent("ҚР Чемпионатында", "EVENT", "ҚР Чемпионаты")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.qty("19", "cardinal", 19, unit="аудан")
    g.tmp("бүгін", "relative", "PRESENT_REF")
    g.ev("competition", "Чемпионаты", "past", None, "ШҚО", None, cluster="c1")
    g.ev("competition", "чемпионат", "past", None, "19 аудан мен қала мектептері", None, n=1, cluster="c1")
    g.ev("competition", "жарысты", "past", None, "Өскемен қаласының мектептері", None, cluster="c1", participants=["Асқар Можанов"])
    g.ev("competition", "Чемпионат", "past", "бүгін", "облыс", None, after="Аймақ басшылығының", cluster="c1")
    g.ev("competition", "чемпионат", "future", None, None, None, after="бастысы сол, ", cluster="c1")
    g.ev("competition", "Чемпионатында", "future", None, None, "ҚР Чемпионаты", cluster="c2")
    g.quote("Аймақ басшылығының тапсырмасына сәйкес бүгін облыста ұлдар арасында футболдан және қыздар арасында волейболдан Чемпионат басталды. Алғашында мектепішілік жарыс мектепаралық жарыспен кейін аудандық жарыс болып жалғасын табады",
            "Асқар Можанов", "деді")
    g.person("Даниал Ахметов", ["Шығыс Қазақстан облысының әкімі"], [("Даниал Ахметовтың",)])
    g.person("Асқар Можанов", ["ШҚО Дене шынықтыру және спорт басқармасының басшысы"], [("Асқар Можанов", 1), ("Асқар Можанов", 2)])
    g.announce(headline="ШҚО-да футбол, волейбол, хоккей ойындарынан көпкезеңдік ШҚО Чемпионаты басталды",
               issuer="ШҚО Дене шынықтыру және спорт басқармасы", outlet="prosports.kz", published=None, place=None, main_event="c1")
    return g.save()


def kostanay_police_snow():
    g = new("kostanay-police-cars-snow", "2025-09-29",
            publisher="Kostanay regional police department", publisher_kind="police",
            url="https://kaz.zakon.kz/kogam-tynysy/6068788-ostanay-oblysynda-politsiya-zhol-zhiegne-tsp-ketken-9-avtoklkt-shyardy.html",
            published="2025-09-29", outlet="Zakon.kz")
    g.note("reference_date = the page date (2025-09-29). The kept text does not name the source; the item is the regional police's account of the patrol's work, relayed by Zakon.kz (publisher judged from content). The stored copy stops mid-sentence; the text ends at the last complete sentence.")
    g.note("Events: the patrol pulling nine cars out c1 (other: headline 'шығарды', 'шығарылды', 'алып шықты'); two cars leaving the road c2 (incident, 'шығып кеткен'). 'бірқатар жол-көлік оқиғасына' is an unspecified number of accidents (aggregate): not annotated. The morning window has no stated day: resolved to the publication day.")
    g.note("The road 'KAZ-03 Қостанай – Алматы – Екатеринбург республикалық автожолына' = one FACILITY (nested GPEs); 'Alphard', 'Volkswagen' = PRODUCT.")
    g.ent("Қостанай", "GPE", n=1)
    g.qty("9", "cardinal", 9, unit="автокөлік")
    g.ent("Қарабалық", "GPE")
    g.ent("KAZ-03 Қостанай – Алматы – Екатеринбург республикалық автожолына", "FACILITY", "KAZ-03 Қостанай – Алматы – Екатеринбург республикалық автожолы")
    g.nested("Қостанай", "GPE", n=2)
    g.nested("Алматы", "GPE")
    g.nested("Екатеринбург", "GPE")
    g.tmp("Таңғы сағат 6:00-ден 10:00-ге дейін", "range", "2025-09-29T06:00/2025-09-29T10:00")
    g.qty("тоғыз", "cardinal", 9, unit="автокөлік")
    g.ent("Alphard", "PRODUCT")
    g.ent("Volkswagen", "PRODUCT")
    g.ev("other", "шығарды", "past", None, "Қостанай облысы", None, cluster="c1", participants=["полиция"], amounts=["9"])
    g.ev("other", "шығарылды", "past", "Таңғы сағат 6:00-ден 10:00-ге дейін", "KAZ-03 Қостанай – Алматы – Екатеринбург республикалық автожолы, Қарабалық ауданы", None,
         cluster="c1", amounts=["тоғыз"])
    g.ev("incident", "шығып кеткен", "past", None, "жолдың бір учаскесі", None, cluster="c2", participants=["Alphard және Volkswagen көліктерінің жүргізушілері"])
    g.ev("other", "алып шықты", "past", None, None, None, cluster="c1", participants=["патрульдік полиция қызметкерлері"])
    g.announce(headline="Қостанай облысында полиция жол жиегіне түсіп кеткен 9 автокөлікті шығарды", issuer="Қостанай облысының полиция департаменті",
               outlet="Zakon.kz", published="2025-09-29", place=None, main_event="c1")
    return g.save()


def eko_boat_fishermen():
    g = new("east-kazakhstan-emergency-boat-fishermen", "2024-09-30",
            publisher="East Kazakhstan regional Department of Emergency Situations", publisher_kind="emergency",
            url="https://ktk.kz/kz/newsfeed/article/2024/09/30/280425", published="2024-09-30", outlet="ktk.kz")
    g.note("reference_date = the date in the page address (2024-09-30). '{metadescription}', the repeated headline and the site's links dropped; the leading space of the lead line kept as stored.")
    g.note("Events: the rescue c1 (other: headline 'құтқарылды', 'көмекке келді' twice); the stranding c2 (incident: 'жете алмай қалған' in headline, lead and quote). Quotes: 'мәліметіне сүйенсек' (indirect), the «...» quote ('ведомство өкілдері', speaker_entity the department), the rescuers' warning (indirect, 'ескертті').")
    g.note("'Бұқтырма су қоймасы', 'Қаракөл шығанағы' = LOCATION with their generic nouns; 'ТЖД' = ORGANISATION.")
    g.ent("ШҚО-да", "GPE", "Шығыс Қазақстан облысы")
    g.qty("4", "cardinal", 4, unit="балықшы", n=1)
    g.ent("Шығыс Қазақстан", "GPE")
    g.qty("4", "cardinal", 4, unit="балықшы", n=2)
    D = "ШҚО Төтенше жағдайлар департаментінің баспасөз қызметі"
    g.ent("ШҚО Төтенше жағдайлар департаменті баспасөз қызметінің", "ORGANISATION", D)
    g.nested("ШҚО Төтенше жағдайлар департаменті", "ORGANISATION")
    g.nested("ШҚО", "GPE", "Шығыс Қазақстан облысы", n=2)
    g.qty("4", "cardinal", 4, unit="адам", n=3)
    g.ent("Бұқтырма су қоймасының", "LOCATION", "Бұқтырма су қоймасы")
    g.ent("Қаракөл шығанағына", "LOCATION", "Қаракөл шығанағы")
    g.ent("ТЖД", "ORGANISATION", "ШҚО Төтенше жағдайлар департаменті", after="көмекке келді. ")
    g.ev("incident", "жете алмай қалған", "past", None, "ШҚО", None, n=1, cluster="c2")
    g.ev("other", "құтқарылды", "past", None, "ШҚО", None, cluster="c1", amounts=["4"])
    g.ev("incident", "жете алмай қалған", "past", None, "Шығыс Қазақстан облысы", None, n=2, cluster="c2")
    g.ev("other", "көмекке келді", "past", None, None, None, n=1, cluster="c1", participants=["құтқарушылар"])
    g.ev("incident", "жете алмай қалған", "past", None, None, None, n=3, cluster="c2")
    g.ev("other", "көмекке келді", "past", None, None, None, n=2, cluster="c1", participants=["құтқарушылар"])
    g.quote("4 ер адам Бұқтырма су қоймасының Қаракөл шығанағына балық аулауға кеткен", None, "мәліметіне сүйенсек", kind="indirect", speaker_entity=D)
    g.quote("Белгілі болғандай қайық қозғалтқышының ақауына байланысты олар жағаға жете алмай қалған. Хабар түсе салысымен құтқарушылар көмекке келді. ТЖД қызметкерлері балықшыларды жағаға аман-есен жеткізді. Ер адамдарға медициналық көмек қажет болған жоқ",
            None, "деп хабарлады", speaker_entity=D)
    g.quote("қайықта құтқару күртешесін киюді, қатты жел кезінде суға шықпауды және сапар алдында жүзу құралының жарамдылығын тексеру қажеттігін",
            None, "ескертті", kind="indirect", speaker_entity="ШҚО Төтенше жағдайлар департаменті")
    g.announce(headline="ШҚО-да жағаға жете алмай қалған 4 балықшы құтқарылды", issuer="ШҚО Төтенше жағдайлар департаменті", outlet="ktk.kz",
               published="2024-09-30", place=None, main_event="c1")
    return g.save()


def senate_duma_meeting():
    g = new("senate-chair-duma-meeting", None,
            publisher="Senate of the Parliament of Kazakhstan", publisher_kind="parliament",
            url="https://24.kz/kz/zha-aly-tar/sayasat/item/595793-senat-t-ra-asy-resej-dumasyny-t-ra-asymen-kezdesti", published=None, outlet="24.kz")
    g.note("No date in the stored copy (2023: the Mazhilis election of 19 March): reference_date null, 'биыл' -> XXXX, '19 наурызда' -> XXXX-03-19. Typo 'Воло-динмен' kept (PERSON normalized 'Вячеслав Володин').")
    g.note("Events: the meeting with the Duma chairman c1 (meeting: headline and body 'кездесті'); the working trip c2 (visit, 'Жұмыс сапары барысында'); laying flowers at Abai's monument c3 (ceremony, 'гүл қойды'); the Mazhilis election c4 (election, 'сайлауына', past); the talk with Duma deputies c5 (meeting, 'әңгімелесті'). Thanks ('алғыс білдірді') is a speech act with no reported clause: no quote.")
    g.note("'ақын' (in apposition to Abai) = POSITION, as 'режиссер' in bokey-orda-youth-conference; 'Ресей Думасының Төрағасымен' (headline) and 'Ресей Мемлекеттік Думасының Төрағасы' = POSITION of Volodin.")
    g.ent("Сенат Төрағасы", "POSITION")
    g.nested("Сенат", "ORGANISATION", n=1)
    g.ent("Ресей Думасының Төрағасымен", "POSITION", "Ресей Мемлекеттік Думасының Төрағасы")
    g.nested("Ресей Думасының", "ORGANISATION", "Ресей Мемлекеттік Думасы")
    g.nested("Ресей", "GPE", n=1)
    g.ent("Мәулен Әшімбаев", "PERSON")
    g.ent("ақын", "POSITION")
    g.ent("Абай Құнанбайұлының", "PERSON", "Абай Құнанбайұлы")
    g.ent("Ресей Мемлекеттік Думасының Төрағасы", "POSITION")
    g.nested("Ресей Мемлекеттік Думасының", "ORGANISATION", "Ресей Мемлекеттік Думасы")
    g.nested("Ресей", "GPE", n=2)
    g.ent("Вячеслав Воло-динмен", "PERSON", "Вячеслав Володин")
    g.ent("Сенат төрағасы", "POSITION", "Сенат Төрағасы")
    g.nested("Сенат", "ORGANISATION", after="кездесті. ")
    g.ent("Парламент Мәжілісі", "ORGANISATION")
    g.ent("Мемлекеттік Дума", "ORGANISATION", "Ресей Мемлекеттік Думасы", after="Сондай-ақ, ")
    g.tmp("биыл", "relative", "XXXX")
    g.tmp("19 наурызда", "date", "XXXX-03-19")
    g.ev("meeting", "кездесті", "past", None, None, None, n=1, cluster="c1")
    g.ev("visit", "сапары", "past", None, None, None, cluster="c2", participants=["Мәулен Әшімбаев"])
    g.ev("ceremony", "гүл қойды", "past", None, "Абай Құнанбайұлының ескерткіші", None, cluster="c3", participants=["Мәулен Әшімбаев"])
    g.ev("meeting", "кездесті", "past", None, None, None, n=2, cluster="c1", participants=["Мәулен Әшімбаев", "Вячеслав Володин"])
    g.ev("election", "сайлауына", "past", "биыл 19 наурызда", None, "Парламент Мәжілісі депутаттарының сайлауы", cluster="c4")
    g.ev("meeting", "әңгімелесті", "past", None, None, None, cluster="c5", participants=["Мемлекеттік Дума депутаттары"])
    g.person("Мәулен Әшімбаев", ["Сенат Төрағасы"], [("Мәулен Әшімбаев",)])
    g.person("Абай Құнанбайұлы", ["ақын"], [("Абай Құнанбайұлының",)])
    g.person("Вячеслав Володин", ["Ресей Мемлекеттік Думасының Төрағасы"], [("Вячеслав Воло-динмен",)])
    g.announce(headline="Сенат Төрағасы Ресей Думасының Төрағасымен кездесті", issuer="Қазақстан Республикасы Парламентінің Сенаты", outlet="24.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def mvd_mangystau_commission():
    g = new("mvd-deputy-mangystau-commission", "2025-11-26",
            publisher="Ministry of Internal Affairs of Kazakhstan", publisher_kind="ministry",
            url="https://kaz.inform.kz/news/astanadan-mangistau-politsiyasin-tekseruge-kmder-bardi-362af6/", published="2025-11-26", outlet="Kazinform")
    g.note("reference_date = the page date (2025-11-26). The stored copy goes on with a cut sentence; the text ends at the last complete sentence. The deputy minister answers reporters in the Mazhilis (no event word names the Q&A: not an event).")
    g.note("Events: the MIA commission's check of the Mangystau police c1 (inspection: headline 'тексеруге', lead 'тексеруге', 'тексеру жүргізіп жатыр' (ongoing), quote 'топ жіберілді'); the anonymous collective letter spread c2 (incident: 'хат таралғаннан', 'арыз тараған').")
    g.note("'полиция департаментінің' (lowercase, Aktau) optional ORGANISATION; 'ҚР Ішкі істер министрлігінің' (the commission's ministry) = ORGANISATION; 'Парламент Мәжілісінде' = ORGANISATION (the chamber).")
    g.ent("Астанадан", "GPE", "Астана")
    g.ent("Маңғыстау", "GPE", n=1)
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Ішкі істер министрінің орынбасары", "POSITION")
    g.ent("Санжар Әділов", "PERSON", n=1)
    g.ent("Маңғыстау", "GPE", n=2)
    g.ent("Өзіндік қауіпсіздік департаментінің", "ORGANISATION", "Өзіндік қауіпсіздік департаменті")
    g.ent("Ақтауда", "GPE", "Ақтау")
    g.optional("полиция департаментінің", "ORGANISATION", "Маңғыстау облысының полиция департаменті")
    g.ent("ҚР Ішкі істер министрлігінің", "ORGANISATION", "ҚР Ішкі істер министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    g.ent("Ішкі істер министрінің", "POSITION", "Ішкі істер министрі", after="жатыр.\n— ")
    g.ent("Маңғыстау", "GPE", n=3)
    g.ent("ҚР ІІМ Өзіндік қауіпсіздік департаменті", "ORGANISATION")
    g.nested("ҚР ІІМ", "ORGANISATION", "ҚР Ішкі істер министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=2)
    g.ent("Санжар Әділов", "PERSON", n=2)
    g.ent("Парламент Мәжілісінде", "ORGANISATION", "Парламент Мәжілісі")
    g.tmp("кейіннен", "relative", "FUTURE_REF")
    g.tmp("19 қарашада", "date", "2025-11-19")
    g.ev("inspection", "тексеруге", "past", None, "Маңғыстау", None, n=1, cluster="c1")
    g.ev("inspection", "тексеруге", "past", None, "Маңғыстау облысы", None, n=2, cluster="c1", participants=["Өзіндік қауіпсіздік департаментінің басшылығы"])
    g.ev("incident", "таралғаннан", "past", None, "Ақтау", None, cluster="c2")
    g.ev("inspection", "тексеру", "ongoing", None, None, None, after="комиссиясы келіп, ", cluster="c1", participants=["ҚР Ішкі істер министрлігінің комиссиясы"])
    g.ev("inspection", "жіберілді", "past", None, "Маңғыстау облысы", None, cluster="c1", participants=["орталық аппарат департаменттерінің басшылары"])
    g.ev("incident", "тараған", "past", "19 қарашада", "әлеуметтік желілер", None, cluster="c2")
    g.quote("Маңғыстау облысындағы полицияны тексеруге Өзіндік қауіпсіздік департаментінің басшылығы барғанын", "Санжар Әділов", "айтты", kind="indirect")
    g.quote("Ішкі істер министрінің тапсырмасы бойынша Маңғыстау облысына орталық аппарат департаменттерінің басшыларынан құралған топ жіберілді. Оның құрамында ҚР ІІМ Өзіндік қауіпсіздік департаменті мен орталық аппараттың өзге де бөлімшелері қамтылды. Комиссия жұмысының нәтижесін кейіннен жариялаймыз",
            "Санжар Әділов", "деді")
    g.person("Санжар Әділов", ["Ішкі істер министрінің орынбасары"], [("Санжар Әділов", 1), ("Санжар Әділов", 2)])
    g.announce(headline="Астанадан Маңғыстау полициясын тексеруге кімдер барды", issuer="ҚР Ішкі істер министрлігі", outlet="KAZINFORM",
               published="2025-11-26", place="Астана", main_event="c1")
    return g.save()



def karabalyk_korisu():
    g = new("karabalyk-district-korisu-day", None,
            publisher="Karabalyk district akimat (Kostanay region)", publisher_kind="akimat",
            url="https://www.200.news/?p=39037", published=None, outlet="200.news")
    g.note("The district akimat's gov.kz item (https://www.gov.kz/memleket/entities/kostanai-karabalyk-audany-akimat/press/news/details/964014?lang=kk) as reposted by 200.news; the 'Ақпарат көзі' line and comment form dropped, as in kulan-nauryz-celebration. No date: '14 наурыз күні' -> XXXX-03-14.")
    g.note("Events: the start of the Nauryz celebration c1 (holiday, 'тойлау ... басталды', past); the greeting round of the district institutions c2 (visit, 'мекемелерге барып ... құттықтап ... орындады', past; the songs are part of it). «Көрісу күні-амал мерекесі» / «Көрісу күні – Амал мерекесі» = EVENT entities (the holiday day), as dedications not separate mentions.")
    g.ent("Наурыз мейрамын", "EVENT", "Наурыз мейрамы")
    g.ent("Көрісу күні-амал мерекесі", "EVENT", "Көрісу күні – Амал мерекесі")
    g.tmp("14 наурыз күні", "date", "XXXX-03-14")
    g.ent("Көрісу күні – Амал мерекесі", "EVENT")
    g.ent("Қарабалық аудандық мәдениет үйінің", "ORGANISATION", "Қарабалық аудандық мәдениет үйі")
    g.nested("Қарабалық", "GPE")
    g.ent("Ардагерлер кеңесінің", "ORGANISATION", "Ардагерлер кеңесі")
    g.ent("Наурыз мейрамының", "EVENT", "Наурыз мейрамы")
    g.ev("holiday", "тойлау", "past", None, None, "Наурыз", cluster="c1")
    g.ev("visit", "барып", "past", "14 наурыз күні", "аудандық мекемелер", None, after="мекемелерге ", cluster="c2",
         participants=["шығармашылық ұжымдардың қатысушылары", "Қарабалық аудандық мәдениет үйінің қызметкерлері", "Ардагерлер кеңесінің өкілдері"])
    g.announce(headline=None, issuer="Қарабалық ауданының әкімдігі", outlet="200.news", published=None, place=None, main_event="c2")
    return g.save()


def naurzum_nauryz():
    g = new("naurzum-district-nauryz", None,
            publisher="Naurzum district akimat (Kostanay region)", publisher_kind="akimat",
            url="https://nayrzym.qostanai.media/b-gin-nauyrzym-audanynda-to-shyly-pen-bereke-birlikti-merekesi-nauryz-mejramy-arnajy-ortaly-ala-da-jymdastyryldy/amp",
            published=None, outlet="qostanai.media")
    g.note("No date in the stored copy (the district page of qostanai.media reports the district akimat's Nauryz); 'Бүгін' = PRESENT_REF. The stored copy goes on with a garbled, cut paragraph; the text ends after the award sentence.")
    g.note("Events: the Nauryz celebration c1 (holiday: headline 'ұйымдастырылды', 'Ұлыстың ұлы күнін ... қарсы алды', 'Наурыз мерекесінде', 'айтулы мереке аясында'); the award of the «Күміс алқа» c2 (award, 'табыс етті'). Songs, blessing and the akim's greeting are parts of c1.")
    g.note("'Ұлыстың ұлы күні' (epithet of Nauryz) = EVENT; 'науырзымдықтар' optional NORP; 'Мәдениет үйінің' (unnamed) optional ORGANISATION; 'Қыдыр ата' (a costumed folk figure) optional PERSON; «Күміс алқа» = MISCELLANEOUS (an award). The quote ends '!-деді': span up to the '!'.")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.ent("Науырзым", "GPE", n=1)
    g.ent("Наурыз мейрамы", "EVENT")
    g.ev("holiday", "ұйымдастырылды", "past", "Бүгін", "орталық алаң, Науырзым ауданы", "Наурыз", n=1, cluster="c1")
    g.ent("Ұлыстың ұлы күнін", "EVENT", "Ұлыстың ұлы күні")
    g.optional("науырзымдықтар", "NORP", "науырзымдық")
    g.ev("holiday", "қарсы алды", "past", None, "орталық алаң", "Наурыз", cluster="c1", participants=["науырзымдықтар"])
    g.optional("Мәдениет үйінің", "ORGANISATION", "Науырзым аудандық мәдениет үйі")
    g.ent("Наурыз мерекесінде", "EVENT", "Наурыз мерекесі")
    g.ev("holiday", "мерекесінде", "past", None, None, "Наурыз", cluster="c1", participants=["өнерпаз жігіттер мен қыздар"])
    g.optional("Қыдыр ата", "PERSON")
    g.ent("Науырзым", "GPE", n=2)
    g.ent("аудан әкімі", "POSITION", "Науырзым ауданының әкімі")
    g.ent("Мәди Ихтиляпов", "PERSON")
    g.ent("Ұлыстың ұлы күнінде", "EVENT", "Ұлыстың ұлы күні")
    g.ent("Наурыз мерекесі", "EVENT", after="тілеймін. ")
    g.ent("Ұлыстың ұлы күні", "EVENT", after="тыныш болғай. ")
    g.ent("Наурыз мерекесі", "EVENT", after="тыныш болғай. Ұлыстың ұлы күні ")
    g.ent("аудан басшысы", "POSITION", "Науырзым ауданының әкімі", n=1)
    g.ent("Аудан басшысы", "POSITION", "Науырзым ауданының әкімі")
    g.ev("holiday", "мереке", "past", None, None, "Наурыз", after="айтулы ", cluster="c1")
    g.ent("Өлеңді", "GPE")
    g.ent("Жұлдызай Бияхметоваға", "PERSON", "Жұлдызай Бияхметова")
    g.ent("Күміс алқа", "MISCELLANEOUS")
    g.ev("award", "табыс етті", "past", None, None, "Күміс алқа", cluster="c2", participants=["Мәди Ихтиляпов", "Жұлдызай Бияхметова"])
    g.quote("Ұлыстың ұлы күнінде сіздерге зор денсаулық, отбасыларыңызға амандық тілеймін. Наурыз мерекесі жақсылығымен келсін. Ең бастысы елімізде тыныштық, ынтымағымыз артып, жұртымыз тыныш болғай. Ұлыстың ұлы күні Наурыз мерекесі құтты болсын!",
            "Мәди Ихтиляпов", "деді")
    g.person("Мәди Ихтиляпов", ["Науырзым ауданының әкімі"], [("Мәди Ихтиляпов",)])
    g.person("Жұлдызай Бияхметова", [], [("Жұлдызай Бияхметоваға",)])
    g.announce(headline="Бүгін Науырзым ауданында тоқшылық пен береке-бірліктің мерекесі – Наурыз мейрамы арнайы орталық алаңда ұйымдастырылды",
               issuer="Науырзым ауданының әкімдігі", outlet="qostanai.media", published=None, place=None, main_event="c1")
    return g.save()


def zhalagash_unity_day():
    g = new("zhalagash-district-unity-day-nauryz", "2024-03-21",
            publisher="Zhalagash district akimat (Kyzylorda region)", publisher_kind="akimat",
            url="https://degdar-news.kz/2024/03/21/yntyma-y-zharas-an-zhala-ash-audany", published="2024-03-21", outlet="degdar-news.kz")
    g.note("reference_date = the date in the page address (2024-03-21); 'Бүгін' twice -> 2024-03-21. The share line 'БӨЛІСУ' dropped. Typo 'Ынтамақ күні' kept (EVENT normalized 'Ынтымақ күні').")
    g.note("Events: the «Наурызнама» ten-day festival c1 (festival, 'онкүндігі аясында', no tense of its own: unknown); the Әз-Наурыз ceremony in the Мәдениет rural district c2 (celebration: 'салтанатты шарасына', 'Мерекелік шарада', past); the handing over of the regional akim's letters of thanks c3 (award, 'табыстап'); the crafts exhibition c4 (exhibition) and the national-sports contest c5 (competition), both past ('тамашалады'); Nauryz in all rural districts c6 (holiday, 'салтанат құруда', ongoing).")
    g.note("'Мәдениет ауылдық округінде' -> GPE 'Мәдениет' (a rural district named 'Мәдениет'); 'Нұрлыбек Машбекұлының' = PERSON (the regional akim, first name + patronymic); 'күн мен түннің теңелер шағында' (the equinox, descriptive) not a temporal.")
    g.tmp("Бүгін", "relative", "2024-03-21", n=1)
    g.ent("Наурызнама", "EVENT")
    g.ev("festival", "онкүндігі", "unknown", None, None, "Наурызнама", cluster="c1")
    g.tmp("21 наурыз", "date", "2024-03-21")
    g.ent("Ынтамақ күні", "EVENT", "Ынтымақ күні")
    g.ent("Ынтымақ күнінде", "EVENT", "Ынтымақ күні")
    g.ent("аудан әкімі", "POSITION", "Жалағаш ауданының әкімі")
    g.ent("Ардақ Ибраимов", "PERSON")
    g.ent("Мәдениет", "GPE", after="Ардақ Ибраимов ")
    g.ent("Әз-Наурыз", "EVENT", n=1)
    g.ev("celebration", "шарасына", "past", "Ынтымақ күнінде", "Мәдениет ауылдық округі", "Әз-Наурыз", cluster="c2", participants=["Ардақ Ибраимов"])
    g.ent("Ұлыстың ұлы күнімен", "EVENT", "Ұлыстың ұлы күні")
    g.ent("облыс әкімі", "POSITION", "Қызылорда облысының әкімі")
    g.ent("Нұрлыбек Машбекұлының", "PERSON", "Нұрлыбек Машбекұлы")
    g.ev("award", "табыстап", "past", None, None, None, cluster="c3", participants=["ауыл ардагерлері"])
    g.ev("celebration", "шарада", "past", None, None, None, cluster="c2", participants=["ауыл өнерпаздары"])
    g.ev("exhibition", "көрмесі", "past", None, None, None, cluster="c4")
    g.ev("competition", "сайысты", "past", None, None, None, cluster="c5")
    g.tmp("Бүгін", "relative", "2024-03-21", n=2)
    g.ent("Әз-Наурыз мейрамы", "EVENT")
    g.ev("holiday", "салтанат құруда", "ongoing", "Бүгін", "барлық ауылдық округтер", "Әз-Наурыз", cluster="c6")
    g.person("Ардақ Ибраимов", ["Жалағаш ауданының әкімі"], [("Ардақ Ибраимов",)])
    g.person("Нұрлыбек Машбекұлы", ["Қызылорда облысының әкімі"], [("Нұрлыбек Машбекұлының",)])
    g.announce(headline=None, issuer="Жалағаш ауданының әкімдігі", outlet="degdar-news.kz", published="2024-03-21", place=None, main_event="c2")
    return g.save()


def kyzylorda_city_day():
    g = new("kyzylorda-city-day-2014", "2014-10-13",
            publisher="Kyzylorda city akimat", publisher_kind="akimat",
            url="https://qazaqstan.tv/news/91413/", published="2014-10-13", outlet="qazaqstan.tv")
    g.note("reference_date = the page date (13.10.2014); title suffix, repeated headline and date line dropped; the double space in 'мәдени  шаралар' kept. The stored copy goes on with a cut sentence.")
    g.note("Events: the City Day celebration c1 (celebration, future: headline 'тойлайды', 'мерекесін өткізу жоспарлануда', 'Мереке аясында', '13-19 қазан аралығында ... шаралар өтеді'); its planned parts: commissioning of social facilities c2 (opening), awarding citizens c3 (award), fairs c4 (fair), the young poets' mushaira c5 and the composers' and singers' contest c6 (competition, future), the «Қызылордалықтар таңдауы» contest c7 (competition: 'өткізілуде' ongoing, 'Байқау барысында ... анықталады' future).")
    g.note("'қала күні' (the City Day, lowercase) = EVENT; titles «Сыр – Алаштың анасы», «Әнім сенсің Қызылорда», «Қызылордалықтар таңдауы» = EVENT (inside the quotes); 'қала әкімінің баспасөз қызметі' (unnamed city) optional ORGANISATION. Temporals: 'Қазан айының екінші онкүндігінде' = range 2014-10-11/2014-10-20; 'бір жұма' = duration P1W.")
    g.optional("Қызылордалықтар", "NORP", "қызылордалық", n=1)
    g.ent("қала күнін", "EVENT", "Қала күні")
    g.tmp("бір жұма", "duration", "P1W")
    g.ev("celebration", "тойлайды", "future", "бір жұма", "Қызылорда", "Қала күні", cluster="c1")
    g.tmp("Қазан айының екінші онкүндігінде", "range", "2014-10-11/2014-10-20")
    g.ent("Қызылордада", "GPE", "Қызылорда")
    g.ent("қала күні", "EVENT", "Қала күні", after="Қызылордада ")
    g.ev("celebration", "мерекесін", "future", "Қазан айының екінші онкүндігінде", "Қызылорда", "Қала күні", cluster="c1")
    g.ev("celebration", "Мереке", "future", None, None, None, after="жоспарлануда. ", cluster="c1")
    g.ev("opening", "пайдалануға беру", "future", None, None, None, cluster="c2")
    g.ev("award", "марапаттау", "future", None, None, None, cluster="c3")
    g.ev("fair", "жәрмеңкелер", "future", None, None, None, cluster="c4")
    g.optional("қала әкімінің баспасөз қызметі", "ORGANISATION", "Қызылорда қаласы әкімінің баспасөз қызметі")
    g.tmp("13-19 қазан аралығында", "range", "2014-10-13/2014-10-19")
    g.ev("celebration", "шаралар", "future", "13-19 қазан аралығында", None, None, after="сипаттағы ", cluster="c1")
    g.ent("Сыр – Алаштың анасы", "EVENT")
    g.ev("competition", "мүшайрасын", "future", "13-19 қазан аралығында", None, "Сыр – Алаштың анасы", cluster="c5")
    g.ent("Әнім сенсің Қызылорда", "EVENT")
    g.nested("Қызылорда", "GPE", after="Әнім сенсің ")
    g.ev("competition", "байқауы", "future", None, None, "Әнім сенсің Қызылорда", cluster="c6")
    g.ent("Қызылордалықтар таңдауы", "EVENT")
    g.ev("competition", "байқау", "ongoing", None, None, "Қызылордалықтар таңдауы", after="таңдауы» атты ", cluster="c7")
    g.ev("competition", "Байқау", "future", None, None, None, cluster="c7")
    g.optional("қызылордалықтардың", "NORP", "қызылордалық")
    g.quote("Қазан айының екінші онкүндігінде Қызылордада қала күні мерекесін өткізу жоспарлануда. Мереке аясында әлеуметтік нысандарды пайдалануға беру, қаланың дамуына үлес қосқан азаматтарды марапаттау, арзан бағада ауыл шаруашылығы өнімдерінен жәрмеңкелер өткізу және өзге де түрлі мәдени  шаралар өткізу жоспарлануда",
            None, "хабарлады", kind="indirect", speaker_entity="Қызылорда қаласы әкімінің баспасөз қызметі")
    g.announce(headline="Қызылордалықтар қала күнін бір жұма тойлайды", issuer="Қызылорда қаласының әкімдігі", outlet="qazaqstan.tv",
               published="2014-10-13", place=None, main_event="c1")
    return g.save()


def pavlodar_rescuers_ekibastuz():
    g = new("pavlodar-rescuers-ekibastuz-fishermen", None,
            publisher="Pavlodar regional operational rescue team (Ministry of Emergency Situations)", publisher_kind="emergency",
            url="https://taulik.kz/12636/ekibast-zda-eki-baly-shy-su-a-batyp-ketti/amp", published=None, outlet="taulik.kz")
    g.note("No date in the stored copy: reference_date null; the clock times take an unknown day ('XXXX-XX-XXT19:30'). Rubric and repeated headline dropped. taulik.kz relays Pavlodarnews.kz, which relays the regional rescue team.")
    g.note("Events: the two fishermen falling through the ice c1 (incident: headline 'батып кетті', 'түсіп кеткені'); the search and recovery c2 (other: 'аттанды', 'шығарды', 'шығарылды'). '112 пультіне' is the emergency number; birth years '1953', '1950 жылы' are dates; 'тоғызыншы' is an ordinal.")
    g.note("'Қ.Сәтбаев атындағы арнаның' = FACILITY (the canal, nested PERSON); 'Екібастұз қаласы құтқару бөлімшесінің' and 'Павлодар облысы жедел құтқару жасағы' = ORGANISATION. The rescuers' request ('сақтауды сұрайды') = indirect quote of the rescue team.")
    g.ent("Екібастұзда", "GPE", "Екібастұз")
    g.qty("екі", "cardinal", 2, unit="балықшы", n=1)
    g.ev("incident", "батып кетті", "past", None, "Екібастұз", None, cluster="c1")
    g.ent("Екібастұз", "GPE", after="кетті\n\n")
    g.ent("Қ.Сәтбаев атындағы арнаның", "FACILITY", "Қ.Сәтбаев атындағы арна")
    g.nested("Қ.Сәтбаев", "PERSON")
    g.qty("тоғызыншы", "ordinal", 9, unit="станция")
    g.tmp("1953", "date", "1953")
    g.tmp("1950 жылы", "date", "1950")
    g.qty("екі", "cardinal", 2, unit="балықшы", after="жылы туған ")
    g.ev("incident", "түсіп кеткені", "past", None, "Қ.Сәтбаев атындағы арнаның тоғызыншы сорғы станциясы", None, cluster="c1", participants=["екі балықшы"])
    g.ent("taulik.kz", "ORGANISATION")
    g.ent("Pavlodarnews.kz-ке", "ORGANISATION", "Pavlodarnews.kz")
    g.qty("төрт", "cardinal", 4, unit="сүңгуір-құтқарушы")
    g.ent("Екібастұз қаласы құтқару бөлімшесінің", "ORGANISATION", "Екібастұз қаласы құтқару бөлімшесі")
    g.nested("Екібастұз", "GPE", after="тұратын ")
    g.ev("other", "аттанды", "past", None, "Оқиға орны", None, cluster="c2", participants=["Екібастұз қаласы құтқару бөлімшесінің кезекші ауысымы"])
    g.tmp("сағат 19.30-да", "time", "XXXX-XX-XXT19:30")
    g.qty("40 метр", "quantity", 40, unit="метр")
    g.qty("екі", "cardinal", 2, unit="балықшы", after="40 метр қашықтықта ")
    g.ev("other", "шығарды", "past", "сағат 19.30-да", "жағалаудан 40 метр", None, cluster="c2")
    g.tmp("Сағат 19:52-де", "time", "XXXX-XX-XXT19:52")
    g.qty("70 метр", "quantity", 70, unit="метр")
    g.ev("other", "шығарылды", "past", "Сағат 19:52-де", "жағалаудан 70 метр", None, cluster="c2")
    g.ent("Павлодар облысы жедел құтқару жасағы", "ORGANISATION")
    g.nested("Павлодар", "GPE")
    R = "Павлодар облысы жедел құтқару жасағы"
    g.quote("Оқиға орнына төрт сүңгуір-құтқарушыдан тұратын Екібастұз қаласы құтқару бөлімшесінің кезекші ауысымы аттанды. Құтқарушылар сағат 19.30-да сүңгуір құралдарын пайдалана отырып, жағалаудан 40 метр қашықтықта екі балықшының біреуінің денесін шығарды. Сағат 19:52-де жағалаудан 70 метр қашықтықта екіншісінің денесі шығарылды",
            None, "деп хабарлады", speaker_entity=R)
    g.quote("балықшылардан судағы қауіпсіздік шараларын сақтауды", None, "сұрайды", kind="indirect", speaker_entity=R)
    g.announce(headline="Екібастұзда екі балықшы суға батып кетті", issuer=R, outlet="taulik.kz", published=None, place=None, main_event="c1")
    return g.save()


def aktobe_prosecutor_road():
    g = new("aktobe-prosecutor-road-contract", "2025-11-13",
            publisher="Aktobe regional prosecutor's office", publisher_kind="prosecutor",
            url="https://kaz.inform.kz/news/aktobenn-prokurorlari-32-mlrd-tenge-byudzhet-karazhatinin-negzsz-zhumsaluina-toskauil-boldi-6239c2/",
            published="2025-11-13", outlet="Kazinform")
    g.note("reference_date = the page date (2025-11-13). The stored copy goes on with a cut sentence; the text ends after the quote.")
    g.note("Events: the 3.2 bn prevented (headline, lead) is an aggregate result: main_event null. The example case: the road-repair contract concluded in 2022 c1 (signing, 'шарт жасалған'), its sum raised c2 (other, 'ұлғайтылған'), then lowered after the prosecutors' measures c3 (other, 'төмендетіліп').")
    g.note("'Облыс прокуратурасы', 'Облыстық прокуратура' (unnamed region, capitalised) = optional ORGANISATION; 'А. Молдағұлова даңғылы' = FACILITY (nested PERSON); «Нұрлы Жол-7» = ORGANISATION (its number is part of the name). Quotes: the lead's 'Бұл туралы Облыстық прокуратура мәлім етті' (indirect, the two preceding sentences) and the dash quote '— ... — делінген хабарламада'.")
    g.ent("Ақтөбенің", "GPE", "Ақтөбе")
    g.qty("3,2 млрд теңге", "money", 3200000000, unit="KZT")
    g.ent("АҚТӨБЕ", "GPE", "Ақтөбе")
    g.ent("KAZINFORM", "ORGANISATION")
    g.optional("Облыс прокуратурасы", "ORGANISATION", "Ақтөбе облысының прокуратурасы")
    g.qty("3,2 млрд теңгеден астам", "money", 3200000000, unit="KZT", approx="more_than")
    g.optional("Облыстық прокуратура", "ORGANISATION", "Ақтөбе облысының прокуратурасы")
    g.ent("Ақтөбе", "GPE", after="Прокуратура ")
    g.ent("А. Молдағұлова даңғылы", "FACILITY")
    g.nested("А. Молдағұлова", "PERSON")
    g.tmp("2022 жылы", "date", "2022")
    g.ent("Ақтөбе қалалық тұрғын үй-коммуналдық шаруашылық бөлімі", "ORGANISATION")
    g.nested("Ақтөбе", "GPE", after="2022 жылы ")
    g.ent("Нұрлы Жол-7", "ORGANISATION")
    g.qty("1 млрд теңге", "money", 1000000000, unit="KZT")
    g.ev("signing", "жасалған", "past", "2022 жылы", None, None, cluster="c1",
         participants=["Ақтөбе қалалық тұрғын үй-коммуналдық шаруашылық бөлімі", "«Нұрлы Жол-7» ЖШС"], amounts=["1 млрд теңге"])
    g.qty("1,3 млрд теңгеге", "money", 1300000000, unit="KZT")
    g.ev("other", "ұлғайтылған", "past", None, None, None, cluster="c2", amounts=["1,3 млрд теңгеге"])
    g.qty("300 млн теңгеге", "money", 300000000, unit="KZT")
    g.ev("other", "төмендетіліп", "past", None, None, None, cluster="c3", amounts=["300 млн теңгеге"])
    P = "Ақтөбе облысының прокуратурасы"
    g.quote("Облыс прокуратурасы 3,2 млрд теңгеден астам бюджет қаражатының негізсіз жұмсалуының алдын алды. Аталған қаражат автожолдарды салу және жөндеу, аумақтарды абаттандыру және өзге де әлеуметтік маңызы бар қажеттіліктерге жұмсалуы жоспарланған",
            None, "мәлім етті", kind="indirect", speaker_entity=P)
    g.quote("2022 жылы Ақтөбе қалалық тұрғын үй-коммуналдық шаруашылық бөлімі мен «Нұрлы Жол-7» ЖШС арасында аталған жолды орташа жөндеу жұмыстарына 1 млрд теңге сомасына шарт жасалған. Алайда, жеткілікті негізсіз жоба-сметалық құн қайта есептеліп, шарт сомасы 1,3 млрд теңгеге дейін ұлғайтылған. Прокурорлық қадағалау шаралары нәтижесінде шарт сомасы 300 млн теңгеге төмендетіліп, бюджет қаражатының негізсіз жұмсалуының алдын алуға мүмкіндік берілді",
            None, "делінген", speaker_entity=P)
    g.announce(headline="Ақтөбенің прокурорлары 3,2 млрд теңге бюджет қаражатының негізсіз жұмсалуына тосқауыл болды", issuer=P,
               outlet="KAZINFORM", published="2025-11-13", place="Ақтөбе", main_event=None)
    return g.save()


DOCS = [kyzylorda_police_new_year, turkistan_police_flag, semey_fire, almaty_agency_fire, astana_house_fire,
        defence_ministry_fire, turkistan_prosecutor_visit, kyzylorda_court_press, shet_apparatus_meeting,
        syrdarya_apparatus_meeting, culture_abai_savings, akmola_police_hoax, shymkent_badam_visit,
        makhambet_court_briefing, atyrau_prosecutor_housing, aktobe_prosecutor_funds, pavlodar_prosecutor_year,
        senate_bureau_miners, mazhilis_bureau_macedonia, mazhilis_session_closing, mvd_roadside_trap,
        akmola_investment_briefing, kyzylorda_investment_projects, enlightenment_first_september, akmola_krasnoyar_sports,
        turkistan_brick_factory, culture_nauryz_funds, agriculture_diversification, atyrau_fishermen_rescue,
        kostanay_fishermen_blizzard, anticorruption_turkistan_land, anticorruption_nko_road, anticorruption_subsidy,
        astana_saryarka_space, shymkent_park_renewed, semey_yards, oral_court_defamation, mangystau_police_crash,
        kyzylorda_streetball, astana_open_skating, labour_social_assistance, transport_bukhtarma_bridge, astana_bridge,
        health_minister_moscow, eko_school_championship, kostanay_police_snow, eko_boat_fishermen, senate_duma_meeting,
        mvd_mangystau_commission, karabalyk_korisu, naurzum_nauryz, zhalagash_unity_day, kyzylorda_city_day,
        pavlodar_rescuers_ekibastuz, aktobe_prosecutor_road]


if __name__ == "__main__":
    import sys
    build(DOCS, sys.argv[1:])
