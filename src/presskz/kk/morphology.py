"""Kazakh morphology: closed sets of endings, vowel harmony, voicing, and base forms (case,
possessive and plural suffixes stripped by rules kept as data).

`endings(name)` gives a closed set of endings (data/endings.tsv: ablative, dative, genitive,
demonym, ...); VOWELS, BACK, FRONT, NEUTRAL, HIGH_VOWELS are letter classes and VOICING the
voiceless -> voiced stops (letter_classes.tsv, voicing.tsv).

`base_form(word)` gives the dictionary-like form of a common word ("орынды" -> "орын",
"оқушыға" -> "оқушы", "бақшалардың" -> "бақша"); `base_form_of_name(name)` strips the case
suffix from the LAST word of a name only, keeping its possessive ("Ұлттық мұражайында" ->
"Ұлттық мұражайы", "ОКҚ-де" -> "ОКҚ", "Қырықбаевтың" -> "Қырықбаев").

Suffix allomorphs (vowel harmony, the stem's final sound) are rows of data/suffixes.tsv; a strip
is allowed when the remaining stem ends in the letter class the row names and has a vowel of the
suffix's harmony. Many words end in letters that look like suffixes ("Қазақстан", "Канада",
"оқушы"), so a candidate stem is preferred when it is a known word (data/lexicon_kk.tsv, counts
from public Kazakh text) and a frequent word is left alone when no stem of it is known.
kazstem (PyPI) was tried first: it needs FST resources that are not installed offline.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from presskz.kk.data import read_table, read_tsv

MIN_STEM = 2  # letters left after stripping; "ОКҚ" style acronyms are handled by the hyphen rule
LEMMA_RATIO = 4  # a word this many times more frequent than its would-be stem is a lemma
FREQUENT = 3  # a word seen this often in the lexicon keeps its ending unless a stem is known
HYPHEN_TAIL_RE = regex.compile(r"^(?P<head>.+?)\s?[-‑–]\s?(?P<tail>\p{Ll}+)$")
LAYERS_OF_WORD = ("case", "poss", "plural")


@dataclass(frozen=True)
class Suffix:
    text: str
    layer: str
    case: str
    after: frozenset[str]
    harmony: str


@cache
def letter_classes() -> dict[str, frozenset[str]]:
    """Class name -> letters (data/letter_classes.tsv): vowel, voiced, voiceless, back_vowel, ..."""
    return {row["class"]: frozenset(row["letters"]) for row in read_tsv("letter_classes.tsv")}


VOWELS = letter_classes()["vowel"]
BACK, FRONT = letter_classes()["back_vowel"], letter_classes()["front_vowel"]
NEUTRAL = letter_classes()["neutral_vowel"]  # и, ю, ё: either harmony
HIGH_VOWELS = letter_classes()["high_vowel"]  # ы, і: may drop (орын -> орны)
# final voiceless stop -> its voiced alternant before a vowel (ширек -> ширегі): data/voicing.tsv
VOICING = {row["voiceless"]: row["voiced"] for row in read_tsv("voicing.tsv")}


@cache
def endings(name: str) -> tuple[str, ...]:
    """Every form of the named closed set of endings (data/endings.tsv): "ablative" ->
    ("дан", "ден", "тан", "тен", "нан", "нен"); also dative, genitive, demonym,
    temporal_adjective, verb."""
    for row in read_tsv("endings.tsv"):
        if row["name"] == name:
            return tuple(row["forms"].split())
    raise KeyError(f"no endings named {name!r} in data/endings.tsv")


@cache
def ending_re(name: str, ignore_case: bool = False) -> regex.Pattern:
    """A pattern whose .search() finds one of endings(name) at the end of a word."""
    pattern = "(?:" + "|".join(endings(name)) + ")$"
    return regex.compile(pattern, regex.IGNORECASE) if ignore_case else regex.compile(pattern)


def voiced_stem(stem: str) -> str | None:
    """The stem with its final voiceless stop voiced ("ширек" -> "ширег"), or None."""
    voiced = VOICING.get(stem[-1:])
    return stem[:-1] + voiced if voiced else None


@cache
def suffixes() -> tuple[Suffix, ...]:
    """All suffix rows, longest first (so "ндағы" is tried before "да")."""
    classes = letter_classes()
    rows = []
    for row in read_tsv("suffixes.tsv"):
        after = frozenset().union(*(classes[name] for name in row["after"].split(",")))
        rows.append(Suffix(row["suffix"], row["layer"], row["case"], after, row["harmony"]))
    return tuple(sorted(rows, key=lambda s: -len(s.text)))


LEXICON_FILE = "lexicon_kk.tsv"


@cache
def lexicon() -> dict[str, int]:
    """Lowercased word -> its count in public Kazakh text (data/lexicon_kk.tsv)."""
    columns, rows = read_table(LEXICON_FILE)
    word, count = columns["word"], columns["count"]
    return {row[word]: int(row[count]) for row in rows}


END = ""  # marks, in a node of the suffix trie, the rows of the suffix that ends there


@cache
def _suffix_tries() -> dict[str, dict]:
    """layer -> a trie of the suffix texts read backwards from their last letter; a node's END
    entry holds the rows (in file order) of the suffix spelled by the path to it. Walking a word
    from its end finds every suffix it ends with in a few dict lookups, not a scan of all rows."""
    tries: dict[str, dict] = {}
    for suffix in suffixes():
        node = tries.setdefault(suffix.layer, {})
        for ch in reversed(suffix.text):
            node = node.setdefault(ch, {})
        node[END] = node.get(END, ()) + (suffix,)
    return tries


def _letters_re(letters, reverse: bool = False) -> regex.Pattern:
    """A pattern matching one of `letters` (with `reverse`, a search finds the last one)."""
    alternatives = "".join(regex.escape(ch) for ch in sorted(letters))
    return regex.compile(("(?r)" if reverse else "") + f"[{alternatives}]")


SOFT_SIGN = "ь"
# one C-level search instead of a Python loop over the stem's letters
BACK_RE, FRONT_RE = _letters_re(BACK), _letters_re(FRONT)
LAST_HARMONY_VOWEL_RE = _letters_re(BACK | FRONT | NEUTRAL, reverse=True)


@cache
def _vowel_re() -> regex.Pattern:
    return _letters_re(letter_classes()["vowel"])


def _harmony_ok(lower: str, harmony: str) -> bool:
    """Does the (lowercased) stem take a suffix of this harmony?"""
    if harmony == "any":
        return True
    last = LAST_HARMONY_VOWEL_RE.search(lower)
    if last is None or last.group() in NEUTRAL:
        return True  # "Османи-дің", "Тбилиси-ге": a final и/ю takes either harmony
    # Russian-style surnames mix both ("Қырықбаевтың", "Мәдиевтің"): any vowel of the class will
    # do; a soft sign takes either ("Израильдің", "Гогольдің", "Тайваньның", "медальға").
    return (BACK_RE if harmony == "back" else FRONT_RE).search(lower) is not None \
        or lower.endswith(SOFT_SIGN)


def _candidates(word: str, layer: str) -> list[tuple[str, str]]:
    """Stems left by every suffix of `layer` whose conditions hold, longest suffix first."""
    lower = word.lower()
    node, endings, k = _suffix_tries().get(layer, {}), [], len(lower)
    while k > 0:  # the suffixes the word ends with, shortest first
        child = node.get(lower[k - 1])
        if child is None:
            break
        node, k = child, k - 1
        if END in node:
            endings.append((len(lower) - k, node[END]))
    if not endings:
        return []
    out, vowel_re = [], _vowel_re()
    for length, rows in reversed(endings):
        stem = word[: len(word) - length]
        stem_lower = stem.lower()  # once per stem, not per suffix row
        if len(stem) < MIN_STEM or vowel_re.search(stem_lower) is None:
            continue
        final = stem[-1].lower()
        for suffix in rows:
            if final in suffix.after and _harmony_ok(stem_lower, suffix.harmony):
                out.append((stem, suffix.case))
    return out


def strip_layer(word: str, layer: str) -> str:
    """`word` without one suffix of `layer` ("case", "poss", "plural"), or unchanged."""
    return split_suffix(word, layer)[0]


def case_of(word: str) -> str | None:
    """The case the word's ending marks (gen, dat, acc, loc, abl, ins, locadj, sim), or None."""
    return split_suffix(word, "case")[1]


