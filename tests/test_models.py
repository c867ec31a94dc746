"""Models: validation at the boundary, immutability, serialisation."""

from __future__ import annotations

import datetime as dt
import gc

import attrs
import pytest

from claimdiff import (
    Article,
    AssertionClaim,
    Claim,
    ClaimdiffError,
    ClaimKind,
    DateClaim,
    DateMention,
    Discrepancy,
    EntityClaim,
    InputFileError,
    InvalidArgument,
    InvalidValue,
    Kind,
    Polarity,
    Quantity,
    QuantityClaim,
    QuoteClaim,
    Report,
    SchemaError,
    Sentence,
    Severity,
    StatementClaim,
    UnknownOption,
    find_quantities,
)
from claimdiff.models import GC_PAUSE_FROM


def _claim(source: str, text: str, **kw: object) -> QuantityClaim:
    """A figure claim; its reading is what find_quantities makes of the words unless given."""
    sent = Sentence(text, 0, len(text))
    kw.setdefault("quantity", attrs.evolve(find_quantities(text)[0], start=0, end=len(text), text=text))
    return QuantityClaim(source=source, text=text, start=0, end=len(text), sentence=sent, **kw)


def test_article_validates_source_and_text() -> None:
    with pytest.raises(InvalidArgument, match="source"):
        Article(source=3, text="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="source"):
        Article(source="  ", text="x")
    with pytest.raises(InvalidArgument, match="text"):
        Article(source="a", text=b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="published"):
        Article(source="a", text="x", published="2024-06-20")  # type: ignore[arg-type]


def test_article_is_frozen() -> None:
    art = Article(source="a", text="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        art.text = "y"  # type: ignore[misc]


def test_from_path_defaults_source_to_stem(tmp_path) -> None:
    path = tmp_path / "reuters.txt"
    path.write_text("Putin arrived.", encoding="utf-8")
    art = Article.from_path(path)
    assert (art.source, art.text) == ("reuters", "Putin arrived.")
    assert Article.from_path(str(path), source="r").source == "r"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"  \n", "empty"), (b"a\x00b", "binary"), (b"\xff\xfe\xfa", "not valid utf-8")],
)
def test_from_path_rejects_bad_files(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=message) as info:
        Article.from_path(path)
    assert "bad.txt" in str(info.value)
    assert isinstance(info.value, ClaimdiffError)


