"""Griffe extension for the API reference: show bare doctests as Python console blocks.

claimdiff's docstrings follow STYLE.md: a doctest example right in the docstring body,
not under an ``Examples:`` heading. Google-style parsing leaves such lines as Markdown
text, where ``>>>`` reads as nested block quotes and ``[x for x in y]`` as a link. This
extension fences every run of doctest lines (from a ``>>>`` line at the left margin to
the next blank line) as ``pycon`` before the docstring is parsed. It changes only how
the docs render; the docstrings and the doctests pytest runs are untouched.

Loaded by ``mkdocs.yml`` (mkdocstrings python handler, ``extensions:``).
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Return ``text`` with each run of doctest lines at the left margin wrapped in a pycon fence."""
    out: list[str] = []
    in_fence = False
    in_doctest = False
    for line in text.split("\n"):
        if in_doctest:
            if line.strip():
                out.append(line)
                continue
            out.append("```")
            in_doctest = False
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        elif not in_fence and line.startswith(">>>"):
            out.append("```pycon")
            in_doctest = True
        out.append(line)
    if in_doctest:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence bare doctests in every docstring of the loaded objects."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
