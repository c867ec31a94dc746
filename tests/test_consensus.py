"""Issue 19: independent voices and the consensus of each finding: sources that reproduce one
wire copy (an exact copy, one agency's credit, a run of copied sentences) are one voice; the
side most voices support is the consensus, the others outliers, equal sides a tie."""

from __future__ import annotations

import json

import pytest

import claimdiff
from claimdiff import Article, Consensus, Side
from claimdiff.cli import main
from claimdiff.consensus import agency_key, copied_passages, find_credits, find_voices, outliers_below
from claimdiff.report import render_html, render_markdown, render_text
from claimdiff.segment import split_sentences
from claimdiff.testing import assert_consistent

# --- agency credits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS, June 20 (AFP) - Rain fell on Paris.", ["afp"]),
        ("WASHINGTON (AP) — Congress met.", ["ap"]),
        ("(Reuters) - Shares fell.", ["reuters"]),
        ("LIMA, March 18 (Andes Press Agency) - A quake struck.", ["andes"]),
        ("Rain fell on Paris.\n\nbur-ah/pz", ["afp"]),
        ("Rain fell on Paris.\n— AFP", ["afp"]),
        ("Rain fell on Paris.\n(Reuters)", ["reuters"]),
        ("By The Associated Press\nRain fell on Paris.", ["ap"]),
        ("By Ann Lee, Reuters | June 20, 2024\nRain fell on Paris.", ["reuters"]),
        ("By Ann Lee, Health Reporter\nRain fell on Paris.", []),
        ("Published 09:40 | Source: Agence France-Presse\nRain fell.", ["afp"]),
        ("Source: Riverline\nRain fell.", ["riverline"]),
        ("Rain fell.\nSources: AFP, Reuters and dpa", ["afp", "dpa", "reuters"]),
        ("Rain fell.\n© 2025 The Associated Press. All rights reserved.", ["ap"]),
        ("Rain fell.\n© 2025 Valley Courier. All rights reserved.", []),  # an outlet's own copyright
        ("The World Health Organization (WHO) - the UN agency - said so.", []),  # no dateline
        ("Rain fell on Paris.\nWith AFP", []),  # a part of the text, not the text
        ("Rain fell on Paris, AFP reported.", []),  # a source of one claim, not of the copy
    ],
)
def test_find_credits(text: str, expected: list[str]) -> None:
    assert sorted(find_credits(text)) == expected


def test_agency_keys_fold_names_and_outlet_words() -> None:
    assert agency_key("Agence France-Presse") == agency_key("AFP") == "afp"
    assert agency_key("The Associated Press") == "ap"
    assert agency_key("Andes Press Agency") == agency_key("andes_wire") == "andes"


def test_a_source_named_after_an_agency_credits_it_only_when_another_article_does() -> None:
    voices = find_voices({"afp": ("Rain fell.", []), "site": ("(AFP) - Rain fell.", []), "ap": ("Rain fell.", [])})
    assert voices.credits["afp"] == {"afp"} and voices.credits["site"] == {"afp"}
    assert voices.credits["ap"] == frozenset()  # no article credits AP: a name is no credit


# --- copied passages --------------------------------------------------------------------------

WIRE = (
    "A powerful earthquake struck the south of the country late on Tuesday night. "
    "Rescuers searched the ruins of hundreds of mud-brick houses in the valley on Wednesday. "
    "The regional governor appealed for tents, blankets and heavy machinery."
)


def passages(a: str, b: str) -> set[tuple[int, int]]:
    found = copied_passages({"a": split_sentences(a), "b": split_sentences(b)})
    return {(s, t) for source, s, _, t in found if source == "a"}


def test_a_run_of_copied_sentences_is_one_passage() -> None:
    assert len(passages(WIRE, "Breaking news. " + WIRE)) == 3


def test_near_verbatim_sentences_and_one_left_out_still_make_a_run() -> None:
    edited = WIRE.replace("hundreds of mud-brick houses", "hundreds of mudbrick houses").replace(
        "Rescuers searched", "The regional governor said more rain was expected. Rescuers searched"
    )
    assert len(passages(WIRE, edited)) == 3


def test_one_shared_sentence_or_short_sentences_are_no_copy() -> None:
    first = WIRE.split(". ")[0] + "."
    assert passages(first + " Officials counted the damage.", first + " Schools were closed on Wednesday.") == set()
    assert passages("No one was hurt. Police said so. Rain fell.", "No one was hurt. Police said so. Rain fell.") == set()


# --- sides, voices, consensus -----------------------------------------------------------------

TOLL = "Floods in the valley killed {} people on Tuesday, officials said."


