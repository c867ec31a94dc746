"""Words that name numbers, scales, units, currencies and bounds: data, no logic.

:mod:`claimdiff.numbers` reads these tables; keep every key lower-case unless a
comment says the table is case-sensitive.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

#: Cardinal number words below ten.
UNIT_WORDS: Mapping[str, int] = MappingProxyType({
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
})

#: Cardinal number words ten to nineteen.
TEEN_WORDS: Mapping[str, int] = MappingProxyType({
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
})

#: Cardinal tens.
TENS_WORDS: Mapping[str, int] = MappingProxyType({
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
})

#: Scale words that multiply a group of up to three digits (Indian lakh and crore included).
SCALE_WORDS: Mapping[str, int] = MappingProxyType({
    "thousand": 10**3, "lakh": 10**5, "lac": 10**5, "million": 10**6, "crore": 10**7,
    "billion": 10**9, "trillion": 10**12,
})

#: Plural scale words that make vague plurals ("hundreds of", "thousands of").
VAGUE_PLURALS: Mapping[str, int] = MappingProxyType({
    "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
    "billions": 10**9, "trillions": 10**12,
})

class CountPhrase(NamedTuple):
    """How a phrase that counts without a number reads ("a pair of", "several")."""

    value: int | None
    """The one number it names ("a pair of": 2), or None when it names no single number."""
    low: int
    """The fewest it allows."""
    high: int
    """The most it allows."""
    approximate: bool
    """False for an exact count in words ("a single", "a pair of")."""
    scaled: bool = False
    """True when it counts only before a scale word ("a couple hundred"; "a couple" alone is two people)."""


#: Phrases that count without a number, longest first; a scale word after the phrase
#: multiplies it ("a few hundred": 200..1,000, "several thousand", "a few dozen"). The guide
#: gives no interval for the vague ones; these are wide enough to hold what writers mean.
COUNT_PHRASES: tuple[tuple[tuple[str, ...], CountPhrase], ...] = (
    (("not", "a", "single"), CountPhrase(0, 0, 0, False)),
    (("a", "single"), CountPhrase(1, 1, 1, False)),
    (("a", "pair", "of"), CountPhrase(2, 2, 2, False)),
    (("a", "trio", "of"), CountPhrase(3, 3, 3, False)),
    (("a", "couple", "of"), CountPhrase(2, 2, 3, True)),
    (("a", "couple"), CountPhrase(2, 2, 3, True, scaled=True)),
    (("a", "handful", "of"), CountPhrase(None, 2, 10, True)),
    (("a", "few"), CountPhrase(None, 2, 10, True)),
    (("several",), CountPhrase(None, 3, 15, True)),
)
#: Words after a fraction (or after its "of") that make it a share of a whole: "half the staff",
#: "a third of their income", "two-thirds of all voters".
SHARE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "its", "his", "her", "their", "our", "your", "all", "these", "those", "them", "us", "this", "that"}
)
#: Words before a count phrase that change what it means: "quite a few" is many.
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"quite", "not"})

#: Words for twelve as a multiplier ("three dozen", "3 dzs").
DOZEN_WORDS: frozenset[str] = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})

#: Ordinal words: first..ninth, tenth..nineteenth, twentieth..ninetieth, hundredth and scale ordinals.
ORDINAL_UNIT_WORDS: Mapping[str, int] = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
})
ORDINAL_TEEN_WORDS: Mapping[str, int] = MappingProxyType({
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
})
ORDINAL_TENS_WORDS: Mapping[str, int] = MappingProxyType({
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
})
ORDINAL_SCALE_WORDS: Mapping[str, int] = MappingProxyType({
    "hundredth": 100, "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
})

#: Fraction-only denominators: "half", "quarter" (and their plurals) name no rank.
HALF_WORDS: Mapping[str, int] = MappingProxyType({"half": 2, "halves": 2, "quarter": 4, "quarters": 4})

#: Ordinals that never act as a fraction's denominator ("a second" is a moment, not 1/2).
NOT_DENOMINATORS: frozenset[str] = frozenset({"second", "seconds", "first"})

#: Word pairs where an ordinal names no rank ("first class", "at first").
NON_RANK_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {
        ("first", "class"), ("first", "lady"), ("first", "aid"), ("first", "hand"), ("at", "first"),
        ("first", "person"), ("second", "hand"), ("third", "party"), ("third", "parties"),
        ("first", "light"), ("first", "and"), ("first", "things"), ("fourth", "estate"),
    }
)

#: Words before "one" that make it a pronoun ("the one you mentioned", "which one").
PRONOUN_ONE_BEFORE: frozenset[str] = frozenset(
    {
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "such", "what",
        "whichever", "only", "last", "next", "right", "wrong", "little", "same", "other",
    }
)

#: Words after "one" that make it a pronoun or an idiom ("one of", "one another").
PRONOUN_ONE_AFTER: frozenset[str] = frozenset({"of", "another", "anothers", "or", "by", "day", "way", "thing"})

#: Sign words.
MINUS_WORDS: frozenset[str] = frozenset({"minus", "negative"})

#: Suffixes glued to digits that scale them ("10k", "3.5m", "$2.3bn"). Case-sensitive keys first
#: looked up as written, then lower-cased in SCALE_SUFFIXES_ANY_CASE.
SCALE_SUFFIXES_CASED: Mapping[str, int] = MappingProxyType(
    {"M": 10**6, "MM": 10**6, "G": 10**9, "B": 10**9, "K": 10**3, "T": 10**12}
)
SCALE_SUFFIXES_ANY_CASE: Mapping[str, int] = MappingProxyType({
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "b": 10**9, "bn": 10**9,
    "bln": 10**9, "tn": 10**12, "trn": 10**12, "tln": 10**12,
})
#: Scale abbreviations allowed as a separate word after digits ("2.33 k", "10 bln", "1,674.5 G").
SCALE_WORDS_AFTER_DIGITS_CASED: Mapping[str, int] = MappingProxyType(
    {"k": 10**3, "K": 10**3, "M": 10**6, "MM": 10**6, "G": 10**9}
)
SCALE_WORDS_AFTER_DIGITS: Mapping[str, int] = MappingProxyType({
    "mn": 10**6, "mln": 10**6, "mil": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12,
    "tln": 10**12,
})

#: Ordinal suffixes glued to digits.
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})

#: Words after a number that make it a percentage (one-word forms).
PERCENT_WORDS: frozenset[str] = frozenset({"percent", "percents", "percentage", "pct", "pc"})

#: Currency symbols (written before the amount) -> ISO code, lower-case.
CURRENCY_SYMBOLS: Mapping[str, str] = MappingProxyType({
    "$": "usd", "US$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₫": "vnd", "₹": "inr", "₽": "rub",
    "₩": "krw", "₺": "try", "A$": "aud", "C$": "cad", "HK$": "hkd", "S$": "sgd", "NZ$": "nzd",
})

#: ISO currency codes read after or before an amount ("2mil SEK", "USD 5").
CURRENCY_CODES: frozenset[str] = frozenset(
    {
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "vnd", "inr", "rub", "krw", "sek", "nok", "dkk", "chf",
        "aud", "cad", "hkd", "sgd", "nzd", "try", "brl", "mxn", "zar", "thb", "idr", "myr", "php",
        "uah", "pln", "czk", "huf", "ils", "aed", "sar", "egp", "ngn", "kes", "pkr", "bdt",
    }
)

#: Currency words after an amount -> ISO code.
CURRENCY_WORDS: Mapping[str, str] = MappingProxyType({
    "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "gbp", "pounds": "gbp",
    "sterling": "gbp", "dong": "vnd", "yuan": "cny", "renminbi": "cny", "yen": "jpy", "rouble": "rub",
    "roubles": "rub", "ruble": "rub", "rubles": "rub", "rupee": "inr", "rupees": "inr", "franc": "chf",
    "francs": "chf", "baht": "thb", "rupiah": "idr", "ringgit": "myr", "peso": "mxn", "pesos": "mxn",
    "hryvnia": "uah", "hryvnias": "uah", "shekel": "ils", "shekels": "ils", "rand": "zar",
    "krona": "sek", "kronor": "sek", "naira": "ngn", "lira": "try", "liras": "try",
})

#: Adjectives that change which dollar is meant ("Australian dollars").
DOLLAR_COUNTRIES: Mapping[str, str] = MappingProxyType({
    "us": "usd", "u.s.": "usd", "american": "usd", "australian": "aud", "canadian": "cad",
    "singapore": "sgd", "hong": "hkd", "new": "nzd", "taiwan": "twd", "zealand": "nzd",
})

#: Measurement units written as one word after a number (with or without a space, or after a
#: hyphen: "240-kilometre") -> normalised unit. :mod:`claimdiff._lexicon.units` says what each
#: normalised unit measures and how it converts, and holds the phrases of several words
#: ("nautical miles", "sq km", "km/h", "degrees Celsius").
MEASURE_UNITS: Mapping[str, str] = MappingProxyType({
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "mm": "mm",
    "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mi": "mile", "mile": "mile", "miles": "mile", "ft": "foot", "foot": "foot", "feet": "foot",
    "yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard", "inch": "inch", "inches": "inch",
    "km²": "sq km", "mi²": "sq mile", "m²": "sq m",
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilogramme": "kg", "kilogrammes": "kg", "g": "g", "gram": "g", "grams": "g", "gramme": "g",
    "grammes": "g", "mg": "mg", "milligram": "mg", "milligrams": "mg",
    "t": "tonne", "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "lb": "lb",
    "lbs": "lb", "pound": "lb", "oz": "ounce", "ounce": "ounce", "ounces": "ounce",
    "ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "cl": "cl", "l": "litre", "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
    "gallon": "gallon", "gallons": "gallon", "gal": "gallon", "quart": "quart", "quarts": "quart",
    "qt": "quart", "pint": "pint", "pints": "pint", "barrel": "barrel", "barrels": "barrel", "bbl": "barrel",
    "ha": "hectare", "hectare": "hectare", "hectares": "hectare", "acre": "acre", "acres": "acre",
    "mw": "mw", "gw": "gw", "kw": "kw", "kwh": "kwh", "megawatt": "mw", "megawatts": "mw",
    "gigawatt": "gw", "gigawatts": "gw", "kilowatt": "kw", "kilowatts": "kw",
    "mph": "mile/h", "kph": "km/h", "kmh": "km/h", "kmph": "km/h", "knot": "knot", "knots": "knot",
    "bpd": "bpd", "c": "celsius", "f": "fahrenheit", "celsius": "celsius", "fahrenheit": "fahrenheit",
    "gb": "gb", "mb": "mb", "tb": "tb", "ghz": "ghz",
    "sec": "second", "secs": "second", "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour",
    "yr": "year", "yrs": "year",
})

#: Words before a figure in pounds that make the pounds a weight: "weighing 330 pounds".
WEIGHT_CUES: frozenset[str] = frozenset(
    {"weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter"}
)

#: Approximators and bounds before a number, longest first. Each maps the words to a rule name:
#:   about    value +-10 % ("about", "around", "roughly", "some", "an estimated")
#:   nearly   [value*0.9, value)   ("nearly", "almost", "just under", "close to")
#:   over     (value, None)        ("more than", "over", "above", "in excess of", "upwards of")
#:   atleast  [value, None)        ("at least", "no fewer than", "a minimum of")
#:   upto     (None, value]        ("up to", "as many as", "at most", "no more than")
#:   under    (None, value)        ("fewer than", "less than", "under", "below")
#:   justover (value, value*1.1]   ("just over", "slightly more than")
APPROXIMATORS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("slightly", "more", "than"), "justover"),
    (("a", "little", "over"), "justover"),
    (("a", "little", "more", "than"), "justover"),
    (("just", "more", "than"), "justover"),
    (("just", "over"), "justover"),
    (("just", "above"), "justover"),
    (("just", "under"), "nearly"),
    (("just", "below"), "nearly"),
    (("just", "shy", "of"), "nearly"),
    (("slightly", "less", "than"), "nearly"),
    (("slightly", "fewer", "than"), "nearly"),
    (("close", "to"), "nearly"),
    (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("approaching",), "nearly"),
    (("more", "than"), "over"),
    (("greater", "than"), "over"),
    (("in", "excess", "of"), "over"),
    (("upwards", "of"), "over"),
    (("upward", "of"), "over"),
    (("well", "over"), "over"),
    (("over",), "over"),
    (("above",), "over"),
    (("at", "least"), "atleast"),
    (("no", "fewer", "than"), "atleast"),
    (("no", "less", "than"), "atleast"),
    (("a", "minimum", "of"), "atleast"),
    (("not", "less", "than"), "atleast"),
    (("up", "to"), "upto"),
    (("as", "many", "as"), "upto"),
    (("as", "much", "as"), "upto"),
    (("at", "most"), "upto"),
    (("no", "more", "than"), "upto"),
    (("a", "maximum", "of"), "upto"),
    (("fewer", "than"), "under"),
    (("less", "than"), "under"),
    (("under",), "under"),
    (("below",), "under"),
    (("an", "estimated"), "about"),
    (("approximately",), "about"),
    (("approx",), "about"),
    (("roughly",), "about"),
    (("around",), "about"),
    (("about",), "about"),
    (("some",), "about"),
    (("circa",), "about"),
    (("ca",), "about"),
    (("estimated",), "about"),
    (("an", "approximate"), "about"),
    (("an", "average", "of"), "about"),
)

#: Units of time: "over 3 years" reads as a duration ("during"), not as a lower bound.
TIME_UNITS: frozenset[str] = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "decades", "century", "centuries", "fortnight",
        "fortnights",
    }
)

#: Verbs of a span of time: after them "a week", "a fortnight", "an hour" is one unit of time
#: ("the strike lasted a fortnight", "the climb took an hour"), not a rate ("twice a week").
DURATION_VERBS: frozenset[str] = frozenset(
    {
        "lasted", "lasts", "lasting", "took", "takes", "taking", "spent", "spends", "spending",
        "spanned", "spans", "spanning",
    }
)

#: Plural nouns that do not end in -s, and their singular.
IRREGULAR_PLURALS: Mapping[str, str] = MappingProxyType({
    "people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
    "personnel": "personnel", "staff": "staff", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "cattle": "cattle", "data": "data", "media": "media", "crew": "crew",
    "servicemen": "serviceman", "policemen": "policeman", "aircraft": "aircraft", "sheep": "sheep",
    "fish": "fish", "deer": "deer", "livestock": "livestock", "offspring": "offspring",
    # plurals in -ves: "claimed 23 lives"
    "lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief", "halves": "half",
})

#: Nouns ending in -s that are singular (or the same in both numbers).
INVARIANT_S_NOUNS: frozenset[str] = frozenset(
    {
        "series", "species", "news", "means", "chassis", "corps", "headquarters", "crossroads",
        "bus", "gas", "status", "virus", "census", "campus", "bonus", "thesis", "analysis", "crisis",
        "basis", "axis", "apparatus", "consensus", "lens", "process", "class", "glass", "mass", "boss",
        "press", "address", "business", "congress", "progress", "access", "loss", "cross",
    }
)

#: Words that follow a number but are no head noun (verbs, adverbs, pronouns the stop list lacks).
NOT_HEAD_NOUNS: frozenset[str] = frozenset(
    {
        "met", "signed", "agreed", "said", "says", "told", "also", "were", "are", "have", "had", "will",
        "would", "can", "could", "later", "earlier", "ago", "apiece", "each", "respectively", "alone",
        "together", "percent", "per", "cent", "times", "plus", "minus", "and", "or", "to", "as",
        "shared", "held", "spoke", "sides", "share", "agree", "both", "all", "out", "in", "over",
        "under", "more", "less", "fewer", "than", "nations'", "leaders'", "am", "pm", "a", "an",
        "bc", "ad", "gmt", "utc",
    }
)

#: Adverbs that may stand between a number and a unit without breaking the phrase.
SKIPPABLE_BEFORE_NOUN: frozenset[str] = frozenset({"more", "other", "new", "additional", "further", "extra"})


#: Second halves of compound adjectives whose first half is an ordinal or a count word but
#: that count nothing: "first-degree murder", "second-hand cars", "third-party claims".
NOT_COUNTED_COMPOUNDS: frozenset[str] = frozenset(
    {"degree", "hand", "party", "class", "rate", "generation", "string", "team", "tier", "world"}
)
#: Whole compounds of "one" that count nothing: "one-time items" are non-recurring, a
#: "one-off" payment happens once by nature ("three-time champion" is a count, so the second
#: half alone cannot say it).
NOT_COUNTED_WORDS: frozenset[str] = frozenset(
    {"one-time", "one-off", "one-way", "one-sided", "one-stop", "one-liner", "one-on-one"}
)
#: Capitalised words after which a figure is still a figure, not part of a name ("Some 40",
#: "About 300", "Nearly 2,000" inside a sentence after a colon or a quote; "June 5").
FIGURE_LEADS: frozenset[str] = frozenset(
    {"about", "around", "some", "nearly", "almost", "over", "under", "more", "fewer", "less", "least",
     "only", "just", "all", "by", "to", "from", "between", "and", "or", "of", "than", "up", "down",
     "approximately", "roughly", "exactly", "at", "in", "on", "for", "with", "top", "no", "number", "no.",
     "page", "chapter", "figure", "table", "step", "day", "week", "year", "round", "stage", "phase", "level"}
)
#: Words just before a bare figure that name what it measures: "magnitude 6.8", "aged 47".
#: Values are claim keys (an age is keyed as "80-year-old" is).
MEASURE_BEFORE: Mapping[str, str] = MappingProxyType(
    {"magnitude": "magnitude", "aged": "age:duration", "age": "age:duration", "ages": "age:duration"}
)

#: Street types after a house number and a street name: "221 Baker Street", "10 Downing St".
STREET_TYPES: frozenset[str] = frozenset({
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Boulevard", "Blvd", "Drive",
    "Dr", "Place", "Pl", "Square", "Sq", "Terrace", "Court", "Ct", "Highway", "Hwy", "Parkway",
    "Crescent", "Close", "Row", "Gardens", "Strasse", "Straße", "Rue", "Via", "Calle",
})

#: Words that take a span of time as what they measure, so that "over" after them is "more
#: than" ("the talks lasted over three hours", "those sleeping over nine hours", "served over
#: 20 years", "for over a decade"), not "during" ("prices rose 3% over three years").
SPAN_VERBS: frozenset[str] = frozenset(
    """
    for last lasts lasted lasting take takes took taking taken spend spends spent spending wait waits
    waited waiting sleep sleeps slept sleeping get gets got getting run runs ran running serve serves
    served serving stay stays stayed staying remain remains remained remaining work works worked
    working live lives lived living
    """.split()
)
