<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../qdacoder/ui/code_panel.py" line="17"/>
        <source>Quick code: type a code, Enter to apply (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="71"/>
        <source>Type to filter codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="124"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="124"/>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTreeView</name>
    <message>
        <location filename="../../qdacoder/ui/code_tree.py" line="196"/>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="46"/>
        <source>&amp;New code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="47"/>
        <source>New &amp;child code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="48"/>
        <source>&amp;Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="49"/>
        <source>Change co&amp;lour...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="50"/>
        <source>Edit &amp;description...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="51"/>
        <source>&amp;Delete code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="53"/>
        <source>Code in &amp;vivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="54"/>
        <source>&amp;Quick code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="55"/>
        <source>Remove selected codin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="56"/>
        <source>Recent &amp;codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="104"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="138"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="167"/>
        <source>Select a passage in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="111"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="145"/>
        <source>Code with “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="116"/>
        <source>Coded with “{name}” (Ctrl+Z to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="173"/>
        <source>Code in vivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="203"/>
        <source>&amp;Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="204"/>
        <source>&amp;Change code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="205"/>
        <source>&amp;Memo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="209"/>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="217"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="221"/>
        <source>Change code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="226"/>
        <source>Memo on coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="235"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="235"/>
        <source>Memo on this coding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="242"/>
        <source>Add code “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="255"/>
        <source>Select the code to add a child code to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="257"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="257"/>
        <source>Name of the new code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="262"/>
        <source>Rename code to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="275"/>
        <source>Colour of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="277"/>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="286"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="286"/>
        <source>Definition of “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="288"/>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="292"/>
        <location filename="../../qdacoder/ui/coding_controller.py" line="303"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="301"/>
        <source>Delete the code “{name}”, its {subcodes} subcode(s) and their {n} coding(s)? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="310"/>
        <source>New code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="312"/>
        <source>New child code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="313"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="314"/>
        <source>Change colour...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="315"/>
        <source>Edit description...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/coding_controller.py" line="317"/>
        <source>Delete...</source>
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
        <location filename="../../qdacoder/ui/document_view.py" line="205"/>
        <source>Open a document to read and code it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/document_view.py" line="406"/>
        <source>Coded by {coder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="31"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="34"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="35"/>
        <source>Import {n} file(s): {names}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="38"/>
        <source>Automatic (transcript when speaker turns are found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="41"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="46"/>
        <source>No case, or type a new case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="47"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/dialogs.py" line="48"/>
        <source>Code every speaker turn with a code per speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="69"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="70"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="92"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="93"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="94"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="96"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="100"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="101"/>
        <source>&amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="103"/>
        <source>&amp;About qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="127"/>
        <source>Project in a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="128"/>
        <source>This project is in a folder that a sync service (OneDrive, Dropbox, iCloud...) copies while qdacoder writes to it. That can damage the project. Keep projects in a local folder and back them up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="159"/>
        <source>qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="231"/>
        <source>Coder: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="231"/>
        <source>No coder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="235"/>
        <source>Open or create a project (Project menu) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/main_window.py" line="239"/>
        <source>{documents} documents, {codes} codes, {codings} codings, {cases} cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="42"/>
        <source>&amp;New project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="43"/>
        <source>&amp;Open project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="44"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="46"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="48"/>
        <source>Change &amp;coder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="53"/>
        <source>&amp;Import files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="55"/>
        <source>&amp;Rename document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="56"/>
        <source>Put in &amp;case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="57"/>
        <source>&amp;Delete document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="72"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="86"/>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="96"/>
        <source>No backup could be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="100"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="100"/>
        <source>qdacoder projects (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="106"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="107"/>
        <source>qdacoder projects (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="129"/>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="134"/>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="134"/>
        <source>Your name as coder (shown with every coding you make):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="142"/>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="146"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="147"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="153"/>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="153"/>
        <source>Open or create a project before importing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="166"/>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="166"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="169"/>
        <source>Import {n} document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="175"/>
        <source>Importing {file}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="182"/>
        <source>{n} of {total} file(s) could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="185"/>
        <source>Imported {n} document(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="196"/>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="201"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="210"/>
        <source>Select a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="218"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="220"/>
        <source>Rename document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="218"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="228"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="228"/>
        <source>Case of this document (type a new name to create one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="234"/>
        <source>Put document in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="242"/>
        <location filename="../../qdacoder/ui/project_controller.py" line="245"/>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="243"/>
        <source>Delete “{name}” and all its codings from the project? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="249"/>
        <source>About qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/project_controller.py" line="250"/>
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
        <location filename="../../qdacoder/core/codes.py" line="47"/>
        <source>This code no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="84"/>
        <source>“{path}” is not a valid code path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="139"/>
        <source>A code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="142"/>
        <source>A code name cannot contain “/”: “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="146"/>
        <source>A code name can have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="152"/>
        <source>There is already a code “{name}” at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codes.py" line="161"/>
        <source>“{color}” is not a colour; use #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="21"/>
        <source>This coding no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="48"/>
        <location filename="../../qdacoder/core/documents.py" line="47"/>
        <location filename="../../qdacoder/core/documents.py" line="63"/>
        <source>This document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="51"/>
        <source>The passage {start}–{end} is not inside the document (0–{length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/codings.py" line="83"/>
        <location filename="../../qdacoder/core/codings.py" line="170"/>
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
        <location filename="../../qdacoder/core/project.py" line="87"/>
        <location filename="../../qdacoder/core/project.py" line="93"/>
        <location filename="../../qdacoder/core/project.py" line="201"/>
        <source>{file}: this is not a qdacoder project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="99"/>
        <source>{file} was saved by a newer version of qdacoder. Update qdacoder to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="184"/>
        <source>{file}: the project file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="188"/>
        <source>{file} is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/core/project.py" line="195"/>
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
        <location filename="../../qdacoder/importers/__init__.py" line="52"/>
        <source>{file}: the file does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="53"/>
        <source>{file}: this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="54"/>
        <source>{file}: you are not allowed to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/__init__.py" line="56"/>
        <source>{file}: the file is empty.</source>
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
        <location filename="../../qdacoder/importers/pdf.py" line="31"/>
        <source>{file}: this is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="32"/>
        <source>{file}: this PDF is damaged and cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="35"/>
        <source>{file}: this PDF is protected with a password. Save a copy without password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="40"/>
        <source>{file}: this PDF is encrypted in a way that cannot be read here. Print or save it as a new PDF without protection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/importers/pdf.py" line="45"/>
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
        <location filename="../../qdacoder/ui/errors.py" line="63"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/errors.py" line="64"/>
        <source>qdacoder ran into an unexpected problem. Your work so far is saved. The details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/app.py" line="50"/>
        <source>Welcome to qdacoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qdacoder/ui/app.py" line="51"/>
        <source>Your name as coder (shown with every coding you make; you can change it in the Project menu):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
