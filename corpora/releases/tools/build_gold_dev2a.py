"""Build the *.gold.json files of the dev additions of 2026-12-08 by annotator dev2a (state bodies).

Each function writes one document's gold from the text alone (blind: no presskz run), by
anchor text + occurrence, resolved and asserted by goldlib.
Run: cd corpora/releases/tools && python3 build_gold_dev2a.py
Sources: corpora/releases/sources_dev2a.tsv; conventions: corpora/releases/GUIDELINES.md and
the README's "Conventions settled by the agreement study".
Long lines are exact source text and notes (spans must match the text verbatim).
"""
# ruff: noqa: E501
from goldlib import Gold, build

COMMON_NOTES = [
    "Schema 1.1 gold written blind from the text (GUIDELINES.md, README 'Conventions settled by the agreement study'); offsets by anchor search in tools/build_gold_dev2a.py, asserted by goldlib. Dev additions of 2026-12-08, annotator dev2a (state bodies).",
    "Settled conventions followed (where wave-3 files differ, the agreement-study settlement wins): a body's press service is one ORGANISATION span with the body nested; 'X өкілі / X директоры' is one POSITION with the body nested; demonyms are flat NORP; outlet credit lines ('..., деп хабарлайды Zakon.kz', also '... BAQ.KZ ... сілтеме жасап') are indirect quotes with the outlet as speaker_entity; a court building where something happens is FACILITY; holidays and anniversaries named as a dedication ('... 30 жылдығына арналды') are not event mentions.",
    "Wave-3 conventions kept: unquoted street names keep the generic noun in a FACILITY span ('Абай көшесі'); an unnamed or lowercase body without a proper name or acronym ('облыстық мемлекеттік кірістер департаменті', 'аудандық мәслихат') is an optional_entity, one with a proper name or acronym ('СҚО төтенше жағдайлар департаменті') is flat; concepts and programmes in or out of quotes ('Заң мен тәртіп' тұжырымдамасы / қағидасы) are PROJECT; social networks (Facebook, YouTube) are PRODUCT; named prizes, titles, honours and ratings are MISCELLANEOUS.",
    "Agenda titles and titles of draft decisions in quotes (maslikhat sessions) are not names (as the Syrdarya apparatus meeting): bodies and places inside them are annotated as usual, and dates inside them are temporals; document numbers ('№29/3-VIII', article '10-бабына', house '83') are neither quantities nor temporals.",
    "Speeches, reports ('баяндама жасады'), greetings and live broadcasts inside an event are not separate events; a personal reception of citizens ('азаматтарды қабылдады', 'көшпелі қабылдау') is a meeting. A re-mention whose own clause has no finite tense ('Кездесудің негізгі мақсаты ...', a headline without a verb) has status unknown.",
    "Maslikhats (local representative bodies) get publisher_kind 'parliament' (goldlib has no maslikhat kind); a department of a regional akimat (health department) gets 'akimat'; a regional department of a ministry's committee (State Revenue Department) gets 'ministry', as regional departments of agencies keep their agency's kind.",
]


def new(doc_id, ref, **meta):
    return Gold(doc_id, ref, notes=COMMON_NOTES, **meta)


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


def sko_emergency_bulaevo_rescue():
    g = new("sko-emergency-bulaevo-fire-rescue", "2026-02-21",
            publisher="North Kazakhstan regional Department of Emergency Situations", publisher_kind="emergency",
            url="https://kaz.zakon.kz/kogam-tynysy/6077032-soda-rt-sndrushler-keyuanany-azhaldan-aman-alyp-aldy.html",
            published="2026-02-21", outlet="Zakon.kz", text_kind="release")
    g.note("reference_date = the page date (2026-02-21). Page chrome dropped: the date/rubric lines ('#Референдум-2026', 'Қоғам'), the repeated headline with its photo caption ('..., сурет - Zakon.kz жаңалық 21.02.2026 11:11 Сурет: Zakon.kz'). The blank lines between paragraphs are the stored copy's. The stored copy ends at a complete sentence.")
    g.note("Events: c1 = the rescue of the old woman (other): headline 'аман алып қалды' (past) and 'әйелді ... таза ауаға алып шыққан' (past, participants the firefighters). c2 = the fire (incident): 'төтенше жағдай' in the lead (past), 'еден өртеніп' (past), 'өрттің шығуына' (past), 'оқиға орнына' (the incident, past), 'өртті сөндіруге' (past), 'Өрт ... сөндірілді' (past). The calls ('хабарласып', 'шақырған') are not events. main_event = c1 (the headline).")
    g.note("'2026 жылғы 20 ақпан кешінде' = datetime 2026-02-20TEV; read as the time of the fire (the department's statement follows it), so it is the `when` of the mention 'өрттің'. '80 жастағы' = quantity 80 (unit жас, as '18 жасқа' in earlier gold); 'екі минут ішінде' = duration PT2M. 'СҚО-да' (headline) -> GPE 'СҚО'; 'СҚО төтенше жағдайлар департаменті' = flat ORGANISATION (acronym).")
    g.note("Quotes: the lead '..., деп хабарлайды Zakon.kz' is indirect with the outlet as speaker_entity (settled convention); 'ТЖД ... себеп болғанын мәлімдеді' is indirect with the department as speaker_entity (span ends with the accusative verb form).")
    g.ent("СҚО-да", "GPE", "СҚО")
    g.ent("Солтүстік Қазақстан", "GPE")
    g.ent("Булаево", "GPE")
    g.ent("Zakon.kz", "ORGANISATION")
    g.ent("СҚО төтенше жағдайлар департаменті", "ORGANISATION", "Солтүстік Қазақстан облысының Төтенше жағдайлар департаменті")
    g.nested("СҚО", "GPE", after="кешінде")
    g.qty("80 жастағы", "quantity", 80, unit="жас")
    g.tmp("2026 жылғы 20 ақпан кешінде", "datetime", "2026-02-20TEV")
    g.tmp("екі минут ішінде", "duration", "PT2M")
    g.ev("other", "алып қалды", "past", None, "СҚО-да", None, cluster="c1", participants=["өрт сөндірушілер"])
    g.ev("incident", "төтенше жағдай", "past", None, "Солтүстік Қазақстан облысының Булаево қаласында", None, cluster="c2")
    g.ev("incident", "өртеніп", "past", None, "Тұрғын үйдегі пәтердің ас бөлмесінде", None, cluster="c2")
    g.ev("incident", "өрттің", "past", "2026 жылғы 20 ақпан кешінде", None, None, cluster="c2")
    g.ev("incident", "оқиға", "past", None, None, None, after="Қоңыраудан", cluster="c2")
    g.ev("other", "алып шыққан", "past", None, None, None, cluster="c1", participants=["өрт сөндірушілер"])
    g.ev("incident", "өртті", "past", None, None, None, after="шыққан және", cluster="c2")
    g.ev("incident", "Өрт", "past", None, "шағын аумақта", None, after="кіріскен.", cluster="c2")
    g.quote("Солтүстік Қазақстан облысының Булаево қаласында болған төтенше жағдай қайғылы жағдаймен аяқталуы мүмкін еді",
            None, "деп хабарлайды", kind="indirect", speaker_entity="Zakon.kz")
    g.quote("өрттің шығуына пеш үстінде қалған тамақ пен өшірілмеген газ себеп болғанын", None, "мәлімдеді", kind="indirect",
            speaker_entity="Солтүстік Қазақстан облысының Төтенше жағдайлар департаменті")
    g.announce(headline="СҚО-да өрт сөндірушілер кейуананы ажалдан аман алып қалды",
               issuer="Солтүстік Қазақстан облысының Төтенше жағдайлар департаменті", outlet="Zakon.kz",
               published="2026-02-21", place=None, main_event="c1")
    return g.save()


