"""Placeholder for the gazetteer stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class GazetteerStage(Stage):
    name = "gazetteer"
    requires = ("tokens", "sentences")
    assigns = ("rule_entities",)

    def __call__(self, doc: Document) -> Document:
        return doc
