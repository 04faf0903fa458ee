"""The NER model: the shipped Stanza model's batched NumPy tagger and the ner_model stage
(torch only in the export from Stanza's training files and the int8 option)."""
