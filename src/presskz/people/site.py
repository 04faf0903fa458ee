"""The site a release's page is on (its URL, metadata the caller passes): a news outlet, or the
issuing body's own site.

- The site is the registrable domain of the page's host: the last two labels, or three under a
  public suffix of two (site_domains.tsv: "kaz.inform.kz" -> "inform.kz", "kipk.edu.kz" -> itself).
- A site is a body's own when its suffix or domain is an institution's (gov.kz, edu.kz, sud.kz ...),
  when the page is filed under a press centre ("/press-center/"),
  when a label names a kind of institution ("aqtobe-museum.kz", "halykbank.kz"), or when its label is
  spelled out by a body the text names: the label's letters covered by beginnings (3+ letters) of
  the body's words in Latin letters (kk_latin.tsv), at least 60% of them, and at least
  OWNER_LETTERS of them by words that are not place names or state words ("kardio-almaty.kz" and
  "Алматы қалалық кардиология орталығы"; "kyzylorda-news.kz" has only the place).
  An outlet's name ("Устинка LIVE тілшісі", "Zakon.kz") spelling the label is no body's.
- Any other site is a news outlet, written as its domain ("smartnews.kz"); a listed outlet's site
  takes the listed name (presskz.people.outlet.page_outlet).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

import regex

from presskz.kk.data import read_list, read_tsv
from presskz.people.outlet import cue_words, host_of, is_outlet

OWNER_SHARE = 0.6  # of a label's letters spelled out by a body's words
OWNER_LETTERS = 4  # of them by words that are not places ("aqtobe" of "aqtobe-museum" is a place)
PREFIX = 3  # the shortest beginning of a word that counts
SHORT_STEM = 4  # a kind stem shorter than this matches a whole part of a label only
SHORT_REST = 2  # or its start before at most this many letters ("bibkr")
PLACE_LISTS = ("gazetteers/kz_cities.txt", "gazetteers/kz_regions.txt", "gazetteers/kz_districts.txt",
               "gazetteers/countries.txt", "gazetteers/state_words.txt", "gazetteers/admin_unit_words.txt",
               "gazetteers/admin_unit_adjectives.txt")
FOLDS = (("kh", "h"), ("x", "h"), ("q", "k"), ("c", "k"), ("y", "i"), ("w", "u"), ("j", "zh"),
         ("zzh", "zh"), ("th", "t"), ("ph", "f"))
PARTS_RE = regex.compile(r"\p{L}+")


@cache
def _domains(role: str) -> frozenset[str]:
    return frozenset(r["domain"] for r in read_tsv("site_domains.tsv") if r["role"] == role)


@cache
def _letters() -> dict[int, str]:
    return {ord(r["letter"]): ("" if r["latin"] == "-" else r["latin"]) for r in read_tsv("kk_latin.tsv")}


def loose(word: str) -> str:
    """A word in Latin letters with the usual spelling variants folded: "Ақтөбе" and "aqtobe" ->
    "aktobe", "Жамбыл" and "jambyl" -> "zhambil"."""
    text = word.lower().translate(_letters())
    for old, new in FOLDS:
        text = text.replace(old, new)
    return "".join(ch for ch in text if "a" <= ch <= "z")


@cache
def place_keys() -> frozenset[str]:
    """Loose forms of the words of places and state words (they name no body by themselves)."""
    return frozenset(loose(w) for name in (n for f in PLACE_LISTS for n in read_list(f))
                     for w in PARTS_RE.findall(name) if len(loose(w)) >= PREFIX)


def page_url(meta: dict) -> str | None:
    """The URL of the page a text comes from: the input's metadata (`url`, or `source.url`)."""
    source = meta.get("source")
    return meta.get("url") or (source.get("url") if isinstance(source, dict) else None)


def site_of(host: str) -> str:
    """The registrable domain of a host: "kaz.inform.kz" -> "inform.kz"."""
    labels = host.split(".")
    keep = 3 if len(labels) > 2 and ".".join(labels[-2:]) in _domains("suffix") else 2
    return ".".join(labels[-keep:])


def _own_domain(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in _domains("own"))


def _press_path(url: str) -> bool:
    """Is the page filed under a press centre ("/kz/press-center/news/12")?"""
    return any(part.lower() in _domains("own_path") for part in urlsplit(url).path.split("/"))


def path_place(url: str | None, names: Iterable[str]) -> str | None:
    """The place of these names (a gazetteer's) that a part of the page's body path spells, the
    last part first: "gov.kz/memleket/entities/karaganda-shet" and the districts -> "Шет"."""
    parts = urlsplit(url).path.split("/") if url else []
    slug = next((parts[k + 1] for k in range(len(parts) - 1)
                 if parts[k].lower() in _domains("body_path")), "")
    keys = {loose(n): n for n in names}
    return next((keys[k] for k in (loose(p) for p in reversed(slug.split("-"))) if k in keys), None)


