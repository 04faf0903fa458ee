"""Build the gold of the dev additions of 2026-12-08 by annotator dev2b (non-state publishers).

Schema 1.1 gold written blind from the text (GUIDELINES.md): every span is given as its
exact text (+ occurrence / after= anchor) and resolved by goldlib, which asserts it.
Run: cd corpora/releases/tools && python3 build_gold_dev2b.py [function names]
Sources and metadata of each document: ../sources_dev2b.tsv.
"""
from goldlib import Gold, build, document_functions

COMMON_NOTES = [
    "Offsets: Python code-point offsets, half-open, into the exact UTF-8 .txt content; computed by anchor search (tools/goldlib.py) and asserted.",
    "Schema 1.1 gold per GUIDELINES.md and the README's settled conventions, written blind from the text (dev additions of 2026-12-08, annotator dev2b, non-state publishers). Events: one entry per mention, mentions of one happening share a cluster id; when/where are the time/place texts as written in that mention's clause (null when the clause has none).",
    "dev2b conventions: (1) a role at a named body ('X университетінің профессоры', 'X директоры') is one POSITION with the body nested; a bare post ('Университет ректоры', 'облыс әкімінің орынбасары') is a POSITION normalized with its body when the text names it. (2) Generic names of an organisation's sessions or a summit ('XXVII Бас Ассамблеясы', 'II форумы', '... бесінші консультативтік кездесуі') are happenings, not EVENT entities; their roman/ordinal numbers are ordinal quantities (unit = the head noun). Titles in quotes of an evening, exhibition or seminar are EVENT entities (text inside the quotes). (3) A jubilee or holiday named as the frame ('мерейтойын мерекелеу аясында', '90 жылдығына орайластырылды') is not an event mention; 'N жылдық'/'N жылдығы' is a duration temporal. (4) When one reported clause has two named speakers, the quote's speaker is the first named and the note says so. (5) Stored copies end at the last complete sentence or list line; page chrome (dates, counters, rubrics, photo captions, repeated headlines) dropped.",
]


def new(doc_id, ref, **meta):
    return Gold(doc_id, ref, notes=COMMON_NOTES, **meta)


