"""Synthetic stories for benchmarks and scale tests, built by perturbing the seed articles.

A story is N articles about one event. :func:`make_story` draws sentences from the
seeds (all about one event), gives each story its own figures, then gives each
source its own version: sentences dropped and reordered, a figure changed, a
weekday swapped, a quote reworded. The result is deterministic for a given seed.

>>> story = make_story(3, sentences_per_source=10, seed=1)
>>> [a.source for a in story]
['source00', 'source01', 'source02']
>>> story == make_story(3, sentences_per_source=10, seed=1)
True
"""

from __future__ import annotations

import functools
import random
import re
from pathlib import Path

from claimdiff.models import Article

__all__ = ["SEEDS", "make_stories", "make_story", "seed_articles"]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
"""The seed articles shipped with the repository."""

PUBLISHED = "date 2024-06-20"
"""The metadata line each synthetic article starts with, so relative dates resolve."""

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?![\w,.]\d)")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_QUOTE = re.compile(r"“([^”]{12,})”")
_REWORD = {
    "strengthening": "reinforcing",
    "credible": "reliable",
    "creating": "building",
    "great": "enormous",
    "important": "vital",
    "mutual": "shared",
    "priorities": "goals",
    "boost": "increase",
    "security": "safety",
    "strategic": "key",
    "cooperation": "collaboration",
    "seriously": "deeply",
    "peaceful": "calm",
    "comprehensive": "broad",
}
_REWORD_WORD = re.compile(r"\b(" + "|".join(_REWORD) + r")\b")


def seed_articles() -> list[Article]:
    """Return the seed articles, sorted by file name."""
    return [Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))]


@functools.lru_cache(maxsize=1)
def _pool() -> tuple[str, ...]:
    """Every sentence of the seeds long enough to say something, in file order."""
    out: list[str] = []
    for article in seed_articles():
        for line in article.text.splitlines():
            for sentence in _SENTENCE_END.split(line.strip()):
                if 40 <= len(sentence) <= 400 and not sentence.startswith(("date ", "By ")):
                    out.append(sentence)
    return tuple(out)


def _change_figures(sentence: str, rng: random.Random, p: float) -> str:
    def swap(match: re.Match[str]) -> str:
        if rng.random() >= p:
            return match.group(0)
        value = int(match.group(0).replace(",", ""))
        if 1900 <= value <= 2100:  # a year: leave it, dates are perturbed through weekdays
            return match.group(0)
        if value in (11, 12, 13) and rng.random() < 0.5:
            return "a dozen"
        new = max(1, value + rng.choice((-3, -2, -1, 1, 2, 4, 10)))
        return f"about {new:,}" if rng.random() < 0.2 else f"{new:,}"

    return _NUMBER.sub(swap, sentence)


def _change_weekday(sentence: str, rng: random.Random) -> str:
    return _WEEKDAY.sub(lambda m: rng.choice([d for d in _WEEKDAYS if d != m.group(1)]), sentence, count=1)


def _reword_quote(sentence: str, rng: random.Random) -> str:
    def reword(match: re.Match[str]) -> str:
        inner = match.group(1)
        if _REWORD_WORD.search(inner):
            inner = _REWORD_WORD.sub(lambda w: _REWORD[w.group(1)], inner, count=1)
        else:
            words = inner.split()
            if len(words) > 4:
                del words[rng.randrange(1, len(words) - 1)]
            inner = " ".join(words)
        return f"“{inner}”"

    return _QUOTE.sub(reword, sentence, count=1)


def _version(base: list[str], count: int, rng: random.Random) -> list[str]:
    """One source's telling of the story: drop, reorder, then perturb some sentences."""
    kept = [s for s in base if rng.random() >= 0.15][:count]
    for _ in range(max(1, len(kept) // 8)):  # swap a few neighbours
        if len(kept) > 1:
            i = rng.randrange(len(kept) - 1)
            kept[i], kept[i + 1] = kept[i + 1], kept[i]
    out = []
    for sentence in kept:
        roll = rng.random()
        if roll < 0.12:
            sentence = _change_figures(sentence, rng, p=0.7)
        elif roll < 0.22:
            sentence = _change_weekday(sentence, rng)
        elif roll < 0.34:
            sentence = _reword_quote(sentence, rng)
        out.append(sentence)
    return out


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    return "\n\n".join([PUBLISHED, *paragraphs]) + "\n"


def make_story(n_sources: int, sentences_per_source: int = 40, seed: int = 0) -> list[Article]:
    """Return ``n_sources`` articles about one synthetic event, each about ``sentences_per_source`` long.

    Args:
        n_sources: how many articles (sources ``source00``, ``source01``, ...).
        sentences_per_source: sentences per article (fewer by up to 15% when sentences drop).
        seed: makes the story; the same seed gives the same articles.
    """
    if n_sources < 1 or sentences_per_source < 1:
        raise ValueError("n_sources and sentences_per_source must be at least 1")
    rng = random.Random(seed)
    pool = _pool()
    want = sentences_per_source + sentences_per_source // 4 + 1
    base = rng.sample(pool, want) if want <= len(pool) else rng.choices(pool, k=want)
    base = [_change_figures(s, rng, p=0.5) for s in base]  # this story's own figures
    return [
        Article(source=f"source{i:02d}", text=_paragraphs(_version(base, sentences_per_source, rng), rng))
        for i in range(n_sources)
    ]


def make_stories(
    n: int, n_sources: int = 5, sentences_per_source: int = 40, seed: int = 0
) -> dict[str, list[Article]]:
    """Return ``n`` synthetic stories as ``{story_id: articles}``, ids ``story-<seed>-00000`` and on.

    >>> stories = make_stories(2, n_sources=2, sentences_per_source=5)
    >>> list(stories)
    ['story-0-00000', 'story-0-00001']
    """
    return {
        f"story-{seed}-{k:05d}": make_story(n_sources, sentences_per_source, seed=seed * 1_000_003 + k)
        for k in range(n)
    }
