"""Events stage on real Kazakh sentences (KazNERD, CC BY 4.0, Yeshpanov et al. 2022; and the seed),
with hand-given entities/temporals so the stage is tested on its own."""
from presskz.eval.events import annotated_document
from presskz.events.stage import EventsStage


def events_of(text, entities=(), temporals=()):
    return EventsStage()(annotated_document(text, entities, temporals)).events


def test_noun_trigger_past_with_locative_place():
    evs = events_of("Аудан басшыларының іскерлік қабілетін арттыру үшін Петропавлда семинар өтті.",
                    [("Петропавлда", "GPE", "Петропавл")])
    assert [(e.type, e.status, e.trigger.text) for e in evs] == [("seminar", "past", "семинар")]
    assert [w.normalized for w in evs[0].where] == ["Петропавл"]


def test_atty_title_and_future_status():
    evs = events_of("Атырауда «Біріккен қазақстандық кешен құрылысы» атты форум өтеді.",
                    [("Атырауда", "GPE", "Атырау"),
                     ("Біріккен қазақстандық кешен құрылысы", "EVENT", None)])
    assert len(evs) == 1
    assert (evs[0].type, evs[0].status) == ("forum", "future")
    assert evs[0].title == "Біріккен қазақстандық кешен құрылысы"


def test_organiser_marker_and_time_and_place():
    text = ("«Қарашығанақ Петролеум Оперейтинг» компаниясының ұйымдастыруымен бүгін Орал қаласында "
            "«Уральск Грин Форум» атты халықаралық экологиялық форум өтті.")
    evs = events_of(text, [("Қарашығанақ Петролеум Оперейтинг» компаниясының", "ORGANISATION", None),
                           ("Орал қаласында", "GPE", "Орал")],
                    [("бүгін", "relative", "2019-05-01")])
    assert len(evs) == 1 and evs[0].title == "Уральск Грин Форум"
    assert [o.type for o in evs[0].organizer] == ["ORGANISATION"]
    assert [t.value for t in evs[0].when] == ["2019-05-01"]


def test_participants_marker():
    evs = events_of("Көктем шуағы, Ақордада Мемлекет басшысының қатысуымен дәстүрлі кездесу өтті.",
                    [("Ақордада", "FACILITY", "Ақорда"),
                     ("Мемлекет басшысының", "POSITION", "Мемлекет басшысы")])
    assert [e.type for e in evs] == ["meeting"]
    assert [p.text for p in evs[0].participants] == ["Мемлекет басшысының"]
    assert [w.normalized for w in evs[0].where] == ["Ақорда"]


def test_opening_verb_without_event_noun():
    evs = events_of("Жақында Ұлттық музейде олардың жеке көрмесі ашылды.",
                    [("Ұлттық музейде", "FACILITY", "Ұлттық музей")])
    # the exhibition noun is the event; the opening verb only gives its status
    assert [(e.type, e.status, e.trigger.text) for e in evs] == [("exhibition", "past", "көрмесі")]


def test_opening_of_two_named_facilities_gives_two_events():
    text = "Осыған орай, биыл Алматыда «Алатау» дәстүрлі өнер театры, Мультимедиялық орталығы ашылды."
    evs = events_of(text, [("Алматыда", "GPE", "Алматы"), ("Алатау", "FACILITY", "Алатау"),
                           ("Мультимедиялық орталығы", "FACILITY", "Мультимедиялық орталығы")],
                    [("биыл", "relative", "2016")])
    assert [(e.type, e.status) for e in evs] == [("opening", "past")] * 2
    assert [e.title for e in evs] == ["«Алатау» дәстүрлі өнер театры", "Мультимедиялық орталығы"]


def test_ongoing_and_planned_future_forms():
    assert events_of("Астанада халықаралық фестиваль өтіп жатыр.")[0].status == "ongoing"
    assert events_of("Көрме жалғасуда.")[0].status == "ongoing"
    assert events_of("Бұл қойылым онлайн өтпек.")[0].status == "future"
    assert events_of("Келесі айда форум өткізу жоспарлануда.")[0].status == "future"
    assert events_of("Форум туралы көп жазылды.")[0].status == "unknown"


