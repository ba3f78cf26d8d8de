"""Every file dialog starts where the user last was and suggests a name (project, what, date)."""

import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from qdacoder.core import codes
from qdacoder.ui.common.files import safe_part, suggested_name

ROOT = Path(__file__).resolve().parents[3]


def test_the_suggested_name_is_project_what_and_date():
    day = datetime.date(2026, 12, 4)
    assert suggested_name("Jeugdzorg", "codes", ".xlsx", day) == "Jeugdzorg-codes-2026-12-04.xlsx"
    assert suggested_name(None, "codes", ".csv", day) == "codes-2026-12-04.csv"
    assert suggested_name("Studie 1/2", "Casus: Noor?", ".docx", day) == "Studie 1-2-Casus-Noor-2026-12-04.docx"
    assert safe_part('  a<b>  "c"  ') == "a-b-c"
    assert safe_part("Demo: Wat helpt") == "Demo-Wat helpt"


class Dialogs:
    """Answers the file dialogs like a user would, noting where each one started."""

    def __init__(self, monkeypatch):
        self.started: list[str] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._one)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._one)

    def _one(self, parent, title, start, filters="", chosen="", *rest):
        self.started.append(start)
        return self.answer, chosen or filters.split(";;")[0]


def test_dialogs_remember_the_folder_and_suggest_a_name(window, tmp_path, monkeypatch):
    codes.add_code(window.project, "Steun")
    dialogs = Dialogs(monkeypatch)
    today = datetime.date.today().isoformat()
    elsewhere = tmp_path / "export"
    elsewhere.mkdir()
    dialogs.answer = str(elsewhere / "mijn codes")  # typed without an extension
    window.codebook.export_dialog()
    assert dialogs.started[-1] == str(tmp_path / f"onderzoek-codes-{today}.yaml")  # the project's folder first
    assert (elsewhere / "mijn codes.yaml").exists()  # the chosen type's extension added

    dialogs.answer = ""  # cancelled: remembered folders stay
    window.codebook.import_dialog()
    assert dialogs.started[-1] == str(elsewhere)  # the same purpose: where the codebook went
    window.quotes.export_dialog()
    assert Path(dialogs.started[-1]).parent == elsewhere  # another purpose: the folder last used for anything
    assert Path(dialogs.started[-1]).name == f"onderzoek-quotes-{today}.docx"
    assert window.settings.value("folders/codebook") == str(elsewhere)


def test_every_file_dialog_goes_through_the_one_helper():
    users = [p.relative_to(ROOT).as_posix() for p in (ROOT / "qdacoder" / "ui").rglob("*.py")
             if "QFileDialog" in p.read_text(encoding="utf-8")]
    assert users == ["qdacoder/ui/common/files.py"]
