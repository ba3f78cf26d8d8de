"""The last line of defence of the command: no traceback ever reaches the user (issue 21).

An error qdacoder did not foresee is written, with its traceback, to a log file in the user's
state folder, and the user gets one line naming that file: a traceback on the terminal
frightens and tells a researcher nothing, while the file can be sent to whoever helps.
A value on the command line that is not text (bytes that are not UTF-8, which Python keeps as
lone surrogates) gets its own plain message: it is the user's input, not qdacoder's fault.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import traceback
from pathlib import Path


def state_folder() -> Path:
    """Where qdacoder keeps its logs: the platform's folder for program state."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Logs"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "qdacoder"


def log_path() -> Path:
    return state_folder() / "errors.log"


class _LogFile(logging.Handler):
    """The records of qdacoder's loggers (the readers log what they turn into "an unexpected
    problem") go to the log file, not to the terminal, where Python would print them with
    their traceback when no handler is set."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.written: Path | None = None

    def emit(self, record: logging.LogRecord) -> None:
        text = self.format(record)
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        if _append([f"--- {stamp} qdacoder {' '.join(map(_shown, sys.argv[1:]))}\n", text, "\n"]):
            self.written = log_path()


_handler = _LogFile()


def install_log() -> None:
    logger = logging.getLogger("qdacoder")
    if _handler not in logger.handlers:
        logger.addHandler(_handler)


def logged_this_run() -> Path | None:
    """The log file, when something was written to it by this command."""
    return _handler.written


def _append(lines: list[str]) -> bool:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", errors="backslashreplace") as log:
            log.writelines(lines)
    except OSError:
        return False
    return True


def write_log(error: BaseException) -> Path | None:
    """Append the error with its traceback and the command to the log; None when even that fails."""
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    lines = [f"--- {stamp} qdacoder {' '.join(map(_shown, sys.argv[1:]))}\n",
             *traceback.format_exception(type(error), error, error.__traceback__)]
    return log_path() if _append(lines) else None


def not_text_arguments() -> list[str]:
    """The command-line values that are not valid text (shown with their bad bytes escaped)."""
    return [_shown(value) for value in sys.argv[1:] if _has_surrogate(value)]


def _has_surrogate(value: str) -> bool:
    return any("\ud800" <= character <= "\udfff" for character in value)


def _shown(value: str) -> str:
    """``value`` printable: the bytes that were not UTF-8 as \\xff, as the user typed them."""
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that did not come from a byte
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def message(error: BaseException) -> str:
    """The one line the user sees for ``error``."""
    bad = not_text_arguments()
    if bad and isinstance(error, UnicodeError):
        return ("qdacoder: this value is not valid text (UTF-8): " + ", ".join(bad)
                + "; type it again or set the terminal to UTF-8.")
    if isinstance(error, RecursionError):
        reason = "the input is nested too deeply to handle"
    elif isinstance(error, MemoryError):
        reason = "the input needs more memory than this computer has"
    else:
        reason = f"an internal error ({type(error).__name__})"
    path = write_log(error)
    where = f"the details are in {path}" if path else "the details could not be written to a log"
    return f"qdacoder: the command stopped: {reason}; {where}."
