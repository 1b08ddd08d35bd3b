"""Checks over every dictionary file shipped in bayan/data/actors.

A misspelled or mis-scripted name is a silent recall bug, so the data is tested like code:
every file loads, ids are unique, each language's names are written in that language's
letters, and the names news needs most are present.
"""

from __future__ import annotations

import collections
import unicodedata
from importlib import resources

import pytest

from bayan.actors import ActorStore, load_bundled_actors
from bayan.actors.loader import ISO3166_ALPHA3, SUFFIXES, parse_actors

ACTORS = load_bundled_actors()
FOLDER = resources.files("bayan") / "data" / "actors"
FILES = sorted(entry.name for entry in FOLDER.iterdir() if entry.name.endswith(SUFFIXES))

ARABIC_SCRIPT = {"ur", "fa", "ar", "ps", "sd", "ku", "ug"}
# Letters that belong to Persian/Urdu but not to Arabic, and to Urdu but not to Persian.
NOT_ARABIC = set("پچژگکیہھےٹڈڑںۃ")
URDU_ONLY = set("ٹڈڑںہھےۃ")
ARABIC_ONLY = set("يكة")  # Persian and Urdu write ی and ک (and ہ/ۃ in Urdu)
ZWNJ, ZWJ = "\u200c", "\u200d"
# Party names carry their faction in brackets: مسلم لیگ (ن).
ARABIC_PUNCTUATION = set(" -.'،()")


def is_arabic_script(char: str) -> bool:
    code = ord(char)
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)


