"""Entity types and titles decided by the sentence (issue 21), on real sentences the rules were not
written from (fresh releases, KazNERD IOB2_valid, CC BY 4.0): a theatre is the body in the
nominative and genitive and the building where something happens in it; a person's name before a
quoted title is not part of the title; an honorary title is a POSITION that links a name to the
post before it; a plural title names each holder's post in the singular."""
import pytest

from presskz.core.doc import Document, Entity
from presskz.entities.normalize import entity_base, link


def entities(pipeline, text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.type, e.normalized) for e in pipeline(Document(text=text)).entities}


@pytest.mark.parametrize("text, name, type_", [
    # https://qazaqstan.tv/news/48462/ : the stage of the theatre, a place
    ("Николай Гогольдің бұл шығармасы Жастар театрының сахнасында өзгеше екпінмен, ерекше "
     "шабытпен көрерменге жол тартты.", "Жастар театрының", "FACILITY"),
    # https://qazaqstan.tv/news/48462/ : the theatre's company, the body
    ("Дариға Назарбаева Жастар театры ұжымымен кездесті.", "Жастар театры", "ORGANISATION"),
    # https://el.kz./amp/zhaqyn-uaqytta-keremet-qoyylym-bolady-qalmay-baruym-kerek_55631
    ("Бүгін Алматы қаласында Мұхтар Әуезов атындағы Қазақ ұлттық драма театрында «Қожанасыр тірі "
     "екен...» атты қойылым өтеді.", "Мұхтар Әуезов атындағы Қазақ ұлттық драма театрында", "FACILITY"),
    # https://old.syrboyi.kz/negizginews/16762-toy-bolarda-atty-komediya-kpshlk-nazaryna-synyldy.html
    ("Спектакльді аудандық мәдениет үйі жанынан құрылған Халық театрының әртістері қойды.",
     "Халық театрының", "ORGANISATION"),
])
def test_a_theatre_is_the_body_or_its_building(fast, text, name, type_):
    assert entities(fast, text)[name][0] == type_


def test_a_person_before_a_quoted_title_is_the_subject(fast):
    # KazNERD IOB2_valid
    found = entities(fast, "Нұрсұлтан Назарбаев «Алстом» компаниясының басқарма басшысы "
                           "Анри Пупар-Лафаржді қабылдады.")
    assert found["Нұрсұлтан Назарбаев"][0] == "PERSON"
    assert found["«Алстом» компаниясының басқарма басшысы"][0] == "POSITION"


def test_an_honorary_title_is_a_position(fast):
    # KazNERD IOB2_valid tags the whole title POSITION
    found = entities(fast, "Ал «Қазақстанның еңбек сіңірген қайраткері» атағы ғылым мен мәдениет "
                           "саласының отыз алты өкіліне берілді.")
    assert found["Қазақстанның еңбек сіңірген қайраткері"][0] == "POSITION"


def test_a_post_before_an_honorary_title_is_the_persons(fast):
    doc = fast(Document(text="Жиынға Абай атындағы опера және балет театрының директоры, Қазақстанның "
                             "еңбек сіңірген қайраткері Талғат Теменов қатысты."))
    positions = {p.name: p.positions for p in doc.people}["Талғат Теменов"]
    assert "Абай атындағы опера және балет театрының директоры" in positions


def linked(text: str, spans: list[tuple[str, str]]) -> list[str]:
    """The normalized forms link() gives the (name, type) spans of `text`."""
    doc = Document(text=text)
    found = []
    for name, type_ in spans:
        start = text.index(name)
        found.append(doc.span(start, start + len(name), Entity, type=type_,
                              normalized=entity_base(text, start, start + len(name))))
    link(found, text)
    return [e.normalized for e in found]


@pytest.mark.parametrize("text, name, type_, base", [
    ("Жиынға облыстық мәслихат депутаттары қатысты.", "облыстық мәслихат депутаттары", "POSITION",
     "облыстық мәслихат депутаты"),
    ("Кездесуге аудан әкімдері келді.", "аудан әкімдері", "POSITION", "аудан әкімі"),
    ("Николай Гогольдің шығармасы", "Николай Гогольдің", "PERSON", "Николай Гоголь"),
    ("Израильдің елшісі", "Израильдің", "GPE", "Израиль"),
])
def test_base_forms(text, name, type_, base):
    assert linked(text, [(name, type_)]) == [base]


def test_a_bare_body_noun_takes_the_one_named_body():
    text = ("Қ.Жандарбеков атындағы облыстық драма театрында премьера өтті. Театрдың директоры "
            "Асқар Болатұлы көрермендерге алғыс айтты.")
    spans = [("Қ.Жандарбеков атындағы облыстық драма театрында", "FACILITY"),
             ("Театрдың директоры", "POSITION")]
    assert linked(text, spans)[1] == "Қ.Жандарбеков атындағы облыстық драма театрының директоры"


