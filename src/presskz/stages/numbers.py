"""Placeholder for the numbers stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class NumbersStage(Stage):
    name = "numbers"
    requires = ("tokens", "sentences")
    assigns = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        return doc
