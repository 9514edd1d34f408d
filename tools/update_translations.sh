#!/usr/bin/env bash
# Refresh i18n/roots_app_es.ts (and the plural forms in roots_app_en.ts) from the sources (keeps existing translations, drops unused ones).
# New strings arrive as type="unfinished": translate them (Qt Linguist, or by hand) before committing;
# tests/test_translations.py fails while any string lacks its Spanish.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
"${LUPDATE:-$bin/pyside6-lupdate}" $(find roots_app -name '*.py' | sort) -ts i18n/roots_app_es.ts \
  -source-language en -target-language es -no-obsolete -locations relative
# English needs only its plural forms ("%n school(s)": "1 school", "2 schools").
"${LUPDATE:-$bin/pyside6-lupdate}" $(find roots_app -name '*.py' | sort) -ts i18n/roots_app_en.ts \
  -source-language en -target-language en -no-obsolete -locations relative -pluralonly
