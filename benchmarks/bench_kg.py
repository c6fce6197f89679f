"""Knowledge-graph speed: load the Supplement plus a generated N-node description, run every named
question on pyoxigraph and on rdflib's SPARQL engine, then load the endpoint from a client loop.

Why: the embedded store was chosen by these figures (pyoxigraph over rdflib), each named question
should answer in under 50 ms on a 10k-node description, and ``qnetspec serve`` should hold 200
queries/s on loopback without an error.

    python benchmarks/bench_kg.py                     # 10k nodes, rdflib comparison, endpoint
    python benchmarks/bench_kg.py --nodes 1000 --no-rdflib --http-requests 500

Not collected by pytest (no ``test_`` prefix); the client loop talks to 127.0.0.1 only. Figures go
in the closing notes.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gen_description import generate

from qnetspec.kg_query import LocalEngine, QueryLimits
from qnetspec.kg_questions import list_questions
from qnetspec.kg_store import KnowledgeStore, load_descriptions
from qnetspec.sparql_guard import check_query

TARGET_MS = 50.0
TARGET_QPS = 200.0


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def median_ms(action: Callable[[], object], repeat: int, cap_s: float = 60.0) -> float:
    """Median wall-clock of ``repeat`` runs in ms (fewer when a run takes longer than ``cap_s``)."""
    times = []
    for _ in range(repeat):
        seconds, _ = timed(action)
        times.append(seconds)
        if seconds > cap_s:
            break
    return statistics.median(times) * 1000


def build(documents: list, directory: str | None) -> KnowledgeStore:
    kg = KnowledgeStore.open(directory)
    kg.ensure_supplement()
    kg.add_documents(documents)
    kg.flush()
    return kg


def bench_load(path: Path, scratch: Path) -> tuple[dict[str, float], KnowledgeStore, Path]:
    figures: dict[str, float] = {}
    figures["parse description file (s)"], documents = timed(lambda: load_descriptions([str(path)]))
    figures["build in-memory store (s)"], kg = timed(lambda: build(documents, None))
    store_dir = scratch / "store"
    figures["build on-disk store (s)"], _ = timed(lambda: build(documents, str(store_dir)))
    figures["triples"] = len(kg)
    return figures, kg, store_dir


def rdflib_dataset(kg: KnowledgeStore, scratch: Path) -> tuple[float, object]:
    """The same quads in an rdflib Dataset whose default graph is the union, as pyoxigraph's is."""
    import rdflib

    dump = scratch / "kg.nq"
    kg.dump(dump)

    def load() -> object:
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(dump, format="nquads")
        return dataset

    return timed(load)


def bench_queries(
    kg: KnowledgeStore, dataset: object | None, repeat: int, rdflib_repeat: int
) -> list[dict]:
    engine = LocalEngine(kg)
    rows = []
    for question in list_questions():
        checked = check_query(question.text)
        limits = QueryLimits(timeout_s=None)
        result = engine.run(checked, limits)
        row = {
            "question": question.name,
            "rows": len(result.rows),
            "pyoxigraph_ms": median_ms(lambda c=checked, lim=limits: engine.run(c, lim), repeat),
        }
        if dataset is not None:
            row["rdflib_ms"] = median_ms(
                lambda t=question.text: list(dataset.query(t)), rdflib_repeat, cap_s=30.0
            )
        rows.append(row)
        print(
            f"  {row['question']:<30} {row['rows']:>6} rows  "
            f"pyoxigraph {row['pyoxigraph_ms']:8.2f} ms"
            + (f"  rdflib {row['rdflib_ms']:10.1f} ms" if "rdflib_ms" in row else ""),
            flush=True,
        )
    return rows