def akmola_court_korgalzhyn_seminar():
    g = new("akmola-court-korgalzhyn-mediation-seminar", "2017-04-18",
            publisher="Akmola regional court", publisher_kind="court",
            url="https://arka-azhary.kz/2017/04/18/kelisim-de-kerek/",
            published="2017-04-18", outlet="arka-azhary.kz", text_kind="release")
    g.note("Signed 'Облыстық соттың баспасөз қызметі. / Қорғалжын ауданы.' in the Akmola regional paper «Арқа ажары»: the publisher is the Akmola regional court's press service. The page shows no date line; reference_date = published = 2017-04-18 from the page address. Comment form and 'Өзге де жаңалықтар' dropped; the double space ('бойынша  ұсақ-түйек') and the trailing spaces after the signature are the stored copy's.")
    g.note("'Қорғалжын аудандық сотында семинар өтті' -> FACILITY 'Қорғалжын аудандық соты' (settled convention: a court building where something happens); 'Аудандық соттың төрайымы' = POSITION normalized with the district. 'Облыстық соттың баспасөз қызметі' (signature, region not named in the text) = optional ORGANISATION. The signature place 'Қорғалжын ауданы.' -> GPE 'Қорғалжын' and announcement.place 'Қорғалжын' (the report's place line, the only place line of the text).")
    g.note("Events: one seminar c1 (seminar): 'семинар өтті' (past, when 'Таяуда'), 'өткізген семинарда ... әңгіме болды' (past), 'семинар барысында' (past). The pilot project ('қанатқақты жоба жүзеге асырылуда') is a process, not an event. Temporals: 'Қазір', 'әзірге' = the publication day; 'Таяуда' = PAST_REF.")
    g.ent("Қорғалжын аудандық сотында", "FACILITY", "Қорғалжын аудандық соты")
    g.nested("Қорғалжын", "GPE", n=1)
    g.ent("Аудандық соттың төрайымы", "POSITION", "Қорғалжын аудандық сотының төрайымы")
    g.ent("Х.Кембаева", "PERSON")
    g.optional("Облыстық соттың баспасөз қызметі", "ORGANISATION", "Ақмола облыстық сотының баспасөз қызметі")
    g.ent("Қорғалжын", "GPE", n=2)
    g.tmp("Қазір", "relative", "2017-04-18")
    g.tmp("Таяуда", "relative", "PAST_REF")
    g.tmp("әзірге", "relative", "2017-04-18")
    g.ev("seminar", "семинар", "past", "Таяуда", "Қорғалжын аудандық сотында", None, n=1, cluster="c1")
    g.ev("seminar", "семинарда", "past", None, None, None, cluster="c1", participants=["Х.Кембаева"])
    g.ev("seminar", "семинар", "past", None, None, None, after="маңыздылығы", cluster="c1")
    g.person("Х.Кембаева", ["Қорғалжын аудандық сотының төрайымы"], [("Х.Кембаева",)])
    g.announce(headline="Келісім де керек", issuer="Ақмола облыстық соты", outlet="arka-azhary.kz",
               published="2017-04-18", place="Қорғалжын", main_event="c1")
    return g.save()


