"""The queryable knowledge graph: ontology, the Supplement's content and any number of descriptions.

They live in one embedded pyoxigraph store, in memory or persisted to a directory so that a big
graph is loaded once.

Why pyoxigraph: on the named questions over the Supplement plus a generated description it
answers 19 to 11,000 times faster than rdflib's SPARQL engine (median 30 times) and loads the same
quads 12 times faster; it also persists to disk (RocksDB) for free. ``benchmarks/bench_kg.py``
measures both. On disk, queries run three to eight times slower than in memory, so ``qnetspec
serve`` answers from memory and ``--store`` is for loading a big graph once.

Every source lives in a named graph of its own, with stable IRIs, so that reloading a description
replaces exactly its triples, and an analyst can ask where a fact came from (``GRAPH ?g``):

- ``<https://w3id.org/qnetspec/graph/ontology>``: the OWL ontology generated from the schema;
- ``<https://w3id.org/qnetspec/graph/supplement>``: the Supplement's individuals;
- ``<https://w3id.org/qnetspec/graph/net/<id>>``: description ``<id>``, as
  :mod:`qnetspec.description_rdf` writes it (its elements are
  ``<https://w3id.org/qnetspec/net/<id>/<element id>>``);
- ``<https://w3id.org/qnetspec/graph/analysis/<id>>``: what :mod:`qnetspec.kg_derived` derives for
  it (service paths, claim verdicts, and the summaries the named questions read);
- ``<https://w3id.org/qnetspec/graph/meta>``: bookkeeping (content hashes, each description's
  source, the version of its summaries).

Queries see the union of all graphs as their default graph.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qnetspec.description_rdf import QN, description_iri
from qnetspec.errors import UsageError
from qnetspec.sparql_guard import GRAPH_BASE

if TYPE_CHECKING:
    import pyoxigraph

    from qnetspec.document import Document
    from qnetspec.kg_derived import Verdict

ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
SUPPLEMENT_GRAPH = GRAPH_BASE + "supplement"
META_GRAPH = GRAPH_BASE + "meta"
DESCRIPTION_GRAPH_BASE = GRAPH_BASE + "net/"
ANALYSIS_GRAPH_BASE = GRAPH_BASE + "analysis/"
_CONTENT_HASH = QN + "content_sha256"
_SOURCE = "http://purl.org/dc/terms/source"
_SUMMARY_VERSION = QN + "summary_version"
_NET_BASE = QN + "net/"
# Files RocksDB keeps in a store directory; a non-empty directory without them is not a store.
_STORE_MARKERS = ("CURRENT", "IDENTITY", "OPTIONS")

PREFIXES = {
    "qn": QN,
    "ysup": "https://w3id.org/qnetspec/ysuppl98/clause/",
    "net": _NET_BASE,
    "graph": GRAPH_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
}


def description_graph(data: dict) -> str:
    """Name of the graph holding description ``data`` (same id segment as its IRI)."""
    return DESCRIPTION_GRAPH_BASE + description_iri(data)[len(_NET_BASE) :]


def analysis_graph(data: dict) -> str:
    """Name of the graph holding what is derived from description ``data``."""
    return ANALYSIS_GRAPH_BASE + description_iri(data)[len(_NET_BASE) :]


@dataclass
class KnowledgeStore:
    """A pyoxigraph store laid out as above; ``directory`` is None for an in-memory store."""

    store: pyoxigraph.Store
    directory: Path | None = None
    read_only: bool = False

    @classmethod
    def open(
        cls, directory: str | Path | None = None, *, read_only: bool = False
    ) -> KnowledgeStore:
        """Open (or create) a store; raise :class:`UsageError` when the directory cannot be one."""
        import pyoxigraph

        if directory is None:
            return cls(pyoxigraph.Store())
        path = Path(directory)
        if path.exists() and not path.is_dir():
            raise UsageError(f"--store {path}: not a directory")
        looks_like_store = is_store(path)
        if read_only and not looks_like_store:
            raise UsageError(f"--store {path}: no store there (build it with `qnetspec query`)")
        if path.is_dir() and any(path.iterdir()) and not looks_like_store:
            raise UsageError(
                f"--store {path}: the directory is not empty and holds no store; "
                "give a new or empty directory"
            )
        try:
            store = (
                pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))
            )
        except OSError as exc:
            raise UsageError(f"--store {path}: cannot open the store ({exc})") from None
        return cls(store, path, read_only)

    # -- loading -------------------------------------------------------------------------------

    def ensure_supplement(self) -> None:
        """Load the ontology and the Supplement's data unless the same content is already there."""
        from qnetspec import resources

        for graph, source in (
            (ONTOLOGY_GRAPH, resources.OWL_TURTLE),
            (SUPPLEMENT_GRAPH, resources.SUPPLEMENT_TURTLE),
        ):
            content = source.read_bytes()
            digest = hashlib.sha256(content).hexdigest()
            if self._meta_value(graph, _CONTENT_HASH) == digest:
                continue
            self._require_writable()
            self._replace_graph(graph, content, "turtle")
            self._set_meta(graph, _CONTENT_HASH, digest)

    def add_description(
        self, data: dict, *, source: str = "", verdicts: list[Verdict] | None = None
    ) -> str:
        """Load description ``data`` (replacing an earlier one of the same id); return its graph."""
        from qnetspec.description_rdf import description_to_ntriples
        from qnetspec.kg_derived import service_path_ntriples, verdict_ntriples

        self._require_writable()
        graph = description_graph(data)
        text = description_to_ntriples(data).ntriples
        self._replace_graph(graph, _utf8(text), "nt")
        derived = service_path_ntriples(data)
        if verdicts:
            derived += verdict_ntriples(data, verdicts)
        self._replace_graph(analysis_graph(data), _utf8("".join(derived)), "nt")
        self._summarise(graph, analysis_graph(data))
        self._set_meta(graph, _SOURCE, source)
        return graph

    def add_documents(self, documents: list[Document], *, verdicts: bool = False) -> list[str]:
        """Load loaded documents; with ``verdicts``, run the claims stage on each first."""
        graphs = []
        for document in documents:
            found = None
            if verdicts:
                found = _verdicts(document)
            graphs.append(self.add_description(document.data, source=document.path, verdicts=found))
        return graphs

    def ensure_summaries(self) -> list[str]:
        """Summarise again every description whose summaries are missing or from another
        :data:`~qnetspec.kg_derived.SUMMARY_VERSION` (a store persisted by an earlier qnetspec);
        return their graphs. Without this the questions reading the summaries would silently leave
        those descriptions out."""
        from qnetspec.kg_derived import SUMMARY_VERSION, summary_removal

        stale = [
            graph
            for graph in self._description_graphs()
            if self._meta_value(_analysis_of(graph), _SUMMARY_VERSION) != SUMMARY_VERSION
        ]
        if stale:
            self._require_writable()
        for graph in stale:
            self.store.update(summary_removal(_analysis_of(graph)))
            self._summarise(graph, _analysis_of(graph))
        return stale

    # -- reading -------------------------------------------------------------------------------

    def description_ids(self) -> list[str]:
        """Ids of the descriptions in the store, sorted."""
        query = (
            f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?d a <{QN}NetworkDescription> ;"
            f' <{QN}id> ?id }} FILTER(STRSTARTS(STR(?g), "{DESCRIPTION_GRAPH_BASE}")) }}'
        )
        rows = self.store.query(query)
        return sorted(str(row[0].value) for row in rows)

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        """Make a persisted store durable (a no-op in memory)."""
        if self.directory is not None and not self.read_only:
            self.store.flush()

    def dump(self, path: str | Path) -> None:
        """Write every graph: N-Quads (``.nq``) or TriG (``.trig``) keep the graphs apart; N-Triples
        (``.nt``) or Turtle (``.ttl``) merge them into one, for servers without named graphs."""
        import pyoxigraph

        target = Path(path)
        suffix = target.suffix.lower()
        formats = {
            ".nq": pyoxigraph.RdfFormat.N_QUADS,
            ".trig": pyoxigraph.RdfFormat.TRIG,
            ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
            ".ttl": pyoxigraph.RdfFormat.TURTLE,
        }
        if suffix not in formats:
            raise UsageError(f"--dump {target}: use a .nq, .trig, .nt or .ttl file name")
        fmt = formats[suffix]
        try:
            with target.open("wb") as handle:
                if suffix in (".nq", ".trig"):
                    self.store.dump(handle, fmt, prefixes=PREFIXES if suffix == ".trig" else None)
                else:
                    triples = (
                        pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in self.store
                    )
                    pyoxigraph.serialize(
                        triples, handle, fmt, prefixes=PREFIXES if suffix == ".ttl" else None
                    )
        except OSError as exc:
            raise UsageError(f"--dump {target}: cannot write ({exc.strerror or exc})") from None

    # -- internals -----------------------------------------------------------------------------

    def _summarise(self, graph: str, analysis: str) -> None:
        """Derive the summaries of description graph ``graph`` into ``analysis`` (see
        :mod:`qnetspec.kg_derived`) and record their version."""
        from qnetspec.kg_derived import SUMMARY_VERSION, summary_update

        self.store.update(summary_update(graph, analysis))
        self._set_meta(analysis, _SUMMARY_VERSION, SUMMARY_VERSION)

    def _description_graphs(self) -> list[str]:
        """Names of the description graphs in the store."""
        return sorted(
            name.value
            for name in self.store.named_graphs()
            if name.value.startswith(DESCRIPTION_GRAPH_BASE)
        )

    def _require_writable(self) -> None:
        if self.read_only:
            raise UsageError(f"--store {self.directory}: opened read-only, cannot load into it")

    def _replace_graph(self, graph: str, content: bytes, fmt: str) -> None:
        import pyoxigraph

        name = pyoxigraph.NamedNode(graph)
        if self.store.contains_named_graph(name):
            self.store.remove_graph(name)
        rdf_format = (
            pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
        )
        self.store.add_graph(name)
        if not content:
            return
        if self.directory is None:
            self.store.load(content, rdf_format, to_graph=name, lenient=fmt == "nt")
        else:  # on disk, a bulk load is two to three times faster than a transactional one
            self.store.bulk_load(content, rdf_format, to_graph=name, lenient=fmt == "nt")

    def _meta_value(self, subject: str, predicate: str) -> str | None:
        import pyoxigraph

        for quad in self.store.quads_for_pattern(
            pyoxigraph.NamedNode(subject),
            pyoxigraph.NamedNode(predicate),
            None,
            pyoxigraph.NamedNode(META_GRAPH),
        ):
            return str(quad.object.value)
        return None

    def _set_meta(self, subject: str, predicate: str, value: str) -> None:
        import pyoxigraph

        s, p = pyoxigraph.NamedNode(subject), pyoxigraph.NamedNode(predicate)
        g = pyoxigraph.NamedNode(META_GRAPH)
        for quad in list(self.store.quads_for_pattern(s, p, None, g)):
            self.store.remove(quad)
        self.store.add(pyoxigraph.Quad(s, p, pyoxigraph.Literal(value), g))


