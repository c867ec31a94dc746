"""Words that tell the time in words ("just after nine in the evening", "twenty to midnight"): data, no logic."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Hours of the clock said in words or digits -> the hour on a 12-hour clock.
CLOCK_HOURS: Mapping[str, int] = MappingProxyType({
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
    **{str(h): h for h in range(1, 13)},
})

#: The two fixed hours said by name -> minute after midnight ("noon", "midday"; "midnight" is the
#: end of the day before "to" and "before", the start of the next after "past" and "after").
NAMED_HOURS: Mapping[str, int] = MappingProxyType({"noon": 12 * 60, "midday": 12 * 60, "midnight": 0})

#: Minutes said before "past" or "to" an hour ("ten past six", "twenty to midnight", "half past nine").
PAST_TO_MINUTES: Mapping[str, int] = MappingProxyType({
    "five": 5, "ten": 10, "a quarter": 15, "quarter": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25,
    "half": 30,
})

#: Minutes said after an hour ("nine thirty in the morning", "six fifteen this evening").
AFTER_HOUR_MINUTES: Mapping[str, int] = MappingProxyType({
    "fifteen": 15, "thirty": 30, "forty-five": 45, "forty five": 45,
})

#: The part of the day said after an hour ("nine in the evening", "six this morning", "ten on Sunday
#: night") -> the half of the day it puts the hour in: "am", "pm", or "night" (an evening hour from
#: six, a small hour before five).
CLOCK_DAY_PARTS: Mapping[str, str] = MappingProxyType({
    "morning": "am", "afternoon": "pm", "evening": "pm", "night": "night", "tonight": "night",
})

#: Words that lead the part of the day after an hour ("in the", "this", "yesterday"; a weekday too).
CLOCK_PART_LEADS: tuple[str, ...] = ("in the", "this", "that", "yesterday", "tomorrow", "last", "at")
