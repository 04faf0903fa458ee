"""The token pattern of the Kazakh tokeniser: one ordered regex alternation plus the data it is built from.

Each alternative is one phenomenon (URL, e-mail, phone, number, abbreviation, initial, word, percent
with suffix, punctuation); `regex` tries them left to right at each position, so order is priority.
The word lists live in data files (abbreviations.txt and tlds.tsv through kk.orthography,
segment_hyphen_words.txt), loaded once.
See segment.py for the conventions these patterns implement.
"""
from __future__ import annotations

from functools import cache

import regex

from presskz.kk.data import read_tsv
from presskz.kk.orthography import TOKEN_ABBREVIATIONS, URL_TLDS

# Every character for which str.isspace() is true; tokens never start or end with one of these,
# and the property tests check that everything else lands inside a token.
SPACE_CHARS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
               "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
SPACE = "[" + regex.escape(SPACE_CHARS) + "]"
NONSPACE = "[^" + regex.escape(SPACE_CHARS) + "]"
# spaces allowed INSIDE a token (thousands groups, phones, broken hyphens): same line only
INLINE_SPACE = r"[ \t\u00a0\u202f\u2009]"

# letters, combining marks and the invisible joiners PDFs leave inside words (soft hyphen, ZWNJ, ZWJ)
WORD_CHAR = r"[\p{L}\p{M}\p{N}\u00ad\u200c\u200d]"
WORD = r"\p{L}" + WORD_CHAR + r"*(?:['’ʼ]\p{L}" + WORD_CHAR + r"*)*"
NUM_CORE = r"\d+(?:[.,:/]\d+)*"
# 15 000 / 1 800 000 (space, no-break or thin space): a thousands group always has 3 digits
GROUPED = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?"
NUMBER = r"(?:" + GROUPED + "|" + NUM_CORE + r"(?:[\p{L}\p{M}]+)?)"  # 3D, 5G, 2025нші
PART = r"(?:" + NUMBER + "|" + WORD + ")"
UNGROUPED_PART = r"(?:" + NUM_CORE + r"(?:[\p{L}\p{M}]+)?|" + WORD + ")"
# inside a word the hyphen (or an unspaced en dash) joins: 35-ші, 1-інші, Жол картасы-2020, 5-6, іс–шара;
# a thousands group (with its inner space) joins only after a number (5-6 000), never after a word
JOINED = (r"(?:" + NUMBER + r"(?:[-–]" + PART + r")*|" + WORD + r"(?:[-–]" + UNGROUPED_PART
          + r")*)")

URL_CHARS = "[^" + regex.escape(SPACE_CHARS) + r"«»\"“”<>]"
URL_END = "[^" + regex.escape(SPACE_CHARS) + r"«»\"“”<>.,;:!?)\]'’]"
TLDS = "(?:" + "|".join(URL_TLDS) + ")"  # data/tlds.tsv
# a domain has at most 127 labels (DNS); unbounded, "a.a.a..." (2 x 40,000 characters) took
# 16x as long as a quarter of it (issue 25)
URL = (r"(?:(?:https?|ftp)://|www\.)" + URL_CHARS + r"*" + URL_END
       + r"|(?<![\p{L}\p{N}@.])(?:[\p{L}\d][\p{L}\d-]*\.){1,126}" + TLDS + r"(?![\p{L}\p{N}])"
       + r"(?:/(?:" + URL_CHARS + "*" + URL_END + r")?|-\p{Ll}+(?![\p{L}\p{N}]))?")
EMAIL = r"[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+"
PHONE = (r"(?:\+\d{1,3}" + INLINE_SPACE + r"?|8" + INLINE_SPACE + r"?)?\(\d{2,5}\)" + INLINE_SPACE
         + r"?\d{1,4}(?:[ -]\d{2,4}){1,3}"
         + r"|\+\d{1,3}(?:[ -]\d{2,4}){3,5}(?!\d)"
         + r"|(?:\+7|8)" + INLINE_SPACE + r"\d{3}" + INLINE_SPACE + r"\d{3}(?:[ -]\d{2}){2}(?!\d)"
         + r"|\+\d{10,12}(?!\d)")
# an initial: a capital + dot before a capital (А.Қырықбаев, Қ. Қуанышбаев), before a lower-case word or
# comma (no sentence can end there), or right after another initial (Тоқаев Қ.Ж.)
INITIAL = (r"\p{Lu}\.(?=" + INLINE_SPACE + r"?\p{Lu}|" + INLINE_SPACE + r"*[\p{Ll},;])"
           + r"|(?<=\p{Lu}\." + INLINE_SPACE + r"?)\p{Lu}\.")
