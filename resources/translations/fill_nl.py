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
