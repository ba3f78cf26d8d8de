"""The parts of the analysis window: the table model with heat-map colouring and one tab
(table, chart, options, export). See ``analysis_window`` for the design rules."""

from __future__ import annotations



from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...analysis.case_summary import dutch_number
from ...reports import table_export as te
from ..common.texts import translate as _translate

PLACE = Qt.ItemDataRole.UserRole
MANY = 60  # rows: above this a chart shows the top level only, until asked for more


def shown(value) -> str:
    if value is None:
        return ""
    return dutch_number(round(value, 3)) if isinstance(value, float) else str(value)


class GridModel(QAbstractTableModel):
    """An export table (headers, rows) with optional heat colours behind the numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = te.ExportTable([], [], [], "")
        self.heat: list[list[float | None]] | None = None
        self.tips: list[str] = []
        self.text_columns: set[int] = set()  # columns of words, aligned left like the first

    def set_table(self, table: te.ExportTable, heat=None, tips=None) -> None:
        self.beginResetModel()
        self.table, self.heat, self.tips = table, heat, tips or []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.table.headers[section]
        return None

    def cell(self, row: int, column: int):
        return self.table.rows[row][column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        value = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column():
                return shown(value)
            # the indentation shows the tree, so a code shows its name; its path is the tooltip
            return "    " * self.table.levels[index.row()] + str(value).rsplit("/", 1)[-1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() and index.column() not in self.text_columns:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return str(value)
            return self.tips[index.row()] if index.row() < len(self.tips) else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self.heat and index.column():
            level = self.heat[index.row()][index.column() - 1]
            if level is None:
                return QColor("#e6e6e6") if role == Qt.ItemDataRole.BackgroundRole and isinstance(value, str) else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("white") if level > 0.55 else None
            return QColor.fromRgbF(1 - level * (1 - 0x08 / 255), 1 - level * (1 - 0x30 / 255), 1 - level * (1 - 0x6B / 255))
        return None


def heat_levels(values) -> list[list[float | None]]:
    """Each number as a share of the largest (0..1); None stays None."""
    top = max((v for row in values for v in row if v is not None), default=0) or 1
    return [[None if v is None else v / top for v in row] for row in values]


class AnalysisTab(QWidget):
    """One analysis: controls, a table (and chart), export buttons, optionally passages below."""

    def __init__(self, owner: QWidget, name: str, *, chart: bool, passages: bool) -> None:
        super().__init__()
        self.setObjectName(name)
        self.owner, self.stale = owner, True
        self.export, self.title, self.result = te.ExportTable([], [], [], ""), "", None
        self._pending = None  # the chart to draw when it is wanted (``draw``)
        self._make = None  # the chart last drawn, to draw it again for a file
        # the table for a file: translate -> (ExportTable, title). Files are written in the
        # project's output language, the window shows its own (``AnalysisWindow.export_table``)
        self.file_table = None
        self.controls = QHBoxLayout()
        self.model = GridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(110)
        self.note = QLabel()
        self.note.setWordWrap(True)  # a long filter must not widen the window
        self.figure = Figure(layout="constrained") if chart else None
        self.canvas = FigureCanvasQTAgg(self.figure) if chart else None
        self.passages = QListWidget() if passages else None
        self.cell_label = QLabel(self.tr("Double-click a cell to see its passages.")) if passages else None
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for text, extension in ((self.tr("Export XLSX..."), ".xlsx"), (self.tr("Export CSV..."), ".csv"),
                                (self.tr("Export Word..."), ".docx")) + (
                ((self.tr("Export PNG..."), ".png"), (self.tr("Export SVG..."), ".svg")) if chart else ()):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, e=extension: owner.export_with_dialog(self, e))
            buttons.addWidget(button)
        body = QSplitter(Qt.Orientation.Vertical)
        top = self.view
        if chart:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)  # the chart fills the pane, and scrolls below its own size
            scroll.setWidget(self.canvas)
            top = QTabWidget()
            top.addTab(self.view, self.tr("Table"))
            top.addTab(scroll, self.tr("Chart"))
            top.currentChanged.connect(lambda _index: self.chart_figure())
            self.views = top
        body.addWidget(top)
        if passages:
            self.passages.setWordWrap(True)
            self.passages.itemActivated.connect(owner.open_passage)
            below = QWidget()
            below_layout = QVBoxLayout(below)
            below_layout.setContentsMargins(0, 0, 0, 0)
            below_layout.addWidget(self.cell_label)
            below_layout.addWidget(self.passages)
            body.addWidget(below)
            self.view.doubleClicked.connect(lambda index: owner.open_cell(self, index.row(), index.column()))
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)

    def show_table(self, table: te.ExportTable, heat=None, tips=None) -> None:
        self.model.set_table(table, heat, tips)
        self.view.setColumnWidth(0, 260)
        # a figure column is as wide as its header ("% van de casussen"), measured from the
        # header alone: measuring every cell of a 1,000-row matrix would take long
        metrics = self.view.horizontalHeader().fontMetrics()
        for column, header in enumerate(table.headers[1:], start=1):
            self.view.setColumnWidth(column, max(70, metrics.horizontalAdvance(str(header)) + 24))

    def add(self, *widgets) -> None:
        for widget in widgets:
            self.controls.addWidget(QLabel(widget) if isinstance(widget, str) else widget)

    def draw(self, make) -> None:
        """Draw the chart with ``make(figure, translate)`` into the kept figure, at the figure's own size:
        now when the chart is in view, otherwise when it is shown or exported (a heat map of
        1,000 codes by 200 cases takes a second, which the table alone should not wait for)."""
        self._pending = make
        if self.views.currentWidget() is not self.view:
            self.chart_figure()

    def chart_figure(self):
        """The figure with the chart of the current table drawn in it, as large as the pane
        (never smaller than the chart's own size: then the pane scrolls)."""
        if self._pending is not None:
            make, self._pending = self._pending, None
            self._make = make
            make(self.figure, _translate)  # at the chart's own size, in the window's language
            scale = self.figure.dpi / self.canvas.device_pixel_ratio
            self.canvas.setMinimumSize(int(self.figure.get_figwidth() * scale), int(self.figure.get_figheight() * scale))
            self.fit_chart()
        return self.figure

    def fit_chart(self) -> None:
        """Give the figure the canvas's size (the canvas only does so when its size changes)."""
        ratio = self.canvas.device_pixel_ratio
        width = max(self.canvas.width(), self.canvas.minimumWidth()) * ratio / self.figure.dpi
        height = max(self.canvas.height(), self.canvas.minimumHeight()) * ratio / self.figure.dpi
        self.figure.set_size_inches(width, height, forward=False)
        self.canvas.draw_idle()

    def file_figure(self, translate) -> Figure:
        """The chart drawn anew at its own size in ``translate``'s language, for a file: the
        same file as the command line writes, whatever the size of the pane."""
        self.chart_figure()
        return self._make(None, translate) if self._make is not None else self.figure
