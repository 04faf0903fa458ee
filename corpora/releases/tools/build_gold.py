"""Build the *.gold.json files of corpora/releases from the annotations written below.

Annotations are written as (exact text, occurrence) anchors; goldlib resolves the
offsets and asserts them.  Run: python corpora/releases/tools/build_gold.py
The JSON files are the frozen gold; this script documents how they were made.
"""
from goldlib import Gold

COMMON_NOTES = [
    "Offsets: Python code-point offsets, half-open, into the exact UTF-8 .txt content; computed by anchor search (tools/goldlib.py) and asserted.",
    "Conventions follow corpora/seed (KazNERD-style flat entities, outermost name wins; names in quotes = text inside the quotes; nested_entities/optional_entities informative, not scored; numbers inside names are not quantities; one event per mention that asserts an occurrence; direct quotes only).",
]


def abai_museum():
    g = Gold("abai-museum-otyrar-exhibition", None)
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy: reference_date null; no absolute dates in the text anyway.")
    g.note("Museum as the place of an event = FACILITY (Abai museum, 'Абай музейінде', headline 'АБАЙ МУЗЕЙІНДЕ'); museum as the employer/agent ('«Отырар ... қорық-мұражайының» қызметкерлері', 'Отырар музейінің' inside a POSITION) = ORGANISATION, as the seed separates venue theatres from the touring theatre.")
    g.note("'Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейіне' is one FACILITY (DESIGN section 3 example: a name that starts before its quoted part is whole). The signature 'Абайдың «Жидебай-Бөрілі»\\n\\nқорық-музейінің баспасөз қызметі' is one ORGANISATION span across the line break (the issuer).")
    g.note("Exhibition title «Қамалы бекем, халқы қайсар – Отырар» (followed by 'тақырыбында' / 'көрмесі') = EVENT inside the quotes. 'Отырар' (ancient city) = GPE. 'Отырар қорғаны' (the fortress/site) = FACILITY.")
    g.note("'800 жыл толуына' = temporal duration P800Y (an age), not a quantity. 'бір ай бойы' = duration P1M.")
    g.note("Events: headline 'КӨРМЕСІ АШЫЛДЫ' and body 'көрмесінің ... ашылуы өтті' are two mentions of the same opening, both annotated (the seed also annotates 'баспасөз мәслихаты' and 'брифинг' separately); type exhibition with the exhibition noun as trigger (seed: 'көрме ... ашылады' -> exhibition). The visit of the Otrar staff ('іс-сапармен ... келді') = visit. The excursion = other. The last sentence ('көрмесі ... бір ай бойы ... ұсынылады') = exhibition, future, when P1M. 'Шараның алғы сөзін ... сөйлеп' is a speech act, not an event.")
    g.note("People: the two museum officials. Abai appears only inside names (nested PERSON) and is not in the people layer.")
    g.ent("АБАЙ МУЗЕЙІНДЕ", "FACILITY", "Абай музейі")
    g.nested("АБАЙ", "PERSON", "Абай")
    g.ent("ОТЫРАР", "GPE", "Отырар")
    A = "Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейі"
    g.ent("Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейіне", "FACILITY", A)
    g.nested("Абайдың", "PERSON", "Абай")
    g.nested("Жидебай-Бөрілі", "LOCATION", "Жидебай-Бөрілі")
    g.ent("Отырар мемлекеттік археологиялық қорық-мұражайының", "ORGANISATION", "Отырар мемлекеттік археологиялық қорық-мұражайы")
    g.nested("Отырар", "GPE", "Отырар", n=1, after="«Отырар мемлекеттік")
    g.ent("Отырар қорғанына", "FACILITY", "Отырар қорғаны")
    g.nested("Отырар", "GPE", "Отырар", after="Отырар қорғанына")
    g.ent("Қамалы бекем, халқы қайсар – Отырар", "EVENT", n=1)
    g.ent("Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейінің директоры", "POSITION")
    g.nested("Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейінің", "ORGANISATION", A)
    g.nested("Абайдың", "PERSON", "Абай", n=2)
    g.nested("Жидебай-Бөрілі", "LOCATION", "Жидебай-Бөрілі", n=2)
    g.ent("Ерлан-Бек Мейрамхатұлы", "PERSON")
    g.ent("Отырар музейінің бас қор сақтаушысы", "POSITION")
    g.nested("Отырар музейінің", "ORGANISATION", "Отырар музейі")
    g.nested("Отырар", "GPE", "Отырар", after="Отырар музейінің")
    g.ent("Ералы Төлендіұлы", "PERSON")
    g.ent("Отырар қорғанынан", "FACILITY", "Отырар қорғаны")
    g.nested("Отырар", "GPE", "Отырар", after="Отырар қорғанынан")
    g.ent("Қамалы бекем, халқы қайсар – Отырар", "EVENT", n=2)
    g.ent("Абай музейінде", "FACILITY", "Абай музейі")
    g.nested("Абай", "PERSON", "Абай", after="көрмесі Абай")
    g.ent("Абайдың «Жидебай-Бөрілі»\n\nқорық-музейінің баспасөз қызметі", "ORGANISATION",
          "Абайдың «Жидебай-Бөрілі» қорық-музейінің баспасөз қызметі")
    g.nested("Абайдың «Жидебай-Бөрілі»\n\nқорық-музейінің", "ORGANISATION", "Абайдың «Жидебай-Бөрілі» қорық-музейі")
    g.nested("Абайдың", "PERSON", "Абай", n=3)
    g.nested("Жидебай-Бөрілі", "LOCATION", "Жидебай-Бөрілі", n=3)

    g.qty("төрт", "cardinal", 4, unit="бөлім")
    g.qty("200", "cardinal", 200, unit="түр")
    g.tmp("800 жыл", "duration", "P800Y")
    g.tmp("бір ай бойы", "duration", "P1M")

    venue = "Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейі"
    title = "Қамалы бекем, халқы қайсар – Отырар"
    g.ev("exhibition", "КӨРМЕСІ", "past", None, "Абай музейі", None)
    g.ev("visit", "іс-сапармен", "past", None, venue, None)
    g.ev("exhibition", "көрмесінің", "past", None, venue, title)
    g.ev("other", "экскурсия", "past", None, venue, None)
    g.ev("exhibition", "көрмесі", "future", "P1M", "Абай музейі", title, after="«Қамалы бекем, халқы қайсар – Отырар» көрмесі")

    g.person("Ерлан-Бек Мейрамхатұлы", ["Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейінің директоры"],
             [("Ерлан-Бек Мейрамхатұлы",)])
    g.person("Ералы Төлендіұлы", ["Отырар музейінің бас қор сақтаушысы"], [("Ералы Төлендіұлы",)])
    return g.save()


