"""Paper sheets travel in .roots files (issue 17): the participants blank sheets added, which
ratings came from paper, and the handwriting, merged under the same rules as every record."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from roots_app.domain.merge import Outcome, Resolution
from roots_app.domain.paper import PaperSheet
from roots_app.errors import BundleError
from roots_app.exchange import bundle_file
from roots_app.services import assessments, bundles, sheets
from roots_app.services.bundles import Scope
from roots_app.services.context import Roots
from tests.conftest import laptop as other_computer
from tests.dbdump import dump


def _png(shade: int) -> bytes:
    """A small grey strip, as an evidence area's scan would be."""
    ok, data = cv2.imencode(".png", np.full((20, 120), shade, np.uint8))
    assert ok
    return data.tobytes()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Roots]:
    opened = other_computer(tmp_path / "laptop")
    yield opened
    opened.close()


@pytest.fixture
def keys(roots: Roots, assessment_id: str) -> list[str]:
    return [c.key for c in assessments.load(roots, assessment_id).pack.categories]


BLANK_NO = 4


def _blank(keys: list[str]) -> PaperSheet:
    return PaperSheet(
        None, "Rosa Díaz", "family", {keys[0]: 5, keys[1]: 2}, {keys[0]: _png(40)}, BLANK_NO
    )


def _save_two_sheets(roots: Roots, assessment_id: str, member: str, keys: list[str]) -> str:
    """A blank sheet (a new participant) and a named one with handwriting; the new member."""
    blank = sheets.save_sheet(roots, assessment_id, _blank(keys))
    assert blank.new_member
    named = PaperSheet(member, None, None, {keys[0]: 3, keys[2]: None}, {keys[2]: _png(80)}, 2)
    assert sheets.save_sheet(roots, assessment_id, named).changed
    return blank.member_id


