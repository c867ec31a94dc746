"""Negation: whether a passage holds a negation cue."""

from __future__ import annotations

from .._lexicon.negation import NEGATION_CUES

__all__ = ["is_negated"]


def is_negated(text: str) -> bool:
    """Return True when the text holds a negation cue ("not", "never", "n't", "neither").

    >>> is_negated("Russia and Vietnam are not members of the ICC."), is_negated("They signed.")
    (True, False)
    """
    return NEGATION_CUES.search(text) is not None


