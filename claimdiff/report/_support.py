"""What the renderers say of a finding's support: its consensus and its sides' sources and voices.

Private to :mod:`claimdiff.report`, beside ``_common``.
"""

from __future__ import annotations

from ..models import Discrepancy
from ..support import Side
from ._common import plural


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def copied_sides(d: Discrepancy) -> bool:
    """Return whether some side of a finding has fewer independent voices than sources."""
    return any(side.voice_count < side.source_count for side in d.sides)


def side_summary(side: Side) -> str:
    """Return one side's support for people: ``'19 people: 3 sources, 2 voices (amp+wn24)'``;
    sources that are one voice are joined by ``+``."""
    shared = [voice for voice in side.voices if len(voice) > 1]
    copies = f" ({'; '.join('+'.join(voice) for voice in shared)})" if shared else ""
    counts = f"{plural(side.source_count, 'source')}, {plural(side.voice_count, 'voice')}"
    return f"{_short(side.reading)}: {counts}{copies}"


def consensus_summary(d: Discrepancy) -> str | None:
    """Return the consensus of a finding for people, or None when it has no sides.

    ``'at least 31 people (3 of 5 voices); outliers: 23 people (1 voice)'``, or for a tie
    ``'none: 104,000 households and about 140,000 customers tie at 1 voice each'``.
    """
    consensus = d.consensus
    if consensus is None:
        return None
    total = len({voice for side in d.sides for voice in side.voices})
    if consensus.side is None:
        *first, last = [_short(d.sides[i].reading) for i in consensus.tied]
        tied = f"{', '.join(first)} and {last}"
        head = f"none: {tied} tie at {plural(consensus.voices, 'voice')} each"
    else:
        head = f"{_short(d.sides[consensus.side].reading)} ({consensus.voices} of {plural(total, 'voice')})"
    if not consensus.outliers:
        return head
    outliers = ", ".join(_short(d.sides[i].reading) for i in consensus.outliers)
    return f"{head}; outliers: {outliers} ({plural(consensus.outlier_voices, 'voice')})"

