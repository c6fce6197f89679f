"""The built-in pack's manifest, and the located errors load_pack gives for broken packs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rules_helpers import ROOT

from qnetspec import coverage, resources
from qnetspec.conformance import (
    PROFILES,
    Pack,
    PackError,
    builtin_packs,
    builtin_rule_clauses,
    load_pack,
    select_rules,
)
from qnetspec.findings import Severity

GOOD_QUERY = "PREFIX qn: <https://w3id.org/qnetspec/>\nSELECT ?focus WHERE { ?focus qn:x 1 }\n"


def test_builtin_pack_has_enough_traceable_rules(pack: Pack) -> None:
    assert pack.id == "ysuppl98"
    assert len(pack.rules) >= 22
    known = set(coverage.load_clauses(resources.supplement_data_dir()))
    for rule in pack.rules:
        assert rule.clause, rule.id
        assert set(rule.clause) <= known, rule.id
        assert rule.title and rule.rationale
        assert rule.file.is_file()
        assert rule.profiles <= {"all", *PROFILES}


def test_every_severity_and_kind_is_used(pack: Pack) -> None:
    assert {r.severity for r in pack.rules} == set(Severity)
    assert {r.kind for r in pack.rules} == {"sparql", "python"}


def test_rationales_are_not_copied_from_the_supplement(pack: Pack) -> None:
    """No rationale shares a run of eight words with the Supplement's text."""
    candidates = [ROOT.parent / "shared", Path("/work/shared")]
    seeds = [c / "seed" / "ITU-T-Y-Suppl-98.txt" for c in candidates]
    seed = next((s for s in seeds if s.is_file()), seeds[0])
    if not seed.is_file():
        pytest.skip("the Supplement's text is not available here")
    words = re.findall(r"[a-z]+", seed.read_text(encoding="utf-8").lower())
    shingles = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    copied = []
    for rule in pack.rules:
        own = re.findall(r"[a-z]+", rule.rationale.lower())
        copied += [
            (rule.id, " ".join(own[i : i + 8]))
            for i in range(len(own) - 7)
            if " ".join(own[i : i + 8]) in shingles
        ]
    assert copied == []


def test_builtin_rule_clauses_is_what_coverage_imports() -> None:
    from qnetspec.rules import builtin_rule_clauses as exported

    clauses = exported()
    assert clauses == builtin_rule_clauses()
    assert clauses["YS98-CLASSICAL-ADDRESS"] == ["8.1", "8.3"]
    matrix = {row.number: row for row in coverage.build_matrix(clauses)}
    assert "YS98-TDM-SYNC-SOURCE" in matrix["7.3.1"].rules


def test_builtin_packs_are_loaded_once() -> None:
    assert builtin_packs() is builtin_packs()


# --- broken packs --------------------------------------------------------------------------------


