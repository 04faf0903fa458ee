"""Who says a quote (presskz.quotes.speakers), on real sentences: KazNERD valid (CC BY 4.0, Yeshpanov
et al. 2022) and kk-text; two sentences of KazNERD put together where a case needs a person named
before the quote."""
from presskz.eval.events import annotated_document
from presskz.people.stage import PeopleStage
from presskz.quotes.stage import QuotesStage

MINISTER = "Бұл туралы Ақпарат және қоғамдық даму министрі Дәурен Абаев айтты."  # KazNERD valid
CHIEF = "« Әсіресе оқ-дәрілерді қауіпсіз аймақта сақтауға баса мән берілген » , — деді ведомство басшысы."


def quotes_of(text, entities=()):
    return PeopleStage()(QuotesStage()(annotated_document(text, entities))).quotes


def test_the_chief_of_the_releases_body_under_a_bare_noun_is_the_chief_named():
    text = MINISTER + "\n" + CHIEF
    quotes = quotes_of(text, [("Ақпарат және қоғамдық даму министрі", "POSITION", None),
                              ("Дәурен Абаев", "PERSON", None), ("ведомство басшысы", "POSITION", None)])
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in direct] == ["Дәурен Абаев"]


def test_a_bare_chief_with_no_chief_named_stays_a_post():
    quotes = quotes_of(CHIEF, [("ведомство басшысы", "POSITION", None)])
    assert [(q.speaker, q.speaker_entity.text) for q in quotes] == [(None, "ведомство басшысы")]


def test_a_bare_body_noun_speaks_as_the_body_named_in_full():
    # kk-text: "..., деп хабарлады Павлодар облысы ІІД баспасөз қызметі." with the body named first
    text = ("Павлодар облыстық полиция департаментінің қызметкерлері жұмысты күшейтті.\n"
            "«Мектепке жол» іс-шарасы кезінде үй-үйді аралау барысында қызметкерлер баланы тауып алды, "
            "деп хабарлады Департаменттің баспасөз қызметі.")
    body = ("Павлодар облыстық полиция департаментінің", "ORGANISATION",
            "Павлодар облыстық полиция департаменті")
    quotes = quotes_of(text, [body, ("Департаменттің баспасөз қызметі", "ORGANISATION", None)])
    assert [q.speaker_entity.text for q in quotes] == [body[0]]


def test_a_report_with_no_named_subject_continues_the_previous_sentences_subject():
    # two real sentences put together: a fresh release in no split (https://kazteatr-kst.kz/kz/baspasoz/
    # novosti/item/577) and kk-text ("Сонымен қатар ол ... келетіндігін айтты."); no quote before names
    # a speaker, so "ол" is the subject of the sentence before
    text = ("Премьераны тамашалаған облыс әкімінің орынбасары Ринат Мұхаметқалиев жылдың алғашқы қойылымын "
            "жоғары бағалады. Сонымен қатар ол өкілдікке жаңа үйлер құрылысы үшін көбірек өкілеттік бергісі "
            "келетіндігін айтты.")
    quotes = quotes_of(text, [("облыс әкімінің орынбасары", "POSITION", None),
                              ("Ринат Мұхаметқалиев", "PERSON", None)])
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("indirect", "Ринат Мұхаметқалиев")]


def test_a_bare_chamber_chair_is_the_speaker_of_the_chamber_named():
    # KazNERD-style post names; "Палата Төрағасы" is the chair of the chamber, "Мәжіліс Спикері"
    text = ("Мәжіліс Спикері Ерлан Қошанов отырысты ашты.\n"
            "Палата Төрағасы сессия күрделі кезеңде өткенін айтты.")
    quotes = quotes_of(text, [("Мәжіліс Спикері", "POSITION", None), ("Ерлан Қошанов", "PERSON", None),
                              ("Палата Төрағасы", "POSITION", None)])
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ерлан Қошанов"]
