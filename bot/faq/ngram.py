"""The character n-gram scorer of the FAQ search: TF-IDF over character n-grams + logistic regression.

Trained per language on what staff wrote for each entry — its question, its synonyms and the example
phrases of ``flows/faq/phrases/<lang>.yaml`` — with the entry as the class. Character n-grams inside
word boundaries see through what word matching trips over: dialect spellings and clitics in Arabic
("بدي", "والمعادلة"), inflections and typos ("anerkenung"), compounds ("Sprachkursgebühren"), German
words in other languages. The classifier's probability of each entry is the score (0..1).

For languages other than German the German texts are training examples too (with a smaller weight):
mentees write German words ("Anerkennung", "Berufssprachkurs") into questions in their own language.

One more class, ``OUTSIDE``, learns questions the FAQ does not answer (``bot.faq.offtopic``): its
probability is the ``outside`` of the ratings, and the entries' probabilities share the rest.

scikit-learn fits the model (``TfidfVectorizer(analyzer="char_wb")`` and a one-vs-rest logistic
regression trained by ``SGDClassifier(loss="log_loss")`` — a fraction of a second per language, where
the lbfgs solver takes many seconds on these tens of thousands of n-gram columns). The fitted numbers
(n-gram vocabulary, idf, coefficients) are then kept as plain arrays and applied here with numpy: the
same arithmetic as scikit-learn's ``transform`` and ``predict_proba`` (a test compares them), about
0.1 ms per question, and a model read back from the cache needs no scikit-learn import (about 1 s).

Deterministic: the vectoriser has no randomness and the solver runs with a fixed seed; the same texts
give the same model. The model is cached on disk under a hash of its training texts and settings, so
a restart with unchanged content skips the training.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import math
import re
import tempfile
import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.faq.analysis import fold, words
from bot.faq.scoring import Ratings
from bot.files import write_atomic

log = logging.getLogger(__name__)

NGRAMS = (2, 5)
"""Lengths of the character n-grams (inside word boundaries, padded with a space)."""
ALPHA = 5e-5
"""Regularisation strength of the logistic regression (chosen by cross-validation)."""
EPOCHS = 10
GERMAN_WEIGHT = 0.5
"""Sample weight of a German example in another language's model."""
VERSION = 5
"""Part of the cache key: raise it when the training or the arithmetic changes."""

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "amm-bot-faq-model"
"""Where fitted models are kept between starts (a cache: safe to delete)."""

OUTSIDE = -1
"""The class of the out-of-scope examples (in place of an entry position)."""

Examples = Mapping[str, Sequence[tuple[int, str, float]]]
"""Per language: (entry position or ``OUTSIDE``, text, sample weight)."""


_DIGRAPH = re.compile(r"ae|oe|(?<!q)ue")
_UMLAUT_OF = {"ae": "a", "oe": "o", "ue": "u"}


def prepare(text: str) -> str:
    """The text as the vectoriser sees it: normalised words (the search's own analysis), accents dropped,
    and the umlauts people type as "ae", "oe", "ue" on keyboards without them folded the same way, so that
    "Prüfung", "Pruefung" and "Prufung" give the same n-grams. The digraphs are folded in every Latin word
    of every language: German words turn up in all of them, and the same folding on both sides (examples
    and question) only merges n-grams, it never splits a word's."""
    return " ".join(_fold_digraphs(fold(w)) for w in words(text))


def _fold_digraphs(word: str) -> str:
    return _DIGRAPH.sub(lambda m: _UMLAUT_OF[m.group()], word) if word.isascii() else word


def features(text: str) -> list[str]:
    """What the classifier sees of a text: the character n-grams of its prepared words."""
    return char_ngrams(prepare(text))


def char_ngrams(text: str) -> list[str]:
    """The n-grams scikit-learn's ``analyzer="char_wb"`` takes from a prepared text (same order and count)."""
    low, high = NGRAMS
    out = []
    for word in text.split():
        padded = f" {word} "
        length = len(padded)
        for n in range(low, high + 1):
            out.append(padded[:n])
            offset = 0
            while offset + n < length:
                offset += 1
                out.append(padded[offset:offset + n])
            if offset == 0:   # a word shorter than n is counted once
                break
    return out


