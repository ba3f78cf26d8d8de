"""The dialog for a respondent: case, label, role and function."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from ...core.respondents import ROLES, Respondent
from ..common.dialogs import form_dialog

NOT_LINKED = -1  # the combo boxes' entry for "no case" / "no respondent"


def respondent_text(r: Respondent) -> str:
    """"label (role, function)"."""
    details = ", ".join(p for p in (r.role, r.function) if p)
    return f"{r.label} ({details})" if details else r.label


class RespondentDialog(QDialog):
    """A respondent's case, label, role (one of the project's roles, or typed) and function."""

    def __init__(self, case_names: dict[int, str], case_id: int | None, respondent: Respondent | None = None,
                 parent: QWidget | None = None, roles: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("respondentDialog")
        self.setWindowTitle(self.tr("Edit respondent") if respondent else self.tr("New respondent"))
        form = QFormLayout()
        self.case = QComboBox()
        self.case.addItem(self.tr("(no case)"), NOT_LINKED)
        for cid, name in case_names.items():
            self.case.addItem(name, cid)
        self.case.setCurrentIndex(max(0, self.case.findData(respondent.case_id if respondent else case_id)))
        form.addRow(self.tr("Case:"), self.case)
        self.label = QLineEdit(respondent.label if respondent else "")
        self.label.setPlaceholderText(self.tr("As in the transcripts, e.g. R, Moeder, Jeugdconsulent"))
        form.addRow(self.tr("Label:"), self.label)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(["", *(ROLES if roles is None else roles)])
        self.role.setCurrentText(respondent.role if respondent else "")
        form.addRow(self.tr("Role:"), self.role)
        self.function = QLineEdit(respondent.function if respondent else "")
        self.function.setPlaceholderText(self.tr("For professionals, e.g. gedragsdeskundige"))
        form.addRow(self.tr("Function:"), self.function)
        form_dialog(self, form)

    def values(self) -> dict:
        case_id = self.case.currentData()
        return {"case_id": None if case_id == NOT_LINKED else case_id, "label": self.label.text(),
                "role": self.role.currentText().strip(), "function": self.function.text().strip()}
