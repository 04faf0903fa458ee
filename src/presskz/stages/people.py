"""Placeholder for the people stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class PeopleStage(Stage):
    name = "people"
    requires = ("entities", "quotes")
    assigns = ("people",)

    def __call__(self, doc: Document) -> Document:
        return doc
