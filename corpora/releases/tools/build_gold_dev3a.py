"""Build the gold of the dev additions of 2026-12-08, second batch, by annotator dev3a (state bodies).

Each function writes one document's gold from the text alone (blind: no presskz run on these
texts), every span given as its exact text (+ occurrence / after= anchor) and resolved and
asserted by goldlib.
Run: cd corpora/releases/tools && python3 build_gold_dev3a.py [function names]
Sources and metadata: ../sources_dev3a.tsv; conventions: ../GUIDELINES.md and the README's
"Conventions settled by the agreement study"; the shared decisions are COMMON_NOTES below.
Long lines are exact source text and notes (spans must match the text verbatim).
"""
# ruff: noqa: E501
import sys

from goldlib import Gold, build

COMMON_NOTES = [
    "Schema 1.1 gold written blind from the text (GUIDELINES.md, README 'Conventions settled by the agreement study'); offsets by anchor search in tools/build_gold_dev3a.py, asserted by goldlib. Dev additions of 2026-12-08, second batch, annotator dev3a (state bodies).",
    "Settled conventions followed where older files differ: a body's press service is one ORGANISATION span; 'X тілшісі' (an outlet's correspondent) is one POSITION with the outlet nested; demonyms are flat NORP; phone numbers (112) are CONTACT, never quantities; outlet credit lines ('..., деп хабарлайды Zakon.kz' / '... X тілшісі') are indirect quotes whose speaker_entity is the outlet or its correspondent as written; a court or department building where something happens is FACILITY; holidays and anniversaries named as a dedication are not event mentions; event status follows each mention's own clause ('өрттің себебі анықталып жатыр' -> ongoing).",
    "Older corpus conventions kept where dev2a and dev2b differ: a deadline 'X-ға/-ге дейін' is an open range '/X' and 'X-тан бастап / бері' an open range 'X/'; 'биыл' with no publication date -> 'XXXX', 'өткен жылы' -> 'PAST_REF', 'қазір / бүгінде / қазіргі уақытта' -> 'PRESENT_REF' (resolved to the page date when it is shown); an unnamed or lowercase body without a proper name or acronym is an optional_entity, one with a name or acronym is flat; unquoted street names keep 'көшесі' in a FACILITY span; cardinal spans are the number word(s) only and their unit is the counted noun's base form; ordinal places ('І-орынға') are ordinals with unit 'орын'.",
    "dev3a decisions (not covered by GUIDELINES.md): (1) a body's words closed by the body's own name as a signature line (\"...\".  ҚР Энергетика министрлігі) are a direct quote with speaker_entity that body and verb null; a headline phrase in quotes that the body says ('\"Жағдай тұрақты\". ... министрлігі ... мәлімдеме жасады') is a direct quote of that body. (2) Appeals 'X-ты Y-ға шақырады / X-тан Y-ды сұрайды' are indirect speech whose span is the object + what is asked (precedent 'сұрайды' in pavlodar-rescuers-ekibastuz-fishermen). (3) A statement or announcement itself ('ресми мәлімдеме жасады') is not an event (it is the quote); calls and alerts received ('хабарлама келіп түсті') are not events. (4) Police and military ranks ('полиция полковнигі') are POSITION, like honorary titles, and are listed in the person's positions. (5) A journalist's signature line is a PERSON with no position. (6) A weekday without a date ('Сейсенбі күні') with no publication date is a date 'XXXX-WXX-2'. (7) A year visible only inside a name ('«Наурыз-Антитеррор-2025»') does not resolve dates: no year is written, so 'XXXX'.",
    "Publisher kinds as dev2a: a department or communal institution of an akimat (education department, employment centre) gets 'akimat'; a regional Department of Emergency Situations 'emergency'; an interagency regional anti-terrorist headquarters 'other'.",
]


def new(doc_id, ref, **meta):
    return Gold(doc_id, ref, notes=COMMON_NOTES, **meta)


def energy_ministry_statement():
    g = new("energy-ministry-south-power-statement", "2025-08-18",
            publisher="Ministry of Energy of Kazakhstan", publisher_kind="ministry",
            url="https://kaz.zakon.kz/okiga/6066497-zhaday-traty-zhelde-taraan-aparata-atysty-energetika-ministrlg-resmi-mlmdeme-zhasady.html",
            published="2025-08-18", outlet="Zakon.kz", text_kind="release")
    g.note("reference_date = the page date (2025-08-18). Page chrome dropped: the date/rubric lines ('#Қазақстан', 'Оқиғалар') and the photo-caption line ('Энергетика министрлігі, ресми мәлімдеме, ... сурет - Zakon.kz жаңалық 18.08.2025 21:20 Сурет: gov.kz'). The stored copy stops mid-sentence in the paragraph after the signature line; the text ends at the signature 'ҚР Энергетика министрлігі' (the double space before it is the stored copy's).")
    g.note("Entities: 'Энергетика министрлігі' (headline) and 'ҚР Энергетика министрлігі' (x2) = ORGANISATION, normalized 'ҚР Энергетика министрлігі', 'ҚР' nested GPE; 'Құзырлы ведомство' (anaphoric description) optional ORGANISATION; 'БАҚ' (media in general) nothing. No events (dev3a decision 3): the rumoured power restrictions did not happen, the statement is a quote; main_event null.")
    g.note("Quotes: the headline '\"Жағдай тұрақты\"' (direct, the ministry, verb null); the rumour in quotes ('\"елдің ... жүргізіліп жатыр\" деп тарап жатқан ақпарат') is a direct quote with speaker null and speaker_entity 'әлеуметтік желілер' (the source as the text names it); the first sentence is the content of '... осындай ресми мәлімдеме жасады' (indirect, the ministry); that sentence is in turn the content of the credit line '..., деп хабарлайды Zakon.kz' (indirect, outlet); 'азаматтар мен БАҚ өкілдерін ... сенуге шақырады' (indirect, decision 2); the signed paragraph (direct, decision 1).")
    M = "ҚР Энергетика министрлігі"
    g.ent("Энергетика министрлігі", "ORGANISATION", M, n=1)
    g.ent(M, "ORGANISATION", n=1)
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    g.ent("Zakon.kz", "ORGANISATION")
    g.optional("Құзырлы ведомство", "ORGANISATION", M)
    g.ent("Қазақстанның", "GPE", "Қазақстан")
    g.ent(M, "ORGANISATION", n=2)
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=2)
    g.tmp("бүгін", "relative", "2025-08-18")
    g.tmp("18 тамызда", "date", "2025-08-18")
    g.tmp("Қазіргі таңда", "relative", "2025-08-18")
    g.quote("Жағдай тұрақты", None, None, speaker_entity=M)
    g.quote("елдің оңтүстік өңірлерінде электр энергиясын шектеуге дайындық жүргізіліп жатыр", None, "деп тарап жатқан",
            speaker_entity="әлеуметтік желілер")
    g.quote("Кейбір әлеуметтік желілерде \"елдің оңтүстік өңірлерінде электр энергиясын шектеуге дайындық жүргізіліп жатыр\" деп тарап жатқан ақпаратқа ешқандай негіз жоқ",
            None, "мәлімдеме жасады", kind="indirect", speaker_entity=M)
    g.quote("ҚР Энергетика министрлігі бүгін, 18 тамызда осындай ресми мәлімдеме жасады", None, "деп хабарлайды",
            kind="indirect", speaker_entity="Zakon.kz")
    g.quote("азаматтар мен БАҚ өкілдерін тек ресми дереккөздерге сенуге", None, "шақырады", kind="indirect", speaker_entity=M)
    g.quote("Қазіргі таңда Қазақстанның оңтүстік облыстарындағы тұтынушыларды электрмен жабдықтау жағдайы толықтай тұрақты деп бағаланады. Электр энергиясын жеткізу қалыпты режимде жүзеге асырылып, халықтың да, өнеркәсіптік кәсіпорындардың да барлық қажеттіліктерін толық қамтып отыр. Елдің бірыңғай электр энергетикалық жүйесі ешқандай ақаусыз жұмыс істеуде",
            None, None, speaker_entity=M)
    g.announce(headline="\"Жағдай тұрақты\". Желіде тараған ақпаратқа қатысты Энергетика министрлігі ресми мәлімдеме жасады",
               issuer=M, outlet="Zakon.kz", published="2025-08-18", place=None, main_event=None)
    return g.save()


