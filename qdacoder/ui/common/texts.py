"""Texts of the "qdacoder" translation context that several parts of the window show: the words
that also go into files (kinds of document, table headings), translated the way the exports are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(text: str) -> str:
    """``text`` in the window's language, from the context the exports read too."""
    return QCoreApplication.translate("qdacoder", text)


def kind_label(kind: str) -> str:
    labels = {
        "transcript": QCoreApplication.translate("qdacoder", "transcript"),
        "fieldnote": QCoreApplication.translate("qdacoder", "field note"),
        "dossier": QCoreApplication.translate("qdacoder", "dossier"),
        "report": QCoreApplication.translate("qdacoder", "report"),
        "other": QCoreApplication.translate("qdacoder", "other"),
    }
    return labels.get(kind, kind)
