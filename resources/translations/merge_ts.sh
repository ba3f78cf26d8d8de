#!/bin/sh
# After a merge with a conflict in the translation: keep this side's .ts, bring in the other
# side's translations (git's MERGE_HEAD), refresh from the code and compile.
set -e
cd "$(dirname "$0")/../.."
git show MERGE_HEAD:resources/translations/qdacoder_nl.ts > /tmp/qdacoder_theirs.ts
git checkout --ours resources/translations/qdacoder_nl.ts
.venv/bin/pyside6-lupdate $(git ls-files 'qdacoder/*.py'; git ls-files -o --exclude-standard 'qdacoder/*.py') -ts resources/translations/qdacoder_nl.ts
.venv/bin/python resources/translations/keep_moved.py /tmp/qdacoder_theirs.ts
.venv/bin/pyside6-lrelease resources/translations/qdacoder_nl.ts