def _analysis_of(graph: str) -> str:
    """The analysis graph beside description graph ``graph``."""
    return ANALYSIS_GRAPH_BASE + graph[len(DESCRIPTION_GRAPH_BASE) :]


def is_store(directory: str | Path) -> bool:
    """Whether ``directory`` holds a (RocksDB) store."""
    path = Path(directory)
    return path.is_dir() and any((path / m).exists() for m in _STORE_MARKERS)


def _utf8(text: str) -> bytes:
    """UTF-8 bytes; a lone surrogate (JSON can smuggle one in) becomes U+FFFD."""
    return text.encode("utf-8", "replace")


def _verdicts(document: Document) -> list[Verdict]:
    try:
        from qnetspec.kg_derived import claim_verdicts

        return claim_verdicts(document)
    except ImportError as exc:
        raise UsageError(
            f"--verdicts needs the claims stage, which this installation lacks ({exc})"
        ) from None


def load_descriptions(paths: list[str]) -> list[Document]:
    """Load description files; an unusable file raises :class:`UsageError` with its location.

    Two files describing the same network id are refused: one would silently replace the other.
    """
    from qnetspec.load import LoadError, load_document

    documents: list[Document] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            document = load_document(path)
        except LoadError as exc:
            raise UsageError(str(exc)) from None
        data = document.data
        ident = data.get("id") if isinstance(data, dict) else None
        if not isinstance(data, dict):
            raise UsageError(
                f"{path}: a description is a mapping of keys, not {type(data).__name__}"
            )
        if isinstance(ident, bool) or not isinstance(ident, str | int) or ident == "":
            loc = document.locate("/id").render() if "id" in data else path
            raise UsageError(
                f"{loc}: the description has no usable id; the knowledge graph names it and its "
                "elements by it"
            )
        if str(ident) in seen:
            raise UsageError(
                f"{path}: description id {ident!r} is also the id of {seen[str(ident)]}"
            )
        seen[str(ident)] = path
        documents.append(document)
    return documents


def build_store(
    paths: list[str],
    *,
    directory: str | Path | None = None,
    verdicts: bool = False,
    read_only: bool = False,
) -> KnowledgeStore:
    """The store the CLI and the endpoint query: Supplement plus ``paths``, optionally persisted.

    With a ``directory`` and no ``paths`` an existing store is used as it is (``read_only`` opens it
    without a write lock, so several readers can share it).
    """
    documents = load_descriptions(paths)
    if read_only and documents:
        raise UsageError("cannot load descriptions into a store opened read-only")
    if directory is not None and not documents and not read_only and is_store(directory):
        try:
            kg = KnowledgeStore.open(directory)
        except UsageError:  # another process holds the write lock: reading is still fine
            return KnowledgeStore.open(directory, read_only=True)
    else:
        kg = KnowledgeStore.open(directory, read_only=read_only)
    if not read_only:
        kg.ensure_supplement()
        kg.add_documents(documents, verdicts=verdicts)
        kg.ensure_summaries()
        kg.flush()
    return kg
