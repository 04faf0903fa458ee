"""A title that names its holder alone ("деді министр.", "Әкімнің айтуынша") is a POSITION (issue 21:
release gold annotates a position at each mention), unless counted or the first half of a compound.
Sentences from kk-text (tatoeba/wikinews lines, CC BY) and press-style phrasing."""
import pytest

from presskz.core.doc import Document
from presskz.entities.gazetteer import GazetteerStage
from presskz.segment.tokenizer import segment


def positions(text):
    doc = GazetteerStage()(segment(Document(text=text)))
    return {e.text for e in doc.rule_entities if e.type == "POSITION"}


@pytest.mark.parametrize("text, title", [
    ("Мұның орнына министр Ким мен Оңтүстік Корея басшысы Мун Чжэ Ин арасында соңғы бес айда өткен "
     "үш кездесуді атап өтті.", "министр"),
    ("Бұл мәселе шешілуі тиіс, - деді министр.", "министр"),
    ("Әкімнің айтуынша, биыл жаңа мектептер салынады.", "Әкімнің"),
    ("Тілшілер вице-министрден бұл туралы сұрады.", "вице-министрден"),
])
def test_a_title_alone_is_a_position(text, title):
    assert title in positions(text)


@pytest.mark.parametrize("text", [
    "Мұсылман фракциясына 36 депутат енді.",
    "КСРО Жоғары Кеңесіне республикадан 44 депутат сайланды.",
    "Басқарушы органның жыл сайынғы жалпы жиналысында ЭйлидДойл Шотланд атлеттер кеңесіне атқарушы "
    "емес директор болып сайланды.",
    "Жақсыдан әкім қойсаң, елді түзетер, жаманнан әкім қойсаң, елді жүдетер.",
    "Министрі келді.",  # a possessive title needs its owner
])
def test_a_counted_or_compound_or_possessive_title_is_not(text):
    assert not positions(text)


@pytest.mark.parametrize("text, title", [  # kk-text
    ("Ақырында, олардың тамаша қорғанысы алаң иелерін жеңіске жеткізді және жаттықтырушы Питер Мерчи "
     "риза болды.", "жаттықтырушы"),
    ("Үш мәрте әлем чемпионы ер адамға, америкалық режиссер Дастин Ланс Блэкке, ғашық болды.", "режиссер"),
])
def test_an_occupation_right_before_a_name_is_a_position(text, title):
    assert title in positions(text)


def test_an_occupation_needs_an_owner_or_a_name_after_it():
    assert not positions("Бас бапкер жаңа тактикаларды сынап көрді.")  # KazNERD leaves it untagged
    assert not positions("Театр режиссері жаңа қойылым дайындады.")
    assert "Қазақстан құрамасының бас бапкері" in positions(
        "Қазақстан құрамасының бас бапкері жаңа ойыншыларды шақырды.")


@pytest.mark.parametrize("text, title", [  # kk-text
    ("Трамптың баспасөз хатшысы Сара Сандерс жексенбіде Fox News эфиріне шықты.",
     "Трамптың баспасөз хатшысы"),
    ("Бұл туралы Президенттің баспасөз хатшысы хабарлады.", "Президенттің баспасөз хатшысы"),
])
def test_a_two_word_title_chains_to_its_owner(text, title):
    assert title in positions(text)


def test_an_owner_is_no_phrase_in_the_locative_and_a_bare_two_word_title_is_none():  # KazNERD valid
    found = positions("Халықтың әл-ауқатын арттыру үшін « Нұр Отан » партиясының съезінде Мемлекет "
                      "басшысы біршама тапсырмалар бергенін білеміз .")
    assert found == {"Мемлекет басшысы"}
    found = positions("Президенттің бұл қабілеті оның баспасөз хатшысы Берік Уәлиді де таңғалдырмай "
                      "қоймайды .")
    assert not found - {"Президенттің"}
