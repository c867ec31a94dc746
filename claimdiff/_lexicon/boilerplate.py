"""Words and phrases of web-page boilerplate around news articles: data, no logic.

Lowercase (case-folded) unless noted. The cleaning stage (:mod:`claimdiff.text`) combines
them with patterns; nothing here names a particular article.
"""

from __future__ import annotations

#: Words that name trackers in consent banners, in several languages.
COOKIE_WORDS: tuple[str, ...] = (
    "cookie",  # en, fr, de, es, it, pt, nl, vi ... ("cookies", "Cookie-Richtlinie")
    "traceurs",  # fr
    "témoins",  # fr (Québec)
    "trackers",
    "rgpd",
    "gdpr",
    "dsgvo",
)
"""Stems that mark a tracker or data-protection notice."""

#: Words of consent that, with a tracker word, make a line a banner, in several languages.
CONSENT_WORDS: tuple[str, ...] = (
    "accept", "agree", "consent", "we use", "this site uses", "this website uses", "opt out",
    "acceptez", "accepter", "consentement", "nous utilisons", "ce site utilise",
    "akzept", "zustimm", "einwillig", "wir verwenden", "wir nutzen",
    "acept", "consentimiento", "utilizamos", "usamos", "accett", "consenso", "utilizziamo",
    "aceit", "consentimento", "toestemming", "akkoord", "wij gebruiken",
    "đồng ý", "chấp nhận", "chúng tôi sử dụng",
)
"""Stems of consent words and "we use" phrases, several languages."""

#: Words of browsing and settings; two of them with a tracker word also make a banner.
BROWSING_WORDS: tuple[str, ...] = (
    "browsing", "browser", "navigation", "website", "this site", "settings", "preferences",
    "privacy", "experience", "personalis", "personaliz", "analytics", "advertising partners",
    "ce site", "navigation", "paramètres", "préférences", "confidentialité", "publicité",
    "webseite", "einstellungen", "datenschutz", "navegación", "navegação", "privacidad",
    "navigazione", "sitio web", "sito", "trang web",
)
"""Stems of browsing and settings words, several languages."""

#: Labels of sharing, printing and translation widgets; a line made only of these is a widget.
WIDGET_WORDS: frozenset[str] = frozenset(
    """
    print friendly printer pdf email e-mail mail share shares sharing tweet twitter x
    facebook whatsapp telegram linkedin reddit pinterest viber zalo line messenger
    copy link url save bookmark comment comments listen audio font size text a a+ a-
    translate dịch traduire traduction übersetzen traducir traducción tradurre traduzione
    traduzir vertalen перевести 翻译 翻訳 번역
    subscribe follow us on and gift article this the to
    """.split()
)
"""Words that make up share/print/translate widget lines."""

#: Widget words that must occur for a line to count as a widget (not just "and the").
WIDGET_CORE: frozenset[str] = frozenset(
    """
    print pdf email e-mail share tweet facebook whatsapp telegram linkedin reddit pinterest
    viber zalo copy bookmark comments listen translate dịch traduire übersetzen traducir
    tradurre traduzir vertalen перевести 翻译 翻訳 번역 subscribe
    """.split()
)
"""At least one of these must appear in a widget line."""

#: Whole lines that are page furniture: buttons, labels, prompts (compared case-folded,
#: without trailing punctuation).
UI_LABELS: frozenset[str] = frozenset(
    (
        "advertisement", "advertising", "ad", "sponsored", "sponsored content", "skip to content",
        "skip to main content", "read more", "related", "related articles", "related stories",
        "related content", "more from", "most read", "most popular", "trending", "see also",
        "share this article", "share this story", "sign up", "sign in", "log in", "subscribe",
        "subscribe now", "loading", "accept", "accept all", "reject all", "i agree", "agree",
        "ok", "got it", "close", "manage cookies", "cookie settings", "manage preferences",
        "more information", "more info", "learn more", "plus d'informations", "plus d’informations",
        "en savoir plus", "accepter", "tout accepter", "refuser", "tout refuser", "continuer",
        "paramétrer", "akzeptieren", "alle akzeptieren", "ablehnen", "aceptar", "rechazar",
        "accetta", "rifiuta", "aceitar", "listen to this article", "listen", "print", "share",
        "comments", "back to top", "top", "next article", "previous article", "tags", "topics",
        "keywords", "photo", "video", "watch", "gallery", "image", "file photo",
    )
)
"""Standalone lines that are buttons or labels of the page, not article text."""

#: Prefixes of lines that point elsewhere ("Read more: ...", "RELATED: ...").
SEE_ALSO_PREFIXES: tuple[str, ...] = (
    "read more:", "read also:", "also read:", "read:", "related:", "see also:", "more:",
    "watch:", "listen:", "recommended:", "lire aussi:", "à lire aussi:", "lesen sie auch:",
    "xem thêm:", "đọc thêm:",
)
"""Case-folded prefixes of cross-reference lines."""

