"""Build the *.gold.json files of the non-government releases (wave 3) of corpora/releases.

Schema 1.1 gold written blind from the text (GUIDELINES.md): every span is given as its
exact text (+ occurrence / after= anchor) and resolved by goldlib, which asserts it.
Run: cd corpora/releases/tools && python3 build_gold_org.py
Sources and metadata of each document: ../sources_org.tsv.
"""
from goldlib import Gold

COMMON_NOTES = [
    "Offsets: Python code-point offsets, half-open, into the exact UTF-8 .txt content; computed by anchor search (tools/goldlib.py) and asserted.",
    "Schema 1.1 gold per GUIDELINES.md, written blind from the text. Events: one entry per mention (re-mentions such as 'шара', 'іс-шара', 'жиын', '... барысында' included), mentions of one happening share a cluster id; when/where are the time/place texts as written in that mention's clause (null when the clause has none).",
    "Wave-3 conventions (non-government releases): (1) '..., деп хабарлайды X' / 'Бұл туралы X хабарлады' is an indirect quote with speaker_entity X when X is a source other than the news outlet that wrote the item (a press service, a body, another outlet); the outlet's self-attribution ('деп хабарлайды Kazinform тілшісі' on Kazinform) is not a quote. (2) Academic titles and occupations in apposition ('профессор', 'режиссер') are POSITION; academic degrees ('... ғылымдарының докторы') and honorary titles ('Қазақстанның еңбек сіңірген қайраткері') are not flat entities (honorary titles listed as optional POSITION). (3) Social networks / messengers (Instagram, Facebook, Telegram) are PRODUCT. (4) Named prizes and orders (inside the quotes: «Үркер» сыйлығы -> 'Үркер') are MISCELLANEOUS. (5) Libraries, philharmonics and culture centres get publisher_kind 'culture'. (6) For a news agency's own reporting the announcement issuer and outlet are both the agency and meta.outlet is null. (7) Negated happenings ('өтпей қалды') are not event mentions.",
]


def new(doc_id, ref, **meta):
    g = Gold(doc_id, ref, **meta)
    for s in COMMON_NOTES:
        g.note(s)
    return g


def zhetysu_conference():
    g = new("zhetysu-university-international-conference", None,
            publisher="Egemen Qazaqstan", publisher_kind="news_agency",
            url="https://egemen.kz/article/107507-serpilis-tudyrghan-khalyqaralyq-dgiyn")
    g.note("Egemen Qazaqstan's own report (a correspondent's article) about the Zhetysu State University conference in Taldykorgan. The stored copy has no headline and no date (headline 'Серпіліс тудырған халықаралық жиын' only in the page address, not in the text): reference_date null. The last, truncated sentence of the stored copy was dropped.")
    g.note("'«Бұлақ көрсең көзін аш»' = ADAGE (inside the quotes). The conference theme «Заманауи сын-тегеуріндер ... әлеуеті» followed by 'тақырыбында ... конференция' = EVENT (title inside the quotes), 'Қазақстандағы' nested GPE. 'жетісулық' = NORP. 'география ғылымдарының докторы' (degree) not annotated; 'профессор' = POSITION.")
    g.note("Events: the conference is mentioned four times (c1): 'конференция өткізді' (where Талдықорғанда), 'конференция өз жұмысын бастады' (title), 'конференцияның мақсаты' (re-mention in the rector's speech), 'Конференция жұмысына ... қатысты' (amount 250). The plenary session ('Пленарлық мәжілісті ... ашып') is its own happening (c2, session). 'тәжірибе алмасты' is not an event.")
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
    P = "І.Жансүгіров атындағы Жетісу мемлекеттік университетінің ректоры"
    g.ent(P, "POSITION")
    g.nested("І.Жансүгіров атындағы Жетісу мемлекеттік университетінің", "ORGANISATION", "І.Жансүгіров атындағы Жетісу мемлекеттік университеті")
    g.nested("І.Жансүгіров", "PERSON", "Ілияс Жансүгіров")
    g.ent("профессор", "POSITION")
    g.ent("Қуат Баймырзаев", "PERSON")
    g.qty("250", "cardinal", 250, unit="адам")
    g.ev("conference", "конференция", "past", where="Талдықорғанда", cluster="c1", n=1,
         participants=["жетісулық ғалымдар"])
    g.ev("conference", "конференция", "past", title=T, cluster="c1", n=1, after="тақырыбында")
    g.ev("session", "мәжілісті", "past", cluster="c2", participants=["Қуат Баймырзаев"])
    g.ev("conference", "конференцияның", "past", cluster="c1")
    g.ev("conference", "Конференция", "past", cluster="c1", amounts=["250"])
    g.person("Қуат Баймырзаев", [P, "профессор"], [("Қуат Баймырзаев",)])
    g.announce(headline=None, issuer="Egemen Qazaqstan", outlet="Egemen Qazaqstan", published=None,
               place=None, main_event="c1")
    return g.save()


