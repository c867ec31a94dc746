"""Words that decide whether two quotes of one passage say the same thing. Data, no logic.

The quote rule ignores what only looks different (spelling, contractions, case) and flags a
change in the words that carry what was said: a negation, a modal ("will rise" / "may
rise"), a number or a time word, a different noun or verb.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Modal verbs, lower-case -> what they say about the act: two modals of one class say the
#: same ("will" / "shall"), of two classes not ("will" / "may": certainty vs possibility).
MODAL_CLASSES: Mapping[str, str] = MappingProxyType(
    {
        "will": "future",
        "shall": "future",
        "'ll": "future",
        "going": "future",
        "may": "possible",
        "might": "possible",
        "could": "possible",
        "perhaps": "possible",
        "possibly": "possible",
        "probably": "likely",
        "likely": "likely",
        "unlikely": "unlikely",
        "can": "able",
        "able": "able",
        "would": "conditional",
        "should": "advisable",
        "ought": "advisable",
        "must": "obliged",
        "need": "obliged",
        "needs": "obliged",
        "have to": "obliged",
        "definitely": "certain",
        "certainly": "certain",
        "surely": "certain",
    }
)

#: Words of time that change what a quote says when they change ("within a month" / "within
#: a year"), besides month and weekday names.
TIME_WORDS: frozenset[str] = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks weekend month months year years
    decade decades century centuries today tonight tomorrow yesterday morning afternoon evening
    night now soon later earlier already yet always ever never sometimes often rarely seldom
    again once twice spring summer autumn fall winter season quarter
    """.split()
)

#: Words that narrow or widen how much of something a quote claims ("never about the money" /
#: "never only about the money", "we will cooperate fully" / "we will cooperate", "all" /
#: "some"): a change of them is a change of what was said, like a negation.
SCOPE_WORDS: frozenset[str] = frozenset(
    """
    only solely merely exclusively partly partially fully entirely completely wholly totally
    mainly mostly largely primarily chiefly all every everyone everything some most none few
    many several any purely simply slightly somewhat absolutely
    """.split()
)

#: Contractions -> their words, so "we'll" and "we will" agree ("n't" is split by rule).
CONTRACTIONS: Mapping[str, str] = MappingProxyType(
    {
        "won't": "will not",
        "can't": "can not",
        "cannot": "can not",
        "shan't": "shall not",
        "ain't": "is not",
        "let's": "let us",
        "i'm": "i am",
    }
)

#: Suffixes of a contraction -> the word they stand for ("we're" -> "we are").
CONTRACTION_SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        "n't": "not",
        "'ll": "will",
        "'re": "are",
        "'ve": "have",
        "'d": "would",
    }
)

#: British -> American spelling, as word-ending rewrites tried longest first ("organise" /
#: "organize", "colour" / "color", "centre" / "center", "travelled" / "traveled").
SPELLING_ENDINGS: tuple[tuple[str, str], ...] = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ises", "izes"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("ouring", "oring"),
    ("ourite", "orite"),
    ("ourable", "orable"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("ence", "ense"),
    ("elled", "eled"),
    ("elling", "eling"),
    ("eller", "eler"),
    ("gramme", "gram"),
    ("grammes", "grams"),
)
#: Letters a word keeps before a rewritten ending: "colour" rewrites, "four" and "rise" do not.
SPELLING_MIN_STEM = 3

#: Spellings that no ending rule reaches, British -> American.
SPELLING_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "grey": "gray",
        "tyre": "tire",
        "tyres": "tires",
        "kerb": "curb",
        "plough": "plow",
        "aluminium": "aluminum",
        "cheque": "check",
        "jewellery": "jewelry",
        "manoeuvre": "maneuver",
        "paediatric": "pediatric",
        "anaemia": "anemia",
        "oestrogen": "estrogen",
        "foetus": "fetus",
        "judgement": "judgment",
        "ageing": "aging",
        "storey": "story",
        "enrol": "enroll",
        "fulfil": "fulfill",
        "skilful": "skillful",
        "practise": "practice",
        "programme": "program",
        "towards": "toward",
        "afterwards": "afterward",
        "amongst": "among",
        "whilst": "while",
    }
)
