"""The atheris targets (fuzz/targets.py) without atheris: their seeds and hypothesis-made
bytes replayed through each, so that a target that rots fails here first. With atheris
installed, a short coverage-guided run of every target (fuzz/run.py) as well."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.targets import TARGETS, text_from_bytes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fuzz" / "seeds"
FOUND = ROOT / "fuzz" / "found"  # inputs that once crashed a target, kept as regressions


def _inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*/*") if p.is_file())


@pytest.mark.parametrize("path", _inputs(SEEDS) + _inputs(FOUND), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_seed_and_found_inputs(path):
    TARGETS[path.parent.name](path.read_bytes())


def test_every_target_has_seeds():
    assert {p.name for p in SEEDS.iterdir() if p.is_dir()} == set(TARGETS)


@pytest.mark.parametrize("target", sorted(TARGETS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600))
def test_targets_on_random_bytes(target, data):
    TARGETS[target](data)


def test_text_from_bytes_reaches_every_mode():
    assert text_from_bytes(b"\x00\x01\x01" + "وزیر".encode()) == ("وزیر", "ur", "2025-02-08")
    assert text_from_bytes(b"\x02\x00\x00" + "\ud800".encode("utf-16-le", "surrogatepass"))[0] == "\ud800"
    pieces, _, _ = text_from_bytes(b"\x03\x02\x00" + bytes(range(40)))
    assert len(pieces) > 20


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed (pip install -e '.[fuzz]')")
def test_atheris_drives_a_target(tmp_path):
    """A few hundred coverage-guided inputs through the standard-input target (which
    reaches every reader); CI runs all targets for longer with fuzz/run.py --all."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run.py"), "stdin", "-runs=300", f"-artifact_prefix={tmp_path}/",
         str(tmp_path), str(SEEDS / "stdin")],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done 300 runs" in done.stderr
