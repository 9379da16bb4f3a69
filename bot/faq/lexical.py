"""The lexical scorer of the FAQ search: stems, typos, compounds and the shared word lists.

Everything is computed at build time except the few look-ups for the query's words. ``LexicalScorer``
rates the entries of one language for a question (``parts``: coverage, fit and content coverage per
entry); ``bot.faq.search.FaqIndex`` fuses that with the n-gram classifier and picks the outcome.

Fields and their weights, per language L (analysis: ``bot.faq.analysis``)
    question in L ............ 1.0   (the word occurs: the term is matched)
    synonyms in L ............ 0.9   (people's words: colloquial, abbreviations, German terms; a little
                                      under the question, so the entry whose own question says it wins)
    answer in L .............. 0.4 × BM25 term-frequency part (k1 = 1.2, b = 0.75)
    German question and German synonyms, for L ≠ de ... 0.8: mentees write German words
        ("Anerkennung", "IHK", "Jobcenter") into questions in other languages; the query's Latin words
        are also analysed as German and looked up there.

The query's words (``_query_words``)
    Stop words go. Two neighbours that together form a known word are joined ("job center"). A word
    on the shared ``neutral`` list (places, countries: ``bot.faq.vocabulary``) or a bare number is
    dropped unless a question or synonym uses it: "Kurs in Zwickau" is searched as "Kurs". A word the
    index does not know is split into known words if it is a compound ("integrationskurskosten" →
    integrationskurs + kosten); a compound counts as one word, covered only as far as its least
    covered part, so "Kindergeld" is not answered by an entry about Kinder.

Matching a query word
    1. its stem is a term of the field (exact, similarity 1);
    2. Arabic: without a leading و ف ب ل ك the stem is a term (0.95);
    3. otherwise the closest question/synonym words by spelling (rapidfuzz OSA similarity over the
       index's own words; 1 edit allowed for words of 4-6 letters, 2 for 7-11, 3 for longer), and
       German-style compounds: a known word is the end or the start of the query word, or the query word
       is part of a known word ("anerkennung" → "berufsanerkennung"). A near match counts with its
       similarity s as (1 - 1.5 × (1 - s));
    4. the words of its shared ``same`` groups (flows/faq/words/<lang>.yaml: "gebühren" = "kosten",
       "وين" = "أين") count with similarity × 0.9.

Lexical score of an entry, in 0..1
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

from bot.faq.analysis import Analyzer, Term, fold, is_arabic, split_compound, words
from bot.faq.vocabulary import Vocabulary

QUESTION_WEIGHT = 1.0
SYNONYM_WEIGHT = 0.9
ANSWER_WEIGHT = 0.4
GERMAN_WEIGHT = 0.8
BM25_K1 = 1.2
BM25_B = 0.75
UNKNOWN_WEIGHT = 0.75
ANSWER_ONLY_WEIGHT = 0.5
FIT_BASE = 0.5
SAME_SIMILARITY = 0.9
LIGHT_WEIGHT = 0.3


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


class LexicalScorer:
    """The lexical score of every entry, per language (see the module docstring)."""

    def __init__(self, indexes: dict[str, LangIndex]) -> None:
        self._indexes = indexes

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._indexes)

    def scores(self, query: str, lang: str) -> dict[int, float]:
        """Score of every entry the query touches (entry position → score in 0..1)."""
        return {doc: coverage * (FIT_BASE + (1.0 - FIT_BASE) * fit)
                for doc, (coverage, fit, _) in self.parts(query, lang).items()}

    def parts(self, query: str, lang: str) -> dict[int, tuple[float, float, float]]:
        """Coverage, fit and content coverage of every entry the query touches (entry position → (coverage,
        fit, content)); content coverage counts question words and everyday verbs little (``LIGHT_WEIGHT``)."""
        if lang not in self._indexes:
            raise ValueError(f"no FAQ index for language {lang!r}; expected one of {', '.join(self._indexes)}")
        own = self._indexes[lang]
        german = self._indexes["de"] if lang != "de" else None
        total = content_total = 0.0
        covered: dict[int, float] = defaultdict(float)
        content: dict[int, float] = defaultdict(float)
        hit_own: dict[str, float] = {}
        hit_de: dict[str, float] = {}
        for unit in self._query_words(query, own, german):
            weight = 0.0
            unit_best: dict[int, float] | None = None
            for word in unit:  # a compound is covered as far as its least covered part
                word_weight, best = self._match(word, own, german, hit_own, hit_de)
                weight = max(weight, word_weight)
                unit_best = best if unit_best is None else {
                    doc: min(value, best[doc]) for doc, value in unit_best.items() if doc in best}
            light = LIGHT_WEIGHT if len(unit) == 1 and own.analyzer.is_light(unit[0]) else 1.0
            total += weight
            content_total += weight * light
            for doc, value in (unit_best or {}).items():
                covered[doc] += weight * min(1.0, value)
                content[doc] += weight * light * min(1.0, value)
        if total <= 0.0 or content_total <= 0.0:
            return {}
        fits = _fits(own, hit_own, 1.0)
        if german is not None:
            for doc, fit in _fits(german, hit_de, GERMAN_WEIGHT).items():
                fits[doc] = max(fits.get(doc, 0.0), fit)
        return {doc: (value / total, fits.get(doc, 0.0), content[doc] / content_total)
                for doc, value in covered.items()}

    @staticmethod
    def _match(word: str, own: LangIndex, german: LangIndex | None, hit_own: dict[str, float],
               hit_de: dict[str, float]) -> tuple[float, dict[int, float]]:
        """A query word's weight and how well each entry matches it (0..1)."""
        found = own.resolve(word)
        matches = [(own.postings, stem, _credit(sim), hit_own) for stem, sim in found]
        weights = [own.idf[stem] * (1.0 if stem in own.strong else ANSWER_ONLY_WEIGHT) for stem, _ in found]
        if german is not None and not is_arabic(word) and not german.analyzer.is_stop(word):
            for stem, sim in german.resolve(word):
                if stem in german.strong:
                    matches.append((german.strong, stem, GERMAN_WEIGHT * _credit(sim), hit_de))
                    weights.append(german.idf[stem])
        weight = max(weights) if weights else UNKNOWN_WEIGHT * own.max_idf
        best: dict[int, float] = {}
        for postings, stem, credit, hits in matches:
            hits[stem] = max(hits.get(stem, 0.0), credit)
            for doc, strength in postings.get(stem, {}).items():
                value = credit * strength
                if value > best.get(doc, 0.0):
                    best[doc] = value
        return weight, best

    @staticmethod
    def _query_words(query: str, own: LangIndex, german: LangIndex | None) -> list[tuple[str, ...]]:
        """The query's content words, each a tuple of one word or of a compound's parts: no stop words,
        neighbours that form a known word joined ("job center"), neutral words (places, countries, bare
        numbers) the index does not know dropped, unknown German-style compounds split into known words."""
        raw = [w for w in words(query) if len(w) >= 2 and not own.analyzer.is_stop(w)]
        indexes = [own] if german is None else [own, german]
        out: list[tuple[str, ...]] = []
        i = 0
        while i < len(raw):
            word = raw[i]
            if i + 1 < len(raw):
                joined = word + raw[i + 1]
                if any(fold(joined) in ix.surfaces for ix in indexes):
                    out.append((joined,))
                    i += 2
                    continue
            i += 1
            if (fold(word) in own.neutral or word.isdigit()) and not any(ix.knows(word, strong=True) for ix in indexes):
                continue
            if any(ix.knows(word) for ix in indexes):
                out.append((word,))
            else:
                out.append(_split(word, indexes) or (word,))
        return out


def _split(word: str, indexes: list[LangIndex]) -> tuple[str, ...] | None:
    surface = fold(word)
    for ix in indexes:
        parts = split_compound(surface, ix.parts)
        if parts:
            return parts
    return None


def _credit(sim: float) -> float:
    return max(0.0, 1.0 - 1.5 * (1.0 - sim))


def _fits(index: LangIndex, hits: dict[str, float], factor: float) -> dict[int, float]:
    """doc → the best idf share of one of its phrases (question or a synonym) that the query matched."""
    got: dict[int, float] = defaultdict(float)
    doc_of: dict[int, int] = {}
    for stem, credit in hits.items():
        for doc, number, share in index.phrase_postings.get(stem, ()):
            got[number] += share * credit
            doc_of[number] = doc
    fits: dict[int, float] = {}
    for number, value in got.items():
        doc = doc_of[number]
        fits[doc] = max(fits.get(doc, 0.0), value * factor)
    return fits