# т.б., т.ғ.к., ф.ғ.д., Б.з.д.: letter groups with dots, lower case after the first
DOTTED_LOWER = r"\p{L}{1,3}\.(?:\p{Ll}{1,3}\.)+(?![\p{L}\p{N}])"
PERCENT = r"[%‰](?:-\p{L}+)?|°[CСF]?(?![\p{L}\p{N}])"
# a case suffix standing after a quote, bracket or number: «КОВИД-19» -ға, «102» -ге, «-ді» жұрнағы
SUFFIX_AFTER = r"(?<=[«(»”\"')\]\d%]" + INLINE_SPACE + r"*)-(?!DASH_WORDS)\p{Ll}+(?![\p{L}\p{N}-])"
PUNCT_RUN = r"[.!?…]+"


@cache
def hyphen_stop_words() -> dict[str, str]:
    """Word -> "suspended" | "dash": words a PDF-broken hyphen is never glued to ("орта- және", "X- деп")."""
    return {row["word"]: row["kind"] for row in read_tsv("segment_hyphen_words.txt")}


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _dash_words() -> str:
    """Speech verbs after which a hyphen is a dash ("» -деді"): never a case suffix."""
    words = [w for w, kind in hyphen_stop_words().items() if kind == "dash"]
    return r"(?:" + _alternation(words) + r")(?![\p{L}\p{N}])"


def _word_token() -> str:
    """A word or number with its joined parts, broken hyphens and a suspended hyphen."""
    words = hyphen_stop_words()
    stop = r"(?:" + _alternation(words) + r")(?![\p{L}\p{N}])"
    suspend = r"(?:" + _alternation(w for w, k in words.items() if k == "suspended") + r")(?![\p{L}\p{N}])"
    gap = INLINE_SPACE + r"*(?:\r?\n" + INLINE_SPACE + r"*)?"
    # PDF-broken hyphen: "гала- концерт", "90- шы": a lower-case word follows "- "
    broken = r"(?:-(?=" + SPACE + ")" + gap + r"(?!" + stop + r")(?=\p{Ll})" + JOINED + ")"
    # suspended hyphen "орта- және ...", "екі-, үшқабатты", truncated "ою- (өр)": the hyphen stays on the word
    suspended = (r"(?:-(?=" + INLINE_SPACE + r"*,|" + INLINE_SPACE + r"+(?:" + suspend + r"|\()))")
    return JOINED + broken + "{0,2}" + suspended + "?"  # at most two PDF breaks in one word


# Fast paths, tried first: a plain word followed by a space or plain punctuation, and plain punctuation.
# No other alternative can match there (they all need a dot, @, digit, hyphen or bracket), so these
# only save time; they never change the result.
FAST_WORD = r"\p{L}[\p{L}\p{M}]*(?=[ \n,;»)”!?]|\Z)"
FAST_PUNCT = r"[,«»)—–:;]"
URL_HINT = regex.compile(r"://|www\.|@|\." + TLDS + r"(?![\p{L}\p{N}])")


def token_pattern_for(text: str) -> regex.Pattern:
    """The tokeniser regex for `text`: the URL/e-mail alternatives only when the text has a hint."""
    return token_pattern(URL_HINT.search(text) is not None)


@cache
def token_pattern(web: bool = True) -> regex.Pattern:
    """The compiled tokeniser regex (with or without URL/e-mail). The alternatives are named
    below for the reader only: the pattern joins them as non-capturing groups, since capture
    groups cost every match their bookkeeping (finditer about 30% slower) and only the
    match's span is read."""
    # the cheap look-ahead (a short lower-case run and a dot) keeps the long alternation off most words
    abbr = (r"(?=\p{L}[\p{Ll}.]{0,6}\.)(?<![\p{L}\p{N}.])(?:(?:" + _alternation(TOKEN_ABBREVIATIONS)
            + r")(?![\p{L}\p{N}])|" + DOTTED_LOWER + ")")
    alternatives = [("fast_word", FAST_WORD), ("fast_punct", FAST_PUNCT)]
    if web:
        alternatives += [("url", URL), ("email", EMAIL)]
    alternatives += [
        ("phone", PHONE), ("abbr", abbr), ("initial", INITIAL), ("word", _word_token()),
        ("percent", PERCENT), ("suffix", SUFFIX_AFTER.replace("DASH_WORDS", _dash_words())),
        ("punct", PUNCT_RUN), ("other", NONSPACE),
    ]
    return regex.compile("|".join(f"(?:{pat})" for _name, pat in alternatives))
