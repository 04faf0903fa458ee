"""Build the *.gold.json files of the non-government releases (wave 3) of corpora/releases.

Schema 1.1 gold written blind from the text (GUIDELINES.md): every span is given as its
exact text (+ occurrence / after= anchor) and resolved by goldlib, which asserts it.
Run: cd corpora/releases/tools && python3 build_gold_org.py
Sources and metadata of each document: ../sources_org.tsv.
"""
from goldlib import Gold, build, document_functions

COMMON_NOTES = [
    "Offsets: Python code-point offsets, half-open, into the exact UTF-8 .txt content; computed by anchor search (tools/goldlib.py) and asserted.",
    "Schema 1.1 gold per GUIDELINES.md, written blind from the text. Events: one entry per mention (re-mentions such as 'шара', 'іс-шара', 'жиын', '... барысында' included), mentions of one happening share a cluster id; when/where are the time/place texts as written in that mention's clause (null when the clause has none).",
    "Wave-3 conventions (non-government releases): (1) '..., деп хабарлайды X' / 'Бұл туралы X хабарлады' is an indirect quote with speaker_entity X when X is a source other than the news outlet that wrote the item (a press service, a body, another outlet); the outlet's self-attribution ('деп хабарлайды Kazinform тілшісі' on Kazinform) is not a quote. (2) Academic titles and occupations in apposition ('профессор', 'режиссер') are POSITION; academic degrees ('... ғылымдарының докторы') and honorary titles ('Қазақстанның еңбек сіңірген қайраткері') are not flat entities (honorary titles listed as optional POSITION). (3) Social networks / messengers (Instagram, Facebook, Telegram) are PRODUCT. (4) Named prizes and orders (inside the quotes: «Үркер» сыйлығы -> 'Үркер') are MISCELLANEOUS. (5) Libraries, philharmonics and culture centres get publisher_kind 'culture'. (6) For a news agency's own reporting the announcement issuer and outlet are both the agency and meta.outlet is null. (7) Negated happenings ('өтпей қалды') are not event mentions.",
]


def new(doc_id, ref, **meta):
    g = Gold(doc_id, ref, notes=COMMON_NOTES, **meta)
    if "source_detail" in meta:
        g.note("Edit after the first commit (meta only, no annotation changed): meta.publisher set to the body's "
               "canonical name shared by all its releases; the former detail is meta.source_detail.")
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
            publisher="M. Auezov Kazakh National Drama Theatre", source_detail="the theatre's Instagram post, relayed by Kazinform and turkystan.kz", publisher_kind="theatre",
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
            publisher="M. Auezov Kazakh National Drama Theatre", source_detail="an Ana tili item reposted on the theatre's site", publisher_kind="theatre",
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
            publisher="Kazinform", source_detail="own report", publisher_kind="news_agency",
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
            publisher="Kazakhtelecom JSC", source_detail="the CFO at a briefing", publisher_kind="company",
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
            publisher="Kazakhtelecom JSC", source_detail="the head of public relations", publisher_kind="company",
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
            publisher="Air Astana", source_detail="the company's Telegram channel", publisher_kind="company",
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
            publisher="Air Astana", source_detail="the press service's Facebook page", publisher_kind="company",
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
            publisher="Kazakhstan Temir Zholy (KTZ)", source_detail="its passenger carrier «Жолаушылар тасымалы» АҚ, guide on the KTZ Telegram channel",
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
            publisher="Kazakhstan Temir Zholy (KTZ)", source_detail="the national company's reminder", publisher_kind="company",
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

def otbasy_compensation():
    g = new("otbasy-bank-compensation-depositors", "2023-03-09",
            publisher="Otbasy Bank", publisher_kind="bank", published="2023-03-09", outlet="Sputnik Kazakhstan",
            url="https://sputnik.kz/20230309/otbasy-bankinde-1-tengenin-otemaqysyn-alatyn-salymshylar-bar-32793839.html")
    g.note("Sputnik Kazakhstan item on Otbasy Bank's published figures. The stored copy repeats headline, URL, metadata and image lines before the body: only the headline and the body are kept; the body stops mid-sentence and ends at the last complete sentence. reference_date = 2023-03-09 (dateline 'АСТАНА, 9 наурыз' and page metadata).")
    g.note("Money ranges are one span with value = lower bound and value_max (as finance-national-fund-children): '200 мың теңгеден 2 миллион теңгеге дейінгі', '200 000 - 500 000 теңге'. '1 миллион теңгеге дейінгі' = up to 1e6 -> approx less_than. Counts of deposits/depositors with space thousands separators are cardinals ('883 071', '689 597' ...). '10 проценттік' = percent 10. 'мыңдаған' (thousands, vague) not annotated. '2023 жылдың 10 ақпанына дейін' = deadline -> range '/2023-02-10' (open start, seed '2020 жылға дейінгі').")
    g.note("Entities: 'Отбасы банкі(нде)' = ORGANISATION; 'Sputnik', 'Sputnik Қазақстан' = ORGANISATION; 'АСТАНА' = GPE. Events: none (payments of compensation). Quotes: 'Ресми мәліметке сәйкес, ...' = indirect, speaker_entity the bank; '... жариялады, деп хабарлайды Sputnik Қазақстан' is the outlet's self-attribution (not a quote).")
    g.ent("Отбасы банкінде", "ORGANISATION", "Отбасы банкі")
    g.qty("1 теңгенің", "money", 1, unit="KZT")
    g.ent("АСТАНА", "GPE", "Астана")
    g.tmp("9 наурыз", "date", "2023-03-09")
    g.ent("Sputnik", "ORGANISATION")
    g.ent("Отбасы банкі", "ORGANISATION", after="Sputnik.")
    g.ent("Sputnik Қазақстан", "ORGANISATION")
    g.nested("Қазақстан", "GPE", after="хабарлайды Sputnik")
    g.qty("883 071", "cardinal", 883071, unit="депозит")
    g.qty("10 проценттік", "percent", 10)
    g.qty("115 млрд теңгені", "money", 115000000000, unit="KZT")
    g.tmp("23 ақпанындағы", "date", "2023-02-23")
    d = g.span("200 мың теңгеден 2 миллион теңгеге дейінгі")
    d.update(kind="money", value=200000, value_max=2000000, unit="KZT", approx=None)
    g.data["quantities"].append(d)
    g.qty("689 597", "cardinal", 689597, unit="салымшы")
    g.qty("200 000 теңге", "money", 200000, unit="KZT", n=1)
    g.qty("113 686", "cardinal", 113686, unit="салымшы")
    d = g.span("200 000 - 500 000 теңге")
    d.update(kind="money", value=200000, value_max=500000, unit="KZT", approx=None)
    g.data["quantities"].append(d)
    g.qty("34 127", "cardinal", 34127, unit="салымшы")
    g.qty("1 миллион теңгеге дейінгі", "money", 1000000, unit="KZT", approx="less_than")
    g.qty("2 375", "cardinal", 2375, unit="салымшы")
    g.qty("2 миллион теңгеден", "money", 2000000, unit="KZT")
    g.tmp("2023 жылдың 10 ақпанына дейін", "range", "/2023-02-10")
    g.quote("883 071 депозитке 10 проценттік өтемақы түседі", None, "мәліметке сәйкес", kind="indirect",
            speaker_entity="Отбасы банкі")
    g.announce(headline="Отбасы банкінде 1 теңгенің өтемақысын алатын салымшылар бар", issuer="Отбасы банкі",
               outlet="Sputnik Қазақстан", published="2023-03-09", place="Астана", main_event=None)
    return g.save()


SPORT_NOTE = ("Sport: national teams 'X құрамасы' = ORGANISATION (nested GPE); a country standing for its team in "
              "'Францияны жеңіп', 'Швейцария еншіледі' stays GPE. Championship names, capitalised or not ('әлем "
              "чемпионаты', 'ӘЧ', 'Азия чемпионаты', 'Париж Олимпиадасы') = EVENT. Medal wins are results of the "
              "competition, not separate events; weight classes ('51 кг') = quantity; match scores ('45:31') are not "
              "annotated. Event status follows each mention's clause verb (a championship 'өтіп жатқан' = ongoing, "
              "'өткен' = past).")


def kazinform_shooting():
    g = new("kazinform-shooting-world-bronze", None, publisher="Kazinform", publisher_kind="news_agency",
            url="https://kaz.inform.kz/news/nisana-kozdeuden-alem-chempionatinda-kazakstan-kuramasi-kola-aldi-80aeb9/")
    g.note("Kazinform's own sport report. Date not shown (the Cairo world championship, about 2025): reference_date null; 'Биыл' -> XXXX, 'бұдан бұрын' -> PAST_REF, '2026 жылы' -> 2026. Source typos kept ('болды.Ел', 'әОльга': the PERSON span is the whole token 'әОльга Довгунның', normalized 'Ольга Довгун').")
    g.note(SPORT_NOTE)
    g.note("Events: c1 = the Cairo world championship: headline 'әлем чемпионатында ... қола алды' (past), lead '... өтіп жатқан әлем чемпионатында' (ongoing), 'Дүбірлі додада ... ие болды' (past), 'жаһандық додаға ... ұйымдастырылып жатқан' (ongoing). c2 = the 2026 world championship in Qatar (future, in the coach's reported speech). c3 = the Asian championship Сәтпаев won (past). The Olympics are named (EVENT entities) but not asserted as happenings here.")
    g.ent("әлем чемпионатында", "EVENT", "әлем чемпионаты", n=1)
    g.ent("Қазақстан құрамасы", "ORGANISATION", n=1)
    g.nested("Қазақстан", "GPE", n=1)
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Қазақстан құрамасы", "ORGANISATION", n=2)
    g.nested("Қазақстан", "GPE", after="KAZINFORM - ")
    g.ent("Мысыр", "GPE")
    g.ent("Каирде", "GPE", "Каир")
    g.ent("әлем чемпионатында", "EVENT", "әлем чемпионаты", n=2)
    g.qty("үшінші", "ordinal", 3, unit="орын", n=1)
    g.ent("Александра Ле", "PERSON", n=1)
    g.ent("Арина Малиновская", "PERSON")
    g.ent("Елизавета Безрукова", "PERSON")
    g.qty("50 метрге", "quantity", 50, unit="метр")
    g.qty("үш", "cardinal", 3, unit="қалып", after="50 метрге")
    g.qty("үшінші", "ordinal", 3, unit="нәтиже", n=2)
    g.ent("Қытай құрамасына", "ORGANISATION", "Қытай құрамасы")
    g.nested("Қытай", "GPE")
    g.ent("Швейцария", "GPE")
    g.tmp("Биыл", "relative", "XXXX")
    g.qty("54-ші", "ordinal", 54, unit="мәрте")
    g.qty("73", "cardinal", 73, unit="ел")
    g.qty("700-ден астам", "cardinal", 700, unit="спортшы", approx="more_than")
    g.ent("Қазақстаннан", "GPE", "Қазақстан")
    g.qty("15", "cardinal", 15, unit="спортшы")
    g.ent("Париж Олимпиадасының", "EVENT", "Париж Олимпиадасы")
    g.nested("Париж", "GPE")
    g.ent("Ислам Сәтпаев", "PERSON", n=1)
    g.ent("Александра Ле", "PERSON", n=2)
    P = "Қазақстан ұлттық құрамасының бас бапкері"
    g.ent(P, "POSITION")
    g.nested("Қазақстан ұлттық құрамасының", "ORGANISATION", "Қазақстан ұлттық құрамасы")
    g.nested("Қазақстан", "GPE", after="Ислам Сәтпаев, Александра Ле бар.\n")
    g.ent("әОльга Довгунның", "PERSON", "Ольга Довгун")
    g.tmp("2026 жылы", "date", "2026")
    g.ent("Қатарда", "GPE", "Қатар")
    g.ent("әлем чемпионатында", "EVENT", "әлем чемпионаты", n=3)
    g.ent("Лос-Анджелес Олимпиадасына", "EVENT", "Лос-Анджелес Олимпиадасы")
    g.nested("Лос-Анджелес", "GPE")
    g.tmp("бұдан бұрын", "relative", "PAST_REF")
    g.ent("Ислам Сәтпаев", "PERSON", n=2)
    g.ent("Азия чемпионатында", "EVENT", "Азия чемпионаты")
    g.nested("Азия", "LOCATION")
    g.ev("competition", "әлем чемпионатында", "past", cluster="c1", n=1, participants=["Қазақстан құрамасы"])
    g.ev("competition", "әлем чемпионатында", "ongoing", where="Мысыр астанасы Каирде", cluster="c1", n=2,
         participants=["Қазақстан құрамасы"])
    g.ev("competition", "додада", "past", cluster="c1", after="Дүбірлі")
    g.ev("competition", "додаға", "ongoing", when="Биыл", cluster="c1", amounts=["73", "700-ден астам"])
    g.ev("competition", "әлем чемпионатында", "future", when="2026 жылы", where="Қатарда", cluster="c2", n=3)
    g.ev("competition", "Азия чемпионатында", "past", when="бұдан бұрын", cluster="c3", participants=["Ислам Сәтпаев"])
    g.quote("2026 жылы Қатарда болатын әлем чемпионатында Лос-Анджелес Олимпиадасына лицензиялық ұпай үлестіріледі",
            "Ольга Довгун", "айтуынша", kind="indirect")
    g.person("Александра Ле", [], [("Александра Ле", 1), ("Александра Ле", 2)])
    g.person("Арина Малиновская", [], [("Арина Малиновская",)])
    g.person("Елизавета Безрукова", [], [("Елизавета Безрукова",)])
    g.person("Ислам Сәтпаев", [], [("Ислам Сәтпаев", 1), ("Ислам Сәтпаев", 2)])
    g.person("Ольга Довгун", [P], [("әОльга Довгунның",)])
    g.announce(headline="Нысана көздеуден әлем чемпионатында Қазақстан құрамасы қола алды", issuer="Kazinform",
               outlet="Kazinform", published=None, place="Астана", main_event="c1")
    return g.save()


def kazinform_fencing():
    g = new("kazinform-fencing-world-team-bronze", None, publisher="Kazinform", publisher_kind="news_agency",
            url="https://kaz.inform.kz/amp/semserlesuden-ach-kazakstan-kuramasi-frantsiyani-zhenp-tarihi-medalga-kol-zhetkzd-812af7")
    g.note("Kazinform's own sport report (Tbilisi dateline) citing the National Olympic Committee. Photo captions ('Фото: Туризм және спорт министрлігі', x3) and the closing related-link sentence dropped. Date not shown (2025): reference_date null; '2023 жылы' -> 2023.")
    g.note(SPORT_NOTE)
    g.note("Events: c1 = the world championship (headline 'ӘЧ', past; lead 'өтіп жатқан әлем чемпионатында', ongoing); c2 = its team sabre event ('командалық жарыста ... сынға түсті', 'әлем чемпионатының командалық жарысында медаль жеңіп алды', past); c3 = the bronze-medal bout with France ('Үшінші орын үшін өткен кездесуде', 'кездесудің басынан-ақ', 'жарыс соңына дейін'); c4 = Kurbanov's 2023 individual event ('жекелей сында'). Quote: 'Ұлттық олимпиадалық комитеттің мәліметінше, ...' = indirect, speaker_entity the NOC.")
    g.ent("ӘЧ", "EVENT", "Әлем чемпионаты")
    g.ent("Қазақстан құрамасы", "ORGANISATION", n=1)
    g.nested("Қазақстан", "GPE", n=1)
    g.ent("Францияны", "GPE", "Франция")
    g.ent("ТБИЛИСИ", "GPE", "Тбилиси")
    g.ent("KAZINFORM", "ORGANISATION")
    g.ent("Қазақстан құрамасы", "ORGANISATION", n=2)
    g.nested("Қазақстан", "GPE", after="KAZINFORM – ")
    g.ent("Грузия", "GPE")
    g.ent("әлем чемпионатында", "EVENT", "әлем чемпионаты")
    g.ent("Ұлттық олимпиадалық комитеттің", "ORGANISATION", "Ұлттық олимпиадалық комитет")
    g.ent("Руслан Курбанов", "PERSON", n=1)
    g.ent("Вадим Шарлаимов", "PERSON")
    g.ent("Эльмир Әлімжанов", "PERSON")
    g.ent("Кирилл Проходов", "PERSON")
    g.qty("Үшінші", "ordinal", 3, unit="орын")
    g.ent("қазақстандық", "NORP")
    g.ent("Франция құрамасымен", "ORGANISATION", "Франция құрамасы")
    g.nested("Франция", "GPE", after="әйгілі ")
    g.ent("Қазақстан", "GPE", after="Осылайша, ")
    g.ent("әлем чемпионатының", "EVENT", "әлем чемпионаты")
    g.tmp("2023 жылы", "date", "2023")
    g.ent("Руслан Курбанов", "PERSON", n=2)
    g.ev("competition", "ӘЧ", "past", cluster="c1", participants=["Қазақстан құрамасы"])
    g.ev("competition", "әлем чемпионатында", "ongoing", where="Грузия астанасында", cluster="c1",
         participants=["Қазақстан құрамасы"])
    g.ev("competition", "жарыста", "past", cluster="c2", after="командалық",
         participants=["Руслан Курбанов", "Вадим Шарлаимов", "Эльмир Әлімжанов", "Кирилл Проходов"])
    g.ev("competition", "кездесуде", "past", cluster="c3", participants=["қазақстандық спортшылар", "Франция құрамасымен"])
    g.ev("competition", "кездесудің", "past", cluster="c3")
    g.ev("competition", "жарыс", "past", cluster="c3", after="үстемдігін")
    g.ev("competition", "жарысында", "past", cluster="c2", participants=["Қазақстан"])
    g.ev("competition", "сында", "past", when="2023 жылы", cluster="c4", after="жекелей ", participants=["Руслан Курбанов"])
    g.quote("семсермен айқасудан командалық жарыста Руслан Курбанов, Вадим Шарлаимов, Эльмир Әлімжанов және Кирилл Проходов сынға түсті",
            None, "мәліметінше", kind="indirect", speaker_entity="Ұлттық олимпиадалық комитет")
    g.person("Руслан Курбанов", [], [("Руслан Курбанов", 1), ("Руслан Курбанов", 2)])
    g.person("Вадим Шарлаимов", [], [("Вадим Шарлаимов",)])
    g.person("Эльмир Әлімжанов", [], [("Эльмир Әлімжанов",)])
    g.person("Кирилл Проходов", [], [("Кирилл Проходов",)])
    g.announce(headline="Семсерлесуден ӘЧ: Қазақстан құрамасы Францияны жеңіп, тарихи медальға қол жеткізді",
               issuer="Kazinform", outlet="Kazinform", published=None, place="Тбилиси", main_event="c1")
    return g.save()


def adyrna_boxing():
    g = new("adyrna-women-boxing-champions-return", None, publisher="Adyrna.kz", publisher_kind="news_agency",
            url="https://adyrna.kz/en/post/1237239")
    g.note("Adyrna.kz's own report. View counter, Telegram link, image URL and 'Comments' dropped. Date not shown (September 2025, after the Liverpool world championship): reference_date null; '16 қыркүйек түнгі сағат 3:00-де' -> datetime XXXX-09-16T03:00.")
    g.note(SPORT_NOTE)
    g.note("'Алматы әуежайында' = FACILITY (nested GPE); 'Қазақстанның әйелдер құрамасы' = ORGANISATION. Medal counts: 'үш' (алтын медаль), 'бір' (күміс медаль), 'екі' (қола медаль) cardinals; 'бірінші орынға' ordinal; weight classes quantities, '+80 кг' -> 80 more_than.")
    g.note("Events: c1 = the Liverpool world championship ('өткен әлем чемпионатынан', 'Әлемдік додада', past); c2 = the team's return and welcome at Almaty airport ('оралды', 'қарсы алды', type other, the headline and lead are about it). Quote: '... бұл жеңістер — жаңа табыстардың бастауы екенін жеткізді' = indirect, speaker_entity the athletes.")
    g.ent("Ливерпульден", "GPE", "Ливерпуль")
    g.ent("Алматыға", "GPE", "Алматы")
    g.tmp("16 қыркүйек түнгі сағат 3:00-де", "datetime", "XXXX-09-16T03:00")
    g.ent("Алматы әуежайында", "FACILITY", "Алматы әуежайы")
    g.nested("Алматы", "GPE", after="3:00-де ")
    g.ent("Қазақстанның әйелдер құрамасы", "ORGANISATION")
    g.nested("Қазақстанның", "GPE", "Қазақстан", n=1)
    g.ent("Ливерпульде", "GPE", "Ливерпуль", after="құрамасы ")
    g.ent("әлем чемпионатынан", "EVENT", "әлем чемпионаты")
    g.qty("үш", "cardinal", 3, unit="алтын медаль", after="Қыздар ")
    g.qty("бір", "cardinal", 1, unit="күміс медаль", after="Қыздар ")
    g.qty("екі", "cardinal", 2, unit="қола медаль", after="Қыздар ")
    g.qty("бірінші", "ordinal", 1, unit="орын")
    g.ent("Қазақстанның", "GPE", "Қазақстан", n=2)
    for name, w in [("Алуа Балкибекова", "51 кг"), ("Аида Абикеева", "65 кг"), ("Наталья Богданова", "70 кг"),
                    ("Назым Қызайбай", "48 кг"), ("Виктория Графеева", "60 кг")]:
        g.ent(name, "PERSON")
        g.qty(w, "quantity", int(w.split()[0]), unit="кг")
    g.ent("Елдана Талипова", "PERSON")
    g.qty("+80 кг", "quantity", 80, unit="кг", approx="more_than")
    g.ent("Қазақстан", "GPE", after="Елдана Талипова")
    g.ent("Қазақстан", "GPE", after="бүкіл ")
    g.ev("other", "оралды", "past", when="16 қыркүйек түнгі сағат 3:00-де", where="Алматы әуежайында",
         cluster="c2", participants=["Қазақстанның әйелдер құрамасы"])
    g.ev("competition", "әлем чемпионатынан", "past", where="Ливерпульде", cluster="c1")
    g.ev("competition", "додада", "past", cluster="c1", after="Әлемдік")
    g.ev("other", "қарсы алды", "past", where="Әуежайға", cluster="c2",
         participants=["спорт қауымдастығы", "жанкүйерлер"])
    g.quote("бұл жеңістер — жаңа табыстардың бастауы", None, "екенін жеткізді", kind="indirect",
            speaker_entity="Спортшы қыздар")
    for name in ["Алуа Балкибекова", "Аида Абикеева", "Наталья Богданова", "Назым Қызайбай", "Виктория Графеева",
                 "Елдана Талипова"]:
        g.person(name, ["боксшы"] if name == "Назым Қызайбай" else [], [(name,)])
    g.ent("боксшы", "POSITION")
    g.announce(headline="Чемпион қыздар: Ливерпульден - жеңіспен, Алматыға - мақтанышпен", issuer="Adyrna.kz",
               outlet="Adyrna.kz", published=None, place=None, main_event="c2")
    return g.save()


