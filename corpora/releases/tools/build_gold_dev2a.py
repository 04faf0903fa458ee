"""Build the *.gold.json files of the dev additions of 2026-12-08 by annotator dev2a (state bodies).

Each function writes one document's gold from the text alone (blind: no presskz run), by
anchor text + occurrence, resolved and asserted by goldlib.
Run: cd corpora/releases/tools && python3 build_gold_dev2a.py
Sources: corpora/releases/sources_dev2a.tsv; conventions: corpora/releases/GUIDELINES.md and
the README's "Conventions settled by the agreement study".
"""
from goldlib import Gold

COMMON_NOTES = [
    "Schema 1.1 gold written blind from the text (GUIDELINES.md, README 'Conventions settled by the agreement study'); offsets by anchor search in tools/build_gold_dev2a.py, asserted by goldlib. Dev additions of 2026-12-08, annotator dev2a (state bodies).",
    "Settled conventions followed (where wave-3 files differ, the agreement-study settlement wins): a body's press service is one ORGANISATION span with the body nested; 'X өкілі / X директоры' is one POSITION with the body nested; demonyms are flat NORP; outlet credit lines ('..., деп хабарлайды Zakon.kz', also '... BAQ.KZ ... сілтеме жасап') are indirect quotes with the outlet as speaker_entity; a court building where something happens is FACILITY; holidays and anniversaries named as a dedication ('... 30 жылдығына арналды') are not event mentions.",
    "Wave-3 conventions kept: unquoted street names keep the generic noun in a FACILITY span ('Абай көшесі'); an unnamed or lowercase body without a proper name or acronym ('облыстық мемлекеттік кірістер департаменті', 'аудандық мәслихат') is an optional_entity, one with a proper name or acronym ('СҚО төтенше жағдайлар департаменті') is flat; concepts and programmes in or out of quotes ('Заң мен тәртіп' тұжырымдамасы / қағидасы) are PROJECT; social networks (Facebook, YouTube) are PRODUCT; named prizes, titles, honours and ratings are MISCELLANEOUS.",
    "Agenda titles and titles of draft decisions in quotes (maslikhat sessions) are not names (as the Syrdarya apparatus meeting): bodies and places inside them are annotated as usual, and dates inside them are temporals; document numbers ('№29/3-VIII', article '10-бабына', house '83') are neither quantities nor temporals.",
    "Speeches, reports ('баяндама жасады'), greetings and live broadcasts inside an event are not separate events; a personal reception of citizens ('азаматтарды қабылдады', 'көшпелі қабылдау') is a meeting. A re-mention whose own clause has no finite tense ('Кездесудің негізгі мақсаты ...', a headline without a verb) has status unknown.",
    "Maslikhats (local representative bodies) get publisher_kind 'parliament' (goldlib has no maslikhat kind); a department of a regional akimat (health department) gets 'akimat'; a regional department of a ministry's committee (State Revenue Department) gets 'ministry', as regional departments of agencies keep their agency's kind.",
]


def new(doc_id, ref, **meta):
    g = Gold(doc_id, ref, **meta)
    for s in COMMON_NOTES:
        g.note(s)
    return g


