"""Issue 22: the dates stage's context rules on real sentences (tests/data/timex_context_cases.tsv):
anniversaries, quarters, weekly sets and weekends, the season sense of "маусым", full range spans,
year and day rollover, hours by words and events, a time tied to its day, unresolved relatives."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from presskz.core.doc import Document
from presskz.dates.stage import DatesStage
from presskz.segment.tokenizer import segment

CASES = Path(__file__).parent / "data" / "timex_context_cases.tsv"


def read_cases() -> list[tuple[str, ...]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")[:5]) for line in lines if line and not line.startswith("#")]


def temporals(sentence: str, reference: str) -> list[tuple[str, str, str | None]]:
    doc = Document(text=sentence)
    if reference != "-":
        doc.reference_date = dt.date.fromisoformat(reference)
    return [(t.text, t.kind, t.value) for t in DatesStage()(segment(doc)).temporals]


@pytest.mark.parametrize("sentence,reference,span,kind,value", read_cases())
def test_context_case(sentence, reference, span, kind, value):
    assert (span, kind, value) in temporals(sentence, reference)


@pytest.mark.parametrize("sentence", [
    "Өткен маусымда ол орта есеппен 5,6 ұпай және 2,6 допты іліп алу нәтижесін көрсетті.",
    "Театр осы маусымда бес премьера ұсынады."])
def test_a_season_is_not_june(sentence):
    # the first from kk-text (a basketball season)
    assert temporals(sentence, "2019-06-10") == []


def test_a_time_in_a_new_paragraph_with_several_days_before_keeps_xs():
    text = "10 мамырда жарыс, 12 мамырда марапаттау өтеді.\nСтарт сағат 08:00-де."
    assert ("сағат 08:00-де", "time", "XXXX-XX-XXT08:00") in temporals(text, "2025-04-01")


@pytest.mark.parametrize("sentence", ["Сен хат жаздың ба?", "Қыстан кейін көктем келеді."])
def test_a_genitive_verb_or_after_is_no_season_span(sentence):
    # "жаздың" alone may be "you wrote"; "after winter" is not winter
    found = [text.lower() for text, _, _ in temporals(sentence, "2019-06-10")]
    assert not {"жаздың", "қыстан кейін"} & set(found)


def test_a_ten_day_festival_is_no_date():
    # kk-text: "онкүндік" without a month is a ten-day festival of an art
    sentence = ("Ақан-сері — Ақтоқты трагедиясы 1958 жылы Мәскеуде өткен қазақ әдебиеті мен "
                "өнерінің онкүндігінде көрсету үшін «Ақын трагедиясы» деген атпен қайта қойылды.")
    assert [text for text, _, _ in temporals(sentence, "2019-06-10")] == ["1958 жылы"]


@pytest.mark.parametrize("sentence", [
    "Кітапханада «Қазақ баспасөзі: ХХ ғасырдың басы» атты көрме ашылды.",
    "Оқушылар «Жеңіске 80 жыл» тақырыбында шығарма жазды."])
def test_a_title_holds_no_temporal(sentence):
    # a date inside a «title» introduced by "атты" / "тақырыбында" is part of the name (made)
    assert temporals(sentence, "2025-05-01") == []


def test_a_quote_keeps_its_temporal():
    # KazNERD valid: a short quote of speech is no title
    assert ("Биыл", "relative", "2019") in temporals(
        "Бірнеше жылдар бойы қараусыз қалған жолды жергілікті атқамінерлер : « Биыл жөндейміз » , "
        "— деп сендіріп отыр .", "2019-06-10")


def test_a_programme_heading_gives_its_day_to_the_lines_under_it():
    # the layout of a holiday programme (https://turkystan.kz/article/260194-almatyda-merekege-orai-us-kun-boiy-koncert-otedi):
    # a short heading line names the day, the lines under it give times; "Бұл күні" in a new
    # paragraph is the last day named
    text = ("Алматыда мерекеге орай үш күн бойы концерт өтеді.\n\n9 мамыр күні\n\n"
            "• 09:30 – гүл қою рәсімі\n\n• 19:00-21:00 – концерт\n\n10 мамыр, сенбі\n\n"
            "• 11:00 – ансамбльдер өнер көрсетеді\n\nБұл күні халық ансамбльдері өнер көрсетеді.")
    found = temporals(text, "2025-05-08")
    assert ("09:30", "time", "2025-05-09T09:30") in found
    assert ("19:00-21:00", "range", "2025-05-09T19:00/2025-05-09T21:00") in found
    assert ("11:00", "time", "2025-05-10T11:00") in found
    assert ("Бұл күні", "relative", "2025-05-10") in found


@pytest.mark.parametrize("sentence", [
    "Ел Президенті Қасым-Жомарт Тоқаев Тамыз конференциясында айтқан болатын .",  # KazNERD valid
    "Матчтың бірінші жартысында қонақтар бір гол соқты.",  # made: no year, no half of a year
    "Жаңа жыл қарсаңында балаларға сыйлықтар табыс етілді."])  # made: the holiday alone
def test_a_holiday_or_a_match_half_is_no_temporal(sentence):
    # "Тамыз конференциясы" (the August teachers' conference) is an event name, not August
    assert temporals(sentence, "2019-06-10") == []


@pytest.mark.parametrize("sentence", [
    # a season or part-of-day adjective before a noun that is no word of time names a kind of thing
    "Көктемгі тасқынға қарсы күрес шаралары жайында әріптесім Риат Шони баяндайды .",  # KazNERD valid
    "Невададағы Кларк аймақтық сотына берілген құжаттарда түнгі клубтағы кездесуден соң, Роналду мен "
    "Майорга ойыншының бөлмесіне оралған деп көрсетілген.",  # kk-text
    # an evening as an event, with no day before it (kk-text)
    "Форд Сенаттың заң комитетіне Кавано университеттік сауық кешінде оны мас күйінде ұстағанын хабарлады.",
    # "осыған дейінгі" as an attribute of a noun (kk-text)
    "Лагерь жұмыскерлерінің айтуынша, жаңа ережелер адамдардың кейбірі ұсталғаннан кейін, осыған дейінгі "
    "қалыптасқан күннен кейін емес, сотқа келуін талап етеді."])
def test_no_temporal(sentence):
    assert temporals(sentence, "2018-10-01") == []


def test_a_grouped_number_is_no_duration():
    # https://forbes.kz/news/2022/09/05/newsid_283814: 1 878 crimes, not 878 days
    sentence = "Бір апта ішінде 3 089 қылмыс жасалды. Оның 1 878-і тәулік ішінде ашылды."
    found = temporals(sentence, "2022-09-05")
    assert [t[0] for t in found] == ["Бір апта ішінде", "тәулік ішінде"]