def ektu_anthem():
    g = new("ektu-state-symbols-anthem", None,
            publisher="D. Serikbayev East Kazakhstan State Technical University (EKTU)", publisher_kind="university",
            url="https://ektu.kz/newsevents/gimn-strany-ispolnili-studenty.aspx?lang=kz")
    g.note("The university's own news item; no headline or date in the stored copy: reference_date null, 'Бүгін' -> PRESENT_REF (State Symbols Day, 4 June, by world knowledge; not resolved). Typos kept ('стуенттері', 'Мемлектеттік', 'мемлектіміздің', 'тәуелсіздігімзді', '300ге'); the stored copy's line break inside 'қалашықтағы\\nуниверситетіміздің' kept.")
    g.note("'Қазақстанның мемлекеттік рәміздері күніне' = EVENT (holiday, nested GPE). 'Д.Серікбаев ат. ШҚМТУ' = ORGANISATION (nested PERSON normalized 'Даулет Серікбаев', world knowledge); '... ректоры міндетін атқарушысы' = POSITION. '4 курс студенті' = POSITION (occupation), 'Алина' = PERSON. 'Қазақстан Республикасының' (anthem of) = GPE.")
    g.note("Quotes: two dash quotes ('-Мемлектеттік ... бірі,- деп айтып өтті Сауле Рахметуллина', '-Еліміздің ... керек,-дейді ... Алина'). Each continues after the attribution ('- Сондықтан ...', '- Ұлттық игілігіміз ...') without a closing dash (the source then goes on with narration, or the text ends): those continuations have no closing mark and are not annotated as separate quotes.")
    g.note("Events: c1 = the anthem performance on State Symbols Day (ceremony: 'әнұранын орындады', 'Іс-шара қатысушылары', 'Мерекелік шара ... аяқталды'); c2 the concert and c3 the flash mob that closed it. The holiday ('күніне орай') is the occasion, not an asserted happening.")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.ent("Қазақстанның мемлекеттік рәміздері күніне", "EVENT", "Қазақстанның мемлекеттік рәміздері күні")
    g.nested("Қазақстанның", "GPE", "Қазақстан")
    g.ent("Д.Серікбаев ат. ШҚМТУ", "ORGANISATION", n=1)
    g.nested("Д.Серікбаев", "PERSON", "Даулет Серікбаев", n=1)
    g.ent("Қазақстан Республикасының", "GPE", "Қазақстан Республикасы")
    P = "Д.Серікбаев ат. ШҚМТУ ректоры міндетін атқарушысы"
    g.ent(P, "POSITION")
    g.nested("Д.Серікбаев ат. ШҚМТУ", "ORGANISATION", n=2)
    g.nested("Д.Серікбаев", "PERSON", "Даулет Серікбаев", n=2)
    g.ent("Сауле Рахметуллина", "PERSON", n=1)
    g.ent("Сауле Рахметуллина", "PERSON", n=2)
    g.qty("300ге жуық", "cardinal", 300, unit="адам", approx="about")
    g.ent("4 курс студенті", "POSITION")
    g.ent("Алина", "PERSON")
    g.ev("ceremony", "орындады", "past", when="Бүгін", cluster="c1")
    g.ev("ceremony", "Іс-шара", "past", cluster="c1")
    g.ev("ceremony", "шара", "past", cluster="c1", after="Мерекелік")
    g.ev("concert", "концертпен", "past", cluster="c2")
    g.ev("other", "флэш-мобпен", "past", cluster="c3")
    g.quote("Мемлектеттік рәміздер біздің мемлектіміздің, бостандығымыздың негіздерінің бірі", "Сауле Рахметуллина",
            "деп айтып өтті")
    g.quote("Еліміздің әрбір азаматының жүрегінде мемлекеттік рәміздеріміз үшін мақтаныш сезімі ұялауы керек",
            "Алина", "дейді")
    g.person("Сауле Рахметуллина", [P], [("Сауле Рахметуллина", 1), ("Сауле Рахметуллина", 2)])
    g.person("Алина", ["4 курс студенті"], [("Алина",)])
    g.announce(headline=None, issuer="Д.Серікбаев ат. ШҚМТУ", outlet=None, published=None, place=None,
               main_event="c1")
    return g.save()

