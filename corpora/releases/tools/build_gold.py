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


if __name__ == "__main__":
    import sys
    for fn in [abai_museum]:
        print(fn())
