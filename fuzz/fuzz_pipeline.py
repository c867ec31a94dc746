"""Coverage-guided fuzzing of the text stages and compare() with atheris (run on demand).

Each input is decoded to a ``str`` (any code point, lone surrogates included) and fed to
split_sentences, find_quantities, find_dates and clean; every span must slice the text
exactly. Inputs are then cut in two and compared as two articles. Anything raised that is
not a ClaimdiffError is a crash: atheris saves the input as ``crash-*`` in the working
directory. See fuzz/README.md.

    .venv/bin/python fuzz/fuzz_pipeline.py -max_total_time=600 -max_len=4096 fuzz/corpus
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import claimdiff
    from claimdiff import Article, ClaimdiffError, clean, compare, find_dates, find_quantities, split_sentences


#: compare() once raised UnicodeEncodeError on lone surrogates (tests/test_regressions.py,
#: fixed); False hands compare() U+FFFD in their place.
HUNT_SURROGATES = True


def _check_spans(text: str, items: list, what: str) -> None:  # type: ignore[type-arg]
    end = 0
    for item in items:
        if not (end <= item.start <= item.end <= len(text)) or text[item.start : item.end] != item.text:
            raise AssertionError(f"{what}: bad span {item!r} in {text!r}")
        end = item.end


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(len(data)) if fdp.ConsumeBool() else fdp.ConsumeUnicode(len(data))
    try:
        _check_spans(text, split_sentences(text), "split_sentences")
        cleaning = clean(text)
        _check_spans(text, split_sentences(text, skip=cleaning.skips), "split_sentences(skip)")
        _check_spans(text, find_quantities(text), "find_quantities")
        _check_spans(text, find_dates(text), "find_dates")
        half = len(text) // 2
        if not HUNT_SURROGATES:
            text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
        report = compare([Article("a", text[:half]), Article("b", text[half:])])
        for d in report.discrepancies:
            if not d.describe():
                raise AssertionError("empty describe()")
    except ClaimdiffError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    assert claimdiff.__version__
    main()
