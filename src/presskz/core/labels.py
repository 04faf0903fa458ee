"""Label sets used across presskz: one source of truth for entity types and value kinds."""

ENTITY_TYPES = (
    "PERSON", "POSITION", "ORGANISATION", "GPE", "LOCATION", "FACILITY", "EVENT", "PROJECT",
    "LAW", "PRODUCT", "ART", "NORP", "LANGUAGE", "DATE", "TIME", "MONEY", "PERCENTAGE",
    "CARDINAL", "ORDINAL", "QUANTITY", "ADAGE", "CONTACT", "DISEASE", "MISCELLANEOUS",
    "NON_HUMAN",
)
QUANTITY_KINDS = ("cardinal", "ordinal", "percent", "money", "multiplier", "fraction", "quantity")
APPROX_VALUES = ("more_than", "less_than", "about")
TEMPORAL_KINDS = ("date", "time", "datetime", "range", "duration", "relative", "set")
EVENT_STATUSES = ("past", "future", "ongoing", "unknown")
ENTITY_SOURCES = ("rule", "model", "both")
QUOTE_KINDS = ("direct", "indirect")
SCRIPTS = ("cyrl", "latn", "mixed")
