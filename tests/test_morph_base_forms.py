"""Base forms of real entity mentions (tests/data/base_forms.tsv, KazNERD test spans checked by hand)."""
from pathlib import Path

from presskz.kk.morphology import base_form_of_name

PAIRS = Path(__file__).parent / "data" / "base_forms.tsv"


def read_pairs():
    lines = [ln for ln in PAIRS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:]]


def test_base_forms_file_has_300_pairs_across_types():
    pairs = read_pairs()
    assert len(pairs) >= 300
    assert len({kind for _, _, kind in pairs}) >= 10


def test_base_form_of_name_is_right_on_at_least_95_percent_of_real_mentions():
    pairs = read_pairs()
    wrong = [(s, base_form_of_name(s), b) for s, b, _ in pairs if base_form_of_name(s) != b]
    assert len(wrong) / len(pairs) <= 0.05, wrong


def test_a_loan_word_ending_in_b_g_d_takes_the_voiceless_suffixes():
    # KazNERD IOB2_valid.txt spans (CC BY 4.0): the final б/г/д of a loan is said voiceless
    for surface, base in [("Екатеринбургте", "Екатеринбург"), ("Мадридтегі", "Мадрид"),
                          ("Нидерландтағы", "Нидерланд"), ("Санкт-Петербургта", "Санкт-Петербург"),
                          ("Тайландтан", "Тайланд"), ("Әл-Махмудпен", "Әл-Махмуд")]:
        assert base_form_of_name(surface) == base