def test_there_are_bundled_files():
    assert {"places_countries.yaml", "places_cities.yaml", "orgs_international.yaml"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_each_file_loads_on_its_own(name):
    entry = FOLDER / name
    actors = parse_actors(entry.read_text(encoding="utf-8"), name, "tsv" if name.endswith(".tsv") else "yaml")
    assert actors, f"{name} is empty"


def test_ids_unique_across_all_files():
    counts = collections.Counter(actor.id for actor in ACTORS)
    assert [actor_id for actor_id, n in counts.items() if n > 1] == []
    ActorStore([ACTORS])  # the bundled set is one layer: building it must not raise


def test_every_name_is_trimmed_and_non_empty():
    bad = [(a.id, lang, name) for a in ACTORS for lang, name in a.all_names()
           if not name.strip() or name != name.strip() or "  " in name]
    assert bad == []


def test_arabic_script_names_use_only_arabic_script():
    bad = []
    for actor in ACTORS:
        for lang, name in actor.all_names():
            if lang not in ARABIC_SCRIPT:
                continue
            for char in name:
                if not (is_arabic_script(char) or char in ARABIC_PUNCTUATION or char in (ZWNJ, ZWJ)
                        or unicodedata.category(char) == "Nd"):
                    bad.append((actor.id, lang, name, f"U+{ord(char):04X}"))
                    break
    assert bad == []


def test_letters_match_the_language():
    bad = []
    for actor in ACTORS:
        for lang, name in actor.all_names():
            letters = set(name)
            if lang == "ar" and letters & NOT_ARABIC:
                bad.append((actor.id, lang, name, "Persian/Urdu letter in Arabic"))
            if lang == "fa" and letters & (URDU_ONLY | ARABIC_ONLY):
                bad.append((actor.id, lang, name, "Urdu or Arabic letter in Persian"))
            if lang == "ur" and letters & (ARABIC_ONLY | {"ه"}):
                bad.append((actor.id, lang, name, "Arabic letter in Urdu (use ی ک ہ)"))
    assert bad == []


def test_english_names_are_latin():
    bad = []
    for actor in ACTORS:
        for lang, name in actor.all_names():
            if lang != "en":
                continue
            latin = all(char.isascii() or "LATIN" in unicodedata.name(char, "")
                        or char in "ʻ’" for char in name)
            if not latin or not any(char.isalpha() for char in name):
                bad.append((actor.id, name))
    assert bad == []


def test_every_country_has_names_in_all_four_languages():
    places = [a for a in ACTORS if a.source.endswith("places_countries.yaml")]
    assert len(places) >= 249
    missing = [(a.id, lang) for a in places for lang in ("en", "ur", "fa", "ar") if not a.names.get(lang)]
    assert missing == []
    assert sum(a.kind == "country" for a in places) == 197  # 193 UN members + VA, PS, XK, TW


def test_every_iso_country_is_present_once():
    countries = collections.Counter(a.country for a in ACTORS if a.source.endswith("places_countries.yaml"))
    assert set(countries) >= ISO3166_ALPHA3
    assert [code for code, n in countries.items() if n > 1] == []


def test_every_country_has_a_capital():
    # City-states are their own capitals.
    city_states = {"SGP", "MCO", "VAT"}
    countries = {a.country for a in ACTORS if a.kind == "country"} - city_states - {"ISR", "PSE"}
    capitals = {a.country for a in ACTORS if a.kind == "capital"}
    assert sorted(countries - capitals) == []


def test_places_are_loc_and_organisations_are_org():
    for actor in ACTORS:
        if actor.source.endswith(("places_countries.yaml", "places_cities.yaml", "places_districts_towns.yaml")):
            assert actor.type == "LOC", actor.id
        if actor.source.endswith("orgs_international.yaml"):
            assert actor.type == "ORG" and actor.country is None, actor.id


@pytest.mark.parametrize(
    ("actor_id", "lang", "name"),
    [
        ("pakistan", "ur", "پاکستان"), ("pakistan", "ar", "باكستان"),
        ("united-states", "ur", "امریکا"), ("united-states", "ur", "امریکہ"),
        ("united-states", "ur", "ریاستہائے متحدہ امریکہ"), ("united-states", "ar", "الولايات المتحدة"),
        ("united-states", "ar", "أمريكا"), ("united-states", "fa", "آمریکا"), ("united-states", "fa", "ایالات متحده"),
        ("united-kingdom", "ur", "برطانیہ"), ("iran", "fa", "ایران"), ("india", "ur", "بھارت"),
        ("saudi-arabia", "ar", "السعودية"), ("israel", "fa", "رژیم صهیونیستی"),
        ("islamabad", "ur", "اسلام آباد"), ("quetta", "ur", "کوئٹہ"), ("peshawar", "ur", "پشاور"),
        ("dera-ismail-khan", "ur", "ڈیرہ اسماعیل خان"), ("tehran", "fa", "تهران"), ("tehran", "ar", "طهران"),
        ("jerusalem", "ar", "القدس"), ("jerusalem", "ur", "بیت المقدس"), ("gaza-strip", "ar", "قطاع غزة"),
        ("rafah", "ur", "رفح"), ("khan-younis", "ar", "خان يونس"), ("west-bank", "ar", "الضفة الغربية"),
        ("oic", "ur", "او آئی سی"), ("un-security-council", "ur", "سلامتی کونسل"),
        ("un-security-council", "fa", "شورای امنیت"), ("un-security-council", "ar", "مجلس الأمن"),
        ("united-nations", "ur", "اقوام متحدہ"), ("arab-league", "ar", "جامعة الدول العربية"),
    ],
)
def test_must_have_names(actor_id, lang, name):
    actor = {a.id: a for a in ACTORS}[actor_id]
    assert name in actor.names.get(lang, ()), f"{actor_id} lacks {lang} {name}"


def test_pakistani_districts_and_towns_in_the_news():
    by_name = {n: a for a in ACTORS for n in a.names.get("ur", ())}
    for name in ("ڈیرہ بگٹی", "لنڈی کوتل", "میران شاہ", "قلات", "ہنزہ", "ضلع زیارت"):
        assert name in by_name and by_name[name].type == "LOC", name


def test_places_that_are_also_everyday_words_or_surnames_need_their_place_word():
    urdu = {n for a in ACTORS if a.source.endswith("places_districts_towns.yaml") for n in a.names.get("ur", ())}
    # زیارت is a pilgrimage, باغ a garden, لہڑی and میر علی open people's names.
    assert not urdu & {"زیارت", "باغ", "نگر", "سوئی", "لہڑی", "میر علی"}


def test_iran_has_31_provinces_with_centres():
    provinces = [a for a in ACTORS if a.country == "IRN" and a.kind == "province"]
    assert len(provinces) == 31
    assert all(a.names.get(lang) for a in provinces for lang in ("en", "ur", "fa"))


def test_generated_countries_file_is_up_to_date():
    # The countries file is generated from CLDR; babel is a build-time extra only.
    babel = pytest.importorskip("babel")
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_place_actors.py"
    if not script.exists():
        pytest.skip("not running from a source checkout")
    header = (FOLDER / "places_countries.yaml").read_text(encoding="utf-8").split("\n", 1)[0]
    if f"(babel {babel.__version__})" not in header:
        pytest.skip(f"the file was generated with another babel (CLDR) version: {header}")
    spec = importlib.util.spec_from_file_location("build_place_actors", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


def test_report_counts(capsys):
    by_file = collections.Counter(a.source.rsplit("/", 1)[-1] for a in ACTORS)
    by_type = collections.Counter(a.type for a in ACTORS)
    with capsys.disabled():
        print(f"\nbundled actors: {len(ACTORS)}  by type: {dict(sorted(by_type.items()))}")
        for name, count in sorted(by_file.items()):
            print(f"  {name}: {count}")
    assert len(ACTORS) >= 900


def test_arab_places_in_the_news_and_their_everyday_homographs():
    by_name = {n: a for a in ACTORS for n in a.names.get("ar", ())}
    for name in ("كادقلي", "الفاشر", "طوباس", "صحار", "القرن الأفريقي"):
        assert name in by_name and by_name[name].type == "LOC", name
    arabic = {n for a in ACTORS if a.source.endswith("places_arab_more.yaml") for n in a.names.get("ar", ())}
    assert not arabic & {"الخبر", "معسكر", "الفاو", "البيرة", "العديد"}
