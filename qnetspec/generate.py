"""Regenerate the committed artifacts from the LinkML schema, or check that they are current.

``qnetspec generate`` (or ``python -m qnetspec.generate``) rewrites, from ``schema/``:
pydantic models, JSON Schema (rooted at NetworkDescription so editors can complete descriptions),
OWL in Turtle, SHACL shapes, the Supplement's content as RDF (the knowledge graph's data part)
and the Markdown docs. ``--check`` regenerates into a scratch folder and lists every artifact that
differs, so a test (and CI) fails when someone edits the schema without regenerating.

linkml is needed here and nowhere else: checking a description uses only the committed artifacts.
"""

from __future__ import annotations

import argparse
import filecmp
import logging
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from qnetspec import resources

TOP_CLASS = "NetworkDescription"
SUPPLEMENT_CLASS = "SupplementContent"


def _pydantic(schema: Path) -> str:
    from linkml.generators.pydanticgen import PydanticGenerator

    code = PydanticGenerator(str(schema)).serialize()
    # The generator records the schema's absolute path; keep the artifact free of machine paths
    # (and identical on every checkout) by naming the schema relative to the repository.
    code = code.replace(repr(str(schema)), repr(f"schema/{schema.name}"))
    return bounds_on_items(code)


# A multivalued numeric slot's field, as the generator writes it:
#     osi_layers: Optional[list[int]] = Field(default=None, description="""...""", ge=1, le=7, ...
_LIST_FIELD = re.compile(
    r"^(?P<head>\s+\w+: (?:Optional\[)?list\[)(?P<item>int|float)(?P<tail>\]\]? = Field\()"
    r"(?P<args>.*)$",
    re.MULTILINE,
)
_BOUND = re.compile(r", (?P<name>ge|gt|le|lt)=(?P<value>-?[0-9][0-9.eE+-]*)(?=[,)])")


def bounds_on_items(code: str) -> str:
    """Move the numeric bounds of list fields onto their items.

    Why: LinkML's pydantic generator (1.8 to at least 1.12) puts a multivalued slot's
    ``minimum_value``/``maximum_value`` on the list itself (``Field(ge=1)`` on ``list[int]``), so
    pydantic compares the whole list with the bound and refuses every value: the models could not
    load an example with ``osi_layers``. The bounds belong on each item, as in the JSON Schema.
    """

    def fix(match: re.Match[str]) -> str:
        args = match["args"]
        # Bounds sit after the description (a triple-quoted string), before json_schema_extra.
        end = args.find("json_schema_extra")
        end = len(args) if end < 0 else end
        quote = args.rfind('"""', 0, end)
        start = 0 if quote < 0 else quote + 3
        bounds = list(_BOUND.finditer(args, start, end))
        if not bounds:
            return match[0]
        kept = args[:start] + _BOUND.sub("", args[start:end]) + args[end:]
        item_bounds = ", ".join(f"{b['name']}={b['value']}" for b in bounds)
        item = f"Annotated[{match['item']}, Field({item_bounds})]"
        return f"{match['head']}{item}{match['tail']}{kept}"

    fixed = _LIST_FIELD.sub(fix, code)
    if fixed != code and "Annotated" not in code.split("from pydantic import", 1)[0]:
        fixed = fixed.replace("from typing import (\n", "from typing import (\n    Annotated,\n", 1)
    return fixed


def _json_schema(schema: Path) -> str:
    from linkml.generators.jsonschemagen import JsonSchemaGenerator

    return JsonSchemaGenerator(str(schema), top_class=TOP_CLASS).serialize() + "\n"


def _owl(schema: Path) -> str:
    from linkml.generators.owlgen import OwlSchemaGenerator

    return OwlSchemaGenerator(
        str(schema),
        format="ttl",
        skip_vacuous_min_zero_cardinality_axioms=True,
        skip_vacuous_local_range_axioms=True,
        consolidate_cardinality_axioms=True,
    ).serialize()


def _shacl(schema: Path) -> str:
    from linkml.generators.shaclgen import ShaclGenerator

    return ShaclGenerator(str(schema)).serialize()