def test_ambiguous_noun_needs_an_event_verb():
    assert events_of("Жиын онлайн өтпек.")[0].status == "future"
    assert events_of("Жиын туралы көп жазылды.") == []


def test_attributive_participle_gives_status():
    evs = events_of("ОКҚ-де өткен брифинг барысында басшы жоспарлар туралы айтты.",
                    [("ОКҚ-де", "ORGANISATION", "ОКҚ")])
    assert [(e.type, e.status, e.where[0].text) for e in evs] == [("briefing", "past", "ОКҚ-де")]


def test_enumeration_gives_one_event_per_item_with_own_time_and_place():
    text = ("Ертең сағат 10.00-де Ұлттық музейде көрме ашылады, сағат 14.00-де Жастар сарайында "
            "оқушылар жазушылармен кездеседі, ал сағат 19.00-де Опера театрында концерт өтеді.")
    evs = events_of(text, [("Ұлттық музейде", "FACILITY", "Ұлттық музей"),
                           ("Жастар сарайында", "FACILITY", "Жастар сарайы"),
                           ("Опера театрында", "FACILITY", "Опера театры")],
                    [("Ертең сағат 10.00-де", "datetime", "2020-03-02T10:00"),
                     ("сағат 14.00-де", "time", "2020-03-02T14:00"),
                     ("сағат 19.00-де", "time", "2020-03-02T19:00")])
    got = [(e.type, e.status, [t.value[-5:] for t in e.when], [w.normalized for w in e.where]) for e in evs]
    assert got == [("exhibition", "future", ["10:00"], ["Ұлттық музей"]),
                   ("meeting", "future", ["14:00"], ["Жастар сарайы"]),
                   ("concert", "future", ["19:00"], ["Опера театры"])]


def test_verbless_list_split_at_each_time():
    text = "Сағат 11.00-де Ұлттық кітапханада дөңгелек үстел, сағат 15.00-де Сарайда концерт өтеді."
    evs = events_of(text, [("Ұлттық кітапханада", "FACILITY", "Ұлттық кітапхана"),
                           ("Сарайда", "FACILITY", "Сарай")],
                    [("Сағат 11.00-де", "time", "T11:00"), ("сағат 15.00-де", "time", "T15:00")])
    assert [(e.type, [w.text for w in e.where], [t.value for t in e.when]) for e in evs] == [
        ("round_table", ["Ұлттық кітапханада"], ["T11:00"]), ("concert", ["Сарайда"], ["T15:00"])]


def test_venue_noun_after_genitive_name_is_the_place():
    text = "Театр ертең Драма театрының сахнасында «Абай» спектаклін қояды."
    evs = events_of(text, [("Драма театрының", "FACILITY", "Драма театры"), ("Абай", "ART", "Абай")])
    assert [(e.type, e.title, [w.text for w in e.where]) for e in evs] == [
        ("performance", "Абай", ["Драма театрының"])]


def test_head_noun_of_a_project_title_is_not_an_event():
    text = "«Қуатты өңір» акциясы аясында баспасөз мәслихаты өтті."
    evs = events_of(text, [("Қуатты өңір", "PROJECT", "Қуатты өңір")])
    assert [e.type for e in evs] == ["press_conference"]


def test_generic_measure_noun_needs_an_event_modifier():
    assert events_of("Жүйелі шаралар жүзеге асты.") == []
    assert [e.type for e in events_of("Мерекелік шаралар өтеді.")] == ["other"]


def test_later_mention_of_the_same_event_is_not_repeated():
    text = "Кеше баспасөз мәслихаты өтті. Баспасөз мәслихаты барысында әкім жоспарлар туралы айтты."
    evs = events_of(text, temporals=[("Кеше", "relative", "2020-01-01")])
    assert len(evs) == 1


