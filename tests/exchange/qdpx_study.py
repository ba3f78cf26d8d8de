"""A small fictional Dutch study with everything a .qdpx carries: coders, a code tree with
criteria and valence, documents with emoji and accents, codings with valence, star and memo,
cases with whole documents and passages, typed attributes of cases and documents, memos on
everything. No real persons."""

from qdacoder.core import attributes, cases, codings, memos
from qdacoder.core.codebook import Codebook, CodebookEntry
from qdacoder.core.codebook_ops import merge_codebook
from qdacoder.core.codes import find_code_by_path
from qdacoder.core.coders import ensure_coder
from qdacoder.core.documents import find_document, import_document
from qdacoder.core.project import Project
from qdacoder.core.quotes import set_starred

INTERVIEW = (
    "Interview met Sanne (fictief), 15 jaar\n"
    "I: Hoe ging het op de nieuwe school? 🙂\n"
    "R: Eerst slecht. Niemand wist wat er thuis speelde.\n"
    "R: Pas later kreeg ik een mentor die écht luisterde.\n"
    "R: Daarna stond ik maanden op een wachtlijst voor hulp.\n"
)
VELDNOTITIE = (
    "Casusoverleg wijkteam, 12 maart\n"
    "Over Sanne: de mentor belt wekelijks met moeder.\n"
    "Over Daan: nog geen plek in een gezinshuis; de wachttijd is lang.\n"
)


def codebook() -> Codebook:
    return Codebook(codes=[
        CodebookEntry("Bevorderende factoren", is_codable=False, color="#2e7d32", children=[
            CodebookEntry("Mentor", description="Een vaste volwassene op school.",
                          inclusion="Contact met een mentor of docent.", exclusion="Hulpverleners.",
                          example="Mijn mentor luisterde echt.", default_valence="promoting",
                          guid="{6F1C2B7E-5A3D-4C1E-9B2A-0D8E7F6A5B4C}"),
        ]),
        CodebookEntry("Belemmerende factoren", is_codable=False, children=[
            CodebookEntry("Wachtlijst", description="Wachten op hulp.", default_valence="hindering"),
        ]),
        CodebookEntry("Thuissituatie", description="Wat er thuis speelt."),
    ])


def code(p, coder, document, path, phrase, **extra):
    doc = find_document(p, document)
    text = p.scalar("SELECT text FROM documents WHERE id = ?", [doc.id])
    start = text.index(phrase)
    return codings.add_coding(p, document_id=doc.id, code_id=find_code_by_path(p, path).id,
                              start=start, end=start + len(phrase), coder_id=coder.id, **extra).result


def build(path) -> Project:
    p = Project.create(path, name="Uitstroom jeugdzorg (fictief)")
    anna, bram = ensure_coder(p, "Anna de Vries"), ensure_coder(p, "Bram Jansen")
    merge_codebook(p, codebook(), created_by=anna.id)
    import_document(p, name="Interview Sanne", text=INTERVIEW, kind="transcript", case_name="Sanne")
    import_document(p, name="Veldnotitie overleg", text=VELDNOTITIE, kind="fieldnote")
    first = code(p, anna, "Interview Sanne", "Bevorderende factoren/Mentor",
                 "Pas later kreeg ik een mentor die écht luisterde.")
    codings.set_coding_memo(p, first, "Keerpunt volgens Sanne.\n\nZie ook het overleg.")
    set_starred(p, [first])
    code(p, bram, "Interview Sanne", "Bevorderende factoren/Mentor", "een mentor die écht luisterde",
         valence="hindering")
    wacht = code(p, anna, "Interview Sanne", "Belemmerende factoren/Wachtlijst", "maanden op een wachtlijst")
    code(p, bram, "Interview Sanne", "Thuissituatie", "Niemand wist wat er thuis speelde.", valence=None)
    code(p, anna, "Veldnotitie overleg", "Belemmerende factoren/Wachtlijst", "de wachttijd is lang")
    note = find_document(p, "Veldnotitie overleg")
    text = VELDNOTITIE
    for name, phrase in (("Sanne", "Over Sanne: de mentor belt wekelijks met moeder."),
                         ("Daan", "Over Daan: nog geen plek in een gezinshuis; de wachttijd is lang.")):
        case = cases.find_case(p, name) or cases.get_case(p, cases.add_case(p, name, memo=f"Casus {name}.").result)
        start = text.index(phrase)
        cases.assign_passage(p, case.id, note.id, start, start + len(phrase))
    leeftijd = attributes.add_variable(p, target="case", name="Leeftijd", type="number").result
    cijfer = attributes.add_variable(p, target="case", name="Rapportcijfer", type="number").result
    plek = attributes.add_variable(p, target="case", name="Woonplek", type="category",
                                   categories=["Thuis", "Pleeggezin", "Gezinshuis"],
                                   description="Waar de jongere nu woont.").result
    uithuis = attributes.add_variable(p, target="case", name="Uit huis geplaatst", type="boolean").result
    start = attributes.add_variable(p, target="case", name="Start hulp", type="date").result
    opmerking = attributes.add_variable(p, target="case", name="Opmerking", type="text").result
    datum = attributes.add_variable(p, target="document", name="Datum", type="date").result
    sanne, daan = cases.find_case(p, "Sanne").id, cases.find_case(p, "Daan").id
    attributes.set_values(p, [(leeftijd, sanne, "15"), (leeftijd, daan, "12"), (cijfer, sanne, "6,8"),
                              (plek, sanne, "Thuis"), (plek, daan, "Gezinshuis"), (uithuis, daan, "ja"),
                              (uithuis, sanne, "nee"), (start, sanne, "2023-09-01"),
                              (opmerking, daan, "Broer van een andere casus?"),
                              (datum, note.id, "2024-03-12")])
    interview = find_document(p, "Interview Sanne").id
    memos.add_memo(p, target="project", target_id=None, title="Logboek", text="Start van de analyse.",
                   author="Anna de Vries")
    memos.add_memo(p, target="document", target_id=interview, text="Opgenomen op school.", author="Bram Jansen")
    memos.add_memo(p, target="case", target_id=daan, text="Daan komt alleen in het overleg voor.",
                   author="Anna de Vries")
    memos.add_memo(p, target="code", target_id=find_code_by_path(p, "Thuissituatie").id,
                   text="Code breder maken?", author="Anna de Vries")
    memos.add_memo(p, target="coding", target_id=wacht, text="Hoe lang precies?", author="Bram Jansen")
    return p
