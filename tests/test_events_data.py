"""The events/quotes language data files parse and hold well-formed entries."""
import pytest

from presskz.events.lexicon import (case_endings, noun_ending_re, speech_verbs, tense_rules,
                                   triggers, venue_nouns)
from presskz.events.rules import role_markers
from presskz.core.labels import EVENT_STATUSES
from presskz.quotes.rules import indirect_markers

EVENT_TYPES = {"press_conference", "briefing", "exhibition", "concert", "meeting", "forum", "conference",
               "seminar", "round_table", "festival", "competition", "performance", "opening", "visit",
               "signing", "award", "launch", "presentation", "ceremony", "training", "campaign",
               "holiday", "other",
               # the rest of the schema 1.1 inventory (DESIGN section 8)
               "session", "hearing", "fair", "show", "celebration", "closing", "tour", "excursion",
               "election", "inspection", "incident"}


def test_trigger_entries_are_well_formed():
    for trig in triggers():
        assert trig.pos in ("noun", "verb", "gov"), trig
        assert (trig.type in EVENT_TYPES) if trig.pos != "gov" else trig.type == "-", trig
        assert trig.condition == "-" or \
            trig.condition.split(":")[0] in ("after", "governed", "status", "participle", "notbefore",
                                             "before", "dative", "past")
    assert {"press_conference", "briefing", "exhibition", "concert", "meeting", "performance",
            "opening", "other"} <= {t.type for t in triggers()}


def test_cue_verbs_are_governing_verbs_of_the_lexicon():
    from presskz.events.governed import cue_stop, cue_types, cue_verbs, event_noun_suffixes
    governing = {t.form for t in triggers() if t.pos == "gov"}
    assert set(cue_verbs()) <= governing and set(cue_verbs().values()) <= {"subject", "object"}
    assert set(cue_types().values()) <= EVENT_TYPES
    assert "жыл" in cue_stop() and "у" in event_noun_suffixes()


def test_trigger_keys_read_latin_lookalikes_as_cyrillic():
    from presskz.events.lexicon import squash
    assert squash("мәслиxатында") == squash("мәслихатында")  # a Latin x typed in a Cyrillic word
    assert squash("Boxing") == "boxing"  # a Latin word stays Latin


def test_tense_rules_give_known_statuses():
    assert all(r.status in EVENT_STATUSES and r.form in ("finite", "participle", "nominal", "converb", "aim")
               for r in tense_rules())
    assert speech_verbs() and venue_nouns() and role_markers() and indirect_markers() and case_endings()


@pytest.mark.parametrize("rest", ["", "ы", "сі", "ге", "інде", "лері", "лердің", "ін", "ь", "ьдер"])
def test_nominal_endings_accept_case_forms(rest):
    assert noun_ending_re().fullmatch(rest)


@pytest.mark.parametrize("rest", ["ген", "йді", "мей", "йтін", "діріледі"])
def test_nominal_endings_refuse_verb_endings(rest):
    assert not noun_ending_re().fullmatch(rest)


def test_token_matches_agree_with_the_token_by_token_definitions():
    """TokenMatches (each token looked at once, most dismissed by their start candidates) gives
    exactly noun_at / verb_at at every token: the releases in corpora/ and the KazNERD sample."""
    from pathlib import Path

    from presskz.events.matching import TokenMatches, noun_at, verb_at
    from presskz.segment.tokenizer import tokenize

    here = Path(__file__).resolve().parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((here.parent / "corpora").rglob("*.txt"))]
    sample = (here / "data" / "kaznerd_dates_sample.txt").read_text(encoding="utf-8")
    texts.append(" ".join(line.split()[0] for line in sample.splitlines()
                          if line.strip() and not line.startswith("#")))
    checked = found = 0
    for text in texts:
        tokens = tokenize(text)
        matches = TokenMatches(tokens)
        for i in range(len(tokens)):
            assert matches.noun[i] == noun_at(tokens, i) and matches.verb[i] == verb_at(tokens, i)
            found += bool(matches.noun[i] or matches.verb[i])
        checked += len(tokens)
    assert checked > 4000 and found > 50