def nauryznama():
    g = Gold("astana-nauryznama-2025", "2025-03-04")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the article date shown on the page (04 Наурыз, 2025).")
    g.note("'Елордада'/'елордада' (the capital, = Астана) and 'елордалықтар' are epithets like the seed's 'оңтүстік астана': optional_entities only. 'Астана қаласы' -> GPE 'Астана'.")
    g.note("«Наурызнама» followed by the genre noun 'онкүндігі' = EVENT inside the quotes (seed practice for titled events). The holiday 'Наурыз мейрамы'/'Наурыз' = EVENT (KazNERD tags holidays as EVENT). 'Қалалық Ішкі саясат басқармасы', 'Мәдениет басқармасы' = ORGANISATION; 'Egemen.kz' = ORGANISATION; 'Аудан әкімдіктері' (plural, generic) not annotated.")
    g.note("Temporals: 'биылғы' -> 2025; '14-23 наурыз аралығында' -> range 2025-03-14/2025-03-23 (span includes the postposition 'аралығында', like the seed's 'бері қарай'); '21-22 наурызда' -> range; 'Қазіргі уақытта' -> relative 2025-03-04. 'Бұл күндері' (anaphoric 'these days') not annotated.")
    g.note("Quantities: '200-ден астам' cardinal 200 more_than (unit іс-шара); '14' cardinal (unit алап).")
    g.note("Events: the headline and the body each announce the ten-day festival (type festival, trigger 'онкүндігі', future). 'Наурыз мейрамын ... атап өтпек' = other (celebration), future, when 2025. '200-ден астам ... іс-шара ұйымдастырылады' = other, future, when = the ten days (the clause's 'Бұл күндері'). Enumerations give one event per item: concert programmes, national games (competition), fairs (other), theatrical performances (performance); craft exhibitions, food festivals, sports competitions, other events ('шаралар'), 'қарастырылған' (planned) -> future. Items whose clause has no time phrase get when = null; where = 'Астана' (the city is the stated scope).")
    g.optional("Елордада", "GPE", "Астана")
    g.ent("Наурызнама", "EVENT", n=1)
    g.ent("Астана", "GPE", "Астана", after="Астана қаласы")
    g.ent("Наурыз мейрамын", "EVENT", "Наурыз мейрамы")
    g.ent("Қалалық Ішкі саясат басқармасының", "ORGANISATION", "Қалалық Ішкі саясат басқармасы")
    g.optional("елордада", "GPE", "Астана")
    g.ent("Наурызнама", "EVENT", n=2)
    g.ent("Egemen.kz", "ORGANISATION")
    g.ent("Мәдениет басқармасының", "ORGANISATION", "Мәдениет басқармасы")
    g.optional("елордалықтар", "NORP", "елордалық")
    g.ent("Наурыздың", "EVENT", "Наурыз")
    g.ent("Наурыз мейрамына", "EVENT", "Наурыз мейрамы")

    g.qty("200-ден астам", "cardinal", 200, unit="іс-шара", approx="more_than")
    g.qty("14", "cardinal", 14, unit="алап", after="сондай-ақ 14")
    g.tmp("биылғы", "relative", "2025")
    g.tmp("14-23 наурыз аралығында", "range", "2025-03-14/2025-03-23")
    g.tmp("21-22 наурызда", "range", "2025-03-21/2025-03-22")
    g.tmp("Қазіргі уақытта", "relative", "2025-03-04")

    R = "2025-03-14/2025-03-23"
    g.ev("festival", "онкүндігі", "future", R, "Астана", "Наурызнама", n=1)
    g.ev("other", "атап өтпек", "future", "2025", "Астана", "Наурыз мейрамы")
    g.ev("festival", "онкүндігі", "future", R, "Астана", "Наурызнама", n=2)
    g.ev("other", "іс-шара", "future", R, "Астана", None, after="200-ден астам")
    g.ev("other", "бағдарламалар", "future", "2025-03-21/2025-03-22", "Астана", None, after="Негізгі мерекелік")
    g.ev("concert", "концерттік", "future", None, "Астана", None)
    g.ev("competition", "ойындар", "future", None, "Астана", None)
    g.ev("other", "жәрмеңкелер", "future", None, "Астана", None)
    g.ev("performance", "қойылымдар", "future", None, "Астана", None)
    g.ev("exhibition", "көрмелері", "future", None, "Астана", None)
    g.ev("festival", "фестивальдері", "future", None, "Астана", None)
    g.ev("competition", "жарыстар", "future", None, "Астана", None)
    g.ev("other", "шаралар", "future", None, "Астана", None, after="насихаттайтын")
    return g.save()


