"""Where the schema, rule packs, examples and generated artifacts live.

In a source checkout (or an editable install) they sit at the repository's top level beside the
package; a wheel carries copies under ``qnetspec/_bundled``. Every module asks here instead of
guessing paths itself.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
GENERATED_DIR = PACKAGE_DIR / "generated"
_BUNDLED_DIR = PACKAGE_DIR / "_bundled"
_REPO_DIR = PACKAGE_DIR.parent


def _top_level(name: str) -> Path:
    """Return the top-level folder ``name`` of the checkout, or its bundled copy in a wheel."""
    bundled = _BUNDLED_DIR / name
    if bundled.is_dir():
        return bundled
    return _REPO_DIR / name


def schema_dir() -> Path:
    """Folder of the LinkML schema modules (``qnetspec.yaml`` is the root)."""
    return _top_level("schema")


def schema_root() -> Path:
    """The root LinkML schema that imports every module."""
    return schema_dir() / "qnetspec.yaml"


def supplement_data_dir() -> Path:
    """Folder of the Supplement's own content as schema-conformant data files."""
    return schema_dir() / "data"


def validators_dir() -> Path:
    """Folder of the built-in conformance rule packs."""
    return _top_level("validators")


def examples_dir() -> Path:
    """Folder of the bundled example descriptions."""
    return _top_level("examples")


def docs_dir() -> Path:
    """Folder of the generated Markdown documentation of the schema (checkout only)."""
    return _REPO_DIR / "docs" / "schema"


# Generated artifacts, committed and checked for staleness against schema/ by the test-suite.
PYDANTIC_MODELS = GENERATED_DIR / "models.py"
JSON_SCHEMA = GENERATED_DIR / "qnetspec.schema.json"
OWL_TURTLE = GENERATED_DIR / "qnetspec.owl.ttl"
SHACL_TURTLE = GENERATED_DIR / "qnetspec.shacl.ttl"
SUPPLEMENT_TURTLE = GENERATED_DIR / "supplement.ttl"
