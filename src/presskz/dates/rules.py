"""The date/time grammar: named regex rules over running text that propose temporal spans.

Each rule is built from the data files (month names, units, suffix chains, number words) so it
covers every month, every case form and both vowel-harmony variants; the values are computed
separately by date_values.py from the rule's named groups (match first, interpret second).
All rules run over a sentence; the stage keeps the longest non-overlapping matches.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from presskz.dates import lexicon as lx

B = r"(?<![\w-])"          # a word starts here (not inside "Жол картасы-2020")
E = r"(?![\w])"            # a word ends here
EW = r"(?![\w]|[-‐‑–—]\d)"  # a date word ends here, not glued to a year as a name ("Қыс-2019")
DASH = r"[-‐‑–—]"
HSUF = rf"(?:\s?{DASH}\s?\p{{L}}{{1,8}})?"  # "-де", "-шы", "- шы" (PDF-broken hyphen), "-сыншы"
ORD = r"(?:с?[ыі]?н?ш[ыі])"  # ordinal suffix: бір-інші, екі-нші, алты-ншы, он-ыншы, жиырма-сыншы


def _not_stopword() -> str:
    """A lookahead refusing a word of data/date_stopwords.tsv (үшін, басқа, қысқа, ...)."""
    return rf"(?!{lx.alternation(lx.stopwords())}(?!\w))"


def _wordnum(suf: str) -> str:
    stems = lx.alternation(lx.numerals())
    return rf"(?:{_not_stopword()}{stems}(?:\s+{stems})*{ORD}?{suf})"


def _alt_phrases(words) -> str:
    """Alternation of (possibly multi-word) phrases, inner spaces made flexible."""
    return lx.alternation(w.replace(" ", r"\s+").replace("-", r"\s?-\s?") for w in words)


@lru_cache(maxsize=None)
def pieces() -> dict[str, str]:
    """Named regex fragments shared by the rules."""
    suf = lx.suffix_pattern()
    month = lx.alternation(lx.month_stem(m) for m in lx.months())
    wordnum = _wordnum(suf)
    p = {"SUF": suf, "ADVSUF": lx.adverb_suffix_pattern(),
         "CASESUF": lx.case_only_suffix_pattern(), "WORDNUM": wordnum,
         "NUM": rf"(?:\d{{1,4}}(?:\s?,\s?\d)?{HSUF}|{wordnum})",
         "MONTH": rf"{month}{suf}",
         "YEAR": rf"(?:\d{{4}}{HSUF}|{wordnum})",
         "MODS": _alt_phrases(lx.relative_words("modifier")),
         "UNITS": lx.alternation(lx.date_words("unit")),
         "PARTS": _not_stopword() + lx.alternation(lx.date_words("part")),
         "AFTER": _alt_phrases(lx.date_words("after")),
         "DAYPART": _alt_phrases(lx.date_words("daypart")),
         "DAYPARTW": _alt_phrases(lx.date_words("daypart_word")),
         "SEASON": _not_stopword() + lx.alternation(lx.date_words("season")),
         "WEEKDAY": lx.alternation(lx.weekdays()),
         "RELNP": _alt_phrases(w for w in lx.relative_words("word") if " " in w),
         "RELADV": _not_stopword() + _alt_phrases(w for w in lx.relative_words("word") if " " not in w),
         "SETW": _alt_phrases(lx.relative_words("set")),
         "SPANW": _alt_phrases(lx.relative_words("span")),
         "SPANPL": _alt_phrases({**lx.relative_words("span"), **lx.relative_words("span_plural")}),
         "PERIOD": lx.alternation(lx.date_words("period")),
         "TAFTER": _alt_phrases(lx.date_words("time_after"))}
    p["JYL"] = rf"(?P<jyl>жыл{suf}|ж\.)"
    # A year named by number or by a deictic modifier: "2016 жылғы", "өткен жылдың", "биылғы".
    p["YEARREF"] = (rf"(?:(?P<y>{p['YEAR']})\s+(?:жыл(?:ғы|дың)|ж\.)|(?P<ymod>{p['MODS']})\s+жыл"
                    rf"(?:ғы|дың)|(?P<yrel>биылғы|былтырғы|биылдың|былтырдың)(?:\s+жыл(?:дың|ғы))?)")
    p["DAY"] = rf"(?:\d{{1,2}}{HSUF}|{wordnum})"
    p["CLOCK"] = rf"(?:\d{{1,2}}\s?[:.]\s?\d{{2}}{HSUF})(?![.:,]\d)"
    return p


RULES_SRC = {
    # 05.11.2016, 5.11.2016 ж., 2016-11-05, 2016-11-05T11:00
    "numeric": r"{B}(?P<d>\d{{1,2}})[./](?P<mon>\d{{1,2}})[./](?P<y>\d{{4}})(?:\s?ж\.|\s?жыл{SUF})?{HSUF}(?!\w|\.\d)",
    "iso": r"{B}(?P<y>\d{{4}})-(?P<mon>\d{{2}})-(?P<d>\d{{2}})(?:T(?P<h>\d{{2}}):(?P<mi>\d{{2}}))?{HSUF}{E}",
    # [2016 жылғы] 5[-6 | және 6] қараша[да] [2016 ж.] [күні]
    "day_month": (r"{B}(?:{YEARREF}\s+)?(?P<d>{DAY})(?:\s*(?:{DASH}|,|және|мен|бен|пен)\s*(?P<d2>{DAY}))?"
                  r"\s+(?P<mon>{MONTH}){E}(?:\s+(?P<y2>\d{{4}})(?:\s?жыл{SUF}|\s?ж\.)?)?"
                  r"(?:\s+(?P<kun>күн(?:і|дері){SUF}){E})?(?:\s+(?P<after>{AFTER}){E})?"),
    # тамыздың 19-ы, қыркүйектің 25-і
    "month_day": (r"{B}(?:{YEARREF}\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY}){E}"
                  r"(?:\s*(?:{DASH}|,|және|мен|бен|пен)\s*(?P<d2>{DAY}){E})?(?:\s+(?P<after>{AFTER}){E})?"),
    # 2016 жылғы қарашада, өткен жылдың шілде айында, қараша айына дейін (KazNERD leaves a bare
    # "айында" out: "мамыр айында" -> "мамыр"; the "ай" word still tells an ambiguous month)
    "month_ai": (r"{B}(?:{YEARREF}\s+|(?P<mmod>{MODS})\s+)?(?P<mon>{MONTH})(?:\s*{DASH}\s*(?P<mon2>{MONTH}))?"
                 r"\s+(?P<ai>ай{SUF}){E}(?:\s+(?P<after>{AFTER}){E})?"),
    "month": (r"{B}(?:{YEARREF}\s+|(?P<mmod>{MODS})\s+)?(?P<mon>{MONTH})(?:\s*{DASH}\s*(?P<mon2>{MONTH}))?{EW}"
              r"(?:\s+(?P<y2>\d{{4}})(?:\s?жыл{SUF}|\s?ж\.)?)?(?:(?=\s+(?P<aiseen>ай{SUF}){E})|)"),
    # an ambiguous month is a month in a list of months: "қаңтар, наурыз, маусым және тамыз айларында"
    "month_listed": (r"{B}(?:(?<=(?:{MONTH})\s*(?:,|және|мен|бен|пен)\s*)(?P<mon>{MONTH}){E}"
                     r"|(?P<mon>{MONTH}){E}(?=\s*(?:,|және|мен|бен|пен)\s*{MONTH}{E}))"),
    # 2016 жылы, 2016-2020 жылдары, 2020 жылға дейін(гі), 2017 жылдан бері, екі мың он алтыншы жылы
    "year": (r"{B}(?P<y>{YEAR})(?:\s*{DASH}\s*(?P<y2>{YEAR}))?\s+{JYL}"
             r"(?:\s+(?P<after>{AFTER}|аралығында|аралығындағы){E})?"),
    # 90 жылдардың басында, 90-шы жылдар, 1990 жылдары
    "decade": (r"{B}(?:(?P<cmod>{MODS})\s+ғасырдың\s+)?(?P<dec>\d{{2,4}}{HSUF}|{WORDNUM})(?:\s+|{DASH})жылдар{SUF}{E}"
               r"(?:\s+(?P<part>{PARTS}){SUF}{E})?(?:\s+(?P<after>{AFTER}){E})?"),
    # XXI ғасыр, 20-ғасырдың басында
    "century": r"{B}(?P<cent>(?-i:[IVXLC]{{1,6}})|\d{{1,2}}{HSUF}|{WORDNUM})(?:\s+|{DASH})ғасыр{SUF}{E}(?:\s+(?P<part>{PARTS}){SUF}{E})?",
    # жыл басынан бері қарай, жыл аяғына дейін, биылғы жылдың соңына дейін, 2016 жылдың басында
    "year_part": (r"{B}(?:(?:(?P<ymod>{MODS})|(?P<yrel>биылғы|былтырғы)|(?P<y>\d{{4}}))\s+)?жыл(?:дың)?\s+"
                  r"(?P<part>{PARTS}){SUF}{E}(?:\s+(?P<after>{AFTER}){E})?"),
    # үстіміздегі жылдың 10 айы ішінде, биылғы 8 айда, 2016 жылдың 9 айында
    "first_months": r"{B}{YEARREF}\s+(?P<n>{NUM})\s+ай{SUF}{E}(?:\s+(?P<after>ішінде|бойы){E})?",
    # өткен жылы, келесі айда, осы аптада, өткен сенбіде, өткен жылдың осы кезеңімен
    "mod_unit": (r"{B}(?P<mod>{MODS})\s+(?:(?P<unit>{UNITS})(?![длт][ае]р)|(?P<wd>{WEEKDAY})){SUF}{E}"
                 r"(?:\s+(?P<same>осы\s+кезең{SUF}){E}|\s+(?P<part>{PARTS}){SUF}{E})?(?:\s+(?P<after>{AFTER}){E})?"),
    # өткен жылдың көктемінде, биылғы жазда, қыста
    "season": r"{B}(?:{YEARREF}\s+|(?P<mmod>{MODS})\s+)?(?P<season>{SEASON}{SUF}){EW}(?:\s+(?P<ai>ай{SUF}){E})?",
    # күні бойы, тәулік бойы, жыл бойы, қыс бойы
    "through": r"{B}(?P<unit>{UNITS}|{SEASON})(?P<pl>[длт][ае]р)?{SUF}\s+бойы{E}",
    # биыл, былтыр, бүгін(гі күні), ертең, кеше(гі), бүгінге дейін, таяуда
    "relword": r"{B}(?:(?P<rel>{RELNP}){SUF}|(?P<rel>{RELADV}){ADVSUF}){EW}(?:\s+(?P<after>дейін|бері|шейін){E})?",
    # 9 ай, соңғы 9 айдың ішінде, үш жыл бойы, 2 жыл бұрын, бірнеше жылдан бері, екі-үш күн
    "duration": (r"{B}(?:(?P<span>{SPANW})\s+)?(?P<n>{NUM}|бірнеше)"
                 r"(?:\s*{DASH}\s*(?P<n2>{NUM}))?(?:\s+шақты)?\s+(?P<unit>{UNITS}){SUF}{E}(?:\s+(?P<after>{AFTER}){E})?"),
    # 5 жылдық, он айлық, сегіз сағаттық, бірнеше минуттық: a duration as an adjective. The
    # possessive forms (25 жылдығына, жылдығы) are anniversaries and stay out (no suffix allowed).
    "duration_adj": r"{B}(?P<n>{NUM}|бірнеше)\s+(?P<unit>{UNITS})(?:[дтл][ыі][қк]){E}(?!\s+есептік)",
    # осынау жылдар ішінде, соңғы жылдары
    # соңғы аптаның ішінде, соңғы аптадан бері
    "vague_plural": (r"{B}(?P<span>{SPANPL})\s+(?P<unit>жыл|ай|апта|күн)(?P<pl>дар|лар|дер)?{SUF}{E}"
                     r"(?:\s+(?P<after>ішінде|бойы|бері){E})?"),
    # биылғы бірінші тоқсанда, 2016 жылдың екінші жартыжылдығында
    "quarter": r"{B}(?:{YEARREF}\s+)?(?P<n>{NUM}|алғашқы)\s+(?P<period>{PERIOD}|жартыжылды[қғ]){SUF}{E}",
    # жылдан-жылға, күннен-күнге, күнде-күнде: year after year
    "repeat": r"{B}(?P<unit>жыл|ай|күн|апта){SUF}\s?-\s?(?P=unit){SUF}{E}",
    # жыл сайын, күн сайынғы, күнделікті
    "set": r"{B}(?:(?P<unit>{UNITS})\s+сайын{SUF}|(?P<setw>{SETW}){SUF}){E}",
    # дүйсенбі, сенбіде
    "weekday": r"{B}(?P<wd>{WEEKDAY}{ADVSUF}){EW}",
    # сағат 11.00-де, 11:00, таңғы 9-да, кешкі сағат 7-де, таңғы сағат сегізден
    "clock": r"{B}(?:(?P<dp>{DAYPART})\s+)?(?:(?P<sag>сағат)\s+)?(?P<clock>{CLOCK}){E}(?:\s+(?P<after>{TAFTER}){E})?",
    "hour": r"{B}(?:(?P<dp>{DAYPART})\s+(?:(?P<sag>сағат)\s+)?|(?P<sag>сағат)\s+)(?P<hour>\d{{1,2}}{HSUF}|{WORDNUM}){E}(?![.:,]\d)(?:\s+(?P<after>{TAFTER}){E})?",
    # он сегіз нөл-нөлде ("eighteen zero-zero", as KazNERD spells 18:00 out)
    "hour_words": (r"{B}(?:(?P<dp>{DAYPART})\s+)?(?:(?P<sag>сағат)\s+)?(?P<hour>{WORDNUM})\s+нөл\s?-\s?нөл{SUF}{E}"
                   r"(?:\s+(?P<after>{TAFTER}){E})?"),
    # таңертең, кешке, түнде, күндіз
    "daypart": r"{B}(?P<dpw>{DAYPARTW}{CASESUF}){E}(?:\s+(?P<after>{TAFTER}){E})?",
}


@lru_cache(maxsize=None)
def compiled_rules() -> tuple[tuple[str, "regex.Pattern"], ...]:
    """(rule name, compiled pattern) for every rule, built once."""
    p = dict(pieces(), B=B, E=E, EW=EW, DASH=DASH, HSUF=HSUF)
    return tuple((name, regex.compile(src.format(**p), regex.IGNORECASE | regex.V0))
                 for name, src in RULES_SRC.items())


# Key words: every match of a rule contains, at the start of a word (after a space, a dash or
# the match's own start), a word of each of its key families below. Most sentences lack the
# keys of most rules, and a rule is run only where they are all present (date_keys). A family
# is a set of word beginnings (key_families). Keep these in step with RULES_SRC: a key must be
# a word that no match of the rule can do without. NUMBER is a digit or a number word (the
# WORDNUM stems, which also begin "бірнеше").
RULE_KEYS = {
    "numeric": ("DIGIT",), "iso": ("DIGIT",), "clock": ("DIGIT",),
    "day_month": ("MONTH", "NUMBER"), "month_day": ("MONTH", "NUMBER"), "month_ai": ("MONTH", "AI"),
    "month": ("MONTH",), "month_listed": ("MONTH",),
    "year": ("JYL", "NUMBER"), "year_part": ("JYL", "PART"), "decade": ("JYLDAR", "NUMBER"), "century": ("GASYR",),
    "first_months": ("YEARREF", "AI", "NUMBER"), "mod_unit": ("MODS", "UNIT_OR_WEEKDAY"),
    "season": ("SEASON",), "through": ("BOIY",), "relword": ("RELWORD",),
    "duration": ("UNITS", "NUMBER"), "duration_adj": ("UNIT_ADJ", "NUMBER"),
    "vague_plural": ("SPANPL", "SHORT_UNIT"),
    "quarter": ("PERIOD",), "repeat": ("SHORT_UNIT",), "set": ("SET",), "weekday": ("WEEKDAY",),
    "hour": ("HOUR",), "hour_words": ("NOL",), "daypart": ("DAYPARTW",),
}


# Start words: every match of these rules begins (at its own start, a word start) with a word of
# one of the families below, so such a rule is tried only at those words (date_keys.rule_starts)
# instead of being searched for at every character of the sentence. Keep in step with RULES_SRC:
# the first token of every alternative the pattern can begin with must belong to a family here
# (a YEARREF prefix begins with a NUMBER, a MODS word or биыл-/былтыр-/жыл).
RULE_STARTS = {
    "numeric": ("DIGIT",), "iso": ("DIGIT",), "clock": ("DIGIT", "HOUR"),
    "duration": ("SPANPL", "NUMBER"), "duration_adj": ("NUMBER",), "repeat": ("SHORT_UNIT",),
    "year": ("NUMBER",), "relword": ("RELWORD",), "vague_plural": ("SPANPL",),
    "month_listed": ("MONTH",),
    "month": ("NUMBER", "MODS", "YEARREF", "MONTH"),
    "month_ai": ("NUMBER", "MODS", "YEARREF", "MONTH"),
    "day_month": ("NUMBER", "MODS", "YEARREF"),
    "month_day": ("NUMBER", "MODS", "YEARREF", "MONTH"),
    "season": ("NUMBER", "MODS", "YEARREF", "SEASON"),
    "year_part": ("DIGIT", "MODS", "YEARREF"),
    "first_months": ("NUMBER", "MODS", "YEARREF"), "mod_unit": ("MODS",),
    "decade": ("MODS", "NUMBER"), "through": ("UNITS", "SEASON"), "set": ("UNITS", "SET"),
    "weekday": ("WEEKDAY",), "hour": ("HOUR",), "hour_words": ("HOUR", "NUMBER"),
    "daypart": ("DAYPARTW",),
    "quarter": ("NUMBER", "MODS", "YEARREF", "FIRST"), "century": ("NUMBER", "ROMAN"),
}


# Needed text: every match of these rules contains a piece of text matching the regex below (a
# date or a clock time written with digits and punctuation, the hyphen of a repetition); where
# it is absent the rule is not
# tried at any of its start words. Keep in step with RULES_SRC.
RULE_NEEDS = {
    "numeric": r"\d[./]\d",            # 05.11.2016, 5/11/2016
    "iso": r"\d-\d",                   # 2016-11-05
    "clock": r"\d\s?[:.]\s?\d",         # 11.00, 11 : 00
    "repeat": r"-",                    # жылдан-жылға, күннен - күнге
}


def _first_words(phrases) -> set[str]:
    """The first word of each phrase (up to a space or hyphen), lower-cased."""
    return {regex.match(r"\w+", p.lower()).group() for p in phrases}


@lru_cache(maxsize=None)
def key_families() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Family name -> (word beginnings, whole words), lower-case: the words RULE_KEYS refers to,
    taken from the same data and literals as the rules themselves."""
    jyl = {"жыл"}  # JYL is жыл{SUF} or the abbreviation "ж." (the whole word "ж")
    months = {name[:-1] if name.endswith("ь") or name[-1] in lx.VOICING else name for name in lx.months()}
    units = set(lx.date_words("unit"))
    digits = set("0123456789")
    beginnings = {
        "DIGIT": digits, "NUMBER": digits | set(lx.numerals()),
        "MONTH": months, "AI": {"ай"}, "JYL": jyl, "JYLDAR": {"жылдар"}, "GASYR": {"ғасыр"},
        "YEARREF": jyl | {"биыл", "былтыр"}, "MODS": _first_words(lx.relative_words("modifier")),
        "UNIT_OR_WEEKDAY": units | set(lx.weekdays()), "UNITS": units,
        "SEASON": set(lx.date_words("season")), "BOIY": {"бойы"},
        "RELWORD": _first_words(lx.relative_words("word")),
        "SPANPL": _first_words({**lx.relative_words("span"), **lx.relative_words("span_plural")}),
        "SHORT_UNIT": {"жыл", "ай", "апта", "күн"},  # the unit alternation of repeat, vague_plural
        "PERIOD": set(lx.date_words("period")) | {"жартыжылды"},
        "SET": {"сайын"} | _first_words(lx.relative_words("set")), "WEEKDAY": set(lx.weekdays()),
        "HOUR": {"сағат"} | _first_words(lx.date_words("daypart")), "NOL": {"нөл"},
        "DAYPARTW": _first_words(lx.date_words("daypart_word")), "UNIT_ADJ": set(),
        "PART": set(lx.date_words("part")),  # year_part: "жыл басында", "жылдың соңына"
        "FIRST": {"алғашқы"},  # quarter: "алғашқы тоқсанда"
        "ROMAN": set("ivxlc"),  # century: a Roman numeral ("XXI ғасыр"), upper case in the rule
    }
    whole_words = {"JYL": {"ж"}, "YEARREF": {"ж"},
                   # duration_adj: a unit, [дтл][ыі][қк] and the word's end ("жылдық", "айлық")
                   "UNIT_ADJ": {u + a + b + c for u in units for a in "дтл" for b in "ыі" for c in "қк"}}
    return {name: (tuple(sorted(w.lower() for w in words)), frozenset(whole_words.get(name, ())))
            for name, words in beginnings.items()}
