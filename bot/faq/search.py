"""Search the FAQ in the mentee's language: a typo-tolerant lexical score fused with a character n-gram
classifier, and three outcomes: answer, "did you mean …?", or an honest "I don't know".

Build once with ``FaqIndex.build(catalog, text)`` (``text(lang, message_id)`` returns the plain text of
a Fluent message or None), then ``index.search(query, lang)`` returns a ``SearchResult``: the answer,
up to three suggestions, or none — the bot then says it does not know and offers a mentor.

The parts
    ``bot.faq.lexical``  the lexical score of each entry: stems, typos, compounds, the shared word lists
                         (flows/faq/words), the entry's question, synonyms, example phrases and answer,
                         on one index per language built once (``bot.faq.lexical_index``);
    ``bot.faq.ngram``    a character n-gram classifier trained on the same questions, synonyms and example
                         phrases (flows/faq/phrases) and on out-of-scope examples (``bot.faq.offtopic``);
    ``bot.faq.bands``    the three outcomes and where each begins.

Fusion (both scorers plug in through ``bot.faq.scoring.EntryScorer``; a third, e.g. embeddings, can join)
    fused(e) = LEXICAL_SHARE · lexical(e) + (1 - LEXICAL_SHARE) · probability(e) of the n-gram classifier.
LEXICAL_SHARE: the cross-validated top-1 + found after the bands are chosen (``bot.faq.crossval``) is best
between 0.5 and 0.67. With about 15 example phrases per entry 0.75 was best; with more phrases the n-gram
classifier earns more weight (at 23 per entry 0.75 lost 3.6 points to 0.6; at 29, 0.9 points).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.faq.analysis import Analyzer
from bot.faq.bands import ANSWER, NONE, SUGGEST, Bands, Hit, SearchResult
from bot.faq.catalog import LANGUAGES, FaqCatalog
from bot.faq.lexical import FIT_BASE, LexicalScorer
from bot.faq.lexical_index import LangIndex
from bot.faq.ngram import GERMAN_WEIGHT as NGRAM_GERMAN_WEIGHT
from bot.faq.ngram import OUTSIDE, NgramScorer
from bot.faq.offtopic import load_out_of_scope
from bot.faq.phrases import load_phrases
from bot.faq.scoring import EntryScorer
from bot.faq.vocabulary import Vocabulary, load_vocabulary
from bot.files.problems import Problem

__all__ = ["ANSWER", "NONE", "SUGGEST", "Bands", "FaqIndex", "Hit", "Ranking", "SearchResult", "TextFn"]

TextFn = Callable[[str, str], "str | None"]
LeaveOut = Callable[[str, "str | None", str], bool]
"""``(lang, entry id or None for an out-of-scope example, phrase)`` → leave this example out."""

LEXICAL_SHARE = 0.6


@dataclass(frozen=True)
class Ranking:
    """Every entry a scorer touches as (entry position, fused score, lexical content coverage), best first,
    and the probability that the question is about none of the entries."""

    entries: Sequence[tuple[int, float, float]]
    outside: float = 0.0


class FaqIndex:
    """The searchable FAQ: one precomputed index per language; immutable after ``build``."""

    def __init__(self, entry_ids: tuple[str, ...], lexical: LexicalScorer, problems: tuple[Problem, ...] = (),
                 ngram: EntryScorer | None = None, vocabularies: Mapping[str, Vocabulary] | None = None) -> None:
        self.entry_ids = entry_ids
        self.lexical = lexical
        self.problems = problems
        """Problems of the shared word lists and phrase files; a broken file is left out, not fatal."""
        self.ngram = ngram
        self.vocabularies = dict(vocabularies or {})
        """Per language: the shared word lists, whose courtesy phrases are taken out of each question."""

    @classmethod
    def build(cls, catalog: FaqCatalog, text: TextFn, words_dir: Path | str | None = None, *,
              leave_out: LeaveOut | None = None,
              cache_dir: Path | str | None = None) -> FaqIndex:
        """Analyse every entry's question, synonyms and answer in each language.

        ``words_dir`` holds the shared word lists ``<lang>.yaml``; default: ``words/`` beside the topic files.
        ``leave_out(lang, entry_id, phrase)``: example phrases (entry id None: out-of-scope examples) to
        build without (cross-validation).
        ``cache_dir``: where the n-gram models are kept between starts (None: fitted every time).
        """
        entries = catalog.entries
        if words_dir is None and catalog.topics:
            words_dir = Path(catalog.topics[0].file).parent / "words"
        indexes: dict[str, LangIndex] = {}
        problems: list[Problem] = []
        examples: dict[str, list[tuple[int, str, float]]] = {lang: [] for lang in LANGUAGES}
        phrases_dir = Path(words_dir).parent / "phrases" if words_dir is not None else None
        vocabularies: dict[str, Vocabulary] = {}
        for lang in LANGUAGES:
            vocabulary = vocabularies[lang] = load_vocabulary(words_dir, lang)
            problems += vocabulary.problems
            problems += vocabulary.clashes(s for e in entries for s in e.synonyms.get(lang, ()))
            plain = vocabulary.without_courtesy     # the examples are read as questions are: greetings aside
            phrases, more = load_phrases(phrases_dir, lang, {e.id for e in entries})
            problems += more
            outside, more = load_out_of_scope(phrases_dir, lang)
            problems += more
            analyzer = Analyzer(lang)
            docs = []
            for doc, entry in enumerate(entries):
                kept = tuple(plain(p) for p in phrases.get(entry.id, ())
                             if leave_out is None or not leave_out(lang, entry.id, p))
                title = text(lang, entry.question_id) or ""
                question = analyzer.terms(title)
                answer = analyzer.terms(text(lang, entry.answer_id) or "")
                synonyms = [analyzer.terms(s) for s in (*entry.synonyms.get(lang, ()), *kept)]
                docs.append((question, synonyms, answer))
                examples[lang] += [(doc, t, 1.0) for t in (title, *entry.synonyms.get(lang, ()), *kept) if t]
            indexes[lang] = LangIndex(analyzer, docs, vocabulary)
            examples[lang] += [(OUTSIDE, plain(q), 1.0) for q in outside
                               if leave_out is None or not leave_out(lang, None, q)]
        for lang in LANGUAGES:
            if lang != "de":   # mentees write German words into questions in their own language
                examples[lang] += [(doc, t, NGRAM_GERMAN_WEIGHT) for doc, t, _ in examples["de"]]
        ngram = NgramScorer.build(examples, len(entries), cache_dir)
        return cls(tuple(e.id for e in entries), LexicalScorer(indexes), tuple(problems), ngram, vocabularies)

    @property
    def languages(self) -> tuple[str, ...]:
        return self.lexical.languages

    def search(self, query: str, lang: str, limit: int = 3, bands: Bands | None = None) -> SearchResult:
        """The outcome for ``query`` in ``lang``: an answer, up to ``limit`` suggestions, or none."""
        ranking = self.rank(query, lang)
        ranked = ranking.entries
        if not ranked:
            return SearchResult(NONE)
        (_, best, content), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
        band = (bands or Bands()).band(best, second, content, ranking.outside)
        if band == NONE:
            return SearchResult(NONE)
        shown = ranked[:1] if band == ANSWER else ranked[:limit]
        return SearchResult(band, tuple(Hit(self.entry_ids[doc], round(score, 4)) for doc, score, _ in shown))

    def rank(self, query: str, lang: str) -> Ranking:
        """Every entry either scorer touches, best first (ties by catalog order)."""
        if lang in self.vocabularies:
            query = self.vocabularies[lang].without_courtesy(query)
        parts = self.lexical.parts(query, lang)
        fused: dict[int, float] = {doc: LEXICAL_SHARE * coverage * (FIT_BASE + (1.0 - FIT_BASE) * fit)
                                   for doc, (coverage, fit, _) in parts.items()}
        outside = 0.0
        if self.ngram is not None:
            ratings = self.ngram.rate(query, lang)
            outside = ratings.outside
            for doc, probability in enumerate(ratings.entries):
                if probability > 0.0:
                    fused[doc] = fused.get(doc, 0.0) + (1.0 - LEXICAL_SHARE) * float(probability)
        ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
        return Ranking([(doc, score, parts[doc][2] if doc in parts else 0.0) for doc, score in ranked], outside)

