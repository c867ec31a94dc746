"""Words about people in news copy: titles, roles, bodies and pronouns. Data, no logic.

The speaker finder reads them to trim a speaker's name ("Governor Tom Price" -> "Tom Price"),
to tell a description ("the club's captain") from a name, to link a description to the
person the article introduced with that role ("Captain Lewis Marsh"), and to tell a body
("Greater Manchester Police") from a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Honorifics and titles of office written before a name ("Dr Lena Brandvold", "Governor Tom
#: Price", "Detective Chief Inspector Sarah Quinn"), lower-case, without a final dot. They are
#: no part of a speaker's name.
TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms miss mx dr doctor prof professor sir dame lord lady baroness baron rev reverend
    father fr sister brother rabbi imam sheikh cardinal bishop archbishop pope king queen prince
    princess emperor sultan emir president vice prime premier chancellor minister secretary
    governor lieutenant lt mayor senator sen rep representative congressman congresswoman
    councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman
    assemblywoman assemblymember speaker ambassador envoy judge justice magistrate attorney
    general gen colonel col major maj captain capt sergeant sgt corporal cpl private pvt admiral
    commander cmdr commodore marshal brigadier officer detective inspector superintendent supt
    constable chief deputy commissioner sheriff chairman chairwoman chairperson chair director
    executive ceo cfo coo cto manager coach trustee dean principal
    """.split()
)

#: Honorifics among the titles: they tell who a person is, not a role ("Dr", "Mr", "Sir").
HONORIFICS: frozenset[str] = frozenset(
    """
    mr mrs ms miss mx dr doctor prof professor sir dame lord lady baroness baron rev reverend
    father fr sister brother
    """.split()
)

#: Nouns of office, trade and role that describe a speaker ("the club's captain", "an economist
#: at Nordbank", "launch director Sam Ibarra"), lower-case, singular.
ROLE_NOUNS: frozenset[str] = (TITLES - HONORIFICS) | frozenset(
    """
    spokesman spokeswoman spokesperson representative head leader founder cofounder owner boss
    president chairman chair executive officer manager coach captain skipper player striker
    forward winger midfielder defender goalkeeper keeper referee umpire economist analyst
    strategist researcher scientist author co-author investigator epidemiologist physician
    surgeon nurse consultant specialist expert adviser advisor lawyer barrister solicitor
    attorney prosecutor counsel judge justice lawmaker legislator mp politician diplomat
    negotiator mediator official administrator controller treasurer auditor regulator
    engineer pilot operator witness survivor resident neighbour neighbor teacher student
    lecturer historian curator critic producer actor actress filmmaker singer writer editor
    reporter correspondent journalist organiser organizer campaigner activist organiser
    commander firefighter paramedic chief head director superintendent inspector detective
    ceo cfo coo cto chairwoman chairperson president governor mayor minister secretary master
    neurologist cardiologist psychologist psychiatrist pharmacist vet veterinarian driver
    passenger farmer fisherman worker guard volunteer soldier shopkeeper landlord tenant
    """.split()
)

#: Roles by which a story brings in someone new rather than names again whom it is about:
#: "the 19-year-old passenger" is seldom the person the sentence before named.
NEW_PERSON_ROLES: frozenset[str] = frozenset(
    """
    witness survivor resident neighbour neighbor driver passenger worker guard volunteer soldier
    tenant student farmer fisherman shopkeeper landlord nurse firefighter paramedic pilot
    """.split()
)

#: Words before a role noun that belong to the role ("deputy governor", "vice president").
ROLE_RANKS: frozenset[str] = frozenset(
    "deputy vice assistant associate acting interim co senior junior".split()
)

