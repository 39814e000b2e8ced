"""A test skipped on CI fails the run; locally it is still a skip (tests/ci_skips.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPING = """
import shutil
import pytest

@pytest.mark.skipif(True, reason="pdftotext (poppler-utils) is not installed")
def test_marked():
    pass

def test_inside():
    pytest.skip("no server")

@pytest.mark.xfail(reason="known")
def test_expected_failure():
    raise AssertionError

def test_runs():
    pass
"""


def _run(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_skipping.py").write_text(SKIPPING)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    if ci:
        env["CI"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.ci_skips", "-q", "-rfs",
         "-c", os.devnull, str(tmp_path / "test_skipping.py")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip


def test_a_skip_fails_on_ci_naming_its_reason(tmp_path: Path) -> None:
    done = _run(tmp_path, ci=True)
    assert done.returncode == 1, done.stdout
    # A skip at set-up (skipif) is an error, one inside the test a failure: both fail the run.
    assert "1 failed, 1 passed, 1 xfailed, 1 error" in done.stdout
    # Each says why it was skipped (pytest words the reason "Skipped: …" or not, by version).
    for reason in ("pdftotext (poppler-utils) is not installed", "no server"):
        line = next(x for x in done.stdout.splitlines() if x.endswith(reason))
        assert line.startswith("skipped on CI, where every test must run: "), line


def test_a_skip_is_a_skip_elsewhere(tmp_path: Path) -> None:
    done = _run(tmp_path, ci=False)
    assert done.returncode == 0, done.stdout
    assert "1 passed, 2 skipped, 1 xfailed" in done.stdout
