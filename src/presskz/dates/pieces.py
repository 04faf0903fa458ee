"""The named regex fragments the date rules (presskz.dates.rules) are built from: word and date-word
boundaries, suffix chains, number words, and one alternation per word list of the data files
(months, units, modifiers, parts of a period, ...), so every rule covers every case form."""
from __future__ import annotations

from functools import cache

from presskz.dates import lexicon as lx
from presskz.kk.morphology import endings
from presskz.kk.orthography import AND_WORDS, RANGE_DASHES, char_class

B = r"(?<![\w-])"          # a word starts here (not inside "Жол картасы-2020")
E = r"(?![\w])"            # a word ends here
DASH = char_class(RANGE_DASHES)
EW = rf"(?![\w]|{DASH}\d)"  # a date word ends here, not glued to a year as a name ("Қыс-2019")
AND = "(?:" + "|".join(AND_WORDS) + ")"  # және, мен, бен, пен
# "-де", "-шы", "- шы" / "90 -шы" (PDF-broken hyphen), "-сыншы"; a dash with a space on both sides
# is punctuation, not a hyphen ("09:30 – Мәңгілік алауға", "7:30 — дан")
HSUF = rf"(?:(?:{DASH}\s?|\s{DASH})\p{{L}}{{1,8}})?"
ORD = r"(?:с?[ыі]?н?ш[ыі])"  # ordinal suffix: бір-інші, екі-нші, алты-ншы, он-ыншы, жиырма-сыншы
# "аралығында", and the other cases of "аралық" (between): "15 наурыз бен 15 мамыр аралығы"
BETWEEN = r"аралығ(?:ы|ын|ында|ындағы|ына|ынан)"


def _not_stopword() -> str:
    """A lookahead refusing a word of data/date_stopwords.tsv (үшін, басқа, қысқа, ...)."""
    return rf"(?!{lx.alternation(lx.stopwords())}(?!\w))"


def _wordnum(suf: str) -> str:
    stems = lx.alternation(lx.numerals())
    return rf"(?:{_not_stopword()}{stems}(?:\s+{stems})*{ORD}?{suf})"


def _alt_phrases(words) -> str:
    """Alternation of (possibly multi-word) phrases, inner spaces made flexible."""
    return lx.alternation(w.replace(" ", r"\s+").replace("-", r"\s?-\s?") for w in words)


@cache
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
         "HOLIDAY": _alt_phrases(lx.date_words("holiday_head")),
         # what a period's own span may end with: until, since, from, within, for ("көктемге
         # дейін", "қыс ішінде"); not "кейін / бұрын" (after winter is not winter)
         "SPAN_AFTER": _alt_phrases(w for w, sense in lx.date_words("after").items()
                                    if sense in ("until", "since", "from", "within", "for")),
         "DAYPART": _alt_phrases(lx.date_words("daypart")),
         "DAYPARTW": _alt_phrases(lx.date_words("daypart_word")),
         # a word of time after a season or part-of-day adjective ("қысқы маусым", "кешкі уақыт")
         "TIMEHEAD": _alt_phrases(lx.date_words("time_head")),
         "WITHINUNIT": lx.alternation(lx.date_words("within_unit")),
         "UNITKIND": lx.alternation(lx.date_words("unit_kind")),  # "бес жұмыс күні"
         "PERIODNOUN": lx.alternation(lx.date_words("period_noun")),  # "өткен жылдың осы кезеңімен"
         # the case endings after "жаңа жыл" ("жаңа жылға дейін", "жаңа жылдың алғашқы күні")
         "DAT": lx.alternation(endings("dative")), "ABL": lx.alternation(endings("ablative")),
         "GEN": lx.alternation(endings("genitive")),
         "SEASON": _not_stopword() + lx.alternation(lx.date_words("season")),
         "WEEKDAY": lx.alternation(lx.weekdays()),
         "RELNP": _alt_phrases(w for w in lx.relative_words("word") if " " in w),
         "RELADV": _not_stopword() + _alt_phrases(w for w in lx.relative_words("word") if " " not in w),
         "SETW": _alt_phrases(lx.relative_words("set")),
         "SPANW": _alt_phrases(lx.relative_words("span")),
         "SPANPL": _alt_phrases({**lx.relative_words("span"), **lx.relative_words("span_plural")}),
         # "тоқсан", "жартыжылдық / -ығы", "онкүндік / -ігі": a final к/қ voiced before a vowel
         "PERIOD": lx.alternation(w[:-1] + lx.VOICING[w[-1]] if w[-1] in lx.VOICING else w
                                  for w in lx.date_words("period")),
         "TAFTER": _alt_phrases(lx.date_words("time_after")),
         "YEARKIND": _alt_phrases(lx.date_words("year_kind")),
         "SAG": r"(?:сағат|сағ\.)",  # "сағ. 19.00-де": the abbreviation of "сағат" (o'clock)
         "RATE": lx.alternation(lx.date_words("rate")),
         "FIRSTW": _alt_phrases(lx.date_words("first")), "HALF": _alt_phrases(lx.date_words("half")),
         "NEWYEAR": _alt_phrases(lx.date_words("new_year")),
         "SAMEW": _alt_phrases(lx.date_words("same_period")),
         # a bare number word ("бір", "екі"): cheaper than WORDNUM in a lookbehind
         "NUMSTEM": lx.alternation(lx.numerals()),
         "EACH": _alt_phrases(lx.date_words("each")), "WEEKEND": _alt_phrases(lx.date_words("weekend"))}
    p["JYL"] = rf"(?P<jyl>жыл{suf}|ж\.)"
    # a year written after a day is that day's unless the next date's year begins there:
    # "31 желтоқсаннан 2026 жылғы 1 қаңтарға" (the New Year night)
    p["NEXTYEAR"] = r"(?!\s?(?:жылғы|жылдың|ж\.)\s+\d)"
    p["BETWEEN"] = BETWEEN
    # A year named by number or by a deictic modifier: "2016 жылғы", "өткен жылдың", "биылғы".
    p["YEARREF"] = (rf"(?:(?P<y>{p['YEAR']})\s+(?:жыл(?:ғы|дың|ы)|ж\.)|(?P<ymod>{p['MODS']})\s+жыл"
                    rf"(?:ғы|дың)|(?P<yrel>биылғы|былтырғы|биылдың|былтырдың)(?:\s+жыл(?:дың|ғы))?)")
    # a Roman numeral, upper case, in Latin or Cyrillic letters ("XXI", "ХІХ", "ІІ")
    p["ROMAN"] = rf"(?-i:[{lx.roman_letters()}]{{1,6}})"
    p["DAY"] = rf"(?:\d{{1,2}}{HSUF}|{wordnum})"
    p["ORDSUF"] = rf"{ORD}(?!\w)"  # "-ші", "-інші", "-ыншы" after a hyphen: an ordinal
    p["CLOCK"] = rf"(?:\d{{1,2}}\s?[:.]\s?\d{{2}}{HSUF})(?![.:,]\d)"
    return p
