"""kk.morphology on real Kazakh words: every case form, the closed sets of endings, harmony, voicing."""
import pytest

from presskz.kk import morphology as morph
from presskz.kk.morphology import base_form, base_form_of_name, ending_re, endings, split_suffix

CASES = ("gen", "dat", "acc", "loc", "abl", "ins", "locadj")
# stem: genitive dative accusative locative ablative instrumental locative-adjective; stems ending
# in a vowel, a sonorant, a voiceless stop, a nasal and a 3rd-person possessive, back and front
CASE_FORMS = """
қала: қаланың қалаға қаланы қалада қаладан қаламен қаладағы
Алматы: Алматының Алматыға Алматыны Алматыда Алматыдан Алматымен Алматыдағы
ел: елдің елге елді елде елден елмен елдегі
мектеп: мектептің мектепке мектепті мектепте мектептен мектеппен мектептегі
кітап: кітаптың кітапқа кітапты кітапта кітаптан кітаппен кітаптағы
Қазақстан: Қазақстанның Қазақстанға Қазақстанды Қазақстанда Қазақстаннан Қазақстанмен Қазақстандағы
мұражайы: мұражайының мұражайына мұражайын мұражайында мұражайынан мұражайымен мұражайындағы
"""


def case_forms():
    for line in CASE_FORMS.strip().splitlines():
        stem, forms = line.split(": ")
        for case, form in zip(CASES, forms.split(), strict=True):
            yield stem, case, form


@pytest.mark.parametrize("stem,case,form", list(case_forms()))
def test_every_case_form_splits_into_its_stem_and_case(stem, case, form):
    assert split_suffix(form, "case") == (stem, case)


@pytest.mark.parametrize("stem,case,form", list(case_forms()))
def test_the_base_form_of_a_name_in_any_case_is_its_nominative(stem, case, form):
    assert base_form_of_name(f"Ұлттық {form}") == f"Ұлттық {stem}"


@pytest.mark.parametrize("word,base", [("оқушыға", "оқушы"), ("бақшалардың", "бақша"),
                                       ("орынды", "орын"), ("Қазақстан", "Қазақстан"),
                                       ("ОКҚ-де", "ОКҚ"), ("2020-ға", "2020")])
def test_base_form_strips_case_possessive_and_plural(word, base):
    assert base_form(word) == base


@pytest.mark.parametrize("name,words", [
    ("ablative", "Алматыдан мектептен кітаптан елден қаласынан"),
    ("dative", "Алматыға мектепке кітапқа елге қаласына анама"),
    ("genitive", "Алматының мектептің елдің кітаптың"),
    ("demonym", "алматылық қазақстандық түркістандық"),
])
def test_each_closed_set_of_endings_ends_its_real_words(name, words):
    for word in words.split():
        assert word.endswith(endings(name)) and ending_re(name).search(word), word


def test_the_ablative_pattern_ignores_case_only_when_asked():
    assert ending_re("ablative", ignore_case=True).search("АЛМАТЫДАН")
    assert not ending_re("ablative").search("АЛМАТЫДАН")


def test_an_unknown_set_of_endings_is_an_error():
    with pytest.raises(KeyError, match="locative_plural"):
        endings("locative_plural")


def test_back_and_front_vowels_are_disjoint_and_neutral_ones_take_either():
    assert morph.BACK.isdisjoint(morph.FRONT) and morph.NEUTRAL.isdisjoint(morph.BACK | morph.FRONT)
    assert morph.BACK | morph.FRONT | morph.NEUTRAL <= morph.VOWELS
    assert morph.HIGH_VOWELS == {"ы", "і"}


@pytest.mark.parametrize("stem,voiced", [("ширек", "ширег"), ("қыркүйек", "қыркүйег"),
                                         ("қырық", "қырығ"), ("кітап", "кітаб"), ("орын", None)])
def test_a_final_voiceless_stop_voices(stem, voiced):
    assert morph.voiced_stem(stem) == voiced