@pytest.mark.parametrize("content", [b"", b"  \n", b"\xef\xbb\xbf\n"])
def test_from_path_allow_empty_reads_a_file_without_text(tmp_path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    article = Article.from_path(path, allow_empty=True)
    assert article.source == "blank" and not article.text.strip()
    with pytest.raises(InputFileError, match="binary"):
        (tmp_path / "bin.txt").write_bytes(b"a\x00b")
        Article.from_path(tmp_path / "bin.txt", allow_empty=True)


def test_from_path_missing_file(tmp_path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        Article.from_path(tmp_path / "missing.txt")


def test_severity_is_ordered() -> None:
    assert Severity.LOW < Severity.MEDIUM < Severity.HIGH
    assert max(Severity) is Severity.HIGH
    assert sorted([Severity.HIGH, Severity.LOW]) == [Severity.LOW, Severity.HIGH]


def test_kind_and_severity_parse_names_with_one_parser() -> None:
    """Issue 14: one parser of kind and severity names, for the library and the CLI."""
    assert Kind.parse(" Quote ") is Kind.QUOTE and Kind.parse(Kind.DATE) is Kind.DATE
    assert Severity.parse("HIGH") is Severity.HIGH
    with pytest.raises(UnknownOption, match=r"^unknown kind 'qoute'; did you mean 'quote'\? \(expected one of quantity, "):
        Kind.parse("qoute")
    with pytest.raises(UnknownOption, match=r"^--min-severity: unknown severity ' Hihg'; did you mean 'high'\?"):
        Severity.parse(" Hihg", label="--min-severity: unknown severity")
    with pytest.raises(UnknownOption, match=r"^unknown severity 3 \(expected one of low, medium, high\)$"):
        Severity.parse(3)  # type: ignore[arg-type]


def test_discrepancy_id_is_stable_and_ignores_order_and_case() -> None:
    a = _claim("a", "11 agreements")
    b = _claim("b", "a dozen agreements")
    one = Discrepancy(kind=Kind.QUANTITY, severity=Severity.MEDIUM, claims=(a, b))
    two = Discrepancy(kind="quantity", severity="medium", claims=(b, _claim("a", "11  Agreements")))
    assert one.id == two.id
    assert len(one.id) == 12
    other = Discrepancy(kind=Kind.QUOTE, severity=Severity.MEDIUM, claims=(a, b))
    assert other.id != one.id


def test_describe_groups_sources() -> None:
    d = Discrepancy(
        kind=Kind.QUANTITY,
        severity=Severity.MEDIUM,
        reason="approximate-vs-exact",
        claims=(_claim("000", "11 agreements"), _claim("002", "11 agreements"), _claim("003", "a dozen agreements")),
    )
    assert d.describe() == "quantity, approximate-vs-exact: 11 agreements (000, 002) vs a dozen agreements (003)"


def test_report_round_trips_with_every_field() -> None:
    q = Quantity(text="about 80 percent", start=0, end=16, value=80, low=72, high=88, approximate=True, unit="percent")
    date = DateMention(text="Thursday", start=0, end=8, granularity="day", low=dt.date(2024, 6, 20),
                       high=dt.date(2024, 6, 20), weekday=3, relative=True)
    c1 = _claim("a", "about 80 percent", quantity=q, key="percent")
    c2 = DateClaim(source="b", text="Thursday", start=0, end=8, sentence=Sentence("Thursday", 0, 8), date=date)
    d = Discrepancy(kind=Kind.QUANTITY, severity=Severity.HIGH, claims=(c1, c2), reason="conflict", detail="x")
    report = Report(
        articles=(Article(source="a", text="t", published=dt.date(2024, 6, 20)),),
        discrepancies=(d,),
        warnings=["w1", "w2"],
    )
    data = report.to_dict()
    assert data["schema"] == 1
    assert list(data) == ["schema", "articles", "alignments", "discrepancies", "warnings"]
    assert data["warnings"] == ["w1", "w2"]
    assert Report.from_dict(data) == report


def test_report_from_dict_reads_a_dict_without_warnings() -> None:
    """Reports written before issue 13 have no "warnings" key; they read as reports without warnings."""
    report = Report(articles=[Article("a", "Rain."), Article("b", "Rain.")])
    data = report.to_dict()
    assert data["warnings"] == []
    del data["warnings"]
    assert Report.from_dict(data) == report
    assert Report.from_dict(data).warnings == ()


@pytest.mark.parametrize("warnings", ["one", [1], {"a": 1}, None])
def test_report_from_dict_rejects_bad_warnings(warnings: object) -> None:
    data = Report(articles=[Article("a", "x")]).to_dict()
    data["warnings"] = warnings
    with pytest.raises(SchemaError, match="warnings"):
        Report.from_dict(data)


@pytest.mark.parametrize("warnings", ["one", [1], 3])
def test_report_warnings_must_be_strings(warnings: object) -> None:
    with pytest.raises(InvalidArgument, match="warnings must"):
        Report(articles=[Article("a", "x")], warnings=warnings)  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [None, [], {"schema": 2}, {"schema": 1}, {"schema": 1, "articles": [{}]}])
def test_from_dict_rejects_bad_data(data: object) -> None:
    with pytest.raises(SchemaError):
        Report.from_dict(data)  # type: ignore[arg-type]


def test_each_kind_of_claim_is_a_type_with_its_own_reading() -> None:
    """Issue 14: a claim's reading is a field of its type (no optional fields to assert on);
    every claim is a ``Claim``, and its JSON has the same keys whatever its kind."""
    from claimdiff.pipeline import analyse

    text = "On Thursday Putin signed 11 agreements in Hanoi. “We did not lose,” Lam said."
    claims = analyse(Article("a", text))
    by_type = {type(c): c for c in claims}
    assert set(by_type) == {StatementClaim, QuantityClaim, DateClaim, QuoteClaim, EntityClaim, AssertionClaim}
    acts = {(c.text, c.key, c.polarity) for c in claims if isinstance(c, AssertionClaim)}
    assert ("signed", "sign", Polarity.AFFIRMED) in acts  # the quote's "did not lose" is the quote's
    assert by_type[QuantityClaim].quantity.value == 11
    assert by_type[DateClaim].date.weekday == 3
    assert by_type[QuoteClaim].speaker == "Lam" and by_type[QuoteClaim].negated
    assert {c.kind for c in claims} == set(ClaimKind)
    for c in claims:
        assert isinstance(c, Claim) and type(c).kind is c.kind
        data = c.to_dict()
        assert list(data) == ["source", "kind", "text", "start", "end", "key", "sentence", "quantity", "date",
                              "speaker", "negated", "measure", "polarity", "arguments", "subject", "reference"]
        assert Claim.from_dict(data) == c and type(Claim.from_dict(data)) is type(c)
    entity = by_type[EntityClaim].to_dict()
    assert (entity["quantity"], entity["date"], entity["speaker"], entity["negated"]) == (None, None, None, False)
    assert (entity["polarity"], entity["arguments"]) == (None, None)
    with pytest.raises(InvalidArgument, match="base of the claim types"):
        Claim(source="a", text="x", start=0, end=1, sentence=Sentence("x", 0, 1))
    with pytest.raises(SchemaError, match="bad value"):
        Claim.from_dict(dict(by_type[QuantityClaim].to_dict(), quantity=None))


def test_sentence_from_columns_builds_what_the_class_builds() -> None:
    built = Sentence.from_columns(["Hi.", "Bye."], [0, 4], [3, 8])
    assert built == [Sentence("Hi.", 0, 3), Sentence("Bye.", 4, 8)]
    assert built == Sentence.from_spans("Hi. Bye.", [(0, 3), (4, 8)])
    assert hash(built[0]) == hash(Sentence("Hi.", 0, 3))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built[0].start = 1  # type: ignore[misc]
    with pytest.raises(InvalidArgument, match="columns differ in length"):
        Sentence.from_columns(["Hi."], [0, 4], [3, 8])


@pytest.mark.parametrize("enabled", [True, False])
def test_many_sentences_leave_the_garbage_collector_as_they_found_it(enabled: bool) -> None:
    count = GC_PAUSE_FROM + 1
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        sentences = Sentence.from_columns(["x"] * count, range(0, 2 * count, 2), range(1, 2 * count, 2))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert len(sentences) == count and sentences[-1] == Sentence("x", 2 * count - 2, 2 * count - 1)
