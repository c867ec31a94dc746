"""Relations between a role noun and who fills it: appointments, successions, identities, winners.
Data only.

:mod:`claimdiff.claims.roles` reads these words: "X was appointed chief executive", "the
company named X as its new chair", "the new CEO is X" and "interim boss X" make X the one
appointed to a post; "X succeeds Z", "Z was replaced by X" and "Z's successor is X" make X the
successor of Z; "the victim was named as X" and "police identified the gunman as X" say who a
person of the story is; "the marathon winner was X", "the prize went to X" and "X came out on
top in the race" say who won what. Every form is case-folded and written out (no stemming), in
British and American spelling, from the general vocabulary of news.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Verbs of putting someone in a post, by the words that say it: "X was appointed chief
#: executive", "the board named X as its chair", "X was sworn in as president", "Ahmed named
#: new coach" (a headline without its auxiliary). Particles after the verb are read apart
#: (:data:`APPOINT_PARTICLES`).
APPOINT_VERBS: frozenset[str] = frozenset(
    """
    appointed appoints appoint appointing named names name naming chosen chose chooses choose
    picked picks pick tapped taps tap selected selects select hired hires hire installed installs
    install confirmed confirms confirm unveiled unveils unveil nominated nominates nominate made
    makes recruited recruits recruit promoted promotes promote elevated elevates drafted announced
    announces announcing elected elects elect re-elected reelected sworn swears anointed anoints
    designated designates handpicked hand-picked
    """.split()
)
#: Verbs of taking up a post, said of the one who takes it: "X takes over as coach", "X steps
#: up as caretaker manager", "X will serve as interim chief", "X returns as manager".
TAKE_UP_VERBS: frozenset[str] = frozenset(
    """
    takes took take taking steps stepped step stepping serves served serve serving returns returned
    return returning begins began start starts started starting moves moved comes came arrives arrived
    joins joined join
    """.split()
)
#: Verbs of becoming, followed by the post: "X becomes chief executive", "X is to become the
#: club's new manager".
BECOME_VERBS: frozenset[str] = frozenset({"becomes", "became", "become", "becoming"})
#: Nouns of an appointment, read as "the appointment of X as POST" or "X's appointment as POST".
APPOINTMENT_NOUNS: frozenset[str] = frozenset(
    {"appointment", "selection", "nomination", "hiring", "installation", "confirmation", "elevation",
     "promotion", "election", "unveiling", "naming", "choice", "recruitment", "swearing-in"}
)
#: Words between "to" and a post after a verb of appointing: "promoted to the role of chief
#: executive", "elevated to the post of".
TO_POST_WORDS: frozenset[str] = frozenset({"the", "role", "post", "position", "job", "rank", "office", "of"})
#: Verbs of handing a post to the one who follows: "Z hands over to X", "Z handed the reins to X".
HAND_OVER_VERBS: frozenset[str] = frozenset({"hands", "handed", "hand", "handing", "passes", "passed", "pass"})
#: Words between a verb of handing over and "to": "hands over to", "handed the baton to".
HAND_OVER_GAP: frozenset[str] = frozenset(
    {"over", "the", "reins", "baton", "helm", "role", "job", "post", "captaincy", "leadership", "control",
     "command", "mantle", "torch"}
)
#: Words allowed between a verb of a post and "as" or the post: "sworn in as", "takes over
#: as", "named permanently as", "took the oath of office as".
APPOINT_PARTICLES: frozenset[str] = frozenset(
    {"in", "up", "over", "on", "officially", "formally", "permanently", "today", "yesterday", "now",
     "the", "oath", "of", "office", "into", "role", "post", "job", "position"}
)
#: Words between "as" (or a verb) and a post that leave it one post: "as its new chief
#: executive", "the company's next CEO", "as permanent manager".
POST_LEADS: frozenset[str] = frozenset(
    {"the", "its", "his", "her", "their", "our", "new", "next", "incoming", "permanent", "full-time",
     "first-ever", "first", "sole", "overall", "official", "outright"}
)
#: Words that make a post one held until another is found: "interim chief executive X",
#: "caretaker manager", "acting head". Kept in the key: an interim and a permanent holder are
#: two roles.
INTERIM: Mapping[str, str] = MappingProxyType(
    {"interim": "interim", "acting": "interim", "caretaker": "interim", "temporary": "interim",
     "stand-in": "interim", "stopgap": "interim"}
)
#: Words that make a post a new holder's, for a title set beside a name ("new coach X", "the
#: incoming chief executive, X") or told by a copula ("the new CEO is X").
NEW_HOLDER: frozenset[str] = frozenset({"new", "next", "incoming", "newly-appointed", "newly appointed", "future"})
#: Posts one person is appointed to, as words -> one post, besides the posts of
#: :data:`claimdiff._lexicon.roles.POSTS` (chief executive, chair, mayor, manager...), which the
#: readers add: "head coach", "coach" and "manager" are one post of a club.
APPOINT_POSTS: Mapping[str, str] = MappingProxyType(
    {
        "chief": "ceo", "group chief executive": "ceo", "vice-president": "vice-president",
        "vice president": "vice-president", "coach": "manager", "team manager": "manager",
        "first-team coach": "manager", "skipper": "captain", "club captain": "captain", "team captain": "captain",
        "leader": "leader", "party leader": "leader", "editor": "editor", "editor-in-chief": "editor",
        "chief editor": "editor", "executive editor": "editor",
        "vice-chancellor": "vice-chancellor", "vice chancellor": "vice-chancellor", "chancellor": "chancellor",
        "provost": "provost", "principal": "principal", "headteacher": "headteacher", "head teacher": "headteacher",
        "dean": "dean", "rector": "rector", "ambassador": "ambassador", "envoy": "envoy",
        "special envoy": "envoy", "commissioner": "commissioner", "police commissioner": "commissioner",
        "chief constable": "chief constable", "police chief": "police chief", "fire chief": "fire chief",
        "head": "head", "director": "director", "executive director": "director",
        "artistic director": "artistic director",
        "music director": "music director", "musical director": "music director", "conductor": "conductor",
        "chief of staff": "chief of staff", "spokesperson": "spokesperson", "spokesman": "spokesperson",
        "spokeswoman": "spokesperson", "press secretary": "press secretary", "minister": "minister",
        "secretary": "secretary", "speaker": "speaker", "chief justice": "chief justice", "judge": "judge",
        "attorney general": "attorney general", "attorney-general": "attorney general", "archbishop": "archbishop",
        "bishop": "bishop", "pope": "pope", "mufti": "mufti", "rabbi": "rabbi", "imam": "imam",
        "curator": "curator", "chief scientist": "chief scientist", "chief medical officer": "chief medical officer",
        "commander": "commander", "chief of defence staff": "chief of defence staff", "army chief": "army chief",
        "head of state": "head of state", "regent": "regent", "ombudsman": "ombudsman",
        "auditor general": "auditor general",
        "governor of the central bank": "central bank governor", "central bank governor": "central bank governor",
    }
)
#: Heads of a post that say little without what they are of: "head of research" and "head of
#: marketing", "foreign minister" and "finance minister" are two posts; the key keeps the
#: words before the head and the noun after "of".
PLAIN_HEADS: frozenset[str] = frozenset({"head", "director", "minister", "secretary", "chief", "commissioner", "judge"})
#: Verbs of one person following another in a post: the subject succeeds the object ("X
#: succeeds Z", "X will replace the minister", "X takes over from Z", "X took the reins from Z").
SUCCEED_VERBS: frozenset[str] = frozenset(
    {"succeed", "succeeds", "succeeded", "succeeding", "replace", "replaces", "replaced", "replacing",
     "supersede", "supersedes", "superseded"}
)
#: Verbs after which "from" names the one succeeded: "X takes over from Z", "X took the reins
#: from Z", "X inherits the role from Z", "X took the helm from Z".
TAKE_FROM_VERBS: frozenset[str] = frozenset(
    {"takes", "took", "take", "taking", "taken", "inherits", "inherited", "inherit", "assumes", "assumed"}
)
#: Words between a verb of taking over and "from": "takes over from", "took the reins from".
TAKE_FROM_GAP: frozenset[str] = frozenset(
    {"over", "the", "reins", "helm", "baton", "role", "job", "post", "mantle", "charge", "command", "control"}
)
#: Nouns of the one who follows another in a post: "Z's successor is X", "X, Z's replacement,".
SUCCESSOR_NOUNS: frozenset[str] = frozenset({"successor", "replacement", "heir", "heir apparent"})
#: Verbs that say who a person of the story is: "the victim was named as X", "police
#: identified the gunman as X", "the driver has been formally identified as X".
IDENTIFY_VERBS: frozenset[str] = frozenset(
    {"identified", "identifies", "identify", "named", "names", "name", "unmasked", "revealed", "confirmed"}
)
#: People of a story whom an outlet names when they are identified, folded: "the dead man",
#: "the man who died" -> man; "the gunman", "the shooter" -> attacker. Singular forms.
IDENTIFIED_PEOPLE: Mapping[str, str] = MappingProxyType(
    {
        **{w: w for w in (
            "victim", "man", "woman", "boy", "girl", "child", "baby", "toddler", "teenager", "teen", "youth",
            "driver", "pilot", "co-pilot", "captain", "passenger", "cyclist", "pedestrian", "motorcyclist",
            "rider", "climber", "hiker", "walker", "swimmer", "diver", "skier", "surfer", "fisherman", "sailor",
            "soldier", "officer", "constable", "firefighter", "nurse", "doctor", "worker", "student", "pupil",
            "patient", "tourist", "mother", "father", "son", "daughter", "suspect", "defendant", "deceased",
            "casualty", "survivor", "hostage", "prisoner", "inmate", "trucker", "lorry driver", "motorist",
            "jogger", "runner", "player", "fan", "journalist", "reporter", "photographer", "whistleblower",
            "informant", "accused", "person",
        )},
        "gunman": "attacker", "shooter": "attacker", "attacker": "attacker", "assailant": "attacker",
        "killer": "attacker", "murderer": "attacker", "bomber": "attacker", "knifeman": "attacker",
        "perpetrator": "attacker", "hijacker": "attacker", "stabber": "attacker",
    }
)
#: Words before a verb of winning that make it a forecast or a denial ("could win", "did not
#: win"), not a win.
UNREAL: frozenset[str] = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "not", "never", "n't", "cannot"}
)
#: Words before "to" and a verb of winning that make it a plan ("hopes to win", "favourite to
#: win", "failed to win"); other infinitives tell what came of it ("went on to win", "came from
#: behind to win").
PLANS: frozenset[str] = frozenset(
    """
    hope hopes hoped hoping expect expects expected likely unlikely set aim aims aimed aiming bid bids
    bidding want wants wanted wanting tipped favourite favorite favourites favorites poised try tries
    tried trying seek seeks seeking sought vow vows vowed plan plans planned planning intend intends
    intended going looking chance chances odds fail fails failed failing bound hoping need needs needed
    able unable eager determined fighting battling ready
    """.split()
)
#: Verbs of winning, said of the winner: "X won the marathon", "X claimed the title", "X
#: lifted the cup", "X scooped the prize". Read with :data:`WON_THINGS` after them.
WIN_VERBS: frozenset[str] = frozenset(
    """
    won wins win winning took takes take taking claimed claims claim claiming clinched clinches clinch
    secured secures secure captured captures capture scooped scoops lifted lifts lift bagged bags landed
    lands collected collects grabbed grabs sealed seals retained retains retain snatched snatches earned
    earns received receives receive topped tops
    """.split()
)
#: Verbs of :data:`WIN_VERBS` that say winning only of a prize, not of a game or a race: "X
#: took the game to extra time", "X took the stage", "X received the vote of".
WEAK_WIN_VERBS: frozenset[str] = frozenset(
    """
    took takes take taking landed lands collected collects grabbed grabs earned earns received receives
    receive sealed seals
    """.split()
)
#: What a weak verb of winning does not win (:data:`WEAK_WIN_VERBS`): contests themselves.
CONTEST_HEADS: frozenset[str] = frozenset(
    {"final", "match", "game", "tie", "derby", "fight", "bout", "series", "election", "elections", "vote", "poll",
     "ballot", "race", "runoff", "run-off", "primary", "contest", "competition", "stage", "marathon", "sprint",
     "playoff", "play-off", "showdown", "duel", "referendum", "leadership", "nomination", "bid", "tender",
     "auction", "seat"}
)
#: Phrases of winning with no object, followed by "in" or "at" and what was won: "X came out on
#: top in the race", "X emerged victorious in the runoff", "X took victory in the race", "X
#: triumphed in the final", "X prevailed in the vote".
WIN_IN_PHRASES: frozenset[str] = frozenset(
    {
        "triumphed", "triumphs", "prevailed", "prevails", "came out on top", "comes out on top",
        "emerged victorious", "emerges victorious", "emerged as the winner", "emerged as winner",
        "took victory", "takes victory", "claimed victory", "claims victory", "won", "wins",
        "was victorious", "is victorious", "finished on top", "came out ahead", "took the honours",
        "took the honors", "sealed victory", "clinched victory", "secured victory", "romped to victory",
        "cruised to victory", "stormed to victory", "raced to victory", "swept to victory",
    }
)
#: Verbs that hand what was won to its winner, read as "<thing> <verb> to X": "the prize went
#: to X", "the contract was awarded to X", "the seat goes to X".
WON_TO_VERBS: frozenset[str] = frozenset(
    {"went", "goes", "go", "going", "awarded", "given", "presented", "handed", "granted", "conferred",
     "bestowed", "fell"}
)
#: Verbs that tell a winner by a passive: "the marathon was won by X", "the title was claimed
#: by X".
WON_BY_VERBS: frozenset[str] = frozenset(
    {"won", "claimed", "clinched", "captured", "taken", "secured", "scooped", "lifted", "bagged", "landed",
     "collected", "retained", "snatched", "grabbed", "sealed"}
)
#: Verbs that declare a winner: "X was declared the winner", "X was crowned champion".
DECLARE_VERBS: frozenset[str] = frozenset(
    {"declared", "named", "crowned", "voted", "confirmed", "announced", "proclaimed", "pronounced", "awarded"}
)
#: Nouns of a win owned by its winner: "X's victory in the runoff", "X's win at the open".
VICTORY_NOUNS: frozenset[str] = frozenset({"victory", "win", "triumph", "success", "landslide", "upset"})
#: Nouns of one who won: "the winner was X", "X was crowned champion", "the marathon winner, X".
WINNER_NOUNS: frozenset[str] = frozenset({"winner", "victor", "champion", "champ", "gold medallist", "gold medalist"})
#: What is won, folded to one thing: "the election", "the marathon", "the gold medal", "the
#: Booker Prize" (a name ending in one of these), besides the contests of
#: :data:`claimdiff._lexicon.roles.CONTESTS` (an election, a match, a contract), which the
#: readers add with their folding, so both readers give one role.
WON_THINGS: Mapping[str, str] = MappingProxyType(
    {
        "seat": "election", "by-election": "election", "leadership": "election", "leadership contest": "election",
        "leadership race": "election", "leadership election": "election", "referendum": "referendum",
        "crown": "match", "belt": "match", "league": "match", "pennant": "match", "series": "match",
        "playoff": "match", "play-off": "match", "fight": "match", "bout": "match", "duel": "match",
        "showdown": "match", "franchise": "contract", "licence": "contract", "license": "contract",
        "concession": "contract", "marathon": "marathon", "half-marathon": "half-marathon", "stage": "stage",
        "sprint": "sprint", "grand prix": "grand prix", "classic": "classic", "regatta": "regatta",
        "award": "award", "prize": "prize", "medal": "medal", "gold": "gold medal", "gold medal": "gold medal",
        "silver": "silver medal", "silver medal": "silver medal", "bronze": "bronze medal",
        "bronze medal": "bronze medal", "jackpot": "jackpot", "lottery": "jackpot", "contest": "contest",
        "competition": "contest", "pageant": "contest", "open": "open", "pole": "pole", "pole position": "pole",
        "jersey": "jersey", "yellow jersey": "yellow jersey", "scholarship": "scholarship", "grant": "grant",
    }
)
#: Words before what was won that leave it one thing: "the men's singles title", "a second
#: straight title", "the 2026 marathon" is another (a year makes it another contest).
WON_LEADS: frozenset[str] = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "this", "year's", "year", "men's", "women's", "singles",
     "doubles", "overall", "coveted", "prestigious", "first", "second", "third", "straight", "consecutive",
     "successive", "maiden", "historic", "top", "main", "annual", "individual", "team", "national", "world",
     "mixed", "olympic", "mayoral", "presidential", "parliamentary", "general", "local", "senate", "city",
     "leadership", "party", "fiction", "literary", "grand", "best", "major", "lucrative", "multimillion",
     "multi-million", "billion-dollar", "government", "public", "state", "defence", "defense", "road"}
)
#: Phrases of finishing first: "X crossed the line first", "X finished ahead of the field".
FIRST_PHRASES: frozenset[str] = frozenset(
    {"crossed the line first", "crosses the line first", "crossed the finish line first",
     "crossed the finishing line first", "took the chequered flag", "took the checkered flag",
     "took first place", "finished ahead of the field", "breasted the tape", "broke the tape",
     "was first across the line", "was first over the line", "was first past the post", "came home first",
     "came in first"}
)
#: Verbs that hand what was won to the subject of their passive: "X was awarded the Nobel
#: Prize", "X was presented with the trophy", "X was handed the title".
GIVEN_VERBS: frozenset[str] = frozenset({"awarded", "given", "handed", "presented", "granted", "bestowed"})
#: Verbs of a defeat said of the loser, read with "by" and the winner: "X was beaten by Y",
#: "X was knocked out by Y", "X was eliminated by Y".
BEATEN_VERBS: frozenset[str] = frozenset(
    {"beaten", "defeated", "eliminated", "knocked out", "edged out", "outclassed", "overpowered", "stunned",
     "upset", "toppled", "crushed", "hammered", "thrashed", "routed", "downed", "bested", "outplayed",
     "dumped out", "ousted", "unseated", "outpolled", "outvoted"}
)
#: Nouns of a made work, before "by" and its maker ("a painting by X", "the sculpture is by X")
#: and after a maker's possessive ("X's design", "Banksy's mural"). Left out: works that are
#: mostly *of* the one who owns them ("X's portrait", "X's statue", "X's photograph").
MADE_WORKS: tuple[str, ...] = (
    "design", "designs", "painting", "paintings", "sculpture", "mural", "installation", "artwork", "creation",
    "masterpiece", "composition", "symphony", "song", "album", "film", "documentary",
)
#: Nouns of making said of a maker in a possessive or after "of": "the museum is Kenji Sato's
#: design", "the logo is the creation of designer X", "the building is the work of architect X".
MAKING_NOUNS: frozenset[str] = frozenset({"design", "work", "creation", "brainchild", "handiwork", "invention", "idea"})
#: Verbs of making that the older reader does not know: "the sculpture was created by X".
MAKE_VERBS: frozenset[str] = frozenset(
    {"created", "co-created", "crafted", "carved", "illustrated", "conceived", "devised", "choreographed"}
)
#: Words after a cue that tell another time than the story's: "X, who has won the title
#: twice", "X was previously appointed", "X won it three years ago".
OTHER_TIMES: frozenset[str] = frozenset(
    {"twice", "times", "previously", "ago", "formerly", "once", "thrice", "before", "repeatedly"}
)
#: Nouns after "last" that tell another time: "won the race last year", "appointed last season".
OTHER_TIME_NOUNS: frozenset[str] = frozenset(
    {"year", "season", "month", "decade", "time", "summer", "winter", "spring", "autumn", "fall", "term"}
)
#: People an honour is named for, "<person> of the <span>", folded: "man of the match",
#: "player of the match", "coach of the year".
HONOUR_PERSONS: Mapping[str, str] = MappingProxyType(
    {
        "player": "player", "man": "player", "woman": "player", "footballer": "player", "cricketer": "player",
        "athlete": "athlete", "sportsman": "athlete", "sportswoman": "athlete", "sportsperson": "athlete",
        "coach": "coach", "manager": "manager", "person": "person", "rider": "rider", "driver": "driver",
        "rookie": "rookie", "artist": "artist", "entertainer": "entertainer", "businessman": "businessperson",
        "businesswoman": "businessperson", "entrepreneur": "businessperson", "teacher": "teacher",
        "journalist": "journalist", "photographer": "photographer",
    }
)
#: What an honour's span is: "of the match", "of the year", "of the tournament".
HONOUR_SPANS: frozenset[str] = frozenset(
    {"match", "game", "year", "season", "tournament", "series", "month", "day", "race", "final", "decade",
     "championship"}
)
#: Verbs of putting forward a bill or a motion, said of its author: "Senator X introduced the
#: bill", "X tabled the amendment" (the passives are read as "introduced by X").
MOVE_VERBS: frozenset[str] = frozenset(
    {"introduced", "introduces", "tabled", "tables", "sponsored", "sponsors", "proposed", "proposes",
     "co-sponsored", "moved", "moves", "drafted", "drafts", "authored"}
)
#: Verbs of selling, whose "to" names the buyer: "the club was sold to X", "sold its stake to X".
SELL_VERBS: frozenset[str] = frozenset({"sold", "sells", "sell", "selling", "offloaded", "transferred", "ceded"})
#: Nouns that describe a person set right before their name after a doer's noun or a title:
#: "its owner, billionaire X", "the club's owner is tycoon X".
DESCRIPTORS: frozenset[str] = frozenset(
    {"billionaire", "tycoon", "magnate", "entrepreneur", "businessman", "businesswoman", "investor", "financier",
     "philanthropist", "industrialist", "millionaire", "oligarch", "heiress", "heir", "veteran"}
)
