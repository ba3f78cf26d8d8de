"""Speaker turns in transcripts ("I: ...", "[00:12:31] Moeder: ...").

The rule, kept simple enough to explain to a researcher:

1. A *label line* starts (after optional spaces and an optional timestamp "[00:12:31]",
   "(00:12)" or "00:12:31" plus a space) with one to four words of at most 40 characters
   together, directly followed by ":" and then a space or the end of the line. The first word
   starts with a letter (so "10:30" is never a label); words hold letters (accents included),
   digits, "." and "-". Examples: "I", "R1", "Interviewer 2", "Moeder van Sanne".
2. Header keys of field notes ("Datum", "Aanwezig", "Locatie", "NB", ...) are never labels.
3. A label is a *speaker* when it starts at least two lines (a dialogue shows itself by
   repetition), or when it looks like a speaker on its own: a short code in capitals ("I",
   "R2", "JC") or a role word ("Vader", "Moeder van Sanne", "Interviewer 2"). This lets a
   father who speaks once get his own turn, while "Ze zei: ..." inside an answer does not.
4. A text has turns only when some speaker starts at least two lines; a field note that quotes
   one "Moeder: ..." line is not a transcript.

Each speaker line starts a turn that runs until the next speaker line (continuation lines
belong to it); text before the first turn belongs to no turn. Positions are string indexes.
"""

from __future__ import annotations

import re
from collections import Counter

from qdacoder.importers.model import Turn

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:(?:\[{_TIME}\]|\({_TIME}\)|{_TIME})[ \t]+)?"
    r"(?P<label>[^\W\d_][\w.\-]*(?: [\w][\w.\-]*){0,3}):(?=\s|$)",
    re.MULTILINE,
)
_MAX_LABEL = 40
_CODE = re.compile(r"[^\W\d_]{1,3}\d{0,2}")

HEADER_KEYS = frozenset(
    """datum tijd tijdstip dag locatie plaats adres aanwezig aanwezigen afwezig afwezigen
    onderwerp titel duur notulist notulen notitie notities opmerking opmerkingen observatie
    observator setting context agenda actiepunten actiepunt besluit besluiten bijlage bron
    thema doel conclusie samenvatting project casus dossier nb ps
    date time location place present absent subject title duration note notes
    transcript transcriptie opname bestand verslag""".split()
) | frozenset({"let op", "zie ook"})

ROLE_WORDS = frozenset(
    """interviewer interviewster onderzoeker respondent deelnemer geïnterviewde spreker
    gespreksleider moderator facilitator moeder vader ouder ouders pleegmoeder pleegvader
    pleegouder stiefmoeder stiefvader jongere kind zoon dochter broer zus oma opa tante oom
    jeugdconsulent jeugdhulpverlener hulpverlener gezinsvoogd voogd jeugdbeschermer
    gedragswetenschapper orthopedagoog psycholoog mentor docent leerkracht begeleider coach
    tolk participant mother father""".split()
)


def find_turns(text: str) -> tuple[Turn, ...]:
    """The speaker turns of ``text`` (empty when it is not a dialogue; rules above)."""
    lines = [m for m in _LABEL_LINE.finditer(text) if _is_label(m.group("label"))]
    counts = Counter(m.group("label") for m in lines)
    if not any(n >= 2 for n in counts.values()):
        return ()
    speakers = [m for m in lines if counts[m["label"]] >= 2 or _looks_like_speaker(m["label"])]
    turns = []
    for i, match in enumerate(speakers):
        start = match.start() + len(match.group()) - len(match.group().lstrip(" \t"))
        limit = speakers[i + 1].start() if i + 1 < len(speakers) else len(text)
        end = limit
        while text[end - 1].isspace():  # stops at the label's ":" at the latest
            end -= 1
        content_start = match.end()
        while content_start < end and text[content_start].isspace():
            content_start += 1
        turns.append(Turn(start, min(content_start, end), end, match.group("label")))
    return tuple(turns)


def _is_label(label: str) -> bool:
    return len(label) <= _MAX_LABEL and label.lower() not in HEADER_KEYS


def _looks_like_speaker(label: str) -> bool:
    if _CODE.fullmatch(label) and label.isupper():
        return True
    return label.split(" ", 1)[0].lower() in ROLE_WORDS
