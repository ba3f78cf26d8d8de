# An absolute import: PyInstaller runs this file as a script, where a relative import fails.
from qdacoder.cli import main

main()
