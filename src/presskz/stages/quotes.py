"""Placeholder for the quotes stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class QuotesStage(Stage):
    name = "quotes"
    requires = ("entities",)
    assigns = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        return doc
