"""The date/time grammar: named regex rules over running text that propose temporal spans.

Each rule is built from the data files (month names, units, suffix chains, number words) so it
covers every month, every case form and both vowel-harmony variants; the values are computed
separately by date_values.py from the rule's named groups (match first, interpret second).
All rules run over a sentence; the stage keeps the longest non-overlapping matches.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from presskz.dates.pieces import AND, B, DASH, E, EW, HSUF, pieces


class Rule(NamedTuple):
    """One date rule: its pattern (fragments of pieces() in braces) and what every match of it
    holds, which date_keys uses to run the rule only where it can match.

    keys: key families (dates.keys.key_families) a word of each of which every match contains at a
    word start (after a space, a dash or the match's own start). A key must be a word no match
    of the pattern can do without; NUMBER is a digit or a number word (the WORDNUM stems,
    which also begin "бірнеше").
    starts: families one of which every match begins with (its first token): the rule is tried
    only at those words; a YEARREF prefix begins with a NUMBER, a MODS word or биыл-/былтыр-/жыл.
    needs: a regex every match contains (a date or clock time written with digits and
    punctuation, the hyphen of a repetition); where it is absent the rule is not tried."""

    pattern: str
    keys: tuple[str, ...]
    starts: tuple[str, ...]
    needs: str | None = None


RULES = {
    # 05.11.2016, 5.11.2016 ж., 01.01.2026 жылдан бастап, 2016-11-05, 2016-11-05T11:00
    "numeric": Rule(
        r"{B}(?P<d>\d{{1,2}})[./](?P<mon>\d{{1,2}})[./](?P<y>\d{{4}})(?:\s?ж\.|\s?жыл{SUF})?{HSUF}(?!\w|\.\d)"
        r"(?:\s+(?P<after>{SPAN_AFTER}){E})?",
        keys=("DIGIT",), starts=("DIGIT",), needs=r"\d[./]\d"),
    "iso": Rule(
        r"{B}(?P<y>\d{{4}})-(?P<mon>\d{{2}})-(?P<d>\d{{2}})(?:T(?P<h>\d{{2}}):(?P<mi>\d{{2}}))?{HSUF}{E}",
        keys=("DIGIT",), starts=("DIGIT",), needs=r"\d-\d"),
    # [2016 жылғы] 5[-6 | және 6] қараша[да] [2016 ж.] [күні]
    "day_month": Rule(
        r"{B}(?:{YEARREF}\s+)?(?P<d>{DAY})(?:\s*(?:{DASH}|,|{AND})\s*(?P<d2>{DAY}))?"
        r"(?:\s+|{DASH})(?P<mon>{MONTH}){E}(?:\s+(?P<y2>\d{{4}})(?!\d|[.,]\d){NEXTYEAR}(?:\s?жыл{SUF}|\s?ж\.)?)?"
        r"(?:\s+(?P<kun>күн(?:і|дері){SUF}){E})?(?:\s+(?P<after>{AFTER}|{BETWEEN}){E})?",
        keys=("MONTH", "NUMBER"), starts=("NUMBER", "MODS", "YEARREF")),
    # тамыздың 19-ы, қыркүйектің 25-і, қыркүйектің 18-і күні ("күні" in the span, as after "18 қыркүйек"),
    # қазан айының 25-і күні
    "month_day": Rule(
        r"{B}(?:{YEARREF}\s+)?(?P<mon>{MONTH})(?:\s+(?P<ai>айының))?\s+(?P<d>{DAY}){E}"
        r"(?:\s*(?:{DASH}|,|{AND})\s*(?P<d2>{DAY}){E})?(?:\s+жұлдыз{SUF}{E})?"
        r"(?:\s+(?P<kun>күн(?:і|дері){SUF}){E})?(?:\s+(?P<after>{AFTER}|{BETWEEN}){E})?",
        keys=("MONTH", "NUMBER"), starts=("NUMBER", "MODS", "YEARREF", "MONTH")),
    # 2016 жылғы қарашада, өткен жылдың шілде айында, қараша айына дейін (KazNERD leaves a bare
    # "айында" out: "мамыр айында" -> "мамыр"; the "ай" word still tells an ambiguous month)
    "month_ai": Rule(
        r"{B}(?:{YEARREF}\s+|(?P<mmod>{MODS})\s+)?(?P<mon>{MONTH})(?:\s*{DASH}\s*(?P<mon2>{MONTH}))?"
        r"\s+(?P<ai>ай{SUF}){E}(?:\s+(?P<after>{AFTER}){E})?",
        keys=("MONTH", "AI"), starts=("NUMBER", "MODS", "YEARREF", "MONTH")),
    # наурыз айының соңына дейін, қыркүйектің басында, 2024 жылғы мамырдың ортасында: a part of
    # a month (its first, middle, last ten days), the month in the genitive, the part possessive
    # (соңы, басында, ортасынан; not the adjective "соңғы")
    "month_part": Rule(
        r"{B}(?:{YEARREF}\s+|(?P<mmod>{MODS})\s+)?(?P<mon>{MONTH})(?:\s+(?P<ai>ай{SUF}))?(?<=[ыі]ң)"
        r"\s+(?P<part>{PARTS})(?=[ыіс]){SUF}{E}(?:\s+(?P<after>{AFTER}){E})?",
        keys=("MONTH", "PART"), starts=("NUMBER", "MODS", "YEARREF", "MONTH")),
    "month": Rule(
        r"{B}(?:{YEARREF}\s+|(?P<mmod>{MODS})\s+)?(?P<mon>{MONTH})(?:\s*{DASH}\s*(?P<mon2>{MONTH}))?{EW}"
        r"(?:\s+(?P<y2>\d{{4}})(?!\d|[.,]\d){NEXTYEAR}(?:\s?жыл{SUF}|\s?ж\.)?)?(?:(?=\s+(?P<aiseen>ай{SUF}){E})|)"
        r"(?:(?=\s+(?P<holiday>{HOLIDAY})\p{{L}}*)|)",
        keys=("MONTH",), starts=("NUMBER", "MODS", "YEARREF", "MONTH")),
    # an ambiguous month is a month in a list of months: "қаңтар, наурыз, маусым және тамыз айларында"
    "month_listed": Rule(
        r"{B}(?:(?<=(?:{MONTH})\s*(?:,|{AND})\s*)(?P<mon>{MONTH}){E}"
        r"|(?P<mon>{MONTH}){E}(?=\s*(?:,|{AND})\s*{MONTH}{E}))",
        keys=("MONTH",), starts=("MONTH",)),
    # 2016 жылы, 2016-2020 жылдары, 2020 жылға дейін(гі), 2017 жылдан бері, екі мың он алтыншы жылы,
    # 2025-2026 оқу жылында (the school year)
    "year": Rule(
        r"{B}(?P<y>{YEAR})(?:\s*{DASH}\s*(?P<y2>{YEAR}))?\s+(?:{YEARKIND}\s+)?{JYL}"
        r"(?:\s+(?P<after>{AFTER}|{BETWEEN}){E})?",
        keys=("JYL", "NUMBER"), starts=("NUMBER",)),
    # the first years of a list, each a date of its own: "1953" and "2001" in "1953 және 1950 жылы
    # туған", "2001, 2002 және 2003 жылдары"
    "year_listed": Rule(
        r"{B}(?P<y>\d{{4}})(?=(?:\s*(?:,|{AND})\s*\d{{4}})+\s+(?:жыл|ж\.))",
        keys=("JYL", "DIGIT"), starts=("DIGIT",)),
    # 90 жылдардың басында, 90-шы жылдар, 1990 жылдары, ХІХ ғасырдың 40 жылдарында (the 1840s),
    # 1920-30 жылдары (the 1920s and 30s)
    "decade": Rule(
        r"{B}(?:(?:(?P<cmod>{MODS})|(?P<dcent>{ROMAN}|\d{{1,2}}{HSUF}))\s+ғасырдың\s+)?(?P<dec>\d{{2,4}}{HSUF}|{WORDNUM})"
        r"(?:\s?{DASH}\s?(?P<dec2>\d{{2,4}}{HSUF}))?(?:\s+|{DASH})жылдар{SUF}{E}"
        r"(?:\s+(?P<part>{PARTS}){SUF}{E})?(?:\s+(?P<after>{AFTER}){E})?",
        keys=("JYLDAR", "NUMBER"), starts=("MODS", "NUMBER", "ROMAN")),
    # XXI ғасыр, 20-ғасырдың басында, ХІХ ғасырдан бастап (Cyrillic Х and І), ХІ-ХІІІ ғасырда,
    # ХІХ ғасырдың екінші жартысында
    "century": Rule(
        r"{B}(?:(?P<cent>{ROMAN}|\d{{1,2}}{HSUF})\s*{DASH}\s*(?P<cent2>{ROMAN}|\d{{1,2}}{HSUF})"
        r"|(?P<cent>{ROMAN}|\d{{1,2}}{HSUF}|{WORDNUM}))(?:\s+|{DASH})ғасыр{SUF}{E}"
        r"(?:\s+(?P<part>{PARTS}){SUF}{E}|\s+(?P<half>{NUM}|{ROMAN})\s+жарты(?:сы|сын)\p{{L}}*)?"
        r"(?:\s+(?P<after>{SPAN_AFTER}){E})?",
        keys=("GASYR",), starts=("NUMBER", "ROMAN")),
    # the first centuries of a list, each a date of its own: "17-ші" and "18-ші" in "17-ші, 18-ші және
    # 19-ғасырдағы", "XVIII, XIX ғасырларда" (as year_listed for years); a bare number is a count
    # ("2, 3 ғасыр бойы")
    "century_listed": Rule(
        r"{B}(?P<cent>{ROMAN}|\d{{1,2}}{DASH}\s?{ORDSUF})"
        r"(?=(?:\s*(?:,|{AND})\s*(?:{ROMAN}|\d{{1,2}}{HSUF}))+(?:\s+|{DASH})ғасыр)",
        keys=("GASYR",), starts=("NUMBER", "ROMAN")),
    # жыл басынан бері қарай, жыл аяғына дейін, биылғы жылдың соңына дейін, 2016 жылдың басында
    "year_part": Rule(
        r"{B}(?:(?:(?P<ymod>{MODS})|(?P<yrel>биылғы|былтырғы)|(?P<y>\d{{4}}{HSUF}))\s+)?жыл(?:дың)?\s+"
        r"(?P<partw>(?P<part>{PARTS}){SUF}){E}(?:\s+(?P<after>{AFTER}){E})?",
        keys=("JYL", "PART"), starts=("DIGIT", "MODS", "YEARREF")),
    # үстіміздегі жылдың 10 айы ішінде, биылғы 8 айда, 2016 жылдың 9 айында, 2014 жылдың алғашқы 3
    # айында; "жылдың 9 айында" alone is this year's (not after a number: "бір жылдың 9 айы")
    "first_months": Rule(
        r"{B}(?:{YEARREF}|(?<!(?:\d|{NUMSTEM}|әр|әрбір)\s+)(?P<ybare>жылдың))\s+(?:{FIRSTW}\s+)?"
        r"(?P<n>{NUM})\s+ай{SUF}{E}(?:\s+(?P<after>ішінде|бойы){E})?",
        keys=("YEARREF", "AI", "NUMBER"), starts=("NUMBER", "MODS", "YEARREF")),
    # өткен жылы, келесі айда, осы аптада, өткен сенбіде, өткен жылдың осы кезеңімен
    "mod_unit": Rule(
        r"{B}(?P<mod>{MODS})\s+(?:(?P<unit>{UNITS})(?![длт][ае]р)|(?P<wd>{WEEKDAY})){SUF}{E}"
        r"(?:\s+(?P<same>(?:{SAMEW})\s+{PERIODNOUN}{SUF}){E}|\s+(?P<part>{PARTS}){SUF}{E})?(?:\s+(?P<after>{AFTER}){E})?",
        keys=("MODS", "UNIT_OR_WEEKDAY"), starts=("MODS",)),
    # өткен жылдың көктемінде, биылғы жазда, қыста, жаздың соңына, қыстың күндері, көктемге дейін;
    # an adjective only before a word of time ("қысқы маусымда"; not "қысқы фестивалі")
    "season": Rule(
        r"{B}(?:{YEARREF}\s+|(?P<mmod>{MODS})\s+)?(?P<season>{SEASON}{SUF}){EW}(?:(?=\s+(?P<head>{TIMEHEAD}))|)"
        r"(?:\s+(?P<ai>ай{SUF}){E})?"
        r"(?:(?<=[ыі]ң)\s+(?:(?P<part>{PARTS}){SUF}|(?P<kun>күн(?:і|дері))){E})?"
        r"(?:\s+(?P<after>{SPAN_AFTER}){E})?",
        keys=("SEASON",), starts=("NUMBER", "MODS", "YEARREF", "SEASON")),
    # күні бойы, тәулік бойы, жыл бойы, қыс бойы
    "through": Rule(
        r"{B}(?P<unit>{UNITS}|{SEASON})(?P<pl>[длт][ае]р)?{SUF}\s+бойы{E}",
        keys=("BOIY",), starts=("UNITS", "SEASON")),
    # биыл, былтыр, бүгін(гі күні), ертең, кеше(гі), бүгінге дейін, таяуда
    "relword": Rule(
        r"{B}(?:(?P<rel>{RELNP})(?P<relsuf>{SUF})|(?P<rel>{RELADV}){ADVSUF}){EW}(?:\s+(?P<after>дейін|бері|шейін|бастап){E})?",
        keys=("RELWORD",), starts=("RELWORD",)),
    # 25 жылдығына, 30-жылдығы, жүз жылдығы, 800 жыл толуына: an anniversary, a duration (DESIGN 8)
    "anniversary": Rule(
        r"{B}(?:{MODS}\s+)?(?:(?P<n>\d{{1,4}})\s?{DASH}\s?(?=жылдығ)|(?P<n>{NUM})\s+)"
        r"(?:(?P<unit>жыл)дығ{SUF}|(?P<unit>жыл)\s+тол[уы]\p{{L}}*){E}",
        keys=("JYL", "NUMBER"), starts=("NUMBER", "MODS")),
    # 9 ай, соңғы 9 айдың ішінде, үш жыл бойы, 2 жыл бұрын, бірнеше жылдан бері, екі-үш күн; not the
    # last digits of a grouped number ("1 878-і тәулік ішінде ашылды": 1878 crimes); бес жұмыс күні
    "duration": Rule(
        r"{B}(?<!\d\s)(?:(?P<span>{SPANW})\s+)?(?P<n>{NUM}|бірнеше)"
        r"(?:\s*{DASH}\s*(?P<n2>{NUM}))?(?:\s+шақты)?(?:\s+{UNITKIND})?\s+(?P<unit>{UNITS}){SUF}{E}"
        r"(?:\s+(?P<after>{AFTER}){E})?",
        keys=("UNITS", "NUMBER"), starts=("SPANPL", "NUMBER")),
    # 5 жылдық, он айлық, сегіз сағаттық, бірнеше минуттық: a duration as an adjective. The
    # possessive forms (25 жылдығына, жылдығы) are anniversaries and stay out (no suffix allowed).
    "duration_adj": Rule(
        r"{B}(?P<n>{NUM}|бірнеше)\s+(?P<unit>{UNITS})(?:[дтл][ыі][қк]){E}(?!\s+есептік)",
        keys=("UNIT_ADJ", "NUMBER"), starts=("NUMBER",)),
    # осынау жылдар ішінде, соңғы жылдары
    # соңғы аптаның ішінде, соңғы аптадан бері
    "vague_plural": Rule(
        r"{B}(?P<span>{SPANPL})\s+(?P<unit>жыл|ай|апта|күн)(?P<pl>дар|лар|дер)?{SUF}{E}"
        r"(?:\s+(?P<after>ішінде|бойы|бері){E})?",
        keys=("SPANPL", "SHORT_UNIT"), starts=("SPANPL",)),
    # биылғы бірінші тоқсанда, 2016 жылдың екінші жартыжылдығында, 2025 жылдың ІІ тоқсанында
    "quarter": Rule(
        r"{B}(?:{YEARREF}\s+)?(?P<n>{NUM}|алғашқы|{ROMAN})\s+(?P<period>{PERIOD}){SUF}{E}"
        r"(?:\s+(?P<after>{AFTER}){E})?",
        keys=("PERIOD",), starts=("NUMBER", "MODS", "YEARREF", "FIRST", "ROMAN")),
    # 2023 жылдың екінші жартысында, осы жылдың бірінші жартысында-ақ: a half of a named year
    "year_half": Rule(
        r"{B}{YEARREF}\s+(?P<n>{NUM}|{ROMAN})\s+(?P<half>{HALF})(?:сы|сын)\p{{L}}*{E}"
        r"(?:\s+(?P<after>{AFTER}){E})?",
        keys=("HALF",), starts=("NUMBER", "MODS", "YEARREF")),
    # 2017 жылдың тиісті кезеңінің, 2021 жылдың сәйкес кезеңімен: the last period named, in that year
    "year_same_period": Rule(
        r"{B}(?P<y>\d{{4}}{HSUF})\s+(?:жыл(?:дың|ғы)|ж\.)\s+(?P<same>(?:{SAMEW})\s+{PERIODNOUN}{SUF}){E}",
        keys=("DIGIT", "KEZENG"), starts=("DIGIT",)),
    # Жаңа жыл түні (түнінде, түнінің ...), Жаңа жыл мерекесі кезінде, жаңа жылға дейін, жаңа жылдың
    # алғашқы / бірінші күні (the holiday words, case endings and "first" words from the data)
    "new_year": Rule(
        r"{B}(?P<ny>{NEWYEAR})(?:\s+(?P<night>түні\p{{L}}*)|(?:\s+(?:{HOLIDAY})\p{{L}}*)?\s+(?P<during>кезінде)"
        r"|(?:{DAT}|{ABL})\s+(?P<after>{AFTER})|{GEN}\s+(?P<firstday>(?:{FIRSTW})\s+күн(?:і|інде)?)){E}",
        keys=("NEWYEAR",), starts=("NEWYEAR",)),
    # қазан айының екінші онкүндігінде (the second ten days of October)
    "month_decade": Rule(
        r"{B}(?:{YEARREF}\s+)?(?P<mon>{MONTH})(?:\s+ай{SUF})?\s+(?P<n>{NUM})\s+(?P<period>{PERIOD}){SUF}{E}",
        keys=("MONTH", "PERIOD"), starts=("NUMBER", "MODS", "YEARREF", "MONTH")),
    # жылдан-жылға, күннен-күнге, күнде-күнде: year after year
    "repeat": Rule(
        r"{B}(?P<unit>жыл|ай|күн|апта){SUF}\s?-\s?(?P=unit){SUF}{E}",
        keys=("SHORT_UNIT",), starts=("SHORT_UNIT",), needs=r"-"),
    # жыл сайын, күн сайынғы, күнделікті
    "set": Rule(
        r"{B}(?:(?P<unit>{UNITS})\s+сайын{SUF}|(?P<setw>{SETW}){SUF}){E}",
        keys=("SET",), starts=("UNITS", "SET")),
    # жылына 90 млн, айына бір клиентке, тәулігіне 100 мың: per year / month / day before an amount
    "rate": Rule(
        r"{B}(?<!(?:{MONTH}|\d)\s+)(?P<rate>{RATE}){E}(?=\s+(?:\d|{WORDNUM}))",
        keys=("RATE",), starts=("RATE",)),
    # әр бейсенбі, бейсенбі сайын, "бейсенбі, жексенбі күндері": weekly (kind set, XXXX-WXX-4)
    "weekday_set": Rule(
        r"{B}(?:(?P<each>{EACH})\s+(?P<wd>{WEEKDAY})(?:\s+күн(?:і|дері){SUF}|{ADVSUF})|(?P<wd>{WEEKDAY})\s+(?P<each>сайын){SUF}"
        r"|(?P<wd>{WEEKDAY})(?=(?:\s*(?:,|{AND})\s*{WEEKDAY})+\s+күндер)"
        r"|(?P<wd>{WEEKDAY})\s+(?P<each>күндер){SUF}){E}",
        keys=("WEEKDAY",), starts=("WEEKDAY", "EACH")),
    # демалыс күндері, алдағы демалыс күндері (the weekend), күзгі демалыс күндері (the autumn break)
    "weekend": Rule(
        r"{B}(?:(?P<mod>{MODS})\s+|(?P<season>{SEASON})(?:гі|ғы|қы|кі)\s+)?(?P<we>{WEEKEND}){SUF}{E}",
        keys=("WEEKEND",), starts=("MODS", "SEASON", "WEEKEND")),
    # дүйсенбі, сенбіде; "жұма күні" (Friday: "жұма" alone may be a week or the Friday prayer),
    # "сенбі күні", "жексенбі күнінің": "күні" stays in the span, as after a date
    "weekday": Rule(
        r"{B}(?:(?P<wd>{WEEKDAY})\s+(?P<kun>күн(?:і(?:нің|не|нде|нен)?|гі)){E}|(?P<wd>{WEEKDAY}{ADVSUF}){EW})",
        keys=("WEEKDAY",), starts=("WEEKDAY",)),
    # сағат 11.00-де, 11:00, таңғы 9-да, кешкі сағат 7-де, таңғы сағат сегізден; the end of
    # "21.00-02.00" (after the dash)
    "clock": Rule(
        r"(?:{B}|(?<=\d\d\s?{DASH}\s?))(?:(?P<dp>{DAYPART})\s+)?(?:(?P<sag>{SAG})\s+)?(?P<clock>{CLOCK}){E}"
        r"(?:\s+(?P<after>{TAFTER}){E})?",
        keys=("DIGIT",), starts=("DIGIT", "HOUR"), needs=r"\d\s?[:.]\s?\d"),
    "hour": Rule(
        r"{B}(?:(?P<dp>{DAYPART})\s+(?:(?P<sag>{SAG})\s+)?|(?P<sag>{SAG})\s+)(?P<hour>\d{{1,2}}{HSUF}|{WORDNUM}){E}(?![.:,]\d)(?:\s+(?P<after>{TAFTER}){E})?",
        keys=("HOUR",), starts=("HOUR",)),
    # он сегіз нөл-нөлде ("eighteen zero-zero", as KazNERD spells 18:00 out)
    "hour_words": Rule(
        r"{B}(?:(?P<dp>{DAYPART})\s+)?(?:(?P<sag>{SAG})\s+)?(?P<hour>{WORDNUM})\s+нөл\s?-\s?нөл{SUF}{E}"
        r"(?:\s+(?P<after>{TAFTER}){E})?",
        keys=("NOL",), starts=("HOUR", "NUMBER")),
    # таңертең, кешке, түнде, күндіз; an adjective only before a word of time ("кешкі уақытта";
    # not "таңғы бағдарламасында")
    "daypart": Rule(
        r"{B}(?P<dpw>{DAYPARTW}{CASESUF}){E}(?:(?=\s+(?P<head>{TIMEHEAD}))|)(?:\s+(?P<after>{TAFTER}){E})?",
        keys=("DAYPARTW",), starts=("DAYPARTW",)),
    # сағат 18-00-де, 19-00 сағ.: a clock time written with a hyphen, as playbills and posters write
    # it, with "сағат" before or after it (the quarter hours only: "сағат 10-15" may be a range)
    "clock_dash": Rule(
        r"{B}(?:(?P<sag>{SAG})\s+(?P<clock>\d{{1,2}}-(?:00|15|30|45)){HSUF}"
        r"|(?P<clock>\d{{1,2}}-(?:00|15|30|45))\s+(?P<sagafter>сағ(?:ат\p{{L}}*)?)){E}"
        r"(?:\s+(?P<after>{TAFTER}){E})?",
        keys=("DIGIT", "HOUR"), starts=("DIGIT", "HOUR"), needs=r"\d-\d\d"),
    # апта ішінде, тәулік ішінде: one week, one day (date_words.tsv within_unit)
    "within": Rule(
        r"{B}(?P<unit>{WITHINUNIT})\s+(?P<after>ішінде){E}",
        keys=("WITHINUNIT",), starts=("WITHINUNIT",)),
}


RULE_NAMES = tuple(RULES)  # the rules' order: rule indexes (dates.keys) point into it


@cache
def compiled_rule(index: int) -> regex.Pattern:
    """The compiled pattern of the rule RULE_NAMES[index], built on first use: compiling all
    rules takes ~0.4 s, and one release needs about half of them."""
    p = dict(pieces(), B=B, E=E, EW=EW, DASH=DASH, HSUF=HSUF, AND=AND)
    pattern = RULES[RULE_NAMES[index]].pattern.format(**p)
    return regex.compile(pattern, regex.IGNORECASE | regex.V0)


def compiled_rules() -> tuple[tuple[str, regex.Pattern], ...]:
    """(rule name, compiled pattern) for every rule, each built once."""
    return tuple((name, compiled_rule(i)) for i, name in enumerate(RULE_NAMES))