def auezov_status():
    g = new("auezov-theatre-national-status", None,
            publisher="M. Auezov Kazakh National Academic Drama Theatre (its Instagram post)", publisher_kind="theatre",
            url="https://turkystan.kz/article/131920-prezident-uezov-teatryna-ltty-m-rtebesin-berdi/amp",
            outlet="turkystan.kz (via Kazinform)")
    g.note("The theatre's own announcement (an Instagram post quoted in full) relayed by Kazinform and turkystan.kz; page chrome ('Жаңалықтар', the repeated headline, the photo caption 'ашық дереккөзі') dropped. Publication date not shown: reference_date null; 'бүгінгі' -> PRESENT_REF.")
    g.note("The theatre acting (receiving the status, congratulating) = ORGANISATION: 'Әуезов театрына', 'М.Әуезов атындағы Қазақ академиялық драма театрына', 'М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры' (new name), 'Әуезов театрының'; 'Әуезов'/'М.Әуезов' nested PERSON (Мұхтар Әуезов, world knowledge). 'Президент' (headline) = POSITION normalized to the full title. «Ұлттық» (the status word) is not an entity; 'Қазақ театрының' (Kazakh theatre as an art) is not a name. 'Instagram' = PRODUCT. '95 жылдық тарихы' = duration P95Y (an age).")
    g.note("Events: the conferral of the 'National' status by decree = award (c1): headline 'берді', 'берілді' (lead) and 'берілді' (inside the quote). Quotes: the «...» of the theatre's post (direct, speaker_entity the theatre, verb 'делінген'); the lead '... берілді, – деп хабарлайды Қазақпарат' (indirect, speaker_entity Қазақпарат; the page is turkystan.kz, so Kazinform is a cited source).")
    g.ent("Президент", "POSITION", "Қазақстан Республикасының Президенті")
    g.ent("Әуезов театрына", "ORGANISATION", "Әуезов театры", n=1)
    g.nested("Әуезов", "PERSON", "Мұхтар Әуезов", n=1)
    g.ent("М.Әуезов атындағы Қазақ академиялық драма театрына", "ORGANISATION", "М.Әуезов атындағы Қазақ академиялық драма театры")
    g.nested("М.Әуезов", "PERSON", "Мұхтар Әуезов", n=1)
    g.ent("Қазақпарат", "ORGANISATION")
    g.ent("Қазақстан Республикасының Президенті", "POSITION")
    g.nested("Қазақстан Республикасының", "GPE", "Қазақстан Республикасы")
    g.ent("Қасым-Жомарт Тоқаевтың", "PERSON", "Қасым-Жомарт Тоқаев")
    g.ent("Әуезов театрына", "ORGANISATION", "Әуезов театры", n=2)
    g.nested("Әуезов", "PERSON", "Мұхтар Әуезов", n=1, after="жарлығымен")
    g.ent("М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры", "ORGANISATION")
    g.nested("М.Әуезов", "PERSON", "Мұхтар Әуезов", n=2)
    g.ent("Әуезов театрының", "ORGANISATION", "Әуезов театры")
    g.nested("Әуезов", "PERSON", "Мұхтар Әуезов", after="шаңырағы – ")
    g.ent("Instagram", "PRODUCT")
    g.tmp("95 жылдық", "duration", "P95Y")
    g.tmp("бүгінгі", "relative", "PRESENT_REF")
    g.ev("award", "берді", "past", cluster="c1", participants=["Әуезов театрына"])
    g.ev("award", "берілді", "past", cluster="c1", n=1,
         participants=["М.Әуезов атындағы Қазақ академиялық драма театрына"])
    g.ev("award", "берілді", "past", cluster="c1", n=2,
         participants=["Қасым-Жомарт Тоқаевтың", "Әуезов театрына"])
    g.quote("Сүйінші хабар! Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаевтың арнайы жарлығымен Әуезов театрына «Ұлттық» мәртебесі берілді. Енді М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры атандық. Қазақ театрының қара шаңырағы – Әуезов театрының 95 жылдық тарихы бар. Театр өнерінің корифейлерінің ізі қалған өнер ұжымын бүгінгі жетістігімен шын жүректен құттықтаймыз!",
            None, "делінген", speaker_entity="М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры")
    g.quote("М.Әуезов атындағы Қазақ академиялық драма театрына «Ұлттық» мәртебесі берілді", None,
            "деп хабарлайды", kind="indirect", speaker_entity="Қазақпарат")
    g.person("Қасым-Жомарт Тоқаев", ["Қазақстан Республикасының Президенті"], [("Қасым-Жомарт Тоқаевтың",)])
    g.announce(headline="Президент Әуезов театрына «Ұлттық» мәртебесін берді",
               issuer="М.Әуезов атындағы Қазақ Ұлттық академиялық драма театры", outlet="Қазақпарат",
               published=None, place=None, main_event="c1")
    return g.save()


