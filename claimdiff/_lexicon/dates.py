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

#: Prepositions kept at the start of a date mention ("in March 2023", "on Thursday", "since 1950").
DATE_PREPOSITIONS: frozenset[str] = frozenset({"in", "on", "since", "during", "by", "until", "from", "at"})