#: Roles of several words, and other names for a role, -> one canonical role.
ROLE_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "ceo": "chief executive",
        "chief executive officer": "chief executive",
        "chief executive": "chief executive",
        "cfo": "chief financial officer",
        "chief financial officer": "chief financial officer",
        "finance chief": "chief financial officer",
        "finance director": "chief financial officer",
        "coo": "chief operating officer",
        "chief operating officer": "chief operating officer",
        "cto": "chief technology officer",
        "chief technology officer": "chief technology officer",
        "chief medical officer": "chief medical officer",
        "prime minister": "prime minister",
        "spokesman": "spokesperson",
        "spokeswoman": "spokesperson",
        "spokesperson": "spokesperson",
        "skipper": "captain",
        "chairman": "chair",
        "chairwoman": "chair",
        "chairperson": "chair",
        "co-author": "author",
        "neighbour": "neighbor",
        "advisor": "adviser",
        "organizer": "organiser",
        "councilor": "councillor",
        "councilmember": "councillor",
        "councilman": "councillor",
        "councilwoman": "councillor",
    }
)

#: Canonical roles (:data:`ROLE_ALIASES`) that one person holds in a story's setting: two
#: quotes credited to "the mayor" and to "the governor" are two people's. Roles many people
#: share ("a senator", "an official", "the spokesperson", "a witness") are not among them; two
#: roles news uses for one another ("coach" and "manager" of a club) are one (:data:`SAME_OFFICES`).
OFFICES: frozenset[str] = frozenset(
    (
        "mayor", "governor", "president", "premier", "chancellor", "prime minister", "chair", "chief executive",
        "chief financial officer", "chief operating officer", "chief technology officer", "chief medical officer",
        "captain", "sheriff", "coroner", "principal", "dean", "king", "queen", "pope", "emperor", "sultan", "emir",
        "speaker", "prosecutor", "headteacher", "archbishop", "commissioner", "treasurer", "coach", "manager",
    )
)
#: Offices news names by either word: a club's "manager" is its "coach".
SAME_OFFICES: Mapping[str, str] = MappingProxyType({"manager": "coach", "head coach": "coach"})

#: Words that make a name a body, not a person ("Greater Manchester Police", "Bank of
#: Aldoria", "Halvern Systems"), lower-case.
BODY_WORDS: frozenset[str] = frozenset(
    """
    police ministry department office agency authority council committee commission board bank
    company corporation corp inc ltd llc plc group holdings systems industries airlines airways
    university college school hospital trust service services court tribunal parliament congress
    senate assembly government administration party union federation association league club
    team fc institute foundation society network press news herald television radio tv bureau
    centre center brigade army navy force forces guard organisation organization
    """.split()
)

#: Personal pronouns that may name a speaker, lower-case, -> the grammatical gender they agree
#: with ("" for any).
SPEAKER_PRONOUNS: Mapping[str, str] = MappingProxyType({"he": "m", "she": "f", "they": "", "i": "", "we": ""})

#: Honorifics that tell a person's grammatical gender ("Mr", "Ms").
GENDERED_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "mr": "m",
        "sir": "m",
        "lord": "m",
        "king": "m",
        "prince": "m",
        "baron": "m",
        "father": "m",
        "brother": "m",
        "congressman": "m",
        "councilman": "m",
        "assemblyman": "m",
        "alderman": "m",
        "chairman": "m",
        "spokesman": "m",
        "mrs": "f",
        "ms": "f",
        "miss": "f",
        "dame": "f",
        "lady": "f",
        "queen": "f",
        "princess": "f",
        "baroness": "f",
        "sister": "f",
        "congresswoman": "f",
        "councilwoman": "f",
        "assemblywoman": "f",
        "alderwoman": "f",
        "chairwoman": "f",
        "spokeswoman": "f",
        "actress": "f",
    }
)

#: Possessive pronouns that tell the gender of the subject they follow ("Marsh ... his").
GENDERED_POSSESSIVES: Mapping[str, str] = MappingProxyType(
    {"his": "m", "him": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}
)

#: Name suffixes that are no surname ("Jr.", "III").
NAME_SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv phd md".split())


