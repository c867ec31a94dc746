"""Words that name what a date dates: the event of "filed in 2021" or "the hearing on May 27".

Data only; :mod:`claimdiff.align._events` reads it. Each canonical event lists the verbs
(as lemmas, inflected through :data:`VERB_FORMS`), the nouns (singular; a plural in -s or
-es is read too) and the phrases news copy uses for it. A phrase is a sequence of words whose
first word is a lemma or a plain word; determiners and possessives may stand between its
words ("brought a suit", "appear before the magistrates"). Built from the general vocabulary
of news (courts, politics, business, sport, disasters, crime, space), not from any one story.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Craft of the phrases of accidents: "the ferry sank", "the bus overturned", "the plane came down".
_VESSELS = ("ferry", "boat", "ship", "vessel", "dinghy", "trawler", "yacht", "tanker", "barge", "canoe", "raft")
_VEHICLES = ("bus", "coach", "minibus", "lorry", "truck", "car", "van", "train", "tram")
_AIRCRAFT = ("plane", "aircraft", "jet", "airliner", "helicopter")
_STORMS = ("storm", "hurricane", "typhoon", "cyclone")
#: Structures of the phrases of a collapse: "the span dropped", "the roof fell in", "the crane toppled".
_STRUCTURES = (
    "bridge", "span", "roof", "ceiling", "building", "tower", "wall", "balcony", "stand", "grandstand", "crane",
    "scaffolding", "dam", "embankment", "walkway", "footbridge", "overpass", "flyover", "viaduct", "chimney",
)

#: Canonical event -> verbs (lemmas), nouns and phrases that name it.
EVENTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # space, transport
    "launch": (
        "launch", "liftoff", "lift-off", "blastoff", "blast-off", "lift off", "blast off", "roar off", "depart",
        "departure", "takeoff", "take-off", "take off", "set sail", "set off",
    ),
    "arrival": ("arrive", "arrival"),
    # a flight sent to land elsewhere lands there: "diverted to Porto late on Monday"
    "landing": (
        "landing", "landed", "touchdown", "splashdown", "touch down", "splash down", "divert", "diversion",
        "emergency landing", "forced landing",
    ),
    # a craft or a line put to use: "entered service in 2014", "joined the fleet eight years ago"
    "entry into service": (
        "enter service", "come into service", "go into service", "put into service", "bring into service",
        "join the fleet", "enter the fleet", "take delivery", "maiden voyage", "maiden flight",
    ),
    # a storm reaching land: "made landfall on Sunday", "came ashore overnight"
    "landfall": (
        "landfall", "come ashore", "move ashore", "roar ashore", "slam ashore", "hit land", "tornado touch down",
        "twister touch down",
        *(f"{storm} {hit}" for storm in _STORMS for hit in ("hit", "strike", "batter", "lash", "slam into")),
    ),
    # courts and crime
    "court appearance": (
        "arraign", "arraignment", "appearance", "appear in court", "appear before", "appear at court",
        "court date", "court appearance", "due in court", "due before", "face magistrates", "face a judge",
        "face court", "in the dock",
    ),
    "filing": (
        "file", "lodge", "sue", "filing", "lawsuit", "suit", "class action", "legal action", "legal challenge",
        "suit bring", "lawsuit bring", "action bring", "claim bring", "case bring", "bring suit", "bring a suit",
        "bring a lawsuit", "bring a case",
        "bring a claim", "bring a challenge", "bring an action", "launch a lawsuit", "launch a suit",
        "launch a legal challenge", "launch legal action", "take legal action",
    ),
    "ruling": (
        "rule", "ruling", "decide", "decision", "verdict", "judgment", "judgement", "uphold", "affirm", "overturn",
        "quash", "acquit", "acquittal", "convict", "conviction", "strike down", "throw out", "guilty",
    ),
    # a plea is its own day: "pleaded guilty on Monday" is not the verdict
    "plea": ("plead", "plea", "pled", "plead guilty", "plead not guilty", "pled guilty", "pled not guilty"),
    "sentencing": ("sentence", "sentencing", "jail", "imprison"),
    # a jury sent out: "the jury began deliberating on Monday", "jurors retired to consider their verdict"
    "deliberation": (
        "deliberate", "deliberation", "retire to consider", "retire to consider verdict", "send out the jury",
    ),
    # kept in custody by a court: "remanded in custody on Friday", "refused bail"
    "remand": ("remand", "refuse bail", "deny bail"),
    "hearing": ("hearing", "session", "inquest"),
    "trial": ("trial", "retrial"),
    "arrest": ("arrest", "detain", "detention", "apprehend", "take into custody", "nab", "round up"),
    # a prisoner who got away: "two inmates escaped on Monday night", "broke out of jail"
    "escape": (
        "escape", "escapee", "jailbreak", "breakout", "abscond", "break out of", "go on the run",
        *(f"{who} break out" for who in ("prisoner", "inmate", "convict", "detainee")),
    ),
    # finding out that something happened: "the breach was detected on Sunday", "staff noticed
    # the cells were empty at 7am", "the alarm was raised at 5.45am"
    "discovery": (
        "discover", "discovery", "detect", "detection", "notice", "spot", "alarm", "raise the alarm",
        "sound the alarm", "alarm be raise", "alarm be sound", "come to light", "come to attention",
        # a body or a wreck found: "the body was found on Monday", "divers found the wreckage"
        *(f"{what} be {act}" for what in ("body", "remains", "wreckage") for act in ("find", "recover", "locate")),
        "find body", "find remains", "find wreckage", "locate wreckage", "recover body",
    ),
    "charge": (
        "charge", "indict", "indictment", "file charge", "bring charge", "press charge", "lay charge",
    ),
    "release": ("release", "free", "bail", "without charge", "walk free"),
    "kidnapping": (
        "kidnap", "kidnapping", "abduct", "abduction", "seize", "seizure", "snatch", "take hostage",
        "take captive", "capture", "hijack", "hijacking", "commandeer",
    ),
    # a gun or knife attack ("attack" alone is every strike of a war): "gunmen opened fire on Tuesday"
    "attack": (
        "shooting", "stabbing", "massacre", "ambush", "open fire", "gun down", "knife attack", "gun attack",
        "mass shooting", "shooting spree", "rampage",
    ),
    "extradition": ("extradite", "extradition"),
    "deportation": ("deport", "deportation"),
    "surrender": (
        "surrender", "hand himself in", "hand herself in", "turn himself in", "turn herself in", "give himself up",
        "give herself up",
    ),
    "raid": (
        "raid", "ram-raid", "burgle", "burglarize", "burglary", "rob", "robbery", "heist", "break-in", "stormed",
        "break in", "break into", "smash into", "smash through", "hold-up",
    ),
    # politics, institutions, business
    "vote": (
        "vote", "ballot", "approve", "approval", "pass", "passage", "adopt", "adoption", "ratify",
        "ratification", "referendum", "reject", "rejection", "veto",
        # a bill put to a chamber: "the bill goes before parliament on March 10"
        "go before parliament", "come before parliament", "go before congress", "come before congress",
        "go before the senate", "come before the senate", "go before the assembly", "come before the assembly",
        "go before lawmakers", "go before legislators", "go before mps", "go to a vote", "come to a vote",
        "put to a vote", "polls close", "polls open", "polling station",
    ),
    # a bill that becomes an act: "received royal assent", "signed the bill into law"
    "enactment": ("become law", "royal assent", "into law", "enact", "enactment"),
    "election": ("election", "elect", "go to the polls", "head to the polls", "polling day"),
    "results": ("result", "certify", "certification", "tally"),
    "meeting": ("meet", "meeting", "summit", "conference", "convene", "gathering"),
    "visit": ("visit", "trip", "tour"),
    "talks": ("talks", "negotiation", "negotiate", "mediate", "mediation"),
    "signing": (
        "sign", "signing", "ink", "seal", "sign off", "strike a deal", "strike an agreement", "put pen to paper",
    ),
    "ceasefire": ("ceasefire", "cease-fire", "truce", "armistice", "cease fire"),
    "announcement": ("announce", "announcement", "unveil", "unveiling", "disclose", "publish", "publication"),
    "appointment": (
        "appoint", "appointment", "hire", "nominate", "inaugurate", "inauguration", "swear in", "take office",
        "assume office", "take up the post", "take up the role",
    ),
    "resignation": ("resign", "resignation", "quit", "step down", "stand down", "step aside"),
    # a place opened to all, and one opened again: "the bridge opened to traffic on May 1"
    "opening": (
        "open to the public", "open to traffic", "open to visitors", "open to passengers", "open its doors",
        "open their doors", "throw open", "grand opening", "official opening",
    ),
    "reopening": ("reopen", "reopening"),
    # a company's shares first sold to the public: "floated on the stock market in May", "its IPO"
    "listing": (
        "ipo", "flotation", "initial public offering", "market debut", "stock market debut",
        "float on the stock market", "float on the stock exchange", "list its shares",
    ),
    "founding": ("found", "founding", "establish", "establishment", "incorporate", "set up", "formation"),
    "cut": ("cut", "reduction", "rate cut"),
    "rate hike": ("hike", "rate rise", "rate increase"),
    "recall": ("recall",),
    # (not the bare "ship": in news it is most often a vessel, "the ship hit rocks on Sunday")
    "shipping": ("shipped", "shipment", "shipping", "deliver", "delivery", "dispatch", "mail", "send out", "roll out"),
    "strike": ("strike", "walkout", "stoppage", "walk out", "down tools", "industrial action"),
    "protest": ("protest", "rally", "demonstration", "demonstrate", "sit-in"),
    "evacuation": ("evacuate", "evacuation"),
    # disasters and accidents
    "quake": ("quake", "earthquake", "tremor", "temblor", "jolt", "struck"),
    "aftershock": ("aftershock",),
    "eruption": ("erupt", "eruption"),
    "crash": (
        "crash", "collide", "collision", "derail", "derailment", "accident", "wreck", "leave the tracks",
        "jump the tracks", "come off the rails", "go off the rails", "run aground",
        # a system or a structure that fails: "the systems went down", "the wall gave way"
        "outage", "breakdown", "break down", "malfunction", "go down", "go offline", "go dark", "collapse",
        "give way", "cave in", "blackout", "power cut", "power failure", "lose power",
        # a vessel lost ("sank" alone is left out: shares and hopes sink too, so a vessel sinks)
        "capsize", "shipwreck", "keel over", "turn turtle", "founder", "sinking of", "hit rocks", "strike rocks",
        "hit a reef", "strike a reef", "hit an iceberg",
        *(f"{vessel} sink" for vessel in _VESSELS),
        # a vehicle that overturns ("overturn" alone is a court's)
        *(f"{vehicle} overturn" for vehicle in (*_VESSELS, *_VEHICLES)),
        *(f"{vehicle} flip over" for vehicle in _VEHICLES),
        *(f"{craft} come down" for craft in _AIRCRAFT),
        # a structure that comes down, however it is said ("fall" and "drop" alone are prices' too)
        *(f"{structure} {fall}" for structure in _STRUCTURES
          for fall in ("fall", "drop", "come down", "crumble", "topple", "plunge", "give way", "fall in")),
        "crash-land", "crash land", "pile-up", "pileup", "plough into", "plow into", "slam into", "career off",
    ),
    "explosion": (
        "explode", "explosion", "blast", "detonate", "detonation", "bombing", "blow up", "go off",
        # how witnesses hear one: "a deep boom just after 4 p.m."
        "loud bang", "loud boom", "deep boom", "huge bang", "huge boom", "loud explosion",
    ),
    # a check of a site, a craft or a part: "last inspected in November"
    "inspection": ("inspect", "inspection", "safety check", "safety inspection", "spot check"),
    "fire": (
        "blaze", "wildfire", "bushfire", "inferno", "catch fire", "fire break out", "fire start", "fire begin",
        "go up in flames", "engulf", "burn down", "blaze erupt", "fire erupt",
        *(f"{fire} {move} through" for fire in ("fire", "blaze", "flames") for move in ("rip", "tear", "sweep")),
    ),
    # a river or a sea over its banks ("flood" alone is every flood warning and defence)
    "flood": (
        "burst banks", "overflow", "inundate", "flash flood", "river flood", "floodwaters", "flood-hit",
        *(f"{flood} {move}" for flood in ("flood", "flooding") for move in ("hit", "strike", "sweep")),
    ),
    "outbreak": ("outbreak", "diagnose", "diagnosis", "fall ill", "infect", "infection"),
    "death": ("die", "death", "pass away"),
    # someone who went missing: "vanished on Wednesday", "was last seen on Tuesday"
    "disappearance": ("disappear", "disappearance", "vanish", "go missing", "last seen", "last sighting"),
    "birth": ("born", "birth", "give birth"),
    # (not "wed", also Wednesday's abbreviation, nor "bury": people are buried under rubble)
    "wedding": ("wedding", "marry", "marriage", "tie the knot"),
    "funeral": ("funeral", "burial", "cremation", "cremate", "memorial service", "lay to rest"),
    # sport, culture
    "match": ("match", "game", "fixture", "kickoff", "kick-off", "kick off", "bout"),
    "win": (
        "win", "victory", "triumph", "title", "success", "crowned", "championship", "lift the trophy", "lift the cup",
    ),
    "ceremony": ("ceremony", "awards", "gala", "premiere", "prize-giving", "award ceremony"),
    # a message sent: "told staff in an email on Tuesday", "in a memo sent on Monday evening",
    # "a letter dated 3 May" (what was said in it is dated by the message, not by a statement)
    "message": ("email", "e-mail", "memo", "memorandum", "letter", "text message", "voicemail"),
    # statements: they date when someone spoke, which sources rarely tell alike
    "statement": ("say", "tell", "stated", "statement", "comment", "remark", "speak", "interview"),
})

#: Phrases that hold an event word but name no event: "no sign of", "has not ruled out", "in
#: charge of", "meet demand". Read before :data:`EVENTS`, so their words date nothing.
NOT_EVENTS: tuple[str, ...] = (
    "sign of", "no sign", "rule out", "as a rule", "in charge", "free of charge", "charge of", "meet demand",
    "meet expectations", "meet the target", "meet targets", "meet the deadline", "matched", "strike a balance",
    "rank and file", "press release", "news release", "win-win", "open letter",
)

#: Phrases that hold a phase word but name no beginning or end: "close to", "end up".
NOT_PHASES: tuple[str, ...] = (
    "close to", "close ally", "close friend", "close race", "close vote", "end up", "open to", "open question",
    "open letter", "in the open", "start-up", "startup",
)

#: Verbs in -ed that say an event took place, or how it struck, and name no other: they leave
#: the date to the event word before them ("the explosion happened at 9 a.m.", "the blast
#: ripped through the plant at 11 a.m."), where another verb would govern it.
HAPPENED: frozenset[str] = frozenset({
    "occurred", "happened", "unfolded", "ripped", "rocked", "jolted",
})

#: Events that only keep apart what they do not name: two dates of statements ("said on
#: Tuesday") are no evidence of one event, so they never link across unaligned sentences.
WEAK_EVENTS: frozenset[str] = frozenset({"statement"})

#: Capitalised words that name no one, so tell nothing of who acted: titles and ranks, which
#: two different people share ("President Biden" / "President Putin").
NOT_ACTORS: frozenset[str] = frozenset(
    {
        "president", "prime", "minister", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "judge", "justice",
        "governor", "senator", "king", "queen", "prince", "princess", "general", "chancellor", "mayor",
        "councilmember", "councillor", "secretary", "inspector", "detective", "sergeant", "officer", "chief",
        "captain", "coach", "manager", "chairman", "chairwoman", "chair", "director", "professor", "pope",
        "ambassador", "commissioner", "superintendent", "constable", "colonel", "lieutenant", "deputy", "vice",
    }
)

#: Words that say a date is where something began or ended, not the event itself ("the strike
#: began on Monday", "the offer expires on Friday"); verbs as lemmas.
PHASES: Mapping[str, str] = MappingProxyType({
    "begin": "begin", "start": "begin", "open": "begin", "commence": "begin", "resume": "begin",
    "beginning": "begin", "opening": "begin", "outset": "begin", "kick off": "begin",
    "take effect": "begin", "come into force": "begin", "come into effect": "begin", "effective": "begin",
    "end": "end", "close": "end", "expire": "end", "expiry": "end", "expiration": "end", "finish": "end",
    "conclude": "end", "conclusion": "end", "lapse": "end", "run out": "end", "wrap up": "end",
    "deadline": "end", "closure": "end", "shut": "end", "shut down": "end", "close down": "end",
    "shutter": "end",
})

#: Prepositions at the head of a date that make it a beginning or an end: "has held since
#: March 2023", "ships from July 14", "runs until December".
PHASE_PREPOSITIONS: Mapping[str, str] = MappingProxyType({
    "since": "begin", "from": "begin", "until": "end", "till": "end",
})

#: Words of where an event happened, between its word and its date, that do not count
#: towards the reach of the date (:data:`claimdiff.align._events.EVENT_REACH`): "capsized about
#: 40 nautical miles south of the island of X early on Tuesday" dates the capsizing. Place
#: prepositions, compass points, distances and their units, and the nouns of places; figures
#: and names do not count either.
PLACE_PHRASE_WORDS: frozenset[str] = frozenset(
    {
        "in", "off", "near", "at", "of", "from", "outside", "inside", "along", "across", "beyond", "close",
        "nearby", "to", "the", "a", "an", "its", "their", "about", "some", "around", "roughly", "nearly",
        "almost", "just", "approximately", "more", "than", "less",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
        "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "central",
        "mile", "miles", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "nautical", "metre",
        "metres", "meter", "meters", "feet", "foot", "ft", "yard", "yards",
        "island", "islands", "coast", "coastline", "shore", "shores", "town", "village", "city", "port",
        "harbour", "harbor", "border", "province", "county", "region", "district", "state", "bay", "cape",
        "river", "lake", "sea", "seas", "waters", "area", "outskirts", "suburb", "suburbs", "capital",
    }
)

#: Words left between the words of a phrase: "brought *a* suit", "appear before *the* magistrates".
PHRASE_FILLERS: frozenset[str] = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "new", "first", "legal"}
)

#: Verb lemma -> the forms read for it (irregular verbs, doubled consonants, and verbs whose
#: bare form is another word: "found" is also the past of "find", so only "founded" is read).
#: A word of :data:`EVENTS` or :data:`PHASES` missing here is read as written, plus its regular
#: -s, -es, -ed and -ing forms.
VERB_FORMS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "be": ("be", "is", "are", "was", "were", "been", "being"),
    "begin": ("begin", "begins", "began", "begun", "beginning"), "bring": ("bring", "brings", "brought", "bringing"),
    "blow": ("blow", "blows", "blew", "blown", "blowing"), "break": ("break", "breaks", "broke", "broken", "breaking"),
    "catch": ("catch", "catches", "caught", "catching"), "come": ("come", "comes", "came", "coming"),
    "cut": ("cut", "cuts", "cutting"), "fall": ("fall", "falls", "fell", "fallen", "falling"),
    "go": ("go", "goes", "went", "gone", "going"), "hit": ("hit", "hits", "hitting"),
    "lay": ("lay", "lays", "laid", "laying"),
    "hold": ("hold", "holds", "held", "holding"), "leave": ("leave", "leaves", "left", "leaving"),
    "meet": ("meet", "meets", "met", "meeting"), "quit": ("quit", "quits", "quitting"),
    "shut": ("shut", "shuts", "shutting"),
    "run": ("run", "runs", "ran", "running"), "say": ("say", "says", "said", "saying"),
    "send": ("send", "sends", "sent", "sending"), "set": ("set", "sets", "setting"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"), "stand": ("stand", "stands", "stood", "standing"),
    "strike": ("strike", "strikes", "striking"), "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "take": ("take", "takes", "took", "taken", "taking"), "tell": ("tell", "tells", "told", "telling"),
    "throw": ("throw", "throws", "threw", "thrown", "throwing"), "win": ("win", "wins", "won", "winning"),
    # doubled consonants
    "plan": ("plan", "plans", "planned", "planning"), "rob": ("rob", "robs", "robbed", "robbing"),
    "kidnap": ("kidnap", "kidnaps", "kidnapped", "kidnapping", "kidnaped", "kidnaping"),
    "spot": ("spot", "spots", "spotted", "spotting"),
    "become": ("become", "becomes", "became", "becoming"),
    "step": ("step", "steps", "stepped", "stepping"),
    "wrap": ("wrap", "wraps", "wrapped", "wrapping"), "nab": ("nab", "nabs", "nabbed", "nabbing"),
    "flip": ("flip", "flips", "flipped", "flipping"),
    "drop": ("drop", "drops", "dropped", "dropping"), "slam": ("slam", "slams", "slammed", "slamming"),
    "rip": ("rip", "rips", "ripped", "ripping"), "tear": ("tear", "tears", "tore", "torn", "tearing"),
    "find": ("find", "finds", "found", "finding"), "give": ("give", "gives", "gave", "given", "giving"),
    "plead": ("plead", "pleads", "pleaded", "pleading"), "put": ("put", "puts", "putting"),
    "overflow": ("overflow", "overflows", "overflowed", "overflowing"),
    "sink": ("sink", "sinks", "sank", "sunk", "sinking"),
    # a bare form that is another word: "rules" is a noun, "found" also the past of "find"
    "rule": ("rule", "ruled", "ruling"), "found": ("founded", "founding"),
})