@cache
def listed_names() -> frozenset[str]:
    """Lowercased given names, surnames and places of the gazetteers: "Гүлден" is a name, not Гүл-ден."""
    names: set[str] = set()
    for name in ("given_names.txt", "surnames.txt", "countries.txt", "capitals.txt", "kz_cities.txt",
                 "kz_regions.txt", "kz_districts.txt"):
        names.update(row[next(iter(row))].lower() for row in read_tsv(f"gazetteers/{name}"))
    return frozenset(names)


@lru_cache(maxsize=65536)
def split_suffix(word: str, layer: str) -> tuple[str, str | None]:
    """(stem, case name of the stripped suffix or None) for one suffix of `layer`."""
    candidates = _candidates(word, layer)
    if not candidates:
        return word, None
    if word.lower() in listed_names() and not any(s.lower() in listed_names() for s, _ in candidates):
        return word, None
    known, count = lexicon(), lexicon().get(word.lower(), 0)
    for stem, case in candidates:
        stem_count = known.get(stem.lower(), 0)
        if not stem_count:
            continue
        if count >= FREQUENT and count > LEMMA_RATIO * stem_count:
            continue  # "теңге" is far more frequent than "тең": the word is a lemma itself
        return stem, case
    stem, case = candidates[0]
    if count >= FREQUENT and not (layer == "case" and _poss3_case(word, stem)):
        return word, None  # a frequent word with no known stem ("Қазақстан")
    if layer != "case":
        # possessive and plural endings are stripped only onto known stems: too many base
        # words end like them ("оқушы", "дәптер")
        return word, None
    return stem, case


