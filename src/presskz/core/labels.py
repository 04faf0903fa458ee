"""Label sets used across presskz: one source of truth for entity types and value kinds.

Each set is written once, as a Literal type (what the record models and mypy check against);
the tuple beside it is that Literal's values, for code that iterates or tests membership.
"""
from typing import Literal, get_args

EntityType = Literal[
    "PERSON", "POSITION", "ORGANISATION", "GPE", "LOCATION", "FACILITY", "EVENT", "PROJECT",
    "LAW", "PRODUCT", "ART", "NORP", "LANGUAGE", "DATE", "TIME", "MONEY", "PERCENTAGE",
    "CARDINAL", "ORDINAL", "QUANTITY", "ADAGE", "CONTACT", "DISEASE", "MISCELLANEOUS",
    "NON_HUMAN",
]
QuantityKind = Literal["cardinal", "ordinal", "percent", "money", "multiplier", "fraction", "quantity"]
Approx = Literal["more_than", "less_than", "about"]
TemporalKind = Literal["date", "time", "datetime", "range", "duration", "relative", "set"]
EventStatus = Literal["past", "future", "ongoing", "unknown"]
EntitySource = Literal["rule", "model", "both"]
QuoteKind = Literal["direct", "indirect"]
Script = Literal["cyrl", "latn", "mixed"]

ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
QUANTITY_KINDS: tuple[str, ...] = get_args(QuantityKind)
APPROX_VALUES: tuple[str, ...] = get_args(Approx)
TEMPORAL_KINDS: tuple[str, ...] = get_args(TemporalKind)
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)
ENTITY_SOURCES: tuple[str, ...] = get_args(EntitySource)
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
SCRIPTS: tuple[str, ...] = get_args(Script)