@dataclass(frozen=True)
class _Model:
    """One language's fitted numbers: n-gram → column, idf per column, one row of weights per class."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray          # classes × columns
    intercept: np.ndarray     # classes
    classes: np.ndarray       # entry positions (and OUTSIDE)


class NgramScorer:
    """One classifier per language; ``rate`` gives every entry's probability (catalog order) and the
    probability of "none of them"."""

    def __init__(self, entry_count: int, models: Mapping[str, _Model]) -> None:
        self._count = entry_count
        self._models = dict(models)

    @classmethod
    def build(cls, examples: Examples, entry_count: int, cache_dir: Path | str | None = None) -> NgramScorer:
        """Fit one model per language (or read it from ``cache_dir``); a language whose examples name
        fewer than two entries gets no model (its ``rate`` is all zeros)."""
        models = {}
        for lang, items in examples.items():
            key = _key(lang, items)
            model = _read(cache_dir, key)
            if model is None:
                model = _fit(items)
                if model is not None:
                    _write(cache_dir, key, model)
            if model is not None:
                models[lang] = model
        return cls(entry_count, models)

    def rate(self, query: str, lang: str) -> Ratings:
        out = np.zeros(self._count)
        model = self._models.get(lang)
        if model is None:
            return Ratings(out)
        counts = Counter(g for g in features(query) if g in model.vocabulary)
        if not counts:
            return Ratings(out)
        columns = np.fromiter((model.vocabulary[g] for g in counts), dtype=np.int64, count=len(counts))
        values = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
        values *= model.idf[columns]
        values /= np.linalg.norm(values)
        decision = model.coef[:, columns] @ values + model.intercept
        probability = 1.0 / (1.0 + np.exp(-decision))
        if len(model.classes) == 2 and model.coef.shape[0] == 1:   # binary: one row for the second class
            per_class = np.array([1.0 - probability[0], probability[0]])
        else:
            per_class = probability / probability.sum()
        inside = model.classes != OUTSIDE
        out[model.classes[inside]] = per_class[inside]
        return Ratings(out, float(per_class[~inside].sum()))


def _fit(items: Sequence[tuple[int, str, float]]) -> _Model | None:
    # deferred: importing scikit-learn takes about a second, and a start with a cached model needs none of it
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import SGDClassifier

    kept = [(entry, text, weight) for entry, text, weight in items if features(text)]
    labels = np.array([entry for entry, _, _ in kept])
    if len(set(labels.tolist())) < 2:
        return None
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, lowercase=False)
    matrix = vectorizer.fit_transform([text for _, text, _ in kept])
    classifier = SGDClassifier(loss="log_loss", alpha=ALPHA, max_iter=EPOCHS, tol=None, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        classifier.fit(matrix, labels, sample_weight=np.array([weight for _, _, weight in kept]))
    vocabulary = {str(g): int(i) for g, i in vectorizer.vocabulary_.items()}
    return _Model(vocabulary, np.asarray(vectorizer.idf_, dtype=np.float64),
                  np.ascontiguousarray(classifier.coef_, dtype=np.float64),
                  np.asarray(classifier.intercept_, dtype=np.float64), np.asarray(classifier.classes_, dtype=np.int64))


def _key(lang: str, items: Sequence[tuple[int, str, float]]) -> str:
    digest = hashlib.sha256(json.dumps([VERSION, NGRAMS, ALPHA, EPOCHS, lang, list(items)],
                                       ensure_ascii=False).encode("utf-8"))
    return f"{lang}-{digest.hexdigest()[:32]}"


def _read(cache_dir: Path | str | None, key: str) -> _Model | None:
    if cache_dir is None:
        return None
    path = Path(cache_dir) / f"{key}.npz"
    try:
        with np.load(path, allow_pickle=False) as data:
            grams = [str(g) for g in data["grams"]]
            return _Model({g: i for i, g in enumerate(grams)}, data["idf"], data["coef"], data["intercept"],
                          data["classes"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError) as error:     # a damaged cache file is rebuilt
        log.warning("FAQ model cache %s unreadable (%s); fitting again", path.name, type(error).__name__)
        return None


def _write(cache_dir: Path | str | None, key: str, model: _Model) -> None:
    if cache_dir is None:
        return
    grams = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    data = io.BytesIO()
    np.savez(data, grams=np.array(grams), idf=model.idf, coef=model.coef, intercept=model.intercept,
             classes=model.classes)
    try:
        write_atomic(Path(cache_dir) / f"{key}.npz", data.getvalue())
    except OSError as error:           # no cache is slower, not wrong
        log.warning("FAQ model cache not written (%s)", type(error).__name__)
