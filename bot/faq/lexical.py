"""The lexical scorer of the FAQ search: how well each entry of one language covers a question's words.

``LexicalScorer`` rates the entries of one language for a question (``parts``: coverage, fit and content
coverage per entry) on the per-language indexes of ``bot.faq.lexical_index`` (fields, weights, and what a
query word stands for: stems, typos, compounds, the shared word lists); ``bot.faq.search.FaqIndex`` fuses
that with the n-gram classifier and picks the outcome. It is its own part because it is what runs per
question: the indexes are built once, this reads them.

German, for a language L ≠ de: the German question and synonyms also count, × 0.8: mentees write German
words ("Anerkennung", "IHK", "Jobcenter") into questions in other languages; the query's Latin words are
also analysed as German and looked up there.

The query's words (``_query_words``)
    Stop words go. Two neighbours that together form a known word are joined ("job center"). A word
    on the shared ``neutral`` list (places, countries: ``bot.faq.vocabulary``) or a bare number is
    dropped unless a question or synonym uses it: "Kurs in Zwickau" is searched as "Kurs". A word the
    index does not know is split into known words if it is a compound ("integrationskurskosten" →
    integrationskurs + kosten); a compound counts as one word, covered only as far as its least
    covered part, so "Kindergeld" is not answered by an entry about Kinder.

Matching a query word: ``LangIndex.resolve`` gives the index stems it stands for, each with a similarity s;
a near match counts as (1 - 1.5 × (1 - s)).

Lexical score of an entry, in 0..1
    Each query word w gets the weight idf(w) of the index (``bot.faq.lexical_index``). A word found nowhere
    weighs ``UNKNOWN_WEIGHT`` × the largest idf: a question full of unknown words is
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

from collections import defaultdict

from bot.faq.analysis import fold, is_arabic, split_compound, words
from bot.faq.lexical_index import LangIndex

GERMAN_WEIGHT = 0.8
UNKNOWN_WEIGHT = 0.75
ANSWER_ONLY_WEIGHT = 0.5
FIT_BASE = 0.5
LIGHT_WEIGHT = 0.3


class LexicalScorer:
    """The lexical score of every entry, per language (see the module docstring)."""

    def __init__(self, indexes: dict[str, LangIndex]) -> None:
        self._indexes = indexes

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._indexes)

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
