"""Verbs of saying: data, no logic."""

from __future__ import annotations

#: Verbs of saying, lower-case: they name the speaker of a quotation ("Putin said", "said the
#: minister") and keep an attribution in the sentence of its quotation ("?” Putin asked.").
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say asked asks added adds told tells wrote writes replied replies
    answered answers continued continues explained explains insisted insists noted notes
    stressed stresses declared declares tweeted tweets posted posts shouted shouts
    recalled recalls warned warns argued argues claimed claims countered counters
    remarked remarks observed observes quipped quips laughed joked jokes wondered wonders
    stated states concluded urged vowed announced acknowledged admitted asserted
    emphasised emphasized underlined highlighted
    """.split()
)
"""Verbs that introduce or close an attribution: the sentence splitter and the speaker finder read this one list."""

#: Verbs of saying whose object is the listener, never the speaker: "Corrigan told the
#: Courier", "she tells reporters" (a quotation is not closed by "told the minister").
ADDRESSEE_VERBS: frozenset[str] = frozenset({"told", "tells"})

#: Listeners a verb of telling names before what it tells, lower-case: "told reporters the road
#: would reopen", "told MPs that ...". A listener named by a capitalised name ("told the BBC",
#: "told Reuters") is read by rule.
LISTENERS: frozenset[str] = frozenset(
    """
    reporters journalists the press media newsmen correspondents viewers listeners readers us me him her
    them you mps lawmakers legislators senators parliament councillors councilors colleagues staff
    employees workers supporters residents parents families court jury judge tribunal inquiry committee
    hearing the a an
    """.split()
)

#: Verbs that give a thing someone's words for it: the subject is the speaker of the quoted
#: words after them ("The coach called the decision \"a disgrace\"", "Police described the
#: attack as \"cowardly\"").
CHARACTERISING_VERBS: frozenset[str] = frozenset(
    """
    called calls described describes branded brands dubbed dubs labelled labeled labels termed terms
    hailed hails denounced denounces slammed slams
    """.split()
)
