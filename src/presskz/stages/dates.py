"""Placeholder for the dates stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class DatesStage(Stage):
    name = "dates"
    requires = ("tokens", "sentences", "quantities")
    assigns = ("temporals",)

    def __call__(self, doc: Document) -> Document:
        return doc
