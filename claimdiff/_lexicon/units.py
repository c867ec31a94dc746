"""Units of measure: what each measures and how it converts, as data.

Every unit a figure may carry (its normalised name, as :data:`claimdiff._lexicon.numbers.MEASURE_UNITS`
and :data:`UNIT_PHRASES` write it) has a *dimension* and a factor to that dimension's base
unit: metres for length, kilograms for mass, square metres for area, litres for volume,
metres per second for speed, watts for power, degrees Celsius for temperature, percent for
proportions (a fraction read as a share, "half of the residents", is 50 percent), seconds for
durations (a month is 28 to 31 days, a year 365 or 366: "a 21-day ultimatum" is "a three-week
ultimatum", "two decades" are "twenty years"). Two figures
of one dimension compare after conversion; figures of different dimensions never do.

``value_in_base = value * factor + offset``. A word that names more than one unit gives
the range of their factors: "ton" alone is a short ton (2,000 lb, US usage), a long ton
(2,240 lb, British usage) or, loosely, a metric tonne, so it covers 907.18..1,016.05 kg.
"gallon" is the US gallon and "quart" the US liquid quart (the units of US consumer copy;
the imperial gallon is ``imperial gallon``); "barrel" is the oil barrel of 42 US gallons.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class Unit(NamedTuple):
    """How one unit converts to the base unit of its dimension."""

    dimension: str
    """What it measures: "length", "mass", "area", "volume", "speed", "power", "temperature",
    "percent", "duration"."""
    factor: float
    """Base units per unit (the lowest, when the word names several units)."""
    factor_high: float | None = None
    """The highest factor when the word names several units ("ton"); None when it names one."""
    offset: float = 0.0
    """Added after scaling: an affine scale (Fahrenheit) has an offset."""


_MILE = 1609.344
_FOOT = 0.3048
_POUND = 0.45359237
_US_GALLON = 3.785411784

#: Length units, metres each: the building blocks of area and speed units below.
LENGTHS: Mapping[str, float] = MappingProxyType({
    "km": 1000.0, "m": 1.0, "cm": 0.01, "mm": 0.001, "mile": _MILE, "nautical mile": 1852.0,
    "yard": 0.9144, "foot": _FOOT, "inch": 0.0254,
})

#: Normalised unit -> its dimension and conversion.
UNITS: Mapping[str, Unit] = MappingProxyType({
    **{name: Unit("length", metres) for name, metres in LENGTHS.items()},
    # area, square metres
    **{f"sq {name}": Unit("area", metres * metres) for name, metres in LENGTHS.items()},
    "hectare": Unit("area", 10_000.0), "acre": Unit("area", 4046.8564224),
    # speed, metres per second
    **{f"{name}/h": Unit("speed", metres / 3600) for name, metres in LENGTHS.items()},
    "m/s": Unit("speed", 1.0), "knot": Unit("speed", 1852.0 / 3600),
    # mass, kilograms
    "kg": Unit("mass", 1.0), "g": Unit("mass", 0.001), "mg": Unit("mass", 1e-6), "tonne": Unit("mass", 1000.0),
    "ton": Unit("mass", 2000 * _POUND, 2240 * _POUND), "short ton": Unit("mass", 2000 * _POUND),
    "long ton": Unit("mass", 2240 * _POUND), "lb": Unit("mass", _POUND), "ounce": Unit("mass", _POUND / 16),
    "stone": Unit("mass", 14 * _POUND),
    # volume, litres
    "litre": Unit("volume", 1.0), "ml": Unit("volume", 0.001), "cl": Unit("volume", 0.01),
    "gallon": Unit("volume", _US_GALLON), "imperial gallon": Unit("volume", 4.54609),
    "quart": Unit("volume", _US_GALLON / 4), "pint": Unit("volume", _US_GALLON / 8),
    "fl oz": Unit("volume", _US_GALLON / 128), "barrel": Unit("volume", 42 * _US_GALLON),
    **{f"cubic {name}": Unit("volume", metres**3 * 1000) for name, metres in LENGTHS.items()},
    # power, watts
    "kw": Unit("power", 1e3), "mw": Unit("power", 1e6), "gw": Unit("power", 1e9),
    # proportions, percent: "half of the residents" is 50 percent of them
    "percent": Unit("percent", 1.0), "share": Unit("percent", 100.0),
    # duration, seconds: a month is 28 to 31 days, a year 365 or 366
    "second": Unit("duration", 1.0), "minute": Unit("duration", 60.0), "hour": Unit("duration", 3600.0),
    "day": Unit("duration", 86_400.0), "week": Unit("duration", 7 * 86_400.0),
    "fortnight": Unit("duration", 14 * 86_400.0), "month": Unit("duration", 28 * 86_400.0, 31 * 86_400.0),
    "year": Unit("duration", 365 * 86_400.0, 366 * 86_400.0),
    "decade": Unit("duration", 3652 * 86_400.0, 3653 * 86_400.0),
    "century": Unit("duration", 36_524 * 86_400.0, 36_525 * 86_400.0),
    # temperature, degrees Celsius
    "celsius": Unit("temperature", 1.0), "fahrenheit": Unit("temperature", 5 / 9, offset=-32 * 5 / 9),
    "kelvin": Unit("temperature", 1.0, offset=-273.15),
})

#: How far apart, as a share of the larger value, two figures in different units of one
#: dimension may be and still agree (GOLD_GUIDE: "40 km" and "25 miles" agree, within
#: about 3%). An affine scale (temperature) has no such share: there only the written
#: precision of each figure counts.
CONVERSION_TOLERANCE: Mapping[str, float] = MappingProxyType({
    "length": 0.03, "area": 0.03, "speed": 0.03, "mass": 0.03, "volume": 0.03, "power": 0.03,
    "percent": 0.03, "duration": 0.03, "temperature": 0.0,
})

#: Words for lengths as written (singular and plural), for the phrases below.
_LENGTH_WORDS: Mapping[str, str] = MappingProxyType({
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "mi": "mile", "mile": "mile", "miles": "mile", "ft": "foot", "foot": "foot", "feet": "foot",
    "yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard", "inch": "inch", "inches": "inch",
    "cm": "cm", "mm": "mm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
})
#: Words for "hour" after "per", "an", "a" or "/" ("km/h", "miles an hour", "kilometres per hour").
_HOUR_WORDS = ("hour", "hr", "h")
#: Words for "second" after "per" or "/" ("m/s", "metres per second").
_SECOND_WORDS = ("second", "sec", "s")


def _phrases() -> dict[tuple[str, ...], str]:
    """Return the multi-word unit phrases, lower-case tokens as the tokenizer splits them."""
    out: dict[tuple[str, ...], str] = {}
    for word, unit in _LENGTH_WORDS.items():
        for square in (("square",), ("sq",), ("sq", ".")):
            phrase = (*square, word)
            out[phrase] = f"sq {unit}"
        out[(word, "squared")] = f"sq {unit}"
        out[(word, "2")] = f"sq {unit}"  # "km2", glued
        out[("cubic", word)] = f"cubic {unit}"
        for per in ("per", "an", "a", "/"):
            for hour in _HOUR_WORDS:
                if (per, hour) != ("a", "h") and (per, hour) != ("an", "h"):
                    out[(word, per, hour)] = f"{unit}/h"
        if unit == "m":
            for per in ("per", "/"):
                for second in _SECOND_WORDS:
                    out[(word, per, second)] = "m/s"
    out.update({
        ("nautical", "mile"): "nautical mile", ("nautical", "miles"): "nautical mile",
        ("metric", "ton"): "tonne", ("metric", "tons"): "tonne", ("metric", "tonnes"): "tonne",
        ("short", "ton"): "short ton", ("short", "tons"): "short ton",
        ("long", "ton"): "long ton", ("long", "tons"): "long ton",
        ("imperial", "gallon"): "imperial gallon", ("imperial", "gallons"): "imperial gallon",
        ("us", "gallon"): "gallon", ("us", "gallons"): "gallon",
        ("fluid", "ounces"): "fl oz", ("fl", "oz"): "fl oz",
        ("degrees", "celsius"): "celsius", ("degree", "celsius"): "celsius",
        ("degrees", "centigrade"): "celsius", ("degrees", "fahrenheit"): "fahrenheit",
        ("degree", "fahrenheit"): "fahrenheit", ("degrees", "c"): "celsius", ("degrees", "f"): "fahrenheit",
        ("°", "c"): "celsius", ("°", "f"): "fahrenheit", ("º", "c"): "celsius", ("º", "f"): "fahrenheit",
        ("°", "k"): "kelvin",
    })
    return out


#: Multi-token unit phrases (lower-case tokens) -> normalised unit: "nautical miles",
#: "square miles", "sq km", "km2", "km/h", "miles per hour", "metric tons", "degrees
#: Celsius", "°C". Single words are :data:`claimdiff._lexicon.numbers.MEASURE_UNITS`.
UNIT_PHRASES: Mapping[tuple[str, ...], str] = MappingProxyType(_phrases())
#: The longest phrase, in tokens.
LONGEST_PHRASE = max(len(words) for words in UNIT_PHRASES)
