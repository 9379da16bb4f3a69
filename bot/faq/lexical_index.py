"""The index the lexical scorer reads, one per language: weighted terms, idf, phrases, and what a query word
stands for (stems, typos, compounds, the shared word lists).

It is its own part because it is built once, when the content is loaded, and only read afterwards: all of it
is computed at build time except the look-ups for the query's words (``LangIndex.resolve``, cached). How a
question is scored against it: ``bot.faq.lexical``.

Fields and their weights, per language (analysis: ``bot.faq.analysis``)
    question ................. 1.0   (the word occurs: the term is matched)
    synonyms ................. 0.9   (people's words: colloquial, abbreviations, German terms; a little
                                      under the question, so the entry whose own question says it wins)
    answer ................... 0.4 × BM25 term-frequency part (k1 = 1.2, b = 0.75)
    A term's document frequency df counts an entry having it in question or synonyms as 1 and in the
    answer only as 0.5; its weight is idf = ln(1 + (N - df + 0.5) / (df + 0.5)) over the N entries.

Matching a query word (``LangIndex.resolve``)
    1. its stem is a term of the field (exact, similarity 1);
    2. Arabic: without a leading و ف ب ل ك the stem is a term (0.95);
    3. otherwise the closest question/synonym words by spelling (rapidfuzz OSA similarity over the
       index's own words; 1 edit allowed for words of 4-6 letters, 2 for 7-11, 3 for longer), and
       German-style compounds: a known word is the end or the start of the query word, or the query word
       is part of a known word ("anerkennung" → "berufsanerkennung");
    4. the words of its shared ``same`` groups (flows/faq/words/<lang>.yaml: "gebühren" = "kosten",
       "وين" = "أين") count with similarity × 0.9.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.faq.analysis import Analyzer, Term, fold, is_arabic
from bot.faq.vocabulary import Vocabulary

QUESTION_WEIGHT = 1.0
SYNONYM_WEIGHT = 0.9
ANSWER_WEIGHT = 0.4
BM25_K1 = 1.2
BM25_B = 0.75
SAME_SIMILARITY = 0.9


@dataclass(frozen=True)
class _Phrase:
    """A question or one synonym phrase as idf-weighted stems (for the fit part of the score)."""

    stems: tuple[str, ...]
    weights: tuple[float, ...]
    total: float


class LangIndex:
    """Everything precomputed for one language's texts."""

    def __init__(self, analyzer: Analyzer, docs: list[tuple[list[Term], list[list[Term]], list[Term]]],
                 vocabulary: Vocabulary = Vocabulary()) -> None:
        self.analyzer = analyzer
        n = len(docs)
        df: dict[str, float] = defaultdict(float)
        strong: dict[str, dict[int, float]] = defaultdict(dict)
        answer_tf: list[dict[str, int]] = []
        surfaces: dict[str, set[str]] = defaultdict(set)
        for doc, (question, synonyms, answer) in enumerate(docs):
            for term in question:
                strong[term.stem][doc] = max(strong[term.stem].get(doc, 0.0), QUESTION_WEIGHT)
            for phrase in synonyms:
                for term in phrase:
                    strong[term.stem][doc] = max(strong[term.stem].get(doc, 0.0), SYNONYM_WEIGHT)
            tf: dict[str, int] = defaultdict(int)
            for term in answer:
                tf[term.stem] += 1
            answer_tf.append(tf)
            for term in [*question, *(t for p in synonyms for t in p)]:
                surfaces[term.surface].add(term.stem)
                surfaces[term.stem].add(term.stem)
            strong_here = {t.stem for t in question} | {t.stem for p in synonyms for t in p}
            for stem in strong_here:
                df[stem] += 1.0
            for stem in tf.keys() - strong_here:
                df[stem] += 0.5
        self.idf = {stem: _idf(n, d) for stem, d in df.items()}
        self.max_idf = _idf(n, 0.0)
        self.strong: dict[str, dict[int, float]] = dict(strong)
        avg_len = sum(len(a) for _, _, a in docs) / max(1, n) or 1.0
        postings: dict[str, dict[int, float]] = {s: dict(p) for s, p in strong.items()}
        for doc, tf in enumerate(answer_tf):
            length = len(docs[doc][2])
            for stem, count in tf.items():
                part = count * (BM25_K1 + 1) / (count + BM25_K1 * (1 - BM25_B + BM25_B * length / avg_len))
                value = ANSWER_WEIGHT * part
                posting = postings.setdefault(stem, {})
                if value > posting.get(doc, 0.0):
                    posting[doc] = value
        self.postings = postings
        # stem → (doc, phrase number, the stem's idf share of the phrase): the fit part of the score
        self.phrase_postings: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
        number = 0
        for doc, (question, synonyms, _) in enumerate(docs):
            for terms in (question, *synonyms):
                if not terms:
                    continue
                weighted = self._phrase(terms)
                for stem, weight in zip(weighted.stems, weighted.weights):
                    self.phrase_postings[stem].append((doc, number, weight / weighted.total))
                number += 1
        # every word of every field, for splitting compounds ("integrationskurskosten")
        self.parts = frozenset(t.surface for doc in docs for t in [*doc[0], *(t for p in doc[1] for t in p), *doc[2]]
                               if len(t.surface) >= 3 and not is_arabic(t.surface))
        self.same = self._same(vocabulary, surfaces)
        self.neutral = vocabulary.neutral
        self.surfaces = {s: tuple(sorted(stems)) for s, stems in surfaces.items()}
        self.surface_list = sorted(self.surfaces)
        self._joined = "\n".join(self.surface_list)
        self._starts = list(itertools.accumulate((len(s) + 1 for s in self.surface_list[:-1]), initial=0))
        self._cache: dict[str, tuple[tuple[str, float], ...]] = {}

    def _same(self, vocabulary: Vocabulary, surfaces: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        """stem → the indexed stems of the words of its ``same`` groups (the shared word lists)."""
        mates: dict[str, set[str]] = defaultdict(set)
        for group in vocabulary.same:
            members = [[t for t in self.analyzer.terms(" ".join(phrase))] for phrase in group]
            stems = {t.stem for terms in members for t in terms if t.stem in self.postings}
            for terms in members:
                if len(terms) == 1:
                    term = terms[0]
                    mates[term.stem] |= stems - {term.stem}
                    surfaces[term.surface].add(term.stem)
        return {stem: frozenset(m) for stem, m in mates.items() if m}

    def knows(self, word: str, strong: bool = False) -> bool:
        """Whether a query word is a word of the index (or of a shared word group) as it is; ``strong``:
        of a question or synonym."""
        stem = self.analyzer.stem(word)
        if strong:
            return stem in self.strong
        return stem in self.postings or stem in self.same or fold(word) in self.surfaces

    def _phrase(self, terms: list[Term]) -> _Phrase:
        stems = tuple(dict.fromkeys(t.stem for t in terms))
        weights = tuple(self.idf[s] for s in stems)
        return _Phrase(stems, weights, sum(weights) or 1.0)

    def resolve(self, word: str) -> tuple[tuple[str, float], ...]:
        """The index stems a query word stands for, each with a similarity in 0..1 (empty: unknown)."""
        found = self._cache.get(word)
        if found is None:
            found = self._resolve(word)
            if len(self._cache) < 100_000:
                self._cache[word] = found
        return found

    def _resolve(self, word: str) -> tuple[tuple[str, float], ...]:
        found = self._exact(word)
        # A known but rare word of 7+ letters may itself be a typo that an example question kept
        # ("anerkenung"): it also stands for the close spellings, so it is not tied to that one entry.
        rare = bool(found) and len(word) >= 7 and all(len(self.postings.get(s, ())) <= 1 for s, _ in found)
        if not found or rare:
            best: dict[str, float] = dict(found)
            for candidate, sim in self._near(fold(word)):
                for s in self.surfaces[candidate]:
                    best[s] = max(best.get(s, 0.0), sim)
            found = sorted(best.items(), key=lambda kv: -kv[1])[:4 if rare else 3]
        out: dict[str, float] = {}
        for stem, sim in found:
            if stem in self.postings:
                out[stem] = max(out.get(stem, 0.0), sim)
            for mate in self.same.get(stem, ()):
                out[mate] = max(out.get(mate, 0.0), sim * SAME_SIMILARITY)
        return tuple(sorted(out.items(), key=lambda kv: -kv[1]))

    def _exact(self, word: str) -> list[tuple[str, float]]:
        stem = self.analyzer.stem(word)
        if stem in self.postings or stem in self.same:
            return [(stem, 1.0)]
        for variant in self.analyzer.clitic_variants(word):
            if variant in self.postings or variant in self.same:
                return [(variant, 0.95)]
        return []

    def _near(self, surface: str) -> Iterable[tuple[str, float]]:
        n = len(surface)
        if n < 4:
            return
        edits = 1 if n <= 6 else 2 if n <= 11 else 3
        cutoff = 1.0 - edits / n - 1e-9
        for candidate, score, _ in process.extract(surface, self.surface_list, scorer=OSA.normalized_similarity,
                                                   limit=3, score_cutoff=cutoff):
            yield candidate, score
        if n >= 6 and not is_arabic(surface):
            for cut in range(3, n - 3):
                head, modifier = surface[cut:], surface[:cut]
                if len(head) >= 4 and head in self.surfaces:
                    yield head, 0.5 + 0.4 * len(head) / n
                if len(modifier) >= 5 and modifier in self.surfaces:
                    yield modifier, 0.45 + 0.3 * len(modifier) / n
        if n >= 5:  # the word is part of a known word ("anerkennung" → "berufsanerkennung")
            joined = self._joined
            at = joined.find(surface)
            while at >= 0:
                number = bisect.bisect_right(self._starts, at) - 1
                candidate = self.surface_list[number]
                if len(candidate) > n:
                    yield candidate, 0.5 + 0.4 * n / len(candidate)
                at = joined.find(surface, self._starts[number + 1] if number + 1 < len(self._starts) else len(joined))


def _idf(n: int, df: float) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))
