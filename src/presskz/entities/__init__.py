"""Named entities by rule: the gazetteer stage's rules and lexicon, base forms (normalise) and the merge stage."""
