"""Create a school and its Family Action Team, with members and their roles; or change a
school's LEA and its own CDS code (issue 19)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.people import Role
from roots_app.errors import BadInputError
from roots_app.ui.labels import role_label
from roots_app.ui.widgets.member_entry import MemberEntry
from roots_app.ui.widgets.page_scroll import scrolling_page

if TYPE_CHECKING:  # the state service maps the ORM models: Home opens this dialog before them
    from roots_app.domain.state_report import Lea


class SchoolTeamDialog(QDialog):
    """Collects the names; the caller saves them through the services."""

    def __init__(
        self,
        parent: QWidget | None = None,
        school: str | None = None,
        leas: Sequence[Lea] = (),
        links: tuple[str | None, str | None] = (None, None),
        edit: bool = False,
    ) -> None:
        """With ``school`` (its name), only a new team for that existing school is made; with
        ``edit`` too, no team: that school's LEA (one of ``leas``) and own CDS code, now
        ``links``, are changed."""
        super().__init__(parent)
        self.edit = edit
        if edit:
            self.setWindowTitle(self.tr("Change school %1").replace("%1", school or ""))
        else:
            self.setWindowTitle(
                self.tr("Create a school and team")
                if school is None
                else self.tr("Add a team to %1").replace("%1", school)
            )
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        # At a large text size on a small screen, all but the buttons scroll up and down.
        page = QWidget()
        layout = scrolling_page(page)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.school_name = QLineEdit()
        self.school_name.setAccessibleName(self.tr("School name"))
        self.team_name = QLineEdit(self.tr("Family Action Team"))
        self.team_name.setAccessibleName(self.tr("Team name"))
        form.addRow(self.tr("&School name:"), self.school_name)
        if school is not None:
            self.school_name.setText(school)
            self.school_name.setReadOnly(True)
        form.addRow(self.tr("&Team name:"), self.team_name)
        self.lea = QComboBox()
        self.lea.setAccessibleName(self.tr("The school's LEA"))
        self.lea.addItem(self.tr("No LEA"), "")
        for found in leas:
            self.lea.addItem(f"{found.name} ({found.cds_code})", found.cds_code)
        self.lea.setCurrentIndex(max(0, self.lea.findData(links[0] or "")))
        self.lea.setEnabled(bool(leas))
        self.cds = QLineEdit(links[1] or "")
        self.cds.setAccessibleName(self.tr("The school's own CDS code (optional)"))
        self.cds.setPlaceholderText(self.tr("14 digits, optional"))
        self.cds.setMaxLength(20)
        self.lea_hint = QLabel(
            self.tr(
                "LEAs come from the state's Priority 3 file: import it (File menu) to choose "
                "this school's LEA."
            )
        )
        self.lea_hint.setWordWrap(True)
        self.lea_hint.setProperty("role", "muted")
        if edit:
            form.addRow(self.tr("&LEA:"), self.lea)
            if not leas:
                form.addRow(self.lea_hint)
            form.addRow(self.tr("School's own &CDS code:"), self.cds)
            form.setRowVisible(self.team_name, False)
        layout.addLayout(form)

        members_heading = QLabel(self.tr("Team members"))
        members_heading.setProperty("role", "subheading")
        layout.addWidget(members_heading)
        hint = QLabel(
            self.tr(
                "Add each member with their role. You can rate as a team without "
                "members, and add members later."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        self.entry = MemberEntry()
        self.entry.added.connect(self._member_added)
        self.member_name, self.member_role = self.entry.name, self.entry.role
        layout.addWidget(self.entry)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Members added"))
        layout.addWidget(self.members)
        self.remove_button = QPushButton(self.tr("&Remove selected member"))
        self.remove_button.clicked.connect(self.remove_member)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        for part in (members_heading, hint, self.entry, self.members, self.remove_button):
            part.setVisible(not edit)  # changing a school: its rows only

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")  # its colour comes from ui/theme.py
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # An explicit minimum replaces the layout's: keep room for the whole member row, and
        # for the scroll bar beside it while the page scrolls.
        margins = outer.contentsMargins()
        row = layout.minimumSize().width() + margins.left() + margins.right()
        scroll_bar = page.findChild(QScrollArea).verticalScrollBar()
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

        def fit(_low: int = 0, high: int = 0) -> None:
            self.setMinimumWidth(max(560, row + (extent if high > 0 else 0)))

        scroll_bar.rangeChanged.connect(fit)
        fit()

    def add_member(self) -> None:
        self.entry.add()

    def _member_added(self, name: str, role: Role) -> None:
        item = QListWidgetItem(f"{name} — {role_label(role)}")
        item.setData(Qt.ItemDataRole.UserRole, (name, role.value))
        self.members.addItem(item)

    def remove_member(self) -> None:
        for item in self.members.selectedItems():
            self.members.takeItem(self.members.row(item))

    def member_list(self) -> list[tuple[str, Role]]:
        out = []
        for i in range(self.members.count()):
            name, role = self.members.item(i).data(Qt.ItemDataRole.UserRole)
            out.append((name, Role(role)))
        return out

    def outcome(self, code: int) -> tuple[str, str, list[tuple[str, Role]]] | None:
        """What ``ask`` returns once the dialog closed with ``code``: (school name, team
        name, members and their roles), or None if cancelled."""
        if code != QDialog.DialogCode.Accepted:
            return None
        return self.school_name.text(), self.team_name.text(), self.member_list()

    def links(self) -> tuple[str | None, str | None]:
        """The LEA chosen (its CDS code) and the school's own CDS code; None: none."""
        return self.lea.currentData() or None, self.cds.text().strip() or None

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, school: str | None = None
    ) -> tuple[str, str, list[tuple[str, Role]]] | None:
        """Show the dialog (see ``__init__``); its names, or None if cancelled."""
        dialog = cls(parent, school)
        return dialog.outcome(dialog.exec())

    @classmethod
    def ask_links(
        cls,
        parent: QWidget | None,
        school: str,
        leas: Sequence[Lea],
        links: tuple[str | None, str | None],
    ) -> tuple[str | None, str | None] | None:
        """Change a school's LEA and own CDS code: the new ones, or None if cancelled."""
        dialog = cls(parent, school, leas, links, edit=True)
        return dialog.links() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _accept(self) -> None:
        code = self.cds.text().strip()
        if code and self.edit:
            from roots_app.services import state

            try:
                state.check_cds(code)
            except BadInputError:
                self.error.setText(
                    self.tr(
                        "“%1” is not a CDS code: write its 14 digits, like 19647330000000, or "
                        "leave it empty. Nothing was saved."
                    ).replace("%1", code)
                )
                self.cds.setFocus()
                return
        if self.edit:
            self.accept()
            return
        self.entry.take_pending()
        if not self.school_name.text().strip():
            self.error.setText(self.tr("Please give the school a name."))
            self.school_name.setFocus()
            return
        if not self.team_name.text().strip():
            self.error.setText(self.tr("Please give the team a name."))
            self.team_name.setFocus()
            return
        self.accept()
