"""Statements as claims: the predicates of news, their forms, and the cues of polarity.

Data only; :mod:`claimdiff.claims.statements` reads them. A *predicate* is the act or state a
sentence asserts ("confirmed", "the ruling", "resigned", "unchanged"), folded to a *concept*
(its synonyms share one: "authorised" and "approved" are ``approve``). The words are the
general vocabulary of news copy: courts, police, politics, business, sport, disasters,
health, science.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# Word lists packed by line, as in the other lexicons.
# fmt: off

#: Concepts and the verb lemmas that say them (British and American spellings both).
#:
#: >>> "authorise" in PREDICATE_CONCEPTS["approve"]
#: True
PREDICATE_CONCEPTS: Final = MappingProxyType(
    {
        # saying and knowing
        "confirm": ("confirm", "verify", "corroborate"),
        "admit": ("admit", "acknowledge", "concede", "confess"),
        "deny": ("deny", "refute"),
        "apologise": ("apologise", "apologize"),
        "announce": ("announce", "unveil", "disclose", "reveal"),
        "report": ("report",),
        # made public in print: "the report has yet to be published"
        "publish": ("publish",),
        # told in advance, asked first: "residents were not notified", "was not consulted"
        "inform": ("inform", "notify"),
        "consult": ("consult",),
        "invite": ("invite",),
        "demand": ("demand",),
        "receive": ("receive",),
        "comment": ("comment", "elaborate", "specify"),
        "mention": ("mention", "cite"),
        "discuss": ("discuss", "debate", "broach"),
        "find": ("find", "detect", "discover", "identify", "uncover", "locate", "determine", "pinpoint"),
        "show": ("show", "prove", "demonstrate", "establish"),
        "link": ("link", "connect", "tie", "attribute"),
        "cause": ("cause", "trigger", "spark"),
        "prevent": ("prevent", "avert"),
        # deciding
        "rule": ("rule", "decide", "adjudicate"),
        "approve": (
            "approve", "authorise", "authorize", "endorse", "ratify", "sanction", "allow", "permit",
            "greenlight", "grant", "award", "clear",
        ),
        "reject": ("reject", "refuse", "veto", "dismiss", "overrule", "block", "rebuff", "spurn"),
        "uphold": ("uphold", "affirm"),
        "overturn": ("overturn", "reverse", "quash", "annul", "invalidate"),
        "order": ("order", "instruct", "compel"),
        "ban": ("ban", "prohibit", "outlaw", "forbid"),
        "declare": ("declare", "proclaim", "impose"),
        "lift": ("lift", "revoke", "rescind", "repeal"),
        "accept": ("accept", "embrace"),
        "agree": ("agree", "settle"),
        "sign": ("sign", "ink"),
        "pass": ("pass", "adopt", "enact"),
        # a bill or a motion voted down: "the bill was defeated", "MPs threw out the motion"
        "defeat": ("defeat",),
        "vote": ("vote",),
        # people and bodies
        "resign": ("resign", "quit", "abdicate"),
        "retire": ("retire",),
        "appoint": ("appoint", "nominate", "hire", "recruit"),
        "dismiss": ("sack", "oust", "expel", "suspend", "overthrow", "topple", "depose"),
        "elect": ("elect", "reelect"),
        "arrest": ("arrest", "detain", "apprehend", "recapture", "catch"),
        # giving oneself up ends a flight as an arrest does: "handed himself in"
        "surrender": ("surrender",),
        "charge": ("charge", "indict", "prosecute"),
        "convict": ("convict",),
        "acquit": ("acquit", "exonerate"),
        "release": ("release", "free", "liberate"),
        # a state ended by putting back what it lacked: "power was restored", "he was reinstated"
        "restore": ("restore", "reinstate", "reconnect"),
        "sue": ("sue",),
        "appeal": ("appeal",),
        "testify": ("testify",),
        "submit": ("submit", "lodge", "tender"),
        "undergo": ("undergo",),
        "fine": ("fine", "penalise", "penalize"),
        "meet": ("meet",),
        "visit": ("visit",),
        "attend": ("attend",),
        # taking part, and its opposites: pulling out before, staying away on the day
        "participate": ("participate", "compete", "play", "perform"),
        # a risk or a claim made light of: "played down the risk" (no taking part)
        "downplay": ("downplay",),
        "withdraw": ("withdraw",),
        "skip": ("skip", "boycott", "snub", "shun", "miss"),
        "investigate": ("investigate", "probe", "examine", "inspect"),
        # contests
        "win": ("win", "clinch", "capture"),
        "lose": ("lose",),
        # a title or a seat kept against one lost: "retained her title"
        "retain": ("retain",),
        "score": ("score",),
        "qualify": ("qualify",),
        # put out of a contest: "were eliminated", "crashed out of the cup"
        "eliminate": ("eliminate",),
        # money and business
        "fund": ("fund", "finance", "bankroll", "subsidise", "subsidize"),
        # an insurer or a fund that covers a cost pays it ("will cover the drug" / "will pay for it")
        "pay": ("pay", "compensate", "refund", "reimburse", "repay", "cover"),
        "acquire": ("acquire", "buy", "purchase"),
        "sell": ("sell", "divest"),
        "offer": ("offer",),
        "merge": ("merge",),
        "invest": ("invest",),
        "recall": ("recall",),
        # change and its absence
        "rise": ("rise", "increase", "raise", "hike", "climb", "grow", "jump", "soar", "surge"),
        "fall": ("fall", "decrease", "cut", "lower", "reduce", "drop", "decline", "slash", "shrink", "plunge"),
        "unchanged": ("unchanged", "steady"),
        "active": ("active", "operational", "functional", "enabled", "activate"),
        "change": ("change", "alter", "amend", "modify", "revise"),
        "end": ("end", "stop", "halt", "cease", "terminate", "scrap", "discontinue", "abandon"),
        "continue": ("continue", "maintain", "sustain", "resume"),
        "remain": ("remain", "stay"),
        "extend": ("extend", "prolong", "renew", "lengthen"),
        "support": ("support",),
        "oppose": ("oppose",),
        # a vote cast neither way: "three members abstained"
        "abstain": ("abstain",),
        # judging what others did, well or badly: "welcomed the ruling" / "condemned the ruling"
        "praise": ("praise", "welcome", "hail", "applaud", "commend", "laud"),
        "criticise": ("criticise", "criticize", "condemn", "denounce", "slam", "decry", "deplore"),
        "cancel": ("cancel", "postpone", "delay", "shelve"),
        # taking what is not one's own, data included ("data was stolen", "files were exfiltrated")
        "steal": ("steal", "exfiltrate", "pilfer", "loot", "siphon", "embezzle", "copy"),
        # being hit by what happened, however hard: "services were not affected" is answered by
        # "appointments were postponed" as much as by "services were disrupted"
        "affect": ("affect", "disrupt", "impact", "cripple", "paralyse", "paralyze", "disable"),
        "include": ("include",),
        "exclude": ("exclude", "omit"),
        "forgo": ("forgo", "forego", "waive", "renounce", "relinquish"),
        "close": ("close", "shut"),
        "open": ("open", "reopen"),
        # events
        "launch": ("launch",),
        "land": ("land",),
        "crash": ("crash", "explode", "detonate"),
        # taken in for care: "three people were hospitalised", "taken to hospital"
        "hospitalise": ("hospitalise", "hospitalize"),
        "recover": ("recover", "retrieve", "salvage"),
        # getting out of custody: "escaped from the prison" (not "escaped injury": a verb of avoiding)
        "escape": ("escape",),
        # a fire put out: "firefighters extinguished the blaze", "brought it under control"
        "extinguish": ("extinguish", "douse"),
        # a thing whole after what might have broken it survived it ("landed intact", "undamaged")
        "survive": ("survive", "intact", "undamaged", "unscathed", "unbroken", "alive", "unharmed", "unhurt"),
        # "no one was killed" and "a man died" tell of one death
        "die": ("die", "perish", "kill", "dead"),
        "injure": ("injure", "wound", "hurt"),
        "attack": ("attack", "hack", "sabotage"),
        "evacuate": ("evacuate",),
        # leaving a place, however the going is told ("left Kessara", "were flown home")
        "leave": ("leave", "depart", "repatriate", "flee"),
        "rescue": ("rescue", "save"),
        # force or a weapon brought to bear: "did not use tear gas" / "fired tear gas" (the
        # weapon stays among the words the two accounts share)
        "use": ("use", "deploy", "employ", "fire"),
        "destroy": ("destroy", "demolish"),
        "damage": ("damage",),
        "spill": ("spill", "leak", "seep"),
        "collapse": ("collapse", "burst"),
        # a vessel lost: "the ferry sank", "capsized"
        "sink": ("sink", "capsize", "founder"),
        # let go from hospital: "the patient was discharged"
        "discharge": ("discharge",),
        "violate": ("violate", "break", "breach", "infringe", "contravene"),
        "comply": ("comply", "obey", "honour", "honor"),
        "warn": ("warn", "alert"),
        "issue": ("issue",),
        "spread": ("spread", "transmit"),
        "infect": ("infect",),
        "vaccinate": ("vaccinate", "inoculate", "immunise", "immunize"),
        # care given: "none of the passengers needed treatment", "was treated in hospital"
        "treat": ("treat",),
        # making goods: "the mill no longer produces paper"
        "produce": ("produce", "manufacture"),
        # an act or a fire begun: "the fire had been started deliberately", "work has yet to begin"
        "start": ("start", "begin", "commence"),
        # coming to a place: "the convoy never arrived", "on arrival"
        "arrive": ("arrive",),
        # checks, tests and works done: "failed to carry out the repairs", "conducted no tests"
        "conduct": ("conduct",),
        # a condition or a state of things getting better or worse: "her condition has improved"
        "improve": ("improve",),
        "worsen": ("worsen", "deteriorate"),
                        "reach": ("reach",),
        "complete": ("complete", "finish"),
        # advice given by a board or a panel: "the board recommended the offer"
        "recommend": ("recommend",),
        # plans or pictures passed on: "has not shared its plans", "shared photographs online"
        "share": ("share",),
        # what someone had with them: "was not carrying a beacon", "was wearing a lifejacket"
        "carry": ("carry", "wear"),
        # an alarm or a siren set off: "the alarm sounded", "the alarms never went off"
        "sound": ("sound",),
        # a wedding: "married on Saturday", "the couple wed in June", "tied the knot"
        "marry": ("marry", "wed"),
        # cover taken out, told as a state ("was insured") or as cover had ("carried no insurance")
        "insured": ("insure",),
        "succeed": ("succeed",),
        "fail": ("fail",),
    }
)

#: Nouns (and adjectives) that name an act, by the verb lemma whose concept they take
#: ("the approval" is ``approve``; "victory" is ``win``).
NOMINALISATIONS: Final = MappingProxyType(
    {
        "confirmation": "confirm", "verification": "verify", "admission": "admit",
        "acknowledgement": "acknowledge", "acknowledgment": "acknowledge", "concession": "concede",
        "denial": "deny", "announcement": "announce", "disclosure": "disclose", "revelation": "reveal",
        "mention": "mention", "comment": "comment", "discussion": "discuss", "debate": "debate",
        "finding": "find", "discovery": "discover", "detection": "detect", "identification": "identify",
        "link": "link", "connection": "connect", "ruling": "rule", "decision": "decide", "verdict": "rule",
        "judgment": "rule", "judgement": "rule", "approval": "approve", "authorisation": "authorise",
        "authorization": "authorize", "endorsement": "endorse", "ratification": "ratify", "permission": "permit",
        "rejection": "reject", "refusal": "refuse", "veto": "veto", "dismissal": "dismiss", "reversal": "reverse",
        "order": "order", "ban": "ban", "prohibition": "prohibit", "declaration": "declare",
        "imposition": "impose", "repeal": "repeal", "acceptance": "accept", "agreement": "agree",
        "settlement": "settle", "signing": "sign", "signature": "sign", "passage": "pass", "adoption": "adopt",
        "resignation": "resign", "retirement": "retire", "appointment": "appoint", "nomination": "nominate",
        "dismissals": "dismiss",
        "suspension": "suspend", "expulsion": "expel", "election": "elect", "arrest": "arrest",
        "detention": "detain", "charge": "charge", "indictment": "indict", "prosecution": "prosecute",
        "conviction": "convict", "acquittal": "acquit", "investigation": "investigate",
        "probe": "probe", "inspection": "inspect", "victory": "win", "win": "win", "defeat": "lose",
        "funding": "fund", "payment": "pay", "compensation": "compensate", "refund": "refund",
        "acquisition": "acquire", "purchase": "purchase", "takeover": "acquire", "sale": "sell",
        "merger": "merge", "investment": "invest", "recall": "recall", "increase": "increase", "rise": "rise",
        "hike": "hike", "cut": "cut", "reduction": "reduce", "decrease": "decrease", "change": "change",
        "amendment": "amend", "revision": "revise", "appeal": "appeal", "testimony": "testify",
        "submission": "submit", "spill": "spill", "spillage": "spill", "leak": "leak", "leakage": "leak",
        "halt": "halt", "termination": "terminate",
        "continuation": "continue", "extension": "extend", "renewal": "renew", "cancellation": "cancel",
        "postponement": "postpone", "delay": "delay", "inclusion": "include", "exclusion": "exclude",
        "departure": "depart", "repatriation": "repatriate",
        "closure": "close", "reopening": "reopen", "launch": "launch", "landing": "land", "crash": "crash",
        "explosion": "explode", "recovery": "recover", "survival": "survive", "death": "die",
        "evacuation": "evacuate", "rescue": "rescue", "destruction": "destroy", "collapse": "collapse",
        "violation": "violate", "breach": "breach", "infringement": "infringe", "compliance": "comply",
        "warning": "warn", "alert": "alert", "transmission": "transmit", "injury": "injure", "repayment": "repay",
        "completion": "complete", "failure": "fail", "success": "succeed", "qualification": "qualify",
        "prevention": "prevent", "proof": "prove", "activation": "activate",
        "cyberattack": "attack", "cyber-attack": "attack", "hacking": "hack",
        "disruption": "disrupt", "theft": "steal", "exfiltration": "exfiltrate", "looting": "loot",
        "embezzlement": "embezzle", "confession": "confess", "publication": "publish", "invitation": "invite",
        "consultation": "consult", "notification": "notify", "vaccination": "vaccinate", "apology": "apologise",
        "detonation": "detonate",
        "hospitalisation": "hospitalise", "hospitalization": "hospitalize", "abstention": "abstain", "praise": "praise",
        "criticism": "criticise", "condemnation": "condemn", "denunciation": "denounce", "surrender": "surrender",
        "restoration": "restore", "reinstatement": "reinstate", "participation": "participate",
        "withdrawal": "withdraw", "boycott": "boycott", "meeting": "meet", "treatment": "treat",
        "production": "produce", "manufacture": "manufacture", "survivor": "survive", "survivors": "survive",
        "arrival": "arrive", "improvement": "improve", "deterioration": "deteriorate",
        "recommendation": "recommend", "marriage": "marry", "insurance": "insure",
    }
)

#: Irregular verb forms, by their lemma's form (regular ones are found by stripping suffixes).
IRREGULAR_FORMS: Final = MappingProxyType(
    {
        "found": "find", "won": "win", "lost": "lose", "held": "hold", "left": "leave", "made": "make",
        "broke": "break", "broken": "break", "took": "take", "taken": "take", "gave": "give", "given": "give",
        "came": "come", "went": "go", "gone": "go", "said": "say", "paid": "pay", "met": "meet", "brought":
        "bring", "began": "begin", "begun": "begin", "fell": "fall", "fallen": "fall", "rose": "rise",
        "risen": "rise", "grew": "grow", "grown": "grow", "sold": "sell", "bought": "buy", "caught": "catch",
        "fought": "fight", "thought": "think", "kept": "keep", "led": "lead", "stood": "stand", "struck":
        "strike", "stricken": "strike", "withdrew": "withdraw", "withdrawn": "withdraw", "drew": "draw",
        "drawn": "draw", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
        "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "upheld": "uphold",
        "forbade": "forbid", "forbidden": "forbid", "sought": "seek", "laid": "lay", "dealt": "deal",
        "sent": "send", "shot": "shoot", "slid": "slide", "swore": "swear", "sworn": "swear", "withheld":
        "withhold", "known": "know", "knew": "know", "shown": "show", "told": "tell", "ran": "run",
        "saw": "see", "seen": "see", "did": "do", "done": "do", "had": "have", "has": "have", "was": "be",
        "were": "be", "is": "be", "are": "be", "been": "be", "got": "get", "gotten": "get", "put": "put",
        "set": "set", "cut": "cut", "hit": "hit", "quit": "quit", "shut": "shut", "spread": "spread",
        "bet": "bet", "cast": "cast", "hurt": "hurt", "let": "let", "bid": "bid", "overtook": "overtake",
        "overtaken": "overtake", "undertook": "undertake", "undertaken": "undertake", "overrode": "override",
        "overridden": "override", "shrank": "shrink", "shrunk": "shrink", "sank": "sink", "sunk": "sink",
        "blew": "blow", "blown": "blow", "flew": "fly", "flown": "fly", "froze": "freeze", "frozen": "freeze",
        "hid": "hide", "hidden": "hide", "rode": "ride", "ridden": "ride", "shook": "shake", "shaken": "shake",
        "stole": "steal", "stolen": "steal", "tore": "tear", "torn": "tear", "woke": "wake", "woken": "wake",
        "bore": "bear", "borne": "bear", "forgave": "forgive", "forgiven": "forgive", "mistook": "mistake",
        "mistaken": "mistake", "arose": "arise", "arisen": "arise", "dug": "dig", "fed": "feed", "fled": "flee",
        "hung": "hang", "lent": "lend", "meant": "mean", "spent": "spend", "stuck": "stick", "swept": "sweep",
        "taught": "teach", "understood": "understand", "wound": "wind", "ground": "grind", "underwent": "undergo",
        "undergone": "undergo", "spilt": "spill", "repaid": "repay", "sat": "sit",
        "overthrew": "overthrow", "overthrown": "overthrow", "threw": "throw", "thrown": "throw",
        "wore": "wear", "worn": "wear",
    }
)

#: Verb lemmas whose final consonant doubles before "-ed" and "-ing" ("admitted", "banning").
DOUBLING: Final = frozenset(
    {
        "admit", "ban", "bar", "commit", "cut", "drop", "equip", "grab", "hit", "omit", "plan", "quit",
        "rob", "ship", "shut", "slip", "stop", "submit", "transmit", "scrap", "permit", "refer", "occur",
        "set", "put", "win", "run", "sit", "get", "let", "begin", "swim", "spin", "sue",
        "step", "trim", "slam", "tip", "nab", "stab", "grip", "flip", "skip", "snap", "strip", "wrap", "spot",
        "wed", "bid", "jab", "rig", "dip", "chop", "mop", "nod", "pin", "rap", "tap", "zip", "lag",
        "acquit", "expel", "compel", "propel", "dispel", "repel", "control", "patrol", "prefer", "confer",
        "transfer", "deter", "kidnap", "regret", "rebel", "embed", "outbid", "abet", "refit",
    }
)

#: Word sequences that say one concept together (the first word as any form of its verb):
#: ("step", "down") is ``resign`` in "stepped down" and "stepping down".
PHRASES: Final = (
    (("step", "down"), "resign"),
    (("stand", "down"), "resign"),
    (("turn", "down"), "reject"),
    (("throw", "out"), "reject"),
    (("strike", "down"), "overturn"),
    (("clear", "the", "way"), "approve"),
    (("pave", "the", "way"), "approve"),
    (("give", "the", "go-ahead"), "approve"),
    (("give", "the", "green", "light"), "approve"),
    (("sign", "off"), "approve"),
    (("call", "off"), "cancel"),
    (("touch", "down"), "land"),
    (("go", "up"), "rise"),
    (("go", "down"), "fall"),
    (("raise", "the", "question"), "discuss"),
    (("raise", "the", "issue"), "discuss"),
    (("raise", "the", "matter"), "discuss"),
    (("raise", "the", "subject"), "discuss"),
    (("raise", "the", "topic"), "discuss"),
    (("raise", "concerns"), "discuss"),
    (("take", "over"), "acquire"),
    (("lay", "off"), "dismiss"),
    (("crash", "out"), "eliminate"),
    # a place in a team: "was left out of the squad", "dropped from the side", "named in the squad"
    (("leave", "out"), "exclude"),
    *(
        ((verb, prep, "the", team), concept)
        for verb, prep, concept in (("drop", "from", "exclude"), ("name", "in", "include"), ("recall", "to", "include"))
        for team in ("squad", "team", "side", "line-up", "lineup", "starting", "cabinet", "roster", "shortlist")
    ),
    (("break", "out", "of"), "escape"),
    # a fire, a fight or a war begun: "a fire broke out at the flats"
    (("break", "out"), "start"),
    # back as it was: "the line was back open", "back online"
    (("back", "open"), "open"),
    (("back", "in", "service"), "open"),
    (("back", "up", "and", "running"), "open"),
    (("back", "online"), "restore"),
    (("knock", "out", "of"), "eliminate"),
    (("walk", "out", "of"), "withdraw"),
    *(((verb, "ahead"), "continue") for verb in ("press", "push")),
    (("put", "on", "hold"), "cancel"),
    (("play", "down"), "downplay"),
    (("put", "out"), "extinguish"),
    (("bring", "under", "control"), "extinguish"),
    (("abide", "by"), "comply"),
    # a person dismissed from a post, not a claim dismissed: "was dismissed from the board"
    (("dismiss", "from"), "dismiss"),
    (("send", "off"), "dismiss"),
    (("wind", "down"), "end"),
    (("phase", "out"), "end"),
    (("put", "an", "end"), "end"),
    (("hold", "steady"), "unchanged"),
    (("hold", "talks"), "discuss"),
    (("break", "up"), "destroy"),
    (("break", "apart"), "destroy"),
    (("go", "ahead"), "continue"),
    (("carry", "on"), "continue"),
    (("back", "down"), "admit"),
    (("find", "out"), "find"),
    (("vote", "for"), "support"),
    (("vote", "in", "favour"), "support"),
    (("vote", "in", "favor"), "support"),
    (("vote", "against"), "oppose"),
    (("hand", "in"), "submit"),
    # notice given to an employer: "handed in her notice", "handed in his resignation"
    *(
        ((verb, "in", det, what), "resign")
        for verb in ("hand", "give")
        for det in ("his", "her", "their")
        for what in ("notice", "resignation")
    ),
    *(((verb, "out"), "defeat") for verb in ("vote", "throw")),
    (("vote", "down"), "defeat"),
    (("knock", "out"), "affect"),
    *(((verb, "offline"), "affect") for verb in ("knock", "take", "go", "force")),
    (("plead", "guilty"), "admit"),
    (("plead", "not", "guilty"), "deny"),
    (("pass", "away"), "die"),
    (("lose", "his", "life"), "die"),
    (("lose", "her", "life"), "die"),
    (("lose", "their", "lives"), "die"),
    (("give", "up"), "forgo"),
    (("foul", "play"), "attack"),
    # a call for help warns, however it is sent or received ("no distress call was received")
    *(
        (words, "warn")
        for words in (
            ("distress", "call"), ("distress", "calls"), ("distress", "signal"), ("distress", "signals"),
            ("mayday", "call"), ("call", "for", "help"),
        )
    ),
    *(
        ((verb, way), "leave")
        for verb in ("fly", "return", "head", "travel", "sail", "arrive", "get", "go", "come")
        for way in ("home", "back")
    ),
    # being there, however the act done there is told ("accepted the award on stage")
    (("on", "stage"), "attend"),
    (("in", "person"), "attend"),
    # taking part and pulling out: "pulled out of the final", "took part in the talks"
    *(((verb, "out"), "withdraw") for verb in ("pull", "drop", "bow", "back")),
    (("take", "part"), "participate"),
    (("stay", "away"), "skip"),
    (("sit", "out"), "skip"),
    (("absent", "from"), "skip"),
    (("present", "at"), "attend"),
    *(((verb, "up", "at"), "attend") for verb in ("turn", "show")),
    (("appear", "at"), "attend"),
    # a player ruled out of a match misses it ("was ruled out of the final with a knee injury")
    (("rule", "out", "of"), "skip"),
    (("say", "no", "to"), "reject"),
    (("own", "up"), "admit"),
    # a law in force from a day: "the ban came into force on Monday", "has yet to take effect"
    (("come", "into", "force"), "take-effect"),
    (("come", "into", "effect"), "take-effect"),
    (("enter", "into", "force"), "take-effect"),
    (("take", "effect"), "take-effect"),
    # an attack owned: "no group has claimed responsibility"; a fault owned: "took responsibility"
    *(((verb, "responsibility"), "claim-responsibility") for verb in ("claim",)),
    *(((verb, "responsibility"), "admit") for verb in ("take", "accept", "admit", "acknowledge")),
    *(((verb, "responsibility"), "deny") for verb in ("deny", "disclaim")),
    *(((verb, "to", "hospital"), "hospitalise") for verb in ("take", "rush", "airlift", "fly")),
    # an alarm set off: "the alarm went off at 2am", "the alarms never went off"
    (("go", "off"), "sound"),
    (("tie", "the", "knot"), "marry"),
    # being there, told as speaking to those there: "told a news conference", "addressed the rally"
    *(
        ((verb, det, *event.split()), "attend")
        for verb in ("tell", "address")
        for det in ("a", "the")
        for event in ("news conference", "press conference", "briefing", "news briefing", "press briefing", "rally")
    ),
    (("say", "sorry"), "apologise"),
    (("carry", "out"), "conduct"),
    # a year's result: "made a profit" / "made a loss"
    *(
        ((verb, det, result), concept)
        for verb in ("make", "post", "report", "record", "turn")
        for det in ("a", "an")
        for result, concept in (("profit", "profit"), ("loss", "loss"))
    ),
    # a test's result: "two players tested positive" / "the players tested negative"
    (("test", "positive"), "test-positive"),
    (("test", "negative"), "test-negative"),
    # a witness's or a defendant's evidence in court, however it is told: "did not give evidence",
    # "took the stand", "never went into the witness box", "told the jury he had ..."
    (("give", "evidence"), "testify"),
    (("take", "the", "stand"), "testify"),
    (("take", "the", "witness", "stand"), "testify"),
    *(
        ((verb, into, "the", "witness", box), "testify")
        for verb in ("go", "step", "get")
        for into in ("into", "in")
        for box in ("box", "stand")
    ),
    (("enter", "the", "witness", "box"), "testify"),
    (("tell", "the", "jury"), "testify"),
    (("tell", "jurors"), "testify"),
    # being there, told as a place among the others there
    (("in", "attendance"), "attend"),
    *((("among", "those", word), "attend") for word in ("present", "attending", "at")),
    (("set", "free"), "release"),
    (("walk", "free"), "release"),
    # bail ends custody; a remand keeps it: "was granted bail" / "was remanded in custody"
    (("grant", "bail"), "release"),
    (("release", "on", "bail"), "release"),
    (("remand", "in", "custody"), "stay-detained"),
    *(((verb, "bail"), "stay-detained") for verb in ("deny", "refuse")),
    (("hold", "without", "bail"), "stay-detained"),
    # back in custody after an escape: "was back behind bars last night"
    *(
        (("back", *where), "arrest")
        for where in (("behind", "bars"), ("in", "custody"), ("in", "jail"), ("in", "prison"))
    ),
    # let go from hospital: "was sent home"
    (("send", "home"), "discharge"),
    # "handed himself in to police", "turned herself in"
    *(
        ((verb, self, "in"), "surrender")
        for verb in ("hand", "turn", "give")
        for self in ("himself", "herself", "themselves", "myself")
    ),
    # an offer or an honour turned down: "declined the award" (but "declined to", "sales declined")
    *(
        (("decline", det, thing), "reject")
        for det in ("the", "an", "a", "his", "her", "their", "its", "this", "that")
        for thing in (
            "offer", "invitation", "request", "award", "honour", "honor", "nomination", "proposal", "deal", "role",
            "post", "job", "peerage", "knighthood", "prize", "medal", "bid", "settlement",
        )
    ),
    # a player who stays on is not sent off
    *(
        ((verb, "on", "the", ground), "play-on")
        for verb in ("stay", "remain")
        for ground in ("pitch", "field", "court", "ice")
    ),
)

#: Phrases whose verb takes its object between its words ("found *the former mayor* guilty",
#: "cleared *him* of"): up to :data:`PHRASE_GAP` words may stand after the first word, none a
#: negator, a clause word or punctuation. Consecutive forms ("was found guilty") match too.
SEPARABLE_PHRASES: Final = (
    (("find", "guilty"), "convict"),
    (("find", "not", "guilty"), "acquit"),
    (("find", "innocent"), "acquit"),
    (("clear", "of"), "acquit"),
    # a hurt told by what it did: "suffered burns to her hand", "was treated for smoke inhalation",
    # "suffering from minor injuries", "broke his ankle", "with a broken wrist"
    *(
        ((verb, hurt), "injure")
        for verb in ("suffer", "sustain", "treat")
        for hurt in (
            "injury", "injuries", "burn", "burns", "cuts", "bruises", "bruising", "fracture", "fractures",
            "wound", "wounds", "concussion", "inhalation",
        )
    ),
    *(
        (("break", part), "injure")
        for part in (
            "ankle", "leg", "legs", "arm", "arms", "wrist", "hip", "collarbone", "rib", "ribs", "neck", "nose", "jaw",
            "pelvis", "skull", "back", "shoulder", "foot", "hand", "finger", "fingers",
        )
    ),
    # a first game played: "is expected to make his debut", "made her first-team debut"
    (("make", "debut"), "participate"),
)
#: Most words between the first word of a separable phrase and the rest (its object).
PHRASE_GAP: Final = 4

#: Comparatives that say a change when they follow a percentage and no "than" follows them:
#: "will pay 2% more", "fares 5 per cent higher" (but "20% less than men" compares).
COMPARATIVE_CHANGE: Final = MappingProxyType(
    {
        "more": "rise", "higher": "rise", "greater": "rise", "bigger": "rise", "larger": "rise",
        "dearer": "rise", "less": "fall", "lower": "fall", "fewer": "fall", "smaller": "fall", "cheaper": "fall",
    }
)
#: Words that end a percentage: "2%", "5 percent", "5 per cent", "3 points", "4pc".
PERCENT_ENDS: Final = frozenset({"%", "percent", "cent", "pc", "point", "points"})
#: Auxiliaries of the present progressive: negated, it rules an act out ("taxes are not going
#: up", "the plant is not closing"), as the progressive tells what is arranged.
PROGRESSIVE_AUXILIARIES: Final = frozenset({"is", "are", "am", "'re", "'s", "isn't", "aren't"})

#: Concepts whose object happened whether or not they did: "did not investigate the death",
#: "did not attend the launch",
#: "failed to prevent the collapse" (while "failed to agree an extension" leaves the
#: extension undone); and whose cause happened whether or not they did: "were not affected by
#: the attack", "no one was hurt in the explosion", "nobody died in the crash". Verbs of taking a
#: side on a topic, speaking of it or answering it are among them: their object is the topic,
#: told neither done nor undone by the denial ("did not vote on the closure", "has not commented
#: on the arrest", "did not oppose the merger", "has not appealed against the ban", "did not
#: warn of the flood", "did not take part in the strike").
PRESUPPOSING_CONCEPTS: Final = frozenset(
    {"investigate", "cause", "prevent", "survive", "discuss", "link", "attend", "affect", "injure", "die"}
    | {"vote", "abstain", "comment", "mention", "criticise", "praise", "oppose", "support", "consult", "inform",
       "testify", "apologise", "appeal", "participate", "comply", "warn"}
)

#: Words that keep a state, by lemma: "is still closed", "remains in custody", "stayed open",
#: "continues to be held", "kept the museum closed". What follows them is read against
#: :data:`KEPT_STATES`; "continue" takes "to be" first, "keep" an object of a few words.
KEEPING_WORDS: Final = frozenset({"still", "remain", "stay", "continue", "keep"})
#: Words that keep a state only when "since" follows it: "has been missing since Sunday", "have
#: been in custody since May" (without it, "has been closed" tells the act of closing).
KEPT_SINCE: Final = frozenset({"been"})
#: Words that may stand between a word of :data:`KEEPING_WORDS` and its state: "are still
#: being held", "continues to be detained", "has remained closed" (adverbs in "-ly" too:
#: "remains firmly shut").
KEEPING_FILLERS: Final = frozenset({"being", "to", "be"})
#: Most words between "keep" and its state ("kept *the bridge* closed", "kept *him* in custody").
KEEPING_GAP: Final = 3

#: States told by a form of "be" before them ("was insured", "were on board", "is not fit to
#: play", "was still open"), each a concept, by the words that say it. Elsewhere the words name
#: no state ("with 300 passengers on board", "the open letter").
BE_STATES: Final = MappingProxyType(
    {
        "stay-open": ("open",),
        "aboard": ("aboard", "on board"),
        "insured": ("insured",), "armed": ("armed",), "conscious": ("conscious",), "fit": ("fit",),
        "available": ("available",), "eligible": ("eligible",), "aware": ("aware",), "guilty": ("guilty",),
        "present": ("present",), "safe": ("safe",), "effective": ("effective",), "locked": ("locked",),
        "sober": ("sober",), "accurate": ("accurate",), "true": ("true",), "valid": ("valid",),
        "lawful": ("lawful",), "legal": ("legal",), "responsive": ("responsive",),
        # a driver's alcohol against the limit: "was over the limit" / "was under the limit"
        "over-limit": (
            "over the limit", "over the legal limit", "over the drink-drive limit", "over the drink-driving limit",
        ),
        "under-limit": ("under the limit", "under the legal limit", "within the limit", "within the legal limit"),
    }
)
#: Words that say a state of :data:`BE_STATES` (or an act) does not hold, by that state's concept:
#: "was uninsured" is "was not insured", "was absent" is "was not present", "was uninjured" is
#: "was not injured".
NEGATED_STATES: Final = MappingProxyType(
    {
        "uninsured": "insured", "unarmed": "armed", "unconscious": "conscious", "unfit": "fit",
        "unavailable": "available", "ineligible": "eligible", "unaware": "aware", "innocent": "guilty",
        "absent": "present", "unsafe": "safe", "ineffective": "effective", "unlocked": "locked", "drunk": "sober",
        "intoxicated": "sober", "inaccurate": "accurate", "untrue": "true", "false": "true", "invalid": "valid",
        "unlawful": "lawful", "illegal": "legal", "unresponsive": "responsive", "uninjured": "injure",
        "unvaccinated": "vaccinate",
    }
)
#: Forms of "be" before a state of :data:`BE_STATES`, and the words that may stand between them
#: ("was not", "is still", "were fully", "wasn't"; adverbs in "-ly" too).
BE_FORMS: Final = frozenset({"is", "was", "were", "are", "am", "be", "been", "being"})
BE_FILLERS: Final = frozenset({"not", "never", "still", "also", "already", "now", "no", "longer", "then"})
#: States news tells as kept, each a concept of its own ("stay-closed"), by the words that
#: say it after a word of :data:`KEEPING_WORDS`. A state kept is not the act that made it
#: ("remained closed" is no "was closed": the closure may be old), so it meets only the acts
#: that end it (:data:`STATE_ENDINGS`).
KEPT_STATES: Final = MappingProxyType(
    {
        "stay-closed": (
            "closed", "shut", "sealed", "sealed off", "cordoned off", "closed off", "off limits", "out of bounds",
            "blocked", "locked", "shuttered", "boarded up", "closed to traffic", "shut down",
        ),
        "stay-open": (
            "open", "operational", "in operation", "open for business", "up and running", "in service",
            "functioning", "online", "accessible", "operating", "trading",
        ),
        "stay-suspended": (
            "suspended", "halted", "on hold", "paused", "frozen", "grounded", "out of service", "out of action",
            "offline", "stopped", "at a standstill",
        ),
        "stay-detained": (
            "in custody", "in police custody", "in detention", "detained", "held", "behind bars", "jailed",
            "imprisoned", "in jail", "in prison", "locked up", "in captivity", "captive", "hostage", "under arrest",
            "under house arrest", "on remand", "remanded", "being held",
        ),
        # a search still on is for what is not found: "rescuers are still searching for two men"
        "stay-missing": (
            "missing", "unaccounted for", "lost at sea", "unaccounted", "searching for", "looking for", "searching",
        ),
        "stay-at-large": (
            "at large", "on the run", "on the loose", "at liberty", "a fugitive", "hunting", "hunting for",
        ),
        "stay-without-power": (
            "without power", "without electricity", "without water", "without running water", "without heating",
            "without gas", "without supplies", "in the dark", "cut off", "off the grid",
        ),
        "stay-in-hospital": (
            "in hospital", "in the hospital", "hospitalised", "hospitalized", "in intensive care",
            "in critical condition", "in a critical condition", "in serious condition", "in a serious condition",
            "in stable condition", "in a stable condition", "in a coma", "under observation", "on a ventilator",
        ),
        "stay-afloat": ("afloat",),
        "stay-alive": ("alive",),
        "stay-trapped": ("trapped", "stranded", "stuck", "marooned", "buried"),
        "stay-in-office": (
            "in office", "in post", "in his post", "in her post", "in charge", "in power", "in the job",
            "in his job", "in her job", "in the role", "in his role", "in her role", "at the helm", "in command",
            "on",
        ),
        "stay-banned": ("banned", "outlawed", "prohibited", "barred", "illegal", "forbidden"),
        "stay-on-strike": ("on strike", "out on strike", "on the picket line", "on the picket lines"),
        # a fire not yet out: "the blaze is still burning", "remained out of control"
        "stay-burning": ("burning", "ablaze", "alight", "on fire", "out of control", "raging", "uncontained"),
        # a work or an inquiry not yet done: "the investigation is still ongoing"
        "stay-ongoing": ("under way", "underway", "ongoing", "in progress", "under investigation"),
        # a building not yet down: "the tower is still standing"
        "stay-standing": ("standing", "upright"),
        # a player not yet back: "the captain remains sidelined"
        "stay-sidelined": ("sidelined", "out injured", "on the sidelines", "on the injury list"),
        # a building or a road not yet done: "the bridge is still under construction"
        "stay-unbuilt": ("under construction", "unfinished", "incomplete", "being built"),
        # what is owed, not paid: "the bill remains outstanding"
        "stay-unpaid": ("unpaid", "outstanding", "owed", "overdue", "in arrears"),
        "stay-unsigned": ("unsigned",),
        "stay-unresolved": ("unresolved", "unsettled", "in dispute", "deadlocked"),
        "stay-vacant": ("vacant", "unfilled", "empty"),
        # saying nothing: "the palace has remained silent", "kept quiet about the talks"
        "stay-silent": ("silent", "quiet", "tight-lipped", "tightlipped", "mum", "silent on"),
        # a rule or a measure kept: "the ban remains in place" answers "the ban was lifted"
        "continue": ("in place", "in force", "in effect"),
    }
)
#: Sayings of :data:`KEPT_STATES` whose holder follows them ("still searching for *two men*",
#: "still hunting *the gunman*"); the others' holder stands before them ("*the ferry* is still missing").
HOLDER_AFTER: Final = frozenset({"searching for", "looking for", "searching", "hunting", "hunting for"})
#: The words after "on" that keep a person in office ("stayed on as coach", "will stay on."):
#: before others "on" is a place or a course ("stayed on the island", "remains on track").
STAY_ON_NEXT: Final = frozenset({"as", "until", "till", "despite", "beyond", "after", "for", "at", "in"})

#: The acts that end each state of :data:`KEPT_STATES`: "remains in custody" against "was
#: released", "is still at large" against "was recaptured", "still without power" against
#: "power was restored".
STATE_ENDINGS: Final = MappingProxyType(
    {
        "stay-closed": ("open", "lift", "stay-open"),
        "stay-open": ("close",),
        "stay-suspended": ("restore", "continue", "lift", "open"),
        "stay-detained": ("release", "acquit", "escape"),
        "stay-missing": ("find", "rescue", "recover", "arrest"),
        "stay-at-large": ("arrest", "surrender"),
        "stay-without-power": ("restore",),
        "stay-in-hospital": ("discharge", "release"),
        "stay-afloat": ("sink",),
        "stay-alive": ("die",),
        "stay-trapped": ("rescue", "evacuate", "release"),
        "stay-in-office": ("resign", "dismiss", "retire"),
        "stay-banned": ("lift", "approve", "overturn"),
        "stay-on-strike": ("end", "cancel"),
        "stay-silent": ("comment", "confirm", "deny", "admit", "announce"),
        "stay-burning": ("extinguish",),
        "stay-ongoing": ("end", "complete", "cancel"),
        "stay-standing": ("collapse", "destroy"),
        "stay-sidelined": ("participate",),
        "stay-unbuilt": ("complete", "open"),
        "stay-unpaid": ("pay",),
        "stay-unsigned": ("sign",),
        "stay-unresolved": ("agree", "rule"),
        "stay-vacant": ("appoint", "elect"),
    }
)

#: Words before the holder of a kept state that say it holds of a whole group: "both men
#: remain at large", "all three are still missing", "all of them remain in custody". Such a
#: state is answered by an act that ends it for any one of the group, which a source that tells
#: a part and the rest ("Kealy was recaptured. Brannock remains at large.") tells.
WHOLE_GROUP_WORDS: Final = frozenset({"both", "all"})
#: Most words between a word of :data:`WHOLE_GROUP_WORDS` and the kept state it opens.
WHOLE_GROUP_REACH: Final = 4

#: Pairs of concepts that cannot both hold of the same thing: "confirmed" against "denied".
ANTONYMS: Final = frozenset(
    frozenset(pair)
    for pair in (
        ("confirm", "deny"),
        ("admit", "deny"),
        ("approve", "reject"),
        ("approve", "ban"),
        ("uphold", "overturn"),
        ("accept", "reject"),
        ("convict", "acquit"),
        ("include", "exclude"),
        ("end", "continue"),
        ("end", "extend"),
        ("unchanged", "change"),
        ("unchanged", "rise"),
        ("unchanged", "fall"),
        ("unchanged", "end"),
        ("unchanged", "extend"),
        ("unchanged", "cancel"),
        ("land", "crash"),
        ("comply", "violate"),
        ("succeed", "fail"),
        ("pass", "fail"),
        ("support", "oppose"),
        ("lift", "extend"),
        ("lift", "continue"),
        ("cancel", "continue"),
        ("dismiss", "play-on"),
        ("pass", "defeat"),
        ("pass", "reject"),
        ("survive", "die"),
        ("sign", "reject"),
        ("qualify", "eliminate"),
        ("agree", "reject"),
        ("claim-responsibility", "deny"),
        ("praise", "criticise"),
        ("abstain", "support"),
        ("abstain", "oppose"),
        # taking part against pulling out or staying away: "withdrew from the race" / "competed"
        ("participate", "withdraw"),
        ("attend", "withdraw"),
        ("participate", "skip"),
        ("attend", "skip"),
        # acts that tell one outcome from another, each said of its doer (see DOER_ANTONYMS);
        # "win" and "lose" are converses, no pair ("A beat B" is "B lost to A")
        ("retain", "lose"),
        ("resign", "dismiss"),
        ("test-positive", "test-negative"),
        ("improve", "worsen"),
        ("profit", "loss"),
        ("over-limit", "under-limit"),
        *((state, act) for state, acts in STATE_ENDINGS.items() for act in acts),
    )
)

#: Pairs of :data:`ANTONYMS` said of whom they befell, which two outlets may tell of two people
#: ("the champion retained her title" / "the challenger lost the title fight"; "the pilot
#: survived" / "a passenger died"; "the mayor attended" / "the governor stayed away"): they meet only
#: when the words that open each sentence (its subject: "the chairman resigned" / "the chairman
#: was dismissed") share one.
DOER_ANTONYMS: Final = frozenset(
    frozenset(pair)
    for pair in (
        ("retain", "lose"), ("resign", "dismiss"), ("survive", "die"), ("test-positive", "test-negative"),
        ("improve", "worsen"), ("profit", "loss"), ("over-limit", "under-limit"),
        # who went and who stayed away: "The mayor attended. The governor stayed away."
        ("participate", "withdraw"), ("attend", "withdraw"), ("participate", "skip"), ("attend", "skip"),
        # who judged what, and how each member voted
        ("praise", "criticise"), ("abstain", "support"), ("abstain", "oppose"),
    )
)
#: Pairs of :data:`DOER_ANTONYMS` whose subject is the doer only in the active voice: "the mayor
#: praised the crews" and "the mayor was criticised" are two judges, not one.
VOICED_ANTONYMS: Final = frozenset({frozenset(("praise", "criticise"))})
#: Forms of "be" and "get" that make a participle after them passive ("was criticised").
PASSIVE_AUXILIARIES: Final = frozenset({"be", "is", "are", "was", "were", "been", "being", "get", "got", "gets"})
#: Content words read from the start of a sentence for the subject of an act of :data:`DOER_ANTONYMS`.
DOER_REACH: Final = 2

#: Pairs of :data:`ANTONYMS` said of a person, who is what they are about: two of them whose
#: sentences open with the same name meet without other shared words ("Dale Fenwick ...
#: stayed on the pitch" / "Fenwick, booked in the first half, was sent off").
SUBJECT_ANTONYMS: Final = frozenset({frozenset(("dismiss", "play-on"))})

#: Concepts whose act, once done, rules out a plan of its antonym: "the festival has been
#: cancelled" answers "the festival will go ahead", as "will not go ahead" would.
FORECLOSING_CONCEPTS: Final = frozenset({"cancel"})
#: Words that put a foreclosing act at an earlier time, so that it rules out no plan told now:
#: "the fair was cancelled last year", "called off two years ago", "postponed in 2020"
#: (folded as arguments: "previous" is "previou"; a year in digits counts too).
EARLIER_WORDS: Final = frozenset({"last", "ago", "earlier", "previou", "former", "once", "past"})

#: Concepts that stand for any of a set of others when an outlet says they did *not* happen
#: or are still open: "has not ruled on the injunction" answers "granted the injunction";
#: "declined to comment" answers "confirmed"; "made no mention of" answers any act about
#: the same things ("*" stands for every concept).
GENERAL_CONCEPTS: Final = MappingProxyType(
    {
        "rule": frozenset(
            {"approve", "reject", "uphold", "overturn", "order", "ban", "convict", "acquit", "rule", "find"}
        ),
        "comment": frozenset({"confirm", "admit", "deny", "announce", "comment", "report"}),
        "mention": frozenset({"*"}),
        # "has yet to undergo a medical" answers "passed a medical"
        "undergo": frozenset({"pass", "complete", "fail"}),
        # "will not be affected" answers "has been postponed", "was closed", "was knocked out"
        "affect": frozenset({"cancel", "close", "end", "damage", "destroy", "crash", "collapse", "stay-closed"}),
        # "did not need hospital treatment" answers "was taken to hospital"
        "treat": frozenset({"hospitalise"}),
        # "did not vote" answers "voted in favour" and "voted against"
        "vote": frozenset({"support", "oppose"}),
        # "did not take part in the vote" answers "voted against" and "voted for"
        "participate": frozenset({"vote", "support", "oppose"}),
    }
)

#: Sets of modifiers that tell two things of one kind apart: "the red warning ended" and "an
#: amber warning remains in place" are two warnings, "the first stage" and "the second stage"
#: two stages. Two opposite acts whose nearest arguments hold different members of one set,
#: and neither the other's, are about different things.
CONTRASTING_MODIFIERS: Final = (
    frozenset({
        "red", "amber", "yellow", "orange", "green", "blue", "black", "white", "purple", "grey", "gray",
        "brown", "pink", "gold", "silver", "bronze",
    }),
    frozenset({
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "final", "last",
    }),
    frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"}),
    frozenset({"upper", "lower"}),
    frozenset({"men", "women"}),
)

#: Class nouns and the nouns of their members, as arguments of acts: "was not funded by
#: industry" speaks of what "was funded by a tracker company" does, "no vehicles were
#: damaged" of "a lorry was damaged". Singular forms; plurals are read too.
ARGUMENT_CLASSES: Final = MappingProxyType(
    {
        "industry": (
            "company", "firm", "business", "corporation", "enterprise", "manufacturer", "maker", "producer",
            "supplier", "conglomerate", "multinational", "drugmaker", "carmaker", "automaker", "brand",
        ),
        "government": ("ministry", "minister", "cabinet", "administration", "department", "executive"),
        "military": ("army", "navy", "troop", "soldier", "marine", "airman", "sailor", "armed"),
        "police": ("officer", "detective", "constable", "policeman", "policewoman", "trooper", "sheriff"),
        "vehicle": ("car", "truck", "lorry", "van", "bus", "coach", "suv", "motorcycle", "tram", "taxi"),
        "aircraft": ("plane", "jet", "airliner", "airplane", "helicopter", "drone"),
        "vessel": ("ship", "boat", "ferry", "tanker", "freighter", "trawler", "yacht", "barge"),
        "weapon": ("gun", "rifle", "pistol", "handgun", "shotgun", "firearm", "knife", "explosive"),
        "building": (
            "house", "home", "school", "hospital", "church", "mosque", "temple", "tower", "warehouse",
            "factory", "plant", "office", "block", "apartment", "store", "shop",
        ),
        "medicine": ("drug", "medication", "pill", "tablet", "vaccine", "treatment", "therapy"),
        "fuel": ("diesel", "petrol", "gasoline", "oil", "kerosene", "gas"),
    }
)

#: Nouns news copy uses for one another as arguments of acts ("the firm" / "the company").
ARGUMENT_SYNONYMS: Final = (
    ("company", "firm", "corporation", "enterprise"),
    ("agreement", "pact", "accord", "treaty", "deal"),
    ("home", "house", "dwelling", "residence"),
    ("ship", "vessel"),
    ("plane", "aircraft", "airliner", "airplane", "jet"),
    ("protester", "protestor", "demonstrator"),
    ("child", "kid", "minor"),
    ("death", "fatality"),
    ("country", "nation"),
    ("officer", "policeman", "policewoman"),
    ("lawmaker", "legislator"),
    ("inquiry", "investigation", "probe"),
    ("trial", "hearing"),
    ("attack", "assault"),
    ("blast", "explosion"),
    ("fire", "blaze"),
    ("money", "amount", "sum", "cash"),
    ("crash", "collision"),
    ("storm", "hurricane", "typhoon", "cyclone"),
)

#: Words of the reporting around an act, folded as arguments: who tells it, the light verb
#: and when it was told ("no arrests had been made, police said last night"). An act said
#: not to have happened with no other word is said of the whole story.
REPORTING_WORDS: Final = frozenset(
    {"report", "make", "made", "have", "take", "taken", "police", "official", "authority", "spokesman",
     "spokeswoman", "spokesperson", "last", "night", "yesterday", "today", "tonight", "far", "yet", "now",
     "confirm", "announce", "add", "state", "tell", "told", "say", "said", "source", "according",
     "statement", "office", "time", "moment"}
)

#: Verbs that carry an act named by their noun and add nothing to it ("received no warning",
#: "got no answer", "gave no reason"), folded as arguments are.
LIGHT_VERBS: Final = frozenset({"receive", "received", "get", "got", "give", "given", "gave"})

#: Acts done to someone, told of who they were done to: warned, told, consulted, invited. Two
#: sources' one accounts of one of them, done and not done, meet on that one shared word.
RECIPIENT_ACTS: Final = frozenset({"warn", "inform", "consult", "invite"})

#: Acts a person does to themselves, about nothing else: what they are about is who did them,
#: so two of one concept whose sentences open with the same name meet without other shared
#: words ("Templeton, 54, said she would not resign" / "Moira Templeton ... stepped down").
SUBJECT_ACTS: Final = frozenset(
    {"resign", "testify", "retire", "attend", "appeal", "hospitalise", "marry", "arrest", "vote", "recommend"}
)

#: Concepts of saying and showing: not saying is leaving open, not denying ("would not confirm
#: the arrest"); a study that "does not show" a link leaves the link open.
SPEECH_CONCEPTS: Final = frozenset({"confirm", "comment", "announce", "admit", "report", "show"})

#: Words that negate what follows in their clause ("n't" forms are read by their ending).
NEGATORS: Final = frozenset({"not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"})
#: Words after a negator that undo it: "not only", "no doubt", "no more than" (a bound).
NOT_NEGATING_NEXT: Final = frozenset(
    {"only", "just", "least", "merely", "simply", "doubt", "matter", "more", "less", "fewer", "later", "sooner",
     "often", "always", "necessarily", "quite", "entirely", "exactly", "all", "every", "everyone", "much", "many",
     "earlier", "far", "surprise", "wonder", "exception", "stranger"}
)
#: Verbs whose infinitive did not happen: "refused to resign", "failed to agree", "has yet to rule".
NEGATING_VERBS: Final = frozenset({"refuse", "decline", "fail", "yet", "unable", "neglect", "forget"})
#: Word sequences (the first word as any form of its verb) after which the act told by a
#: gerund did not happen: "refrained from commenting", "stopped short of calling it a crime",
#: "held off on signing".
NEGATING_PHRASES: Final = (
    ("refrain", "from"), ("abstain", "from"), ("stop", "short", "of"), ("hold", "off", "on"),
    ("shy", "away", "from"), ("hold", "back", "from"), ("desist", "from"),
    # a decision not to act: "decided against raising rates", "opted against closing the line"
    ("decide", "against"), ("opt", "against"),
    # a call refused: "rejected calls to resign", "defied calls to step down"
    *((verb, "calls", "to") for verb in ("reject", "resist", "defy", "rebuff", "ignore", "dismiss", "brush")),
)
#: Verbs (the first word as any form of its verb) that drop a plan: the acts of a plan they take
#: as their object are ruled out ("shelved plans to open a factory", "threw out the proposal to
#: raise bills", "called off its bid to buy the club").
DROPPING_VERBS: Final = (
    ("scrap",), ("shelve",), ("abandon",), ("drop",), ("ditch",), ("axe",), ("jettison",), ("cancel",),
    ("reject",), ("veto",), ("block",), ("rebuff",), ("spurn",), ("halt",), ("freeze",), ("kill",),
    ("call", "off"), ("turn", "down"), ("throw", "out"), ("put", "on", "hold"),
    ("give", "up"), ("back", "away", "from"), ("walk", "away", "from"), ("pull", "out", "of"),
)
#: Nouns of a plan: before "to" they make its act planned ("the proposal to raise fares"); as the
#: object of a verb of :data:`DROPPING_VERBS` they make it ruled out.
PLAN_NOUNS: Final = frozenset(
    {"plan", "plans", "proposal", "proposals", "bid", "bids", "idea", "scheme", "schemes", "attempt", "attempts",
     "effort", "efforts", "intention", "move", "offer", "offers", "deal", "decision", "pledge", "promise",
     "threat", "campaign", "push", "drive"}
)
#: Most words between a verb of :data:`DROPPING_VERBS` and its noun of a plan ("scrapped *its
#: controversial* plans to").
DROPPED_REACH: Final = 4
#: Verbs whose object did not happen to their subject: "escaped injury", "avoided arrest",
#: "was spared prosecution".
AVOIDING_VERBS: Final = frozenset({"escape", "avoid", "evade", "dodge", "spare"})
#: Concepts of coming out whole: after a verb of :data:`AVOIDING_VERBS` they tell how one came out
#: ("escaped unhurt", "escaped unscathed"), not what was avoided.
UNHARMED_CONCEPTS: Final = frozenset({"survive"})
#: Verbs of :data:`NEGATING_VERBS` that refuse, and "ruled out": what they negate is also ruled
#: out for later, so "refused to reopen talks" answers "agreed to reopen talks", and "ruled out
#: a rise in fuel duty" answers "fuel duty would go up".
REFUSING_VERBS: Final = frozenset({"refuse", "decline", "rule"})
#: Verbs whose clause after them is denied: "denied that", "rejected reports that".
DENYING_VERBS: Final = frozenset({"deny", "refute", "dispute"})
#: Verbs that deny a report when their object is one of :data:`DENIED_OBJECTS`.
DENYING_OBJECT_VERBS: Final = frozenset({"reject", "dismiss", "refute", "deny", "dispute", "contest", "brush"})
#: What a denial rejects: "rejected reports that", "dismissed claims that".
DENIED_OBJECTS: Final = frozenset(
    {"report", "reports", "claim", "claims", "suggestion", "suggestions", "allegation", "allegations",
     "accusation", "accusations", "speculation", "rumour", "rumours", "rumor", "rumors", "charge", "charges"}
)
#: Words that leave what follows open: "whether", "unclear", "undecided".
OPEN_WORDS: Final = frozenset(
    {"whether", "unclear", "uncertain", "unknown", "undecided", "unconfirmed", "unverified", "pending",
     "undetermined", "inconclusive", "await", "awaits", "awaiting"}
)
#: Nouns that leave the act after them open unless their clause already negates or rules it
#: out: "left open the possibility of tax rises" (but "ruled out the possibility of tax
#: rises", "there is no possibility of a deal").
POSSIBILITY_NOUNS: Final = frozenset({"possibility", "possibilities"})
#: Words after which "if" opens a question, not a condition ("it is unclear if", "asked if"), and
#: after which a question word starts a clause of its own, which what is said of the asking does
#: not reach ("have not determined how the fire began", "do not know why he left").
OPEN_IF_AFTER: Final = frozenset(
    {"unclear", "uncertain", "unknown", "asked", "ask", "asks", "asking", "see", "sees", "saw", "seen",
     "decide", "decided", "determine", "determined", "know", "knew", "known", "knows", "clear", "say", "said",
     "says", "sure", "whether", "establish", "established", "ascertain", "ascertained", "explain",
     "explained", "confirm", "confirmed", "disclose", "disclosed", "reveal", "revealed", "clarify",
     "clarified", "understand", "understood", "investigating", "investigate", "investigated"}
)
#: Question words that, after a word of :data:`OPEN_IF_AFTER`, open an indirect question: its act
#: is taken as done ("how the fire began"), unlike after "whether".
QUESTION_WORDS: Final = frozenset({"how", "why", "what", "when", "where", "who", "whom", "whose", "which"})
#: Modal words that make an act future or hypothetical ("said it would stop"): planned, never a
#: negation of a done act.
MODALS: Final = frozenset({"will", "would", "shall", "could", "should", "might", "may", "must", "can", "ll", "wo"})
#: Modals that, before "have", tell a possibility about the past, which leaves the act open:
#: "data may have been stolen", "the gunman might have fled", "could have been sabotaged"
#: ("would have" and "should have" tell what did not happen, "must have" an inference).
POSSIBILITY_MODALS: Final = frozenset({"may", "might", "could"})
#: Verbs whose infinitive is planned or intended ("plans to sign", "agreed to extend").
PLANNING_VERBS: Final = frozenset(
    {"plan", "intend", "aim", "expect", "hope", "want", "seek", "propose", "threaten", "vow", "pledge",
     "promise", "agree", "decide", "prepare", "schedule", "set", "going", "likely", "poised", "try",
     "attempt", "move", "vote", "consider", "offer", "ask", "urge", "call", "push", "wish", "need",
     "allow", "let", "expected", "due", "able", "ready", "willing", "about", "bound", "order", "tell", "help"}
)
#: Words that start a new clause: the polarity cues before them stop there.
CLAUSE_WORDS: Final = frozenset(
    {"but", "while", "although", "though", "whereas", "because", "after", "before", "when", "which", "who",
     "whom", "where", "since", "unless", "until", "and", "so", "however", "meanwhile", "as", "despite"}
)
#: Words after which "once" opens a clause of time ("once the sale completes", "once it is
#: signed"), not "formerly" ("once a mill town").
ONCE_CLAUSE_NEXT: Final = frozenset(
    {"the", "a", "an", "it", "he", "she", "they", "we", "its", "their", "his", "her", "this", "that", "these",
     "those", "all", "both"}
)
#: Symbols that end a clause.
CLAUSE_SYMBOLS: Final = frozenset(
    {",", ";", ":", "(", ")", "[", "]", "\u2013", "\u2014", "\u201c", "\u201d", '"', "?", "!", ".", "|"}
)
#: Verbs that are also common nouns or adjectives ("a report", "on land", "the press release",
#: "close to"): their bare and "-s" forms name an act only after "to", a modal or "did not".
NOUN_VERBS: Final = frozenset(
    {"report", "order", "charge", "fund", "issue", "land", "sign", "cut", "fine", "change", "end", "stop", "start",
     "treat", "produce",
     "open", "close", "release", "vote", "test", "record", "pass", "spread", "block", "fall", "rise", "drop",
     "increase", "decrease", "decline", "surge", "jump", "hike", "lift", "free", "clear", "name", "ban",
     "rule", "meet", "visit", "score", "win", "lose", "appeal", "halt", "delay", "launch", "crash", "recall",
     "probe", "comment", "mention", "link", "tie", "cause", "cite", "return", "finance", "damage", "alert",
     "warn", "settle", "sale", "purchase", "debate", "arrest", "veto", "claim", "fire", "sack", "bar",
     "reverse", "direct", "address", "keep", "register", "strike", "suspend", "collapse", "award",
     "stay", "leave", "cover", "play", "share", "sound", "wear"}
)
#: Verb forms that are no act beside some words: "left" after a form of "be" (what remains or
#: was abandoned: "was left unchanged", "nothing was left"), a quantifier ("nothing left") or a
#: determiner ("his left foot"), or before a part of a body or a side ("left wing", "left lane");
#: "fired" after a form of "be" or before "up", "back" or "off".
NOT_ACT_BEFORE: Final = MappingProxyType(
    {
        # a trace, not a signature: "there was no sign of the boat", "any signs of life"
        **dict.fromkeys(("sign", "signs"), frozenset({
            "no", "any", "every", "a", "the", "some", "few", "little", "clear", "early", "first", "warning", "all",
            "vital", "obvious", "visible", "further",
        })),
        "left": frozenset({
            "be", "is", "was", "were", "are", "been", "being", "am", "nothing", "none", "little", "much",
            "anything", "something", "some", "any", "few", "everything", "all", "the", "his", "her", "their",
            "its", "my", "your", "our", "a", "an", "far", "centre", "center", "top", "bottom", "upper", "lower",
            "those", "these", "remain", "remained", "get", "got", "time", "day", "days", "minute", "minutes",
            "second", "seconds", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "game",
            "games", "match", "matches", "lap", "laps", "seat", "seats", "ticket", "tickets", "place", "places",
        }),
        # "fired" is force used when it takes its weapon ("fired tear gas"), not a passive ("was
        # fired": sacked; "no shot was fired" is a count of shots) nor a figure of speech
        "fired": frozenset({"be", "is", "was", "were", "are", "been", "being", "am", "get", "got", "gets"}),
    }
)
#: Forms of act lemmas that news copy uses as adjectives, never as the act: "the missing
#: climber" is no climber who missed anything; "it is not clear whether the deal ..." clears nothing.
ADJECTIVE_FORMS: Final = frozenset({"missing", "clear"})
#: What a body decides on, blocks or clears ("blocked the takeover", "cleared the drug").
_DECIDED_THINGS: Final = frozenset({
    "deal", "deals", "merger", "takeover", "bid", "bill", "law", "plan", "plans", "proposal", "sale", "acquisition",
    "appointment", "nomination", "application", "request", "motion", "budget", "reform", "legislation", "move",
    "transfer", "extradition", "deportation", "publication", "drug", "vaccine", "treatment", "pipeline", "project",
})
#: Verb lemmas of several senses that name their concept only beside one of these words (within
#: :data:`SENSE_REACH` words): "cover" pays with an insurer, a cost or a treatment near it ("the
#: insurer will cover the drug", "to cover the costs"), not a reporter's story or snow.
SENSE_CONTEXT: Final = MappingProxyType(
    {
        "cover": frozenset({
            "insurer", "insurers", "insurance", "insured", "insure", "policy", "policies", "cost", "costs",
            "bill", "bills", "fee", "fees", "expenses", "expense", "treatment", "treatments", "drug", "drugs",
            "medicine", "medicines", "therapy", "fund", "funds", "scheme", "medicare", "medicaid", "nhs",
            "payer", "payers", "reimbursement", "price", "prices", "subsidy", "losses", "damages", "claims",
            "refund", "refunds", "compensation", "tuition", "rent", "wages", "salaries", "pensions",
        }),
        # caught by the police, not a ball, a fire or a train: "the fugitive was caught"
        "catch": frozenset({
            "police", "officers", "officer", "detectives", "fugitive", "suspect", "suspects", "gunman", "killer",
            "escaped", "escapee", "escapees", "prisoner", "prisoners", "inmate", "inmates", "manhunt", "robber",
            "thief", "thieves", "attacker", "murderer", "burglar", "convict", "smuggler", "smugglers",
        }),
        # a deal or a law blocked or cleared, not a road: "regulators blocked the takeover", "cleared the drug"
        "block": _DECIDED_THINGS,
        "clear": _DECIDED_THINGS,
        # an event not attended, not a target or a chance missed: "missed the summit"
        "miss": frozenset({
            "meeting", "meetings", "summit", "session", "sessions", "ceremony", "funeral", "vote", "votes",
            "hearing", "hearings", "talks", "training", "wedding", "debate", "trial", "conference", "rally",
            "inauguration", "celebration", "parade", "briefing", "launch", "gathering", "service", "memorial",
            "practice", "rehearsal", "event", "match", "game", "race", "tournament", "final",
        }),
    }
)
#: How many words each side of a lemma of :data:`SENSE_CONTEXT` are read for its sense.
SENSE_REACH: Final = 8
NOT_ACT_AFTER: Final = MappingProxyType(
    {
        "left": frozenset({
            "wing", "winger", "hand", "handed", "side", "foot", "footed", "back", "leg", "arm", "knee", "eye",
            "ear", "lane", "turn", "flank", "shoulder", "ankle", "hip", "over", "behind", "alone", "out",
        }),
        "fired": frozenset({"up", "back", "off"}),
    }
)

#: Words that put a negation at an earlier time than the act it seems to deny: "no streaming
#: film had won the prize before" agrees with "the first streaming film to win it".
EARLIER_TIME: Final = frozenset({"before", "previously", "ever", "until", "till", "earlier", "formerly", "hitherto"})
#: Words after "before" that open the event it is before ("before it collapsed", "before the
#: crash"): the negation then spans the time up to that event, which holds the acts told of it.
EVENT_OPENERS: Final = frozenset(
    {"it", "he", "she", "they", "we", "the", "a", "an", "its", "his", "her", "their",
     # a time of day or of the year that bounds the story's event: "did not reach them before nightfall"
     "nightfall", "dawn", "dusk", "daybreak", "sunrise", "sunset", "dark", "darkness", "midnight", "midday", "noon",
     "lunchtime", "christmas", "easter", "being", "police", "officers", "rescuers", "firefighters", "paramedics",
     "emergency", "help"}
)
#: Words after which a bare or "-s" form of :data:`NOUN_VERBS` is a verb: "to land", "did not
#: land", "no longer funds", "also bans".
VERB_BEFORE: Final = frozenset(
    {"to", "not", "never", "did", "do", "does", "longer", "also", "still", "already", "then", "later", "now",
     "officially", "formally", "reportedly", "quickly", "finally", "again", "it", "he", "she", "they", "we",
     "who", "which", "that"}
)
#: Auxiliaries of the simple present: a negation with them states a general truth, not an event
#: ("Earthquakes do not kill people"); acts of saying stay open ("the study does not show").
GENERIC_AUXILIARIES: Final = frozenset({"do", "does", "don't", "doesn't"})
# fmt: on