def markakol_maslikhat_session():
    g = new("markakol-maslikhat-extraordinary-session", None,
            publisher="Markakol district maslikhat (East Kazakhstan region)", publisher_kind="parliament",
            url="https://www.gov.kz/memleket/entities/maslihat-markakol/press/news/details/1178013?lang=kk",
            published=None, outlet=None, text_kind="release")
    g.note("The maslikhat's own gov.kz page; no date and no headline in the stored copy: reference_date null, 'ағымдағы жылдың 27 ақпанында' -> XXXX-02-27 (the year is not written; the amended decisions of 2025 suggest 2026, but it is not stated). The leading empty line of the stored copy dropped.")
    g.note("The two agenda titles in guillemets are titles of draft decisions, not names (COMMON_NOTES): 'Марқакөл ауданы мәслихатының' inside them is ORGANISATION, 'Марқакөл ауданының' / 'Марқакөл ауданы бойынша' GPE, the decisions' dates are temporals, '№29/3-VIII', '№23/12-VIII' nothing. 'аудандық мәслихаттың' (x2, lowercase) optional ORGANISATION. 'YouTube' = PRODUCT. 'В.А. Новоселова' holds 'басшысының міндетін атқарушысы' -> position normalized '... міндетін атқарушы'.")
    g.note("Events: one session c1 (session): 'сессиясы өтті' (past, when/where as written), 'сессия отырысы ... көрсетілді' (past). The reports ('баяндама жасады'), the decisions taken and the live broadcast are not separate events. Ordinals: 'отыз жетінші' (37, сессия), 'бірінші', 'Екінші' (мәселе).")
    g.ent("Марқакөл", "GPE", n=1)
    g.optional("аудандық мәслихаттың", "ORGANISATION", "Марқакөл ауданының мәслихаты", n=1)
    g.ent("Марқакөл ауданы мәслихатының", "ORGANISATION", "Марқакөл ауданының мәслихаты", after="бірінші мәселе")
    g.nested("Марқакөл", "GPE", after="бірінші мәселе")
    g.ent("Марқакөл", "GPE", after="«Марқакөл ауданының учаскелік")
    g.ent("Марқакөл ауданы мәслихатының төрағасы", "POSITION", "Марқакөл ауданы мәслихатының төрағасы")
    g.nested("Марқакөл ауданы мәслихатының", "ORGANISATION", "Марқакөл ауданының мәслихаты", after="туралы» бойынша")
    g.nested("Марқакөл", "GPE", after="туралы» бойынша")
    g.ent("М.Ж. Калелов", "PERSON")
    g.ent("Марқакөл ауданы мәслихатының", "ORGANISATION", "Марқакөл ауданының мәслихаты", after="Екінші мәселе")
    g.nested("Марқакөл", "GPE", after="Екінші мәселе")
    g.ent("Марқакөл", "GPE", after="«Марқакөл ауданы бойынша")
    P = "Марқакөл ауданының жер қатынастары бөлімі басшысының міндетін атқарушысы"
    g.ent(P, "POSITION", "Марқакөл ауданының жер қатынастары бөлімі басшысының міндетін атқарушы")
    g.nested("Марқакөл ауданының жер қатынастары бөлімі", "ORGANISATION")
    g.nested("Марқакөл", "GPE", after="шешіміне өзгерістер енгізу туралы» бойынша Марқакөл ауданының жер")
    g.ent("В.А. Новоселова", "PERSON")
    g.optional("аудандық мәслихаттың", "ORGANISATION", "Марқакөл ауданының мәслихаты", n=2)
    g.ent("YouTube", "PRODUCT")
    g.qty("отыз жетінші", "ordinal", 37, unit="сессия")
    g.qty("бірінші", "ordinal", 1, unit="мәселе")
    g.qty("Екінші", "ordinal", 2, unit="мәселе")
    g.tmp("ағымдағы жылдың 27 ақпанында", "date", "XXXX-02-27")
    g.tmp("2025 жылғы 30 қазандағы", "date", "2025-10-30")
    g.tmp("2025 жылғы 6 маусымдағы", "date", "2025-06-06")
    g.ev("session", "сессиясы", "past", "ағымдағы жылдың 27 ақпанында", "Марқакөл ауданында", None, n=1, cluster="c1")
    g.ev("session", "сессия", "past", None, None, None, after="Сондай-ақ", cluster="c1")
    g.person("М.Ж. Калелов", ["Марқакөл ауданы мәслихатының төрағасы"], [("М.Ж. Калелов",)])
    g.person("В.А. Новоселова", ["Марқакөл ауданының жер қатынастары бөлімі басшысының міндетін атқарушы"], [("В.А. Новоселова",)])
    g.announce(headline=None, issuer="Марқакөл ауданының мәслихаты", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def akmola_maslikhat_notice():
    g = new("akmola-maslikhat-session-notice", "2026-02-27",
            publisher="Akmola regional maslikhat", publisher_kind="parliament",
            url="https://arka-azhary.kz/2026/02/27/%D0%B0%D2%9B%D0%BC%D0%BE%D0%BB%D0%B0-%D0%BE%D0%B1%D0%BB%D1%8B%D1%81%D1%82%D1%8B%D2%9B-%D0%BC%D3%99%D1%81%D0%BB%D0%B8%D1%85%D0%B0%D1%82%D1%8B%D0%BD%D1%8B%D2%A3-%D0%B4%D0%B5%D0%BF%D1%83%D1%82%D0%B0-15/",
            published="2026-02-27", outlet="arka-azhary.kz", text_kind="release")
    g.note("The chair's official notice of a session, printed by the regional paper «Арқа ажары»; no headline and no date line in the stored copy: reference_date = published = 2026-02-27 from the page address. The Facebook link and the signature are kept as stored. The maslikhat is a body of its own (not the regional akimat).")
    g.note("«Қазақстан Республикасында жергілікті мемлекеттік басқару мен өзін-өзі басқару туралы» = LAW (inside the quotes, nested GPE); the following 'Қазақстан Республикасы' = GPE. «2026-2028 жылдарға арналған облыстық бюджет туралы» is the title of a draft decision, not a name: its '2026-2028 жылдарға' is a range temporal. 'Абай көшесі' = FACILITY (nested PERSON 'Абай'); '83', '10-бабына', '№ 8С-24-2' nothing. The URL is not an entity; 'Facebook' = PRODUCT.")
    g.note("Events: one future session c1 (session): 'сессиясы шақырылатынын' (future; when 'сағат 11.00-де' with its day, where 'Көкшетау қаласында (Абай көшесі, 83)'), 'Сессияның қарауына ... енгізіледі' (future), 'Сессияның онлайн-трансляциясы ... жүргізіледі' (future). Quote: the first-person '... шақырылатынын хабарлаймын' is indirect with speaker the signing chair; its span starts at the date (the legal basis '«...» Заңының 10-бабына сәйкес' is read as the basis of the notice, outside the reported clause).")
    g.ent("Қазақстан Республикасында жергілікті мемлекеттік басқару мен өзін-өзі басқару туралы", "LAW")
    g.nested("Қазақстан Республикасында", "GPE", "Қазақстан Республикасы")
    g.ent("Қазақстан Республикасы", "GPE", after="туралы»")
    g.ent("Көкшетау", "GPE")
    g.ent("Абай көшесі", "FACILITY")
    g.nested("Абай", "PERSON")
    A = "Ақмола облыстық мәслихатының"
    g.ent(A, "ORGANISATION", "Ақмола облыстық мәслихаты", n=1)
    g.nested("Ақмола", "GPE", n=1)
    g.ent(A, "ORGANISATION", "Ақмола облыстық мәслихаты", n=2)
    g.nested("Ақмола", "GPE", n=2)
    g.ent(A, "ORGANISATION", "Ақмола облыстық мәслихаты", n=3)
    g.nested("Ақмола", "GPE", n=3)
    g.ent("Facebook", "PRODUCT")
    g.ent("Бейбіт ЖҮСІПОВ", "PERSON", "Бейбіт Жүсіпов")
    g.ent("Ақмола облыстық мәслихатының төрағасы", "POSITION", "Ақмола облыстық мәслихатының төрағасы")
    g.nested(A, "ORGANISATION", "Ақмола облыстық мәслихаты", n=4)
    g.nested("Ақмола", "GPE", n=4)
    g.qty("сегізінші", "ordinal", 8, unit="шақырылым")
    g.qty("жиырма алтыншы", "ordinal", 26, unit="сессия")
    g.tmp("2026 жылғы 3 наурызда сағат 11.00-де", "datetime", "2026-03-03T11:00")
    g.tmp("2026-2028 жылдарға", "range", "2026/2028")
    g.tmp("2025 жылғы 10 желтоқсандағы", "date", "2025-12-10")
    g.ev("session", "сессиясы", "future", "2026 жылғы 3 наурызда сағат 11.00-де", "Көкшетау қаласында (Абай көшесі, 83)", None,
         n=1, cluster="c1", participants=["Ақмола облыстық мәслихаты"])
    g.ev("session", "Сессияның", "future", None, None, None, n=1, cluster="c1")
    g.ev("session", "Сессияның", "future", None, None, None, n=2, cluster="c1")
    g.quote("2026 жылғы 3 наурызда сағат 11.00-де Көкшетау қаласында (Абай көшесі, 83) сегізінші шақырылған Ақмола облыстық мәслихатының кезектен тыс жиырма алтыншы сессиясы шақырылатынын",
            "Бейбіт Жүсіпов", "хабарлаймын", kind="indirect")
    g.person("Бейбіт Жүсіпов", ["Ақмола облыстық мәслихатының төрағасы"], [("Бейбіт ЖҮСІПОВ",)])
    g.announce(headline=None, issuer="Ақмола облыстық мәслихаты", outlet="arka-azhary.kz",
               published="2026-02-27", place=None, main_event="c1")
    return g.save()


def wko_health_measles_briefing():
    g = new("wko-health-measles-briefing", None,
            publisher="West Kazakhstan regional health department", publisher_kind="akimat",
            url="https://www.gov.kz/memleket/entities/bko-densaulyk/press/news/details/1185486?lang=kk",
            published=None, outlet=None, text_kind="release")
    g.note("The department's own gov.kz page (entity 'bko-densaulyk'); the stored copy repeats the headline line (page title + headline): kept once as the headline. No date shown: reference_date null, 'Бүгін' -> PRESENT_REF.")
    g.note("'Өңірлік коммуникациялар алаңында' = FACILITY (as 'Орталық коммуникациялар алаңында' in earlier gold); 'қызылша', 'қызылшаның' = DISEASE. 'санитариялық-эпидемиологиялық бақылау департаменті' (lowercase, region not written with it) only inside the POSITION (nested ORGANISATION), both normalized with the region of the text.")
    g.note("Events: one briefing c1: headline 'брифинг өтті' (past, when 'Бүгін', where as written), 'Брифинг барысында ... тоқталды' (past, participants the two speakers), 'Іс-шара тікелей эфирде өтіп' (past). The speakers' information ('... туралы ақпарат беріп', topic-only) is not a quote.")
    g.ent("Өңірлік коммуникациялар алаңында", "FACILITY", "Өңірлік коммуникациялар алаңы")
    g.ent("Батыс Қазақстан", "GPE", n=1)
    g.ent("қызылша", "DISEASE", n=1)
    P1 = "Батыс Қазақстан облысы денсаулық сақтау басқармасы басшысының орынбасары"
    g.ent(P1, "POSITION")
    g.nested("Батыс Қазақстан облысы денсаулық сақтау басқармасы", "ORGANISATION")
    g.nested("Батыс Қазақстан", "GPE", n=2)
    g.ent("Айнаш Губайдуллина", "PERSON")
    P2 = "санитариялық-эпидемиологиялық бақылау департаменті басшысының орынбасары"
    g.ent(P2, "POSITION", "Батыс Қазақстан облысының " + P2)
    g.nested("санитариялық-эпидемиологиялық бақылау департаменті", "ORGANISATION",
             "Батыс Қазақстан облысының санитариялық-эпидемиологиялық бақылау департаменті")
    g.ent("Нұрлыбек Мустаев", "PERSON")
    g.ent("қызылшаның", "DISEASE", "қызылша")
    g.tmp("Бүгін", "relative", "PRESENT_REF")
    g.ev("briefing", "брифинг", "past", "Бүгін", "Өңірлік коммуникациялар алаңында", None, n=1, cluster="c1")
    g.ev("briefing", "Брифинг", "past", None, None, None, cluster="c1", participants=["Айнаш Губайдуллина", "Нұрлыбек Мустаев"])
    g.ev("briefing", "Іс-шара", "past", None, None, None, cluster="c1")
    g.person("Айнаш Губайдуллина", [P1], [("Айнаш Губайдуллина",)])
    g.person("Нұрлыбек Мустаев", ["Батыс Қазақстан облысының " + P2], [("Нұрлыбек Мустаев",)])
    g.announce(headline="Бүгін Өңірлік коммуникациялар алаңында Батыс Қазақстан облысындағы қызылша бойынша эпидемиологиялық жағдайға арналған брифинг өтті",
               issuer="Батыс Қазақстан облысының денсаулық сақтау басқармасы", outlet=None, published=None, place=None, main_event="c1")
    return g.save()


def ayagoz_school_top_school():
    g = new("ayagoz-school-lyceum-top-school", "2025-06-15",
            publisher="Ayagoz City Kazakh school-lyceum (Abai region)", publisher_kind="school",
            url="https://www.200.news/2025/06/15/qalalyq-qazaq-mektep-licejining-toertinshi-maerte-100-uezdik-ujymnyng-qataryna-enwi.html?noamp=mobile",
            published="2025-06-15", outlet="200.news", text_kind="release")
    g.note("The school's own news item («... КММ-не келіп қатысты», 'Мектеп-лицейіндегі'), relayed by 200.news. No date line and no headline in the stored copy: reference_date = published = 2025-06-15 from the page address (the ceremony itself is dated 23.05.2025 in the text). The stored copy stops mid-word in the fourth paragraph; the text ends at the last complete paragraph. Missing space '23.05.2025жылы' kept (one temporal span).")
    g.note("“Қалалық қазақ мектеп-лицейі” КММ = ORGANISATION (inside the quotes), also unquoted 'Қалалық қазақ мектеп-лицейінен'; the generic 'Мектеп-лицейіндегі', 'Мектеп-лицейі' are optional. «Үздік 100 мектеп», “100 үздік ұйым” (school ratings), “Үздік мектеп – 2025” (a title), “Алтын белгі”, “Үздік аттестат” (honours) = MISCELLANEOUS; numbers and years inside them are neither quantities nor temporals. 'Оқу-Ағарту министрлігінің өкілі' = POSITION (body nested). 'ҚР Оқу-ағарту министрлігі Ғ.Бейсенбаев атынан': ORGANISATION + PERSON, no position stated for him.")
    g.note("Events: c1 = the end-of-year ceremony (ceremony): 'салтанатты шараға ... келіп қатысты' (past, when '23.05.2025жылы'). c2 = the award (award): 'атағын иеленді' (past) and 'Жоғары марапат ... табыс етілді' (past, the director receiving it). Greetings ('құттықтады') and entering a rating ('қатарына еніп') are not events; 'түлеп ұшпақшы' (graduates will leave) is metaphoric. '30 жылдық тарихы' = duration P30Y; 'биыл' = 2025.")
    g.tmp("23.05.2025жылы", "date", "2025-05-23")
    P1 = "Аягөз ауданы білім бөлімі басшысы"
    g.ent(P1, "POSITION", "Аягөз ауданы білім бөлімінің басшысы")
    g.nested("Аягөз ауданы білім бөлімі", "ORGANISATION")
    g.nested("Аягөз", "GPE")
    g.ent("Н.Т.Азимбаев", "PERSON")
    g.ent("Оқу-Ағарту министрлігінің өкілі", "POSITION", "Оқу-ағарту министрлігінің өкілі")
    g.nested("Оқу-Ағарту министрлігінің", "ORGANISATION", "Оқу-ағарту министрлігі")
    P2 = "Абай облысының білім саласында сапаны қамтамасыз ету департаментінің сырттай бағалау бөлімінің басшысы"
    g.ent(P2, "POSITION")
    g.nested("Абай облысының білім саласында сапаны қамтамасыз ету департаментінің", "ORGANISATION",
             "Абай облысының білім саласында сапаны қамтамасыз ету департаменті")
    g.nested("Абай", "GPE", n=1)
    g.ent("Г.С.Сейтказина", "PERSON")
    P3 = "Абай облысы білім басқармасы басшысының орынбасары"
    g.ent(P3, "POSITION")
    g.nested("Абай облысы білім басқармасы", "ORGANISATION")
    g.nested("Абай", "GPE", n=2)
    g.ent("А.Х.Нускенова", "PERSON")
    S = "Қалалық қазақ мектеп-лицейі"
    g.ent(S, "ORGANISATION", n=1)
    g.optional("Мектеп-лицейіндегі", "ORGANISATION", S)
    g.optional("Мектеп-лицейі", "ORGANISATION", S, after="құттықтады.")
    M = "Қазақстан Республикасының Оқу-ағарту министрлігі"
    g.ent("ҚР Оқу-ағарту министрлігі", "ORGANISATION", M, n=1)
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=1)
    g.ent("Үздік 100 мектептің", "MISCELLANEOUS", "Үздік 100 мектеп")
    g.ent("ҚР Оқу-ағарту министрлігі", "ORGANISATION", M, n=2)
    g.nested("ҚР", "GPE", "Қазақстан Республикасы", n=2)
    g.ent("Ғ.Бейсенбаев", "PERSON")
    g.ent("Үздік мектеп – 2025", "MISCELLANEOUS")
    g.ent("Қалалық қазақ мектеп-лицейінің", "ORGANISATION", S)
    g.ent("100 үздік ұйымның", "MISCELLANEOUS", "100 үздік ұйым")
    g.ent("мектеп директоры", "POSITION", "Қалалық қазақ мектеп-лицейінің директоры")
    g.ent("Н.М.Жароваға", "PERSON", "Н.М.Жарова")
    g.ent("Қалалық қазақ мектеп-лицейінен", "ORGANISATION", S)
    g.ent("Алтын белгіге", "MISCELLANEOUS", "Алтын белгі")
    g.ent("Үздік аттестатқа", "MISCELLANEOUS", "Үздік аттестат")
    g.qty("төртінші", "ordinal", 4, unit="мәрте")
    g.qty("42", "cardinal", 42, unit="түлек")
    g.qty("11-і", "cardinal", 11, unit="түлек")
    g.qty("6-ы", "cardinal", 6, unit="түлек")
    g.tmp("биыл", "relative", "2025", n=1)
    g.tmp("30 жылдық", "duration", "P30Y")
    g.tmp("биыл", "relative", "2025", n=2)
    g.ev("ceremony", "шараға", "past", "23.05.2025жылы", None, None, cluster="c1",
         participants=["Н.Т.Азимбаев", "Оқу-Ағарту министрлігінің өкілі", "Г.С.Сейтказина", "А.Х.Нускенова"])
    g.ev("award", "иеленді", "past", None, None, None, cluster="c2", participants=["Мектеп-лицейі"])
    g.ev("award", "табыс етілді", "past", None, None, None, cluster="c2", participants=["Н.М.Жарова"])
    g.person("Н.Т.Азимбаев", ["Аягөз ауданы білім бөлімінің басшысы"], [("Н.Т.Азимбаев",)])
    g.person("Г.С.Сейтказина", [P2], [("Г.С.Сейтказина",)])
    g.person("А.Х.Нускенова", [P3], [("А.Х.Нускенова",)])
    g.person("Ғ.Бейсенбаев", [], [("Ғ.Бейсенбаев",)])
    g.person("Н.М.Жарова", ["Қалалық қазақ мектеп-лицейінің директоры"], [("Н.М.Жароваға",)])
    g.announce(headline=None, issuer=S, outlet="200.news", published="2025-06-15", place=None, main_event="c1")
    return g.save()


