"""Negation cues: data, no logic."""

from __future__ import annotations

import re

#: The negation words: a passage holding one of them as a word of its own is negated.
NEGATION_WORDS = ("not", "never", "no", "neither", "nor", "none", "nobody", "nothing", "cannot", "without")

#: Negation cues: the words that make ``Claim.negated`` true, and the ending "n't". A negation
#: word joined by a hyphen to the word after it is part of a compound that negates nothing of
#: its clause ("the no-frills carrier cancelled", "a no-deal plan was approved", "a not-guilty
#: plea"), but for "no-one", the British spelling of "no one".
NEGATION_CUES = re.compile(
    rf"\b(?:{'|'.join(NEGATION_WORDS)})\b(?!-(?!one\b)[^\W\d_])|n[’']t\b", re.IGNORECASE
)

#: Verbs that frame a report besides the verbs of saying (``SPEECH_VERBS``): "police
#: confirmed (that) ...", "officers believe ...", "the agency reported ...". A cue inside the
#: reported words negates what is reported; one in the frame ("did not say") does not.
FRAME_VERBS = frozenset(
    """
    confirmed confirms reported reports believe believes believed found finds
    revealed reveals disclosed discloses indicated indicates understand understands
    """.split()
)

#: Most words that a frame of reporting may hold: "a spokesman for the regional hospital said".
FRAME_WORDS = 8

#: Prefixes that make a word its own negation ("unsafe", "inaccurate", "illegal", "irregular",
#: "impossible", "non-essential", folded to "nonessential"): a sentence that holds such a word
#: where a near copy holds its stem says "not" of it. Stems shorter than ``NEGATIVE_STEM`` letters are not read ("in" +
#: "to", "un" + "it").
NEGATIVE_PREFIXES = ("un", "non", "in", "im", "il", "ir")
NEGATIVE_STEM = 4

#: Most tokens read after a negation cue for what it negates (:func:`~claimdiff.claims.negation.cue_scopes`):
#: "no one *was hurt*", "did not *stop after*", "has not *been recaptured*".
SCOPE_TOKENS = 6
#: Words that end a cue's scope with the time its act waits for: "will not reopen *until* Friday"
#: tells when, as "will reopen on Friday" does.
TIMING_WORDS = frozenset({"until", "till", "til"})

#: Words that carry a negation in themselves: a near copy that holds one where the other holds a
#: cue says the same thing ("was absent from training" / "did not attend training"; "declined
#: to comment" / "would not comment"), and one that holds one where the other holds neither
#: says the opposite ("was present in court" / "was absent from court"). "Denied" and "failed"
#: are read as acts of their own (their antonyms "admitted", "passed").
INHERENT_NEGATIVES = frozenset(
    """
    absent absence unable refused refuses refusing declined declines declining lacked lacks
    lacking
    """.split()
)
