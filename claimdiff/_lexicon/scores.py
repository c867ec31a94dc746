"""Words that make two numbers one score or one vote tally ("won 3-2", "a 7-2 vote"): data, no logic.

:mod:`claimdiff.claims.quantities` reads "3-2", "3–2", "7 to 2", "five to two" and "three
goals to two" as one reading with two tallies when these words stand next to it (or, for
digits joined by a dash with the larger tally first, anywhere in the sentence). Keys are
lower-case.
"""

from __future__ import annotations

#: Words just before a score (up to three tokens before it): "won 3-1", "beat Castlegate 3-2",
#: "voted 7-2", "ruled five to two", "by a vote of 7 to 2", "the final score was 3-2".
SCORE_BEFORE: frozenset[str] = frozenset(
    """
    won win wins winning beat beats beaten beating defeated defeat defeats defeating lost lose
    loses losing drew draw draws drawn tied tie ties led lead leads leading trailed trail trails
    trailing edged edge edges thrashed thrash routed rout crushed crush downed stunned stun
    stuns hammered thumped overcame outscored
    voted vote votes voting ruled rule rules ruling split splits passed pass passes approved
    approve approves rejected reject rejects upheld uphold backed carried decided
    ended end ends finished finish score scored scoreline tally margin result
    """.split()
)

#: Words just after a score: "a 3-2 win", "the 7-2 vote", "a 5-2 decision", "a 1-0 lead".
SCORE_AFTER: frozenset[str] = frozenset(
    """
    win wins victory victories defeat defeats loss losses draw draws lead leads advantage
    deficit scoreline score result results margin triumph thrashing rout success home away
    aggregate vote votes decision decisions ruling rulings majority majorities verdict split
    count tally ballot
    """.split()
)

#: Nouns between the two tallies: "three goals to two", "by 7 votes to 2", "six points to four".
SCORE_NOUNS: frozenset[str] = frozenset(
    """
    goal goals point points run runs vote votes set sets game games try tries frame frames
    wicket wickets seat seats
    """.split()
)

#: Words anywhere in the sentence that make digits joined by a dash, larger tally first, a
#: score ("Ashbury's 3-2 over Castlegate in the final", "the court's 6-3 opinion").
SCORE_CONTEXT: frozenset[str] = SCORE_BEFORE | SCORE_AFTER | frozenset(
    """
    goal goals match matches game games final finals halftime penalty penalties minute minutes
    league cup championship tournament season points
    inning innings set sets frame frames fixture derby scorer striker keeper goalkeeper
    court justices judges jury jurors council councillors councilors committee board senate
    senators parliament assembly ballot motion bill members panel referendum opinion
    """.split()
)

#: Words near a score that make it a vote tally rather than a game's score (the claim's unit).
TALLY_WORDS: frozenset[str] = frozenset(
    """
    vote votes voted voting ballot ballots ruled ruling rulings decision verdict majority
    passed approved rejected upheld split court justices judges jury jurors council
    councillors councilors committee board senate senators parliament assembly motion bill
    members panel referendum opinion
    """.split()
)

#: Words just before two numbers joined by a dash that make them a label or a span, never a
#: score: "Section 5-2", "pages 12-4", "ages 9-5", "Route 66-1".
NOT_SCORE_BEFORE: frozenset[str] = frozenset(
    """
    section sections article articles clause clauses chapter chapters paragraph paragraphs page
    pages rule rules room rooms route gate gates platform platforms exit no number nos figure
    figures table tables verse verses psalm grade grades age ages aged size sizes model models
    flight line lines highway interstate from between
    """.split()
)

#: Words just after two numbers joined by a dash that make them odds or shares, never a score:
#: "a 50-50 chance", "the 4-1 favourite", "a 60-40 joint venture".
NOT_SCORE_AFTER: frozenset[str] = frozenset(
    """
    chance chances odds shot favourite favorite outsider bet ratio mix proposition venture
    partnership ownership stake
    """.split()
)
