"""A consensus review of two coders, for the readings of issue 18 (final, all, coder:NAME).

Four interviews, each its own case; codes Wachtlijst, Steun mentor, Schoolwerk, Thuissituatie.
Anna and Bram code; the review writes the consensus as codings of "Consensus" (C):

  document          Anna                 Bram                 Consensus             settled
  Interview Fatima  Wachtlijst s1         Wachtlijst s1        Wachtlijst s1 (agreed) yes
                    Steun mentor s2 (*)  Schoolwerk s2        Steun mentor s2 (*, decided "a")
  Interview Mo      Thuissituatie s1     Wachtlijst s2 (*)    nothing (both "neither")  yes
  Interview Sanne   Wachtlijst, Thuissituatie (*)  -          -                      no
  Interview Lotte   Schoolwerk s1        Schoolwerk s1        Schoolwerk s1 (agreed)  no

(*) starred as a quote; the consensus copy of a starred coding is starred too.


Hand counts, codings per code (Wachtlijst, Steun mentor, Schoolwerk, Thuissituatie):
  final: 2, 1, 2, 1 = 6   (Fatima: C's two; Mo: none; Sanne: Anna's two; Lotte: Anna's and Bram's)
  all:   5, 2, 4, 2 = 13
  Anna:  2, 1, 1, 2 = 6
  Bram:  2, 0, 2, 0 = 4
Quotes: final 2 (C's Steun mentor, Anna's Thuissituatie in Sanne), all 4, Bram 1.
"""

from qdacoder.analysis.disagreements import agreed_codings, disagreements
from qdacoder.core import codings, consensus, documents
from qdacoder.core.codes import add_code
from qdacoder.core.coders import ensure_coder
from qdacoder.core.quotes import set_starred

TEXTS = {
    "Interview Fatima": "Ik stond een jaar op de wachtlijst. Mijn mentor hielp met huiswerk.\n",
    "Interview Mo": "Thuis was het onrustig. Daarna kwam de wachtlijst.\n",
    "Interview Sanne": "De wachtlijst was lang. Thuis ging het mis.\n",
    "Interview Lotte": "Op school ging het beter met de mentor.\n",
}
CODES = ("Wachtlijst", "Steun mentor", "Schoolwerk", "Thuissituatie")
CODINGS = (  # key, document, coder, code, passage
    ("a_wacht", "Interview Fatima", "Anna", "Wachtlijst", "Ik stond een jaar op de wachtlijst."),
    ("b_wacht", "Interview Fatima", "Bram", "Wachtlijst", "Ik stond een jaar op de wachtlijst."),
    ("a_mentor", "Interview Fatima", "Anna", "Steun mentor", "Mijn mentor hielp met huiswerk."),
    ("b_school", "Interview Fatima", "Bram", "Schoolwerk", "Mijn mentor hielp met huiswerk."),
    ("a_thuis_mo", "Interview Mo", "Anna", "Thuissituatie", "Thuis was het onrustig."),
    ("b_wacht_mo", "Interview Mo", "Bram", "Wachtlijst", "Daarna kwam de wachtlijst."),
    ("a_wacht_sanne", "Interview Sanne", "Anna", "Wachtlijst", "De wachtlijst was lang."),
    ("a_thuis_sanne", "Interview Sanne", "Anna", "Thuissituatie", "Thuis ging het mis."),
    ("a_school_lotte", "Interview Lotte", "Anna", "Schoolwerk", "Op school ging het beter met de mentor."),
    ("b_school_lotte", "Interview Lotte", "Bram", "Schoolwerk", "Op school ging het beter met de mentor."),
)
STARRED = ("a_mentor", "b_wacht_mo", "a_thuis_sanne")


def build_coders(project) -> dict:
    """The documents, codes and the two coders' codings (no consensus yet); ids by name/key."""
    ids = {name: ensure_coder(project, name).id for name in ("Anna", "Bram")}
    for name, text in TEXTS.items():
        ids[name] = documents.import_document(project, name=name, text=text, kind="transcript",
                                              case_name=name.replace("Interview", "Casus")).result
    for name in CODES:
        ids[name] = add_code(project, name).result
    for key, document, coder, code, passage in CODINGS:
        start = TEXTS[document].index(passage)
        ids[key] = codings.add_coding(project, document_id=ids[document], code_id=ids[code], start=start,
                                      end=start + len(passage), coder_id=ids[coder]).result
    set_starred(project, [ids[k] for k in STARRED])
    return ids


def build_consensus(project, ids: dict) -> dict:
    """The review of the module docstring on top of ``build_coders``."""
    consensus.copy_agreed(project, agreed_codings(project, ids["Anna"], ids["Bram"])[0])
    for d in disagreements(project, ids["Anna"], ids["Bram"]):
        if d.document == "Interview Fatima":
            consensus.resolve(project, d, "a")
        elif d.document == "Interview Mo":
            consensus.resolve(project, d, "neither")
    consensus.settle(project, [ids["Interview Fatima"], ids["Interview Mo"]], [ids["Anna"], ids["Bram"]])
    ids["Consensus"] = consensus.consensus_coder_id(project)
    return ids


def build_final_study(project) -> dict:
    return build_consensus(project, build_coders(project))
