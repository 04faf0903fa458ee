"""Kazakh press orthography: quotation marks, hyphens and dashes, conjunctions, dotted
abbreviations, top-level domains and the length of a short «title».

The marks and words are rows of data files (quote_marks.tsv, dashes.tsv, conjunctions.tsv,
abbreviations.txt, tlds.tsv), read once when this module is imported; the stages name the sets
they use from here instead of writing their own.
"""
from __future__ import annotations

from presskz.kk.data import read_tsv

# --- quotation marks -------------------------------------------------------------------------
_QUOTE_ROWS = read_tsv("quote_marks.tsv")
# the curly double pairs: «...», “...”, „...“
QUOTE_PAIRS = {r["open"]: r["close"] for r in _QUOTE_ROWS
               if r["kind"] == "double" and r["open"] != r["close"]}
STRAIGHT_QUOTE = next(r["open"] for r in _QUOTE_ROWS if r["kind"] == "double" and r["open"] == r["close"])
OPENING_QUOTES = frozenset(QUOTE_PAIRS)  # « “ „
CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())  # » ” “ (“ closes „...“)
# » ”: the closing marks that never open. A scan that must tell the direction of a mark from
# the mark alone takes “ for an opening one.
CLOSING_ONLY_QUOTES = CLOSING_QUOTES - OPENING_QUOTES
DOUBLE_QUOTES = OPENING_QUOTES | CLOSING_QUOTES | {STRAIGHT_QUOTE}
# every mark that may open or close a quotation, the single (apostrophe-like) ones included
ANY_OPENING_QUOTES = frozenset(r["open"] for r in _QUOTE_ROWS)  # « “ „ " ‘ '
ANY_CLOSING_QUOTES = frozenset(r["close"] for r in _QUOTE_ROWS)  # » ” “ " ’ '
AMBIGUOUS_QUOTES = ANY_OPENING_QUOTES & ANY_CLOSING_QUOTES  # “ " ': open or close by context

# --- hyphens and dashes ------------------------------------------------------------------------
_DASH_ROWS = read_tsv("dashes.tsv")
DASH_NAMED = {r["name"]: r["mark"] for r in _DASH_ROWS}
HYPHEN_MINUS = DASH_NAMED["hyphen-minus"]  # "-"
HYPHEN = DASH_NAMED["hyphen"]  # U+2010
NON_BREAKING_HYPHEN = DASH_NAMED["non-breaking hyphen"]  # U+2011
EN_DASH = DASH_NAMED["en dash"]  # U+2013
EM_DASH = DASH_NAMED["em dash"]  # U+2014
HORIZONTAL_BAR = DASH_NAMED["horizontal bar"]  # U+2015
HYPHENS = frozenset(r["mark"] for r in _DASH_ROWS if r["kind"] == "hyphen")
# what joins two dates or numbers into a range ("5-6 қараша", "2016–2020 жылдары")
RANGE_DASHES = HYPHENS | {EN_DASH, EM_DASH}


def char_class(marks) -> str:
    """A regex character class of the marks ("[-‐‑–—]"), in a fixed order."""
    order = [r["mark"] for r in _DASH_ROWS]
    ordered = sorted(marks, key=lambda m: (order.index(m) if m in order else len(order), m))
    return "[" + "".join("\\" + m if m in "-]\\^" else m for m in ordered) + "]"


# --- conjunctions ------------------------------------------------------------------------------
# "және", "мен", "бен", "пен": what joins two names, dates or numbers, in the file's order
AND_WORDS = tuple(r["word"] for r in read_tsv("conjunctions.tsv"))


# --- dotted abbreviations ----------------------------------------------------------------------
_ABBREVIATION_ROWS = read_tsv("abbreviations.txt")
# dotted abbreviation -> "inner" | "final": what the tokeniser keeps as one token
TOKEN_ABBREVIATIONS = {r["abbreviation"]: r["kind"] for r in _ABBREVIATION_ROWS if r["kind"] != "-"}
# lower-case words whose final period the number reader keeps ("млрд." in "1,8 млрд. теңге")
PERIOD_KEEPING_WORDS = frozenset(r["abbreviation"][:-1] for r in _ABBREVIATION_ROWS
                                 if r["numbers"] == "keep")

# --- top-level domains -------------------------------------------------------------------------
_TLD_ROWS = read_tsv("tlds.tsv")
URL_TLDS = tuple(r["tld"] for r in _TLD_ROWS if r["url"] == "1")  # "name.kz" is a URL token
SITE_TLDS = tuple(r["tld"] for r in _TLD_ROWS if r["site"] == "1")  # "Egemen.kz" is a site name

# --- short «titles» --------------------------------------------------------------------------
# A quoted phrase this short is a name («100 нақты қадам»), a longer one a quotation. The
# number reader sees characters, the event rules tokens: two measures of the same idea.
SHORT_TITLE_CHARS = 60  # numbers: a number inside «...» of at most this many characters is a name
SHORT_TITLE_TOKENS = 10  # events: an event noun inside «...» of at most this many tokens is a name
# words allowed between a «title» and the head noun it names ("«...» атты дәстүрлі музыкалық
# фестиваль"): the entity and event rules alike
TITLE_HEAD_GAP = 4

# --- Latin look-alikes of Cyrillic letters ------------------------------------------------------
_LOOKALIKES = {r["latin"]: r["cyrillic"] for r in read_tsv("lookalikes.tsv")}


def cyrillic_lookalikes() -> dict[str, str]:
    """Latin letter -> the Cyrillic letter it looks like ("i" -> "і", "x" -> "х"): lookalikes.tsv."""
    return _LOOKALIKES