def auezov_premieres():
    g = new("auezov-theatre-premiere-week", None,
            publisher="M. Auezov Kazakh National Drama Theatre (site, reposting Ana tili)", publisher_kind="theatre",
            url="https://auezov-theatre.kz/kz/article/6", outlet="Ana tili (anatili.kazgazeta.kz)")
    g.note("An Ana tili newspaper item reposted on the theatre's own site (source link line dropped). Date not shown: reference_date null; 'былтыр' -> PAST_REF. 'бүгінгі күннің өзектілігімен' (topical, 'of today') is generic and not a temporal.")
    g.note("'Ұлттық театрда' (the national theatre, as venue) = optional FACILITY (descriptive short name); 'М.Әуезов атындағы Қазақ ұлттық драма театрының' = ORGANISATION (its repertoire); 'театрдың директоры' = POSITION normalized with the theatre's name; 'Қазақстанның еңбек сіңірген қайраткері' = honorary title, optional only. 'БАҚ-қа' (media, generic) and 'Пандемияның' not annotated.")
    g.note("Events: the premiere week ('премьералар апталығы өтті', festival, c1); the press conference ('баспасөз мәслихатында', c2); the premieres of five productions to be offered ('премьерасы ұсынылатынын', performance, future, c3, inside the director's reported speech). The presentation that did not take place ('таныстырылымы өтпей қалғанын') is negated: not annotated. Quote: the director's reported speech '... ұсынылатынын жеткізді' = indirect, speaker Еркін Жуасбек.")
    g.qty("БЕС", "cardinal", 5, unit="қойылым")
    g.optional("Ұлттық театрда", "FACILITY", "Ұлттық театр")
    g.ent("М.Әуезов атындағы Қазақ ұлттық драма театрының", "ORGANISATION", "М.Әуезов атындағы Қазақ ұлттық драма театры")
    g.nested("М.Әуезов", "PERSON", "Мұхтар Әуезов")
    g.ent("театрдың директоры", "POSITION", "М.Әуезов атындағы Қазақ ұлттық драма театрының директоры")
    g.optional("Қазақстанның еңбек сіңірген қайраткері", "POSITION")
    g.ent("Еркін Жуасбек", "PERSON")
    g.tmp("былтыр", "relative", "PAST_REF")
    g.qty("бес", "cardinal", 5, unit="қойылым")
    g.ev("festival", "апталығы", "past", where="Ұлттық театрда", cluster="c1")
    g.ev("press_conference", "баспасөз мәслихатында", "past", cluster="c2", participants=["Еркін Жуасбек"])
    g.ev("performance", "премьерасы", "future", cluster="c3", amounts=["бес"])
    g.quote("Пандемияның салдарынан былтыр жаңа қойылымның таныстырылымы өтпей қалғанын, соның бәрін жинап-теріп, көрерменге бес қойылымның премьерасы ұсынылатынын",
            "Еркін Жуасбек", "жеткізді", kind="indirect")
    g.person("Еркін Жуасбек", ["М.Әуезов атындағы Қазақ ұлттық драма театрының директоры"], [("Еркін Жуасбек",)])
    g.announce(headline="ТЕАТР: БЕРЕРІ БАР БЕС ҚОЙЫЛЫМ", issuer="М.Әуезов атындағы Қазақ ұлттық драма театры",
               outlet="Ана тілі", published=None, place=None, main_event="c1")
    return g.save()


