"""Build the *.gold.json files of corpora/releases from the annotations written below.

Annotations are written as (exact text, occurrence) anchors; goldlib resolves the
offsets and asserts them.  Run: python corpora/releases/tools/build_gold.py
The JSON files are the frozen gold; this script documents how they were made.
Schema 1.1 gold since wave 3 (GUIDELINES.md): meta, event clusters with re-mentions,
participants/amounts, direct + indirect quotes, the announcement block; each file's last
note lists any change to the 1.0 layers.
"""
from goldlib import Gold, build

COMMON_NOTES = [
    "Offsets: Python code-point offsets, half-open, into the exact UTF-8 .txt content; computed by anchor search (tools/goldlib.py) and asserted.",
    "Conventions follow corpora/seed and corpora/releases/GUIDELINES.md (KazNERD-style flat entities, outermost name wins; names in quotes = text inside the quotes; nested_entities/optional_entities informative, not scored; numbers inside names are not quantities).",
    "Schema 1.1 events: one entry per MENTION of a happening, mentions of one happening share `cluster` (c1, c2, ... numbered in text order of first mention); the headline, the lead and later re-mentions ('шара', 'іс-шара', 'жиын', 'X барысында', 'X аясында') are mentions. A cluster has one type (that of the happening); status is per mention, from its own clause's verb ('unknown' when the clause has no tense). when/where of the 1.0 mentions are kept as in 1.0 (TIMEX value / normalized venue, seed convention); an added mention takes when/where from its own clause only (null when it states none). participants = entity/person texts as written in the mention's own clause (not from a following 'Оған ... қатысты' sentence); amounts = quantity texts of the mention's clause that count or cost the happening. Holidays and anniversaries named only as what an event is dedicated to ('-ға арналған', '-ға орай') are not event mentions.",
    "Schema 1.1 quotes: direct ones (kind 'direct') and attributed speech (kind 'indirect'): 'X-тың айтуынша/мәліметінше/хабарлауынша, ...', '..., деп хабарлайды X' (X may be the relaying outlet: DESIGN 8 'kind and speaker as the text names them'), 'Бұл туралы X хабарлады/айтты' (content = the preceding sentence), 'X ... -ғанын/-етінін/екенін айтты/атап өтті/жеткізді/жоққа шығарды'; span = the reported clause without the attribution and final stop; a complement-clause report ends with its accusative verb form (-ғанын). Topic-only reports ('... туралы айтты', '... таныстырды', '... тоқталды' with a noun object) and questions ('... сұрады') are not quotes. speaker = the people name (also when the text refers to them by position or pronoun), else null with speaker_entity = the body / unnamed position as normalized.",
    "Schema 1.1 meta/announcement: meta.publisher = the state body whose release or statement the text carries (meta.text_kind 'release' for its own release, possibly relayed; 'report' for an outlet's own report of the body's event or briefing), outlet = the site that published the text. announcement.issuer = that body as normalized Kazakh text (never the outlet); headline as written or null; place = dateline city or null; main_event = the cluster the headline is about (else the lead's), null when the text reports no happening.",
]


def upgrade_note(g, corrections=None):
    g.note("Upgraded to schema 1.1 gold (clusters, indirect quotes, announcement, meta) in wave 3; earlier layers unchanged except: "
           + ("; ".join(corrections) if corrections else "none (entities, quantities, temporals and people as frozen in 1.0)") + ".")


def abai_museum():
    g = Gold("abai-museum-otyrar-exhibition", None,
             publisher="Press service of Abai's «Жидебай-Бөрілі» State Reserve-Museum", publisher_kind="museum",
             url="https://abaialemi.kz/kz/post/view?id=1260", published=None, outlet=None, text_kind="release")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy: reference_date null; no absolute dates in the text anyway.")
    g.note("Museum as the place of an event = FACILITY (Abai museum, 'Абай музейінде', headline 'АБАЙ МУЗЕЙІНДЕ'); museum as the employer/agent ('«Отырар ... қорық-мұражайының» қызметкерлері', 'Отырар музейінің' inside a POSITION) = ORGANISATION, as the seed separates venue theatres from the touring theatre.")
    g.note("'Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейіне' is one FACILITY (DESIGN section 3 example: a name that starts before its quoted part is whole). The signature 'Абайдың «Жидебай-Бөрілі»\\n\\nқорық-музейінің баспасөз қызметі' is one ORGANISATION span across the line break (the issuer).")
    g.note("Exhibition title «Қамалы бекем, халқы қайсар – Отырар» (followed by 'тақырыбында' / 'көрмесі') = EVENT inside the quotes. 'Отырар' (ancient city) = GPE. 'Отырар қорғаны' (the fortress/site) = FACILITY.")
    g.note("'800 жыл толуына' = temporal duration P800Y (an age), not a quantity. 'бір ай бойы' = duration P1M.")
    g.note("Events: c1 = the Otrar exhibition at the Abai museum (type exhibition with the exhibition noun as trigger, seed: 'көрме ... ашылады' -> exhibition): headline 'КӨРМЕСІ АШЫЛДЫ', body 'көрмесінің ... ашылуы өтті', the re-mentions 'Шараның алғы сөзін ... сөйлеп' and 'салтанат соңы ... түйінделіп' (the opening ceremony), all past, and the last sentence 'көрмесі ... бір ай бойы ... ұсынылады' (future, when P1M). 'көрме барысымен', 'көрме төрт бөлімнен тұрады', 'Көрмеге ... қойылған', 'көрмеге экскурсия' speak of the exhibition as a display of objects (or a destination), not of its occurrence: not mentions. c2 = the visit of the Otrar staff ('іс-сапармен ... келді', visit). c3 = the excursion (type excursion, 1.0 'other'). Making the opening speech ('алғы сөзін ... сөйлеп') is a speech act inside c1, not an event of its own.")
    g.note("Quotes: none (no quoted or attributed speech). Announcement: the signature names the issuer (the museum's press service); no dateline; main event c1.")
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
    g.ev("exhibition", "КӨРМЕСІ", "past", None, "Абай музейі", None, cluster="c1")
    g.ev("visit", "іс-сапармен", "past", None, venue, None, cluster="c2",
         participants=["«Отырар мемлекеттік археологиялық қорық-мұражайының» қызметкерлері"])
    g.ev("exhibition", "көрмесінің", "past", None, venue, title, cluster="c1")
    g.ev("exhibition", "Шараның", "past", None, None, None, cluster="c1",
         participants=["Ерлан-Бек Мейрамхатұлы", "Ералы Төлендіұлы"])
    g.ev("exhibition", "салтанат", "past", None, None, None, cluster="c1", after="Сондай-ақ, салтанат")
    g.ev("excursion", "экскурсия", "past", None, venue, None, cluster="c3")
    g.ev("exhibition", "көрмесі", "future", "P1M", "Абай музейі", title, after="«Қамалы бекем, халқы қайсар – Отырар» көрмесі",
         cluster="c1")
    g.announce(headline="АБАЙ МУЗЕЙІНДЕ ОТЫРАР КӨРМЕСІ АШЫЛДЫ",
               issuer="Абайдың «Жидебай-Бөрілі» қорық-музейінің баспасөз қызметі", outlet=None,
               published=None, place=None, main_event="c1")
    upgrade_note(g)

    g.person("Ерлан-Бек Мейрамхатұлы", ["Абайдың «Жидебай-Бөрілі» мемлекеттік қорық-музейінің директоры"],
             [("Ерлан-Бек Мейрамхатұлы",)])
    g.person("Ералы Төлендіұлы", ["Отырар музейінің бас қор сақтаушысы"], [("Ералы Төлендіұлы",)])
    return g.save()


