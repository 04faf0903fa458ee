"""People stage and announcement block: clustering, positions by apposition, issuer."""
from presskz.eval.events import annotated_document
from presskz.core.doc import Document, Entity
from presskz.people.rules import NameParts, parse_name, same_name
from presskz.events.stage import EventsStage
from presskz.people.announcement import AnnouncementStage
from presskz.people.stage import PeopleStage
from presskz.quotes.stage import QuotesStage


def run(text, entities=()):
    doc = annotated_document(text, entities)
    for stage in (EventsStage(), QuotesStage(), PeopleStage(), AnnouncementStage()):
        doc = stage(doc)
    return doc


def test_full_name_initials_and_inflected_surname_are_one_person():
    text = ("Облыс әкімі Ерік Сұлтанов жиынға қатысты. Е.Сұлтанов жоспарларды айтты. "
            "Сұлтановтың сөзінен кейін кездесу аяқталды.")
    doc = run(text, [("Облыс әкімі", "POSITION", "Облыс әкімі"), ("Ерік Сұлтанов", "PERSON", None),
                     ("Е.Сұлтанов", "PERSON", None), ("Сұлтановтың", "PERSON", None)])
    assert [(p.name, len(p.mentions), p.positions) for p in doc.people] == [
        ("Ерік Сұлтанов", 3, ["Облыс әкімі"])]


def test_different_first_names_are_different_people():
    doc = run("Ерік Сұлтанов және Айгүл Сұлтанова келді. А.Сұлтанов та келді.",
              [("Ерік Сұлтанов", "PERSON", None), ("Айгүл Сұлтанова", "PERSON", None),
               ("А.Сұлтанов", "PERSON", None)])
    assert [p.name for p in doc.people] == ["Ерік Сұлтанов", "Айгүл Сұлтанова", "А.Сұлтанов"]


def test_position_after_the_name_between_commas():
    doc = run("Марат Оспанов, аудан әкімі, сөз сөйледі.",
              [("Марат Оспанов", "PERSON", None), ("аудан әкімі", "POSITION", None)])
    assert doc.people[0].positions == ["аудан әкімі"]


def test_position_speaker_goes_to_the_person_holding_it():
    text = ("Алматы әкімінің орынбасары Арман Қырықбаев брифинг өткізді. Қала әкімінің орынбасары "
            "жаңа мектептер ашылғанын айтты.")
    doc = run(text, [("Алматы әкімінің орынбасары", "POSITION", "Алматы әкімінің орынбасары"),
                     ("Арман Қырықбаев", "PERSON", "Арман Қырықбаев"),
                     ("Қала әкімінің орынбасары", "POSITION", "Алматы әкімінің орынбасары")])
    assert [q.speaker.name for q in doc.quotes] == ["Арман Қырықбаев"]


def test_issuer_from_deп_habarlady_and_headline_line():
    text = ("Астанада көрме ашылды\n"
            "Ұлттық музейде көрме ашылды, - деп хабарлады Астана қаласы әкімдігінің баспасөз қызметі.")
    doc = run(text, [("Ұлттық музейде", "FACILITY", "Ұлттық музей"),
                     ("Астана қаласы әкімдігінің баспасөз қызметі", "ORGANISATION", None)])
    ann = doc.announcement
    assert ann["headline"] == "Астанада көрме ашылды"
    assert ann["issuer"] == "Астана қаласы әкімдігі"  # the body whose press service credits the text
    assert ann["issuer_entity"] is doc.entities[1]
    assert ann["main_event"] is doc.events[0] and ann["published"] is None


def test_no_issuer_no_events_gives_nulls():
    ann = run("Бүгін күн жылы.").announcement
    assert ann == {"headline": None, "issuer": None, "issuer_entity": None, "outlet": None,
                   "place": None, "published": None, "main_event": None}


def test_metadata_title_is_the_headline_when_the_text_opens_with_none():
    doc = annotated_document("Бүгін күн жылы.", [])
    doc.meta["title"] = "Ауа райы"
    assert AnnouncementStage()(doc).announcement["headline"] == "Ауа райы"


def test_title_line_of_the_text_beats_the_metadata_title():
    doc = annotated_document("Ауа райы жылы\nБүгін күн жылы.", [])
    doc.meta["title"] = "Метадеректегі тақырып"
    assert AnnouncementStage()(doc).announcement["headline"] == "Ауа райы жылы"


def test_people_stage_leaves_the_announcement_to_its_own_stage():
    doc = annotated_document("Бүгін күн жылы.", [])
    for stage in (EventsStage(), QuotesStage(), PeopleStage()):
        doc = stage(doc)
    assert doc.announcement == {}


def test_same_name_ignores_case_endings_only():
    assert same_name("Ұлттық мұражайы", "Ұлттық мұражайында")
    assert not same_name("Ұлттық мұражайы", "Ұлттық кітапханасы")


def test_generic_position_goes_to_the_unique_holder_of_its_head():
    text = ("Алматы әкімінің орынбасары Арман Қырықбаев брифинг өткізді. Қала әкімінің орынбасары "
            "жаңа мектептер ашылғанын айтты.")
    doc = run(text, [("Алматы әкімінің орынбасары", "POSITION", None), ("Арман Қырықбаев", "PERSON", None),
                     ("Қала әкімінің орынбасары", "POSITION", None)])
    assert [q.speaker.name for q in doc.quotes] == ["Арман Қырықбаев"]