def republic_day():
    g = Gold("astana-republic-day-concert", "2025-10-25")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the page date (2025-10-25, Republic Day).")
    g.note("'«Қазақ елі» монументінің' -> FACILITY 'Қазақ елі' (inside the quotes, genre noun outside). 'Республика күні' (holiday) = EVENT, 3 mentions. 'BAQ.KZ' = ORGANISATION. 'елорданың' (the capital) optional GPE; 'қала әкімдігінің' (the city akimat, not named) optional ORGANISATION.")
    g.note("Quantities: '150-ге жуық' cardinal 150 approx about (unit іс-шара). 'жүздеген' (hundreds of) is vague and not annotated.")
    g.note("Temporals: 'Бүгінгі' in the quote -> relative 2025-10-25 (the concert day = publication day). 'мереке күндері' (the holiday days, not dated in the text) and 'Концерт басталғанға дейін' (relative to the concert) not annotated.")
    g.note("Events: the concert (past, where the monument, when null: no date in its clause); the sports competitions and games before it as one event ('жарыстар мен ойындар', competition); '150-ге жуық ... іс-шара өтті' (other) and its enumeration: concerts, flash mobs (other), exhibitions, charity actions (other), all past, where Астана. 'Мерекелік концерт — ... бірі болды' restates the concert without asserting a new occurrence: not an event mention.")
    g.note("Quote: one direct quote of an unnamed spectator ('көрермендердің бірі'): speaker null, verb 'деді'. No named people.")
    g.ent("Астанадағы", "GPE", "Астана")
    g.ent("Қазақ елі", "FACILITY")
    g.ent("Республика күніне", "EVENT", "Республика күні", n=1)
    g.optional("елорданың", "GPE", "Астана")
    g.ent("BAQ.KZ", "ORGANISATION")
    g.optional("қала әкімдігінің", "ORGANISATION", "Астана қаласы әкімдігі")
    g.ent("Республика күні", "EVENT", "Республика күні", after="Бүгінгі концерт")
    g.ent("Республика күніне", "EVENT", "Республика күні", n=2)
    g.ent("Астана", "GPE", "Астана", after="Астана бойынша")

    g.qty("150-ге жуық", "cardinal", 150, unit="іс-шара", approx="about")
    g.tmp("Бүгінгі", "relative", "2025-10-25")

    M = "«Қазақ елі» монументі, Астана"
    g.ev("concert", "концерт", "past", None, M, None, n=1)
    g.ev("competition", "жарыстар", "past", None, M, None)
    g.ev("other", "іс-шара", "past", None, "Астана", None, after="қоғамдық іс-шара")
    g.ev("concert", "концерттер", "past", None, "Астана", None)
    g.ev("other", "флешмобтар", "past", None, "Астана", None)
    g.ev("exhibition", "көрмелер", "past", None, "Астана", None)
    g.ev("other", "акциялары", "past", None, "Астана", None)
    g.quote("Бүгінгі концерт Республика күні тек күнтізбедегі дата емес, бұл — әр азамат өз елін мақтанышпен еске алатын ерекше күн екенін көрсетті. Бұл қуаныш әр буын өкілін бір арнаға тоғыстырды",
            None, "деді")
    return g.save()


def bokey_orda():
    g = Gold("bokey-orda-youth-conference", "2025-04-25")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the page date (2025-04-25). The text has no date or time expressions.")
    g.note("'Жеңістің 80 жылдығына' = EVENT (as KazNERD and the seed: 'Жеңістің 75 жылдығына'), its '80' is not a quantity. Districts and villages follow the seed's 'Алматы қаласы' -> 'Алматы': 'Бөкей ордасы ауданында' -> GPE 'Бөкей ордасы', 'Сайхын ауылында' -> 'Сайхын', 'Орал қаласы' -> 'Орал', 'Жәнібек, Казталов, Ақжайық ауданынан' -> three GPEs. 'Сайқынға' is the source's other spelling of the same village (normalized 'Сайқын', as written). 'Тұңғыштар мекеніне' (epithet of the district) optional GPE; 'аудан әкімдігі' (unnamed) optional ORGANISATION.")
    g.note("'режиссер' = POSITION (occupation in apposition), 'Мұрат Жәкібаевтың' = PERSON. Film title \"Сокращение штатов\" = ART (inside the quotes). 'М.Мәметова атындағы орта мектептің' = FACILITY (school whose museum was visited), 'М.Мәметова' nested PERSON (normalized by world knowledge to 'Мәншүк Мәметова'). 'аудан әкімінің орынбасары' = POSITION, normalized with the district name as the seed does for 'Қала әкімінің орынбасары'.")
    g.note("Events: 'іс-шаралар өтуде' = other, ongoing; 'Танымдық шараның бірі ... ұйымдастырылды' = other, past (same happening as the conference, separate mention); the conference (title «Бейбіт өмірдің ұрпақтары», where Сайхын); the film screening ('фильмін тамашалап', other) and the excursion (other); the awarding of thank-you letters and gifts ('тарту етті', award). 'Танымды іс-шарада' (locative re-mention) is not a new mention.")
    g.ent("Жеңістің 80 жылдығына", "EVENT", "Жеңістің 80 жылдығы", n=1)
    g.ent("Бөкей ордасы", "GPE", n=1)
    g.optional("аудан әкімдігі", "ORGANISATION", "Бөкей ордасы ауданының әкімдігі")
    g.ent("Сайхын", "GPE")
    g.ent("Бейбіт өмірдің ұрпақтары", "EVENT")
    g.ent("Орал", "GPE")
    g.ent("Жәнібек", "GPE")
    g.ent("Казталов", "GPE")
    g.ent("Ақжайық", "GPE")
    g.optional("Тұңғыштар мекеніне", "GPE", "Бөкей ордасы")
    g.ent("режиссер", "POSITION")
    g.ent("Мұрат Жәкібаевтың", "PERSON", "Мұрат Жәкібаев")
    g.ent("Бөкей ордасы", "GPE", n=2)
    g.ent("Сокращение штатов", "ART")
    g.ent("Сайқынға", "GPE", "Сайқын")
    g.ent("М.Мәметова атындағы орта мектептің", "FACILITY", "М.Мәметова атындағы орта мектеп")
    g.nested("М.Мәметова", "PERSON", "Мәншүк Мәметова")
    g.ent("Жеңістің 80 жылдығына", "EVENT", "Жеңістің 80 жылдығы", n=2)
    g.ent("аудан әкімінің орынбасары", "POSITION", "Бөкей ордасы аудан әкімінің орынбасары")
    g.ent("Кенесары Нұршинов", "PERSON")

    g.ev("other", "іс-шаралар", "ongoing", None, None, None)
    g.ev("other", "шараның", "past", None, "Бөкей ордасы ауданы", None)
    g.ev("conference", "конференция", "past", None, "Сайхын, Бөкей ордасы ауданы", "Бейбіт өмірдің ұрпақтары")
    g.ev("other", "тамашалап", "past", None, "аудандық демалыс орталығы, Бөкей ордасы ауданы", "Сокращение штатов")
    g.ev("other", "экскурсия", "past", None, "Сайқын", None)
    g.ev("award", "тарту етті", "past", None, None, None)

    g.person("Мұрат Жәкібаев", ["режиссер"], [("Мұрат Жәкібаевтың",)])
    g.person("Кенесары Нұршинов", ["Бөкей ордасы аудан әкімінің орынбасары"], [("Кенесары Нұршинов",)])
    return g.save()