def toll_report(*articles: tuple[str, str]) -> claimdiff.Discrepancy:
    (d,) = claimdiff.compare([Article(source, text) for source, text in articles]).discrepancies
    return d


def support(d: claimdiff.Discrepancy) -> list[tuple[str, int, int]]:
    return [(side.reading, side.source_count, side.voice_count) for side in d.sides]


def test_independent_outlets_are_each_a_voice_and_the_majority_is_the_consensus() -> None:
    d = toll_report(
        ("a", TOLL.format(12)),
        ("b", "Officials said the floods in the valley killed 12 people on Tuesday."),
        ("c", TOLL.format(19)),
    )
    assert support(d) == [("12 people", 2, 2), ("19 people", 1, 1)]  # most voices first
    consensus = d.consensus
    assert (consensus.side, consensus.reading, consensus.voices, consensus.outliers, consensus.outlier_voices) == (
        0, "12 people", 2, (1,), 1
    )
    assert [d.claims[i].source for i in d.sides[0].claims] == ["a", "b"]


def test_an_exact_copy_adds_a_source_but_no_voice() -> None:
    d = toll_report(("a", TOLL.format(12)), ("copy", TOLL.format(12)), ("c", TOLL.format(19)))
    assert support(d) == [("12 people", 2, 1), ("19 people", 1, 1)]
    assert d.sides[0].voices == (("a", "copy"),)
    assert d.consensus.is_tie and d.consensus.tied == (0, 1) and d.consensus.reading is None


def test_outlets_that_credit_one_agency_are_one_voice() -> None:
    d = toll_report(
        ("site", "PARIS, Nov 4 (AFP) - " + TOLL.format(12)),
        ("blog", "Officials said the floods in the valley killed 12 people on Tuesday.\n— AFP"),
        ("c", TOLL.format(19)),
    )
    assert support(d) == [("12 people", 2, 1), ("19 people", 1, 1)]


def test_outlets_that_rerun_a_run_of_sentences_are_one_voice_for_it() -> None:
    """No credit and not an exact copy: a site reruns three sentences of a wire, word for word
    but one, between its own lines; the toll it reruns is the wire's voice, not a second one."""
    run = (
        "Flash floods swept through the Lessing valley overnight, killing 12 people, officials said. "
        "About 2,400 residents were evacuated from low-lying streets after the river burst its banks. "
        "Rescue crews used inflatable boats to reach families trapped on the upper floors of houses."
    )
    site = "Our live coverage continues below. " + run.replace("inflatable boats", "boats") + " Send us your photos."
    d = toll_report(
        ("wire", run),
        ("site", site),
        ("radio", "The floods in the Lessing valley have killed 19 people, officials said."),
    )
    assert support(d) == [("12 people", 2, 1), ("19 people", 1, 1)]
    assert d.consensus.is_tie


def test_sides_of_an_attribution_are_its_speakers() -> None:
    quote = "We are still pulling people out of the rubble"
    a = Article("a", f'"{quote}," said regional governor Lucia Paredes.')
    b = Article("b", f'"{quote}," fire chief Marco Tello told reporters.')
    (d,) = claimdiff.compare([a, b]).discrepancies
    assert d.kind.value == "attribution"
    assert [side.reading for side in d.sides] == ["Lucia Paredes", "Marco Tello"]


def test_sides_of_a_negation_are_its_answers() -> None:
    a = Article("a", "The two countries signed the energy deal in Hanoi on Monday.")
    b = Article("b", "The two countries did not sign the energy deal in Hanoi on Monday.")
    c = Article("c", "On Monday the two countries signed the energy deal in Hanoi.")
    (d,) = [d for d in claimdiff.compare([a, b, c]).discrepancies if d.reason == "affirmed-vs-negated"]
    assert [(side.reading, side.source_count, side.voice_count) for side in d.sides] == [
        ("signed", 2, 2), ("did not sign", 1, 1)
    ]


def test_consensus_of_sides() -> None:
    def side(reading: str, *voices: tuple[str, ...]) -> Side:
        return Side(reading=reading, claims=[], sources=sorted({s for v in voices for s in v}), voices=voices)

    assert Consensus.of([]) is None
    tie = Consensus.of([side("a", ("x",)), side("b", ("y",)), side("c", ("z", "w"))])
    assert (tie.side, tie.tied, tie.outliers, tie.outlier_voices) == (None, (0, 1, 2), (), 0)
    top = Consensus.of([side("a", ("x",)), side("b", ("y",), ("v",)), side("c", ("z",))])
    assert (top.side, top.reading, top.voices, top.outliers, top.outlier_voices) == (1, "b", 2, (0, 2), 2)


