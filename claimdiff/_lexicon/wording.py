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
    many several any purely simply slightly somewhat absolutely complete partial full entire whole
    """.split()
)


def _axis(one: str, other: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(one.split()), frozenset(other.split())


#: Words of opposite sense, as axes (one side, the other side), verbs in their common
#: inflections: a quote that says one where another says the other says the opposite ("we
#: accept the findings" / "we reject the findings"), however much of the quote is alike. A word
#: may stand on several axes ("reject" against "accept" and "approve"). Rises and falls are read
#: from :mod:`claimdiff._lexicon.direction`.
OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    _axis("accept accepts accepted accepting acceptance",
          "reject rejects rejected rejecting rejection refuse refuses refused refusing refusal"),
    _axis("approve approves approved approving approval grant grants granted granting",
          "reject rejects rejected rejecting rejection refuse refuses refused refusing deny denies denied denying"
          " veto vetoes vetoed block blocks blocked blocking"),
    _axis("support supports supported supporting back backs backed backing favour favours favoured favouring"
          " favor favors favored favoring endorse endorses endorsed endorsing",
          "oppose opposes opposed opposing resist resists resisted resisting"),
    _axis("agree agrees agreed agreeing", "disagree disagrees disagreed disagreeing"),
    _axis("win wins won winning gain gains gained gaining victory", "lose loses lost losing defeat"),
    _axis("succeed succeeds succeeded succeeding success successful pass passes passed",
          "fail fails failed failing failure unsuccessful"),
    _axis("admit admits admitted admitting confirm confirms confirmed confirming acknowledge acknowledges"
          " acknowledged acknowledging", "deny denies denied denying"),
    _axis("allow allows allowed allowing permit permits permitted permitting",
          "ban bans banned banning bar bars barred barring forbid forbids forbade forbidden forbidding"
          " prohibit prohibits prohibited prohibiting block blocks blocked blocking prevent prevents prevented"
          " preventing"),
    _axis("open opens opened opening reopen reopens reopened reopening", "close closes closed closing shut shuts"
          " shutting"),
    _axis("start starts started starting begin begins began begun beginning resume resumes resumed resuming"
          " continue continues continued continuing",
          "stop stops stopped stopping end ends ended ending halt halts halted halting suspend suspends suspended"
          " suspending"),
    _axis("include includes included including", "exclude excludes excluded excluding"),
    _axis("welcome welcomes welcomed welcoming praise praises praised praising",
          "criticise criticises criticised criticising criticize criticizes criticized criticizing condemn"
          " condemns condemned condemning deplore deplores deplored"),
    _axis("hire hires hired hiring recruit recruits recruited recruiting", "fire fires fired firing sack sacks"
          " sacked sacking"),
    _axis("expand expands expanded expanding extend extends extended extending grow grows grew growing",
          "shrink shrinks shrank shrunk shrinking reduce reduces reduced reducing cut cuts cutting scale"),
    _axis("strengthen strengthens strengthened strengthening improve improves improved improving",
          "weaken weakens weakened weakening worsen worsens worsened worsening deteriorate deteriorates"
          " deteriorated deteriorating"),
    _axis("buy buys bought buying", "sell sells sold selling"),
    _axis("lift lifts lifting", "impose imposes imposed imposing"),
    _axis("add adds added adding", "remove removes removed removing"),
    _axis("join joins joined joining", "leave leaves leaving quit quits quitting"),
    _axis("stay stays stayed staying remain remains remained remaining", "go goes went gone leave leaves leaving"),
    _axis("remember remembers remembered", "forget forgets forgot forgotten"),
    _axis("encourage encourages encouraged encouraging", "discourage discourages discouraged discouraging"),
    _axis("pleased delighted glad happy satisfied", "disappointed unhappy dissatisfied angry upset frustrated"),
    _axis("guilty", "innocent"),
    _axis("true", "false untrue"),
    _axis("right", "wrong"),
    _axis("good better best", "bad worse worst"),
    _axis("more", "less fewer"),
    _axis("most", "least fewest"),
    _axis("high higher highest", "low lower lowest"),
    _axis("strong stronger strongest", "weak weaker weakest"),
    _axis("safe safer safest", "dangerous unsafe"),
    _axis("easy easier easiest", "hard harder hardest difficult"),
    _axis("positive", "negative"),
    _axis("early earlier earliest", "late later latest"),
    _axis("before", "after"),
    _axis("above", "below"),
    _axis("first", "last"),
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
