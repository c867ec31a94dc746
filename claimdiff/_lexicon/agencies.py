"""News agencies and the ways articles credit them. Data only.

An outlet that runs an agency's copy says so: in the dateline ("PARIS (AFP) -", "LIMA, March 18
(Reuters) -"), on a line of its own ("— AFP", "Source: Reuters", "© 2024 The Associated Press"),
or with the agency's editors' sign-off ("bur-ah/pz", AFP's house style). Two articles that credit
one agency reproduce one voice. :mod:`claimdiff.consensus` reads these tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Agencies by a short canonical key, with the names they are credited by (as written).
NEWS_AGENCIES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "afp": ("AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press"),
        "ap": ("AP", "Associated Press", "The Associated Press"),
        "reuters": ("Reuters", "Thomson Reuters"),
        "dpa": ("dpa", "Deutsche Presse-Agentur"),
        "efe": ("EFE", "Agencia EFE"),
        "ansa": ("ANSA",),
        "xinhua": ("Xinhua", "Xinhua News Agency"),
        "tass": ("TASS",),
        "ria": ("RIA Novosti", "RIA"),
        "interfax": ("Interfax",),
        "kyodo": ("Kyodo", "Kyodo News"),
        "jiji": ("Jiji", "Jiji Press"),
        "yonhap": ("Yonhap", "Yonhap News Agency"),
        "pti": ("PTI", "Press Trust of India"),
        "ians": ("IANS",),
        "ani": ("ANI",),
        "aap": ("AAP", "Australian Associated Press"),
        "pa": ("PA", "PA Media", "Press Association"),
        "cp": ("CP", "Canadian Press", "The Canadian Press"),
        "upi": ("UPI", "United Press International"),
        "bloomberg": ("Bloomberg", "Bloomberg News"),
        "anadolu": ("Anadolu", "Anadolu Agency"),
        "bernama": ("Bernama",),
        "antara": ("Antara",),
        "vna": ("VNA", "Vietnam News Agency"),
        "kcna": ("KCNA",),
        "apa": ("APA",),
        "sda": ("SDA", "Keystone-SDA"),
        "anp": ("ANP",),
        "belga": ("Belga",),
        "ntb": ("NTB",),
        "ritzau": ("Ritzau",),
        "pap": ("PAP",),
        "ctk": ("CTK", "ČTK"),
        "mti": ("MTI",),
        "lusa": ("Lusa",),
        "europa press": ("Europa Press",),
        "telam": ("Télam", "Telam"),
        "agencia brasil": ("Agência Brasil", "Agencia Brasil"),
        "mena": ("MENA",),
        "wafa": ("WAFA",),
        "irna": ("IRNA",),
        "sana": ("SANA",),
        "ukrinform": ("Ukrinform",),
        "unian": ("UNIAN",),
    }
)

#: Words that name what kind of outlet a name is, not which: "Andes Press Agency" and a source
#: labelled ``andes_wire`` both come down to "andes".
OUTLET_KIND_WORDS: frozenset[str] = frozenset(
    """
    the of agency agencia agence press presse news wire wires service services newswire
    international media group
    """.split()
)

#: Openings of a line that names where the text came from ("Source: Reuters", "Sources: AFP").
SOURCE_LABELS: tuple[str, ...] = ("source:", "sources:", "via:", "credit:", "wire:")

#: Openings of a copyright line; only a known agency named in it is a credit ("© 2024 AFP"),
#: as an outlet's own copyright is not.
COPYRIGHT_OPENINGS: tuple[str, ...] = ("©", "(c)", "copyright")

#: The agency whose editors sign off with slugs of lowercase initials ("bur-ah/pz", "jm/rl").
SLUG_AGENCY = "afp"
