"""Placeholder for the events stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class EventsStage(Stage):
    name = "events"
    requires = ("entities", "temporals")
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc
