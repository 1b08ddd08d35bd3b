"""A learned judge of what someone's words do: blame, demand, warn, praise or reject.

The word lists of ``SPEECH_ACTS`` catch the acts said in the words reporters use most; a
politician's criticism is as often put in words no list holds ("کابینہ کے حجم کا رونا رو
رہے ہیں"). A logistic regression per act, trained on the quotes of our annotated dev
articles (``scripts/train_speech_acts.py``), scores the words of a quote and the few words
of the reporting clause before them. It only adds acts the lists did not find.

The weights ship as ``bayan/models/<lang>-speech-acts.json`` (Urdu, Persian, Arabic); a
language without that file has no model and its speech acts come from the lists alone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Words of the reporting clause, before the quote, that take part ("ردعمل دیتے ہوئے کہا").
CLAUSE_WORDS = 6


def quote_features(keys: list[str], first: int, end: int, sentence_first: int) -> set[str]:
    """The features of the words ``keys[first:end]`` of a quote whose sentence begins at
    ``sentence_first``: its words (q:), its word pairs (b:) and the last words of the
    reporting clause before it (c:). Training and scoring share this function."""
    words = keys[first:end]
    features = {"q:" + k for k in words}
    features.update("b:" + words[i] + "_" + words[i + 1] for i in range(len(words) - 1))
    clause = keys[sentence_first:first][-CLAUSE_WORDS:] if first > sentence_first else []
    features.update("c:" + k for k in clause)
    return features


@dataclass(frozen=True)
class SpeechActModel:
    cut: float  # the logit of the probability an act must pass
    bias: dict[str, float]
    rows: dict[str, tuple[float, ...]]  # feature -> its weight in each act, in bias order

    @property
    def threshold(self) -> float:
        return 1.0 / (1.0 + math.exp(-self.cut))

    def acts(self, features: set[str]) -> list[str]:
        """The acts whose probability for these features passes the threshold."""
        z = list(self.bias.values())
        for f in features:
            row = self.rows.get(f)
            if row is not None:
                z = [a + b for a, b in zip(z, row)]
        return [act for act, value in zip(self.bias, z) if value > self.cut]


@lru_cache(maxsize=None)
def speech_act_model(lang: str) -> SpeechActModel | None:
    """The shipped model of a language, or None where there is none. The weights are kept
    by feature, with one number per act, so that scoring looks each feature up once."""
    path = resources.files("bayan.models").joinpath(f"{lang}-speech-acts.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    acts = data["acts"]
    features = {f for spec in acts.values() for f in spec["weights"]}
    threshold = float(data["threshold"])
    return SpeechActModel(
        cut=math.log(threshold / (1.0 - threshold)),
        bias={act: float(spec["bias"]) for act, spec in acts.items()},
        rows={f: tuple(float(spec["weights"].get(f, 0.0)) for spec in acts.values()) for f in features},
    )
