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


if __name__ == "__main__":
    import sys
    for fn in [abai_museum, nauryznama, republic_day, bokey_orda, muz_fest, aktobe_akim, kulan_nauryz]:
        print(fn())