def kaznu_alumni():
    g = new("kaznu-alumni-day-2011", "2011-05-28",
            publisher="al-Farabi Kazakh National University (KazNU)", publisher_kind="university",
            published="2011-05-28", url="https://welcome.kaznu.kz/kz/3/news/one/2441")
    g.note("KazNU's own news item. Menu lines dropped; the stored copy glues the page date to the body ('28.05.201128 мамырда'): the date line '28.05.2011' is page chrome and was dropped (reference_date = 2011-05-28). The stored copy stops in a quote: the text ends before it.")
    g.note("«ҚазҰУ түлегінің күні» (x3) = EVENT inside the quotes; in the headline only 'ҚазҰУ түлектерінің' is inside the quotes («ҚазҰУ түлектерінің» күні): EVENT span = the quoted part, normalized to the day's name. 'әл-Фараби атындағы ҚазҰУ қалашығында', 'ҚазҰУ қалашығында', 'Ө.А.Жолдасбеков атындағы Студенттер сарайында' = FACILITY; 'әл-Фараби және Ө.А.Жолдасбеков ескерткіштеріне' = one FACILITY (the two monuments) with nested PERSONs (historical persons named in facility names are not in the people layer). 'ҚазҰУ түлектер қауымдастығының', 'ҚазҰУ Ғылыми кеңесінің' = ORGANISATION. Deputies and the prosecutor: POSITION + PERSON. '1951 жылғы ҚазҰУ түлегі' (alumnus) is not a position; '1951 жылғы' = date 1951.")
    g.note("Temporals: '28 мамырда' -> 2011-05-28; 'Бұл күні' -> 2011-05-28; 'Алда' -> FUTURE_REF; 'жыл сайын мамыр айының соңғы сенбісінде' -> set 'XXXX-05-WXX-6' (Saturdays of May, 'last' not expressible in the value).")
    g.note("Events: c1 = the 2011 Alumni Day (celebration): headline and lead 'аталып өтті', 'Бұл мереке ... жүзеге асып отыр', '«ҚазҰУ түлегінің күні» ... басталды'; c2 = the yearly celebration from now on (future, set); c3 = the flower-laying ('гүл шоқтарын қоюдан', ceremony); c4 = the ceremonial opening in the Students' Palace ('салтанатты түрде ашылды', opening).")
    g.ent("Алматыда", "GPE", "Алматы")
    g.ent("ҚазҰУ түлектерінің", "EVENT", "ҚазҰУ түлегінің күні")
    g.nested("ҚазҰУ", "ORGANISATION", n=1)
    g.tmp("28 мамырда", "date", "2011-05-28")
    g.ent("әл-Фараби атындағы ҚазҰУ қалашығында", "FACILITY", "әл-Фараби атындағы ҚазҰУ қалашығы")
    g.nested("әл-Фараби", "PERSON", n=1)
    g.nested("ҚазҰУ", "ORGANISATION", n=2)
    g.ent("ҚазҰУ түлегінің күні", "EVENT", n=1)
    g.nested("ҚазҰУ", "ORGANISATION", n=3)
    g.ent("ҚазҰУ түлектер қауымдастығының", "ORGANISATION", "ҚазҰУ түлектер қауымдастығы")
    g.nested("ҚазҰУ", "ORGANISATION", n=4)
    g.ent("ҚазҰУ Ғылыми кеңесінің", "ORGANISATION", "ҚазҰУ Ғылыми кеңесі")
    g.nested("ҚазҰУ", "ORGANISATION", n=5)
    g.tmp("Алда", "relative", "FUTURE_REF")
    g.tmp("жыл сайын мамыр айының соңғы сенбісінде", "set", "XXXX-05-WXX-6")
    g.tmp("Бұл күні", "relative", "2011-05-28")
    g.ent("ҚазҰУ қалашығында", "FACILITY", "ҚазҰУ қалашығы", after="Бұл күні")
    g.nested("ҚазҰУ", "ORGANISATION", n=1, after="Бұл күні")
    g.ent("ҚазҰУ түлегінің күні", "EVENT", n=2)
    g.nested("ҚазҰУ", "ORGANISATION", n=1, after="сыр бөлісті. «")
    g.ent("әл-Фараби және Ө.А.Жолдасбеков ескерткіштеріне", "FACILITY", "әл-Фараби және Ө.А.Жолдасбеков ескерткіштері")
    g.nested("әл-Фараби", "PERSON", after="қалашықтағы ")
    g.nested("Ө.А.Жолдасбеков", "PERSON", n=1)
    g.ent("ҚазҰУ ректоры", "POSITION")
    g.nested("ҚазҰУ", "ORGANISATION", after="басталды. ")
    g.ent("Ғалымқайыр Мұтанов", "PERSON")
    g.ent("ҚР Парламент мәжілісінің депутаты", "POSITION")
    g.nested("ҚР Парламент мәжілісінің", "ORGANISATION", "ҚР Парламент Мәжілісі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    g.tmp("1951 жылғы", "date", "1951")
    g.ent("ҚазҰУ", "ORGANISATION", after="1951 жылғы ")
    g.ent("Кенжағали Сағадиев", "PERSON")
    g.ent("ҚР Парламент Мәжілісінің депутаты", "POSITION")
    g.nested("ҚР Парламент Мәжілісінің", "ORGANISATION", "ҚР Парламент Мәжілісі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=2)
    g.ent("Камал Бұрханов", "PERSON")
    g.ent("Алматы қаласының прокуроры", "POSITION")
    g.nested("Алматы", "GPE", after="Камал Бұрханов және ")
    g.ent("Әмірхан Естаев", "PERSON")
    g.ent("Ө.А.Жолдасбеков атындағы Студенттер сарайында", "FACILITY", "Ө.А.Жолдасбеков атындағы Студенттер сарайы")
    g.nested("Ө.А.Жолдасбеков", "PERSON", n=2)
    g.ent("ҚазҰУ түлегінің күні", "EVENT", n=3)
    g.nested("ҚазҰУ", "ORGANISATION", after="Студенттер сарайында «")
    T = "ҚазҰУ түлегінің күні"
    g.ev("celebration", "аталып өтті", "past", where="Алматыда", title=T, cluster="c1", n=1)
    g.ev("celebration", "аталып өтті", "past", when="28 мамырда", where="әл-Фараби атындағы ҚазҰУ қалашығында",
         title=T, cluster="c1", n=2)
    g.ev("celebration", "мереке", "ongoing", cluster="c1", after="Бұл ")
    g.ev("celebration", "аталып өтілетін болады", "future", when="жыл сайын мамыр айының соңғы сенбісінде",
         cluster="c2")
    g.ev("celebration", "басталды", "past", title=T, cluster="c1")
    g.ev("ceremony", "қоюдан", "past", where="қалашықтағы әл-Фараби және Ө.А.Жолдасбеков ескерткіштеріне", cluster="c3",
         participants=["Ғалымқайыр Мұтанов", "Кенжағали Сағадиев", "Камал Бұрханов", "Әмірхан Естаев"])
    g.ev("opening", "ашылды", "past", where="Ө.А.Жолдасбеков атындағы Студенттер сарайында", title=T, cluster="c4")
    g.person("Ғалымқайыр Мұтанов", ["ҚазҰУ ректоры"], [("Ғалымқайыр Мұтанов",)])
    g.person("Кенжағали Сағадиев", ["ҚР Парламент мәжілісінің депутаты"], [("Кенжағали Сағадиев",)])
    g.person("Камал Бұрханов", ["ҚР Парламент Мәжілісінің депутаты"], [("Камал Бұрханов",)])
    g.person("Әмірхан Естаев", ["Алматы қаласының прокуроры"], [("Әмірхан Естаев",)])
    g.announce(headline="Алматыда «ҚазҰУ түлектерінің» күні аталып өтті", issuer="әл-Фараби атындағы ҚазҰУ",
               outlet=None, published="2011-05-28", place=None, main_event="c1")
    return g.save()


def kaznu_green():
    g = new("kaznu-green-campus-cleanup", "2024-09-12",
            publisher="al-Farabi Kazakh National University (KazNU)", publisher_kind="university",
            published="2024-09-12", url="https://farabi.university/news/89700?lang=kz")
    g.note("KazNU's own news item; page date line '12 қыркүйек, 2024' dropped (reference_date 2024-09-12). The stored copy stops inside a quote: the text ends before it. Double spaces of the source kept.")
    g.note("'Шығыстану факультетінің' / 'шығыстану факультетінің' = ORGANISATION (a unique body, lowercase in the body, as 'оқу-ағарту министрлігінен' in the 1.0 files). \"Green Campus\" = PROJECT (inside the quotes). 'Тазалық апталығы' (capitalised name of the week) = EVENT.")
    g.note("Events: c1 = the Cleanliness Week (campaign): headline and body 'Тазалық апталығына ... қатысты' (past). The definition 'Тазалық апталығы – ... дәстүр' speaks of the week in general and is not a mention. c2 = the faculty's subbotnik (campaign, 'Сенбілік кезінде ... жинады', past).")
    g.ent("Шығыстану факультетінің", "ORGANISATION", "Шығыстану факультеті")
    g.ent("ҚазҰУ-дың", "ORGANISATION", "ҚазҰУ", n=1)
    g.ent("Green Campus", "PROJECT", n=1)
    g.ent("Тазалық апталығына", "EVENT", "Тазалық апталығы", n=1)
    g.tmp("2024 жылдың 11 қыркүйегінде", "date", "2024-09-11")
    g.ent("шығыстану факультетінің", "ORGANISATION", "Шығыстану факультеті")
    g.qty("100-ден аса", "cardinal", 100, unit="студент", approx="more_than")
    g.ent("Green Campus", "PROJECT", n=2)
    g.ent("Тазалық апталығына", "EVENT", "Тазалық апталығы", n=2)
    g.ent("Тазалық апталығы", "EVENT", after="қатысты.  ")
    g.ent("ҚазҰУ-дың", "ORGANISATION", "ҚазҰУ", n=2)
    g.ev("campaign", "апталығына", "past", cluster="c1", n=1, title="Тазалық апталығы",
         participants=["Шығыстану факультетінің студенттері мен оқытушылары"])
    g.ev("campaign", "апталығына", "past", when="2024 жылдың 11 қыркүйегінде", title="Тазалық апталығы",
         cluster="c1", n=2, amounts=["100-ден аса"])
    g.ev("campaign", "Сенбілік", "past", cluster="c2", where="ҚазҰУ-дың бас ғимаратының аумағындағы")
    g.announce(headline="Шығыстану факультетінің студенттері мен оқытушылары ҚазҰУ-дың \"Green Campus\" жобасы аясында өткен Тазалық апталығына қатысты",
               issuer="әл-Фараби атындағы ҚазҰУ", outlet=None, published="2024-09-12", place=None, main_event="c1")
    return g.save()


def kyzylorda_university():
    g = new("kyzylorda-university-80-sports-day", None,
            publisher="Korkyt Ata Kyzylorda State University", source_detail="item on the regional newspaper's site",
            publisher_kind="university", outlet="kyzylorda-news.kz (Сыр бойы / Kyzylorda news)",
            url="https://oldkaz.kyzylorda-news.kz/news/lifnews/18088-oryt-ata-atynday-mu-80-zhyldy-mereytoyy-ayasynda.html")
    g.note("University news item on the regional newspaper's site. Date not shown (the university's 80th anniversary, 2017): reference_date null.")
    g.note("'ҚОРҚЫТ АТА АТЫНДАҒЫ ҚМУ' / 'Қорқыт Ата атындағы Қызылорда мемлекеттік университетінің' = ORGANISATION (nested PERSON 'Қорқыт Ата', GPE 'Қызылорда'). «80 жылдыққа 80 минуттық жаттығу» = EVENT (title inside the quotes; its numbers are not quantities); «Жұлдызды 30 күн» атты жоспар = PROJECT. 'Сыр өңіріндегі' (region epithet) optional LOCATION. '80 жылдық' (jubilee, history) -> duration P80Y at each mention.")
    g.note("Events: c1 = the 80-minute workout (other): 'сенбілік сергіту сәті өтті', 'Оған ... қатысты' (no event word: not a mention), 'Шара барысында', 'Шара соңында', 'аталмыш іс-шара ... көрсетілуде' (ongoing); c2 = the contests ('сайыстар өтті', competition); c3 = prizes and diplomas to the winners ('табысталды', award). The jubilee ('мерейтойы аясында') is the frame, not an asserted happening.")
    g.ent("ҚОРҚЫТ АТА АТЫНДАҒЫ ҚМУ", "ORGANISATION", "Қорқыт Ата атындағы ҚМУ")
    g.nested("ҚОРҚЫТ АТА", "PERSON", "Қорқыт Ата")
    g.tmp("80 ЖЫЛДЫҚ", "duration", "P80Y")
    g.ent("Қорқыт Ата атындағы Қызылорда мемлекеттік университетінің", "ORGANISATION",
          "Қорқыт Ата атындағы Қызылорда мемлекеттік университеті")
    g.nested("Қорқыт Ата", "PERSON")
    g.nested("Қызылорда", "GPE")
    g.tmp("80 жылдық", "duration", "P80Y", n=1)
    g.ent("80 жылдыққа 80 минуттық жаттығу", "EVENT")
    g.qty("200-ге жуық", "cardinal", 200, unit="адам", approx="about")
    g.optional("Сыр өңіріндегі", "LOCATION", "Сыр өңірі")
    g.tmp("80 жылдық", "duration", "P80Y", n=1, after="Сыр өңіріндегі")
    g.qty("500-ге жуық", "cardinal", 500, unit="профессор-оқытушы", approx="about")
    g.tmp("80 жылдық", "duration", "P80Y", n=1, after="Естеріңізге")
    g.ent("Жұлдызды 30 күн", "PROJECT")
    T = "80 жылдыққа 80 минуттық жаттығу"
    g.ev("other", "сергіту сәті", "past", title=T, cluster="c1",
         participants=["университет профессор-оқытушылары мен студенттерінің"])
    g.ev("other", "Шара", "past", cluster="c1", n=1)
    g.ev("competition", "сайыстар", "past", cluster="c2")
    g.ev("other", "Шара", "past", cluster="c1", n=2)
    g.ev("award", "табысталды", "past", cluster="c3")
    g.ev("other", "іс-шара", "ongoing", cluster="c1", after="аталмыш ")
    g.announce(headline="ҚОРҚЫТ АТА АТЫНДАҒЫ ҚМУ 80 ЖЫЛДЫҚ МЕРЕЙТОЙЫ АЯСЫНДА",
               issuer="Қорқыт Ата атындағы Қызылорда мемлекеттік университеті", outlet="kyzylorda-news.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def almaty_cardio():
    g = new("almaty-cardio-centre-medics-day", None, publisher="Almaty City Cardiology Centre",
            publisher_kind="hospital", url="http://kardio-almaty.kz/kz/home-kz-kz/zhanalyktar/840-meditsina-yzmetkerlerini-k-ni")
    g.note("The centre's own news item (Medical Workers' Day); no headline, no date: reference_date null, 'Бүгін' / 'бүгінгі' -> PRESENT_REF.")
    g.note("'Орталық директоры' = POSITION (normalized as written; the centre is not named in the text). '«Медик» кәсіподақ ұйымының төрағасы' = one POSITION from the guillemet (nested ORG 'Медик'); 'Қаратаев Қайрат Қаратайұлы' (surname first) = PERSON.")
    g.note("Events: c1 = the professional holiday ('төл мерекесі': nominal sentence without a verb -> unknown; 'бүгінгі мерекелерімен' -> ongoing, today's); c2 = the awarding of the best medical workers ('марапаттады', award, past). 'құттықтап' (greeting) is a speech act.")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.tmp("бүгінгі", "relative", "PRESENT_REF")
    g.ent("Орталық директоры", "POSITION")
    g.ent("Алмат Тұрысбекұлы", "PERSON")
    P = "«Медик» кәсіподақ ұйымының төрағасы"
    g.ent(P, "POSITION")
    g.nested("Медик", "ORGANISATION")
    g.ent("Қаратаев Қайрат Қаратайұлы", "PERSON")
    g.ev("holiday", "мерекесі", "unknown", when="Бүгін", cluster="c1")
    g.ev("holiday", "мерекелерімен", "ongoing", when="бүгінгі", cluster="c1")
    g.ev("award", "марапаттады", "past", cluster="c2",
         participants=["Алмат Тұрысбекұлы", "Қаратаев Қайрат Қаратайұлы"])
    g.person("Алмат Тұрысбекұлы", ["Орталық директоры"], [("Алмат Тұрысбекұлы",)])
    g.person("Қаратаев Қайрат Қаратайұлы", [P], [("Қаратаев Қайрат Қаратайұлы",)])
    g.announce(headline=None, issuer="Алматы қалалық кардиология орталығы", outlet=None, published=None, place=None,
               main_event="c1")
    return g.save()


def zhanaarka_library():
    g = new("zhanaarka-library-readers-evening", "2022-12-29",
            publisher="S. Seifullin centralised library system (Zhanaarka district)", publisher_kind="culture",
            published="2022-12-29", url="https://zhanlib.gov.kz/news/kitaphana-aidynynda")
    g.note("The library system's own news item (a library, not a state administrative body). Page date line '29.12.2022' dropped (reference_date 2022-12-29); the stored copy's last paragraph is cut off mid-sentence and was dropped. Leading spaces and double spaces of the source kept; lowercase sentence start 'кештің' kept.")
    g.note("«Кітапхана айдынында» (headline and body) = EVENT inside the quotes. 'С.Сейфуллин кітапханасында' = FACILITY (venue; nested PERSON 'Сәкен Сейфуллин', world knowledge). '2022 жылдың 29 күні желтоқсанда' -> 2022-12-29.")
    g.note("Events: c1 = the readers' evening ('оқырман шоқжұлдыздары өткізілді', type other, trigger = head noun): 'Шараға ... қатысты', 'Шара барысында', 'кештің' are further mentions.")
    g.ent("Кітапхана айдынында", "EVENT", n=1)
    g.ent("С.Сейфуллин кітапханасында", "FACILITY", "С.Сейфуллин кітапханасы")
    g.nested("С.Сейфуллин", "PERSON", "Сәкен Сейфуллин")
    g.tmp("2022 жылдың 29 күні желтоқсанда", "date", "2022-12-29")
    g.ent("Кітапхана айдынында", "EVENT", n=2)
    g.ev("other", "шоқжұлдыздары", "past", when="2022 жылдың 29 күні желтоқсанда", where="С.Сейфуллин кітапханасында",
         title="Кітапхана айдынында", cluster="c1")
    g.ev("other", "Шараға", "past", cluster="c1", participants=["мектеп мұғалімдері мен оқушылар"])
    g.ev("other", "Шара", "past", cluster="c1", after="қатысты.")
    g.ev("other", "кештің", "past", cluster="c1")
    g.announce(headline="«Кітапхана айдынында»", issuer="С.Сейфуллин атындағы орталықтандырылған кітапхана жүйесі",
               outlet=None, published="2022-12-29", place=None, main_event="c1")
    return g.save()


def childrens_library():
    g = new("district-childrens-library-excursion", "2018-11-02",
            publisher="District children's library (bibkr.ucoz.ru)", publisher_kind="culture", published="2018-11-02",
            url="https://bibkr.ucoz.ru/news/balalar_kitapkhanasyna_sajakhat/2018-11-02-1058")
    g.note("A district children's library's own news item (uCoz site); the date 2018-11-02 is in the page address (reference_date). The trailing '|' of the stored copy dropped. 'күзгі демалыс күндері' (the autumn school break) -> date '2018-FA' (season).")
    g.note("'Аудандық балалар кітапханасы' = ORGANISATION (it acts: opens its doors). '№ 2 А. Құнанбаев ат. орта мектептің' = ORGANISATION (the pupils' school; nested PERSON 'Абай Құнанбаев', world knowledge); its '№ 2' is part of the name. 'Кітап ханшайымы' (a costumed character) optional PERSON. \"Балалар баспасөзінде барлық қызықтар\" (title of the review) = EVENT; \"Журналистика елін\" (a display) = MISCELLANEOUS; \"Кітап ауруханасы\" үйірмесі = ORGANISATION (inside the quotes). 'бірінші сынып' -> ordinal 1.")
    g.note("Events: c1 = the first-graders' excursion ('экскурсияға келді'); c2 = the review of periodicals ('шолу жасалды', presentation); c3 = the display set up ('құрды', exhibition); c4 = the club's lessons that take place regularly ('сабақтары үнемі өтіп тұрады', training, ongoing).")
    g.tmp("күзгі демалыс күндері", "date", "2018-FA")
    g.ent("Аудандық балалар кітапханасы", "ORGANISATION")
    g.ent("№ 2 А. Құнанбаев ат. орта мектептің", "ORGANISATION", "№ 2 А. Құнанбаев ат. орта мектеп")
    g.nested("А. Құнанбаев", "PERSON", "Абай Құнанбаев")
    g.qty("бірінші", "ordinal", 1, unit="сынып")
    g.optional("Кітап ханшайымы", "PERSON")
    g.ent("Балалар баспасөзінде барлық қызықтар", "EVENT")
    g.ent("Журналистика елін", "MISCELLANEOUS", "Журналистика елі")
    g.ent("Кітап ауруханасы", "ORGANISATION")
    g.ev("excursion", "экскурсияға", "past", when="күзгі демалыс күндері", cluster="c1",
         participants=["№ 2 А. Құнанбаев ат. орта мектептің бірінші сынып оқушылары"])
    g.ev("presentation", "шолу", "past", title="Балалар баспасөзінде барлық қызықтар", cluster="c2")
    g.ev("exhibition", "құрды", "past", title="Журналистика елі", cluster="c3")
    g.ev("training", "сабақтары", "ongoing", cluster="c4")
    g.announce(headline=None, issuer="Аудандық балалар кітапханасы", outlet=None, published="2018-11-02", place=None,
               main_event="c1")
    return g.save()


def akmola_philharmonic():
    g = new("akmola-philharmonic-korisu-concert", None, publisher="Ukili Ybyrai Akmola Regional Philharmonic",
            publisher_kind="culture",
            url="https://fil-akmol.kz/index.php?option=com_content&view=article&id=676:nauryzym-n-rly-yrysym&catid=47&lang=kz&Itemid=127")
    g.note("The philharmonic's own news item. Publication date not shown (the text dates the concert 2021-03-14): reference_date null. The stored copy's last paragraph (the singers' names) is cut off mid-sentence and was dropped. Typo 'щығармашылық' and double spaces kept.")
    g.note("'Үкілі Ыбырай атындағы Ақмола облыстық филармониясында' = FACILITY (the venue; nested PERSON 'Үкілі Ыбырай', GPE 'Ақмола'); 'филармония фойесінде' (lowercase) optional FACILITY. 'Көрісу күніне' = EVENT (holiday); «Наурызым-нұрлы ырысым» = EVENT (concert title inside the quotes).")
    g.note("Events: c1 = the concert ('концерт өтті', 'Концерт филармония фойесінде өтті', 'концерттік бағдарлама ұсынылды', 'концерт ... безендіріліп'). The holiday paragraph ('Бұл мереке барысында халық ... амандық сұрасады') describes the custom in general (habitual): not an event mention.")
    g.tmp("2021 жылдың 14 наурыз күні", "date", "2021-03-14")
    g.ent("Үкілі Ыбырай атындағы Ақмола облыстық филармониясында", "FACILITY",
          "Үкілі Ыбырай атындағы Ақмола облыстық филармониясы")
    g.nested("Үкілі Ыбырай", "PERSON")
    g.nested("Ақмола", "GPE")
    g.ent("Көрісу күніне", "EVENT", "Көрісу күні")
    g.ent("Наурызым-нұрлы ырысым", "EVENT")
    g.optional("филармония фойесінде", "FACILITY", "филармония фойесі")
    W = "Үкілі Ыбырай атындағы Ақмола облыстық филармониясында"
    g.ev("concert", "концерт", "past", when="2021 жылдың 14 наурыз күні", where=W, title="Наурызым-нұрлы ырысым",
         cluster="c1", n=1)
    g.ev("concert", "Концерт", "past", where="филармония фойесінде", cluster="c1")
    g.ev("concert", "концерттік бағдарлама", "past", cluster="c1")
    g.ev("concert", "концерт", "past", cluster="c1", after="сүйемелдеуінде")
    g.announce(headline=None, issuer="Үкілі Ыбырай атындағы Ақмола облыстық филармониясы", outlet=None,
               published=None, place=None, main_event="c1")
    return g.save()


def jambyl_philharmonic():
    g = new("jambyl-philharmonic-xx25-festival", None, publisher="Zhambyl Kazakh State Academic Philharmonic",
            publisher_kind="culture", url="https://jambyl-philharmonic.kz/kk/news/hh25-festivalini-ashyluy-tti/")
    g.note("The philharmonic's own news item (Almaty). The site banner and its notice (door closing, age limit), the caption 'гасо' and the last, cut-off sentence were dropped. Date not shown (the philharmonic's 90th anniversary season, 2025): reference_date null; 'Бүгін' -> PRESENT_REF.")
    g.note("«ХХ25» (headline) and «ХХ-25» (body) = EVENT (festival name inside the quotes, as written). 'Төлепберген Әбдірашев атындағы ҚР Мемлекеттік академиялық симфониялық оркестрінің' = ORGANISATION (nested PERSON, GPE 'ҚР'). 'филармонияның', 'филармонияда' (the publisher, unnamed) not annotated. Temporals: '90 жылдығы' -> P90Y; 'ХХ ғасырдағы' -> date '19' (TIMEX century); 'өткен ғасырда' -> relative '19'; 'бүгінгі күнмен' (the present, generic) not annotated. 'екінші рет' -> ordinal 2.")
    g.note("Events: c2 = the festival's opening concert (opening): headline 'АШЫЛУЫ ӨТТІ' and body 'ашылу концерті өтті'; c1 = the festival itself, under way: headline 'ФЕСТИВАЛІНІҢ', 'фестивалінің', 'екінші рет өтіп жатқан фестивальдің' (ongoing). The anniversary ('90 жылдығы аясында') is the frame only.")
    g.ent("ХХ25", "EVENT")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.tmp("90 жылдығы", "duration", "P90Y")
    g.ent("Төлепберген Әбдірашев атындағы ҚР Мемлекеттік академиялық симфониялық оркестрінің", "ORGANISATION",
          "Төлепберген Әбдірашев атындағы ҚР Мемлекеттік академиялық симфониялық оркестрі")
    g.nested("Төлепберген Әбдірашев", "PERSON")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("ХХ-25", "EVENT")
    g.qty("екінші", "ordinal", 2, unit="рет")
    g.tmp("ХХ ғасырдағы", "date", "19")
    g.tmp("өткен ғасырда", "relative", "19")
    g.ev("festival", "ФЕСТИВАЛІНІҢ", "ongoing", title="ХХ25", cluster="c1")
    g.ev("opening", "АШЫЛУЫ", "past", title="ХХ25", cluster="c2")
    g.ev("festival", "фестивалінің", "ongoing", title="ХХ-25", cluster="c1")
    g.ev("opening", "ашылу концерті", "past", when="Бүгін", title="ХХ-25", cluster="c2",
         participants=["Төлепберген Әбдірашев атындағы ҚР Мемлекеттік академиялық симфониялық оркестрінің"])
    g.ev("festival", "фестивальдің", "ongoing", where="филармонияда", cluster="c1")
    g.announce(headline="«ХХ25» ФЕСТИВАЛІНІҢ АШЫЛУЫ ӨТТІ",
               issuer="Жамбыл атындағы Қазақ мемлекеттік академиялық филармониясы", outlet=None, published=None,
               place=None, main_event="c2")
    return g.save()

def atyrau_museum():
    g = new("atyrau-museum-new-acquisitions-2019", None,
            publisher="Atyrau Regional Museum of History and Local Lore", publisher_kind="museum",
            url="http://atyrau-museum.kz/index.php/kz/murazhaj-turaly/madeni-is-sharalar/1840-2019-zhyly-muzej-oryna-abyldan-an-zh-digerler-toptamasy-k-rmesi")
    g.note("The museum's own news item. An image caption glued to the first word in the stored copy ('корме19.7') was dropped; the stored copy stops mid-sentence, the text ends at the last complete sentence. Publication date not shown (the text dates the opening 2019-12-25): reference_date null.")
    g.note("The exhibition title «2019 жылы музей қорына қабылданған жәдігерлер топтамасы» = EVENT (inside the quotes, x2); the '2019 жылы' inside the title is part of the name (not a temporal). Temporals: '2019 жылы 25 желтоқсан күні' -> 2019-12-25; 'жыл ішінде' and 'Ағымдағы жыл' -> relative 2019 (the year of the opening). '1226 дана ... жәдігер' -> cardinal 1226 (unit жәдігер; 'дана' is a classifier).")
    g.note("Events: c1 = the exhibition opening (headline 'көрмесі' without a verb -> unknown; 'көрмесінің ашылуы өтті' -> past, trigger the exhibition noun as in abai-museum-otyrar-exhibition); c2 = the acquisition commission's five sittings ('комиссия отырысы өткізіліп', session).")
    T = "2019 жылы музей қорына қабылданған жәдігерлер топтамасы"
    g.ent(T, "EVENT", n=1)
    g.tmp("2019 жылы 25 желтоқсан күні", "date", "2019-12-25")
    g.tmp("жыл ішінде", "relative", "2019")
    g.ent(T, "EVENT", n=2)
    g.tmp("Ағымдағы жыл", "relative", "2019")
    g.qty("5 рет", "cardinal", 5, unit="рет")
    g.qty("1226", "cardinal", 1226, unit="жәдігер")
    g.ev("exhibition", "көрмесі", "unknown", title=T, cluster="c1")
    g.ev("exhibition", "көрмесінің", "past", when="2019 жылы 25 желтоқсан күні", title=T, cluster="c1")
    g.ev("session", "отырысы", "past", cluster="c2", amounts=["5 рет"])
    g.announce(headline="«2019 жылы музей қорына қабылданған жәдігерлер топтамасы» көрмесі",
               issuer="Атырау облыстық тарихи-өлкетану музейі", outlet=None, published=None, place=None,
               main_event="c1")
    return g.save()


def astanatv_museum():
    g = new("astanatv-nko-museum-ancient-exhibition", "2015-01-16", publisher="Astana TV",
            publisher_kind="news_agency", published="2015-01-16", url="https://astanatv.kz/kz/news/37486/")
    g.note("Astana TV's own news item (reference_date = page date 16.01.2015). Page chrome (menu, exchange rates, repeated headline, date/view line) dropped; the stored copy ends with a speaker caption and a quote cut off mid-sentence: the text ends before them. 'буссолям' as in the source.")
    g.note("'Солтүстік Қазақстан облыстық өлкетану мұражайында' = FACILITY (x2, venue; nested GPE). «Оларға дүниенің тылсым құпиялары ашылды» = EVENT (exhibition title, 'Осындай атаумен'). 'Қиыр Шығыста' = LOCATION; 'Қызылжардағы' = GPE (the following lowercase 'өлкетану мұражайына' is not a name).")
    g.note("Temporals: '1975-ші жылы' -> 1975; centuries '17-ші', '18-ші' (elliptical, 'ғасыр' given once) and '19-ғасырдағы' -> TIMEX centuries 16, 17, 18; 'көп ұзамай' -> FUTURE_REF. 'миллиондаған жыл бұрын' and 'біздің заманымызға дейін кезеңде' (vague eras) not annotated. Events: c1 = the exhibition (headline, lead, 'көрмеге ... қойылыпты'). The coming gift of the crab to the museum ('сыйға беріледі') is a transfer, not an event of the classes.")
    M = "Солтүстік Қазақстан облыстық өлкетану мұражайында"
    g.ent(M, "FACILITY", "Солтүстік Қазақстан облыстық өлкетану мұражайы", n=1)
    g.nested("Солтүстік Қазақстан", "GPE", n=1)
    g.ent("Оларға дүниенің тылсым құпиялары ашылды", "EVENT")
    g.ent(M, "FACILITY", "Солтүстік Қазақстан облыстық өлкетану мұражайы", n=2)
    g.nested("Солтүстік Қазақстан", "GPE", n=2)
    g.qty("300-ге жуық", "cardinal", 300, unit="жәдігер", approx="about")
    g.ent("Қиыр Шығыста", "LOCATION", "Қиыр Шығыс")
    g.tmp("1975-ші жылы", "date", "1975")
    g.tmp("көп ұзамай", "relative", "FUTURE_REF")
    g.ent("Қызылжардағы", "GPE", "Қызылжар")
    g.tmp("17-ші", "date", "16")
    g.tmp("18-ші", "date", "17")
    g.tmp("19-ғасырдағы", "date", "18")
    T = "Оларға дүниенің тылсым құпиялары ашылды"
    g.ev("exhibition", "көрмесі", "past", where=M, cluster="c1", n=1)
    g.ev("exhibition", "көрмесі", "past", where=M, title=T, cluster="c1", n=2)
    g.ev("exhibition", "көрмеге", "past", cluster="c1")
    g.announce(headline="Солтүстік Қазақстан облыстық өлкетану мұражайында ежелгі дәуір жәдігерлерінің көрмесі ашылды",
               issuer="Astana TV", outlet="Astana TV", published="2015-01-16", place=None, main_event="c1")
    return g.save()


def otyrar_olympiad():
    g = new("otyrar-presidential-olympiad-shymkent", None, publisher="Otyrar TV", source_detail="Shymkent regional TV, own report",
            publisher_kind="news_agency",
            url="https://kz.otyrar.kz/2021/10/prezidenttik-olimpiadanyn-algashqy-kezeni-a%d1%8fqtaldy")
    g.note("Otyrar TV's own report. No headline in the stored copy; the page address gives October 2021, no day: reference_date null; 'Бүгін', 'Бүгінде' -> PRESENT_REF, 'биыл' -> 2021 (year from the page address). The stored copy's last sentence is cut off and was dropped.")
    g.note("'Президенттік олимпиада' = EVENT (x2). 'Молда Мұса атындағы № 5 мектептің оқушысы' = POSITION (occupation in apposition; nested ORG and PERSON); the teachers named in the quote (first name + patronymic) = PERSON. 'Шымкенттік' = NORP. '1 орынды' -> ordinal 1; 'бірінші кезеңінен', 'Екінші кезеңге' -> ordinals; 'екі кезеңнен' -> cardinal 2; 'жыл сайын' -> set XXXX.")
    g.note("Events: c1 = today's award ceremony ('марапатталды' x2, 'сыйлықтар табыстады', award); c2 = the olympiad ('олимпиадаға ... қатысқан', 'Аталған байқау ... тұрады' generic present -> unknown); c3 = its first stage ('бірінші кезеңінен өткен', past). Quote: the student's «...» after 'Name, position:' (direct, verb null).")
    g.tmp("Бүгін", "relative", "PRESENT_REF", n=1)
    g.ent("Шымкентте", "GPE", "Шымкент")
    g.ent("Президенттік олимпиаданың", "EVENT", "Президенттік олимпиада")
    g.tmp("биыл", "relative", "2021")
    g.qty("187", "cardinal", 187, unit="оқушы")
    g.qty("екі", "cardinal", 2, unit="кезең")
    g.ent("Шымкенттік", "NORP", "шымкенттік")
    g.ent("Президенттік олимпиадада", "EVENT", "Президенттік олимпиада")
    g.tmp("жыл сайын", "set", "XXXX")
    g.tmp("Бүгін", "relative", "PRESENT_REF", n=2)
    g.qty("бірінші", "ordinal", 1, unit="кезең")
    g.ent("Данил Олейников", "PERSON")
    P = "Молда Мұса атындағы № 5 мектептің оқушысы"
    g.ent(P, "POSITION")
    g.nested("Молда Мұса атындағы № 5 мектептің", "ORGANISATION", "Молда Мұса атындағы № 5 мектеп")
    g.nested("Молда Мұса", "PERSON")
    g.tmp("Бүгінде", "relative", "PRESENT_REF")
    g.qty("1", "ordinal", 1, unit="орын", after="арқасында ")
    g.tmp("Алдағы уақытта", "relative", "FUTURE_REF")
    g.qty("Екінші", "ordinal", 2, unit="кезең")
    for t in ["Диана Сабировна", "Алена Игоровна"]:
        g.ent(t, "PERSON")
    g.ent("Татьяна Николаевнаға", "PERSON", "Татьяна Николаевна")
    g.tmp("Болашақта", "relative", "FUTURE_REF")
    g.ev("award", "марапатталды", "past", when="Бүгін", where="Шымкентте", cluster="c1", n=1)
    g.ev("competition", "олимпиадаға", "past", when="биыл", cluster="c2", amounts=["187"])
    g.ev("competition", "байқау", "unknown", cluster="c2", after="Аталған ")
    g.ev("competition", "кезеңінен", "past", cluster="c3")
    g.ev("award", "марапатталды", "past", when="Бүгін", cluster="c1", n=2)
    g.ev("award", "табыстады", "past", cluster="c1")
    g.quote("Білімімізді шыңдауға мүмкіндік берген жобаға алғысымды білдіремін. Бүгінде соның арқасында 1 орынды иелендім. Алдағы уақытта осы сынды байқауларға қатысып, жүлделі орындарды иеленуге талпынамын. Екінші кезеңге өттім. Ұстаздық етіп, білімін нәрін аямаған аяулы ұстаздарым Диана Сабировна, Алена Игоровна, Татьяна Николаевнаға шын жүректен алғысымды айтамын. Болашақта техникалық мамандыққа оқуға түсу ойымда бар",
            "Данил Олейников", None)
    g.person("Данил Олейников", [P], [("Данил Олейников",)])
    g.person("Диана Сабировна", [], [("Диана Сабировна",)])
    g.person("Алена Игоровна", [], [("Алена Игоровна",)])
    g.person("Татьяна Николаевна", [], [("Татьяна Николаевнаға",)])
    g.announce(headline=None, issuer="Otyrar TV", outlet="Otyrar TV", published=None, place=None, main_event="c1")
    return g.save()


def halyk_fund():
    g = new("halyk-fund-el-tiregi-campaign", None, publisher="«Халық» charity fund", publisher_kind="ngo",
            outlet="turantimes.kz", url="https://turantimes.kz/qogam/28088-el-treg-elbasy-akcijasy-bastaldy.html")
    g.note("turantimes.kz item on the «Халық» charity fund's campaign; the headline ('«Ел тірегі – Елбасы» акциясы басталды', page address) is not in the stored copy, which starts with the lead line; it stops inside a dash quote, and the text ends before it. Date not shown (summer 2020): reference_date null; '1 шілдеден бастап' -> XXXX-07-01, 'биылғы наурыз-сәуір айларында' -> range XXXX-03/XXXX-04.")
    g.note("'Көп түкірсе – көл' = ADAGE. '«Халық» қайырымдылық қоры Қамқоршылар кеңесінің' = one ORGANISATION from the guillemet (the fund's board of trustees; nested ORG 'Халық'). «Ел тірегі – ЕЛБАСЫ» акциясы = EVENT (campaign name inside the quotes). '50 келілік' = quantity 50 kg; '20 000' cardinal (unit отбасы); '500 миллион теңге' money.")
    g.note("Events: c1 = the campaign: lead 'Аталған акция ... біріктіріп үлгерді' (past) and '«Ел тірегі – ЕЛБАСЫ» акциясы басталды' (past). The spring food aid and the planned distribution are aid work, not separate events.")
    g.tmp("биылғы наурыз-сәуір айларында", "range", "XXXX-03/XXXX-04")
    g.ent("Көп түкірсе – көл", "ADAGE")
    g.tmp("1 шілдеден бастап", "date", "XXXX-07-01")
    g.ent("«Халық» қайырымдылық қоры Қамқоршылар кеңесінің", "ORGANISATION",
          "«Халық» қайырымдылық қоры Қамқоршылар кеңесі")
    g.nested("Халық", "ORGANISATION")
    g.ent("Ел тірегі – ЕЛБАСЫ", "EVENT")
    g.qty("20 000", "cardinal", 20000, unit="отбасы")
    g.qty("50 келілік", "quantity", 50, unit="кг")
    g.qty("500 миллион теңге", "money", 500000000, unit="KZT")
    g.ev("campaign", "акция", "past", cluster="c1", after="Аталған ")
    g.ev("campaign", "акциясы", "past", when="1 шілдеден бастап", where="республиканың барлық аймағында",
         title="Ел тірегі – ЕЛБАСЫ", cluster="c1", participants=["«Халық» қайырымдылық қоры"])
    g.announce(headline=None, issuer="«Халық» қайырымдылық қоры", outlet="turantimes.kz", published=None, place=None,
               main_event="c1")
    return g.save()


def kokshetau_auction():
    g = new("kokshetau-open-heart-charity-auction", "2025-12-13",
            publisher="Business Women Council of the Akmola regional chamber of entrepreneurs", publisher_kind="ngo",
            published="2025-12-13", outlet="arka-azhary.kz (Арқа ажары)",
            url="https://arka-azhary.kz/2025/12/13/%D0%B0%D1%83%D0%BA%D1%86%D0%B8%D0%BE%D0%BD%D0%BD%D0%B0%D0%BD-%D1%82%D2%AF%D1%81%D0%BA%D0%B5%D0%BD-7-%D0%BC%D0%B8%D0%BB%D0%BB%D0%B8%D0%BE%D0%BD-%D1%82%D0%B5%D2%A3%D0%B3%D0%B5-%D0%B0%D1%83/")
    g.note("Regional newspaper «Арқа ажары» item about a charity auction organised by the business women council of the regional chamber of entrepreneurs (a non-state body). Rubric 'ҚАЙЫРЫМДЫЛЫҚ' dropped; last, cut-off sentence dropped. reference_date = page date 2025-12-13. No time expressions in the text.")
    g.note("«Ашық жүрек» = EVENT (auction name, x2). 'Ақмола облысы кәсіпкерлер палатасының іскер әйелдер кеңесі' = one ORGANISATION (nested ORG, GPE 'Ақмола'). The three children = PERSON (people layer, no positions).")
    g.note("Events: c1 = the charity auction (type other): 'аукционы өтті', 'Іс-шараны ... ұйымдастырды', 'аукционының мәні ... болды', 'кештің', 'іс-шараның ... қол жеткізіліп' (amount 7 million KZT).")
    g.ent("Көкшетауда", "GPE", "Көкшетау")
    g.ent("Ашық жүрек", "EVENT", n=1)
    g.ent("Ақмола облысы кәсіпкерлер палатасының іскер әйелдер кеңесі", "ORGANISATION")
    g.nested("Ақмола облысы кәсіпкерлер палатасының", "ORGANISATION", "Ақмола облысы кәсіпкерлер палатасы")
    g.nested("Ақмола", "GPE")
    g.ent("Ашық жүрек", "EVENT", n=2)
    g.ent("Көкшетаудың", "GPE", "Көкшетау")
    g.qty("7 миллион теңге", "money", 7000000, unit="KZT")
    g.qty("үш", "cardinal", 3, unit="тұрғын", after="қаражат қаланың ")
    g.ent("Абылай Мұстафин", "PERSON")
    g.ent("Павел Купавцев", "PERSON")
    g.ent("Дастан Негметжановқа", "PERSON", "Дастан Негметжанов")
    g.ev("other", "аукционы", "past", where="Көкшетауда", title="Ашық жүрек", cluster="c1")
    g.ev("other", "Іс-шараны", "past", cluster="c1",
         participants=["Ақмола облысы кәсіпкерлер палатасының іскер әйелдер кеңесі"])
    g.ev("other", "аукционының", "past", title="Ашық жүрек", cluster="c1")
    g.ev("other", "кештің", "past", cluster="c1")
    g.ev("other", "іс-шараның", "past", cluster="c1", amounts=["7 миллион теңге"])
    g.person("Абылай Мұстафин", [], [("Абылай Мұстафин",)])
    g.person("Павел Купавцев", [], [("Павел Купавцев",)])
    g.person("Дастан Негметжанов", [], [("Дастан Негметжановқа",)])
    g.announce(headline=None, issuer="Ақмола облысы кәсіпкерлер палатасының іскер әйелдер кеңесі", outlet="Арқа ажары",
               published="2025-12-13", place=None, main_event="c1")
    return g.save()


def aktobe_volunteers():
    g = new("aktobe-volunteers-orphans-party", None, publisher="«Ақтөбе қайырымды жандары» volunteer group",
            publisher_kind="ngo", outlet="BAQ.KZ (via aktobenews.kz)",
            url="https://baq.kz/a-t-belik-zhastar-balalar-yini-t-rbielenushilerine-tegin-toy-zhasap-berdi_21864")
    g.note("BAQ.KZ item relaying aktobenews.kz about a volunteer group's party. No headline in the stored copy; the last, cut-off paragraph dropped. Date not shown (Nur-Sultan dateline, 2019-2022): reference_date null; 'Бұған дейін' -> PAST_REF.")
    g.note("'Ақтөбе қайырымды жандары' = ORGANISATION; '«Ақтөбе қайырымды жандары» еріктілер тобының жетекшісі' = one POSITION from the guillemet (nested ORG). «100 ата-әже кеші», «Нағыз батырлар тойы» = EVENT (titles; '100' inside a name is not a quantity); «АЯЛА» орталығы = ORGANISATION; 'Темір', 'Мәртөк', 'Қобда' (аудандары) = GPE. 'сексенге жуық' -> cardinal 80 about. Typo 'тартаратылды' kept.")
    g.note("Events: c1 = the party for orphanage children (celebration): 'мерекелік кеш ұйымдастырды', 'бұл алғашқы шарасы емес' (no tense -> unknown), 'мерекелік күнді ... арнаған', 'Кешімізге', 'Шара барысында', 'Шарамыздың соңында'; c2 and c3 = the two earlier evenings (past; trigger = the head noun inside each title). Quotes: 'Бұл туралы aktobenews.kz сайты хабарлайды' (indirect; the content is the preceding sentence) and the leader's «...» - дейді (direct).")
    g.ent("Нұр-Сұлтан", "GPE")
    g.ent("BAQ.KZ", "ORGANISATION")
    g.ent("Ақтөбе қайырымды жандары", "ORGANISATION", n=1)
    g.ent("aktobenews.kz", "ORGANISATION")
    g.tmp("Бұған дейін", "relative", "PAST_REF")
    g.ent("100 ата-әже кеші", "EVENT")
    g.ent("Нағыз батырлар тойы", "EVENT")
    for t in ["Темір", "Мәртөк", "Қобда"]:
        g.ent(t, "GPE")
    g.ent("АЯЛА", "ORGANISATION")
    g.qty("сексенге жуық", "cardinal", 80, unit="бала", approx="about")
    P = "«Ақтөбе қайырымды жандары» еріктілер тобының жетекшісі"
    g.ent(P, "POSITION")
    g.nested("Ақтөбе қайырымды жандары", "ORGANISATION", n=2)
    g.ent("Әсем Жұмабаева", "PERSON")
    g.ev("celebration", "кеш", "past", cluster="c1", after="мерекелік ",
         participants=["«Ақтөбе қайырымды жандары» еріктілер тобы"])
    g.ev("celebration", "шарасы", "unknown", cluster="c1")
    g.ev("celebration", "кеші", "past", title="100 ата-әже кеші", cluster="c2")
    g.ev("celebration", "тойы", "past", title="Нағыз батырлар тойы", cluster="c3")
    g.ev("celebration", "мерекелік күнді", "past", cluster="c1")
    g.ev("celebration", "Кешімізге", "past", cluster="c1", amounts=["сексенге жуық"])
    g.ev("celebration", "Шара", "past", cluster="c1", after="шақырылды. ")
    g.ev("celebration", "Шарамыздың", "past", cluster="c1")
    g.quote("«Ақтөбе қайырымды жандары» еріктілер тобы ата-ана қамқорлығынсыз қалған балаларға арнап мерекелік кеш ұйымдастырды",
            None, "хабарлайды", kind="indirect", speaker_entity="aktobenews.kz")
    g.quote("Кешімізге Темір, Мәртөк, Қобда аудандарындағы отбасылық үлгідегі балалар үйінің тәрбиеленушілері және «АЯЛА» орталығынан жалпы саны сексенге жуық балалар шақырылды. Шара барысында мүмкіндігімізше балалардың барлық армандарын орындауға тырыстық. Әндер айтылып, би биленді, ойындар ойнатылды. Аниматорлармен балалардың көңілдерін көтеріп, шын мәнінде бір «ғажайып ертегі әлеміне» енгендей әсерде болды. Шарамыздың соңында әр балаға сыйлық тартаратылды",
            "Әсем Жұмабаева", "дейді")
    g.person("Әсем Жұмабаева", [P], [("Әсем Жұмабаева",)])
    g.announce(headline=None, issuer="«Ақтөбе қайырымды жандары» еріктілер тобы", outlet="BAQ.KZ", published=None,
               place="Нұр-Сұлтан", main_event="c1")
    return g.save()


def kmg_lukoil():
    g = new("kmg-lukoil-zhenis-block-agreement", "2018-06-06", publisher="KazMunayGas", source_detail="joint signing with Lukoil, reported by Qazaqstan TV",
            publisher_kind="company", published="2018-06-06", outlet="Qazaqstan TV (qazaqstan.tv)",
            url="https://qazaqstan.tv/index.php/news/60880")
    g.note("Qazaqstan TV's report of the KazMunayGas-Lukoil signing (reference_date = page date 06.06.2018). Site name, repeated headline, byline and 'Хабарламаларға жазылу' dropped. Typo 'ораласқан' kept.")
    g.note("'Лукойл', 'ҚазМұнайГаз' = ORGANISATION (inside the quotes); «Жеңіс» блогы (an offshore licence block) = LOCATION; 'Каспий теңізінің' = LOCATION; 'қазақстандық' = NORP. '75-100 метр' = one quantity span, value 75, value_max 100 (unit метр). 'құзіретті органдармен' (generic) not annotated.")
    g.note("Events: c1 = the signing (headline and body 'қол қойды'); c2 = the planned negotiations with the authorities ('келіссөздер жүргізуін қарастырмақ', meeting, future).")
    g.ent("Лукойл", "ORGANISATION", n=1)
    g.ent("ҚазМұнайГаз", "ORGANISATION", n=1)
    g.ent("Жеңіс", "LOCATION", n=1)
    g.ent("Лукойл", "ORGANISATION", n=2)
    g.ent("ҚазМұнайГаз", "ORGANISATION", n=2)
    g.ent("Каспий теңізінің", "LOCATION", "Каспий теңізі", n=1)
    g.ent("қазақстандық", "NORP", n=1)
    g.ent("Жеңіс", "LOCATION", n=2)
    g.ent("Жеңіс", "LOCATION", n=3)
    g.ent("Каспий теңізінің", "LOCATION", "Каспий теңізі", n=2)
    g.ent("қазақстандық", "NORP", n=2)
    d = g.span("75-100 метр")
    d.update(kind="quantity", value=75, value_max=100, unit="метр", approx=None)
    g.data["quantities"].append(d)
    g.ev("signing", "қол қойды", "past", cluster="c1", n=1, participants=["Лукойл", "ҚазМұнайГаз"])
    g.ev("signing", "қол қойды", "past", cluster="c1", n=2,
         participants=["«Лукойл» және «ҚазМұнайГаз» компанияларының басшылары"])
    g.ev("meeting", "келіссөздер", "future", cluster="c2", participants=["тараптар", "құзіретті органдармен"])
    g.announce(headline="«Лукойл» мен «ҚазМұнайГаз» «Жеңіс» блогы бойынша қағидаттар туралы келісімге қол қойды",
               issuer="ҚазМұнайГаз", outlet="Qazaqstan", published="2018-06-06", place=None, main_event="c1")
    return g.save()

def akzhaiyk_fc():
    g = new("akzhaiyk-fc-season-start-2020", "2020-06-24", publisher="FC Akzhaiyk", source_detail="the club's press service",
            publisher_kind="sport", published="2020-06-24", outlet="zhaikpress.kz (Жайық пресс)",
            url="https://zhaikpress.kz/?p=106272")
    g.note("Regional newspaper item relaying the FC Akzhaiyk press service's announcement (reference_date = page date 24.06.2020). View counter and two image-ID lines dropped; the last paragraph (a dash quote cut off mid-sentence) dropped.")
    g.note("'Коронавирус инфекциясының' = DISEASE. '«Ақжайық» футбол клубының баспасөз қызметі' = one ORGANISATION from the guillemet (nested ORG 'Ақжайық'); 'Жетісу-Б', 'Қайрат-М' = ORGANISATION (teams); «Ақжайық» стадионы = FACILITY (inside the quotes); 'Ақжайықтың' (the club) = ORGANISATION; 'бразилиялық' = NORP; 'Мелло Джакомо' = PERSON.")
    g.note("Temporals: 'Бүгінде' -> 2020-06-24; 'бірінші шілде күні' -> 2020-07-01; 'төртінші шілде күні' -> 2020-07-04; 'биылғы', 'биыл' -> 2020; 'Өткен маусымда' (last season) -> relative 2019. Events: c1 = the 2020 championship ('шайқастары басталар' and 'біріншілігінің басталатынын', future; 'Ойындар ... стадионында өтеді' taken as the championship's games); c2 = the first home match with Жетісу-Б; c3 = the match with Қайрат-М on 4 July. Postponed competitions in general are not a mention. Quote: the press service's '... басталатынын мәлімдеді' (indirect).")
    g.ent("Коронавирус инфекциясының", "DISEASE", "Коронавирус инфекциясы")
    g.tmp("Бүгінде", "relative", "2020-06-24")
    g.ent("Оралда", "GPE", "Орал")
    S = "«Ақжайық» футбол клубының баспасөз қызметі"
    g.ent(S, "ORGANISATION")
    g.nested("Ақжайық", "ORGANISATION", n=1)
    g.tmp("бірінші шілде күні", "date", "2020-07-01")
    g.tmp("биылғы", "relative", "2020")
    g.ent("Жетісу-Б", "ORGANISATION")
    g.tmp("төртінші шілде күні", "date", "2020-07-04")
    g.ent("Қайрат-М", "ORGANISATION")
    g.ent("Ақжайық", "FACILITY", n=2)
    g.ent("Ақжайықтың", "ORGANISATION", "Ақжайық")
    g.tmp("Өткен маусымда", "relative", "2019")
    g.ent("бразилиялық", "NORP")
    g.ent("Мелло Джакомо", "PERSON")
    g.tmp("биыл", "relative", "2020", after="пандемия кесірінен ")
    g.ev("competition", "шайқастары", "future", cluster="c1")
    g.ev("competition", "біріншілігінің", "future", when="бірінші шілде күні", cluster="c1", n=1)
    g.ev("competition", "матчын", "future", where="өз алаңында", cluster="c2",
         participants=["Футболшыларымыз", "«Жетісу-Б» командасына"])
    g.ev("competition", "қабылдайды", "future", when="төртінші шілде күні", cluster="c3",
         participants=["«Қайрат-М» командасын"])
    g.ev("competition", "Ойындар", "future", where="«Ақжайық» стадионында", cluster="c1")
    g.quote("бірінші шілде күні биылғы ел біріншілігінің басталатынын", None, "мәлімдеді", kind="indirect",
            speaker_entity=S)
    g.person("Мелло Джакомо", [], [("Мелло Джакомо",)])
    g.announce(headline="Футбол жасыл алаңға оралады", issuer=S, outlet="Жайық пресс", published="2020-06-24",
               place=None, main_event="c1")
    return g.save()


def kokpar_oner():
    g = new("kokpar-oner-tournament-prize-fund", None,
            publisher="«Ұлттық спорт түрлері» association", source_detail="its president's announcement", publisher_kind="sport",
            outlet="informburo.kz",
            url="https://informburo.kz/kaz/newskaz/zuldyzdar-arasynda-otetin-oner-kokparynyn-zulde-qory-21-million-tengeni-quraidy")
    g.note("informburo.kz item on what the president of the «Ұлттық спорт түрлері» association announced. 'Тікелей эфир' chrome dropped; the stored copy stops inside a quote, the text ends before it. Publication date not shown (late June 2021): reference_date null; dates in the text carry their year or take 2021 from the range ('3, 4 шілде күндері' -> 2021-07-03/2021-07-04).")
    g.note("\"Өнер\" (көкпар) = EVENT (x3, inside the quotes); \"Елбасы кубогы\" = EVENT; \"Көкпар\" федерациясы = ORGANISATION ('Көкпар' inside the quotes); '\"Ұлттық спорт түрлері\" қауымдастығының президенті' = one POSITION from the quote mark (nested ORG). 'Тәуелсіздіктің 30 жылдығына' = EVENT and, by the 1.1 rule for 'N жылдығы', also a temporal duration P30Y on '30 жылдығына' (layers may overlap). 'елімізде' optional GPE.")
    g.note("Events: c1 = the «Өнер» kokpar among stars (headline 'өтетін ... көкпарының', '... көкпарына ... қатысады', '... көкпары ... басталады', future); c2 = the Kokpar federation's republican tournament ('турнирі өтіп жатыр', 'федерация турнирі ... ұйымдастырылып отыр', ongoing); c3 = the «Елбасы кубогы» tournament ('турнирлері басталады', future). 'Жарысқа ... қатысады' could refer to either tournament: not annotated. Quote: 'Бұл туралы ... Бекболат Тілеухан хабарлады' = indirect; its content = the three preceding sentences.")
    g.ent("Өнер", "EVENT", n=1)
    g.qty("21 миллион теңгені", "money", 21000000, unit="KZT")
    g.ent("Өнер", "EVENT", n=2)
    g.qty("9", "cardinal", 9, unit="команда")
    g.tmp("2021 жылдың 26 маусым мен 5 шілде аралығында", "range", "2021-06-26/2021-07-05")
    g.ent("Тәуелсіздіктің 30 жылдығына", "EVENT", "Тәуелсіздіктің 30 жылдығы")
    g.tmp("30 жылдығына", "duration", "P30Y")
    g.ent("Көкпар", "ORGANISATION")
    g.tmp("3, 4 шілде күндері", "range", "2021-07-03/2021-07-04")
    g.ent("Өнер", "EVENT", n=3)
    g.ent("Елбасы кубогы", "EVENT")
    g.qty("100-ге жуық", "cardinal", 100, unit="сәйгүлік", approx="about")
    P = "\"Ұлттық спорт түрлері\" қауымдастығының президенті"
    g.ent(P, "POSITION")
    g.nested("Ұлттық спорт түрлері", "ORGANISATION")
    g.ent("Бекболат Тілеухан", "PERSON")
    g.optional("елімізде", "GPE", "Қазақстан")
    g.ent("Қазақстанның", "GPE", "Қазақстан")
    g.qty("13", "cardinal", 13, unit="команда")
    g.qty("12 млн теңге", "money", 12000000, unit="KZT")
    g.ev("competition", "көкпарының", "future", cluster="c1", title="Өнер")
    g.ev("competition", "көкпарына", "future", cluster="c1", title="Өнер", amounts=["9"])
    g.ev("competition", "турнирі", "ongoing", when="2021 жылдың 26 маусым мен 5 шілде аралығында", cluster="c2", n=1)
    g.ev("competition", "көкпары", "future", when="3, 4 шілде күндері", title="Өнер", cluster="c1", after="шілде күндері ")
    g.ev("competition", "турнирлері", "future", when="3, 4 шілде күндері", title="Елбасы кубогы", cluster="c3")
    g.ev("competition", "турнирі", "ongoing", cluster="c2", after="клубтар арасындағы федерация ",
         amounts=["13", "12 млн теңге"])
    g.quote("2021 жылдың 26 маусым мен 5 шілде аралығында Тәуелсіздіктің 30 жылдығына арнап \"Көкпар\" федерациясының республикалық турнирі өтіп жатыр. Сондай-ақ, 3, 4 шілде күндері \"Өнер\" көкпары мен \"Елбасы кубогы\" республикалық турнирлері басталады. Жарысқа барлық өңірдің спортшылары мен 100-ге жуық сәйгүлік қатысады",
            "Бекболат Тілеухан", "хабарлады", kind="indirect")
    g.person("Бекболат Тілеухан", [P], [("Бекболат Тілеухан",)])
    g.announce(headline="Жұлдыздар арасында өтетін \"Өнер\" көкпарының жүлде қоры 21 миллион теңгені құрайды",
               issuer="«Ұлттық спорт түрлері» қауымдастығы", outlet="informburo.kz", published=None, place=None,
               main_event="c1")
    return g.save()


def chess_senat_open():
    g = new("chess-federation-senat-open-turkistan", None, publisher="Kazakhstan Chess Federation",
            publisher_kind="sport", outlet="aimak.com.kz", url="https://aimak.com.kz/?p=60229")
    g.note("Regional news site item on the Kazakhstan Chess Federation's tournament (with the Senate's support). The stored copy's last, cut-off sentence dropped. Date not shown (summer 2025): reference_date null; 'бүгін' -> PRESENT_REF, '12 шілде күні' -> XXXX-07-12, '29 тамызда' -> XXXX-08-29.")
    g.note("'Қазақстан Шахмат Федерациясы', 'ҚШФ', 'Қазақ шахмат федерациясы(ның)' = ORGANISATION (the last inside POSITIONs). «Senat Open» ІІ Кубогы = EVENT 'Senat Open' (inside the quotes; 'ІІ' is part of the name). Senators and federation officers: POSITION + PERSON. 'ТҮРКІСТАНДА', 'Түркістан қаласында' = GPE. The time control '10+5 минуттық' is a format label, not a quantity; 'швейцариялық жүйе' (Swiss system) not an entity.")
    g.note("Events: c1 = the Turkistan stage (headline 'ТУРНИРІ ӨТТІ', 'алғашқы кезеңі өз мәресіне жетті', 'Турнирге ... қатысты', 'Жарыс ... өтті', 'Аталған кезеңде', 'шараның'); c2 = the Senat Open II Cup as a whole ('Кубогының', 'Бұл ірі шахмат турнирі ... жүзеге асып'); c3 = the stage's opening ('Турнирдің ашылуында', opening); c4 = the semifinal ('Жартылай финалға', 'жартылай финал кезеңі ... өтсе', future); c5 = the final in Astana (future). Speeches at the opening are speech acts.")
    g.ent("ТҮРКІСТАНДА", "GPE", "Түркістан")
    g.ent("Түркістан", "GPE", n=1, after="ӨТТІ")
    g.ent("ҚР Парламенті Сенатының", "ORGANISATION", "ҚР Парламенті Сенаты", n=1)
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    g.ent("Қазақстан Шахмат Федерациясы", "ORGANISATION")
    g.nested("Қазақстан", "GPE", after="қолдауымен және ")
    g.ent("ҚШФ", "ORGANISATION", "Қазақстан Шахмат Федерациясы")
    g.ent("Senat Open", "EVENT")
    g.ent("Сенат Төрағасы", "POSITION")
    g.ent("Мәулен Әшімбаевтың", "PERSON", "Мәулен Әшімбаев")
    P1 = "Қазақ шахмат федерациясының президенті"
    g.ent(P1, "POSITION")
    g.nested("Қазақ шахмат федерациясының", "ORGANISATION", "Қазақ шахмат федерациясы")
    g.ent("Тимур Турлов", "PERSON")
    g.qty("9", "cardinal", 9, unit="тур")
    g.qty("120", "cardinal", 120, unit="адам")
    g.qty("105", "cardinal", 105, unit="қатысушы")
    P2 = "Қазақстан шахмат федерациясының вице-президенті"
    g.ent(P2, "POSITION")
    g.nested("Қазақстан шахмат федерациясының", "ORGANISATION", "Қазақстан шахмат федерациясы")
    g.nested("Қазақстан", "GPE", after="Турнирдің ашылуында ")
    g.ent("Александр Бабенко", "PERSON")
    P3 = "ҚР Парламенті Сенатының депутаты"
    g.ent(P3, "POSITION")
    g.nested("ҚР Парламенті Сенатының", "ORGANISATION", "ҚР Парламенті Сенаты", n=2)
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1, after="Александр Бабенко")
    g.ent("Мұрат Қадырбек", "PERSON")
    g.qty("35", "cardinal", 35, unit="қатысушы")
    g.tmp("бүгін", "relative", "PRESENT_REF")
    g.tmp("12 шілде күні", "date", "XXXX-07-12")
    g.ent("Түркістан", "GPE", after="12 шілде күні ")
    g.tmp("29 тамызда", "date", "XXXX-08-29")
    g.ent("Астанада", "GPE", "Астана")
    g.ev("competition", "ТУРНИРІ", "past", where="ТҮРКІСТАНДА", cluster="c1")
    g.ev("competition", "Кубогының", "past", title="Senat Open", cluster="c2")
    g.ev("competition", "кезеңі", "past", where="Түркістан қаласында", title="Senat Open", cluster="c1", n=1)
    g.ev("competition", "турнирі", "past", cluster="c2", after="Бұл ірі шахмат ")
    g.ev("competition", "Турнирге", "past", cluster="c1")
    g.ev("competition", "Жарыс", "past", cluster="c1", after="қатысты. ")
    g.ev("competition", "кезеңде", "past", cluster="c1", amounts=["120", "105"])
    g.ev("opening", "ашылуында", "past", cluster="c3", participants=["Александр Бабенко", "Мұрат Қадырбек"])
    g.ev("competition", "шараның", "past", cluster="c1")
    g.ev("competition", "финалға", "future", cluster="c4", after="Жартылай ")
    g.ev("competition", "жартылай финал кезеңі", "future", when="12 шілде күні", where="Түркістан қаласында",
         cluster="c4")
    g.ev("competition", "финал", "future", when="29 тамызда", where="Астанада", cluster="c5", after="өтсе, ")
    g.person("Мәулен Әшімбаев", ["Сенат Төрағасы"], [("Мәулен Әшімбаевтың",)])
    g.person("Тимур Турлов", [P1], [("Тимур Турлов",)])
    g.person("Александр Бабенко", [P2], [("Александр Бабенко",)])
    g.person("Мұрат Қадырбек", [P3], [("Мұрат Қадырбек",)])
    g.announce(headline="ТҮРКІСТАНДА ШАХМАТ ТУРНИРІ ӨТТІ", issuer="Қазақстан Шахмат Федерациясы", outlet="aimak.com.kz",
               published=None, place=None, main_event="c1")
    return g.save()

SCHOOL_NOTE = ("Schools and colleges: class, group and room labels ('9-10-11 сынып', '№23 топ', '№ 70') are identifiers, "
               "not quantities; 'N-сынып/топ студенті/оқушысы' in apposition = POSITION. Colleges (technical and "
               "vocational education) get publisher_kind 'school'.")


def ekibastuz_college():
    g = new("ekibastuz-college-victory-poetry-contest", "2019-05-06",
            publisher="College at egtkimkp.kz (Ekibastuz)", publisher_kind="school", published="2019-05-06",
            url="http://egtkimkp.kz/kk/2019/05/06/%d0%b6%d0%b5%d2%a3%d1%96%d1%81-%d0%b6%d1%8b%d1%80%d0%bb%d0%b0%d1%80%d1%8b/")
    g.note("A college's own news item; the college is not named in the text (site egtkimkp.kz, Ekibastuz). reference_date = 2019-05-06 from the page address; '4 мамыр күні' -> 2019-05-04. Double spaces kept.")
    g.note(SCHOOL_NOTE)
    g.note("'Жеңіс күні мерекесіне' and 'Жеңіс күніне' = EVENT (holiday); «Жеңіс жырлары» = EVENT (contest title); 'қазақ', 'орыс' (poets') = NORP. Places 'I', 'II', 'III' = ordinals. Events: c1 = the recitation contest ('сайысы өтті', 'Сайыста', 'Байқау талабы', 'Сайысқа', 'сайыс барысында', 'Байқаудың қорытындысы'); c2 = the awarding ('марапатталды'). The holiday is the occasion only.")
    g.tmp("4 мамыр күні", "date", "2019-05-04")
    g.ent("Жеңіс күні мерекесіне", "EVENT", "Жеңіс күні мерекесі")
    g.ent("Жеңіс жырлары", "EVENT")
    g.ent("Жеңіс күніне", "EVENT", "Жеңіс күні")
    g.ent("қазақ", "NORP")
    g.ent("орыс", "NORP")
    g.qty("I", "ordinal", 1, unit="орын", after="бойынша, ")
    g.ent("№23 топ студенті", "POSITION")
    g.ent("Соболева Римма", "PERSON")
    g.qty("II", "ordinal", 2, unit="орын")
    g.ent("№26 топ студенті", "POSITION")
    g.ent("Шалабай Нұргүл", "PERSON")
    g.qty("III", "ordinal", 3, unit="орын")
    g.ent("№29 топ студенті", "POSITION")
    g.ent("Ионов Данил", "PERSON")
    g.ev("competition", "сайысы", "past", when="4 мамыр күні", where="колледж кітапханасында", title="Жеңіс жырлары",
         cluster="c1")
    g.ev("competition", "Сайыста", "past", cluster="c1")
    g.ev("competition", "Байқау", "past", cluster="c1", after="оқыды. ")
    g.ev("competition", "Сайысқа", "past", cluster="c1")
    g.ev("competition", "сайыс", "past", cluster="c1", after="қатысты және ")
    g.ev("competition", "Байқаудың", "past", cluster="c1")
    g.ev("award", "марапатталды", "past", cluster="c2")
    g.person("Соболева Римма", ["№23 топ студенті"], [("Соболева Римма",)])
    g.person("Шалабай Нұргүл", ["№26 топ студенті"], [("Шалабай Нұргүл",)])
    g.person("Ионов Данил", ["№29 топ студенті"], [("Ионов Данил",)])
    g.announce(headline=None, issuer="колледж (egtkimkp.kz)", outlet=None, published="2019-05-06", place=None,
               main_event="c1")
    return g.save()


def kostanay_college():
    g = new("kostanay-college-students-day", None, publisher="College (kipk.edu.kz, Kostanay region)",
            publisher_kind="school", url="https://kipk.edu.kz/?p=1699")
    g.note("A college's own news item (not named in the text). No date: reference_date null; 'Осы жылы' -> XXXX. The stored copy stops mid-sentence; the text ends at the last complete sentence. Lowercase sentence start 'біздің' and 'облыс аумақтығында' kept.")
    g.note(SCHOOL_NOTE)
    g.note("'студенттердің Халықаралық Күні' = EVENT (normalized 'Студенттердің халықаралық күні'); 'Қостанай облысы өңірі' -> GPE 'Қостанай'; «Рухани жаңғыру» = PROJECT. Group 'МӨТ-15' and rooms '№ 70', '№ 3' are labels (not annotated); 'бірінші курстағылар' -> ordinal 1.")
    g.note("Events: c1 = the students' day celebration ('мерекесі дәстүрлі түрде өткізіледі' generic -> unknown; 'Мерекеде', 'Мерекеге келген' past); c2 = the trip across the region ('саяхат болды', tour); c3 = students commended ('мадақталған болды', award); c4 = the best rooms' prizes ('сыйлық ретінде алды', award).")
    g.ent("студенттердің Халықаралық Күні", "EVENT", "Студенттердің халықаралық күні")
    g.tmp("Осы жылы", "relative", "XXXX")
    g.ent("Қостанай", "GPE")
    g.ent("Рухани жаңғыру", "PROJECT")
    g.qty("бірінші", "ordinal", 1, unit="курс")
    g.ev("celebration", "мерекесі", "unknown", cluster="c1")
    g.ev("tour", "саяхат", "past", when="Осы жылы", where="Қостанай облысы өңірі бойынша", cluster="c2")
    g.ev("celebration", "Мерекеде", "past", cluster="c1")
    g.ev("award", "мадақталған", "past", cluster="c3")
    g.ev("award", "алды", "past", cluster="c4", after="сыйлық ретінде ")
    g.ev("celebration", "Мерекеге", "past", cluster="c1")
    g.announce(headline=None, issuer="колледж (kipk.edu.kz)", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def kostanay_school19():
    g = new("kostanay-school19-teachers-day", None, publisher="School No. 19 (Kostanay, 19mektep-kst.edu.kz)",
            publisher_kind="school", url="https://19mektep-kst.edu.kz/?p=438")
    g.note("The school's own news item. No date (5 October, the year of a new Address of the President, about 2018-2019): reference_date null; '05-қазан күні' -> XXXX-10-05, 'таңғы 7:30' -> time XXXX-10-05T07:30 (its suffix is written apart: '7:30 — дан'), 'Бұл күні' -> XXXX-10-05. The stored copy stops mid-sentence; text ends at the last complete sentence. Typos kept ('мекептің', 'қарсалуынан', 'өлініп').")
    g.note(SCHOOL_NOTE)
    g.note("'«Жас Ұлан» ұйымы' -> ORGANISATION 'Жас Ұлан'; «Өзін-өзі басқару күні» = EVENT (x2); 'Елбасымыздың' = POSITION 'Елбасы'; 'Қазақстан' (халқына) = GPE. The class names 12 «Q», «Z», «G» are labels. 'Жолдауын' (the President's Address, not named) not annotated.")
    g.note("Events: c1 = the Teachers' Day event ('іс-шара өтті', 'Бұл іс-шара ... басталды', 'Бұл мереке ... тұспа-тұс келді'); c2 = the Self-Government Day (trigger 'күні' inside its title, x2); c3 = the lessons given by pupils ('сабақ берді', training); c4 = the special lessons the staff attended ('сабақтарға қатысты', training). The Address's publication is a speech act.")
    g.tmp("05-қазан күні", "date", "XXXX-10-05")
    g.tmp("таңғы 7:30", "time", "XXXX-10-05T07:30")
    g.ent("Жас Ұлан", "ORGANISATION")
    g.tmp("Бұл күні", "relative", "XXXX-10-05")
    g.ent("Өзін-өзі басқару күні", "EVENT", n=1)
    g.ent("Өзін-өзі басқару күні", "EVENT", n=2)
    g.ent("Елбасымыздың", "POSITION", "Елбасы")
    g.ent("Қазақстан", "GPE")
    g.ev("celebration", "іс-шара", "past", when="05-қазан күні", cluster="c1", n=1)
    g.ev("celebration", "іс-шара", "past", when="таңғы 7:30", cluster="c1", n=2)
    g.ev("other", "күні", "past", title="Өзін-өзі басқару күні", cluster="c2", after="«Өзін-өзі басқару ")
    g.ev("training", "сабақ берді", "past", cluster="c3")
    g.ev("training", "сабақтарға", "past", cluster="c4")
    g.ev("other", "күні", "past", title="Өзін-өзі басқару күні", cluster="c2", n=1, after="қатысты. «Өзін-өзі басқару ")
    g.ev("celebration", "мереке", "past", cluster="c1", after="Бұл ")
    g.announce(headline=None, issuer="№19 мектеп (Қостанай)", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def merki_school11():
    g = new("merki-school11-mukagali-stage-contest", "2023-02-10",
            publisher="Secondary school No. 11 (Merki district)", publisher_kind="school", published="2023-02-10",
            url="http://11-merki.mektebi.kz/oushylara/meroprijatija-prazdniki/788-maali-shyraym-men-shyrajlym-men.html")
    g.note("The school's own item; the date lines ('10 / февраль / 2023') dropped as page chrome (reference_date 2023-02-10). No time expressions.")
    g.note(SCHOOL_NOTE)
    g.note("The contest title \"Мұқағали- шырағым менің, шырайлым менің\" = EVENT (x2, inside the quotes, as written). '№11 ЖОББМ-де' = ORGANISATION (the school); \"Оқуға құштар мектеп\" = PROJECT; 'ақын' = POSITION (occupation), 'Мұқағали Мақатаевтың' = PERSON ('Мұзбалақ', an epithet, not annotated). '5- 10 сыныптар' are grade labels.")
    g.note("Events: c1 = the stage-performance contest ('байқауын ... өткізілді', 'Байқауда'); c2 = the ten-day event for the poet's birthday ('онкүндік аясында': frame without a verb -> unknown).")
    T = "Мұқағали- шырағым менің, шырайлым менің"
    g.ent(T, "EVENT", n=1)
    g.ent("№11 ЖОББМ-де", "ORGANISATION", "№11 ЖОББМ")
    g.ent("Оқуға құштар мектеп", "PROJECT")
    g.ent("ақын", "POSITION")
    g.ent("Мұқағали Мақатаевтың", "PERSON", "Мұқағали Мақатаев")
    g.ent(T, "EVENT", n=2)
    g.ev("festival", "онкүндік", "unknown", cluster="c2")
    g.ev("competition", "байқауын", "past", title=T, cluster="c1", where="№11 ЖОББМ-де")
    g.ev("competition", "Байқауда", "past", cluster="c1")
    g.person("Мұқағали Мақатаев", ["ақын"], [("Мұқағали Мақатаевтың",)])
    g.announce(headline="\"Мұқағали- шырағым менің, шырайлым менің\"", issuer="№11 ЖОББМ (Меркі ауданы)", outlet=None,
               published="2023-02-10", place=None, main_event="c1")
    return g.save()


def dariyan_school():
    g = new("dariyan-school-veteran-teacher-meeting", None,
            publisher="Abai school-gymnasium-boarding school (Dariyan village)", publisher_kind="school",
            outlet="zhaikpress.kz (Жайық пресс)", url="https://zhaikpress.kz/?p=161404")
    g.note("A school's report published by the regional newspaper site. Date not shown (on the eve of the 30th anniversary of Independence, late 2021): reference_date null. The last, cut-off sentence dropped. The veteran's name appears as 'Гауһар Әбілбасова', 'Гайхһар Зікірияқызы' (typo) and 'Гаухар Зікірияқызы': one person, three PERSON mentions.")
    g.note("'Ел Тәуелсіздігінің 30 жылдық мерейтойы' = EVENT and '30 жылдық' = duration P30Y (1.1 rule). 'Дариян' = GPE; 'Абай атындағы мектеп–гимназия–интернаты' = ORGANISATION (the organiser; nested PERSON 'Абай'); «Үлкендер жолы – ұлылық, ұрпағы жүрер ұғынып» = EVENT (title). 'ардагер – ұстаз', 'ардагер ұстаз' = POSITION.")
    g.note("Events: c1 = the meeting evening (meeting): 'кездесу кешін ұйымдастырды', 'шараға ... қатысты', 'кездесу барысында', 'Жиын барысында', 'Кеш соңында'; c2 = the video screening ('бейнеролик көрсетілді', other). The anniversary is the occasion only.")
    g.ent("Ел Тәуелсіздігінің 30 жылдық мерейтойы", "EVENT")
    g.tmp("30 жылдық", "duration", "P30Y")
    g.ent("Дариян", "GPE")
    g.ent("Абай атындағы мектеп–гимназия–интернаты", "ORGANISATION", "Абай атындағы мектеп–гимназия–интернат")
    g.nested("Абай", "PERSON")
    T = "Үлкендер жолы – ұлылық, ұрпағы жүрер ұғынып"
    g.ent(T, "EVENT")
    g.ent("ардагер – ұстаз", "POSITION", "ардагер ұстаз")
    g.ent("Гауһар Әбілбасова", "PERSON")
    g.ent("ардагер ұстаз", "POSITION")
    g.ent("Гайхһар Зікірияқызы", "PERSON", "Гауһар Зікірияқызы")
    g.ent("Гаухар Зікірияқызы", "PERSON", "Гауһар Зікірияқызы")
    g.ev("meeting", "кездесу кешін", "past", where="Дариян ауылындағы", title=T, cluster="c1",
         participants=["Абай атындағы мектеп–гимназия–интернаты"])
    g.ev("meeting", "шараға", "past", cluster="c1", participants=["Гауһар Әбілбасова"])
    g.ev("meeting", "кездесу", "past", cluster="c1", after="Қызықты ")
    g.ev("other", "көрсетілді", "past", cluster="c2")
    g.ev("meeting", "Жиын", "past", cluster="c1")
    g.ev("meeting", "Кеш", "past", cluster="c1")
    g.person("Гауһар Әбілбасова", ["ардагер – ұстаз"],
             [("Гауһар Әбілбасова",), ("Гайхһар Зікірияқызы",), ("Гаухар Зікірияқызы",)])
    g.announce(headline=None, issuer="Абай атындағы мектеп–гимназия–интернаты (Дариян)", outlet="Жайық пресс",
               published=None, place=None, main_event="c1")
    return g.save()

def baq_kostanay_plants():
    g = new("baq-kostanay-kamlit-plants", None, publisher="BAQ.KZ", publisher_kind="news_agency",
            url="https://baq.kz/qostanayda-eki-zauyttyn-qurylysy-zhurip-zhatyr_275765")
    g.note("BAQ.KZ correspondent's own business report from Kostanay region (about 2022). No headline in the stored copy (page address: 'Қостанайда екі зауыттың құрылысы жүріп жатыр'); the last, cut-off sentence dropped. reference_date null; 'Бүгінге дейін' -> PRESENT_REF, 'алдағы күндері' -> FUTURE_REF, 'Таяуда' -> PAST_REF.")
    g.note("'Қостанай облысы' (dateline), 'Қостанай облысының басшылығы' -> GPE 'Қостанай'; 'BAQ.KZ тілшісі' = POSITION (as 'ҚазАқпарат тілшісі'); «KamLitKZ» серіктестігі = ORGANISATION; 'ресейлік' = NORP. A preposed approximator directly before the number is in the span ('шамамен 1330' -> 1330 about, unit 'жұмыс орны').")
    g.note("Events: c1 = the start of construction ('салына бастады', launch); c2 = the commissioning of the parts plant in 2024 ('пайдалануға берілмек', opening, future); c3 = the recent bilateral meeting ('Таяуда өткен екі жақты кездесуде', meeting). Completion of construction and job creation are outcomes, not events. Quotes: '... 70% көбейтіледі деп естелінген' (indirect, no speaker named) and 'Мамандар ... ашылады деп отыр' (indirect, speaker_entity Мамандар).")
    g.ent("Қостанай", "GPE", n=1)
    g.ent("BAQ.KZ тілшісі", "POSITION")
    g.nested("BAQ.KZ", "ORGANISATION")
    g.ent("Қостанайдағы", "GPE", "Қостанай", n=1)
    g.tmp("2023 жылы", "date", "2023")
    g.tmp("2024 жылы", "date", "2024")
    g.qty("үшінші", "ordinal", 3, unit="жоба")
    g.ent("Қазақстан", "GPE")
    g.qty("70%", "percent", 70)
    g.ent("Қостанай", "GPE", after="жобалар ")
    g.ent("ресейлік", "NORP")
    g.tmp("Бүгінге дейін", "relative", "PRESENT_REF")
    g.ent("KamLitKZ", "ORGANISATION")
    g.qty("300 млрд теңге", "money", 300000000000, unit="KZT")
    g.tmp("алдағы күндері", "relative", "FUTURE_REF")
    g.qty("шамамен 1330", "cardinal", 1330, unit="жұмыс орны", approx="about")
    g.tmp("Таяуда", "relative", "PAST_REF")
    g.ent("Қостанайдағы", "GPE", "Қостанай", n=2)
    g.ev("launch", "салына бастады", "past", where="Қостанайдағы индустрия аймағында", cluster="c1")
    g.ev("opening", "пайдалануға берілмек", "future", when="2024 жылы", cluster="c2")
    g.ev("meeting", "кездесуде", "past", when="Таяуда", cluster="c3")
    g.quote("Оның көмегімен Қазақстан аумағында аталған өнімнің өндірісін оқшаулау деңгейі 70% көбейтіледі", None,
            "деп естелінген", kind="indirect")
    g.quote("алдағы күндері шамамен 1330 жұмыс орны ашылады", None, "деп отыр", kind="indirect",
            speaker_entity="Мамандар")
    g.announce(headline=None, issuer="BAQ.KZ", outlet="BAQ.KZ", published=None, place="Қостанай", main_event="c1")
    return g.save()


def halyk_superapp():
    g = new("halyk-superapp-appteka-bonus", "2025-12-04", publisher="Halyk Bank", publisher_kind="bank",
            published="2025-12-04", url="https://halykbank.kz/index.php/kz/promo/317")
    g.note("The bank's own promotion page (rubric 'Акциялар' and page date 04.12.2025 dropped; reference_date 2025-12-04). The stored copy stops inside the next list ('Бонустарды есептеу бойынша ерекшеліктер:'), the text ends before it. List dashes and line breaks kept.")
    g.note("'Halyk Super App', 'APPTEKA'/'Appteka' (apps/services) = PRODUCT; 'Halyk' as the bank ('Halyk карталарымен', 'Halyk-тан') = ORGANISATION. Cities = GPE. Percentages, '5 000 теңге' money, '5 000 бонус' cardinal (unit бонус). '03.12.2025 – 31.12.2025' -> range 2025-12-03/2025-12-31; 'айына' -> set P1M. 'бір карта бойынша', 'бір клиентке' (distributive 'per one') not annotated.")
    g.note("Edit after the first commit: the 'Halyk' of 'Halyk карталарымен' in the first list item was anchored inside 'Halyk Super App' (a flat overlap the checker caught); it now sits on the cards' 'Halyk'.")
    g.note("Events: c1 = the promotion campaign ('Науқан кезеңі' and 'Науқан шеңберінде' without a verb -> unknown; 'Науқан өткізілетін қалалар' -> future).")
    g.ent("Halyk Super App", "PRODUCT", n=1)
    g.ent("APPTEKA", "PRODUCT", n=1)
    g.qty("15%", "percent", 15)
    g.ent("Halyk Super App", "PRODUCT", n=2)
    g.ent("APPTEKA", "PRODUCT", n=2)
    g.ent("Halyk", "ORGANISATION", after="сауда ақысын ")
    g.ent("Halyk-тан", "ORGANISATION", "Halyk")
    g.qty("10%", "percent", 10, n=1)
    g.qty("5%", "percent", 5, after="алыңыз, ал ")
    g.ent("APPTEKA", "PRODUCT", n=3)
    g.tmp("03.12.2025 – 31.12.2025", "range", "2025-12-03/2025-12-31")
    g.qty("10%", "percent", 10, n=2)
    g.ent("Halyk Super App", "PRODUCT", n=3)
    g.ent("APPTEKA", "PRODUCT", n=4)
    g.ent("Halyk", "ORGANISATION", n=2, after="- 10% бонус ")
    g.qty("5 000 теңге", "money", 5000, unit="KZT")
    g.qty("5%", "percent", 5, after="5 000 теңге;\n- ")
    g.ent("Appteka", "PRODUCT", n=1)
    g.tmp("айына", "set", "P1M")
    g.qty("5 000 бонус", "cardinal", 5000, unit="бонус")
    g.ent("Appteka", "PRODUCT", n=2)
    for c in ["Алматы", "Қаскелең", "Астана", "Ақтау", "Ақтөбе", "Атырау", "Қарағанды", "Орал", "Өскемен", "Павлодар",
              "Семей", "Тараз", "Шымкент", "Қостанай"]:
        g.ent(c, "GPE", after="қалалар: ")
    g.ev("campaign", "Науқан", "unknown", when="03.12.2025 – 31.12.2025", cluster="c1", n=1)
    g.ev("campaign", "Науқан", "unknown", cluster="c1", n=2)
    g.ev("campaign", "Науқан", "future", cluster="c1", n=3)
    g.announce(headline="Halyk Super App қосымшасындағы APPTEKA сервисінде 15% бонус", issuer="Halyk Bank", outlet=None,
               published="2025-12-04", place=None, main_event="c1")
    return g.save()


THEATRE_NOTE = ("Theatres: play titles in quotes ('«ҚҰЙЫН» драмасы', '«Дауыс» монодрамасы') = ART (inside the quotes); a "
                "theatre as venue = FACILITY, as the body acting (presents, invites) = ORGANISATION; credit labels and "
                "occupations ('Режиссері', 'Суретші', 'драматург') = POSITION; honorary titles optional only.")


def auezov_quiyn():
    g = new("auezov-theatre-quiyn-premiere", None,
            publisher="M. Auezov Kazakh National Drama Theatre", source_detail="premiere announcement relayed by standard.kz", publisher_kind="theatre",
            outlet="standard.kz", url="https://standard.kz/kz/post/quiyn-dramasy")
    g.note("The theatre's premiere announcement relayed by standard.kz (photo credit line dropped; the poetic synopsis lines after the credits, cut off mid-sentence, dropped). Publication date not shown (before 8 September 2023): reference_date null; '2023 жылдың 8 қыркүйегінде сағат 18.30-да' -> 2023-09-08T18:30; 'сағат 17.15-те' takes that day -> 2023-09-08T17:15.")
    g.note(THEATRE_NOTE)
    g.note("'Мұхтар Әуезов атындағы Қазақ ұлттық драма театры' (presents) = ORGANISATION; positions with the theatre's name ('М.Әуезов атындағы Ұлттық драма театрының көркемдік жетекшісі', '... директоры', '... режиссері', 'Ұлттық драма театры директорының кеңесшісі') = POSITION; '«Құйын» драмасының қоюшы-режиссері' = one POSITION from the guillemet (nested ART). 'КСРО Халық артисі', 'Қазақстанның еңбек сіңірген қайраткері' optional. 'Өнер айдынындағы көшбасшы' (epithet) and 'Ұжымдық жұмыс' not annotated. '98-маусымның' -> ordinal 98.")
    g.note("Events: c1 = the premiere ('«ҚҰЙЫН» драмасын ұсынады', 'Премьера қарсаңында', performance, future); c2 = the press conference before it ('баспасөз мәслихаты өтеді', 'Шараға ... қатысады').")
    g.tmp("2023 жылдың 8 қыркүйегінде сағат 18.30-да", "datetime", "2023-09-08T18:30")
    g.ent("Мұхтар Әуезов атындағы Қазақ ұлттық драма театры", "ORGANISATION")
    g.nested("Мұхтар Әуезов", "PERSON")
    g.qty("98-маусымның", "ordinal", 98, unit="маусым")
    g.ent("ҚҰЙЫН", "ART", "Құйын")
    g.ent("Режиссері", "POSITION", "режиссер")
    g.ent("Әлібек Өмірбекұлы", "PERSON", n=1)
    g.ent("Суретші", "POSITION", "суретші")
    g.ent("Әлібек Өмірбекұлы", "PERSON", n=2)
    g.ent("Мұрат Сапаров", "PERSON")
    g.tmp("сағат 17.15-те", "time", "2023-09-08T17:15")
    P1 = "М.Әуезов атындағы Ұлттық драма театрының көркемдік жетекшісі"
    g.ent(P1, "POSITION")
    g.nested("М.Әуезов атындағы Ұлттық драма театрының", "ORGANISATION", "М.Әуезов атындағы Ұлттық драма театры", n=1)
    g.nested("М.Әуезов", "PERSON", "Мұхтар Әуезов", n=1)
    g.optional("КСРО Халық артисі", "POSITION")
    g.ent("Асанәлі Әшімов", "PERSON")
    P2 = "Ұлттық драма театры директорының кеңесшісі"
    g.ent(P2, "POSITION")
    g.ent("Есмұқан Обаев", "PERSON")
    P3 = "М.Әуезов атындағы Ұлттық драма театрының директоры"
    g.ent(P3, "POSITION")
    g.nested("М.Әуезов атындағы Ұлттық драма театрының", "ORGANISATION", "М.Әуезов атындағы Ұлттық драма театры", n=2)
    g.nested("М.Әуезов", "PERSON", "Мұхтар Әуезов", n=2)
    g.optional("Қазақстанның еңбек сіңірген қайраткері", "POSITION")
    g.ent("Еркін Жуасбек", "PERSON")
    P4 = "М.Әуезов атындағы Ұлттық драма театрының режиссері"
    g.ent(P4, "POSITION")
    g.nested("М.Әуезов атындағы Ұлттық драма театрының", "ORGANISATION", "М.Әуезов атындағы Ұлттық драма театры", n=3)
    g.nested("М.Әуезов", "PERSON", "Мұхтар Әуезов", n=3)
    g.ent("Әубәкір Рахимов", "PERSON")
    P5 = "«Құйын» драмасының қоюшы-режиссері"
    g.ent(P5, "POSITION")
    g.nested("Құйын", "ART")
    g.ent("Әлібек Өмірбекұлы", "PERSON", n=3)
    g.ev("performance", "ұсынады", "future", when="2023 жылдың 8 қыркүйегінде сағат 18.30-да", title="Құйын",
         cluster="c1", participants=["Мұхтар Әуезов атындағы Қазақ ұлттық драма театры"])
    g.ev("performance", "Премьера", "future", cluster="c1")
    g.ev("press_conference", "баспасөз мәслихаты", "future", when="сағат 17.15-те", cluster="c2")
    g.ev("press_conference", "Шараға", "future", cluster="c2",
         participants=["Асанәлі Әшімов", "Есмұқан Обаев", "Еркін Жуасбек", "Әубәкір Рахимов", "Әлібек Өмірбекұлы"])
    g.person("Әлібек Өмірбекұлы", ["Режиссері", "Суретші", P5],
             [("Әлібек Өмірбекұлы", 1), ("Әлібек Өмірбекұлы", 2), ("Әлібек Өмірбекұлы", 3)])
    g.person("Мұрат Сапаров", ["Суретші"], [("Мұрат Сапаров",)])
    g.person("Асанәлі Әшімов", [P1], [("Асанәлі Әшімов",)])
    g.person("Есмұқан Обаев", [P2], [("Есмұқан Обаев",)])
    g.person("Еркін Жуасбек", [P3], [("Еркін Жуасбек",)])
    g.person("Әубәкір Рахимов", [P4], [("Әубәкір Рахимов",)])
    g.announce(headline=None, issuer="Мұхтар Әуезов атындағы Қазақ ұлттық драма театры", outlet="standard.kz",
               published=None, place=None, main_event="c1")
    return g.save()


def auezov_dauys():
    g = new("auezov-theatre-dauys-monodrama", None, publisher="M. Auezov Kazakh National Drama Theatre",
            publisher_kind="theatre", url="https://auezov-theatre.kz/kz/news/174")
    g.note("The theatre's own news item; the repeated headline with '- Exclusive', 'Өзге жаңалықтар' and the related-news list dropped. Date not shown (June 2023): reference_date null; '14 маусым күні' -> XXXX-06-14. Typo 'Мондрамадағы' kept.")
    g.note(THEATRE_NOTE)
    g.note("«Баяғыда білдім» (a line quoted in the headline) is not a name. 'Мұхтар Әуезов атындағы Қазақ Ұлттық драма театрында' and 'Театрдың Кіші залында' = FACILITY. 'Классикалық драма режиссері', 'театр режиссері', 'драматург' = POSITION; 'Тәжікстан Республикасының еңбек сіңірген артисі', 'Қазақстанның еңбек сіңірген қайраткері' optional.")
    g.note("Events: c1 = the premiere (headline and body 'премьерасы өтті', 'Театрдың Кіші залында өткен қойылым'). 'Қойылымнан ... байқауға болады' speaks of the play, not the happening.")
    g.ent("Дауыс", "ART", n=1)
    g.tmp("14 маусым күні", "date", "XXXX-06-14")
    g.ent("Мұхтар Әуезов атындағы Қазақ Ұлттық драма театрында", "FACILITY",
          "Мұхтар Әуезов атындағы Қазақ Ұлттық драма театры")
    g.nested("Мұхтар Әуезов", "PERSON")
    g.ent("Дауыс", "ART", n=2)
    g.ent("Классикалық драма режиссері", "POSITION")
    g.optional("Тәжікстан Республикасының еңбек сіңірген артисі", "POSITION")
    g.ent("театр режиссері", "POSITION")
    g.ent("драматург", "POSITION")
    g.ent("Барзу Абдуразаков", "PERSON")
    g.optional("Қазақстанның еңбек сіңірген қайраткері", "POSITION")
    g.ent("Дәрия Жүсіп", "PERSON", n=1)
    g.ent("Театрдың Кіші залында", "FACILITY", "Театрдың Кіші залы")
    g.ent("Дәрия Жүсіп", "PERSON", n=2)
    g.ev("performance", "премьерасы", "past", title="Дауыс", cluster="c1", n=1)
    g.ev("performance", "премьерасы", "past", when="14 маусым күні",
         where="Мұхтар Әуезов атындағы Қазақ Ұлттық драма театрында", title="Дауыс", cluster="c1", n=2)
    g.ev("performance", "қойылым", "past", where="Театрдың Кіші залында", cluster="c1", after="өткен ")
    g.person("Барзу Абдуразаков", ["Классикалық драма режиссері", "театр режиссері", "драматург"],
             [("Барзу Абдуразаков",)])
    g.person("Дәрия Жүсіп", [], [("Дәрия Жүсіп", 1), ("Дәрия Жүсіп", 2)])
    g.announce(headline="«Баяғыда білдім»: «Дауыс» монодрамасының премьерасы өтті",
               issuer="Мұхтар Әуезов атындағы Қазақ Ұлттық драма театры", outlet=None, published=None, place=None,
               main_event="c1")
    return g.save()


def kostanay_theatre():
    g = new("kostanay-kazakh-drama-theatre-premiere", None,
            publisher="I. Omarov Kostanay Regional Kazakh Drama Theatre", publisher_kind="theatre",
            url="https://kazteatr-kst.kz/kz/baspasoz/novosti/item/577")
    g.note("The theatre's own news item (rubric 'Мекеме жаңалықтары' dropped). The stored copy repeats its last sentence (page duplication): kept once. Date not shown: reference_date null; 'алдағы уақытта' -> FUTURE_REF. 'Түрменстан' (sic) kept.")
    g.note(THEATRE_NOTE)
    g.note("'І.Омаров атындағы Қостанай облыстық қазақ драма театрында' = FACILITY (nested PERSON, GPE). «Үрей. ІІІ Империя» and the three Brecht works = ART. 'Англиядан' = GPE; 'Орта Азия', 'Европа' = LOCATION; 'режиссер' = POSITION; 'облыс әкімінің орынбасары' = POSITION normalized with the region; 'Облыстық мәдениет басқармасының басшысы' = POSITION. 'Жылдың алғашқы' ('the year's first') is not a temporal.")
    g.note("Events: c1 = the premiere (headline 'премьерасы табысты өтті', 'премьерасы өтті', 'Премьераны тамашалаған', 'қойылымын'); c2 = the international festivals the company plans to take part in ('фестивальдеріне қатысып ... жоспарлап отыр', future).")
    g.ent("І.Омаров атындағы Қостанай облыстық қазақ драма театрында", "FACILITY",
          "І.Омаров атындағы Қостанай облыстық қазақ драма театры")
    g.nested("І.Омаров", "PERSON")
    g.nested("Қостанай", "GPE")
    g.ent("Үрей. ІІІ Империя", "ART")
    g.ent("Англиядан", "GPE", "Англия")
    g.optional("Түрменстан өнеріне еңбегі сіңген қайраткер", "POSITION")
    g.ent("Орта Азия", "LOCATION")
    g.ent("Европа", "LOCATION")
    g.ent("режиссер", "POSITION")
    g.ent("Овлякули Ходжакули", "PERSON")
    g.ent("Бертольт Брехттің", "PERSON", "Бертольт Брехт")
    g.ent("Үшінші империядағы қорқыныш пен торығу", "ART")
    g.ent("Баяғы сарбаз, сол сарбаз", "ART")
    g.ent("Кураж шешей мен оның балалары", "ART")
    g.ent("облыс әкімінің орынбасары", "POSITION", "Қостанай облысы әкімінің орынбасары")
    g.ent("Ринат Мұхаметқалиев", "PERSON")
    g.ent("Облыстық мәдениет басқармасының басшысы", "POSITION")
    g.ent("Құралбек Атамұратов", "PERSON")
    g.tmp("алдағы уақытта", "relative", "FUTURE_REF")
    g.ev("performance", "премьерасы", "past", cluster="c1", n=1)
    g.ev("performance", "премьерасы", "past", where="І.Омаров атындағы Қостанай облыстық қазақ драма театрында",
         title="Үрей. ІІІ Империя", cluster="c1", n=2)
    g.ev("performance", "Премьераны", "past", cluster="c1",
         participants=["Ринат Мұхаметқалиев", "Құралбек Атамұратов"])
    g.ev("performance", "қойылымын", "past", cluster="c1")
    g.ev("festival", "фестивальдеріне", "future", when="алдағы уақытта", cluster="c2")
    g.person("Овлякули Ходжакули", ["режиссер"], [("Овлякули Ходжакули",)])
    g.person("Бертольт Брехт", [], [("Бертольт Брехттің",)])
    g.person("Ринат Мұхаметқалиев", ["облыс әкімінің орынбасары"], [("Ринат Мұхаметқалиев",)])
    g.person("Құралбек Атамұратов", ["Облыстық мәдениет басқармасының басшысы"], [("Құралбек Атамұратов",)])
    g.announce(headline="Жылдың алғашқы премьерасы табысты өтті",
               issuer="І.Омаров атындағы Қостанай облыстық қазақ драма театры", outlet=None, published=None, place=None,
               main_event="c1")
    return g.save()

def caravan_newborns():
    g = new("caravan-astana-day-newborns", None, publisher="Caravan.kz", publisher_kind="news_agency",
            url="https://kaz.caravan.kz/zhangalyqtar/astana-merekesinde-elordadaghy-perzentkhanalarda-74-sabi-duniege-keldi-103106/amp")
    g.note("Caravan.kz's own health news item (logo line and repeated headline dropped). Date not shown: reference_date null. The day is the Astana city holiday: 'мереке күні', 'бұл күні', 'қала күнінде' are resolved to the holiday's fixed date XXXX-07-06 (a named date, like 'Республика күні'); 'жылына' -> set P1Y.")
    g.note("Maternity hospitals named by number or title = FACILITY: 'Астана қаласының Перинаталдық орталығында', '№ 3 перзентханада', '№1 перзентханасында' ('қаланың' left out), 'Ана мен бала орталығында'. 'Астана мерекесінде' = EVENT (nested GPE); 'елордадағы', 'елорда', 'Бас шаһарда' optional GPE. Counts of births = cardinals ('74 -ті' -> span '74'); '16 мыңға тарта' -> 16000 about. Typo 'баралар' kept.")
    g.note("Events: the holiday mention in the headline ('Астана мерекесінде', holiday, c1); births are not events of the classes.")
    g.ent("Астана мерекесінде", "EVENT", "Астана мерекесі")
    g.nested("Астана", "GPE", n=1)
    g.optional("елордадағы", "GPE", "Астана")
    g.qty("74", "cardinal", 74, unit="сәби", n=1)
    g.ent("Астана қаласының Перинаталдық орталығында", "FACILITY", "Астана қаласының Перинаталдық орталығы")
    g.nested("Астана", "GPE", n=2)
    g.tmp("мереке күні", "date", "XXXX-07-06", n=1)
    g.qty("17", "cardinal", 17, unit="бала")
    g.ent("№ 3 перзентханада", "FACILITY", "№ 3 перзентхана")
    g.qty("23", "cardinal", 23, unit="ана")
    g.ent("№1 перзентханасында", "FACILITY", "№1 перзентхана")
    g.tmp("бұл күні", "date", "XXXX-07-06")
    g.qty("27", "cardinal", 27, unit="бала")
    g.ent("Ана мен бала орталығында", "FACILITY", "Ана мен бала орталығы")
    g.qty("7", "cardinal", 7, unit="ана", after="Ана мен бала орталығында ")
    g.optional("елорда", "GPE", "Астана", after="жалпы ")
    g.tmp("қала күнінде", "date", "XXXX-07-06")
    g.qty("74", "cardinal", 74, unit="бөбек", n=2)
    g.optional("Бас шаһарда", "GPE", "Астана")
    g.tmp("жылына", "set", "P1Y")
    g.qty("16 мыңға тарта", "cardinal", 16000, unit="бала", approx="about")
    g.tmp("мереке күні", "date", "XXXX-07-06", n=2)
    g.ev("holiday", "мерекесінде", "past", cluster="c1")
    g.announce(headline="Астана мерекесінде елордадағы перзентханаларда 74 сәби дүниеге келді", issuer="Caravan.kz",
               outlet="Caravan.kz", published=None, place=None, main_event=None)
    return g.save()


def qazaq_adebieti_conference():
    g = new("qazaq-adebieti-abai-heritage-conference", "2017-12-08", publisher="«Қазақ әдебиеті» newspaper",
            publisher_kind="news_agency", published="2017-12-08",
            url="https://qazaqadebieti.kz/13156/shy-armashyly-m-ra-zh-ne-p-naraly-zertteu")
    g.note("The newspaper's own report of the conference it organised (page date 08.12.2017; view counters dropped). The stored copy continues with the conference talks; only the first speaker's opening paragraphs are kept (the text ends before a cut-off sentence).")
    g.note("'Қазақ әдебиеті' = ORGANISATION (the newspaper, inside the quotes). 'әл-Фараби атындағы Қазақ Ұлттық университеті жанындағы Абай ғылыми-зерттеу институтының' = one ORGANISATION (nested ORG, PERSONs). The theme «Абайдың шығармашылық мұрасын пәнаралық зерттеу» = EVENT (title). 'ф.ғ.д.' (degree) not annotated; 'профессор' = POSITION. 'Абай' in the talk = PERSON (people layer, no position); 'Абайтану' (a field) not annotated. '2015-2017 жылдар аралығында' -> range 2015/2017.")
    g.note("Events: c1 = the conference ('конференция өткізді', 'Конференцияға ... қатысты', 'Конференцияда'). The speaker's talk is introduced as 'Name, degree, title:' and a dash paragraph without a closing mark: not annotatable as a direct quote span (no closing mark), left out of the quote layer.")
    g.ent("Қазақ әдебиеті", "ORGANISATION")
    I = "әл-Фараби атындағы Қазақ Ұлттық университеті жанындағы Абай ғылыми-зерттеу институтының"
    g.ent(I, "ORGANISATION", "әл-Фараби атындағы Қазақ Ұлттық университеті жанындағы Абай ғылыми-зерттеу институты")
    g.nested("әл-Фараби атындағы Қазақ Ұлттық университеті", "ORGANISATION", n=1)
    g.nested("әл-Фараби", "PERSON", n=1)
    g.nested("Абай", "PERSON", n=1)
    T = "Абайдың шығармашылық мұрасын пәнаралық зерттеу"
    g.ent(T, "EVENT")
    g.nested("Абайдың", "PERSON", "Абай")
    g.ent("Жанғара Дәдебаев", "PERSON")
    g.ent("профессор", "POSITION")
    g.ent("Абай", "PERSON", after="– ")
    g.tmp("2015-2017 жылдар аралығында", "range", "2015/2017")
    g.ent("Қазақстан Республикасы Білім және ғылым министрлігінің", "ORGANISATION",
          "Қазақстан Республикасы Білім және ғылым министрлігі")
    g.nested("Қазақстан Республикасы", "GPE")
    g.ent("әл-Фараби атындағы Қазақ Ұлттық университетінде", "ORGANISATION",
          "әл-Фараби атындағы Қазақ Ұлттық университеті", n=1)
    g.nested("әл-Фараби", "PERSON", n=1, after="бойынша ")
    g.ent("әл-Фараби атындағы Қазақ Ұлттық университетінде", "ORGANISATION",
          "әл-Фараби атындағы Қазақ Ұлттық университеті", n=2)
    g.nested("әл-Фараби", "PERSON", n=1, after="білім пәні ретінде ")
    g.ev("conference", "конференция", "past", where=I, title=T, cluster="c1", n=1,
         participants=["Қазақ әдебиеті"])
    g.ev("conference", "Конференцияға", "past", cluster="c1")
    g.ev("conference", "Конференцияда", "past", cluster="c1")
    g.person("Жанғара Дәдебаев", ["профессор"], [("Жанғара Дәдебаев",)])
    g.person("Абай", [], [("Абай", 1, "– ")])
    g.announce(headline="Шығармашылық мұра және пәнаралық зерттеу", issuer="«Қазақ әдебиеті» газеті",
               outlet="Қазақ әдебиеті", published="2017-12-08", place=None, main_event="c1")
    return g.save()


MUSEUM_NOTE = ("Museums: the museum as venue = FACILITY, as the body acting (its staff, its press service) = "
               "ORGANISATION; exhibition and event titles in quotes = EVENT, album/book titles = ART. The museum "
               "holiday ('Халықаралық музейлер күні') is an EVENT entity; as an occasion ('күніне орай') it is not an "
               "event mention.")


def aktobe_museum():
    g = new("aktobe-museum-dastur-party", None, publisher="Aktobe Regional Museum of History and Local Lore",
            publisher_kind="museum", url="https://aqtobe-museum.kz/kz/news?start=80")
    g.note("A short item from the museum's own news list (the museum is not named in the text; site aqtobe-museum.kz). Date not shown: reference_date null; '18 мамыр күні сағат 21.00-02.00 аралығында' -> range XXXX-05-18T21:00/XXXX-05-19T02:00 (the night runs past midnight).")
    g.note(MUSEUM_NOTE)
    g.note("«Ұлттық құндылықтар – ұлтымыздың қорғаны» = EVENT (title); 'Дәстүр-Party' (the format's name, capitalised, before 'шарасы') = EVENT; 'қазақ' (халқының) = NORP. Events: c1 = the Dästür-Party night ('шарасы ұйымдастырылды'; 'Шараның негізгі мақсаты' has no verb -> unknown).")
    g.tmp("18 мамыр күні сағат 21.00-02.00 аралығында", "range", "XXXX-05-18T21:00/XXXX-05-19T02:00")
    g.ent("Халықаралық музейлер күніне", "EVENT", "Халықаралық музейлер күні")
    T = "Ұлттық құндылықтар – ұлтымыздың қорғаны"
    g.ent(T, "EVENT")
    g.ent("Дәстүр-Party", "EVENT")
    g.ent("қазақ", "NORP")
    g.ev("other", "шарасы", "past", when="18 мамыр күні сағат 21.00-02.00 аралығында", title=T, cluster="c1")
    g.ev("other", "Шараның", "unknown", cluster="c1")
    g.announce(headline=None, issuer="Ақтөбе облыстық тарихи-өлкетану музейі", outlet=None, published=None,
               place=None, main_event="c1")
    return g.save()


def ezhelgi_taraz_interview():
    g = new("ezhelgi-taraz-museum-day-interview", None,
            publisher="«Ежелгі Тараз ескерткіштері» historical-cultural museum-reserve", publisher_kind="museum",
            url="https://ezhelgi-taraz.kz/news/1074-khaly-araly-muzejler-k-nine-oraj-s-khbat-berildi")
    g.note("The museum-reserve's own news item. Date not shown (International Museum Day, 18 May, not resolved by world knowledge): reference_date null; 'Бүгін' -> PRESENT_REF. The source writes some words with a Latin 'i' ('күнiне', 'үшiн', 'күнi') and has 'кауымдастык' and a missing space in 'таң,Жамбыл': kept as stored.")
    g.note(MUSEUM_NOTE)
    g.note("'Халықаралық музейлер күнiне' / 'Халықаралық музейлер күнi' = EVENT. \"JAMBYL TV\" = ORGANISATION; \"Қайырлы таң,Жамбыл\" (TV programme) = ART; \"Ежелгі Тараз ескерткіштері\" (the museum-reserve acting: its staff) = ORGANISATION. Events: c1 = the TV interview ('сұхбат берілді', 'Сұхбат барысында', type other).")
    g.ent("Халықаралық музейлер күнiне", "EVENT", "Халықаралық музейлер күні")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.ent("Халықаралық музейлер күнi", "EVENT", "Халықаралық музейлер күні", after="Бүгін")
    g.ent("JAMBYL TV", "ORGANISATION")
    g.ent("Қайырлы таң,Жамбыл", "ART")
    g.ent("Ежелгі Тараз ескерткіштері", "ORGANISATION")
    g.nested("Тараз", "GPE")
    g.ev("other", "сұхбат", "past", cluster="c1")
    g.ev("other", "Сұхбат", "past", where="\"Қайырлы таң,Жамбыл\" атты таңғы бағдарламасында", cluster="c1")
    g.announce(headline="Халықаралық музейлер күнiне орай сұхбат берілді",
               issuer="«Ежелгі Тараз ескерткіштері» тарихи-мәдени музей-қорығы", outlet=None, published=None,
               place=None, main_event="c1")
    return g.save()


def east_kazakhstan_museum():
    g = new("east-kazakhstan-museum-police-day-visit", None,
            publisher="East Kazakhstan Regional Museum-Reserve", source_detail="signed by its press service", publisher_kind="museum",
            url="https://vkoem.kz/index.php/zhaalytary/127-zhaalytary/3239-kulturnaya-programma-v-den-policzii")
    g.note("The museum-reserve's own news item, signed by its press service (the pagination line dropped). Publication date not shown (the text dates the meeting 2021-06-23): reference_date null.")
    g.note(MUSEUM_NOTE)
    g.note("'Қазақстан Республикасының Полициясы күні', 'Мемлекеттік қызметшілер күні' = EVENT (holidays). 'М. Горький, 59 көшесіндегі' = LOCATION (street address; nested PERSON; '59' is part of the address). 'Шығыс Қазақстан облыстық музей-қорығының' (venue) = FACILITY; 'Шығыс Қазақстан облысы Әділет департаментінің' = ORGANISATION; 'Департамент' (anaphoric) optional ORGANISATION; «Ұмай – бабалар мұрасы» = EVENT (exhibition art project); the album title = ART (its centuries are inside a title: not temporals); 'қазақ' (этнографиясының) = NORP; the signature 'Музей-қорықтың баспасөз қызметі' = ORGANISATION.")
    g.note("Events: c1 = the meeting with the justice department's heads ('кездесу өтті'); c2 = the exhibition they saw ('көрме арт-жобасымен танысты', past); c3 = the gifts ('сыйға тартылды', award). The holidays give the date, they are not asserted as happenings here.")
    g.tmp("2021 жылдың 23 маусымында", "date", "2021-06-23")
    g.ent("Қазақстан Республикасының Полициясы күні", "EVENT")
    g.nested("Қазақстан Республикасының", "GPE", "Қазақстан Республикасы")
    g.ent("Мемлекеттік қызметшілер күні", "EVENT")
    g.ent("М. Горький, 59 көшесіндегі", "LOCATION", "М. Горький көшесі, 59")
    g.nested("М. Горький", "PERSON")
    g.ent("Шығыс Қазақстан облыстық музей-қорығының", "FACILITY", "Шығыс Қазақстан облыстық музей-қорығы")
    g.nested("Шығыс Қазақстан", "GPE", n=1)
    g.ent("Шығыс Қазақстан облысы Әділет департаментінің", "ORGANISATION",
          "Шығыс Қазақстан облысы Әділет департаменті")
    g.nested("Шығыс Қазақстан", "GPE", n=2)
    g.optional("Департамент", "ORGANISATION", "Шығыс Қазақстан облысы Әділет департаменті")
    g.ent("қазақ", "NORP")
    g.ent("Ұмай – бабалар мұрасы", "EVENT")
    g.ent("Қазақтың зергерлік әшекейлері. XVIII ғасырдың екінші жартысы - ХХ ғасырдың ортасы", "ART")
    g.tmp("алдағы уақыттағы", "relative", "FUTURE_REF")
    g.ent("Музей-қорықтың баспасөз қызметі", "ORGANISATION",
          "Шығыс Қазақстан облыстық музей-қорығының баспасөз қызметі")
    g.ev("meeting", "кездесу", "past", when="2021 жылдың 23 маусымында",
         where="Шығыс Қазақстан облыстық музей-қорығының тұрақты экспозиция залдарында", cluster="c1",
         participants=["Шығыс Қазақстан облысы Әділет департаментінің басшыларымен"])
    g.ev("exhibition", "көрме", "past", title="Ұмай – бабалар мұрасы", cluster="c2")
    g.ev("award", "сыйға тартылды", "past", cluster="c3")
    g.announce(headline=None, issuer="Шығыс Қазақстан облыстық музей-қорығының баспасөз қызметі", outlet=None,
               published=None, place=None, main_event="c1")
    return g.save()


def kazatomprom_plant():
    g = new("kazatomprom-south-tortkuduk-plant", "2025-07-05", publisher="Kazatomprom", source_detail="the plant launch with the CEO's words",
            publisher_kind="company", published="2025-07-05", outlet="Munarmedia.kz",
            url="https://www.munar-media.kz/posts/turkistan-oblysynda-quny-75-mlrd-tengege-zuyq-uran-ondeu-zauyty-iske-qosyldy-francuzdarmen-birlesken-zoba")
    g.note("Munarmedia.kz report of Kazatomprom's plant launch with the CEO's words (dateline 'Munarmedia.kz. 05.07.2025 /Астана/-', reference_date 2025-07-05). The stored copy goes on with a sub-headed second story ('Қазатомөнеркәсіптің табысы төмендеді ме?'), cut off: the text ends before it.")
    g.note("'Оңтүстік Тортқұдық' (deposit) = LOCATION (x2); 'Түркістан', 'Созақ' = GPE; 'Катко', 'Қазатомөнеркәсіп(пен/тің)' = ORGANISATION; 'француздық' = NORP ('қазақстандық-француздық' compound adjective not annotated); 'ұлттық компанияның басшысы' = POSITION. '74,7 млрд теңгеге' money; '2000 тонна' quantity; 'үш жыл' duration P3Y.")
    g.note("Events: c1 = the plant's launch ('өз жұмысын бастады', launch, past; in the quote 'іске қосылуы — ... кезең' and 'Бұл оқиға' without a tense -> unknown); c2 = the ceremony where the CEO spoke ('салтанатты шара кезінде', ceremony, past).")
    g.ent("Munarmedia.kz", "ORGANISATION")
    g.tmp("05.07.2025", "date", "2025-07-05")
    g.ent("Астана", "GPE")
    g.ent("Түркістан", "GPE")
    g.ent("Созақ", "GPE")
    g.ent("Оңтүстік Тортқұдық", "LOCATION", n=1)
    g.tmp("үш жыл", "duration", "P3Y")
    g.qty("74,7 млрд теңгеге", "money", 74700000000, unit="KZT")
    g.qty("2000 тонна", "quantity", 2000, unit="тонна")
    g.ent("француздық", "NORP", after="Жоба ")
    g.ent("Катко", "ORGANISATION")
    g.ent("Қазатомөнеркәсіппен", "ORGANISATION", "Қазатомөнеркәсіп")
    g.ent("Оңтүстік Тортқұдық", "LOCATION", n=2)
    g.ent("Қазақстан", "GPE", after="зауытының іске қосылуы — ")
    g.ent("Қазатомөнеркәсіптің", "ORGANISATION", "Қазатомөнеркәсіп")
    g.ent("ұлттық компанияның басшысы", "POSITION")
    g.ent("Мейіржан Юсупов", "PERSON")
    g.ev("launch", "жұмысын бастады", "past", where="Түркістан облысының Созақ ауданында", cluster="c1")
    g.ev("launch", "іске қосылуы", "unknown", cluster="c1")
    g.ev("launch", "оқиға", "unknown", cluster="c1")
    g.ev("ceremony", "салтанатты шара", "past", cluster="c2", participants=["Мейіржан Юсупов"])
    g.quote("Оңтүстік Тортқұдық кен орнындағы уран өңдеу зауытының іске қосылуы — Қазақстан атом саласы үшін аса маңызды кезең. Бұл оқиға Қазатомөнеркәсіптің әлемдік уран нарығындағы көшбасшылық позициясын нығайта түседі",
            "Мейіржан Юсупов", "деді")
    g.person("Мейіржан Юсупов", ["ұлттық компанияның басшысы"], [("Мейіржан Юсупов",)])
    g.announce(headline=None, issuer="Қазатомөнеркәсіп", outlet="Munarmedia.kz", published="2025-07-05",
               place="Астана", main_event="c1")
    return g.save()


def kazatomprom_output():
    g = new("kazatomprom-uranium-output-2018", None,
            publisher="Kazatomprom", source_detail="its CEO at a briefing", publisher_kind="company",
            outlet="Kazinform", url="https://www.inform.kz/kz/2018-zhyly-ondiriletin-uran-kolemi-belgili-boldy_a3102714")
    g.note("Kazinform report of the Kazatomprom CEO's statements at a briefing ('None' photo lines dropped; the stored copy stops inside a quote: the text ends before it). Date not shown (late 2017, Astana): reference_date null; 'бүгін' -> PRESENT_REF; 'келесі жылы' (= the 2018 of the same quote) -> 2018 and 'ағымдағы жылдың' (the year before it) -> 2017, both resolved from the text; 'алдағы уақыттағы' -> FUTURE_REF.")
    g.note("'«Қазатомөнеркәсіп» ҰАК» АҚ-ның басқарма төрағасы' (unbalanced guillemets as in the source) = one POSITION from the first guillemet (nested ORG 'Қазатомөнеркәсіп'); 'компания басшысы' = POSITION normalized to it. 'Орталық коммуникациялар қызметіндегі' = ORGANISATION. Quantities in tonnes; '27 мың тоннадан асып' -> more_than (the verb 'асып' as approximator); 'шамамен 23 мың тонна' -> about (preposed approximator in the span).")
    g.note("Events: c1 = the briefing ('брифингте'). Quotes: the CEO's «...» - деді (direct) and 'Оның сөзіне қарағанда, ...' (indirect). '... жария етті, деп хабарлайды ҚазАқпарат' is the agency's self-attribution.")
    g.tmp("2018 жылы", "date", "2018", n=1)
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("ҚазАқпарат", "ORGANISATION", n=1)
    g.tmp("2018 жылы", "date", "2018", n=2)
    g.ent("Қазақстанда", "GPE", "Қазақстан")
    g.tmp("бүгін", "relative", "PRESENT_REF")
    g.ent("Орталық коммуникациялар қызметіндегі", "ORGANISATION", "Орталық коммуникациялар қызметі")
    P = "«Қазатомөнеркәсіп» ҰАК» АҚ-ның басқарма төрағасы"
    g.ent(P, "POSITION")
    g.nested("Қазатомөнеркәсіп", "ORGANISATION")
    g.ent("Ғалымжан Пірматов", "PERSON")
    g.ent("ҚазАқпарат", "ORGANISATION", n=2)
    g.ent("Қазақстандағы", "GPE", "Қазақстан")
    g.tmp("келесі жылы", "relative", "2018")
    g.qty("27 мың тоннадан асып", "quantity", 27000, unit="тонна", approx="more_than")
    g.tmp("2018 жылы", "date", "2018", n=3)
    g.qty("шамамен 23 мың тонна", "quantity", 23000, unit="тонна", approx="about")
    g.ent("компания басшысы", "POSITION", P)
    g.tmp("2016 жылы", "date", "2016")
    g.optional("елімізде", "GPE", "Қазақстан")
    g.qty("24600 тонна", "quantity", 24600, unit="тонна")
    g.tmp("ағымдағы жылдың", "relative", "2017")
    g.qty("23 мың тонна", "quantity", 23000, unit="тонна", after="қорытындысында")
    g.tmp("алдағы уақыттағы", "relative", "FUTURE_REF")
    g.ev("briefing", "брифингте", "past", when="бүгін", where="Орталық коммуникациялар қызметіндегі", cluster="c1",
         participants=["Ғалымжан Пірматов"])
    g.quote("Біздің барлық компаниялардың жер қойнауын пайдалану туралы келісімшарттары бар. Олар соның негізінде уран өндіру бойынша қызметтерін жүргізеді. Аталған келісімшарттарда жылдық өндіру көлемі көрсетілген. Оның жылдан жылға айырмашылығы болуы мүмкін. Егер Қазақстандағы барлық компаниялар келесі жылы келісімшарт міндеттемлеріне сәйкес уран өндіретін болса, онда оның көлемі 27 мың тоннадан асып жығылар еді. Ал біз 2018 жылы шамамен 23 мың тонна өндірмекпіз",
            "Ғалымжан Пірматов", "деді")
    g.quote("2016 жылы елімізде 24600 тонна уран өндірілсе, ағымдағы жылдың қорытындысында оның көлемі 23 мың тонна мөлшерінде болады",
            "Ғалымжан Пірматов", "сөзіне қарағанда", kind="indirect")
    g.person("Ғалымжан Пірматов", [P, "компания басшысы"], [("Ғалымжан Пірматов",)])
    g.announce(headline="2018 жылы өндірілетін уран көлемі белгілі болды",
               issuer="«Қазатомөнеркәсіп» ҰАК» АҚ", outlet="ҚазАқпарат", published=None, place="Астана",
               main_event="c1")
    return g.save()

def shymkent_hospital():
    g = new("shymkent-childrens-hospital-newborn-surgery", "2020-07-14",
            publisher="Qazweek.kz", source_detail="report on the Shymkent city clinical children's hospital",
            publisher_kind="news_agency", published="2020-07-14",
            url="https://qazweek.kz/kk/2020/07/14/шымкент-дәрігерлер-басында-үлкен-ісі")
    g.note("Qazweek.kz health report (date from the page address, reference_date 2020-07-14; byline 'Г. ҚАПАЛ' dropped). The stored copy glues many words where the source had line breaks ('балалараурухасының', 'күрделіоперация', 'бөлімшебиылғы', 'берімұнда' ...): kept as stored; spans follow the glued tokens (the trigger is the whole token 'күрделіоперация'; 'биылғы' inside 'бөлімшебиылғы' cannot be a span).")
    g.note("The hospital is not named ('клиникалық балалараурухасының', 'қалалық клиникалық балалар ауруханасында' lowercase): optional FACILITY only. The two surgeons = PERSON (surname first), 'дәрігерлер' in apposition = POSITION. Temporals: '29-аптада' (gestational age) -> duration P29W; 'үш тәуліктен кейін' -> duration P3D; '3 сағатқа' -> PT3H; 'ақпан айында' -> 2020-02; 'Жыл басынан' -> range 2020-01-01/2020-07-14.")
    g.note("Events: c1 = the newborn's surgery ('күрделіоперация жасап', 'операцияны ... жасап', 'отасы ... сәтті өтті', 'күрделі отаны жасап шыққан'; type other); c2 = the opening of the neurosurgery unit in February ('ашылған болатын'). The five operations since January are an aggregate, not an event. Quotes: two '... дейді мамандар' (indirect, speaker_entity мамандар).")
    g.ent("Шымкент", "GPE")
    g.optional("клиникалық балалараурухасының", "FACILITY", "Шымкент қалалық клиникалық балалар ауруханасы")
    g.tmp("29-аптада", "duration", "P29W")
    g.tmp("үш тәуліктен кейін", "duration", "P3D")
    g.tmp("3 сағатқа", "duration", "PT3H")
    g.ent("дәрігерлер", "POSITION", "дәрігер", after="күрделі отаны жасап шыққан ")
    g.ent("Абдықадыров Мұхтар", "PERSON")
    g.ent("Тансық Орынбасарұлы", "PERSON")
    g.optional("қалалық клиникалық балалар ауруханасында", "FACILITY", "Шымкент қалалық клиникалық балалар ауруханасы")
    g.qty("5", "cardinal", 5, unit="төсек-орын", n=1)
    g.tmp("ақпан айында", "date", "2020-02")
    g.tmp("Жыл басынан", "range", "2020-01-01/2020-07-14")
    g.qty("5", "cardinal", 5, unit="нәресте", after="ақауымен ")
    g.ev("other", "күрделіоперация", "past", where="Шымкент қаласындағы клиникалық балалараурухасының", cluster="c1")
    g.ev("other", "операцияны", "past", when="үш тәуліктен кейін", cluster="c1")
    g.ev("other", "отасы", "past", cluster="c1", after="алып тастау ")
    g.ev("other", "отаны", "past", cluster="c1", participants=["Абдықадыров Мұхтар", "Тансық Орынбасарұлы"])
    g.ev("opening", "ашылған болатын", "past", when="ақпан айында",
         where="қалалық клиникалық балалар ауруханасында", cluster="c2")
    g.quote("Сәбидің басындағыісіктің көлемі үлкен болған", None, "дейді", kind="indirect", speaker_entity="мамандар")
    g.quote("Ісікті алып тастау отасы 3 сағатқа созылды және сәтті өтті", None, "дейді", kind="indirect",
            speaker_entity="мамандар")
    g.person("Абдықадыров Мұхтар", ["дәрігерлер"], [("Абдықадыров Мұхтар",)])
    g.person("Тансық Орынбасарұлы", ["дәрігерлер"], [("Тансық Орынбасарұлы",)])
    g.announce(headline=None, issuer="Qazweek.kz", outlet="Qazweek.kz", published="2020-07-14", place=None,
               main_event="c1")
    return g.save()


def saby_fund():
    g = new("saby-fund-petropavl-pediatric-surgery", None, publisher="«Сәби» charity foundation",
            publisher_kind="ngo",
            url="https://saby.kz/kk/timelines/%d0%b1%d0%b0%d0%bb%d0%b0%d0%bb%d0%b0%d1%80%d0%b4%d1%8b%d2%a3-%d1%88%d2%b1%d2%93%d1%8b%d0%bb-%d1%85%d0%b8%d1%80%d1%83%d1%80%d0%b3%d0%b8%d1%8f%d1%81%d1%8b-%d0%b6%d0%be%d0%b1%d0%b0%d1%81")
    g.note("Two items of the «Сәби» foundation's project timeline on its own site (the leading dashes are the list marks of the source). No date: reference_date null; 'Кейіннен' (later) not annotated. Typo 'ота жаса бөлімі' kept.")
    g.note("'Сәби' = ORGANISATION; 'Қор' (capitalised anaphor) optional ORGANISATION; 'Петропавл' = GPE; 'петропавлдық' = NORP. 'Ресей Федерациясының жетекші балалар хирургі' and 'профессор' = POSITION; 'медицина ғылымдарының докторы' (degree) not annotated. '620 ш.м.' -> quantity (unit ш.м.); '335 млн теңгені' money; 'төртінші' ordinal; 'үш' (операциялық блок) cardinal; '18' (науқас) cardinal.")
    g.note("Events: c1 = the opening of the pediatric surgery unit ('бөлімін ашты'); c2 = the three operating blocks put into service ('іске қосылды', launch); c3 = the master class ('шеберлік сыныбы өтті', training); c4 = the series of lectures ('лекциялар топтамасы оқылды', training). Consultations for 18 patients are an aggregate, not an event.")
    g.ent("Сәби", "ORGANISATION")
    g.ent("Петропавл", "GPE")
    g.optional("Қор", "ORGANISATION", "«Сәби» қоры")
    g.qty("төртінші", "ordinal", 4, unit="бөлім")
    g.qty("үш", "cardinal", 3, unit="операциялық блок")
    d = g.span("620 ш.м", boundary=False)
    d.update(kind="quantity", value=620, unit="ш.м.", approx=None)
    g.data["quantities"].append(d)
    g.qty("335 млн теңгені", "money", 335000000, unit="KZT")
    g.ent("петропавлдық", "NORP")
    P = "Ресей Федерациясының жетекші балалар хирургі"
    g.ent(P, "POSITION")
    g.nested("Ресей Федерациясының", "GPE", "Ресей Федерациясы")
    g.ent("профессор", "POSITION")
    g.ent("Юрий Соколовтың", "PERSON", "Юрий Соколов")
    g.qty("18", "cardinal", 18, unit="науқас")
    g.ev("opening", "ашты", "past", where="Петропавл қаласында", cluster="c1", participants=["«Сәби» қоры"])
    g.ev("launch", "іске қосылды", "past", cluster="c2", amounts=["үш"])
    g.ev("training", "шеберлік сыныбы", "past", cluster="c3", participants=["Юрий Соколовтың", "петропавлдық хирургтар"])
    g.ev("training", "лекциялар", "past", cluster="c4")
    g.person("Юрий Соколов", [P, "профессор"], [("Юрий Соколовтың",)])
    g.announce(headline=None, issuer="«Сәби» қоры", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def aikyn_crash_hospital():
    g = new("aikyn-almaty-crash-victims-hospital", None, publisher="Aikyn (Айқын) newspaper",
            publisher_kind="news_agency",
            url="https://aikyn.kz/197245/almatyda-bolgan-zhol-apatynan-zardap-shekken-bir-adamnyn-zhagdayy-ote-auyr")
    g.note("Aikyn's own short health/incident item quoting a hospital department head. The stored copy places the headline and the view counter after the body: both dropped as page chrome (the headline is kept in sources_org.tsv). Date not shown: reference_date null; '19 мамырда' -> XXXX-05-19; 'түндегі' (the previous night's, the same accident) -> XXXX-05-19TNI. Missing space in 'Алматов.Айта' and typo 'жаңдайы' kept.")
    g.note("'әл-Фараби даңғылының' (x2) = LOCATION (street, nested PERSON). 'нейрохирургия бөлімінің меңгерушісі' = POSITION; the hospital is not named. '3' (адам, x2), 'екеуі', 'бір' (науқас) = cardinals; '2001 жылы' = date 2001 (a birth year).")
    g.note("Events: c1 = the road accident ('жол апатынан' in the quote, 'ірі жол апаты болып', incident). Quote: the department head's «...» – деді (direct).")
    g.tmp("түндегі", "relative", "XXXX-05-19TNI")
    g.ent("әл-Фараби даңғылының", "LOCATION", "әл-Фараби даңғылы", n=1)
    g.nested("әл-Фараби", "PERSON", n=1)
    g.qty("3", "cardinal", 3, unit="адам", n=1)
    g.qty("екеуі", "cardinal", 2, unit="адам")
    g.qty("бір", "cardinal", 1, unit="науқас", after="Ал ")
    g.ent("нейрохирургия бөлімінің меңгерушісі", "POSITION")
    g.ent("Марат Алматов", "PERSON")
    g.tmp("19 мамырда", "date", "XXXX-05-19")
    g.ent("Алматыдағы", "GPE", "Алматы")
    g.ent("әл-Фараби даңғылының", "LOCATION", "әл-Фараби даңғылы", n=2)
    g.nested("әл-Фараби", "PERSON", n=2)
    g.tmp("2001 жылы", "date", "2001")
    g.qty("3", "cardinal", 3, unit="адам", n=2)
    g.ev("incident", "апатынан", "past", when="түндегі", where="әл-Фараби даңғылының бойында", cluster="c1")
    g.ev("incident", "апаты", "past", when="19 мамырда", where="Алматыдағы әл-Фараби даңғылының бойында",
         cluster="c1", after="ірі жол ")
    g.quote("Ауруханаға түндегі әл-Фараби даңғылының бойында орын алған жол апатынан зардап шеккен 3 адам келіп түсті. Оның екеуі нейрохирургия бөліміне жатқызылды. Олардың миы шайқалған, жағдайы бір қалыпты. Ал бір науқас реанимация бөліміне жатқызылды, оның жаңдайы өте ауыр",
            "Марат Алматов", "деді")
    g.person("Марат Алматов", ["нейрохирургия бөлімінің меңгерушісі"], [("Марат Алматов",)])
    g.announce(headline=None, issuer="Айқын", outlet="Айқын", published=None, place=None, main_event="c1")
    return g.save()


def barys_schedule():
    g = new("barys-khl-season-opening-schedule", None, publisher="Barys Hockey Club", source_detail="the club's press service",
            publisher_kind="sport", outlet="ult.kz",
            url="https://ult.kz/index.php/post/kkhl-barys-algashky-oyynyn-elordada-otkizedi")
    g.note("ult.kz item relaying the Barys hockey club press service's schedule. No headline or date in the stored copy (season start in September; year not shown): reference_date null; dates -> XXXX-09-DD; the bare '5' in '«Металлургымен» 5, «Амурымен» 8 қыркүйекте' is the 5th of September (elliptical) -> XXXX-09-05.")
    g.note(SPORT_NOTE)
    g.note("Clubs = ORGANISATION (inside the quotes: 'Салават Юлаев', 'Металлург', 'Амур', 'Спартак', 'Динаио' (sic, normalized as written), 'Йокерит', 'Автомобилист'; 'ЦСКА'); 'құрлықтық хоккей лигасының' / 'Құрлықтық хоккей лигасының' = ORGANISATION (KHL); 'Қазақстандық', 'ресейлік' = NORP; 'Елордалық' optional; countries and cities = GPE. 'клубтың баспасөз қызметі' optional ORGANISATION.")
    g.note("Events (all future): c1 = the first four home games ('алғашқы төрт ойынын ... өткізеді'); c2 = v Салават Юлаев on 3 Sept ('алғашқы кездесуінде'); c3 = the two home games v Металлург and Амур ('мұз айдынға шығады': one verb for two games, one mention); c4 = the fourth game v Спартак ('Төртінші ойын'); c5 = the away series of three ('үш кездесу ... жалғасады'); c6 = v ЦСКА in Moscow ('шеберлік байқасса'); c7 = the games in Riga and Helsinki ('ойындар ... болады'); c8 = the last regular-season game v Автомобилист; c9 = the KHL regular season ('тұрақты чемпионатында'). Quote: 'Бұл жөнінде клубтың баспасөз қызметі мәлім етті' = indirect; its content is the first sentence.")
    g.optional("Елордалық", "NORP", "елордалық")
    g.ent("Барыс", "ORGANISATION", n=1)
    g.ent("құрлықтық хоккей лигасының", "ORGANISATION", "Құрлықтық хоккей лигасы")
    g.qty("төрт", "cardinal", 4, unit="ойын")
    g.optional("клубтың баспасөз қызметі", "ORGANISATION", "«Барыс» хоккей клубының баспасөз қызметі")
    g.ent("Қазақстандық", "NORP", "қазақстандық")
    g.tmp("3 қыркүйекте", "date", "XXXX-09-03")
    g.ent("Ресейдің", "GPE", "Ресей")
    g.ent("Салават Юлаевын", "ORGANISATION", "Салават Юлаев")
    g.ent("Металлургымен", "ORGANISATION", "Металлург")
    g.tmp("5", "date", "XXXX-09-05", after="«Металлургымен» ")
    g.ent("Амурымен", "ORGANISATION", "Амур")
    g.tmp("8 қыркүйекте", "date", "XXXX-09-08")
    g.qty("Төртінші", "ordinal", 4, unit="ойын")
    g.tmp("11 қыркүйекте", "date", "XXXX-09-11")
    g.ent("ресейлік", "NORP")
    g.ent("Спартакқа", "ORGANISATION", "Спартак")
    g.qty("үш", "cardinal", 3, unit="кездесу", after="Одан кейінгі ")
    g.ent("Ресей", "GPE", after="үш кездесу ")
    g.ent("Латвия", "GPE")
    g.ent("Финляндияда", "GPE", "Финляндия")
    g.tmp("14 қыркүйекте", "date", "XXXX-09-14")
    g.ent("Мәскеуде", "GPE", "Мәскеу")
    g.ent("ЦСКА-мен", "ORGANISATION", "ЦСКА")
    g.tmp("16 қыркүйекте", "date", "XXXX-09-16")
    g.ent("Ригада", "GPE", "Рига")
    g.ent("Динаиомен", "ORGANISATION", "Динаио")
    g.tmp("18 қыркүйекте", "date", "XXXX-09-18")
    g.ent("Хельсинкиде", "GPE", "Хельсинки")
    g.ent("Йокеритпен", "ORGANISATION", "Йокерит")
    g.ent("Құрлықтық хоккей лигасының", "ORGANISATION", "Құрлықтық хоккей лигасы")
    g.ent("Барыс", "ORGANISATION", n=2)
    g.ent("Ресейде", "GPE", "Ресей")
    g.ent("Автомобилистпен", "ORGANISATION", "Автомобилист")
    g.ev("competition", "ойынын", "future", where="өз айдынында", cluster="c1", amounts=["төрт"])
    g.ev("competition", "кездесуінде", "future", when="3 қыркүйекте", cluster="c2", n=1,
         participants=["Қазақстандық клуб", "Салават Юлаевын"])
    g.ev("competition", "мұз айдынға шығады", "future", when="8 қыркүйекте", cluster="c3",
         participants=["Металлургымен", "Амурымен"])
    g.ev("competition", "ойын", "future", when="11 қыркүйекте", cluster="c4", after="Төртінші ",
         participants=["Спартакқа"])
    g.ev("competition", "кездесу", "future", where="Ресей, Латвия және Финляндияда", cluster="c5", after="үш ")
    g.ev("competition", "шеберлік байқасса", "future", when="14 қыркүйекте", where="Мәскеуде", cluster="c6",
         participants=["ЦСКА-мен"])
    g.ev("competition", "ойындар", "future", when="16 қыркүйекте", where="Ригада", cluster="c7",
         participants=["Динаиомен", "Йокеритпен"])
    g.ev("competition", "чемпионатында", "future", cluster="c9")
    g.ev("competition", "кездесуінде", "future", where="Ресейде", cluster="c8", n=1, after="соңғы ",
         participants=["Автомобилистпен"])
    g.quote("Елордалық «Барыс» жаңа маусымдағы құрлықтық хоккей лигасының алғашқы төрт ойынын өз айдынында өткізеді",
            None, "мәлім етті", kind="indirect", speaker_entity="«Барыс» хоккей клубының баспасөз қызметі")
    g.announce(headline=None, issuer="«Барыс» хоккей клубының баспасөз қызметі", outlet="ult.kz", published=None,
               place=None, main_event="c1")
    return g.save()


def barys_almaty():
    g = new("barys-home-games-in-almaty", None, publisher="Barys Hockey Club", source_detail="its president at a press conference",
            publisher_kind="sport", outlet="ERNUR.KZ (via Kazinform)",
            url="http://ernur.kz/kazakstan/almatyda-barys-xokkei-klubynyn-oiyndary-otedi---resmi-malimdeme")
    g.note("ERNUR.KZ item relaying Kazinform's report of the Barys club president's press conference. Page chrome before the body (counters, a teaser line of another story about the world championship at Barys-Arena, the repeated headline) dropped; the stored copy stops after the quote paragraph's continuation, cut off: the text ends after the quote. The source writes 'xоккей', 'мәслиxатында' with a Latin 'x': kept as stored. Date not shown (spring 2015): reference_date null; 'биыл', 'биылғы' -> XXXX, 'қыркүйек айында', 'осы айда', 'қыркүйекте' -> XXXX-09.")
    g.note(SPORT_NOTE)
    g.note("'Барыс', 'Барыстың' = ORGANISATION; 'Барыс-Аренада' = FACILITY; 'Құрлықтық xоккей лигасының' = ORGANISATION; 'Клуб президенті' = POSITION normalized '«Барыс» хоккей клубының президенті'; 'Б.Иванищев' -> 'Борис Иванищев'. 'ERNUR.KZ', 'ҚазАқпарат' = ORGANISATION.")
    g.note("Events: c1 = Barys's home games in Almaty (future): headline 'ойындары өтеді', 'бірнеше ойынды ... өткізетінін', 'клуб ойындарын Алматыда өткізу', in the quote 'үйдегі матчтарын ... өткізуді жоспарлап отырмыз' and 'матчтары Алматыда өтеді'; c2 = the cultural events at Barys-Arena in September ('мәдени шаралар өтеді', other); c3 = the press conference in Astana ('баспасөз мәслиxатында', past). Quotes: '..., деп жазады ҚазАқпарат' (indirect: Kazinform is a cited source on ERNUR.KZ), 'Борис Иванищевтің айтуынша, ...' (indirect), the «...» - деді (direct).")
    g.ent("Алматыда", "GPE", "Алматы", n=1)
    g.ent("Барыс", "ORGANISATION", n=1)
    g.ent("ERNUR.KZ", "ORGANISATION")
    g.ent("Барыс", "ORGANISATION", n=2)
    g.tmp("биыл", "relative", "XXXX", n=1)
    g.ent("Алматы", "GPE", after="бірнеше ойынды ")
    g.ent("ҚазАқпарат", "ORGANISATION")
    g.ent("Клуб президенті", "POSITION", "«Барыс» хоккей клубының президенті")
    g.ent("Борис Иванищевтің", "PERSON", "Борис Иванищев")
    g.tmp("биыл", "relative", "XXXX", n=2)
    g.tmp("қыркүйек айында", "date", "XXXX-09")
    g.ent("Барыс-Аренада", "FACILITY", "Барыс-Арена")
    g.tmp("осы айда", "date", "XXXX-09")
    g.ent("Алматыда", "GPE", "Алматы", n=2)
    g.ent("Құрлықтық xоккей лигасының", "ORGANISATION", "Құрлықтық хоккей лигасы", n=1)
    g.ent("Барыстың", "ORGANISATION", "Барыс")
    g.tmp("қыркүйекте", "date", "XXXX-09", after="шамамен ")
    g.ent("Алматыда", "GPE", "Алматы", n=3)
    g.ent("Құрлықтық xоккей лигасының", "ORGANISATION", "Құрлықтық хоккей лигасы", n=2)
    g.tmp("биылғы", "relative", "XXXX")
    g.ent("Алматыда", "GPE", "Алматы", n=4)
    g.ent("Б.Иванищев", "PERSON", "Борис Иванищев")
    g.ent("Астанада", "GPE", "Астана")
    g.ev("competition", "ойындары", "future", where="Алматыда", cluster="c1", n=1)
    g.ev("competition", "ойынды", "future", when="биыл", where="Алматы қаласында", cluster="c1")
    g.ev("other", "мәдени шаралар", "future", when="қыркүйек айында", where="«Барыс-Аренада»", cluster="c2")
    g.ev("competition", "ойындарын", "future", when="осы айда", where="Алматыда", cluster="c1")
    g.ev("competition", "матчтарын", "future", when="шамамен қыркүйекте", where="Алматыда", cluster="c1")
    g.ev("competition", "матчтары", "future", where="Алматыда", cluster="c1", after="биылғы ")
    g.ev("press_conference", "баспасөз мәслиxатында", "past", where="Астанада", cluster="c3",
         participants=["Б.Иванищев"])
    g.quote("«Барыс» xоккей клубының басшылығы биыл бірнеше ойынды Алматы қаласында өткізетінін мәлімдеді", None,
            "деп жазады", kind="indirect", speaker_entity="ҚазАқпарат")
    g.quote("биыл қыркүйек айында «Барыс-Аренада» бірқатар мәдени шаралар өтеді", "Борис Иванищев", "айтуынша",
            kind="indirect")
    g.quote("Құрлықтық xоккей лигасының күнтізбесі әлі шыққан жоқ. Дегенмен, біз «Барыстың» үйдегі матчтарын шамамен қыркүйекте Алматыда өткізуді жоспарлап отырмыз. Өкінішке қарай, лиганың күнтізбесі әлі дайын емес. Сол себепті нақты күндерін айта алмаймыз. Бірақ Құрлықтық xоккей лигасының биылғы матчтары Алматыда өтеді. Оны анық айта аламыз. Бұл - нақты ақпарат",
            "Борис Иванищев", "деді")
    g.person("Борис Иванищев", ["Клуб президенті"], [("Борис Иванищевтің",), ("Б.Иванищев",)])
    g.announce(headline="Алматыда «Барыс» xоккей клубының ойындары өтеді - ресми мәлімдеме",
               issuer="«Барыс» хоккей клубы", outlet="ERNUR.KZ", published=None, place=None, main_event="c1")
    return g.save()

# ---- end of documents ----
if __name__ == "__main__":
    import sys
    build(document_functions(globals()), sys.argv[1:])
