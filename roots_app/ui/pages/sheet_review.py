"""Review scanned sheets (File > Read scanned sheets…): each page with what Roots saw, and the
unclear marks for a person to settle before anything is saved.

Each sheet's pages are shown straightened, with every row's boxes drawn over the scan: green
around the box read, orange around an unclear row's boxes (thicker where there is ink), grey
where nothing is marked. The unclear rows are listed with why; a number key settles the chosen
one (0 or Delete: no mark). Nothing is guessed: Save waits until every unclear mark is settled
and every blank sheet has the name written on it. Saving goes through the same adapter as
typing sheets in (``sheet_entry._save``).

The reading itself is the scan reader's (``services.sheet_reading``), called in one place,
``_read``: the reader (and OpenCV) load only when scans are read, its types only for mypy.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import Assessment
from roots_app.domain.paper import CLEAR, UNCLEAR, PaperSheet
from roots_app.domain.people import Role
from roots_app.errors import RootsError
from roots_app.services import assessments
from roots_app.services.context import Roots
from roots_app.ui import messages, theme
from roots_app.ui.background import Worker, run_in_background
from roots_app.ui.labels import role_label
from roots_app.ui.pages.sheet_entry import _save
from roots_app.ui.widgets.category_pager import typed_digit
from roots_app.ui.widgets.retranslate import heading

if TYPE_CHECKING:
    from roots_app.exchange.sheet_scan import PageReading
    from roots_app.services.sheet_reading import Reading

UNSETTLED = -1

# The overlay's colours (Okabe-Ito) and line widths in image pixels (200 dpi): meaning is
# also in the widths and in the list of unclear rows beside the image, not in colour alone.
MARKS = theme.overlay_colours()
GREEN, ORANGE, GREY = (QColor(MARKS[name]) for name in ("clear", "unclear", "other"))


def scan_reading_installed() -> bool:
    """False in the installers' bundles, which leave out OpenCV to stay small (issue 16)."""
    return all(importlib.util.find_spec(name) is not None for name in ("cv2", "pypdfium2"))


def _read(roots: Roots, assessment_id: str, paths: Sequence[Path]) -> Reading:
    """Every page of ``paths`` read for this assessment (the one call of the scan reader)."""
    from roots_app.services import sheet_reading  # OpenCV loads when first used, not at start

    return sheet_reading.read_scans(roots, assessment_id, list(paths))


def overlay(page: PageReading) -> QImage:
    """The straightened page with each row's boxes drawn over it (see the module's text)."""
    image = QImage.fromData(page.png()).convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(image)
    for row in page.rows:
        for box, value in zip(row.boxes, row.values, strict=True):
            x, y, w, h = box
            if row.state == CLEAR and value == row.level:
                painter.setPen(QPen(GREEN, 8))
                margin = 8
            elif row.state == UNCLEAR:
                painter.setPen(QPen(ORANGE, 8 if value in row.marked else 4))
                margin = 8
            else:
                painter.setPen(QPen(GREY, 3))
                margin = 4
            painter.drawRect(QRect(x - margin, y - margin, w + 2 * margin, h + 2 * margin))
    painter.end()
    return image