def ulytau_theatre_fire():
    g = new("ulytau-emergency-zhezkazgan-theatre-fire", "2026-01-13",
            publisher="Ulytau regional Department of Emergency Situations", publisher_kind="emergency",
            url="https://kaz.inform.kz/news/zhezkazganda-teatr-gimarati-ortend-2f123e/",
            published="2026-01-13", outlet="Kazinform", text_kind="release")
    g.note("reference_date = the page date (2026-01-13). The stored copy is whole (headline, dateline lead, two paragraphs). Dateline 'АСТАНА. KAZINFORM —': GPE 'АСТАНА' (normalized 'Астана'), ORGANISATION 'KAZINFORM', announcement.place 'Астана'.")
    g.note("Entities: 'Ұлытау облысы ТЖД' = flat ORGANISATION (acronym), normalized 'Ұлытау облысының Төтенше жағдайлар департаменті', 'Ұлытау' nested; 'Ведомство' (anaphoric) optional ORGANISATION; '112' CONTACT; 'Сәтпаев көшесі' FACILITY (generic noun kept); the unnamed theatre building nothing; 'Жезқазған қаласының ТЖБ бастығы' one POSITION with 'Жезқазған қаласының ТЖБ' nested ORGANISATION.")
    g.note("Events: one fire c1 (incident): headline 'өртенді' (past), 'өрт болғаны' (past), 'өртті барлауға және сөндіруге кірісті' (past), 'материалдың жануы ... сөндірілді' (past), 'Өрттің себебі анықталып жатыр' (ongoing, settled convention). 'өрт сөндіру жасақтары / бөлімшелері', 'Өрт сөндірушілердің' are compounds naming the service, not mentions; the call received and the people leaving the building are not separate events. Quotes: 'Ведомство мәліметінше, CLAUSE' (indirect, the department); the dash paragraph closed by '— деді ... Дидар Құйқабаев' (direct).")
    D = "Ұлытау облысының Төтенше жағдайлар департаменті"
    g.ent("Жезқазғанда", "GPE", "Жезқазған")
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Ұлытау облысы ТЖД", "ORGANISATION", D)
    g.nested("Ұлытау", "GPE")
    g.ent("112", "CONTACT")
    g.ent("Жезқазған", "GPE", n=2)
    g.ent("Сәтпаев көшесі", "FACILITY")
    g.nested("Сәтпаев", "PERSON")
    g.optional("Ведомство", "ORGANISATION", D)
    g.ent("Жезқазған қаласының ТЖБ бастығы", "POSITION")
    g.nested("Жезқазған қаласының ТЖБ", "ORGANISATION", "Жезқазған қаласының Төтенше жағдайлар басқармасы")
    g.nested("Жезқазған", "GPE", after="деді ")
    g.ent("Дидар Құйқабаев", "PERSON")
    g.qty("12", "cardinal", 12, unit="адам", after="ғимараттан ")
    W = "Жезқазған қаласы Сәтпаев көшесі бойындағы театр ғимаратының жертөлесінде"
    g.ev("incident", "өртенді", "past", None, "Жезқазғанда", None, cluster="c1")
    g.ev("incident", "өрт", "past", None, W, None, after="жертөлесінде", cluster="c1")
    g.ev("incident", "өртті", "past", None, None, None, cluster="c1")
    g.ev("incident", "жануы", "past", None, None, None, cluster="c1")
    g.ev("incident", "Өрттің", "ongoing", None, None, None, cluster="c1")
    g.quote("алғашқы өрт сөндіру жасақтары келгеннен кейін жертөледен қалың түтін шығып жатқаны анықталды", None, "мәліметінше",
            kind="indirect", speaker_entity=D)
    g.quote("Тез арада газ-түтіннен қорғау қызметінің буындары өртті барлауға және сөндіруге кірісті. Өрт сөндіру бөлімшелері келгенге дейін ғимараттан 12 адам өздігінен көшеге шықты. Өрт сөндірушілердің үйлесімді, кәсіби және жедел әрекеттерінің арқасында сахналық материалдың жануы қысқа мерзімде сөндірілді. Зардап шеккендер жоқ. Өрттің себебі анықталып жатыр",
            "Дидар Құйқабаев", "деді")
    g.person("Дидар Құйқабаев", ["Жезқазған қаласының ТЖБ бастығы"], [("Дидар Құйқабаев",)])
    g.announce(headline="Жезқазғанда театр ғимараты өртенді", issuer=D, outlet="KAZINFORM", published="2026-01-13",
               place="Астана", main_event="c1")
    return g.save()