def test_every_event_span_matches_the_text():
    text = "Петропавлда семинар өтті, ал Оралда форум өтеді."
    doc = annotated_document(text, [("Петропавлда", "GPE", "Петропавл"), ("Оралда", "GPE", "Орал")])
    doc = EventsStage()(doc)
    assert len(doc.events) == 2
    for ev in doc.events:
        assert doc.text[ev.start:ev.end] == ev.text
        assert doc.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


def test_ambiguous_noun_is_not_governed_by_another_nouns_verb():
    evs = events_of("Облыста «Таза аула» акциясы аясында семинар өтті.")
    assert [e.type for e in evs] == ["seminar"]
    assert [e.type for e in events_of("Облыста «Таза аула» акциясы өтті.")] == ["campaign"]


def test_guillemets_after_noun_are_a_title_only_when_they_close_the_phrase():
    assert events_of("Ертең фестиваль «Шабыт» өтеді.")[0].title == "Шабыт"
    assert events_of("Жарыс «Дәулет» ұлттық теннис орталығында өтті.")[0].title is None


def test_first_person_forms_give_status():
    assert events_of("Біз аса маңызды кездесу өткіздік.")[0].status == "past"
    assert events_of("Келесі жылы форум өткіземіз.")[0].status == "future"


def test_reported_event_takes_status_from_nominalised_verb():
    evs = events_of("Әкімдік келесі аптада көрме өтетінін хабарлады.")
    assert [(e.type, e.status) for e in evs] == [("exhibition", "future")]


def test_nominalised_opening_verb_is_no_event_of_its_own():
    assert events_of("Әкім 119 жеке бала бақшалардың ашылғандығын атап өтті.") == []


def test_participle_before_a_titled_noun_phrase_gives_status():
    text = "Премьер-министр 2020 жылы Алматыда өтетін «Цифрлық күн тәртібі» 4-ші форумына шақырды."
    evs = events_of(text, [("Алматыда", "GPE", "Алматы")])
    assert [(e.type, e.status, e.title) for e in evs] == [("forum", "future", "Цифрлық күн тәртібі")]


def test_event_noun_inside_a_straight_quoted_name_is_not_an_event():
    evs = events_of('Тарап "стратегиялық брифинг: Еуразия" сессиясына қатысты.')
    assert [e.trigger.text for e in evs] == ["сессиясына"]


def test_hyphenated_compound_ending_in_an_event_noun():
    evs = events_of("Премьер-министр жастар үшін бизнес-тренинг өткізді.")
    assert [(e.type, e.status, e.trigger.text) for e in evs] == [("training", "past", "бизнес-тренинг")]
    assert [e.type for e in events_of("1917 жылы Орынборда екінші жалпы қазақ съезі өтті.")] == ["forum"]


def test_genitive_event_noun_as_the_last_token_does_not_crash():
    # a truncated text ending in a genitive event noun (no following token to look at)
    assert [(e.type, e.trigger.text) for e in events_of("Ертең Алматыда көрменің")] == \
        [("exhibition", "көрменің")]


def test_an_anniversary_is_the_occasion_not_the_time_of_the_event():
    evs = events_of("Тәуелсіздіктің 30 жылдығына арналған концерт 16 желтоқсанда өтеді.", [],
                    [("30 жылдығына", "duration", "P30Y"), ("16 желтоқсанда", "date", "XXXX-12-16")])
    assert [[t.value for t in e.when] for e in evs] == [["XXXX-12-16"]]


def test_an_age_in_any_case_form_is_not_an_event_time():
    evs = events_of("Ақынның туғанына 175 жыл толуына орай көрме ашылды.", [],
                    [("175 жыл толуына", "duration", "P175Y")])
    assert [e.when for e in evs] == [[]]


