"""Counts and the precision/recall/F1 computed from them.

Precision and recall keep separate numerators because entity scoring is not one-to-one:
several predicted surfaces may find one gold entity, so "predictions that are right" and
"gold items that were found" are different numbers. For one-to-one tasks they are equal.
Counts add, so per-language and overall figures are micro averages over articles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def _ratio(num: int, den: int, *, empty: float) -> float:
    return num / den if den else empty


@dataclass(frozen=True)
class Counts:
    """``predicted_correct`` of ``predicted`` items were right; ``gold_found`` of ``gold`` were found."""

    predicted: int = 0
    predicted_correct: int = 0
    gold: int = 0
    gold_found: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.predicted + other.predicted,
            self.predicted_correct + other.predicted_correct,
            self.gold + other.gold,
            self.gold_found + other.gold_found,
        )

    @property
    def _both_empty(self) -> bool:
        return self.predicted == 0 and self.gold == 0

    # Nothing to find and nothing predicted is a perfect score (so a floor never fails on
    # an empty task); otherwise an undefined ratio counts as 0.
    @property
    def precision(self) -> float:
        return _ratio(self.predicted_correct, self.predicted, empty=1.0 if self._both_empty else 0.0)

    @property
    def recall(self) -> float:
        return _ratio(self.gold_found, self.gold, empty=1.0 if self._both_empty else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "predicted": self.predicted,
            "predicted_correct": self.predicted_correct,
            "gold": self.gold,
            "gold_found": self.gold_found,
        }


@dataclass(frozen=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "accuracy": None if value is None else round(value, 4),
            "correct": self.correct,
            "total": self.total,
        }


def add_by_key(a: dict[str, Counts], b: dict[str, Counts]) -> dict[str, Counts]:
    """Sum two per-type count tables; a type missing from one side counts as zero."""
    return {k: a.get(k, Counts()) + b.get(k, Counts()) for k in sorted(set(a) | set(b))}
