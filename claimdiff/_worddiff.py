"""Word-level diff of two passages: the one diff the quote rule and the renderers share.

:func:`word_ops` says which words to keep, remove and add; :func:`mark_words` writes those
operations out with the marks a caller chooses: ``[-w-]``/``{+w+}`` in ``Discrepancy.detail``
(:func:`claimdiff.diff.word_diff`), ``~~w~~``/``**w**`` in Markdown, ``<del>``/``<ins>`` in HTML.
:func:`read_marks` reads a ``detail`` back into operations, so each renderer shows the one diff
the rule computed, in its own marks, rather than a second diff of its own.

Like ``_lexicon``, this is a leaf module: it imports nothing from claimdiff, so any stage and
any renderer may use it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Literal

__all__ = ["WordOp", "mark_words", "read_marks", "word_ops"]

#: What to do with a run of words: keep it, remove it from the old passage, add it from the new.
WordOp = Literal["equal", "delete", "insert"]


def word_ops(old: str, new: str) -> tuple[tuple[WordOp, str], ...]:
    """Return ``(op, words)`` pairs that turn ``old`` into ``new``, word by word.

    Words are split on white space and each run is joined with one space. A replaced
    run is a ``delete`` followed by an ``insert``.

    Args:
        old: the passage to start from.
        new: the passage to end at.

    Returns:
        The operations in reading order; empty when both passages hold no word.

    >>> word_ops("a reliable security architecture", "a credible security architecture")
    (('equal', 'a'), ('delete', 'reliable'), ('insert', 'credible'), ('equal', 'security architecture'))
    """
    a, b = old.split(), new.split()
    ops: list[tuple[WordOp, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            ops.append(("insert", " ".join(b[j1:j2])))
    return tuple(ops)


def _unchanged(text: str) -> str:
    return text


def mark_words(
    ops: Iterable[tuple[WordOp, str]],
    *,
    delete: tuple[str, str],
    insert: tuple[str, str],
    escape: Callable[[str], str] = _unchanged,
) -> str:
    """Write word operations as one line: each run escaped, removed and added runs between marks.

    Args:
        ops: what :func:`word_ops` returned.
        delete: the text before and after a removed run, e.g. ``("[-", "-]")``.
        insert: the text before and after an added run, e.g. ``("{+", "+}")``.
        escape: applied to the words of every run (not to the marks).

    Returns:
        The runs joined with one space.

    >>> mark_words(word_ops("a reliable plan", "a credible plan"), delete=("[-", "-]"), insert=("{+", "+}"))
    'a [-reliable-] {+credible+} plan'
    """
    marks = {"equal": ("", ""), "delete": delete, "insert": insert}
    return " ".join(f"{marks[op][0]}{escape(words)}{marks[op][1]}" for op, words in ops)


def read_marks(
    line: str, *, delete: tuple[str, str] = ("[-", "-]"), insert: tuple[str, str] = ("{+", "+}")
) -> tuple[tuple[WordOp, str], ...] | None:
    """Read a line :func:`mark_words` wrote back into ``(op, words)`` pairs; None if it is not one.

    Runs are whole words: a removed run starts with a word that begins with ``delete[0]`` and
    ends with one that ends with ``delete[1]``. A mark left open makes the line unreadable (None).

    >>> read_marks("a [-reliable old-] {+credible+} plan")
    (('equal', 'a'), ('delete', 'reliable old'), ('insert', 'credible'), ('equal', 'plan'))
    >>> read_marks("a [-reliable plan") is None
    True
    """
    words = line.split()
    ops: list[tuple[WordOp, str]] = []
    i = 0
    while i < len(words):
        marks: tuple[tuple[WordOp, tuple[str, str]], ...] = (("delete", delete), ("insert", insert))
        marked = next(((op, m) for op, m in marks if words[i].startswith(m[0])), None)
        if marked is None:
            if ops and ops[-1][0] == "equal":
                ops[-1] = ("equal", f"{ops[-1][1]} {words[i]}")
            else:
                ops.append(("equal", words[i]))
            i += 1
            continue
        op, (start, end) = marked
        j = i
        while j < len(words) and not (words[j].endswith(end) and (j > i or len(words[j]) >= len(start) + len(end))):
            j += 1
        if j == len(words):
            return None
        run = " ".join(words[i : j + 1])[len(start) : -len(end)]
        if not run.strip():
            return None
        ops.append((op, run))
        i = j + 1
    return tuple(ops)
