"""Search the FAQ in the mentee's language: typo-tolerant, BM25-like, with a confidence threshold.

Build once with ``FaqIndex.build(catalog, text)`` (``text(lang, message_id)`` returns the plain text of
a Fluent message or None), then ``index.search(query, lang)`` returns up to ``limit`` ``Hit``s, best
first, or ``[]`` when no entry is a confident answer — the bot then says it does not know and offers a
mentor. Everything below is computed at build time except the few look-ups for the query's words.

Fields and their weights, per language L (analysis: ``bot.faq.analysis``)
    question in L ............ 1.0   (the word occurs: the term is matched)
    synonyms in L ............ 1.0   (people's words: colloquial, abbreviations, German terms)
    answer in L .............. 0.4 × BM25 term-frequency part (k1 = 1.2, b = 0.75)
    German question and German synonyms, for L ≠ de ... 0.8: mentees write German words
        ("Anerkennung", "IHK", "Jobcenter") into questions in other languages; the query's Latin words
        are also analysed as German and looked up there.

Matching a query word
    1. its stem is a term of the field (exact, similarity 1);
    2. Arabic: without a leading و ف ب ل ك the stem is a term (0.95);
    3. otherwise the closest question/synonym words by spelling (rapidfuzz OSA similarity; 1 edit
       allowed for words of 4-6 letters, 2 for 7-11, 3 for longer), and German-style compounds: a known
       word is the end or the start of the query word ("Sprachkursanmeldung" → "anmeldung"), or the query
       word is part of a known word ("anerkennung" → "berufsanerkennung"). A near match counts with its
       similarity s as (1 - 1.5 × (1 - s)).
    Two neighbouring query words that together form a known word are joined first ("job center").

Score of an entry, in 0..1
    Each query word w gets the weight idf(w) = ln(1 + (N - df + 0.5) / (df + 0.5)) over the N entries,
    where df counts entries having the word in question or synonyms as 1 and in the answer only as 0.5.
    A word found nowhere weighs ``UNKNOWN_WEIGHT`` × the largest idf: a question full of unknown words is
    not a confident match even if one word fits. A word found only in answers (never in a question or a
    synonym) weighs ``ANSWER_ONLY_WEIGHT`` × its idf: such words are mostly the filler of everyday
    sentences ("trotzdem", "verdiene"), and their rarity must not drown the words that do fit.
        coverage(e) = Σ_w idf(w) · min(1, best field match of w in e) / Σ_w idf(w)
        fit(e)      = max over e's question and each synonym phrase of the idf share of that phrase's
                      terms that the query matched (German phrases × 0.8 for L ≠ de)
        score(e)    = coverage(e) · (FIT_BASE + (1 - FIT_BASE) · fit(e))
    Coverage says how much of the question the entry explains; fit prefers the entry whose own
    question (or a synonym) the query says most completely, which separates neighbours such as
    "Who may apply?" and "Where do I apply?".

Confidence
    ``search`` returns [] when the best score is below ``THRESHOLD``; otherwise the best ``limit``
    entries whose score is at least ``RUNNER_UP_SHARE`` × the best score. The values were tuned on
    ``tests/faq_eval`` (answerable and unanswerable questions per language, see ``bot.faq.evaluate``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.faq.analysis import Analyzer, Term, fold, is_arabic, words
from bot.faq.catalog import LANGUAGES, FaqCatalog

TextFn = Callable[[str, str], "str | None"]

QUESTION_WEIGHT = 1.0
SYNONYM_WEIGHT = 1.0
ANSWER_WEIGHT = 0.4
GERMAN_WEIGHT = 0.8
BM25_K1 = 1.2
BM25_B = 0.75
UNKNOWN_WEIGHT = 0.5
ANSWER_ONLY_WEIGHT = 0.5
FIT_BASE = 0.5
THRESHOLD = 0.35
RUNNER_UP_SHARE = 0.3


@dataclass(frozen=True)
class Hit:
    """One FAQ entry that answers the query, with a confidence score in 0..1."""

    entry_id: str
    score: float


@dataclass(frozen=True)
class _Phrase:
    """A question or one synonym phrase as idf-weighted stems (for the fit part of the score)."""

    stems: tuple[str, ...]
    weights: tuple[float, ...]
    total: float


class _LangIndex:
    """Everything precomputed for one language's texts."""

    def __init__(self, analyzer: Analyzer, docs: list[tuple[list[Term], list[list[Term]], list[Term]]]) -> None:
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
        self.phrases: list[tuple[_Phrase, ...]] = [
            tuple(self._phrase(p) for p in [question, *synonyms] if p) for question, synonyms, _ in docs
        ]
        self.surfaces = {s: tuple(sorted(stems)) for s, stems in surfaces.items()}
        self.surface_list = sorted(self.surfaces)
        self._cache: dict[str, tuple[tuple[str, float], ...]] = {}

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
        stem = self.analyzer.stem(word)
        if stem in self.postings:
            return ((stem, 1.0),)
        for variant in self.analyzer.clitic_variants(word):
            if variant in self.postings:
                return ((variant, 0.95),)
        surface = fold(word)
        best: dict[str, float] = {}
        for candidate, sim in self._near(surface):
            for s in self.surfaces[candidate]:
                best[s] = max(best.get(s, 0.0), sim)
        return tuple(sorted(best.items(), key=lambda kv: -kv[1])[:3])

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
        if n >= 5:
            for candidate in self.surface_list:
                if len(candidate) > n and surface in candidate:
                    yield candidate, 0.5 + 0.4 * n / len(candidate)


