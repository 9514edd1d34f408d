"""Settings > Where Roots keeps its data: this computer, or the district's PostgreSQL database.

A connection is tested before it is kept, the password goes to the system keyring (never to the
settings file), and the choice takes effect when Roots next starts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roots_app.errors import RootsError
from roots_app.services import connection
from roots_app.ui.background import run_in_background
from roots_app.ui.context import UiContext
from roots_app.ui.widgets.elided import ShrinkingCombo
from roots_app.ui.widgets.flow import flow_row
from roots_app.ui.widgets.retranslate import Retranslating
from roots_app.ui.widgets.wrapping_choice import WrappingCheck, WrappingRadio


class DatabaseSettings(Retranslating, QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        chosen = ctx.roots.settings
        layout = QVBoxLayout(self)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.in_use)
        # Long choices: at 200 % text they wrap like a label instead of running off the page.
        self.local = WrappingRadio()
        self.district = WrappingRadio()
        self.choice = QButtonGroup(self)
        for button in (self.local, self.district):
            self.choice.addButton(button)
            layout.addWidget(button)
        (self.district if chosen.database == "district" else self.local).setChecked(True)

        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: no clipping
        self.host = QLineEdit(chosen.db_host)
        self.port = QLineEdit(chosen.db_port or "5432")
        self.port.setMaximumWidth(100)
        self.name = QLineEdit(chosen.db_name or "roots")
        self.user = QLineEdit(chosen.db_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = ShrinkingCombo()  # long entries: narrower at 200 % text on a small screen
        self.remember = WrappingCheck()
        # Asked once, when the district database is chosen: finding the keyring costs tenths
        # of a second, and most computers keep their data on this computer.
        self.keyring: bool | None = None
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self.labels,
            (self.host, self.port, self.name, self.user, self.password, self.tls),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.remember)
        layout.addWidget(self.fields)

        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        layout.addWidget(flow_row(self.test_button, self.save_button))  # wraps at large text
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.result)
        # The driver's own words (English, technical) are for IT: folded away under a button.
        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        layout.addWidget(self.details_button)
        layout.addWidget(self.details)
        self._set_details("")
        self.district.toggled.connect(self._enable)
        self._enable()
        self.retranslate()

    def _set_details(self, detail: str) -> None:
        self.details.setPlainText(detail)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(detail))
        self.details.setVisible(False)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _bad_input(self, error: RootsError) -> None:
        """What is missing or wrong in the fields, in the person's language."""
        if error.params.get("field") == "port":
            text = self.tr('"%1" is not a port number. It is usually 5432.').replace(
                "%1", str(error.params.get("value", ""))
            )
        else:
            text = self.tr("Give the district database's server name and database name.")
        self.result.setText(text)
        self._set_details("")

    def _enable(self) -> None:
        self.fields.setEnabled(self.district.isChecked())
        self.test_button.setEnabled(self.district.isChecked())
        if self.district.isChecked() and self.keyring is None:
            self.keyring = connection.keyring_available()
            self.remember.setChecked(self.keyring)
            self._keyring_tip()
        self.remember.setEnabled(bool(self.keyring))

    def _keyring_tip(self) -> None:
        if self.keyring is False:
            self.remember.setToolTip(
                self.tr(
                    "This computer has no keyring. Ask your district IT to set up the password "
                    "file (~/.pgpass) or PGPASSWORD; Roots never writes the password to a file."
                )
            )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where Roots keeps its data"))
        url = self.ctx.roots.db.engine.url
        if url.get_backend_name() == "sqlite":
            self.in_use.setText(
                self.tr("Now: a file on this computer (%1).").replace("%1", str(url.database))
            )
        else:
            self.in_use.setText(
                self.tr("Now: the district database %1 on %2.")
                .replace("%1", str(url.database))
                .replace("%2", str(url.host))
            )
        self.local.setText(self.tr("&This computer only (one team, or files passed around)"))
        self.district.setText(self.tr("The &district database (PostgreSQL, shared by everyone)"))
        texts = (
            self.tr("&Server:"),
            self.tr("&Port:"),
            self.tr("Data&base:"),
            self.tr("&User name:"),
            self.tr("Pass&word:"),
            self.tr("Secure &connection:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = (
            self.tr("Server"),
            self.tr("Port"),
            self.tr("Database"),
            self.tr("User name"),
            self.tr("Password"),
            self.tr("Secure connection"),
        )
        for field, name in zip(
            (self.host, self.port, self.name, self.user, self.password, self.tls),
            names,
            strict=True,
        ):
            field.setAccessibleName(name)
        current = self.tls.currentData() or self.ctx.roots.settings.db_tls
        self.tls.clear()
        self.tls.addItem(self.tr("If the server offers it"), "prefer")
        self.tls.addItem(self.tr("Required"), "require")
        self.tls.addItem(self.tr("Required, and check the server's certificate"), "verify-full")
        self.tls.addItem(self.tr("Off (only inside a trusted network)"), "disable")
        self.tls.setCurrentIndex(max(0, self.tls.findData(current)))
        self.remember.setText(self.tr("Remember the password in this computer's &keyring"))
        self._keyring_tip()
        self.details_button.setText(self.tr("Details for your IT contact"))
        self.details.setAccessibleName(self.tr("Details for your IT contact"))
        self.test_button.setText(self.tr("T&est the connection"))
        self.save_button.setText(self.tr("Use these settings"))

    def _entered(self):  # type: ignore[no-untyped-def]
        chosen = self.ctx.roots.settings
        chosen.db_host, chosen.db_port = self.host.text().strip(), self.port.text().strip()
        chosen.db_name, chosen.db_user = self.name.text().strip(), self.user.text().strip()
        chosen.db_tls = self.tls.currentData()
        return connection.district_from(chosen)

    def test(self) -> None:
        try:
            district = self._entered()
        except RootsError as error:
            self._bad_input(error)
            return
        password = self.password.text() or None
        self.result.setText(self.tr("Connecting…"))
        self._set_details("")
        run_in_background(
            self,
            self.tr("Connecting to %1…").replace("%1", district.host),
            lambda _progress: connection.test_connection(district, password),
            self._tested,
            failed=self._failed,
        )

    def _tested(self, state: str) -> None:
        self._set_details("")
        self.result.setText(
            {
                "current": self.tr("Connected. The database is ready for Roots."),
                "empty": self.tr(
                    "Connected. The database is empty: Roots will create its tables the first "
                    "time it starts with it."
                ),
                "older": self.tr(
                    "Connected. Roots will update the database when it starts with it."
                ),
                "newer": self.tr(
                    "Connected, but the database was set up by a newer version of Roots. "
                    "Install the newest Roots first."
                ),
            }[state]
        )

    def _failed(self, error: RootsError) -> None:
        self.result.setText(
            self.tr(
                "Roots could not connect to the district database. Check the server name, port, "
                "user name and password, and that this computer is on the district's network."
            )
        )
        self._set_details(str(error.params.get("detail") or error))

    def save(self) -> None:
        chosen = self.ctx.roots.settings
        if self.district.isChecked():
            try:
                district = self._entered()
            except RootsError as error:
                self._bad_input(error)
                return
            chosen.database = "district"
            if self.password.text() and self.remember.isChecked():
                connection.save_password(district, self.password.text())
        else:
            chosen.database = "local"
        self.ctx.roots.save_settings()
        self.result.setText(self.tr("Saved. Roots will use this the next time it starts."))
        self._set_details("")