def _kind_stem(site: str) -> str | None:
    """The stem by which a label of the site names a kind of institution ("aqtobe-museum",
    "19mektep-kst"), or None."""
    parts = [p for label in site.split(".") for p in PARTS_RE.findall(label)]
    return next((stem for stem in _kind_stems() for part in parts
                 if (stem in part if len(stem) >= SHORT_STEM
                     else part.startswith(stem) and len(part) - len(stem) <= SHORT_REST)), None)


def _kind_label(site: str) -> bool:
    return _kind_stem(site) is not None


@cache
def _kind_stems() -> tuple[str, ...]:
    """The kind rows' domain stems, in the file's order (the first that matches wins)."""
    return tuple(_kind_nouns())


@cache
def _kind_nouns() -> dict[str, str]:
    return {r["domain"]: r["noun"] for r in read_tsv("site_domains.tsv") if r["role"] == "kind"}


def own_kind(url: str | None) -> str | None:
    """The Kazakh head noun of the kind of institution whose own site the page is on
    ("kipk.edu.kz/?p=1": none; "pkkk.mycollege.kz": "колледж"), or None."""
    host = host_of(url)
    stem = _kind_stem(site_of(host)) or _kind_stem(host) if host else None
    noun = _kind_nouns().get(stem) if stem else None
    return noun if noun and noun != "-" else None


def _covered(part: str, words: list[str]) -> tuple[int, int]:
    """(letters of `part` spelled by beginnings of `words`, of them by words that are no place)."""
    total = named = p = 0
    while p < len(part):
        best = max((k for w in words for k in range(len(w), PREFIX - 1, -1)
                    if part.startswith(w[:k], p)), default=0)
        best_word = next((w for w in words if best and part.startswith(w[:best], p)), "")
        if best:
            total += best
            named += 0 if best_word in place_keys() else best
            p += best
        else:
            p += 1
    return total, named


def spells(site: str, name: str) -> bool:
    """Is the site's own label spelled out by this name ("kardio-almaty.kz", "Алматы қалалық
    кардиология орталығы")?"""
    parts = [loose(p) for p in PARTS_RE.findall(site.split(".")[0])]
    words = [w for w in (loose(x) for x in PARTS_RE.findall(name)) if len(w) >= PREFIX]
    letters = sum(map(len, parts))
    if not letters or not words:
        return False
    total, named = map(sum, zip(*(_covered(p, words) for p in parts)))
    return total >= OWNER_SHARE * letters and named >= OWNER_LETTERS


def names_medium(name: str) -> bool:
    """Does this name hold a media word ("Устинка LIVE тілшісі", "«Жас Алаш» газеті"; source_cues.tsv)?"""
    media = cue_words("media")
    return any(w.lower().startswith(media) for w in name.split())


def names_a_body(name: str) -> bool:
    """Is this name a body's rather than a news outlet's (a media word, a listed outlet or a site
    name: "Zakon.kz")?"""
    return not names_medium(name) and not is_outlet(name)


def owner_name(url: str | None, names: Iterable[str]) -> str | None:
    """The first of these names (bodies the text names) that spells the page's site, or None."""
    host = host_of(url)
    if not host:
        return None
    site = site_of(host)
    return next((n for n in names if names_a_body(n) and spells(site, n)), None)


def place_institution(url: str | None, names: Iterable[str]) -> str | None:
    """On an institutional domain ("atyrau.edu.kz"), whose label is only a place's name, the first
    of these names that holds that place and a kind of institution ("Халел Досмұхамедов атындағы
    Атырау университеті"), or None."""
    host = host_of(url)
    if not host or not _own_domain(host):
        return None
    label = loose(site_of(host).split(".")[0])
    if label not in place_keys():
        return None
    return next((n for n in names if names_a_body(n) and any(loose(w) == label for w in PARTS_RE.findall(n))
                 and any(w.lower().startswith(_institution_stems()) for w in n.split())), None)


@cache
def _institution_stems() -> tuple[str, ...]:
    return tuple(n for n in _kind_nouns().values() if n != "-")


def own_site(url: str | None, names: Iterable[str] = ()) -> bool:
    """Is the page on a body's own site rather than a news outlet's?"""
    host = host_of(url)
    if not host:
        return False
    return _own_domain(host) or _press_path(url or "") or _kind_label(site_of(host)) \
        or owner_name(url, names) is not None


def site_outlet(url: str | None, names: Iterable[str] = ()) -> str | None:
    """The news site a page is on, as its domain ("smartnews.kz"), or None for a body's own site
    or no URL."""
    names = tuple(names)
    host = host_of(url)
    if not host or own_site(url, names):
        return None
    return site_of(host)
