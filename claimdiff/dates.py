"""Find date and time expressions: :mod:`claimdiff.claims.dates` under its earlier name."""

from __future__ import annotations

from .claims.dates import RULES, find_dates

__all__ = ["RULES", "find_dates"]
