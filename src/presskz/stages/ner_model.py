"""Placeholder for the ner_model stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class NerModelStage(Stage):
    name = "ner_model"
    requires = ("tokens", "sentences")
    assigns = ("model_entities",)

    def __call__(self, doc: Document) -> Document:
        return doc