def _manifest(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        manifest: dict[str, object] = json.loads(archive.read("manifest.json"))
        return manifest


def _names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


def test_paper_sheets_travel_and_the_same_blank_sheet_adds_nobody_there(
    roots: Roots,
    assessment_id: str,
    team: tuple[str, list[str]],
    keys: list[str],
    laptop: Roots,
    tmp_path: Path,
) -> None:
    joined = _save_two_sheets(roots, assessment_id, team[1][0], keys)
    path = tmp_path / "out.roots"
    bundles.export_bundle(roots, path, Scope(assessments=(assessment_id,)))
    assert _manifest(path)["format_version"] == 2
    assert {"data/paper_sheets.jsonl", "data/paper_evidence.jsonl"} <= _names(path)
    report = bundles.import_bundle(laptop, path)
    assert report.conflicts == []
    assert report.counts["paper_sheets"][Outcome.ADDED] == 1
    assert report.counts["paper_ratings"][Outcome.ADDED] == 4  # 2 on each sheet (one: writing)
    assert report.counts["paper_evidence"][Outcome.ADDED] == 2

    # The team view's data is the same on both laptops: the paper marks and the handwriting.
    assert sheets.paper_ratings(laptop, assessment_id) == sheets.paper_ratings(roots, assessment_id)
    assert sheets.handwriting(laptop, assessment_id) == sheets.handwriting(roots, assessment_id)
    assert sheets.handwriting(laptop, assessment_id)[(joined, keys[0])] == _png(40)

    # The same blank sheet saved on the other laptop is the participant the file brought.
    present = len(assessments.load(laptop, assessment_id).present)
    again = sheets.save_sheet(laptop, assessment_id, _blank(keys))
    assert again.member_id == joined and not again.new_member and not again.changed
    assert len(assessments.load(laptop, assessment_id).present) == present

    # Nothing changed on either side: the file imported again changes nothing.
    before = dump(laptop)
    repeat = bundles.import_bundle(laptop, path)
    assert repeat.total(Outcome.ADDED) == repeat.total(Outcome.UPDATED) == 0
    assert dump(laptop) == before
    back = tmp_path / "back.roots"
    bundles.export_bundle(laptop, back, Scope(assessments=(assessment_id,)))
    returned = bundles.import_bundle(roots, back)
    assert returned.total(Outcome.ADDED) == returned.total(Outcome.UPDATED) == 0
    assert returned.conflicts == []


def test_handwriting_changed_on_both_laptops_is_a_conflict(
    roots: Roots,
    assessment_id: str,
    team: tuple[str, list[str]],
    keys: list[str],
    laptop: Roots,
    tmp_path: Path,
) -> None:
    member = team[1][0]
    _save_two_sheets(roots, assessment_id, member, keys)
    scope = Scope(assessments=(assessment_id,))
    bundles.export_bundle(roots, tmp_path / "out.roots", scope)
    bundles.import_bundle(laptop, tmp_path / "out.roots")
    # Each laptop saves another scan of the same sheet over the handwriting.
    for computer, shade in ((roots, 120), (laptop, 200)):
        newer = PaperSheet(member, None, None, {}, {keys[2]: _png(shade)})
        assert sheets.save_sheet(computer, assessment_id, newer, overwrite=True).evidence_saved
    bundles.export_bundle(laptop, tmp_path / "theirs.roots", scope)
    before = dump(roots)
    report = bundles.import_bundle(roots, tmp_path / "theirs.roots")
    (conflict,) = report.conflicts
    assert conflict.table == "paper_evidence" and conflict.resolution is None
    assert set(conflict.differences) == {"image"}
    assert conflict.member == "Ana García" and conflict.category is not None
    assert dump(roots) == before  # left as it is until a person chooses
    taken = bundles.import_bundle(roots, tmp_path / "theirs.roots", default=Resolution.TAKE_THEIRS)
    assert taken.total(Outcome.CONFLICT) == 1
    assert sheets.handwriting(roots, assessment_id) == sheets.handwriting(laptop, assessment_id)
    assert sheets.handwriting(roots, assessment_id)[(member, keys[2])] == _png(200)


def test_a_roles_only_file_carries_no_handwriting_and_no_sheet_names_or_numbers(
    roots: Roots,
    assessment_id: str,
    team: tuple[str, list[str]],
    keys: list[str],
    laptop: Roots,
    tmp_path: Path,
) -> None:
    _save_two_sheets(roots, assessment_id, team[1][0], keys)
    path = tmp_path / "district.roots"
    bundles.export_bundle(roots, path, Scope(), member_names=False)
    names = _names(path)
    assert "data/paper_ratings.jsonl" in names
    assert "data/paper_sheets.jsonl" not in names and "data/paper_evidence.jsonl" not in names
    with zipfile.ZipFile(path) as archive:
        text = archive.read("data/paper_ratings.jsonl").decode("utf-8")
    assert {json.loads(line)["sheet_no"] for line in text.splitlines()} == {None}
    assert "Rosa" not in text
    bundles.import_bundle(laptop, path)
    said = sheets.paper_ratings(laptop, assessment_id)
    assert {k: (p.level, p.sheet_no) for k, p in said.items()} == {
        k: (p.level, None) for k, p in sheets.paper_ratings(roots, assessment_id).items()
    }
    assert sheets.handwriting(laptop, assessment_id) == {}
    # Sent back, the roles-only file blanks no sheet number at the school.
    before = sheets.paper_ratings(roots, assessment_id)
    report = bundles.import_bundle(roots, path)
    assert report.total(Outcome.UPDATED) == report.total(Outcome.CONFLICT) == 0
    assert sheets.paper_ratings(roots, assessment_id) == before


def test_a_file_without_paper_sheets_stays_readable_by_an_older_roots(
    roots: Roots,
    assessment_id: str,
    team: tuple[str, list[str]],
    keys: list[str],
    laptop: Roots,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scope = Scope(assessments=(assessment_id,))
    plain = tmp_path / "plain.roots"
    bundles.export_bundle(roots, plain, scope)
    assert _manifest(plain)["format_version"] == 1
    assert not any("paper" in name for name in _names(plain))
    _save_two_sheets(roots, assessment_id, team[1][0], keys)
    paper = tmp_path / "paper.roots"
    bundles.export_bundle(roots, paper, scope)
    # A Roots from before paper sheets reads format 1 only: the same reader, its version.
    monkeypatch.setattr(bundle_file, "FORMAT_VERSION", 1)
    assert bundles.import_bundle(laptop, plain).total(Outcome.ADDED) > 0
    with pytest.raises(BundleError, match=r"newer version of Roots \(format 2.*update Roots"):
        bundles.import_bundle(laptop, paper)


def test_a_format_1_file_with_paper_records_is_refused(
    roots: Roots,
    assessment_id: str,
    team: tuple[str, list[str]],
    keys: list[str],
    laptop: Roots,
    tmp_path: Path,
) -> None:
    _save_two_sheets(roots, assessment_id, team[1][0], keys)
    path = tmp_path / "paper.roots"
    bundles.export_bundle(roots, path, Scope(assessments=(assessment_id,)))
    with zipfile.ZipFile(path) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["format_version"] = 1
    entries["manifest.json"] = json.dumps(manifest).encode()
    forged = tmp_path / "forged.roots"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    with pytest.raises(BundleError, match="manifest is not valid"):
        bundles.import_bundle(laptop, forged)