def sko_zhambyl_ozernoe_meeting():
    g = new("sko-zhambyl-akim-ozernoe-meeting", None,
            publisher="Zhambyl district akimat (North Kazakhstan region)", publisher_kind="akimat",
            url="https://www.gov.kz/memleket/entities/sko-zhambyl/press/news/details/375116",
            published=None, outlet=None, text_kind="release")
    g.note("The district akimat's own gov.kz page (entity 'sko-zhambyl': Zhambyl district of North Kazakhstan region); the stored copy repeats the headline line: kept once. No date shown: reference_date null, 'Ағымдағы жылдың 19 мамырында' -> XXXX-05-19 (the text's '2021 жылы атқарылған' and '2022 жылға арналған' suggest 2022, but the year is not written).")
    g.note("'Жамбыл ауданының әкімі', 'Әкім' (anaphoric, sentence start) and 'аудан әкімі' = POSITION normalized 'Жамбыл ауданының әкімі'. 'Озерное ауылы' -> GPE 'Озерное'.")
    g.note("Events: c1 = the meeting with residents (meeting): headline 'кездесу' (no verb: unknown), 'кезекті кездесу өткізді' (past), 'Кездесу барысында' (past), 'Кездесу соңында' (past). c2 = the personal reception of citizens after it ('азаматтарды қабылдады', meeting, past). The akim's report ('мәлімет беріп', 'атап өтті', topic-only) is not a quote.")
    g.ent("Озерное", "GPE", n=1)
    g.ent("Жамбыл ауданының әкімі", "POSITION")
    g.nested("Жамбыл", "GPE")
    g.ent("М. Ескендіров", "PERSON", n=1)
    g.ent("Озерное", "GPE", n=2)
    g.ent("Әкім", "POSITION", "Жамбыл ауданының әкімі")
    g.ent("аудан әкімі", "POSITION", "Жамбыл ауданының әкімі")
    g.ent("М. Ескендіров", "PERSON", n=2)
    g.tmp("Ағымдағы жылдың 19 мамырында", "date", "XXXX-05-19")
    g.tmp("2021 жылы", "date", "2021")
    g.tmp("2022 жылға", "date", "2022")
    g.ev("meeting", "кездесу", "unknown", None, None, None, n=1, cluster="c1", participants=["Озерное ауылы тұрғындары"])
    g.ev("meeting", "кездесу", "past", "Ағымдағы жылдың 19 мамырында", None, None, n=2, cluster="c1",
         participants=["М. Ескендіров", "Озерное ауылының тұрғындары"])
    g.ev("meeting", "Кездесу", "past", None, None, None, n=1, cluster="c1", participants=["тұрғындар"])
    g.ev("meeting", "Кездесу", "past", None, None, None, n=2, cluster="c1")
    g.ev("meeting", "қабылдады", "past", None, None, None, cluster="c2", participants=["М. Ескендіров", "азаматтар"])
    g.person("М. Ескендіров", ["Жамбыл ауданының әкімі"], [("М. Ескендіров", 1), ("М. Ескендіров", 2)])
    g.announce(headline="Озерное ауылы тұрғындарымен кездесу", issuer="Жамбыл ауданының әкімдігі", outlet=None,
               published=None, place=None, main_event="c1")
    return g.save()


