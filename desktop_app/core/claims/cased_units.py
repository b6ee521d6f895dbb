"""Units told by their case or a sign rather than a word: temperatures ("40C", "104 °F",
"40 degrees C") and pence glued to digits ("9p", "191.5p a litre").

A lower-case "c" after digits is cents and "F" is no word a lexicon knows, so these are read
from the characters right after a figure, before the word tables of claims.extract.
"""

from __future__ import annotations

import re

from .currencies import SUBUNIT_FACTOR
from .unit import Unit

# "40C", "40°C", "40 °C", "40 degrees C": a capital C or F right after digits, a degree sign or
# "degrees"; "40 C" with a bare space is left alone ("Grade 5 C").
TEMPERATURE = re.compile(r"(?:\s?°\s?|\s+degrees?\s+)?(?P<scale>[CF])(?![\w'’])")
TEMPERATURE_UNITS = {"C": "°C", "F": "°F"}
PENCE = re.compile(r"p(?!\w|\.m)")  # "9p to 123p."; not "5p.m."


def cased_unit(right: str) -> tuple[int, Unit] | None:
    """For the text right after a figure: how many characters its unit takes by case or sign
    ("°C", " degrees F", "p"), with the unit; None when it has none."""
    temperature = TEMPERATURE.match(right)
    if temperature is not None and (temperature.group() != temperature.group("scale") or right[:1].isalpha()):
        return temperature.end(), Unit(TEMPERATURE_UNITS[temperature.group("scale")], "measure")
    if PENCE.match(right) is not None:
        return 1, Unit("GBP", "money", SUBUNIT_FACTOR, noun="p")
    return None
