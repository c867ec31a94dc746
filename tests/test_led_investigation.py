"""Who leads an investigation is one role, whatever the investigation is called."""

from __future__ import annotations

from claimdiff import Article, compare
from claimdiff.claims.roles import find_roles


def _roles(text: str) -> list[tuple[str, str]]:
    return [(r.role, text[r.start : r.end]) for r in find_roles(text)]


def test_inquiry_probe_and_investigation_fold_to_one_role() -> None:
    assert ("by:leadership:investigation", "Superintendent Ann Kirby") in _roles(
        "The probe is being led by Superintendent Ann Kirby."
    )
    assert ("by:leadership:investigation", "Inspector Joe Lund") in _roles("Inspector Joe Lund is heading the inquiry.")


def test_research_keeps_its_own_role() -> None:
    assert ("by:leadership:study", "Professor Mia Holt") in _roles("The study was led by Professor Mia Holt.")


def test_two_investigation_leaders_disagree() -> None:
    a = Article(source="a", text="Inspector Joe Lund, who is leading the investigation, appealed for witnesses.")
    b = Article(source="b", text="Detectives want dashcam footage. Inspector Kate Moor is heading the inquiry.")
    found = [d.describe() for d in compare([a, b]).discrepancies if str(d.kind) == "entity"]
    assert any("Lund" in f and "Moor" in f for f in found)
