<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../qdacoder/ui/code_panel.py" line="17"/>
        <source>Search codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_panel.py" line="21"/>
        <source>Quick code: type a code, Enter to apply (Ctrl+K)</source>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../qdacoder/ui/code_tree.py" line="147"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="147"/>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="147"/>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="147"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="150"/>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="151"/>
        <source>Number of codings (for a code with subcodes: of its whole branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="152"/>
        <source>Number of documents in which it occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="153"/>
        <source>Number of cases in which it occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="154"/>
        <source>Codings marked promoting (bevorderend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="155"/>
        <source>Codings marked hindering (belemmerend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="189"/>
        <source>Category: groups codes, not applied itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="191"/>
        <source>New codings: {valence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="192"/>
        <source>promoting (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="192"/>
        <source>hindering (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="194"/>
        <source>Added while coding by {coder} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="198"/>
        <source>{own} coding(s) on this code itself; the figures count the whole branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookController</name>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="42"/>
        <source>&amp;New code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="43"/>
        <source>New &amp;child code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="44"/>
        <source>&amp;Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="45"/>
        <source>Code &amp;properties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="46"/>
        <source>&amp;Merge code into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="47"/>
        <source>&amp;Delete code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="48"/>
        <source>&amp;Search codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="50"/>
        <source>&amp;Import codebook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="51"/>
        <source>&amp;Export codebook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="67"/>
        <source>Select a code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="78"/>
        <source>New code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="80"/>
        <source>New child code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="81"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="82"/>
        <source>Properties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="83"/>
        <source>Merge into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="85"/>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="91"/>
        <source>Add code “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="105"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="105"/>
        <source>Name of the new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="110"/>
        <source>Rename code to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="120"/>
        <source>Edit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="133"/>
        <source>Move code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="152"/>
        <source>Merge “{a}” into “{b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="162"/>
        <source>Merge “{name}” into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="168"/>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="179"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="180"/>
        <source>Delete the code “{name}”? It has {subcodes} subcode(s) and {n} coding(s) in all. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="183"/>
        <source>Delete with its codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="184"/>
        <source>Move its codings to “{parent}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="209"/>
        <source>Codebook not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="211"/>
        <source>Import codebook {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="216"/>
        <source>{added} code(s) added, {kept} already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="219"/>
        <source>Codebook imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="233"/>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="236"/>
        <source>Codebook not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="237"/>
        <source>{file} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="239"/>
        <source>Codebook written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="257"/>
        <source>Import codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/codebook_controller.py" line="264"/>
        <source>Export codebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="46"/>
        <source>Code in &amp;vivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="47"/>
        <source>&amp;Quick code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="48"/>
        <source>Remove selected codin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="49"/>
        <source>Mark coding &amp;promoting (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="50"/>
        <source>Mark coding &amp;hindering (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="51"/>
        <source>Mark coding &amp;without valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="52"/>
        <source>&amp;Flip valence of coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="53"/>
        <source>Recent &amp;codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="101"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="136"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="165"/>
        <source>Select a passage in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="109"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="143"/>
        <source>Code with “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="114"/>
        <source>Coded with “{name}” (Ctrl+Z to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="171"/>
        <source>Code in vivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="202"/>
        <source>&amp;Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="203"/>
        <source>&amp;Change code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="204"/>
        <source>&amp;Memo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="207"/>
        <source>Promoting (bevorderend, +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="208"/>
        <source>Hindering (belemmerend, −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="209"/>
        <source>No valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="216"/>
        <source>Change valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="222"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="230"/>
        <source>Click a coding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="235"/>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="243"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="247"/>
        <source>Change code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="252"/>
        <source>Memo on coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="261"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="261"/>
        <source>Memo on this coding:</source>
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
        <location filename="../../qdacoder/ui/document_view.py" line="185"/>
        <source>Open a document to read and code it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="386"/>
        <source>Coded by {coder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="389"/>
        <source>Promoting (bevorderend, +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="391"/>
        <source>Hindering (belemmerend, −)</source>
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
        <location filename="../../qdacoder/ui/main_window.py" line="71"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="72"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="94"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="95"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="96"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="98"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="102"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="103"/>
        <source>&amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="106"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="107"/>
        <source>&amp;About qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="131"/>
        <source>Project in a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="132"/>
        <source>This project is in a folder that a sync service (OneDrive, Dropbox, iCloud...) copies while qdacoder writes to it. That can damage the project. Keep projects in a local folder and back them up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="163"/>
        <source>qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="235"/>
        <source>Coder: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="235"/>
        <source>No coder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="239"/>
        <source>Open or create a project (Project menu) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="243"/>
        <source>{documents} documents, {codes} codes, {codings} codings, {cases} cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="43"/>
        <source>&amp;New project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="44"/>
        <source>&amp;Open project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="45"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="47"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="49"/>
        <source>Change &amp;coder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="51"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="54"/>
        <source>&amp;Import files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="56"/>
        <source>&amp;Rename document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="57"/>
        <source>Put in &amp;case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="58"/>
        <source>&amp;Delete document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="73"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="88"/>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="94"/>
        <source>Starter codebook not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="103"/>
        <source>No backup could be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="107"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="113"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="107"/>
        <source>qdacoder projects (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="111"/>
        <source>An empty codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="113"/>
        <source>Start with the codebook of an earlier study?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="121"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="122"/>
        <source>qdacoder projects (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="144"/>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="149"/>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="149"/>
        <source>Your name as coder (shown with every coding you make):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="157"/>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="161"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="162"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="168"/>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="168"/>
        <source>Open or create a project before importing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="181"/>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="181"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="184"/>
        <source>Import {n} document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="190"/>
        <source>Importing {file}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="197"/>
        <source>{n} of {total} file(s) could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="200"/>
        <source>Imported {n} document(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="211"/>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="216"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="225"/>
        <source>Select a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="233"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="235"/>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="233"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="243"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="243"/>
        <source>Case of this document (type a new name to create one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="249"/>
        <source>Put document in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="257"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="260"/>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="258"/>
        <source>Delete “{name}” and all its codings from the project? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="264"/>
        <source>About qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="265"/>
        <source>&lt;b&gt;qdacoder {version}&lt;/b&gt;&lt;br&gt;Qualitative coding of interviews and field notes for action-learning research in youth care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qdacoder</name>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="18"/>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="31"/>
        <source>A case needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/cases.py" line="34"/>
        <location filename="../../qdacoder/core/cases.py" line="51"/>
        <source>There is already a case named “{name}”.</source>
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
        <location filename="../../qdacoder/core/codings.py" line="22"/>
        <source>This coding no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="49"/>
        <location filename="../../qdacoder/core/documents.py" line="47"/>
        <location filename="../../qdacoder/core/documents.py" line="63"/>
        <source>This document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="52"/>
        <source>The passage {start}–{end} is not inside the document (0–{length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="84"/>
        <source>“{name}” is a category: it groups codes and is not applied itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="94"/>
        <location filename="../../qdacoder/core/codings.py" line="200"/>
        <source>This passage already has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="112"/>
        <source>“{kind}” is not a document kind. Choose one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="143"/>
        <source>{name}: the document has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="148"/>
        <source>{name}: this text is already in the project as “{other}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="192"/>
        <source>{name}: a speaker turn lies outside the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="219"/>
        <source>A document needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/documents.py" line="222"/>
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
        <source>{file}: a file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="60"/>
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
        <location filename="../../qdacoder/exchange/errors.py" line="57"/>
        <location filename="../../qdacoder/importers/__init__.py" line="55"/>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/demo.py" line="68"/>
        <source>Demo: the quoted passage is not in “{document}”: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/demo.py" line="74"/>
        <source>Demo: there is no code “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="45"/>
        <source>{file}: files of type {extension} cannot be imported. Supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="48"/>
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
        <location filename="../../qdacoder/exchange/errors.py" line="54"/>
        <location filename="../../qdacoder/importers/__init__.py" line="52"/>
        <source>{file}: the file does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="55"/>
        <location filename="../../qdacoder/importers/__init__.py" line="53"/>
        <source>{file}: this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="56"/>
        <location filename="../../qdacoder/importers/__init__.py" line="54"/>
        <source>{file}: you are not allowed to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="58"/>
        <location filename="../../qdacoder/importers/__init__.py" line="56"/>
        <source>{file}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="59"/>
        <source>{file}: the file is too large for a codebook (more than {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="62"/>
        <source>{file}: the character encoding of this file could not be recognised. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="67"/>
        <source>{file}: the codebook could not be read because of an unexpected problem ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="73"/>
        <source>{file}: a codebook cannot be exported as {extension}. Supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="76"/>
        <source>{file}: the folder to write this file in does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="79"/>
        <source>{file}: the file cannot be written: you are not allowed to write there, or another program (such as Excel or Word) has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="84"/>
        <source>{file}: the file cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="85"/>
        <source>{file}: the codebook cannot be exported because it is not valid ({reason}); no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/errors.py" line="90"/>
        <source>{file}: the codebook could not be exported because of an unexpected problem ({reason}); no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="57"/>
        <source>{file}: the file is too large to import (more than {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="60"/>
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
        <location filename="../../qdacoder/ui/document_list.py" line="22"/>
        <source>transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_list.py" line="23"/>
        <source>field note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_list.py" line="24"/>
        <source>dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_list.py" line="25"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_list.py" line="26"/>
        <source>other</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../qdacoder/core/code_edits.py" line="41"/>
        <source>“{name}” cannot be moved into itself or one of its subcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="57"/>
        <source>“{name}” cannot be merged into itself or one of its subcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="72"/>
        <source>“{name}” is a category: it groups codes and cannot take codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/code_edits.py" line="103"/>
        <source>“{name}” is at the top level: there is no parent to move its codings to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/cli_codebook.py" line="28"/>
        <source>There is no code “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="48"/>
        <location filename="../../qdacoder/exchange/__init__.py" line="49"/>
        <source>qdacoder YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="50"/>
        <source>CSV, one row per code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="51"/>
        <source>Excel, one row per code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="52"/>
        <source>REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/__init__.py" line="53"/>
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
        <source>Inclusion criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="33"/>
        <source>Exclusion criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="34"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
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
        <source>promoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/docx_codebook.py" line="38"/>
        <source>hindering</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../qdacoder/exchange/table_codebook.py" line="70"/>
        <source>{file}, row 1: the first row must name the columns (at least “path”); known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="75"/>
        <source>{file}, row 1: there is no column “path” (the code&apos;s names from the root, joined with “/”); known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="80"/>
        <source>{file}, row 1: unknown column “{column}”; known columns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="83"/>
        <source>{file}, row 1: the column “{column}” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="86"/>
        <source>{file}, row {row}, column {number}: this cell has a value, but its column has no name in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="91"/>
        <source>{file}, row {row}, column “{column}”: the path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="94"/>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a valid path; it is the names from the root joined with “/”, and no name may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="99"/>
        <source>{file}, row {row}: this row cannot be read as CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="102"/>
        <source>{file}: this is not a text (CSV) file; it looks like a binary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="105"/>
        <source>{file}: this is not a valid Excel workbook (the file is damaged or is not an .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="109"/>
        <source>{file}: this is an old Excel workbook (.xls) or a password-protected one. Open it in Excel, remove any password and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/exchange/table_codebook.py" line="114"/>
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
</context>
</TS>
