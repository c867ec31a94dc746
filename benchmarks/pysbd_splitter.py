"""pySBD 0.3.4 as a ``str -> list[str]`` splitter, for ``score_sentences.py --splitter``.

    python ../shared/tools/score_sentences.py ../shared/bench/golden_rules_en.json -v \
        --splitter benchmarks/pysbd_splitter.py:split
"""

from __future__ import annotations

import pysbd

_SEGMENTER = pysbd.Segmenter(language="en", clean=False)


def split(text: str) -> list[str]:
    """Split ``text`` with pySBD (English, no cleaning)."""
    return [str(s) for s in _SEGMENTER.segment(text)]