def bench_endpoint(store_dir: Path, requests: int, clients: int, workers: int) -> dict[str, float]:
    """A bounded client loop on 127.0.0.1: ``requests`` queries over keep-alive connections."""
    from qnetspec.kg_workers import ProcessEngine
    from qnetspec.serve import ServeConfig, make_server, start_in_thread

    questions = [q.text for q in list_questions()]
    config = ServeConfig(max_concurrent=workers)
    with ProcessEngine(store_dir, workers=workers) as engine:
        server = make_server(engine, "127.0.0.1", 0, config)
        start_in_thread(server)
        host, port = server.server_address[:2]
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        counter = iter(range(requests))

        def client() -> None:
            connection = http.client.HTTPConnection(host, port, timeout=60)
            while True:
                with lock:
                    index = next(counter, None)
                if index is None:
                    break
                body = urllib.parse.urlencode({"query": questions[index % len(questions)]})
                start = time.perf_counter()
                try:
                    connection.request(
                        "POST",
                        "/sparql",
                        body=body,
                        headers={
                            "Content-Type": "application/x-www-form-urlencoded",
                            "Accept": "application/sparql-results+json",
                        },
                    )
                    response = connection.getresponse()
                    payload = response.read()
                    if response.status != 200:
                        errors.append(f"{response.status} {payload[:100]!r}")
                    else:
                        json.loads(payload)
                except (OSError, http.client.HTTPException) as exc:
                    errors.append(repr(exc))
                    connection.close()
                    connection = http.client.HTTPConnection(host, port, timeout=60)
                with lock:
                    latencies.append(time.perf_counter() - start)
            connection.close()

        # warm-up: every worker has run every question once (verdict cache, store caches)
        for text in questions * workers:
            engine.run(check_query(text))
        threads = [threading.Thread(target=client) for _ in range(clients)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
        server.shutdown()
        server.server_close()
    latencies.sort()
    return {
        "requests": requests,
        "clients": clients,
        "workers": workers,
        "queries/s": requests / elapsed,
        "errors": len(errors),
        "p50 latency (ms)": latencies[len(latencies) // 2] * 1000,
        "p95 latency (ms)": latencies[int(len(latencies) * 0.95)] * 1000,
        "first errors": errors[:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=11, help="runs per question (pyoxigraph)")
    parser.add_argument("--rdflib-repeat", type=int, default=3, help="runs per question (rdflib)")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    parser.add_argument("--http-requests", type=int, default=4000)
    parser.add_argument("--http-clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4, help="endpoint worker processes")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="qnetspec-bench-kg-") as tmp:
        scratch = Path(tmp)
        path = scratch / f"net{args.nodes}.json"
        path.write_text(json.dumps(generate(args.nodes)), encoding="utf-8")
        print(f"description: {args.nodes} nodes, {path.stat().st_size / 1e6:.1f} MB JSON")
        load, kg, store_dir = bench_load(path, scratch)
        dataset = None
        if not args.no_rdflib:
            load["rdflib: load the same quads (s)"], dataset = rdflib_dataset(kg, scratch)
        for name, value in load.items():
            print(
                f"  {name:<36} {value:10.2f}" if name != "triples" else f"  {name:<36} {value:10}"
            )
        print("questions (median):")
        queries = bench_queries(kg, dataset, args.repeat, args.rdflib_repeat)
        slowest = max(queries, key=lambda r: r["pyoxigraph_ms"])
        over = [r["question"] for r in queries if r["pyoxigraph_ms"] > TARGET_MS]
        print(
            f"  slowest: {slowest['question']} {slowest['pyoxigraph_ms']:.2f} ms; "
            f"over {TARGET_MS:g} ms: {over or 'none'}"
        )
        if dataset is not None:
            ratios = [r["rdflib_ms"] / r["pyoxigraph_ms"] for r in queries]
            print(
                f"  rdflib / pyoxigraph: median x{statistics.median(ratios):.0f}, "
                f"min x{min(ratios):.1f}, max x{max(ratios):.0f}"
            )
        del dataset
        print(f"endpoint: {args.http_requests} requests, {args.http_clients} clients on 127.0.0.1")
        endpoint = bench_endpoint(store_dir, args.http_requests, args.http_clients, args.workers)
        for name, value in endpoint.items():
            print(
                f"  {name:<20} {value:.1f}" if isinstance(value, float) else f"  {name:<20} {value}"
            )
        verdict = (
            "holds" if endpoint["queries/s"] >= TARGET_QPS and not endpoint["errors"] else "MISSES"
        )
        print(f"  {verdict} the {TARGET_QPS:g} queries/s target")
    if args.json:
        args.json.write_text(
            json.dumps({"load": load, "questions": queries, "endpoint": endpoint}, indent=2),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