def test_two_named_bodies_leave_the_bare_noun():
    text = "Абай театры мен Жастар театры бірлесті. Театрдың директоры сөйледі."
    spans = [("Абай театры", "ORGANISATION"), ("Жастар театры", "ORGANISATION"),
             ("Театрдың директоры", "POSITION")]
    assert linked(text, spans)[2] == "Театрдың директоры"


@pytest.mark.parametrize("text, place, name", [
    # KazNERD IOB2_valid
    ("Коронавирус вирусының кесірінен Франциядағы Лувр мұражайы жабылды.", "Франциядағы",
     "Лувр мұражайы"),
    # https://baq.kz/qaragandyda-zan-men-tartip-fotokormesi-otti-200022179/
    ("Қарағандыдағы Орталық мәдениет және демалыс саябағында фотокөрме ұйымдастырылды.",
     "Қарағандыдағы", "Орталық мәдениет және демалыс саябағында"),
])
def test_a_place_in_dagy_before_a_facility_is_its_own_gpe(fast, text, place, name):
    found = entities(fast, text)
    assert found[place][0] == "GPE" and found[name][0] == "FACILITY"


def test_a_post_after_a_name_and_a_conjunction_starts_after_them(fast):
    # KazNERD IOB2_valid: POSITION «Информбюро» ақпарат агенттігінің журналисі
    found = entities(fast, "Бұдан бөлек «Генералдар кеңесі» қоғамдық бірлестігінің төрағасы, "
                           "генерал-майор Рүстем Қайдаров және «Информбюро» ақпарат агенттігінің "
                           "журналисі де бар.")
    assert found["«Информбюро» ақпарат агенттігінің журналисі"][0] == "POSITION"
    assert found["Рүстем Қайдаров"][0] == "PERSON"


def test_a_name_written_with_other_capitals_keeps_its_own_base_form():
    text = "Парламент мәжілісінің депутаты сөйледі. Парламент Мәжілісінің депутаты да келді."
    spans = [("Парламент мәжілісінің депутаты", "POSITION"), ("Парламент Мәжілісінің депутаты", "POSITION")]
    assert linked(text, spans) == ["Парламент мәжілісінің депутаты", "Парламент Мәжілісінің депутаты"]


@pytest.fixture(scope="module")
def default():
    from presskz.api import load_pipeline
    return load_pipeline("default")


def test_a_court_named_in_the_locative_is_the_building(default):
    # https://qamshy.kz/ru/article/767-taghy-bir-basylym-dgabylmaq: the model reads the court acting;
    # where something happens it is the building (presskz.entities.venues)
    text = ("Бүгін 12 ақпан күні сағат 17.00 Бостандық аудандық сотында (Орбита-2, 20А үйі) "
            "\"Правдивая газета\" басылымының соңғы сот отырысы өтеді.")
    assert entities(default, text)["Бостандық аудандық сотында"] == ("FACILITY", "Бостандық аудандық соты")


def test_a_body_named_in_the_locative_as_employer_stays_the_body():
    from presskz.core.doc import Document
    from presskz.entities.venues import venues_in_locative
    text = "Ол Жастар ресурстық орталығында жұмыс істейді."  # an employer, made-up unit case
    doc = Document(text=text)
    name = "Жастар ресурстық орталығында"
    start = text.index(name)
    e = doc.span(start, start + len(name), Entity, type="ORGANISATION", normalized=None)
    assert venues_in_locative(doc, [e])[0].type == "ORGANISATION"
    doc2 = Document(text="Кеше Ақпарат орталығында брифинг өтті.")
    e2 = doc2.span(5, 5 + len("Ақпарат орталығында"), Entity, type="ORGANISATION", normalized=None)
    assert venues_in_locative(doc2, [e2])[0].type == "FACILITY"


def test_a_title_holds_what_its_post_is_for(fast):
    # kk-text kk_corpus.txt (public Kazakh text, README there): "X жөніндегі" before the head is the
    # post's scope, and the body before it its owner (title_scope_words.txt)
    text = ("NTS ұйымының табиғатты қорғау жөніндегі кеңесшісі Роб Дьюар зерттеу нәтижесі мекендеу "
            "орталарының қайсысы жарқанаттар үшін қолайлы екенін көрсетті.")
    assert entities(fast, text)["NTS ұйымының табиғатты қорғау жөніндегі кеңесшісі"][0] == "POSITION"
