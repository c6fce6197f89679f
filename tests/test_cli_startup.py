"""``qnetspec --help`` must stay quick: start-up may not import the heavy libraries.

Timing belongs in benchmarks/bench_cli.py; here we assert the cause of slowness is absent.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("rdflib", "numpy", "linkml", "linkml_runtime", "pyoxigraph", "networkx", "jsonschema")


def test_help_imports_no_heavy_module() -> None:
    code = (
        "import sys\n"
        "from qnetspec.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print('LOADED=' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "usage: qnetspec" in out.stdout
    assert "LOADED=\n" in out.stderr, f"qnetspec --help imported {out.stderr}"


def test_no_command_prints_help_and_exits_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "qnetspec"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert "usage: qnetspec" in proc.stdout


def test_ctrl_c_is_a_short_note_and_exit_130(monkeypatch, capsys) -> None:
    """An interrupted check says so in one line; no traceback reaches the user."""
    import qnetspec.check
    from qnetspec.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(qnetspec.check, "check_paths", interrupted)
    assert main(["check", "examples"]) == 130
    assert capsys.readouterr().err == "qnetspec check: interrupted\n"


@pytest.mark.parametrize(("argv", "parallel"), [([], True), (["--serial"], False)])
def test_serial_keeps_the_check_in_one_process(monkeypatch, argv, parallel) -> None:
    import qnetspec.check
    from qnetspec.cli import main

    seen = []

    def record(paths, options):
        seen.append(options.parallel)
        return qnetspec.check.CheckRun(results=[], rules=[])

    monkeypatch.setattr(qnetspec.check, "check_paths", record)
    assert main(["check", *argv, "examples"]) == 0
    assert seen == [parallel]
