"""Placeholder for the merge stage (filled by its issue); assigns nothing yet."""
from presskz.doc import Document
from presskz.stages.base import Stage


class MergeStage(Stage):
    name = "merge"
    requires = ("rule_entities",)
    assigns = ("entities",)

    def __call__(self, doc: Document) -> Document:
        return doc
