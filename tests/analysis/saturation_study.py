"""Small real projects with a known pattern of first occurrences, for the saturation tests (the
analysis, the reports, the command line and the window use them).

The worked example of issue 26: six interviews in import order whose first-seen codes are
A, B, C, D (interview 1), E (2), none (3), F (4), none (5), none (6); the interviews without a
new code do apply codes seen before, as a coder would. Codes "Thuis/..." and "School/..." are
fictional Dutch themes; every passage is a sentence of its own.
"""

from __future__ import annotations

from qdacoder.core import codes, codings, documents
from qdacoder.core.coders import ensure_coder

# the code behind each letter of the issue's example
CODE = {"A": "Thuis/Ruzie", "B": "Thuis/Steun ouders", "C": "School/Mentor", "D": "School/Verzuim",
        "E": "Hulp/Wachtlijst", "F": "Hulp/Vaste voogd"}
SENTENCES = {
    "Thuis/Ruzie": "Thuis was er vaak ruzie.",
    "Thuis/Steun ouders": "Mijn moeder stond wel achter me.",
    "School/Mentor": "De mentor belde elke week.",
    "School/Verzuim": "Ik ging maanden niet naar school.",
    "Hulp/Wachtlijst": "We stonden een jaar op de wachtlijst.",
    "Hulp/Vaste voogd": "Pas met een vaste voogd werd het rustiger.",
}
# interview -> the letters coded in it (A..F), in import order
WORKED_EXAMPLE = (
    ("Interview Amira", "ABCD"),
    ("Interview Bas", "AE"),
    ("Interview Chantal", "BC"),
    ("Interview Dewi", "FC"),
    ("Interview Emre", "A"),
    ("Interview Floor", "DE"),
)


def text_for(name: str, paths) -> str:
    lines = [f"Gesprek: {name}."]
    lines += [f"R: {SENTENCES.get(path, f'Iets over {path}.')}" for path in paths]
    return "\n".join(lines) + "\n"


def build(project, plan, *, coder: str = "Anna de Vries", kind: str = "transcript", starter=()) -> dict:
    """Import each (document name, code paths) of ``plan`` in order and code one sentence per
    path (by ``coder``; a path may be ``(path, coder name)``). ``starter``: codes made first,
    as a starter codebook would, applied or not. Returns the ids by document name, code path
    and coder name."""
    ids: dict = {}
    with project.transaction("starter codebook") as tx:
        for path in list(starter) + sorted(SENTENCES):
            ids[path] = codes.ensure_path(tx, path)
    for name, entries in plan:
        entries = [e if isinstance(e, tuple) else (e, coder) for e in entries]
        text = text_for(name, [path for path, _ in entries])
        ids[name] = documents.import_document(project, name=name, text=text, kind=kind).result
        for path, who in entries:
            if who not in ids:
                ids[who] = ensure_coder(project, who).id
            if path not in ids:
                with project.transaction("code") as tx:
                    ids[path] = codes.ensure_path(tx, path)
            sentence = SENTENCES.get(path, f"Iets over {path}.")
            start = text.index(sentence)
            codings.add_coding(project, document_id=ids[name], code_id=ids[path], start=start,
                               end=start + len(sentence), coder_id=ids[who])
    return ids


def build_worked_example(project) -> dict:
    return build(project, [(name, [CODE[letter] for letter in letters]) for name, letters in WORKED_EXAMPLE])


# new codes per interview whose first qualifying run (base 4, runs of 2, 5%) is 10-11 with 23
# codes in the base: the runs 5-6 to 9-10 each bring 2 new codes (8.7%), 10-11 none
ISSUE_SENTENCE_PATTERN = (8, 6, 5, 4, 2, 0, 2, 0, 2, 0, 0)


def build_issue_sentence(project) -> dict:
    """Eleven interviews with ``ISSUE_SENTENCE_PATTERN`` new codes; each interview also applies
    the first code again, so none is without codings."""
    plan, made = [], 0
    for number, new in enumerate(ISSUE_SENTENCE_PATTERN, start=1):
        paths = [f"Thema {n // 5 + 1}/Code {n + 1:02d}" for n in range(made, made + new)]
        made += new
        plan.append((f"Interview {number:02d}", paths if number == 1 else ["Thema 1/Code 01"] + paths))
    return build(project, plan)
