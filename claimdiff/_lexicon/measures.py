"""What a figure measures: the words of news copy that say it. Data only.

A figure's *measure* is the canonical name of what it counts or weighs ("deaths",
"arrested", "budget"), read from the words around it by :mod:`claimdiff.claims.frames`:
"the blast killed 12", "12 people died", "a death toll of 12" and "12 fatalities" all
measure ``deaths``. Two figures whose measures differ never speak of one thing, whatever
noun they count ("three patients have died" / "fourteen patients were infected").

Each table maps a measure to the word forms (case-folded, as written: no stemming) that
trigger it; a form of two words ("on board") is read as a pair. The lists come from the
general vocabulary of news reports, in British and American spelling; a word belongs to one
measure only, except that money and percentages share the measures of a negotiation or a
forecast (``demanded``, ``offered``, ``expected``): a pay claim and the offer answering it,
or a forecast and the result, are two figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Measures of counts (of people, mostly): read for plain numbers and counted nouns.
COUNT_MEASURES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "deaths": (
            "killed",
            "kill",
            "kills",
            "killing",
            "dead",
            "died",
            "die",
            "dies",
            "dying",
            "death",
            "deaths",
            "fatalities",
            "fatality",
            "fatally",
            "perished",
            "perish",
            "lives",
            "slain",
            "bodies",
            "toll",
            "drowned",
            "murdered",
            "lifeless",
            "deceased",
            "succumbed",
            "killings",
            "homicides",
            "massacred",
            "slaughtered",
            "shot dead",
            "lost their lives",
            "lost his life",
            "lost her life",
        ),
        "injured": (
            "injured",
            "injuring",
            "injure",
            "injures",
            "injuries",
            "injury",
            "wounded",
            "wounding",
            "hurt",
            "maimed",
            "wounds",
            # hurt enough to be treated: "treated for minor injuries", "treated at the scene"
            "treated for",
            "treated at",
        ),
        # taken to or kept in hospital: a part of the injured, a count of its own ("nine people were taken
        # to hospital" / "six needed hospital treatment"; "11 remain in hospital")
        "hospitalised": (
            "hospitalised", "hospitalized", "hospitalisation", "hospitalization", "hospitalisations",
            "hospitalizations", "to hospital", "in hospital", "hospital treatment", "treated in", "admitted to",
        ),
        "missing": ("missing", "unaccounted", "disappeared", "vanished", "not been found", "never found"),
        "evacuated": (
            "evacuated",
            "evacuate",
            "evacuates",
            "evacuating",
            "evacuation",
            "evacuations",
            "evacuees",
            "evacuee",
            "moved out",
            "moved to safety",
            "taken to safety",
            "relocated",
            "ordered out",
            "ordered to leave",
            "told to leave",
            "forced to leave",
            "shelters",
            "emergency shelters",
            "took shelter",
            "evacuation order",
            "evacuation orders",
        ),
        # how many live in a place: "a village of about 600 people", "home to 30,000"
        "population": (
            "population", "inhabitants", "home to", "village of", "town of", "city of", "island of",
            "community of", "hamlet of", "suburb of",
        ),
        "displaced": (
            "displaced", "displacing", "displaces", "displacement", "homeless", "fled", "flee", "flees", "fleeing",
            "refugees", "uprooted", "driven from", "driven out", "forced from", "forced out", "lost their homes",
        ),
        "arrested": (
            "arrested",
            "arrest",
            "arrests",
            "arresting",
            "detained",
            "detain",
            "detains",
            "detaining",
            "detention",
            "detentions",
            "detainees",
            "custody",
            "apprehended",
            "rounded up",
            "held by police",
        ),
        # charges brought, not the charge of one man ("in charge of 40 staff"): "filed charges against five men"
        "charged": (
            "charged", "charges", "indicted", "indict", "indicts", "indictment", "indictments", "prosecuted",
            "prosecute", "prosecutes", "prosecuting", "prosecutions",
        ),
        # a count of people found guilty, not of one man's record ("14 previous convictions")
        "convicted": ("convicted", "convict", "convicting", "guilty", "found guilty"),
        "acquitted": ("acquitted", "acquittals", "acquit", "not guilty", "found not guilty", "cleared of"),
        "pleaded guilty": (
            "pleaded guilty", "pled guilty", "plead guilty", "pleads guilty", "pleading guilty", "admitted the charges",
        ),
        "pleaded not guilty": (
            "pleaded not guilty", "pled not guilty", "plead not guilty", "pleads not guilty", "pleading not guilty",
            "denied the charges",
        ),
        "signed": ("signed", "sign", "signing", "inked", "concluded"),
        # those who survived a sinking or a crash are those saved from it ("74 survivors" by its noun)
        "rescued": (
            "rescued", "rescue", "rescues", "rescuing", "saved", "survived", "airlifted", "airlift", "winched",
            "plucked", "pulled alive", "pulled from", "to safety", "brought out alive",
        ),
        "kidnapped": (
            "kidnapped", "kidnap", "kidnapping", "abducted", "abduction", "taken hostage", "held hostage",
            "held captive", "hostage", "hostages", "captive", "captives", "captivity",
        ),
        "infected": (
            "infected",
            "cases",
            "diagnosed",
            "sickened",
            "fell ill",
            "contracted",
            "positive",
            "tested positive",
            "confirmed cases",
        ),
        "tested": ("tested", "tests", "screened", "screening", "swabbed"),
        "recovered": ("recovered", "recoveries", "discharged"),
        # a strike's count: "10,000 nurses walked out", "went on strike"
        "on strike": ("on strike", "walked out", "walk out", "walking out", "striking", "downed tools"),
        "aboard": (
            "aboard", "onboard", "passengers", "passenger", "on board", "on the bus",
            "on the train", "on the plane", "on the boat", "on the ferry", "on the flight",
        ),
        "attendance": (
            "crowd", "crowds", "attendance", "spectators", "attended", "attending", "watched", "attracted",
            "attract", "attracts", "attracting", "audience", "audiences", "flocked", "thronged", "packed",
            "packed with", "packed into",
            "front of", "sell-out", "capacity", "drew", "draw", "draws", "drawing",
            # a march or a rally: who came ("80,000 people took part", "turned out", "marched")
            "took part", "take part", "taking part", "turned out", "turn out", "turning out", "turned up",
            "came out", "marched", "marching", "marchers", "rallied", "demonstrated",
        ),
        # jobs a company cuts: "laid off 300 workers", "450 redundancies", "axed 120 posts"
        "job cuts": (
            "laid off", "lay off", "lays off", "laying off", "layoff", "layoffs", "redundancies", "redundancy",
            "redundant", "axed", "axe", "axes", "axing", "job cuts", "job losses", "shed", "sheds", "shedding",
            "lay offs", "culled", "cull", "culling",
        ),
        "counted": ("counted", "tallied", "tabulated"),
        # questioned by police: "detectives have questioned 30 people", "interviewed under caution"
        "questioned": ("questioned", "questioning", "interrogated", "interviewed under", "under caution"),
        # held where they are: "12 miners are trapped", "3,000 passengers were stranded"
        "trapped": ("trapped", "stranded", "entombed"),
        "deported": (
            "deported", "deport", "deports", "deporting", "deportation", "deportations", "expelled", "expel",
            "expels", "expelling", "expulsion", "expulsions", "extradited", "repatriated",
        ),
        "vaccinated": (
            "vaccinated", "vaccinating", "vaccinate", "vaccinations", "vaccination", "inoculated", "jabbed",
            "received the vaccine", "received a vaccine", "been vaccinated",
        ),
        # what a theft or a data breach took: "stole the records of 182,000 patients"
        "stolen": (
            "stolen", "stole", "steal", "steals", "theft", "leaked", "exposed", "compromised", "breached",
            "hacked", "leak site",
        ),
        "without power": (
            "without power",
            "without electricity",
            "power",
            "electricity",
            "lost power",
            "no power",
            "outage",
            "outages",
            "blackout",
            "blackouts",
            "power cut",
            "power cuts",
        ),
    }
)

#: Measures of sums of money: read for currency figures only.
MONEY_MEASURES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "budget": ("budget", "budgets", "budgeted", "spending"),
        "revenue": ("revenue", "revenues", "sales", "turnover"),
        # ("before tax" cannot be read: "before" ends a stretch, so "tax" alone names no measure)
        "profit": ("profit", "profits", "earnings", "income", "pre tax", "post tax", "pretax"),
        "tax": ("taxes", "taxed", "tax bill", "in tax", "levy", "levies"),
        # a state's rescue: "a £2bn bailout", "the rescue package"
        "bailout": (
            "bailout", "bailouts", "bail out", "rescue package", "rescue deal", "stimulus", "relief package",
            "aid package", "support package",
        ),
        "loss": ("loss", "losses", "deficit"),
        "fine": ("fine", "fined", "fines", "fining", "penalty", "penalties", "civil penalty"),
        "damages": (
            "damages", "judgment", "judgement", "verdict", "award", "awarded", "compensation",
            "refund", "refunds", "refunded", "restitution", "reimburse", "reimbursed", "repay",
            "repaid", "pay back", "paid back",
        ),
        "settlement": ("settlement", "settle", "settled"),
        # what an insurer or a fund pays out, with interest or in all: no judgment's sum
        "payout": ("payout", "payouts", "paid out", "pay out", "pays out"),
        "bail": ("bail", "surety", "bail bond"),
        "reward": ("reward", "rewards", "bounty"),

        "price": (
            "price", "priced", "prices", "costs", "cost", "costing", "costed", "fare", "fares", "fee", "fees",
            "price tag", "sold for", "fetched", "fetch", "fetches", "went for", "changed hands",
        ),
        "valuation": ("valuation", "valued", "worth"),
        "salary": (
            "salary", "salaries", "wage", "wages", "bonus", "bonuses", "remuneration", "pay packet", "pay package",
            "paycheck", "paycheque", "stipend", "annual pay",
        ),
        # money put in, or brought in by an appeal: "the appeal has raised £40,000", "raised $50m"
        "funding": (
            "funding", "funded", "grant", "grants", "aid", "investment", "invest", "invested", "raised", "raise",
            "raises", "raising", "donations", "donation", "donated", "donate", "fundraiser", "fundraising",
            "crowdfunding", "pledged", "pledges",
        ),
        "debt": ("debt", "debts", "loan", "loans", "borrowing", "owed", "owes"),
        "stolen": (
            "stolen", "stole", "steal", "steals", "stealing", "theft", "haul", "loot", "snatched", "embezzled",
        ),
        "demanded": (
            "demand", "demands", "demanded", "demanding", "sought", "seeking", "seeks", "want", "wants",
            "wanted", "call for", "calls for", "calling for", "called for", "push for", "pushing for",
            "claim", "asking for", "asked for", "ransom",
        ),
        "offered": ("offer", "offers", "offered", "offering", "proposed", "proposal", "bid"),
        "expected": (
            "expected", "expect", "expects", "estimate", "estimates", "estimated", "consensus",
            "forecast", "forecasts", "projected", "projection", "predicted", "anticipated",
            "guidance", "outlook", "target",
        ),
    }
)

#: Measures of spans of time: read for figures counting a time unit ("four minutes").
DURATION_MEASURES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "lasted": (
        "lasted", "last", "lasts", "lasting", "took", "long", "spanned", "duration", "run", "runs", "ran",
        "running time", "run time", "runtime", "went on", "go on", "goes on", "going on", "dragged on",
        "drag on", "drags on",
    ),
    "follow-up": ("followed", "tracked", "monitored", "follow-up", "observed"),
    "prison term": (
        "jailed", "sentenced", "sentence", "prison", "imprisonment", "jail", "custodial",
        "imprisoned", "behind bars", "locked up", "incarcerated", "incarceration", "jailing", "sentences",
        "minimum term", "before parole", "life sentence",
    ),
    "waited": ("waited", "wait", "waiting", "queued", "delay", "delayed", "stranded"),
    "closed": ("closed", "closure", "closures", "shut", "shutdown", "shut down", "closed off"),
    "missing for": ("missing", "disappeared", "vanished", "unaccounted"),
    "at large": ("on the run", "at large", "evaded", "eluded"),
    "in office": ("in office", "in power", "reigned", "reign", "tenure", "at the helm", "in charge"),
    # a ban from sport, driving or office: "banned for two years", "a four-year suspension"
    "ban": (
        "banned", "ban", "bans", "banning", "suspended", "suspension", "suspensions", "disqualified",
        "disqualification", "barred",
    ),
})

#: Words in -ed or -ing before a span of time that name no act it spans: prepositions,
#: times of day, plans and estimates ("during the following three days", "scheduled for two
#: hours", "an estimated four hours").
NOT_ACTS: frozenset[str] = frozenset({
    "during", "following", "according", "including", "excluding", "regarding", "concerning", "pending",
    "morning", "evening", "nothing", "something", "anything", "everything", "thing", "spring",
    "scheduled", "planned", "expected", "estimated", "projected", "anticipated", "proposed", "intended",
    "allotted", "allocated", "budgeted", "slated", "timetabled", "billed", "designed", "supposed",
    "reported", "alleged", "approximated", "combined", "unexpected", "unprecedented", "extended",
    "additional", "continued", "remaining", "added", "needed", "required", "limited", "bring", "being",
    "ceiling", "building",
})

#: Irregular past participles before a span of time that name the act it spans, as
#: :func:`~claimdiff.claims.frames._act_spanned` reads verbs in -ed and -ing: "the money was
#: taken over nine years", "the painting was hidden for four decades".
IRREGULAR_ACTS: frozenset[str] = frozenset({
    "taken", "given", "held", "kept", "spent", "stolen", "hidden", "driven", "written", "built", "sent",
    "won", "lost", "fought", "sought", "taught", "bought", "sold", "paid", "laid", "left", "met", "led",
    "fled", "slept", "stood", "sat", "lain", "frozen", "broken", "chosen", "forgotten", "ridden",
})

#: Acts whose span may be any measured one: one serves a prison term, a term in office or a ban.
ANY_MEASURE_ACTS: frozenset[str] = frozenset({"serv", "spent", "held", "kept"})

#: Spans of time that measure only one act, so a span read from another act (``act=...``) is a
#: different figure ("jailed for six years" / "the fraud, carried out over nine years"); the
#: generic ones ("lasted") may be the span of any act ("the trial lasted four weeks" / "a
#: four-week trial").
GENERIC_SPAN_MEASURES: frozenset[str] = frozenset({"lasted", "waited", "follow-up"})

#: Words before "in" and a span of time that make the span a window of comparison, not the
#: length of an act: "the first time in three decades", "the worst flooding in 20 years",
#: "the first case against a serving official in more than twenty years".
WINDOW_WORDS: frozenset[str] = frozenset({
    "first", "worst", "best", "biggest", "largest", "highest", "lowest", "longest", "shortest", "deadliest",
    "strongest", "heaviest", "hottest", "coldest", "wettest", "driest", "busiest", "fastest", "slowest",
    "greatest", "most", "least", "fewest", "only", "last", "record",
})

#: Words right after a span of time with no measure word that make it a distance from another
#: act, not the length of one: "two days after the crash", "an hour before the vote", "ten
#: minutes into the match", "three weeks later".
OFFSET_WORDS: frozenset[str] = frozenset({"after", "before", "into", "later", "earlier", "afterwards", "beforehand"})

#: Words in a figure's clause that make an injury count one of a given severity, a part of all
#: the injured: "four of them seriously", "two critically injured", "treated for minor injuries".
SEVERITY_WORDS: Mapping[str, str] = MappingProxyType({
    "seriously": "serious", "serious": "serious", "critically": "serious", "critical": "serious",
    "badly": "serious", "severely": "serious", "severe": "serious", "gravely": "serious", "grave": "serious",
    "minor": "minor", "slightly": "minor", "slight": "minor", "lightly": "minor", "superficial": "minor",
})
#: Measures a severity word qualifies.
SEVERITY_MEASURES: frozenset[str] = frozenset({"injured", "hospitalised"})

#: Measures of a match clock: which event an ordinal minute times ("struck in the 114th
#: minute", "sent off in the 97th minute"). They keep the times of different events apart;
#: they never link figures by themselves, as a match has many goals.
CLOCK_MEASURES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "goal minute": (
        "scored", "scores", "score", "scoring", "struck", "strikes", "netted", "nets", "goal", "winner",
        "equaliser", "equalizer", "header", "headed", "curled", "fired", "converted", "opener", "tapped",
        "volleyed", "slotted", "finished", "try", "touchdown",
    ),
    "dismissal minute": (
        "sent off", "red card", "second yellow", "dismissed", "dismissal", "sending off", "ejected",
    ),
    "booking minute": ("booked", "cautioned", "booking", "caution"),
    "substitution minute": (
        "substitute", "substitution", "replacement", "replaced", "came on", "introduced", "on since",
        "brought on", "subbed",
    ),
    "injury minute": ("injured", "injury", "limped", "stretchered", "hurt"),
})

#: Measures of percentages: what the share is of, or what changed by it.
PERCENT_MEASURES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "vote share": ("vote", "votes", "ballot", "polled"),
        "counted": ("counted", "count", "reported", "tallied", "precincts"),
        "turnout": (
            "turnout", "took part", "take part", "taking part", "participation", "participated",
            "participating", "cast a ballot", "cast ballots", "cast their", "turned out", "to the polls",
        ),
        "tariff": ("tariff", "tariffs", "duty", "duties", "import tax"),
        "tax rate": ("tax rate", "tax rates", "vat", "income tax", "corporation tax"),
        "mortgage rate": ("mortgage", "mortgages", "mortgage rate", "mortgage rates"),
        "bond yield": ("yield", "yields", "bond yield", "bond yields"),
        "inflation": (
            "inflation", "cpi", "consumer prices", "consumer price", "price index", "cost of living", "inflation rate",
        ),
        "unemployment": ("unemployment", "jobless", "jobless rate", "unemployment rate"),
        # the economy's growth: "the economy grew 2.1%", "GDP expanded by 2.6%"
        "growth": ("gdp", "economy", "economic growth", "gross domestic product", "economic output"),
        "interest rate": (
            "rate", "rates", "interest rate", "key rate", "base rate", "bank rate", "policy rate", "benchmark rate",
            "borrowing costs",
        ),
        "stake": ("stake", "owns", "owned", "holding"),
        "approval": (
            "approval", "approve", "approved", "support", "supported", "backing", "backed", "in favour", "in favor",
        ),
        "demanded": (
            "demand", "demands", "demanded", "demanding", "sought", "seeking", "seeks", "want", "wants",
            "wanted", "call for", "calls for", "calling for", "called for", "push for", "pushing for",
            "claim", "asking for", "asked for", "ransom",
        ),
        "offered": ("offer", "offers", "offered", "offering", "proposed", "proposal"),
        "expected": (
            "expected", "expect", "expects", "estimate", "estimates", "consensus", "forecast",
            "forecasts", "projected", "projection", "predicted", "anticipated", "guidance", "target",
        ),
    }
)

#: What befalls homes and buildings, flights and trains, land and goods: read only for a count
#: of that noun (:data:`KEYED_COUNT_MEASURES`), as "destroyed 40 drones" is no home destroyed.
_DESTROYED = (
    "destroyed", "destroy", "destroys", "destroying", "destruction", "razed", "raze", "razing", "flattened",
    "flatten", "levelled", "leveled", "burned down", "burnt down", "burned out", "gutted", "demolished",
    "wiped out", "washed away", "swept away", "obliterated", "collapsed", "reduced to", "lost",
)
_DAMAGED = ("damaged", "damage", "damages", "damaging", "hit", "affected", "struck", "inundated", "flooded")
_CANCELLED = (
    "cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling", "cancellation", "cancellations",
    "scrapped", "grounded", "axed", "called off",
)
_DELAYED = ("delayed", "delay", "delays", "held up", "disrupted", "diverted", "late")
_BURNED = (
    "burned", "burnt", "burn", "burns", "burning", "scorched", "scorching", "charred", "blackened", "consumed",
    "torched", "ravaged", "engulfed", "destroyed", "burned through", "burnt through",
)
_FLOODED = ("flooded", "inundated", "submerged", "underwater", "under water")
_SEIZED = (
    "seized", "seize", "seizes", "seizing", "seizure", "seizures", "confiscated", "confiscate", "intercepted",
    "recovered", "haul", "found", "impounded",
)

#: Measures that words trigger only for figures of one counted noun (its canonical key): "cut
#: 300 jobs" counts job cuts, where "cut 30 trains" does not; "created 500 jobs" counts jobs made.
KEYED_COUNT_MEASURES: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType({
    "job": MappingProxyType({
        "job cuts": (
            "cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "eliminate", "eliminates",
            "eliminated", "eliminating", "scrap", "scraps", "scrapped", "scrapping", "lose", "loses", "lost",
            "losing", "loss", "losses", "trim", "trims", "trimmed", "trimming", "reduce", "reduces", "reduced",
            "reducing", "reduction", "go", "gone", "disappear", "sacked", "sack", "sacks", "sacking", "fired",
            "fire", "fires", "firing", "dismissed", "dismiss", "dismisses", "dismissing",
        ),
        "jobs created": (
            "create", "creates", "created", "creating", "creation", "add", "adds", "added", "adding", "hire",
            "hires", "hired", "hiring", "recruit", "recruits", "recruited", "recruiting", "new", "bring",
            "brings", "brought", "bringing", "generate", "generates", "generated", "generating",
        ),
    }),
    **{key: MappingProxyType({
        f"{key}s destroyed": _DESTROYED, f"{key}s damaged": _DAMAGED}) for key in ("home", "building")},
    **{key: MappingProxyType({
        f"{key}s cancelled": _CANCELLED, f"{key}s delayed": _DELAYED}) for key in ("flight", "train")},
    "area": MappingProxyType({"area burned": _BURNED, "area flooded": _FLOODED}),
    # prisoners let out: "freed 120 prisoners", "200 inmates were released"
    "prisoner": MappingProxyType({
        "prisoners released": ("released", "release", "releases", "releasing", "freed", "free", "frees", "freeing",
                               "pardoned", "paroled", "amnesty"),
        "escaped": ("escaped", "escape", "escapes", "escaping", "broke out", "absconded", "at large", "on the run"),
    }),
    "mass": MappingProxyType({"seized": _SEIZED}),
    **{key: MappingProxyType({"votes cast": ("cast", "casting")}) for key in ("vote", "ballot")},
    # shops a chain closes: "will close 30 stores", "45 branches will shut"
    "store": MappingProxyType({"stores closed": (
        "close", "closes", "closed", "closing", "closure", "closures", "shut", "shuts", "shutting", "shutter",
        "shutters", "shuttered", "shut down",
    )}),
    # a count of people on a boat, a bus or a plane: "a boat carrying 60 migrants"
    **{key: MappingProxyType({"aboard": ("carrying", "carried")})
       for key in ("person", "migrant", "tourist", "pilgrim")},
    "life": MappingProxyType({
        "deaths": (
            "claimed", "claim", "claims", "claiming", "took", "take", "takes", "taking", "taken", "cost", "costs",
            "costing", "lost", "lose", "loses", "losing",
        ),
    }),
})

#: Counted nouns (canonical keys, see :mod:`claimdiff._lexicon.synonyms`) that name a
#: measure themselves: "three deaths", "four arrests", "210 passengers".
NOUN_MEASURES: Mapping[str, str] = MappingProxyType(
    {
        "death": "deaths",
        "injury": "injured",
        "arrest": "arrested",
        "detainee": "arrested",
        "passenger": "aboard",
        "evacuee": "evacuated",
        "refugee": "displaced",
        "case": "infected",
        "infection": "infected",
        "spectator": "attendance",
        "protester": "attendance",
        "marcher": "attendance",
        "participant": "attendance",
        "casualty": "deaths",
        "hostage": "kidnapped",
        "captive": "kidnapped",
        "redundancy": "job cuts",
        "layoff": "job cuts",
        # "recovered nine bodies" counts the dead, as "the bodies of 11 people" does
        "body": "deaths",
        "corpse": "deaths",
        "fatality": "deaths",
        "survivor": "rescued",
        "attendee": "attendance",
        "mourner": "attendance",
        "arrestee": "arrested",
        "killing": "deaths",
        "homicide": "deaths",
        # where the hurt were taken is no count of them: "taken to five hospitals"
        "hospital": "hospitals",
    }
)

#: Counted nouns of :data:`NOUN_MEASURES` that name people by where they were or what they did,
#: and may be counted for something else that befell them: their measure holds only when no
#: trigger word stands near the figure ("210 passengers" are aboard, "three passengers died" are
#: deaths; "police detained 15 protesters" are arrests).
SOFT_NOUNS: frozenset[str] = frozenset({
    "passenger", "protester", "marcher", "participant", "spectator", "refugee", "hostage", "captive",
})

#: Words that end the stretch read on either side of a figure: a new clause or a list item
#: speaks of something else ("killing three people and injuring 47").
FRAME_STOPS: frozenset[str] = frozenset(
    {
        "and",
        "but",
        "or",
        "while",
        "whereas",
        "although",
        "though",
        "including",
        "plus",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "after",
        "before",
        "as",
        "than",
        "with",
    }
)

#: Kinds of people news counts apart: the parts of one group are disjoint populations, so a
#: count of one part never stands for a count of another, whatever they share ("164 passengers
#: and six crew", "12 adults and five children", "three officers and 20 protesters were hurt").
#: Canonical counted nouns (singular; synonyms in one part); a noun of no group links as before.
TOLD_APART: Mapping[str, tuple[frozenset[str], ...]] = MappingProxyType({
    "aboard": (frozenset({"passenger"}), frozenset({"crew", "pilot"})),
    "vehicle": (frozenset({"driver"}), frozenset({"passenger"})),
    "age": (frozenset({"adult"}), frozenset({"child", "infant", "baby", "toddler", "teenager"})),
    "sex": (frozenset({"man", "boy"}), frozenset({"woman", "girl"})),
    "order": (frozenset({"police", "police officer"}), frozenset({"protester", "rioter"})),
    "custody": (frozenset({"prisoner"}), frozenset({"guard", "warder"})),
    "care": (frozenset({"doctor", "physician", "surgeon"}), frozenset({"nurse"}), frozenset({"patient"})),
    "school": (frozenset({"pupil", "student"}), frozenset({"teacher"})),
    "match": (frozenset({"player"}), frozenset({"fan", "spectator", "supporter"})),
    "siege": (frozenset({"hostage", "captive"}), frozenset({"attacker", "kidnapper", "hijacker"})),
})


#: Counted nouns that say little of what is counted: people in general, and "others",
#: "times", "things". A figure of one of these (or of a unit: percent, money, time,
#: distance) is never linked by its noun alone; a rarer noun ("nominations", "trucks") is,
#: when each source gives it one reading.
GENERIC_NOUNS: frozenset[str] = frozenset({
    "person", "other", "man", "woman", "child", "member", "adult", "boy", "girl", "men", "women",
    "time", "thing", "one", "way", "part", "item", "unit", "piece", "group", "side",
    "official", "worker", "job", "patient", "student", "family", "victim", "soldier",
    # abstract nouns of discourse: "two reasons", "three questions", "one option"
    "reason", "factor", "issue", "question", "topic", "area", "aspect", "sign", "step", "example",
    "kind", "type", "option", "idea", "problem", "lesson", "message", "point", "priority",
    "scenario", "sense", "answer", "detail", "fact", "matter", "theme", "word",
})

#: Words that stand next to figures of every kind, whatever they count: the period a figure is
#: for ("a year earlier", "last quarter", "per day"), how it is averaged or totalled, how old
#: someone is ("aged 22"). Two figures in unrelated sentences that share only such a word
#: ("City workers get a 3% raise under contracts negotiated last year" / "growth next year to
#: 1.2%"; "patients aged 58 to 91" / "three men, aged 22") are not shown to count one thing;
#: change verbs (:data:`~claimdiff._lexicon.updates.CHANGE_VERBS`) and titles
#: (:data:`~claimdiff._lexicon.events.NOT_ACTORS`) are read the same way.
FIGURE_FRAME_WORDS: frozenset[str] = frozenset({
    "year", "month", "week", "day", "quarter", "decade", "century", "hour", "minute",
    "earlier", "later", "last", "next", "ago", "previous", "prior",
    "annual", "annually", "yearly", "monthly", "weekly", "daily", "hourly",
    "per", "each", "average", "total", "overall", "aged", "age", "old",
})

#: Words between an age and whose it is that are not the holder: "the 54-year-old former
#: engineer", "the 30-year-old British striker".
AGE_MODIFIERS: frozenset[str] = frozenset({
    "former", "retired", "veteran", "local", "married", "unemployed", "single", "young", "old",
    "new", "current", "acting", "then", "now", "british", "american", "french", "german",
})

#: Measures of what is done to the counted things, read only for a figure with a counted
#: noun ("signed 11 agreements"): a bare figure beside the verb is its subject ("the two
#: signed agreements" counts the signers).
OBJECT_MEASURES: frozenset[str] = frozenset({"signed"})

#: Words before a figure that make it an earlier value: "up from 120", "its previous
#: forecast of $18.7 billion", "the original estimate of 40".
PREVIOUS_BEFORE: frozenset[str] = frozenset({
    "previous", "prior", "former", "original", "initial", "earlier", "old", "up from",
    "down from", "rose from", "fell from", "increased from", "decreased from", "revised from",
})
#: Words right before a figure that make it part of a total told elsewhere: "the remaining
#: two", "another 40", "a further three", "the other two".
PART_BEFORE: frozenset[str] = frozenset({"remaining", "other", "another", "further", "additional", "extra"})
#: Words right after a figure that make it an increment: "two more have died".
PART_AFTER: frozenset[str] = frozenset({"more"})
#: Words in a figure's clause that make it an adjusted value of a company's accounts, not the
#: reported one: "adjusted earnings of $1.47 a share", "$40 million excluding one-off items".
ADJUSTED_BEFORE: frozenset[str] = frozenset({
    "adjusted", "underlying", "core", "normalised", "normalized", "pro forma", "comparable", "non gaap",
})
ADJUSTED_AFTER: frozenset[str] = frozenset({
    "adjusted", "excluding items", "excluding one", "excluding special", "before items", "before exceptional",
    "underlying",
})
#: First words of a sentence's opening phrase that make the figures of its main clause
#: adjusted values: "Excluding one-off charges, the bank earned $2.1bn", "Stripping out
#: exceptional items, profit rose to £40m", "On an underlying basis, sales grew 4%" (an opening
#: phrase holding a word of ``ADJUSTED_BEFORE`` and "basis" counts too).
ADJUSTED_OPENERS: frozenset[str] = frozenset({
    "excluding", "excluding items", "ex items", "adjusted", "adjusting", "stripping out", "strip out",
    "taking out", "not counting", "not including", "setting aside", "leaving aside", "ignoring", "discounting",
    "before exceptional", "before one", "before special", "before items", "before restructuring",
    "before charges", "on an adjusted", "on an underlying", "on a comparable", "on a like", "on a constant",
})
#: Words just before a span of time that make it a planned length, not the one an event took:
#: "its scheduled three hours", "was due to last two hours", "a planned 90-minute meeting".
PLANNED_BEFORE: frozenset[str] = frozenset({
    "scheduled", "planned", "slated", "allotted", "allocated", "budgeted", "due", "expected", "supposed",
    "meant", "intended", "designed", "set to", "timetabled", "billed",
})
#: Words after a figure that make it an earlier value: "$529 million a year earlier".
PREVIOUS_AFTER: frozenset[str] = frozenset({
    "year earlier", "year ago", "years earlier", "years ago", "month earlier", "quarter earlier",
    "previously", "last year", "previous year", "prior year",
})

#: Words of an estimate's author that make a count of a crowd the organisers' own, one claim
#: apart from the police's or a reporter's ("organisers said 80,000 took part"; "the union,
#: which organised the march, claimed 50,000"): read back from the figure in its sentence, the
#: nearest of these or of :data:`OTHER_ESTIMATORS` names who counted.
ORGANISER_WORDS: frozenset[str] = frozenset({
    "organisers", "organizers", "organiser", "organizer", "organised", "organized", "organising", "organizing",
    "promoters",
})
#: Authors of a crowd's estimate other than its organisers: "police put the crowd at 21,000".
OTHER_ESTIMATORS: frozenset[str] = frozenset({
    "police", "officers", "authorities", "officials", "ministry", "government", "estimators", "counters",
    "analysts", "researchers",
})
#: Measures whose figures an organiser's estimate sets apart (``attendance@organisers``).
ESTIMATED_MEASURES: frozenset[str] = frozenset({"attendance"})
#: Words between two figures of a sentence that set the second against the first, which then
#: counts what the first does when nothing near it says ("police put the crowd at 12,000,
#: while organisers claimed 50,000").
#: Not "against": "street protests against a judicial overhaul three years ago".
CONTRAST_WORDS: frozenset[str] = frozenset({"while", "whereas", "but", "versus", "vs"})
