"""Thresholds of the aligner and their validator."""

from __future__ import annotations

import attrs

from ..errors import InvalidValue, short_repr


def check_score(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    """attrs validator: a score option must be a number from 0 to 100."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise InvalidValue(f"{attribute.name} must be a number from 0 to 100, got {short_repr(value)}")


@attrs.frozen(kw_only=True)
class AlignOptions:
    """Thresholds of the aligner, as rapidfuzz scores from 0 to 100."""

    sentence_threshold: float = attrs.field(default=45.0, validator=check_score)
    """Least IDF-weighted Dice overlap (0..100) of content words for two sentences to say the same
    thing. Words found all over the story ("Putin" in a story on his visit) weigh little."""
    prefilter: float = attrs.field(default=50.0, validator=check_score)
    """Least rapidfuzz ``token_set_ratio`` for a candidate cluster to be scored at all."""
    quantity_threshold: float = attrs.field(default=40.0, validator=check_score)
    """Least context similarity for two figures of the same noun in unaligned sentences; they must
    also share a content word within a few words of the figure."""
    quote_threshold: float = attrs.field(default=50.0, validator=check_score)
    """Least share (percent) of the shorter quote's content words found in the other quote."""
    assertion_arguments: int = 2
    """Least number of content words two sentences share for their assertions of one act
    ("confirmed" / "would not confirm") to speak of the same thing."""
    block_keys: int = 8
    """How many of a sentence's rarest content words are looked up in the index."""