def nauryznama():
    g = Gold("astana-nauryznama-2025", "2025-03-04",
             publisher="Astana city Internal Policy Department (Astana city akimat)", publisher_kind="akimat",
             url="https://www.lat.egemen.kz/article/382976-elordada-nauryznama-onkundigi-otedi",
             published="2025-03-04", outlet="Egemen.kz", text_kind="release")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the article date shown on the page (04 Наурыз, 2025).")
    g.note("'Елордада'/'елордада' (the capital, = Астана) and 'елордалықтар' are epithets like the seed's 'оңтүстік астана': optional_entities only. 'Астана қаласы' -> GPE 'Астана'.")
    g.note("«Наурызнама» followed by the genre noun 'онкүндігі' = EVENT inside the quotes (seed practice for titled events). The holiday 'Наурыз мейрамы'/'Наурыз' = EVENT (KazNERD tags holidays as EVENT). 'Қалалық Ішкі саясат басқармасы', 'Мәдениет басқармасы' = ORGANISATION; 'Egemen.kz' = ORGANISATION; 'Аудан әкімдіктері' (plural, generic) not annotated.")
    g.note("Temporals: 'биылғы' -> 2025; '14-23 наурыз аралығында' -> range 2025-03-14/2025-03-23 (span includes the postposition 'аралығында', like the seed's 'бері қарай'); '21-22 наурызда' -> range; 'Қазіргі уақытта' -> relative 2025-03-04. 'Бұл күндері' (anaphoric 'these days') not annotated.")
    g.note("Quantities: '200-ден астам' cardinal 200 more_than (unit іс-шара); '14' cardinal (unit алап).")
    g.note("Events: c1 = the ten-day festival, announced by the headline and the body (type festival, trigger 'онкүндігі', future). c2 = the city's celebration of the holiday: 'Наурыз мейрамын ... атап өтпек' (type celebration, 1.0 'other'; future, when 2025) and 'Наурыз мейрамына жұмсалатын қаржы' (the money for the celebration, future); kept apart from c1 (the festival is one part of how the city marks the holiday). c3 = the 200+ events of the ten days: '200-ден астам ... іс-шара ұйымдастырылады' (other, future, when = the ten days, the clause's 'Бұл күндері'; amounts '200-ден астам') and the last sentence's 'іс-шараларды өткізуге' (future: the events are still to be held; the clause's verb 'нақтыланып жатыр' is about the money). c4 = the main programmes of 21-22 March. Enumerations give one cluster per item: concert programmes, national games (competition), fairs (type fair, 1.0 'other'), theatrical performances (performance); craft exhibitions, food festivals, sports competitions, other events ('шаралар'), 'қарастырылған' (planned) -> future. Items whose clause has no time phrase get when = null; where = 'Астана' (the city is the stated scope).")
    g.note("Quotes: 'Қалалық Ішкі саясат басқармасының хабарлауынша, ...' (indirect, speaker_entity the department) and '..., деп хабарлайды Egemen.kz' (indirect, speaker_entity the outlet). Announcement: issuer = the Internal Policy Department named in the lead (the outlet is Egemen.kz); 'Елордада' in the headline is not a dateline: place null.")
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
    g.ev("festival", "онкүндігі", "future", R, "Астана", "Наурызнама", n=1, cluster="c1")
    g.ev("celebration", "атап өтпек", "future", "2025", "Астана", "Наурыз мейрамы", cluster="c2")
    g.ev("festival", "онкүндігі", "future", R, "Астана", "Наурызнама", n=2, cluster="c1")
    g.ev("other", "іс-шара", "future", R, "Астана", None, after="200-ден астам", cluster="c3",
         amounts=["200-ден астам"])
    g.ev("other", "бағдарламалар", "future", "2025-03-21/2025-03-22", "Астана", None, after="Негізгі мерекелік",
         cluster="c4")
    g.ev("concert", "концерттік", "future", None, "Астана", None, cluster="c5")
    g.ev("competition", "ойындар", "future", None, "Астана", None, cluster="c6")
    g.ev("fair", "жәрмеңкелер", "future", None, "Астана", None, cluster="c7")
    g.ev("performance", "қойылымдар", "future", None, "Астана", None, cluster="c8")
    g.ev("exhibition", "көрмелері", "future", None, "Астана", None, cluster="c9")
    g.ev("festival", "фестивальдері", "future", None, "Астана", None, cluster="c10")
    g.ev("competition", "жарыстар", "future", None, "Астана", None, cluster="c11")
    g.ev("other", "шаралар", "future", None, "Астана", None, after="насихаттайтын", cluster="c12")
    g.ev("celebration", "мейрамына", "future", None, None, "Наурыз мейрамы", cluster="c2")
    g.ev("other", "іс-шараларды", "future", None, None, None, cluster="c3")
    g.quote("14-23 наурыз аралығында елордада «Наурызнама» онкүндігі өтеді", None, "хабарлауынша", kind="indirect",
            speaker_entity="Қалалық Ішкі саясат басқармасы")
    g.quote("Бұл күндері 200-ден астам мерекелік іс-шара ұйымдастырылады", None, "деп хабарлайды", kind="indirect",
            speaker_entity="Egemen.kz")
    g.announce(headline="Елордада «Наурызнама» онкүндігі өтеді", issuer="Қалалық Ішкі саясат басқармасы",
               outlet="Egemen.kz", published="2025-03-04", place=None, main_event="c1")
    upgrade_note(g)
    return g.save()


def republic_day():
    g = Gold("astana-republic-day-concert", "2025-10-25",
             publisher="Astana city akimat", publisher_kind="akimat",
             url="https://baq.kz/elordada-respublika-kuni-ken-kolemde-atalyp-otti-200024127/",
             published="2025-10-25", outlet="BAQ.KZ", text_kind="release")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the page date (2025-10-25, Republic Day).")
    g.note("'«Қазақ елі» монументінің' -> FACILITY 'Қазақ елі' (inside the quotes, genre noun outside). 'Республика күні' (holiday) = EVENT, 3 mentions. 'BAQ.KZ' = ORGANISATION. 'елорданың' (the capital) optional GPE; 'қала әкімдігінің' (the city akimat, not named) optional ORGANISATION.")
    g.note("Quantities: '150-ге жуық' cardinal 150 approx about (unit іс-шара). 'жүздеген' (hundreds of) is vague and not annotated.")
    g.note("Temporals: 'Бүгінгі' in the quote -> relative 2025-10-25 (the concert day = publication day). 'мереке күндері' (the holiday days, not dated in the text) and 'Концерт басталғанға дейін' (relative to the concert) not annotated.")
    g.note("Events: c1 = the concert at the monument: 'концерт өтті' (past, where the monument, when null: no date in its clause) and its re-mentions 'Шараға ... қатысты' (participants the residents and guests), 'Мереке өткен алаң' (the festive event on the square), 'Концерт басталғанға дейін', 'Бүгінгі концерт' in the quote and 'Мерекелік концерт — ... бірі болды', all past. c2 = the sports competitions and games before it ('жарыстар мен ойындар', competition). c3 = the ~150 events of the holiday days: 'іс-шаралардың бірі' (the city programme's events, of which the concert was one) and '150-ге жуық ... іс-шара өтті' (other, amounts '150-ге жуық'); its enumeration: concerts, flash mobs (other), exhibitions, charity actions (type campaign, 1.0 'other'), all past, where Астана. Republic Day itself is only what the events are dedicated to: not an event mention.")
    g.note("Quotes: one direct quote of an unnamed spectator ('көрермендердің бірі': not a body or a position, so speaker and speaker_entity null), verb 'деді'; '..., деп хабарлайды BAQ.KZ қала әкімдігінің ресми сайтына сілтеме жасап' is indirect with speaker_entity the outlet. No named people. Announcement: issuer = the city akimat whose site BAQ.KZ cites; no headline kept, no dateline.")
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
    g.ev("concert", "концерт", "past", None, M, None, n=1, cluster="c1")
    g.ev("concert", "Шараға", "past", None, None, None, cluster="c1",
         participants=["елорданың жүздеген тұрғыны", "қала қонақтары"])
    g.ev("concert", "Мереке", "past", None, None, None, after="сілтеме жасап", cluster="c1")
    g.ev("concert", "Концерт", "past", None, None, None, after="Концерт басталғанға", cluster="c1")
    g.ev("competition", "жарыстар", "past", None, M, None, cluster="c2")
    g.ev("concert", "концерт", "past", None, None, None, after="«Бүгінгі концерт", cluster="c1")
    g.ev("concert", "концерт", "past", None, None, None, after="Мерекелік концерт", cluster="c1")
    g.ev("other", "іс-шаралардың", "past", None, None, None, cluster="c3")
    g.ev("other", "іс-шара", "past", None, "Астана", None, after="қоғамдық іс-шара", cluster="c3",
         amounts=["150-ге жуық"])
    g.ev("concert", "концерттер", "past", None, "Астана", None, cluster="c4")
    g.ev("other", "флешмобтар", "past", None, "Астана", None, cluster="c5")
    g.ev("exhibition", "көрмелер", "past", None, "Астана", None, cluster="c6")
    g.ev("campaign", "акциялары", "past", None, "Астана", None, cluster="c7")
    g.quote("Шараға елорданың жүздеген тұрғыны мен қала қонақтары қатысты", None, "деп хабарлайды", kind="indirect",
            speaker_entity="BAQ.KZ")
    g.quote("Бүгінгі концерт Республика күні тек күнтізбедегі дата емес, бұл — әр азамат өз елін мақтанышпен еске алатын ерекше күн екенін көрсетті. Бұл қуаныш әр буын өкілін бір арнаға тоғыстырды",
            None, "деді")
    g.announce(headline=None, issuer="Астана қаласы әкімдігі", outlet="BAQ.KZ", published="2025-10-25",
               place=None, main_event="c1")
    upgrade_note(g)
    return g.save()


