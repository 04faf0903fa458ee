"""The status a clause's predicate gives, for any verb: read from the morphology of its last word.

Kazakh puts the predicate last, so the clause's last word (with the word before it for analytic forms
"өтіп жатыр", "өтетін болады", "өтуі тиіс") is matched against the finite endings of tense_rules.tsv,
longest first: past -ды/-ті/-ған болатын, future -ады/-мақ/-атын болады, progressive -уда/-іп жатыр.
Used by rules.status_for_noun when no event verb of the lexicon governs the event noun. A word that
ends like a verb but is not a predicate (an adjective "маңызды") is listed in predicate_nonverbs.tsv;
an event noun before a topic postposition ("форум туралы ... жазылды", topic_postpositions.tsv)
takes no status from the predicate.
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Token
from presskz.events.lexicon import TenseRule, tense_rules
from presskz.kk.data import read_list

MIN_STEM = 2  # letters a verb stem keeps before its ending


@cache
def finite_rules() -> tuple[TenseRule, ...]:
    rules = [r for r in tense_rules() if r.form == "finite"]
    return tuple(sorted(rules, key=lambda r: (-len(r.following), -len(r.ending))))


@cache
def nonverbs() -> frozenset[str]:
    return frozenset(read_list("predicate_nonverbs.tsv"))


@cache
def topic_postpositions() -> frozenset[str]:
    return frozenset(read_list("topic_postpositions.tsv"))


def is_topic(tokens: list[Token], last: int) -> bool:
    """The event noun ending at tokens[last] is a topic ("форум туралы"): the predicate is not its."""
    return last + 1 < len(tokens) and tokens[last + 1].text.lower() in topic_postpositions()


def _last_words(tokens: list[Token], first: int, last: int, n: int = 3) -> list[str]:
    words: list[str] = []
    for k in range(last - 1, first - 1, -1):
        text = tokens[k].text.lower()
        if text[:1].isalpha():
            words.insert(0, text)
            if len(words) == n:
                break
        elif words or text not in ('"', "»", "”", ")", "!", ".", "?", "…"):
            break  # a comma or a number ends the predicate
    return words


def predicate_status(tokens: list[Token], first: int, last: int) -> str:
    """past | future | ongoing of the predicate ending tokens[first:last], "unknown" without one."""
    words = _last_words(tokens, first, last)
    if not words or words[-1] in nonverbs():
        return "unknown"
    for rule in finite_rules():
        n = len(rule.following)
        if n >= len(words) or tuple(words[len(words) - n:]) != rule.following:
            continue
        verb = words[len(words) - n - 1]
        if verb.endswith(rule.ending) and len(verb) >= len(rule.ending) + MIN_STEM:
            return rule.status
    return "unknown"


def load() -> None:
    finite_rules()
    nonverbs()
    topic_postpositions()
