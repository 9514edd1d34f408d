"""The first page a new user sees: language, then create a school or explore a sample."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roots_app.ui.context import UiContext
from roots_app.ui.i18n import LANGUAGES
from roots_app.ui.widgets.retranslate import Retranslating, heading


class WelcomePage(Retranslating, QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Large text on a small screen: the page scrolls up and down; its texts wrap instead of
        # running off the right edge.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons inside
        outer.addWidget(self.scroll)
        content = QWidget()
        self.scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        self.title = heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language_label = heading("subheading")
        languages = QHBoxLayout()
        self.language_buttons = QButtonGroup(self)
        for code, name in LANGUAGES.items():
            button = QPushButton(name)  # each language in its own words: never translated
            button.setCheckable(True)
            button.setAutoExclusive(True)  # one of two: a screen reader says "radio button"
            button.setMinimumHeight(44)
            button.setProperty("language", code)
            self.language_buttons.addButton(button)
            languages.addWidget(button)
        languages.addStretch(1)
        self.language_buttons.buttonClicked.connect(
            lambda b: self.ctx.set_language(b.property("language"))
        )
        self.next_label = heading("subheading")
        self.create_button = QPushButton()
        self.create_button.setProperty("primary", True)
        self.create_button.setMinimumHeight(48)
        self.create_button.clicked.connect(lambda: self._start(self.create_requested))
        self.demo_button = QPushButton()
        self.demo_button.setMinimumHeight(48)
        self.demo_button.clicked.connect(lambda: self._start(self.demo_requested))
        self.import_button = QPushButton()
        self.import_button.setMinimumHeight(48)
        self.import_button.clicked.connect(lambda: self._start(self.import_requested))
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setProperty("role", "muted")
        for widget in (self.title, self.intro, self.language_label):
            layout.addWidget(widget)
        layout.addLayout(languages)
        layout.addSpacing(16)
        layout.addWidget(self.next_label)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    def _start(self, requested: SignalInstance) -> None:
        """The language shown as chosen is the one chosen, even if its button was not clicked:
        otherwise the welcome page would come back at every start."""
        if not self.ctx.roots.settings.language_chosen:
            self.ctx.set_language(self.ctx.language)
        requested.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Roots"))
        self.intro.setText(
            self.tr(
                "Roots helps your Family Action Team look at how families and the school work "
                "together, agree where you stand, and plan how to grow. Everything stays on this "
                "computer; no account or internet is needed."
            )
        )
        self.language_label.setText(self.tr("Language / Idioma"))
        for button in self.language_buttons.buttons():
            button.setChecked(button.property("language") == self.ctx.language)
            button.setAccessibleName(button.text())
        self.next_label.setText(self.tr("How would you like to start?"))
        self.create_button.setText(self.tr("Create my school and team"))
        self.demo_button.setText(self.tr("Explore a sample district"))
        self.import_button.setText(self.tr("Open a .roots file from your coordinator…"))
        self.demo_hint.setText(
            self.tr(
                "The sample district has made-up schools with several years of results, so you can "
                "look around before entering your own."
            )
        )