def supplement_graph_turtle(schema: Path, data_dir: Path) -> str:
    """Every data file of the Supplement as RDF via LinkML's own dumper, merged, as Turtle."""
    import rdflib
    from linkml.generators.pythongen import PythonGenerator
    from linkml_runtime import SchemaView
    from linkml_runtime.dumpers import rdflib_dumper
    from linkml_runtime.loaders import yaml_loader

    module = PythonGenerator(str(schema)).compile_module()
    target = getattr(module, SUPPLEMENT_CLASS)
    view = SchemaView(str(schema))
    merged = rdflib.Graph()
    for path in sorted(data_dir.glob("*.yaml")):
        content = yaml_loader.load(str(path), target_class=target)
        merged += rdflib_dumper.as_rdf_graph(content, schemaview=view)
    # Each data file's container is an anonymous node that only groups the individuals; it carries
    # no fact of the Supplement and its random blank-node label would make the output unstable.
    container_class = rdflib.URIRef(view.get_uri(SUPPLEMENT_CLASS, expand=True))
    containers = set(merged.subjects(rdflib.RDF.type, container_class))
    for container in containers:
        merged.remove((container, None, None))
    for prefix, namespace in view.namespaces().items():
        merged.bind(prefix, namespace, override=True)
    return merged.serialize(format="turtle")


TEXT_ARTIFACTS: dict[str, Callable[[Path], str]] = {
    resources.PYDANTIC_MODELS.name: _pydantic,
    resources.JSON_SCHEMA.name: _json_schema,
    resources.OWL_TURTLE.name: _owl,
    resources.SHACL_TURTLE.name: _shacl,
}


def _docs(schema: Path, directory: Path) -> None:
    from linkml.generators.docgen import DocGenerator

    directory.mkdir(parents=True, exist_ok=True)
    DocGenerator(str(schema), directory=str(directory), mergeimports=True).serialize()


def write_artifacts(generated_dir: Path, docs_dir: Path) -> list[Path]:
    """Write every artifact into ``generated_dir`` and the docs into ``docs_dir``; list them."""
    schema = resources.schema_root()
    generated_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, produce in TEXT_ARTIFACTS.items():
        path = generated_dir / name
        path.write_text(produce(schema), encoding="utf-8")
        written.append(path)
    kg = generated_dir / resources.SUPPLEMENT_TURTLE.name
    kg.write_text(
        supplement_graph_turtle(schema, resources.supplement_data_dir()), encoding="utf-8"
    )
    written.append(kg)
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    _docs(schema, docs_dir)
    written.extend(sorted(docs_dir.glob("*.md")))
    return written


def stale_artifacts() -> list[str]:
    """Regenerate into a scratch folder; name each committed artifact that differs or is missing."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh_generated = Path(scratch) / "generated"
        fresh_docs = Path(scratch) / "docs"
        write_artifacts(fresh_generated, fresh_docs)
        stale: list[str] = []
        for fresh in sorted(fresh_generated.iterdir()):
            committed = resources.GENERATED_DIR / fresh.name
            if not committed.exists() or not filecmp.cmp(fresh, committed, shallow=False):
                stale.append(f"qnetspec/generated/{fresh.name}")
        committed_docs = resources.docs_dir()
        fresh_names = {p.name for p in fresh_docs.glob("*.md")}
        committed_names = (
            {p.name for p in committed_docs.glob("*.md")} if committed_docs.exists() else set()
        )
        for name in sorted(fresh_names | committed_names):
            fresh, committed = fresh_docs / name, committed_docs / name
            if not (fresh.exists() and committed.exists()) or not filecmp.cmp(
                fresh, committed, shallow=False
            ):
                stale.append(f"docs/schema/{name}")
        return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qnetspec generate", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a committed artifact is stale"
    )
    args = parser.parse_args(argv)
    logging.getLogger().setLevel(logging.ERROR)
    try:
        import linkml  # noqa: F401
    except ImportError:
        print(
            "qnetspec generate: needs linkml; install with: pip install -e '.[schema]'",
            file=sys.stderr,
        )
        return 2
    if args.check:
        stale = stale_artifacts()
        for name in stale:
            print(f"stale: {name}")
        if stale:
            print("run `qnetspec generate` and commit the result", file=sys.stderr)
            return 1
        print("all generated artifacts are current")
        return 0
    for path in write_artifacts(resources.GENERATED_DIR, resources.docs_dir()):
        print(f"wrote {path.relative_to(resources.PACKAGE_DIR.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