def write_pack(folder: Path, rules: str, files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.yaml").write_text(
        "pack: acme\ntitle: ACME rules\nversion: '1'\nrules:\n" + rules, encoding="utf-8"
    )
    for name, text in (files or {"q.rq": GOOD_QUERY}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


RULE = """\
  - id: {id}
    clause: ["8.1"]
    severity: {severity}
    title: A rule
    rationale: Because.
    profiles: [all]
    kind: {kind}
    file: {file}
"""


def rule(id: str = "ACME-1", severity: str = "error", kind: str = "sparql", file: str = "q.rq"):
    return RULE.format(id=id, severity=severity, kind=kind, file=file)


def problems(folder: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    return [p.render() for p in caught.value.problems]


def test_a_valid_third_party_pack_loads(tmp_path: Path) -> None:
    pack = load_pack(write_pack(tmp_path / "p", rule()))
    assert [r.id for r in pack.rules] == ["ACME-1"]
    assert pack.rules[0].severity is Severity.ERROR
    assert pack.rules[0].defined_at.endswith("manifest.yaml:5")


def test_unknown_severity_is_located(tmp_path: Path) -> None:
    found = problems(write_pack(tmp_path / "p", rule(severity="fatal")))
    assert len(found) == 1
    assert re.search(r"manifest\.yaml:7:15: rule 'ACME-1': unknown severity 'fatal'", found[0])


def test_missing_file_is_located(tmp_path: Path) -> None:
    found = problems(write_pack(tmp_path / "p", rule(file="nope.rq")))
    assert re.search(r"manifest\.yaml:12:11: .*'nope\.rq' not found", found[0])


def test_duplicate_rule_id_names_the_first_use(tmp_path: Path) -> None:
    found = problems(write_pack(tmp_path / "p", rule() + rule()))
    assert len(found) == 1
    assert re.search(
        r"manifest\.yaml:13:\d+: duplicate rule id 'ACME-1' \(first used by rule #1\)", found[0]
    )


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = rule(severity="loud") + rule(id="ACME-2", kind="shacl") + "    colour: red\n"
    found = problems(write_pack(tmp_path / "p", text))
    assert any("unknown severity 'loud'" in p for p in found)
    assert any("unknown kind 'shacl'" in p for p in found)
    assert any("unknown key 'colour'" in p for p in found)


def test_missing_keys_unknown_profile_and_clause(tmp_path: Path) -> None:
    text = """\
  - id: ACME-1
    clause: ["8.9", "x"]
    severity: warning
    profiles: [quantum-internet]
    kind: sparql
    file: q.rq
"""
    found = problems(write_pack(tmp_path / "p", text))
    assert any("missing required key 'title'" in p for p in found)
    assert any("missing required key 'rationale'" in p for p in found)
    assert any("unknown profile 'quantum-internet'" in p for p in found)
    assert any("Y Suppl. 98 has no clause 8.9" in p for p in found)
    assert any("'x' is not a clause number" in p for p in found)


def test_bad_sparql_is_refused(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", rule(), {"q.rq": "SELECT ?focus WHERE { ?focus"})
    assert "SPARQL syntax error" in problems(folder)[0]
    folder = write_pack(tmp_path / "q", rule(), {"q.rq": "SELECT ?x WHERE { ?x <https://e/p> 1 }"})
    assert "must SELECT ?focus" in problems(folder)[0]
    folder = write_pack(tmp_path / "r", rule(), {"q.rq": "ASK { ?x ?p ?o }"})
    assert "only SELECT" in problems(folder)[0]


def test_python_rules_need_a_check_function(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", rule(kind="python", file="r.py"), {"r.py": "x = 1\n"})
    assert "defines no function check" in problems(folder)[0]
    folder = write_pack(tmp_path / "q", rule(kind="python", file="r.py"), {"r.py": "1/0\n"})
    assert "import failed: ZeroDivisionError" in problems(folder)[0]
    folder = write_pack(tmp_path / "s", rule(kind="python", file="q.rq"))
    assert "must end in .py" in problems(folder)[0]


def test_files_outside_the_pack_are_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.rq").write_text(GOOD_QUERY, encoding="utf-8")
    found = problems(write_pack(tmp_path / "p", rule(file="../outside.rq")))
    assert "outside the pack" in found[0]


def test_malformed_manifests(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "manifest.yaml").write_text("pack: [unclosed\n", encoding="utf-8")
    assert "not valid YAML" in problems(folder)[0]
    (folder / "manifest.yaml").write_text("- just a list\n", encoding="utf-8")
    assert "a manifest is a mapping" in problems(folder)[0]
    (folder / "manifest.yaml").write_text("pack: p\ntitle: t\nversion: 1\nrules: []\n")
    assert "'rules' must be a non-empty list" in problems(folder)[0]
    assert "cannot read" in problems(tmp_path / "missing")[0]


def test_pack_error_is_a_usage_error(tmp_path: Path) -> None:
    from qnetspec.errors import UsageError

    with pytest.raises(UsageError, match="invalid rule pack"):
        load_pack(write_pack(tmp_path / "p", rule(severity="fatal")))


def test_a_rule_id_defined_by_two_packs_is_refused(tmp_path: Path, pack: Pack) -> None:
    clash = load_pack(write_pack(tmp_path / "p", rule(id="YS98-CLASSICAL-ADDRESS")))
    with pytest.raises(PackError, match="already defined by pack 'ysuppl98'"):
        select_rules([pack, clash], "fully-quantum")


def test_rules_are_chosen_by_profile(pack: Pack) -> None:
    fq = {r.id for r in select_rules([pack], "fully-quantum")}
    tr = {r.id for r in select_rules([pack], "trusted-relay")}
    none = {r.id for r in select_rules([pack], None)}
    assert "YS98-FQ-NODES-UNTRUSTED" in fq - tr
    assert "YS98-TR-HAS-TRUSTED-NODE" in tr - fq
    assert "YS98-CLASSICAL-ADDRESS" in none
    assert none == {r.id for r in pack.rules if "all" in r.profiles}
