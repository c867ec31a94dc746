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
    al
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
    Please Thanks Thank Let Sorry Yes Yeah Yep Nope Okay Oh Anyway Anyways Hi Hello Hey Wow
    Maybe Perhaps Unfortunately Luckily Fortunately Overall Otherwise Honestly Actually
    Apparently Basically Definitely Hopefully Thankfully Sadly Finally Again Just Even Only
    Not Never Anyone Anybody Everyone Everybody Nobody Someone Somebody Nothing Everything Something
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

#: Abbreviations of AMBIGUOUS that are also English words when written in lower case ("sun",
#: "sat", "wed", "mar"): they count as abbreviations only when capitalised ("Sat. Jan. 4").
CAPITALISED_ONLY: frozenset[str] = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
)
"""Case-folded abbreviations that are abbreviations only when written with a capital."""

#: Endings of company names: after one, a new sentence may start with any capitalised word
#: that is not the start of a title or name ("... Marine Inc. Analysts were ...").
COMPANY_ENDINGS: frozenset[str] = frozenset("co corp inc ltd llc plc bros cos".split())
"""Case-folded company-name endings."""

#: US state abbreviations as news writes them after a city ("Fresno, Calif."), matched as
#: written; multi-period ones ("N.Y.", "D.C.") are read by their shape.
PLACE_ENDINGS: frozenset[str] = frozenset(
    """
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Mo Mont
    Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo
    """.split()
)
"""State abbreviations that end a place name."""

#: Lower-case abbreviations that a lower-case word may follow inside a sentence ("2 oz. of
#: butter", "approx. the size"): units, and the short forms of web and office text.
LOWER_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    oz lb lbs ft yd yds mi hr hrs min mins max sec secs mo mos yr yrs wk wks tsp tbsp tbs qt pt
    gal sq cu deg cm mm kg km mph avg misc dept depts govt univ assn est appx approx incl esp
    resp orig pres pd qty ea inv tel ext dir gen pl sing adj adv
    sp spp ssp subsp var cv syn nov fam ord med chem phys biol sci assoc inst corr eds repr suppl
    ibid op cit loc etc
    appt acct amt attn encl excl abbr conj pron interj masc neut elev cont contd recd ofc purch qtr
    hosp sch coll doz ea eq prev poss prob pref req sched subj obj ver ser wt ht
    """.split()
)
"""Case-folded abbreviations that never end a sentence before a lower-case word."""

#: Words of chat, e-mail and speech written without a vowel ("thx", "tbh", "hmm"): whole words
#: that may end a sentence, unlike the vowel-less abbreviations ("Mr", "Blvd", "lbs").
VOWELLESS_WORDS: frozenset[str] = frozenset(
    """
    thx thnx tx pls plz ppl msg msgs txt dm dms pm pms np nvm tbh smh smdh btw brb ttyl rn ngl
    lmk jk fyi wtf ffs gg gn hmm hmmm hm mm mmm shh sh psst pst grr brr pfft tsk zzz nth
    """.split()
)
"""Case-folded vowel-less words (chat shorthand, interjections)."""

#: Names written with an exclamation mark ("Yahoo! Mail", "Jeopardy! host"): the mark ends a
#: sentence after one only before a typical sentence starter.
BANG_NAMES: frozenset[str] = frozenset("Yahoo Jeopardy Wham Yahtzee Joomla Oklahoma Mia Hello OK Oliver".split())
"""Words written with "!" as part of a name."""

#: Words before a title that make it a noun ("taught by the Prof."), so that it may end a sentence.
DETERMINERS: frozenset[str] = frozenset("the a an our my your his her their its this that".split())
"""Determiners and possessives, lower case."""

#: Sentence starters that never follow a title as a name ("the Prof. A new term ...").
CLAUSE_STARTERS: frozenset[str] = frozenset(
    "The A An This These Those It Its He She They We I There Their Our My Your But And However".split()
)
"""Capitalised words that open a clause: a title before one ends its sentence."""

#: Emoticons written with punctuation: a token of its own, it ends its sentence like a mark.
EMOTICONS: frozenset[str] = frozenset(
    """
    :) :-) :( :-( ;) ;-) :D :-D :P :-P :p :-p :/ :-/ :| :-| :o :O :'( =) =( <3 ^^ ^_^
    """.split()
)
"""Emoticons, as written."""

#: Words after which a single capital letter and a capitalised word are an initial and a
#: surname ("a book by J. Smith", "a letter to A. Okoye"), not a sentence's end: a sentence
#: seldom ends in a preposition and a letter.
INITIAL_AFTER: frozenset[str] = frozenset(
    "by to from with for of about against and or than like including via per featuring starring".split()
)
#: Single letters that shorten a point of the compass in a place's name ("N. Ireland", "W. Bengal").
COMPASS_LETTERS: frozenset[str] = frozenset("NSEW")
#: Words before a place: after one, a compass letter and a capitalised word are a place's name.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    "in into across throughout near around at through towards toward within outside inside over".split()
)
