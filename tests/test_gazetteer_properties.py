"""Properties of the rules stage and of base forms over arbitrary input."""
from hypothesis import given, settings
from hypothesis import strategies as st

from presskz.core.doc import Document
from presskz.kk.morphology import base_form, base_form_of_name
from presskz.segment.tokenizer import segment
from presskz.entities.gazetteer import GazetteerStage
from presskz.entities.merge import MergeStage

WORDS = ["Алматы", "қаласы", "әкімінің", "орынбасары", "Арман", "Қырықбаевтың", "«", "»", "атты",
         "концерт", "ЖШС", "ҚР", "А.", "Б", ".", ",", "және", "министрлігінің", "басшысы", "IDC",
         "Central", "облысында", "туралы", "Заңы", "25", "жылдығына", "Тәуелсіздігінің", "-", "пен"]
LETTERS = "абвгдеәғқңөұүһіжзийклмнопрстуфхцчшщъыьэюяАӘБҚҒҢӨҰҮІ .,-«»"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_rule_and_final_entities_keep_offsets_and_are_flat(words):
    doc = MergeStage()(GazetteerStage()(segment(Document(text=" ".join(words)))))
    doc.check_all()
    for layer in (doc.rule_entities, doc.entities):
        spans = sorted((e.start, e.end) for e in layer)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(e.normalized and e.group for e in doc.entities)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LETTERS, max_size=30))
def test_base_forms_only_cut_an_ending(text):
    assert text.startswith(base_form(text)) or not text
    name = base_form_of_name(text)
    assert text.startswith(name)


NAME_LETTERS = "абгдеәжзийклмнопрстуқңөұүһіыАБҚҒҢӨҰҮІİΣσς-– "


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=NAME_LETTERS, min_size=1, max_size=14))
def test_may_be_nominative_holds_whenever_the_nominative_is_listed(text):
    """may_be_nominative is a prefilter: it may never turn away a word whose nominative (or
    lowercased form) is a key."""
    from presskz.entities.lexicon import Beginnings, may_be_nominative, nominative
    keys = {nominative(text), text.lower(), nominative(text).split("-")[0]} - {""}
    assert may_be_nominative(Beginnings(keys), text)


def test_may_be_nominative_turns_away_a_word_without_a_listed_stem():
    from presskz.entities.lexicon import Beginnings, may_be_nominative
    names = Beginnings({"асқар", "ая"})
    assert may_be_nominative(names, "Асқарға") and may_be_nominative(names, "Асқар-ға")
    assert not may_be_nominative(names, "Аяқтады")  # "ая" + "қтады": no case suffix
