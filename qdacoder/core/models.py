"""Plain read-only records handed to the command line, the exports and the window."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Coder:
    id: int
    guid: str
    name: str


@dataclass(frozen=True)
class Case:
    id: int
    guid: str
    name: str
    memo: str


@dataclass(frozen=True)
class Document:
    """A document without its text (texts can be megabytes; fetch with ``document_text``)."""

    id: int
    guid: str
    name: str
    kind: str
    source_name: str | None
    sha256: str
    imported_at: str
    memo: str
    length: int  # in code points


@dataclass(frozen=True)
class Code:
    id: int
    guid: str
    parent_id: int | None
    name: str
    position: int
    color: str
    description: str
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""
    is_codable: bool = True  # False: a category that groups codes but is not applied itself
    default_valence: str | None = None  # "promoting", "hindering" or None
    added_while_coding: bool = False  # an inductive addition, made while coding
    created_by: int | None = None
    created_at: str = ""


@dataclass(frozen=True)
class Coding:
    id: int
    guid: str
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int
    memo: str
    created_at: str
    valence: str | None = None  # "promoting", "hindering" or None


@dataclass(frozen=True)
class SpeakerTurn:
    id: int
    document_id: int
    start: int
    content_start: int
    end: int
    speaker: str
