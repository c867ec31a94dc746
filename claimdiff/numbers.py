"""Find number-like mentions: :mod:`claimdiff.claims.quantities` under its earlier name."""

from __future__ import annotations

from .claims.quantities import RULES, find_quantities, parse_number_words

__all__ = ["RULES", "find_quantities", "parse_number_words"]
