"""Quotes stage on real Kazakh sentences (KazNERD, CC BY 4.0, Yeshpanov et al. 2022), spans given by hand."""
from presskz.eval.events import annotated_document
from presskz.people.stage import PeopleStage
from presskz.quotes.stage import QuotesStage


def quotes_of(text, entities=()):
    return PeopleStage()(QuotesStage()(annotated_document(text, entities))).quotes


def test_direct_quote_with_speaker_after_the_verb():
    text = ("«Күн тәртібіне шығарылған барлық мәселе бойынша ортақ келісімге келдік», - деп атап өтті "
            "облыс әкімі Бердібек Сапарбаев.")
    quotes = quotes_of(text, [("облыс әкімі", "POSITION", "облыс әкімі"),
                              ("Бердібек Сапарбаев", "PERSON", "Бердібек Сапарбаев")])
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("Күн тәртібіне") and q.text.endswith("келісімге келдік")
    assert (q.kind, q.verb, q.speaker.name) == ("direct", "атап өтті", "Бердібек Сапарбаев")


def test_colon_quote_with_speaker_before():
    text = "Ал Ули Маурер: «Өз үйімде жүргендей сезімдемін, бәрі таныс», - деді."
    quotes = quotes_of(text, [("Ули Маурер", "PERSON", "Ули Маурер")])
    assert [(q.kind, q.speaker.name) for q in quotes] == [("direct", "Ули Маурер")]


def test_short_title_in_guillemets_is_not_a_quote():
    assert quotes_of("«Нұрлы жол» деп атап өтті әкім.") == []


def test_indirect_speech_with_person_subject():
    text = ("Орталық сайлау комиссиясының мүшесі Ләззат Сүлеймен қазақстандықтар сайлауға белсенді "
            "қатысып жатқанын айтты.")
    quotes = quotes_of(text, [("Орталық сайлау комиссиясының мүшесі", "POSITION", None),
                              ("Ләззат Сүлеймен", "PERSON", "Ләззат Сүлеймен"),
                              ("қазақстандықтар", "NORP", None)])
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.kind, q.verb, q.speaker.name) == ("indirect", "айтты", "Ләззат Сүлеймен")
    assert q.text == "қазақстандықтар сайлауға белсенді қатысып жатқанын"


def test_indirect_speech_with_position_subject_has_mention_but_no_person():
    text = "Мемлекеттік хатшы бұл сыйлық ел дамуындағы еңбектің бағасы екенін айтты."
    quotes = quotes_of(text, [("Мемлекеттік хатшы", "POSITION", "Мемлекеттік хатшы")])
    assert len(quotes) == 1 and quotes[0].speaker is None
    assert quotes[0].speaker_mention.text == "Мемлекеттік хатшы"


def test_pronoun_subject_takes_the_previous_speaker():
    text = ("Бауыржан Бәйбек тұрғындармен кездесті. «Біз жаңа мектептер саламыз, жолдарды жөндейміз», "
            "- деді Бауыржан Бәйбек. Ол бюджеттің тең жартысы әлеуметтік салаға жұмсалатынын айтты.")
    quotes = quotes_of(text, [("Бауыржан Бәйбек", "PERSON", "Бауыржан Бәйбек"),
                              ("Бауыржан Бәйбек", "PERSON", "Бауыржан Бәйбек")])
    assert [(q.kind, q.speaker.name) for q in quotes] == [("direct", "Бауыржан Бәйбек"),
                                                           ("indirect", "Бауыржан Бәйбек")]
    assert quotes[1].text.startswith("бюджеттің")


def test_sentence_without_speech_verb_has_no_quote():
    assert quotes_of("Мамандар сайлау учаскелерінде жұмыс істеді.") == []


def test_straight_double_quotes_with_speaker_after():
    text = '"Ол шетке қарай шықты да, сол жерде есінен танып қалды," деді Рид.'
    quotes = quotes_of(text, [("Рид", "PERSON", "Рид")])
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Ол шетке қарай шықты да, сол жерде есінен танып қалды,", "Рид")]


def test_unattributed_indirect_speech_far_from_a_speaker_stays_unattributed():
    text = ("«Біз жаңа мектептер саламыз, жолдарды жөндейміз», - деді Бауыржан Бәйбек. Күн жылы болды. "
            "Жаңбыр жауды. Мамандар сайлау учаскелерінде заңбұзушылық болмағанын айтты.")
    quotes = quotes_of(text, [("Бауыржан Бәйбек", "PERSON", "Бауыржан Бәйбек")])
    assert quotes[-1].kind == "indirect" and quotes[-1].speaker_mention is None


def test_speaker_named_with_ozinin_sozinde_is_taken_by_a_later_subjectless_report():
    text = ("Қала әкімінің орынбасары өзінің сөзінде бағдарламаға тоқталды. Бұл бағдарлама маңызды. "
            "Биыл 5 мектеп салынғанын атап өтті.")
    quotes = quotes_of(text, [("Қала әкімінің орынбасары", "POSITION", "Қала әкімінің орынбасары")])
    assert [(q.kind, q.speaker_mention.text) for q in quotes] == [("indirect", "Қала әкімінің орынбасары")]