def wko_revenue_vehicle_tax():
    g = new("wko-revenue-vehicle-tax-debt", "2026-03-09",
            publisher="West Kazakhstan regional State Revenue Department", publisher_kind="ministry",
            url="https://mgorod.kz/news/vyhodnoy-bo-da-5769-adam-klk-salyyn-tlemegen",
            published="2026-03-09", outlet="mgorod.kz", text_kind="release")
    g.note("reference_date = the page date (2026-03-09). No headline in the stored copy (page address: 'БҚО-да 5769 адам көлік салығын төлемеген'). Typos kept ('мәжбірлі', 'ақпарына', 'көлігін салығының').")
    g.note("The department is named only generically ('облыстық мемлекеттік кірістер департаменті', 'Департамент', 'Мемлекеттік кірістер департаментінің', its press service): optional ORGANISATIONs normalized with the region. Money '211 784,4 мың теңгені' = 211784400 KZT; 'бір айлық есептік көрсеткіштен' = quantity 1 (unit айлық есептік көрсеткіш, the MCI); 'бес жұмыс күні' = duration P5D; 'бірінші сәуірге дейін' = range /2026-04-01 (as 'көктемге дейін' -> '/2024-SP'); 'өткен жылдың' = 2025.")
    g.note("No events: the enforcement stages ('хабарлама жіберіледі', 'бұйрық шығарылады') are general procedures, not happenings; main_event null. Quotes: 'Бұл туралы ... департаменті хабарлайды' (indirect, content = the preceding sentence), 'Департамент таратқан ақпарына сүйенсек, ...' (indirect), and the dash-led paragraph closed by ', – деп хабарлады ... баспасөз қызметі' (direct, speaker_entity the press service).")
    g.ent("Батыс Қазақстан", "GPE")
    D = "Батыс Қазақстан облысының мемлекеттік кірістер департаменті"
    g.optional("облыстық мемлекеттік кірістер департаменті", "ORGANISATION", D, n=1)
    g.optional("Департамент", "ORGANISATION", D, after="хабарлайды.")
    g.optional("облыстық мемлекеттік кірістер департаментінің баспасөз қызметі", "ORGANISATION",
               "Батыс Қазақстан облысының мемлекеттік кірістер департаментінің баспасөз қызметі")
    g.optional("Мемлекеттік кірістер департаментінің", "ORGANISATION", D)
    g.qty("211 784,4 мың теңгені", "money", 211784400, unit="KZT")
    g.qty("5769", "cardinal", 5769, unit="адам")
    g.qty("бір айлық есептік көрсеткіштен", "quantity", 1, unit="айлық есептік көрсеткіш")
    g.tmp("бес жұмыс күні", "duration", "P5D")
    g.tmp("бірінші сәуірге дейін", "range", "/2026-04-01")
    g.tmp("өткен жылдың", "relative", "2025")
    g.quote("Батыс Қазақстан облысында көлік салығы бойынша берешек 211 784,4 мың теңгені құрайды", None, "хабарлайды",
            kind="indirect", speaker_entity=D)
    g.quote("өңірде 5769 адам темір тұлпарының салығын төлемепті", None, "ақпарына сүйенсек", kind="indirect", speaker_entity=D)
    g.quote("Берешекті өндіріп алу бірнеше кезеңнен тұрады. Хабарлама – салық төлеушіге берешекті өтеу қажеттігі туралы хабарлама жіберіледі. Салық бұйрығы – берешек өтелмеген жағдайда салық бұйрығы шығарылады. Оны орындауға бес жұмыс күні беріледі. Мәжбүрлеп өндіріп алу – бұйрық орындалмаған жағдайда іс материалдары әділет органдарына немесе жеке сот орындаушыларына жолданады",
            None, "деп хабарлады", speaker_entity="Батыс Қазақстан облысының мемлекеттік кірістер департаментінің баспасөз қызметі")
    g.announce(headline=None, issuer=D, outlet="mgorod.kz", published="2026-03-09", place=None, main_event=None)
    return g.save()


