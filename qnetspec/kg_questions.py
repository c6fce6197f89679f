"""The library of named competency questions: SPARQL files in ``qnetspec/queries/``.

Why files and not strings in code: an analyst reads, copies and adapts them, and other SPARQL tools
run them as they are. Each file starts with a comment header the listing shows:

    # title: what the question asks
    # clause: the clauses of Y Suppl. 98 it draws on
    # answers: what one row of the answer is (may continue on indented comment lines)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_FIELD = re.compile(r"^#\s*(title|clause|answers):\s*(.*)$")


@dataclass(frozen=True)
class Question:
    """One named question: ``name`` is the file name without ``.rq``."""

    name: str
    title: str
    clause: str
    answers: str
    text: str
    path: Path


def _parse(path: Path) -> Question:
    text = path.read_text(encoding="utf-8")
    fields = {"title": "", "clause": "", "answers": ""}
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _FIELD.match(line)
        if match:
            current = match.group(1)
            fields[current] = match.group(2).strip()
        elif current == "answers" and line.startswith("#  "):
            fields["answers"] += " " + line.lstrip("#").strip()
    return Question(path.stem, fields["title"], fields["clause"], fields["answers"], text, path)


def list_questions() -> list[Question]:
    """Every named question, sorted by name."""
    return [_parse(p) for p in sorted(QUERIES_DIR.glob("*.rq"))]


def get_question(name: str) -> Question | None:
    """The question called ``name``, or None."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
        return None
    path = QUERIES_DIR / f"{name}.rq"
    return _parse(path) if path.is_file() else None
