"""Speaker turns in transcripts ("I: ...", "[00:12:31] Moeder: ...").

The rule, kept simple enough to explain to a researcher:

1. A *label line* starts (after optional spaces and an optional timestamp "[00:12:31]",
   "(00:12)" or "00:12:31" plus a space) with one to four words of at most 40 characters
   together, directly followed by ":" and then a space or the end of the line. The first word
   starts with a letter (so "10:30" is never a label); words hold letters (accents included),
   digits, "." and "-". Examples: "I", "R1", "Interviewer 2", "Moeder van Sanne".
2. Header keys of field notes ("Datum", "Aanwezig", "Locatie", "NB", ...) are never labels.
3. A text has turns only when some label starts at least two lines (a dialogue shows itself
   by repetition); a field note that quotes one "Moeder: ..." line is not a transcript.
4. In a text that has turns, a label is a *speaker* when it starts at least two lines, or
   when it looks like a speaker on its own: a short code in capitals ("I", "R2", "JC"), a role
   word ("Vader", "Moeder van Sanne", "Interviewer 2"), or a name of one to three words that
   each start with a capital (name particles such as "van" and "de" excepted): "Behandelaar",
   "Sanne", "Jan de Vries". This lets a father who speaks once get his own turn, while
   "Ze zei: ..." inside an answer does not.

Each speaker line starts a turn that runs until the next speaker line (continuation lines
belong to it); text before the first turn belongs to no turn. Positions are string indexes.
Line ends may be "\n", "\r\n" or a lone "\r" (old Mac files): all count as line ends.

Whether a document *is* a dialogue is a second question (``dialogue_share``): labels such as
"CVSS Score:" in a report repeat too, so the import keeps turns outside transcripts only when
at least 60 % of the text's paragraphs start a turn (``turns_for``).
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
    pleegouder stiefmoeder stiefvader jongere jeugdige kind zoon dochter broer zus oma opa
    tante oom gezagdrager gezagsdrager jeugdconsulent jeugdhulpverlener hulpverlener
    gezinsvoogd voogd jeugdbeschermer gedragswetenschapper orthopedagoog psycholoog
    behandelaar professional mentor docent leerkracht begeleider coach tolk participant
    mother father""".split()
)
# Lower-case words inside a name ("Moeder van Sanne", "Jan de Vries").
_PARTICLES = frozenset("van de der den het ten ter te 't v.d. en".split())
# Capitalised words that open a sentence with a colon rather than name a speaker.
_NOT_NAMES = frozenset(
    """ze zij hij ik wij we jij je u men die dat dit deze toen dus maar en ja nee nou kortom
    oftewel namelijk bijvoorbeeld eerst daarna vervolgens conclusie voorbeeld""".split()
)
_MAX_NAME_WORDS = 3
DIALOGUE_SHARE = 0.6
# A line ending like this ends its paragraph; a line ending otherwise (a PDF or a hard-wrapped
# text file breaks sentences over lines) is continued by the next line.
_PARAGRAPH_END = tuple('.!?:;…"”’\')»')


def find_turns(text: str) -> tuple[Turn, ...]:
    """The speaker turns of ``text`` (empty when it is not a dialogue; rules above)."""
    scan = text.replace("\r", "\n")  # same length: positions stay valid for ``text``
    lines = [m for m in _LABEL_LINE.finditer(scan) if _is_label(m.group("label"))]
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


def dialogue_share(text: str, turns: tuple[Turn, ...]) -> float:
    """The share of the non-empty paragraphs of ``text`` that start one of ``turns``.

    A paragraph is a line, except that a line continues the one before it when that one does
    not end a sentence and the line itself starts no turn (wrapped lines of a PDF)."""
    starts = {turn.start: turn for turn in turns}
    paragraphs = in_turns = 0
    continues = False
    position = 0
    for line in text.replace("\r", "\n").split("\n"):
        stripped = line.strip()
        first = position + len(line) - len(line.lstrip())
        position += len(line) + 1
        if not stripped:
            continues = False
            continue
        turn = starts.get(first)
        if turn is not None:
            paragraphs += 1
            in_turns += 1
            if turn.content_start >= position - 1:  # "I:" alone: what is said comes below
                continues = True
                continue
        elif not continues:
            paragraphs += 1
        continues = not stripped.endswith(_PARAGRAPH_END)
    return in_turns / paragraphs if paragraphs else 0.0


def turns_for(text: str, kind: str | None, asked: bool = False) -> tuple[tuple[Turn, ...], str]:
    """The turns to keep for a document of ``kind`` (None: not chosen) and the kind to give
    it: a transcript keeps its turns; another document only when it reads as a dialogue (at
    least ``DIALOGUE_SHARE`` of its paragraphs start a turn) or when turns were ``asked``
    for. Only a dialogue is proposed as a transcript."""
    turns = find_turns(text)
    dialogue = bool(turns) and dialogue_share(text, turns) >= DIALOGUE_SHARE
    keep = kind == "transcript" or asked or dialogue
    return (turns if keep else ()), kind or ("transcript" if dialogue else "other")


def starts_with_label(line: str) -> bool:
    """Whether ``line`` starts the way a speaker's line does ("I:", "[00:12] Moeder: Ja.")."""
    match = _LABEL_LINE.match(line)
    return match is not None and _is_label(match.group("label"))


def _is_label(label: str) -> bool:
    return len(label) <= _MAX_LABEL and label.lower() not in HEADER_KEYS


def _looks_like_speaker(label: str) -> bool:
    if _CODE.fullmatch(label) and label.isupper():
        return True
    words = label.split(" ")
    if words[0].lower() in ROLE_WORDS:
        return True
    return (len(words) <= _MAX_NAME_WORDS and words[0].lower() not in _NOT_NAMES
            and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)
            and words[-1][0].isupper())