def kazinform_urker():
    g = new("kazinform-urker-special-prize", None,
            publisher="Kazinform (ҚазАқпарат)", publisher_kind="news_agency",
            url="https://www.inform.kz/kz/kazakparattyn-100-zhyldygy-syylygyn-mongoliyadagy-kazaktildi-portal-men-tass-agenttigi-zhenip-aldy_a3718394")
    g.note("Kazinform's own report. Date not shown in the stored copy (the «Үркер-2020» ceremony, about late 2020): reference_date null. The stored copy's 'None None' photo lines dropped; the last paragraph (a quote cut off mid-sentence) dropped.")
    g.note("'ҚазАқпарат' in quotes or bare = ORGANISATION (inside the quotes; 'ХАА', 'АҚ', 'халықаралық ақпарат агенттігі' after the quotes are descriptors). 'ҚазАқпарат тілшісі' = POSITION (nested ORG). '«ҚазАқпарат» АҚ Басқарма төрағасы' = one POSITION starting at the opening guillemet (the name is the first part of the post). 'ТАСС' = ORGANISATION; 'Кaznews.mn' (as written, first letter Cyrillic) = ORGANISATION. «Үркер», 'Үркер мүсіншесі', «Үркер-2020» = MISCELLANEOUS (prize; the '2020' inside the name is not a temporal). 'қазақтілді', 'ресейлік' (adjectives) not annotated.")
    g.note("Temporals: '100 жылдығы'/'100 жылдығына' (anniversary) and '100 жыл бойы' -> duration P100Y; 'Бір ғасырлық' -> duration P100Y. 'тәуелсіздік алған кезінен', 'Сол кезде' not annotated (event-anchored / anaphoric). 'Екіге' (split in two) = cardinal 2.")
    g.note("Events: the special prize award (c1, award): headline 'жеңіп алды', 'сыйлық табыс етілді', 'Марапат ... берілді', 'Сыйлықты ... алды'. The «Үркер-2020» award ceremony where the chairman spoke ('марапаттау кешінде', ceremony, c2). Decisions inside the quote ('беретін болдық', 'беруді ұйғардық') are not mentions. Quotes: the chairman's «...» (direct). The lead's 'деп хабарлайды ҚазАқпарат тілшісі' is the agency's self-attribution: not a quote.")
    g.ent("ҚазАқпараттың", "ORGANISATION", "ҚазАқпарат")
    g.tmp("100 жылдығы", "duration", "P100Y")
    g.ent("Моңғолиядағы", "GPE", "Моңғолия", n=1)
    g.ent("ТАСС", "ORGANISATION", n=1)
    g.ent("НҰР-СҰЛТАН", "GPE", "Нұр-Сұлтан")
    g.ent("ҚазАқпарат", "ORGANISATION", n=1, after="НҰР-СҰЛТАН")
    g.ent("Ақпарат және қоғамдық даму министрлігі", "ORGANISATION")
    g.ent("Үркер", "MISCELLANEOUS", n=1)
    g.ent("ҚазАқпарат", "ORGANISATION", n=2, after="НҰР-СҰЛТАН")
    g.tmp("100 жылдығына", "duration", "P100Y")
    g.ent("ҚазАқпарат тілшісі", "POSITION")
    g.nested("ҚазАқпарат", "ORGANISATION", n=3, after="НҰР-СҰЛТАН")
    g.ent("ТАСС", "ORGANISATION", n=2)
    g.ent("Моңғолиядағы", "GPE", "Моңғолия", n=2)
    g.ent("Кaznews.mn", "ORGANISATION")
    g.tmp("Бір ғасырлық", "duration", "P100Y")
    g.ent("ҚазАқпарат", "ORGANISATION", after="Бір ғасырлық")
    g.qty("Екіге", "cardinal", 2)
    g.ent("Үркер", "MISCELLANEOUS", after="Сондықтан,")
    g.tmp("100 жыл бойы", "duration", "P100Y")
    g.ent("ТАСС", "ORGANISATION", n=1, after="100 жыл бойы")
    g.ent("«ҚазАқпарат» АҚ Басқарма төрағасы", "POSITION")
    g.nested("ҚазАқпарат", "ORGANISATION", after="- деді «")
    g.ent("Асқар Умаров", "PERSON")
    g.ent("Үркер-2020", "MISCELLANEOUS")
    g.ent("ТАСС агенттігінің Қазақстандағы өкілі", "POSITION")
    g.nested("ТАСС", "ORGANISATION", after="Сыйлықты")
    g.nested("Қазақстандағы", "GPE", "Қазақстан")
    g.ent("Дмитрий Караман", "PERSON")
    g.ev("award", "жеңіп алды", "past", cluster="c1", participants=["ТАСС", "Кaznews.mn"])
    g.ev("award", "табыс етілді", "past", cluster="c1")
    g.ev("award", "Марапат", "past", cluster="c1", participants=["ТАСС", "Кaznews.mn"])
    g.ev("ceremony", "марапаттау кешінде", "past", cluster="c2", title="Үркер-2020")
    g.ev("award", "алды", "past", cluster="c1", after="Сыйлықты", participants=["Дмитрий Караман"])
    g.quote("Бір ғасырлық тарихы бар «ҚазАқпарат» халықаралық ақпарат агенттігінің негізгі дамуы біздің еліміздің тәуелсіздік алған кезінен басталды. Сол кезде біз халықаралық ақпарат агенттігі атандық. Сонымен, осы арнайы жүлдені біз өзіміздің шетелдік әріптестерге беретін болдық. Екіге бөлетін болдық. Сондықтан, Үркер мүсіншесі мен сертификатты 100 жыл бойы әріптес болған ресейлік ТАСС ақпарат агенттігіне беруді ұйғардық",
            "Асқар Умаров", "деді")
    g.person("Асқар Умаров", ["«ҚазАқпарат» АҚ Басқарма төрағасы"], [("Асқар Умаров",)])
    g.person("Дмитрий Караман", ["ТАСС агенттігінің Қазақстандағы өкілі"], [("Дмитрий Караман",)])
    g.announce(headline="«ҚазАқпараттың» 100 жылдығы сыйлығын Моңғолиядағы қазақтілді портал мен ТАСС агенттігі жеңіп алды",
               issuer="ҚазАқпарат", outlet="ҚазАқпарат", published=None, place="Нұр-Сұлтан", main_event="c1")
    return g.save()