class SheetReview(QDialog):
    """Every sheet read, its pages with the overlay, its unclear rows to settle; one Save."""

    saved = Signal(str)  # the assessment's id

    def __init__(
        self,
        roots: Roots,
        assessment: Assessment,
        reading: Reading,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.roots = roots
        self.assessment = assessment
        self.reading = reading
        self.language = language
        self.keys = [c.key for c in assessment.pack.categories]
        # (sheet index, category key) -> the level settled (None: no mark), once settled
        self.settled: dict[tuple[int, str], int | None] = {}
        self.names: dict[int, str] = {}  # blank sheets: the name typed from the scan
        self.roles: dict[int, Role] = {}
        self.setWindowTitle(self.tr("Check the scanned sheets"))
        self.resize(1000, 660)

        layout = QVBoxLayout(self)
        self.title = heading()
        self.title.setText(self.tr("Check the scanned sheets"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        if reading.problems:
            problems = QLabel(
                self.tr("Pages not read (nothing from them is saved):")
                + "\n"
                + "\n".join(p.sentence for p in reading.problems)
            )
            problems.setWordWrap(True)
            problems.setTextFormat(Qt.TextFormat.PlainText)
            problems.setProperty("role", "muted")
            layout.addWidget(problems)

        body = QHBoxLayout()
        side = QVBoxLayout()  # the sheets and what to settle, beside the pages
        self.sheets = QListWidget()
        self.sheets.setAccessibleName(self.tr("Sheets read"))
        self.sheets.setWordWrap(True)
        side.addWidget(self.sheets, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setAccessibleName(self.tr("The scanned pages, with the marks Roots saw"))
        self.drawn: dict[int, list[QPixmap]] = {}  # a sheet's pages with the overlay, once
        # Its width comes from the dialog, never from the page drawn in it.
        self.scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.images = QLabel()
        self.images.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.images)

        self.legend = QLabel(
            self.tr("Green: the box read. Orange: unclear, for you to settle. Grey: no mark.")
        )
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        side.addWidget(self.legend)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name written on the sheet"))
        self.name.textChanged.connect(self._name_typed)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role ticked on the sheet"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.name_label = QLabel(self.tr("Na&me on the sheet:"))
        self.name_label.setBuddy(self.name)
        self.role_label = QLabel(self.tr("&Role ticked:"))
        self.role_label.setBuddy(self.role)
        form.addRow(self.name_label, self.name)
        form.addRow(self.role_label, self.role)
        side.addLayout(form)
        self.unclear = QTableWidget(0, 2)
        self.unclear.setAccessibleName(self.tr("Unclear marks to settle"))
        self.unclear.setHorizontalHeaderLabels([self.tr("Unclear mark"), self.tr("On the paper")])
        self.unclear.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unclear.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unclear.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unclear.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unclear.setWordWrap(True)
        self.unclear.verticalHeader().setVisible(False)
        # Rows as tall as their wrapped titles at the width they end up with.
        self.unclear.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.unclear.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.unclear.installEventFilter(self)
        side.addWidget(self.unclear, 2)
        self.keys_hint = QLabel(
            self.tr(
                "Choose a row and press the number of the box marked on the paper "
                "(0 or Delete: no mark)."
            )
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setProperty("role", "muted")
        side.addWidget(self.keys_hint)
        body.addLayout(side, 1)
        body.addWidget(self.scroll, 1)
        layout.addLayout(body, 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the sheets"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        for index, sheet in enumerate(reading.sheets):
            role = sheet.role if sheet.member_id is None else None
            if role is not None and role.state == CLEAR and role.role in {r.value for r in Role}:
                self.roles[index] = Role(str(role.role))  # the box ticked; else chosen here
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.sheets.addItem(item)
        self.sheets.currentRowChanged.connect(self.show_sheet)
        self.scroll.viewport().installEventFilter(self)  # once everything it uses is built
        self._refresh()
        if reading.sheets:
            self.sheets.setCurrentRow(0)

    # ----- what is shown -----
    def _sheet_title(self, index: int) -> str:
        sheet = self.reading.sheets[index]
        if sheet.member_id is not None:
            return sheet.member_name
        return self.tr("Blank sheet %1").replace("%1", str(sheet.sheet_no))

    def open_rows(self, index: int) -> list[str]:
        """The unclear rows of a sheet not settled yet."""
        rows = self.reading.sheets[index].rows
        return [
            k
            for k in self.keys
            if k in rows and rows[k].state == UNCLEAR and (index, k) not in self.settled
        ]

    def _refresh(self) -> None:
        """The list's texts, the count left and whether Save may be pressed."""
        left = 0
        for row in range(self.sheets.count()):
            open_rows = len(self.open_rows(row))
            left += open_rows
            text = self._sheet_title(row)
            if open_rows:
                text += " — " + self.tr("%n to settle", "", open_rows)
            elif self.reading.sheets[row].member_id is None and not self.names.get(row):
                text += " — " + self.tr("name to type")
            elif self.reading.sheets[row].member_id is None and row not in self.roles:
                text += " — " + self.tr("role to choose")
            else:
                text += " ✓"
            self.sheets.item(row).setText(text)
        unnamed = [  # blank sheets without the name or the role on them: nothing is guessed
            i
            for i, s in enumerate(self.reading.sheets)
            if s.member_id is None and (not self.names.get(i) or i not in self.roles)
        ]
        self.status.setText(
            self.tr("%n sheet(s) read.", "", len(self.reading.sheets))
            + " "
            + (
                self.tr("%n unclear mark(s) to settle.", "", left)
                if left
                else self.tr("Every mark is clear or settled.")
            )
        )
        self.save_button.setEnabled(bool(self.reading.sheets) and not left and not unnamed)

    def show_sheet(self, index: int) -> None:
        if index < 0:
            return
        sheet = self.reading.sheets[index]
        if index not in self.drawn:
            self.drawn[index] = [QPixmap.fromImage(overlay(page)) for page in sheet.pages]
        self._draw_pages()
        blank = sheet.member_id is None
        for widget in (self.name, self.role, self.name_label, self.role_label):
            widget.setVisible(blank)
        if blank:
            self.name.blockSignals(True)
            self.name.setText(self.names.get(index, ""))
            self.name.blockSignals(False)
            chosen = self.roles.get(index)
            self.role.blockSignals(True)
            self.role.setCurrentIndex(self.role.findData(chosen.value) if chosen else -1)
            self.role.blockSignals(False)
        self._fill_unclear(index)

    def _draw_pages(self) -> None:
        """The current sheet's pages one under the other, as wide as the room beside the list
        (never wider: reading a page must not need sideways scrolling)."""
        pixmaps = self.drawn.get(self.sheets.currentRow())
        if not pixmaps:
            return
        room = self.scroll.viewport().width() - self.scroll.verticalScrollBar().sizeHint().width()
        width = max(120, room - 4)
        scaled = [
            p.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation) for p in pixmaps
        ]
        stacked = QPixmap(width, sum(p.height() for p in scaled) + 8 * len(scaled))
        stacked.fill(QColor(MARKS["paper"]))  # between the pages: paper, in every palette
        painter = QPainter(stacked)
        top = 0
        for pixmap in scaled:
            painter.drawPixmap(0, top, pixmap)
            top += pixmap.height() + 8
        painter.end()
        self.images.setPixmap(stacked)

    def _fill_unclear(self, index: int) -> None:
        sheet = self.reading.sheets[index]
        titles = {c.key: c.title[self.language] for c in self.assessment.pack.categories}
        keys = [k for k in self.keys if k in sheet.rows and sheet.rows[k].state == UNCLEAR]
        self.unclear.setRowCount(0)
        for row, key in enumerate(keys):
            self.unclear.insertRow(row)
            why = self._why(sheet.rows[key].reason)
            category = QTableWidgetItem(f"{self.keys.index(key) + 1}. {titles[key]}\n{why}")
            category.setData(Qt.ItemDataRole.UserRole, key)
            self.unclear.setItem(row, 0, category)
            self.unclear.setItem(row, 1, QTableWidgetItem(self._settled_text(index, key)))
        if keys:
            self.unclear.selectRow(0)

    def _why(self, reason: str | None) -> str:
        """The reader's reason in the interface's language."""
        return {
            "two boxes marked": self.tr("Two boxes marked"),
            "faint mark": self.tr("A faint mark"),
            "mark between boxes": self.tr("A mark between boxes"),
            "crossed out": self.tr("Crossed out"),
            "two scans differ": self.tr("Two scans of it differ"),
        }.get(reason or "", reason or self.tr("Unclear"))

    def _settled_text(self, index: int, key: str) -> str:
        if (index, key) not in self.settled:
            return self.tr("Choose…")
        level = self.settled[index, key]
        if level is None:
            return self.tr("No mark")
        number = [lv.value for lv in self.assessment.pack.levels].index(level) + 1
        return f"{number}  {self.assessment.pack.level(level).label[self.language]}"

    # ----- settling -----
    def settle(self, number: int) -> None:
        """The chosen unclear row reads ``number`` on paper (0: no mark); on to the next."""
        index = self.sheets.currentRow()
        row = self.unclear.currentRow()
        levels = self.assessment.pack.levels
        if index < 0 or row < 0 or number > len(levels):
            return
        key = str(self.unclear.item(row, 0).data(Qt.ItemDataRole.UserRole))
        self.settled[index, key] = levels[number - 1].value if number else None
        self.unclear.item(row, 1).setText(self._settled_text(index, key))
        if row + 1 < self.unclear.rowCount():
            self.unclear.selectRow(row + 1)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._draw_pages()  # the pages follow the room they are given
        if watched is self.unclear and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            number = typed_digit(event)
            if number is None and event.key() == Qt.Key.Key_Delete:
                number = 0
            if number is not None:
                self.settle(number)
                return True
        return super().eventFilter(watched, event)

    def _name_typed(self, text: str) -> None:
        self.names[self.sheets.currentRow()] = " ".join(text.split())
        self._refresh()

    def _role_chosen(self, _row: int) -> None:
        value = self.role.currentData()
        if value:
            self.roles[self.sheets.currentRow()] = Role(value)
            self._refresh()

    # ----- saving -----
    def typed_sheets(self) -> list[PaperSheet]:
        """Every sheet as it will be saved: clear levels, settled ones, no mark as none."""
        out = []
        for index, sheet in enumerate(self.reading.sheets):
            levels: dict[str, int | None] = {}
            for key, state in sheet.rows.items():
                if state.state == UNCLEAR:
                    levels[key] = self.settled[index, key]
                else:
                    levels[key] = state.level if state.state == CLEAR else None
            out.append(
                PaperSheet(
                    member_id=sheet.member_id,
                    name=sheet.member_name if sheet.member_id else self.names.get(index, ""),
                    role=self.roles.get(index, Role.OTHER),  # always chosen on a blank sheet
                    levels=levels,
                    evidence=dict(sheet.evidence),  # the handwriting, kept with the rating
                    sheet_no=sheet.sheet_no,
                )
            )
        return out

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            conflicting = []
            for sheet in self.typed_sheets():
                if _save(self.roots, self.assessment, sheet, overwrite=False):
                    conflicting.append(sheet)
                self.assessment = assessments.load(self.roots, self.assessment.id)
            if conflicting and self._replace(conflicting):
                for sheet in conflicting:
                    _save(self.roots, self.assessment, sheet, overwrite=True)
                    self.assessment = assessments.load(self.roots, self.assessment.id)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.saved.emit(self.assessment.id)
        self.accept()

    def _replace(self, sheets: list[PaperSheet]) -> bool:
        return messages.ask(
            self,
            self.tr("%n sheet(s) differ from ratings already saved on a laptop.", "", len(sheets)),
            self.tr("Replace those ratings with the levels on the paper? (%1)").replace(
                "%1", ", ".join(s.name for s in sheets)
            ),
            self.tr("&Replace with the paper's levels"),
        )


def read_scanned_sheets(
    parent: QWidget,
    roots: Roots,
    assessment: Assessment,
    language: str,
    folder: Path,
    saved: Callable[[str], None],
) -> Worker | None:
    """Pick the scans, read them in the background, then open the review over ``parent``."""
    if not scan_reading_installed():
        messages.inform(
            parent,
            QCoreApplication.translate(
                "SheetReview", "This installation of Roots cannot read scans yet."
            ),
            QCoreApplication.translate(
                "SheetReview",
                "Type the sheets in instead (File > Type in paper sheets…), or read the scans "
                "on a computer where Roots was installed with pip, which includes the reader.",
            ),
        )
        return None
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("SheetReview", "Choose the scanned sheets"),
        str(folder),
        QCoreApplication.translate("SheetReview", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
    )
    if not chosen:
        return None
    paths = [Path(p) for p in chosen]
    roots.settings.export_folder = str(paths[0].parent)
    roots.save_settings()

    def done(reading: Reading) -> None:
        if not reading.sheets:
            messages.inform(
                parent,
                QCoreApplication.translate(
                    "SheetReview", "No page is a rating sheet of this assessment."
                ),
                "\n".join(p.sentence for p in reading.problems),
            )
            return
        review = SheetReview(roots, assessment, reading, language, parent)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.saved.connect(saved)
        review.open()

    return run_in_background(
        parent,
        QCoreApplication.translate("SheetReview", "Reading the scanned sheets…"),
        lambda _report: _read(roots, assessment.id, paths),
        done,
    )
