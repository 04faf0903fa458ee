"""The NER model: the shipped Stanza model's batched tagger and the ner_model stage
(the only place that imports stanza/torch)."""