def kazakhtelecom_rural():
    g = new("kazakhtelecom-rural-internet", None,
            publisher="Kazakhtelecom JSC (CFO at a briefing)", publisher_kind="company",
            url="https://kaz.inform.kz/amp/biyl-kazaktelekom-400-den-astam-auylga-internet-tartady_a3552161/",
            outlet="Kazinform")
    g.note("Kazinform report of a Kazakhtelecom briefing (the company's CFO speaking). Date not shown (Nur-Sultan dateline, about 2019): reference_date null; 'Биыл' -> XXXX, 'Өткен жылы' -> PAST_REF, 'келесі жылдыңаяғына дейін' -> FUTURE_REF, 'Алдағы екі жылда' -> duration P2Y. The photo line ('Фото: None') and the last, truncated paragraph of the stored copy were dropped. Source glueings kept as written ('Өзбеков«Қазақтелеком»', 'желілерінсалу', 'мыңшақырымнан', 'ЦифрлықҚазақстан').")
    g.note("'«Қазақтелеком» акционерлік қоғамының бас қаржы директоры' = one POSITION from the opening guillemet (nested ORG 'Қазақтелеком'). «Ауылдық жерлерде ... желілерінсалу» атты жоба and «ЦифрлықҚазақстан» бағдарламасы = PROJECT (inside the quotes). 'ҚР Ақпарат және коммуникациялар министрлігімен' = ORGANISATION. '15 мыңшақырымнан астам' = quantity 15000 (unit шақырым) more_than.")
    g.note("The third paragraph is a direct quote whose opening guillemet is merged with that of «ЦифрлықҚазақстан»: the quote span starts inside it ('ЦифрлықҚазақстан» бағдарламасы ... болатын'). The reports '... жеткізеді. Бұл туралы ... айтты', '... жатқанын айтады', '... салынатынын айтты' are indirect quotes of Асхат Өзбеков.")
    g.note("Events: the briefing (c1, where the statements were made; main_event, as the lead reports it) and the signing of the public-private partnership agreement last year ('шарты жасалған болатын', signing, c2). Connecting villages is planned work, not an event.")
    g.tmp("Биыл", "relative", "XXXX")
    g.ent("Қазақтелеком", "ORGANISATION", n=1)
    g.qty("400-ден астам", "cardinal", 400, unit="ауыл", approx="more_than")
    g.ent("НҰР-СҰЛТАН", "GPE", "Нұр-Сұлтан")
    g.ent("ҚазАқпарат", "ORGANISATION")
    g.tmp("Алдағы екі жылда", "duration", "P2Y")
    g.qty("2,5 млн", "cardinal", 2500000, unit="тұрғын")
    P = "«Қазақтелеком» акционерлік қоғамының бас қаржы директоры"
    g.ent(P, "POSITION")
    g.nested("Қазақтелеком", "ORGANISATION", n=2)
    g.ent("Асхат Өзбеков", "PERSON", n=1)
    g.ent("Асхат Өзбеков", "PERSON", n=2)
    g.ent("Қазақтелеком", "ORGANISATION", n=3)
    g.ent("Ауылдық жерлерде талшықты-оптикалық байланыс желілерінсалу", "PROJECT")
    g.tmp("келесі жылдыңаяғына дейін", "relative", "FUTURE_REF")
    g.qty("800-ден астам", "cardinal", 800, unit="ауыл", approx="more_than")
    g.ent("ЦифрлықҚазақстан", "PROJECT")
    g.tmp("Өткен жылы", "relative", "PAST_REF")
    g.ent("ҚР Ақпарат және коммуникациялар министрлігімен", "ORGANISATION", "ҚР Ақпарат және коммуникациялар министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("Асхат Өзбеков", "PERSON", n=3)
    g.qty("15 мыңшақырымнан астам", "quantity", 15000, unit="шақырым", approx="more_than")
    g.ev("briefing", "брифингте", "past", cluster="c1", participants=["Асхат Өзбеков", "БАҚ өкілдерімен"])
    g.ev("signing", "жасалған", "past", when="Өткен жылы", cluster="c2",
         participants=["ҚР Ақпарат және коммуникациялар министрлігімен"])
    g.quote("Алдағы екі жылда 2,5 млн ауыл тұрғыны интернет игілігіне қол жеткізеді", "Асхат Өзбеков", "айтты",
            kind="indirect")
    g.quote("«Қазақтелеком» тарапынан «Ауылдық жерлерде талшықты-оптикалық байланыс желілерінсалу» атты жоба дайындалып жатқанын",
            "Асхат Өзбеков", "айтады", kind="indirect")
    g.quote("ЦифрлықҚазақстан» бағдарламасы аясында ауылдық елді мекендерде оптикалық-талшықтыбайланыс желісін салу жобасы біздің компания үшін стратегиялық мақсаттың бірісаналады. Өткен жылы ҚР Ақпарат және коммуникациялар министрлігімен осымақсатта мемлекеттік-жекешелік әріптестікшарты жасалған болатын",
            "Асхат Өзбеков", "деген")
    g.quote("осы жоба аясында 15 мыңшақырымнан астам оптикалық-талшықты магистраль салынатынын", "Асхат Өзбеков",
            "айтты", kind="indirect")
    g.person("Асхат Өзбеков", [P], [("Асхат Өзбеков", 1), ("Асхат Өзбеков", 2), ("Асхат Өзбеков", 3)])
    g.announce(headline="Биыл «Қазақтелеком» 400-ден астам ауылға интернет тартады", issuer="«Қазақтелеком» АҚ",
               outlet="ҚазАқпарат", published=None, place="Нұр-Сұлтан", main_event="c1")
    return g.save()


def kazakhtelecom_tariffs():
    g = new("kazakhtelecom-intercity-tariffs", None,
            publisher="Kazakhtelecom JSC (head of public relations)", publisher_kind="company",
            url="https://azh.kz/kz/news/view/3856", outlet="azh.kz (Ақ Жайық)")
    g.note("Item of the Atyrau newspaper «Ақ Жайық» reporting Kazakhtelecom's tariff change (the company's PR head quoted). Page chrome (city/date/weather/exchange-rate line, '1 472 просмотра') dropped; the stored copy stops mid-sentence, the text ends at the last complete sentence. Publication date not shown (page chrome '26 сәуір' is the site's current date, not the article's): reference_date null; '1 қазаннан бастап' -> XXXX-10-01.")
    g.note("'«Қазақтелеком» АҚ-ның жұртшылықпен байланыс жөніндегі қызметінің жетекшісі' = one POSITION from the guillemet (nested ORG 'Қазақтелеком'); 'Юлия ИСКАКОВАНЫҢ' = PERSON normalized 'Юлия Искакова'. Zone labels '1-аймақ', '2-аймақ' are identifiers, not quantities. Money: '5,5 теңге', '7,7 теңге' (per minute); '10 пайыз' percent; '5 түрлі' cardinal (unit тариф).")
    g.note("Events: none (a tariff change; 'көшуге мүмкіндік береді' is not a happening of the event classes). Quotes: 'Байланыс қызметкерлері ... алынады деп уәде беруде' (indirect, speaker_entity the telecom staff) and 'Юлия ИСКАКОВАНЫҢ айтуынша, ...' (indirect).")
    g.tmp("1 қазаннан бастап", "date", "XXXX-10-01")
    g.qty("5 түрлі", "cardinal", 5, unit="тариф")
    g.qty("5,5 теңге", "money", 5.5, unit="KZT")
    g.qty("7,7 теңге", "money", 7.7, unit="KZT")
    P = "«Қазақтелеком» АҚ-ның жұртшылықпен байланыс жөніндегі қызметінің жетекшісі"
    g.ent(P, "POSITION")
    g.nested("Қазақтелеком", "ORGANISATION")
    g.ent("Юлия ИСКАКОВАНЫҢ", "PERSON", "Юлия Искакова")
    g.qty("10 пайыз", "percent", 10)
    g.quote("1 қазаннан бастап қалааралық байланыс үшін аз төлемақы алынады", None, "деп уәде беруде",
            kind="indirect", speaker_entity="Байланыс қызметкерлері")
    g.quote("тұтынушылардың барлық тобы бойынша сөйлесу төлемақысының төмендеуі 10 пайыз құрайды", "Юлия Искакова",
            "айтуынша", kind="indirect")
    g.person("Юлия Искакова", [P], [("Юлия ИСКАКОВАНЫҢ",)])
    g.announce(headline="Қала арасына - интернетпен", issuer="«Қазақтелеком» АҚ", outlet="Ақ Жайық",
               published=None, place=None, main_event=None)
    return g.save()


def air_astana_middle_east():
    g = new("air-astana-middle-east-resumption", "2025-06-24",
            publisher="Air Astana (its Telegram channel)", publisher_kind="company",
            url="https://kztynisi.com/kh-b-rl-m-l-r/item/2068-aza-standy-ue-kompaniya-tayau-shy-ys-a-reysterd-anday-zha-dayda-zhandandyratynyn-aytty",
            published="2025-06-24", outlet="kztynisi.com (via Zakon.kz)")
    g.note("Air Astana's Telegram announcement relayed by kztynisi.com from Zakon.kz. No headline in the stored copy. reference_date = 2025-06-24 from the text itself ('бүгін, 2025 жылғы 24 маусымда'); the page date is not shown.")
    g.note("'Таяу Шығыс' = LOCATION; 'Air Astana' = ORGANISATION; 'Telegram' (in 'Telegram-каналында') = PRODUCT; 'Zakon.kz' = ORGANISATION (a cited outlet, not the page's own site). 'бүгін' -> 2025-06-24; '2025 жылғы 25 маусымнан бастап' -> date 2025-06-25 (span with 'бастап').")
    g.note("Events: none of the event classes (flight restrictions and a conditional plan to resume flights; the ceasefire clause is a condition, not an asserted happening). Quotes: '..., деп хабарлайды Zakon.kz' (indirect, Zakon.kz), '... мәліметке сәйкес, Air Astana ... жоспарлап отыр' (indirect, Air Astana), '... мүмкін екені айтылған' (indirect), and the \"...\" of the company's message (direct, verb 'делінген').")
    g.ent("Таяу Шығыстағы", "LOCATION", "Таяу Шығыс")
    g.tmp("бүгін", "relative", "2025-06-24")
    g.tmp("2025 жылғы 24 маусымда", "date", "2025-06-24")
    g.ent("Air Astana", "ORGANISATION", n=1)
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("Telegram", "PRODUCT")
    g.ent("Air Astana", "ORGANISATION", n=2)
    g.tmp("2025 жылғы 25 маусымнан бастап", "date", "2025-06-25")
    g.ent("Таяу Шығысқа", "LOCATION", "Таяу Шығыс")
    g.ent("Алматыдан", "GPE", "Алматы")
    g.ent("Дубай", "GPE")
    g.ent("Дохаға", "GPE", "Доха")
    g.quote("Алайда бүгін, 2025 жылғы 24 маусымда, Air Astana әуе компаниясы ұшуларды қайта бастауға қатысты шартты жариялады",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Zakon.kz")
    g.quote("Air Astana 2025 жылғы 25 маусымнан бастап ресми түрде оқ ату тоқтатылса, Таяу Шығысқа рейстерді қайта жандандыруды жоспарлап отыр",
            None, "мәліметке сәйкес", kind="indirect", speaker_entity="Air Astana")
    g.quote("Алматыдан Дубай мен Дохаға ұшатын рейстердің жағдайды бағалау мақсатында кешігіп ұшуы мүмкін", None,
            "екені айтылған", kind="indirect", speaker_entity="Air Astana")
    g.quote("Жолаушылардан рейстердің мәртебесін компанияның ресми сайтынан бақылап отыруды сұраймыз", None,
            "делінген", speaker_entity="Air Astana")
    g.announce(headline=None, issuer="Air Astana", outlet="Zakon.kz", published="2025-06-24", place=None,
               main_event=None)
    return g.save()


def air_astana_ukraine():
    g = new("air-astana-ukraine-airspace", None,
            publisher="Air Astana press service (Facebook page)", publisher_kind="company",
            url="https://sn.kz/sn-akparat-agyny/612-ejr-astana-kompaniyasy-kiev-ar-yly-shularyn-to-tatty",
            outlet="sn.kz (via Skifnews.kz)")
    g.note("Air Astana press service's Facebook statement relayed by sn.kz from Skifnews.kz (July 2014, after the MH17 crash). Exchange-rate line, reaction buttons and 'Серіктес жаңалықтары' dropped. Date not shown: reference_date null; '17 шілде күні' -> XXXX-07-17.")
    g.note("'Эйр Астана' (with or without guillemets) = ORGANISATION; '«Эйр Астана» әуе компаниясының баспасөз қызметі' = one ORGANISATION from the guillemet (nested 'Эйр Астана'); 'компанияның баспасөз қызметіне' (unnamed) optional ORGANISATION. The route 'Атырау-Амстердам-Атырау' gives three GPEs (hyphens separate the names). 'Facebook.com', 'Boeing' = PRODUCT; 'Malaysia Airlines' = ORGANISATION; 'Донецк облысында' -> GPE 'Донецк'; 'қазақстандықтар' = NORP.")
    g.note("The quoted statement's opening guillemet is merged with that of «Эйр Астана»: the direct quote span starts inside it ('Эйр Астана» компаниясының ... өзгертіледі'). Indirect quotes: '... тоқтатты, деп хабарлайды Skifnews.kz' (Skifnews.kz is a cited outlet on sn.kz), the press service's '... ұшпайтындығын хабарлады', and 'Нұржан Айтмахановтың айтуынша, ...'.")
    g.note("Events: the Malaysia Airlines crash (incident, c1): 'апатқа ұшырады' and 'апатқа ұшыраған' (re-mention). Stopping flights over Ukraine is a business decision, not an event of the classes.")
    g.ent("Эйр Астана", "ORGANISATION", n=1)
    g.ent("Киев", "GPE")
    g.ent("Эйр Астана", "ORGANISATION", n=2)
    g.ent("Киевке", "GPE", "Киев")
    g.ent("Skifnews.kz", "ORGANISATION")
    g.optional("компанияның баспасөз қызметіне", "ORGANISATION", "«Эйр Астана» әуе компаниясының баспасөз қызметі")
    g.ent("Украинаға", "GPE", "Украина")
    S = "«Эйр Астана» әуе компаниясының баспасөз қызметі"
    g.ent(S, "ORGANISATION")
    g.nested("Эйр Астана", "ORGANISATION", n=3)
    g.ent("Facebook.com", "PRODUCT")
    g.ent("Эйр Астана", "ORGANISATION", n=4)
    g.ent("Украина", "GPE", n=1, after="ұшақтары")
    g.ent("Эйр Астана", "ORGANISATION", n=5)
    g.ent("Лондонға", "GPE", "Лондон")
    g.ent("Франкфурт", "GPE")
    g.ent("Анталияға", "GPE", "Анталия")
    g.ent("Украина", "GPE", n=1, after="Анталияға")
    g.ent("Атырау", "GPE", n=1)
    g.ent("Амстердам", "GPE")
    g.ent("Атырау", "GPE", n=2)
    g.qty("283", "cardinal", 283, unit="жолаушы")
    g.qty("15", "cardinal", 15, unit="экипаж мүшесі")
    g.ent("Malaysia Airlines", "ORGANISATION")
    g.tmp("17 шілде күні", "date", "XXXX-07-17")
    g.ent("Украинаның", "GPE", "Украина")
    g.ent("Донецк", "GPE")
    P = "Қазақстанның Сыртқы істер министрлігінің баспасөз хатшысы"
    g.ent(P, "POSITION")
    g.nested("Қазақстанның Сыртқы істер министрлігінің", "ORGANISATION", "Қазақстанның Сыртқы істер министрлігі")
    g.nested("Қазақстанның", "GPE", "Қазақстан")
    g.ent("Нұржан Айтмахановтың", "PERSON", "Нұржан Айтмаханов")
    g.ent("Boeing", "PRODUCT")
    g.ent("қазақстандықтар", "NORP", "қазақстандық")
    g.ev("incident", "апатқа ұшырады", "past", when="17 шілде күні", where="Украинаның Донецк облысында",
         cluster="c1", participants=["Malaysia Airlines"], amounts=["283", "15"])
    g.ev("incident", "апатқа ұшыраған", "past", cluster="c1")
    g.quote("Эйр Астана компаниясы Киевке ұшуларды белгісіз уақытқа дейін тоқтатты", None, "деп хабарлайды",
            kind="indirect", speaker_entity="Skifnews.kz")
    g.quote("«Эйр Астана» ұшақтары Украина аумағы арқылы ұшпайтындығын", None, "хабарлады", kind="indirect",
            speaker_entity=S)
    g.quote("Эйр Астана» компаниясының Лондонға, Франкфурт пен Анталияға және кері қарай ұшатын бағыттары Украина аумағынан өтпейді. Ал Атырау-Амстердам-Атырау рейсінің ұшу бағыты өзгертіледі",
            None, "делінген", speaker_entity=S)
    g.quote("апатқа ұшыраған Boeing ұшағының бортында қазақстандықтар болмаған", "Нұржан Айтмаханов", "айтуынша",
            kind="indirect")
    g.person("Нұржан Айтмаханов", [P], [("Нұржан Айтмахановтың",)])
    g.announce(headline="«Эйр Астана» компаниясы Киев арқылы ұшуларын тоқтатты", issuer=S, outlet="Skifnews.kz",
               published=None, place=None, main_event=None)
    return g.save()


def ktz_refund():
    g = new("ktz-late-passenger-refund", "2026-02-27",
            publisher="Passenger Transportation JSC (Жолаушылар тасымалы, KTZ group), KTZ Telegram channel",
            publisher_kind="company", published="2026-02-27", outlet="Zakon.kz",
            url="https://kaz.zakon.kz/kogam-tynysy/6077362-poyyza-keshgp-alsayz-da-bilet-ashasyn-aytarua-bolady--ne-steu-kerek.html")
    g.note("Zakon.kz item relaying the KTZ passenger carrier's Telegram guidance. reference_date = the page date (2026-02-27). Photo caption dropped; the last sentence of the stored copy (cut off) dropped.")
    g.note("'Жолаушылар тасымалы' = ORGANISATION (inside the quotes, 'АҚ' outside); 'ҚТЖ' = ORGANISATION normalized 'Қазақстан темір жолы'; 'Telegram' = PRODUCT; the rules title in quotes = LAW. 'Zakon.kz' is the page's own outlet: its 'деп хабарлайды Zakon.kz' is self-attribution, not a quote; it is still an ORGANISATION mention. 'Бірінші' (first step) = ordinal 1; 'бір сағат ішінде' = duration PT1H; 'уақыт сайын' (generic) not annotated.")
    g.note("Events: none (a published guide). Quotes: '... не істеу керегін еске салды' (indirect, the carrier) and the guide quoted after the colon (direct, speaker_entity ҚТЖ, verb 'жарияланды').")
    g.ent("Жолаушылар тасымалы", "ORGANISATION", n=1)
    g.ent("Zakon.kz", "ORGANISATION")
    g.tmp("2026 жылғы 27 ақпанда", "date", "2026-02-27")
    g.ent("ҚТЖ", "ORGANISATION", "Қазақстан темір жолы")
    g.ent("Telegram", "PRODUCT")
    g.qty("Бірінші", "ordinal", 1, unit="қадам")
    g.tmp("бір сағат ішінде", "duration", "PT1H")
    g.ent("Жолаушылар, жүк және пошталық жіберілімдерді теміржол көлігімен тасымалдау ережелерінде", "LAW",
          "Жолаушылар, жүк және пошталық жіберілімдерді теміржол көлігімен тасымалдау ережелері")
    g.quote("жолаушыларға пойызға кешігіп қалған жағдайда не істеу керегін", None, "еске салды", kind="indirect",
            speaker_entity="Жолаушылар тасымалы АҚ")
    g.quote("Бірінші қадам – вокзалдағы билет кассасына барып, кассирге жағдайды хабарлау. Егер жолаушы пойызға кешігіп қалса, билет құнының бір бөлігін қайтаруға болады. Алайда бұл әрекетті билетте көрсетілген станциядан пойыз шыққаннан кейін бір сағат ішінде жасау қажет",
            None, "жарияланды", speaker_entity="ҚТЖ")
    g.announce(headline="Пойызға кешігіп қалсаңыз да, билет ақшасын қайтаруға болады – не істеу керек",
               issuer="Жолаушылар тасымалы АҚ", outlet="Zakon.kz", published="2026-02-27", place=None, main_event=None)
    return g.save()


def ktz_status():
    g = new("ktz-station-status-check", None,
            publisher="Kazakhstan Temir Zholy (KTZ) national company", publisher_kind="company",
            url="https://baribar.kz/172126/elimizde-500-den-astam-zholaushy-qyzyl-martebemen-pojyzgha-otyrmaq-bolghan/",
            outlet="baribar.kz")
    g.note("baribar.kz item relaying KTZ's reminder (COVID-19 period, 2021, Nur-Sultan). Date not shown: reference_date null; no time expressions. The stored copy continues with a bullet list cut off mid-item: the text ends before the list.")
    g.note("'«Қазақстан темір жолы» ұлттық компаниясы» акционерлік қоғамы' has doubled guillemets in the source: the ORGANISATION span is the inner quoted name 'Қазақстан темір жолы'. 'Елімізде' optional GPE; 'Нұр-Сұлтанда' and 'Астана' (in 'Астана вокзалдары') GPE. 'ПТР', 'ЖСН' (test / ID number) not entities. The status colours in quotes are not names.")
    g.note("Events: none (denied entry and status checks are routine measures). Quote: '... жіберілетінін еске салады' (indirect, KTZ).")
    g.optional("Елімізде", "GPE", "Қазақстан")
    g.qty("500-ден астам", "cardinal", 500, unit="жолаушы", approx="more_than")
    g.ent("Нұр-Сұлтанда", "GPE", "Нұр-Сұлтан")
    g.ent("Астана", "GPE")
    g.qty("177", "cardinal", 177, unit="азамат")
    g.ent("Қазақстан темір жолы", "ORGANISATION")
    g.quote("вокзалдарға тек «көк» және «жасыл» мәртебесі бар адамдар ғана жіберілетінін", None, "еске салады",
            kind="indirect", speaker_entity="«Қазақстан темір жолы» ұлттық компаниясы» АҚ")
    g.announce(headline="Елімізде 500-ден астам жолаушы «қызыл» мәртебемен пойызға отырмақ болған",
               issuer="«Қазақстан темір жолы» ұлттық компаниясы» АҚ", outlet="baribar.kz", published=None,
               place=None, main_event=None)
    return g.save()

# ---- end of documents ----
def main():
    import sys
    only = set(sys.argv[1:])
    for name, fn in list(globals().items()):
        if callable(fn) and getattr(fn, "__module__", None) == __name__ and name not in ("new", "main") \
                and fn.__code__.co_argcount == 0 and (not only or name in only):
            print(fn())


if __name__ == "__main__":
    main()