def muz_fest():
    g = Gold("astana-muz-fest-2022", None)
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy: reference_date null, so dates without a year are XXXX-12-DD (DESIGN section 3); the festival name says the year is 2022, a reader would resolve them to 2022-12-DD.")
    g.note("'Astana Muz Fest 2022' = EVENT (its '2022' is part of the name: neither temporal nor quantity). 'EXPO көрме орталығының' = FACILITY. 'Аяз Ата', 'Ақшақар' (Father Frost, Snow Maiden characters) = PERSON (not in people: not real people). \"Ғажайыптар түні\" (ice show, a performance) = ART like the seed's plays; \"Әлем халықтарының ертегілері\" (theme/name of the ice sculpture contest) = EVENT. 'Елордада'/'Елорда' = optional GPE; 'қалалық әкімдіктің' optional ORGANISATION; 'еліміздің' not annotated; 'қазақстандық' = NORP.")
    g.note("Temporals: headline '19 желтоқсанда' and body '19 желтоқсан күні сағат 18:00-де' (datetime); '19-25 желтоқсан күндері' (range); '3 күн бұрын' (three days before the festival start) -> relative XXXX-12-16; 'Сол күні' (that day) -> XXXX-12-19.")
    g.note("Events: headline tree lighting ('жағылады', other) and its body mention; the festival; its official opening ('ашылуы', opening, when 18:00, where EXPO); artists' performance ('өнер көрсетіп', performance); the ice show ('шоуы', performance, title «Ғажайыптар түні»); the award of the contest winners ('марапатталады'); the ice sculpture contest ('байқауының', competition) and its re-mention 'Жарысқа ... қатысады'; the New Year fair starting that day ('жәрмеңке', other). Items told as parts of the opening get the opening's time and place (the text's 'Іс-шарада', 'фестивальдің ашылуында' refer back to it). Sculpting that starts 3 days before is work, not an event.")
    g.ent("Астанадағы", "GPE", "Астана")
    g.tmp("19 желтоқсанда", "date", "XXXX-12-19")
    g.optional("Елордада", "GPE", "Астана")
    g.tmp("19-25 желтоқсан күндері", "range", "XXXX-12-19/XXXX-12-25")
    g.ent("Astana Muz Fest 2022", "EVENT")
    g.optional("қалалық әкімдіктің", "ORGANISATION", "Астана қаласы әкімдігі")
    g.tmp("19 желтоқсан күні сағат 18:00-де", "datetime", "XXXX-12-19T18:00")
    g.ent("EXPO көрме орталығының", "FACILITY", "EXPO көрме орталығы")
    g.ent("қазақстандық", "NORP")
    g.ent("Аяз Ата", "PERSON")
    g.ent("Ақшақар", "PERSON")
    g.optional("Елорда", "GPE", "Астана", after="айналады.")
    g.ent("Ғажайыптар түні", "ART")
    g.ent("Әлем халықтарының ертегілері", "EVENT")
    g.tmp("3 күн бұрын", "relative", "XXXX-12-16")
    g.ent("Қазақстан", "GPE")
    g.tmp("Сол күні", "relative", "XXXX-12-19")

    E = "EXPO көрме орталығы, Астана"
    T = "XXXX-12-19T18:00"
    g.ev("other", "жағылады", "future", "XXXX-12-19", "Астана", None, n=1)
    g.ev("festival", "фестивалі", "future", "XXXX-12-19/XXXX-12-25", "Астана", "Astana Muz Fest 2022")
    g.ev("opening", "ашылуы", "future", T, E, "Astana Muz Fest 2022")
    g.ev("other", "жағылады", "future", T, E, None, n=2)
    g.ev("performance", "өнер көрсетіп", "future", T, E, None)
    g.ev("performance", "шоуы", "future", T, E, "Ғажайыптар түні")
    g.ev("competition", "байқауының", "future", None, "Астана", "Әлем халықтарының ертегілері")
    g.ev("award", "марапатталады", "future", T, E, None)
    g.ev("competition", "Жарысқа", "future", None, "Астана", "Әлем халықтарының ертегілері")
    g.ev("other", "жәрмеңке", "future", "XXXX-12-19", "Астана", None)
    return g.save()


