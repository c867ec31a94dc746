"""Abbreviations and sentence-starting words for sentence segmentation: data, no logic.

Each set holds the abbreviation without its final period. Sets of titles are matched as
written (``Dr`` but not ``dr``); the other sets are matched case-folded.
"""

from __future__ import annotations

#: Titles and name prefixes: a period after them never ends a sentence ("Mr. Smith", "Mt. Fuji").
TITLES: frozenset[str] = frozenset(
    """
    Mr Mrs Ms Mssrs Messrs Mme Mmes Mlle Dr Drs Prof Profs Rev Revd Hon Fr Sr Sra Srta
    Gen Lt Col Maj Capt Cpt Cmdr Cdr Adm Brig Sgt Cpl Pvt Pte Ens Insp Det Supt Cmdr
    Sen Sens Rep Reps Gov Pres Amb Atty Sec Treas Supt Rt Mt Mts Ft Pt
    """.split()
)
"""Prefixes of names: always followed by the name they introduce."""

#: Abbreviations that usually precede a number: "p. 55", "No. 10", "N°. 1026", "Jan. 5".
BEFORE_NUMBER: frozenset[str] = frozenset(
    """
    p pp no nos n° nº num vol vols fig figs art arts sec secs ch chap para paras op
    pg pgs col cols ref refs tab approx ca est appx rm ste apt ext tel ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
"""Abbreviations after which a following number does not start a new sentence."""

#: Abbreviations that can end a sentence but usually do not: a period after them ends the
#: sentence only when the next word is a typical sentence starter ("in the U.S. How ...").
AMBIGUOUS: frozenset[str] = frozenset(
    """
    co corp inc ltd llc plc bros cos assn dept div univ intl natl govt
    jr sr st ave blvd rd hwy sq mt
    etc al
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
)
"""Abbreviations that end a sentence only before a sentence-starting word."""

#: Abbreviations that are always followed by more of the same sentence.
NEVER_FINAL: frozenset[str] = frozenset("vs v cf viz e.g i.e eg ie incl esp resp approx".split())
"""Abbreviations after which a sentence never ends ("e.g. The ...", "vs. Brazil")."""

#: Times of day written with periods; before a capitalised word they usually end a sentence.
TIME_OF_DAY: frozenset[str] = frozenset("a.m p.m".split())
"""Time-of-day abbreviations (case-folded, without the final period)."""

#: Words that often start an English sentence and rarely follow an abbreviation inside one.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    A An The This That These Those There Here It Its He She His Her They Their Them We Our
    I My You Your Who What When Where Why How Which Whose Whom
    But And Or So Yet Nor Then Now Still However Meanwhile Moreover Furthermore Instead
    Also After Before Since While Although Though Because If As Once Unless Until
    In On At For From With Without During Despite According Among Under Over
    Some Many Most More Much Other Others Another Each Every Both Either Neither Such
    All Any No None Several Few One Two Three
    Is Are Was Were Be Being Been Has Have Had Do Does Did Can Could Will Would Shall Should
    May Might Must
    Today Yesterday Tomorrow Tonight Earlier Later Last Next Thousands Millions Hundreds
    """.split()
)
"""Capitalised words that typically open a sentence (function words, not names)."""

#: Words after a time of day that continue the sentence ("at 9 a.m. Thursday", "5 p.m. EST").
AFTER_TIME: frozenset[str] = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    GMT UTC BST CET CEST EET EEST MSK IST ICT SGT HKT JST KST AEST AEDT
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT
    """.split()
)
"""Words that continue a sentence after "a.m."/"p.m.": weekdays, months, time zones."""

#: Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith went ...").
TIME_PREPOSITIONS: frozenset[str] = frozenset(
    "at by after before from until till around about since by near".split()
)
"""Prepositions that can open a short time phrase at the start of a sentence."""

#: Characters that mark an item of a bulleted list.
BULLETS: str = "•⁃▪◦‣●■▸►"
"""Bullet characters: each one preceded by white space starts a new unit."""
