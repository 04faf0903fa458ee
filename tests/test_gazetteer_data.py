"""Every data file of the entity rules parses and holds what its loader expects."""
from presskz.entities import lexicon as lex
from presskz.kk.data import read_tsv
from presskz.core.labels import ENTITY_TYPES


def test_head_noun_and_acronym_types_are_known_entity_types():
    assert {t for t, _ in lex.head_nouns().values()} <= set(ENTITY_TYPES)
    assert {r["type"] for r in read_tsv("acronyms.tsv")} <= set(ENTITY_TYPES) | {"O"}


def test_position_roles_are_known():
    assert set(lex.position_words().values()) <= {"head", "standalone", "modifier", "occupation"}


def test_gazetteers_cover_kazakhstan_and_the_world():
    places = lex.places()
    for name in ("қазақстан", "ресей", "астана", "шымкент", "мәскеу", "германия"):
        assert places[name][0] == "GPE"
    assert len(lex.regions()) >= 17 and len(lex.districts()) >= 50
    assert len(lex.given_names()) > 1000 and len(lex.surnames()) > 1000