def aktobe_akim():
    g = Gold("aktobe-akim-meets-journalists", None)
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy (a year-end meeting, about December 2025): reference_date null; 'қазіргі таңда' -> PRESENT_REF, 'алдағы уақытта' -> FUTURE_REF (TIMEX3 tokens, like the seed's PAST_REF for 'таяуда'). 'жыл қорытындысын' (results of the year) is not a time expression of the happening: not annotated.")
    g.note("'Облыс әкімі' (x3, region not named in the text) = POSITION, normalized 'Облыс әкімі'; 'Мемлекет басшысы' = POSITION; 'ақтөбеліктерді' = NORP (normalized 'ақтөбелік'). 'БАҚ' (mass media, generic) not annotated.")
    g.note("Events: headline 'кездесті' and body 'кездесіп' are two mentions of the meeting (type meeting, past); 'Жиы нашық ... өтіп' (source typo for 'Жиын ашық') is a third mention with an occurrence verb, trigger = the token 'Жиы' as written. 'Кездесу барысында' (locative re-mention) is not a new mention. where/when: not stated.")
    g.note("Quote: the dash-delimited direct quote '— Бірлік бар жерде—береке, ... болады,—деген облыс әкімі' -> speaker Асхат Шахаров (the akim), verb 'деген'; span excludes the dashes and the comma. The reports '... таныстырды', '... жеткізді' are indirect speech: not quotes (seed convention).")
    g.ent("Облыс әкімі", "POSITION", n=1)
    g.ent("Асхат Шахаров", "PERSON", n=1)
    g.ent("Асхат Шахаров", "PERSON", n=2)
    g.ent("Мемлекет басшысы", "POSITION")
    g.ent("Қасым-Жомарт Тоқаев", "PERSON")
    g.tmp("қазіргі таңда", "relative", "PRESENT_REF")
    g.ent("ақтөбеліктерді", "NORP", "ақтөбелік")
    g.ent("Облыс әкімі", "POSITION", n=2)
    g.tmp("алдағы уақытта", "relative", "FUTURE_REF")
    g.ent("облыс әкімі", "POSITION", "Облыс әкімі")

    g.ev("meeting", "кездесті", "past", None, None, None)
    g.ev("meeting", "кездесіп", "past", None, None, None)
    g.ev("meeting", "Жиы", "past", None, None, None)
    g.quote("Бірлік бар жерде—береке, ортақ мақсат бар жерде нақты нәтиже болады", "Асхат Шахаров", "деген")
    g.person("Асхат Шахаров", ["Облыс әкімі"],
             [("Асхат Шахаров", 1), ("Асхат Шахаров", 2)])
    g.person("Қасым-Жомарт Тоқаев", ["Мемлекет басшысы"], [("Қасым-Жомарт Тоқаев",)])
    return g.save()


def kulan_nauryz():
    g = Gold("kulan-nauryz-celebration", None)
    for s in COMMON_NOTES:
        g.note(s)
    g.note("An official district akimat release (gov.kz, T. Ryskulov district, Zhambyl region); date not shown in the stored copy (Nauryz, March 2025): reference_date null. No time expressions in the text.")
    g.note("'НАУРЫЗ МЕРЕКЕСІ', 'Наурыз мерекесімен' (holiday) and 'Ұлыстың Ұлы күніне' = EVENT. 'Құлан ауылының' -> GPE 'Құлан' (seed 'Алматы қаласы' rule); the village's 'орталық саябағы' is a descriptive, unnamed park: not an entity. “Қош келдің, әз-Наурыз” (ceremony title, 'атты ... шара') = EVENT inside the quotes; “Наурызнама” тұжырымдамасы = PROJECT inside the quotes (seed: «Нұрлы жол» бағдарламасы -> 'Нұрлы жол'). 'Аудан әкімі' = POSITION (district not named in the text), 'Мемлекет басшысы' = POSITION.")
    g.note("Events: headline 'МЕРЕКЕСІ ӨТТІ' (other, past); the ceremony 'шара өтті' (other, title “Қош келдің, әз-Наурыз”, where the village park); scenes staged at the gathering ('көріністер қойылды', performance); the enumeration 'ұлттық ойындар, спорттық сайыстар, кітаптар көрмесі, театрландырылған көріністер ұйымдастырылып' -> four events (competition, competition, exhibition, performance). 'құттықтап' (greeting) and 'наурыз көже таратылды' are not events.")
    g.ent("НАУРЫЗ МЕРЕКЕСІ", "EVENT", "Наурыз мерекесі")
    g.ent("Ұлыстың Ұлы күніне", "EVENT", "Ұлыстың Ұлы күні")
    g.ent("Құлан", "GPE")
    g.ent("Қош келдің, әз-Наурыз", "EVENT")
    g.ent("Аудан әкімі", "POSITION")
    g.ent("Ернар Есіркепов", "PERSON")
    g.ent("Наурыз мерекесімен", "EVENT", "Наурыз мерекесі")
    g.ent("Мемлекет басшысы", "POSITION")
    g.ent("Наурызнама", "PROJECT")

    P = "Құлан ауылының орталық саябағы"
    g.ev("other", "МЕРЕКЕСІ", "past", None, None, "Наурыз мерекесі")
    g.ev("other", "шара", "past", None, P, "Қош келдің, әз-Наурыз")
    g.ev("performance", "көріністер", "past", None, P, None, n=1)
    g.ev("competition", "ойындар", "past", None, P, None)
    g.ev("competition", "сайыстар", "past", None, P, None)
    g.ev("exhibition", "көрмесі", "past", None, P, None)
    g.ev("performance", "көріністер", "past", None, P, None, n=2)
    g.person("Ернар Есіркепов", ["Аудан әкімі"], [("Ернар Есіркепов",)])
    return g.save()


def osce_visit():
    g = Gold("osce-chair-visit-announcement", None)
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy (the visit of the 2023 OSCE Chair, about August 2023): reference_date null, '11 тамызда' -> XXXX-08-11.")
    g.note("Positions in apposition are separate flat POSITION spans: 'ЕҚЫҰ қазіргі төрағасы', 'Солтүстік Македонияның Сыртқы істер министрі', 'Сенат төрағасы', 'Экология және табиғи ресурстар министрі'. The compound office 'Премьер-Министр орынбасары – Сыртқы істер министрі' is one POSITION (one office, written with a dash), its two parts nested. 'ҚР СІМ ресми өкілі' is normalized to the full form 'ҚР Сыртқы істер министрлігінің ресми өкілі' (seed: coreferent positions resolved). 'Б.Османидің' -> 'Буяр Османи'.")
    g.note("Events: the visit ('ресми сапармен келеді', visit, future) in the lead and again inside the quote; the weekly briefing where it was announced ('апталық брифингте айтты', briefing, past, no date); the planned meetings ('кездесулер жоспарланып отыр', one event for the one trigger, participants enumerated) and the talks ('келіссөздер', meeting): both told as parts of the visit ('Сапар аясында', 'келіссөздер барысында'), so they get its date and place.")
    g.note("Quote: the «...» is attributed by '- деді ҚР СІМ ресми өкілі' = Айбек Смадияров (named in the previous sentence). 'Спикердің айтуынша, ...' is indirect speech: not a quote.")
    g.ent("ЕҚЫҰ қазіргі төрағасы", "POSITION", n=1)
    g.nested("ЕҚЫҰ", "ORGANISATION", n=1)
    g.ent("Солтүстік Македонияның Сыртқы істер министрі", "POSITION", n=1)
    g.nested("Солтүстік Македонияның", "GPE", "Солтүстік Македония", n=1)
    g.ent("Буяр Османи", "PERSON", n=1)
    g.ent("Қазақстанға", "GPE", "Қазақстан", n=1)
    g.ent("Almaty-akshamy.kz", "ORGANISATION")
    g.ent("ҚР Сыртқы істер министрлігінің ресми өкілі", "POSITION")
    g.nested("ҚР Сыртқы істер министрлігінің", "ORGANISATION", "ҚР Сыртқы істер министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    g.ent("Айбек Смадияров", "PERSON")
    g.ent("ЕҚЫҰ қазіргі төрағасы", "POSITION", n=2)
    g.nested("ЕҚЫҰ", "ORGANISATION", n=2)
    g.ent("Солтүстік Македонияның Сыртқы істер министрі", "POSITION", n=2)
    g.nested("Солтүстік Македонияның", "GPE", "Солтүстік Македония", n=2)
    g.ent("Буяр Османи", "PERSON", n=2)
    g.ent("Қазақстанға", "GPE", "Қазақстан", n=2)
    g.ent("Б.Османидің", "PERSON", "Буяр Османи")
    g.ent("Сенат төрағасы", "POSITION")
    g.ent("Мәулен Әшімбаевпен", "PERSON", "Мәулен Әшімбаев")
    g.ent("Премьер-Министр орынбасары – Сыртқы істер министрі", "POSITION")
    g.nested("Премьер-Министр орынбасары", "POSITION")
    g.nested("Сыртқы істер министрі", "POSITION", after="Премьер-Министр орынбасары")
    g.ent("Мұрат Нұртілеумен", "PERSON", "Мұрат Нұртілеу")
    g.ent("Экология және табиғи ресурстар министрі", "POSITION")
    g.ent("Зүлфия Сүлейменовамен", "PERSON", "Зүлфия Сүлейменова")
    g.ent("ҚР СІМ ресми өкілі", "POSITION", "ҚР Сыртқы істер министрлігінің ресми өкілі")
    g.nested("ҚР СІМ", "ORGANISATION", "ҚР Сыртқы істер министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", after="ҚР СІМ")
    g.ent("Қазақстанның", "GPE", "Қазақстан")
    g.ent("ЕҚЫҰ-мен", "ORGANISATION", "ЕҚЫҰ")
    g.ent("Солтүстік Македония", "GPE", after="еліміз бен")

    g.tmp("11 тамызда", "date", "XXXX-08-11", n=1)
    g.tmp("11 тамызда", "date", "XXXX-08-11", n=2)
    D = "XXXX-08-11"
    g.ev("visit", "сапармен", "future", D, "Қазақстан", None, n=1)
    g.ev("briefing", "брифингте", "past", None, None, None)
    g.ev("visit", "сапармен", "future", D, "Қазақстан", None, n=2)
    g.ev("meeting", "кездесулер", "future", D, "Қазақстан", None)
    g.ev("meeting", "келіссөздер", "future", D, "Қазақстан", None)
    g.quote("11 тамызда ЕҚЫҰ қазіргі төрағасы, Солтүстік Македонияның Сыртқы істер министрі Буяр Османи Қазақстанға ресми сапармен келеді. Сапар аясында Б.Османидің ел басшылығымен, Сенат төрағасы Мәулен Әшімбаевпен, Премьер-Министр орынбасары – Сыртқы істер министрі Мұрат Нұртілеумен, Экология және табиғи ресурстар министрі Зүлфия Сүлейменовамен кездесулер жоспарланып отыр",
            "Айбек Смадияров", "деді")
    g.person("Буяр Османи", ["ЕҚЫҰ қазіргі төрағасы", "Солтүстік Македонияның Сыртқы істер министрі"],
             [("Буяр Османи", 1), ("Буяр Османи", 2), ("Б.Османидің",)])
    g.person("Айбек Смадияров", ["ҚР Сыртқы істер министрлігінің ресми өкілі"], [("Айбек Смадияров",)])
    g.person("Мәулен Әшімбаев", ["Сенат төрағасы"], [("Мәулен Әшімбаевпен",)])
    g.person("Мұрат Нұртілеу", ["Премьер-Министр орынбасары – Сыртқы істер министрі"], [("Мұрат Нұртілеумен",)])
    g.person("Зүлфия Сүлейменова", ["Экология және табиғи ресурстар министрі"], [("Зүлфия Сүлейменовамен",)])
    return g.save()


def oic_2011():
    g = Gold("mfa-oic-jeddah-meeting-2011", "2011-11-28")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the date shown on the page (28 Қараша 2011) and in the dateline. The dateline city is garbled in the stored copy ('ТАНА.' for 'АСТАНА.'): kept as is, listed only as an optional GPE.")
    g.note("'Е.Қазыхановтың' -> 'Ержан Қазыханов' (full name later in the text). 'Таяу Шығыс', 'Солтүстік Африка' = LOCATION. 'Жиддада' -> GPE 'Жидда'; '(Сауд Арабиясы Корольдігі)' = GPE. 'Ислам ынтымақтастығы Ұйымының штаб-пәтерінде': ORGANISATION = the organisation's name only (the headquarters is not named). 'ҚазАқпарат' = ORGANISATION; 'Марлан Жиембай' (the reporter) = PERSON. 'ҚР СІМ ресми өкілі' = POSITION normalized to the full form.")
    g.note("Events: the ministerial meeting is mentioned in the headline and the lead ('өтетін халықаралық жиында', meeting, future, no date in those clauses) and in the quote ('кеңейтілген отырысы өтеді', meeting, future, 2011-11-30, Jeddah); the weekly briefing ('бүгін апталық брифингте ... мәлім етті', briefing, past, 2011-11-28). 'Отырыс барысында' is a re-mention without a new occurrence.")
    g.ent("Е.Қазыхановтың", "PERSON", "Ержан Қазыханов", n=1)
    g.ent("Таяу Шығыс", "LOCATION", n=1)
    g.ent("Солтүстік Африкадағы", "LOCATION", "Солтүстік Африка", n=1)
    g.optional("ТАНА", "GPE", "Астана")
    g.tmp("28 қараша", "date", "2011-11-28")
    g.ent("ҚазАқпарат", "ORGANISATION")
    g.ent("Марлан Жиембай", "PERSON")
    g.ent("Е.Қазыхановтың", "PERSON", "Ержан Қазыханов", n=2)
    g.ent("Таяу Шығыс", "LOCATION", n=2)
    g.ent("Солтүстік Африкадағы", "LOCATION", "Солтүстік Африка", n=2)
    g.tmp("бүгін", "relative", "2011-11-28")
    g.ent("ҚР СІМ ресми өкілі", "POSITION", "ҚР Сыртқы істер министрлігінің ресми өкілі")
    g.nested("ҚР СІМ", "ORGANISATION", "ҚР Сыртқы істер министрлігі")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.ent("Алтай Әбибуллаев", "PERSON")
    g.tmp("30 қарашада", "date", "2011-11-30")
    g.ent("Жиддада", "GPE", "Жидда")
    g.ent("Сауд Арабиясы Корольдігі", "GPE")
    g.ent("Ислам ынтымақтастығы Ұйымының", "ORGANISATION", "Ислам ынтымақтастығы Ұйымы")
    g.ent("Қазақстан Республикасы Сыртқы істер министрі", "POSITION")
    g.nested("Қазақстан Республикасы", "GPE", after="штаб-пәтерінде")
    g.ent("Ержан Қазыхановтың", "PERSON", "Ержан Қазыханов")
    g.ent("Ислам ынтымақтастығы Ұйымы Атқарушы комитетінің", "ORGANISATION", "Ислам ынтымақтастығы Ұйымы Атқарушы комитеті")
    g.nested("Ислам ынтымақтастығы Ұйымы", "ORGANISATION", after="деңгейіндегі")
    g.ent("Таяу Шығыс", "LOCATION", n=3)
    g.ent("Солтүстік Африкадағы", "LOCATION", "Солтүстік Африка", n=3)

    W = "Ислам ынтымақтастығы Ұйымының штаб-пәтері, Жидда"
    g.ev("meeting", "жиында", "future", None, None, None, n=1)
    g.ev("meeting", "жиында", "future", None, None, None, n=2)
    g.ev("briefing", "брифингте", "past", "2011-11-28", None, None)
    g.ev("meeting", "отырысы", "future", "2011-11-30", W, None)
    g.quote("30 қарашада Жиддада (Сауд Арабиясы Корольдігі) Ислам ынтымақтастығы Ұйымының штаб-пәтерінде Қазақстан Республикасы Сыртқы істер министрі Ержан Қазыхановтың төрағалығымен министрлік деңгейіндегі Ислам ынтымақтастығы Ұйымы Атқарушы комитетінің кеңейтілген отырысы өтеді. Отырыс барысында Таяу Шығыс пен Солтүстік Африкадағы ахуал талқыланады деп күтілуде",
            "Алтай Әбибуллаев", "деді")
    g.person("Ержан Қазыханов", ["Қазақстан Республикасы Сыртқы істер министрі"],
             [("Е.Қазыхановтың", 1), ("Е.Қазыхановтың", 2), ("Ержан Қазыхановтың",)])
    g.person("Алтай Әбибуллаев", ["ҚР Сыртқы істер министрлігінің ресми өкілі"], [("Алтай Әбибуллаев",)])
    g.person("Марлан Жиембай", [], [("Марлан Жиембай",)])
    return g.save()


def president_visits():
    g = Gold("president-foreign-visits-year", None)
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown (a year-end summary by the President's press secretary Berik Uali, 2019-2022): reference_date null; 'Биыл'/'биыл' -> relative 'XXXX' (this year, year unknown).")
    g.note("'Президент', 'ел президенті', 'мемлекет басшысының баспасөз хатшысы', 'Президенттің баспасөз хатшысы' = POSITION (KazNERD tags bare titles). The president is not named: no people entry for him. Cities and countries = GPE; 'Бас консулдығын' (generic) not annotated.")
    g.note("Quantities: counts of trips/meetings/events are cardinals with the counted noun as unit: '19 рет' (x: headline '19', body '19 мәрте'), '265', '30', '100-ден аса' (more_than).")
    g.note("Events: none. The text is a statistical summary of the year (aggregate counts of trips and meetings, decisions to open an embassy and consulates), which the seed does not treat as events; 'баяндады', 'жеткізді' are speech acts. No direct quotes.")
    g.ent("Президент", "POSITION", "Президент", n=1)
    g.qty("19", "cardinal", 19, unit="рет", n=1)
    g.tmp("Биыл", "relative", "XXXX")
    g.ent("ел президенті", "POSITION", "Президент")
    g.qty("265", "cardinal", 265, unit="іс-шара")
    g.qty("19", "cardinal", 19, unit="мәрте", n=2)
    g.qty("30", "cardinal", 30, unit="рет")
    g.qty("100-ден аса", "cardinal", 100, unit="кездесу", approx="more_than")
    g.ent("мемлекет басшысының баспасөз хатшысы", "POSITION", "Президенттің баспасөз хатшысы")
    g.ent("Берік Уәли", "PERSON")
    g.tmp("биыл", "relative", "XXXX")
    g.ent("Солтүстік Македонияда", "GPE", "Солтүстік Македония")
    g.ent("Қазақстан", "GPE", after="Солтүстік Македонияда")
    g.ent("Сиань", "GPE")
    g.ent("Екатеринбург", "GPE")
    g.ent("Гамбург", "GPE")
    g.ent("Президенттің баспасөз хатшысы", "POSITION")
    g.person("Берік Уәли", ["Президенттің баспасөз хатшысы"], [("Берік Уәли",)])
    return g.save()


def art_museum():
    g = Gold("astana-art-museum-opening", "2025-12-10")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the page date (2025-12-10). The text has no time expressions.")
    g.note("'Өнер мұражайы' / 'Өнер музейінің' = FACILITY (the same museum, two spellings; normalized as written). 'АСТАНА' (dateline) and 'Астанада' = GPE; 'Елордада' optional GPE; 'елорда әкімдігінің' optional ORGANISATION. 'KAZINFORM' = ORGANISATION. «Жошы» ensemble = ORGANISATION (inside the quotes). 'Болат Сарыбаев атындағы ғылыми-зертханалық шеберхана' = FACILITY, 'Болат Сарыбаев' nested PERSON (name of the workshop only: not in people). Instrument names (желбуаз, мес сырнай ...) are common nouns.")
    g.note("Events: headline 'ашылды' and lead 'тұсаукесер рәсімі өтті' (opening, past); the ensemble's concert show ('концерттік шоуы көрсетілді', concert); the presentation of the expositions ('экспозициялары таныстырылды', exhibition); the workshop that 'жұмыс істейтін болады' (launch, future).")
    g.ent("Астанада", "GPE", "Астана")
    g.ent("Өнер мұражайы", "FACILITY")
    g.ent("АСТАНА", "GPE", "Астана")
    g.ent("KAZINFORM", "ORGANISATION")
    g.optional("Елордада", "GPE", "Астана")
    g.ent("Өнер музейінің", "FACILITY", "Өнер музейі")
    g.optional("елорда әкімдігінің", "ORGANISATION", "Астана қаласы әкімдігі")
    g.ent("Жошы", "ORGANISATION")
    g.qty("1600-ден астам", "cardinal", 1600, unit="аспап", approx="more_than")
    g.ent("Болат Сарыбаев атындағы ғылыми-зертханалық шеберхана", "FACILITY")
    g.nested("Болат Сарыбаев", "PERSON")
    M = "Өнер мұражайы, Астана"
    g.ev("opening", "ашылды", "past", None, "Астана", "Өнер мұражайы")
    g.ev("opening", "тұсаукесер рәсімі", "past", None, M, "Өнер мұражайы")
    g.ev("concert", "концерттік шоуы", "past", None, M, None)
    g.ev("exhibition", "экспозициялары", "past", None, M, None)
    g.ev("launch", "жұмыс істейтін болады", "future", None, M, "Болат Сарыбаев атындағы ғылыми-зертханалық шеберхана")
    return g.save()


def ccs_branch():
    g = Gold("shymkent-ccs-branch-opening", None)
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date: September 2015 (page address), day not shown: reference_date null, 'Бүгін' -> PRESENT_REF.")
    g.note("Photo captions and tag lines of the page ('Бейбіт Атамқұлов' x2, 'орталық коммуникациялар қызметі') were dropped as page chrome; the last, truncated paragraph of the stored copy was dropped.")
    g.note("'Оңтүстік' (colloquial name of South Kazakhstan region, capitalised, x3) = GPE normalized 'Оңтүстік Қазақстан'; 'Оңтүстік Қазақстан облысындағы' -> GPE 'Оңтүстік Қазақстан' (admin words облысы/қаласы/ауданы/ауылы are left out of GPE spans, seed 'Алматы қаласы' -> 'Алматы'). 'Қазақстан Республикасы Президенті жанындағы орталық коммуникациялар қызметінің' = one ORGANISATION (nested POSITION 'Қазақстан Республикасы Президенті'); lowercase 'орталық коммуникациялар қызметінің' elsewhere = ORGANISATION. 'облыс әкімі' (x2) and 'Оңтүстік әкімі' = POSITION normalized 'Оңтүстік Қазақстан облысының әкімі'.")
    g.note("Quote: 'Бейбіт Атамқұлов, облыс әкімі: «...»' (speaker: «quote» pattern), verb null. Events: headline and lead 'филиалы ашылды' and the closing 'филиалы ашылып' (opening, past); 'Филиалдың ашылуымен ... құттықтады' is a re-mention inside another clause.")
    g.ent("Оңтүстікте", "GPE", "Оңтүстік Қазақстан")
    g.ent("орталық коммуникациялар қызметінің", "ORGANISATION", "Орталық коммуникациялар қызметі", n=1)
    g.ent("Оңтүстік", "GPE", "Оңтүстік Қазақстан", after="\n\nОңтүстік тілшілері")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.ent("Қазақстан Республикасы Президенті жанындағы орталық коммуникациялар қызметінің", "ORGANISATION",
          "Қазақстан Республикасы Президенті жанындағы орталық коммуникациялар қызметі")
    g.nested("Қазақстан Республикасы Президенті", "POSITION")
    g.nested("Қазақстан Республикасы", "GPE", after="Бүгін")
    g.ent("Оңтүстік Қазақстан", "GPE", after="қызметінің Оңтүстік")
    g.ent("облыс әкімі", "POSITION", "Оңтүстік Қазақстан облысының әкімі", n=1)
    g.ent("Бейбіт Атамқұлов", "PERSON")
    g.ent("облыс әкімі", "POSITION", "Оңтүстік Қазақстан облысының әкімі", n=2)
    g.ent("орталық коммуникациялар қызметінің", "ORGANISATION", "Орталық коммуникациялар қызметі", after="Айта өтейік")
    g.qty("жеті", "cardinal", 7, unit="облыс")
    g.ent("Оңтүстік әкімі", "POSITION", "Оңтүстік Қазақстан облысының әкімі")
    g.nested("Оңтүстік", "GPE", "Оңтүстік Қазақстан", after="қадамды Оңтүстік")
    T = "Орталық коммуникациялар қызметінің Оңтүстік Қазақстан облысындағы филиалы"
    g.ev("opening", "ашылды", "past", None, "Оңтүстік Қазақстан", T, n=1)
    g.ev("opening", "ашылды", "past", "PRESENT_REF", "Оңтүстік Қазақстан", T, n=2)
    g.ev("opening", "ашылып", "past", None, "Оңтүстік Қазақстан", T)
    g.quote("Тұсауы кесілген қызмет филиалы аймақтағы басқармалар жұмысының ашықтығын арттыруға және  жұртшылықтың мемлекет жұмысы туралы көбірек ақпарат алуына жол ашатын бірден-бір сұхбат алаңына айналатынына сенімдімін",
            "Бейбіт Атамқұлов", None)
    g.person("Бейбіт Атамқұлов", ["Оңтүстік Қазақстан облысының әкімі"], [("Бейбіт Атамқұлов",)])
    return g.save()


if __name__ == "__main__":
    import sys
    for fn in [abai_museum, nauryznama, republic_day, bokey_orda, muz_fest, aktobe_akim, kulan_nauryz,
               osce_visit, oic_2011, president_visits, art_museum, ccs_branch]:
        print(fn())