def bokey_orda():
    g = Gold("bokey-orda-youth-conference", "2025-04-25",
             publisher="Bokey Orda district akimat (West Kazakhstan region)", publisher_kind="akimat",
             url="https://mgorod.kz/news/bo-da-zhas-zertteushiler-bas-osty", published="2025-04-25",
             outlet="mgorod.kz", text_kind="release")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the page date (2025-04-25). The only time expressions are the two anniversaries '80 жылдығына' (duration P80Y, added in 1.1: GUIDELINES '\"N жылдығы\" -> duration \"PNY\"'; layers may overlap, the EVENT span keeps them).")
    g.note("'Жеңістің 80 жылдығына' = EVENT (as KazNERD and the seed: 'Жеңістің 75 жылдығына'), its '80' is not a quantity. Districts and villages follow the seed's 'Алматы қаласы' -> 'Алматы': 'Бөкей ордасы ауданында' -> GPE 'Бөкей ордасы', 'Сайхын ауылында' -> 'Сайхын', 'Орал қаласы' -> 'Орал', 'Жәнібек, Казталов, Ақжайық ауданынан' -> three GPEs. 'Сайқынға' is the source's other spelling of the same village (normalized 'Сайқын', as written). 'Тұңғыштар мекеніне' (epithet of the district) optional GPE; 'аудан әкімдігі' (unnamed) optional ORGANISATION.")
    g.note("'режиссер' = POSITION (occupation in apposition), 'Мұрат Жәкібаевтың' = PERSON. Film title \"Сокращение штатов\" = ART (inside the quotes). 'М.Мәметова атындағы орта мектептің' = FACILITY (school whose museum was visited), 'М.Мәметова' nested PERSON (normalized by world knowledge to 'Мәншүк Мәметова'). 'аудан әкімінің орынбасары' = POSITION, normalized with the district name as the seed does for 'Қала әкімінің орынбасары'.")
    g.note("Events: c1 = the various anniversary events ('іс-шаралар өтуде', other, ongoing). c2 = the conference (title «Бейбіт өмірдің ұрпақтары», where Сайхын), type conference for all its mentions: 'Танымдық шараның бірі ... ұйымдастырылды' (1.0 typed it other), 'конференция өтті', and the re-mentions 'Танымды іс-шарада ... ортаға салды' and 'Жеңістің 80 жылдығына арналған іс-шарада ... тарту етті' (all past); 'Оған ... қатысты' is a pronoun, not a mention (its participants are not moved onto the 'конференция' mention). c3 = the film screening ('фильмін тамашалап', other), c4 = the excursion (type excursion, 1.0 'other'), c5 = the awarding of thank-you letters and gifts ('тарту етті', award). The guests' trip ('сапарлап келген меймандар', participle) is left out as in 1.0.")
    g.note("Quotes: 'Бұл туралы аудан әкімдігі хабарлады' -> indirect, content = the preceding sentence, speaker_entity the district akimat. Announcement: no headline kept; issuer the district akimat; main event c2 (the lead's 'Танымдық шараның бірі').")
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
    g.tmp("80 жылдығына", "duration", "P80Y", n=1)
    g.tmp("80 жылдығына", "duration", "P80Y", n=2)

    g.ev("other", "іс-шаралар", "ongoing", None, None, None, cluster="c1")
    g.ev("conference", "шараның", "past", None, "Бөкей ордасы ауданы", None, cluster="c2")
    g.ev("conference", "конференция", "past", None, "Сайхын, Бөкей ордасы ауданы", "Бейбіт өмірдің ұрпақтары",
         cluster="c2")
    g.ev("other", "тамашалап", "past", None, "аудандық демалыс орталығы, Бөкей ордасы ауданы", "Сокращение штатов",
         cluster="c3", participants=["меймандар"])
    g.ev("excursion", "экскурсия", "past", None, "Сайқын", None, cluster="c4", participants=["меймандар"])
    g.ev("conference", "іс-шарада", "past", None, None, None, n=1, cluster="c2")
    g.ev("conference", "іс-шарада", "past", None, None, None, n=2, cluster="c2",
         participants=["Кенесары Нұршинов"])
    g.ev("award", "тарту етті", "past", None, None, None, cluster="c5",
         participants=["Кенесары Нұршинов", "спикерлер мен оқушыларға"])
    g.quote("Танымдық шараның бірі- Бөкей ордасы ауданында ұйымдастырылды", None, "хабарлады", kind="indirect",
            speaker_entity="Бөкей ордасы ауданының әкімдігі")
    g.announce(headline=None, issuer="Бөкей ордасы ауданының әкімдігі", outlet="mgorod.kz",
               published="2025-04-25", place=None, main_event="c2")
    upgrade_note(g, ["temporals: added '80 жылдығына' x2 (duration P80Y), GUIDELINES 'N жылдығы -> PNY', missing in 1.0"])

    g.person("Мұрат Жәкібаев", ["режиссер"], [("Мұрат Жәкібаевтың",)])
    g.person("Кенесары Нұршинов", ["Бөкей ордасы аудан әкімінің орынбасары"], [("Кенесары Нұршинов",)])
    return g.save()


def muz_fest():
    g = Gold("astana-muz-fest-2022", None,
             publisher="Astana city akimat", publisher_kind="akimat",
             url="https://standard.kz/kz/post/astanadagy-basty-syrsa-19-zeltoqsanda-zagylady", published=None,
             outlet="standard.kz", text_kind="release")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy: reference_date null, so dates without a year are XXXX-12-DD (DESIGN section 3); the festival name says the year is 2022, a reader would resolve them to 2022-12-DD.")
    g.note("'Astana Muz Fest 2022' = EVENT (its '2022' is part of the name: neither temporal nor quantity). 'EXPO көрме орталығының' = FACILITY. 'Аяз Ата', 'Ақшақар' (Father Frost, Snow Maiden characters) = PERSON (not in people: not real people). \"Ғажайыптар түні\" (ice show, a performance) = ART like the seed's plays; \"Әлем халықтарының ертегілері\" (theme/name of the ice sculpture contest) = EVENT. 'Елордада'/'Елорда' = optional GPE; 'қалалық әкімдіктің' optional ORGANISATION; 'еліміздің' not annotated; 'қазақстандық' = NORP.")
    g.note("Temporals: headline '19 желтоқсанда' and body '19 желтоқсан күні сағат 18:00-де' (datetime); '19-25 желтоқсан күндері' (range); '3 күн бұрын' (three days before the festival start) -> relative XXXX-12-16; 'Сол күні' (that day) -> XXXX-12-19.")
    g.note("Events: c1 = the lighting of the main tree: headline 'жағылады' and its body mention (type ceremony, 1.0 'other'). c2 = the festival: 'фестивалі өтеді' and the later references 'Фестивальдің ресми ашылуы', 'фестивальдің ашылуында', 'фестиваль басталардан' (the festival nouns, future). c3 = its official opening: 'ашылуы' (opening, when 18:00, where EXPO) and the re-mentions 'Іс-шарада' and 'ашылуында'. c4 = artists' performance ('өнер көрсетіп', performance); c5 = the ice show ('шоуы', type show, 1.0 'performance'; title «Ғажайыптар түні»); c6 = the ice sculpture contest ('байқауының', competition) with its re-mention 'Жарысқа ... қатысады' (one cluster; 1.0 had two unlinked entries); c7 = the award of the contest winners ('марапатталады'); c8 = the New Year fair starting that day ('жәрмеңке', type fair, 1.0 'other'). Items told as parts of the opening get the opening's time and place. 'кештің көркіне айналады' (idiom) is not a mention; sculpting that starts 3 days before is work, not an event.")
    g.note("Quotes: '..., деп хабарлайды қалалық әкімдіктің ресми сайты' -> indirect, speaker_entity the city akimat (its site). Announcement: main event c1, the happening of the headline (the lead is about c2, the festival c1 belongs to).")
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
    g.ev("ceremony", "жағылады", "future", "XXXX-12-19", "Астана", None, n=1, cluster="c1")
    g.ev("festival", "фестивалі", "future", "XXXX-12-19/XXXX-12-25", "Астана", "Astana Muz Fest 2022", cluster="c2")
    g.ev("festival", "Фестивальдің", "future", None, None, None, cluster="c2")
    g.ev("opening", "ашылуы", "future", T, E, "Astana Muz Fest 2022", cluster="c3")
    g.ev("opening", "Іс-шарада", "future", None, None, None, cluster="c3")
    g.ev("ceremony", "жағылады", "future", T, E, None, n=2, cluster="c1")
    g.ev("performance", "өнер көрсетіп", "future", T, E, None, cluster="c4", participants=["қазақстандық әртістер"])
    g.ev("show", "шоуы", "future", T, E, "Ғажайыптар түні", cluster="c5")
    g.ev("festival", "фестивальдің", "future", None, None, None, cluster="c2")
    g.ev("opening", "ашылуында", "future", None, None, None, cluster="c3")
    g.ev("competition", "байқауының", "future", None, "Астана", "Әлем халықтарының ертегілері", cluster="c6")
    g.ev("award", "марапатталады", "future", T, E, None, cluster="c7",
         participants=["мұз мүсіндері байқауының жеңімпаздары"])
    g.ev("festival", "фестиваль", "future", None, None, None, after="Мүсіндер фестиваль", cluster="c2")
    g.ev("competition", "Жарысқа", "future", None, "Астана", "Әлем халықтарының ертегілері", cluster="c6",
         participants=["Қазақстан мен жақын шет елдердің мүсіншілері"])
    g.ev("fair", "жәрмеңке", "future", "XXXX-12-19", "Астана", None, cluster="c8")
    g.quote("Елордада 19-25 желтоқсан күндері Astana Muz Fest 2022 ауқымды қысқы фестивалі өтеді", None,
            "деп хабарлайды", kind="indirect", speaker_entity="Астана қаласы әкімдігі")
    g.announce(headline="Астанадағы басты шырша 19 желтоқсанда жағылады", issuer="Астана қаласы әкімдігі",
               outlet="standard.kz", published=None, place=None, main_event="c1")
    upgrade_note(g)
    return g.save()