def karaganda_police_photo_exhibition():
    g = new("karaganda-police-law-order-photo-exhibition", "2025-09-26",
            publisher="Karaganda regional police department", publisher_kind="police",
            url="https://baq.kz/qaragandyda-zan-men-tartip-fotokormesi-otti-200022179/",
            published="2025-09-26", outlet="BAQ.KZ", text_kind="release")
    g.note("reference_date = the page date (2025-09-26). No headline in the stored copy (page address: 'Қарағандыда «Заң мен тәртіп» фотокөрмесі өтті'). The stored copy stops mid-sentence in the fourth paragraph ('Іс-шара барысында ...'); the text ends at the last complete sentence.")
    g.note("\"Заң мен тәртіп\" фотокөрмесі -> EVENT 'Заң мен тәртіп' (exhibition title inside the quotes) and title of c1; «Заң мен тәртіп» қағидасы (inside the quote) = PROJECT (the state concept). «Арлан» арнайы жасағы = ORGANISATION 'Арлан'. 'Қарағанды облысы ПД баспасөз қызметіне' = one ORGANISATION (nested 'Қарағанды облысы ПД'); 'Департаменттің' (anaphoric) optional ORGANISATION.")
    g.note("Events: the photo exhibition c1 (exhibition): lead 'фотокөрмесі ұйымдастырылды' (past), 'Көрмеге ... қойылды' (past), 'Экспозицияда ... бейнеленген' (past; the exposition of the same exhibition), 'Көрменің басты мақсаты' inside the quote (no finite tense: unknown). '2005 жылдан бергі' = range 2005-01-01/2025-09-26.")
    g.note("Quotes: the lead with '..., деп хабарлайды BAQ.KZ Қарағанды облысы ПД баспасөз қызметіне сілтеме жасап' is indirect with the outlet as speaker_entity (README settled convention; precedent astana-republic-day-concert). The paragraph of speech closed by ', - деді ... Батырхан Смаилов' is one direct quote (it opens its line).")
    g.ent("Қарағандыдағы", "GPE", "Қарағанды")
    g.ent("Орталық мәдениет және демалыс саябағында", "FACILITY", "Орталық мәдениет және демалыс саябағы")
    g.ent("Заң мен тәртіп", "EVENT", n=1)
    g.ent("BAQ.KZ", "ORGANISATION")
    g.ent("Қарағанды облысы ПД баспасөз қызметіне", "ORGANISATION", "Қарағанды облысы ПД баспасөз қызметі")
    g.nested("Қарағанды облысы ПД", "ORGANISATION", "Қарағанды облысы Полиция департаменті")
    g.nested("Қарағанды", "GPE", after="BAQ.KZ")
    g.optional("Департаменттің", "ORGANISATION", "Қарағанды облысы Полиция департаменті")
    g.ent("Арлан", "ORGANISATION")
    g.ent("Заң мен тәртіп", "PROJECT", n=2)
    P = "ПД баспасөз қызметінің ерекше тапсырмалар жөніндегі аға инспекторы"
    g.ent(P, "POSITION", "Қарағанды облысы " + P)
    g.nested("ПД баспасөз қызметінің", "ORGANISATION", "Қарағанды облысы ПД баспасөз қызметі", after="деді")
    g.ent("Батырхан Смаилов", "PERSON")
    g.qty("30-дан астам", "cardinal", 30, unit="фотосурет", approx="more_than")
    g.tmp("2005 жылдан бергі", "range", "2005-01-01/2025-09-26")
    W = "Қарағандыдағы Орталық мәдениет және демалыс саябағында"
    g.ev("exhibition", "фотокөрмесі", "past", None, W, "Заң мен тәртіп", cluster="c1")
    g.ev("exhibition", "Көрмеге", "past", None, None, None, cluster="c1", amounts=["30-дан астам"])
    g.ev("exhibition", "Экспозицияда", "past", None, None, None, cluster="c1")
    g.ev("exhibition", "Көрменің", "unknown", None, None, None, cluster="c1")
    g.quote("Қарағандыдағы Орталық мәдениет және демалыс саябағында полиция қызметкерлерінің жұмысына арналған \"Заң мен тәртіп\" фотокөрмесі ұйымдастырылды",
            None, "деп хабарлайды", kind="indirect", speaker_entity="BAQ.KZ")
    g.quote("Көрменің басты мақсаты — заңды және оны қорғап жүрген адамдарды құрметтеуді арттыру. Бұл фотосуреттер 2005 жылдан бергі полиция қызметінің маңызды сәттерін көрсетеді. Біз «Заң мен тәртіп» қағидасының мәнін ашатын үздік кадрларды таңдадық",
            "Батырхан Смаилов", "деді")
    g.person("Батырхан Смаилов", ["Қарағанды облысы " + P], [("Батырхан Смаилов",)])
    g.announce(headline=None, issuer="Қарағанды облысы Полиция департаменті", outlet="BAQ.KZ",
               published="2025-09-26", place=None, main_event="c1")
    return g.save()