#: Prefixes of calls to action ("Sign up for our newsletter", "Follow us on Telegram").
PROMPT_PREFIXES: tuple[str, ...] = (
    "sign up for", "sign up to", "subscribe to", "subscribe for", "follow us on", "follow us:",
    "click here", "download the app", "download our app", "join our", "get the latest",
    "advertisement -", "advertisement –", "scroll to continue", "inscrivez-vous", "abonnez-vous",
    "suivez-nous", "melden sie sich", "folgen sie uns",
)
"""Case-folded openings of short promotional lines."""

#: Button labels that end a product or offer line ("Breezy Mini 2-qt - $39.95 SHOP NOW").
BUTTON_SUFFIXES: tuple[str, ...] = (
    "shop now", "buy now", "order now", "book now", "see deal", "view deal", "get deal", "get the deal",
    "see price", "check price", "add to cart", "add to basket", "add to bag",
)
"""Case-folded endings of advertising lines (a sentence ends with a full stop, not with these)."""

#: Text that only appears in link labels ("..., opens new tab").
LINK_MARKERS: tuple[str, ...] = ("opens new tab", "opens in new tab", "opens in a new window", "(opens in new window)")
"""Case-folded markers of link labels copied with the page."""

#: Line openings of photo captions ("FILE PHOTO: ...").
CAPTION_PREFIXES: tuple[str, ...] = ("file photo:", "photo:", "in pictures:", "pictured:", "caption:", "ảnh:")
"""Case-folded openings of caption lines."""

#: Words of newspaper and agency names: a short first line made of them is the site's name.
OUTLET_WORDS: frozenset[str] = frozenset(
    """
    news times post daily herald tribune journal online today express gazette press guardian
    telegraph mail mirror chronicle observer standard star sun independent inquirer
    reporter review record register monitor dispatch bulletin courier examiner globe
    reuters ap afp bbc cnn nbc cbs abc fox sky al jazeera tass xinhua sputnik bloomberg
    agency network media tv radio channel wire weekly magazine insider
    """.split()
)
"""Words that occur in the names of news sites and agencies."""

#: News and photo agencies that appear in photo credits ("MINH HOANG/AP", "REUTERS/Name").
PHOTO_AGENCIES: tuple[str, ...] = (
    "AP", "AFP", "REUTERS", "Reuters", "EPA", "EPA-EFE", "EFE", "Getty Images", "Getty", "Xinhua",
    "XINHUA", "TASS", "Sputnik", "SPUTNIK", "Bloomberg", "Pool", "POOL", "Kyodo", "KYODO", "Yonhap",
    "YONHAP", "ANP", "DPA", "dpa", "Anadolu", "ANADOLU", "Shutterstock", "AAP", "PA", "Alamy",
    "NurPhoto", "SOPA Images", "ZUMA", "Zuma", "Sipa", "SIPA", "VNA", "Kremlin", "KCNA", "ANI", "PTI",
    "IANS", "NYT", "The New York Times", "The Washington Post", "Bloomberg via Getty Images",
    "AFP via Getty Images", "via Getty Images", "Handout", "HANDOUT",
)
"""Agency names as written in photo credits."""

#: Words that introduce a photo credit or a caption ("Photo: REUTERS/Name").
PHOTO_LABELS: tuple[str, ...] = (
    "Photo", "Photos", "Photograph", "Picture", "Image", "Images", "Credit", "Credits",
    "Foto", "Fotos", "Ảnh", "Crédit", "Crédit photo", "Bildquelle", "Source",
)
"""Labels that precede a photo credit."""

#: Verbs of the credit lines at the end of a story ("X contributed to this story.").
CREDIT_LEADS: tuple[str, ...] = (
    "reporting", "additional reporting", "writing", "editing", "edited", "compiled",
    "produced", "translated", "research", "graphics", "fact-checked", "with reporting",
)
"""Case-folded openings of "Reporting by ..." credit lines."""

#: Metadata keys of a leading "date 2024-06-20" line.
METADATA_KEYS: tuple[str, ...] = (
    "date", "published", "publish date", "published at", "published on", "pubdate", "updated",
    "last updated", "modified", "datetime", "time", "posted", "posted on",
)
"""Case-folded keys of metadata lines that carry the publication date."""

#: Lowercase words allowed inside a byline besides names ("By X and Y in Hanoi").
BYLINE_GLUE: frozenset[str] = frozenset(
    "and in of the for de da del van von der bin binti al el la le with from at".split()
)
"""Function words that may occur in a byline between capitalised names."""
