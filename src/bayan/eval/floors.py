"""The evaluation gate: F1 floors per language and task, kept in ``corpus/floors.json``.

A floor records the score the test split has reached; the gate fails when a change makes
a score fall below it. Raising a floor is a normal commit; lowering one needs a reason.
"""

from __future__ import annotations

import json
from pathlib import Path

from bayan.errors import InputError
from bayan.eval.report import TASKS, EvalReport

# Scores are ratios of small integers; compare with a tolerance so that a floor copied
# from a printed score (rounded) does not fail on the last digit.
TOLERANCE = 1e-9

Floors = dict[str, dict[str, float]]


def load_floors(path: str | Path) -> Floors:
    """Read and check a floors file: ``{"ur": {"entities": 0.41, ...}, ...}``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "missing") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict) or not data:
        raise InputError(str(path), "must be an object of languages")
    for lang, tasks in data.items():
        if not isinstance(tasks, dict) or set(tasks) != set(TASKS):
            raise InputError(str(path), f"{lang}: must give exactly {', '.join(TASKS)}")
        for task, value in tasks.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                raise InputError(str(path), f"{lang}/{task}: floor must be a number from 0 to 1, not {value!r}")
    return data


def below_floors(report: EvalReport, floors: Floors) -> list[str]:
    """One line per score under its floor (empty when the gate passes). A language with a
    positive floor and no article in the report fails too: its gold was lost."""
    failures = []
    for lang, tasks in floors.items():
        for task, floor in tasks.items():
            f1 = report.f1(lang, task)
            if f1 is None:
                if floor > 0:
                    failures.append(f"{lang}/{task}: floor {floor:.3f} but no {lang} article was evaluated")
            elif f1 < floor - TOLERANCE:
                failures.append(f"{lang}/{task}: F1 {f1:.4f} < floor {floor:.4f}")
    return failures