def shymkent_court_open_day():
    g = new("shymkent-city-court-open-day", None,
            publisher="Shymkent city court", publisher_kind="court",
            url="https://ntime.kz/%d1%81%d0%be%d1%82-%d0%b6%d2%af%d0%b9%d0%b5%d1%81%d1%96%d0%bd%d0%b4%d0%b5%d0%b3%d1%96-%d0%b0%d1%88%d1%8b%d2%9b-%d0%b5%d1%81%d1%96%d0%ba-%d0%ba%d2%af%d0%bd%d1%96",
            published=None, outlet="ntime.kz", text_kind="release")
    g.note("Written by one of the city court's media-coordinating judges ('... С.Мырзахметов және мен'), printed by ntime.kz; no headline and no date in the stored copy (page address: 'сот жүйесіндегі ашық есік күні'): reference_date null. The court is a new publisher (not the Shymkent city akimat).")
    g.note("'Шымкент қалалық сотында ... «Ашық есік күніне» ... қатысты' -> FACILITY 'Шымкент қалалық соты' (the building where the open day took place, settled convention) and EVENT 'Ашық есік күні' (inside the quotes). The topic «Сот жүйесіндегі соңғы жылдардағы жаңашылдықтар туралы» is a title, not a name; its vague 'соңғы жылдардағы' is not annotated. «Төрелік» ақпараттық жүйесі = PRODUCT; «Қабылдау орталығы», «Ақпарат орталығында» (rooms of the court) = FACILITY; 'Жоғарғы Соттың' = ORGANISATION; 'ҮЕҰ' (generic NGOs) nothing.")
    g.note("Events: one open day c1 (other, title 'Ашық есік күні'): '«Ашық есік күніне» ... қатысты' (past), 'Шараның басында' (past), 'шара «Ақпарат орталығында» жалғасып' (past, where), 'Жиын соңында' (past). Explanations, the tour ('таныстырып') and the judges' talks are parts of it, not separate events; 'жөнінде айтып', 'туралы түсіндіріп' are topic-only (no quote). 'Қабыл Дүйсенби' is named without a position.")
    g.ent("Шымкент қалалық сотында", "FACILITY", "Шымкент қалалық соты")
    g.nested("Шымкент", "GPE", n=1)
    g.ent("Ашық есік күніне", "EVENT", "Ашық есік күні")
    P = "ҚР Сот әкімшілігінің Шымкент қаласы бойынша департаменті құжат айналымы бөлімінің басшысы"
    g.ent(P, "POSITION")
    g.nested("ҚР Сот әкімшілігінің Шымкент қаласы бойынша департаменті", "ORGANISATION")
    g.nested("ҚР", "GPE", "Қазақстан Республикасы")
    g.nested("Шымкент", "GPE", n=2)
    g.ent("Ә.Елшібаев", "PERSON")
    g.ent("Жоғарғы Соттың", "ORGANISATION", "Жоғарғы Сот")
    g.ent("Төрелік", "PRODUCT")
    g.ent("Қабыл Дүйсенби", "PERSON")
    g.ent("Қабылдау орталығы", "FACILITY")
    g.ent("Ақпарат орталығында", "FACILITY", "Ақпарат орталығы")
    J = "қалалық соттың бұқаралық ақпарат құралдарымен өзара іс-қимылды үйлестіруші судьялары"
    JN = "Шымкент қалалық сотының бұқаралық ақпарат құралдарымен өзара іс-қимылды үйлестіруші судьясы"
    g.ent(J, "POSITION", JN)
    g.nested("қалалық соттың", "ORGANISATION", "Шымкент қалалық соты")
    g.ent("Б.Нәсірдінов", "PERSON")
    g.ent("В.Мирошников", "PERSON")
    g.ent("С.Мырзахметов", "PERSON")
    g.ev("other", "күніне", "past", None, "Шымкент қалалық сотында", "Ашық есік күні", cluster="c1",
         participants=["ҮЕҰ-ның өкілдері", "журналистер"])
    g.ev("other", "Шараның", "past", None, None, None, cluster="c1", participants=["Ә.Елшібаев"])
    g.ev("other", "шара", "past", None, "«Ақпарат орталығында»", None, after="Одан әрі", cluster="c1",
         participants=["Б.Нәсірдінов", "В.Мирошников", "С.Мырзахметов", "ҮЕҰ-дың басшылары"])
    g.ev("other", "Жиын", "past", None, None, None, cluster="c1")
    g.person("Ә.Елшібаев", [P], [("Ә.Елшібаев",)])
    g.person("Қабыл Дүйсенби", [], [("Қабыл Дүйсенби",)])
    for name in ("Б.Нәсірдінов", "В.Мирошников", "С.Мырзахметов"):
        g.person(name, [JN], [(name,)])
    g.announce(headline=None, issuer="Шымкент қалалық соты", outlet="ntime.kz", published=None, place=None, main_event="c1")
    return g.save()


