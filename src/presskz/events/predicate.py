"""The status a clause's predicate gives, for any verb: read from the morphology of its last word.

Kazakh puts the predicate last, so the clause's last word (with the word before it for analytic forms
"өтіп жатыр", "өтетін болады", "өтуі тиіс") is matched against the finite endings of tense_rules.tsv,
longest first: past -ды/-ті/-ған болатын, future -ады/-мақ/-атын болады, progressive -уда/-іп жатыр. An
ending that reads both ways (бар+ады future, жина+ды past) is told apart by the lexicon (see
_future_or_past). When the clause ends in an attribution ("..., деп хабарлайды X") the predicate before
it counts; a planning verb (planning_verbs.tsv: "жоспарлап отыр") means future. Used by
rules.status_for_noun when no event verb of the lexicon governs the event noun. A word that ends like a
verb but is not a predicate (an adjective "маңызды") is listed in predicate_nonverbs.tsv; an event noun
before a topic postposition ("форум туралы ... жазылды", topic_postpositions.tsv) takes no status from
the predicate.
"""
from __future__ import annotations

from functools import cache

from presskz.core.doc import Token
from presskz.events.lexicon import TenseRule, past_participles, tense_rules
from presskz.kk.data import read_list, read_tsv
from presskz.kk.morphology import endings, lexicon
from presskz.kk.orthography import EM_DASH, EN_DASH, HYPHEN_MINUS

MIN_STEM = 2  # letters a verb stem keeps before its ending
VERBAL_NOUN = "у"  # "жинау", "бару"
DASHES = (EM_DASH, EN_DASH, HYPHEN_MINUS)  # "— деді X": a quotation closed before the word


@cache
def finite_rules() -> tuple[TenseRule, ...]:
    # a participle ending the clause is its predicate too ("... шаралар қарастырылған.")
    rules = [r for r in tense_rules() if r.form in ("finite", "participle")]
    return tuple(sorted(rules, key=lambda r: (-len(r.following), -len(r.ending))))


@cache
def attribution_words() -> dict[str, str]:
    """word -> role (before | after_dash) of predicate_attribution.tsv: "..., деп хабарлайды X"."""
    return {r["word"]: r["role"] for r in read_tsv("predicate_attribution.tsv")}


@cache
def planning_stems() -> tuple[str, ...]:
    return read_list("planning_verbs.tsv")


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


def _future_or_past(verb: str) -> str:
    """бар+ады (future) or жина+ды (past)? The reading whose stem is the more frequent verb in public
    Kazakh text (kk.morphology.lexicon) wins: first by the stem's participle and verbal noun ("жинаған",
    "жинау"; "барған", "бару": forms no noun shares), then by the sibling finite form (барды; жинайды,
    which a noun may share: "тілді" is "language" in the accusative, not the past of a verb "тіл-",
    so "тіледі" is тіле+ді); future on a tie."""
    words = lexicon()
    past_stem, future_stem = verb[:-2], verb[:-3]
    for past_forms, future_forms in ((verb_forms(), verb_forms()),
                                     (endings("vowel_future"), endings("past_finite"))):
        as_past = sum(words.get(past_stem + e, 0) for e in past_forms)
        as_future = sum(words.get(future_stem + e, 0) for e in future_forms)
        if as_past != as_future:
            return "past" if as_past > as_future else "future"
    return "future"


def is_verbal_noun(word: str) -> bool:
    """A verb's verbal noun ("өту", "тойлау", "мерекелеу"; endings.tsv verbal_noun). Between an
    event noun and a frame word ("мерейтойын мерекелеу аясында") a word of this ending is one: the
    few nouns that end so ("су", "тау") do not stand there."""
    return any(word.endswith(e) and len(word) >= len(e) + MIN_STEM for e in endings("verbal_noun"))


@cache
def verb_forms() -> tuple[str, ...]:
    """Endings that make a verb stem a word no noun is: the past participle (tense_rules.tsv) and the
    verbal noun "-у"."""
    return (*past_participles(), VERBAL_NOUN)


@cache
def rules_by_following() -> tuple[tuple[int, dict[tuple[str, ...], tuple[TenseRule, ...]]], ...]:
    """finite_rules grouped by the words after the verb ("болады", "жатыр"; none for a synthetic
    form): (their number, following words -> rules in finite_rules order), the most words first,
    so that a clause's last words find their rules by lookup rather than against every rule."""
    by_length: dict[int, dict[tuple[str, ...], list[TenseRule]]] = {}
    for rule in finite_rules():
        by_length.setdefault(len(rule.following), {}).setdefault(rule.following, []).append(rule)
    return tuple((n, {following: tuple(rules) for following, rules in groups.items()})
                 for n, groups in sorted(by_length.items(), reverse=True))


def _status_of_words(words: list[str]) -> str:
    if not words or words[-1] in nonverbs():
        return "unknown"
    for n, groups in rules_by_following():
        if n >= len(words):
            continue
        verb = words[len(words) - n - 1]
        for rule in groups.get(tuple(words[len(words) - n:]), ()):
            if verb.endswith(rule.ending) and len(verb) >= len(rule.ending) + MIN_STEM:
                if verb.startswith(planning_stems()):
                    return "future"
                if not n and rule.ending in endings("ambiguous_future") and rule.status == "future":
                    return _future_or_past(verb)
                return rule.status
    return "unknown"


def _predicate_ends(tokens: list[Token], first: int, last: int) -> list[int]:
    """Where the predicate may end, best first: the clause's end, before an attribution ("...
    жария етті, деп хабарлайды X"), and a "деді" after a dash ("— деді X шара кезінде")."""
    ends = [last]
    roles = attribution_words()
    for k in range(first, last):
        role = roles.get(tokens[k].text.lower())
        if role == "before":  # "... жария етті, деп": the comma before the word closes the predicate too
            ends.insert(0, k - 1 if k > first and tokens[k - 1].text == "," else k)
        elif role == "after_dash" and k > first and tokens[k - 1].text in DASHES:
            ends.append(k + 1)
    return ends


def predicate_status(tokens: list[Token], first: int, last: int) -> str:
    """past | future | ongoing of the predicate ending tokens[first:last], "unknown" without one."""
    for end in _predicate_ends(tokens, first, last):
        status = _status_of_words(_last_words(tokens, first, end))
        if status != "unknown":
            return status
    return "unknown"


def load() -> None:
    rules_by_following()
    attribution_words()
    for name in ("past_finite", "vowel_future", "ambiguous_future"):
        endings(name)
    nonverbs()
    lexicon()
    planning_stems()
    topic_postpositions()
    verb_forms()
