"""Roles of names: the words around a name that say what part it plays. Data only.

:mod:`claimdiff.claims.roles` reads a name's *role* from these lists: "launched from X",
"lifted off from X" and "the launch from X" make X the site of a launch; "brokered by X" and
"X mediated" make X the mediator; "X finished third" and "third place went to X" give X the
third place; "Lars Moen, an economist at X" and "X economist Lars Moen" make X Moen's
employer. Two sources that fill one role with different names disagree.

Every word form is case-folded and written out (no stemming); a form of several words is
read as a run of words. The lists come from the general vocabulary of news reports, in
British and American spelling.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from . import relations

#: Events that happen at a place: event -> the words that name it. A name after a place
#: preposition (:data:`PLACE_PREPOSITIONS`) a few words after one of them is where the event
#: happened: "derailed near X", "left the tracks at 6:42 a.m. near X", "published in X".
PLACE_EVENTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "launch": (
            "launch", "launched", "launches", "launching", "lifted off", "lifts off", "lift off", "liftoff",
            "lift-off", "blasted off", "blasts off", "blast off", "blastoff", "roared off", "off the pad",
            "launch pad", "launchpad", "launch site", "launch complex", "took off", "takes off", "take-off",
            "takeoff", "its pad", "the pad",
        ),
        "crash": (
            "derailed", "derail", "derails", "derailment", "crashed", "crash", "crashes", "collided",
            "collision", "overturned", "capsized", "sank", "ran aground", "went down", "came down",
            "left the tracks", "jumped the tracks", "came off the tracks", "left the rails", "jumped the rails",
            "came off the rails", "went off the rails", "went off the road", "came off the road", "left the road",
            "plunged",
            # a vehicle leaving the road: "rolled into a field near X", "veered off the road outside X"
            "rolled into", "rolled down", "rolled over", "rolled onto", "veered off", "skidded off", "spun off",
            "careered off", "careered into", "ploughed into", "plowed into", "smashed into", "slammed into",
            "plunged into", "toppled over", "tipped over", "flipped over", "flipped onto",
            "accident", "wreck", "wreckage", "crash site", "ditched",
        ),
        "quake": (
            "epicentre", "epicenter", "epicentred", "epicentered", "centred", "centered", "quake", "earthquake",
            "tremor", "temblor", "struck", "landfall", "came ashore",
        ),
        "production": (
            "manufactured", "manufactures", "manufacturing", "produced", "produces", "assembled", "assembles",
            "made", "makes", "built", "builds",
        ),
        "closure": (
            "close", "closes", "closing", "closure", "closures", "closed", "shut", "shuts", "shutting",
            "shutdown", "shut down", "shuts down", "shutting down", "shutter", "shutters", "shuttered",
            "shuttering", "wind down", "winding down", "mothball", "mothballed",
        ),
        "opening": ("open", "opens", "opening", "opened"),
        "talks": ("talks", "summit", "negotiations", "negotiated", "peace talks", "held talks", "summit meeting"),
        "robbery": (
            "robbery", "robbed", "raid", "raided", "heist", "burglary", "burgled", "burglarized", "smash-and-grab",
            "break-in", "ram-raid",
        ),
        "attack": ("attack", "attacked", "shooting", "stabbing", "bombing", "ambush", "ambushed", "gunfire"),
        "fire": (
            "fire broke out", "blaze", "blazes", "explosion", "exploded", "blast", "gas leak", "went up in flames",
            "caught fire", "inferno", "fire started", "fire began", "fire erupted", "fire tore through",
            "fire swept through",
        ),
        "outbreak": ("outbreak", "outbreaks", "cluster of cases"),
        "landing": ("landed", "landing", "touched down", "emergency landing", "crash-landed"),
        "publication": ("published", "publishes", "publish", "writing"),
        "departure": ("departed", "departs", "departing", "set off", "set sail", "sailed"),
        "destination": (
            "bound", "heading", "headed", "en route", "destined", "sailing", "flying", "travelling", "traveling",
        ),
        # where a march, a race or a journey ended: "the march ended at X", "finished outside X"
        "finish": (
            "ended", "ends", "ending", "finished", "finishes", "finishing", "culminated", "culminates",
            "culminating", "wound up", "arrived", "arrives", "arriving",
        ),
        # where a journey was diverted to: not where it was bound
        "diversion": ("diverted", "diverts", "diverting", "diversion", "rerouted", "re-routed"),
        "source": ("traced", "originated"),
        # a place set up to take in people who fled or lost their homes ("housed at" is left
        # out: collections and offices are housed too)
        "shelter": (
            "rest centre", "rest center", "rest centres", "evacuation centre", "evacuation center",
            "evacuation centres", "evacuation centers", "emergency shelter", "emergency shelters",
            "evacuation shelter", "temporary shelter", "reception centre", "reception center", "relief centre",
            "relief center", "relief camp", "welfare centre", "respite centre", "warming centre", "warming center",
            "cooling centre", "cooling center", "emergency accommodation", "humanitarian assistance centre",
            "sheltering", "took shelter", "taking shelter", "sought shelter",
            "took refuge", "taking refuge", "sought refuge",
        ),
        # where people were moved to safety: "evacuated to X", "evacuees were taken by bus to X"
        "evacuation": (
            "evacuated", "evacuating", "evacuate", "evacuation", "evacuations", "evacuee", "evacuees", "airlifted",
            "relocated", "rehoused",
        ),
        "birth": ("born",),
        "death": ("died", "dies"),
        "headquarters": ("based", "headquartered", "head office", "headquarters"),
        "discovery": (
            "found", "discovered", "recovered", "located", "abandoned", "dumped", "torched", "set alight",
            "set on fire", "burnt out", "burned out", "burnt-out", "burned-out", "unearthed", "dug up",
            "excavated",
        ),
        # where someone was arrested: "the suspect was arrested in X", "police detained the man in X"
        "arrest": ("arrested", "detained", "apprehended", "caught", "captured", "recaptured"),
        # where something was signed: "the treaty was signed in X"
        "signing": ("signed", "signing", "inked"),
        # where a body or its members met: "councillors met at X", "the board will meet in X"; "the
        # meeting took place at X" keys the same role through the venue (:data:`VENUE_HELD`)
        "meeting": ("met", "meet", "meets", "meeting", "convened", "convene", "convenes"),
        # where an event was held, said of the event ("the final was played at X", "the festival
        # takes place in X"): the event's own word keys it (:data:`VENUE_HELD`)
        "venue": (
            "held", "hosted", "played", "staged", "take place", "takes place", "took place", "taking place",
            "taken place",
        ),
        # where a body moves a seat or a work, keyed by what moves (:data:`OBJECT_KEYED_EVENTS`): "will move
        # its head office from Leeds to X", "is relocating its headquarters to X" (a person's
        # "moved to X" names no thing, and no role)
        "relocation": (
            "move", "moves", "moving", "moved", "relocate", "relocates", "relocating", "relocated", "transfer",
            "transfers", "transferring", "shift", "shifts", "shifting",
        ),
        # where a disabled vessel or vehicle was towed: "a tug began towing the ship to X", "under tow to X"
        "tow": ("towed", "towing", "under tow", "taken in tow", "tow"),
        # where the hurt were treated, read only when the name is a hospital's (:data:`HOSPITALS`):
        # "the victim was taken to X Hospital", "treated at X hospital"
        "hospital": (
            "taken", "treated", "rushed", "airlifted", "flown", "admitted", "transferred", "transported",
            "brought", "hospitalised", "hospitalized", "being treated", "recovering", "stretchered",
        ),
    }
)

#: Left out on purpose, as events that happen in several places at once and name one of them
#: at a time: where the injured are treated, protests, strikes, ships docking.

#: Events whose place depends on what they happened to: "the car was found in X" and "the
#: body was found in Y" are two facts. Their role names the thing ("at:discovery:vehicle"), read
#: from the noun before a passive ("the getaway car was found") or after the verb ("police
#: found a burnt-out car in X"); without one the place has no role.
OBJECT_KEYED_EVENTS: frozenset[str] = frozenset(
    {"discovery", "leadership", "arrest", "signing", "venue", "hospital", "relocation"}
)
#: What a body moves to a new place, folded as :func:`thing_key` folds it: a relocation names a
#: place only for one of these ("moved its head office to X", "will move 300 jobs to X"), not
#: for a person or a patient moved.
#: A body's seat, however told ("head office", "headquarters", "HQ"), folds to ``headquarters``.
RELOCATED: Mapping[str, str] = MappingProxyType(
    {
        **{seat: "headquarters" for seat in ("office", "headquarter", "hq", "base", "seat")},
        **{
            thing: thing
            for thing in (
                "operation", "production", "manufacturing", "factory", "plant", "job", "staff", "team", "division",
                "unit", "department", "centre", "center", "hub", "warehouse", "depot", "store", "branch", "listing",
                "registration", "embassy", "ministry", "capital", "parliament",
            )
        },
    }
)
#: Events whose thing is itself an event of :data:`PLACE_EVENTS`, which then names the role:
#: "the summit was held in X" is where the talks were (``at:talks``), as "talks in X" is.
VENUE_HELD: frozenset[str] = frozenset({"venue"})
#: Words that make a name a hospital's, ending it or right after it ("Papworth Hospital",
#: "St Mary's Hospital", "the Royal Infirmary", "Papworth hospital").
HOSPITALS: frozenset[str] = frozenset(
    {"hospital", "infirmary", "clinic", "hospice", "medical centre", "medical center", "trauma centre",
     "trauma center", "burns unit", "children's hospital", "general hospital", "university hospital"}
)
#: Nouns of the hurt as a whole group: "the injured were taken to X Hospital" and "all of the
#: wounded were treated at X" name where all of them went (a count, "four patients were treated
#: at X", may be some of them, and names no role).
HURT_GROUPS: frozenset[str] = frozenset(
    {"injured", "wounded", "hurt", "casualties", "victims", "survivors", "patients", "rescued"}
)
#: Words for a vehicle, makes included ("the Audi was found burnt out"): what was found folds
#: to ``vehicle`` whichever a source names.
VEHICLES: frozenset[str] = frozenset(
    {
        "car", "cars", "van", "vans", "vehicle", "vehicles", "truck", "lorry", "motorbike", "motorcycle", "moped",
        "scooter", "suv", "4x4", "hatchback", "saloon", "pickup", "pick-up", "minivan", "taxi", "cab", "jeep",
        "audi", "bmw", "mercedes", "mercedes-benz", "ford", "toyota", "volkswagen", "vw", "vauxhall", "nissan",
        "honda", "range rover", "land rover", "peugeot", "renault", "fiat", "kia", "hyundai", "tesla", "volvo",
        "skoda", "škoda", "seat", "porsche", "lexus", "mazda", "citroen", "citroën", "mini", "jaguar",
        "mitsubishi", "subaru", "chevrolet", "chevy", "dodge", "chrysler", "cadillac", "buick", "gmc",
    }
)
#: Words that make the event a verdict, not a find: "found guilty in X", "found nothing".
NOT_THINGS: frozenset[str] = frozenset(
    {"guilty", "liable", "responsible", "innocent", "nothing", "anything", "something", "that", "no", "evidence",
     "he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "this", "these", "those"}
)
#: Words between a thing and its event, or after the event, that are not the thing: adverbs
#: and states ("was later found burnt out in X", "found dead in").
OBJECT_SKIPS: frozenset[str] = frozenset(
    {
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "later", "eventually",
        "subsequently", "also", "then", "finally", "since", "quickly", "soon", "reportedly", "burnt", "burned",
        "out", "abandoned", "dead", "alive", "injured", "unharmed", "safe", "dumped", "hidden", "torched",
        "burnt-out", "burned-out", "partly", "partially", "badly", "the", "a", "an", "its", "their", "his",
        "her", "stolen", "getaway",
    }
)

#: Event words that must stand right before their preposition, or before a facility noun
#: ("made in X", "made at a contract factory in X"): they have too many other senses
#: ("made an appearance in X", "struck a deal in X") to reach further.
WEAK_FORMS: frozenset[str] = frozenset(
    {"made", "makes", "built", "builds", "struck", "closed", "opened", "open", "met", "meet", "writing", "left",
     "bound", "heading", "headed", "flying", "sailing", "travelling", "traveling", "diverted", "based", "died",
     "dies", "born", "blast", "landing", "landed",
     "crash", "went down", "came down", "took off", "takes off", "ended", "ends", "ending", "finished",
     "finishes", "finishing", "culminated", "culminates", "culminating", "wound up", "arrived", "arrives",
     "arriving", "held", "hosted", "played", "staged", "caught", "captured",
     "taken", "brought", "flown", "recovering", "signing"}
)

#: Verbs of setting out whose direct object is where a journey began ("the boat left X", "the
#: ship departed X", "had left the Libyan port of X"): read only when the subject is a craft
#: (:data:`CRAFT`) or a place noun stands before the name ("left the port of X"), as people
#: leave clubs, parties and jobs too.
DEPARTURE_OBJECT_VERBS: frozenset[str] = frozenset(
    {"left", "leaves", "leave", "leaving", "departed", "departs", "depart", "departing"}
)
#: Craft that set out from a place: vessels, aircraft, trains and road vehicles, and a flight.
CRAFT: frozenset[str] = frozenset(
    {
        "boat", "boats", "ship", "ships", "ferry", "ferries", "vessel", "vessels", "dinghy", "dinghies",
        "trawler", "yacht", "tanker", "barge", "freighter", "liner", "cruise", "raft", "canoe", "lifeboat",
        "plane", "planes", "aircraft", "jet", "airliner", "helicopter", "flight", "flights", "train", "trains",
        "bus", "buses", "coach", "coaches", "minibus", "convoy", "lorry", "truck", "van", "fleet", "flotilla",
    }
)
#: Means of travel in "by X" between an act and its place ("taken by bus and ferry to X").
MEANS_OF_TRAVEL: frozenset[str] = CRAFT | frozenset(
    {"road", "air", "sea", "rail", "car", "cars", "foot", "helicopters", "boats", "ferries", "buses", "coaches",
     "ambulance", "ambulances", "taxi", "taxis"}
)
#: Words between a craft and its verb of setting out: "the boat had already left X".
DEPARTURE_GAP: frozenset[str] = frozenset(
    {"had", "has", "have", "was", "were", "already", "reportedly", "apparently", "first", "originally", "then",
     "just", "only", "recently", "earlier"}
)

#: Events whose place follows other prepositions than :data:`PLACE_PREPOSITIONS`: a launch
#: from X is a launch at X (and "launched in" is a product's market, not a launch site); a
#: study is published in a journal ("appeared at" a court is no publication).
EVENT_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "launch": frozenset({"from", "at", "off"}),
        "production": frozenset({"in", "at"}),
        "publication": frozenset({"in"}),
        "closure": frozenset({"in", "at"}),
        "opening": frozenset({"in", "at"}),
        "talks": frozenset({"in", "at"}),
        "departure": frozenset({"from"}),
        "destination": frozenset({"for", "to"}),
        "diversion": frozenset({"to"}),
        "shelter": frozenset({"at"}),
        "evacuation": frozenset({"to"}),
        "source": frozenset({"to", "at", "in"}),
        "birth": frozenset({"in"}),
        "death": frozenset({"in", "at"}),
        "headquarters": frozenset({"in"}),
        "landing": frozenset({"in", "at"}),
        "outbreak": frozenset({"in", "at"}),
        "hospital": frozenset({"to", "at", "in"}),
        "tow": frozenset({"to", "into"}),
        "relocation": frozenset({"to"}),
    }
)

#: Events said of someone: the place is theirs ("Smith, who was born in Leeds": Smith's
#: birthplace), so their role names whose it is, read from the subject of the event word
#: ("at:birth:smith"); an organisation's seat is named by its first word ("Halvern Systems,
#: based in Austin": ``at:headquarters:halvern``), a person's by the surname.
HOLDER_EVENTS: Mapping[str, str] = MappingProxyType(
    {"birth": "last", "death": "last", "headquarters": "first"}
)

#: Events said of a facility: a closure names its place only with a facility noun ("close its
#: plant in X", "shut its X facility") or as a direct object ("closing X").
FACILITY_EVENTS: frozenset[str] = frozenset({"closure", "opening"})

#: Events whose place may be their direct object ("closing X", "shut X").
OBJECT_EVENTS: frozenset[str] = frozenset({"closure"})

#: Events whose place a name is made into: "X, which the council opened as a rest centre",
#: "X has been turned into an evacuation centre", "X, which has become the main evacuation
#: center" (the words of :data:`DESIGNATING` lead to them).
DESIGNATED_EVENTS: frozenset[str] = frozenset({"shelter"})
#: Words that make a place into what follows: "opened as", "turned into", "serving as".
DESIGNATING: frozenset[str] = frozenset({"as", "into", "become", "becomes", "became"})
#: Words between a designating word and the place it makes: "has become the main evacuation centre".
DESIGNATED_MODIFIERS: frozenset[str] = frozenset(
    {"a", "an", "the", "its", "main", "temporary", "makeshift", "emergency", "official", "designated", "only",
     "new", "largest", "biggest", "local", "town's", "city's", "area's", "county's"}
)

#: Passive verbs whose doer holds a job of :data:`TITLES` in the event: "the match was refereed
#: by X" names the referee as "referee X" does; "the ferry was skippered by X", "the plane was
#: piloted by X", "the bus was driven by X", "the orchestra was conducted by X". Only a name
#: after "by" is read ("driven by demand" names no one).
PASSIVE_TITLES: Mapping[str, str] = MappingProxyType({
    "refereed": "referee", "officiated": "referee", "umpired": "umpire", "piloted": "pilot",
    "co-piloted": "co-pilot", "skippered": "skipper", "captained": "skipper", "driven": "driver",
    "conducted": "conductor",
})

#: Events done by someone: event -> its words. A name after "by" (or "of": "at the invitation
#: of X") a few words after one of them did it: "brokered by X", "the winner from X".
AGENT_EVENTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "mediation": (
            "brokered", "mediated", "mediation", "mediator", "mediators", "facilitated", "brokering",
            "mediating", "brokered talks", "brokered deal",
        ),
        "hosting": ("hosted", "host", "hosting", "hosts"),
        "invitation": ("invitation", "invited"),
        "purchase": (
            "bought", "acquired", "purchased", "acquisition", "takeover", "buyout", "taken over", "snapped up",
        ),
        "direction": ("directed", "direction"),
        "authorship": (
            "written", "authored", "penned", "co-written", "opinion", "majority opinion", "sponsored",
            "co-sponsored", "tabled", "drafted", "introduced", "proposed", "put forward",
        ),
        "winner": (
            "winner", "winning goal", "winning try", "winning run", "winning basket", "winning shot",
            "decisive goal", "decisive try", "decisive penalty", "deciding goal", "decider", "match-winner",
            "golden goal", "only goal", "late winner",
        ),
        "opener": ("opener", "opening goal", "first goal", "opening try", "first try"),
        "equaliser": ("equaliser", "equalizer", "leveller", "leveler", "equalising goal", "equalizing goal"),
        "operation": ("operated", "run"),
        "ownership": ("owned", "co-owned"),
        "maker": (
            "manufactured", "produced", "designed", "developed", "made", "painted", "composed", "sculpted",
            "invented", "co-designed", *sorted(relations.MAKE_VERBS), *relations.MADE_WORKS,
        ),
        "founding": ("founded", "co-founded", "established", "set up"),
        "veto": ("vetoed",),
        "discoverer": ("discovered", "first spotted", "spotted"),
        "construction": ("built", "constructed"),
        # who repaired or refitted a structure: "the repairs were done by X", "renovated by X"
        "repair": (
            "repaired", "repair", "repairs", "repair work", "refurbished", "refurbishment", "renovated",
            "renovation", "renovations", "resurfaced", "resurfacing", "retrofitted", "retrofit",
        ),
        "supply": ("supplied",),
        "insurance": ("insured", "underwritten"),
        "audit": ("audited",),
        "lending": ("lent", "loaned"),
        "publishing": ("published",),
        "distribution": ("distributed",),
        "organisation": ("organised", "organized", "convened", "staged"),
        "chair": ("chaired", "presided"),
        # who leads a thing, keyed by the thing (:data:`OBJECT_KEYED_EVENTS`): "the inquiry is led by X"
        "leadership": ("led", "headed", "overseen", "spearheaded", "steered"),
        # who made an arrest: "the suspects were detained by X", "arrested by officers of X"
        "detention": ("arrested", "detained", "apprehended"),
        # who saved people in danger: "the crew were rescued by X", "winched to safety by X"
        "rescue": ("rescued", "evacuated", "airlifted", "winched", "plucked", "picked up", "lifted to safety"),
        # an attack's author: a militant group, a gang, hackers ("the servers were encrypted by X")
        "attack": ("attack", "attacked", "claimed", "encrypted", "hacked", "hack", "cyberattack", "cyber attack"),
    }
)
#: Nouns of a doer that name the organisation or person set beside them: "its software
#: supplier, X", "supplier X", "X, the airline's supplier," -> ``by:supply``, as "supplied by
#: X" does. One of several ("a supplier, X", "suppliers") or a past one ("its former
#: supplier, X") names no one. Left out: nouns that are mostly a person's job ("designer",
#: "developer", "producer") and "sponsor", which credits a bill's author as well as a backer.
AGENT_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "supplier": "supply", "maker": "maker", "manufacturer": "maker", "carmaker": "maker",
        "automaker": "maker", "chipmaker": "maker", "drugmaker": "maker", "builder": "construction",
        "contractor": "construction", "main contractor": "construction", "subcontractor": "construction",
        "operator": "operation", "founder": "founding", "designer": "maker", "architect": "maker",
        "owner": "ownership", "co-owner": "ownership", "organiser": "organisation", "organizer": "organisation",
        "insurer": "insurance", "underwriter": "insurance", "auditor": "audit", "lender": "lending",
        "publisher": "publishing", "distributor": "distribution", "author": "authorship", "co-author": "authorship",
    }
)
#: Doers' nouns hired for whatever work their sentence names: "repairs were carried out by
#: the contractor X" makes X the repairer (``by:repair``), as "X repaired" does; with no such
#: work named, the noun's own deed of :data:`AGENT_TITLES` holds.
HIRED_DOERS: frozenset[str] = frozenset({"contractor", "main contractor", "subcontractor", "builder"})
#: Deeds of :data:`AGENT_EVENTS` a hired doer (:data:`HIRED_DOERS`) may be named for, by the
#: word of its sentence that names the work ("repair work", "refurbishment").
HIRED_WORKS: frozenset[str] = frozenset({"repair"})
#: Doers' nouns that describe a person's trade when bare ("shop owner X", "said owner X"): they
#: name the story's doer only after a determiner or an owner ("its owner, X", "the club's owner").
AGENT_TRADES: frozenset[str] = frozenset(
    {"owner", "co-owner", "designer", "architect", "founder", "author", "co-author"}
)
#: Words before a doer's noun that make it another kind of doer: "decision maker", "home owner".
AGENT_NOT_KINDS: frozenset[str] = frozenset(
    {"decision", "policy", "peace", "deal", "law", "rule", "money", "trouble", "mischief", "match", "film",
     "movie", "home", "dog", "pet", "share", "record", "title", "land", "camera", "crane", "machine",
     "tour", "holiday", "cruise"}
)
#: Words before a doer's noun that make it one of several: "a supplier, X", "another lender".
INDEFINITE: frozenset[str] = frozenset({"a", "an", "another", "one", "any", "each", "every", "no", "some", "other"})
#: Verbs of leading a thing, whose subject leads their object: "X will lead the restructuring",
#: "X is heading the inquiry" -> ``by:leadership:restructuring``.
LEAD_VERBS: frozenset[str] = frozenset(
    {
        "lead", "leads", "leading", "led", "head", "heads", "heading", "headed", "oversee", "oversees",
        "overseeing", "oversaw", "spearhead", "spearheads", "spearheading", "spearheaded", "steer", "steers",
        "steering", "steered",
    }
)
#: Objects of a lead verb that give a position, not a thing led: "X led the league", "X led 2-0".
LEAD_NOT_OBJECTS: frozenset[str] = frozenset(
    {"way", "charge", "league", "table", "standings", "polls", "poll", "field", "race", "pack", "scoring",
     "line", "list", "ranking", "rankings", "count", "tally", "world", "nation", "country", "pursuit"}
)
#: Deed words whose doer's "by" must follow them at once: "an opinion by X" (not "an opinion
#: poll by X").
AGENT_ADJACENT: frozenset[str] = frozenset({"opinion"})
#: Nouns of a deed that a name before them did ("Qatari mediators", "Norwegian mediation").
AGENT_NOUNS: frozenset[str] = frozenset({"mediation", "mediator", "mediators", "mediating"})
#: Words between a deed and its doer's "by": "the winner was scored by X", "the talks were
#: hosted by X".
AGENT_GAP: frozenset[str] = frozenset({"was", "were", "is", "are", "been", "being", "has", "had"})
#: Deeds scored in a match: a scoring verb and one of these names who scored it ("X curled
#: home the winner", "X headed the equaliser").
GOALS: frozenset[str] = frozenset({"winner", "opener", "equaliser"})

#: Acts that are "made" without being manufactured: "the decision was made in Brussels" says
#: nothing of a factory.
ACTS: frozenset[str] = frozenset(
    {
        "decision", "decisions", "announcement", "announcements", "arrest", "arrests", "call", "calls",
        "statement", "statements", "comment", "comments", "remark", "remarks", "payment", "payments", "offer",
        "offers", "discovery", "discoveries", "breakthrough", "change", "changes", "appearance", "mistake",
        "mistakes", "progress", "attempt", "attempts", "request", "requests", "claim", "claims", "allegation",
        "allegations", "promise", "promises", "pledge", "pledges", "commitment", "commitments", "deal", "deals",
        "agreement", "speech", "speeches", "visit", "visits", "appeal", "appeals", "proposal", "proposals",
        "plea", "bid", "bids", "move", "moves", "choice", "case", "point", "points", "reference", "contact",
        "donation", "donations", "purchase", "purchases", "recording", "film", "video", "photo", "photograph",
        "finding", "findings", "landfall", "history", "debut", "exception", "arrangement",
        "arrangements", "preparation", "preparations", "gains", "cuts", "investment", "investments", "profit",
        "loss", "losses", "fortune", "name", "career", "home", "life", "living", "error", "errors", "blunder",
        "blunders", "effort", "efforts", "gesture", "trip", "trips", "save", "saves", "tackle", "tackles",
    }
)
#: Auxiliaries of a passive: the noun before one is what a "made in X" was said of.
AUXILIARIES: frozenset[str] = frozenset({"was", "were", "is", "are", "be", "been", "being", "had", "has", "have"})

#: Place prepositions: a name after one of them is where something happened.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "near", "outside", "just outside", "close to", "near to", "on the outskirts of",
     "off the coast of", "off", "inside", "just off", "beside", "next to"}
)
#: Prepositions of a doer besides "by", and the events they read: "at the invitation of X",
#: "the winner from X" (but "the acquisition of X" names what was bought, not the buyer).
AGENT_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "of": frozenset({"mediation", "invitation", "direction"}),
        "from": frozenset({"winner"}),
    }
)

#: Nouns of the people of a body, between a deed's "by" and the body that did it: "arrested by
#: officers of X", "detained by investigators from X" make X the doer (the people are no name).
MEMBER_NOUNS: frozenset[str] = frozenset(
    {
        "officers", "officer", "investigators", "detectives", "agents", "officials", "staff", "members",
        "troops", "soldiers", "crew", "crews", "team", "teams", "inspectors", "engineers", "specialists",
        "experts", "divers", "firefighters", "volunteers", "personnel", "units", "paramedics", "medics",
        "police officers", "sailors", "marines", "rescuers", "lifeboat crew",
    }
)
MEMBER_LINKS: frozenset[str] = frozenset({"of", "from"})
#: Words of a craft's kind set before its name, with its service: "the frigate X", "the navy
#: patrol vessel X", "the coastguard helicopter X" (the kind is no name).
CRAFT_KINDS: frozenset[str] = CRAFT | frozenset(
    {
        "frigate", "warship", "destroyer", "corvette", "cutter", "tug", "tugboat", "patrol", "carrier",
        "bulk", "bulker", "cargo", "container", "naval", "navy", "coastguard", "rescue", "salvage", "research",
        "survey", "fishing", "supply", "offshore", "icebreaker", "submarine", "minesweeper", "hovercraft",
        "air", "ambulance", "lifeboats", "inshore", "all-weather", "chartered", "military",
    }
)

#: Words of a name that say who did it when they end it ("Swiss-brokered", "Chinese-made"):
#: suffix -> (event, ``"by"`` for a doer or ``"at"`` for a place).
NAME_SUFFIXES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "brokered": ("mediation", "by"),
        "mediated": ("mediation", "by"),
        "hosted": ("hosting", "by"),
        "made": ("production", "at"),
        "built": ("production", "at"),
        "manufactured": ("production", "at"),
        "assembled": ("production", "at"),
        "based": ("headquarters", "at"),
        "headquartered": ("headquarters", "at"),
    }
)

#: Verbs whose subject did the event: "Switzerland mediated the talks", "Geneva hosted".
SUBJECT_VERBS: Mapping[str, str] = MappingProxyType(
    {
        "mediated": "mediation",
        "mediates": "mediation",
        "brokered": "mediation",
        "brokers": "mediation",
        "hosted": "hosting",
        "hosts": "hosting",
        "bought": "purchase",
        "buys": "purchase",
        "acquired": "purchase",
        "acquires": "purchase",
        "purchased": "purchase",
        "encrypted": "attack",
        "hacked": "attack",
        # the active forms of the "by" verbs of AGENT_EVENTS: "X built the bridge" as "built by X"
        "built": "construction",
        "builds": "construction",
        "constructed": "construction",
        "supplied": "supply",
        "supplies": "supply",
        "insured": "insurance",
        "underwrote": "insurance",
        "audited": "audit",
        "audits": "audit",
        "lent": "lending",
        "loaned": "lending",
        "published": "publishing",
        "distributed": "distribution",
        "organised": "organisation",
        "organized": "organisation",
        "chaired": "chair",
        "host": "hosting",
        "hosting": "hosting",
        "directed": "direction",
        "directs": "direction",
        "painted": "maker",
        "composed": "maker",
        "sculpted": "maker",
        "invented": "maker",
        "founded": "founding",
        "co-founded": "founding",
        "vetoed": "veto",
        "vetoes": "veto",
        "discovered": "discoverer",
        "manufactured": "maker",
        "manufactures": "maker",
        "designed": "maker",
        "developed": "maker",
        "operated": "operation",
        "operates": "operation",
        "owns": "ownership",
        "owned": "ownership",
        "repaired": "repair",
        "refurbished": "repair",
        "renovated": "repair",
        "resurfaced": "repair",
        "retrofitted": "repair",
        **{verb: "maker" for verb in sorted(relations.MAKE_VERBS)},
    }
)
#: Verbs whose subject did the deed only when an object follows ("X detained the suspects",
#: "X rescued all 21 crew"): a headline's "X arrested in Y" says X was arrested.
OBJECT_DEEDS: Mapping[str, str] = MappingProxyType(
    {
        "arrested": "detention", "detained": "detention", "apprehended": "detention",
        "rescued": "rescue", "evacuated": "rescue", "airlifted": "rescue", "winched": "rescue",
    }
)
#: Words that open such an object: "the", "a", "two", "all", "him".
OBJECT_OPENERS: frozenset[str] = frozenset(
    {"the", "a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "both",
     "him", "her", "them", "his", "its", "their", "several", "dozens", "hundreds", "everyone", "survivors"}
)
#: Phrases whose subject did the event, by their words: "X has claimed responsibility".
SUBJECT_PHRASES: Mapping[str, str] = MappingProxyType(
    {
        "claimed responsibility": "attack",
        "claims responsibility": "attack",
        "claiming responsibility": "attack",
        "claimed the attack": "attack",
    }
)
#: Verbs of a deed done to the subject: "X was sent off" names who got the red card.
SUBJECT_PASSIVES: Mapping[str, str] = MappingProxyType(
    {
        "sent off": "sending-off", "dismissed": "sending-off", "red-carded": "sending-off", "red carded": "sending-off",
    }
)
#: Verbs of a criminal charge and the words that tie each to its offence: "X was charged on
#: Thursday with fraud", "X is accused of taking bribes", "X, charged with murder," name who
#: faces the charge (``by:charge``). A bare "charged" is no charge: batteries and fees are
#: charged too.
CHARGE_LINKS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "charged": frozenset({"with", "over"}),
        "accused": frozenset({"of"}),
        "indicted": frozenset({"on", "for", "over"}),
        "prosecuted": frozenset({"for", "over"}),
    }
)
#: Words of when (and how) between a deed and its tie or its doer's "by": "charged on
#: Thursday with", "accused yesterday of", "detained on Tuesday morning by".
DEED_TIME_GAP: frozenset[str] = frozenset(
    {"on", "late", "early", "formally", "jointly", "separately", "also", "yesterday", "today", "last", "this",
     "week", "month", "night", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"}
)
#: Nouns of a job one person fills in an event, as a title before a name ("referee Simon Clegg")
#: or in apposition ("Simon Clegg, the referee,"): the role is the title.
TITLES: Mapping[str, str] = MappingProxyType(
    {
        **{
            title: f"title:{title}"
            for title in (
                "referee", "umpire", "pilot", "co-pilot", "copilot", "driver", "conductor", "skipper", "gunman",
                "presiding judge", "trial judge", "lead investigator",
                "coroner", "prosecutor", "lead prosecutor", "defence lawyer", "defense attorney",
                "judge", "district judge",  # the judge of a trial
                # one holder in an event of news: who runs an election, a race, a launch, a club's deals
                "returning officer", "sporting director", "technical director", "director of football",
                "race director", "flight director", "launch director", "incident commander", "fire chief",
                "chief fire officer", "chief constable", "police chief", "chief negotiator", "lead negotiator",
                "headteacher", "head teacher",
                # who commands a ship: "the ship's master, Captain X", "its master, X"
                "master", "harbour master", "harbourmaster", "harbor master", "commanding officer",
            )
        },
        # a player's or an author's agent: "his agent, X"
        "his agent": "title:agent",
        "her agent": "title:agent",
        "mediator": "by:mediation",
        "chief mediator": "by:mediation",
        # who leads a study or a trial, as "the trial was led by X" (:data:`LED_WORKS`)
        **{
            title: "by:leadership:study"
            for title in (
                "chief investigator", "principal investigator", "lead researcher", "lead author", "lead scientist",
                "study leader", "study lead", "trial leader", "trial lead", "senior author",
            )
        },
        "runner-up": "rank:2",
        "runner up": "rank:2",
    }
)

#: Nouns of a facility: "its plant in X", "the X facility".
FACILITIES: frozenset[str] = frozenset(
    {
        "plant", "plants", "factory", "factories", "facility", "facilities", "site", "sites", "mill", "mills",
        "mine", "mines", "refinery", "smelter", "works", "branch", "branches", "store", "stores", "shop",
        "shops", "outlet", "office", "offices", "headquarters", "warehouse", "warehouses", "depot", "hub",
        "terminal", "shipyard", "yard", "hospital", "clinic", "school", "library", "station", "campus",
        "operation", "operations", "unit", "centre", "center", "line", "assembly", "workshop",
    }
)

#: Words between a facility and the event after it: "the Northgate branch is set to close".
FACILITY_THEN: frozenset[str] = frozenset(
    {"will", "would", "is", "are", "was", "were", "to", "be", "set", "due", "expected", "being", "slated",
     "scheduled", "going", "now", "also", "finally", "eventually", "soon"}
)

#: Words that may stand between a weak event word and its preposition along with a facility
#: noun: "made at a contract factory in X", "close its main plant in X".
FACILITY_GAP: frozenset[str] = frozenset(
    {"at", "in", "a", "an", "the", "its", "their", "his", "her", "contract", "new", "main", "only", "last",
     "largest", "biggest", "oldest", "own", "former", "local", "partner", "production", "manufacturing",
     "assembly", "down", "safely", "later", "eventually", "briefly", "finally", "successfully", "temporarily",
     "also", "first", "originally"}
)

#: Determiners and possessives skipped between a preposition and a name.
DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "another"}
)

#: Nouns of a place before "of" ("the town of X") and of a title before a name ("the journal
#: X"): skipped between a preposition and the name.
NAME_NOUNS: frozenset[str] = frozenset(
    {
        "town", "city", "village", "hamlet", "port", "county", "province", "state", "region", "district",
        "island", "islands", "suburb", "municipality", "capital", "borough", "community", "settlement", "area",
        "commune", "parish", "neighbourhood", "neighborhood", "outskirts", "journal", "magazine", "newspaper",
        "periodical",
    }
)
#: Words of a share of those an act was done to, in an aside between the act and its place:
#: "have been evacuated, most of them to X", "were rehoused, the majority of them in X".
PARTITIVES: frozenset[str] = frozenset(
    {"most", "many", "all", "some", "half", "several", "majority", "rest", "bulk", "none", "few", "each"}
)
#: Titles of publications: a name after "the journal" is a journal, whatever the verb.
PUBLICATION_NOUNS: frozenset[str] = frozenset({"journal", "magazine", "periodical"})
#: Adjectives skipped before those nouns ("the nearby town of", "the medical journal").
NAME_ADJECTIVES: frozenset[str] = frozenset(
    {
        "nearby", "small", "tiny", "coastal", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "remote", "rural", "industrial",
        "neighbouring", "neighboring", "mountain", "border", "riverside", "seaside", "port", "market",
        "medical", "scientific", "peer-reviewed", "academic", "prestigious", "leading", "respected", "british",
        "american", "trade", "specialist", "online", "same",
    }
)

#: Ordinal words and their rank: "finished third", "third place went to X".
RANKS: Mapping[str, int] = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
        "8th": 8, "9th": 9, "10th": 10, "runner-up": 2,
    }
)
#: Verbs of a final position: "X finished third", "X came a distant third", "X took third place".
RANK_VERBS: frozenset[str] = frozenset(
    {
        "finished", "finishes", "finish", "finishing", "came", "comes", "coming", "placed", "places", "ended",
        "ends", "ran", "runs", "took", "takes", "claimed", "claims", "secured", "secures", "was", "is",
    }
)
#: Words allowed between a rank verb and the ordinal ("came a distant third", "ended up in").
RANK_FILLERS: frozenset[str] = frozenset(
    {
        "a", "an", "in", "up", "distant", "close", "strong", "respectable", "creditable", "disappointing",
        "surprise", "surprising", "narrow", "comfortable", "clear", "solid", "only", "just", "poor", "lowly",
        "joint", "the",
    }
)
#: Nouns after an ordinal that make it a position ("third place", "second spot").
RANK_NOUNS: frozenset[str] = frozenset({"place", "position", "spot"})

#: Verbs that score the winning goal: "X curled home the winner", "X headed in the decider".
SCORING_VERBS: frozenset[str] = frozenset(
    {
        "scored", "scores", "struck", "strikes", "netted", "nets", "headed", "heads", "curled", "curls",
        "fired", "fires", "hit", "hits", "slotted", "slots", "volleyed", "tapped", "smashed", "drilled", "poked",
        "nodded", "rifled", "blasted", "lashed", "converted", "kicked", "bundled", "steered", "swept",
        "side-footed", "chipped", "lobbed", "flicked", "grabbed", "bagged", "notched", "got", "powered",
        "thumped", "thundered", "prodded", "stabbed", "squeezed", "glanced", "crashed", "stroked",
    }
)
#: Words allowed between a scoring verb and the winning goal: "curled home the late winner".
SCORING_FILLERS: frozenset[str] = frozenset(
    {"home", "in", "the", "a", "his", "her", "their", "late", "dramatic", "stunning", "superb", "fine",
     "brilliant", "stoppage-time", "extra-time", "last-gasp", "last-minute", "injury-time", "crucial", "vital"}
)
#: Verbs that settle a match: "X settled the final with a curling shot".
SETTLING_VERBS: frozenset[str] = frozenset({"settled", "settles", "decided", "decides", "sealed", "seals", "clinched"})
#: What a settling verb settles.
#: Nouns of a fixture whose ground a name after "at" is: "the final at X", "in the cup tie at X"
#: (as "the final was played at X"); a win or a defeat at a ground is one of a season's.
FIXTURES: frozenset[str] = frozenset(
    {"final", "semi-final", "semifinal", "semi-finals", "quarter-final", "quarterfinal", "derby", "decider",
     "play-off", "playoff", "showpiece", "replay", "friendly", "test match", "grand final", "cup final"}
)
MATCHES: frozenset[str] = frozenset({"final", "match", "game", "tie", "contest", "derby", "it", "victory", "win"})

#: Verbs of winning and what is won: "X won the election" makes X its winner.
WIN_VERBS: frozenset[str] = frozenset({"won", "wins", "win", "winning", "clinched", "secured", "claimed"})
#: Contests a name can win, folded to one kind: an election or a match.
CONTESTS: Mapping[str, str] = MappingProxyType(
    {
        "election": "election", "elections": "election", "vote": "election", "poll": "election",
        "ballot": "election", "presidency": "election", "race": "election", "runoff": "election",
        "run-off": "election", "mayoralty": "election", "primary": "election", "nomination": "election",
        "final": "match", "match": "match", "game": "match", "tie": "match", "cup": "match", "derby": "match",
        "championship": "match", "title": "match", "tournament": "match", "trophy": "match",
        "contract": "contract", "tender": "contract", "bid": "contract", "auction": "contract",
    }
)

#: Verbs of beating an opponent: the subject won, the object lost ("Ashbury beat Castlegate").
BEAT_VERBS: frozenset[str] = frozenset(
    {"beat", "beats", "defeated", "defeats", "edged", "overcame", "thrashed", "routed", "downed", "outclassed",
     "overpowered", "stunned", "upset", "toppled", "crushed", "hammered", "eliminated", "knocked out"}
)
#: Verbs whose subject lost to the name after "to": "Castlegate lost to Ashbury".
LOSE_VERBS: frozenset[str] = frozenset({"lost", "loses", "lose", "fell", "succumbed", "bowed", "went down"})
#: Words of an election won: "X was elected", "X was re-elected".
ELECTED: frozenset[str] = frozenset({"elected", "re-elected", "reelected"})

#: Posts one person holds at an organisation: phrase -> the post ("the company's chief
#: executive, X" and "Halyard CEO X" name one chief executive).
POSTS: Mapping[str, str] = MappingProxyType(
    {
        "chief executive": "ceo", "chief executive officer": "ceo", "ceo": "ceo", "boss": "ceo",
        "chief financial officer": "cfo", "cfo": "cfo", "finance chief": "cfo", "finance director": "cfo",
        "chief operating officer": "coo", "coo": "coo", "chief technology officer": "cto", "cto": "cto",
        "chairman": "chair", "chairwoman": "chair", "chair": "chair", "chairperson": "chair",
        "president": "president", "prime minister": "prime minister", "premier": "prime minister",
        "mayor": "mayor", "governor": "governor", "head coach": "manager", "manager": "manager",
        "captain": "captain", "managing director": "managing director", "general manager": "general manager",
        "lawyer": "lawyer", "attorney": "lawyer", "solicitor": "lawyer", "barrister": "lawyer",
        "secretary-general": "secretary-general", "secretary general": "secretary-general",
        "director-general": "director-general", "director general": "director-general",
    }
)
#: Words before a post that leave it unique ("its new chief executive", "the longtime CFO"); a
#: past post ("former") is no current holder, and an acting one stands in for another.
#: Honorifics that may stand between a post and its holder's name ("committee chair Dr Helen Ojo").
HONORIFICS: frozenset[str] = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "rev", "reverend"}
)
#: Verbs that say a post in a relative clause ("X, who chairs the committee,"), by the post.
POST_VERBS: Mapping[str, str] = MappingProxyType(
    {"chairs": "chair", "chaired": "chair", "heads": "head", "headed": "head", "leads": "head", "led": "head"}
)
#: Bodies that own a post when named by a common noun ("committee chair X", "who heads the
#: board"): bodies a story tells of one of, unlike clubs and teams, which come in pairs.
POST_BODIES: frozenset[str] = frozenset(
    {"committee", "board", "commission", "council", "panel", "inquiry", "taskforce", "subcommittee", "tribunal"}
)
POST_MODIFIERS: frozenset[str] = frozenset(
    {"the", "its", "their", "longtime", "long-time", "current", "new", "veteran"}
)

#: Verbs that give an award: "X won best director", "X was named best actress".
AWARD_VERBS: frozenset[str] = frozenset(
    {"won", "wins", "win", "took", "takes", "picked", "claimed", "claims", "collected", "scooped", "received",
     "named", "earned", "landed", "awarded", "handed", "given", "took home", "picked up", "walked away with"}
)
#: Words that end an award's category ("best director award went to"): what follows is no
#: longer its name.
CATEGORY_ENDS: frozenset[str] = frozenset(
    {"for", "at", "in", "and", "or", "award", "awards", "prize", "prizes", "honour", "honours", "honor",
     "honors", "trophy", "statuette", "went", "goes", "go", "to", "was", "is", "winner", "nod", "with",
     "the", "a", "an", "on", "of", "but", "while", "as", "his", "her", "their"}
)
#: Words between an award's category and its winner: "best director went to X".
AWARD_LINKS: frozenset[str] = frozenset(
    {"award", "prize", "honour", "honours", "honor", "honors", "trophy", "went", "goes", "go", "to", "was",
     "is", "winner", "the", "statuette", "nod"}
)

#: Superlatives that single out one thing: "Apapa, the country's busiest port", "the largest
#: employer in town, X". The name beside one fills the role "the busiest port"; "main" and
#: "principal" single out as well.
SUPERLATIVES: frozenset[str] = frozenset(
    {
        "biggest", "largest", "busiest", "oldest", "newest", "tallest", "longest", "richest", "poorest",
        "smallest", "highest", "lowest", "deepest", "fastest", "wealthiest", "strongest", "weakest", "youngest",
        "best-known", "best-selling", "top-selling", "most-visited", "most-watched", "most-populous", "main",
        "principal", "busiest-ever", "deadliest", "worst", "costliest", "greatest",
    }
)
#: Where a superlative holds, from the noun that owns it or follows it ("the country's busiest
#: port", "the busiest port in the world"): one scope for all the words of one size. A
#: superlative with no scope holds in the country, as a national story's "the busiest port".
SCOPE_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        "world": "world", "world's": "world", "globe": "world", "planet": "world",
        "country": "country", "nation": "country", "country's": "country", "nation's": "country",
        "state": "region", "region": "region", "province": "region", "county": "region", "state's": "region",
        "region's": "region", "province's": "region", "county's": "region",
        "city": "city", "town": "city", "capital": "city", "village": "city", "city's": "city", "town's": "city",
        "capital's": "city",
        "continent": "continent", "continent's": "continent",
        "company": "own", "firm": "own", "group": "own", "bank": "own", "club": "own", "company's": "own",
        "firm's": "own", "group's": "own", "bank's": "own", "club's": "own",
    }
)
#: Words between an owner and its superlative: "Nigeria's second-busiest", "the world's very largest".
SUPERLATIVE_SKIPS: frozenset[str] = frozenset({"very", "single", "second", "third", "own"})
#: Words of "most ..." superlatives: "the most populous state".
MOST: frozenset[str] = frozenset({"most", "least"})
#: Verbs that say a name is what a superlative describes: "Apapa is the busiest port".
COPULAS: frozenset[str] = frozenset({"is", "was", "remains", "remained", "became", "becomes"})

#: Verbs of a writer and what is written: "Justice X wrote the opinion".
WRITE_VERBS: frozenset[str] = frozenset({"wrote", "writes", "authored", "penned", "drafted"})
#: Who a judge writes for when writing the court's opinion: "X, writing for the majority".
WRITING_FOR: frozenset[str] = frozenset({"majority", "court"})
#: Things written whose author is one person: the object of :data:`WRITE_VERBS`.
WRITINGS: frozenset[str] = frozenset(
    {"opinion", "ruling", "judgment", "judgement", "decision", "report", "study", "paper", "verdict", "book",
     "novel", "screenplay", "script", "letter", "song", "lyrics", "poem", "play", "musical", "libretto",
     "memoir", "biography", "speech", "article", "column", "essay", "editorial", "foreword", "bill"}
)

#: Works whose owner in a possessive wrote or moved them: "Councillor Grant's amendment",
#: "Senator Ruiz's bill", "Halvern's report" -> ``by:authorship:<work>``. Singular forms.
AUTHORED_WORKS: frozenset[str] = frozenset(
    {"amendment", "bill", "motion", "proposal", "resolution",
     "ordinance", "report", "study", "paper", "book", "novel", "memoir", "screenplay", "opinion", "dissent",
     "manifesto", "blueprint", "draft"}
)
#: Words between an owner and their work: "Grant's late amendment", "Ruiz's own bill".
AUTHORED_MODIFIERS: frozenset[str] = frozenset(
    {"own", "new", "late", "last-minute", "original", "revised", "latest", "first", "second", "rival", "draft",
     "controversial", "landmark", "private", "member's", "budget", "spending", "final"}
)

#: Nouns of a job held at an organisation: "Lars Moen, an economist at X", "X economist Lars Moen".
JOBS: frozenset[str] = frozenset(
    {
        "economist", "analyst", "strategist", "professor", "lecturer", "researcher", "scientist",
        "epidemiologist", "statistician", "physician", "doctor", "surgeon", "engineer", "lawyer", "attorney",
        "partner", "adviser", "advisor", "consultant", "director", "executive", "manager", "officer", "official",
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "president", "head",
        "founder", "co-founder", "ceo", "cfo", "coo", "cto", "editor", "reporter", "correspondent", "columnist",
        "fellow", "trader", "banker", "teacher", "employee", "worker", "staffer", "designer", "architect",
        "pilot", "coach", "striker", "midfielder", "defender", "goalkeeper", "winger", "captain", "virologist",
        "psychologist", "neurologist", "cardiologist", "physicist", "chemist", "biologist", "historian",
        "sociologist", "geologist", "seismologist", "volcanologist", "meteorologist", "investor", "accountant",
        "auditor", "planner", "inspector", "curator", "astronomer", "astrophysicist", "artist", "painter",
        "sculptor", "photographer", "composer", "writer", "author", "novelist", "poet", "playwright",
        "filmmaker", "film-maker", "producer", "illustrator", "cartoonist", "archaeologist", "palaeontologist",
        "paleontologist", "zoologist", "botanist", "mathematician", "oceanographer", "climatologist",
        "ecologist", "veterinarian", "explorer", "astronaut",
    }
)
#: Words allowed before a job noun ("chief economist", "a senior analyst").
JOB_MODIFIERS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "chief", "senior", "lead", "principal", "junior", "deputy", "associate", "assistant",
        "managing", "executive", "global", "regional", "head", "financial", "research", "market", "markets",
        "general", "technical", "longtime", "long-time", "veteran", "independent", "economic", "investment",
        "political", "legal", "medical", "clinical", "operating", "technology", "communications", "press",
        "visiting", "emeritus", "staff", "interim", "acting", "co-", "european", "international", "country",
        "credit", "equity", "rates", "bond", "currency", "commodities", "energy", "health", "public",
        # the side or field a lawyer works for, not an employer: "Defense attorney Peter Brandt"
        "defense", "defence", "prosecuting", "prosecution", "criminal", "civil", "family", "trial",
        "immigration", "employment", "human-rights", "personal",
    }
)
#: Words that make a job a past one: "a former economist at X" names no current employer.
PAST_JOB: frozenset[str] = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired", "then"})
#: Prepositions of an employer after a job: "an economist at X", "chief executive of X".
EMPLOYER_PREPOSITIONS: frozenset[str] = frozenset({"at", "with", "for", "of", "from"})

#: Kinds of court that try a case first: "Ramsey County District Court", "Southwark Crown Court".
TRIAL_COURTS: tuple[str, ...] = (
    "district court", "county court", "superior court", "crown court", "magistrates court", "magistrates' court",
    "magistrates’ court", "circuit court", "municipal court", "court of common pleas", "trial court",
    "sheriff court",
)
#: Words of a sentence that speak of the trial: the court it names is where the case was tried.
TRIAL_CUES: frozenset[str] = frozenset(
    {"trial", "tried", "verdict", "jury", "jurors", "juror", "convicted", "acquitted", "filed", "sued",
     "lawsuit", "began", "brought", "heard", "case", "trials", "prosecuted", "sentenced"}
)

#: Words that end the stretch read back from a preposition for its event: a new clause.
CLAUSE_WORDS: frozenset[str] = frozenset(
    {"and", "or", "but", "which", "who", "whom", "whose", "that", "where", "when", "while", "whereas",
     "although", "though", "because", "after", "before", "since", "until", "as", "if", "said", "says"}
)
#: Words before an event that make it another event than the story's: "the next summit will be
#: held in X" is not where this summit was; "its previous launch from X" is not this launch.
EVENT_QUALIFIERS: Mapping[str, str] = MappingProxyType(
    {
        "next": "next", "upcoming": "next", "future": "next", "following": "next", "planned": "next",
        "proposed": "next", "coming": "next",
        "previous": "previous", "last": "previous", "earlier": "previous", "prior": "previous",
        "former": "previous", "original": "previous", "past": "previous", "recent": "previous",
        "first": "other", "second": "other", "third": "other", "another": "other", "other": "other",
        "similar": "other", "separate": "other", "latest": "other", "aftershock": "other",
        "aftershocks": "other", "foreshock": "other", "further": "other", "subsequent": "other",
        "dissenting": "other", "concurring": "other", "dissent": "other",
    }
)
#: Relative pronouns: a cue after one speaks of the word before it ("a squad that had
#: finished ninth"), so its subject is a name only when the name stands there ("Roux, who").
RELATIVES: frozenset[str] = frozenset({"that", "which", "who", "whom", "whose"})
#: Words before a name that make it one of several: "talks in Geneva and Bern".
COORDINATORS: frozenset[str] = frozenset({"and", "or", "nor", "&", "plus", "versus", "vs", "v"})

#: Nouns that call a name a vessel: "the cargo ship X", "X, a Latvian-registered container
#: ship", "the trawler X". Two vessels of one story whose names share their last word and differ
#: in another ("the Baltic Tern" / "the Nordic Tern") are one vessel named two ways, when no
#: source names both.
VESSEL_NOUNS: frozenset[str] = frozenset(
    {
        "ship", "ships", "vessel", "vessels", "boat", "ferry", "tanker", "freighter", "trawler", "yacht",
        "barge", "tug", "tugboat", "liner", "carrier", "cutter", "dredger", "lifeboat", "catamaran",
        "schooner", "dinghy", "sailboat", "speedboat", "steamer", "coaster", "bulker", "frigate", "destroyer",
        "corvette", "submarine", "warship", "gunboat", "mv", "ms", "mt", "hms", "uss", "ss", "rms",
    }
)
#: Most words between a name and the vessel noun set after it ("X, a Latvian-registered
#: container ship"), and between the noun and a name after it ("the cargo ship X").
VESSEL_REACH: int = 5

#: Meetings whose leader chairs them: "the talks were steered by X" names the chair, as "talks
#: chaired by X" does (:data:`AGENT_EVENTS` "chair").
CHAIRED_MEETINGS: frozenset[str] = frozenset(
    {"talk", "negotiation", "meeting", "summit", "discussion", "session", "conference", "debate", "forum"}
)
#: Works whose leader is one role, however the work is called: research ("the trial was led
#: by X", "X, who led the study", "the chief investigator, X" -> ``by:leadership:study``) and
#: an inquiry into what happened ("X, who is leading the investigation" / "Y is heading the
#: inquiry" / "the probe, led by Z" -> ``by:leadership:investigation``).
LED_WORKS: Mapping[str, str] = MappingProxyType(
    {"trial": "study", "study": "study", "research": "study", "experiment": "study", "survey": "study",
     "investigation": "investigation", "inquiry": "investigation", "enquiry": "investigation",
     "probe": "investigation"}
)
#: Verbs that set a title beside the name that holds it: "The referee was X".
TITLE_COPULAS: frozenset[str] = frozenset({"was", "is"})

#: Kinds of role a doer fills ("by:winner", "winner:match", "rank:3", "award:best actor",
#: "appointee:ceo"): a lone capitalised word that opens its sentence and fills one ("Brandt
#: scored the winner", "Biolynx developed the vaccine") is a name, unless it is a common noun
#: of :data:`COMMON_SUBJECTS`.
DOER_ROLES: frozenset[str] = frozenset(
    {"by", "winner", "loser", "rank", "award", "appointee", "successor", "identity"}
)
#: Common nouns that open a sentence as its subject with no determiner ("Officials said",
#: "Diplomats mediated the talks", "Police arrested"): people, groups and bodies of news, mostly
#: plural, and the mass nouns among them. A lone opening word of this list is never a name.
COMMON_SUBJECTS: frozenset[str] = frozenset(
    """
    officials authorities police officers detectives investigators inspectors prosecutors
    lawyers attorneys judges jurors jury magistrates rescuers firefighters paramedics medics
    doctors nurses surgeons scientists researchers astronomers engineers archaeologists
    biologists geologists experts analysts economists workers staff employees residents locals
    villagers witnesses protesters demonstrators activists campaigners voters fans supporters
    critics lawmakers legislators senators ministers leaders diplomats negotiators mediators
    troops soldiers forces militants rebels insurgents gunmen attackers assailants thieves
    burglars robbers raiders hackers passengers crew crews students pupils teachers parents
    families relatives farmers fishermen shoppers customers consumers shareholders investors
    regulators organisers organizers volunteers players teammates coaches managers owners
    directors executives bosses unions members delegates envoys observers monitors pilots
    drivers divers coastguards lifeguards climbers hikers tourists visitors spectators
    crowds mourners survivors victims suspects inmates prisoners refugees migrants guards
    sources reports records documents figures data results tests studies surveys polls
    scientists doctors designers architects builders contractors developers buyers sellers
    bidders winners judges hosts producers directors authors writers publishers critics
    firms companies banks lenders insurers airlines carriers operators manufacturers makers
    suppliers retailers brands clubs teams sides rivals opponents hosts governments states
    countries nations allies partners neighbours neighbors cities councils agencies
    ministries courts government parliament congress management security intelligence
    everyone nobody someone somebody many most several both others few all none each
    """.split()
)