def _poss3_case(word: str, stem: str) -> bool:
    """True for the н-cases after a 3rd-person possessive ("кешені-нің", "мұражайы-нда")."""
    suffix = word[len(stem):]
    # the bare accusative "н" is left out: too many stems end in ы/і + н ("ағылшын")
    return stem[-1:].lower() in letter_classes()["poss3"] and suffix[:1] == "н" and len(suffix) > 1


def _split_hyphen_tail(word: str) -> str | None:
    """'ОКҚ-де' -> 'ОКҚ', '2020-ға' -> '2020' when the hyphenated tail is a suffix chain."""
    if "-" not in word and "‑" not in word and "–" not in word:
        return None  # HYPHEN_TAIL_RE needs one of its dashes
    match = HYPHEN_TAIL_RE.match(word)
    if not match:
        return None
    tail = match.group("tail")
    if tail in _suffix_texts() or _is_suffix_chain(tail):
        return match.group("head")
    return None


@cache
def _suffix_texts() -> frozenset[str]:
    return frozenset(s.text for s in suffixes())


@cache
def case_suffix_texts() -> frozenset[str]:
    """Every case suffix (the endings base_form_of_name may cut off a name's last word)."""
    return frozenset(s.text for s in suffixes() if s.layer == "case")


@cache
def case_suffix_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(text) for text in case_suffix_texts()}))


def case_suffix_cuts(low: str) -> list[str]:
    """`low` (a lowercased word) with a case suffix it ends in cut off, for each such suffix,
    shortest suffix first; never the empty string. What base_form_of_name may leave of a name's
    last word, as a cheap test before the morphology itself."""
    endings = case_suffix_texts()
    return [low[:-n] for n in case_suffix_lengths() if n < len(low) and low[-n:] in endings]


def _is_suffix_chain(tail: str) -> bool:
    texts = _suffix_texts()
    return any(tail[:i] in texts and tail[i:] in texts for i in range(1, len(tail)))


@lru_cache(maxsize=65536)  # word forms repeat heavily in press text
def base_form(word: str) -> str:
    """Dictionary-like base of one word: case, then possessive, then plural stripped."""
    head = _split_hyphen_tail(word)
    if head is not None:
        return head
    for layer in LAYERS_OF_WORD:
        word = strip_layer(word, layer)
    return word


@lru_cache(maxsize=65536)
def base_form_of_name(name: str) -> str:
    """Nominative of a (multi-word) name: the case suffix of its last word only is stripped."""
    if not name:
        return name
    cut = max(name.rfind(" "), name.rfind("\u00a0")) + 1
    prefix, last = name[:cut], name[cut:]
    head = _split_hyphen_tail(last)
    if head is not None:
        return prefix + head
    if not (last.islower() or any(ch.islower() for ch in last)):  # acronym or number alone
        return name
    return prefix + strip_layer(last, "case")


def load() -> None:
    """Read the tables above now (a stage's load()), not on the first document."""
    for build in (letter_classes, suffixes, lexicon, _suffix_tries, _vowel_re, listed_names,
                  _suffix_texts, case_suffix_texts, case_suffix_lengths):
        build()
