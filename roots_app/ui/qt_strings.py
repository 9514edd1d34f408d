"""Qt's own texts that Qt's Spanish catalogue (qtbase_es.qm, shipped in the PySide6 wheel and
loaded by ``i18n.Translations``) lacks or words differently from Roots.

Qt 6 changed "Look in:" to "&Look in:" and "Files of type:" to "Files of &type:", and the
Spanish catalogue was never updated, so Qt's file and folder choosers showed those labels in
English. Qt asks every installed translator, ours first (it is installed last), so listing the
texts here under Qt's own contexts puts them in i18n/roots_app_es.ts, where they are translated
like ours. The others use Latin American words (archivo, not fichero) as the rest of Roots, and
mend a typo in Qt's catalogue ("r al directorio superior").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Never called at run time: lupdate reads these, Qt looks them up by (context, text).
QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
)
