"""Words that credit what a sentence tells to a source: verbs of saying and finding, the nouns of
reports, studies and figures, and the frames that name their author. Data, no logic.

:mod:`claimdiff.claims.sources` reads them to split a sentence into who is credited and what
they are credited with ("A study by Oxford University found ..." -> "Oxford University").
"""

from __future__ import annotations

from .speech import CHARACTERISING_VERBS, SPEECH_VERBS

#: Verbs that credit the words after them to their subject, lower-case: every verb of saying,
#: the verbs that give a thing someone's words for it, and the verbs of finding, showing,
#: estimating and forecasting that reports, studies, polls and figures take.
CREDIT_VERBS: frozenset[str] = (
    SPEECH_VERBS
    | CHARACTERISING_VERBS
    | frozenset(
        """
        found finds showed shows show suggested suggests indicated indicates revealed reveals
        estimated estimates estimate forecast forecasts predicted predicts projected projects
        expects expect expected reported reports confirmed confirms announces alleged alleges
        accused accuses blamed blames concluded concludes put puts issued issues published
        publishes released releases disclosed discloses
        """.split()
    )
)

#: Nouns of what a body or a person puts out: a report, a study, a poll, figures, a memo, a
#: warning, lower-case. They are no part of the source's name ("Oxford University's study",
#: "ONS figures", "a YouGov poll").
REPORT_NOUNS: frozenset[str] = frozenset(
    """
    study studies report reports survey surveys poll polls polling research data figures figure
    statistics stats numbers estimate estimates estimation forecast forecasts projection
    projections analysis analyses review reviews audit audits memo memos memorandum letter letters
    statement statements findings paper papers inquiry investigation assessment census count
    tally model modelling modeling warning warnings notice bulletin briefing document documents
    researchers scientists experts analysts economists study's report's
    """.split()
)

#: Nouns of one who speaks for a body: "a spokesperson for the ministry" is the ministry,
#: "a police spokesman" the police, lower-case.
SPOKES_NOUNS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
    representatives official officials source sources aide aides
    """.split()
)

#: Words after which a source's own name follows, lower-case: "a study by X", "figures from X",
#: "researchers at X", "a group calling itself X", "a faction known as X".
SOURCE_MARKERS: frozenset[str] = frozenset({"by", "from", "at", "itself", "as", "named"})

#: Words that open a phrase set before the speaker ("In a letter to parents, the head said ..."),
#: lower-case: the phrase belongs to what is told, not to who tells it.
OPENING_WORDS: frozenset[str] = frozenset(
    """
    in on at during after before speaking writing addressing asked interviewed later earlier
    """.split()
)

#: Plural and common nouns that describe a source without naming it, lower-case: a sentence
#: may open with one capitalised ("Police said", "Organisers estimated"), and it is no name.
SOURCE_NOUNS: frozenset[str] = frozenset(
    """
    police organisers organizers officials witnesses residents neighbours neighbors locals
    villagers rescuers firefighters doctors nurses medics paramedics investigators prosecutors
    detectives officers authorities analysts experts scientists researchers campaigners
    activists protesters survivors relatives families parents owners staff workers employees
    passengers victims observers monitors militants rebels troops soldiers army navy
    coastguard
    """.split()
)

#: Words that name no one as a source: pronouns. A source that is only these is unknown.
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i", "you"})

#: Small words dropped before two sources are compared ("the University of Oxford" / "Oxford
#: University"), lower-case.
SOURCE_FILLERS: frozenset[str] = frozenset(
    """
    the a an one of for and its his her their our local
    """.split()
)

#: People who speak for no body, lower-case: a witness and the police are two sources, where a
#: minister and the ministry, or a coach and the club, may be one.
LAY_SOURCES: frozenset[str] = frozenset(
    """
    witness witnesses eyewitness eyewitnesses resident residents neighbour neighbours neighbor neighbors villager
    villagers survivor survivors passenger passengers victim victims relative relatives bystander
    bystanders onlooker onlookers local locals shopper shoppers motorist motorists parent parents
    family families farmer farmers shopkeeper shopkeepers landlord tenant tenants customer customers
    fisherman fishermen commuter commuters pedestrian pedestrians
    """.split()
)

#: Words that open a clause about a source after its name ("Dr Priya Shah, who led the study"),
#: lower-case: the clause describes the source and is no part of its name.
RELATIVE_WORDS: frozenset[str] = frozenset({"who", "whose", "which", "where"})

#: Nouns of a speaker any office or body may have, lower-case: "a police officer" may be
#: "Sergeant Ana Lopes", "officials" the governor, "a senior source" the minister.
GENERIC_SOURCE_NOUNS: frozenset[str] = frozenset(
    """
    officer officers official officials source sources aide aides worker workers member members
    staff employee employees representative representatives spokesman spokeswoman spokesperson
    spokespeople spokesmen spokeswomen authorities
    """.split()
)

#: Words that only grade or count a generic source ("a senior official", "two local sources"),
#: lower-case.
GENERIC_QUALIFIERS: frozenset[str] = frozenset(
    "local senior top unnamed anonymous some several one two three".split()
)

#: Lay people who are only where it happened, lower-case: "a resident" and "a neighbour", "an
#: eyewitness" and "a passenger" may be one person; "the landlord" and "a tenant" are two.
BYSTANDERS: frozenset[str] = frozenset(
    """
    witness witnesses eyewitness eyewitnesses resident residents neighbour neighbours neighbor
    neighbors local locals villager villagers onlooker onlookers bystander bystanders shopper
    shoppers motorist motorists commuter commuters pedestrian pedestrians
    """.split()
)

#: Words of when a source spoke, lower-case: no part of who it is ("a US embassy statement this
#: week", "a statement earlier in the week").
SOURCE_TIME_WORDS: frozenset[str] = frozenset(
    """
    this last next earlier later week weeks weekend month months year years today yesterday
    tonight morning afternoon evening night recently previously
    """.split()
)

#: Owners a person may speak for the body of, lower-case: "the town's mayor" may speak for the
#: council, "the country's president" for the government; "the building's owner" does not
#: speak for the fire brigade.
PUBLIC_OWNERS: frozenset[str] = frozenset(
    """
    town city country state nation region county village province district island borough
    capital government administration republic kingdom
    """.split()
)
