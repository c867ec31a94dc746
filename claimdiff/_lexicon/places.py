"""Places by size: countries, their demonyms and the states and provinces inside them. Data only.

:mod:`claimdiff.claims.roles` reads these lists to tell a place from a place inside it: "made
in China" and "made in Foshan" do not disagree, nor do "near Kelso" and "in Washington state";
"made in Foshan" and "built in Ningbo" do. A name's *level* is read from these lists and from
the words that mark a region ("Cowlitz County", "the Arequipa region"); a name on none of them
is a town, a person or an organisation.

All entries are case-folded. The lists come from general geography, not from any story.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Continents and world regions (level ``"continent"``).
CONTINENTS: frozenset[str] = frozenset(
    {
        "africa", "asia", "europe", "north america", "south america", "latin america", "central america",
        "oceania", "antarctica", "the middle east", "middle east", "the caribbean", "caribbean",
        "scandinavia", "the balkans", "balkans", "the gulf", "southeast asia", "east asia", "south asia",
        "central asia", "west africa", "east africa", "north africa", "southern africa", "the sahel", "sahel",
        "eastern europe", "western europe", "the arctic", "arctic", "the pacific", "the atlantic",
    }
)

#: Country -> its other names and its demonyms ("Swiss", "the Swiss Confederation"): every form
#: folds to the country (level ``"country"``).
COUNTRIES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "afghanistan": ("afghan",),
        "albania": ("albanian",),
        "algeria": ("algerian",),
        "angola": ("angolan",),
        "argentina": ("argentine", "argentinian"),
        "armenia": ("armenian",),
        "australia": ("australian",),
        "austria": ("austrian",),
        "azerbaijan": ("azerbaijani", "azeri"),
        "bahrain": ("bahraini",),
        "bangladesh": ("bangladeshi",),
        "belarus": ("belarusian",),
        "belgium": ("belgian",),
        "bolivia": ("bolivian",),
        "bosnia": ("bosnian", "bosnia and herzegovina"),
        "botswana": ("botswanan",),
        "brazil": ("brazilian",),
        "bulgaria": ("bulgarian",),
        "burkina faso": ("burkinabe",),
        "cambodia": ("cambodian",),
        "cameroon": ("cameroonian",),
        "canada": ("canadian",),
        "chad": ("chadian",),
        "chile": ("chilean",),
        "china": ("chinese", "people's republic of china", "prc", "mainland china"),
        "colombia": ("colombian",),
        "congo": ("congolese", "democratic republic of congo", "democratic republic of the congo", "drc"),
        "costa rica": ("costa rican",),
        "croatia": ("croatian", "croat"),
        "cuba": ("cuban",),
        "cyprus": ("cypriot",),
        "czech republic": ("czech", "czechia"),
        "denmark": ("danish",),
        "dominican republic": ("dominican",),
        "ecuador": ("ecuadorian", "ecuadorean"),
        "egypt": ("egyptian",),
        "el salvador": ("salvadoran", "salvadorean"),
        "eritrea": ("eritrean",),
        "estonia": ("estonian",),
        "ethiopia": ("ethiopian",),
        "finland": ("finnish",),
        "france": ("french", "french republic"),
        "georgia": ("georgian",),
        "germany": ("german", "federal republic of germany"),
        "ghana": ("ghanaian",),
        "greece": ("greek", "hellenic republic"),
        "guatemala": ("guatemalan",),
        "guinea": ("guinean",),
        "haiti": ("haitian",),
        "honduras": ("honduran",),
        "hong kong": (),
        "hungary": ("hungarian",),
        "iceland": ("icelandic",),
        "india": ("indian",),
        "indonesia": ("indonesian",),
        "iran": ("iranian", "islamic republic of iran", "persia"),
        "iraq": ("iraqi",),
        "ireland": ("irish", "republic of ireland", "eire"),
        "israel": ("israeli",),
        "italy": ("italian",),
        "ivory coast": ("ivorian", "cote d'ivoire", "côte d'ivoire"),
        "jamaica": ("jamaican",),
        "japan": ("japanese",),
        "jordan": ("jordanian",),
        "kazakhstan": ("kazakh",),
        "kenya": ("kenyan",),
        "kosovo": ("kosovar",),
        "kuwait": ("kuwaiti",),
        "kyrgyzstan": ("kyrgyz",),
        "laos": ("laotian", "lao"),
        "latvia": ("latvian",),
        "lebanon": ("lebanese",),
        "liberia": ("liberian",),
        "libya": ("libyan",),
        "lithuania": ("lithuanian",),
        "luxembourg": ("luxembourgish",),
        "madagascar": ("malagasy",),
        "malawi": ("malawian",),
        "malaysia": ("malaysian",),
        "mali": ("malian",),
        "malta": ("maltese",),
        "mexico": ("mexican", "united mexican states"),
        "moldova": ("moldovan",),
        "mongolia": ("mongolian",),
        "montenegro": ("montenegrin",),
        "morocco": ("moroccan",),
        "mozambique": ("mozambican",),
        "myanmar": ("burma", "burmese"),
        "namibia": ("namibian",),
        "nepal": ("nepalese", "nepali"),
        "netherlands": ("dutch", "holland", "the netherlands"),
        "new zealand": ("new zealander", "kiwi"),
        "nicaragua": ("nicaraguan",),
        "niger": ("nigerien",),
        "nigeria": ("nigerian",),
        "north korea": ("north korean", "dprk", "democratic people's republic of korea"),
        "north macedonia": ("macedonia", "macedonian"),
        "norway": ("norwegian", "kingdom of norway"),
        "oman": ("omani",),
        "pakistan": ("pakistani",),
        "palestine": ("palestinian", "palestinian territories"),
        "panama": ("panamanian",),
        "paraguay": ("paraguayan",),
        "peru": ("peruvian",),
        "philippines": ("filipino", "philippine", "the philippines"),
        "poland": ("polish",),
        "portugal": ("portuguese",),
        "qatar": ("qatari",),
        "romania": ("romanian",),
        "russia": ("russian", "russian federation"),
        "rwanda": ("rwandan",),
        "saudi arabia": ("saudi",),
        "senegal": ("senegalese",),
        "serbia": ("serbian", "serb"),
        "sierra leone": ("sierra leonean",),
        "singapore": ("singaporean",),
        "slovakia": ("slovak",),
        "slovenia": ("slovenian", "slovene"),
        "somalia": ("somali",),
        "south africa": ("south african",),
        "south korea": ("south korean", "republic of korea", "korea"),
        "south sudan": ("south sudanese",),
        "spain": ("spanish", "kingdom of spain"),
        "sri lanka": ("sri lankan",),
        "sudan": ("sudanese",),
        "sweden": ("swedish", "kingdom of sweden"),
        "switzerland": ("swiss", "swiss confederation"),
        "syria": ("syrian",),
        "taiwan": ("taiwanese",),
        "tajikistan": ("tajik",),
        "tanzania": ("tanzanian",),
        "thailand": ("thai",),
        "tunisia": ("tunisian",),
        "turkey": ("turkish", "turkiye", "türkiye"),
        "turkmenistan": ("turkmen",),
        "uganda": ("ugandan",),
        "ukraine": ("ukrainian",),
        "united arab emirates": ("uae", "emirati", "u.a.e."),
        "united kingdom": ("british", "uk", "u.k.", "britain", "great britain"),
        "united states": ("american", "us", "u.s.", "usa", "u.s.a.", "america", "united states of america"),
        "uruguay": ("uruguayan",),
        "uzbekistan": ("uzbek",),
        "venezuela": ("venezuelan",),
        "vietnam": ("vietnamese", "viet nam"),
        "yemen": ("yemeni",),
        "zambia": ("zambian",),
        "zimbabwe": ("zimbabwean",),
    }
)

#: States, provinces and the nations of a union (level ``"state"``): the United States with
#: the AP abbreviations, Canada, Australia, the United Kingdom, China, India, Mexico, Germany.
STATES: frozenset[str] = frozenset(
    {
        # United States
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina",
        "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
        "wisconsin", "wyoming", "puerto rico",
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.",
        "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.",
        "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.",
        "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.",
        # Canada
        "ontario", "quebec", "british columbia", "alberta", "saskatchewan", "manitoba", "nova scotia",
        "new brunswick", "prince edward island", "newfoundland", "newfoundland and labrador", "yukon",
        "nunavut", "northwest territories", "ont.", "que.", "b.c.", "alta.", "sask.", "man.", "n.s.",
        "n.b.", "p.e.i.", "nfld.",
        # Australia
        "new south wales", "victoria", "queensland", "western australia", "south australia", "tasmania",
        "northern territory", "nsw",
        # United Kingdom
        "england", "scotland", "wales", "northern ireland",
        # China
        "guangdong", "zhejiang", "jiangsu", "fujian", "shandong", "henan", "hebei", "hubei", "hunan",
        "sichuan", "yunnan", "guangxi", "guizhou", "anhui", "jiangxi", "shanxi", "shaanxi", "gansu",
        "qinghai", "hainan", "heilongjiang", "jilin", "liaoning", "inner mongolia", "ningxia", "xinjiang",
        "tibet",
        # India
        "andhra pradesh", "assam", "bihar", "gujarat", "haryana", "karnataka", "kerala", "madhya pradesh",
        "maharashtra", "odisha", "punjab", "rajasthan", "tamil nadu", "telangana", "uttar pradesh",
        "west bengal", "kashmir",
        # Mexico
        "jalisco", "nuevo leon", "nuevo león", "chihuahua", "sonora", "coahuila", "tamaulipas", "baja california",
        "sinaloa", "oaxaca", "chiapas", "veracruz", "guerrero", "michoacan", "michoacán", "yucatan", "yucatán",
        # Germany
        "bavaria", "saxony", "brandenburg", "hesse", "thuringia", "north rhine-westphalia", "lower saxony",
        "baden-wurttemberg", "baden-württemberg", "rhineland-palatinate", "schleswig-holstein",
    }
)

#: Regions inside a country that the region words below do not mark (level ``"region"``):
#: the ceremonial counties of England, the regions of France, Italy and Spain.
REGIONS: frozenset[str] = frozenset(
    {
        # England
        "bedfordshire", "berkshire", "bristol", "buckinghamshire", "cambridgeshire", "cheshire", "cornwall",
        "cumbria", "derbyshire", "devon", "dorset", "durham", "east riding of yorkshire", "east sussex", "essex",
        "gloucestershire", "greater london", "greater manchester", "hampshire", "herefordshire", "hertfordshire",
        "isle of wight", "kent", "lancashire", "leicestershire", "lincolnshire", "merseyside", "norfolk",
        "north yorkshire", "northamptonshire", "northumberland", "nottinghamshire", "oxfordshire", "rutland",
        "shropshire", "somerset", "south yorkshire", "staffordshire", "suffolk", "surrey", "tyne and wear",
        "warwickshire", "west midlands", "west sussex", "west yorkshire", "wiltshire", "worcestershire",
        "yorkshire", "the midlands", "midlands", "east anglia",
        # France
        "ile-de-france", "île-de-france", "brittany", "normandy", "provence", "burgundy", "alsace", "occitanie",
        "aquitaine", "nouvelle-aquitaine", "auvergne", "corsica", "hauts-de-france", "grand est",
        # Italy
        "lombardy", "tuscany", "sicily", "sardinia", "piedmont", "veneto", "campania", "lazio", "apulia",
        "puglia", "calabria", "liguria", "emilia-romagna", "umbria", "abruzzo",
        # Spain
        "catalonia", "andalusia", "galicia", "basque country", "valencia", "aragon", "castile", "murcia",
        "navarre", "asturias", "cantabria", "extremadura",
    }
)

#: Words that make a name a region inside a state or a country ("Cowlitz County", "Lagos
#: State", "the Arequipa region", "Washington state"): written in the name or right after it.
REGION_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "state": "state",
        "province": "state",
        "territory": "state",
        "canton": "state",
        "county": "region",
        "region": "region",
        "prefecture": "region",
        "oblast": "region",
        "governorate": "region",
        "district": "region",
        "municipality": "region",
        "borough": "region",
        "parish": "region",
        "valley": "region",
    }
)

#: Prefixes of official names that leave the country ("the Republic of Kestria" is Kestria).
STATE_PREFIXES: tuple[str, ...] = (
    "people's republic of ",
    "democratic republic of ",
    "federal republic of ",
    "islamic republic of ",
    "united republic of ",
    "republic of ",
    "kingdom of ",
    "state of ",
    "principality of ",
    "grand duchy of ",
    "commonwealth of ",
)

#: Words that end a name and say what it is ("Ramsey County District Court", "Tin Can Island",
#: "Manchester City"): two names that share them differ in the words before them, whereas two
#: names of people that share their last word share a surname.
KIND_WORDS: frozenset[str] = frozenset(
    {
        "court", "courts", "crown", "magistrates", "magistrates'", "circuit", "superior", "municipal", "federal",
        "appeals", "appeal", "supreme", "university", "college", "school", "institute", "academy", "county", "district",
        "region", "province", "state", "airport", "station", "port", "harbour", "harbor", "bank", "hospital",
        "clinic", "base", "island", "islands", "park", "street", "road", "avenue", "bridge", "river", "lake",
        "mountain", "mount", "city", "town", "village", "valley", "party", "club", "company", "group", "agency",
        "council", "ministry", "department", "office", "centre", "center", "stadium", "arena", "square",
        "church", "cathedral", "prison", "beach", "bay", "coast", "canal", "terminal", "plant", "cup", "league",
        "fc", "united", "rovers", "athletic", "wanderers", "corporation", "corp", "inc", "ltd", "plc", "holdings",
        "securities", "capital", "partners", "systems", "industries", "motors", "airlines", "airways", "rail",
        "railway", "railways", "times", "post", "journal", "news", "review", "today", "herald", "tribune",
        "foundation", "trust", "commission", "committee", "authority", "board", "service", "services", "force",
        "army", "navy", "police", "cohort", "hall", "house", "tower", "market", "mall", "field", "heights",
        "hills", "springs", "falls", "creek", "point", "cape", "peninsula", "desert", "forest", "sea", "ocean",
        "hotel", "building", "restaurant", "bar", "pub", "cafe", "store", "shop", "factory", "works", "mine",
        "farm", "estate", "palace", "castle", "temple", "mosque", "synagogue", "museum", "gallery", "theatre",
        "theater", "cinema", "library", "zoo", "garden", "gardens", "track", "dock", "docks", "pier", "wharf",
        "line", "motorway", "highway", "lane", "boulevard", "tunnel", "dam", "reservoir", "mountains",
        "canyon", "glacier", "volcano", "refinery", "reactor", "camp", "barracks", "jail", "tribunal",
        "parliament", "assembly", "congress", "senate", "fund", "association", "society", "union", "federation",
        "bureau", "guard", "republic", "kingdom", "airline", "technologies", "labs", "laboratories",
        "pharmaceuticals", "media", "daily", "weekly", "network", "tv", "radio", "studios", "pictures", "films",
        "records", "festival", "awards", "prize", "games", "open", "marathon", "hospitals", "centre's", "ward",
    }
)