def eko_prosecutor_law_order_week():
    g = new("eko-prosecutor-law-order-week", None,
            publisher="East Kazakhstan regional prosecutor's office", publisher_kind="prosecutor",
            url="https://f16.kz/?p=6268", published=None, outlet="F16.kz", text_kind="report")
    g.note("F16.kz's report of the regional prosecutor's office opening the campaign in East Kazakhstan; no headline and no date in the stored copy: reference_date null. The stored copy's last sentence has no closing stop (cut): the text ends at the last complete sentence.")
    g.note("«Заң және тәртіп апталығы» акциясы = EVENT (inside the quotes) and title of c1; the lowercase 'заң мен тәртіп идеологиясын ілгерілету жөніндегі тұжырымдама' is a description, not a name (no PROJECT). 'Мемлекет басшысының' = POSITION. 'облыс прокурорының орынбасары' = POSITION normalized with the region. The bodies listed in lowercase (прокуратура, полиция, ...) are generic: not annotated. 'Акцияның алғашқы күнінде / күні' (the campaign's first day, date not given) is not a temporal value.")
    g.note("Events: c1 = the campaign (campaign): 'акциясы басталды' (past), 'Іс-шараның мақсаты' (no tense: unknown), 'акцияны бастап ... ашқан' (past, where 'Шығыс Қазақстан облысы аумағында'), 'Акцияның алғашқы күнінде', 'Акцияның алғашқы күні' (past). c2 = the public receptions held on its first day (meeting): 'қоғамдық қабылдаулар өтті' (past), 'Қоғамдық қабылдаулар аясында' (past), 'мобильді топтар 200-ден астам адамды қабылдады' (past, amount). Quote: the outlet credit line '..., деп хабарлайды F16.kz' (indirect, speaker_entity the outlet); 'маңызына тоқталды' is topic-only.")
    g.ent("Мемлекет басшысының", "POSITION", "Мемлекет басшысы")
    g.ent("Заң және тәртіп апталығы", "EVENT")
    g.ent("F16.kz", "ORGANISATION")
    g.ent("Шығыс Қазақстан", "GPE")
    g.ent("облыс прокурорының орынбасары", "POSITION", "Шығыс Қазақстан облысы прокурорының орынбасары")
    g.ent("Ерлан Бұланбаев", "PERSON")
    g.qty("200-ден астам", "cardinal", 200, unit="адам", approx="more_than")
    g.ev("campaign", "акциясы", "past", None, None, "Заң және тәртіп апталығы", cluster="c1")
    g.ev("campaign", "Іс-шараның", "unknown", None, None, None, cluster="c1")
    g.ev("campaign", "акцияны", "past", None, "Шығыс Қазақстан облысы аумағында", None, cluster="c1", participants=["Ерлан Бұланбаев"])
    g.ev("campaign", "Акцияның", "past", None, None, None, n=1, cluster="c1")
    g.ev("meeting", "қабылдаулар", "past", None, None, None, n=1, cluster="c2",
         participants=["прокуратура, полиция, сыбайлас жемқорлыққа қарсы қызмет және экономикалық тергеп-тексеру қызметінің қызметкерлері"])
    g.ev("meeting", "қабылдаулар", "past", None, None, None, n=2, cluster="c2")
    g.ev("campaign", "Акцияның", "past", None, None, None, n=2, cluster="c1")
    g.ev("meeting", "қабылдады", "past", None, None, None, cluster="c2", participants=["мобильді топтар"], amounts=["200-ден астам"])
    g.quote("Мемлекет басшысының бастамасымен қоғамда заң мен тәртіп идеологиясын ілгерілету жөніндегі тұжырымдама аясында республикалық «Заң және тәртіп апталығы» акциясы басталды",
            None, "деп хабарлайды", kind="indirect", speaker_entity="F16.kz")
    g.person("Ерлан Бұланбаев", ["Шығыс Қазақстан облысы прокурорының орынбасары"], [("Ерлан Бұланбаев",)])
    g.announce(headline=None, issuer="Шығыс Қазақстан облысының прокуратурасы", outlet="F16.kz", published=None, place=None, main_event="c1")
    return g.save()


DOCS = [karaganda_police_photo_exhibition, akmola_prosecutor_reception, sko_emergency_bulaevo_rescue,
        akmola_court_korgalzhyn_seminar, markakol_maslikhat_session, akmola_maslikhat_notice,
        wko_health_measles_briefing, ayagoz_school_top_school, sko_zhambyl_ozernoe_meeting, wko_revenue_vehicle_tax,
        shymkent_court_open_day, eko_prosecutor_law_order_week]


if __name__ == "__main__":
    import sys
    build(DOCS, sys.argv[1:])
