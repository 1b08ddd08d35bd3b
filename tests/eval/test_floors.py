import json

import pytest

from bayan.errors import InputError
from bayan.eval.floors import below_floors, load_floors
from bayan.eval.metrics import Counts
from bayan.eval.report import EvalReport
from bayan.eval.scoring import score_article

from tests.eval.builders import ent, entity, gold, prediction

ZERO = {"entities": 0.0, "quotes": 0.0, "attribution": 0.0, "events": 0.0}


def write(tmp_path, data):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("data", "problem"),
    [("{", "invalid JSON"), ({}, "object of languages"), ({"ur": {"entities": 0.5}}, "must give exactly"),
     ({"ur": {**ZERO, "quotes": 1.5}}, "ur/quotes"), ({"ur": {**ZERO, "events": "0.3"}}, "ur/events")],
)
def test_bad_floors(tmp_path, data, problem):
    with pytest.raises(InputError, match=problem):
        load_floors(write(tmp_path, data))


def test_below_floors():
    # One article: entity F1 is 2/3 (one of two gold entities found by one right prediction).
    g = gold([entity("پاکستان", "LOC", "Pakistan"), entity("بھارت", "LOC", "India")])
    report = EvalReport("x", (score_article(g, prediction([ent("پاکستان", "LOC")])),))
    assert report.languages["ur"].entities == Counts(1, 1, 2, 1)
    f1 = report.f1("ur", "entities")
    assert below_floors(report, {"ur": {**ZERO, "entities": f1}}) == []  # equal passes
    assert below_floors(report, {"ur": {**ZERO, "entities": round(f1, 12)}}) == []  # rounding tolerated
    assert below_floors(report, {"ur": {**ZERO, "entities": 0.7}}) == ["ur/entities: F1 0.6667 < floor 0.7000"]
    # A language that was not evaluated fails only when its floor is above zero.
    assert below_floors(report, {"fa": ZERO}) == []
    assert below_floors(report, {"fa": {**ZERO, "quotes": 0.2}}) == [
        "fa/quotes: floor 0.200 but no fa article was evaluated"]