# --- accepting outliers -----------------------------------------------------------------------

MAJORITY = [
    Article("a", TOLL.format(12)),
    Article("b", "Officials said the floods in the valley killed 12 people on Tuesday."),
    Article("c", "On Tuesday the floods in the valley killed 12 people, according to officials."),
    Article("d", TOLL.format(19)),
]


def test_assert_consistent_accepts_outliers_of_fewer_voices() -> None:
    (d,) = claimdiff.compare(MAJORITY).discrepancies
    assert outliers_below(d, 2) and not outliers_below(d, 1) and not outliers_below(d, 0)
    assert assert_consistent(MAJORITY, accept_outliers_below=2).discrepancies == ()
    with pytest.raises(AssertionError, match="the articles disagree"):
        assert_consistent(MAJORITY, accept_outliers_below=1)
    with pytest.raises(AssertionError, match="tie at 1 voice each"):
        assert_consistent(MAJORITY[2:], accept_outliers_below=5)  # a tie is never accepted


@pytest.mark.parametrize(("value", "error"), [(-1, claimdiff.InvalidValue), ("2", claimdiff.InvalidArgument), (True, claimdiff.InvalidArgument)])
def test_assert_consistent_checks_the_count(value, error) -> None:
    with pytest.raises(error, match="accept_outliers_below"):
        assert_consistent(MAJORITY, accept_outliers_below=value)


def test_the_command_line_accepts_outliers(tmp_path, capsys) -> None:
    for article in MAJORITY:
        (tmp_path / f"{article.source}.txt").write_text(article.text, encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert "consensus: 12 people (3 of 4 voices); outliers: 19 people (1 voice)" in capsys.readouterr().out
    assert main([str(tmp_path), "--accept-outliers-below", "2"]) == 0
    assert "(1 discrepancy filtered out by --accept-outliers-below 2)" in capsys.readouterr().out
    assert main([str(tmp_path), "--accept-outliers-below", "-2"]) == 2
    assert "--accept-outliers-below must be 0 or more, got -2" in capsys.readouterr().err


# --- reports ----------------------------------------------------------------------------------


def copied_report() -> claimdiff.Report:
    return claimdiff.compare(
        [Article("a", TOLL.format(12)), Article("copy", TOLL.format(12)), Article("c", TOLL.format(19)),
         Article("d", "Officials said the floods in the valley killed 12 people on Tuesday.")]
    )


def test_the_text_report_gives_the_consensus_and_the_voices_of_copies() -> None:
    text = render_text(copied_report())
    assert "  consensus: 12 people (2 of 3 voices); outliers: 19 people (1 voice)\n" in text
    assert "  voices: 12 people: 3 sources, 2 voices (a+copy) | 19 people: 1 source, 1 voice\n" in text
    plain = render_text(claimdiff.compare(MAJORITY))
    assert "consensus:" in plain and "voices:" not in plain  # no copies: the consensus line says it all


def test_markdown_and_html_show_a_table_of_the_sides() -> None:
    markdown = render_markdown(copied_report())
    assert "*Consensus:* 12 people (2 of 3 voices); outliers: 19 people (1 voice)" in markdown
    assert "| side | sources | voices |\n|---|---:|---:|\n| **12 people** | 3 | 2 (a+copy, d) |\n| 19 people | 1 | 1 |" in markdown
    page = render_html(copied_report())
    assert '<table class="support"><caption>Consensus: 12 people (2 of 3 voices); outliers: 19 people (1 voice)' in page
    assert '<tr class="consensus"><td>12 people</td><td title="a, copy, d">3</td><td title="a + copy; d">2</td></tr>' in page


def test_sides_and_consensus_round_trip_and_old_reports_read() -> None:
    report = copied_report()
    data = report.to_dict()
    (d,) = data["discrepancies"]
    assert list(d)[-3:] == ["sides", "consensus", "timeline"]
    assert d["consensus"] == {"side": 0, "reading": "12 people", "voices": 2, "tied": [], "outliers": [1], "outlier_voices": 1}
    assert d["sides"][0] == {
        "reading": "12 people", "claims": [0, 2, 3], "source_count": 3, "voice_count": 2,
        "sources": ["a", "copy", "d"], "voices": [["a", "copy"], ["d"]],
    }
    assert claimdiff.Report.from_dict(json.loads(json.dumps(data))) == report
    for key in ("sides", "consensus", "timeline"):
        del d[key]
    old = claimdiff.Report.from_dict(data)
    assert old.discrepancies[0].sides == () and old.discrepancies[0].consensus is None
