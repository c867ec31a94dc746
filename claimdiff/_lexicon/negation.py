"""Negation cues: data, no logic."""

from __future__ import annotations

import re

#: Negation cues: the words that make ``Claim.negated`` true.
NEGATION_CUES = re.compile(
    r"\b(?:not|never|no|neither|nor|none|nobody|nothing|cannot|without)\b|n[’']t\b", re.IGNORECASE
)
