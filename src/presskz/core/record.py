"""The output record: pydantic v2 models of the JSON contract (DESIGN sections 3 and 8), schema_version 1.1.

`schemas/record.schema.json` is generated from `Record.model_json_schema()` (`presskz schema`);
a test fails when the two drift. `build_record` turns a processed Document into a Record,
replacing object references (an event's places, a quote's speaker) with ids.
"""
from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from presskz.core import labels

SCHEMA_VERSION: Final = "1.1"
# A doc_id is a database key: PostgreSQL's btree index refuses rows over ~2.7 KB.
MAX_DOC_ID_BYTES = 1024

# labels.py stays the one source of the label sets: it writes each as a Literal type
EntityType = labels.EntityType
QuantityKind = labels.QuantityKind
Approx = labels.Approx
TemporalKind = labels.TemporalKind
EventStatus = labels.EventStatus
Number = int | float


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanModel(Strict):
    """Half-open character offsets into the original text, and that text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _offsets_match_text(self):
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"offsets {self.start}:{self.end} do not fit text {self.text!r}")
        return self


class SourceInfo(Strict):
    path: str | None = None
    sha256: str | None = None
    bytes: int | None = Field(default=None, ge=0)
    encoding: str | None = None
    url: str | None = Field(default=None, description="where the release was published, from metadata")


class Announcement(Strict):
    headline: str | None = None
    issuer: str | None = None
    issuer_entity: str | None = Field(default=None, description="entity id of the issuer")
    published: str | None = None
    main_event: str | None = Field(default=None, description="event id the release is about")
    outlet: str | None = Field(default=None, description="the news outlet relaying the release")
    place: str | None = Field(default=None, description="the dateline city")


class SentenceModel(Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EntityModel(SpanModel):
    id: str = Field(pattern=r"^e\d+$")
    type: EntityType
    normalized: str | None = None
    sentence: int | None = Field(default=None, ge=0)
    source: labels.EntitySource
    score: float | None = None
    group: str | None = Field(default=None, description="mentions of one entity share a group")


class QuantityModel(SpanModel):
    id: str = Field(pattern=r"^q\d+$")
    kind: QuantityKind
    value: Number | None = None
    unit: str | None = None
    approx: Approx | None = None


class TemporalModel(SpanModel):
    id: str = Field(pattern=r"^t\d+$")
    kind: TemporalKind
    value: str | None = None


class TriggerModel(SpanModel):
    pass


class EventModel(Strict):
    id: str = Field(pattern=r"^ev\d+$")
    type: str
    status: EventStatus
    trigger: TriggerModel
    title: str | None = None
    when: list[str] = Field(default_factory=list, description="temporal ids")
    where: list[str] = Field(default_factory=list, description="entity ids")
    participants: list[str] = Field(default_factory=list, description="entity ids")
    organizer: list[str] = Field(default_factory=list, description="entity ids")
    mentions: list[TriggerModel] = Field(default_factory=list,
                                         description="every other mention of this happening")
    amounts: list[str] = Field(default_factory=list, description="quantity ids (budget, prize, ...)")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class QuoteModel(SpanModel):
    id: str = Field(pattern=r"^qt\d+$")
    speaker: str | None = Field(default=None, description="people id")
    speaker_mention: str | None = Field(default=None, description="entity id")
    speaker_entity: str | None = Field(default=None,
                                          description="entity id of a speaking body or position")
    verb: str | None = None
    kind: labels.QuoteKind = "direct"


class PersonModel(Strict):
    id: str = Field(pattern=r"^p\d+$")
    name: str
    mentions: list[str] = Field(default_factory=list, description="entity ids")
    positions: list[str] = Field(default_factory=list)


class ModelInfo(Strict):
    name: str
    sha256: str


class PipelineInfo(Strict):
    name: str
    version: str
    stages: list[str]
    model: ModelInfo | None = None


class Record(Strict):
    """One processed press release."""

    # 1.1 adds fields only (DESIGN section 8): 1.0 records still validate and load
    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION
    doc_id: str
    source: SourceInfo = Field(default_factory=SourceInfo)
    language: str = "kk"
    script: labels.Script = "cyrl"
    reference_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    announcement: Announcement = Field(default_factory=Announcement)
    sentences: list[SentenceModel] = Field(default_factory=list)
    entities: list[EntityModel] = Field(default_factory=list)
    quantities: list[QuantityModel] = Field(default_factory=list)
    temporals: list[TemporalModel] = Field(default_factory=list)
    events: list[EventModel] = Field(default_factory=list)
    quotes: list[QuoteModel] = Field(default_factory=list)
    people: list[PersonModel] = Field(default_factory=list)
    pipeline: PipelineInfo
    warnings: list[str] = Field(default_factory=list)


def record_json_schema() -> dict:
    """The JSON Schema of Record, as written to schemas/record.schema.json."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:presskz:record:{SCHEMA_VERSION}"
    return schema


def bounded_doc_id(doc_id: str) -> str:
    """doc_id if it fits MAX_DOC_ID_BYTES, else its longest fitting prefix + "~" + a hash of the
    whole id (so that two long ids with one prefix stay apart)."""
    raw = doc_id.encode("utf-8")
    if len(raw) <= MAX_DOC_ID_BYTES:
        return doc_id
    import hashlib
    digest = hashlib.sha256(raw).hexdigest()[:16]
    prefix = raw[:MAX_DOC_ID_BYTES - len(digest) - 1].decode("utf-8", "ignore")
    return f"{prefix}~{digest}"