def atyrau_assembly():
    g = new("atyrau-university-caspian-assembly", "2026-02-26",
            publisher="Kh. Dosmukhamedov Atyrau University", publisher_kind="university",
            url="https://atyrau.edu.kz/kz/Information/Info/1115?name=Instituts+of+ANK",
            published="2026-02-26", outlet=None, text_kind="release")
    g.note("The university's own news item. The page shows '26.02.2026' (date + view counter line dropped): reference_date 2026-02-26. The stored copy stops mid-sentence after the last paragraph; the text ends at the last complete sentence.")
    g.note("'Каспий маңы елдері университеттері қауымдастығының' (headline) and '... университеттері мен ғылыми-зерттеу орталықтары қауымдастығының' (body) = ORGANISATION, normalized to the nominative; 'Каспий' nested LOCATION. The bare 'Қауымдастықтың' of the last paragraph (anaphoric short name) = optional ORGANISATION. 'Университет ректоры' and 'Қауымдастық президенті', 'Қауымдастықтың жауапты хатшысы' = POSITION normalized with the body's name. 'Атырау облысы әкімінің' (on whose behalf) = POSITION. '... Қалмақ мемлекеттік университетінің профессоры' = one POSITION (ORG and PERSON nested). 'Алғыс хаттар' (letters of thanks) is not a named prize.")
    g.note("Events: c1 = the XXVII General Assembly session (headline 'Ассамблеясы', no verb: unknown; 'отырысы өтті', past). c2 = the presentation of letters of thanks ('тапсырды', award). The university's 85th jubilee ('мерейтойын мерекелеу аясында') is the frame, not a mention; speeches ('сөз сөйлеп', 'алғысын білдірді') are not events. Quote: '... ерекше рөлін атап өтті' = indirect, two speakers (Үнзила Шапақ and Ақерке Абылайхан): speaker = the first named (dev2b convention 4).")
    ORG = "Каспий маңы елдері университеттері мен ғылыми-зерттеу орталықтары қауымдастығы"
    g.ent("Каспий маңы елдері университеттері қауымдастығының", "ORGANISATION", "Каспий маңы елдері университеттері қауымдастығы")
    g.nested("Каспий", "LOCATION", n=1)
    g.qty("XXVII", "ordinal", 27, unit="Бас Ассамблея", n=1)
    U = "Халел Досмұхамедов атындағы Атырау университеті"
    g.ent("Халел Досмұхамедов атындағы Атырау университетінің", "ORGANISATION", U)
    g.nested("Халел Досмұхамедов", "PERSON")
    g.nested("Атырау", "GPE", n=1)
    g.tmp("85 жылдық", "duration", "P85Y")
    g.ent("Каспий маңы елдері университеттері мен ғылыми-зерттеу орталықтары қауымдастығының", "ORGANISATION", ORG)
    g.nested("Каспий", "LOCATION", n=2)
    g.qty("XXVII", "ordinal", 27, unit="Бас Ассамблея", n=2)
    g.ent("Университет ректоры", "POSITION", "Халел Досмұхамедов атындағы Атырау университетінің ректоры")
    g.ent("С. Н. Идрисов", "PERSON")
    g.ent("Қауымдастық президенті", "POSITION", ORG + "ның президенті")
    g.ent("Атырау облысы әкімінің", "POSITION", "Атырау облысының әкімі")
    g.nested("Атырау", "GPE", n=2)
    g.ent("облыс әкімінің орынбасары", "POSITION", "Атырау облысы әкімінің орынбасары")
    g.ent("Қайрат Нұртаев", "PERSON")
    g.ent("Қауымдастықтың жауапты хатшысы", "POSITION", ORG + "ның жауапты хатшысы")
    g.ent("Е. А. Юкинаға", "PERSON", "Е. А. Юкина")
    P = "Б. Б. Городовиков атындағы Қалмақ мемлекеттік университетінің профессоры"
    g.ent(P, "POSITION")
    g.nested("Б. Б. Городовиков атындағы Қалмақ мемлекеттік университетінің", "ORGANISATION", "Б. Б. Городовиков атындағы Қалмақ мемлекеттік университеті")
    g.nested("Б. Б. Городовиков", "PERSON")
    g.ent("А. К. Натыровқа", "PERSON", "А. К. Натыров")
    M = "Қазақстан Республикасы Парламенті Мәжілісінің Заңнама және сот-құқықтық реформа комитетінің мүшесі"
    g.ent(M, "POSITION")
    g.nested("Қазақстан Республикасы Парламенті Мәжілісінің Заңнама және сот-құқықтық реформа комитетінің", "ORGANISATION",
             "Қазақстан Республикасы Парламенті Мәжілісінің Заңнама және сот-құқықтық реформа комитеті")
    g.nested("Қазақстан Республикасы", "GPE")
    g.ent("Үнзила Шапақ", "PERSON")
    R = "ҚР Ғылым және жоғары білім министрлігінің өкілі"
    g.ent(R, "POSITION")
    g.nested("ҚР Ғылым және жоғары білім министрлігінің", "ORGANISATION", "ҚР Ғылым және жоғары білім министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("Ақерке Абылайхан", "PERSON")
    g.optional("Қауымдастықтың", "ORGANISATION", ORG, n=2)
    g.ev("session", "Ассамблеясы", "unknown", cluster="c1", n=1)
    g.ev("session", "отырысы", "past", cluster="c1")
    g.ev("award", "тапсырды", "past", cluster="c2",
         participants=["Қайрат Нұртаев", "Е. А. Юкинаға", "А. К. Натыровқа"])
    g.quote("Қауымдастықтың ғылым мен білім саласындағы халықаралық ынтымақтастықты нығайтудағы ерекше рөлін",
            "Үнзила Шапақ", "атап өтті", kind="indirect")
    g.person("С. Н. Идрисов", ["Халел Досмұхамедов атындағы Атырау университетінің ректоры", ORG + "ның президенті"],
             [("С. Н. Идрисов",)])
    g.person("Қайрат Нұртаев", ["Атырау облысы әкімінің орынбасары"], [("Қайрат Нұртаев",)])
    g.person("Е. А. Юкина", [ORG + "ның жауапты хатшысы"], [("Е. А. Юкинаға",)])
    g.person("А. К. Натыров", [P], [("А. К. Натыровқа",)])
    g.person("Үнзила Шапақ", [M], [("Үнзила Шапақ",)])
    g.person("Ақерке Абылайхан", [R], [("Ақерке Абылайхан",)])
    g.announce(headline="Каспий маңы елдері университеттері қауымдастығының XXVII Бас Ассамблеясы", issuer=U,
               outlet=None, published="2026-02-26", place=None, main_event="c1")
    return g.save()


def vku_rectors_forum():
    g = new("vku-central-asia-rectors-forum", "2023-09-15",
            publisher="S. Amanzholov East Kazakhstan University", publisher_kind="university",
            url="https://vku.edu.kz/2023/09/15/%d0%b4%d1%83%d1%88%d0%b0%d0%bd%d0%b1%d0%b5%d0%b4%d0%b5-%d0%be%d1%80%d1%82%d0%b0%d0%bb%d1%8b%d2%9b-%d0%b0%d0%b7%d0%b8%d1%8f-%d0%b5%d0%bb%d0%b4%d0%b5%d1%80%d1%96%d0%bd%d1%96%d2%a3-%d0%b6%d0%be%d2%93",
            published="2023-09-15", outlet=None, text_kind="release")
    g.note("The university's own news item; the page shows '15 Қыркүйек 2023' (dropped as chrome): reference_date 2023-09-15. The stored copy stops mid-sentence ('Ынтымақтастық қос диплом бағдарлама'); the text ends at the last complete sentence.")
    g.note("'Орталық Азия' = LOCATION at each mention (also inside the upper-case headline). 'С. Аманжолов атындағы Шығыс Қазақстан университеті' = ORGANISATION (nested PERSON, nested GPE 'Шығыс Қазақстан'); the three Tajik partners = ORGANISATION (nested PERSON / GPE 'Денаус'). 'Стратегиялық даму және ғылыми жұмыс жөніндегі проректор' = POSITION. 'бесінші' (the summit's number) and 'II' = ordinal (dev2b convention 2).")
    g.note("Events: c1 = the II forum of rectors (headline 'ФОРУМЫ ӨТТІ', 'форумы өтті' with where 'Тәжікстанда, Душанбе қаласында', 'Шараға ... қатысты', 'Кездесу барысында' = the forum's sitting, all past); c2 = the fifth consultative meeting of the Central Asian heads of state, the frame of the forum ('кездесуі аясында', meeting, past from the clause); c3 = the signing of cooperation agreements ('қол қойылды', signing). 'барды' (attended) and 'талқылады' are not separate happenings.")
    g.ent("ДУШАНБЕДЕ", "GPE", "Душанбе")
    g.ent("ОРТАЛЫҚ АЗИЯ", "LOCATION", "Орталық Азия")
    g.qty("II", "ordinal", 2, unit="форум", n=1)
    g.ent("Тәжікстанда", "GPE", "Тәжікстан")
    g.ent("Душанбе", "GPE")
    g.ent("Орталық Азия", "LOCATION", n=1)
    g.qty("бесінші", "ordinal", 5, unit="кездесу")
    g.ent("Орталық Азия", "LOCATION", n=2)
    g.qty("II", "ordinal", 2, unit="форум", n=2)
    g.ent("Орталық Азия", "LOCATION", n=3)
    g.ent("Тәжікстан", "GPE", n=1, after="министрлері мен")
    g.ent("Қазақстан", "GPE", n=1, after="министрлері мен")
    g.ent("Өзбекстан", "GPE")
    g.ent("Түрікменстан", "GPE")
    g.ent("Қырғызстанның", "GPE", "Қырғызстан")
    g.ent("С. Аманжолов атындағы Шығыс Қазақстан университеті", "ORGANISATION")
    g.nested("С. Аманжолов", "PERSON")
    g.nested("Шығыс Қазақстан", "GPE")
    P = "Стратегиялық даму және ғылыми жұмыс жөніндегі проректор"
    g.ent(P, "POSITION")
    g.ent("Ирина Ровнякова", "PERSON")
    g.ent("Қазақстан", "GPE", after="саласындағы")
    g.ent("Тәжікстанның", "GPE", "Тәжікстан")
    g.ent("Сотима Улугзода атындағы Тәжік халықаралық шет тілдер университетімен", "ORGANISATION",
          "Сотима Улугзода атындағы Тәжік халықаралық шет тілдер университеті")
    g.nested("Сотима Улугзода", "PERSON")
    g.ent("Денаус Кәсіпкерлік және педагогика институтымен", "ORGANISATION", "Денаус Кәсіпкерлік және педагогика институты")
    g.nested("Денаус", "GPE")
    g.ent("Шириншох Шотемур атындағы Тәжік аграрлық университетімен", "ORGANISATION",
          "Шириншох Шотемур атындағы Тәжік аграрлық университеті")
    g.nested("Шириншох Шотемур", "PERSON")
    g.ev("forum", "ФОРУМЫ", "past", where="ДУШАНБЕДЕ", cluster="c1")
    g.ev("meeting", "кездесуі", "past", cluster="c2", participants=["Орталық Азия мемлекеттері басшыларының"])
    g.ev("forum", "форумы", "past", where="Тәжікстанда, Душанбе қаласында", cluster="c1")
    g.ev("forum", "Шараға", "past", cluster="c1",
         participants=["Орталық Азия елдерінің білім министрлері",
                       "Тәжікстан, Қазақстан, Өзбекстан, Түрікменстан және Қырғызстанның жоғары оқу орындарының ректорлары"])
    g.ev("forum", "Кездесу", "past", cluster="c1")
    g.ev("signing", "қол қойылды", "past", cluster="c3")
    g.person("Ирина Ровнякова", [P], [("Ирина Ровнякова",)])
    g.announce(headline="ДУШАНБЕДЕ ОРТАЛЫҚ АЗИЯ ЕЛДЕРІНІҢ ЖОҒАРЫ ОҚУ ОРЫНДАРЫ РЕКТОРЛАРЫНЫҢ II ФОРУМЫ ӨТТІ",
               issuer="С. Аманжолов атындағы Шығыс Қазақстан университеті", outlet=None, published="2023-09-15",
               place=None, main_event="c1")
    return g.save()


def kazpost_links():
    g = new("kazpost-international-mail-restored", "2021-06-09",
            publisher="Kazpost JSC", publisher_kind="company",
            url="https://egemen.kz/article/277797-qazposhta-birneshe-elmen-baylanysyn-qayta-dganhghyrtty",
            published="2021-06-09", outlet="Egemen.kz", text_kind="release")
    g.note("Kazpost's press-service release relayed by Egemen.kz (rubric/date line '09 Маусым, 2021', view counter, reading time and the repeated headline dropped): reference_date 2021-06-09. The stored copy stops mid-sentence in the next paragraph; the text ends at the last complete sentence.")
    g.note("'Қазпошта' = ORGANISATION at each mention; '«Қазпошта» АҚ баспасөз қызметіне' = one ORGANISATION from the opening guillemet (the press service; 'Қазпошта' nested). 'Ұлттық пошта операторы' is a descriptor, not a name. 'Бейрутпен', 'Ларнакамен', 'Белградпен' = GPE. 'биылғы маусым айында' -> 2021-06, 'Бүгінде' -> 2021-06-09, 'Былтыр' -> 2020.")
    g.note("Events: none. The resumption of postal links is a service change (as Air Astana's resumption of flights in the non-government wave), the pandemic restrictions are background, not happenings: main_event null. Quote: '..., деп хабарлайды Egemen.kz «Қазпошта» АҚ баспасөз қызметіне сілтеме жасап' = indirect; the outlet names the press service as its source, so speaker_entity = the press service (the outlet is never the issuer).")
    g.ent("Қазпошта", "ORGANISATION", n=1)
    g.ent("Қазпошта", "ORGANISATION", n=2)
    g.tmp("биылғы маусым айында", "date", "2021-06")
    g.ent("Бейрутпен", "GPE", "Бейрут")
    g.ent("Ларнакамен", "GPE", "Ларнака")
    g.ent("Белградпен", "GPE", "Белград")
    g.ent("Egemen.kz", "ORGANISATION")
    g.ent("«Қазпошта» АҚ баспасөз қызметіне", "ORGANISATION", "«Қазпошта» АҚ баспасөз қызметі")
    g.nested("Қазпошта", "ORGANISATION", n=3)
    g.tmp("Бүгінде", "relative", "2021-06-09")
    g.qty("105", "cardinal", 105, unit="мемлекет")
    g.qty("35", "cardinal", 35, unit="ел")
    g.tmp("Былтыр", "relative", "2020")
    g.ent("Қазпошта", "ORGANISATION", n=4)
    g.quote("Қазпошта биылғы маусым айында Бейрутпен, Ларнакамен және Белградпен халықаралық пошта байланысын қайта қалпына келтірді",
            None, "деп хабарлайды", kind="indirect", speaker_entity="«Қазпошта» АҚ баспасөз қызметі")
    g.announce(headline="Қазпошта бірнеше елмен байланысын қайта жаңғыртты", issuer="«Қазпошта» АҚ", outlet="Egemen.kz",
               published="2021-06-09", place=None, main_event=None)
    return g.save()


def beeline_compensation():
    g = new("beeline-emergency-internet-compensation", None,
            publisher="Beeline Kazakhstan", publisher_kind="company",
            url="https://beeline.kz/kk/events/news/beeline-internet-shekteuli-ushin-otemaky",
            published=None, outlet=None, text_kind="release")
    g.note("The operator's own news item ('Басты бет / Жаңалықтар' breadcrumb dropped). No date on the stored page (January 2022, the state of emergency): reference_date null. Dates without a year take 2022 from the dates that carry it ('10 қаңтарға дейін' -> /2022-01-10, '5 – 10 қаңтар аралығында' -> 2022-01-05/2022-01-10, 'қаңтардың соңына дейін' -> /2022-01-31); a deadline 'X-ға дейін' is an open range '/X' spanning the 'дейін' (the seed's and dev's convention: 'Жыл аяғына дейін', 'көктемге дейін'; lead's edit at merge, the annotator had written a date). '6 күнгі' (six days' worth) = duration P6D. The stored copy stops mid-sentence ('Қаражат ақпан айының абоненттік'); the text ends at the last complete sentence.")
    g.note("'Beeline Қазақстан' (headline) = ORGANISATION ('Қазақстан' nested GPE); 'Beeline-ның', 'Beeline' (in 'Beeline нөмірінен') = ORGANISATION 'Beeline'. «Үйдегі интернет» (service) and «Менің Beeline-ым» (app, normalized 'Менің Beeline') = PRODUCT, text inside the quotes; 'Beeline' inside the app name is not a separate flat entity. The USSD codes '*2022#', '*799#' = optional CONTACT (like phone numbers, never quantities or dates). 'ТЖ' (state of emergency) is not an entity; 'елдегі', 'еліміздегі' = optional GPE Қазақстан; 'ҚР-дағы' = GPE.")
    g.note("Events: none (compensation terms; the state of emergency is the background frame, not a reported happening): main_event null. No quotes, no people.")
    g.ent("Beeline Қазақстан", "ORGANISATION")
    g.nested("Қазақстан", "GPE", n=1)
    g.optional("елдегі", "GPE", "Қазақстан")
    g.qty("5 ГБ", "quantity", 5, unit="ГБ")
    g.tmp("2022 жылғы 1 ақпанға дейін", "range", "/2022-02-01")
    g.optional("*2022#", "CONTACT")
    g.tmp("01.03.2022 дейін", "range", "/2022-03-01")
    g.tmp("2022 жылғы 18 қаңтарға дейін", "range", "/2022-01-18")
    g.qty("20%-ы", "percent", 20, n=1)
    g.ent("Beeline-ның", "ORGANISATION", "Beeline")
    g.ent("Үйдегі интернет", "PRODUCT", n=1)
    g.tmp("10 қаңтарға дейін", "range", "/2022-01-10")
    g.tmp("5 – 10 қаңтар аралығында", "range", "2022-01-05/2022-01-10")
    g.optional("еліміздегі", "GPE", "Қазақстан")
    g.ent("Үйдегі интернет", "PRODUCT", n=2)
    g.qty("20%-ы", "percent", 20, n=2)
    g.tmp("6 күнгі", "duration", "P6D")
    g.tmp("қаңтардың соңына дейін", "range", "/2022-01-31")
    g.ent("Beeline", "ORGANISATION", after="(тек ")
    g.optional("*799#", "CONTACT")
    g.ent("Менің Beeline-ым", "PRODUCT", "Менің Beeline")
    g.ent("ҚР-дағы", "GPE", "Қазақстан Республикасы")
    g.ent("Үйдегі интернет", "PRODUCT", n=3)
    g.announce(headline="Beeline Қазақстан елдегі ТЖ кезінде интернет шектелгені үшін өтемақы аударады",
               issuer="Beeline Қазақстан", outlet=None, published=None, place=None, main_event=None)
    return g.save()


def football_olimpbet():
    g = new("football-federation-olimpbet-sponsorship", "2024-04-29",
            publisher="Kazakhstan Football Federation", publisher_kind="sport",
            url="https://1bol.kz/amp/football/2027-kazakstan-futbol-ligasy-olimpbet-ten-kansha-aksha-alatyny-belgili-boldy",
            published="2024-04-29", outlet="1bol.kz", text_kind="report")
    g.note("1bol.kz's report of what the Football Federation's president said at a press conference in Astana. The page shows '29.04.2024, 18:28' (author/date lines and the photo caption 'Ордабасы ФК' dropped): reference_date 2024-04-29. The sub-headline is kept as the second line. The stored copy stops inside a quote after the last paragraph; the text ends before it.")
    g.note("'Қазақстан футбол лигасы' = ORGANISATION; 'OLIMPBET' = ORGANISATION at each mention (the bookmaker; in quotes the text inside them). 'Қазақстан чемпионаты' / 'Қазақстан чемпионатынан' = EVENT (the named league; 'Футболдан' is outside the name). '... федерациясының президенті' = one POSITION (ORG nested); 'Депутат', 'спорт журналисі' = POSITION; 'Мәжіліс' (in 'Мәжіліс депутаттары') = ORGANISATION; 'Facebook' = PRODUCT. 'жыл сайын' = set P1Y; '2025 жылға дейін' = open range /2025 (x2; lead's edit at merge, was a date); 'қазір' -> 2024-04-29.")
    g.note("Events: c1 = the press conference in Astana where the figures were given ('баспасөз конференциясында', past; main_event, the headline's figures come from it). c2 = the sponsorship contract concluded with the bookmakers ('келісімшарт ... жасалған', signing, past). Breaking the contract ('үзсе') is conditional and drafting the bill is work in progress: not events. Quotes: 'Бұл туралы ... Әділет Бәрменқұлов ... айтты' = indirect (content = the sentence before it); 'Бұл туралы спорт журналисі Аслан Қаженов ... жазды' = indirect (content = the paragraph before it).")
    g.ent("Қазақстан футбол лигасы", "ORGANISATION", n=1)
    g.nested("Қазақстан", "GPE", n=1)
    g.ent("OLIMPBET-тен", "ORGANISATION", "OLIMPBET")
    g.tmp("2025 жылға дейін", "range", "/2025", n=1)
    g.ent("Қазақстан чемпионаты", "EVENT")
    g.nested("Қазақстан", "GPE", n=1, after="Футболдан ")
    g.ent("OLIMPBET", "ORGANISATION", after="чемпионаты «")
    g.tmp("жыл сайын", "set", "P1Y")
    g.ent("Қазақстан футбол лигасы", "ORGANISATION", n=2)
    g.nested("Қазақстан", "GPE", n=1, after="үшін ")
    g.qty("2 млрд теңге", "money", 2000000000, unit="KZT")
    P = "Қазақстан футбол федерациясының президенті"
    g.ent(P, "POSITION")
    g.nested("Қазақстан футбол федерациясының", "ORGANISATION", "Қазақстан футбол федерациясы")
    g.nested("Қазақстан", "GPE", n=1, after="Бұл туралы ")
    g.ent("Әділет Бәрменқұлов", "PERSON")
    g.ent("Астанада", "GPE", "Астана")
    g.ent("OLIMPBET", "ORGANISATION", after="бас тартып, ")
    g.qty("36 млрд теңге", "money", 36000000000, unit="KZT")
    g.tmp("2025 жылға дейін", "range", "/2025", n=2)
    g.ent("Мәжіліс", "ORGANISATION")
    g.tmp("қазір", "relative", "2024-04-29", n=1)
    g.ent("Депутат", "POSITION")
    g.ent("Нартай Аралбайұлы", "PERSON")
    g.tmp("қазір", "relative", "2024-04-29", n=2)
    g.ent("Қазақстан чемпионатынан", "EVENT", "Қазақстан чемпионаты")
    g.nested("Қазақстан", "GPE", n=1, after="Олар ")
    g.ent("OLIMPBET", "ORGANISATION", after="чемпионатынан ")
    g.ent("спорт журналисі", "POSITION")
    g.ent("Аслан Қаженов", "PERSON")
    g.ent("Facebook", "PRODUCT")
    g.ev("signing", "жасалған", "past", cluster="c2", participants=["Букмекерлермен"])
    g.ev("press_conference", "баспасөз конференциясында", "past", where="Астанада", cluster="c1",
         participants=["Әділет Бәрменқұлов"])
    g.quote("Бұл жарнама үшін Қазақстан футбол лигасы жыл сайын букмекерлік компаниядан 2 млрд теңге алады екен",
            "Әділет Бәрменқұлов", "айтты", kind="indirect")
    g.quote("Десе де, Мәжіліс депутаттары да бұл мәселеге қазір бас қатырып жатыр. Депутат Нартай Аралбайұлы бастаған жұмыс тобы қазір спортқа қатысты заң жобасын әзірлеп жатыр. Олар Қазақстан чемпионатынан OLIMPBET деген атауды алып тастамақ",
            "Аслан Қаженов", "жазды", kind="indirect")
    g.person("Әділет Бәрменқұлов", [P], [("Әділет Бәрменқұлов",)])
    g.person("Нартай Аралбайұлы", ["Депутат"], [("Нартай Аралбайұлы",)])
    g.person("Аслан Қаженов", ["спорт журналисі"], [("Аслан Қаженов",)])
    g.announce(headline="Қазақстан футбол лигасы OLIMPBET-тен қанша ақша алатыны белгілі болды",
               issuer="Қазақстан футбол федерациясы", outlet="1bol.kz", published="2024-04-29", place=None,
               main_event="c1")
    return g.save()


def aktobe_volunteer_council():
    g = new("aktobe-volunteer-council-hospital-gifts", "2025-12-31",
            publisher="Aktobe regional volunteers council", publisher_kind="ngo",
            url="https://kaz.inform.kz/news/aktobelk-erktler-auruhanada-em-alip-zhatkan-balalarga-siy-zhasadi-4fe3b0/",
            published="2025-12-31", outlet="Kazinform", text_kind="report")
    g.note("Kazinform's report (Aktobe dateline) of the regional volunteers council's New Year week, with the council chairman's dash quote. The stored copy's metadata line ('date 2025-12-31') gives reference_date 2025-12-31; the copy stops mid-sentence after the last line kept.")
    g.note("'Ақтөбелік', 'ақтөбеліктерге' = NORP. 'Аяз Ата', 'Ақшақар' = PERSON (characters, as in the seed; not in people). 'Ақтөбе облысының волонтерлер кеңесі' = ORGANISATION; '... кеңесінің төрағасы' = one POSITION (ORG nested). «Ерекше Жаңа жыл» and «Мейірімді Қазақстан» = EVENT (names inside the quotes, as the «Халық» fund's campaign in the non-government wave); 'Жаңа жылды' = EVENT 'Жаңа жыл' (the holiday, no temporal: it is what is celebrated). 'Ақтөбе облыстық көпсалалы балалар ауруханасында' = FACILITY (where the children are treated). '2019 жылдан бері' = date 2019 (the start); 'Биыл' -> 2025; 'бүгін' -> 2025-12-31.")
    g.note("Events: c1 = the «Ерекше Жаңа жыл» week ('апталығын өткізді', campaign; 'Іс-шара ... өтті' in the quote); c2 = the visit to the children in hospital (headline 'сый жасады', lead 'құттықтап барды' with 100 patients, 'құттықтап бардық' with 'бүгін' in the quote; visit; main_event); c3 = the earlier visits to disabled children and large families ('құттықтап барды', visit); c4 = the morning party ('ертеңгілік ұйымдастырып', celebration); c5 = the «Мейірімді Қазақстан» campaign ('акциясына ... қатысты', past). Handing out gifts ('сыйлық таратты') and 'Жаңа жылды ... қарсы алады' (the patients will see the New Year in hospital) are not separate happenings.")
    g.ent("Ақтөбелік", "NORP", "ақтөбелік")
    g.ent("АҚТӨБЕ", "GPE", "Ақтөбе")
    g.ent("KAZINFORM", "ORGANISATION")
    g.qty("100", "cardinal", 100, unit="ем алушы", n=1)
    g.ent("Аяз Ата", "PERSON")
    g.ent("Ақшақар", "PERSON")
    g.ent("Ақтөбе облысының волонтерлер кеңесі", "ORGANISATION")
    g.nested("Ақтөбе", "GPE", n=1, after="сыйлық таратты.")
    g.ent("Ерекше Жаңа жыл", "EVENT")
    g.ent("ақтөбеліктерге", "NORP", "ақтөбелік")
    g.tmp("2019 жылдан бері", "date", "2019")
    g.tmp("Биыл", "relative", "2025")
    g.qty("380", "cardinal", 380, unit="бала")
    g.qty("100-ін", "cardinal", 100, unit="бала")
    g.tmp("бүгін", "relative", "2025-12-31")
    g.ent("Ақтөбе облыстық көпсалалы балалар ауруханасында", "FACILITY", "Ақтөбе облыстық көпсалалы балалар ауруханасы")
    g.nested("Ақтөбе", "GPE", n=1, after="Бәрі ")
    g.ent("Жаңа жылды", "EVENT", "Жаңа жыл")
    P = "Ақтөбе облыстық волонтерлер кеңесінің төрағасы"
    g.ent(P, "POSITION")
    g.nested("Ақтөбе облыстық волонтерлер кеңесінің", "ORGANISATION", "Ақтөбе облыстық волонтерлер кеңесі")
    g.nested("Ақтөбе", "GPE", n=1, after="деді ")
    g.ent("Нұрбек Жалғасбаев", "PERSON")
    g.ent("Мейірімді Қазақстан", "EVENT")
    g.qty("10 мыңға жуық", "cardinal", 10000, unit="адам", approx="about")
    g.ev("visit", "сый жасады", "past", cluster="c2", participants=["Ақтөбелік еріктілер"])
    g.ev("visit", "құттықтап барды", "past", cluster="c2", n=1, participants=["Еріктілер"], amounts=["100"])
    g.ev("campaign", "апталығын", "past", title="Ерекше Жаңа жыл", cluster="c1",
         participants=["Ақтөбе облысының волонтерлер кеңесі"])
    g.ev("visit", "құттықтап барды", "past", cluster="c3", n=2, participants=["Еріктілер"])
    g.ev("celebration", "ертеңгілік", "past", cluster="c4")
    g.ev("campaign", "Іс-шара", "past", cluster="c1")
    g.ev("visit", "құттықтап бардық", "past", when="бүгін", cluster="c2", amounts=["100-ін"])
    g.ev("campaign", "акциясына", "past", title="Мейірімді Қазақстан", cluster="c5", amounts=["10 мыңға жуық"])
    g.quote("Іс-шара жоғары деңгейде өтті. 2019 жылдан бері ұйымдастырып келеміз. Биыл 380 бала қамтылды. Оның 100-ін бүгін құттықтап бардық. Бәрі Ақтөбе облыстық көпсалалы балалар ауруханасында ем алып жатыр. Қуанып, көзіне жас алды. Олар Жаңа жылды ауруханада қарсы алады. Жанында ата-аналары да бар. Біздің мақсатымыз – балаларға қуаныш сыйлау. Ешкім назардан тыс қалмайды",
            "Нұрбек Жалғасбаев", "деді")
    g.person("Нұрбек Жалғасбаев", [P], [("Нұрбек Жалғасбаев",)])
    g.announce(headline="Ақтөбелік еріктілер ауруханада ем алып жатқан балаларға сый жасады",
               issuer="Ақтөбе облысының волонтерлер кеңесі", outlet="Kazinform", published="2025-12-31",
               place="Ақтөбе", main_event="c2")
    return g.save()


def shanin_theatre_season():
    g = new("shanin-theatre-season-opening", None,
            publisher="Zh. Shanin Regional Drama Theatre (Shymkent)", publisher_kind="theatre",
            url="https://kz.otyrar.kz/2013/09/biz-de-%d2%93ashy%d2%9b-bol%d2%93anbyz-dramasy-k%d3%a9ri%d2%a3iz",
            published=None, outlet="otyrar.kz", text_kind="report")
    g.note("otyrar.kz (regional TV) item advertising the theatre's season opening and its playbill ('Біз ... жарнамалай отырып' = the outlet). No headline and no date in the stored copy; the page address gives only September 2013, so reference_date null and dates without a year are XXXX-MM-DD (the year is not in the text). Source typos kept ('Обылыстық', 'тетардағы', 'касқыр'); the stored copy ends with the third playbill line, kept as the last complete line.")
    g.note("'Обылыстық Ж.Шанин атындағы драма театры' = ORGANISATION (it opens its season), normalized with the typo corrected ('Облыстық ...'); 'Ж.Шанин' nested PERSON. 'С.Балғабаевтың' = PERSON at each mention (the playwright; in people without a position). «Біз де ғашық болғанбыз», «Жымбала, Мико және касқыр» = ART (plays). '80 жылдық' = duration P80Y. Each time takes the day of its line ('сағат 19.00-де' -> XXXX-09-18T19:00, '19-00 сағ.' -> XXXX-09-19T19:00 ...).")
    g.note("Events: c1 = the season opening with the drama ('маусымын ... ашады', opening, future, when the 18 September evening). The playbill lines are three scheduled showings (performance; trigger = the head noun 'драмасы'/'ертегісі', no verb -> status unknown): c2 (19 September), c3 (20 September), c4 (21 September). The 80th jubilee coinciding ('мерейтойымен тұспа-тұс') is a frame, not a mention. Quote: «театрға барыңыз, ...» дегіміз келеді = direct, the writers' own words ('Біз', the outlet): speaker null, no speaker_entity (the text does not name the outlet).")
    g.ent("Обылыстық Ж.Шанин атындағы драма театры", "ORGANISATION", "Облыстық Ж.Шанин атындағы драма театры")
    g.nested("Ж.Шанин", "PERSON", "Жұмат Шанин")
    g.tmp("қыркүйектің 18-і күні", "date", "XXXX-09-18")
    g.tmp("сағат 19.00-де", "time", "XXXX-09-18T19:00")
    g.ent("С.Балғабаевтың", "PERSON", "С.Балғабаев", n=1)
    g.ent("Біз де ғашық болғанбыз", "ART", n=1)
    g.tmp("80 жылдық", "duration", "P80Y")
    g.tmp("19-қыркүйекте", "date", "XXXX-09-19")
    g.tmp("19-00 сағ", "time", "XXXX-09-19T19:00")
    g.ent("С.Балғабаевтың", "PERSON", "С.Балғабаев", n=2)
    g.ent("Біз де ғашық болғанбыз", "ART", n=2)
    g.tmp("20-қыркүйекте", "date", "XXXX-09-20")
    g.tmp("17-00 сағ", "time", "XXXX-09-20T17:00")
    g.ent("С.Балғабаевтың", "PERSON", "С.Балғабаев", n=3)
    g.ent("Біз де ғашық болғанбыз", "ART", n=3)
    g.tmp("21-қыркүйекте", "date", "XXXX-09-21")
    g.tmp("12-00 сағ", "time", "XXXX-09-21T12:00")
    g.ent("С.Балғабаевтың", "PERSON", "С.Балғабаев", n=4)
    g.ent("Жымбала, Мико және касқыр", "ART")
    g.ev("opening", "ашады", "future", when="қыркүйектің 18-і күні, сағат 19.00-де", title="Біз де ғашық болғанбыз",
         cluster="c1", participants=["Обылыстық Ж.Шанин атындағы драма театры"])
    g.ev("performance", "драмасы", "unknown", when="19-қыркүйекте 19-00 сағ.", title="Біз де ғашық болғанбыз",
         cluster="c2", n=1, after="19-қыркүйекте")
    g.ev("performance", "драмасы", "unknown", when="20-қыркүйекте 17-00 сағ.", title="Біз де ғашық болғанбыз",
         cluster="c3", n=1, after="20-қыркүйекте")
    g.ev("performance", "ертегісі", "unknown", when="21-қыркүйекте 12-00 сағ.", title="Жымбала, Мико және касқыр",
         cluster="c4")
    g.quote("театрға барыңыз, спектакль көріп, көңіліңіз марқайып, рухани азық алып қайтыңыз", None, "дегіміз келеді")
    g.person("С.Балғабаев", [], [("С.Балғабаевтың", 1), ("С.Балғабаевтың", 2), ("С.Балғабаевтың", 3),
                                 ("С.Балғабаевтың", 4)])
    g.announce(headline=None, issuer="Облыстық Ж.Шанин атындағы драма театры", outlet="otyrar.kz", published=None,
               place=None, main_event="c1")
    return g.save()


def alfarabi_library_evening():
    g = new("alfarabi-library-poet-meeting", None,
            publisher="Al-Farabi library (alfarabilib.kz, Shymkent)", publisher_kind="culture",
            url="https://alfarabilib.kz/kaz/news/2566", published=None, outlet=None, text_kind="release")
    g.note("The library's own news item (its name is not in the text: the publisher is named from the site). No date in the stored copy: reference_date null. The stored copy stops mid-sentence ('Кеш модераторы - кітапхана директор'); the text ends at the last complete sentence. Source punctuation kept ('ҚР Мәдениет қайраткері. айтыскер ақын', 'бас редактор', no comma in 'Қазақстан Қырғызстан').")
    g.note("\"АҚЫННЫҢ СӨЗІ ЖЕТЕР САН ҒАСЫРҒА\" = EVENT (title inside the quotes, x2); \"Сен маған сүюді үйреттің\" = ART (song). By the settled conventions honorary titles and degrees are POSITION: 'Қазақстанның еңбек сіңірген қайраткері', 'ф.ғ.к.', 'Бәйдібек ауданының құрметті азаматы', 'ҚР Мәдениет қайраткері'; occupations in apposition too ('айтыскер ақын', 'айтыс ақыны', 'кітапхана қызметкері', 'сазгер', 'ұстаз'); 'жыр бәйгелерінің жүлдегері' (prize-winner of poetry contests) = optional POSITION. A role at a named body is one POSITION with the body nested ('... Жазушылар одағының мүшесі', 'Шымкент келбеті газетінің бас редактор', '«Айтыс ақындары ...» Шымкент қаласы филиалының төрағасы', '«Қаратау» дәстүрлі өнер мектебінің директоры'). 'Кітапхананың кітап өңдеу бөлімінің' (an unnamed unit) is not an entity.")
    g.note("Events: c1 = the meeting evening with the poet (meeting): headline 'кездесу кеші өтті', body 'кездесу кеші өтті', 'Шара ... ашылды', 'Кездесу кешіне ... қатысты', 'Кеш барысында' (all past). The dedication ('арнауымен'), reciting and the song ('шырқады') are parts of the evening, not separate happenings. No quotes.")
    T = "АҚЫННЫҢ СӨЗІ ЖЕТЕР САН ҒАСЫРҒА"
    g.ent(T, "EVENT", n=1)
    g.ent("айтыскер ақын", "POSITION", n=1)
    g.ent("Қазақстанның еңбек сіңірген қайраткері", "POSITION")
    g.nested("Қазақстанның", "GPE", "Қазақстан")
    g.ent("ф.ғ.к", "POSITION", "филология ғылымдарының кандидаты")
    g.ent("Бәйдібек ауданының құрметті азаматы", "POSITION")
    g.nested("Бәйдібек", "GPE")
    g.ent("Ақмарал Леубаеваның", "PERSON", "Ақмарал Леубаева")
    g.ent(T, "EVENT", n=2)
    g.ent("айтыс ақыны", "POSITION")
    g.optional("жыр бәйгелерінің жүлдегері", "POSITION")
    g.ent("кітапхана қызметкері", "POSITION", n=1)
    g.ent("Мейіржан Жарылқаптың", "PERSON", "Мейіржан Жарылқап")
    W = "Қазақстан Қырғызстан және Өзбекстан Жазушылар одағының мүшесі"
    g.ent(W, "POSITION")
    g.nested("Қазақстан Қырғызстан және Өзбекстан Жазушылар одағының", "ORGANISATION",
             "Қазақстан Қырғызстан және Өзбекстан Жазушылар одағы")
    g.nested("Қазақстан", "GPE", n=1, after="Кездесу кешіне ")
    g.nested("Қырғызстан", "GPE")
    g.nested("Өзбекстан", "GPE")
    g.ent("айтыскер ақын", "POSITION", n=2)
    g.ent("Бөрібай Оразымбетов", "PERSON")
    g.ent("ҚР Мәдениет қайраткері", "POSITION")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("айтыскер ақын", "POSITION", n=3)
    g.ent("сазгер", "POSITION")
    g.ent("ұстаз", "POSITION")
    g.ent("Әбдіхалық Әбдірайымұлы", "PERSON")
    E = "Шымкент келбеті газетінің бас редактор"
    g.ent(E, "POSITION")
    g.nested("Шымкент келбеті", "ORGANISATION")
    g.nested("Шымкент", "GPE", n=1)
    g.ent("Бақтияр Тайжан", "PERSON")
    g.ent("айтыскер ақын", "POSITION", n=4)
    A = "«Айтыс ақындары мен жыршы-термешілердің Халықаралық Одағының» Шымкент қаласы филиалының төрағасы"
    g.ent(A, "POSITION")
    g.nested("Айтыс ақындары мен жыршы-термешілердің Халықаралық Одағының", "ORGANISATION",
             "Айтыс ақындары мен жыршы-термешілердің Халықаралық Одағы")
    g.nested("Шымкент", "GPE", n=2)
    K = "«Қаратау» дәстүрлі өнер мектебінің директоры"
    g.ent(K, "POSITION")
    g.nested("Қаратау", "ORGANISATION")
    g.ent("Біржан Байтуов", "PERSON")
    g.ent("кітапхана қызметкері", "POSITION", n=2)
    g.ent("Айгерім Алдабергенова", "PERSON")
    g.ent("Сен маған сүюді үйреттің", "ART")
    g.ev("meeting", "кездесу кеші", "past", title=T, cluster="c1", n=1)
    g.ev("meeting", "кездесу кеші", "past", title=T, cluster="c1", n=2, participants=["Ақмарал Леубаеваның"])
    g.ev("meeting", "Шара", "past", cluster="c1")
    g.ev("meeting", "Кездесу кешіне", "past", cluster="c1",
         participants=["Бөрібай Оразымбетов", "Әбдіхалық Әбдірайымұлы", "Бақтияр Тайжан", "Біржан Байтуов",
                       "кітапханашылар мен оқырмандар"])
    g.ev("meeting", "Кеш", "past", cluster="c1", after="қатысты.")
    g.person("Ақмарал Леубаева", ["айтыскер ақын", "Қазақстанның еңбек сіңірген қайраткері",
                                  "филология ғылымдарының кандидаты", "Бәйдібек ауданының құрметті азаматы"],
             [("Ақмарал Леубаеваның",)])
    g.person("Мейіржан Жарылқап", ["айтыс ақыны", "кітапхана қызметкері"], [("Мейіржан Жарылқаптың",)])
    g.person("Бөрібай Оразымбетов", [W, "айтыскер ақын"], [("Бөрібай Оразымбетов",)])
    g.person("Әбдіхалық Әбдірайымұлы", ["ҚР Мәдениет қайраткері", "айтыскер ақын", "сазгер", "ұстаз"],
             [("Әбдіхалық Әбдірайымұлы",)])
    g.person("Бақтияр Тайжан", [E], [("Бақтияр Тайжан",)])
    g.person("Біржан Байтуов", ["айтыскер ақын", A, K], [("Біржан Байтуов",)])
    g.person("Айгерім Алдабергенова", ["кітапхана қызметкері"], [("Айгерім Алдабергенова",)])
    g.announce(headline="\"АҚЫННЫҢ СӨЗІ ЖЕТЕР САН ҒАСЫРҒА\" атты кездесу кеші өтті",
               issuer="Әл-Фараби атындағы кітапхана", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def wko_museum_astana():
    g = new("west-kazakhstan-museum-astana-exhibition", "2017-07-31",
            publisher="West Kazakhstan Regional Museum of History and Local Lore", publisher_kind="museum",
            url="http://zhaikpress.kz/kk/news/astanadagy-kormege-bko-muzeji-400-ge-zhuyk-zhadiger-akeldi",
            published="2017-07-31", outlet="zhaikpress.kz", text_kind="report")
    g.note("zhaikpress.kz (Жайық пресс) report of the regional museum's exhibition at the region's culture days in Astana. The page shows '31.07.2017, 15:54' (date and view-counter lines dropped): reference_date 2017-07-31. The stored copy's blank lines are kept; it stops mid-sentence in the next paragraph ('... назарына ұс'), the text ends at the last complete sentence.")
    g.note("'БҚО' = GPE (normalized 'Батыс Қазақстан'); 'БҚО музейі' (headline, the museum acting) = ORGANISATION with 'БҚО' nested; 'облыстық тарихи-өлкетану музейі' and 'облыстық халық шығармашылық орталығы' (organisers) = ORGANISATION. 'Батыс Қазақстан облысының' -> GPE 'Батыс Қазақстан' ('облысы' outside the span). 'Қабанбай батыр даңғылы' = FACILITY (street; nested PERSON). «Алтын ханшайым» экспозициясы (a display) = MISCELLANEOUS; «Төлеген мен Қыз Жібектің кездесуі» (painting) = ART. Historical persons 'Құрманғазы', 'Ә.Қастеевтің', 'Жәңгір хан', 'Фатима ханымның' = PERSON (in people without positions). 'Бөкей ордасы тарихи-музей кешенінің' (a model of it) = FACILITY ('Бөкей ордасы' nested GPE). 'Лебедевка', 'Қырықоба' (burial mounds) = LOCATION. '1941 жылы' -> 1941; 'Бүгін' -> 2017-07-31.")
    g.note("Events: c1 = the West Kazakhstan culture days in Astana ('мәдениет күндері басталды', festival, past; 'Мәдениет күндері аясында' in an ongoing clause); c2 = the museum's exhibition (headline 'көрмеге' in a past clause; 'көрмелерін ұйымдастыруда', ongoing, where the ethno-village; main_event, as the headline is about it). The culture days' name is generic (dev2b convention 2): no EVENT entity.")
    g.ent("Астанадағы", "GPE", "Астана")
    g.ent("БҚО музейі", "ORGANISATION")
    g.nested("БҚО", "GPE", "Батыс Қазақстан")
    g.qty("400-ге жуық", "cardinal", 400, unit="жәдігер", approx="about")
    g.tmp("Бүгін", "relative", "2017-07-31")
    g.ent("Астана", "GPE", after="Бүгін ")
    g.ent("Батыс Қазақстан", "GPE")
    g.ent("Қабанбай батыр даңғылы", "FACILITY")
    g.nested("Қабанбай батыр", "PERSON")
    g.ent("облыстық тарихи-өлкетану музейі", "ORGANISATION", "Батыс Қазақстан облыстық тарихи-өлкетану музейі")
    g.ent("облыстық халық шығармашылық орталығы", "ORGANISATION", "Батыс Қазақстан облыстық халық шығармашылық орталығы")
    g.ent("Алтын ханшайым", "MISCELLANEOUS")
    g.ent("Құрманғазы", "PERSON")
    g.ent("Ә.Қастеевтің", "PERSON", "Ә.Қастеев")
    g.tmp("1941 жылы", "date", "1941")
    g.ent("Төлеген мен Қыз Жібектің кездесуі", "ART")
    g.ent("Жәңгір хан", "PERSON")
    g.ent("Фатима ханымның", "PERSON", "Фатима ханым")
    g.ent("Бөкей ордасы тарихи-музей кешенінің", "FACILITY", "Бөкей ордасы тарихи-музей кешені")
    g.nested("Бөкей ордасы", "GPE")
    g.ent("Лебедевка", "LOCATION")
    g.ent("Қырықоба", "LOCATION")
    g.ev("exhibition", "көрмеге", "past", where="Астанадағы", cluster="c2", participants=["БҚО музейі"], amounts=["400-ге жуық"])
    g.ev("festival", "мәдениет күндері", "past", when="Бүгін", where="Астана қаласында", cluster="c1")
    g.ev("festival", "Мәдениет күндері", "ongoing", cluster="c1")
    g.ev("exhibition", "көрмелерін", "ongoing", where="Қабанбай батыр даңғылы бойында орналасқан этноауылда", cluster="c2",
         participants=["облыстық тарихи-өлкетану музейі", "облыстық халық шығармашылық орталығы"])
    g.person("Құрманғазы", [], [("Құрманғазы",)])
    g.person("Ә.Қастеев", [], [("Ә.Қастеевтің",)])
    g.person("Жәңгір хан", [], [("Жәңгір хан",)])
    g.person("Фатима ханым", [], [("Фатима ханымның",)])
    g.announce(headline="Астанадағы көрмеге БҚО музейі 400-ге жуық жәдігер әкелді",
               issuer="Батыс Қазақстан облыстық тарихи-өлкетану музейі", outlet="zhaikpress.kz", published="2017-07-31",
               place=None, main_event="c2")
    return g.save()


def karaganda_museum_exhibition():
    g = new("karaganda-museum-museums-exhibition", "2022-11-07",
            publisher="Karaganda Regional Museum of History and Local Lore", publisher_kind="museum",
            url="https://egemen.kz/amp/article/327517-elimizdinh-qundy-dgadigerleri",
            published="2022-11-07", outlet="Egemen.kz", text_kind="report")
    g.note("Egemen Qazaqstan's report of the Karaganda regional museum's republican exhibition, with the director's dash quote. The page shows 'Таным 07 Қараша, 2022' (currency ticker, rubric/date line and view counter dropped): reference_date 2022-11-07. The stored copy stops one letter into the next sentence; the text ends at the last complete sentence.")
    g.note("'Еліміздің' = optional GPE Қазақстан (x2). 'Қарағанды' (in 'Қарағанды жұртының') = GPE; 'Қазақстан мұражайларының қоры' = ORGANISATION (through which the show was organised; nested GPE). «Өткен мен болашақ арасында» (exhibition) and «Мұражай педагогикасы: дәстүрлер мен инновациялар» (seminar-training) = EVENT, text inside the quotes. «Алтын адамның» = MISCELLANEOUS 'Алтын адам' (the artefact). '... мұражайының директоры' = one POSITION (ORG and GPE nested). '90 жылдығына' = duration P90Y; '5-6' = cardinal 5 (lower bound, as '7-8%' in the government wave); 'тұңғыш рет', 'алғаш рет' are not quantities.")
    g.note("Events: c1 = the exhibition of 18 museums: 'ұйымдастырылған көрме' (past), '... деп аталған көрме ... орайластырылды' (past), in the quote 'көрмесі емес' and 'бірегей көрмесі' (no tense: unknown), 'көрмеге ... әкеліп отыр' and 'көрме ... өтіп отыр' (ongoing), 'Көрмеде ... бар' (ongoing: the show is open); c2 = the international seminar-training ('семинар-тренингте ... қозғалды', seminar, past). The museum's 90th anniversary is the dedication ('орайластырылды'), not a mention.")
    g.optional("Еліміздің", "GPE", "Қазақстан", n=1)
    g.optional("Еліміздің", "GPE", "Қазақстан", n=2)
    g.qty("18", "cardinal", 18, unit="мұражай")
    g.ent("Қарағанды", "GPE", n=1)
    g.ent("Қазақстан мұражайларының қоры", "ORGANISATION")
    g.nested("Қазақстан", "GPE", n=1)
    g.ent("Өткен мен болашақ арасында", "EVENT")
    g.ent("Қарағанды облыстық тарихи-өлкетану мұражайының", "ORGANISATION", "Қарағанды облыстық тарихи-өлкетану мұражайы", n=1)
    g.nested("Қарағанды", "GPE", n=2)
    g.tmp("90 жылдығына", "duration", "P90Y")
    g.ent("Мұражай педагогикасы: дәстүрлер мен инновациялар", "EVENT")
    g.qty("5-6", "cardinal", 5, unit="экспонат")
    g.ent("Қазақстанда", "GPE", "Қазақстан")
    P = "Қарағанды облыстық тарихи-өлкетану мұражайының директоры"
    g.ent(P, "POSITION")
    g.nested("Қарағанды облыстық тарихи-өлкетану мұражайының", "ORGANISATION", "Қарағанды облыстық тарихи-өлкетану мұражайы", n=2)
    g.nested("Қарағанды", "GPE", n=3)
    g.ent("Ержан Нұрмағанбетов", "PERSON")
    g.ent("Алтын адамның", "MISCELLANEOUS", "Алтын адам")
    g.ev("exhibition", "көрме", "past", cluster="c1", n=1, participants=["Қазақстан мұражайларының қоры"])
    g.ev("exhibition", "көрме", "past", title="Өткен мен болашақ арасында", cluster="c1", n=1, after="деп аталған ")
    g.ev("seminar", "семинар-тренингте", "past", title="Мұражай педагогикасы: дәстүрлер мен инновациялар", cluster="c2")
    g.ev("exhibition", "көрмесі", "unknown", cluster="c1", n=1)
    g.ev("exhibition", "көрмесі", "unknown", cluster="c1", n=2)
    g.ev("exhibition", "көрмеге", "ongoing", cluster="c1", amounts=["5-6"])
    g.ev("exhibition", "көрме", "ongoing", where="Қазақстанда", cluster="c1", n=1, after="Мұндай республикалық ")
    g.ev("exhibition", "Көрмеде", "ongoing", cluster="c1")
    g.quote("Бұл – жай жәдігерлердің ғана көрмесі емес, облыстық мұражайлардың бірегей көрмесі. Әр мұражай көрмеге археология, этнография, қолданбалы өнердің сирек кездесетін 5-6 экспонатын әкеліп отыр. Мұндай республикалық көрме Қазақстанда алғаш рет өтіп отыр",
            "Ержан Нұрмағанбетов", "дейді")
    g.person("Ержан Нұрмағанбетов", [P], [("Ержан Нұрмағанбетов",)])
    g.announce(headline="Еліміздің құнды жәдігерлері", issuer="Қарағанды облыстық тарихи-өлкетану мұражайы",
               outlet="Egemen.kz", published="2022-11-07", place=None, main_event="c1")
    return g.save()


def wko_philharmonic_concert():
    g = new("west-kazakhstan-philharmonic-concert", None,
            publisher="G. Kurmangaliyev West Kazakhstan Regional Philharmonic", publisher_kind="culture",
            url="http://bko-filarmoniya.kz/kz/news/26-n-zh-rekti-terbejdi-atty-kontserti-tti",
            published=None, outlet=None, text_kind="release")
    g.note("The philharmonic's own news item. No headline in the stored copy (page address: «Ән жүректі тербейді» атты концерті өтті) and no date: reference_date null, '25 қаңтар күні' -> XXXX-01-25. Source typos and spacing kept ('көремендердің', 'тобы ,', 'А.Ахметова А.Бектасов' without a comma, slashes around the leaders' names).")
    g.note("'Ғ.Құрманғалиев атындағы облыстық филармониясының' = ORGANISATION (nested PERSON). «Ән жүректі тербейді» = EVENT (concert title); «Ән қанатында», «Назерке», «Step up» = ORGANISATION (ensembles, text inside the quotes); «Ерен еңбегі үшін» = MISCELLANEOUS (a medal); its holders ('медалінің иегерлері') get no POSITION (a decoration, not a post or title). 'жетекшісі', 'балетмейстерлері' = POSITION (normalized with the ensemble); honorary titles 'ҚР еңбек сіңірген қайраткері', 'ҚР Мәдениет саласының үздігі' = POSITION (settled conventions); 'Халықаралық және Республикалық конкурстардың лауреаттары' = optional POSITION (like prize-winners elsewhere in this batch). 'филармонияның концерт залында' (the unnamed hall) = optional FACILITY. Every performer is a PERSON and a people entry (25).")
    g.note("Events: c1 = the concert ('концерті өтті', past, when/where; 'Кеште ... өнер көрсетіп', past). Performing ('өнер көрсетіп') is part of the concert. No quotes.")
    g.tmp("25 қаңтар күні", "date", "XXXX-01-25")
    g.optional("филармонияның концерт залында", "FACILITY", "филармонияның концерт залы")
    F = "Ғ.Құрманғалиев атындағы облыстық филармониясы"
    g.ent("Ғ.Құрманғалиев атындағы облыстық филармониясының", "ORGANISATION", F)
    g.nested("Ғ.Құрманғалиев", "PERSON")
    g.ent("Ән жүректі тербейді", "EVENT")
    g.ent("Ән қанатында", "ORGANISATION")
    L1 = "«Ән қанатында» вокалды-аспаптық ансамблінің жетекшісі"
    g.ent("жетекшісі", "POSITION", L1, n=1)
    g.ent("Назерке", "ORGANISATION")
    B = "«Назерке» халық биі ансамблінің балетмейстері"
    g.ent("балетмейстерлері", "POSITION", B)
    g.ent("Step up", "ORGANISATION")
    L2 = "«Step up» би тобының жетекшісі"
    g.ent("жетекшісі", "POSITION", L2, n=2)
    g.ent("ҚР еңбек сіңірген қайраткері", "POSITION")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    g.ent("Ерен еңбегі үшін", "MISCELLANEOUS")
    g.ent("ҚР Мәдениет саласының үздігі", "POSITION")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=2)
    g.optional("Халықаралық және Республикалық конкурстардың лауреаттары", "POSITION")
    people = {"Валерий Полубабкин": [L1], "А.Тасболатова": [B], "М.Сүндетқалиева": [B], "Сұлтан Даутов": [L2],
              "Ж.Хасанова": ["ҚР еңбек сіңірген қайраткері"], "М.Сарбөпеев": [], "А.Хайырханов": [],
              "Ж.Ғайсағалиев": [], "К.Қуанышқалиева": [], "М.Хайдарова": ["ҚР Мәдениет саласының үздігі"],
              "А.Ахметова": [], "А.Бектасов": [], "А.Ажғалиева": [], "М.Оразов": [], "Г.Өтегенова": [],
              "Г.Калашникова": [], "Ж. Жұмабаева": [], "Д.Бақытова": [], "К.Айтбаев": [], "А.Тұрарбеков": [],
              "А.Оразов": [], "Н.Қожахмет": [], "А.Орынғалиева": [], "Д.Құлбабаев": [], "Т.Мусин": []}
    for name, positions in people.items():
        g.ent(name, "PERSON")
        g.person(name, positions, [(name,)])
    g.ev("concert", "концерті", "past", when="25 қаңтар күні", where="филармонияның концерт залында",
         title="Ән жүректі тербейді", cluster="c1",
         participants=["Ғ.Құрманғалиев атындағы облыстық филармониясының артистері"])
    g.ev("concert", "Кеште", "past", cluster="c1",
         participants=["«Ән қанатында» вокалды-аспаптық ансамблі", "«Назерке» халық биі ансамблі", "«Step up» би тобы"])
    g.announce(headline=None, issuer=F, outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def college_nauryz():
    g = new("college-nauryz-celebration", "2023-03-17",
            publisher="College at pkkk.mycollege.kz", publisher_kind="school",
            url="https://pkkk.mycollege.kz/site/news/view?id=64182df5ff15fd3b700fec6c",
            published="2023-03-17", outlet=None, text_kind="release")
    g.note("The college's own news item (its name is not in the text; the publisher is named from the site). The page shows '17.03.23' (dropped as chrome): reference_date 2023-03-17, 'Бүгін' -> 2023-03-17. The stored copy's line breaks inside sentences are kept. No headline.")
    g.note("'Ұлыстың ұлы күніне' = EVENT 'Ұлыстың ұлы күні' (the holiday the event is dedicated to: not an event mention). «Жігер» (orchestra) = ORGANISATION; “Армысың, Әз-Наурыз” = EVENT (festival title inside the quotes); “Аластау” (a rite) = MISCELLANEOUS. 'жоғарғы санатты музыка мұғалімі' = POSITION. The group codes 'ТЭ-20-09-1', 'ТЭ-21-09' are not entities or quantities; the closing greeting 'Әз-Наурыз құтты болсын, қазақ елі!' has no names (greeting).")
    g.note("Events: c1 = the college's Nauryz celebration ('мерекелік іс-шара өтті', 'Кеш барысы ... жалғасын тапты', 'кештің барысынан', celebration, past); c2 = the “Армысың, Әз-Наурыз” festival ('фестивалі аясында', past from 'өткізілген'); c3 = the contests ('байқаулар', competition); c4 = the national sport games ('ойындарының', competition); c5 = the winners' award ('марапаттау сәті ... орын алды', award); c6 = the comic skit with the “Аластау” rite ('көрініс ... көрсетіліп', performance).")
    g.tmp("Бүгін", "relative", "2023-03-17")
    g.ent("Ұлыстың ұлы күніне", "EVENT", "Ұлыстың ұлы күні")
    P = "жоғарғы санатты музыка мұғалімі"
    g.ent(P, "POSITION")
    g.ent("Қайрат Кәрібекұлы Науанбаевтың", "PERSON", "Қайрат Кәрібекұлы Науанбаев")
    g.ent("Жігер", "ORGANISATION")
    g.ent("Армысың, Әз-Наурыз", "EVENT")
    g.ent("Аластау", "MISCELLANEOUS")
    g.ev("celebration", "іс-шара", "past", when="Бүгін", where="колледжімізде", cluster="c1",
         participants=["ТЭ-20-09-1 тобы мен ТЭ-21-09 тобы студенттерінің"])
    g.ev("celebration", "Кеш", "past", cluster="c1")
    g.ev("celebration", "кештің", "past", cluster="c1")
    g.ev("festival", "фестивалі", "past", title="Армысың, Әз-Наурыз", cluster="c2")
    g.ev("competition", "байқаулар", "past", cluster="c3")
    g.ev("competition", "ойындарының", "past", cluster="c4")
    g.ev("award", "марапаттау", "past", cluster="c5", participants=["жеңімпаздарды"])
    g.ev("performance", "көрініс", "past", cluster="c6", participants=["ұйымдастырушылар"])
    g.person("Қайрат Кәрібекұлы Науанбаев", [P], [("Қайрат Кәрібекұлы Науанбаевтың",)])
    g.announce(headline=None, issuer="Колледж (pkkk.mycollege.kz)", outlet=None, published="2023-03-17", place=None,
               main_event="c1")
    return g.save()


def musrepov_theatre_season():
    g = new("musrepov-theatre-season-closing", None,
            publisher="G. Musrepov Kazakh State Academic Theatre for Children and Youth", publisher_kind="theatre",
            url="https://kaz.inform.kz/news/g-musirepov-atyndagy-balalar-men-zhasospirimder-teatrynyn-67-shi-mausymy-shygys-sazy-komediyasymen-zhabyldy_a2570616/",
            published=None, outlet="Kazinform", text_kind="report")
    g.note("Kazinform's report (Almaty dateline) of the theatre's season closing. The dateline has no year and the page date is not shown: reference_date null, '1 шілде' -> XXXX-07-01, '29 мамыр күні' -> XXXX-05-29. The stored copy's 'None' photo lines and the 'Соңғы жаңалықтар' link line dropped. The theatre season ('бұл маусымда', 'Осы маусым ішінде', '67-ші маусымы') is not a calendar temporal; '67-ші' = ordinal (unit маусым).")
    g.note("The theatre acting = ORGANISATION (headline short name and full name, nested PERSON). The plays «Шығыс сазы», «Ай-Қарагөз...» (span without the ellipsis), «Сағым қуғандар», «Фатима», «Жақсы кісі», «Ең алғашқы Жаңа жыл» = ART; their authors = PERSON (people without positions). 'режиссері' = POSITION (the play's director; 'авторы' is authorship, not a post); 'Қазақстанның халық әртісі' = POSITION (honorary title). 'Т. Абдумомунов атындағы қырғыз ұлттық академиялық театрында' = FACILITY (the venue of the tour; nested PERSON). 'ҚазАқпарат' = ORGANISATION; its dateline credit is the agency's self-attribution, not a quote.")
    g.note("Events: c1 = the season closing (headline and lead 'жабылды', closing, past; main_event); c2 = the premiere of «Шығыс сазы» ('премьерасы өткен', performance, past); c3 = the culture days of Kazakhstan in Kyrgyzstan ('мәдени күндері кезінде', festival, past from its clause, as 'Мәдениет күндері аясында' in west-kazakhstan-museum-astana-exhibition); c4 = the tour to Bishkek ('гастрольдік сапарын өткізді', tour); c5 = the tours to Zhanaozen and Astana ('гастрольдік сапармен барып қайтты', tour). Adding five productions to the repertoire is not a happening. No quotes.")
    T = "Ғ.Мүсірепов атындағы балалар мен жасөспірімдер театры"
    g.ent("Ғ.Мүсірепов атындағы балалар мен жасөспірімдер театрының", "ORGANISATION", T)
    g.nested("Ғ.Мүсірепов", "PERSON", "Ғабит Мүсірепов")
    g.qty("67-ші", "ordinal", 67, unit="маусым", n=1)
    g.ent("Шығыс сазы", "ART", n=1)
    g.ent("АЛМАТЫ", "GPE", "Алматы")
    g.tmp("1 шілде", "date", "XXXX-07-01")
    g.ent("ҚазАқпарат", "ORGANISATION")
    g.ent("Алматыдағы", "GPE", "Алматы")
    FULL = "Ғабит Мүсірепов атындағы Қазақ мемлекеттік академиялық балалар мен жасөспірімдер театры"
    g.ent("Ғабит Мүсірепов атындағы Қазақ мемлекеттік академиялық балалар мен жасөспірімдер театрының", "ORGANISATION", FULL)
    g.nested("Ғабит Мүсірепов", "PERSON")
    g.qty("67-ші", "ordinal", 67, unit="маусым", n=2)
    g.ent("Шығыс сазы", "ART", n=2)
    g.tmp("29 мамыр күні", "date", "XXXX-05-29")
    g.ent("режиссері", "POSITION")
    g.ent("Қазақстанның халық әртісі", "POSITION")
    g.nested("Қазақстанның", "GPE", "Қазақстан", n=1)
    g.ent("Талғат Теменов", "PERSON")
    g.qty("5", "cardinal", 5, unit="қойылым")
    g.ent("М.Әуезовтің", "PERSON", "М.Әуезов")
    g.ent("Ай-Қарагөз", "ART")
    g.ent("Ж.Солтиеваның", "PERSON", "Ж.Солтиева")
    g.ent("Сағым қуғандар", "ART")
    g.ent("Иран-Ғайыптың", "PERSON", "Иран-Ғайып")
    g.ent("Фатима", "ART")
    g.ent("Ә.Таразидің", "PERSON", "Ә.Тарази")
    g.ent("Жақсы кісі", "ART")
    g.ent("С.Балғабаевтың", "PERSON", "С.Балғабаев")
    g.ent("Ең алғашқы Жаңа жыл", "ART")
    g.ent("Қырғызстандағы", "GPE", "Қырғызстан")
    g.ent("Қазақстанның", "GPE", "Қазақстан", n=2)
    g.ent("Бішкектегі", "GPE", "Бішкек")
    g.ent("Т. Абдумомунов атындағы қырғыз ұлттық академиялық театрында", "FACILITY",
          "Т. Абдумомунов атындағы қырғыз ұлттық академиялық театры")
    g.nested("Т. Абдумомунов", "PERSON")
    g.ent("Жаңаөзен", "GPE")
    g.ent("Астана", "GPE")
    g.ev("closing", "жабылды", "past", title="Шығыс сазы", cluster="c1", n=1, participants=[T])
    g.ev("closing", "жабылды", "past", title="Шығыс сазы", cluster="c1", n=2, participants=[FULL])
    g.ev("performance", "премьерасы", "past", when="29 мамыр күні", title="Шығыс сазы", cluster="c2")
    g.ev("festival", "мәдени күндері", "past", where="Қырғызстандағы", cluster="c3")
    g.ev("tour", "гастрольдік сапарын", "past",
         where="Бішкектегі Т. Абдумомунов атындағы қырғыз ұлттық академиялық театрында", cluster="c4",
         participants=["театр"])
    g.ev("tour", "гастрольдік сапармен", "past", where="Жаңаөзен, Астана қалаларына", cluster="c5")
    g.person("Талғат Теменов", ["режиссері", "Қазақстанның халық әртісі"], [("Талғат Теменов",)])
    for name, text in [("М.Әуезов", "М.Әуезовтің"), ("Ж.Солтиева", "Ж.Солтиеваның"), ("Иран-Ғайып", "Иран-Ғайыптың"),
                       ("Ә.Тарази", "Ә.Таразидің"), ("С.Балғабаев", "С.Балғабаевтың")]:
        g.person(name, [], [(text,)])
    g.announce(headline="Ғ.Мүсірепов атындағы балалар мен жасөспірімдер театрының 67-ші маусымы «Шығыс сазы» комедиясымен жабылды",
               issuer=FULL, outlet="ҚазАқпарат", published=None, place="Алматы", main_event="c1")
    return g.save()


# ---- end of documents ----
if __name__ == "__main__":
    import sys
    build(document_functions(globals()), sys.argv[1:])
