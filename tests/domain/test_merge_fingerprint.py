"""Fingerprints are what laptops compare: they must never change from one Roots to the next."""

from __future__ import annotations

import json

from roots_app.domain.merge import fingerprint, one_shot


def test_a_fingerprint_is_the_one_every_earlier_roots_made() -> None:
    values = {"id": "x", "level": 3, "evidence": 'É "q"\n', "deleted": False, "n": None}
    assert fingerprint(values) == "7e5ac5e8d3c8c620"  # sha256 of the canonical JSON, 16 hex


def test_the_encoder_made_once_writes_what_json_writes() -> None:
    records = [
        {"b": 1, "a": "Ana García \u2028 \\ \t", "c": None, "d": True, "e": 2.5, "f": [1, "x"]},
        {"evidence": "\ud800 lone", "level": -0.0, "n": 10**20},
        {},
    ]
    for options in (
        {"sort_keys": True, "separators": (",", ":"), "ensure_ascii": False},
        {"separators": (",", ":"), "ensure_ascii": False},
        {"ensure_ascii": True},
    ):
        encoder = json.JSONEncoder(**options)  # type: ignore[arg-type]
        encode = one_shot(encoder)
        for record in records:
            assert encode(record) == encoder.encode(record)