def test_event_without_a_place_takes_the_release_city():
    # the first city of the headline and lead, never the dateline's (the outlet's city, not the
    # happening's place: places.py rule 5) (KazNERD sentences)
    text = ("АСТАНА. KAZINFORM - Дәл осы шара барысында ғана көлемі тоғыз миллиард АҚШ долларын құрайтын "
            "қырық бес коммерциялық келісімге қол қойылды . Алматыда Қалақұрылысы форумы ашылды .")
    evs = events_of(text, [("АСТАНА", "GPE", "Астана"), ("Алматыда", "GPE", "Алматы")])
    assert [(e.type, [w.text for w in e.where]) for e in evs] == [
        ("signing", []), ("forum", ["Алматыда"])]
    evs = events_of("Жақында Ұлттық музейде олардың жеке көрмесі ашылды\nӨскеменде балабақша ашылды .",
                    [("Өскеменде", "GPE", "Өскемен")])
    assert [(e.type, [w.text for w in e.where]) for e in evs] == [
        ("exhibition", ["Өскеменде"]), ("opening", ["Өскеменде"])]
    # without a headline line the opening is the lead alone (main_event.opening_sentences): the city
    # of the next sentence is not the exhibition's
    evs = events_of("Жақында Ұлттық музейде олардың жеке көрмесі ашылды . Өскеменде балабақша ашылды .",
                    [("Өскеменде", "GPE", "Өскемен")])
    assert [(e.type, [w.text for w in e.where]) for e in evs] == [
        ("exhibition", []), ("opening", ["Өскеменде"])]


def test_a_name_that_qualifies_a_noun_is_not_the_release_city():
    # a name through its unit word qualifies the next noun (whose akim, whose residents): not the
    # happening's place (fresh release https://www.gov.kz/memleket/entities/bko-akzhaik-algabas/press/news/details/1030373)
    text = ("Ақжайық ауданы әкімі М.Сердалиннің, ауылдық округ әкімі Р.Ескалиевтің халық алдында есеп беру "
            "кездесуі өтті\nКездесуге С.Сиражев және аудандық мекеме басшылары қатысты.")
    evs = events_of(text, [("Ақжайық", "GPE", "Ақжайық")])
    assert [(e.type, [w.text for w in e.where]) for e in evs] == [("meeting", [])]
    # in the attributive locative before a body, not a venue or a happening, it qualifies the body
    # (KazNERD valid: "Алматыдағы авиажөндеу зауытынан")
    evs = events_of("Тозды дейін десең , Алматыдағы авиажөндеу зауытынан күрделі жөндеуден шыққан\n"
                    "Тегін ұйымдастырылған семинарға бұл жолы 180 ауыл кәсіпкері қатысты .",
                    [("Алматыдағы", "GPE", "Алматы")])
    assert [(e.type, [w.text for w in e.where]) for e in evs] == [("seminar", [])]


def test_named_event_with_an_event_verb_takes_its_type():
    # a named event whose predicate names the happening ("аталып өтеді": a celebration) (KazNERD)
    evs = events_of("Келесі жылы Ұлы жеңістің 75 жылдығы кең көлемде аталып өтеді .",
                    [("Ұлы жеңістің 75 жылдығы", "EVENT", "Ұлы жеңістің 75 жылдығы")])
    assert [(e.type, e.status, e.trigger.text, e.title) for e in evs] == [
        ("celebration", "future", "аталып өтеді", "Ұлы жеңістің 75 жылдығы")]


def test_an_opened_facility_takes_part_in_its_opening():
    # KazNERD: the named centre is the opening's title and its participant
    evs = events_of("Шығыс Қазақстан өңірінде жақында « Бақытты отбасы » орталығы ашылады .",
                    [("Бақытты отбасы", "ORGANISATION", "Бақытты отбасы")])
    assert [(e.type, e.status, e.title, [p.text for p in e.participants]) for e in evs] == [
        ("opening", "future", "« Бақытты отбасы » орталығы", ["Бақытты отбасы"])]
