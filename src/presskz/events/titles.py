"""When two event titles name the same happening: word by word, with case, possessive and plural
endings aside and a stem's last consonant voiced before a vowel ("ҚазҰУ түлектерінің" = "ҚазҰУ
түлегінің күні"); one title may have one more word (events.merge, rule 2)."""
from __future__ import annotations

from functools import lru_cache

import regex

from presskz.kk.morphology import VOICING, VOWELS, strip_layer

TITLE_LAYERS = ("case", "poss", "plural", "poss")  # "түлектерінің" -> "түлек"
STEM_MIN = 5  # letters of a title word whose last consonant may be voiced (түлек, түлегі)
WORD_RE = regex.compile(r"[\p{L}\d]+(?:-[\p{L}\d]+)*")  # "Барыс-Арена" is one word


@lru_cache(maxsize=1 << 10)
def _title_words(title: str) -> tuple[str, ...]:
    words = []
    for word in WORD_RE.findall(title.casefold()):
        for layer in TITLE_LAYERS:
            word = strip_layer(word, layer)
        words.append(word)
    return tuple(words)


def _same_word(a: str, b: str) -> bool:
    """Two stems, or a stem and the same with its last consonant voiced and a vowel after
    ("түлек", "түлегі": the possessive left on after a voiced consonant)."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if len(short) < STEM_MIN or len(long) != len(short) + 1 or not long.startswith(short[:-1]):
        return False
    return long[-1] in VOWELS and long[-2] in (short[-1], VOICING.get(short[-1]))


def same_title(a: str, b: str) -> bool:
    """One title is the other, or the other and one more word, word by word (events.merge's
    docstring, rule 2)."""
    wa, wb = sorted((_title_words(a), _title_words(b)), key=len)
    return bool(wa) and len(wb) - len(wa) <= 1 and all(_same_word(x, y) for x, y in zip(wa, wb))