def aktobe_akim():
    g = Gold("aktobe-akim-meets-journalists", None,
             publisher="Aktobe region akimat (the akim's meeting with the press)", publisher_kind="akimat",
             url="https://aqtobegazeti.kz/?p=172146", published=None, outlet="aqtobegazeti.kz",
             text_kind="report", outlet_name="«Ақтөбе» regional newspaper")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy (a year-end meeting, about December 2025): reference_date null; 'қазіргі таңда' -> PRESENT_REF, 'алдағы уақытта' -> FUTURE_REF (TIMEX3 tokens, like the seed's PAST_REF for 'таяуда'). 'жыл қорытындысын' (results of the year) is not a time expression of the happening: not annotated.")
    g.note("'Облыс әкімі' (x3, region not named in the text) = POSITION, normalized 'Облыс әкімі'; 'Мемлекет басшысы' = POSITION; 'ақтөбеліктерді' = NORP (normalized 'ақтөбелік'). 'БАҚ' (mass media, generic) not annotated.")
    g.note("Events: one cluster c1, the meeting (type meeting, past): headline 'кездесті', body 'кездесіп', the re-mention 'Кездесу барысында' (added in 1.1) and 'Жиы нашық ... өтіп' (source typo for 'Жиын ашық'; trigger = the token 'Жиы' as written). where/when: not stated.")
    g.note("Quotes: the dash-delimited direct quote '— Бірлік бар жерде—береке, ... болады,—деген облыс әкімі' -> speaker Асхат Шахаров (the akim), verb 'деген'; span excludes the dashes and the comma. '... жұмыс жасай беретінін жеткізді' -> indirect (speaker Асхат Шахаров, 'Облыс әкімі'). '... жобаларды ... таныстырды', 'жыл қорытындысын баяндады' have noun objects (topics), not reported content: not quotes. Announcement: the text names no issuer; meta.publisher/issuer = the regional akimat whose akim held the meeting (the text is the regional newspaper's report, region known from the site).")
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

    g.ev("meeting", "кездесті", "past", None, None, None, cluster="c1", participants=["Журналистермен"])
    g.ev("meeting", "кездесіп", "past", None, None, None, cluster="c1",
         participants=["Асхат Шахаров", "өңірдегі бұқаралық ақпарат құралдары өкілдерімен"])
    g.ev("meeting", "Кездесу", "past", None, None, None, cluster="c1", participants=["Асхат Шахаров"])
    g.ev("meeting", "Жиы", "past", None, None, None, cluster="c1", participants=["журналистер"])
    g.quote("алдағы уақытта да ашықтық қағидатын берік ұстанып,жұртшылықпен тығыз байланыста жұмыс жасай беретінін",
            "Асхат Шахаров", "жеткізді", kind="indirect")
    g.quote("Бірлік бар жерде—береке, ортақ мақсат бар жерде нақты нәтиже болады", "Асхат Шахаров", "деген")
    g.announce(headline="Журналистермен кездесті", issuer="Ақтөбе облысының әкімдігі", outlet="aqtobegazeti.kz",
               published=None, place=None, main_event="c1")
    upgrade_note(g)
    g.person("Асхат Шахаров", ["Облыс әкімі"],
             [("Асхат Шахаров", 1), ("Асхат Шахаров", 2)])
    g.person("Қасым-Жомарт Тоқаев", ["Мемлекет басшысы"], [("Қасым-Жомарт Тоқаев",)])
    return g.save()


def kulan_nauryz():
    g = Gold("kulan-nauryz-celebration", None,
             publisher="T. Ryskulov district akimat (Zhambyl region)", publisher_kind="akimat",
             url="https://www.200.news/?p=37561", published=None, outlet="200.news", text_kind="release",
             source_url="https://www.gov.kz/memleket/entities/zhambyl-ryskulov/press/news/details/963044?lang=kk")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("An official district akimat release (gov.kz, T. Ryskulov district, Zhambyl region); date not shown in the stored copy (Nauryz, March 2025): reference_date null. No time expressions in the text.")
    g.note("'НАУРЫЗ МЕРЕКЕСІ', 'Наурыз мерекесімен' (holiday) and 'Ұлыстың Ұлы күніне' = EVENT. 'Құлан ауылының' -> GPE 'Құлан' (seed 'Алматы қаласы' rule); the village's 'орталық саябағы' is a descriptive, unnamed park: not an entity. “Қош келдің, әз-Наурыз” (ceremony title, 'атты ... шара') = EVENT inside the quotes; “Наурызнама” тұжырымдамасы = PROJECT inside the quotes (seed: «Нұрлы жол» бағдарламасы -> 'Нұрлы жол'). 'Аудан әкімі' = POSITION (district not named in the text), 'Мемлекет басшысы' = POSITION.")
    g.note("Events: c1 = the district's Nauryz celebration (type celebration, 1.0 'other'): headline 'МЕРЕКЕСІ ӨТТІ', the lead's ceremony 'шара өтті' (title “Қош келдің, әз-Наурыз”, where the village park) and the re-mentions 'Мерекелік жиында' and 'Мереке аясында' (added in 1.1), all past. c2 = the staged scenes: 'көріністер қойылды' at the gathering and 'театрландырылған көріністер ұйымдастырылып' in the closing enumeration, one happening told twice (performance; 1.0 had two unlinked entries). The rest of the enumeration: national games (c3) and sports contests (c4), competition; the book exhibition (c5). 'Наурыз мерекесімен құттықтап' (greeting) and 'наурыз көже таратылды' are not events.")
    g.note("Quotes: none ('... мән-маңызына тоқталды' names a topic, not reported content). Announcement: the text names no issuer; issuer = the district akimat of the gov.kz release that 200.news reposts.")
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
    g.ev("celebration", "МЕРЕКЕСІ", "past", None, None, "Наурыз мерекесі", cluster="c1")
    g.ev("celebration", "шара", "past", None, P, "Қош келдің, әз-Наурыз", cluster="c1")
    g.ev("celebration", "жиында", "past", None, None, None, cluster="c1")
    g.ev("performance", "көріністер", "past", None, P, None, n=1, cluster="c2")
    g.ev("celebration", "Мереке", "past", None, None, None, after="Мереке аясында", cluster="c1")
    g.ev("competition", "ойындар", "past", None, P, None, cluster="c3")
    g.ev("competition", "сайыстар", "past", None, P, None, cluster="c4")
    g.ev("exhibition", "көрмесі", "past", None, P, None, cluster="c5")
    g.ev("performance", "көріністер", "past", None, P, None, n=2, cluster="c2")
    g.announce(headline="АУДАНДА НАУРЫЗ МЕРЕКЕСІ ӨТТІ", issuer="Т. Рысқұлов ауданының әкімдігі", outlet="200.news",
               published=None, place=None, main_event="c1")
    upgrade_note(g)
    g.person("Ернар Есіркепов", ["Аудан әкімі"], [("Ернар Есіркепов",)])
    return g.save()


def osce_visit():
    g = Gold("osce-chair-visit-announcement", None,
             publisher="Ministry of Foreign Affairs of Kazakhstan (spokesperson's weekly briefing)", publisher_kind="ministry",
             url="https://aqshamnews.kz/kz/article/eqyu-toragasy-qazaqstanga-resmi-saparmen-keledi.html", published=None,
             outlet="Almaty-akshamy.kz", text_kind="report")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown in the stored copy (the visit of the 2023 OSCE Chair, about August 2023): reference_date null, '11 тамызда' -> XXXX-08-11.")
    g.note("Positions in apposition are separate flat POSITION spans: 'ЕҚЫҰ қазіргі төрағасы', 'Солтүстік Македонияның Сыртқы істер министрі', 'Сенат төрағасы', 'Экология және табиғи ресурстар министрі'. The compound office 'Премьер-Министр орынбасары – Сыртқы істер министрі' is one POSITION (one office, written with a dash), its two parts nested. 'ҚР СІМ ресми өкілі' is normalized to the full form 'ҚР Сыртқы істер министрлігінің ресми өкілі' (seed: coreferent positions resolved). 'Б.Османидің' -> 'Буяр Османи'.")
    g.note("Events: c1 = the visit: 'ресми сапармен келеді' in the lead and again inside the quote, and the re-mention 'Сапар аясында' (added in 1.1; future, from the clause's 'жоспарланып отыр'). c2 = the weekly briefing where it was announced ('апталық брифингте айтты', briefing, past, no date). c3 = the planned meetings ('кездесулер жоспарланып отыр', one mention for the one trigger, participants = the persons named in the clause and 'ел басшылығымен'); c4 = the talks ('келіссөздер', meeting); both are parts of the visit ('Сапар аясында', 'келіссөздер барысында'), so they get its date and place. 'пікір алмасу өтеді' is the talks' content (discussion), not a separate event.")
    g.note("Quotes: the «...» is attributed by '- деді ҚР СІМ ресми өкілі' = Айбек Смадияров (named in the previous sentence): direct. Indirect: the lead '..., деп хабарлайды Almaty-akshamy.kz' (speaker_entity the outlet), 'Бұл туралы ... Айбек Смадияров апталық брифингте айтты' (content = the lead's clause, the same span) and 'Спикердің айтуынша, ...' (speaker Айбек Смадияров, the spokesperson). Announcement: no headline kept; issuer the MFA (its spokesperson's briefing); outlet Almaty-akshamy.kz as named.")
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
    g.ev("visit", "сапармен", "future", D, "Қазақстан", None, n=1, cluster="c1", participants=["Буяр Османи"])
    g.ev("briefing", "брифингте", "past", None, None, None, cluster="c2", participants=["Айбек Смадияров"])
    g.ev("visit", "сапармен", "future", D, "Қазақстан", None, n=2, cluster="c1", participants=["Буяр Османи"])
    g.ev("visit", "Сапар", "future", None, None, None, cluster="c1")
    g.ev("meeting", "кездесулер", "future", D, "Қазақстан", None, cluster="c3",
         participants=["Б.Османидің", "ел басшылығымен", "Мәулен Әшімбаевпен", "Мұрат Нұртілеумен",
                       "Зүлфия Сүлейменовамен"])
    g.ev("meeting", "келіссөздер", "future", D, "Қазақстан", None, cluster="c4")
    LEAD = "11 тамызда ЕҚЫҰ қазіргі төрағасы, Солтүстік Македонияның Сыртқы істер министрі Буяр Османи Қазақстанға ресми сапармен келеді"
    g.quote(LEAD, None, "деп хабарлайды", kind="indirect", speaker_entity="Almaty-akshamy.kz")
    g.quote(LEAD, "Айбек Смадияров", "айтты", kind="indirect")
    g.quote("11 тамызда ЕҚЫҰ қазіргі төрағасы, Солтүстік Македонияның Сыртқы істер министрі Буяр Османи Қазақстанға ресми сапармен келеді. Сапар аясында Б.Османидің ел басшылығымен, Сенат төрағасы Мәулен Әшімбаевпен, Премьер-Министр орынбасары – Сыртқы істер министрі Мұрат Нұртілеумен, Экология және табиғи ресурстар министрі Зүлфия Сүлейменовамен кездесулер жоспарланып отыр",
            "Айбек Смадияров", "деді")
    g.quote("келіссөздер барысында Қазақстанның ЕҚЫҰ-мен өзара іс-қимылының өзекті мәселелері, еліміз бен Солтүстік Македония ынтымақтастығын одан әрі дамыту перспективалаы жөнінде пікір алмасу өтеді",
            "Айбек Смадияров", "айтуынша", kind="indirect")
    g.announce(headline=None, issuer="ҚР Сыртқы істер министрлігі", outlet="Almaty-akshamy.kz", published=None,
               place=None, main_event="c1")
    upgrade_note(g)
    g.person("Буяр Османи", ["ЕҚЫҰ қазіргі төрағасы", "Солтүстік Македонияның Сыртқы істер министрі"],
             [("Буяр Османи", 1), ("Буяр Османи", 2), ("Б.Османидің",)])
    g.person("Айбек Смадияров", ["ҚР Сыртқы істер министрлігінің ресми өкілі"], [("Айбек Смадияров",)])
    g.person("Мәулен Әшімбаев", ["Сенат төрағасы"], [("Мәулен Әшімбаевпен",)])
    g.person("Мұрат Нұртілеу", ["Премьер-Министр орынбасары – Сыртқы істер министрі"], [("Мұрат Нұртілеумен",)])
    g.person("Зүлфия Сүлейменова", ["Экология және табиғи ресурстар министрі"], [("Зүлфия Сүлейменовамен",)])
    return g.save()


def oic_2011():
    g = Gold("mfa-oic-jeddah-meeting-2011", "2011-11-28",
             publisher="Ministry of Foreign Affairs of Kazakhstan (spokesperson's weekly briefing)", publisher_kind="ministry",
             url="https://kaz.inform.kz/news/e-kazyhanovtyn-toragalygymen-otetin-halykaralyk-zhiynda-tayau-shygys-pen-soltustik-afrikadagy-ahual-talkylanbak_a2422379/",
             published="2011-11-28", outlet="ҚазАқпарат", text_kind="report", outlet_name="Kazinform")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the date shown on the page (28 Қараша 2011) and in the dateline. The dateline city is garbled in the stored copy ('ТАНА.' for 'АСТАНА.'): kept as is, listed only as an optional GPE.")
    g.note("'Е.Қазыхановтың' -> 'Ержан Қазыханов' (full name later in the text). 'Таяу Шығыс', 'Солтүстік Африка' = LOCATION. 'Жиддада' -> GPE 'Жидда'; '(Сауд Арабиясы Корольдігі)' = GPE. 'Ислам ынтымақтастығы Ұйымының штаб-пәтерінде': ORGANISATION = the organisation's name only (the headquarters is not named). 'ҚазАқпарат' = ORGANISATION; 'Марлан Жиембай' (the reporter) = PERSON. 'ҚР СІМ ресми өкілі' = POSITION normalized to the full form.")
    g.note("Events: c1 = the extended session of the OIC Executive Committee at ministerial level, type session (1.0 'meeting': 'кеңейтілген отырысы' is a sitting of a body): the headline and the lead ('өтетін халықаралық жиында', future, no date in those clauses), the quote ('кеңейтілген отырысы өтеді', future, 2011-11-30, Jeddah) and the re-mention 'Отырыс барысында ... талқыланады' (added in 1.1, future). c2 = the weekly briefing ('бүгін апталық брифингте ... мәлім етті', briefing, past, 2011-11-28).")
    g.note("Quotes: the «...» '- деді ол' = Алтай Әбибуллаев: direct. 'Бұл туралы бүгін апталық брифингте ... Алтай Әбибуллаев мәлім етті' -> indirect, content = the lead's sentence. '... талқыланады деп күтілуде' (impersonal 'it is expected') has no speaker of its own: not a separate quote. Announcement: dateline 'ТАНА. 28 қараша. ҚазАқпарат' -> place Астана (garbled 'ТАНА' for 'АСТАНА'), outlet ҚазАқпарат (Kazinform), issuer the MFA.")
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
    g.ev("session", "жиында", "future", None, None, None, n=1, cluster="c1", participants=["Е.Қазыхановтың"])
    g.ev("session", "жиында", "future", None, None, None, n=2, cluster="c1", participants=["Е.Қазыхановтың"])
    g.ev("briefing", "брифингте", "past", "2011-11-28", None, None, cluster="c2", participants=["Алтай Әбибуллаев"])
    g.ev("session", "отырысы", "future", "2011-11-30", W, None, cluster="c1",
         participants=["Ержан Қазыхановтың", "Ислам ынтымақтастығы Ұйымы Атқарушы комитетінің"])
    g.ev("session", "Отырыс", "future", None, None, None, cluster="c1")
    g.quote("Е.Қазыхановтың төрағалығымен өтетін халықаралық жиында Таяу Шығыс пен Солтүстік Африкадағы ахуал талқыланбақ",
            "Алтай Әбибуллаев", "мәлім етті", kind="indirect", after="Марлан Жиембай")
    g.quote("30 қарашада Жиддада (Сауд Арабиясы Корольдігі) Ислам ынтымақтастығы Ұйымының штаб-пәтерінде Қазақстан Республикасы Сыртқы істер министрі Ержан Қазыхановтың төрағалығымен министрлік деңгейіндегі Ислам ынтымақтастығы Ұйымы Атқарушы комитетінің кеңейтілген отырысы өтеді. Отырыс барысында Таяу Шығыс пен Солтүстік Африкадағы ахуал талқыланады деп күтілуде",
            "Алтай Әбибуллаев", "деді")
    g.announce(headline="Е.Қазыхановтың төрағалығымен өтетін халықаралық жиында Таяу Шығыс пен Солтүстік Африкадағы ахуал талқыланбақ",
               issuer="ҚР Сыртқы істер министрлігі", outlet="ҚазАқпарат", published="2011-11-28", place="Астана",
               main_event="c1")
    upgrade_note(g)
    g.person("Ержан Қазыханов", ["Қазақстан Республикасы Сыртқы істер министрі"],
             [("Е.Қазыхановтың", 1), ("Е.Қазыхановтың", 2), ("Ержан Қазыхановтың",)])
    g.person("Алтай Әбибуллаев", ["ҚР Сыртқы істер министрлігінің ресми өкілі"], [("Алтай Әбибуллаев",)])
    g.person("Марлан Жиембай", [], [("Марлан Жиембай",)])
    return g.save()


def president_visits():
    g = Gold("president-foreign-visits-year", None,
             publisher="Press secretary of the President of Kazakhstan (year summary)", publisher_kind="other",
             url="http://24.kz/kz/zha-aly-tar/sayasat/item/632658-prezident-shet-memleketterge-19-ret-sapar-zhasa-an",
             published=None, outlet="24.kz", text_kind="report", outlet_name="24.kz (Khabar)")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown (a year-end summary by the President's press secretary Berik Uali, 2019-2022): reference_date null; 'Биыл'/'биыл' -> relative 'XXXX' (this year, year unknown).")
    g.note("'Президент', 'ел президенті', 'мемлекет басшысының баспасөз хатшысы', 'Президенттің баспасөз хатшысы' = POSITION (KazNERD tags bare titles). The president is not named: no people entry for him. Cities and countries = GPE; 'Бас консулдығын' (generic) not annotated.")
    g.note("Quantities: counts of trips/meetings/events are cardinals with the counted noun as unit: '19 рет' (x: headline '19', body '19 мәрте'), '265', '30', '100-ден аса' (more_than).")
    g.note("Events: none. The text is a statistical summary of the year (aggregate counts of trips and meetings, decisions to open an embassy and consulates), which the seed does not treat as events; 'Осы сапарлар аясында' re-mentions the aggregate, not a happening; 'баяндады', 'жеткізді' are speech acts.")
    g.note("Quotes: no direct quotes. Indirect: 'Бұл жайында ... Берік Уәли баяндады' (content = the preceding paragraph, two sentences) and 'Президенттің баспасөз хатшысы ... жүргізілгенін жеткізді' (speaker Берік Уәли, named by position). Announcement: issuer = the President's press secretary as the text names him (no body is named); main_event null (no happening).")
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
    g.quote("Биыл ел президенті 265 халықаралық іс-шараға қатысты. 19 мәрте шетелге сапарлап, өзге мемлекет басшыларымен 30 рет, үкімет басшыларымен және халықаралық ұйым жетекшілерімен 100-ден аса кездесу өткізді",
            "Берік Уәли", "баяндады", kind="indirect")
    g.quote("жалпы еліміздің сыртқы саясатына қатысты жұмыстар өте белсенді жүргізілгенін", "Берік Уәли", "жеткізді",
            kind="indirect")
    g.announce(headline="Президент шет мемлекеттерге 19 рет сапар жасаған", issuer="Президенттің баспасөз хатшысы",
               outlet="24.kz", published=None, place=None, main_event=None)
    upgrade_note(g)
    g.person("Берік Уәли", ["Президенттің баспасөз хатшысы"], [("Берік Уәли",)])
    return g.save()


def art_museum():
    g = Gold("astana-art-museum-opening", "2025-12-10",
             publisher="Astana city akimat", publisher_kind="akimat",
             url="https://kaz.inform.kz/news/astanada-zhana-oner-murazhayi-ashildi-8a2b1d/", published="2025-12-10",
             outlet="KAZINFORM", text_kind="release")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the page date (2025-12-10). The text has no time expressions.")
    g.note("'Өнер мұражайы' / 'Өнер музейінің' = FACILITY (the same museum, two spellings; normalized as written). 'АСТАНА' (dateline) and 'Астанада' = GPE; 'Елордада' optional GPE; 'елорда әкімдігінің' optional ORGANISATION. 'KAZINFORM' = ORGANISATION. «Жошы» ensemble = ORGANISATION (inside the quotes). 'Болат Сарыбаев атындағы ғылыми-зертханалық шеберхана' = FACILITY, 'Болат Сарыбаев' nested PERSON (name of the workshop only: not in people). Instrument names (желбуаз, мес сырнай ...) are common nouns.")
    g.note("Events: c1 = the opening: headline 'ашылды', lead 'тұсаукесер рәсімі өтті' and the re-mention 'Іс-шара барысында' (added in 1.1), all past ('Оған ... қатысты' is a pronoun, not a mention). c2 = the ensemble's concert show ('концерттік шоуы көрсетілді', concert); c3 = the presentation of the expositions ('экспозициялары таныстырылды', exhibition); c4 = the workshop that 'жұмыс істейтін болады' (launch, future).")
    g.note("Quotes: '..., деп хабарлайды елорда әкімдігінің ресми сайты' -> indirect, speaker_entity the city akimat. Announcement: dateline 'АСТАНА. KAZINFORM —' -> place Астана, outlet KAZINFORM, issuer the city akimat.")
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
    g.ev("opening", "ашылды", "past", None, "Астана", "Өнер мұражайы", cluster="c1")
    g.ev("opening", "тұсаукесер рәсімі", "past", None, M, "Өнер мұражайы", cluster="c1")
    g.ev("opening", "Іс-шара", "past", None, None, None, cluster="c1")
    g.ev("concert", "концерттік шоуы", "past", None, M, None, cluster="c2", participants=["Жошы"])
    g.ev("exhibition", "экспозициялары", "past", None, M, None, cluster="c3")
    g.ev("launch", "жұмыс істейтін болады", "future", None, M, "Болат Сарыбаев атындағы ғылыми-зертханалық шеберхана",
         cluster="c4")
    g.quote("Елордада жаңа Өнер музейінің салтанатты тұсаукесер рәсімі өтті", None, "деп хабарлайды", kind="indirect",
            speaker_entity="Астана қаласы әкімдігі")
    g.announce(headline="Астанада жаңа Өнер мұражайы ашылды", issuer="Астана қаласы әкімдігі", outlet="KAZINFORM",
               published="2025-12-10", place="Астана", main_event="c1")
    upgrade_note(g)
    return g.save()


def ccs_branch():
    g = Gold("shymkent-ccs-branch-opening", None,
             publisher="South Kazakhstan region akimat (opening of the Central Communications Service branch with the akim)",
             publisher_kind="akimat",
             url="https://kz.otyrar.kz/2015/09/o%D2%A3t%D2%AFstikte-ortaly%D2%9B-kommunikaciyalar-%D2%9Byzmetini%D2%A3-filialy-ashyldy",
             published=None, outlet="otyrar.kz", text_kind="report", outlet_name="Otyrar regional TV")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date: September 2015 (page address), day not shown: reference_date null, 'Бүгін' -> PRESENT_REF.")
    g.note("Photo captions and tag lines of the page ('Бейбіт Атамқұлов' x2, 'орталық коммуникациялар қызметі') were dropped as page chrome; the last, truncated paragraph of the stored copy was dropped.")
    g.note("'Оңтүстік' (colloquial name of South Kazakhstan region, capitalised, x3) = GPE normalized 'Оңтүстік Қазақстан'; 'Оңтүстік Қазақстан облысындағы' -> GPE 'Оңтүстік Қазақстан' (admin words облысы/қаласы/ауданы/ауылы are left out of GPE spans, seed 'Алматы қаласы' -> 'Алматы'). 'Қазақстан Республикасы Президенті жанындағы орталық коммуникациялар қызметінің' = one ORGANISATION (nested POSITION 'Қазақстан Республикасы Президенті'); lowercase 'орталық коммуникациялар қызметінің' elsewhere = ORGANISATION. 'облыс әкімі' (x2) and 'Оңтүстік әкімі' = POSITION normalized 'Оңтүстік Қазақстан облысының әкімі'.")
    g.note("Quote: 'Бейбіт Атамқұлов, облыс әкімі: «...»' (speaker: «quote» pattern), verb null; no indirect speech. Events: one cluster c1, the opening (past): headline and lead 'филиалы ашылды', the re-mentions 'Филиалдың ашылуымен ... құттықтады' and 'Тұсауы кесілген' (inside the quote; both added in 1.1), and the closing 'филиалы ашылып'.")
    g.note("Announcement/meta: the text (a regional TV report) names no issuer; publisher/issuer = the regional akimat, whose akim opened the branch and is quoted (the Central Communications Service, whose branch it is, would be the other reading); no dateline.")
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
    g.ev("opening", "ашылды", "past", None, "Оңтүстік Қазақстан", T, n=1, cluster="c1")
    g.ev("opening", "ашылды", "past", "PRESENT_REF", "Оңтүстік Қазақстан", T, n=2, cluster="c1")
    g.ev("opening", "ашылуымен", "past", None, None, None, cluster="c1", participants=["облыс әкімі"])
    g.ev("opening", "Тұсауы кесілген", "past", None, None, None, cluster="c1")
    g.ev("opening", "ашылып", "past", None, "Оңтүстік Қазақстан", T, cluster="c1")
    g.announce(headline="Оңтүстікте орталық коммуникациялар қызметінің филиалы ашылды",
               issuer="Оңтүстік Қазақстан облысының әкімдігі", outlet="otyrar.kz", published=None, place=None,
               main_event="c1")
    upgrade_note(g)
    g.quote("Тұсауы кесілген қызмет филиалы аймақтағы басқармалар жұмысының ашықтығын арттыруға және  жұртшылықтың мемлекет жұмысы туралы көбірек ақпарат алуына жол ашатын бірден-бір сұхбат алаңына айналатынына сенімдімін",
            "Бейбіт Атамқұлов", None)
    g.person("Бейбіт Атамқұлов", ["Оңтүстік Қазақстан облысының әкімі"], [("Бейбіт Атамқұлов",)])
    return g.save()


def flood_funds():
    g = Gold("emergencies-flood-funds-briefing", "2024-04-02",
             publisher="Ministry of Emergency Situations of Kazakhstan (vice-minister at the post-Government-meeting briefing)",
             publisher_kind="emergency",
             url="https://dalanews.kz/kz/article/tasqindi-tejeuge-7-myllyard-tenge-bolingen-qarji-qayda-jumsaldi-tjm-jauabi.html",
             published="2024-04-02", outlet="Dalanews.kz", text_kind="report")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date = the page date (02 сәу. 2024). Author/date line and 'Ұсынылған / Соңғы жаңалықтар' dropped as page chrome.")
    g.note("Money spans are numeral + scale + currency with the currency word's case ending and a following approximator ('7 миллиард теңгеден астам' -> 7e9 KZT more_than, seed '180 мыңнан астам'); the headline's '7 миллиард теңге' and '7 миллиард теңгенің' are the same sum, each annotated.")
    g.note("'ТЖМ' = ORGANISATION (Ministry of Emergency Situations); 'Үкімет' = ORGANISATION; 'министрдің орынбасары' normalized to the full position. Events: c1 = the Government meeting ('Үкімет отырысынан кейінгі', type session, past: the briefing after it has taken place), added in 1.1 (1.0 left it out as a mere time reference; in 1.1 every mention of a concrete happening is an entry). c2 = the briefing ('брифингте', past; date not stated; participants the vice-minister).")
    g.note("Quote: dash-introduced direct speech '- Түсіндіре кетейін. ... бағытталуда, – деді Сыздықов.' -> speaker Бауыржан Сыздықов, verb 'деді'; span excludes the dashes. Indirect: the lead '..., деп хабарлайды Dalanews.kz' (speaker_entity the outlet); '... қаражат бөлінді деген ақпаратты жоққа шығарды' (speaker Бауыржан Сыздықов, 'министрдің орынбасары'; span = the denied information); 'әкімдіктердің мәліметінше, ...' inside the direct quote (speaker_entity 'Әкімдіктер', the akimats as a body). Announcement: issuer = the ministry ('ТЖМ жауабы' in the headline), outlet Dalanews.kz; main event c2 (the briefing where the answer was given).")
    g.ent("ТЖМ", "ORGANISATION", "Төтенше жағдайлар министрлігі")
    g.qty("7 миллиард теңге", "money", 7000000000, unit="KZT", n=1)
    g.ent("Төтенше жағдайлар министрінің орынбасары", "POSITION")
    g.ent("Бауыржан Сыздықов", "PERSON")
    g.qty("7 миллиард теңгенің", "money", 7000000000, unit="KZT")
    g.ent("Dalanews.kz", "ORGANISATION")
    g.ent("Үкімет", "ORGANISATION")
    g.ent("министрдің орынбасары", "POSITION", "Төтенше жағдайлар министрінің орынбасары")
    g.qty("7 миллиард теңгеден астам", "money", 7000000000, unit="KZT", approx="more_than", n=1)
    g.qty("7 миллиард теңгеден астам", "money", 7000000000, unit="KZT", approx="more_than", n=2)
    g.tmp("Бүгінгі таңда", "relative", "2024-04-02")
    g.qty("3 миллиард теңгеден астам", "money", 3000000000, unit="KZT", approx="more_than")
    g.ent("Сыздықов", "PERSON", "Бауыржан Сыздықов", after="деді Сыздықов")
    g.ev("session", "отырысынан", "past", None, None, None, cluster="c1", participants=["Үкімет"])
    g.ev("briefing", "брифингте", "past", None, None, None, cluster="c2", participants=["министрдің орынбасары"])
    g.quote("Төтенше жағдайлар министрінің орынбасары Бауыржан Сыздықов су тасқынының алдын алуға бюджеттен бөлінген 7 миллиард теңгенің қайда жұмсалғанына жауап берді",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Dalanews.kz")
    g.quote("7 миллиард теңгеден астам қаражат бөлінді деген ақпаратты", "Бауыржан Сыздықов", "жоққа шығарды",
            kind="indirect")
    g.quote("Түсіндіре кетейін. Іс жүзінде 7 миллиард теңгеден астам қаражат бөлінген жоқ. Тек қарастырылған. Мұны дұрыс түсінуіміз керек. Бұл қаражат жергілікті атқарушы органдардың бюджеттерінде көзделген. Бүгінгі таңда әкімдіктердің мәліметінше, 3 миллиард теңгеден астам қаржы бөлінген. Бұл қаржының барлығы қазір көріп отырғаныңыздай, су тасқынының алдын алуға және онымен күресуге бағытталуда",
            "Бауыржан Сыздықов", "деді")
    g.quote("3 миллиард теңгеден астам қаржы бөлінген", None, "мәліметінше", kind="indirect",
            speaker_entity="Әкімдіктер")
    g.announce(headline="Тасқынды тежеуге 7 миллиард теңге бөлінген, қаржы қайда жұмсалды – ТЖМ жауабы",
               issuer="Төтенше жағдайлар министрлігі", outlet="Dalanews.kz", published="2024-04-02", place=None,
               main_event="c2")
    upgrade_note(g)
    g.person("Бауыржан Сыздықов", ["Төтенше жағдайлар министрінің орынбасары"],
             [("Бауыржан Сыздықов",), ("Сыздықов", 1, "деді Сыздықов")])
    return g.save()


def national_fund():
    g = Gold("finance-national-fund-children", None,
             publisher="Ministry of Finance of Kazakhstan (vice-minister answering journalists)", publisher_kind="ministry",
             url="https://kazaknews.kz/kogam/ltty-ordan-balalar-a-nege-u-de-etilgen-160-dy-ornyna-100-t-sti",
             published=None, outlet="kazaknews", text_kind="report", outlet_name="kazaknews.kz")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown (early 2024, first payments of the 'Ұлттық қор – балаларға' programme): reference_date null; 'қазір', 'Бүгінде' -> PRESENT_REF, 'бұған дейін' -> PAST_REF. '2022 жылы 1 қарашада' is a full date. 'Сол кездегі' (anaphoric) and 'осыған дейінгі' (modifier of 'есептеулер') not annotated.")
    g.note("Quantities: '18 жасқа' = quantity (age, unit жас). '150-160 доллар' is a money range: one span, value = the lower bound 150 with an extra field value_max 160 (the schema has one value). '100 доллар, 52 центтен' = one money amount 100.52 USD. Counts '6 400 000', '6 917 000' = cardinals (unit бала); spaces are thousands separators inside one number.")
    g.note("'Қаржы вице-министрі', 'вице-министрден', 'вице-министр' = POSITION (the last two normalized to 'Қаржы вице-министрі'); 'Президент' = POSITION (not named: not in people). «Ұлттық қор – балаларға» = PROJECT (inside the quotes, head noun 'жобасы' outside). 'kazaknews' = ORGANISATION.")
    g.note("Events: none (the President's instruction 'тапсырма берді' and the journalists' questions are not events of the trigger classes; the briefing itself is not mentioned). Quote: the “...” closing with '– деп жауап берді вице-министр' -> speaker Дәурен Темірбеков, verb 'деп жауап берді'.")
    g.note("Indirect quotes: the lead '..., деп хабарлайды kazaknews' (speaker_entity the outlet) and '... 160 доллар түсуі тиіс болғанын жоққа шығармады' (speaker Дәурен Темірбеков). The journalists' question ('... сұрады') and the impersonal '... түсетіні айтылғанына' (no speaker) are not quotes; '... неге ... түскенін түсіндіріп берді' reports a topic (an embedded question), not content. Announcement: no headline kept; issuer = the Ministry of Finance (its vice-minister's answers); main_event null (no happening annotated).")
    g.ent("Қаржы вице-министрі", "POSITION")
    g.ent("Дәурен Темірбеков", "PERSON", n=1)
    g.ent("Ұлттық қор – балаларға", "PROJECT")
    g.ent("kazaknews", "ORGANISATION")
    g.ent("вице-министрден", "POSITION", "Қаржы вице-министрі")
    g.tmp("бұған дейін", "relative", "PAST_REF")
    g.qty("18 жасқа", "quantity", 18, unit="жас")
    d = g.span("150-160 доллар")
    d.update(kind="money", value=150, value_max=160, unit="USD", approx=None)
    g.data["quantities"].append(d)
    g.tmp("қазір", "relative", "PRESENT_REF")
    g.qty("100 доллардан", "money", 100, unit="USD")
    g.ent("Дәурен Темірбеков", "PERSON", n=2)
    g.qty("160 доллар", "money", 160, unit="USD", after="есептеулер бойынша")
    g.ent("Президент", "POSITION")
    g.tmp("2022 жылы 1 қарашада", "date", "2022-11-01")
    g.qty("6 400 000", "cardinal", 6400000, unit="бала")
    g.tmp("Бүгінде", "relative", "PRESENT_REF")
    g.qty("6 917 000", "cardinal", 6917000, unit="бала")
    g.qty("695 млн доллар", "money", 695000000, unit="USD")
    g.qty("100 доллар, 52 центтен", "money", 100.52, unit="USD")
    g.ent("вице-министр", "POSITION", "Қаржы вице-министрі", after="жауап берді")
    g.quote("Қаржы вице-министрі Дәурен Темірбеков «Ұлттық қор – балаларға» жобасы аясында балалардың шотына неге уәде етілгеннен аз қаражат түскенін түсіндіріп берді",
            None, "деп хабарлайды", kind="indirect", speaker_entity="kazaknews")
    g.quote("осыған дейінгі есептеулер бойынша 160 доллар түсуі тиіс болғанын", "Дәурен Темірбеков", "жоққа шығармады",
            kind="indirect")
    g.quote("Президент 2022 жылы 1 қарашада тапсырма берді. Сол кездегі есептеулерге сәйкес, балалардың саны 6 400 000 болатын. Бүгінде балалардың саны – 6 917 000. Бөлініп жатқан қаражаттың сомасы – 695 млн доллар. Оны енді балалардың санына бөлсек, 100 доллар, 52 центтен шығып тұр",
            "Дәурен Темірбеков", "деп жауап берді")
    g.announce(headline=None, issuer="Қаржы министрлігі", outlet="kazaknews", published=None, place=None,
               main_event=None)
    upgrade_note(g)
    g.person("Дәурен Темірбеков", ["Қаржы вице-министрі"],
             [("Дәурен Темірбеков", 1), ("Дәурен Темірбеков", 2)])
    return g.save()


def turkistan_akim():
    g = Gold("turkistan-akim-zhetisai-meeting", None,
             publisher="Turkistan region akimat (the akim's meeting with Zhetisai district residents)", publisher_kind="akimat",
             url="https://bozyq.kz/?p=12090", published=None, outlet="bozyq.kz", text_kind="report",
             outlet_name="bozyq.kz (district newspaper)")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("Publication date not shown: reference_date null; the text has no time expressions. The stored copy's last sentence (an e-service name in mixed Latin/Cyrillic letters that could not be verified) and the comment form were left out.")
    g.note("'ТҮРКІСТАН ОБЛЫСЫНЫҢ ӘКІМІ' / 'Түркістан облысының әкімі' = POSITION (nested GPE 'Түркістан', admin word 'облысы' left out); 'Облыс әкімі', 'облыс әкімі' = POSITION normalized 'Түркістан облысының әкімі'. 'Жетісай ауданында' -> GPE 'Жетісай'; 'Жетісайда' -> 'Жетісай'. «Ауыл аманаты» = PROJECT.")
    g.note("Quantities: money with the inflected currency word ('1 млрд теңгеге' 1e9 KZT, '107,9 млрд теңгеге', '184 млрд теңгеге'); '200' cardinal (unit жоба); '3,6%' percent 3.6.")
    g.note("Events: one cluster c1, the meeting (past): headline 'КЕЗДЕСТІ', body 'кездесіп' (Жетісай ауданы) and the re-mention 'Кездесу барысында' (added in 1.1). 'Жеке қабылдауға келген' (citizens came to a reception; no occurrence asserted for it) is left out as in 1.0; '200 жоба қаржыландырылмақ' is funding, not an event.")
    g.note("Quotes: no direct quotes. Indirect: '... көмек көрсету қажеттігін атап өтті' and '... шешім табылатынын айтты' (speaker Нұралхан Көшеров, 'Облыс әкімі'/'облыс әкімі'; the addressee 'оларға' is left out of the span). Announcement: the text names no issuer; issuer = the regional akimat whose akim held the meeting (text: the district newspaper's report).")
    g.ent("ТҮРКІСТАН ОБЛЫСЫНЫҢ ӘКІМІ", "POSITION", "Түркістан облысының әкімі")
    g.nested("ТҮРКІСТАН", "GPE", "Түркістан")
    g.ent("Түркістан облысының әкімі", "POSITION")
    g.nested("Түркістан", "GPE")
    g.ent("Нұралхан Көшеров", "PERSON")
    g.ent("Жетісай", "GPE", n=1)
    g.ent("Облыс әкімі", "POSITION", "Түркістан облысының әкімі")
    g.ent("Ауыл аманаты", "PROJECT")
    g.qty("1 млрд теңгеге", "money", 1000000000, unit="KZT")
    g.qty("200", "cardinal", 200, unit="жоба")
    g.ent("Жетісайда", "GPE", "Жетісай")
    g.qty("107,9 млрд теңгеге", "money", 107900000000, unit="KZT")
    g.qty("3,6%", "percent", 3.6)
    g.qty("184 млрд теңгеге", "money", 184000000000, unit="KZT")
    g.ent("облыс әкімі", "POSITION", "Түркістан облысының әкімі")
    g.ev("meeting", "КЕЗДЕСТІ", "past", None, None, None, cluster="c1",
         participants=["ТҮРКІСТАН ОБЛЫСЫНЫҢ ӘКІМІ", "АУДАН ХАЛҚЫМЕН"])
    g.ev("meeting", "кездесіп", "past", None, "Жетісай ауданы", None, cluster="c1",
         participants=["Нұралхан Көшеров", "тұрғындармен"])
    g.ev("meeting", "Кездесу", "past", None, None, None, cluster="c1", participants=["тұрғындар", "облыс әкімі"])
    g.quote("ауыл шаруашылығын дамыту, саланы әртараптандыру және жұмысшыларға көмек көрсету қажеттігін",
            "Нұралхан Көшеров", "атап өтті", kind="indirect")
    g.quote("заң аясында шешім табылатынын", "Нұралхан Көшеров", "айтты", kind="indirect")
    g.announce(headline="ТҮРКІСТАН ОБЛЫСЫНЫҢ ӘКІМІ АУДАН ХАЛҚЫМЕН КЕЗДЕСТІ", issuer="Түркістан облысының әкімдігі",
               outlet="bozyq.kz", published=None, place=None, main_event="c1")
    upgrade_note(g)
    g.person("Нұралхан Көшеров", ["Түркістан облысының әкімі"], [("Нұралхан Көшеров",)])
    return g.save()


def confiscated_funds():
    g = Gold("finance-confiscated-funds-schools", "2023-03-02",
             publisher="Ministry of Finance of Kazakhstan (the Deputy PM - Finance Minister at a briefing in the Senate)",
             publisher_kind="ministry",
             url="https://sputnik.kz/amp/20230302/ministr-zhemqorlardan-tarkilengen-somany-zhariyalady-32615798.html",
             published="2023-03-02", outlet="Sputnik Қазақстан", text_kind="report")
    for s in COMMON_NOTES:
        g.note(s)
    g.note("reference_date 2023-03-02 from the dateline ('АСТАНА, 2 наурыз') and the page address. Rubric ('Экономика'), byline ('Sputnik') and two related-article links at the end were dropped as page chrome.")
    g.note("'Премьер-министрдің орынбасары - қаржы министрі' = one POSITION (one office written with a dash; its parts nested), as in osce-chair-visit-announcement; headline 'Министр' and 'Министрдің' = POSITION normalized to it. 'оқу-ағарту министрлігінен', 'сенатта', 'республикалық бюджет комиссиясының' are lowercase but name unique bodies: ORGANISATION (normalized capitalised). 'Sputnik', 'Sputnik Қазақстан' = ORGANISATION; 'АСТАНА' = GPE.")
    g.note("Quantities: 'шамамен, 120 миллиард теңге' -> money 120e9 KZT approx about (span = the amount; the approximator is separated by a comma); 'үш' (shifts) cardinal 3. Temporals: '2 наурыз' 2023-03-02; 'Бүгінде', 'Қазіргі кезде' -> 2023-03-02.")
    g.note("Events: c1 = the briefing in the Senate ('сенатта өткен брифингте', past). School repairs and construction are planned work, not events; opening the special account ('есепшот ашылған') is not a happening. Quote: ASCII \"...\" followed by ', - деді Жамаубаев' -> speaker Ерұлан Жамаубаев.")
    g.note("Indirect quotes: the lead '..., деп хабарлайды Sputnik Қазақстан тілшісі' (speaker_entity the outlet's correspondent) and 'Министрдің айтуынша, ...' (speaker Ерұлан Жамаубаев; span = that sentence's clause only: the next sentence has no attribution). Announcement: dateline 'АСТАНА, 2 наурыз — Sputnik' -> place Астана, outlet Sputnik Қазақстан, issuer the Ministry of Finance.")
    g.ent("Министр", "POSITION", "Премьер-министрдің орынбасары - қаржы министрі")
    g.ent("АСТАНА", "GPE", "Астана")
    g.tmp("2 наурыз", "date", "2023-03-02")
    g.ent("Sputnik", "ORGANISATION", n=1)
    g.ent("Премьер-министрдің орынбасары - қаржы министрі", "POSITION")
    g.nested("Премьер-министрдің орынбасары", "POSITION", "Премьер-министрдің орынбасары")
    g.nested("қаржы министрі", "POSITION", "Қаржы министрі")
    g.ent("Ерұлан Жамаубаев", "PERSON")
    g.ent("Sputnik Қазақстан", "ORGANISATION")
    g.nested("Қазақстан", "GPE", after="Sputnik Қазақстан")
    g.tmp("Бүгінде", "relative", "2023-03-02")
    g.tmp("Қазіргі кезде", "relative", "2023-03-02")
    g.qty("120 миллиард теңге", "money", 120000000000, unit="KZT", approx="about")
    g.ent("оқу-ағарту министрлігінен", "ORGANISATION", "Оқу-ағарту министрлігі")
    g.qty("үш", "cardinal", 3, unit="ауысым")
    g.ent("Жамаубаев", "PERSON", "Ерұлан Жамаубаев", after="деді Жамаубаев")
    g.ent("сенатта", "ORGANISATION", "Сенат")
    g.ent("Министрдің", "POSITION", "Премьер-министрдің орынбасары - қаржы министрі")
    g.ent("республикалық бюджет комиссиясының", "ORGANISATION", "Республикалық бюджет комиссиясы")
    g.ev("briefing", "брифингте", "past", None, "Сенат", None, cluster="c1", participants=["Жамаубаев"])
    g.quote("Премьер-министрдің орынбасары - қаржы министрі Ерұлан Жамаубаев жемқорлардан тәркіленген соманы жариялады",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Sputnik Қазақстан тілшісі")
    g.quote("Қазіргі кезде ол есепшотта, шамамен, 120 миллиард теңге жиналды. Біз оқу-ағарту министрлігінен өтінімдерді күтіп отырмыз. Алдымен үш ауысыммен оқитын мектептер жөнделеді. Ағымдағы жөндеу жұмыстары бар, мектепті кеңейту үшін қосымша құрылыс салынады. Есепшоттағы ақша ең бірінші соған жұмсалады",
            "Ерұлан Жамаубаев", "деді")
    g.quote("барлық өтінім республикалық бюджет комиссиясының қарауына шығарылады", "Ерұлан Жамаубаев", "айтуынша",
            kind="indirect")
    g.announce(headline="Министр жемқорлардан тәркіленген соманы жариялады", issuer="Қаржы министрлігі",
               outlet="Sputnik Қазақстан", published="2023-03-02", place="Астана", main_event="c1")
    upgrade_note(g)
    g.person("Ерұлан Жамаубаев", ["Премьер-министрдің орынбасары - қаржы министрі"],
             [("Ерұлан Жамаубаев",), ("Жамаубаев", 1, "деді Жамаубаев")])
    return g.save()


if __name__ == "__main__":
    import sys
    build([abai_museum, nauryznama, republic_day, bokey_orda, muz_fest, aktobe_akim, kulan_nauryz,
           osce_visit, oic_2011, president_visits, art_museum, ccs_branch,
           flood_funds, national_fund, turkistan_akim, confiscated_funds], sys.argv[1:])