def test_a_surname_in_capitals_and_a_name_cut_after_its_hyphen_are_read_whole():
    doc = Document(text="Юлия ИСКАКОВАНЫҢ айтуынша, Қасым- Жомарт Тоқаев келді.")
    caps = doc.span(0, 15, Entity, type="PERSON", normalized="Юлия ИСКАКОВАНЫ")
    cut = doc.span(27, 47, Entity, type="PERSON", normalized="Қасым- Жомарт Тоқаев")
    assert parse_name(caps) == NameParts(("Юлия",), "Искакова")
    assert parse_name(cut) == NameParts(("Қасым-Жомарт",), "Тоқаев")


def test_a_namesake_and_a_lone_capitalised_word_make_nobody():
    # kk-text: "Мұражай Қазақстан үкіметінің шешімімен ... Жамбыл Жабаев тұрған үйде"; the school
    # after "атындағы" is named after Абай, who is no person of the text
    text = ("Абай атындағы мектепте Мұражай ашылды. Жамбыл Жабаев тұрған үйде Кітап көрмесі "
            "болды.")
    doc = run(text, [("Абай", "PERSON", None), ("Мұражай", "PERSON", None),
                     ("Жамбыл Жабаев", "PERSON", None), ("Кітап", "PERSON", None)])
    assert [p.name for p in doc.people] == ["Жамбыл Жабаев"]


def test_a_given_name_with_patronymic_and_with_surname_is_one_person():
    text = ("Театр директоры Нұрымбет Аманұлы сахнаға шықты. Нұрымбет Сақтағанов көрерменге "
            "алғыс айтты. Ерлан Аманұлы да келді.")
    doc = run(text, [("Нұрымбет Аманұлы", "PERSON", None), ("Нұрымбет Сақтағанов", "PERSON", None),
                     ("Ерлан Аманұлы", "PERSON", None)])
    assert [(p.name, len(p.mentions)) for p in doc.people] == [
        ("Нұрымбет Сақтағанов", 2), ("Ерлан Аманұлы", 1)]


def test_positions_chained_by_commas_a_credit_dash_and_a_shared_occupation():
    # kk-text: "... медицина ғылымдарының докторы, профессор Қаниса Қанышқызы Сәтбаева қайтыс болды."
    doc = run("Медицина ғылымдарының докторы, профессор Қаниса Сәтбаева қайтыс болды.",
              [("Медицина ғылымдарының докторы", "POSITION", None), ("профессор", "POSITION", None),
               ("Қаниса Сәтбаева", "PERSON", None)])
    assert doc.people[0].positions == ["Медицина ғылымдарының докторы", "профессор"]
    doc = run("Суретші - Асқар Омаров, Мұрат Сапаров.",
              [("Суретші", "POSITION", "суретші"), ("Асқар Омаров", "PERSON", None),
               ("Мұрат Сапаров", "PERSON", None)])
    assert [p.positions for p in doc.people] == [["суретші"], ["суретші"]]


def test_a_post_is_not_shared_and_a_title_before_the_next_name_is_the_next_ones():
    doc = run("Жиынға облыс әкімі Дархан Сатыбалды, Полиция департаментінің бастығы Мұрат Қабденов қатысты.",
              [("облыс әкімі", "POSITION", None), ("Дархан Сатыбалды", "PERSON", None),
               ("Полиция департаментінің бастығы", "POSITION", None), ("Мұрат Қабденов", "PERSON", None)])
    assert [p.positions for p in doc.people] == [["облыс әкімі"], ["Полиция департаментінің бастығы"]]
    doc = run("Облыс әкімі Ерік Сұлтанов, Марат Оспанов келді.",
              [("Облыс әкімі", "POSITION", None), ("Ерік Сұлтанов", "PERSON", None),
               ("Марат Оспанов", "PERSON", None)])
    assert [p.positions for p in doc.people] == [["Облыс әкімі"], []]


def test_two_titles_joined_by_ari_before_a_name_are_both_the_persons():
    # the titles and their "әрі" as https://kaztheatre.kz/news/ (the Kalkaman theatre's news of
    # Гүлсина Миргалиева's appointment) writes them: "көркемдік жетекші әрі бас режиссер"
    doc = run("Театрдың көркемдік жетекшісі әрі бас режиссері Гүлсина Миргалиева сөз сөйледі.",
              [("Театрдың көркемдік жетекшісі", "POSITION", None), ("бас режиссері", "POSITION", None),
               ("Гүлсина Миргалиева", "PERSON", None)])
    assert doc.people[0].positions == ["Театрдың көркемдік жетекшісі", "бас режиссері"]
    doc = run("Облыс әкімі және мәслихат хатшысы Ерік Сұлтанов келді.",
              [("Облыс әкімі", "POSITION", None), ("мәслихат хатшысы", "POSITION", None),
               ("Ерік Сұлтанов", "PERSON", None)])
    assert doc.people[0].positions == ["мәслихат хатшысы"]


def test_a_post_that_speaks_for_a_person_is_one_of_their_positions():
    # names and titles of http://tolqyn.kz (the Kyzylorda akim meets journalists), the speech
    # attributed to the post the way a release does ("..., - деді компания басшысы")
    text = ("«Сыр медиа» ЖШС бас директоры Аманжол Оңғарбаев журналистермен кездесті.\n"
            "«Мекемеде газетті шығарып, тарату жұмыстары жолға қойылған», - деді компания басшысы.")
    doc = run(text, [("«Сыр медиа» ЖШС бас директоры", "POSITION", None),
                     ("Аманжол Оңғарбаев", "PERSON", None), ("компания басшысы", "POSITION", None)])
    assert [q.speaker.name for q in doc.quotes] == ["Аманжол Оңғарбаев"]
    assert doc.people[0].positions == ["«Сыр медиа» ЖШС бас директоры", "компания басшысы"]
