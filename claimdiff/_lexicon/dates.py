"""Words that name months, weekdays, parts of the day and date contexts: data, no logic."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Month names and their usual abbreviations (lower-case, without the dot) -> month number; the
#: one month list (cleaning reads it too).
MONTHS: Mapping[str, int] = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
})

#: Month words that are also ordinary English words; they count as months only when capitalised
#: and next to a day number or a year, or after "in"/"since"/"last"/"next"/"early"/"late".
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec"})

#: Weekday names and abbreviations -> 0 (Monday) .. 6 (Sunday).
WEEKDAYS: Mapping[str, int] = MappingProxyType({
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
})

#: Weekday abbreviations that are ordinary words; they count only when capitalised and followed by a dot.
AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset({"mon", "tue", "wed", "thu", "thur", "fri", "sat", "sun"})

#: Parts of the day -> the normalised name carried in ``DateMention.part_of_day``.
PARTS_OF_DAY: Mapping[str, str] = MappingProxyType({
    "morning": "morning", "mornings": "morning", "afternoon": "afternoon", "afternoons": "afternoon",
    "evening": "evening", "evenings": "evening", "night": "night", "nights": "night",
    "overnight": "night", "midday": "noon", "noon": "noon", "midnight": "night", "dawn": "early_hours",
    "daybreak": "early_hours", "dusk": "evening", "sunrise": "early_hours", "sunset": "evening",
    "tonight": "night",
})

#: Hours of the day each part of the day may cover (24 and over: past midnight), generously:
#: neighbours overlap, so only parts that cannot meet ("early hours" and "afternoon") differ.
PART_HOURS: Mapping[str, tuple[int, int]] = MappingProxyType({
    "early_hours": (0, 7), "morning": (4, 12), "noon": (11, 14), "afternoon": (12, 19), "evening": (16, 23),
    "night": (18, 30),
})

#: Words that, before a 4-digit number 1900-2099, make it a year ("in 2017", "since 1950").
YEAR_CONTEXT_BEFORE: frozenset[str] = frozenset(
    {
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "early", "late", "mid",
        "year", "fiscal", "circa", "throughout", "through", "between", "spring", "summer", "autumn",
        "fall", "winter", "election", "elections", "of", "to", "and", "season", "census", "budget",
    }
)

#: Relative words before "year"/"month"/"week" -> offset in that unit.
RELATIVE_OFFSETS: Mapping[str, int] = MappingProxyType(
    {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}
)

#: Single words that name a day relative to publication -> offset in days.
RELATIVE_DAYS: Mapping[str, int] = MappingProxyType({"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0})

#: What may follow "on the 9th" when it is a day of the month: the end of a clause ("" is the end of the text).
DAY_CLAUSE_ENDS: frozenset[str] = frozenset({",", ".", "", ";", ":", ")", "!", "?"})

#: Prepositions kept at the start of a date mention ("in March 2023", "on Thursday", "since 1950").
DATE_PREPOSITIONS: frozenset[str] = frozenset({"in", "on", "since", "during", "by", "until", "from", "at"})

#: Words that put the event of a date after publication when they are the nearest tense word in
#: its clause: modals, the present of "be" ("the vote is on Friday"), and words of schedules.
FUTURE_CUES: frozenset[str] = frozenset(
    {
        "will", "shall", "ll", "would", "could", "should", "might", "must", "is", "are", "due", "scheduled",
        "expected", "planned", "plans", "plan", "slated", "upcoming", "next", "coming", "postponed", "delayed",
        "adjourned", "rescheduled", "deferred", "set", "intends", "hopes", "hoping", "aims", "aiming", "ahead",
        "begins", "starts", "opens", "ends", "closes", "expires", "runs", "resumes", "ships", "beginning",
        "starting", "effective", "tomorrow",
    }
)

#: Modals that tell of the past before "have" ("should have happened", "could not have been
#: avoided", "may have started"), and of a plan or a guess otherwise; "will have" is no past.
PERFECT_MODALS: frozenset[str] = frozenset({"would", "could", "should", "might", "must", "may"})

#: Words that put the event of a date before publication when they are the nearest tense word:
#: past auxiliaries and common irregular past forms (a regular past in -ed counts too).
PAST_CUES: frozenset[str] = frozenset(
    {
        "was", "were", "had", "did", "been", "has", "have", "ago", "since", "yesterday", "last", "earlier",
        "previous", "previously", "came", "went", "won", "lost", "held", "began", "begun", "met", "took", "struck",
        "left", "made", "got", "saw", "broke", "fell", "rose", "ran", "sent",
        "brought", "found", "gave", "spoke", "flew", "drew", "fought", "led", "paid", "sold", "bought", "built",
        "kept", "shot", "stood", "thought", "wrote", "knew", "grew", "threw", "caught", "became", "chose",
        "drove", "felt", "heard", "meant", "sat", "slid", "sank", "swore", "sworn", "stole", "taught", "woke",
        "withdrew", "froze", "hid", "hung", "laid", "lit", "rang", "rode", "shook", "spent", "swept", "tore",
        "wound", "fled", "arose", "dealt", "sought", "overtook", "undertook", "forgave", "sprang",
        # irregular participles, past without an auxiliary ("having fallen from 3.4% in July")
        "fallen", "risen", "arisen", "taken", "overtaken", "undertaken", "given", "forgiven", "driven",
        "shown", "grown", "known", "thrown", "blown", "flown", "drawn", "withdrawn", "broken", "chosen",
        "spoken", "stolen", "written", "beaten", "forgotten", "hidden", "ridden", "woken", "frozen",
        "shaken", "torn", "worn", "sunk", "gone", "seen",
    }
)

#: Words before a participle that give it their tense ("will remain closed", "were suspended",
#: "is expected"): the participle is no past on its own then.
AUXILIARIES: frozenset[str] = frozenset(
    {
        "will", "shall", "would", "is", "are", "be", "being", "was", "were", "been", "has", "have", "had",
        "remain", "remains", "remained", "stay", "stays", "stayed", "get", "gets", "not",
    }
)

#: Words in -ed that are no past forms.
NOT_PARTICIPLES: frozenset[str] = frozenset(
    {"hundred", "united", "limited", "sacred", "naked", "wicked", "beloved", "aged", "kindred", "rugged", "ragged"}
)

#: Nouns after a weekday that make it a weekly habit, not a date: "Sunday hours", "Friday prayers".
WEEKDAY_HABITS: frozenset[str] = frozenset(
    {
        "hours", "opening", "openings", "trading", "service", "services", "mass", "prayers", "prayer", "school",
        "schools", "paper", "papers", "edition", "editions", "league", "leagues", "shift", "shifts", "market",
        "markets", "lunch", "lunches", "roast", "brunch", "collection", "collections", "timetable", "timetables",
        "routine", "club", "clubs", "classes", "sessions",
    }
)

#: Words before a part of the day that put it on a day relative to publication -> offset in
#: days: "this morning" is the publication day, "last night" the evening before.
THIS_PARTS: Mapping[str, int] = MappingProxyType({"this": 0, "last": -1})

#: Verbs of saying, which date the statement, not what it tells: no tense cue ("results will
#: come on Thursday, the commission said").
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "reported", "reports",
        "confirmed", "confirms", "stated", "states", "noted", "notes", "warned", "warns", "according",
        "explained", "insisted", "claimed", "claims", "wrote", "writes", "argued", "argues",
    }
)

#: Units of "five years ago", "a week ago", "three days ago" -> the unit counted back from publication.
AGO_UNITS: Mapping[str, str] = MappingProxyType({
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day",
})