def shortandy_report_meeting():
    g = new("shortandy-settlement-akim-report-meeting", None,
            publisher="Shortandy district akimat (Akmola region)", publisher_kind="akimat",
            url="https://www.gov.kz/memleket/entities/aqmola-shortandy/press/news/details/1160497?lang=kk",
            published=None, outlet=None, text_kind="release")
    g.note("The district akimat's own gov.kz page (entity 'aqmola-shortandy'). The stored copy gives the headline and then the same sentence again as the first paragraph: kept once (it is the headline and the lead). No date shown: reference_date null, 'өткен жылы' -> PAST_REF.")
    g.note("Entities: 'Шортанды аудандық Ойын-сауық орталығында' = FACILITY (the venue; 'Шортанды' nested GPE); 'Шортанды кентінің әкімі' = POSITION ('Шортанды' nested); 'аудан әкімі' = POSITION normalized 'Шортанды ауданының әкімі'. No person is named (no people entries).")
    g.note("Events: one report meeting c1 (meeting): 'есептік кездесу өтті' (past, where the venue), 'Кездесу барысында ... есеп беріп ... атап өтті' (past), 'Кездесу барысында аудан әкімі де сөз сөйлеп' (past), 'Кездесу ... өтті' (past). The akims' report and speech are parts of it, not events; 'атап өтті', 'ақпарат берді' are topic-only (no quote).")
    g.ent("Шортанды аудандық Ойын-сауық орталығында", "FACILITY", "Шортанды аудандық Ойын-сауық орталығы")
    g.nested("Шортанды", "GPE", n=1)
    g.ent("Шортанды кентінің әкімі", "POSITION")
    g.nested("Шортанды", "GPE", n=2)
    g.ent("аудан әкімі", "POSITION", "Шортанды ауданының әкімі")
    g.tmp("өткен жылы", "relative", "PAST_REF")
    g.ev("meeting", "кездесу", "past", None, "Шортанды аудандық Ойын-сауық орталығында", None, cluster="c1")
    g.ev("meeting", "Кездесу", "past", None, None, None, n=1, cluster="c1", participants=["Шортанды кентінің әкімі", "тұрғындар"])
    g.ev("meeting", "Кездесу", "past", None, None, None, n=2, cluster="c1", participants=["аудан әкімі"])
    g.ev("meeting", "Кездесу", "past", None, None, None, n=3, cluster="c1")
    g.announce(headline="Шортанды аудандық Ойын-сауық орталығында кезекті есептік кездесу өтті.",
               issuer="Шортанды ауданының әкімдігі", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def talas_job_fair():
    g = new("talas-employment-centre-job-fair", None,
            publisher="Talas district employment centre (Zhambyl region)", publisher_kind="akimat",
            url="https://talasnews.kz/?p=3498", published=None, outlet="talasnews.kz", text_kind="report")
    g.note("The Talas district newspaper's item on the job fair run by the district employment centre («Халықты жұмыспен қамту орталығы» КММ) with the district prosecutor's office. No date shown: reference_date null (the pandemic and the 2017-2021 «Еңбек» programme suggest 2020-2021, not written). The stored copy stops mid-word in the next paragraph; the text ends at the last complete paragraph.")
    g.note("Entities: «Сұлутөр» кинотеатрының = FACILITY 'Сұлутөр' (the venue); «Халықты жұмыспен қамту орталығы» КММ-сі = ORGANISATION 'Халықты жұмыспен қамту орталығы' (inside the quotes); 'аудандық прокуратура' (lowercase, unnamed) optional ORGANISATION. 'Сейсенбі күні' = date XXXX-WXX-2 (decision 6); 'қазіргі таңда' (x2) PRESENT_REF.")
    g.note("Events: one fair c1 (fair): 'жәрмеңке ұйымдастырды' (past, when 'Сейсенбі күні', where the cinema's open ground), 'іс-шараға ... қатысты' (past), 'жәрмеңкеде ... ұсынылды' (past, amounts 19 employers / 59 jobs). The headline '80 адам жұмыспен қамтылды' states the result (no happening word); the pandemic is a process, not an event. Quantities: jobs counted with unit 'жұмыс' / 'орын' (the counted noun). Quote: 'Ресми деректерге сүйенсек, CLAUSE' = indirect with no speaker body (speaker_entity null).")
    g.qty("80", "cardinal", 80, unit="адам")
    g.tmp("қазіргі таңда", "relative", "PRESENT_REF", n=1)
    g.tmp("қазіргі таңда", "relative", "PRESENT_REF", n=2)
    g.qty("900 000-ға жуық", "cardinal", 900000, unit="отандас", approx="about")
    g.tmp("Сейсенбі күні", "date", "XXXX-WXX-2")
    g.ent("Сұлутөр", "FACILITY")
    g.optional("аудандық прокуратура", "ORGANISATION", "Талас аудандық прокуратурасы")
    g.ent("Халықты жұмыспен қамту орталығы", "ORGANISATION")
    g.qty("19", "cardinal", 19, unit="жұмыс беруші")
    g.qty("59", "cardinal", 59, unit="жұмыс")
    g.qty("87", "cardinal", 87, unit="орын")
    g.qty("60", "cardinal", 60, unit="орын")
    g.ev("fair", "жәрмеңке", "past", "Сейсенбі күні", "«Сұлутөр» кинотеатрының ашық алаңында", None, n=1, cluster="c1",
         participants=["аудандық прокуратура", "«Халықты жұмыспен қамту орталығы» КММ-сі"])
    g.ev("fair", "іс-шараға", "past", None, None, None, cluster="c1", participants=["жұмыс берушілер", "аудан тұрғындары"])
    g.ev("fair", "жәрмеңкеде", "past", None, None, None, cluster="c1", amounts=["19", "59"])
    g.quote("дәл қазіргі таңда ел аумағында 900 000-ға жуық отандасымыз жұмыссыз жүр екен", None, "деректерге сүйенсек", kind="indirect")
    g.announce(headline="80 адам жұмыспен қамтылды", issuer="Халықты жұмыспен қамту орталығы", outlet="talasnews.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def saraishyk_prosecutors_club():
    g = new("saraishyk-prosecutor-future-prosecutors-club", "2025-12-03",
            publisher="Saraishyk district prosecutor's office (Astana)", publisher_kind="prosecutor",
            url="https://baq.kz/astanada-bolashaq-prokurorlardy-dayarlau-bagdarlamasy-iske-qosyldy-200026726/",
            published="2025-12-03", outlet="BAQ.KZ", text_kind="release")
    g.note("reference_date = the page date (2025-12-03). No headline in the stored copy (page address: 'Астанада болашақ прокурорларды даярлау бағдарламасы іске қосылды'). The stored copy stops mid-sentence in the list of the club's aims; the text ends at the last complete paragraph. The district is spelled 'Сарайшык' in the text (kept; GPE normalized as written).")
    g.note("Entities: 'Астана қаласының Сарайшык ауданының прокуратурасы' = one ORGANISATION (Астана, Сарайшык nested GPE); the sentence-initial 'Прокуратура' (the same body, unnamed) optional ORGANISATION; 'Өтеген Сейітов атындағы Болашақ прокурорлар клубы' (x2) = ORGANISATION with the namesake nested PERSON (no people entry: he is not an actor of the text); «Заң мен Тәртіп» идеологиясы = PROJECT; the principle «оқушыдан — оқушыға» optional PROJECT (a slogan-like principle name); 'прокуратураның, мемлекеттік органдардың' (generic) nothing.")
    g.note("Events: the launch of the club c1 (launch): lead 'іске қосты' (past), 'пилоттық жобасын іске қосты' (past), 'Клуб ... құрылды' (past). Quote: the lead is the content of the credit line '..., деп хабарлайды BAQ.KZ' (indirect, outlet).")
    P = "Астана қаласының Сарайшык ауданының прокуратурасы"
    C = "Өтеген Сейітов атындағы Болашақ прокурорлар клубы"
    g.optional("Прокуратура", "ORGANISATION", P)
    g.ent("Заң мен Тәртіп", "PROJECT")
    g.ent("Өтеген Сейітов атындағы Болашақ прокурорлар клубын", "ORGANISATION", C)
    g.nested("Өтеген Сейітов", "PERSON", n=1)
    g.ent("BAQ.KZ", "ORGANISATION")
    g.ent(P, "ORGANISATION")
    g.nested("Астана", "GPE")
    g.nested("Сарайшык", "GPE")
    g.ent("Өтеген Сейітов атындағы Болашақ прокурорлар клубының", "ORGANISATION", C)
    g.nested("Өтеген Сейітов", "PERSON", n=2)
    g.optional("оқушыдан — оқушыға", "PROJECT")
    g.ev("launch", "іске қосты", "past", None, None, None, n=1, cluster="c1", participants=["Прокуратура"])
    g.ev("launch", "іске қосты", "past", None, None, None, n=2, cluster="c1", participants=[P])
    g.ev("launch", "құрылды", "past", None, None, None, cluster="c1",
         participants=["прокуратураның, мемлекеттік органдардың және мектеп әкімшіліктерінің"])
    g.quote("Прокуратура «Заң мен Тәртіп» идеологиясын ілгерілету жөніндегі мемлекеттік тұжырымдама аясында Өтеген Сейітов атындағы Болашақ прокурорлар клубын іске қосты",
            None, "деп хабарлайды", kind="indirect", speaker_entity="BAQ.KZ")
    g.announce(headline=None, issuer=P, outlet="BAQ.KZ", published="2025-12-03", place=None, main_event="c1")
    return g.save()


def sko_education_awards():
    g = new("sko-education-olympiad-winners-awarded", None,
            publisher="North Kazakhstan regional education department", publisher_kind="akimat",
            url="https://qyzyljarnews.kz/13244/respublikalyk-bilim-beygelerinde-zhuldeger-atangandarga-akshalay-syylyktar-tabystaldy",
            published=None, outlet="Qyzyljarnews.kz", text_kind="report")
    g.note("Qyzyljarnews.kz's report of the regional education department's award of the national olympiad and science-project winners. No headline and no date in the stored copy (page address: 'Республикалық білім бәйгелерінде жүлдегер атанғандарға ақшалай сыйлықтар табысталды'): reference_date null, 'Биылғы' -> XXXX. The stored copy stops mid-word after the fourth paragraph; the text ends at the last complete paragraph.")
    g.note("Entities: «Qyzyljar» арт-орталығында = FACILITY 'Qyzyljar'; 'Qyzyljarnews.kz тілшісі' = POSITION with the outlet nested; 'облыстық білім басқармасының басшысы' = POSITION normalized with the region (Солтүстік Қазақстан, known from 'солтүстікқазақстандық'); 'солтүстікқазақстандық' NORP. Grade ranges ('9-11 сынып') are class labels, not quantities. Counts of pupils and medals ('1-уі алтын, 8-і күміс') are cardinals with unit the counted noun ('оқушы', 'тәрбиеленуші', 'жүлде'); 'бірінші / екінші / үшінші орын' ordinals.")
    g.note("Events: c1 = the award of the winners (award): 'жеңімпаздары марапатталды' (past, where the art centre) and 'жүлдегерлерімен ... кездесіп ... құттықтады' (past; the head's meeting with the winners is the same occasion, so the same cluster). c2 = the national subject olympiad (competition): 'ел көлемінде өткен ... олимпиада' (past), 'олимпиада ... қорғадыңыздар' in the quote (past), 'пәндік олимпиадада ... көрінді' (past). c3 = the national science-project contest (competition): 'байқауының' (past, 'өткен'), 'байқауында қорғадыңыздар' (past), 'байқауында ... жүлде түсті' (past). 'Алда талай сайыстарға' (future contests in general) is not a mention. Quotes: the lead is the content of the correspondent's credit line (indirect); the dash paragraph closed by '— деді Нәзір Жәшібеков' (direct).")
    POS = "Солтүстік Қазақстан облыстық білім басқармасының басшысы"
    g.ent("Петропавлдағы", "GPE", "Петропавл")
    g.ent("Qyzyljar", "FACILITY")
    g.ent("Qyzyljarnews.kz тілшісі", "POSITION")
    g.nested("Qyzyljarnews.kz", "ORGANISATION")
    g.ent("облыстық білім басқармасының басшысы", "POSITION", POS)
    g.ent("Нәзір Жәшібеков", "PERSON", n=1)
    g.ent("Нәзір Жәшібеков", "PERSON", n=2)
    g.ent("солтүстікқазақстандық", "NORP")
    g.tmp("Биылғы", "relative", "XXXX")
    g.qty("20", "cardinal", 20, unit="оқушы")
    g.qty("1-уі", "cardinal", 1, unit="оқушы")
    g.qty("8-і", "cardinal", 8, unit="оқушы")
    g.qty("11-і", "cardinal", 11, unit="оқушы")
    g.qty("10", "cardinal", 10, unit="жүлде")
    g.qty("2-уі", "cardinal", 2, unit="тәрбиеленуші")
    g.qty("бірінші", "ordinal", 1, unit="орын")
    g.qty("3-уі", "cardinal", 3, unit="тәрбиеленуші")
    g.qty("екінші", "ordinal", 2, unit="орын", after="3-уі")
    g.qty("5-уі", "cardinal", 5, unit="тәрбиеленуші")
    g.qty("үшінші", "ordinal", 3, unit="орын")
    g.ev("award", "марапатталды", "past", None, "Петропавлдағы «Qyzyljar» арт-орталығында", None, cluster="c1",
         participants=["жеңімпаздары"])
    g.ev("competition", "олимпиада", "past", None, "ел көлемінде", None, n=1, cluster="c2")
    g.ev("competition", "байқауының", "past", None, None, None, cluster="c3")
    g.ev("award", "кездесіп", "past", None, None, None, cluster="c1",
         participants=["Нәзір Жәшібеков", "Республикалық білім бәйгелерінің жүлдегерлері"])
    g.ev("competition", "олимпиада", "past", None, None, None, n=2, cluster="c2")
    g.ev("competition", "байқауында", "past", None, None, None, n=1, cluster="c3")
    g.ev("competition", "олимпиадада", "past", "Биылғы", None, None, cluster="c2", amounts=["20"])
    g.ev("competition", "байқауында", "past", None, None, None, n=2, cluster="c3", amounts=["10"])
    g.quote("Петропавлдағы «Qyzyljar» арт-орталығында ел көлемінде өткен жалпы білім беретін пәндер бойынша олимпиада мен 9-11 сынып оқушылары арасындағы республикалық ғылыми жобалар байқауының жеңімпаздары марапатталды",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Qyzyljarnews.kz тілшісі")
    g.quote("Білім – қоғам дамуының қозғаушы күші. Сіздер мектепте алып жүрген білімдеріңізді олимпиада мен ғылыми жобалар байқауында қорғадыңыздар. Оқудағы еңбектеріңізді ақтап, мұғалімдеріңіздің дәрежесін өсірдіңіздер. Бұл үшін алғысым шексіз. Алда талай сайыстарға қатысып, топ жаратындарыңызға сенемін",
            "Нәзір Жәшібеков", "деді")
    g.person("Нәзір Жәшібеков", [POS], [("Нәзір Жәшібеков", 1), ("Нәзір Жәшібеков", 2)])
    g.announce(headline=None, issuer="Солтүстік Қазақстан облыстық білім басқармасы", outlet="Qyzyljarnews.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def abai_court_briefing():
    g = new("abai-regional-court-half-year-briefing", None,
            publisher="Abai regional court", publisher_kind="court",
            url="https://uznews.asia/news/amp/10543799-abai_oblysynda_kantar_okigasyna_bailanys.html",
            published=None, outlet="uznews.asia (relaying Arnapress.kz)", text_kind="report")
    g.note("Arnapress.kz's report of the Abai regional court's half-year briefing, as relayed by uznews.asia ('По сообщению сайта Arna Press', dropped as chrome, with the photo credit line 'Сурет: ашық дереккөздерден, Arnapress.kz'); the author's signature 'Бақытгүл ҚАЗЕЗ' is kept. No headline and no date in the stored copy (page address: 'Абай облысында қаңтар оқиғасына байланыс...'): reference_date null. The source's repeated word ('жарты жылда жылда') and the missing comma after 'айтуынша' are kept. announcement.outlet = 'Arnapress.kz' (the outlet the text names), meta.outlet names the relaying site too.")
    g.note("Entities: 'Абай облыстық сотта' (where the briefing took place) = FACILITY 'Абай облыстық соты' (settled convention); the long post 'Абай облысы бойынша қылмыстық істер жөніндегі сот алқасы төрағасының міндетін атқарушы' = one POSITION (the collegium nested ORGANISATION), its anaphoric short form 'сот алқасы төрағасының міндетін атқарушы' POSITION too; 'қаңтар оқиғасы' / 'Қаңтардағы оқиғалар' (the January 2022 unrest) optional EVENT (lowercase / descriptive), no temporal for 'Қаңтардағы' (part of the event's name); 'тергеу соты' (a kind of court) nothing.")
    g.note("Events: c1 = the briefing (briefing): 'брифинг өтіп' (past, where 'Абай облыстық сотта'). c2 = the January events (incident): 'қаңтар оқиғасына байланысты' (past), 'Қаңтардағы оқиғаларға' in the quote (past): a past happening named as the cases' subject. c3 = the investigative court starting work (launch): 'тергеу соты жұмысын бастады' (past). Cases under consideration ('екі іс қаралуда', 'сотта тұр') are states of proceedings, not events. Quotes: the credit line (indirect, the correspondent); 'Назгуля Абдуалиеваның айтуынша CLAUSE' (indirect); the «» quote closed by '– деді Назгуля Абдуалиева' (direct); '..., деп қосты сот алқасы төрағасының міндетін атқарушы' (indirect, the same person, named by her post).")
    POS = "Абай облысы бойынша қылмыстық істер жөніндегі сот алқасы төрағасының міндетін атқарушы"
    g.ent("Абай облыстық сотта", "FACILITY", "Абай облыстық соты")
    g.nested("Абай", "GPE", n=1)
    g.ent("Arnapress.kz тілшісі", "POSITION")
    g.nested("Arnapress.kz", "ORGANISATION")
    g.ent(POS, "POSITION")
    g.nested("Абай облысы бойынша қылмыстық істер жөніндегі сот алқасы", "ORGANISATION")
    g.nested("Абай", "GPE", n=2)
    g.ent("Назгуля Абдуалиеваның", "PERSON", "Назгуля Абдуалиева")
    g.optional("қаңтар оқиғасына", "EVENT", "Қаңтар оқиғасы")
    g.optional("Қаңтардағы оқиғаларға", "EVENT", "Қаңтар оқиғасы")
    g.ent("Назгуля Абдуалиева", "PERSON", after="деді ")
    g.ent("сот алқасы төрағасының міндетін атқарушы", "POSITION", POS, after="деп қосты")
    g.ent("Абай облысында", "GPE", "Абай")
    g.ent("Бақытгүл ҚАЗЕЗ", "PERSON", "Бақытгүл Қазез")
    g.tmp("жарты жылда", "duration", "P6M")
    g.tmp("қазіргі уақытта", "relative", "PRESENT_REF")
    g.tmp("бүгінде", "relative", "PRESENT_REF")
    g.qty("екі", "cardinal", 2, unit="іс")
    g.qty("бір", "cardinal", 1, unit="іс", n=1, after="бізде ")
    g.qty("бір", "cardinal", 1, unit="іс", n=1, after="тағы ")
    g.qty("20", "cardinal", 20, unit="сот")
    g.ev("briefing", "брифинг", "past", None, "Абай облыстық сотта", None, cluster="c1", participants=["журналистер"])
    g.ev("incident", "оқиғасына", "past", None, None, None, cluster="c2")
    g.ev("incident", "оқиғаларға", "past", None, None, None, cluster="c2")
    g.ev("launch", "жұмысын бастады", "past", None, None, None, cluster="c3", participants=["тергеу соты"])
    g.quote("Абай облыстық сотта журналистерге арналған брифинг өтіп, жарты жылда жылда атқарылған жұмыс туралы баяндалды",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Arnapress.kz тілшісі")
    g.quote("қаңтар оқиғасына байланысты екі іс қаралуда", "Назгуля Абдуалиева", "айтуынша", kind="indirect")
    g.quote("Қаңтардағы оқиғаларға қатысты істерге келер болсақ, қазіргі уақытта бізде бір іс алғашқы инстанцияда қарау сатысында, тағы бір іс апелляциялық сатыдағы сотта тұр",
            "Назгуля Абдуалиева", "деді")
    g.quote("Бұл істер әлі заңды күшіне енбегендіктен, басқа ақпарат жариялауға келмейді", "Назгуля Абдуалиева", "деп қосты",
            kind="indirect")
    g.person("Назгуля Абдуалиева", [POS], [("Назгуля Абдуалиеваның",), ("Назгуля Абдуалиева", 1, "деді ")])
    g.person("Бақытгүл ҚАЗЕЗ", [], [("Бақытгүл ҚАЗЕЗ",)])
    g.announce(headline=None, issuer="Абай облыстық соты", outlet="Arnapress.kz", published=None, place=None, main_event="c1")
    return g.save()


def burabay_bala_bi_contest():
    g = new("burabay-school-bala-bi-contest", None,
            publisher="School at vs0002.burabay.aqmoedu.kz (Burabay district, Akmola region)", publisher_kind="school",
            url="http://vs0002.burabay.aqmoedu.kz/news/open/id-35886", published=None, outlet=None, text_kind="release")
    g.note("A school's own news page (Burabay district education site, school 'vs0002'); signed by its student studio «Жас журналист». The stored copy's leading 'Текст' label dropped; no headline and no date: reference_date null, 'қарашаның 16-сы күні' -> XXXX-11-16. The typo 'Бурайбай' (Бурабай) is kept (GPE normalized 'Бурабай'). The text does not name the school whose site it is, so announcement.issuer is null.")
    g.note("Entities: «Арман» мектептен тыс оқыту орталығында (the venue) = FACILITY 'Арман'; '№9 мектеп-гимназиясы' (organiser, prize-winner) ORGANISATION; «Бала би» = EVENT (title inside the quotes); the competing schools «Атамекен», «Абылай хан», «Зеленобор», «Наурызбай» and '№6' = ORGANISATION (the name inside the quotes; '№6' normalized '№6 орта мектебі'); 'Қазақ тілінің' LANGUAGE; «Жас журналист» (the studio) ORGANISATION. Places 'І / ІІ / ІІІ' (Roman, before '-орын') are ordinals with unit 'орын'.")
    g.note("Events: one contest c1 (competition, title 'Бала би'): 'сайысы өтті' (past, when/where as written), 'Сайыстың ұйымдастырылу мақсаты:' (past: its predicate is the next line's 'ұйымдастырылды'), 'Жарыс қорытындысы:' (a verbless heading: unknown). The places won ('ие болды', 'иеленді') are the contest's results, not a separate award event.")
    g.ent("Бурайбай", "GPE", "Бурабай")
    g.ent("Арман", "FACILITY")
    g.ent("№9 мектеп-гимназиясының", "ORGANISATION", "№9 мектеп-гимназиясы")
    g.ent("Бала би", "EVENT")
    g.ent("Қазақ тілінің", "LANGUAGE", "Қазақ тілі")
    g.ent("Атамекен", "ORGANISATION")
    g.ent("№9 мектеп-гимназиясы", "ORGANISATION", after="ІІ-орынды ")
    g.ent("Абылай хан", "ORGANISATION")
    g.ent("Зеленобор", "ORGANISATION")
    g.ent("№6", "ORGANISATION", "№6 орта мектебі")
    g.ent("Наурызбай", "ORGANISATION")
    g.ent("Жас журналист", "ORGANISATION")
    g.tmp("қарашаның 16-сы күні", "date", "XXXX-11-16")
    g.qty("І", "ordinal", 1, unit="орын", after="Бас жүлдеге және ")
    g.qty("ІІ", "ordinal", 2, unit="орын", after="ие болды.\n")
    g.qty("ІІІ", "ordinal", 3, unit="орын", after="иеленді.\n")
    g.ev("competition", "сайысы", "past", "қарашаның 16-сы күні", "Бурайбай ауданы «Арман» мектептен тыс оқыту орталығында",
         "Бала би", cluster="c1")
    g.ev("competition", "Сайыстың", "past", None, None, None, cluster="c1")
    g.ev("competition", "Жарыс", "unknown", None, None, None, cluster="c1")
    g.announce(headline=None, issuer=None, outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def sko_police_reception():
    g = new("sko-police-zholda-qabyldau-reception", None,
            publisher="North Kazakhstan regional police department", publisher_kind="police",
            url="https://soltustikkaz.kz/%d0%b0%d0%b7%d0%b0%d0%bc%d0%b0%d1%82%d1%82%d0%b0%d1%80%d0%b4%d1%8b-%d2%9b%d0%b0%d0%b1%d1%8b%d0%bb%d0%b4%d0%b0%d0%b9%d0%b4%d1%8b-4/3",
            published=None, outlet="soltustikkaz.kz", text_kind="release")
    g.note("The regional paper «Солтүстік Қазақстан» (soltustikkaz.kz) printing the regional police department's announcement (Petropavl). No headline and no date in the stored copy (page address: 'азаматтарды қабылдайды'): reference_date null; '17-18 қаңтар күндері' -> XXXX-01-17/XXXX-01-18 (the text suggests January 2020, not written). The stored copy stops mid-word in the next sentence; the text ends at the last complete sentence. Curly quotes “ ” kept.")
    g.note("Entities: 'Облыстық полиция департаментінде' (where the reception takes place, unnamed) optional FACILITY; 'облыстық полиция департаментінің бастығы' POSITION normalized with the region; 'Әкімшілік полиция басқармасының бастығы' POSITION; ranks 'полиция полковнигі', 'полиция подполковнигі' POSITION (decision 4); “Жолда қабылдау” (x3) EVENT (the campaign's name inside the quotes); 'Абай көшесі' FACILITY ('15' a house number: nothing); “Nur Otan” ORGANISATION; 'Ішкі істер министрлігінің' ORGANISATION; 'Петропавлда' GPE.")
    g.note("Events: c1 = the citizens' reception at the department (meeting, the dev2a convention for receptions): 'қабылдау өтеді' (future), 'Қабылдауға ... қажеті жоқ' (no tense of the happening: unknown), 'Бұл шара ... ұйымдастырылып отыр' (ongoing), 'Азаматтарды қабылдау ... жүргізіледі' (future), 'алғашқы күнінде қабылдау ... өтеді' (future), 'Марат Төлебаев азаматтарды қабылдайды' (future). c2 = the district inspectors' receptions at their points (meeting, future). c3 = the campaign “Жолда қабылдау” (campaign): 'акциясының бірінші кезеңі' (ongoing: 'ұйымдастырылып отыр'), 'акциясының алғашқы күнінде' (future), 'акциясы ... өткізіліп келеді' (ongoing). 'кездесу мүмкіндігіне ие болмақ' is a possibility inside the reception, not a mention. Temporals: 'таңғы сағат 9-дан кешкі 19-ға дейін' (each of the two days) is written as the first day's range; '2019 жылдың көктемінен бері' open range '2019-SP/'. Quote: 'Жасұлан Оспановтың айтуынша, CLAUSE' (indirect).")
    D = "Солтүстік Қазақстан облыстық полиция департаменті"
    g.optional("Облыстық полиция департаментінде", "FACILITY", D)
    g.tmp("17-18 қаңтар күндері", "range", "XXXX-01-17/XXXX-01-18")
    g.ent("Жолда қабылдау", "EVENT", n=1)
    g.qty("бірінші", "ordinal", 1, unit="кезең")
    g.tmp("екі күн бойы", "duration", "P2D")
    g.tmp("таңғы сағат 9-дан кешкі 19-ға дейін", "range", "XXXX-01-17T09:00/XXXX-01-17T19:00")
    g.ent("Петропавлда", "GPE", "Петропавл")
    g.ent("Жолда қабылдау", "EVENT", n=2)
    g.tmp("алғашқы күнінде", "date", "XXXX-01-17")
    g.ent("Абай көшесі", "FACILITY")
    g.nested("Абай", "PERSON")
    g.ent("Nur Otan", "ORGANISATION")
    g.ent("облыстық полиция департаментінің бастығы", "POSITION", D + "нің бастығы")
    g.ent("полиция полковнигі", "POSITION")
    g.ent("Марат Төлебаев", "PERSON")
    g.ent("Әкімшілік полиция басқармасының бастығы", "POSITION")
    g.ent("полиция подполковнигі", "POSITION")
    g.ent("Жасұлан Оспановтың", "PERSON", "Жасұлан Оспанов")
    g.ent("Жолда қабылдау", "EVENT", n=3)
    g.ent("Ішкі істер министрлігінің", "ORGANISATION", "Ішкі істер министрлігі")
    g.tmp("2019 жылдың көктемінен бері", "range", "2019-SP/")
    g.ev("meeting", "қабылдау", "future", "17-18 қаңтар күндері", "Облыстық полиция департаментінде", None, n=1, cluster="c1",
         participants=["азаматтар"])
    g.ev("meeting", "Қабылдауға", "unknown", None, None, None, cluster="c1")
    g.ev("meeting", "шара", "ongoing", None, None, None, cluster="c1")
    g.ev("campaign", "акциясының", "ongoing", None, None, "Жолда қабылдау", n=1, cluster="c3")
    g.ev("meeting", "қабылдау", "future", "екі күн бойы таңғы сағат 9-дан кешкі 19-ға дейін", None, None, n=1,
         after="Азаматтарды ", cluster="c1")
    g.ev("campaign", "акциясының", "future", None, "Петропавлда", "Жолда қабылдау", n=2, cluster="c3")
    g.ev("meeting", "қабылдау", "future", "алғашқы күнінде", "Абай көшесі, 15 мекенжайындағы “Nur Otan” партиясының ғимаратында",
         None, n=1, after="алғашқы күнінде ", cluster="c1")
    g.ev("meeting", "қабылдайды", "future", None, None, None, n=1, cluster="c1", participants=["Марат Төлебаев", "азаматтар"])
    g.ev("meeting", "қабылдайды", "future", None, "учаскелік полиция пункттерінде", None, n=2, cluster="c2",
         participants=["учаскелік инспекторлар", "шағынаудандардың тұрғындары"])
    g.ev("campaign", "акциясы", "ongoing", "2019 жылдың көктемінен бері", None, "Жолда қабылдау", after="айтуынша, ", cluster="c3")
    g.quote("“Жолда қабылдау” акциясы Ішкі істер министрлігінің бастамасымен 2019 жылдың көктемінен бері өткізіліп келеді",
            "Жасұлан Оспанов", "айтуынша", kind="indirect")
    g.person("Марат Төлебаев", [D + "нің бастығы", "полиция полковнигі"], [("Марат Төлебаев",)])
    g.person("Жасұлан Оспанов", ["Әкімшілік полиция басқармасының бастығы", "полиция подполковнигі"], [("Жасұлан Оспановтың",)])
    g.announce(headline=None, issuer=D, outlet="soltustikkaz.kz", published=None, place=None, main_event="c1")
    return g.save()


def pavlodar_antiterror_exercise():
    g = new("pavlodar-antiterror-exercise-announcement", None,
            publisher="Pavlodar regional anti-terrorist headquarters", publisher_kind="other",
            url="https://pavlodarnews.kz/pavlodarda-antiterroristіk-oқu-zhattiғu-өtedі",
            published=None, outlet="Pavlodarnews.kz", text_kind="release")
    g.note("Pavlodarnews.kz relaying the regional anti-terrorist headquarters' notice of a planned drill. No date shown: reference_date null; '4 наурыз күні сағат 10.00-13.00 аралығында' -> XXXX-03-04T10:00/XXXX-03-04T13:00 (decision 7: the year inside «Наурыз-Антитеррор-2025» is part of a name). The blank line after the headline is the stored copy's.")
    g.note("Entities: 'Павлодарда' GPE; 'Pavlodarnews.kz тілшісі' POSITION with the outlet nested (the '@' of '@Pavlodarnews.kz' left out of the span); 'Облыстық терроризмге қарсы штабтың' (unnamed, lowercase apart from the sentence start) optional ORGANISATION normalized 'Павлодар облыстық терроризмге қарсы штабы'; 'ҚР Антитеррорлық орталығының' ORGANISATION ('ҚР' nested); «Наурыз-Антитеррор-2025» EVENT (the drill's name inside the quotes).")
    g.note("Events: one drill c1 (training, title 'Наурыз-Антитеррор-2025'): headline 'оқу-жаттығу өтеді' (future), body 'оқу-жаттығу өтеді' (future, when/where), 'оқу-жаттығуларға қатысатын' (future participle). Quotes: the credit line 'Азаматтарды сабыр сақтауға шақырады, деп хабарлайды ... тілшісі' (indirect, the correspondent; the appeal inside it is not annotated a second time); 'штабтың мәліметінше, CLAUSE' (indirect, the HQ); 'Азаматтардан ... қарауды сұрайды' (indirect, the HQ, decision 2).")
    H = "Павлодар облыстық терроризмге қарсы штабы"
    g.ent("Павлодарда", "GPE", "Павлодар")
    g.ent("Pavlodarnews.kz тілшісі", "POSITION")
    g.nested("Pavlodarnews.kz", "ORGANISATION")
    g.optional("Облыстық терроризмге қарсы штабтың", "ORGANISATION", H)
    g.tmp("4 наурыз күні сағат 10.00-13.00 аралығында", "range", "XXXX-03-04T10:00/XXXX-03-04T13:00")
    g.ent("ҚР Антитеррорлық орталығының", "ORGANISATION", "ҚР Антитеррорлық орталығы")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("Наурыз-Антитеррор-2025", "EVENT")
    g.ev("training", "оқу-жаттығу", "future", None, "Павлодарда", None, n=1, cluster="c1")
    g.ev("training", "оқу-жаттығу", "future", "4 наурыз күні сағат 10.00-13.00 аралығында", "қала аумағында",
         "Наурыз-Антитеррор-2025", n=1, after="антитеррористік оқу-жаттығу өтеді.", cluster="c1")
    g.ev("training", "оқу-жаттығуларға", "future", None, None, None, cluster="c1",
         participants=["мемлекеттік органдары қызметкерлері"])
    g.quote("Азаматтарды сабыр сақтауға шақырады", None, "деп хабарлайды", kind="indirect",
            speaker_entity="Pavlodarnews.kz тілшісі")
    g.quote("4 наурыз күні сағат 10.00-13.00 аралығында қала аумағында ҚР Антитеррорлық орталығының үйлестіруімен терроризм актілерінің алдын алуға және оның салдарын жоюға бағытталған жоспарлы «Наурыз-Антитеррор-2025» антитеррористік оқу-жаттығу өтеді",
            None, "мәліметінше", kind="indirect", speaker_entity=H)
    g.quote("Азаматтардан ресми ақпарат дереккөздерге сенуді және оқу-жаттығуларға қатысатын мемлекеттік органдары қызметкерлерінің іс-әрекеттеріне түсіністікпен қарауды",
            None, "сұрайды", kind="indirect", speaker_entity=H)
    g.announce(headline="Павлодарда антитеррористік оқу-жаттығу өтеді", issuer=H, outlet="Pavlodarnews.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def mangystau_crash_families_aid():
    g = new("mangystau-akimat-helicopter-crash-families-aid", None,
            publisher="Mangystau regional communications service (akimat)", publisher_kind="akimat",
            url="http://infotimes.kz/kk/%d0%bc%d0%b0%d2%a3%d2%93%d1%8b%d1%81%d1%82%d0%b0%d1%83-%d0%be%d0%b1%d0%bb%d1%8b%d1%81%d1%8b%d0%bd%d1%8b%d2%a3-%d3%99%d0%ba%d1%96%d0%bc%d0%b4%d1%96%d0%b3%d1%96-%d2%9b%d0%b0%d0%b7%d0%b0-%d1%82%d0%b0/",
            published=None, outlet="infotimes.kz", text_kind="release")
    g.note("The Mangystau regional communications service's release (signed) on the regional akimat's aid, printed by infotimes.kz; the site's 'INFOTIMES' line and comment form dropped; the double space in the signature is the stored copy's. No date shown: reference_date null (the date of the crash is not written; it is not filled from outside knowledge): 'Кеше', 'Бүгін' unresolved. The headline is in capitals with a Latin 'A' at the end of 'ОТБАСЫНA' (kept).")
    g.note("Entities: 'МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ӘКІМДІГІ' (headline, capitals) and 'Маңғыстау облысының әкімдігі' = ORGANISATION normalized 'Маңғыстау облысының әкімдігі'; 'Ми-8' PRODUCT (the helicopter type); '№30153 әскери бөлімінің' ORGANISATION; 'облыс әкімі' POSITION normalized with the region; the signature 'Маңғыстау облысының  өңірлік коммуникациялар қызметі' ORGANISATION (it has the region's name). Money: '1 МИЛЛИОН ТЕҢГЕДЕН' / '1 миллион теңгеден' = 1000000 KZT each (per family). 'Кеше таңғы сағат 8-де' = datetime XXXX-XX-XXT08:00 (its day, 'кеше', is not resolvable without a publication date); 'кешкі 5-тер шамасында' = time XXXX-XX-XXT17:00 (about, the same day).")
    g.note("Events: c1 = the akimat's aid to the families (other): headline 'БЕРЕДІ' (future) and 'көмек беретін болды' (future: a decided payment). c2 = the helicopter crash (incident): 'апатынан' (past), 'жерге құлап' (past, when/where), 'жанып кеткен' (past), 'құлаған тікұшақтың' (past). c3 = the akim's condolence visit to the pilot's family (visit): 'отбасына барып, көңіл айтып' (past, when 'Бүгін'). The take-off ('ұшып шыққан') and the deaths are parts of the crash, not separate events. Quote: '... қажетті көмектің көрсетілетінін жеткізді' (indirect, the akim). announcement.issuer = the signing communications service; main_event = c1 (the headline).")
    A = "Маңғыстау облысының әкімдігі"
    g.ent("МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ӘКІМДІГІ", "ORGANISATION", A)
    g.nested("МАҢҒЫСТАУ", "GPE", "Маңғыстау")
    g.qty("1 МИЛЛИОН ТЕҢГЕДЕН", "money", 1000000, unit="KZT")
    g.ent(A, "ORGANISATION")
    g.nested("Маңғыстау", "GPE", n=1)
    g.qty("1 миллион теңгеден", "money", 1000000, unit="KZT")
    g.tmp("Кеше таңғы сағат 8-де", "datetime", "XXXX-XX-XXT08:00")
    g.ent("Ақтаудан", "GPE", "Ақтау")
    g.ent("Ми-8", "PRODUCT")
    g.tmp("кешкі 5-тер шамасында", "time", "XXXX-XX-XXT17:00")
    g.ent("Қызылорда", "GPE")
    g.qty("13", "cardinal", 13, unit="адам")
    g.qty("12-сі", "cardinal", 12, unit="адам")
    g.ent("Ақтаудағы", "GPE", "Ақтау")
    g.ent("№30153 әскери бөлімінің", "ORGANISATION", "№30153 әскери бөлімі")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.ent("облыс әкімі", "POSITION", "Маңғыстау облысының әкімі")
    g.ent("Ералы Тоғжанов", "PERSON")
    g.ent("Роман Костыговтың", "PERSON", "Роман Костыгов")
    g.ent("Маңғыстау облысының  өңірлік коммуникациялар қызметі", "ORGANISATION", "Маңғыстау облысының өңірлік коммуникациялар қызметі")
    g.nested("Маңғыстау", "GPE", n=2)
    g.ev("other", "БЕРЕДІ", "future", None, None, None, cluster="c1", participants=["МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ӘКІМДІГІ"], amounts=["1 МИЛЛИОН ТЕҢГЕДЕН"])
    g.ev("other", "беретін болды", "future", None, None, None, cluster="c1", participants=[A, "әскери қызметкерлердің отбасы"],
         amounts=["1 миллион теңгеден"])
    g.ev("incident", "апатынан", "past", None, None, None, cluster="c2")
    g.ev("incident", "құлап", "past", "кешкі 5-тер шамасында", "Қызылорда аумағында", None, cluster="c2")
    g.ev("incident", "жанып", "past", None, None, None, cluster="c2")
    g.ev("incident", "құлаған", "past", None, None, None, cluster="c2")
    g.ev("visit", "барып", "past", "Бүгін", None, None, cluster="c3", participants=["Ералы Тоғжанов", "Роман Костыговтың отбасы"])
    g.quote("қажетті көмектің көрсетілетінін", "Ералы Тоғжанов", "жеткізді", kind="indirect")
    g.person("Ералы Тоғжанов", ["Маңғыстау облысының әкімі"], [("Ералы Тоғжанов",)])
    g.person("Роман Костыгов", [], [("Роман Костыговтың",)])
    g.announce(headline="МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ӘКІМДІГІ ҚАЗА ТАПҚАН ӘСКЕРИЛЕРДІҢ ӘРБІРІНІҢ ОТБАСЫНA 1 МИЛЛИОН ТЕҢГЕДЕН БЕРЕДІ",
               issuer="Маңғыстау облысының өңірлік коммуникациялар қызметі", outlet="infotimes.kz", published=None, place=None,
               main_event="c1")
    return g.save()


def sko_archive_100_years():
    g = new("sko-state-archive-100-years", None,
            publisher="North Kazakhstan regional state archive", publisher_kind="culture",
            url="https://qyzyljarnews.kz/15256/sko-memlekettik-arhivine-100-zhyl", published=None, outlet="Qyzyljarnews.kz",
            text_kind="report")
    g.note("Qyzyljarnews.kz's report of the North Kazakhstan state archive's centenary. No date line in the stored copy (a photo file name in it reads 2023-09-08; it is chrome, not a published date): reference_date null. Dropped: the photo-caption line ('whatsapp image 2023 09 08 ...') between two paragraphs, 'Ұқсас жаңалықтар' and the site's registration footer. The byline 'Авторы: Аманжол НҰРТАЗИН' is kept (PERSON, decision 5).")
    g.note("Entities: 'СҚО мемлекеттік архиві' (headline and lead) = flat ORGANISATION (the region's acronym makes it named), 'СҚО' nested; the lowercase 'облыстық архивтің' (x2) and 'мемлекеттік архивте' optional ORGANISATION; 'СҚО мемлекеттік архивінің директоры' one POSITION; «Мәдени мұра», «Архив-2025» PROJECT. Temporals: '100 жыл' (headline), '100 жылдығын', '100 жылдық' = duration P100Y; '4 ғасырдың' = duration P400Y; 'Бүгіндері', 'Қазіргі уақытта' PRESENT_REF. Quantities: '2 млн.-ға жуық' (документы) cardinal 2000000 about; '5 пайызы' percent; department counts with unit 'бөлімше'; '200-ге тарта' cardinal 200 about.")
    g.note("Events: c1 = the centenary celebration (celebration): 'салтанатты түрде атап өтті' (past) and 'Мерейтойға орай ұйымдастырылған шарада' (past; the jubilee is the frame, the ceremony is the happening). c2 = the awards to archive staff (award): 'марапатталды' (past), 'еңбектері еленді' (past). The digitisation ('көшіріліп жатыр') is a process. Quotes: the credit line '..., деп хабарлайды Qyzyljarnews.kz тілшісі' covers the sentence it closes (indirect, the correspondent); the dash paragraph closed by '— дейді ... Сәуле Мәлікова' (direct).")
    AR = "СҚО мемлекеттік архиві"
    g.ent("СҚО мемлекеттік архивіне", "ORGANISATION", AR)
    g.nested("СҚО", "GPE", n=1)
    g.tmp("100 жыл", "duration", "P100Y", n=1)
    g.ent("Аманжол НҰРТАЗИН", "PERSON", "Аманжол Нұртазин")
    g.ent("Петропавлдағы", "GPE", "Петропавл")
    g.ent(AR, "ORGANISATION", after="Петропавлдағы ")
    g.nested("СҚО", "GPE", n=2)
    g.tmp("100 жылдығын", "duration", "P100Y")
    g.ent("Qyzyljarnews.kz тілшісі", "POSITION")
    g.nested("Qyzyljarnews.kz", "ORGANISATION")
    g.tmp("Бүгіндері", "relative", "PRESENT_REF")
    g.optional("облыстық архивтің", "ORGANISATION", AR)
    g.tmp("4 ғасырдың", "duration", "P400Y")
    g.qty("2 млн.-ға жуық", "cardinal", 2000000, unit="құжат", approx="about")
    g.qty("5 пайызы", "percent", 5)
    g.ent("Мәдени мұра", "PROJECT")
    g.ent("Архив-2025", "PROJECT")
    g.ent("СҚО мемлекеттік архивінің директоры", "POSITION")
    g.nested("СҚО мемлекеттік архивінің", "ORGANISATION", AR)
    g.nested("СҚО", "GPE", n=3)
    g.ent("Сәуле Мәлікова", "PERSON")
    g.optional("Облыстық архивтің", "ORGANISATION", AR)
    g.qty("14", "cardinal", 14, unit="бөлімше")
    g.qty("1-і", "cardinal", 1, unit="бөлімше")
    g.ent("Петропавлда", "GPE", "Петропавл", after="Оның 1-і ")
    g.qty("13-і", "cardinal", 13, unit="бөлімше")
    g.tmp("Қазіргі уақытта", "relative", "PRESENT_REF")
    g.tmp("100 жылдық", "duration", "P100Y")
    g.optional("мемлекеттік архивте", "ORGANISATION", AR)
    g.qty("200-ге тарта", "cardinal", 200, unit="маман", approx="about")
    g.ev("celebration", "атап өтті", "past", None, None, None, cluster="c1", participants=["Петропавлдағы СҚО мемлекеттік архиві"])
    g.ev("celebration", "шарада", "past", None, None, None, cluster="c1")
    g.ev("award", "марапатталды", "past", None, None, None, cluster="c2", participants=["бірқатар архив қызметкері"])
    g.ev("award", "еленді", "past", None, None, None, cluster="c2")
    g.quote("Мерейтойға орай ұйымдастырылған шарада бірқатар архив қызметкері марапатталды", None, "деп хабарлайды", kind="indirect",
            speaker_entity="Qyzyljarnews.kz тілшісі")
    g.quote("Елімізбен бірге архив саласы да дамып келеді. Құжаттарымыз электрондық нұсқаға көшіріліп жатыр. Мұның барлығы «Мәдени мұра» және «Архив-2025» жобаларының аясында мүмкін болып отыр",
            "Сәуле Мәлікова", "дейді")
    g.person("Аманжол НҰРТАЗИН", [], [("Аманжол НҰРТАЗИН",)])
    g.person("Сәуле Мәлікова", ["СҚО мемлекеттік архивінің директоры"], [("Сәуле Мәлікова",)])
    g.announce(headline="СҚО мемлекеттік архивіне — 100 жыл", issuer=AR, outlet="Qyzyljarnews.kz", published=None, place=None,
               main_event="c1")
    return g.save()


def sko_health_twins():
    g = new("sko-health-twins-born", "2023-02-24",
            publisher="North Kazakhstan regional health department", publisher_kind="akimat",
            url="https://elordainfo.kz/ar-turli/14328-sko-da-on-kunde-5-egiz-duniege-keldi", published="2023-02-24",
            outlet="elordainfo.kz", text_kind="release")
    g.note("elordainfo.kz relaying the North Kazakhstan regional health department's press service. reference_date = the page date ('24 ақпан, 2023'). Page chrome dropped: the date line, the site name line 'Елорда ақпарат', the photo credit 'ашық дереккөз', 'Ұқсас жаңалықтар' and the list after it.")
    g.note("Entities: 'СҚО-да' GPE; 'Облыстық денсаулық сақтау басқармасы баспасөз қызметінің' (no proper name) optional ORGANISATION normalized with the region; 'басқарманың баспасөз хатшысы' POSITION normalized with the region; the unnamed 'перинаталдық орталықта' nothing. Quantities: counts of twins/triplets/babies with their nouns as units ('5 егіз', '68 егіз', '1 үшем', 'бір үшем', '143 сәби'); 'соның оны' = cardinal 10 (ten of the 143); 'бесінші егіз' ordinal. Temporals: 'он күнде' duration P10D; '4 қаңтардан бастап' open range 2023-01-04/; 'бүгін' 2023-02-24; '2020 жылы' 2020; 'былтыр' 2022; 'Жыл басынан бері' range 2023-01-01/2023-02-24.")
    g.note("Events: c1 = today's twin birth at the perinatal centre (other, a single concrete occurrence): 'бесінші егіз дүниеге келіп отыр' (past) and 'бүгін ... егіз бала дүниеге келді' (past). The headline's '5 егіз дүниеге келді' and the yearly counts are aggregates over a period, not events (older corpus convention). Quotes: 'баспасөз қызметінің мәліметінше, CLAUSE' (indirect, the press service); the paragraph closed by '– дейді ... Гүлнар Қалиева' (direct, it opens its line). main_event c1.")
    PS = "Солтүстік Қазақстан облыстық денсаулық сақтау басқармасының баспасөз қызметі"
    POS = "Солтүстік Қазақстан облыстық денсаулық сақтау басқармасының баспасөз хатшысы"
    g.ent("СҚО-да", "GPE", "СҚО")
    g.tmp("он күнде", "duration", "P10D")
    g.qty("5", "cardinal", 5, unit="егіз")
    g.tmp("4 қаңтардан бастап", "range", "2023-01-04/")
    g.qty("бесінші", "ordinal", 5, unit="егіз")
    g.optional("Облыстық денсаулық сақтау басқармасы баспасөз қызметінің", "ORGANISATION", PS)
    g.tmp("бүгін", "relative", "2023-02-24")
    g.tmp("2020 жылы", "date", "2020")
    g.qty("68", "cardinal", 68, unit="егіз")
    g.qty("1", "cardinal", 1, unit="үшем", after="68 егіз, ")
    g.tmp("былтыр", "relative", "2022")
    g.qty("58", "cardinal", 58, unit="егіз")
    g.qty("бір", "cardinal", 1, unit="үшем", after="58 егіз және ")
    g.tmp("Жыл басынан бері", "range", "2023-01-01/2023-02-24")
    g.qty("143", "cardinal", 143, unit="сәби")
    g.qty("оны", "cardinal", 10, unit="сәби", after=" оны – егіздер")
    g.ent("басқарманың баспасөз хатшысы", "POSITION", POS)
    g.ent("Гүлнар Қалиева", "PERSON")
    g.ev("other", "дүниеге келіп", "past", None, None, None, cluster="c1")
    g.ev("other", "дүниеге келді", "past", "бүгін", "перинаталдық орталықта", None, n=2, cluster="c1")
    g.quote("бүгін перинаталдық орталықта егіз бала дүниеге келді", None, "мәліметінше", kind="indirect", speaker_entity=PS)
    g.quote("Бала туу көрсеткіші төмен өңірлердің бірі саналатын біздің облыс үшін бұл – қуанышты жағдай. Демографиямыз жақсаруда. 2020 жылы өмірге 68 егіз, 1 үшем келген болатын. Ал былтыр 58 егіз және бір үшем туды. Жыл басынан бері 143 сәби дүние есігін ашса, соның оны – егіздер. Аналардың да, балаларының да жағдайлары жақсы",
            "Гүлнар Қалиева", "дейді")
    g.person("Гүлнар Қалиева", [POS], [("Гүлнар Қалиева",)])
    g.announce(headline="СҚО-да он күнде 5 егіз дүниеге келді", issuer="Солтүстік Қазақстан облыстық денсаулық сақтау басқармасы",
               outlet="elordainfo.kz", published="2023-02-24", place=None, main_event="c1")
    return g.save()


DOCS = [energy_ministry_statement, ulytau_theatre_fire, shortandy_report_meeting, talas_job_fair,
        saraishyk_prosecutors_club, sko_education_awards, abai_court_briefing, burabay_bala_bi_contest,
        sko_police_reception, pavlodar_antiterror_exercise, mangystau_crash_families_aid,
        sko_archive_100_years, sko_health_twins]


if __name__ == "__main__":
    build(DOCS, sys.argv[1:])
