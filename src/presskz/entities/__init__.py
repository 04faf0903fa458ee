"""Named entities by rule: the gazetteer stage's rules and lexicon, base forms (normalise),
precision guards and the merge stage."""