#: Short forms of English given names, by the full name they stand for ("Bill Clinton" is
#: "William Clinton"); a short form that is the start of its name ("Alex", "Chris") needs no entry.
SHORT_GIVEN_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "bill": "william", "billy": "william", "will": "william", "liam": "william", "bob": "robert",
        "bobby": "robert", "rob": "robert", "bert": "robert", "dick": "richard", "rick": "richard",
        "ricky": "richard", "rich": "richard", "jim": "james", "jimmy": "james", "jamie": "james",
        "mike": "michael", "mick": "michael", "mickey": "michael", "micky": "michael", "tom": "thomas",
        "tommy": "thomas", "ted": "edward", "ed": "edward", "eddie": "edward", "ned": "edward",
        "jack": "john", "johnny": "john", "jon": "john", "peggy": "margaret", "maggie": "margaret",
        "meg": "margaret", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
        "kate": "katherine", "katie": "katherine", "kathy": "katherine", "cathy": "catherine",
        "sue": "susan", "susie": "susan", "peg": "margaret", "polly": "mary", "molly": "mary", "harry": "henry",
        "hank": "henry", "chuck": "charles", "charlie": "charles", "larry": "lawrence", "tony": "anthony",
        "sasha": "alexander", "jerry": "gerald", "andy": "andrew", "drew": "andrew",
        "dave": "david", "davy": "david", "steve": "stephen", "steven": "stephen", "stevie": "stephen",
        "joe": "joseph", "joey": "joseph", "pete": "peter", "nick": "nicholas", "nicky": "nicholas",
        "ben": "benjamin", "benny": "benjamin", "sam": "samuel", "sammy": "samuel", "matt": "matthew",
        "pat": "patrick", "paddy": "patrick", "greg": "gregory", "fred": "frederick", "freddie": "frederick",
        "walt": "walter", "wally": "walter", "jeff": "jeffrey", "geoff": "geoffrey",
        "ron": "ronald", "ronnie": "ronald", "don": "donald", "donnie": "donald", "ken": "kenneth",
        "kenny": "kenneth", "tim": "timothy", "timmy": "timothy", "vince": "vincent", "abe": "abraham",
        "alf": "alfred", "alfie": "alfred", "manny": "emmanuel", "bernie": "bernard", "barney": "bernard",
        "jenny": "jennifer", "jen": "jennifer", "becky": "rebecca", "becca": "rebecca", "vicky": "victoria",
        "nell": "eleanor", "ellie": "eleanor", "annie": "anne", "ann": "anne",
        "mandy": "amanda", "debbie": "deborah", "deb": "deborah", "dot": "dorothy", "dottie": "dorothy",
        "patty": "patricia", "trish": "patricia", "tricia": "patricia", "sally": "sarah", "sadie": "sarah",
    }
)

#: Nouns of people that are no office ("the man", "a 30-year-old woman"), lower-case, singular,
#: -> the grammatical gender they tell ("" for either): what "he" or "she" may stand for when no
#: one is named.
PERSON_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            """
            person victim suspect driver passenger motorist cyclist pedestrian rider teenager
            child pupil pensioner patient worker employee resident tourist climber hiker swimmer
            defendant prisoner inmate officer pilot owner customer fan athlete runner candidate
            """.split(),
            "",
        ),
        **dict.fromkeys("man boy father son husband brother grandfather gentleman".split(), "m"),
        **dict.fromkeys("woman girl mother daughter wife sister grandmother lady".split(), "f"),
    }
)

#: Nouns of the people close to someone ("his walking partner", "her friend"): a sentence that
#: opens with "his" or "her" before one of them is about another person than its antecedent.
COMPANION_NOUNS: frozenset[str] = frozenset(
    """
    partner partners friend friends colleague colleagues companion companions team-mate team-mates
    teammate teammates girlfriend boyfriend fiance fiancee spouse children family parents relatives
    neighbour neighbours neighbor neighbors rival rivals opponent opponent's successor predecessor
    """.split()
)

#: Nouns that describe a body by its trade ("the carrier" for "Aldmoor Airlines", "the firm"),
#: lower-case, singular: what "it" or such a description may stand for.
BODY_NOUNS: frozenset[str] = BODY_WORDS | frozenset(
    """
    firm carrier airline utility insurer lender retailer supermarket chain broadcaster publisher
    charity business manufacturer maker producer developer builder contractor watchdog operator
    regulator broker bidder organisation organization consortium giant startup
    """.split()
)
