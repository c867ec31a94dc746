"""Who supports each side of a discrepancy, and how a figure moved over time: data objects.

These are the immutable objects a :class:`~claimdiff.models.Discrepancy` carries besides its
claims (they refer to its claims by index, so a report holds each claim once):

* :class:`Side`: the claims that read alike, the sources that give them, and those sources
  grouped into independent voices (:mod:`claimdiff.consensus` groups them);
* :class:`Consensus`: the side most independent voices support, the outliers, or a tie;
* :class:`TimelineEntry`: one value of an evolving figure at one publication time
  (:mod:`claimdiff.timeline`).

This module imports nothing else of claimdiff's but its errors, so the models can hold these.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from .errors import SchemaError, short_repr

__all__ = ["Consensus", "Side", "TimelineEntry", "format_moment", "label_of"]


def _indices(items: Iterable[int]) -> tuple[int, ...]:
    return tuple(items)


def _names(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _voices(items: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(voice) for voice in items)


def _require(data: Mapping[str, Any], key: str, where: str) -> Any:
    try:
        return data[key]
    except (KeyError, TypeError) as exc:
        raise SchemaError(f"{where} lacks the key {key!r}") from exc


@attrs.frozen(kw_only=True)
class Side:
    """Claims of one discrepancy that read alike, and who supports them.

    >>> side = Side(reading="19 people", claims=(0, 2), sources=("a", "b"), voices=(("a", "b"),))
    >>> side.source_count, side.voice_count
    (2, 1)
    """

    reading: str
    """What the side says, for people: the longest words its claims say it in (:func:`label_of`)."""
    claims: tuple[int, ...] = attrs.field(converter=_indices)
    """Indices of its claims in ``Discrepancy.claims``, ascending."""
    sources: tuple[str, ...] = attrs.field(converter=_names)
    """The distinct sources of its claims, sorted."""
    voices: tuple[tuple[str, ...], ...] = attrs.field(converter=_voices)
    """Its sources grouped into independent voices: sources that reproduce one wire copy of the
    passage are one voice. Each group is sorted, and the groups by their first source."""

    @property
    def source_count(self) -> int:
        """Return how many sources give this side."""
        return len(self.sources)

    @property
    def voice_count(self) -> int:
        """Return how many independent voices give this side."""
        return len(self.voices)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict: the counts, then who they are."""
        return {
            "reading": self.reading,
            "claims": list(self.claims),
            "source_count": self.source_count,
            "voice_count": self.voice_count,
            "sources": list(self.sources),
            "voices": [list(voice) for voice in self.voices],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Side:
        """Rebuild a Side from :meth:`to_dict` output (the counts are recomputed)."""
        return cls(**{key: _require(data, key, "side") for key in ("reading", "claims", "sources", "voices")})


@attrs.frozen(kw_only=True)
class Consensus:
    """What most independent voices say about one discrepancy.

    The side with the most voices is the consensus and every other side an outlier; when two or
    more sides share the most voices, there is no consensus but a tie, and the sides below them
    are the outliers.

    >>> sides = [Side(reading="19", claims=[0], sources=["a", "b"], voices=[["a"], ["b"]]),
    ...          Side(reading="23", claims=[1], sources=["c"], voices=[["c"]])]
    >>> c = Consensus.of(sides)
    >>> c.side, c.reading, c.outliers, c.outlier_voices
    (0, '19', (1,), 1)
    """

    side: int | None
    """Index of the consensus side in ``Discrepancy.sides``; None on a tie."""
    reading: str | None
    """What the consensus side says; None on a tie."""
    voices: int
    """How many independent voices the top side (or each tied side) has."""
    tied: tuple[int, ...] = attrs.field(converter=_indices)
    """The sides tied for the most voices (two or more); empty when there is a consensus."""
    outliers: tuple[int, ...] = attrs.field(converter=_indices)
    """The other sides: every side but the consensus, or every side below the tie."""
    outlier_voices: int
    """How many independent voices the outliers have, together (a voice on two outlier sides
    counts once)."""

    @property
    def is_tie(self) -> bool:
        """Return whether no side has more voices than every other."""
        return self.side is None

    @classmethod
    def of(cls, sides: Sequence[Side]) -> Consensus | None:
        """Return the consensus of ``sides``, or None when there are none."""
        if not sides:
            return None
        top = max(side.voice_count for side in sides)
        best = tuple(i for i, side in enumerate(sides) if side.voice_count == top)
        outliers = tuple(i for i in range(len(sides)) if i not in best)
        outlier_voices = {voice for i in outliers for voice in sides[i].voices}
        winner = best[0] if len(best) == 1 else None
        return cls(
            side=winner,
            reading=None if winner is None else sides[winner].reading,
            voices=top,
            tied=best if winner is None else (),
            outliers=outliers,
            outlier_voices=len(outlier_voices),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "side": self.side,
            "reading": self.reading,
            "voices": self.voices,
            "tied": list(self.tied),
            "outliers": list(self.outliers),
            "outlier_voices": self.outlier_voices,
        }


def label_of(texts: Iterable[str]) -> str:
    """Return what some claims that read alike say, for people: the longest of their words, white
    space squashed (the first in alphabetical order among the longest), so that neither the
    sources' names nor another copy of an article change it.

    >>> label_of(["nine", "nine  people", "Nine people"])
    'Nine people'
    """
    return min((" ".join(text.split()) for text in texts), key=lambda text: (-len(text), text), default="")


def format_moment(moment: _dt.date | None) -> str:
    """Return a publication time for people: ``2024-06-20``, ``2024-06-20 08:10``,
    ``2024-06-20 08:10+02:00``, or ``undated``.

    >>> format_moment(_dt.datetime(2024, 6, 20, 8, 10, tzinfo=_dt.timezone.utc))
    '2024-06-20 08:10+00:00'
    """
    if moment is None:
        return "undated"
    if isinstance(moment, _dt.datetime):
        return moment.isoformat(sep=" ", timespec="minutes")
    return moment.isoformat()


def _moment_from_json(value: Any) -> _dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SchemaError(f"timeline published must be an ISO date, date and time, or null, got {short_repr(value)}")
    try:
        return _dt.datetime.fromisoformat(value) if "T" in value else _dt.date.fromisoformat(value)
    except ValueError as exc:
        raise SchemaError(f"timeline published must be an ISO date or date and time, got {short_repr(value)}") from exc


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One value of an evolving figure, as the sources published at one time gave it.

    >>> entry = TimelineEntry(published=_dt.date(2024, 6, 20), reading="12 people", claims=[0], sources=["a"])
    >>> entry.to_dict()["published"]
    '2024-06-20'
    """

    published: _dt.date | None
    """When its sources published it (``Article.published``, or the article's ``date`` line):
    a date, a datetime, or None when unknown."""
    reading: str
    """The value, for people: the longest words its claims give it in (:func:`label_of`)."""
    claims: tuple[int, ...] = attrs.field(converter=_indices)
    """Indices of its claims in ``Discrepancy.claims``, ascending."""
    sources: tuple[str, ...] = attrs.field(converter=_names)
    """The sources that gave it at that time, sorted."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "published": None if self.published is None else self.published.isoformat(),
            "reading": self.reading,
            "claims": list(self.claims),
            "sources": list(self.sources),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimelineEntry:
        """Rebuild a TimelineEntry from :meth:`to_dict` output."""
        return cls(
            published=_moment_from_json(_require(data, "published", "timeline entry")),
            reading=_require(data, "reading", "timeline entry"),
            claims=_require(data, "claims", "timeline entry"),
            sources=_require(data, "sources", "timeline entry"),
        )
