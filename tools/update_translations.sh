#!/usr/bin/env bash
# Refresh i18n/roots_app_es.ts from the sources (keeps existing translations, drops unused ones).
# New strings arrive as type="unfinished": translate them (Qt Linguist, or by hand) before committing;
# tests/test_translations.py fails while any string lacks its Spanish.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
"${LUPDATE:-$bin/pyside6-lupdate}" $(find roots_app -name '*.py' | sort) -ts i18n/roots_app_es.ts \
  -source-language en -target-language es -no-obsolete -locations relative
