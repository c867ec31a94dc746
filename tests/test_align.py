"""Alignment: sentence clusters, quantity and quote grouping, order invariance."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.align import AlignOptions, align_claims
from claimdiff.errors import InvalidValue
from claimdiff.models import Claim, ClaimKind, Quantity, QuantityClaim, Sentence, StatementClaim
from claimdiff.words import content_tokens


def statement(source: str, text: str, start: int = 0) -> Claim:
    return StatementClaim(source=source, text=text, start=start, end=start + len(text),
                 sentence=Sentence(text, start, start + len(text)))


def qty(source: str, sentence: str, words: str, value: int, unit: str = "agreement") -> Claim:
    start = sentence.index(words)
    q = Quantity(text=words, start=start, end=start + len(words), value=value, unit=unit)
    return QuantityClaim(source=source, text=words, start=start, end=start + len(words),
                 sentence=Sentence(sentence, 0, len(sentence)), key=unit, quantity=q)


def test_content_tokens_fold_variants() -> None:
    assert content_tokens("U.S. sanctions") == content_tokens("US sanctions") == content_tokens("us sanction")
    assert content_tokens("the United States") != []
    assert "11" not in content_tokens("11 agreements")
    assert content_tokens("11 agreements", keep_numbers=True) == ["11", "agreement"]


def test_similar_sentences_cluster_and_unrelated_do_not() -> None:
    claims = {
        "a": [statement("a", "Putin arrived in Hanoi early on Thursday from North Korea.")],
        "b": [statement("b", "Putin arrived in Hanoi on Thursday morning from North Korea."),
              statement("b", "The embassy criticised the visit in a statement.", 80)],
    }
    groups = align_claims(claims)
    assert len(groups) == 1
    assert [c.text for c in groups[0].claims][1].startswith("Putin arrived")


def test_quantities_of_the_same_noun_align_across_different_wording() -> None:
    s1 = "The two presidents witnessed the exchange of 11 agreements on nuclear science and education."
    s2 = "Hanoi and Moscow have signed a dozen agreements in justice, education or civil nuclear energy."
    s3 = "The 80-year-old leader studied in the Soviet Union for 30 years."
    claims = {
        "a": [qty("a", s1, "11 agreements", 11)],
        "b": [qty("b", s2, "a dozen agreements", 12)],
        "c": [qty("c", s3, "30 years", 30, unit="year")],
    }
    groups = [g for g in align_claims(claims) if g.kind is ClaimKind.QUANTITY]
    assert len(groups) == 1
    assert groups[0].sources == ("a", "b")


def test_three_sources_form_one_group() -> None:
    s = "The leaders signed {} agreements on energy and education in Hanoi."
    claims = {src: [qty(src, s.format(n), f"{n} agreements", n)] for src, n in (("a", 11), ("b", 11), ("c", 12))}
    groups = [g for g in align_claims(claims) if g.kind is ClaimKind.QUANTITY]
    assert len(groups) == 1 and groups[0].sources == ("a", "b", "c")


@given(st.permutations(["a", "b", "c"]))
def test_source_order_does_not_change_alignments(order: list[str]) -> None:
    texts = {
        "a": ["Putin arrived in Hanoi on Thursday.", "He signed deals on energy."],
        "b": ["Putin arrived in Hanoi on Thursday morning.", "Deals on energy were signed."],
        "c": ["On Thursday Putin arrived in Hanoi.", "Energy deals were signed by the two."],
    }
    def build(names):
        return {n: [statement(n, t, 100 * i) for i, t in enumerate(texts[n])] for n in names}
    assert align_claims(build(order)) == align_claims(build(sorted(order)))


def test_options_validate_thresholds() -> None:
    with pytest.raises(InvalidValue, match="sentence_threshold"):
        AlignOptions(sentence_threshold=101)


def test_blocking_matches_brute_force_on_small_inputs() -> None:
    """Every pair the blocked clustering puts together scores above the threshold by brute force."""
    from rapidfuzz import fuzz

    sentences = [
        "Putin arrived in Hanoi on Thursday.", "Putin landed in Hanoi on Thursday.",
        "The talks covered energy and defence.", "Energy and defence were covered in talks.",
        "Neither country is a member of the court.",
    ]
    claims = {src: [statement(src, t, 100 * i) for i, t in enumerate(sentences)] for src in ("a", "b")}
    groups = [g for g in align_claims(claims) if g.kind is ClaimKind.STATEMENT]
    for g in groups:
        for x, y in itertools.combinations(g.claims, 2):
            score = fuzz.token_set_ratio(" ".join(content_tokens(x.text)), " ".join(content_tokens(y.text)))
            assert score >= AlignOptions().sentence_threshold
    assert len(groups) == len(sentences)


# --- figures of one noun: linear linking gives what all pairs give ----------------------------

_FIGURE_SENTENCES = [
    "Officials said {n} people died in Hanoi.",
    "{n} people were injured on Thursday, officials said.",
    "The ministry counted {n} people in the north.",
    "About {n} agreements were signed in Hanoi.",
    "They signed {n} agreements and {m} contracts on energy.",
    "Police said {n} people were arrested and {m} released.",
    "{n} died and {m} were injured.",
]


def _brute_window_pairs(claims, members, clusters, windows):
    return [
        (members[x], members[y])
        for x, y in itertools.combinations(range(len(members)), 2)
        if claims[members[x]].source != claims[members[y]].source
        and (clusters[x] is None or clusters[x] != clusters[y])
        and windows[members[x]] & windows[members[y]]
    ]


@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(_FIGURE_SENTENCES), st.integers(1, 40), st.integers(1, 40)), max_size=8),
        min_size=2,
        max_size=3,
    )
)
def test_figure_links_match_all_pairs(stories) -> None:
    from claimdiff.align import _figures
    from claimdiff.models import Article
    from claimdiff.pipeline import analyse

    claims = {
        f"s{k}": list(analyse(Article(f"s{k}", " ".join(t.format(n=n, m=m) for t, n, m in story))))
        for k, story in enumerate(stories)
    }
    fast = align_claims(claims)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_figures, "window_pairs", _brute_window_pairs)
        slow = align_claims(claims)
    assert fast == slow


def test_a_noun_counted_hundreds_of_times_in_one_sentence_pairs_every_figure_once() -> None:
    from claimdiff.models import Article
    from claimdiff.pipeline import analyse

    line = "Officials said 1,000 people met on Thursday and " * 400
    claims = {s: list(analyse(Article(s, line))) for s in ("a", "b")}
    groups = [g for g in align_claims(claims) if g.kind is ClaimKind.QUANTITY]
    # 400 figures in one sentence are 400 claims: each joins its counterpart in the copy.
    assert len(groups) == 400
    assert all(g.sources == ("a", "b") and len(g.claims) == 2 for g in groups)


def test_one_source_aligns_nothing() -> None:
    """Every group holds claims of two sources at least, so claims of one source (an article
    compared with its exact copies, which are aligned as their original) make none."""
    from claimdiff.models import Article
    from claimdiff.pipeline import analyse

    text = (
        "The council approved 40 new homes on Tuesday. The mayor said the plan was fair.\n"
        'Critics said "the vote was rushed". The homes will be built by Harbour Homes Ltd.'
    )
    assert align_claims({"a": analyse(Article("a", text))}) == ()
