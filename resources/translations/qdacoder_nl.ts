<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddAttributeDialog</name>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="169"/>
        <source>Add attribute</source>
        <translation>Kenmerk toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="172"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="176"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="178"/>
        <source>The values, separated by ; (e.g. thuis; pleeggezin; residentieel)</source>
        <translation>De waarden, gescheiden door ; (bijv. thuis; pleeggezin; residentieel)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="179"/>
        <source>Values:</source>
        <translation>Waarden:</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="50"/>
        <source>Inter-coder agreement</source>
        <translation>Overeenstemming tussen codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="67"/>
        <source>&amp;Compute</source>
        <translation>&amp;Berekenen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="68"/>
        <source>Export &amp;Word...</source>
        <translation>Exporteren naar &amp;Word...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="68"/>
        <source>Export &amp;Excel...</source>
        <translation>Exporteren naar &amp;Excel...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="69"/>
        <source>Include unused codes</source>
        <translation>Ongebruikte codes meetellen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="81"/>
        <source>Coders (two or more):</source>
        <translation>Codeurs (twee of meer):</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="83"/>
        <source>Level:</source>
        <translation>Niveau:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="85"/>
        <source>Overlap threshold:</source>
        <translation>Overlapdrempel:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="88"/>
        <source>Documents (all ticked: every document)</source>
        <translation>Documenten (alle aangevinkt: elk document)</translation>
    </message>
    <message>
        <source>Documents (all ticked: those a chosen coder coded)</source>
        <translation type="vanished">Documenten (alle aangevinkt: wat een gekozen codeur heeft gecodeerd)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="89"/>
        <source>Codes (all ticked: every code)</source>
        <translation>Codes (alles aangevinkt: alle codes)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="97"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="98"/>
        <source>Pairs of coders</source>
        <translation>Paren codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="99"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="100"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="109"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="110"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="169"/>
        <source>Tick two or more coders.</source>
        <translation>Vink twee of meer codeurs aan.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="210"/>
        <source>Export agreement</source>
        <translation>Overeenstemming exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="210"/>
        <source>agreement</source>
        <translation>overeenstemming</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/agreement.py" line="230"/>
        <source>qdacoder</source>
        <translation>qdacoder</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="114"/>
        <source>Double-click a cell to see its passages.</source>
        <translation>Dubbelklik op een cel om de fragmenten te zien.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="117"/>
        <source>Export XLSX...</source>
        <translation>Exporteren als XLSX...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="117"/>
        <source>Export CSV...</source>
        <translation>Exporteren als CSV...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="118"/>
        <source>Export Word...</source>
        <translation>Exporteren naar Word...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="119"/>
        <source>Export PNG...</source>
        <translation>Exporteren als PNG...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="119"/>
        <source>Export SVG...</source>
        <translation>Exporteren als SVG...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="130"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/tabs.py" line="131"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="62"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="72"/>
        <source>Stacked by valence</source>
        <translation>Gestapeld naar richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="73"/>
        <source>Hide codes without codings</source>
        <translation>Codes zonder coderingen verbergen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="85"/>
        <location filename="../../qdacoder/ui/analysis/window.py" line="87"/>
        <source>cases</source>
        <translation>casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="85"/>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="86"/>
        <location filename="../../qdacoder/ui/analysis/window.py" line="92"/>
        <source>counts</source>
        <translation>aantallen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="86"/>
        <source>presence</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="87"/>
        <source>codings</source>
        <translation>coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="88"/>
        <source>no percentages</source>
        <translation>geen percentages</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="88"/>
        <source>row %</source>
        <translation>rij-%</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="89"/>
        <source>column %</source>
        <translation>kolom-%</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="90"/>
        <source>overlapping passages</source>
        <translation>overlappende fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="91"/>
        <source>same document</source>
        <translation>hetzelfde document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="91"/>
        <source>same case</source>
        <translation>dezelfde casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="92"/>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="93"/>
        <source>all levels</source>
        <translation>alle niveaus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="93"/>
        <source>top level</source>
        <translation>bovenste niveau</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="93"/>
        <source>two levels</source>
        <translation>twee niveaus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="94"/>
        <source>three levels</source>
        <translation>drie niveaus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="97"/>
        <location filename="../../qdacoder/ui/analysis/window.py" line="99"/>
        <source>Chart levels:</source>
        <translation>Niveaus in grafiek:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="98"/>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="98"/>
        <location filename="../../qdacoder/ui/analysis/window.py" line="102"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="100"/>
        <source>Attribute:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="100"/>
        <source>Count:</source>
        <translation>Tellen:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="102"/>
        <source>Codes meet in:</source>
        <translation>Codes komen samen voor in:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="106"/>
        <source>Frequencies</source>
        <translation>Frequenties</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="106"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="107"/>
        <source>Crosstab</source>
        <translation>Kruistabel</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="107"/>
        <source>Co-occurrence</source>
        <translation>Samen voorkomen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="108"/>
        <source>Saturation</source>
        <translation>Verzadiging</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="108"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="111"/>
        <source>Valence:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="111"/>
        <source>Coder:</source>
        <translation>Codeur:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="112"/>
        <source>Case:</source>
        <translation>Casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="112"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="149"/>
        <source>any valence</source>
        <translation>alle richtingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="150"/>
        <source>promoting</source>
        <translation>bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="150"/>
        <source>hindering</source>
        <translation>belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="150"/>
        <source>no valence</source>
        <translation>geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="151"/>
        <source>any coder</source>
        <translation>alle codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="152"/>
        <source>any case</source>
        <translation>alle casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="153"/>
        <source>any kind</source>
        <translation>alle soorten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="154"/>
        <source>case</source>
        <translation>casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="154"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="154"/>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="203"/>
        <source>Double-click a cell to see its passages.</source>
        <translation>Dubbelklik op een cel om de fragmenten te zien.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="306"/>
        <source>Passages of {row} × {column}:</source>
        <translation>Fragmenten van {row} × {column}:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="322"/>
        <source>{document} · {code}: “{passage}”</source>
        <translation>{document} · {code}: “{passage}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="327"/>
        <source>No passages in this cell.</source>
        <translation>Geen fragmenten in deze cel.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="375"/>
        <location filename="../../qdacoder/ui/analysis/window.py" line="385"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="382"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="382"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="383"/>
        <source>Word table (*.docx)</source>
        <translation>Word-tabel (*.docx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="384"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/window.py" line="384"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
</context>
<context>
    <name>AssignmentsWindow</name>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="34"/>
        <source>Assignments</source>
        <translation>Toewijzingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="39"/>
        <source>Add &amp;coder...</source>
        <translation>&amp;Codeur toevoegen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="41"/>
        <source>Tick the documents each coder codes. Agreement compares each coder&apos;s assigned documents: a document not assigned to a coder is missing for that coder, not “nothing found”. Without any assignment every document counts for every coder.</source>
        <translation>Vink de documenten aan die elke codeur codeert. De overeenstemming vergelijkt de aan elke codeur toegewezen documenten: een document dat niet aan een codeur is toegewezen, ontbreekt voor die codeur en telt niet als “niets gevonden”. Zonder toewijzingen telt elk document voor iedere codeur.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="97"/>
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="132"/>
        <source>Assign documents</source>
        <translation>Documenten toewijzen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="135"/>
        <source>Remove assignments</source>
        <translation>Toewijzingen weghalen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="140"/>
        <source>Add coder</source>
        <translation>Codeur toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/assignments.py" line="140"/>
        <source>Name of the coder:</source>
        <translation>Naam van de codeur:</translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="123"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="124"/>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="125"/>
        <source>date (YYYY-MM-DD)</source>
        <translation>datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="126"/>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="127"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="213"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="214"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="215"/>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="226"/>
        <source>Add attribute...</source>
        <translation>Kenmerk toevoegen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="228"/>
        <source>Delete attribute...</source>
        <translation>Kenmerk verwijderen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="232"/>
        <source>Attributes of:</source>
        <translation>Kenmerken van:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="272"/>
        <source>{n} cases; missing values are empty cells</source>
        <translation>{n} casussen; ontbrekende waarden zijn lege cellen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="273"/>
        <source>{n} documents; missing values are empty cells</source>
        <translation>{n} documenten; ontbrekende waarden zijn lege cellen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="274"/>
        <source>{n} respondents; missing values are empty cells</source>
        <translation>{n} respondenten; ontbrekende waarden zijn lege cellen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="295"/>
        <source>Set {name}</source>
        <translation>{name} instellen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="306"/>
        <source>Add attribute “{name}”</source>
        <translation>Kenmerk “{name}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="323"/>
        <source>Delete attribute “{name}”</source>
        <translation>Kenmerk “{name}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="333"/>
        <source>Click a cell of the attribute to delete first.</source>
        <translation>Klik eerst op een cel van het kenmerk dat je wilt verwijderen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="338"/>
        <source>Delete attribute</source>
        <translation>Kenmerk verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/attributes.py" line="339"/>
        <source>Delete the attribute “{name}” with its {n} value(s)? You can undo this with Ctrl+Z.</source>
        <translation>Het kenmerk “{name}” met zijn {n} waarde(n) verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AttributeFiles</name>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="37"/>
        <source>Import table...</source>
        <translation>Tabel importeren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="38"/>
        <source>Export table...</source>
        <translation>Tabel exporteren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="39"/>
        <source>Summary table...</source>
        <translation>Overzichtstabel...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="49"/>
        <source>Import attributes from {file}</source>
        <translation>Kenmerken importeren uit {file}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="51"/>
        <source>Table not imported</source>
        <translation>Tabel niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="55"/>
        <source>{rows} rows read: {values} values set, {removed} removed, {cases} new cases, {variables} new attributes.</source>
        <translation>{rows} rijen gelezen: {values} waarden ingesteld, {removed} verwijderd, {cases} nieuwe casussen, {variables} nieuwe kenmerken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="79"/>
        <source>Import timeline events from {file}</source>
        <translation>Tijdlijngebeurtenissen importeren uit {file}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="81"/>
        <source>Events not imported</source>
        <translation>Gebeurtenissen niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="84"/>
        <source>{added} events added ({skipped} already there), {cases} new cases.</source>
        <translation>{added} gebeurtenissen toegevoegd ({skipped} waren er al), {cases} nieuwe casussen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="96"/>
        <source>Import case &amp;attributes...</source>
        <translation>Casus&amp;kenmerken importeren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="97"/>
        <source>E&amp;xport case attributes...</source>
        <translation>Casuskenmerken e&amp;xporteren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="98"/>
        <source>Case &amp;summary table...</source>
        <translation>Casus&amp;overzichtstabel...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="100"/>
        <source>Import timeline &amp;events...</source>
        <translation>Tijdlijn&amp;gebeurtenissen importeren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="101"/>
        <source>Export timeline e&amp;vents...</source>
        <translation>Tijdlijngebeurtenissen exporte&amp;ren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="102"/>
        <source>Show &amp;timeline</source>
        <translation>&amp;Tijdlijn tonen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="106"/>
        <source>Import timeline events</source>
        <translation>Tijdlijngebeurtenissen importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="106"/>
        <location filename="../../qdacoder/ui/cases/files.py" line="129"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="113"/>
        <source>Export timeline events</source>
        <translation>Tijdlijngebeurtenissen exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="114"/>
        <location filename="../../qdacoder/ui/cases/files.py" line="135"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="114"/>
        <source>events</source>
        <translation>gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="122"/>
        <source>Not written</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="124"/>
        <source>Written to {file}</source>
        <translation>Opgeslagen in {file}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="129"/>
        <source>Import attributes</source>
        <translation>Kenmerken importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="135"/>
        <source>Export attributes</source>
        <translation>Kenmerken exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="136"/>
        <source>attributes</source>
        <translation>kenmerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="142"/>
        <source>Case summary table</source>
        <translation>Casusoverzichtstabel</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="142"/>
        <source>Word (*.docx);;Excel (*.xlsx)</source>
        <translation>Word (*.docx);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/files.py" line="143"/>
        <source>cases</source>
        <translation>casussen</translation>
    </message>
</context>
<context>
    <name>BackgroundBackups</name>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="80"/>
        <source>No backup could be made: {reason}</source>
        <translation>Er kon geen back-up worden gemaakt: {reason}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="83"/>
        <source>Backup made ({size}; {n} backup(s), {total} in all).</source>
        <translation>Back-up gemaakt ({size}; {n} back-up(s), samen {total}).</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="64"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="64"/>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="79"/>
        <source>New case...</source>
        <translation>Nieuwe casus...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="80"/>
        <source>Rename case...</source>
        <translation>Casus hernoemen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="81"/>
        <source>Merge case into...</source>
        <translation>Casus samenvoegen met...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="82"/>
        <source>Delete case...</source>
        <translation>Casus verwijderen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="83"/>
        <source>New respondent...</source>
        <translation>Nieuwe respondent...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="84"/>
        <source>Edit respondent...</source>
        <translation>Respondent bewerken...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="85"/>
        <source>Delete respondent...</source>
        <translation>Respondent verwijderen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="97"/>
        <source>Speakers of this document</source>
        <translation>Sprekers in dit document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="100"/>
        <source>Cases of this document</source>
        <translation>Casussen van dit document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="104"/>
        <source>Assign the selected passage to a case...</source>
        <translation>Het geselecteerde fragment aan een casus toewijzen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="106"/>
        <source>Remove link</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="148"/>
        <source>(respondents without a case)</source>
        <translation>(respondenten zonder casus)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="176"/>
        <source>{label} ({n} turns)</source>
        <translation>{label} ({n} spreekbeurten)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="178"/>
        <source>(not linked)</source>
        <translation>(niet gekoppeld)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="204"/>
        <source>{case}: whole document</source>
        <translation>{case}: hele document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="208"/>
        <source>{case}: chars {start}–{end} “{excerpt}”</source>
        <translation>{case}: tekens {start}–{end} “{excerpt}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="282"/>
        <source>There is no case to choose; add one first.</source>
        <translation>Er is geen casus om te kiezen; voeg er eerst een toe.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="287"/>
        <source>Case:</source>
        <translation>Casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="295"/>
        <source>Add case “{name}”</source>
        <translation>Casus “{name}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="304"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="304"/>
        <source>Name of the new case:</source>
        <translation>Naam van de nieuwe casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="307"/>
        <location filename="../../qdacoder/ui/cases/panel.py" line="322"/>
        <location filename="../../qdacoder/ui/cases/panel.py" line="331"/>
        <source>Select a case first.</source>
        <translation>Selecteer eerst een casus.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="311"/>
        <source>Rename case</source>
        <translation>Casus hernoemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="311"/>
        <source>New name of “{name}”:</source>
        <translation>Nieuwe naam voor “{name}”:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="312"/>
        <source>Rename case to “{name}”</source>
        <translation>Casus hernoemen naar “{name}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="317"/>
        <source>Merge case “{a}” into “{b}”</source>
        <translation>Casus “{a}” samenvoegen met “{b}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="326"/>
        <source>Merge “{name}” into...</source>
        <translation>“{name}” samenvoegen met...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="339"/>
        <source>Delete case</source>
        <translation>Casus verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="340"/>
        <source>Delete the case “{name}”? It has {documents} whole document(s), {passages} passage(s) and {respondents} respondent(s). The documents and respondents stay in the project, without this case; its attribute values and memos go. You can undo this with Ctrl+Z.</source>
        <translation>De casus “{name}” verwijderen? Er horen {documents} hele document(en), {passages} fragment(en) en {respondents} respondent(en) bij. De documenten en respondenten blijven in het project, zonder deze casus; de kenmerkwaarden en memo&apos;s van de casus verdwijnen. Dit kan ongedaan worden gemaakt met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="344"/>
        <source>Delete case “{name}”</source>
        <translation>Casus “{name}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="356"/>
        <source>Add respondent “{label}”</source>
        <translation>Respondent “{label}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="368"/>
        <location filename="../../qdacoder/ui/cases/panel.py" line="382"/>
        <source>Select a respondent first.</source>
        <translation>Selecteer eerst een respondent.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="376"/>
        <source>Edit respondent “{label}”</source>
        <translation>Respondent “{label}” bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="386"/>
        <source>Delete respondent</source>
        <translation>Respondent verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="387"/>
        <source>Delete the respondent “{label}”? Speaker turns linked to them keep their label but lose the link. You can undo this with Ctrl+Z.</source>
        <translation>De respondent “{label}” verwijderen? Spreekbeurten die aan deze respondent gekoppeld zijn, houden hun label maar verliezen de koppeling. Dit kan ongedaan worden gemaakt met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="388"/>
        <source>Delete respondent “{label}”</source>
        <translation>Respondent “{label}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="395"/>
        <source>Link speaker “{speaker}”</source>
        <translation>Spreker “{speaker}” koppelen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="400"/>
        <source>Assign passage to “{name}”</source>
        <translation>Fragment toewijzen aan “{name}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="406"/>
        <source>Select a passage in the document first.</source>
        <translation>Selecteer eerst een fragment in het document.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="409"/>
        <source>Assign the passage to a case</source>
        <translation>Het fragment aan een casus toewijzen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="413"/>
        <source>Select a case link first.</source>
        <translation>Selecteer eerst een koppeling met een casus.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/panel.py" line="416"/>
        <source>Remove link to “{name}”</source>
        <translation>Koppeling met “{name}” verwijderen</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../qdacoder/ui/codebook/panel.py" line="45"/>
        <source>Search codes (Ctrl+Shift+F)</source>
        <translation>Codes zoeken (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/panel.py" line="46"/>
        <source>Search codes</source>
        <translation>Codes zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/panel.py" line="50"/>
        <source>Quick code: type a code, Enter to apply (Ctrl+K)</source>
        <translation>Snel coderen: typ een code, Enter om toe te passen (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/panel.py" line="60"/>
        <source>Only codes added while coding</source>
        <translation>Alleen codes die tijdens het coderen zijn toegevoegd</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="95"/>
        <source>Type to filter codes</source>
        <translation>Typ om codes te filteren</translation>
    </message>
</context>
<context>
    <name>CodePropertiesDialog</name>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="133"/>
        <source>Code “{name}”</source>
        <translation>Code “{name}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="140"/>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="141"/>
        <source>What the code means (the definition)</source>
        <translation>Wat de code betekent (de definitie)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="142"/>
        <source>Definition:</source>
        <translation>Definitie:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="143"/>
        <source>When to apply it</source>
        <translation>Wanneer je de code toepast</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="144"/>
        <source>Inclusion criteria:</source>
        <translation>Inclusiecriteria:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="145"/>
        <source>When not to apply it</source>
        <translation>Wanneer je de code niet toepast</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="146"/>
        <source>Exclusion criteria:</source>
        <translation>Exclusiecriteria:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="147"/>
        <source>A typical passage</source>
        <translation>Een typerend fragment</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="148"/>
        <source>Example:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="149"/>
        <source>Category: groups codes and is not applied itself</source>
        <translation>Categorie: groepeert codes en wordt zelf niet toegepast</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="153"/>
        <source>No valence</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="154"/>
        <source>Promoting (bevorderend, +)</source>
        <translation>Bevorderend (+)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="155"/>
        <source>Hindering (belemmerend, −)</source>
        <translation>Belemmerend (−)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="157"/>
        <source>New codings are:</source>
        <translation>Nieuwe coderingen zijn:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="168"/>
        <source>Colour of the code</source>
        <translation>Kleur van de code</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="190"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="190"/>
        <source>Docs</source>
        <translation>Doc.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="190"/>
        <source>Cases</source>
        <translation>Cas.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="190"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="193"/>
        <source>Code name</source>
        <translation>Naam van de code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="194"/>
        <source>Number of codings (for a code with subcodes: of its whole branch)</source>
        <translation>Aantal coderingen (bij een code met subcodes: van de hele tak)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="195"/>
        <source>Number of documents in which it occurs</source>
        <translation>Aantal documenten waarin de code voorkomt</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="196"/>
        <source>Number of cases in which it occurs</source>
        <translation>Aantal casussen waarin de code voorkomt</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="197"/>
        <source>Codings marked promoting (bevorderend)</source>
        <translation>Coderingen gemarkeerd als bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="198"/>
        <source>Codings marked hindering (belemmerend)</source>
        <translation>Coderingen gemarkeerd als belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="234"/>
        <source>Ctrl+{n} codes the selection with it</source>
        <translation>Ctrl+{n} codeert de selectie hiermee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="236"/>
        <source>Category: groups codes, not applied itself</source>
        <translation>Categorie: groepeert codes, wordt zelf niet toegepast</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="238"/>
        <source>New codings: {valence}</source>
        <translation>Nieuwe coderingen: {valence}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="239"/>
        <source>promoting (+)</source>
        <translation>bevorderend (+)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="239"/>
        <source>hindering (−)</source>
        <translation>belemmerend (−)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="241"/>
        <source>Added while coding by {coder} on {date}</source>
        <translation>Tijdens het coderen toegevoegd door {coder} op {date}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="245"/>
        <source>{own} coding(s) on this code itself; the figures count the whole branch</source>
        <translation>{own} codering(en) op deze code zelf; de aantallen tellen de hele tak</translation>
    </message>
</context>
<context>
    <name>CodeTreeView</name>
    <message>
        <location filename="../../qdacoder/ui/codebook/tree.py" line="365"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklik om de kolommen te kiezen</translation>
    </message>
</context>
<context>
    <name>CodebookController</name>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="56"/>
        <source>&amp;New code...</source>
        <translation>&amp;Nieuwe code...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="57"/>
        <source>New &amp;child code...</source>
        <translation>Nieuwe s&amp;ubcode...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="58"/>
        <source>&amp;Rename code</source>
        <translation>Code &amp;hernoemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="59"/>
        <source>Code &amp;properties...</source>
        <translation>Code-&amp;eigenschappen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="60"/>
        <source>&amp;Merge code into...</source>
        <translation>Code samenvoegen &amp;met...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="61"/>
        <source>&amp;Delete code...</source>
        <translation>Code verwij&amp;deren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="62"/>
        <source>&amp;Search codes</source>
        <translation>Codes z&amp;oeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="64"/>
        <source>&amp;Import codebook...</source>
        <translation>Codeboek &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="65"/>
        <source>&amp;Export codebook...</source>
        <translation>Codeboek e&amp;xporteren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="71"/>
        <source>Select a code first.</source>
        <translation>Selecteer eerst een code.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="82"/>
        <source>New code...</source>
        <translation>Nieuwe code...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="84"/>
        <source>New child code...</source>
        <translation>Nieuwe subcode...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="85"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="86"/>
        <source>Properties...</source>
        <translation>Eigenschappen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="87"/>
        <source>Merge into...</source>
        <translation>Samenvoegen met...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="89"/>
        <source>Delete...</source>
        <translation>Verwijderen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="95"/>
        <source>Add code “{name}”</source>
        <translation>Code “{name}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="110"/>
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="110"/>
        <source>Name of the new code:</source>
        <translation>Naam van de nieuwe code:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="115"/>
        <source>Rename code to “{name}”</source>
        <translation>Code hernoemen naar “{name}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="125"/>
        <source>Edit code</source>
        <translation>Code bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="138"/>
        <source>Move code</source>
        <translation>Code verplaatsen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="157"/>
        <source>Merge “{a}” into “{b}”</source>
        <translation>“{a}” samenvoegen met “{b}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="167"/>
        <source>Merge “{name}” into...</source>
        <translation>“{name}” samenvoegen met...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="173"/>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="184"/>
        <source>Delete code</source>
        <translation>Code verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="185"/>
        <source>Delete the code “{name}”? It has {subcodes} subcode(s) and {n} coding(s) in all. You can undo this with Ctrl+Z.</source>
        <translation>De code “{name}” verwijderen? Er horen in totaal {subcodes} subcode(s) en {n} codering(en) bij. Dit kan ongedaan worden gemaakt met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="188"/>
        <source>Delete with its codings</source>
        <translation>Verwijderen met de coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="189"/>
        <source>Move its codings to “{parent}”</source>
        <translation>Coderingen verplaatsen naar “{parent}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="214"/>
        <source>Codebook not imported</source>
        <translation>Codeboek niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="216"/>
        <source>Import codebook {file}</source>
        <translation>Codeboek {file} importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="221"/>
        <source>{added} code(s) added, {kept} already in the project.</source>
        <translation>{added} code(s) toegevoegd, {kept} stonden al in het project.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="226"/>
        <source>Codebook imported</source>
        <translation>Codeboek geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="240"/>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="243"/>
        <source>Codebook not exported</source>
        <translation>Codeboek niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="244"/>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} kan niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="246"/>
        <source>Codebook written to {file}</source>
        <translation>Codeboek opgeslagen in {file}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="263"/>
        <source>Import codebook</source>
        <translation>Codeboek importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="270"/>
        <source>Export codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook/controller.py" line="270"/>
        <source>codes</source>
        <translation>codes</translation>
    </message>
</context>
<context>
    <name>CodedDocumentActions</name>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="114"/>
        <source>&amp;Coded document...</source>
        <translation>&amp;Gecodeerd document...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="118"/>
        <source>Open or create a project first.</source>
        <translation>Open of maak eerst een project.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="125"/>
        <source>Coded document</source>
        <translation>Gecodeerd document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="125"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="142"/>
        <source>Coded document not written</source>
        <translation>Gecodeerd document niet geschreven</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="144"/>
        <source>{n} coding(s) written to {file}</source>
        <translation>{n} codering(en) geschreven naar {file}</translation>
    </message>
</context>
<context>
    <name>CodedDocumentDialog</name>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="39"/>
        <source>Coded document</source>
        <translation>Gecodeerd document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="46"/>
        <source>This document</source>
        <translation>Dit document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="47"/>
        <source>All documents of the case</source>
        <translation>Alle documenten van de casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="59"/>
        <source>The final coding (the consensus where done)</source>
        <translation>De definitieve codering (de consensus waar die er is)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="60"/>
        <source>All codings of every coder</source>
        <translation>Alle coderingen van elke codeur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="61"/>
        <source>The codings of the coders ticked below</source>
        <translation>De coderingen van de hieronder aangevinkte codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="74"/>
        <source>promoting</source>
        <translation>bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="74"/>
        <source>hindering</source>
        <translation>belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="74"/>
        <source>no valence</source>
        <translation>geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="79"/>
        <source>Number the lines</source>
        <translation>Regels nummeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="83"/>
        <source>Reading</source>
        <translation>Lezing</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="84"/>
        <source>Codings of</source>
        <translation>Coderingen van</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/coded_document.py" line="86"/>
        <source>Valence</source>
        <translation>Richting</translation>
    </message>
</context>
<context>
    <name>CoderCopyDialog</name>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="136"/>
        <source>Save a coder copy</source>
        <translation>Codeurskopie opslaan</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="139"/>
        <source>Everyone: the whole project</source>
        <translation>Iedereen: het hele project</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="143"/>
        <source>Documents for this coder (assigned to the coder)</source>
        <translation>Documenten voor deze codeur (aan de codeur toegewezen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="147"/>
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="157"/>
        <source>Leave out everyone&apos;s codings, so the coder starts afresh</source>
        <translation>De coderingen van iedereen weglaten, zodat de codeur blanco begint</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="163"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
</context>
<context>
    <name>CoderView</name>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="41"/>
        <source>&amp;All coders</source>
        <translation>&amp;Alle codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="41"/>
        <source>&amp;Only mine (blind coding)</source>
        <translation>Alleen &amp;eigen coderingen (blind coderen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="42"/>
        <source>&amp;Chosen coders...</source>
        <translation>&amp;Gekozen codeurs...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="80"/>
        <source>Codings of</source>
        <translation>Coderingen van</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="81"/>
        <source>Coders whose codings to show, separated by commas ({names}):</source>
        <translation>Codeurs van wie de coderingen worden getoond, gescheiden door komma&apos;s ({names}):</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="61"/>
        <source>Code in &amp;vivo</source>
        <translation>In &amp;vivo coderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="62"/>
        <source>&amp;Quick code</source>
        <translation>&amp;Snel coderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="63"/>
        <source>Select &amp;coding at cursor</source>
        <translation>&amp;Codering bij de cursor selecteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="66"/>
        <source>Remove selected codin&amp;g</source>
        <translation>&amp;Geselecteerde codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="67"/>
        <source>Mark coding &amp;promoting (+)</source>
        <translation>Codering markeren als &amp;bevorderend (+)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="68"/>
        <source>Mark coding &amp;hindering (−)</source>
        <translation>Codering markeren als be&amp;lemmerend (−)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="69"/>
        <source>Mark coding &amp;without valence</source>
        <translation>Codering markeren &amp;zonder richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="71"/>
        <source>&amp;Flip valence of coding</source>
        <translation>Richting van codering &amp;wisselen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="72"/>
        <source>&amp;Star coding as quote</source>
        <translation>Codering met ster als &amp;citaat markeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="74"/>
        <source>Mark coding confidential (not shared)</source>
        <translation>Codering als vertrouwelijk markeren (niet delen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="76"/>
        <source>&amp;Pin the Ctrl+1..9 codes</source>
        <translation>Codes onder Ctrl+1..9 &amp;vastzetten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="79"/>
        <source>Keep the numbers as they are now instead of following the codes used last</source>
        <translation>Houd de nummers zoals ze nu zijn in plaats van de laatst gebruikte codes te volgen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="81"/>
        <source>Recent &amp;codes</source>
        <translation>&amp;Recente codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="84"/>
        <source>Code with recent code {n}</source>
        <translation>Coderen met recente code {n}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="125"/>
        <location filename="../../qdacoder/ui/document/coding.py" line="161"/>
        <location filename="../../qdacoder/ui/document/coding.py" line="189"/>
        <source>Select a passage in the document first.</source>
        <translation>Selecteer eerst een fragment in het document.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="133"/>
        <location filename="../../qdacoder/ui/document/coding.py" line="170"/>
        <source>Code with “{name}”</source>
        <translation>Coderen met “{name}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="138"/>
        <source>Coded with “{name}” (Ctrl+Z to undo)</source>
        <translation>Gecodeerd met “{name}” (Ctrl+Z om ongedaan te maken)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="195"/>
        <source>Code in vivo</source>
        <translation>In vivo coderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="216"/>
        <source>Ctrl+1..9 pinned: the numbers stay as they are.</source>
        <translation>Ctrl+1..9 vastgezet: de nummers blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="217"/>
        <source>Ctrl+1..9 follow the codes used last again.</source>
        <translation>Ctrl+1..9 volgen weer de laatst gebruikte codes.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="259"/>
        <source>&amp;Remove coding</source>
        <translation>Codering &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="260"/>
        <source>&amp;Change code...</source>
        <translation>Code &amp;wijzigen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="261"/>
        <source>&amp;Memo...</source>
        <translation>&amp;Memo...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="264"/>
        <source>Promoting (bevorderend, +)</source>
        <translation>Bevorderend (+)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="265"/>
        <source>Hindering (belemmerend, −)</source>
        <translation>Belemmerend (−)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="266"/>
        <source>No valence</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="272"/>
        <source>&amp;Star as quote</source>
        <translation>Met &amp;ster als citaat markeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="276"/>
        <source>C&amp;onfidential (not shared)</source>
        <translation>Vertr&amp;ouwelijk (niet delen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="288"/>
        <source>Mark confidential</source>
        <translation>Als vertrouwelijk markeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="288"/>
        <source>Mark shareable</source>
        <translation>Weer laten delen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="292"/>
        <source>Confidential: never quoted, and masked in coder copies and exports.</source>
        <translation>Vertrouwelijk: nooit geciteerd, en onleesbaar gemaakt in codeurskopieën en exports.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="293"/>
        <source>The coding may be shared again.</source>
        <translation>De codering mag weer gedeeld worden.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="300"/>
        <source>Star as quote</source>
        <translation>Met ster als citaat markeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="300"/>
        <source>Remove quote star</source>
        <translation>Citaatster verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="306"/>
        <source>Starred. This quote contains {names}: exports replace it with its placeholder.</source>
        <translation>Ster gezet. Dit citaat bevat {names}: bij het exporteren worden die vervangen door hun pseudoniem.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="309"/>
        <source>Starred as quote.</source>
        <translation>Met ster als citaat gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="310"/>
        <source>Quote star removed.</source>
        <translation>Citaatster verwijderd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="326"/>
        <source>Change valence</source>
        <translation>Richting wijzigen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="321"/>
        <location filename="../../qdacoder/ui/document/coding.py" line="358"/>
        <source>Click a coding first.</source>
        <translation>Klik eerst op een codering.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="332"/>
        <source>No coding at the cursor.</source>
        <translation>Geen codering bij de cursor.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="334"/>
        <source>Selected coding “{code}” by {coder}: + − 0, Delete, Ctrl+Shift+S act on it.</source>
        <translation>Codering “{code}” van {coder} geselecteerd: + − 0, Delete en Ctrl+Shift+S werken erop.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="344"/>
        <location filename="../../qdacoder/ui/document/coding.py" line="368"/>
        <source>Click a coding first (or Ctrl+L in the text).</source>
        <translation>Klik eerst op een codering (of Ctrl+L in de tekst).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="349"/>
        <source>Coding “{code}” marked promoting (+).</source>
        <translation>Codering “{code}” gemarkeerd als bevorderend (+).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="350"/>
        <source>Coding “{code}” marked hindering (−).</source>
        <translation>Codering “{code}” gemarkeerd als belemmerend (−).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="351"/>
        <source>Coding “{code}” has no valence now.</source>
        <translation>Codering “{code}” heeft nu geen valentie.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="363"/>
        <location filename="../../qdacoder/ui/document/coding.py" line="371"/>
        <source>Remove coding</source>
        <translation>Codering verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="373"/>
        <source>Removed the coding “{code}” (Ctrl+Z to undo).</source>
        <translation>Codering “{code}” verwijderd (Ctrl+Z om ongedaan te maken).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="376"/>
        <location filename="../../qdacoder/ui/document/coding.py" line="380"/>
        <source>Change code</source>
        <translation>Code wijzigen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="385"/>
        <source>Memo on coding</source>
        <translation>Memo bij codering</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="394"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coding.py" line="394"/>
        <source>Memo on this coding:</source>
        <translation>Memo bij deze codering:</translation>
    </message>
</context>
<context>
    <name>CodingsWarning</name>
    <message>
        <location filename="../../qdacoder/ui/document/removal.py" line="26"/>
        <source>“{code}” on “{passage}” ({document})</source>
        <translation>“{code}” op “{passage}” ({document})</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/removal.py" line="29"/>
        <source>and {count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/removal.py" line="30"/>
        <source>The text you change holds the whole passage of {count} coding(s). They are removed with it (Ctrl+Z brings them back):</source>
        <translation>De tekst die je wijzigt bevat de hele passage van {count} codering(en). Die verdwijnen mee (Ctrl+Z brengt ze terug):</translation>
    </message>
</context>
<context>
    <name>DisagreementReview</name>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="55"/>
        <source>Disagreement review</source>
        <translation>Verschillen tussen codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="62"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="67"/>
        <source>Accept &amp;A</source>
        <translation>&amp;A overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="67"/>
        <source>Accept &amp;B</source>
        <translation>&amp;B overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="68"/>
        <source>B&amp;oth</source>
        <translation>Bei&amp;de</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="68"/>
        <source>&amp;Neither</source>
        <translation>&amp;Geen van beide</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="70"/>
        <source>&amp;Show in document</source>
        <translation>&amp;Tonen in document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="71"/>
        <source>Copy the a&amp;greed codings</source>
        <translation>O&amp;vereenkomende coderingen overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="73"/>
        <source>Copy coder A&apos;s codings that agree with coder B (same code, nearly the same passage) to the consensus coder, so that it holds the whole consensus and not only the decided disagreements.</source>
        <translation>Neem de coderingen van codeur A die overeenkomen met codeur B (dezelfde code, vrijwel hetzelfde fragment) over bij de consensuscodeur, zodat die de hele consensus bevat en niet alleen de beslechte verschillen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="76"/>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="217"/>
        <source>Consensus &amp;done for this document</source>
        <translation>Consensus &amp;klaar voor dit document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="79"/>
        <source>Mark the consensus of this document as done: from now on its final coding is the consensus coder&apos;s codings (none at all when you agreed that nothing applies), not the coders&apos; own.</source>
        <translation>Markeer de consensus van dit document als klaar: vanaf nu is de definitieve codering de coderingen van de consensuscodeur (helemaal geen als jullie het eens werden dat niets van toepassing is), niet die van de codeurs zelf.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="87"/>
        <source>Coder A:</source>
        <translation>Codeur A:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="87"/>
        <source>Coder B:</source>
        <translation>Codeur B:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="88"/>
        <source>Consensus coder:</source>
        <translation>Consensuscodeur:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="107"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="158"/>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="285"/>
        <source>Choose two different coders.</source>
        <translation>Kies twee verschillende codeurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/team/disagreements.py" line="165"/>
        <source>%n disagreement(s).</source>
        <translation>
            <numerusform>%n verschil.</numerusform>
            <numerusform>%n verschillen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="216"/>
        <source>Consensus done ✓ (click to take back)</source>
        <translation>Consensus klaar ✓ (klik om terug te nemen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="228"/>
        <source>Consensus done</source>
        <translation>Consensus klaar</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="231"/>
        <source>Consensus not done</source>
        <translation>Consensus niet klaar</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="259"/>
        <source>(not coded)</source>
        <translation>(niet gecodeerd)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="270"/>
        <source>Accept version A</source>
        <translation>Versie A overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="270"/>
        <source>Accept version B</source>
        <translation>Versie B overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="271"/>
        <source>Accept both versions</source>
        <translation>Beide versies overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="271"/>
        <source>Accept neither version</source>
        <translation>Geen van beide versies overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/disagreements.py" line="290"/>
        <source>Copy the agreed codings</source>
        <translation>Overeenkomende coderingen overnemen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/team/disagreements.py" line="292"/>
        <source>%n agreed coding(s) copied to the consensus coder.</source>
        <translation>
            <numerusform>%n overeenkomende codering overgenomen door de consensuscodeur.</numerusform>
            <numerusform>%n overeenkomende coderingen overgenomen door de consensuscodeur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTree</name>
    <message>
        <location filename="../../qdacoder/ui/document/list.py" line="289"/>
        <source>Not in a case</source>
        <translation>Niet in een casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/list.py" line="290"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/list.py" line="290"/>
        <location filename="../../qdacoder/ui/document/list.py" line="300"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/list.py" line="290"/>
        <location filename="../../qdacoder/ui/document/list.py" line="301"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/list.py" line="296"/>
        <source>Codings in the document under the reading (whose codings count)</source>
        <translation>Coderingen in het document volgens de lezing (wiens coderingen tellen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/list.py" line="312"/>
        <source>{kind}, {n} characters
Imported from {source} on {when}</source>
        <translation>{kind}, {n} tekens
Geïmporteerd uit {source} op {when}</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../qdacoder/ui/document/view.py" line="366"/>
        <source>Open a document to read and code it.</source>
        <translation>Open een document om het te lezen en te coderen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/view.py" line="371"/>
        <source>Editing text: what you type changes the document (Ctrl+Z undoes it). The coding keys +, −, 0 and Delete are off.</source>
        <translation>Tekst bewerken: wat je typt verandert het document (Ctrl+Z maakt het ongedaan). De codeertoetsen +, −, 0 en Delete staan uit.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/view.py" line="758"/>
        <source>Coded by {coder}</source>
        <translation>Gecodeerd door {coder}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/view.py" line="761"/>
        <source>Promoting (bevorderend, +)</source>
        <translation>Bevorderend (+)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/view.py" line="763"/>
        <source>Hindering (belemmerend, −)</source>
        <translation>Belemmerend (−)</translation>
    </message>
</context>
<context>
    <name>DraftReportDialog</name>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="38"/>
        <source>Draft report</source>
        <translation>Conceptrapport</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="52"/>
        <source>Also the codes without codings</source>
        <translation>Ook de codes zonder coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="56"/>
        <source>Only starred quotes</source>
        <translation>Alleen citaten met een ster</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="58"/>
        <source>Quotes in reading order</source>
        <translation>Citaten in leesvolgorde</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="59"/>
        <source>Quotes by valence</source>
        <translation>Citaten naar richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="60"/>
        <source>Quotes by respondent role</source>
        <translation>Citaten naar rol van de respondent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="61"/>
        <source>Tables and figure</source>
        <translation>Tabellen en figuur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="63"/>
        <source>Codebook as an appendix</source>
        <translation>Codeboek als bijlage</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="70"/>
        <source>(qdacoder&apos;s own: A4, 2.5 cm margins)</source>
        <translation>(die van qdacoder: A4, marges van 2,5 cm)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="71"/>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="79"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="80"/>
        <source>Author:</source>
        <translation>Auteur:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="81"/>
        <source>Themes:</source>
        <translation>Thema&apos;s:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="83"/>
        <source>Quotes per code:</source>
        <translation>Citaten per code:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="85"/>
        <source>Grouping:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="88"/>
        <source>Language of the report:</source>
        <translation>Taal van het rapport:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="89"/>
        <source>My own Word template:</source>
        <translation>Mijn eigen Word-sjabloon:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="98"/>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/draft_report.py" line="98"/>
        <source>Word template (*.dotx *.docx)</source>
        <translation>Word-sjabloon (*.dotx *.docx)</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="19"/>
        <source>Edit event</source>
        <translation>Gebeurtenis bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="19"/>
        <source>New event</source>
        <translation>Nieuwe gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="20"/>
        <source>living place (wonen)</source>
        <translation>woonplek (wonen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="20"/>
        <source>school (onderwijs)</source>
        <translation>school (onderwijs)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="21"/>
        <source>help (hulp)</source>
        <translation>hulp</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="21"/>
        <source>family (gezin)</source>
        <translation>gezin</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="22"/>
        <source>diagnosis (diagnose)</source>
        <translation>diagnose</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="22"/>
        <source>other life event (leven)</source>
        <translation>andere levensgebeurtenis (leven)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="23"/>
        <source>day (2015-03-12)</source>
        <translation>dag (2015-03-12)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="23"/>
        <source>month (2015-03)</source>
        <translation>maand (2015-03)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="24"/>
        <source>year (2015)</source>
        <translation>jaar (2015)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="24"/>
        <source>age of the youth (8 or 8.5)</source>
        <translation>leeftijd van de jongere (8 of 8,5)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="34"/>
        <source>empty for a single moment</source>
        <translation>leeg voor één moment</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="41"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="41"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="41"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="43"/>
        <source>Turning point (schakelmoment)</source>
        <translation>Schakelmoment</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="46"/>
        <source>Lane:</source>
        <translation>Baan:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="46"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="47"/>
        <source>Precision:</source>
        <translation>Precisie:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="47"/>
        <source>Start:</source>
        <translation>Begin:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="48"/>
        <source>End:</source>
        <translation>Einde:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="48"/>
        <source>Provider:</source>
        <translation>Aanbieder:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="49"/>
        <source>Type of help:</source>
        <translation>Soort hulp:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="50"/>
        <source>Outside the family:</source>
        <translation>Buiten het gezin:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/event_dialog.py" line="51"/>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="32"/>
        <location filename="../../qdacoder/ui/document/find.py" line="33"/>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="38"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="39"/>
        <source>Next hit (F3, Enter)</source>
        <translation>Volgende treffer (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="45"/>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="46"/>
        <location filename="../../qdacoder/ui/document/find.py" line="54"/>
        <source>Close the search</source>
        <translation>Zoeken sluiten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="129"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="131"/>
        <source>{total} found</source>
        <translation>{total} gevonden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/find.py" line="133"/>
        <source>{n} of {total}</source>
        <translation>{n} van {total}</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="158"/>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="158"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="158"/>
        <source>After</source>
        <translation>Erna</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="158"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="47"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="50"/>
        <source> and {n} more</source>
        <translation> en nog {n}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="51"/>
        <source>Import {n} file(s): {names}{more}</source>
        <translation>{n} bestand(en) importeren: {names}{more}</translation>
    </message>
    <message>
        <source>Automatic (transcript when speaker turns are found)</source>
        <translation type="vanished">Automatisch (transcript als er spreekbeurten worden gevonden)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="54"/>
        <source>Automatic (transcript when most paragraphs are speaker turns)</source>
        <translation>Automatisch (transcript als de meeste alinea&apos;s spreekbeurten zijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="57"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="62"/>
        <source>No case, or type a new case name</source>
        <translation>Geen casus, of typ de naam van een nieuwe casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="63"/>
        <source>Case:</source>
        <translation>Casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="64"/>
        <source>Code every speaker turn with a code per speaker</source>
        <translation>Elke spreekbeurt coderen met een code per spreker</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="66"/>
        <source>Find speaker turns also when a document is no transcript</source>
        <translation>Spreekbeurten ook zoeken als een document geen transcript is</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="68"/>
        <source>Import comments (Word, LibreOffice) as notes after the text</source>
        <translation>Opmerkingen (Word, LibreOffice) als noten na de tekst importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/dialogs.py" line="70"/>
        <source>Keep lines repeated at the top or bottom of PDF pages</source>
        <translation>Regels die boven- of onderaan PDF-pagina&apos;s terugkeren behouden</translation>
    </message>
</context>
<context>
    <name>KeyMapDialog</name>
    <message>
        <location filename="../../qdacoder/ui/common/keys.py" line="75"/>
        <location filename="../../qdacoder/ui/common/keys.py" line="79"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/keys.py" line="80"/>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/keys.py" line="80"/>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/keys.py" line="80"/>
        <source>Works</source>
        <translation>Werkt</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="59"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="59"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="59"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="59"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="59"/>
        <source>Keyword</source>
        <translation>Trefwoord</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="60"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="95"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Alleen lezen: wijzigingen kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="152"/>
        <location filename="../../qdacoder/ui/main_window.py" line="167"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="153"/>
        <location filename="../../qdacoder/ui/main_window.py" line="168"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="169"/>
        <location filename="../../qdacoder/ui/main_window.py" line="170"/>
        <source>Document text</source>
        <translation>Documenttekst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="171"/>
        <source>Find bar</source>
        <translation>Zoekbalk</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="189"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="190"/>
        <source>Attributes</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="191"/>
        <source>Memos</source>
        <translation>Memo&apos;s</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="192"/>
        <source>Coded passages and search</source>
        <translation>Gecodeerde fragmenten en zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="201"/>
        <location filename="../../qdacoder/ui/main_window.py" line="203"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="204"/>
        <source>The timeline of a case appears here.</source>
        <translation>Hier verschijnt de tijdlijn van een casus.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="231"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="232"/>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="233"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="235"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="241"/>
        <source>&amp;Find in document...</source>
        <translation>&amp;Zoeken in document...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="242"/>
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="243"/>
        <source>Find &amp;previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="248"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="249"/>
        <source>&amp;Codes</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="252"/>
        <source>C&amp;ases</source>
        <translation>C&amp;asussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="254"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="258"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="262"/>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="267"/>
        <source>Codings &amp;of</source>
        <translation>Coderingen &amp;van</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="268"/>
        <source>&amp;Reading</source>
        <translation>&amp;Lezing</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="270"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="272"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="273"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="275"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="276"/>
        <source>&amp;About qdacoder</source>
        <translation>&amp;Over qdacoder</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="281"/>
        <location filename="../../qdacoder/ui/main_window.py" line="283"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="318"/>
        <source>Project in a synced folder</source>
        <translation>Project in een gesynchroniseerde map</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="319"/>
        <source>This project is in a folder that a sync service (OneDrive, Dropbox, iCloud...) copies while qdacoder writes to it. That can damage the project. Keep projects in a local folder and back them up instead.</source>
        <translation>Dit project staat in een map die een synchronisatiedienst (OneDrive, Dropbox, iCloud...) kopieert terwijl qdacoder erin schrijft. Daardoor kan het project beschadigd raken. Bewaar projecten liever in een lokale map en maak er back-ups van.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="329"/>
        <source>{name} [read-only]</source>
        <translation>{name} [alleen lezen]</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="340"/>
        <source>Coder: {name}</source>
        <translation>Codeur: {name}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="340"/>
        <source>No coder chosen</source>
        <translation>Geen codeur gekozen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="345"/>
        <source>Open or create a project (Project menu) to start.</source>
        <translation>Open of maak een project (menu Project) om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="356"/>
        <source>coders: {names}</source>
        <translation>codeurs: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="358"/>
        <source>final coding</source>
        <translation>definitieve codering</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="359"/>
        <location filename="../../qdacoder/ui/main_window.py" line="361"/>
        <source>every coder</source>
        <translation>elke codeur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="363"/>
        <source>{documents} documents, {codes} codes, {codings} codings ({reading}), {cases} cases</source>
        <translation>{documents} documenten, {codes} codes, {codings} coderingen ({reading}), {cases} casussen</translation>
    </message>
    <message>
        <source>{documents} documents, {codes} codes, {codings} codings, {cases} cases</source>
        <translation type="vanished">{documents} documenten, {codes} codes, {codings} coderingen, {cases} casussen</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="66"/>
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="66"/>
        <source>New memo</source>
        <translation>Nieuwe memo</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="76"/>
        <source>On:</source>
        <translation>Bij:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="78"/>
        <source>Optional; the first line of the text otherwise</source>
        <translation>Optioneel; anders de eerste regel van de tekst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="79"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="81"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="102"/>
        <source>Search memos</source>
        <translation>Memo&apos;s zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="107"/>
        <source>All memos</source>
        <translation>Alle memo&apos;s</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="112"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="112"/>
        <source>On</source>
        <translation>Bij</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="112"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="112"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="131"/>
        <source>New memo...</source>
        <translation>Nieuwe memo...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="131"/>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="132"/>
        <source>Delete...</source>
        <translation>Verwijderen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="158"/>
        <source>Project journal</source>
        <translation>Projectlogboek</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="158"/>
        <source>This document</source>
        <translation>Dit document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="159"/>
        <source>This case</source>
        <translation>Deze casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="159"/>
        <source>This code</source>
        <translation>Deze code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="159"/>
        <source>This coding</source>
        <translation>Deze codering</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="186"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="188"/>
        <source>Document {name}</source>
        <translation>Document {name}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="190"/>
        <source>Case {name}</source>
        <translation>Casus {name}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="195"/>
        <source>Code {name}</source>
        <translation>Code {name}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="195"/>
        <location filename="../../qdacoder/ui/memos/panel.py" line="203"/>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="201"/>
        <source>Coding on “{excerpt}”</source>
        <translation>Codering bij “{excerpt}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="237"/>
        <source>Open a document and select a case, code or coding to see its memos.</source>
        <translation>Open een document en selecteer een casus, code of codering om de memo&apos;s ervan te zien.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="270"/>
        <source>, edited {date}</source>
        <translation>, bewerkt op {date}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="271"/>
        <source>{on} — {author}, {date}{edited}</source>
        <translation>{on} — {author}, {date}{edited}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="272"/>
        <source>unknown author</source>
        <translation>onbekende auteur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="289"/>
        <source>Add memo</source>
        <translation>Memo toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="307"/>
        <source>Select a memo first.</source>
        <translation>Selecteer eerst een memo.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="317"/>
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="328"/>
        <location filename="../../qdacoder/ui/memos/panel.py" line="333"/>
        <source>Delete memo</source>
        <translation>Memo verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memos/panel.py" line="329"/>
        <source>Delete the memo “{title}”? You can undo this with Ctrl+Z.</source>
        <translation>De memo “{title}” verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="42"/>
        <source>Save a &amp;coder copy...</source>
        <translation>&amp;Codeurskopie opslaan...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="43"/>
        <source>&amp;Merge coder copies...</source>
        <translation>Codeurskopieën &amp;samenvoegen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="52"/>
        <source>Save a coder copy</source>
        <translation>Codeurskopie opslaan</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="53"/>
        <source>qdacoder projects (*{suffix})</source>
        <translation>qdacoder-projecten (*{suffix})</translation>
    </message>
    <message>
        <source>Leave out everyone&apos;s codings, so the other coder starts afresh?</source>
        <translation type="vanished">De coderingen van iedereen weglaten, zodat de andere codeur blanco begint?</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="54"/>
        <source>copy</source>
        <translation>kopie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="62"/>
        <location filename="../../qdacoder/ui/team/merge.py" line="123"/>
        <source>Merge coder copies</source>
        <translation>Codeurskopieën samenvoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="63"/>
        <source>qdacoder projects (*{suffix});;All files (*)</source>
        <translation>qdacoder-projecten (*{suffix});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="83"/>
        <source>Save a coder copy for {coder}</source>
        <translation>Codeurskopie opslaan voor {coder}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="95"/>
        <source>Coder copy not saved</source>
        <translation>Codeurskopie niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="97"/>
        <source>Saved a coder copy as {file}</source>
        <translation>Codeurskopie opgeslagen als {file}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/team/merge.py" line="107"/>
        <source>Merge {file}</source>
        <translation>{file} samenvoegen</translation>
    </message>
</context>
<context>
    <name>NameFinder</name>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="49"/>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="60"/>
        <source>Find names</source>
        <translation>Namen zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="63"/>
        <source>Finds persons, places, institutions, streets, dates, phone numbers, e-mail addresses and BSN numbers with deduce; nothing leaves this computer.</source>
        <translation>Zoekt personen, plaatsen, instellingen, straten, datums, telefoonnummers, e-mailadressen en BSN-nummers met deduce; er verlaat niets deze computer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="68"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="68"/>
        <source>Times</source>
        <translation>Keer</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="68"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="69"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="69"/>
        <source>Placeholder</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="77"/>
        <source>Select a name in these lines (a school the finder missed, say) to add it below.</source>
        <translation>Selecteer een naam in deze regels (bijvoorbeeld een school die niet gevonden is) om hem hieronder toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="79"/>
        <source>Accept</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="82"/>
        <source>Not a name</source>
        <translation>Geen naam</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="84"/>
        <source>Reject: this form is not suggested again in this project.</source>
        <translation>Afwijzen: deze vorm wordt in dit project niet meer voorgesteld.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="88"/>
        <source>a name from the text</source>
        <translation>een naam uit de tekst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="93"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="101"/>
        <source>Add a name:</source>
        <translation>Naam toevoegen:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="139"/>
        <source>Tick one or more documents.</source>
        <translation>Vink een of meer documenten aan.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="144"/>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="152"/>
        <source>Names not searched</source>
        <translation>Niet naar namen gezocht</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="146"/>
        <source>Searching for names...</source>
        <translation>Namen zoeken...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="147"/>
        <source>Preparing the name lists. This happens once and takes a minute or two; later searches start at once.</source>
        <translation>De namenlijsten worden voorbereid. Dat gebeurt één keer en duurt een à twee minuten; latere zoekopdrachten beginnen meteen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="149"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="155"/>
        <source>Search cancelled.</source>
        <translation>Zoeken geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="159"/>
        <source>{n} suggestion(s) in {d} document(s). Accept puts a name on the placeholder list; “Not a name” is remembered.</source>
        <translation>{n} suggestie(s) in {d} document(en). Overnemen zet een naam op de lijst met placeholders; “Geen naam” wordt onthouden.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="207"/>
        <source>Add placeholder</source>
        <translation>Placeholder toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="209"/>
        <source>Name not added</source>
        <translation>Naam niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="231"/>
        <source>Reject suggested name</source>
        <translation>Voorgestelde naam afwijzen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="232"/>
        <source>Not rejected</source>
        <translation>Niet afgewezen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/name_finder.py" line="243"/>
        <source>{name} added to the placeholder list</source>
        <translation>{name} toegevoegd aan de lijst met placeholders</translation>
    </message>
</context>
<context>
    <name>PassagePreview</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/passage_view.py" line="136"/>
        <source>Passage in its context</source>
        <translation>Fragment in zijn context</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/passage_view.py" line="137"/>
        <source>Select a passage to read it in its context.</source>
        <translation>Kies een fragment om het in zijn context te lezen.</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="69"/>
        <source>&amp;New project...</source>
        <translation>&amp;Nieuw project...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="70"/>
        <source>&amp;Open project...</source>
        <translation>Project &amp;openen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="71"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="73"/>
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="75"/>
        <source>New project from REFI-QDA &amp;file (.qdpx)...</source>
        <translation>Nieuw project uit REFI-QDA-&amp;bestand (.qdpx)...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="76"/>
        <source>&amp;Export REFI-QDA project (.qdpx)...</source>
        <translation>REFI-QDA-project &amp;exporteren (.qdpx)...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="80"/>
        <source>Change &amp;coder...</source>
        <translation>&amp;Codeur wijzigen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="85"/>
        <source>&amp;Import files...</source>
        <translation>Bestanden &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="88"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="101"/>
        <source>&amp;Rename document...</source>
        <translation>Document &amp;hernoemen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="89"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="102"/>
        <source>Put in &amp;case...</source>
        <translation>In &amp;casus plaatsen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="90"/>
        <source>Change &amp;kind...</source>
        <translation>&amp;Soort wijzigen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="91"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="113"/>
        <source>&amp;Delete document...</source>
        <translation>Document &amp;verwijderen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="103"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="111"/>
        <source>&amp;Print coded document...</source>
        <translation>Gecodeerd document &amp;afdrukken...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="125"/>
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="126"/>
        <source>Two windows on one project can overwrite each other&apos;s view of it. Open it anyway?</source>
        <translation>Twee vensters op hetzelfde project kunnen elkaars wijzigingen overschrijven. Toch openen?</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="140"/>
        <source>Cannot open project</source>
        <translation>Kan het project niet openen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="143"/>
        <source>Read-only project</source>
        <translation>Alleen-lezen-project</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="144"/>
        <source>{file} cannot be written (the file, its folder or the medium is read-only). It is open for reading: nothing you do can be saved in it.</source>
        <translation>{file} kan niet worden beschreven (het bestand, de map of de schijf is alleen-lezen). Het is geopend om te lezen: niets wat u doet kan erin worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="161"/>
        <source>Cannot create project</source>
        <translation>Kan het project niet maken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="171"/>
        <source>Starter codebook not loaded</source>
        <translation>Startcodeboek niet geladen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="198"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="206"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="188"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="199"/>
        <source>qdacoder projects (*{suffix})</source>
        <translation>qdacoder-projecten (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="204"/>
        <source>An empty codebook</source>
        <translation>Een leeg codeboek</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="206"/>
        <source>Start with the codebook of an earlier study?</source>
        <translation>Beginnen met het codeboek van een eerder onderzoek?</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="213"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="183"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="214"/>
        <source>qdacoder projects (*{suffix});;All files (*)</source>
        <translation>qdacoder-projecten (*{suffix});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="78"/>
        <source>Restore &amp;backup...</source>
        <translation>&amp;Back-up terugzetten...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="182"/>
        <source>Choose the project (or one of its backups)</source>
        <translation>Kies het project (of een van zijn back-ups)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="191"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="192"/>
        <source>The backup was restored as {file}. Open it now?</source>
        <translation>De back-up is teruggezet als {file}. Nu openen?</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="200"/>
        <source>New study</source>
        <translation>Nieuw onderzoek</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="236"/>
        <source>(no recent projects)</source>
        <translation>(geen recente projecten)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="241"/>
        <source>Open or create a project first.</source>
        <translation>Open of maak eerst een project.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="244"/>
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="245"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Documenten ({patterns});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="251"/>
        <source>No project</source>
        <translation>Geen project</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="251"/>
        <source>Open or create a project before importing files.</source>
        <translation>Open of maak een project voordat je bestanden importeert.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="266"/>
        <source>Importing...</source>
        <translation>Bezig met importeren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="266"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="276"/>
        <source>Import {n} document(s)</source>
        <translation>{n} document(en) importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="280"/>
        <source>Importing {file}...</source>
        <translation>{file} importeren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="293"/>
        <source>{n} of {total} file(s) could not be imported</source>
        <translation>{n} van {total} bestand(en) konden niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="296"/>
        <source>Not everything was imported as text</source>
        <translation>Niet alles is als tekst geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="299"/>
        <source>Imported {n} document(s).</source>
        <translation>{n} document(en) geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="305"/>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="310"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="321"/>
        <source>Select a document first.</source>
        <translation>Selecteer eerst een document.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="329"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="331"/>
        <source>Rename document</source>
        <translation>Document hernoemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="329"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="339"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="339"/>
        <source>Case of this document (type a new name to create one):</source>
        <translation>Casus van dit document (typ een nieuwe naam om een casus te maken):</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="345"/>
        <source>Put document in case</source>
        <translation>Document in casus plaatsen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="354"/>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="354"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="364"/>
        <source>Change document kind</source>
        <translation>Soort document wijzigen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="367"/>
        <source>{n} speaker turn(s) found in the text.</source>
        <translation>{n} sprekersbeurt(en) in de tekst gevonden.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="374"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="377"/>
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="375"/>
        <source>Delete “{name}” and all its codings from the project? You can undo this with Ctrl+Z.</source>
        <translation>“{name}” met alle coderingen uit het project verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="381"/>
        <source>About qdacoder</source>
        <translation>Over qdacoder</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/controller.py" line="382"/>
        <source>&lt;b&gt;qdacoder {version}&lt;/b&gt;&lt;br&gt;Qualitative coding of interviews and field notes for action-learning research in youth care.</source>
        <translation>&lt;b&gt;qdacoder {version}&lt;/b&gt;&lt;br&gt;Kwalitatief coderen van interviews en veldnotities voor lerend praktijkonderzoek in de jeugdzorg.</translation>
    </message>
</context>
<context>
    <name>QdpxActions</name>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="33"/>
        <source>Open or create a project first.</source>
        <translation>Open of maak eerst een project.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="35"/>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="56"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="35"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projecten (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="49"/>
        <source>Project not exported</source>
        <translation>Project niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="52"/>
        <source>Exported {documents} document(s), {codings} coding(s) and {memos} memo(s) to {file}.</source>
        <translation>{documents} document(en), {codings} codering(en) en {memos} memo(s) geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="65"/>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="95"/>
        <source>New project from REFI-QDA file</source>
        <translation>Nieuw project uit REFI-QDA-bestand</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="66"/>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-projecten (*.qdpx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="69"/>
        <source>Save the new project as</source>
        <translation>Het nieuwe project opslaan als</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="70"/>
        <source>qdacoder projects (*{suffix})</source>
        <translation>qdacoder-projecten (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="85"/>
        <source>Making {file}...</source>
        <translation>{file} wordt gemaakt...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/qdpx.py" line="88"/>
        <source>No project made from {file}</source>
        <translation>Geen project gemaakt van {file}</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="152"/>
        <source>&amp;Export quotes...</source>
        <translation>&amp;Citaten exporteren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="153"/>
        <source>&amp;Attribution and placeholders...</source>
        <translation>Toeschrijving en &amp;pseudoniemen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="155"/>
        <source>&amp;Draft report...</source>
        <translation>Concept&amp;rapport...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="164"/>
        <source>Names in starred quotes</source>
        <translation>Namen in citaten met ster</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="165"/>
        <source>{n} starred quote(s) contain names from the placeholder list ({names}). Every export replaces them by their placeholders.</source>
        <translation>{n} citaat/citaten met ster bevatten namen uit de lijst met pseudoniemen ({names}). Bij elke export worden die vervangen door hun pseudoniem.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="184"/>
        <source>Quotes not exported</source>
        <translation>Citaten niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="186"/>
        <source>{n} quotes written to {file}</source>
        <translation>{n} citaten opgeslagen in {file}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="188"/>
        <source>{n} confidential coding(s) left out: they are never quoted.</source>
        <translation>{n} vertrouwelijke codering(en) weggelaten: die worden nooit geciteerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="196"/>
        <location filename="../../qdacoder/ui/export/quotes.py" line="201"/>
        <source>Export quotes</source>
        <translation>Citaten exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="197"/>
        <source>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv);;HTML (*.html)</source>
        <translation>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="197"/>
        <source>quotes</source>
        <translation>citaten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="202"/>
        <source>All coded passages, not only the starred quotes</source>
        <translation>Alle gecodeerde fragmenten, niet alleen de citaten met ster</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="203"/>
        <source>Split into bevorderend / belemmerend</source>
        <translation>Splitsen in bevorderend / belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="204"/>
        <source>Add the source (document and position) for checking</source>
        <translation>De bron (document en positie) vermelden ter controle</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="226"/>
        <source>Draft report not written</source>
        <translation>Conceptrapport niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="228"/>
        <source>Draft report written to {file}</source>
        <translation>Conceptrapport opgeslagen in {file}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="261"/>
        <source>Draft report</source>
        <translation>Conceptrapport</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="261"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="262"/>
        <source>draft report</source>
        <translation>conceptrapport</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="276"/>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="279"/>
        <source>Change placeholders</source>
        <translation>Pseudoniemen wijzigen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="280"/>
        <source>Placeholders not saved</source>
        <translation>Pseudoniemen niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="288"/>
        <source>Names that are also words</source>
        <translation>Namen die ook woorden zijn</translation>
    </message>
    <message>
        <source>Remove placeholder</source>
        <translation type="vanished">Pseudoniem verwijderen</translation>
    </message>
    <message>
        <source>Set placeholder</source>
        <translation type="vanished">Pseudoniem instellen</translation>
    </message>
</context>
<context>
    <name>QuoteSettings</name>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="43"/>
        <source>Quotes: attribution and placeholders</source>
        <translation>Citaten: toeschrijving en pseudoniemen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="46"/>
        <source>(own template)</source>
        <translation>(eigen sjabloon)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="54"/>
        <source>Name in the material</source>
        <translation>Naam in het materiaal</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="54"/>
        <source>Placeholder</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="55"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="55"/>
        <source>Any case</source>
        <translation>Elke schrijfwijze</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="60"/>
        <source>A name is replaced as written and in capitals (Roos, ROOS), also inside file names (interview_Roos) and with a possessive (Roos&apos;s). Tick “Any case” to replace it in every case, e.g. a name typed in lower case in a transcript.</source>
        <translation>Een naam wordt vervangen zoals hij geschreven is en in hoofdletters (Roos, ROOS), ook in bestandsnamen (interview_Roos) en met een bezits-s (Roos&apos;s). Vink “Elke schrijfwijze” aan om hem in elke schrijfwijze te vervangen, bijvoorbeeld een naam die in een transcript met een kleine letter is getypt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="69"/>
        <source>Find names...</source>
        <translation>Namen zoeken...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="71"/>
        <source>Suggest names, places and institutions found in the documents (with deduce, on this computer), to accept as placeholders or reject.</source>
        <translation>Stelt namen, plaatsen en instellingen uit de documenten voor (met deduce, op deze computer), om als placeholder over te nemen of af te wijzen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="75"/>
        <source>Fields in braces: {text}, {role}, {respondent}, {speaker}, {case}, {document}, {kind} or an attribute. A part in square brackets is written only when its fields have a value: “{text}” - {role}[, {leeftijd} jaar].</source>
        <translation>Velden tussen accolades: {text}, {role}, {respondent}, {speaker}, {case}, {document}, {kind} of een kenmerk. Een deel tussen vierkante haken wordt alleen geschreven als de velden erin een waarde hebben: “{text}” - {role}[, {leeftijd} jaar].</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="80"/>
        <source>The roles offered for respondents, written as quotes should print them (e.g. Gezagdrager, jeugdprofessional), separated by commas.</source>
        <translation>De rollen die respondenten kunnen hebben, geschreven zoals citaten ze moeten tonen (bijv. Gezagdrager, jeugdprofessional), gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="83"/>
        <source>Preset:</source>
        <translation>Voorinstelling:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="84"/>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/export/quotes.py" line="85"/>
        <source>Respondent roles:</source>
        <translation>Rollen van respondenten:</translation>
    </message>
</context>
<context>
    <name>ReadingChoice</name>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="120"/>
        <source>&amp;Final coding (the consensus where done)</source>
        <translation>&amp;Definitieve codering (de consensus waar klaar)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="120"/>
        <source>&amp;All codings</source>
        <translation>&amp;Alle coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="121"/>
        <source>&amp;Chosen coders&apos; codings...</source>
        <translation>&amp;Coderingen van gekozen codeurs...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="137"/>
        <source>Reading</source>
        <translation>Lezing</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="138"/>
        <source>Coders whose codings count, separated by commas ({names}):</source>
        <translation>Codeurs wier coderingen meetellen, gescheiden door komma&apos;s ({names}):</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/coders.py" line="148"/>
        <source>Reading: {reading}</source>
        <translation>Lezing: {reading}</translation>
    </message>
</context>
<context>
    <name>ReplaceActions</name>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="434"/>
        <source>&amp;Replace in documents...</source>
        <translation>&amp;Vervangen in documenten...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="436"/>
        <source>Pseudonymise the &amp;source...</source>
        <translation>De &amp;bron pseudonimiseren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="448"/>
        <source>Open a project you can change first.</source>
        <translation>Open eerst een project dat je kunt wijzigen.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="151"/>
        <source>Pseudonymise the source</source>
        <translation>De bron pseudonimiseren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="151"/>
        <source>Replace in documents</source>
        <translation>Vervangen in documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="157"/>
        <source>a name or words, e.g. Jayden</source>
        <translation>een naam of woorden, bijv. Jayden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="160"/>
        <source>e.g. [naam jeugdige]</source>
        <translation>bijv. [naam jeugdige]</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="161"/>
        <source>Any case (also jayden and jAYDEN)</source>
        <translation>Hoofdletters maken niet uit (ook jayden en jAYDEN)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="163"/>
        <source>Whole words only, as written and in capitals (the rule of the placeholders); a possessive goes with the word (Jaydens, Jayden&apos;s).</source>
        <translation>Alleen hele woorden, zoals geschreven en in hoofdletters (de regel van de plaatshouders); een bezits-s hoort bij het woord (Jaydens, Jayden&apos;s).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="167"/>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="168"/>
        <source>Replace with:</source>
        <translation>Vervangen door:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="176"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="176"/>
        <source>Chosen documents</source>
        <translation>Gekozen documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="177"/>
        <source>Documents of case:</source>
        <translation>Documenten van casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="177"/>
        <source>Documents of kind:</source>
        <translation>Documenten van soort:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="207"/>
        <source>Where:</source>
        <translation>Waar:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="209"/>
        <source>Show hits</source>
        <translation>Treffers tonen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="212"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="212"/>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="212"/>
        <source>Found → becomes</source>
        <translation>Gevonden → wordt</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="212"/>
        <source>After</source>
        <translation>Erna</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="229"/>
        <source>Pseudonymise…</source>
        <translation>Pseudonimiseren…</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="229"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="238"/>
        <source>Replaces the text in the documents and then wipes the old text from the project for good: from the file&apos;s free space, the search index and the undo history, and (if you agree) from the automatic backups. This cannot be undone.</source>
        <translation>Vervangt de tekst in de documenten en wist daarna de oude tekst voorgoed uit het project: uit de vrije ruimte van het bestand, de zoekindex en de geschiedenis van ongedaan maken, en (als je instemt) uit de automatische reservekopieën. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="322"/>
        <source>Press Show hits to see where it occurs.</source>
        <translation>Kies Treffers tonen om te zien waar het voorkomt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="324"/>
        <source>{kept} of {total} hit(s) kept, in {documents} document(s).</source>
        <translation>{kept} van {total} treffer(s) behouden, in {documents} document(en).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="340"/>
        <source>Replace “{find}” by “{replacement}”</source>
        <translation>“{find}” vervangen door “{replacement}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="345"/>
        <source>Replaced {hits} hit(s) in {documents} document(s) (Ctrl+Z undoes it).</source>
        <translation>{hits} treffer(s) vervangen in {documents} document(en) (Ctrl+Z maakt het ongedaan).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="351"/>
        <location filename="../../qdacoder/ui/document/replace.py" line="389"/>
        <source>Codings would be removed</source>
        <translation>Coderingen zouden verdwijnen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="352"/>
        <location filename="../../qdacoder/ui/document/replace.py" line="389"/>
        <source>Replace and remove the codings</source>
        <translation>Vervangen en de coderingen verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="361"/>
        <source>Replace {hits} hit(s) in {documents} document(s) by “{replacement}” and wipe the old text from the project for good? This cannot be undone, and the undo history is cleared.</source>
        <translation>{hits} treffer(s) in {documents} document(en) vervangen door “{replacement}” en de oude tekst voorgoed uit het project wissen? Dit kan niet ongedaan worden gemaakt, en de geschiedenis van ongedaan maken wordt gewist.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="368"/>
        <source>{count} automatic backup(s) still hold the old text. Delete them too, or keep them (the old text then survives in them).</source>
        <translation>{count} automatische reservekopie(ën) bevatten de oude tekst nog. Verwijder ze ook, of bewaar ze (de oude tekst blijft er dan in bestaan).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="371"/>
        <source>Pseudonymise and delete the backups</source>
        <translation>Pseudonimiseren en de reservekopieën verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="372"/>
        <source>Pseudonymise, keep the backups</source>
        <translation>Pseudonimiseren, reservekopieën bewaren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="374"/>
        <source>Pseudonymise</source>
        <translation>Pseudonimiseren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="397"/>
        <source>Replaced {hits} hit(s) in {documents} document(s); the old text is wiped from the project.</source>
        <translation>{hits} treffer(s) vervangen in {documents} document(en); de oude tekst is uit het project gewist.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="400"/>
        <source>{count} backup(s) that held it were deleted.</source>
        <translation>{count} reservekopie(ën) waarin die stond zijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="402"/>
        <source>{count} backup(s) still hold it.</source>
        <translation>{count} reservekopie(ën) bevatten die nog.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="405"/>
        <source>The old text still occurs outside the documents&apos; texts, in: {places}. Change those yourself.</source>
        <translation>De oude tekst komt nog voor buiten de teksten van de documenten, in: {places}. Pas die zelf aan.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/replace.py" line="407"/>
        <source>Pseudonymised</source>
        <translation>Gepseudonimiseerd</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="26"/>
        <source>Edit respondent</source>
        <translation>Respondent bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="26"/>
        <source>New respondent</source>
        <translation>Nieuwe respondent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="29"/>
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="33"/>
        <source>Case:</source>
        <translation>Casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="35"/>
        <source>As in the transcripts, e.g. R, Moeder, Jeugdconsulent</source>
        <translation>Zoals in de transcripten, bijv. R, Moeder, Jeugdconsulent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="36"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="41"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="43"/>
        <source>For professionals, e.g. gedragsdeskundige</source>
        <translation>Voor professionals, bijv. gedragsdeskundige</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/respondent_dialog.py" line="44"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="97"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="109"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="109"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="109"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="109"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="109"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="109"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="124"/>
        <source> openings with changes</source>
        <translation> keer openen met wijzigingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="128"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="129"/>
        <source>Keep a backup of the last</source>
        <translation>Bewaar een back-up van de laatste</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="130"/>
        <source>and one a day for the last</source>
        <translation>en één per dag van de laatste</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="134"/>
        <source>A backup is made when a project that changed since its last backup is opened. The rule applies to every project and takes effect at the next backup.</source>
        <translation>Er wordt een back-up gemaakt wanneer een project wordt geopend dat sinds de vorige back-up is gewijzigd. De regel geldt voor elk project en gaat in bij de volgende back-up.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="140"/>
        <source>&amp;Restore as new project...</source>
        <translation>&amp;Terugzetten als nieuw project...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="151"/>
        <source>{n} backup(s) of {project} in {folder}, {total} in all.</source>
        <translation>{n} back-up(s) van {project} in {folder}, samen {total}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="155"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="184"/>
        <source>Restore backup as new project</source>
        <translation>Back-up terugzetten als nieuw project</translation>
    </message>
    <message>
        <source>qdacoder projects (*.qdacoder)</source>
        <translation type="vanished">qdacoder-projecten (*.qdacoder)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="188"/>
        <source>Restoring the backup...</source>
        <translation>De back-up wordt teruggezet...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project/backups.py" line="191"/>
        <source>Backup not restored</source>
        <translation>Back-up niet teruggezet</translation>
    </message>
</context>
<context>
    <name>RetrievalPanel</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="210"/>
        <source>With subcodes</source>
        <translation>Met subcodes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="213"/>
        <source>Passage contains</source>
        <translation>Fragment bevat</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="216"/>
        <source>overlapping</source>
        <translation>overlappend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="216"/>
        <source>without</source>
        <translation>zonder</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="217"/>
        <source>near (within characters)</source>
        <translation>in de buurt (binnen tekens)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="264"/>
        <source>Search text (all words; &quot;a phrase&quot;; wacht* for prefixes)</source>
        <translation>Zoektekst (alle woorden; &quot;een woordgroep&quot;; wacht* voor woordbegin)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="265"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="267"/>
        <source>each hit</source>
        <translation>elke treffer</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="267"/>
        <source>the sentence of each hit</source>
        <translation>de zin van elke treffer</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="268"/>
        <source>the paragraph (line) of each hit</source>
        <translation>de alinea (regel) van elke treffer</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="270"/>
        <source>Code all hits with the current code</source>
        <translation>Alle treffers coderen met de huidige code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="300"/>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="315"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="301"/>
        <source>Valence:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="301"/>
        <source>Coder:</source>
        <translation>Codeur:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="302"/>
        <source>Case:</source>
        <translation>Casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="302"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="303"/>
        <source>Combined:</source>
        <translation>Gecombineerd:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="303"/>
        <source>distance:</source>
        <translation>afstand:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="226"/>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="319"/>
        <source>Coded passages</source>
        <translation>Gecodeerde fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="238"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklik om de kolommen te kiezen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="241"/>
        <source>Show context</source>
        <translation>Context tonen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="243"/>
        <source>Show the words before and after each passage in the list</source>
        <translation>Toon de woorden vóór en na elk fragment in de lijst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="320"/>
        <source>Search text</source>
        <translation>Tekst zoeken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="340"/>
        <source>The code selected in the codebook</source>
        <translation>De code die in het codeboek is geselecteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="341"/>
        <source>(no second code)</source>
        <translation>(geen tweede code)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="342"/>
        <source>any valence</source>
        <translation>alle richtingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="342"/>
        <source>promoting</source>
        <translation>bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="343"/>
        <source>hindering</source>
        <translation>belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="344"/>
        <source>no valence</source>
        <translation>geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="345"/>
        <source>any coder</source>
        <translation>alle codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="346"/>
        <source>any case</source>
        <translation>alle casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="347"/>
        <source>any kind</source>
        <translation>alle soorten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="381"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragmenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="382"/>
        <source>Choose a code, here or in the codebook.</source>
        <translation>Kies een code, hier of in het codeboek.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="470"/>
        <source>&amp;Open in the document</source>
        <translation>&amp;Openen in het document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="471"/>
        <source>&amp;Star as quote</source>
        <translation>Met &amp;ster als citaat markeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="473"/>
        <source>C&amp;onfidential (not shared)</source>
        <translation>Vertr&amp;ouwelijk (niet delen)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="484"/>
        <source>Star as quote</source>
        <translation>Met ster als citaat markeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="490"/>
        <source>Mark confidential</source>
        <translation>Als vertrouwelijk markeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="490"/>
        <source>Mark shareable</source>
        <translation>Weer laten delen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="510"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="511"/>
        <source>The first %n hits are listed; “Code all hits” codes every one.</source>
        <translation>
            <numerusform>De eerste %n treffer wordt getoond; “Alle treffers coderen” codeert ze allemaal.</numerusform>
            <numerusform>De eerste %n treffers worden getoond; “Alle treffers coderen” codeert ze allemaal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="522"/>
        <source>Select a code in the codebook first.</source>
        <translation>Selecteer eerst een code in het codeboek.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="530"/>
        <source>Code search hits</source>
        <translation>Zoektreffers coderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="533"/>
        <source>%n passage(s) coded (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>%n fragment gecodeerd (Ctrl+Z om ongedaan te maken)</numerusform>
            <numerusform>%n fragmenten gecodeerd (Ctrl+Z om ongedaan te maken)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaturationTab</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="45"/>
        <source>Use in the draft report</source>
        <translation>Gebruiken in het conceptrapport</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="46"/>
        <source>Put this sentence in the method section of the draft report (Export menu).</source>
        <translation>Zet deze zin in de methodeparagraaf van het conceptrapport (menu Exporteren).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="51"/>
        <source>Order:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="51"/>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="51"/>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="52"/>
        <source>Threshold:</source>
        <translation>Drempel:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="61"/>
        <source>import order</source>
        <translation>volgorde van importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="61"/>
        <source>order of first coding</source>
        <translation>volgorde van eerste codering</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="62"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="64"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/saturation.py" line="64"/>
        <source>case</source>
        <translation>casus</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="86"/>
        <source>Passage</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="86"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="86"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="86"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="87"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="87"/>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="87"/>
        <source>Valence</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="145"/>
        <source>+ promoting</source>
        <translation>+ bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/retrieval.py" line="145"/>
        <source>− hindering</source>
        <translation>− belemmerend</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../qdacoder/ui/session.py" line="112"/>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/session.py" line="112"/>
        <source>Your name as coder (shown with every coding you make):</source>
        <translation>Je naam als codeur (wordt getoond bij elke codering die je maakt):</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/session.py" line="214"/>
        <source>qdacoder</source>
        <translation>qdacoder</translation>
    </message>
</context>
<context>
    <name>StopWordsDialog</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="104"/>
        <source>Stop words</source>
        <translation>Stopwoorden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="106"/>
        <source>Dutch (the Snowball list, with fillers such as uh, ehm, nou)</source>
        <translation>Nederlands (de Snowball-lijst, met stopwoordjes als uh, ehm, nou)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="107"/>
        <source>English (a long list: it also leaves out kind, help, case)</source>
        <translation>Engels (een lange lijst: die laat ook kind, help, case weg)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="113"/>
        <source>One word a line, e.g. gewoon</source>
        <translation>Eén woord per regel, bijv. gewoon</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="114"/>
        <source>Words of the standard lists that do count, e.g. kind</source>
        <translation>Woorden van de standaardlijsten die wel meetellen, bijv. kind</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="117"/>
        <source>Standard lists:</source>
        <translation>Standaardlijsten:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="119"/>
        <source>Also leave out:</source>
        <translation>Ook weglaten:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="120"/>
        <source>Count after all:</source>
        <translation>Toch meetellen:</translation>
    </message>
</context>
<context>
    <name>TextEditing</name>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="56"/>
        <source>&amp;Edit text</source>
        <translation>Tekst &amp;bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="61"/>
        <source>Edit the document&apos;s text (its codings stay on their words); the coding keys +, −, 0 and Delete are off meanwhile</source>
        <translation>De tekst van het document bewerken (de coderingen blijven op hun woorden); de codeertoetsen +, −, 0 en Delete staan intussen uit</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="77"/>
        <source>Open a document of a project you can change to edit its text.</source>
        <translation>Open een document van een project dat je kunt wijzigen om de tekst te bewerken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="88"/>
        <source>Editing text: Ctrl+E again stops editing.</source>
        <translation>Tekst bewerken: nogmaals Ctrl+E stopt het bewerken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="103"/>
        <source>Delete text</source>
        <translation>Tekst verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="103"/>
        <source>Type text</source>
        <translation>Tekst typen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="103"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="141"/>
        <source>Delete coded text</source>
        <translation>Gecodeerde tekst verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document/editing.py" line="141"/>
        <location filename="../../qdacoder/ui/document/editing.py" line="148"/>
        <source>Delete text and codings</source>
        <translation>Tekst en coderingen verwijderen</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="72"/>
        <source>Export PNG...</source>
        <translation>Exporteren als PNG...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="74"/>
        <source>Export SVG...</source>
        <translation>Exporteren als SVG...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="85"/>
        <source>Add event...</source>
        <translation>Gebeurtenis toevoegen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="86"/>
        <source>Edit event...</source>
        <translation>Gebeurtenis bewerken...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="87"/>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="186"/>
        <source>Delete event</source>
        <translation>Gebeurtenis verwijderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="88"/>
        <source>Link selected coding</source>
        <translation>Geselecteerde codering koppelen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="92"/>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="263"/>
        <source>Click an event to see the passages about it.</source>
        <translation>Klik op een gebeurtenis om de fragmenten erover te zien.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="103"/>
        <source>Case:</source>
        <translation>Casus:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="167"/>
        <source>Add event</source>
        <translation>Gebeurtenis toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="179"/>
        <source>Edit event</source>
        <translation>Gebeurtenis bewerken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="192"/>
        <source>Click an event here and a coding in the document first.</source>
        <translation>Klik eerst hier op een gebeurtenis en in het document op een codering.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="195"/>
        <source>Link passage to event</source>
        <translation>Fragment aan gebeurtenis koppelen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="204"/>
        <source>No events yet: the figures of this case are not known.</source>
        <translation>Nog geen gebeurtenissen: de kerngegevens van deze casus zijn niet bekend.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="208"/>
        <source>{places} living places ({outside} outside the family), {schools} schools, {help} help trajectories, first help at age {age}, {turns} turning points</source>
        <translation>{places} woonplekken ({outside} buiten het gezin), {schools} scholen, {help} hulptrajecten, eerste hulptraject op leeftijd {age}, {turns} schakelmomenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="228"/>
        <source>Choose a case to see its timeline.</source>
        <translation>Kies een casus om de tijdlijn te zien.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="271"/>
        <source>Passages about “{event}”:</source>
        <translation>Fragmenten over “{event}”:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="281"/>
        <source>{document}: “{passage}”</source>
        <translation>{document}: “{passage}”</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="286"/>
        <source>No passages are linked to this event yet.</source>
        <translation>Er zijn nog geen fragmenten aan deze gebeurtenis gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="304"/>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="312"/>
        <source>Export timeline</source>
        <translation>Tijdlijn exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="311"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="311"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/cases/timeline.py" line="313"/>
        <source>timeline</source>
        <translation>tijdlijn</translation>
    </message>
</context>
<context>
    <name>ToolWindows</name>
    <message>
        <location filename="../../qdacoder/ui/tool_windows.py" line="33"/>
        <source>&amp;Analysis window...</source>
        <translation>&amp;Analysevenster...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/tool_windows.py" line="35"/>
        <source>Inter-coder &amp;agreement...</source>
        <translation>&amp;Overeenstemming tussen codeurs...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/tool_windows.py" line="38"/>
        <source>&amp;Assignments...</source>
        <translation>&amp;Toewijzingen...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/tool_windows.py" line="39"/>
        <source>&amp;Review disagreements...</source>
        <translation>&amp;Verschillen tussen codeurs bekijken...</translation>
    </message>
</context>
<context>
    <name>WordsTab</name>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="132"/>
        <source>With subcodes</source>
        <translation>Met subcodes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="133"/>
        <source>Respondents only</source>
        <translation>Alleen respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="134"/>
        <source>Leave out the interviewer&apos;s turns (I, Int, Interviewer, Onderzoeker ... not linked to a respondent). Speaker labels are never counted.</source>
        <translation>De beurten van de interviewer weglaten (I, Int, Interviewer, Onderzoeker ... niet gekoppeld aan een respondent). Sprekerslabels tellen nooit mee.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="136"/>
        <source>Stop words...</source>
        <translation>Stopwoorden...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="137"/>
        <source>as written</source>
        <translation>zoals geschreven</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="137"/>
        <source>by stem</source>
        <translation>naar stam</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="138"/>
        <source>single words</source>
        <translation>losse woorden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="138"/>
        <source>phrases of 2 words</source>
        <translation>woordgroepen van 2 woorden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="139"/>
        <source>phrases of 3 words</source>
        <translation>woordgroepen van 3 woorden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="140"/>
        <source>frequencies</source>
        <translation>frequenties</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="141"/>
        <source>distinctive: promoting against hindering</source>
        <translation>kenmerkend: bevorderend tegenover belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="142"/>
        <source>distinctive: each speaker role against the others</source>
        <translation>kenmerkend: elke sprekersrol tegenover de andere</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="143"/>
        <source>distinctive: the chosen code against the rest</source>
        <translation>kenmerkend: de gekozen code tegenover de rest</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="146"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="146"/>
        <source>Words:</source>
        <translation>Woorden:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="147"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="162"/>
        <source>A word or phrase (wacht* for a prefix); double-click a word above</source>
        <translation>Een woord of woordgroep (wacht* voor een begin); of dubbelklik hierboven op een woord</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="165"/>
        <source>in document order</source>
        <translation>in volgorde van de documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="165"/>
        <source>by left context</source>
        <translation>op linkercontext</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="166"/>
        <source>by right context</source>
        <translation>op rechtercontext</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="168"/>
        <source>Same stem</source>
        <translation>Zelfde stam</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="187"/>
        <source>the keyword</source>
        <translation>het trefwoord</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="187"/>
        <source>its sentence</source>
        <translation>de zin</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="187"/>
        <source>its paragraph (line)</source>
        <translation>de alinea (regel)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="189"/>
        <source>Code selected lines</source>
        <translation>Gekozen regels coderen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="191"/>
        <source>Export lines...</source>
        <translation>Regels exporteren...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="197"/>
        <source>Keyword in context:</source>
        <translation>Trefwoord in context:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="197"/>
        <source>Words each side:</source>
        <translation>Woorden aan elke kant:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="198"/>
        <source>Sort:</source>
        <translation>Sorteren:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="201"/>
        <source>Code with:</source>
        <translation>Coderen met:</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="220"/>
        <source>all texts</source>
        <translation>alle teksten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="220"/>
        <source>all coded passages</source>
        <translation>alle gecodeerde fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="279"/>
        <source>Choose a code under Text to compare it with the rest.</source>
        <translation>Kies bij Tekst een code om die met de rest te vergelijken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="333"/>
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n keer gevonden</numerusform>
            <numerusform>%n keer gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="356"/>
        <source>Code keyword lines</source>
        <translation>Trefwoordregels coderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="359"/>
        <source>%n passage(s) coded (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>%n fragment gecodeerd (Ctrl+Z om ongedaan te maken)</numerusform>
            <numerusform>%n fragmenten gecodeerd (Ctrl+Z om ongedaan te maken)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="373"/>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="380"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="381"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv);;Word table (*.docx)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-tabel (*.csv);;Word-tabel (*.docx)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="382"/>
        <source>keyword in context</source>
        <translation>trefwoord in context</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="394"/>
        <source>Leave out as stop word</source>
        <translation>Weglaten als stopwoord</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="400"/>
        <source>Add stop words</source>
        <translation>Stopwoorden toevoegen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis/words_tab.py" line="409"/>
        <source>Stop words</source>
        <translation>Stopwoorden</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../qdacoder/ui/common/keys.py" line="64"/>
        <source>everywhere</source>
        <translation>overal</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/keys.py" line="66"/>
        <source>in {where}</source>
        <translation>in {where}</translation>
    </message>
</context>
<context>
    <name>qdacoder</name>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="19"/>
        <location filename="../../qdacoder/core/events.py" line="150"/>
        <location filename="../../qdacoder/core/events.py" line="161"/>
        <source>This case no longer exists.</source>
        <translation>Deze casus bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="32"/>
        <source>A case needs a name.</source>
        <translation>Een casus moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="35"/>
        <location filename="../../qdacoder/core/cases.py" line="52"/>
        <source>There is already a case named “{name}”.</source>
        <translation>Er is al een casus met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="82"/>
        <source>A case cannot be merged into itself.</source>
        <translation>Een casus kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/coders.py" line="28"/>
        <source>A coder needs a name.</source>
        <translation>Een codeur moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="59"/>
        <source>This code no longer exists.</source>
        <translation>Deze code bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="119"/>
        <source>“{path}” is not a valid code path.</source>
        <translation>“{path}” is geen geldig codepad.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="174"/>
        <source>A code needs a name.</source>
        <translation>Een code moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="177"/>
        <source>A code name cannot contain “/”: “{name}”.</source>
        <translation>Een codenaam mag geen “/” bevatten: “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="181"/>
        <source>A code name can have at most {n} characters.</source>
        <translation>Een codenaam mag hoogstens {n} tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="187"/>
        <source>There is already a code “{name}” at this place.</source>
        <translation>Er is op deze plek al een code “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="196"/>
        <source>“{color}” is not a colour; use #rrggbb.</source>
        <translation>“{color}” is geen kleur; gebruik #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="204"/>
        <source>“{valence}” is not a valence; use promoting or hindering.</source>
        <translation>“{valence}” is geen richting; gebruik promoting (bevorderend) of hindering (belemmerend).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="326"/>
        <source>“{name}” has {count} coding(s) and cannot become a category (a category groups codes and takes no codings); move its codings to a subcode first.</source>
        <translation>“{name}” heeft {count} codering(en) en kan geen categorie worden (een categorie groepeert codes en krijgt geen coderingen); verplaats de coderingen eerst naar een subcode.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="23"/>
        <location filename="../../qdacoder/core/quotes.py" line="54"/>
        <source>This coding no longer exists.</source>
        <translation>Deze codering bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/assignments.py" line="67"/>
        <location filename="../../qdacoder/exchange/merge.py" line="153"/>
        <source>This coder no longer exists.</source>
        <translation>Deze codeur bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/assignments.py" line="71"/>
        <location filename="../../qdacoder/core/cases.py" line="112"/>
        <location filename="../../qdacoder/core/codings.py" line="50"/>
        <location filename="../../qdacoder/core/documents.py" line="51"/>
        <location filename="../../qdacoder/core/documents.py" line="67"/>
        <location filename="../../qdacoder/exchange/merge.py" line="171"/>
        <source>This document no longer exists.</source>
        <translation>Dit document bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="115"/>
        <location filename="../../qdacoder/core/codings.py" line="53"/>
        <source>The passage {start}–{end} is not inside the document (0–{length}).</source>
        <translation>Het fragment {start}–{end} ligt niet binnen het document (0–{length}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="85"/>
        <source>“{name}” is a category: it groups codes and is not applied itself.</source>
        <translation>“{name}” is een categorie: die groepeert codes en wordt zelf niet toegepast.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="95"/>
        <location filename="../../qdacoder/core/codings.py" line="218"/>
        <source>This passage already has this code.</source>
        <translation>Dit fragment heeft deze code al.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="170"/>
        <source>“{kind}” is not a document kind. Choose one of: {kinds}.</source>
        <translation>“{kind}” is geen soort document. Kies uit: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="207"/>
        <source>{name}: the document has no text.</source>
        <translation>{name}: het document bevat geen tekst.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="212"/>
        <source>{name}: this text is already in the project as “{other}”.</source>
        <translation>{name}: deze tekst staat al in het project als “{other}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="255"/>
        <source>{name}: a speaker turn lies outside the text.</source>
        <translation>{name}: een spreekbeurt ligt buiten de tekst.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="282"/>
        <source>A document needs a name.</source>
        <translation>Een document moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="285"/>
        <source>There is already a document named “{name}”.</source>
        <translation>Er is al een document met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/journal.py" line="375"/>
        <source>This item no longer exists.</source>
        <translation>Dit onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/journal.py" line="449"/>
        <source>This action cannot be undone or redone: the project was changed since.</source>
        <translation>Deze actie kan niet ongedaan worden gemaakt of opnieuw worden uitgevoerd: het project is intussen gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="36"/>
        <source>{file} is read-only (the file, its folder or the medium cannot be written); nothing can be changed in it. Copy it to a folder you can write to, to work in it.</source>
        <translation>{file} is alleen-lezen (het bestand, de map of de schijf kan niet worden beschreven); er kan niets in worden gewijzigd. Kopieer het naar een map waarin u kunt schrijven om erin te werken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/backups.py" line="167"/>
        <source>{file}: the backup before this one is still being made.</source>
        <translation>{file}: de vorige back-up wordt nog gemaakt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/backups.py" line="212"/>
        <source>{file}: no backup could be made ({reason}).</source>
        <translation>{file}: er kon geen back-up worden gemaakt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/backups.py" line="247"/>
        <source>{file} has no backup number {number} (it has {count}).</source>
        <translation>{file} heeft geen back-up nummer {number} (er zijn er {count}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/backups.py" line="252"/>
        <location filename="../../qdacoder/core/project.py" line="99"/>
        <location filename="../../qdacoder/core/project.py" line="130"/>
        <location filename="../../qdacoder/core/project.py" line="154"/>
        <location filename="../../qdacoder/core/project.py" line="161"/>
        <location filename="../../qdacoder/exchange/merge.py" line="115"/>
        <location filename="../../qdacoder/exchange/pseudonymised.py" line="36"/>
        <source>{file}: a file with this name already exists.</source>
        <translation>{file}: er bestaat al een bestand met deze naam.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/backups.py" line="255"/>
        <location filename="../../qdacoder/core/project.py" line="104"/>
        <location filename="../../qdacoder/exchange/merge.py" line="119"/>
        <location filename="../../qdacoder/exchange/pseudonymised.py" line="37"/>
        <source>{file}: the folder {folder} does not exist.</source>
        <translation>{file}: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/backups.py" line="271"/>
        <source>{file}: the backup could not be restored ({reason}).</source>
        <translation>{file}: de back-up kon niet worden teruggezet ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="112"/>
        <location filename="../../qdacoder/core/project.py" line="144"/>
        <source>{file}: the project cannot be created ({reason}).</source>
        <translation>{file}: het project kan niet worden gemaakt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="188"/>
        <location filename="../../qdacoder/core/project.py" line="232"/>
        <source>{file}: the project cannot be opened ({reason}).</source>
        <translation>{file}: het project kan niet worden geopend ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="196"/>
        <location filename="../../qdacoder/core/project.py" line="202"/>
        <location filename="../../qdacoder/core/project.py" line="397"/>
        <location filename="../../qdacoder/core/project.py" line="432"/>
        <source>{file}: this is not a qdacoder project.</source>
        <translation>{file}: dit is geen qdacoder-project.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="208"/>
        <source>{file} was saved by a newer version of qdacoder. Update qdacoder to open it.</source>
        <translation>{file} is opgeslagen met een nieuwere versie van qdacoder. Werk qdacoder bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="278"/>
        <source>{file}: the change could not be saved ({reason}). Nothing was changed.</source>
        <translation>{file}: de wijziging kon niet worden opgeslagen ({reason}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="402"/>
        <source>{file} cannot be opened: it is read-only, and its last changes are still in {wal} beside it. Open it once where it can be written, or copy both files to such a place.</source>
        <translation>{file} kan niet worden geopend: het is alleen-lezen en de laatste wijzigingen staan nog in {wal} ernaast. Open het eenmaal op een plek waar het kan worden beschreven, of kopieer beide bestanden naar zo&apos;n plek.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="415"/>
        <source>{file}: the project file does not exist.</source>
        <translation>{file}: het projectbestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="419"/>
        <source>{file} is a folder, not a project file.</source>
        <translation>{file} is een map, geen projectbestand.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="426"/>
        <location filename="../../qdacoder/importers/fileio.py" line="14"/>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}: het bestand kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/demo.py" line="70"/>
        <source>Demo: the quoted passage is not in “{document}”: {quote}</source>
        <translation>Demo: het geciteerde fragment staat niet in “{document}”: {quote}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/demo.py" line="76"/>
        <source>Demo: there is no code “{path}”.</source>
        <translation>Demo: er is geen code “{path}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="55"/>
        <source>{file}: files of type {extension} cannot be imported. Supported: {supported}</source>
        <translation>{file}: bestanden van het type {extension} kunnen niet worden geïmporteerd. Ondersteund: {supported}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="58"/>
        <source>{file}: files without a file type (extension) cannot be imported. Supported: {supported}</source>
        <translation>{file}: bestanden zonder bestandstype (extensie) kunnen niet worden geïmporteerd. Ondersteund: {supported}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="18"/>
        <source>{file}: the document holds more than {limit} million characters, more than qdacoder imports as one document; split it into parts.</source>
        <translation>{file}: het document bevat meer dan {limit} miljoen tekens, meer dan qdacoder als één document importeert; splits het in delen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="41"/>
        <source>{file}: files of type {extension} are not codebook files. Supported: {supported}</source>
        <translation>{file}: bestanden van het type {extension} zijn geen codeboekbestanden. Ondersteund: {supported}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="44"/>
        <source>{file}: the file has no file type (extension), so its format is unknown. Supported: {supported}</source>
        <translation>{file}: het bestand heeft geen bestandstype (extensie), dus de indeling is onbekend. Ondersteund: {supported}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="49"/>
        <source>{file}: Word files (.docx) are for export only: a codebook can be written as a Word document but not read from one. Supported for import: {supported}</source>
        <translation>{file}: Word-bestanden (.docx) zijn alleen voor export: een codeboek kan als Word-document worden opgeslagen, maar niet uit een Word-document worden gelezen. Ondersteund voor import: {supported}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/fileio.py" line="11"/>
        <source>{file}: the file does not exist (any more).</source>
        <translation>{file}: het bestand bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/fileio.py" line="12"/>
        <source>{file}: this is a folder, not a file.</source>
        <translation>{file}: dit is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/fileio.py" line="13"/>
        <source>{file}: you are not allowed to read this file.</source>
        <translation>{file}: je hebt geen toestemming om dit bestand te lezen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/fileio.py" line="15"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="54"/>
        <source>{file}: the codebook has more than {limit} codes, more than qdacoder imports at once.</source>
        <translation>{file}: het codeboek heeft meer dan {limit} codes, meer dan qdacoder in één keer importeert.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="56"/>
        <source>{file}: the file is too large for a codebook (more than {limit} MB).</source>
        <translation>{file}: het bestand is te groot voor een codeboek (meer dan {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="59"/>
        <source>{file}: the character encoding of this file could not be recognised. Save it as UTF-8 and try again.</source>
        <translation>{file}: de tekencodering van dit bestand is niet herkend. Sla het op als UTF-8 en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="64"/>
        <source>{file}: the codebook could not be read because of an unexpected problem ({reason}).</source>
        <translation>{file}: het codeboek kon niet worden gelezen door een onverwacht probleem ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="70"/>
        <source>{file}: a codebook cannot be exported as {extension}. Supported: {supported}</source>
        <translation>{file}: een codeboek kan niet als {extension} worden geëxporteerd. Ondersteund: {supported}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="73"/>
        <source>{file}: the folder to write this file in does not exist (any more).</source>
        <translation>{file}: de map om dit bestand in op te slaan bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="76"/>
        <source>{file}: the file cannot be written: you are not allowed to write there, or another program (such as Excel or Word) has the file open.</source>
        <translation>{file}: het bestand kan niet worden opgeslagen: je hebt daar geen schrijfrechten, of een ander programma (zoals Excel of Word) heeft het bestand open.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="81"/>
        <source>{file}: the file cannot be written ({reason}).</source>
        <translation>{file}: het bestand kan niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="82"/>
        <source>{file}: the codebook cannot be exported because it is not valid ({reason}); no file was written.</source>
        <translation>{file}: het codeboek kan niet worden geëxporteerd omdat het niet geldig is ({reason}); er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="87"/>
        <source>{file}: the codebook could not be exported because of an unexpected problem ({reason}); no file was written.</source>
        <translation>{file}: het codeboek kon niet worden geëxporteerd door een onverwacht probleem ({reason}); er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="95"/>
        <source>{file}: the project cannot be exported because the file would not follow the REFI-QDA standard ({reason}); no file was written.</source>
        <translation>{file}: het project kan niet worden geëxporteerd, omdat het bestand niet aan de REFI-QDA-standaard zou voldoen ({reason}); er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="100"/>
        <location filename="../../qdacoder/importers/__init__.py" line="62"/>
        <source>{file}: the file is too large to import (more than {limit} MB).</source>
        <translation>{file}: het bestand is te groot om te importeren (meer dan {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="103"/>
        <source>{file}: this is not a REFI-QDA project (.qdpx): it is not a ZIP archive.</source>
        <translation>{file}: dit is geen REFI-QDA-project (.qdpx): het is geen ZIP-archief.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="106"/>
        <source>{file}: this is not a REFI-QDA project (.qdpx): it holds no project.qde.</source>
        <translation>{file}: dit is geen REFI-QDA-project (.qdpx): er zit geen project.qde in.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="109"/>
        <source>{file}: the file is damaged: a part of it cannot be unpacked ({member}).</source>
        <translation>{file}: het bestand is beschadigd: een deel ervan kan niet worden uitgepakt ({member}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="112"/>
        <source>{file}: the file unpacks to more than {limit} MB, holds too many parts, or a part unpacks to far more than it takes in the file ({member}); it is refused for safety.</source>
        <translation>{file}: het bestand wordt uitgepakt groter dan {limit} MB, bevat te veel delen, of een deel wordt uitgepakt veel groter dan het in het bestand is ({member}); het wordt voor de veiligheid geweigerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="117"/>
        <source>{file}: the file declares XML entities (in a DTD), which REFI-QDA projects never need; it is refused for safety.</source>
        <translation>{file}: het bestand declareert XML-entiteiten (in een DTD), die REFI-QDA-projecten nooit nodig hebben; het wordt voor de veiligheid geweigerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="122"/>
        <source>{file}: not a REFI-QDA project (project.qde starts with &lt;{found}&gt; instead of &lt;Project&gt; of urn:QDA-XML:project:1.0).</source>
        <translation>{file}: geen REFI-QDA-project (project.qde begint met &lt;{found}&gt; in plaats van &lt;Project&gt; van urn:QDA-XML:project:1.0).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="127"/>
        <source>{file}, line {line}: the text of the source “{name}” is not UTF-8, as REFI-QDA requires (byte {position}).</source>
        <translation>{file}, regel {line}: de tekst van de bron “{name}” is geen UTF-8, zoals REFI-QDA vereist (byte {position}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="132"/>
        <source>{file}, line {line}: the selection {start}–{end} lies outside the text of “{name}” (0–{length} characters).</source>
        <translation>{file}, regel {line}: het fragment {start}–{end} ligt buiten de tekst van “{name}” (0–{length} tekens).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="137"/>
        <source>{file}, line {line}: the selection has no valid start and end position.</source>
        <translation>{file}, regel {line}: het fragment heeft geen geldige begin- en eindpositie.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="140"/>
        <source>{file}, line {line}: the coding refers to a code that does not exist ({guid}).</source>
        <translation>{file}, regel {line}: de codering verwijst naar een code die niet bestaat ({guid}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="143"/>
        <source>{file}, line {line}: the case refers to a source or selection that does not exist ({guid}).</source>
        <translation>{file}, regel {line}: de casus verwijst naar een bron of fragment dat niet bestaat ({guid}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="147"/>
        <source>{file}, line {line}: the value refers to a variable that does not exist ({guid}).</source>
        <translation>{file}, regel {line}: de waarde verwijst naar een kenmerk dat niet bestaat ({guid}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_common.py" line="150"/>
        <source>{file}: the project could not be imported because of an unexpected problem ({reason}); no project was created.</source>
        <translation>{file}: het project kon door een onverwacht probleem niet worden geïmporteerd ({reason}); er is geen project gemaakt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="65"/>
        <source>{file}: the file could not be imported because of an unexpected problem ({reason}).</source>
        <translation>{file}: het bestand kon niet worden geïmporteerd door een onverwacht probleem ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/archive.py" line="39"/>
        <source>{file}: the file contains an item whose name points outside the file ({member}); it is refused for safety.</source>
        <translation>{file}: het bestand bevat een onderdeel waarvan de naam buiten het bestand wijst ({member}); het wordt voor de veiligheid geweigerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/archive.py" line="44"/>
        <source>{file}: the file unpacks to more than {limit} MB (or holds too many parts); it is refused for safety.</source>
        <translation>{file}: het bestand wordt uitgepakt tot meer dan {limit} MB (of bevat te veel onderdelen); het wordt voor de veiligheid geweigerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/archive.py" line="49"/>
        <source>{file}: the document&apos;s text and layout unpack to more than {limit} MB, more than qdacoder imports as one document; split it into parts.</source>
        <translation>{file}: de tekst en opmaak van het document zijn uitgepakt groter dan {limit} MB, meer dan qdacoder als één document importeert; splits het in delen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/cleanup.py" line="25"/>
        <source>{file}: the file contains no text.</source>
        <translation>{file}: het bestand bevat geen tekst.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/docx.py" line="49"/>
        <source>{file}: this is not a valid Word document (the file is damaged or is not a .docx).</source>
        <translation>{file}: dit is geen geldig Word-document (het bestand is beschadigd of is geen .docx).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/docx.py" line="53"/>
        <source>{file}: this is an old Word document (.doc) or a password-protected document. Open it in Word, remove any password and save it as .docx.</source>
        <translation>{file}: dit is een oud Word-document (.doc) of een document met een wachtwoord. Open het in Word, verwijder een eventueel wachtwoord en sla het op als .docx.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/odt.py" line="42"/>
        <source>{file}: this is not a valid OpenDocument text (the file is damaged or is not an .odt).</source>
        <translation>{file}: dit is geen geldige OpenDocument-tekst (het bestand is beschadigd of is geen .odt).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/odt.py" line="46"/>
        <source>{file}: this document is protected with a password. Save a copy without password and try again.</source>
        <translation>{file}: dit document is beveiligd met een wachtwoord. Sla een kopie op zonder wachtwoord en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="43"/>
        <source>{file}: this is not a PDF file.</source>
        <translation>{file}: dit is geen PDF-bestand.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="44"/>
        <source>{file}: this PDF is damaged and cannot be read ({reason}).</source>
        <translation>{file}: deze PDF is beschadigd en kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="47"/>
        <source>{file}: this PDF is protected with a password. Save a copy without password and try again.</source>
        <translation>{file}: deze PDF is beveiligd met een wachtwoord. Sla een kopie op zonder wachtwoord en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="52"/>
        <source>{file}: this PDF is encrypted in a way that cannot be read here. Print or save it as a new PDF without protection and try again.</source>
        <translation>{file}: deze PDF is versleuteld op een manier die hier niet kan worden gelezen. Druk hem af of sla hem op als nieuwe PDF zonder beveiliging en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="57"/>
        <source>{file}: this PDF has no text layer; it is probably a scan. Run text recognition (OCR) first.</source>
        <translation>{file}: deze PDF heeft geen tekstlaag; het is waarschijnlijk een scan. Laat er eerst tekstherkenning (OCR) op uitvoeren.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/rtf.py" line="39"/>
        <source>{file}: this is not an RTF file (it does not start with the RTF header).</source>
        <translation>{file}: dit is geen RTF-bestand (het begint niet met de RTF-header).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/rtf.py" line="42"/>
        <source>{file}: this RTF file is damaged and cannot be read.</source>
        <translation>{file}: dit RTF-bestand is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/text.py" line="26"/>
        <source>{file}: this looks like a binary file, not text.</source>
        <translation>{file}: dit lijkt een binair bestand, geen tekst.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/text.py" line="27"/>
        <source>{file}: the character encoding of this text file could not be recognised. Save it as UTF-8 and try again.</source>
        <translation>{file}: de tekencodering van dit tekstbestand is niet herkend. Sla het op als UTF-8 en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="249"/>
        <location filename="../../qdacoder/reports/quotes.py" line="43"/>
        <location filename="../../qdacoder/ui/common/texts.py" line="16"/>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="250"/>
        <location filename="../../qdacoder/reports/quotes.py" line="44"/>
        <location filename="../../qdacoder/ui/common/texts.py" line="17"/>
        <source>field note</source>
        <translation>veldnotitie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="251"/>
        <location filename="../../qdacoder/reports/quotes.py" line="45"/>
        <location filename="../../qdacoder/ui/common/texts.py" line="18"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="252"/>
        <location filename="../../qdacoder/reports/quotes.py" line="46"/>
        <location filename="../../qdacoder/ui/common/texts.py" line="19"/>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="253"/>
        <location filename="../../qdacoder/core/names.py" line="37"/>
        <location filename="../../qdacoder/reports/quotes.py" line="47"/>
        <location filename="../../qdacoder/ui/common/texts.py" line="20"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="51"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="52"/>
        <source>respondent unknown: attributed to the document kind</source>
        <translation>respondent onbekend: toegeschreven aan de soort document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="53"/>
        <source>{document}, chars {start}–{end}</source>
        <translation>{document}, tekens {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="54"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/errors.py" line="71"/>
        <source>Something went wrong</source>
        <translation>Er is iets misgegaan</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/common/errors.py" line="72"/>
        <source>qdacoder ran into an unexpected problem. Your work so far is saved. The details were written to {log}.</source>
        <translation>qdacoder is op een onverwacht probleem gestuit. Je werk tot nu toe is opgeslagen. De details zijn weggeschreven naar {log}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/app.py" line="51"/>
        <source>Starting...</source>
        <translation>Bezig met starten...</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/app.py" line="90"/>
        <source>Welcome to qdacoder</source>
        <translation>Welkom bij qdacoder</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/app.py" line="91"/>
        <source>Your name as coder (shown with every coding you make; you can change it in the Project menu):</source>
        <translation>Je naam als codeur (wordt getoond bij elke codering die je maakt; je kunt hem wijzigen in het menu Project):</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="43"/>
        <source>“{name}” cannot be moved into itself or one of its subcodes.</source>
        <translation>“{name}” kan niet worden verplaatst naar zichzelf of een van de subcodes.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="59"/>
        <source>“{name}” cannot be merged into itself or one of its subcodes.</source>
        <translation>“{name}” kan niet worden samengevoegd met zichzelf of een van de subcodes.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="74"/>
        <source>“{name}” is a category: it groups codes and cannot take codings.</source>
        <translation>“{name}” is een categorie: die groepeert codes en kan geen coderingen krijgen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="106"/>
        <source>“{name}” is at the top level: there is no parent to move its codings to.</source>
        <translation>“{name}” staat op het bovenste niveau: er is geen bovenliggende code om de coderingen naartoe te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/analysis.py" line="239"/>
        <location filename="../../qdacoder/cli/codebook.py" line="31"/>
        <source>There is no code “{path}”.</source>
        <translation>Er is geen code “{path}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="49"/>
        <location filename="../../qdacoder/exchange/__init__.py" line="50"/>
        <source>qdacoder YAML</source>
        <translation>qdacoder YAML</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="51"/>
        <source>CSV, one row per code</source>
        <translation>CSV, één rij per code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="52"/>
        <source>Excel, one row per code</source>
        <translation>Excel, één rij per code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="53"/>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA-codeboek</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="54"/>
        <source>Word (export only)</source>
        <translation>Word (alleen export)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="31"/>
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="32"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="92"/>
        <source>Inclusion criteria</source>
        <translation>Inclusiecriteria</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="33"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="93"/>
        <source>Exclusion criteria</source>
        <translation>Exclusiecriteria</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="34"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="94"/>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="35"/>
        <source>Category (groups codes; not applied itself)</source>
        <translation>Categorie (groepeert codes; wordt zelf niet toegepast)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="36"/>
        <source>Default valence</source>
        <translation>Standaardrichting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="247"/>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="37"/>
        <location filename="../../qdacoder/reports/charts.py" line="53"/>
        <location filename="../../qdacoder/reports/coded_document.py" line="58"/>
        <location filename="../../qdacoder/reports/quotes.py" line="48"/>
        <location filename="../../qdacoder/reports/table_export.py" line="99"/>
        <source>promoting</source>
        <translation>bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="248"/>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="38"/>
        <location filename="../../qdacoder/reports/charts.py" line="54"/>
        <location filename="../../qdacoder/reports/coded_document.py" line="59"/>
        <location filename="../../qdacoder/reports/quotes.py" line="49"/>
        <location filename="../../qdacoder/reports/table_export.py" line="100"/>
        <source>hindering</source>
        <translation>belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="54"/>
        <source>{file}: not a valid XML file (line {line}: {reason}).</source>
        <translation>{file}: geen geldig XML-bestand (regel {line}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="57"/>
        <source>{file}: not a REFI-QDA codebook (the file starts with &lt;{found}&gt; instead of &lt;CodeBook&gt; of urn:QDA-XML:codebook:1.0).</source>
        <translation>{file}: geen REFI-QDA-codeboek (het bestand begint met &lt;{found}&gt; in plaats van &lt;CodeBook&gt; van urn:QDA-XML:codebook:1.0).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="62"/>
        <source>{file}: the file declares XML entities (in a DTD), which REFI-QDA codebooks never need; it is refused for safety.</source>
        <translation>{file}: het bestand declareert XML-entiteiten (in een DTD), die REFI-QDA-codeboeken nooit nodig hebben; het wordt voor de veiligheid geweigerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="67"/>
        <source>{file}: the codebook has no codes, and a REFI-QDA codebook needs at least one; no file was written.</source>
        <translation>{file}: het codeboek heeft geen codes, en een REFI-QDA-codeboek moet er minstens één hebben; er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="73"/>
        <source>{file}, line {line}: a &lt;Code&gt; has no name.</source>
        <translation>{file}, regel {line}: een &lt;Code&gt; heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="74"/>
        <source>{file}: skipped {n} set(s) of codes, as qdacoder has no sets: {names}.</source>
        <translation>{file}: {n} set(s) van codes overgeslagen, want qdacoder kent geen sets: {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="77"/>
        <source>{file}, line {line}: isCodable=&quot;{value}&quot; is not true or false.</source>
        <translation>{file}, regel {line}: isCodable=&quot;{value}&quot; is niet true of false.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="81"/>
        <source>{file}, row 1: the first row must name the columns (at least “path”); known columns: {known}.</source>
        <translation>{file}, rij 1: de eerste rij moet de kolommen benoemen (minstens “path”); bekende kolommen: {known}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="86"/>
        <source>{file}, row 1: there is no column “path” (the code&apos;s names from the root, joined with “/”); known columns: {known}.</source>
        <translation>{file}, rij 1: er is geen kolom “path” (de namen van de code vanaf de hoofdcode, verbonden met “/”); bekende kolommen: {known}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="72"/>
        <source>{file}: events are read from and written to .csv and .xlsx files, not {extension}.</source>
        <translation>{file}: gebeurtenissen worden gelezen uit en opgeslagen in .csv- en .xlsx-bestanden, niet {extension}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="74"/>
        <source>{file}: the file is too large for a table of events (more than {limit} MB).</source>
        <translation>{file}: het bestand is te groot voor een tabel met gebeurtenissen (meer dan {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="75"/>
        <source>{file}, row 1: the first row must name the columns; known columns: {known}.</source>
        <translation>{file}, rij 1: de eerste rij moet de kolommen benoemen; bekende kolommen: {known}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="76"/>
        <source>{file}, row 1: there is no column “{column}”; known columns: {known}.</source>
        <translation>{file}, rij 1: er is geen kolom “{column}”; bekende kolommen: {known}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="78"/>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="91"/>
        <source>{file}, row 1: unknown column “{column}”; known columns: {known}.</source>
        <translation>{file}, rij 1: onbekende kolom “{column}”; bekende kolommen: {known}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="79"/>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="94"/>
        <source>{file}, row 1: the column “{column}” appears twice.</source>
        <translation>{file}, rij 1: de kolom “{column}” komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="80"/>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="97"/>
        <source>{file}, row {row}, column {number}: this cell has a value, but its column has no name in the first row.</source>
        <translation>{file}, rij {row}, kolom {number}: deze cel heeft een waarde, maar de kolom heeft geen naam in de eerste rij.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="86"/>
        <source>A row needs the name of its case.</source>
        <translation>Een rij moet de naam van de casus bevatten.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="87"/>
        <source>“{value}” is not a precision. Choose one of: day, month, year, age (dag, maand, jaar, leeftijd).</source>
        <translation>“{value}” is geen precisie. Kies uit: dag, maand, jaar, leeftijd (day, month, year, age).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="89"/>
        <source>“{value}” is not a date (2015-03-12, 2015-03, 2015) or an age (8 or 8,5); write it so, or give its precision.</source>
        <translation>“{value}” is geen datum (2015-03-12, 2015-03, 2015) of leeftijd (8 of 8,5); schrijf het zo, of geef de precisie op.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="91"/>
        <source>“{value}” is not yes or no (ja/nee, 1/0).</source>
        <translation>“{value}” is niet ja of nee (ja/nee, 1/0).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="102"/>
        <source>{file}, row {row}, column “{column}”: the path is empty.</source>
        <translation>{file}, rij {row}, kolom “{column}”: het pad is leeg.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="105"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a valid path; it is the names from the root joined with “/”, and no name may be empty.</source>
        <translation>{file}, rij {row}, kolom “{column}”: “{value}” is geen geldig pad; een pad bestaat uit de namen vanaf de hoofdcode, verbonden met “/”, en geen naam mag leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="58"/>
        <source>{file}, row {row}: this row cannot be read as CSV ({reason}).</source>
        <translation>{file}, rij {row}: deze rij kan niet als CSV worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="61"/>
        <source>{file}: this is not a text (CSV) file; it looks like a binary file.</source>
        <translation>{file}: dit is geen tekstbestand (CSV); het lijkt een binair bestand.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="64"/>
        <source>{file}: this is not a valid Excel workbook (the file is damaged or is not an .xlsx).</source>
        <translation>{file}: dit is geen geldige Excel-werkmap (het bestand is beschadigd of is geen .xlsx).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="68"/>
        <source>{file}: this is an old Excel workbook (.xls) or a password-protected one. Open it in Excel, remove any password and save it as .xlsx.</source>
        <translation>{file}: dit is een oude Excel-werkmap (.xls) of een werkmap met een wachtwoord. Open hem in Excel, verwijder een eventueel wachtwoord en sla hem op als .xlsx.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="73"/>
        <source>{file}: the workbook unpacks to more than {limit} MB (or holds too many parts); it is refused for safety.</source>
        <translation>{file}: de werkmap wordt uitgepakt tot meer dan {limit} MB (of bevat te veel onderdelen); hij wordt voor de veiligheid geweigerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="79"/>
        <source>{file}: the table has more than {limit} rows under its header; split it into smaller tables.</source>
        <translation>{file}: de tabel heeft meer dan {limit} rijen onder de kopregel; splits hem in kleinere tabellen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="89"/>
        <source>{file}, line {line}: a code has no name.</source>
        <translation>{file}, regel {line}: een code heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="90"/>
        <source>{file}, row {row}, column “{column}”: a code has no name.</source>
        <translation>{file}, rij {row}, kolom “{column}”: een code heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="93"/>
        <source>{file}, line {line}: the name “{name}” contains “/”, which separates the names in a path; use another character.</source>
        <translation>{file}, regel {line}: de naam “{name}” bevat “/”, dat de namen in een pad scheidt; gebruik een ander teken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="98"/>
        <source>{file}, row {row}, column “{column}”: the name “{name}” contains “/”, which separates the names in a path; use another character.</source>
        <translation>{file}, rij {row}, kolom “{column}”: de naam “{name}” bevat “/”, dat de namen in een pad scheidt; gebruik een ander teken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="105"/>
        <source>{file}, line {line}: the name “{name}” is longer than {limit} characters.</source>
        <translation>{file}, regel {line}: de naam “{name}” is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="108"/>
        <source>{file}, row {row}, column “{column}”: the name “{name}” is longer than {limit} characters.</source>
        <translation>{file}, rij {row}, kolom “{column}”: de naam “{name}” is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="115"/>
        <source>{file}, line {line}: the code “{path}” appears twice (also at line {other}); codes with the same parent need different names (upper and lower case count as the same).</source>
        <translation>{file}, regel {line}: de code “{path}” komt twee keer voor (ook op regel {other}); codes met dezelfde bovenliggende code moeten verschillende namen hebben (hoofdletters en kleine letters tellen als gelijk).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="120"/>
        <source>{file}, row {row}: the code “{path}” appears twice (also in row {other}); codes with the same parent need different names (upper and lower case count as the same).</source>
        <translation>{file}, rij {row}: de code “{path}” komt twee keer voor (ook in rij {other}); codes met dezelfde bovenliggende code moeten verschillende namen hebben (hoofdletters en kleine letters tellen als gelijk).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="127"/>
        <source>{file}, line {line}: “{value}” is not a colour; use #rrggbb.</source>
        <translation>{file}, regel {line}: “{value}” is geen kleur; gebruik #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="128"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a colour; use #rrggbb.</source>
        <translation>{file}, rij {row}, kolom “{column}”: “{value}” is geen kleur; gebruik #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="133"/>
        <source>{file}, line {line}: “{value}” is not a valence; use one of: {accepted}.</source>
        <translation>{file}, regel {line}: “{value}” is geen richting; gebruik een van: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="136"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a valence; use one of: {accepted}.</source>
        <translation>{file}, rij {row}, kolom “{column}”: “{value}” is geen richting; gebruik een van: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="143"/>
        <source>{file}, line {line}: “{value}” is not a GUID (32 hexadecimal digits in groups of 8-4-4-4-12, like 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).</source>
        <translation>{file}, regel {line}: “{value}” is geen GUID (32 hexadecimale cijfers in groepen van 8-4-4-4-12, zoals 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="148"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a GUID (32 hexadecimal digits in groups of 8-4-4-4-12, like 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).</source>
        <translation>{file}, rij {row}, kolom “{column}”: “{value}” is geen GUID (32 hexadecimale cijfers in groepen van 8-4-4-4-12, zoals 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="155"/>
        <source>{file}, line {line}: the GUID “{value}” is used twice (also at line {other}); every code needs its own.</source>
        <translation>{file}, regel {line}: de GUID “{value}” wordt twee keer gebruikt (ook op regel {other}); elke code heeft een eigen GUID nodig.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="160"/>
        <source>{file}, row {row}, column “{column}”: the GUID “{value}” is used twice (also in row {other}); every code needs its own.</source>
        <translation>{file}, rij {row}, kolom “{column}”: de GUID “{value}” wordt twee keer gebruikt (ook in rij {other}); elke code heeft een eigen GUID nodig.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="167"/>
        <source>{file}, line {line}: “{value}” is not yes or no; write true or false.</source>
        <translation>{file}, regel {line}: “{value}” is niet ja of nee; schrijf true of false.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="170"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not yes or no; write yes, no, or leave the cell empty.</source>
        <translation>{file}, rij {row}, kolom “{column}”: “{value}” is niet ja of nee; schrijf ja of nee, of laat de cel leeg.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="44"/>
        <source>{file}, line {line}: this is not valid YAML ({reason}).</source>
        <translation>{file}, regel {line}: dit is geen geldige YAML ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="45"/>
        <source>{file}: the file holds no codebook (it is empty or has only comments).</source>
        <translation>{file}: het bestand bevat geen codeboek (het is leeg of bevat alleen commentaar).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="48"/>
        <source>{file}, line {line}: this is not a codebook; the file should start with “codebook:”, “description:” and “codes:”, or be a list of codes (“- name: ...”).</source>
        <translation>{file}, regel {line}: dit is geen codeboek; het bestand moet beginnen met “codebook:”, “description:” en “codes:”, of een lijst met codes zijn (“- name: ...”).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="53"/>
        <source>{file}, line {line}: unknown key “{key}”; known keys: {known}.</source>
        <translation>{file}, regel {line}: onbekende sleutel “{key}”; bekende sleutels: {known}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="56"/>
        <source>{file}, line {line}: the key “{key}” appears twice (also at line {other}).</source>
        <translation>{file}, regel {line}: de sleutel “{key}” komt twee keer voor (ook op regel {other}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="59"/>
        <source>{file}, line {line}: the value of “{key}” must be text, not a list or mapping.</source>
        <translation>{file}, regel {line}: de waarde van “{key}” moet tekst zijn, geen lijst of mapping.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="62"/>
        <source>{file}, line {line}: “codes” must be a list of codes, each starting with “- name:”.</source>
        <translation>{file}, regel {line}: “codes” moet een lijst met codes zijn, elk beginnend met “- name:”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="66"/>
        <source>{file}, line {line}: expected a code here: a mapping with at least “name:”, such as “- name: Wachtlijsten”.</source>
        <translation>{file}, regel {line}: hier werd een code verwacht: een mapping met minstens “name:”, zoals “- name: Wachtlijsten”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="71"/>
        <source>{file}, line {line}: this code has no “name”.</source>
        <translation>{file}, regel {line}: deze code heeft geen “name”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="72"/>
        <source>{file}, line {line}: anchors and aliases (&amp; and *) are not supported in codebook files; write the code out in full.</source>
        <translation>{file}, regel {line}: ankers en aliassen (&amp; en *) worden in codeboekbestanden niet ondersteund; schrijf de code volledig uit.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="77"/>
        <source>{file}, line {line}: the value of “{key}” holds an escape such as \ud800 that is not a character (half of a pair); write the character itself.</source>
        <translation>{file}, regel {line}: de waarde van “{key}” bevat een escape zoals \ud800 die geen teken is (de helft van een paar); schrijf het teken zelf.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="82"/>
        <source>{file}, line {line}: the codes are nested more than {limit} levels deep.</source>
        <translation>{file}, regel {line}: de codes zijn meer dan {limit} niveaus diep genest.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="85"/>
        <source>{file}, line {line}: put the colour in quotes, like color: &quot;#2e7d32&quot;; without quotes YAML reads everything after # as a comment.</source>
        <translation>{file}, regel {line}: zet de kleur tussen aanhalingstekens, zoals color: &quot;#2e7d32&quot;; zonder aanhalingstekens leest YAML alles na # als commentaar.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/starters.py" line="26"/>
        <source>There is no starter codebook “{name}”. Choose one of: {names}.</source>
        <translation>Er is geen startcodeboek “{name}”. Kies uit: {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="32"/>
        <source>no values</source>
        <translation>geen waarden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="33"/>
        <source>(the percentages do not add up to 100% through rounding)</source>
        <translation>(telt door afronding niet op tot 100%)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="35"/>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="56"/>
        <source>n = {n} cases</source>
        <translation>n = {n} casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="36"/>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="55"/>
        <source>n = {n} documents</source>
        <translation>n = {n} documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="37"/>
        <source>n = {n} respondents</source>
        <translation>n = {n} respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="40"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="97"/>
        <source>Summary of the cases</source>
        <translation>Samenvatting van de casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="41"/>
        <source>Summary of the documents</source>
        <translation>Samenvatting van de documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="42"/>
        <source>Summary of the respondents</source>
        <translation>Samenvatting van de respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="153"/>
        <source>living places (timeline)</source>
        <translation>woon- en verblijfplekken (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="154"/>
        <source>living places outside the family (timeline)</source>
        <translation>verblijfplekken buiten het gezin (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="155"/>
        <source>schools (timeline)</source>
        <translation>scholen (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="156"/>
        <source>help trajectories (timeline)</source>
        <translation>hulptrajecten (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="157"/>
        <source>age at first help (timeline)</source>
        <translation>leeftijd bij eerste hulp (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/memos.py" line="30"/>
        <source>There is nothing called “{name}” to write a memo on.</source>
        <translation>Er is niets met de naam “{name}” om een memo bij te schrijven.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/timeline.py" line="22"/>
        <source>There is no case “{name}”.</source>
        <translation>Er is geen casus “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="54"/>
        <source>This attribute no longer exists.</source>
        <translation>Dit kenmerk bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="70"/>
        <source>An attribute needs a name.</source>
        <translation>Een kenmerk moet een naam hebben.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="72"/>
        <source>There is already an attribute “{name}”.</source>
        <translation>Er is al een kenmerk “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="76"/>
        <source>The category attribute “{name}” needs its list of values.</source>
        <translation>Het categoriekenmerk “{name}” heeft een lijst met waarden nodig.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="142"/>
        <source>“{value}” is not one of the values of “{name}”: {values}.</source>
        <translation>“{value}” is niet een van de waarden van “{name}”: {values}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="149"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="150"/>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="151"/>
        <source>a date (YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>een datum (JJJJ-MM-DD of DD-MM-JJJJ)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="153"/>
        <source>“{value}” is not {kind}, as “{name}” needs.</source>
        <translation>“{value}” past niet bij “{name}”: verwacht {kind}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="196"/>
        <location filename="../../qdacoder/reports/saturation.py" line="91"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="197"/>
        <location filename="../../qdacoder/reports/saturation.py" line="92"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="68"/>
        <source>This event no longer exists.</source>
        <translation>Deze gebeurtenis bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="76"/>
        <source>An event needs a start.</source>
        <translation>Een gebeurtenis moet een begin hebben.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="81"/>
        <source>“{value}” does not fit the precision “{precision}” (day: 2015-03-12, month: 2015-03, year: 2015, age: 8 or 8.5).</source>
        <translation>“{value}” past niet bij de precisie “{precision}” (dag: 2015-03-12, maand: 2015-03, jaar: 2015, leeftijd: 8 of 8,5).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="91"/>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” is geen datum.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="102"/>
        <source>“{lane}” is not a lane. Choose one of: {lanes}.</source>
        <translation>“{lane}” is geen baan. Kies uit: {lanes}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="111"/>
        <source>An event cannot end ({end}) before it starts ({start}).</source>
        <translation>Een gebeurtenis kan niet eindigen ({end}) voordat ze begint ({start}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="120"/>
        <source>“{care}” is not a type of help. Choose one of: {types}.</source>
        <translation>“{care}” is geen soort hulp. Kies uit: {types}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/memos.py" line="48"/>
        <source>This memo no longer exists.</source>
        <translation>Deze memo bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/memos.py" line="58"/>
        <source>An empty memo is not saved.</source>
        <translation>Een lege memo wordt niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/respondents.py" line="41"/>
        <source>This respondent no longer exists.</source>
        <translation>Deze respondent bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/respondents.py" line="48"/>
        <source>A respondent needs a label.</source>
        <translation>Een respondent moet een label hebben.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/respondents.py" line="52"/>
        <source>This case already has a respondent “{label}”.</source>
        <translation>Deze casus heeft al een respondent “{label}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/respondents.py" line="146"/>
        <source>Give at least one respondent role.</source>
        <translation>Geef ten minste één rol voor respondenten.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="59"/>
        <source>{file}: an attribute table is a .csv or .xlsx file, not {extension}.</source>
        <translation>{file}: een kenmerkentabel is een .csv- of .xlsx-bestand, geen {extension}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="60"/>
        <source>{file}: the file is too large for an attribute table (more than {limit} MB).</source>
        <translation>{file}: het bestand is te groot voor een kenmerkentabel (meer dan {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="61"/>
        <source>{file}, row 1: the first row must name the columns: first “{key}”, then one column per attribute.</source>
        <translation>{file}, rij 1: de eerste rij moet de kolommen benoemen: eerst “{key}”, dan één kolom per kenmerk.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="63"/>
        <source>{file}, row 1: the first column is “{column}”, but this table is read as one with a row per {key}.</source>
        <translation>{file}, rij 1: de eerste kolom is “{column}”, maar deze tabel wordt gelezen met één rij per {key}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="65"/>
        <source>{file}, row 1: the first column must name the {key} of each row, but it is the attribute “{column}”.</source>
        <translation>{file}, rij 1: de eerste kolom moet per rij de naam noemen ({key}), maar het is het kenmerk “{column}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="67"/>
        <source>{file}, row 1: the table has {count} columns; at most {limit} can be imported at once.</source>
        <translation>{file}, rij 1: de tabel heeft {count} kolommen; er kunnen er hoogstens {limit} tegelijk worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="69"/>
        <source>{file}: the table has more than {limit} values (rows times attribute columns); split it into smaller tables.</source>
        <translation>{file}: de tabel heeft meer dan {limit} waarden (rijen maal kenmerkkolommen); splits hem in kleinere tabellen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="72"/>
        <location filename="../../qdacoder/exchange/event_table.py" line="83"/>
        <source>{file}: nothing was imported, because of {count} problem(s):
{listed}</source>
        <translation>{file}: er is niets geïmporteerd, vanwege {count} probleem/problemen:
{listed}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="73"/>
        <location filename="../../qdacoder/exchange/event_table.py" line="84"/>
        <source>row {row}, column “{column}”: {reason}</source>
        <translation>rij {row}, kolom “{column}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="74"/>
        <location filename="../../qdacoder/exchange/event_table.py" line="85"/>
        <source>and {count} more.</source>
        <translation>en nog {count}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="75"/>
        <source>this cell has a value, but its column has no name in the first row.</source>
        <translation>deze cel heeft een waarde, maar de kolom heeft geen naam in de eerste rij.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="76"/>
        <source>this column appears twice (also column {other}).</source>
        <translation>deze kolom komt twee keer voor (ook kolom {other}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="77"/>
        <source>the row has values but no name.</source>
        <translation>de rij heeft waarden maar geen naam.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="78"/>
        <source>“{name}” is also in row {other}.</source>
        <translation>“{name}” staat ook in rij {other}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="80"/>
        <source>there is no document “{name}” in the project.</source>
        <translation>er is geen document “{name}” in het project.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="81"/>
        <source>there is no respondent “{name}” in the project (write “case name/label”, or the label alone).</source>
        <translation>er is geen respondent “{name}” in het project (schrijf “casusnaam/label”, of alleen het label).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="84"/>
        <source>“{name}” fits more than one {key}; write it exactly as in the project.</source>
        <translation>“{name}” komt meer dan eens voor ({key}); schrijf het precies zoals in het project.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="86"/>
        <source>case</source>
        <translation>casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="86"/>
        <location filename="../../qdacoder/reports/saturation.py" line="67"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="87"/>
        <source>respondent</source>
        <translation>respondent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="34"/>
        <source>Variable</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="34"/>
        <source>Figure</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="35"/>
        <source>n valid</source>
        <translation>n geldig</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="35"/>
        <source>n missing</source>
        <translation>n ontbrekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="36"/>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="36"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="37"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="37"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="38"/>
        <location filename="../../qdacoder/reports/table_export.py" line="76"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="39"/>
        <source>filters: {filters}</source>
        <translation>selectie: {filters}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="40"/>
        <source>written on {date}</source>
        <translation>gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="50"/>
        <source>Living</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="50"/>
        <source>School</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="51"/>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="51"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="52"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="52"/>
        <source>Life events</source>
        <translation>Levensgebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="58"/>
        <source>Episode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="59"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="60"/>
        <source>Turning point</source>
        <translation>Schakelmoment</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="61"/>
        <source>Age (years)</source>
        <translation>Leeftijd (jaren)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="62"/>
        <source>No events on this timeline yet.</source>
        <translation>Nog geen gebeurtenissen op deze tijdlijn.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="63"/>
        <source>{count} event(s) given as an age are not shown: the case has no birth date (a date attribute “geboortedatum”).</source>
        <translation>{count} gebeurtenis(sen) met een leeftijd worden niet getoond: de casus heeft geen geboortedatum (een datumkenmerk “geboortedatum”).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="65"/>
        <source>{file}: a timeline is saved as .png or .svg, not as {extension}.</source>
        <translation>{file}: een tijdlijn wordt opgeslagen als .png of .svg, niet als {extension}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="232"/>
        <location filename="../../qdacoder/reports/saturation.py" line="69"/>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="233"/>
        <source>document kinds</source>
        <translation>soorten document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="234"/>
        <location filename="../../qdacoder/core/purge.py" line="54"/>
        <location filename="../../qdacoder/core/purge.py" line="55"/>
        <source>cases</source>
        <translation>casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="235"/>
        <source>coders</source>
        <translation>codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="236"/>
        <source>valence</source>
        <translation>richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="237"/>
        <source>speaker roles</source>
        <translation>rollen van sprekers</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="238"/>
        <source>passage contains</source>
        <translation>fragment bevat</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="239"/>
        <source>No filters: all codings.</source>
        <translation>Geen filters: alle coderingen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="240"/>
        <source>No filters</source>
        <translation>Geen filters</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="241"/>
        <source>final coding (the consensus where done, each coder&apos;s own elsewhere)</source>
        <translation>definitieve codering (de consensus waar klaar, elders die van elke codeur zelf)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="242"/>
        <source>all codings of every coder</source>
        <translation>alle coderingen van elke codeur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="243"/>
        <source>codings of {names}</source>
        <translation>coderingen van {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="244"/>
        <source>reading</source>
        <translation>lezing</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="245"/>
        <location filename="../../qdacoder/reports/charts.py" line="55"/>
        <location filename="../../qdacoder/reports/quotes.py" line="50"/>
        <source>no valence</source>
        <translation>geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/retrieval.py" line="158"/>
        <source>The distance cannot be negative.</source>
        <translation>De afstand kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/cases.py" line="95"/>
        <location filename="../../qdacoder/cli/filters.py" line="95"/>
        <location filename="../../qdacoder/cli/replace.py" line="22"/>
        <location filename="../../qdacoder/cli/respondents.py" line="20"/>
        <location filename="../../qdacoder/cli/team.py" line="34"/>
        <location filename="../../qdacoder/core/replace.py" line="33"/>
        <source>There is no document named “{name}”.</source>
        <translation>Er is geen document met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/cases.py" line="92"/>
        <location filename="../../qdacoder/cli/filters.py" line="98"/>
        <location filename="../../qdacoder/cli/respondents.py" line="19"/>
        <location filename="../../qdacoder/cli/team.py" line="39"/>
        <location filename="../../qdacoder/core/replace.py" line="34"/>
        <source>There is no case named “{name}”.</source>
        <translation>Er is geen casus met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/filters.py" line="100"/>
        <location filename="../../qdacoder/cli/reading.py" line="39"/>
        <location filename="../../qdacoder/cli/team.py" line="102"/>
        <source>There is no coder named “{name}”.</source>
        <translation>Er is geen codeur met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/analysis.py" line="47"/>
        <location filename="../../qdacoder/cli/filters.py" line="120"/>
        <source>There is no attribute named “{name}”.</source>
        <translation>Er is geen kenmerk met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/search.py" line="122"/>
        <source>The search has an opening quote without a closing one: put the phrase between two quotes.</source>
        <translation>De zoekopdracht heeft een openend aanhalingsteken zonder sluitend aanhalingsteken: zet de woordgroep tussen twee aanhalingstekens.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/search.py" line="132"/>
        <source>Type one or more words to search for.</source>
        <translation>Typ een of meer woorden om naar te zoeken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/search.py" line="335"/>
        <source>The search “{query}” cannot be read ({reason}).</source>
        <translation>De zoekopdracht “{query}” kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="49"/>
        <source>overlapping passages</source>
        <translation>overlappende fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="50"/>
        <source>same document</source>
        <translation>hetzelfde document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="51"/>
        <source>same case</source>
        <translation>dezelfde casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="54"/>
        <source>n = {n} codings</source>
        <translation>n = {n} coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/crosstab.py" line="73"/>
        <source>respondent role</source>
        <translation>rol van respondent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/crosstab.py" line="74"/>
        <source>missing</source>
        <translation>ontbrekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/frequency_table.py" line="38"/>
        <source>{cases} of {total} cases, {percent}%</source>
        <translation>{cases} van {total} casussen, {percent}%</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/frequency_table.py" line="39"/>
        <source>{cases} of {total} cases</source>
        <translation>{cases} van {total} casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="56"/>
        <location filename="../../qdacoder/reports/coded_document.py" line="55"/>
        <location filename="../../qdacoder/reports/table_export.py" line="39"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="57"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="96"/>
        <location filename="../../qdacoder/reports/table_export.py" line="63"/>
        <source>Code frequencies</source>
        <translation>Codefrequenties</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="58"/>
        <location filename="../../qdacoder/reports/table_export.py" line="45"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="59"/>
        <source>Nothing to show.</source>
        <translation>Niets om te tonen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="60"/>
        <source>{file}: a chart is saved as .png or .svg, not as {extension}.</source>
        <translation>{file}: een grafiek wordt opgeslagen als .png of .svg, niet als {extension}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="46"/>
        <location filename="../../qdacoder/reports/coded_document.py" line="54"/>
        <location filename="../../qdacoder/reports/table_export.py" line="37"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="47"/>
        <source>n all coders</source>
        <translation>n alle codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="48"/>
        <source>% agreement</source>
        <translation>% overeenstemming</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="49"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="50"/>
        <source>Kappa min</source>
        <translation>Kappa min.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="50"/>
        <source>Kappa max</source>
        <translation>Kappa max.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="51"/>
        <source>Fleiss</source>
        <translation>Fleiss</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="51"/>
        <source>Brennan-Prediger</source>
        <translation>Brennan-Prediger</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="52"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="vanished">Interpretatie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="53"/>
        <source>Band (Kappa)</source>
        <translation>Interpretatie (kappa)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="54"/>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="55"/>
        <location filename="../../qdacoder/reports/saturation.py" line="80"/>
        <location filename="../../qdacoder/reports/table_export.py" line="94"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="56"/>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="57"/>
        <source>Inter-coder agreement ({level})</source>
        <translation>Overeenstemming tussen codeurs ({level})</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="58"/>
        <source>Per pair of coders</source>
        <translation>Per paar codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="59"/>
        <source>Per document, lowest agreement first</source>
        <translation>Per document, laagste overeenstemming eerst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="61"/>
        <location filename="../../qdacoder/reports/saturation.py" line="99"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="61"/>
        <source>Pairs</source>
        <translation>Paren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="64"/>
        <source>code occurrence per document</source>
        <translation>voorkomen van code per document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="65"/>
        <source>code frequency per document</source>
        <translation>frequentie van code per document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="66"/>
        <source>passage overlap</source>
        <translation>overlap van fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="67"/>
        <source>per character</source>
        <translation>per teken</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="69"/>
        <source>coders: {coders}</source>
        <translation>codeurs: {coders}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="70"/>
        <source>documents compared: {n}</source>
        <translation>vergeleken documenten: {n}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="71"/>
        <source>Left out: {n} document(s) assigned to only one of these coders ({names}).</source>
        <translation>Weggelaten: {n} document(en) toegewezen aan maar één van deze codeurs ({names}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="72"/>
        <source>No documents are assigned to {coders}: their ratings are missing everywhere.</source>
        <translation>Aan {coders} zijn geen documenten toegewezen: hun beoordelingen ontbreken overal.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="73"/>
        <source>Left out: {n} coding(s) in documents not assigned to their coder.</source>
        <translation>Weggelaten: {n} codering(en) in documenten die niet aan hun codeur zijn toegewezen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="74"/>
        <source>Not used by these coders in the documents compared, so left out of the figures: {codes}.</source>
        <translation>Niet gebruikt door deze codeurs in de vergeleken documenten, dus buiten de cijfers gelaten: {codes}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="75"/>
        <source>Not used by these coders in the documents compared, included on request: {codes}.</source>
        <translation>Niet gebruikt door deze codeurs in de vergeleken documenten, op verzoek meegeteld: {codes}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="76"/>
        <source>mean kappa over codes: {value}</source>
        <translation>gemiddelde kappa over de codes: {value}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="77"/>
        <source>kappa: Cohen&apos;s kappa; with three or more coders the mean over pairs</source>
        <translation>kappa: kappa van Cohen; bij drie of meer codeurs het gemiddelde over de paren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="78"/>
        <source>The {shown} documents with the lowest agreement of {total}; the Excel file lists all.</source>
        <translation>De {shown} documenten met de laagste overeenstemming van de {total}; het Excel-bestand noemt ze alle.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="79"/>
        <source>Inter-coder agreement between {coders} ({level}, n = {n}): kappa = {kappa} ({band}).</source>
        <translation>Overeenstemming tussen de codeurs {coders} ({level}, n = {n}): kappa = {kappa} ({band}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="82"/>
        <source>% agreement: the share of units on which the coders give the same rating; per pair over the units both coders rated, in the codes table over the units all coders rated (n all coders).</source>
        <translation>% overeenstemming: het aandeel eenheden waarop de codeurs hetzelfde oordeel geven; per paar over de eenheden die beide codeurs beoordeelden, in de codetabel over de eenheden die alle codeurs beoordeelden (n alle codeurs).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="83"/>
        <source>Cohen&apos;s kappa, per pair over the units both rated: κ = (pₒ − pₑ) / (1 − pₑ), pₒ the observed agreement, pₑ = Σ row total × column total / n², the agreement expected from each coder&apos;s own use of the ratings.</source>
        <translation>Kappa van Cohen, per paar over de eenheden die beiden beoordeelden: κ = (pₒ − pₑ) / (1 − pₑ), pₒ de waargenomen overeenstemming, pₑ = Σ rijtotaal × kolomtotaal / n², de overeenstemming die te verwachten is uit het eigen gebruik van de oordelen door elke codeur.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="84"/>
        <source>Brennan and Prediger&apos;s free-marginal kappa, per pair over the units both rated: κₙ = (pₒ − 1/k) / (1 − 1/k), chance agreement 1/k for k possible ratings: k = 2 (present or absent); at the frequency level k = the number of distinct non-zero counts observed for the code plus one (zero).</source>
        <translation>Kappa van Brennan en Prediger (vrije marginalen), per paar over de eenheden die beiden beoordeelden: κₙ = (pₒ − 1/k) / (1 − 1/k), kansovereenstemming 1/k bij k mogelijke oordelen: k = 2 (aanwezig of afwezig); op het niveau van de frequentie k = het aantal verschillende waargenomen aantallen groter dan nul voor de code plus één (nul).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="85"/>
        <source>Fleiss&apos; kappa, over the units all coders rated: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), P̄ the mean share of agreeing pairs of coders per unit, P̄ₑ = Σ pⱼ², pⱼ the share of all ratings in category j.</source>
        <translation>Kappa van Fleiss, over de eenheden die alle codeurs beoordeelden: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), P̄ het gemiddelde aandeel overeenstemmende paren codeurs per eenheid, P̄ₑ = Σ pⱼ², pⱼ het aandeel van alle oordelen in categorie j.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="86"/>
        <source>Krippendorff&apos;s alpha (nominal), over all values present: α = 1 − Dₒ / Dₑ, from the coincidences of values within units; a unit with fewer than two values is left out.</source>
        <translation>Alfa van Krippendorff (nominaal), over alle aanwezige waarden: α = 1 − Dₒ / Dₑ, uit het samen voorkomen van waarden binnen eenheden; een eenheid met minder dan twee waarden blijft buiten beschouwing.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="87"/>
        <source>Missing: a document not assigned to a coder is missing for that coder, not “nothing found”; every figure has its own n.</source>
        <translation>Ontbrekend: een document dat niet aan een codeur is toegewezen, ontbreekt voor die codeur en telt niet als “niets gevonden”; elk cijfer heeft zijn eigen n.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="88"/>
        <source>Rounding: coefficients to 3 decimals, percentages to 1; the band is read from the figure as shown (slecht &lt; 0, gering 0–0.200, matig 0.201–0.400, redelijk 0.401–0.600, voldoende tot goed 0.601–0.800, bijna perfect 0.801–1).</source>
        <translation>Afronding: coëfficiënten op 3 decimalen, percentages op 1; de interpretatie wordt gelezen uit het getoonde cijfer (slecht &lt; 0, gering 0–0.200, matig 0.201–0.400, redelijk 0.401–0.600, voldoende tot goed 0.601–0.800, bijna perfect 0.801–1).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="39"/>
        <source>Passages</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="62"/>
        <location filename="../../qdacoder/reports/table_export.py" line="40"/>
        <location filename="../../qdacoder/reports/table_export.py" line="77"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="40"/>
        <location filename="../../qdacoder/reports/table_export.py" line="77"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="41"/>
        <source>% of cases</source>
        <translation>% van de casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="98"/>
        <location filename="../../qdacoder/reports/table_export.py" line="41"/>
        <source>Promoting</source>
        <translation>Bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="99"/>
        <location filename="../../qdacoder/reports/table_export.py" line="42"/>
        <source>Hindering</source>
        <translation>Belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="100"/>
        <location filename="../../qdacoder/reports/table_export.py" line="42"/>
        <source>No valence</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <source>Own codings</source>
        <translation type="vanished">Eigen coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="60"/>
        <source>{file}: a table is saved as .xlsx, .csv or .docx, not as {extension}.</source>
        <translation>{file}: een tabel wordt opgeslagen als .xlsx, .csv of .docx, niet als {extension}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="46"/>
        <location filename="../../qdacoder/reports/table_export.py" line="46"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="43"/>
        <source>Codings of the code itself</source>
        <translation>Coderingen van de code zelf</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="47"/>
        <source>{column} %</source>
        <translation>{column} %</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="48"/>
        <source>n = {n} cases, of which {unknown} not known</source>
        <translation>n = {n} casussen, waarvan {unknown} onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="52"/>
        <source>The column “{missing}” holds the cases without a value (its n) and the codings outside every case.</source>
        <translation>De kolom “{missing}” bevat de casussen zonder waarde (haar n) en de coderingen buiten elke casus.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="54"/>
        <source>The column “{missing}” holds the documents without a value (its n).</source>
        <translation>De kolom “{missing}” bevat de documenten zonder waarde (haar n).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="55"/>
        <source>The column “{missing}” holds the respondents without a value (its n) and the passages without a known speaker.</source>
        <translation>De kolom “{missing}” bevat de respondenten zonder waarde (haar n) en de fragmenten zonder bekende spreker.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="58"/>
        <source>Each percentage is rounded on its own; where a row or column does not add up to 100%, that is through rounding.</source>
        <translation>Elk percentage is apart afgerond; waar een rij of kolom niet optelt tot 100%, komt dat door afronding.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="64"/>
        <source>Codes by case</source>
        <translation>Codes per casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="65"/>
        <source>Codes by document</source>
        <translation>Codes per document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="66"/>
        <source>Codes by {variable}</source>
        <translation>Codes naar {variable}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="67"/>
        <source>Co-occurrence of codes in overlapping passages</source>
        <translation>Samen voorkomen van codes in overlappende fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="68"/>
        <source>Co-occurrence of codes in the same document</source>
        <translation>Samen voorkomen van codes in hetzelfde document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="69"/>
        <source>Co-occurrence of codes in the same case</source>
        <translation>Samen voorkomen van codes in dezelfde casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="70"/>
        <source>Word frequencies</source>
        <translation>Woordfrequenties</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="71"/>
        <source>Phrases of {n} words</source>
        <translation>Woordgroepen van {n} woorden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="72"/>
        <source>Keyword in context: {word}</source>
        <translation>Trefwoord in context: {word}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="73"/>
        <source>Distinctive words: {groups}</source>
        <translation>Kenmerkende woorden: {groups}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="76"/>
        <location filename="../../qdacoder/reports/table_export.py" line="86"/>
        <source>Word</source>
        <translation>Woord</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="78"/>
        <source>% of words</source>
        <translation>% van de woorden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="80"/>
        <source>Phrase</source>
        <translation>Woordgroep</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="81"/>
        <source>Forms</source>
        <translation>Vormen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="82"/>
        <source>n = {counted} words counted in {documents} documents and {cases} cases; {stop} stop words left out</source>
        <translation>n = {counted} woorden geteld in {documents} documenten en {cases} casussen; {stop} stopwoorden weggelaten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="84"/>
        <source>n = {counted} phrases counted in {documents} documents and {cases} cases</source>
        <translation>n = {counted} woordgroepen geteld in {documents} documenten en {cases} casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="86"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="87"/>
        <source>Count in group</source>
        <translation>Aantal in groep</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="87"/>
        <source>Count elsewhere</source>
        <translation>Aantal elders</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="88"/>
        <source>% in group</source>
        <translation>% in groep</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="88"/>
        <source>% elsewhere</source>
        <translation>% elders</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="89"/>
        <source>G2</source>
        <translation>G2</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="89"/>
        <source>Log Ratio</source>
        <translation>Log Ratio</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="90"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="92"/>
        <source>words counted per group: {groups}</source>
        <translation>getelde woorden per groep: {groups}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="94"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="95"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="95"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="96"/>
        <source>Keyword</source>
        <translation>Trefwoord</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="96"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="98"/>
        <source>n = {n} occurrences</source>
        <translation>n = {n} keer gevonden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="234"/>
        <source>slecht</source>
        <translation>slecht</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="235"/>
        <source>gering</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="236"/>
        <source>matig</source>
        <translation>matig</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="237"/>
        <source>redelijk</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="239"/>
        <source>voldoende tot goed</source>
        <translation>voldoende tot goed</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="241"/>
        <source>bijna perfect</source>
        <translation>bijna perfect</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/lock.py" line="67"/>
        <source>{file} is open in qdacoder by {user} on {host} since {since}.</source>
        <translation>{file} is in qdacoder geopend door {user} op {host} sinds {since}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="58"/>
        <source>Unit: a document and a code. Rating: does the coder use the code in the document (yes/no)?</source>
        <translation>Eenheid: een document en een code. Beoordeling: gebruikt de codeur de code in het document (ja/nee)?</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="59"/>
        <source>Unit: a document and a code. Rating: how many codings of the code the coder made in the document (equal counts agree).</source>
        <translation>Eenheid: een document en een code. Beoordeling: hoeveel coderingen met de code de codeur in het document heeft gemaakt (gelijke aantallen komen overeen).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="60"/>
        <source>Unit: a coded passage. Two codings of the same code agree when they overlap by at least {threshold}% of their combined extent.</source>
        <translation>Eenheid: een gecodeerd fragment. Twee coderingen met dezelfde code komen overeen als ze minstens {threshold}% van hun gezamenlijke omvang overlappen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="61"/>
        <source>Unit: a character of a document. Rating: is it coded with the code by the coder (as NVivo)?</source>
        <translation>Eenheid: een teken van een document. Beoordeling: is het door de codeur met de code gecodeerd (zoals NVivo)?</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="63"/>
        <source>no variation</source>
        <translation>geen variatie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="64"/>
        <source>no units</source>
        <translation>geen eenheden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="66"/>
        <source>Documents compared: each coder&apos;s assigned documents; a document not assigned to a coder is missing for that coder, not “nothing found”.</source>
        <translation>Vergeleken documenten: de aan elke codeur toegewezen documenten; een document dat niet aan een codeur is toegewezen, ontbreekt voor die codeur en telt niet als “niets gevonden”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="67"/>
        <source>No documents are assigned to these coders, so every document compared counts for each of them: a coder who coded nothing in a document found nothing there.</source>
        <translation>Er zijn geen documenten aan deze codeurs toegewezen, dus elk vergeleken document telt voor ieder van hen: een codeur die in een document niets codeerde, vond daar niets.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/agreement.py" line="42"/>
        <source>There is no {kind} named “{name}”.</source>
        <translation>Er is geen {kind} met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="41"/>
        <source>only coder A</source>
        <translation>alleen codeur A</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="42"/>
        <source>only coder B</source>
        <translation>alleen codeur B</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="43"/>
        <source>different code</source>
        <translation>andere code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="44"/>
        <source>different boundaries</source>
        <translation>andere grenzen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/consensus.py" line="64"/>
        <location filename="../../qdacoder/core/consensus.py" line="178"/>
        <source>The consensus coder “{name}” must not be one of the coders compared.</source>
        <translation>De consensuscodeur “{name}” mag niet een van de vergeleken codeurs zijn.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/merge.py" line="54"/>
        <source>{file} is a pseudonymised copy: its texts were changed to share it, so it cannot be merged back.</source>
        <translation>{file} is een gepseudonimiseerde kopie: de teksten zijn veranderd om te delen, dus ze kan niet worden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/merge.py" line="56"/>
        <source>{file}: the coder copy is damaged and was not merged ({reason}); nothing was changed.</source>
        <translation>{file}: de codeurskopie is beschadigd en is niet samengevoegd ({reason}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/merge.py" line="137"/>
        <location filename="../../qdacoder/exchange/pseudonymised.py" line="38"/>
        <source>{file}: the copy could not be saved ({reason}).</source>
        <translation>{file}: de kopie kon niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/merge.py" line="150"/>
        <source>Choose the documents for the coder copy.</source>
        <translation>Kies de documenten voor de codeurskopie.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/merge.py" line="203"/>
        <source>{file} is this project itself; choose a coder copy to merge.</source>
        <translation>{file} is dit project zelf; kies een codeurskopie om samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/name_suggestions.py" line="50"/>
        <source>The name lists could not be prepared in {folder} ({reason}). Set QDACODER_CACHE_DIR to a folder you can write to.</source>
        <translation>De namenlijsten konden niet worden voorbereid in {folder} ({reason}). Zet QDACODER_CACHE_DIR op een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/name_suggestions.py" line="264"/>
        <location filename="../../qdacoder/cli/quotes.py" line="30"/>
        <source>There is no document “{name}”.</source>
        <translation>Er is geen document “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/quotes.py" line="37"/>
        <source>{document} has no coding that runs exactly from {start} to {end}.</source>
        <translation>{document} heeft geen codering die precies van {start} tot {end} loopt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/export.py" line="22"/>
        <location filename="../../qdacoder/cli/quotes.py" line="117"/>
        <location filename="../../qdacoder/reports/quotes.py" line="268"/>
        <source>{file}: quotes can be written as .docx, .xlsx, .csv or .html.</source>
        <translation>{file}: citaten kunnen worden opgeslagen als .docx, .xlsx, .csv of .html.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/export.py" line="23"/>
        <source>{file}: counts can be written as .docx, .xlsx or .csv.</source>
        <translation>{file}: aantallen kunnen worden opgeslagen als .docx, .xlsx of .csv.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/export.py" line="24"/>
        <location filename="../../qdacoder/cli/saturation.py" line="23"/>
        <source>{file}: the draft report is written as .docx.</source>
        <translation>{file}: het conceptrapport wordt opgeslagen als .docx.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/export.py" line="25"/>
        <source>{file}: the coded document is written as .docx.</source>
        <translation>{file}: het gecodeerde document wordt als .docx geschreven.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/export.py" line="27"/>
        <source>Say which document(s) to print with --document NAME, or all documents of a case with --case NAME.</source>
        <translation>Geef met --document NAAM aan welk(e) document(en) u wilt afdrukken, of alle documenten van een casus met --case NAAM.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/export.py" line="29"/>
        <source>Print the documents of one case at a time (one --case).</source>
        <translation>Druk de documenten van één casus tegelijk af (één --case).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="33"/>
        <source>Quote with role</source>
        <translation>Citaat met rol</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="34"/>
        <source>Quote with role and age</source>
        <translation>Citaat met rol en leeftijd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="35"/>
        <source>Quote with municipality</source>
        <translation>Citaat met gemeente</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="108"/>
        <source>There is no preset “{name}”; choose one of: {names}.</source>
        <translation>Er is geen voorinstelling “{name}”; kies uit: {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="119"/>
        <source>The template must contain {{text}}: the place where the quote itself goes.</source>
        <translation>Het sjabloon moet {{text}} bevatten: de plek waar het citaat zelf komt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="123"/>
        <source>The template has a brace that does not belong to a field: write fields as {{role}}.</source>
        <translation>Het sjabloon bevat een accolade die niet bij een veld hoort: schrijf velden als {{role}}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="129"/>
        <source>The template uses “{field}”, which is not a field. Use {fields} or the name of an attribute of respondents, cases or documents.</source>
        <translation>Het sjabloon gebruikt “{field}”, maar dat is geen veld. Gebruik {fields} of de naam van een kenmerk van respondenten, casussen of documenten.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="34"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="35"/>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="36"/>
        <source>institution</source>
        <translation>instelling</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="39"/>
        <source>Give the name that must not appear in reports.</source>
        <translation>Geef de naam op die niet in rapporten mag voorkomen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="40"/>
        <source>Give a placeholder for “{name}”, e.g. [naam jongere].</source>
        <translation>Geef een pseudoniem op voor “{name}”, bijv. [naam jongere].</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="41"/>
        <source>“{name}” is already on the list (as “{listed}”, placeholder {placeholder}).</source>
        <translation>“{name}” staat al op de lijst (als “{listed}”, pseudoniem {placeholder}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="42"/>
        <source>The placeholder “{placeholder}” contains the listed name “{name}”, so the name would still appear.</source>
        <translation>Het pseudoniem “{placeholder}” bevat de naam “{name}” van de lijst, dus de naam zou toch zichtbaar blijven.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="44"/>
        <source>“{name}” appears in the placeholder “{placeholder}” of “{other}”; change that placeholder first.</source>
        <translation>“{name}” staat in het pseudoniem “{placeholder}” van “{other}”; wijzig eerst dat pseudoniem.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="46"/>
        <source>There is no category “{category}”; choose one of: {categories}.</source>
        <translation>Er is geen categorie “{category}”; kies uit: {categories}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="48"/>
        <source>“{name}” is not on the placeholder list.</source>
        <translation>“{name}” staat niet op de lijst met pseudoniemen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="49"/>
        <source>“{name}” is also a Dutch word ({words}). It is replaced only as written and in capitals; choose “any case” only if the word itself must go too.</source>
        <translation>“{name}” is ook een Nederlands woord ({words}). De naam wordt alleen vervangen zoals geschreven en in hoofdletters; kies “elke schrijfwijze” alleen als het woord zelf ook weg moet.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="313"/>
        <source>“{form}” was not rejected.</source>
        <translation>“{form}” was niet afgewezen.</translation>
    </message>
    <message>
        <source>The placeholder for “{name}” contains the name itself.</source>
        <translation type="vanished">Het pseudoniem voor “{name}” bevat de naam zelf.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/names.py" line="47"/>
        <source>This placeholder no longer exists.</source>
        <translation>Dit pseudoniem bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="57"/>
        <source>Draft report</source>
        <translation>Conceptrapport</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="58"/>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="59"/>
        <source>Author: {author}</source>
        <translation>Auteur: {author}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="60"/>
        <source>Coders: {names}</source>
        <translation>Codeurs: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="61"/>
        <source>Coders: none yet</source>
        <translation>Codeurs: nog geen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="62"/>
        <source>List of tables and figures</source>
        <translation>Lijst van tabellen en figuren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="64"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="65"/>
        <source>The analysis covers {cases} with {documents}.</source>
        <translation>De analyse omvat {cases} met {documents}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="72"/>
        <source>The codebook has {codes} in {themes} (see the appendix).</source>
        <translation>Het codeboek heeft {codes} in {themes} (zie de bijlage).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="73"/>
        <source>The material was coded by {coders}: {names}.</source>
        <translation>Het materiaal is gecodeerd door {coders}: {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="74"/>
        <source>In total the material holds {codings}.</source>
        <translation>In totaal bevat het materiaal {codings}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="76"/>
        <source>Not coded: {names}.</source>
        <translation>Niet gecodeerd: {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="79"/>
        <source>This code has {codings} in {cases} of the {total} ({percent}%).</source>
        <translation>Deze code heeft {codings} in {cases} van de {total} ({percent}%).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="80"/>
        <source>This code has {codings}; there are no cases in scope.</source>
        <translation>Deze code heeft {codings}; er vallen geen casussen binnen de selectie.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="81"/>
        <source>This code has {codings}, in none of the {total}.</source>
        <translation>Deze code heeft {codings}, in geen van de {total}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="82"/>
        <source>This code has not been coded.</source>
        <translation>Deze code is niet gecodeerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="83"/>
        <source>Valence of these codings: {promoting} promoting, {hindering} hindering, {none} without valence.</source>
        <translation>Richting van deze coderingen: {promoting} bevorderend, {hindering} belemmerend, {none} zonder richting.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="85"/>
        <source>Described as promoting in {promoting_cases} and as hindering in {hindering_cases}.</source>
        <translation>Als bevorderend beschreven in {promoting_cases} en als belemmerend in {hindering_cases}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="87"/>
        <source>Described as promoting in {promoting_cases}.</source>
        <translation>Als bevorderend beschreven in {promoting_cases}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="88"/>
        <source>Described as hindering in {hindering_cases}.</source>
        <translation>Als belemmerend beschreven in {hindering_cases}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="104"/>
        <source>1 case</source>
        <translation>1 casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="104"/>
        <source>{n} cases</source>
        <translation>{n} casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="105"/>
        <source>1 coding</source>
        <translation>1 codering</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="105"/>
        <source>{n} codings</source>
        <translation>{n} coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="106"/>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="107"/>
        <source>1 code</source>
        <translation>1 code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="107"/>
        <source>{n} codes</source>
        <translation>{n} codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="108"/>
        <source>1 theme</source>
        <translation>1 thema</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="108"/>
        <source>{n} themes</source>
        <translation>{n} thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="109"/>
        <source>1 coder</source>
        <translation>1 codeur</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="109"/>
        <source>{n} coders</source>
        <translation>{n} codeurs</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="110"/>
        <source>1 respondent</source>
        <translation>1 respondent</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="110"/>
        <source>{n} respondents</source>
        <translation>{n} respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="112"/>
        <source>1 coding lies outside the cases.</source>
        <translation>1 codering valt buiten de casussen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="113"/>
        <source>{n} codings lie outside the cases.</source>
        <translation>{n} coderingen vallen buiten de casussen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="60"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="63"/>
        <location filename="../../qdacoder/ui/project/controller.py" line="165"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>The analysis covers {cases} cases with {documents} documents.</source>
        <translation type="vanished">De analyse betreft {cases} casussen met {documents} documenten.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="66"/>
        <source>Selection: {filters}.</source>
        <translation>Selectie: {filters}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="67"/>
        <source>Documents by kind ({n}): {parts}.</source>
        <translation>Documenten naar soort ({n}): {parts}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="68"/>
        <source>Respondents by role ({n}): {parts}.</source>
        <translation>Respondenten naar rol ({n}): {parts}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="69"/>
        <source>role unknown</source>
        <translation>rol onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="70"/>
        <source>{label} {count} ({percent}%)</source>
        <translation>{label} {count} ({percent}%)</translation>
    </message>
    <message>
        <source>The codebook has {codes} codes in {themes} themes (see the appendix).</source>
        <translation type="vanished">Het codeboek telt {codes} codes in {themes} thema&apos;s (zie de bijlage).</translation>
    </message>
    <message>
        <source>The material was coded by {count} coder(s): {names}.</source>
        <translation type="vanished">Het materiaal is gecodeerd door {count} codeur(s): {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="75"/>
        <source>The material has not been coded yet.</source>
        <translation>Het materiaal is nog niet gecodeerd.</translation>
    </message>
    <message>
        <source>This factor occurs in {cases} of the {total} cases ({percent}%), with {codings} codings.</source>
        <translation type="vanished">Deze factor komt voor in {cases} van de {total} casussen ({percent}%), met {codings} coderingen.</translation>
    </message>
    <message>
        <source>This factor occurs in {cases} of the {total} cases ({percent}%), with 1 coding.</source>
        <translation type="vanished">Deze factor komt voor in {cases} van de {total} casussen ({percent}%), met 1 codering.</translation>
    </message>
    <message>
        <source>This factor occurs in {cases} of the {total} cases, with {codings} codings.</source>
        <translation type="vanished">Deze factor komt voor in {cases} van de {total} casussen, met {codings} coderingen.</translation>
    </message>
    <message>
        <source>This factor occurs in {cases} of the {total} cases, with 1 coding.</source>
        <translation type="vanished">Deze factor komt voor in {cases} van de {total} casussen, met 1 codering.</translation>
    </message>
    <message>
        <source>This factor does not occur in any of the {total} cases.</source>
        <translation type="vanished">Deze factor komt in geen van de {total} casussen voor.</translation>
    </message>
    <message>
        <source>In {cases_hindering} of them it is described as hindering and in {cases_promoting} as promoting.</source>
        <translation type="vanished">In {cases_hindering} daarvan wordt deze als belemmerend beschreven en in {cases_promoting} als bevorderend.</translation>
    </message>
    <message>
        <source>In {cases_hindering} of them it is described as hindering.</source>
        <translation type="vanished">In {cases_hindering} daarvan wordt deze als belemmerend beschreven.</translation>
    </message>
    <message>
        <source>In {cases_promoting} of them it is described as promoting.</source>
        <translation type="vanished">In {cases_promoting} daarvan wordt deze als bevorderend beschreven.</translation>
    </message>
    <message>
        <source>This factor occurs in {cases} of the {total} cases ({percent}%); in {cases_hindering} it is described as hindering and in {cases_promoting} as promoting ({codings} codings).</source>
        <translation type="vanished">Deze factor komt voor in {cases} van de {total} casussen ({percent}%); in {cases_hindering} als belemmerend en in {cases_promoting} als bevorderend beschreven ({codings} coderingen).</translation>
    </message>
    <message>
        <source>This factor occurs in {cases} of the {total} cases; in {cases_hindering} it is described as hindering and in {cases_promoting} as promoting ({codings} codings).</source>
        <translation type="vanished">Deze factor komt voor in {cases} van de {total} casussen; in {cases_hindering} als belemmerend en in {cases_promoting} als bevorderend beschreven ({codings} coderingen).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="89"/>
        <source>[Definition still to be written.]</source>
        <translation>[Definitie nog te schrijven.]</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="90"/>
        <source>Appendix A. Codebook</source>
        <translation>Bijlage A. Codeboek</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="91"/>
        <source>Appendix B. Tables</source>
        <translation>Bijlage B. Tabellen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="101"/>
        <source>Table {number}. {title}</source>
        <translation>Tabel {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="100"/>
        <source>Figure {number}. {title}</source>
        <translation>Figuur {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="95"/>
        <source>Codings per theme, by valence</source>
        <translation>Coderingen per thema, naar richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/language.py" line="17"/>
        <source>There is no translation into “{language}” in this installation.</source>
        <translation>Deze installatie heeft geen vertaling in “{language}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/qdpx.py" line="19"/>
        <source>{file}: a REFI-QDA project file ends in .qdpx.</source>
        <translation>{file}: een REFI-QDA-projectbestand eindigt op .qdpx.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="63"/>
        <source>Imported {documents} document(s), {codes} code(s), {codings} coding(s) by {coders} coder(s), {cases} case(s) with {passages} passage(s), {attributes} attribute(s) with {values} value(s) and {memos} memo(s).</source>
        <translation>{documents} document(en), {codes} code(s), {codings} codering(en) van {coders} codeur(s), {cases} casus(sen) met {passages} fragment(en), {attributes} kenmerk(en) met {values} waarde(n) en {memos} memo(s) geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="70"/>
        <source>Skipped {n} picture, audio or video source(s), as qdacoder codes texts: {names}</source>
        <translation>{n} afbeelding(en), audio- of videobron(nen) overgeslagen, want qdacoder codeert teksten: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="71"/>
        <source>Skipped {n} source(s) kept outside the .qdpx file: {names}</source>
        <translation>{n} bron(nen) overgeslagen die buiten het .qdpx-bestand bewaard worden: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="72"/>
        <source>Skipped {n} source(s) whose text is missing from the .qdpx file: {names}</source>
        <translation>{n} bron(nen) overgeslagen waarvan de tekst ontbreekt in het .qdpx-bestand: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="73"/>
        <source>Skipped {n} PDF source(s) without a text representation: {names}</source>
        <translation>{n} PDF-bron(nen) zonder tekstweergave overgeslagen: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="74"/>
        <source>Skipped {n} source(s) without text: {names}</source>
        <translation>{n} bron(nen) zonder tekst overgeslagen: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="75"/>
        <source>Skipped {n} area selection(s) on PDF pages.</source>
        <translation>{n} gebiedsselectie(s) op PDF-pagina&apos;s overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="76"/>
        <source>Skipped {n} selection(s) in pictures, PDF pages, audio, video or transcripts.</source>
        <translation>{n} fragment(en) in afbeeldingen, PDF-pagina&apos;s, audio, video of transcripten overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="77"/>
        <source>Skipped {n} selection(s) of no length.</source>
        <translation>{n} fragment(en) zonder lengte overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="78"/>
        <source>Skipped {n} selection(s) without a code and in no case.</source>
        <translation>{n} fragment(en) zonder code en in geen casus overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="79"/>
        <source>Skipped {n} code(s) applied to a whole case.</source>
        <translation>{n} code(s) op een hele casus overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="80"/>
        <source>Skipped {n} coding(s) with a code that only groups codes.</source>
        <translation>{n} codering(en) met een code die alleen codes groepeert overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="81"/>
        <source>Skipped {n} coding(s) that repeat another (same code, passage and coder).</source>
        <translation>{n} codering(en) overgeslagen die een andere herhalen (zelfde code, fragment en codeur).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="82"/>
        <source>Skipped {n} attribute value(s) that do not fit their type.</source>
        <translation>{n} kenmerkwaarde(n) overgeslagen die niet bij hun type passen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="83"/>
        <source>Skipped {n} empty note(s).</source>
        <translation>{n} lege notitie(s) overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="84"/>
        <source>Skipped {n} note(s) whose text is missing from the .qdpx file: {names}</source>
        <translation>{n} notitie(s) overgeslagen waarvan de tekst ontbreekt in het .qdpx-bestand: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="85"/>
        <source>Skipped {n} set(s): qdacoder has no sets.</source>
        <translation>{n} set(s) overgeslagen: qdacoder kent geen sets.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="86"/>
        <source>Skipped {n} graph(s).</source>
        <translation>{n} diagram(men) overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="89"/>
        <source>{name} ({n} coding(s) lost)</source>
        <translation>{name} ({n} codering(en) verloren)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="92"/>
        <source>Positions read as NVivo counts them (an emoji counts as two) in {n} source(s): {names}</source>
        <translation>Posities gelezen zoals NVivo ze telt (een emoji telt als twee) in {n} bron(nen): {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_import.py" line="94"/>
        <source>Positions read in characters, as REFI-QDA counts them, in {n} source(s) with emoji: {names}</source>
        <translation>Posities gelezen in tekens, zoals REFI-QDA ze telt, in {n} bron(nen) met emoji: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_export.py" line="78"/>
        <source>Wrote {file}: {documents} document(s), {codes} code(s), {codings} coding(s), {cases} case(s), {memos} memo(s).</source>
        <translation>{file} geschreven: {documents} document(en), {codes} code(s), {codings} codering(en), {cases} casus(sen), {memos} memo(s).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_export.py" line="84"/>
        <source>Left out {n} timeline event(s) and their {links} link(s) to codings: REFI-QDA has no place for them.</source>
        <translation>{n} gebeurtenis(sen) op de tijdlijn en hun {links} koppeling(en) aan coderingen weggelaten: REFI-QDA heeft er geen plaats voor.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_export.py" line="87"/>
        <source>Left out {n} respondent(s) and their {values} attribute value(s): REFI-QDA has no place for them.</source>
        <translation>{n} respondent(en) en hun {values} kenmerkwaarde(n) weggelaten: REFI-QDA heeft er geen plaats voor.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_export.py" line="90"/>
        <source>Left out {n} speaker turn(s) (who speaks where): REFI-QDA has no place for them; the texts are complete.</source>
        <translation>{n} spreekbeurt(en) (wie waar spreekt) weggelaten: REFI-QDA heeft er geen plaats voor; de teksten zijn volledig.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_export.py" line="93"/>
        <source>Left out {n} memo(s) on confidential codings, as a memo may quote the withheld statement.</source>
        <translation>{n} memo(s) bij vertrouwelijke coderingen weggelaten, want een memo kan de achtergehouden uitspraak citeren.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdpx_export.py" line="95"/>
        <source>Masked the text of {n} confidential coding(s); the codings themselves are exported, marked confidential.</source>
        <translation>De tekst van {n} vertrouwelijke codering(en) is afgeschermd; de coderingen zelf zijn geëxporteerd, gemarkeerd als vertrouwelijk.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="46"/>
        <source>{items} header(s) ({characters} characters)</source>
        <translation>{items} koptekst(en) ({characters} tekens)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="47"/>
        <source>{items} footer(s) ({characters} characters)</source>
        <translation>{items} voettekst(en) ({characters} tekens)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="48"/>
        <source>{items} comment(s) ({characters} characters)</source>
        <translation>{items} opmerking(en) ({characters} tekens)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="49"/>
        <source>{items} piece(s) of hidden text ({characters} characters)</source>
        <translation>{items} stuk(ken) verborgen tekst ({characters} tekens)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="50"/>
        <source>{items} repeated page header/footer line(s) ({characters} characters)</source>
        <translation>{items} herhaalde kop- of voetregel(s) van pagina&apos;s ({characters} tekens)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="53"/>
        <source>Left out: {parts}.</source>
        <translation>Weggelaten: {parts}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="54"/>
        <source>{n} note(s) added after the text.</source>
        <translation>{n} noot/noten na de tekst toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/model.py" line="55"/>
        <source>{n} symbol(s) of an unknown symbol font shown as �.</source>
        <translation>{n} symbool/symbolen uit een onbekend symboollettertype weergegeven als �.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/placeholder_table.py" line="32"/>
        <source>{file} is larger than {limit} MB; a list of names is much smaller.</source>
        <translation>{file} is groter dan {limit} MB; een lijst met namen is veel kleiner.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/placeholder_table.py" line="33"/>
        <source>{file}: a list of names can be read from .csv or .xlsx.</source>
        <translation>{file}: een lijst met namen kan worden gelezen uit .csv of .xlsx.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/placeholder_table.py" line="34"/>
        <source>{file} has no columns “name” and “placeholder” in its first row (found: {found}).</source>
        <translation>{file} heeft in de eerste rij geen kolommen “naam” en “pseudoniem” (gevonden: {found}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/placeholder_table.py" line="36"/>
        <source>{file}, row {row}: {reason}</source>
        <translation>{file}, rij {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/placeholder_table.py" line="37"/>
        <source>“{value}” in the column any case is not yes or no</source>
        <translation>“{value}” in de kolom elke schrijfwijze is geen ja of nee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/saturation.py" line="54"/>
        <source>“{order}” is not an order: give imported, first-coded, name or attribute:NAME.</source>
        <translation>“{order}” is geen volgorde: geef imported, first-coded, name of attribute:NAAM.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/saturation.py" line="55"/>
        <source>There is no document or case attribute named “{name}”.</source>
        <translation>Er is geen document- of casuskenmerk met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/saturation.py" line="56"/>
        <source>The {what} must be a whole number of documents, at least 1 (not {value}).</source>
        <translation>De {what} moet een heel aantal documenten zijn, minstens 1 (niet {value}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/saturation.py" line="57"/>
        <source>The threshold is a fraction between 0 and 1, such as 0.05 for 5% (not {value}).</source>
        <translation>De drempel is een fractie tussen 0 en 1, zoals 0.05 voor 5% (niet {value}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/saturation.py" line="59"/>
        <source>base</source>
        <translation>basis</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/saturation.py" line="60"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/saturation.py" line="24"/>
        <source>{file}: {option} writes a {extension} file.</source>
        <translation>{file}: {option} schrijft een {extension}-bestand.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="46"/>
        <source>Saturation: new codes per document</source>
        <translation>Verzadiging: nieuwe codes per document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="47"/>
        <source>With a base of {base} and runs of {run}, saturation was reached at {unit} {point}: the run {first}-{last} brought {new} ({percent} of {size}).</source>
        <translation>Met een basis van {base} en runs van {run} trad dataverzadiging op bij {unit} {point}: de run {first}-{last} leverde {new} op ({percent} van {size}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="50"/>
        <source>With a base of {base} and runs of {run}, saturation was not reached: no run brought {threshold} new codes or less (the last run, {first}-{last}, brought {new}, {percent} of {size}).</source>
        <translation>Met een basis van {base} en runs van {run} trad geen dataverzadiging op: geen run leverde {threshold} nieuwe codes of minder op (de laatste run, {first}-{last}, leverde {new} op, {percent} van {size}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="53"/>
        <source>Saturation cannot be assessed: a base of {base} and runs of {run} need at least {needed} with codings, and there are {count}.</source>
        <translation>Dataverzadiging is niet te beoordelen: een basis van {base} en runs van {run} vragen ten minste {needed} met coderingen, en er zijn er {count}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="56"/>
        <source>The {units} were taken {order}; a run counts as saturated at {threshold} new codes or less, relative to the codes of the base (B = {size}; Guest, Namey &amp; Chen, 2020).</source>
        <translation>De {units} zijn genomen {order}; een run geldt als verzadigd bij {threshold} nieuwe codes of minder, ten opzichte van de codes van de basis (B = {size}; Guest, Namey &amp; Chen, 2020).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="59"/>
        <source>in import order</source>
        <translation>in volgorde van importeren</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="60"/>
        <source>in the order in which they were first coded</source>
        <translation>in de volgorde waarin ze voor het eerst zijn gecodeerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="61"/>
        <source>in order of name</source>
        <translation>op volgorde van naam</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="62"/>
        <source>in order of {attribute}</source>
        <translation>op volgorde van {attribute}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="63"/>
        <source>Left out, without counted codings: {names}.</source>
        <translation>Weggelaten, zonder getelde coderingen: {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="64"/>
        <source>Without a value for {attribute}, placed at the end: {names}.</source>
        <translation>Zonder waarde voor {attribute}, achteraan geplaatst: {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="65"/>
        <source>{names} and {n} more</source>
        <translation>{names} en nog {n}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="66"/>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="68"/>
        <source>interviews</source>
        <translation>interviews</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="70"/>
        <source>{n} interview</source>
        <translation>{n} interview</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="71"/>
        <source>{n} interviews</source>
        <translation>{n} interviews</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="72"/>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="106"/>
        <location filename="../../qdacoder/reports/saturation.py" line="73"/>
        <source>{n} documents</source>
        <translation>{n} documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="74"/>
        <source>{n} new code</source>
        <translation>{n} nieuwe code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="75"/>
        <source>{n} new codes</source>
        <translation>{n} nieuwe codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="76"/>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="77"/>
        <source>{units}.{decimals}%</source>
        <translation>{units},{decimals}%</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="78"/>
        <source>base {base}, run {run}, threshold {threshold}</source>
        <translation>basis {base}, run {run}, drempel {threshold}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="81"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="82"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="83"/>
        <source>First coded</source>
        <translation>Eerst gecodeerd</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="84"/>
        <location filename="../../qdacoder/reports/saturation.py" line="94"/>
        <source>New codes</source>
        <translation>Nieuwe codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="85"/>
        <source>Cumulative</source>
        <translation>Cumulatief</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="86"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="87"/>
        <source>New in run</source>
        <translation>Nieuw in run</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="88"/>
        <source>New information (%)</source>
        <translation>Nieuwe informatie (%)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="89"/>
        <source>Rule met</source>
        <translation>Regel gehaald</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="90"/>
        <source>Codes first applied here</source>
        <translation>Codes hier voor het eerst toegepast</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="95"/>
        <source>Codes so far</source>
        <translation>Codes tot dan toe</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="96"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="97"/>
        <source>Saturation at {unit} {point} (run {first}-{last})</source>
        <translation>Verzadiging bij {unit} {point} (run {first}-{last})</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="98"/>
        <source>{units}, {order}</source>
        <translation>{units}, {order}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/saturation.py" line="104"/>
        <source>{file}: saturation is saved as .docx, .xlsx, .csv, .png or .svg, not as {extension}.</source>
        <translation>{file}: verzadiging wordt opgeslagen als .docx, .xlsx, .csv, .png of .svg, niet als {extension}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/words.py" line="46"/>
        <source>the rest of the text</source>
        <translation>de rest van de tekst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/words.py" line="56"/>
        <source>Phrases are of 1, 2 or 3 words, not {n}.</source>
        <translation>Woordgroepen zijn van 1, 2 of 3 woorden, niet {n}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/words.py" line="210"/>
        <source>Type a word or phrase to find.</source>
        <translation>Typ een woord of woordgroep om te zoeken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/words.py" line="262"/>
        <source>The width cannot be negative.</source>
        <translation>De breedte kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/words.py" line="401"/>
        <source>There is nothing to compare: the text in view has fewer than two groups.</source>
        <translation>Er valt niets te vergelijken: de tekst in beeld heeft minder dan twee groepen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/word_lists.py" line="45"/>
        <source>Give one or more words.</source>
        <translation>Geef een of meer woorden.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/word_lists.py" line="88"/>
        <location filename="../../qdacoder/core/word_lists.py" line="106"/>
        <source>There is no standard stop-word list for “{language}”.</source>
        <translation>Er is geen standaardlijst met stopwoorden voor “{language}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/word_lists.py" line="110"/>
        <source>“{word}” cannot be both a stop word and a word that counts.</source>
        <translation>“{word}” kan niet tegelijk een stopwoord zijn en een woord dat meetelt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/word_charts.py" line="37"/>
        <source>G2 (log-likelihood)</source>
        <translation>G2 (log-likelihood)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/respondents.py" line="21"/>
        <source>There is no respondent “{name}”.</source>
        <translation>Er is geen respondent “{name}”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/respondents.py" line="22"/>
        <source>“{name}” fits more than one respondent; write it as “case name/label”.</source>
        <translation>“{name}” past bij meer dan één respondent; schrijf het als “casusnaam/label”.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/respondents.py" line="24"/>
        <source>{document} has no speaker “{speaker}”; its speakers are: {speakers}.</source>
        <translation>{document} heeft geen spreker “{speaker}”; de sprekers zijn: {speakers}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli/respondents.py" line="25"/>
        <source>{document} has no speaker turns to link.</source>
        <translation>{document} heeft geen sprekersbeurten om te koppelen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/reading.py" line="13"/>
        <source>Figures and quotes are of the final coding: in the {settled} document(s) whose consensus review is done, the consensus of the coders; elsewhere each coder&apos;s own codings.</source>
        <translation>Cijfers en citaten gaan over de definitieve codering: in de {settled} document(en) waarvan de consensusbespreking klaar is de consensus van de codeurs, elders de eigen coderingen van elke codeur.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/reading.py" line="16"/>
        <source>Figures and quotes are of all codings of every coder together, the consensus coder&apos;s included.</source>
        <translation>Cijfers en citaten gaan over alle coderingen van alle codeurs samen, die van de consensuscodeur inbegrepen.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/reading.py" line="18"/>
        <source>Figures and quotes are of the codings of {names} only.</source>
        <translation>Cijfers en citaten gaan alleen over de coderingen van {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/word_style.py" line="35"/>
        <source>Table {number}</source>
        <translation>Tabel {number}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/word_style.py" line="36"/>
        <source>Figure {number}</source>
        <translation>Figuur {number}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/word_style.py" line="37"/>
        <source>{title} (continued, columns {first}–{last})</source>
        <translation>{title} (vervolg, kolommen {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/word_style.py" line="38"/>
        <source>{file}: this is not a Word template qdacoder can use ({reason}).</source>
        <translation>{file}: dit is geen Word-sjabloon dat qdacoder kan gebruiken ({reason}).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="52"/>
        <source>Coded document: {name}</source>
        <translation>Gecodeerd document: {name}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="53"/>
        <source>Coded documents of {case}</source>
        <translation>Gecodeerde documenten van {case}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="56"/>
        <source>{n} coding(s) shown; filters: {filters}; written on {date}.</source>
        <translation>{n} codering(en) getoond; filters: {filters}; geschreven op {date}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="57"/>
        <source>No codings of this document pass the filters.</source>
        <translation>Geen enkele codering van dit document valt binnen de filters.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="60"/>
        <source>starred</source>
        <translation>met ster</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="61"/>
        <source>confidential: text masked, memo left out</source>
        <translation>vertrouwelijk: tekst afgeschermd, memo weggelaten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="62"/>
        <source>Choose the document(s) or the case to print.</source>
        <translation>Kies het document (of de documenten) of de casus om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/coded_document.py" line="63"/>
        <source>The case “{case}” has no documents.</source>
        <translation>De casus “{case}” heeft geen documenten.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="38"/>
        <source>“{find}” does not occur in the chosen documents; nothing was pseudonymised.</source>
        <translation>“{find}” komt niet voor in de gekozen documenten; er is niets gepseudonimiseerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="39"/>
        <source>{file}: the old text could not be wiped from the file ({reason}). Close other programs that have the project open and try again.</source>
        <translation>{file}: de oude tekst kon niet uit het bestand worden gewist ({reason}). Sluit andere programma’s die het project open hebben en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="45"/>
        <source>document names</source>
        <translation>documentnamen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="46"/>
        <source>source file names</source>
        <translation>namen van bronbestanden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="47"/>
        <source>document memos</source>
        <translation>documentmemo’s</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="48"/>
        <location filename="../../qdacoder/core/purge.py" line="49"/>
        <source>memos</source>
        <translation>memo’s</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="50"/>
        <source>coding memos</source>
        <translation>memo’s bij coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="51"/>
        <location filename="../../qdacoder/core/purge.py" line="52"/>
        <location filename="../../qdacoder/core/purge.py" line="53"/>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="56"/>
        <location filename="../../qdacoder/core/purge.py" line="57"/>
        <source>respondents</source>
        <translation>respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="58"/>
        <source>speaker labels</source>
        <translation>sprekerslabels</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="59"/>
        <location filename="../../qdacoder/core/purge.py" line="60"/>
        <location filename="../../qdacoder/core/purge.py" line="61"/>
        <source>timeline events</source>
        <translation>gebeurtenissen op de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="62"/>
        <source>attribute values</source>
        <translation>attribuutwaarden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/purge.py" line="63"/>
        <source>document texts</source>
        <translation>documentteksten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/replace.py" line="31"/>
        <source>Give the text to find.</source>
        <translation>Geef de tekst die je zoekt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/replace.py" line="32"/>
        <source>The replacement is the same as the text to find.</source>
        <translation>De vervanging is gelijk aan de gezochte tekst.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/text_edits.py" line="53"/>
        <source>The document “{document}” changed since the search; search again before replacing.</source>
        <translation>Het document “{document}” is veranderd sinds het zoeken; zoek opnieuw voordat je vervangt.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/text_edits.py" line="49"/>
        <source>The passage to change lies outside the document&apos;s text.</source>
        <translation>Het te wijzigen stuk ligt buiten de tekst van het document.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/text_edits.py" line="50"/>
        <source>The passages to change overlap; change them one at a time.</source>
        <translation>De te wijzigen stukken overlappen; wijzig ze een voor een.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/text_edits.py" line="51"/>
        <source>The document would have no text left. Delete the document instead.</source>
        <translation>Het document zou geen tekst meer hebben. Verwijder het document in plaats daarvan.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/text_edits.py" line="55"/>
        <source>{count} coding(s) lie entirely in the text that is deleted and would be removed: {codings}.</source>
        <translation>{count} codering(en) liggen helemaal in de tekst die wordt verwijderd en zouden verdwijnen: {codings}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/pseudonymised.py" line="33"/>
        <source>The placeholder list is empty: list the names to replace first (Attribution and placeholders in the window, or qdacoder placeholders add).</source>
        <translation>De lijst met pseudoniemen is leeg: zet eerst de te vervangen namen op de lijst (Toeschrijving en pseudoniemen in het venster, of qdacoder placeholders add).</translation>
    </message>
</context>
</TS>
