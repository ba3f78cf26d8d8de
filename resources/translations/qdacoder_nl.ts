<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddAttributeDialog</name>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="169"/>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="172"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="176"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="178"/>
        <source>The values, separated by ; (e.g. thuis; pleeggezin; residentieel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="179"/>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="42"/>
        <source>Inter-coder agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="59"/>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="60"/>
        <source>Export &amp;Word...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="60"/>
        <source>Export &amp;Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="69"/>
        <source>Coders (two or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="71"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="73"/>
        <source>Overlap threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="76"/>
        <source>Documents (all ticked: those a chosen coder coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="77"/>
        <source>Codes (all ticked: every code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="92"/>
        <source>Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="93"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="152"/>
        <source>Tick two or more coders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="181"/>
        <source>Export agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/agreement_dialog.py" line="199"/>
        <source>qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="109"/>
        <source>Double-click a cell to see its passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="112"/>
        <source>Export XLSX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="112"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="113"/>
        <source>Export Word...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="114"/>
        <source>Export PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="114"/>
        <source>Export SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="124"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_tabs.py" line="125"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="54"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="62"/>
        <source>Stacked by valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="71"/>
        <location filename="../../qdacoder/ui/analysis_window.py" line="73"/>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="71"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="72"/>
        <location filename="../../qdacoder/ui/analysis_window.py" line="78"/>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="72"/>
        <source>presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="73"/>
        <source>codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="74"/>
        <source>no percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="74"/>
        <source>row %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="75"/>
        <source>column %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="76"/>
        <source>overlapping passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="77"/>
        <source>same document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="77"/>
        <source>same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="78"/>
        <source>Jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="79"/>
        <source>all levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="79"/>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="79"/>
        <source>two levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="80"/>
        <source>three levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="83"/>
        <location filename="../../qdacoder/ui/analysis_window.py" line="85"/>
        <source>Chart levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="84"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="84"/>
        <location filename="../../qdacoder/ui/analysis_window.py" line="88"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="86"/>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="86"/>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="88"/>
        <source>Codes meet in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="92"/>
        <source>Frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="92"/>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="93"/>
        <source>Crosstab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="93"/>
        <source>Co-occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="96"/>
        <source>Valence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="96"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="97"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="97"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="133"/>
        <source>any valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="134"/>
        <source>promoting</source>
        <translation>bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="134"/>
        <source>hindering</source>
        <translation>belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="134"/>
        <source>no valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="135"/>
        <source>any coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="136"/>
        <source>any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="137"/>
        <source>any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="138"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="138"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="138"/>
        <source>respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="184"/>
        <source>Double-click a cell to see its passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="249"/>
        <source>Passages of {row} × {column}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="265"/>
        <source>{document} · {code}: “{passage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="270"/>
        <source>No passages in this cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="298"/>
        <location filename="../../qdacoder/ui/analysis_window.py" line="309"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="305"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="305"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="306"/>
        <source>Word table (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="307"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/analysis_window.py" line="307"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="123"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="124"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="125"/>
        <source>date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="126"/>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="127"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="213"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="214"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="215"/>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="226"/>
        <source>Add attribute...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="228"/>
        <source>Delete attribute...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="232"/>
        <source>Attributes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="271"/>
        <source>{n} cases; missing values are empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="272"/>
        <source>{n} documents; missing values are empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="273"/>
        <source>{n} respondents; missing values are empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="294"/>
        <source>Set {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="305"/>
        <source>Add attribute “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="322"/>
        <source>Delete attribute “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="332"/>
        <source>Click a cell of the attribute to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="337"/>
        <source>Delete attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_editor.py" line="338"/>
        <source>Delete the attribute “{name}” with its {n} value(s)? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeFiles</name>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="32"/>
        <source>Import table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="33"/>
        <source>Export table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="34"/>
        <source>Summary table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="44"/>
        <source>Import attributes from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="46"/>
        <source>Table not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="50"/>
        <source>{rows} rows read: {values} values set, {removed} removed, {cases} new cases, {variables} new attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="73"/>
        <source>Import timeline events from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="75"/>
        <source>Events not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="78"/>
        <source>{added} events added ({skipped} already there), {cases} new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="90"/>
        <source>Import case &amp;attributes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="91"/>
        <source>E&amp;xport case attributes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="92"/>
        <source>Case &amp;summary table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="94"/>
        <source>Import timeline &amp;events...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="95"/>
        <source>Export timeline e&amp;vents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="96"/>
        <source>Show &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="105"/>
        <source>Import timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="106"/>
        <location filename="../../qdacoder/ui/attribute_files.py" line="129"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="112"/>
        <source>Export timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="113"/>
        <location filename="../../qdacoder/ui/attribute_files.py" line="136"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="121"/>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="123"/>
        <source>Written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="128"/>
        <source>Import attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="135"/>
        <source>Export attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="142"/>
        <source>Case summary table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/attribute_files.py" line="143"/>
        <source>Word (*.docx);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="61"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="61"/>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="73"/>
        <source>New case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="74"/>
        <source>Rename case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="75"/>
        <source>Merge case into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="76"/>
        <source>Delete case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="77"/>
        <source>New respondent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="78"/>
        <source>Edit respondent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="79"/>
        <source>Delete respondent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="91"/>
        <source>Speakers of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="94"/>
        <source>Cases of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="98"/>
        <source>Assign the selected passage to a case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="100"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="133"/>
        <source>(respondents without a case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="161"/>
        <source>{label} ({n} turns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="163"/>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="181"/>
        <source>{case}: whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="185"/>
        <source>{case}: chars {start}–{end} “{excerpt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="258"/>
        <source>There is no case to choose; add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="263"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="271"/>
        <source>Add case “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="280"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="280"/>
        <source>Name of the new case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="283"/>
        <location filename="../../qdacoder/ui/case_panel.py" line="298"/>
        <location filename="../../qdacoder/ui/case_panel.py" line="307"/>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="287"/>
        <source>Rename case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="287"/>
        <source>New name of “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="288"/>
        <source>Rename case to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="293"/>
        <source>Merge case “{a}” into “{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="302"/>
        <source>Merge “{name}” into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="315"/>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="316"/>
        <source>Delete the case “{name}”? It has {documents} whole document(s), {passages} passage(s) and {respondents} respondent(s). The documents and respondents stay in the project, without this case; its attribute values and memos go. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="320"/>
        <source>Delete case “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="332"/>
        <source>Add respondent “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="344"/>
        <location filename="../../qdacoder/ui/case_panel.py" line="358"/>
        <source>Select a respondent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="352"/>
        <source>Edit respondent “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="362"/>
        <source>Delete respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="363"/>
        <source>Delete the respondent “{label}”? Speaker turns linked to them keep their label but lose the link. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="364"/>
        <source>Delete respondent “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="371"/>
        <source>Link speaker “{speaker}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="376"/>
        <source>Assign passage to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="382"/>
        <source>Select a passage in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="385"/>
        <source>Assign the passage to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="389"/>
        <source>Select a case link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/case_panel.py" line="392"/>
        <source>Remove link to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../qdacoder/ui/code_panel.py" line="45"/>
        <source>Search codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_panel.py" line="49"/>
        <source>Quick code: type a code, Enter to apply (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_panel.py" line="59"/>
        <source>Only codes added while coding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="72"/>
        <source>Type to filter codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePropertiesDialog</name>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="110"/>
        <source>Code “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="117"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="118"/>
        <source>What the code means (the definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="119"/>
        <source>Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="120"/>
        <source>When to apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="121"/>
        <source>Inclusion criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="122"/>
        <source>When not to apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="123"/>
        <source>Exclusion criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="124"/>
        <source>A typical passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="125"/>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="126"/>
        <source>Category: groups codes and is not applied itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="130"/>
        <source>No valence</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="131"/>
        <source>Promoting (bevorderend, +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="132"/>
        <source>Hindering (belemmerend, −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="134"/>
        <source>New codings are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="150"/>
        <source>Colour of the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="150"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="150"/>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="150"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="150"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="153"/>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="154"/>
        <source>Number of codings (for a code with subcodes: of its whole branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="155"/>
        <source>Number of documents in which it occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="156"/>
        <source>Number of cases in which it occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="157"/>
        <source>Codings marked promoting (bevorderend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="158"/>
        <source>Codings marked hindering (belemmerend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="192"/>
        <source>Category: groups codes, not applied itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="194"/>
        <source>New codings: {valence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="195"/>
        <source>promoting (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="195"/>
        <source>hindering (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="197"/>
        <source>Added while coding by {coder} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="201"/>
        <source>{own} coding(s) on this code itself; the figures count the whole branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookController</name>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="43"/>
        <source>&amp;New code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="44"/>
        <source>New &amp;child code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="45"/>
        <source>&amp;Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="46"/>
        <source>Code &amp;properties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="47"/>
        <source>&amp;Merge code into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="48"/>
        <source>&amp;Delete code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="49"/>
        <source>&amp;Search codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="51"/>
        <source>&amp;Import codebook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="52"/>
        <source>&amp;Export codebook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="58"/>
        <source>Select a code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="69"/>
        <source>New code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="71"/>
        <source>New child code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="72"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="73"/>
        <source>Properties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="74"/>
        <source>Merge into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="76"/>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="82"/>
        <source>Add code “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="96"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="96"/>
        <source>Name of the new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="101"/>
        <source>Rename code to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="111"/>
        <source>Edit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="124"/>
        <source>Move code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="143"/>
        <source>Merge “{a}” into “{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="153"/>
        <source>Merge “{name}” into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="159"/>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="170"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="171"/>
        <source>Delete the code “{name}”? It has {subcodes} subcode(s) and {n} coding(s) in all. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="174"/>
        <source>Delete with its codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="175"/>
        <source>Move its codings to “{parent}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="200"/>
        <source>Codebook not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="202"/>
        <source>Import codebook {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="207"/>
        <source>{added} code(s) added, {kept} already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="210"/>
        <source>Codebook imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="224"/>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="227"/>
        <source>Codebook not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="228"/>
        <source>{file} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="230"/>
        <source>Codebook written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="248"/>
        <source>Import codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="255"/>
        <source>Export codebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="56"/>
        <source>Code in &amp;vivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="57"/>
        <source>&amp;Quick code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="58"/>
        <source>Remove selected codin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="59"/>
        <source>Mark coding &amp;promoting (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="60"/>
        <source>Mark coding &amp;hindering (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="61"/>
        <source>Mark coding &amp;without valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="62"/>
        <source>&amp;Flip valence of coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="63"/>
        <source>&amp;Star coding as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="64"/>
        <source>Recent &amp;codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="107"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="142"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="171"/>
        <source>Select a passage in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="115"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="149"/>
        <source>Code with “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="120"/>
        <source>Coded with “{name}” (Ctrl+Z to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="177"/>
        <source>Code in vivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="208"/>
        <source>&amp;Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="209"/>
        <source>&amp;Change code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="210"/>
        <source>&amp;Memo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="213"/>
        <source>Promoting (bevorderend, +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="214"/>
        <source>Hindering (belemmerend, −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="215"/>
        <source>No valence</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="220"/>
        <source>&amp;Star as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="231"/>
        <source>Star as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="231"/>
        <source>Remove quote star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="237"/>
        <source>Starred. This quote contains {names}: exports replace it with its placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="240"/>
        <source>Starred as quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="241"/>
        <source>Quote star removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="251"/>
        <source>Change valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="246"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="257"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="265"/>
        <source>Click a coding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="270"/>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="278"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="282"/>
        <source>Change code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="287"/>
        <source>Memo on coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="296"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="296"/>
        <source>Memo on this coding:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementReview</name>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="55"/>
        <source>Disagreement review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="61"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="66"/>
        <source>Accept &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="66"/>
        <source>Accept &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="67"/>
        <source>B&amp;oth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="67"/>
        <source>&amp;Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="69"/>
        <source>&amp;Show in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="76"/>
        <source>Coder A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="76"/>
        <source>Coder B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="77"/>
        <source>Consensus coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="132"/>
        <source>Choose two different coders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/disagreement_review.py" line="139"/>
        <source>%n disagreement(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="191"/>
        <source>(not coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="202"/>
        <source>Accept version A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="202"/>
        <source>Accept version B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="203"/>
        <source>Accept both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/disagreement_review.py" line="203"/>
        <source>Accept neither version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTree</name>
    <message>
        <location filename="../../qdacoder/ui/document_list.py" line="57"/>
        <source>Not in a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_list.py" line="65"/>
        <source>{kind}, {n} characters
Imported from {source} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="187"/>
        <source>Open a document to read and code it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="388"/>
        <source>Coded by {coder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="391"/>
        <source>Promoting (bevorderend, +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="393"/>
        <source>Hindering (belemmerend, −)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="18"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="18"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="19"/>
        <source>living place (wonen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="19"/>
        <source>school (onderwijs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="20"/>
        <source>help (hulp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="20"/>
        <source>family (gezin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="21"/>
        <source>diagnosis (diagnose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="21"/>
        <source>other life event (leven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="22"/>
        <source>day (2015-03-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="22"/>
        <source>month (2015-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="23"/>
        <source>year (2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="23"/>
        <source>age of the youth (8 or 8.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="33"/>
        <source>empty for a single moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="40"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="40"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="40"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="42"/>
        <source>Turning point (schakelmoment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="45"/>
        <source>Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="45"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="46"/>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="46"/>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="47"/>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="47"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="48"/>
        <source>Type of help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="49"/>
        <source>Outside the family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/event_dialog.py" line="50"/>
        <source>Memo:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="123"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="123"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="123"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="123"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="32"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="35"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="36"/>
        <source>Import {n} file(s): {names}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="39"/>
        <source>Automatic (transcript when speaker turns are found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="42"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="47"/>
        <source>No case, or type a new case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="48"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="49"/>
        <source>Code every speaker turn with a code per speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="79"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="80"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="109"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="110"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="111"/>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="112"/>
        <source>Coded passages and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="120"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="122"/>
        <source>The timeline of a case appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="203"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="204"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="205"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="207"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="211"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="212"/>
        <source>&amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="215"/>
        <source>C&amp;ases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="217"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="219"/>
        <source>&amp;Review disagreements...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="223"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="224"/>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="225"/>
        <source>&amp;Analysis window...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="229"/>
        <source>Inter-coder &amp;agreement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="232"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="236"/>
        <source>Codings &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="238"/>
        <source>&amp;All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="238"/>
        <source>&amp;Only mine (blind coding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="239"/>
        <source>&amp;Chosen coders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="246"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="247"/>
        <source>&amp;About qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="275"/>
        <source>Project in a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="276"/>
        <source>This project is in a folder that a sync service (OneDrive, Dropbox, iCloud...) copies while qdacoder writes to it. That can damage the project. Keep projects in a local folder and back them up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="300"/>
        <source>Codings of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="301"/>
        <source>Coders whose codings to show, separated by commas ({names}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="352"/>
        <source>qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="427"/>
        <source>Coder: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="427"/>
        <source>No coder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="431"/>
        <source>Open or create a project (Project menu) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="435"/>
        <source>{documents} documents, {codes} codes, {codings} codings, {cases} cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="65"/>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="65"/>
        <source>New memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="75"/>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="77"/>
        <source>Optional; the first line of the text otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="78"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="80"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="105"/>
        <source>Search memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="110"/>
        <source>All memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="115"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="115"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="115"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="115"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="134"/>
        <source>New memo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="134"/>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="135"/>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="159"/>
        <source>Project journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="159"/>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="160"/>
        <source>This case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="160"/>
        <source>This code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="160"/>
        <source>This coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="187"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="189"/>
        <source>Document {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="191"/>
        <source>Case {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="196"/>
        <source>Code {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="196"/>
        <location filename="../../qdacoder/ui/memo_panel.py" line="204"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="202"/>
        <source>Coding on “{excerpt}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="238"/>
        <source>Open a document and select a case, code or coding to see its memos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="271"/>
        <source>, edited {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="272"/>
        <source>{on} — {author}, {date}{edited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="273"/>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="290"/>
        <source>Add memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="308"/>
        <source>Select a memo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="318"/>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="329"/>
        <location filename="../../qdacoder/ui/memo_panel.py" line="334"/>
        <source>Delete memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/memo_panel.py" line="330"/>
        <source>Delete the memo “{title}”? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="32"/>
        <source>Save a &amp;coder copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="33"/>
        <source>&amp;Merge coder copies...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="40"/>
        <location filename="../../qdacoder/ui/merge_actions.py" line="45"/>
        <source>Save a coder copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="41"/>
        <source>qdacoder projects (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="46"/>
        <source>Leave out everyone&apos;s codings, so the other coder starts afresh?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="53"/>
        <location filename="../../qdacoder/ui/merge_actions.py" line="90"/>
        <source>Merge coder copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="54"/>
        <source>qdacoder projects (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="66"/>
        <source>Coder copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="68"/>
        <source>Saved a coder copy as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/merge_actions.py" line="78"/>
        <source>Merge {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="46"/>
        <source>&amp;New project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="47"/>
        <source>&amp;Open project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="48"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="50"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="52"/>
        <source>Change &amp;coder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="54"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="57"/>
        <source>&amp;Import files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="59"/>
        <source>&amp;Rename document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="60"/>
        <source>Put in &amp;case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="61"/>
        <source>&amp;Delete document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="71"/>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="72"/>
        <source>Two windows on one project can overwrite each other&apos;s view of it. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="84"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="100"/>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="107"/>
        <source>Starter codebook not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="117"/>
        <source>No backup could be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="121"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="127"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="121"/>
        <source>qdacoder projects (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="125"/>
        <source>An empty codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="127"/>
        <source>Start with the codebook of an earlier study?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="135"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="136"/>
        <source>qdacoder projects (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="158"/>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="163"/>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="163"/>
        <source>Your name as coder (shown with every coding you make):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="171"/>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="175"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="176"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="182"/>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="182"/>
        <source>Open or create a project before importing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="195"/>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="195"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="198"/>
        <source>Import {n} document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="204"/>
        <source>Importing {file}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="211"/>
        <source>{n} of {total} file(s) could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="214"/>
        <source>Imported {n} document(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="225"/>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="230"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="239"/>
        <source>Select a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="247"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="249"/>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="247"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="257"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="257"/>
        <source>Case of this document (type a new name to create one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="263"/>
        <source>Put document in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="271"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="274"/>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="272"/>
        <source>Delete “{name}” and all its codings from the project? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="278"/>
        <source>About qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="279"/>
        <source>&lt;b&gt;qdacoder {version}&lt;/b&gt;&lt;br&gt;Qualitative coding of interviews and field notes for action-learning research in youth care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="82"/>
        <source>&amp;Export quotes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="83"/>
        <source>&amp;Attribution and placeholders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="85"/>
        <source>&amp;Draft report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="94"/>
        <source>Names in starred quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="95"/>
        <source>{n} starred quote(s) contain names from the placeholder list ({names}). Every export replaces them by their placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="110"/>
        <source>Quotes not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="112"/>
        <source>{n} quotes written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="118"/>
        <location filename="../../qdacoder/ui/quote_actions.py" line="123"/>
        <source>Export quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="119"/>
        <source>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv);;HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="124"/>
        <source>All coded passages, not only the starred quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="125"/>
        <source>Split into bevorderend / belemmerend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="126"/>
        <source>Add the source (document and position) for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="144"/>
        <source>Draft report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="146"/>
        <source>Draft report written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="157"/>
        <source>Inter-coder agreement between {coders} ({level}, n = {n}): kappa = {kappa} ({band}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="165"/>
        <source>Draft report</source>
        <translation>Conceptrapport</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="165"/>
        <source>Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="174"/>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="178"/>
        <source>Remove placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="180"/>
        <source>Set placeholder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteSettings</name>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="35"/>
        <source>Quotes: attribution and placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="38"/>
        <source>(own template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="45"/>
        <source>Name in the material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="45"/>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="51"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/quote_actions.py" line="52"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="25"/>
        <source>Edit respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="25"/>
        <source>New respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="28"/>
        <source>(no case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="32"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="34"/>
        <source>As in the transcripts, e.g. R, Moeder, Jeugdconsulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="35"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="40"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="42"/>
        <source>For professionals, e.g. gedragsdeskundige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/respondent_dialog.py" line="43"/>
        <source>Function:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrievalPanel</name>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="174"/>
        <source>With subcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="177"/>
        <source>Passage contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="180"/>
        <source>overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="180"/>
        <source>without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="181"/>
        <source>near (within characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="195"/>
        <source>Search text (all words; &quot;a phrase&quot;; wacht* for prefixes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="196"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="198"/>
        <source>each hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="198"/>
        <source>the sentence of each hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="199"/>
        <source>the paragraph (line) of each hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="201"/>
        <source>Code all hits with the current code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="230"/>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="239"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="231"/>
        <source>Valence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="231"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="232"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="232"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="233"/>
        <source>Combined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="233"/>
        <source>distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="243"/>
        <source>Coded passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="244"/>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="264"/>
        <source>The code selected in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="265"/>
        <source>(no second code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="266"/>
        <source>any valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="266"/>
        <source>promoting</source>
        <translation>bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="267"/>
        <source>hindering</source>
        <translation>belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="268"/>
        <source>no valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="269"/>
        <source>any coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="270"/>
        <source>any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="271"/>
        <source>any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="305"/>
        <source>%n passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="306"/>
        <source>Choose a code, here or in the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="318"/>
        <source>&amp;Open in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="319"/>
        <source>&amp;Star as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="327"/>
        <source>Star as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="346"/>
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="347"/>
        <source>The first %n hits are listed; “Code all hits” codes every one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="358"/>
        <source>Select a code in the codebook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="366"/>
        <source>Code search hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="369"/>
        <source>%n passage(s) coded (Ctrl+Z to undo)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="73"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="73"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="73"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="73"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="74"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="74"/>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="74"/>
        <source>Valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="105"/>
        <source>+ promoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/retrieval_panel.py" line="105"/>
        <source>− hindering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="69"/>
        <source>Export PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="71"/>
        <source>Export SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="82"/>
        <source>Add event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="83"/>
        <source>Edit event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="84"/>
        <location filename="../../qdacoder/ui/timeline_view.py" line="182"/>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="85"/>
        <source>Link selected coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="89"/>
        <location filename="../../qdacoder/ui/timeline_view.py" line="259"/>
        <source>Click an event to see the passages about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="99"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="163"/>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="175"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="188"/>
        <source>Click an event here and a coding in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="191"/>
        <source>Link passage to event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="200"/>
        <source>No events yet: the figures of this case are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="204"/>
        <source>{places} living places ({outside} outside the family), {schools} schools, {help} help trajectories, first help at age {age}, {turns} turning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="224"/>
        <source>Choose a case to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="267"/>
        <source>Passages about “{event}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="277"/>
        <source>{document}: “{passage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="282"/>
        <source>No passages are linked to this event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="300"/>
        <location filename="../../qdacoder/ui/timeline_view.py" line="309"/>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="307"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/timeline_view.py" line="307"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qdacoder</name>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="19"/>
        <location filename="../../qdacoder/core/events.py" line="150"/>
        <location filename="../../qdacoder/core/events.py" line="161"/>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="32"/>
        <source>A case needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="35"/>
        <location filename="../../qdacoder/core/cases.py" line="52"/>
        <source>There is already a case named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="82"/>
        <source>A case cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/coders.py" line="24"/>
        <source>A coder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="55"/>
        <source>This code no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="92"/>
        <source>“{path}” is not a valid code path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="147"/>
        <source>A code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="150"/>
        <source>A code name cannot contain “/”: “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="154"/>
        <source>A code name can have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="160"/>
        <source>There is already a code “{name}” at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="169"/>
        <source>“{color}” is not a colour; use #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="177"/>
        <source>“{valence}” is not a valence; use promoting or hindering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="23"/>
        <location filename="../../qdacoder/core/quotes.py" line="50"/>
        <source>This coding no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="112"/>
        <location filename="../../qdacoder/core/codings.py" line="50"/>
        <location filename="../../qdacoder/core/documents.py" line="48"/>
        <location filename="../../qdacoder/core/documents.py" line="64"/>
        <source>This document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="115"/>
        <location filename="../../qdacoder/core/codings.py" line="53"/>
        <source>The passage {start}–{end} is not inside the document (0–{length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="85"/>
        <source>“{name}” is a category: it groups codes and is not applied itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="95"/>
        <location filename="../../qdacoder/core/codings.py" line="217"/>
        <source>This passage already has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="113"/>
        <source>“{kind}” is not a document kind. Choose one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="144"/>
        <source>{name}: the document has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="149"/>
        <source>{name}: this text is already in the project as “{other}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="193"/>
        <source>{name}: a speaker turn lies outside the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="220"/>
        <source>A document needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="223"/>
        <source>There is already a document named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/journal.py" line="124"/>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/journal.py" line="152"/>
        <source>This action cannot be undone or redone: the project was changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="55"/>
        <location filename="../../qdacoder/exchange/merge.py" line="85"/>
        <source>{file}: a file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="60"/>
        <location filename="../../qdacoder/exchange/merge.py" line="89"/>
        <source>{file}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="68"/>
        <source>{file}: the project cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="88"/>
        <source>{file}: the project cannot be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="95"/>
        <location filename="../../qdacoder/core/project.py" line="101"/>
        <location filename="../../qdacoder/core/project.py" line="217"/>
        <source>{file}: this is not a qdacoder project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="107"/>
        <source>{file} was saved by a newer version of qdacoder. Update qdacoder to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="147"/>
        <source>{file}: the change could not be saved ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="200"/>
        <source>{file}: the project file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="204"/>
        <source>{file} is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="211"/>
        <location filename="../../qdacoder/fileio.py" line="14"/>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/demo.py" line="70"/>
        <source>Demo: the quoted passage is not in “{document}”: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/demo.py" line="76"/>
        <source>Demo: there is no code “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="46"/>
        <source>{file}: files of type {extension} cannot be imported. Supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="49"/>
        <source>{file}: files without a file type (extension) cannot be imported. Supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="41"/>
        <source>{file}: files of type {extension} are not codebook files. Supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="44"/>
        <source>{file}: the file has no file type (extension), so its format is unknown. Supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="49"/>
        <source>{file}: Word files (.docx) are for export only: a codebook can be written as a Word document but not read from one. Supported for import: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/fileio.py" line="11"/>
        <source>{file}: the file does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/fileio.py" line="12"/>
        <source>{file}: this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/fileio.py" line="13"/>
        <source>{file}: you are not allowed to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/fileio.py" line="15"/>
        <source>{file}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="54"/>
        <source>{file}: the file is too large for a codebook (more than {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="57"/>
        <source>{file}: the character encoding of this file could not be recognised. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="62"/>
        <source>{file}: the codebook could not be read because of an unexpected problem ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="68"/>
        <source>{file}: a codebook cannot be exported as {extension}. Supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="71"/>
        <source>{file}: the folder to write this file in does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="74"/>
        <source>{file}: the file cannot be written: you are not allowed to write there, or another program (such as Excel or Word) has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="79"/>
        <source>{file}: the file cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="80"/>
        <source>{file}: the codebook cannot be exported because it is not valid ({reason}); no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="85"/>
        <source>{file}: the codebook could not be exported because of an unexpected problem ({reason}); no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="53"/>
        <source>{file}: the file is too large to import (more than {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="56"/>
        <source>{file}: the file could not be imported because of an unexpected problem ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/archive.py" line="27"/>
        <source>{file}: the file contains an item whose name points outside the file ({member}); it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/archive.py" line="32"/>
        <source>{file}: the file unpacks to more than {limit} MB (or holds too many parts); it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/cleanup.py" line="25"/>
        <source>{file}: the file contains no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/docx.py" line="34"/>
        <source>{file}: this is not a valid Word document (the file is damaged or is not a .docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/docx.py" line="38"/>
        <source>{file}: this is an old Word document (.doc) or a password-protected document. Open it in Word, remove any password and save it as .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/odt.py" line="28"/>
        <source>{file}: this is not a valid OpenDocument text (the file is damaged or is not an .odt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/odt.py" line="32"/>
        <source>{file}: this document is protected with a password. Save a copy without password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="36"/>
        <source>{file}: this is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="37"/>
        <source>{file}: this PDF is damaged and cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="40"/>
        <source>{file}: this PDF is protected with a password. Save a copy without password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="45"/>
        <source>{file}: this PDF is encrypted in a way that cannot be read here. Print or save it as a new PDF without protection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="50"/>
        <source>{file}: this PDF has no text layer; it is probably a scan. Run text recognition (OCR) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/rtf.py" line="24"/>
        <source>{file}: this is not an RTF file (it does not start with the RTF header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/rtf.py" line="27"/>
        <source>{file}: this RTF file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/text.py" line="25"/>
        <source>{file}: this looks like a binary file, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/text.py" line="26"/>
        <source>{file}: the character encoding of this text file could not be recognised. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="40"/>
        <location filename="../../qdacoder/ui/document_list.py" line="22"/>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="41"/>
        <location filename="../../qdacoder/ui/document_list.py" line="23"/>
        <source>field note</source>
        <translation>veldnotitie</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="42"/>
        <location filename="../../qdacoder/ui/document_list.py" line="24"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="43"/>
        <location filename="../../qdacoder/ui/document_list.py" line="25"/>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="44"/>
        <location filename="../../qdacoder/ui/document_list.py" line="26"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="48"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="49"/>
        <source>respondent unknown: attributed to the document kind</source>
        <translation>respondent onbekend: toegeschreven aan de soort document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="50"/>
        <source>{document}, chars {start}–{end}</source>
        <translation>{document}, tekens {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/quotes.py" line="51"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/errors.py" line="70"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/errors.py" line="71"/>
        <source>qdacoder ran into an unexpected problem. Your work so far is saved. The details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/app.py" line="59"/>
        <source>Welcome to qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/app.py" line="60"/>
        <source>Your name as coder (shown with every coding you make; you can change it in the Project menu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="43"/>
        <source>“{name}” cannot be moved into itself or one of its subcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="59"/>
        <source>“{name}” cannot be merged into itself or one of its subcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="74"/>
        <source>“{name}” is a category: it groups codes and cannot take codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="106"/>
        <source>“{name}” is at the top level: there is no parent to move its codings to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_analysis.py" line="223"/>
        <location filename="../../qdacoder/cli_codebook.py" line="28"/>
        <source>There is no code “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="49"/>
        <location filename="../../qdacoder/exchange/__init__.py" line="50"/>
        <source>qdacoder YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="51"/>
        <source>CSV, one row per code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="52"/>
        <source>Excel, one row per code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="53"/>
        <source>REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="54"/>
        <source>Word (export only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="31"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="32"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="74"/>
        <source>Inclusion criteria</source>
        <translation>Inclusiecriteria</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="33"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="75"/>
        <source>Exclusion criteria</source>
        <translation>Exclusiecriteria</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="34"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="76"/>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="35"/>
        <source>Category (groups codes; not applied itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="36"/>
        <source>Default valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="37"/>
        <location filename="../../qdacoder/reports/charts.py" line="37"/>
        <location filename="../../qdacoder/reports/quotes.py" line="45"/>
        <source>promoting</source>
        <translation>bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="38"/>
        <location filename="../../qdacoder/reports/charts.py" line="38"/>
        <location filename="../../qdacoder/reports/quotes.py" line="46"/>
        <source>hindering</source>
        <translation>belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="54"/>
        <source>{file}: not a valid XML file (line {line}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="57"/>
        <source>{file}: not a REFI-QDA codebook (the file starts with &lt;{found}&gt; instead of &lt;CodeBook&gt; of urn:QDA-XML:codebook:1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="62"/>
        <source>{file}: the file declares XML entities (in a DTD), which REFI-QDA codebooks never need; it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="67"/>
        <source>{file}: the codebook has no codes, and a REFI-QDA codebook needs at least one; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="73"/>
        <source>{file}, line {line}: a &lt;Code&gt; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/qdc_codebook.py" line="74"/>
        <source>{file}, line {line}: isCodable=&quot;{value}&quot; is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="77"/>
        <source>{file}, row 1: the first row must name the columns (at least “path”); known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="82"/>
        <source>{file}, row 1: there is no column “path” (the code&apos;s names from the root, joined with “/”); known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="68"/>
        <source>{file}: events are read from and written to .csv and .xlsx files, not {extension}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="70"/>
        <source>{file}: the file is too large for a table of events (more than {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="71"/>
        <source>{file}, row 1: the first row must name the columns; known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="72"/>
        <source>{file}, row 1: there is no column “{column}”; known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="74"/>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="87"/>
        <source>{file}, row 1: unknown column “{column}”; known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="75"/>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="90"/>
        <source>{file}, row 1: the column “{column}” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="76"/>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="93"/>
        <source>{file}, row {row}, column {number}: this cell has a value, but its column has no name in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="82"/>
        <source>A row needs the name of its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="83"/>
        <source>“{value}” is not a precision. Choose one of: day, month, year, age (dag, maand, jaar, leeftijd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="85"/>
        <source>“{value}” is not a date (2015-03-12, 2015-03, 2015) or an age (8 or 8,5); write it so, or give its precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/event_table.py" line="87"/>
        <source>“{value}” is not yes or no (ja/nee, 1/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="98"/>
        <source>{file}, row {row}, column “{column}”: the path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="101"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a valid path; it is the names from the root joined with “/”, and no name may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="48"/>
        <source>{file}, row {row}: this row cannot be read as CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="51"/>
        <source>{file}: this is not a text (CSV) file; it looks like a binary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="54"/>
        <source>{file}: this is not a valid Excel workbook (the file is damaged or is not an .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="58"/>
        <source>{file}: this is an old Excel workbook (.xls) or a password-protected one. Open it in Excel, remove any password and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/tables.py" line="63"/>
        <source>{file}: the workbook unpacks to more than {limit} MB (or holds too many parts); it is refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="86"/>
        <source>{file}, line {line}: a code has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="87"/>
        <source>{file}, row {row}, column “{column}”: a code has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="90"/>
        <source>{file}, line {line}: the name “{name}” contains “/”, which separates the names in a path; use another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="95"/>
        <source>{file}, row {row}, column “{column}”: the name “{name}” contains “/”, which separates the names in a path; use another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="102"/>
        <source>{file}, line {line}: the name “{name}” is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="105"/>
        <source>{file}, row {row}, column “{column}”: the name “{name}” is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="112"/>
        <source>{file}, line {line}: the code “{path}” appears twice (also at line {other}); codes with the same parent need different names (upper and lower case count as the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="117"/>
        <source>{file}, row {row}: the code “{path}” appears twice (also in row {other}); codes with the same parent need different names (upper and lower case count as the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="124"/>
        <source>{file}, line {line}: “{value}” is not a colour; use #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="125"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a colour; use #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="130"/>
        <source>{file}, line {line}: “{value}” is not a valence; use one of: {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="133"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a valence; use one of: {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="140"/>
        <source>{file}, line {line}: “{value}” is not a GUID (32 hexadecimal digits in groups of 8-4-4-4-12, like 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="145"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a GUID (32 hexadecimal digits in groups of 8-4-4-4-12, like 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="152"/>
        <source>{file}, line {line}: the GUID “{value}” is used twice (also at line {other}); every code needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="157"/>
        <source>{file}, row {row}, column “{column}”: the GUID “{value}” is used twice (also in row {other}); every code needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="164"/>
        <source>{file}, line {line}: “{value}” is not yes or no; write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/validate.py" line="167"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not yes or no; write yes, no, or leave the cell empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="44"/>
        <source>{file}, line {line}: this is not valid YAML ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="45"/>
        <source>{file}: the file holds no codebook (it is empty or has only comments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="48"/>
        <source>{file}, line {line}: this is not a codebook; the file should start with “codebook:”, “description:” and “codes:”, or be a list of codes (“- name: ...”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="53"/>
        <source>{file}, line {line}: unknown key “{key}”; known keys: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="56"/>
        <source>{file}, line {line}: the key “{key}” appears twice (also at line {other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="59"/>
        <source>{file}, line {line}: the value of “{key}” must be text, not a list or mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="62"/>
        <source>{file}, line {line}: “codes” must be a list of codes, each starting with “- name:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="66"/>
        <source>{file}, line {line}: expected a code here: a mapping with at least “name:”, such as “- name: Wachtlijsten”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="71"/>
        <source>{file}, line {line}: this code has no “name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="72"/>
        <source>{file}, line {line}: anchors and aliases (&amp; and *) are not supported in codebook files; write the code out in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/yaml_codebook.py" line="77"/>
        <source>{file}, line {line}: put the colour in quotes, like color: &quot;#2e7d32&quot;; without quotes YAML reads everything after # as a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/starters.py" line="26"/>
        <source>There is no starter codebook “{name}”. Choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="32"/>
        <source>no values</source>
        <translation>geen waarden</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="34"/>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="49"/>
        <source>n = {n} cases</source>
        <translation>n = {n} casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="35"/>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="48"/>
        <source>n = {n} documents</source>
        <translation>n = {n} documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="36"/>
        <source>n = {n} respondents</source>
        <translation>n = {n} respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="39"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="81"/>
        <source>Summary of the cases</source>
        <translation>Samenvatting van de casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="40"/>
        <source>Summary of the documents</source>
        <translation>Samenvatting van de documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="41"/>
        <source>Summary of the respondents</source>
        <translation>Samenvatting van de respondenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="139"/>
        <source>living places (timeline)</source>
        <translation>woon- en verblijfplekken (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="140"/>
        <source>living places outside the family (timeline)</source>
        <translation>verblijfplekken buiten het gezin (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="141"/>
        <source>schools (timeline)</source>
        <translation>scholen (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="142"/>
        <source>help trajectories (timeline)</source>
        <translation>hulptrajecten (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/case_summary.py" line="143"/>
        <source>age at first help (timeline)</source>
        <translation>leeftijd bij eerste hulp (tijdlijn)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_memos.py" line="26"/>
        <source>There is nothing called “{name}” to write a memo on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_timeline.py" line="19"/>
        <source>There is no case “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="52"/>
        <source>This attribute no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="68"/>
        <source>An attribute needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="70"/>
        <source>There is already an attribute “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="74"/>
        <source>The category attribute “{name}” needs its list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="137"/>
        <source>“{value}” is not one of the values of “{name}”: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="146"/>
        <source>“{value}” is not {kind}, as “{name}” needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="189"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/attributes.py" line="190"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="68"/>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="76"/>
        <source>An event needs a start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="81"/>
        <source>“{value}” does not fit the precision “{precision}” (day: 2015-03-12, month: 2015-03, year: 2015, age: 8 or 8.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="91"/>
        <source>“{value}” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="102"/>
        <source>“{lane}” is not a lane. Choose one of: {lanes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="111"/>
        <source>An event cannot end ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/events.py" line="120"/>
        <source>“{care}” is not a type of help. Choose one of: {types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/memos.py" line="48"/>
        <source>This memo no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/memos.py" line="58"/>
        <source>An empty memo is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/respondents.py" line="40"/>
        <source>This respondent no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/respondents.py" line="47"/>
        <source>A respondent needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/respondents.py" line="51"/>
        <source>This case already has a respondent “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="50"/>
        <source>{file}: an attribute table is a .csv or .xlsx file, not {extension}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="51"/>
        <source>{file}: the file is too large for an attribute table (more than {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="52"/>
        <source>{file}, row 1: the first row must name the columns: first “{key}”, then one column per attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="54"/>
        <source>{file}, row 1: the first column is “{column}”, but this table is read as one with a row per {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="56"/>
        <source>{file}, row 1: the first column must name the {key} of each row, but it is the attribute “{column}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="58"/>
        <location filename="../../qdacoder/exchange/event_table.py" line="79"/>
        <source>{file}: nothing was imported, because of {count} problem(s):
{listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="59"/>
        <location filename="../../qdacoder/exchange/event_table.py" line="80"/>
        <source>row {row}, column “{column}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="60"/>
        <location filename="../../qdacoder/exchange/event_table.py" line="81"/>
        <source>and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="61"/>
        <source>this cell has a value, but its column has no name in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="62"/>
        <source>this column appears twice (also column {other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="63"/>
        <source>the row has values but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="64"/>
        <source>“{name}” is also in row {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="66"/>
        <source>there is no document “{name}” in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="67"/>
        <source>there is no respondent “{name}” in the project (write “case name/label”, or the label alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/attribute_table.py" line="70"/>
        <source>“{name}” fits more than one {key}; write it exactly as in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="33"/>
        <source>Variable</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="33"/>
        <source>Figure</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="34"/>
        <source>n valid</source>
        <translation>n geldig</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="34"/>
        <source>n missing</source>
        <translation>n ontbrekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="35"/>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="35"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="36"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="36"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="37"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="38"/>
        <source>filters: {filters}</source>
        <translation>selectie: {filters}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/summary_report.py" line="39"/>
        <source>written on {date}</source>
        <translation>gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="49"/>
        <source>Living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="49"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="50"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="50"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="51"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="51"/>
        <source>Life events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="57"/>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="58"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="59"/>
        <source>Turning point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="60"/>
        <source>Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="61"/>
        <source>No events on this timeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="62"/>
        <source>{count} event(s) given as an age are not shown: the case has no birth date (a date attribute “geboortedatum”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/timeline_chart.py" line="64"/>
        <source>{file}: a timeline is saved as .png or .svg, not as {extension}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="168"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="169"/>
        <source>document kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="170"/>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="171"/>
        <source>coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="172"/>
        <source>valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="173"/>
        <source>speaker roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="174"/>
        <source>passage contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="175"/>
        <source>No filters: all codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/filters.py" line="176"/>
        <location filename="../../qdacoder/reports/charts.py" line="39"/>
        <location filename="../../qdacoder/reports/quotes.py" line="47"/>
        <source>no valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/retrieval.py" line="158"/>
        <source>The distance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_filters.py" line="89"/>
        <source>There is no document named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_filters.py" line="92"/>
        <source>There is no case named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_filters.py" line="94"/>
        <source>There is no coder named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_analysis.py" line="43"/>
        <location filename="../../qdacoder/cli_filters.py" line="113"/>
        <source>There is no attribute named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/search.py" line="97"/>
        <source>The search has an opening quote without a closing one: put the phrase between two quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/search.py" line="107"/>
        <source>Type one or more words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/search.py" line="183"/>
        <source>The search “{query}” cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="42"/>
        <source>overlapping passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="43"/>
        <source>same document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="44"/>
        <source>same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/cooccurrence.py" line="47"/>
        <source>n = {n} codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/crosstab.py" line="51"/>
        <source>respondent role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/crosstab.py" line="52"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/frequency_table.py" line="38"/>
        <source>{cases} of {total} cases, {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/frequency_table.py" line="39"/>
        <source>{cases} of {total} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="40"/>
        <location filename="../../qdacoder/reports/table_export.py" line="37"/>
        <source>Codings</source>
        <translation>Coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="41"/>
        <location filename="../../qdacoder/reports/draft_report.py" line="80"/>
        <location filename="../../qdacoder/reports/table_export.py" line="50"/>
        <source>Code frequencies</source>
        <translation>Codefrequenties</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="42"/>
        <location filename="../../qdacoder/reports/table_export.py" line="43"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="43"/>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/charts.py" line="44"/>
        <source>{file}: a chart is saved as .png or .svg, not as {extension}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="32"/>
        <location filename="../../qdacoder/reports/table_export.py" line="35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="33"/>
        <source>% agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="33"/>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="34"/>
        <source>Kappa min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="34"/>
        <source>Kappa max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="35"/>
        <source>Fleiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="35"/>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="36"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="37"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="38"/>
        <source>Inter-coder agreement ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="40"/>
        <source>code occurrence per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="41"/>
        <source>code frequency per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="42"/>
        <source>passage overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="43"/>
        <source>per character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="45"/>
        <source>coders: {coders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="46"/>
        <source>documents compared: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="47"/>
        <source>mean kappa over codes: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="48"/>
        <source>kappa: Cohen&apos;s kappa; with three or more coders the mean over pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="37"/>
        <source>Passages</source>
        <translation>Fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="38"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="38"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="39"/>
        <source>% of cases</source>
        <translation>% van de casussen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="39"/>
        <source>Promoting</source>
        <translation>Bevorderend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="40"/>
        <source>Hindering</source>
        <translation>Belemmerend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="40"/>
        <source>No valence</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="41"/>
        <source>Own codings</source>
        <translation>Eigen coderingen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="47"/>
        <source>{file}: a table is saved as .xlsx, .csv or .docx, not as {extension}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/agreement_report.py" line="32"/>
        <location filename="../../qdacoder/reports/table_export.py" line="44"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="45"/>
        <source>{column} %</source>
        <translation>{column} %</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="46"/>
        <source>n = {n} cases, of which {unknown} not known</source>
        <translation>n = {n} casussen, waarvan {unknown} onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="51"/>
        <source>Codes by case</source>
        <translation>Codes per casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="52"/>
        <source>Codes by document</source>
        <translation>Codes per document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="53"/>
        <source>Codes by {variable}</source>
        <translation>Codes naar {variable}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="54"/>
        <source>Co-occurrence of codes in overlapping passages</source>
        <translation>Samen voorkomen van codes in overlappende fragmenten</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="55"/>
        <source>Co-occurrence of codes in the same document</source>
        <translation>Samen voorkomen van codes in hetzelfde document</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/table_export.py" line="56"/>
        <source>Co-occurrence of codes in the same case</source>
        <translation>Samen voorkomen van codes in dezelfde casus</translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="197"/>
        <source>slecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="198"/>
        <source>gering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="199"/>
        <source>matig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="200"/>
        <source>redelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="202"/>
        <source>voldoende tot goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement_stats.py" line="204"/>
        <source>bijna perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/lock.py" line="67"/>
        <source>{file} is open in qdacoder by {user} on {host} since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="59"/>
        <source>Unit: a document and a code. Rating: does the coder use the code in the document (yes/no)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="60"/>
        <source>Unit: a document and a code. Rating: how many codings of the code the coder made in the document (equal counts agree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="61"/>
        <source>Unit: a coded passage. Two codings of the same code agree when they overlap by at least {threshold}% of their combined extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="62"/>
        <source>Unit: a character of a document. Rating: is it coded with the code by the coder (as NVivo)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="64"/>
        <source>no variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/agreement.py" line="65"/>
        <source>no units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_agreement.py" line="38"/>
        <source>There is no {kind} named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="40"/>
        <source>only coder A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="41"/>
        <source>only coder B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="42"/>
        <source>different code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/analysis/disagreements.py" line="43"/>
        <source>different boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/consensus.py" line="58"/>
        <source>The consensus coder “{name}” must not be one of the coders compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/merge.py" line="104"/>
        <source>{file}: the copy could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/merge.py" line="125"/>
        <source>{file} is this project itself; choose a coder copy to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_quotes.py" line="26"/>
        <source>There is no document “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_quotes.py" line="33"/>
        <source>{document} has no coding that runs exactly from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_export.py" line="18"/>
        <location filename="../../qdacoder/cli_quotes.py" line="76"/>
        <location filename="../../qdacoder/reports/quotes.py" line="241"/>
        <source>{file}: quotes can be written as .docx, .xlsx, .csv or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_export.py" line="19"/>
        <source>{file}: counts can be written as .docx, .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_export.py" line="20"/>
        <source>{file}: the draft report is written as .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="29"/>
        <source>Quote with role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="30"/>
        <source>Quote with role and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="31"/>
        <source>Quote with municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="82"/>
        <source>The template must contain {{text}}: the place where the quote itself goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="86"/>
        <source>The template has a brace that does not belong to a field: write fields as {{role}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="92"/>
        <source>The template uses “{field}”, which is not a field. Use {fields} or the name of an attribute of respondents, cases or documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="133"/>
        <source>Give the name that must not appear in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="136"/>
        <source>Give a placeholder for “{name}”, e.g. [naam jongere].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="139"/>
        <source>The placeholder for “{name}” contains the name itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/quotes.py" line="152"/>
        <source>This placeholder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="50"/>
        <source>Draft report</source>
        <translation>Conceptrapport</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="51"/>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="52"/>
        <source>Coders: {names}</source>
        <translation>Codeurs: {names}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="53"/>
        <source>Coders: none yet</source>
        <translation>Codeurs: nog geen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="54"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="55"/>
        <source>The analysis covers {cases} cases with {documents} documents.</source>
        <translation>De analyse betreft {cases} casussen met {documents} documenten.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="56"/>
        <source>Selection: {filters}.</source>
        <translation>Selectie: {filters}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="57"/>
        <source>Documents by kind ({n}): {parts}.</source>
        <translation>Documenten naar soort ({n}): {parts}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="58"/>
        <source>Respondents by role ({n}): {parts}.</source>
        <translation>Respondenten naar rol ({n}): {parts}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="59"/>
        <source>role unknown</source>
        <translation>rol onbekend</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="60"/>
        <source>{label} {count} ({percent}%)</source>
        <translation>{label} {count} ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="61"/>
        <source>The codebook has {codes} codes in {themes} themes (see the appendix).</source>
        <translation>Het codeboek telt {codes} codes in {themes} thema's (zie de bijlage).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="63"/>
        <source>The material was coded by {count} coder(s): {names}.</source>
        <translation>Het materiaal is gecodeerd door {count} codeur(s): {names}.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="64"/>
        <source>The material has not been coded yet.</source>
        <translation>Het materiaal is nog niet gecodeerd.</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="65"/>
        <source>This factor occurs in {cases} of the {total} cases ({percent}%); in {cases_hindering} it is described as hindering and in {cases_promoting} as promoting ({codings} codings).</source>
        <translation>Deze factor komt voor in {cases} van de {total} casussen ({percent}%); in {cases_hindering} als belemmerend en in {cases_promoting} als bevorderend beschreven ({codings} coderingen).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="68"/>
        <source>This factor occurs in {cases} of the {total} cases; in {cases_hindering} it is described as hindering and in {cases_promoting} as promoting ({codings} codings).</source>
        <translation>Deze factor komt voor in {cases} van de {total} casussen; in {cases_hindering} als belemmerend en in {cases_promoting} als bevorderend beschreven ({codings} coderingen).</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="71"/>
        <source>[Definition still to be written.]</source>
        <translation>[Definitie nog te schrijven.]</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="72"/>
        <source>Appendix A. Codebook</source>
        <translation>Bijlage A. Codeboek</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="73"/>
        <source>Appendix B. Tables</source>
        <translation>Bijlage B. Tabellen</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="77"/>
        <source>Table {number}. {title}</source>
        <translation>Tabel {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="78"/>
        <source>Figure {number}. {title}</source>
        <translation>Figuur {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../qdacoder/reports/draft_report.py" line="79"/>
        <source>Codings per theme, by valence</source>
        <translation>Coderingen per thema, naar richting</translation>
    </message>
</context>
</TS>
