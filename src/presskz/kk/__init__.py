"""The Kazakh language layer: morphology, orthography (quote marks, dashes, conjunctions),
script/language guesses and the one data-file loader."""
