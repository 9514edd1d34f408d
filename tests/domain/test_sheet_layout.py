"""The paper sheet's geometry: what the printer draws and the scan reader looks for."""

from __future__ import annotations

import uuid

import pytest

from roots_app.domain.sheet_layout import (
    GUIDE_PAGE,
    PAGE_POINTS,
    SheetCode,
    layout_sheet,
    rows_per_page,
)


def _overlap(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


@pytest.mark.parametrize("page_size", ["letter", "a4"])
@pytest.mark.parametrize(("categories", "levels"), [(6, 5), (6, 4), (12, 5), (6, 3)])
def test_every_box_is_on_the_page_inside_the_marks_and_apart(page_size, categories, levels):
    keys = [f"c{i}" for i in range(categories)]
    pages = layout_sheet(keys, list(range(1, levels + 1)), page_size, roles=["family", "teacher"])
    width, height = PAGE_POINTS[page_size]
    assert [row.category_key for page in pages for row in page.rows] == keys
    assert [row.number for page in pages for row in page.rows] == list(range(1, categories + 1))
    inner = pages[0].corners
    for page in pages:
        assert page.pages == len(pages)
        boxes = [page.qr, page.title, page.name, page.footer]
        boxes += [box for _, box in page.roles]
        for row in page.rows:
            assert [lv.value for lv in row.levels] == list(range(1, levels + 1))
            xs = [lv.box.x for lv in row.levels]
            assert xs == sorted(xs)  # lowest level on the left
            boxes += [row.title, row.evidence, *(lv.box for lv in row.levels)]
        for box in boxes:
            assert inner[0].x + inner[0].w < box.x and box.x + box.w < inner[1].x
            assert inner[0].y + inner[0].h < box.y and box.y + box.h < inner[2].y
            assert box.x + box.w <= width and box.y + box.h <= height
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not _overlap(a, b), (a, b)
    assert pages[0].roles and all(not page.roles for page in pages[1:])


def test_six_categories_fit_on_one_page_of_either_size():
    assert rows_per_page("letter") >= 6 and rows_per_page("a4") >= 6


def test_a_code_reads_back_as_written_and_stays_short():
    code = SheetCode(str(uuid.uuid4()), str(uuid.uuid4()), 4, 30, 1, 2, "1.0.1")
    text = code.encode()
    assert SheetCode.decode(text) == code
    assert len(text.encode()) <= 84  # fits a version 5 QR code at level M
    blank = SheetCode("a-test-id", None, 1, 1, 2, 2, "2.0", kind=GUIDE_PAGE)
    assert SheetCode.decode(blank.encode()) == blank


@pytest.mark.parametrize(
    "text",
    ["", "hello", "ROOTS1|a|-|1/1|1/1|r", "ROOTS1|a|-|2/1|1/1|r|1.0", "ROOTS2|a|-|1/1|1/1|r|1"],
)
def test_anything_else_is_not_a_sheet_code(text):
    with pytest.raises(ValueError):
        SheetCode.decode(text)
