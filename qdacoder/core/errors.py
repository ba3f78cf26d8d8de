"""Errors a researcher may see.

Every error carries an English message *template* and its parameters instead of a finished
sentence. The core cannot call Qt's ``tr()`` (it must stay Qt-free), so the window translates
the template with ``QCoreApplication.translate("qdacoder", template)`` and only then fills in
the parameters. ``str(error)`` gives the English sentence for the command line and the logs.

Templates are written with ``QT_TRANSLATE_NOOP("qdacoder", "...")`` so that
``pyside6-lupdate`` finds them for the Dutch translation.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation without translating it here."""
    return text


class Word(str):
    """A parameter that is itself a marked text ("a number", "case"), not a user's value: it is
    translated together with the template it goes into."""


def render(template: str, params: dict, translate=lambda text: text) -> str:
    """``template`` translated and filled in, with its ``Word`` parameters translated too, and an
    error given as a parameter (the reason inside "file, row 3: {reason}") rendered the same way."""
    def shown(value):
        if isinstance(value, Word):
            return translate(value)
        if isinstance(value, QdaError):
            return render(value.template, value.params, translate)
        return value
    return translate(template).format(**{k: shown(v) for k, v in params.items()})


class QdaError(Exception):
    """Base class: a problem explained in plain words, never a traceback."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    def __str__(self) -> str:
        return self.message


class NotFoundError(QdaError):
    """A document, code, coding, case or coder that does not exist (any more)."""


class ValidationError(QdaError):
    """An operation was asked to do something the project does not allow."""


class ProjectFileError(QdaError):
    """A project file that cannot be opened: missing, not a project, or from a newer version."""


class ImportFailed(QdaError):
    """A file could not be imported. ``params`` always holds ``file`` (the file name)."""