def _idf(n: int, df: float) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


class FaqIndex:
    """The searchable FAQ: one precomputed index per language; immutable after ``build``."""

    def __init__(self, entry_ids: tuple[str, ...], indexes: dict[str, _LangIndex]) -> None:
        self.entry_ids = entry_ids
        self._indexes = indexes

    @classmethod
    def build(cls, catalog: FaqCatalog, text: TextFn) -> FaqIndex:
        """Analyse every entry's question, synonyms and answer in each language."""
        entries = catalog.entries
        indexes = {}
        for lang in LANGUAGES:
            analyzer = Analyzer(lang)
            docs = []
            for entry in entries:
                question = analyzer.terms(text(lang, entry.question_id) or "")
                answer = analyzer.terms(text(lang, entry.answer_id) or "")
                synonyms = [analyzer.terms(s) for s in entry.synonyms.get(lang, ())]
                docs.append((question, synonyms, answer))
            indexes[lang] = _LangIndex(analyzer, docs)
        return cls(tuple(e.id for e in entries), indexes)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._indexes)

    def search(self, query: str, lang: str, limit: int = 3) -> list[Hit]:
        """The best entries for ``query`` in ``lang``, best first; [] when none is confident enough."""
        scores = self.scores(query, lang)
        if not scores:
            return []
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        best = ranked[0][1]
        if best < THRESHOLD:
            return []
        return [Hit(self.entry_ids[doc], round(score, 4)) for doc, score in ranked[:limit]
                if score >= RUNNER_UP_SHARE * best]

    def scores(self, query: str, lang: str) -> dict[int, float]:
        """Score of every entry the query touches (entry position → score); for search and diagnostics."""
        if lang not in self._indexes:
            raise ValueError(f"no FAQ index for language {lang!r}; expected one of {', '.join(self._indexes)}")
        own = self._indexes[lang]
        german = self._indexes["de"] if lang != "de" else None
        total = 0.0
        covered: dict[int, float] = defaultdict(float)
        hit_own: dict[str, float] = {}
        hit_de: dict[str, float] = {}
        for word in self._query_words(query, own, german):
            matches = [(own.postings, stem, _credit(sim), hit_own) for stem, sim in own.resolve(word)]
            weights = [own.idf[stem] * (1.0 if stem in own.strong else ANSWER_ONLY_WEIGHT) for stem, _ in own.resolve(word)]
            if german is not None and not is_arabic(word) and not german.analyzer.is_stop(word):
                for stem, sim in german.resolve(word):
                    if stem in german.strong:
                        matches.append((german.strong, stem, GERMAN_WEIGHT * _credit(sim), hit_de))
                        weights.append(german.idf[stem])
            weight = max(weights) if weights else UNKNOWN_WEIGHT * own.max_idf
            total += weight
            best: dict[int, float] = {}
            for postings, stem, credit, hits in matches:
                hits[stem] = max(hits.get(stem, 0.0), credit)
                for doc, strength in postings.get(stem, {}).items():
                    value = credit * strength
                    if value > best.get(doc, 0.0):
                        best[doc] = value
            for doc, value in best.items():
                covered[doc] += weight * min(1.0, value)
        if total <= 0.0:
            return {}
        result = {}
        for doc, value in covered.items():
            fit = _fit(own.phrases[doc], hit_own, 1.0)
            if german is not None:
                fit = max(fit, _fit(german.phrases[doc], hit_de, GERMAN_WEIGHT))
            result[doc] = (value / total) * (FIT_BASE + (1.0 - FIT_BASE) * fit)
        return result

    @staticmethod
    def _query_words(query: str, own: _LangIndex, german: _LangIndex | None) -> list[str]:
        raw = [w for w in words(query) if len(w) >= 2 and not own.analyzer.is_stop(w)]
        out: list[str] = []
        i = 0
        while i < len(raw):
            if i + 1 < len(raw):
                joined = raw[i] + raw[i + 1]
                if fold(joined) in own.surfaces or (german is not None and fold(joined) in german.surfaces):
                    out.append(joined)
                    i += 2
                    continue
            out.append(raw[i])
            i += 1
        return out


def _credit(sim: float) -> float:
    return max(0.0, 1.0 - 1.5 * (1.0 - sim))


def _fit(phrases: tuple[_Phrase, ...], hits: dict[str, float], factor: float) -> float:
    best = 0.0
    for phrase in phrases:
        got = sum(w * hits.get(s, 0.0) for s, w in zip(phrase.stems, phrase.weights))
        best = max(best, got / phrase.total)
    return best * factor
