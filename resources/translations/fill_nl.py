"""Fill Dutch translations into qdacoder_nl.ts for the texts researchers put in their reports
(draft report, quotes, summary and analysis tables). Run after `make translations` adds new
texts: python resources/translations/fill_nl.py; then `make translations` compiles the .qm.
Only entries still untranslated are filled; the rest of the file is left as Qt Linguist wrote it."""

import html
import re
from pathlib import Path

DUTCH = {
    "There is no translation into “{language}” in this installation.":
        "Deze installatie heeft geen vertaling in “{language}”.",
    "a number": "een getal", "yes or no": "ja of nee",
    "a date (YYYY-MM-DD or DD-MM-YYYY)": "een datum (JJJJ-MM-DD of DD-MM-JJJJ)",
    "case": "casus", "document": "document", "respondent": "respondent",
    "transcript": "transcript", "field note": "veldnotitie", "dossier": "dossier", "report": "verslag",
    "other": "overig", "unknown": "onbekend",
    "respondent unknown: attributed to the document kind": "respondent onbekend: toegeschreven aan de soort document",
    "{document}, chars {start}–{end}": "{document}, tekens {start}–{end}",
    "Quotes": "Citaten", "no values": "geen waarden",
    "n = {n} cases": "n = {n} casussen", "n = {n} documents": "n = {n} documenten",
    "n = {n} respondents": "n = {n} respondenten",
    "Summary of the cases": "Samenvatting van de casussen", "Summary of the documents": "Samenvatting van de documenten",
    "Summary of the respondents": "Samenvatting van de respondenten",
    "living places (timeline)": "woon- en verblijfplekken (tijdlijn)",
    "living places outside the family (timeline)": "verblijfplekken buiten het gezin (tijdlijn)",
    "schools (timeline)": "scholen (tijdlijn)", "help trajectories (timeline)": "hulptrajecten (tijdlijn)",
    "age at first help (timeline)": "leeftijd bij eerste hulp (tijdlijn)",
    "Variable": "Kenmerk", "Figure": "Uitkomst", "n valid": "n geldig", "n missing": "n ontbrekend",
    "Mean": "Gemiddelde", "Minimum": "Minimum", "Maximum": "Maximum", "%": "%", "Count": "Aantal",
    "filters: {filters}": "selectie: {filters}", "written on {date}": "gemaakt op {date}",
    "Passages": "Fragmenten", "Documents": "Documenten", "Cases": "Casussen", "% of cases": "% van de casussen",
    "Promoting": "Bevorderend", "Hindering": "Belemmerend", "No valence": "Geen richting",
    "Own codings": "Eigen coderingen", "{column} %": "{column} %",
    "n = {n} cases, of which {unknown} not known": "n = {n} casussen, waarvan {unknown} onbekend",
    "Codes by case": "Codes per casus", "Codes by document": "Codes per document", "Codes by {variable}": "Codes naar {variable}",
    "Co-occurrence of codes in overlapping passages": "Samen voorkomen van codes in overlappende fragmenten",
    "Co-occurrence of codes in the same document": "Samen voorkomen van codes in hetzelfde document",
    "Co-occurrence of codes in the same case": "Samen voorkomen van codes in dezelfde casus",
    "Draft report": "Conceptrapport", "Date: {date}": "Datum: {date}", "Coders: {names}": "Codeurs: {names}",
    "Coders: none yet": "Codeurs: nog geen", "Method": "Methode",
    "The analysis covers {cases} cases with {documents} documents.":
        "De analyse betreft {cases} casussen met {documents} documenten.",
    "Selection: {filters}.": "Selectie: {filters}.",
    "Documents by kind ({n}): {parts}.": "Documenten naar soort ({n}): {parts}.",
    "Respondents by role ({n}): {parts}.": "Respondenten naar rol ({n}): {parts}.",
    "role unknown": "rol onbekend", "{label} {count} ({percent}%)": "{label} {count} ({percent}%)",
    "The codebook has {codes} codes in {themes} themes (see the appendix).":
        "Het codeboek telt {codes} codes in {themes} thema's (zie de bijlage).",
    "The material was coded by {count} coder(s): {names}.": "Het materiaal is gecodeerd door {count} codeur(s): {names}.",
    "The material has not been coded yet.": "Het materiaal is nog niet gecodeerd.",
    "This factor occurs in {cases} of the {total} cases ({percent}%), with {codings} codings.":
        "Deze factor komt voor in {cases} van de {total} casussen ({percent}%), met {codings} coderingen.",
    "This factor occurs in {cases} of the {total} cases ({percent}%), with 1 coding.":
        "Deze factor komt voor in {cases} van de {total} casussen ({percent}%), met 1 codering.",
    "This factor occurs in {cases} of the {total} cases, with {codings} codings.":
        "Deze factor komt voor in {cases} van de {total} casussen, met {codings} coderingen.",
    "This factor occurs in {cases} of the {total} cases, with 1 coding.":
        "Deze factor komt voor in {cases} van de {total} casussen, met 1 codering.",
    "This factor does not occur in any of the {total} cases.": "Deze factor komt in geen van de {total} casussen voor.",
    "In {cases_hindering} of them it is described as hindering and in {cases_promoting} as promoting.":
        "In {cases_hindering} daarvan wordt deze als belemmerend beschreven en in {cases_promoting} als bevorderend.",
    "In {cases_hindering} of them it is described as hindering.":
        "In {cases_hindering} daarvan wordt deze als belemmerend beschreven.",
    "In {cases_promoting} of them it is described as promoting.":
        "In {cases_promoting} daarvan wordt deze als bevorderend beschreven.",
    "[Definition still to be written.]": "[Definitie nog te schrijven.]",
    "Appendix A. Codebook": "Bijlage A. Codeboek", "Appendix B. Tables": "Bijlage B. Tabellen",
    "Inclusion criteria": "Inclusiecriteria", "Exclusion criteria": "Exclusiecriteria", "Example": "Voorbeeld",
    "Table {number}. {title}": "Tabel {number}. {title}", "Figure {number}. {title}": "Figuur {number}. {title}",
    "Codings per theme, by valence": "Coderingen per thema, naar richting", "Code frequencies": "Codefrequenties",
    "Code": "Code", "Codings": "Coderingen", "yes": "ja", "no": "nee",
    "promoting": "bevorderend", "hindering": "belemmerend",
    # inter-coder agreement with assignments (issue 17)
    "This coder no longer exists.": "Deze codeur bestaat niet meer.",
    "Choose the documents for the coder copy.": "Kies de documenten voor de codeurskopie.",
    "n all coders": "n alle codeurs", "Brennan-Prediger": "Brennan-Prediger", "Band (Kappa)": "Interpretatie (kappa)",
    "Coders": "Codeurs", "Document": "Document", "Per pair of coders": "Per paar codeurs",
    "Per document, lowest agreement first": "Per document, laagste overeenstemming eerst",
    "Codes": "Codes", "Pairs": "Paren",
    "Left out: {n} document(s) assigned to only one of these coders ({names}).":
        "Weggelaten: {n} document(en) toegewezen aan maar één van deze codeurs ({names}).",
    "No documents are assigned to {coders}: their ratings are missing everywhere.":
        "Aan {coders} zijn geen documenten toegewezen: hun beoordelingen ontbreken overal.",
    "Left out: {n} coding(s) in documents not assigned to their coder.":
        "Weggelaten: {n} codering(en) in documenten die niet aan hun codeur zijn toegewezen.",
    "Not used by these coders in the documents compared, so left out of the figures: {codes}.":
        "Niet gebruikt door deze codeurs in de vergeleken documenten, dus buiten de cijfers gelaten: {codes}.",
    "Not used by these coders in the documents compared, included on request: {codes}.":
        "Niet gebruikt door deze codeurs in de vergeleken documenten, op verzoek meegeteld: {codes}.",
    "The {shown} documents with the lowest agreement of {total}; the Excel file lists all.":
        "De {shown} documenten met de laagste overeenstemming van de {total}; het Excel-bestand noemt ze alle.",
    "% agreement: the share of units on which the coders give the same rating; per pair over the units both coders rated, in the codes table over the units all coders rated (n all coders).":
        "% overeenstemming: het aandeel eenheden waarop de codeurs hetzelfde oordeel geven; per paar over de eenheden die beide codeurs beoordeelden, in de codetabel over de eenheden die alle codeurs beoordeelden (n alle codeurs).",
    "Cohen's kappa, per pair over the units both rated: κ = (pₒ − pₑ) / (1 − pₑ), pₒ the observed agreement, pₑ = Σ row total × column total / n², the agreement expected from each coder's own use of the ratings.":
        "Kappa van Cohen, per paar over de eenheden die beiden beoordeelden: κ = (pₒ − pₑ) / (1 − pₑ), pₒ de waargenomen overeenstemming, pₑ = Σ rijtotaal × kolomtotaal / n², de overeenstemming die te verwachten is uit het eigen gebruik van de oordelen door elke codeur.",
    "Brennan and Prediger's free-marginal kappa, per pair over the units both rated: κₙ = (pₒ − 1/k) / (1 − 1/k), chance agreement 1/k for k possible ratings: k = 2 (present or absent); at the frequency level k = the number of distinct non-zero counts observed for the code plus one (zero).":
        "Kappa van Brennan en Prediger (vrije marginalen), per paar over de eenheden die beiden beoordeelden: κₙ = (pₒ − 1/k) / (1 − 1/k), kansovereenstemming 1/k bij k mogelijke oordelen: k = 2 (aanwezig of afwezig); op het niveau van de frequentie k = het aantal verschillende waargenomen aantallen groter dan nul voor de code plus één (nul).",
    "Fleiss' kappa, over the units all coders rated: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), P̄ the mean share of agreeing pairs of coders per unit, P̄ₑ = Σ pⱼ², pⱼ the share of all ratings in category j.":
        "Kappa van Fleiss, over de eenheden die alle codeurs beoordeelden: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), P̄ het gemiddelde aandeel overeenstemmende paren codeurs per eenheid, P̄ₑ = Σ pⱼ², pⱼ het aandeel van alle oordelen in categorie j.",
    "Krippendorff's alpha (nominal), over all values present: α = 1 − Dₒ / Dₑ, from the coincidences of values within units; a unit with fewer than two values is left out.":
        "Alfa van Krippendorff (nominaal), over alle aanwezige waarden: α = 1 − Dₒ / Dₑ, uit het samen voorkomen van waarden binnen eenheden; een eenheid met minder dan twee waarden blijft buiten beschouwing.",
    "Missing: a document not assigned to a coder is missing for that coder, not “nothing found”; every figure has its own n.":
        "Ontbrekend: een document dat niet aan een codeur is toegewezen, ontbreekt voor die codeur en telt niet als “niets gevonden”; elk cijfer heeft zijn eigen n.",
    "Rounding: coefficients to 3 decimals, percentages to 1; the band is read from the figure as shown (slecht < 0, gering 0–0.200, matig 0.201–0.400, redelijk 0.401–0.600, voldoende tot goed 0.601–0.800, bijna perfect 0.801–1).":
        "Afronding: coëfficiënten op 3 decimalen, percentages op 1; de interpretatie wordt gelezen uit het getoonde cijfer (slecht < 0, gering 0–0.200, matig 0.201–0.400, redelijk 0.401–0.600, voldoende tot goed 0.601–0.800, bijna perfect 0.801–1).",
    "Documents compared: each coder's assigned documents; a document not assigned to a coder is missing for that coder, not “nothing found”.":
        "Vergeleken documenten: de aan elke codeur toegewezen documenten; een document dat niet aan een codeur is toegewezen, ontbreekt voor die codeur en telt niet als “niets gevonden”.",
    "Include unused codes": "Ongebruikte codes meetellen",
    "Documents (all ticked: every document)": "Documenten (alle aangevinkt: elk document)",
    "Pairs of coders": "Paren codeurs", "Assignments": "Toewijzingen", "&Assignments...": "&Toewijzingen...",
    "Add &coder...": "&Codeur toevoegen...", "Add coder": "Codeur toevoegen", "Name of the coder:": "Naam van de codeur:",
    "Tick the documents each coder codes. Agreement compares each coder's assigned documents: a document not assigned to a coder is missing for that coder, not “nothing found”. Without any assignment every document counts for every coder.":
        "Vink de documenten aan die elke codeur codeert. De overeenstemming vergelijkt de aan elke codeur toegewezen documenten: een document dat niet aan een codeur is toegewezen, ontbreekt voor die codeur en telt niet als “niets gevonden”. Zonder toewijzingen telt elk document voor iedere codeur.",
    "(no case)": "(geen casus)", "Assign documents": "Documenten toewijzen", "Remove assignments": "Toewijzingen weghalen",
    "Save a coder copy": "Codeurskopie opslaan", "Everyone: the whole project": "Iedereen: het hele project",
    "Documents for this coder (assigned to the coder)": "Documenten voor deze codeur (aan de codeur toegewezen)",
    "Leave out everyone's codings, so the coder starts afresh": "De coderingen van iedereen weglaten, zodat de codeur blanco begint",
    "For:": "Voor:", "Save a coder copy for {coder}": "Codeurskopie opslaan voor {coder}",
    "No documents are assigned to these coders, so every document compared counts for each of them: a coder who coded nothing in a document found nothing there.":
        "Er zijn geen documenten aan deze codeurs toegewezen, dus elk vergeleken document telt voor ieder van hen: een codeur die in een document niets codeerde, vond daar niets.",
}


def fill(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    filled = 0

    def replace(match: re.Match) -> str:
        nonlocal filled
        source = html.unescape(match.group(2))
        if source in DUTCH and 'type="unfinished"' in match.group(3):
            filled += 1
            return f"{match.group(1)}<translation>{html.escape(DUTCH[source], quote=False)}</translation>"
        return match.group(0)

    # [^<]*: a source is escaped text, so a match never runs on into the next message; an
    # unfinished translation may hold the guess lupdate made from the same text elsewhere
    text = re.sub(r'(<source>([^<]*)</source>\s*)(<translation type="unfinished">[^<]*</translation>)', replace, text)
    path.write_text(text, encoding="utf-8")
    return filled


if __name__ == "__main__":
    print(fill(Path(__file__).with_name("qdacoder_nl.ts")), "translations filled")
