"""``qnetspec simulate``: text and JSON output, plots, exit codes, and a quick start-up."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from claims_helpers import DATA

from qnetspec.simulate_cli import add_simulate_parser


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="qnetspec")
    add_simulate_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["simulate", *argv])
    return args.handler(args)


def test_text_output_names_path_reasons_assumptions_and_bounds(capsys) -> None:
    assert _run([str(DATA / "direct.yaml")]) == 0
    out = capsys.readouterr().out
    assert "sr1: alice -> bob [entanglement]" in out
    assert "path: alice - bob (links l1)" in out
    assert "why: least total attenuation: 6 dB over 1 link(s)" in out
    assert "entanglement rate: 5.275e+05 Hz" in out
    assert "secret-key rate:" in out and "set-up time:" in out
    assert "path, repeater-assisted PLOB:" in out and "network, flooding capacity:" in out
    assert "light-travel time over the path:" in out
    assert "assumptions (" in out


def test_unroutable_requests_are_reported_not_raised(capsys) -> None:
    assert _run([str(DATA / "routing.yaml")]) == 0
    out = capsys.readouterr().out
    assert "ad: alice -> dave" in out and "no result:" in out and "carol" in out


def test_json_output(capsys) -> None:
    assert _run([str(DATA / "chain50.yaml"), "--json", "--seed", "3"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["seed"] == 3
    request = payload["requests"][0]
    assert request["path"]["nodes"] == ["alice", "r1", "bob"]
    assert request["path"]["why"].startswith("least total attenuation")
    assert request["regime"] == "memory-chain"
    assert set(request["entanglement_rate_hz"]) >= {"value", "interval", "unit"}
    assert request["bounds"]["path"]["per_s"] > request["entanglement_rate_hz"]["value"]
    assert request["bounds"]["channel_use_rate_hz"] == 1e8
    assert isinstance(request["assumptions"], list)


def test_unusable_input_exits_2_with_a_location(tmp_path: Path, capsys) -> None:
    assert _run([str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    broken.write_text("nodes: [unclosed\n", encoding="utf-8")
    assert _run([str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml:" in err and "Traceback" not in err
    listed = tmp_path / "list.yaml"
    listed.write_text("- just\n- a list\n", encoding="utf-8")
    assert _run([str(listed)]) == 2
    assert "not a mapping" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("plot", "name"),
    [
        ("rate-vs-distance", "rate.png"),
        ("fidelity-histogram", "fidelity.svg"),
        ("rate-vs-distance", "trusted.svg"),
    ],
)
def test_plots_are_written(plot: str, name: str, tmp_path: Path, capsys) -> None:
    pytest.importorskip("matplotlib")
    source = "trusted.yaml" if name.startswith("trusted") else "chain50.yaml"
    out = tmp_path / name
    assert _run([str(DATA / source), "--plot", plot, "--plot-output", str(out)]) == 0
    assert out.exists() and out.stat().st_size > 1000
    head = out.read_bytes()[:100]
    assert head.startswith(b"\x89PNG") if name.endswith(".png") else b"<svg" in out.read_bytes()
    assert f"written to {out}" in capsys.readouterr().out


def test_fidelity_histogram_of_a_closed_form_regime(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "hist.png"
    assert (
        _run(
            [
                str(DATA / "direct.yaml"),
                "--plot",
                "fidelity-histogram",
                "--plot-output",
                str(out),
                "--json",
            ]
        )
        == 0
    )
    assert out.exists()


def test_plot_problems_exit_2(tmp_path: Path, capsys, monkeypatch) -> None:
    assert (
        _run(
            [
                str(DATA / "direct.yaml"),
                "--plot",
                "rate-vs-distance",
                "--plot-output",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert ".png or .svg" in capsys.readouterr().err
    assert (
        _run(
            [
                str(DATA / "trusted.yaml"),
                "--plot",
                "fidelity-histogram",
                "--plot-output",
                str(tmp_path / "x.png"),
            ]
        )
        == 2
    )
    assert "no fidelity to plot" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    assert (
        _run(
            [
                str(DATA / "direct.yaml"),
                "--plot",
                "rate-vs-distance",
                "--plot-output",
                str(tmp_path / "y.png"),
            ]
        )
        == 2
    )
    assert "pip install 'qnetspec[plot]'" in capsys.readouterr().err


def test_registering_the_command_imports_nothing_heavy() -> None:
    code = (
        "import argparse, sys\n"
        "from qnetspec.simulate_cli import add_simulate_parser\n"
        "p = argparse.ArgumentParser(); add_simulate_parser(p.add_subparsers())\n"
        "heavy = [m for m in ('numpy', 'networkx', 'matplotlib', 'reference_sim', 'yaml')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
