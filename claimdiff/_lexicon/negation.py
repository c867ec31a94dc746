"""Negation cues: data, no logic."""

from __future__ import annotations

import re

#: The negation words: a passage holding one of them as a word of its own is negated.
NEGATION_WORDS = ("not", "never", "no", "neither", "nor", "none", "nobody", "nothing", "cannot", "without")

#: Negation cues: the words that make ``Claim.negated`` true, and the ending "n't".
NEGATION_CUES = re.compile(rf"\b(?:{'|'.join(NEGATION_WORDS)})\b|n[’']t\b", re.IGNORECASE)
