"""The site of a release's page (presskz.people.site): a news outlet written as its domain, or the
issuing body's own site (institutional suffixes, a label naming a kind of institution, a label the
body's name spells out). Cases: tests/data/page_sites.tsv."""
import csv
from pathlib import Path

import pytest

from presskz.people.site import loose, site_of, site_outlet, spells

ROWS = [r for r in csv.DictReader((line for line in (Path(__file__).parent / "data" / "page_sites.tsv")
                                   .read_text(encoding="utf-8").splitlines() if not line.startswith("#")),
                                  delimiter="\t")]


@pytest.mark.parametrize("row", ROWS, ids=[r["url"][:50] for r in ROWS])
def test_page_site(row):
    names = [] if row["names"] == "-" else row["names"].split(" | ")
    expected = None if row["outlet"] == "-" else row["outlet"]
    assert site_outlet(row["url"], names) == expected


def test_registrable_domain():
    assert site_of("kaz.inform.kz") == "inform.kz"
    assert site_of("kipk.edu.kz") == "kipk.edu.kz"
    assert site_of("qaz.infozakon.kz") == "infozakon.kz"


def test_loose_latin_folds_spelling_variants():
    assert loose("Ақтөбе") == loose("aqtobe") == loose("Aktobe")
    assert loose("Жамбыл") == loose("jambyl")


def test_a_place_alone_does_not_make_the_site_a_bodys():
    assert not spells("kyzylorda-news.kz", "Қызылорда облыстық соты")
    assert spells("kardio-almaty.kz", "Алматы қалалық кардиология орталығы")


def test_no_url_no_site():
    assert site_outlet(None) is None
    assert site_outlet("") is None


def test_the_kind_of_institution_whose_own_site_a_page_is_on():
    from presskz.people.site import own_kind
    assert own_kind("http://11-merki.mektebi.kz/oushylara/788.html") == "мектеп"  # fresh pages, no split
    assert own_kind("https://shqolibrary.kz/kk/2025") == "кітапхана"
    assert own_kind("https://kazteatr-kst.kz/kz/baspasoz/novosti/item/577") == "театр"
    assert own_kind("https://kaz.inform.kz/news/x") is None


def test_a_free_website_platforms_subdomain_is_its_own_site():
    assert site_of("mektep12.ucoz.kz") == "mektep12.ucoz.kz"
    assert site_outlet("https://mektep12.ucoz.kz/news/1") is None  # a school's own site (a kind label)
    assert site_outlet("https://kazsport.ucoz.ru/news/1") == "kazsport.ucoz.ru"


def test_an_institution_named_with_the_place_an_institutional_domain_spells():
    from presskz.people.site import place_institution
    names = ["Жезқазған қаласының әкімі", "Өлжас Байқоңыров атындағы Жезқазған университеті"]
    assert place_institution("https://zhezkazgan.edu.kz/news/1", names) == names[1]
    assert place_institution("https://zhezkazgan-news.kz/news/1", names) is None  # no institutional domain
