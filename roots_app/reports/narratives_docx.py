"""The narrative draft as an editable Word document (python-docx): headings as the state's tool
lays the narratives out, each sentence a paragraph with its school in bold, placeholders in
italics. Only this module imports python-docx."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from roots_app.domain.narrative_draft import NarrativeDraft

# The document's language, for the word processor's spelling and grammar check.
_LANGUAGE_TAGS = {"en": "en-US", "es": "es-US"}


def render_docx(draft: NarrativeDraft) -> bytes:
    """The draft as the bytes of a .docx file."""
    document = Document()
    properties = document.core_properties
    properties.title = f"{draft.title} · {draft.lea.name} {draft.school_year}"
    tag = _LANGUAGE_TAGS.get(draft.language, draft.language)
    properties.language = tag
    properties.author = ""  # python-docx's template says "python-docx"
    properties.comments = ""
    properties.created = properties.modified = datetime.now(UTC)  # not the template's 2013
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    # The proofing language of the text (headings are based on Normal): a Spanish draft is
    # spell-checked in Spanish.
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), tag)
    style.element.get_or_add_rPr().append(language)
    document.add_heading(draft.title, level=0)
    document.add_paragraph(draft.subtitle)
    document.add_paragraph(draft.introduction).runs[0].italic = True
    for section in draft.sections:
        document.add_heading(f"{section.number}. {section.title}", level=1)
        for narrative in section.narratives:
            document.add_heading(f"{narrative.key}. {narrative.heading}", level=2)
            if not narrative.sentences:
                document.add_paragraph().add_run(draft.placeholder).italic = True
            for sentence in narrative.sentences:
                paragraph = document.add_paragraph()
                paragraph.add_run(f"{sentence.source}:").bold = True
                paragraph.add_run(f" {sentence.text}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