def akmola_prosecutor_reception():
    g = new("akmola-prosecutor-mobile-reception", "2025-08-22",
            publisher="Akmola regional prosecutor's office", publisher_kind="prosecutor",
            url="https://arka-azhary.kz/2025/08/22/%D0%B0%D2%9B%D0%BC%D0%BE%D0%BB%D0%B0-%D0%BE%D0%B1%D0%BB%D1%8B%D1%81%D1%8B%D0%BD%D1%8B%D2%A3-%D0%BF%D1%80%D0%BE%D0%BA%D1%83%D1%80%D0%B0%D1%82%D1%83%D1%80%D0%B0%D1%81%D1%8B-%D0%B0%D0%B7%D0%B0%D0%BC/",
            published="2025-08-22", outlet="arka-azhary.kz", text_kind="release")
    g.note("The page shows no date line; the page address (2025/08/22) and the text ('2025 жылғы 22 тамызда') agree: reference_date = published = 2025-08-22 (from the address). No headline in the stored copy. The last sentence of the stored copy stops mid-word; the text ends at the last complete paragraph. Missing spaces of the source kept ('мақсаты-халықпен').")
    g.note("Events: the mobile reception c1 (meeting: officials receiving citizens) at 'көшпелі қабылдау жүргізді' (past), 'Іс-шара ... өткізілді' (past), 'Кездесуге келген' (past), and inside the quote 'Бүгінгі іс-шара ... ұйымдастырылып' (past), 'Кездесудің негізгі мақсаты' (no tense: unknown), 'Кездесу ... өтуде' (ongoing). 'Конституциясының 30 жылдығына арналды' is a dedication (no event); '30 жылдығына' = duration P30Y.")
    g.note("«РИО» сауда ойын-сауық орталығы = FACILITY 'РИО'. 'Конституциясының' = LAW. 'Заң мен тәртіп' (unquoted) and «Заң және тәртіп» тұжырымдамасы = PROJECT. The colon-led quote 'Пернебек Нұрсұлтан: «...»' is direct with verb null.")
    g.ent("Ақмола облысының прокуратурасы", "ORGANISATION")
    g.nested("Ақмола", "GPE", n=1)
    g.ent("РИО", "FACILITY")
    g.ent("Қазақстан Республикасы Конституциясының", "LAW", "Қазақстан Республикасының Конституциясы")
    g.nested("Қазақстан Республикасы", "GPE")
    g.ent("Заң мен тәртіп", "PROJECT")
    g.ent("Ақмола облыстық прокуратурасының аға прокуроры", "POSITION")
    g.nested("Ақмола облыстық прокуратурасының", "ORGANISATION", "Ақмола облыстық прокуратурасы")
    g.nested("Ақмола", "GPE", n=2)
    g.ent("Пернебек Нұрсұлтан", "PERSON")
    g.ent("Заң және тәртіп", "PROJECT")
    g.ent("Конституциясының", "LAW", "Қазақстан Республикасының Конституциясы", after="еліміздің")
    g.tmp("2025 жылғы 22 тамызда", "date", "2025-08-22")
    g.tmp("30 жылдығына", "duration", "P30Y")
    g.tmp("Бүгінгі", "relative", "2025-08-22")
    g.ev("meeting", "қабылдау", "past", "2025 жылғы 22 тамызда", "«РИО» сауда ойын-сауық орталығында", None, cluster="c1",
         participants=["Ақмола облысының прокуратурасы", "уәкілетті органдар", "азаматтар"])
    g.ev("meeting", "Іс-шара", "past", None, None, None, cluster="c1")
    g.ev("meeting", "Кездесуге", "past", None, None, None, cluster="c1",
         participants=["азаматтар", "прокуратура және мемлекеттік органдардың өкілдері"])
    g.ev("meeting", "іс-шара", "past", "Бүгінгі", None, None, after="«Бүгінгі", cluster="c1")
    g.ev("meeting", "Кездесудің", "unknown", None, None, None, cluster="c1")
    g.ev("meeting", "Кездесу", "ongoing", None, None, None, after="беру. ", cluster="c1")
    g.quote("Бүгінгі іс-шара «Заң және тәртіп» тұжырымдамасы аясында ұйымдастырылып, еліміздің Конституциясының мерейтойына орайластырылды. Кездесудің негізгі мақсаты-халықпен тығыз қарым-қатынас орнату және салық, тұрғын үй, жер қатынастары және басқа да әлеуметтік тақырыптар бойынша құқықтық түсініктемелер беру. Кездесу ашық диалог форматында өтуде",
            "Пернебек Нұрсұлтан", None)
    g.person("Пернебек Нұрсұлтан", ["Ақмола облыстық прокуратурасының аға прокуроры"], [("Пернебек Нұрсұлтан",)])
    g.announce(headline=None, issuer="Ақмола облысының прокуратурасы", outlet="arka-azhary.kz",
               published="2025-08-22", place=None, main_event="c1")
    return g.save()


DOCS = [karaganda_police_photo_exhibition, akmola_prosecutor_reception]


def main():
    for f in DOCS:
        print(f())


if __name__ == "__main__":
    main()
