"""Importing PETRARCH / Phoenix actor dictionaries: every syntax feature, the malformed
cases (each names its line), and the real files in ../shared/data/actors/."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bayan.actors import ActorStore, dump_yaml, parse_actors
from bayan.actors.petrarch import (
    Entry,
    classify,
    code_country,
    describe_code,
    display_name,
    entries_to_actors,
    import_petrarch,
    parse_petrarch,
    read_petrarch,
)
from bayan.actors.user import check_actors
from bayan.errors import BayanError, DictionaryError

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "actors"
PHOENIX = SHARED / "phoenix"
ARABIC = SHARED / "arabic-universalpetrarch" / "actor_dict_ar_v4.txt"
needs_shared = pytest.mark.skipif(not PHOENIX.is_dir(), reason=f"the PETRARCH dictionaries are not in {SHARED}")

SAMPLE = (
    "# A comment line\n"
    "<!-- an XML comment -->\n"
    "<!-- an XML comment\n"
    "     over two lines -->\n"
    "!MINIST! = MINISTER, MINISTRY\n"
    "\n"
    "AFGHANISTAN_  [AFG]\n"                                  # 7: inline code
    "+AFGHAN_ \n"
    "+KABUL  # a comment after a synonym\n"
    "HAMID_KARZAI_  # CountryInfo.txt\n"                      # 10
    "+PRESIDENT_KARZAI_\n"
    "\t[AFGELI 750101-000101]\n"                              # YYMMDD, 00 is 2000
    "\t[AFGGOV 20011222-20141229]\n"                          # YYYYMMDD
    "\t[AFGELI >141229]\n"                                    # from then on
    "\t[AFGELI]\n"
    "IVO_JOSIPOVIC_\n"                                        # 16: code-less roots in a row
    "PRESIDENT_JOSIPOVIC_\n"
    "\t[HRVGOV >20100218]\n"
    "U.N._\n"                                                 # 19: no code at all
    "\n"
    "UN_ [IGOUNO]\n"
    "FOREIGN_!MINIST!_OF_AFGHANISTAN [AFGGOV]\n"              # 22: a substitution class
    "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n"
    "INDIAN_OCEAN  [---]\n"                                   # 24: "no code" on purpose
    "LOK_SABHA\n"
    "\t[INDGOVLEG]\n"
    "ARMENIA_ [ARM]\n"
    "\t[USRARM <900823]\n"                                    # 28: before a date
    "\t[ARMUNR 900823-911221]\n"
    "YAHOO!_INC_\t[MNCUSA]\n"                                 # 30: '!' that is not a class
    "HAMAS_ [PSEREBHMS]\n"
    "+ISLAMIC_RESISTANCE_MOVEMENT\n"
    "SHEIKH_AHMED_YASSIN\n"
    "\t[PSEREBHMS 19870101-20040322]\n"
    "LIAMINE_Z\x1aROUAL_\n"                                   # 35: a stray Ctrl-Z
    "+COTE_D\ufffdIVOIRE_\n"                                  # a garbled synonym
    "\t[DZAGOV 940131-990427]\n"
    "A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000\n"  # 38
    "BAD_DATES_ [EGYGOV 20121207-20120802] [EGYGOV 9008223]\n"                 # 39
    "UN_ [IGOUNO]\r\n"                                        # 40: listed twice, CRLF
    "+UNITED_NATIONS_\n"
)


def parsed():
    return parse_petrarch(SAMPLE, "sample.txt")


def test_entries_phrases_and_codes():
    entries = {e.phrases[0]: e for e in parsed().entries}
    assert entries["AFGHANISTAN"].phrases == ["AFGHANISTAN", "AFGHAN", "KABUL"]
    assert [(c.code, c.start, c.end) for c in entries["AFGHANISTAN"].codes] == [("AFG", None, None)]
    karzai = entries["HAMID KARZAI"]
    assert karzai.line == 10 and karzai.phrases == ["HAMID KARZAI", "PRESIDENT KARZAI"]
    assert [(c.code, c.start, c.end) for c in karzai.codes] == [
        ("AFGELI", "1975-01-01", "2000-01-01"),
        ("AFGGOV", "2001-12-22", "2014-12-29"),
        ("AFGELI", "2014-12-29", None),
        ("AFGELI", None, None),
    ]
    # Code-less root lines right above codes are spellings of one actor.
    assert entries["IVO JOSIPOVIC"].phrases == ["IVO JOSIPOVIC", "PRESIDENT JOSIPOVIC"]
    assert entries["U.N."].codes == []
    assert entries["FOREIGN MINISTER OF AFGHANISTAN"].phrases == [
        "FOREIGN MINISTER OF AFGHANISTAN", "FOREIGN MINISTRY OF AFGHANISTAN"]
    assert [c.code for c in entries["JAVIER DE CUELLAR"].codes] == ["IGOUNO", "ELI"]
    # [---] is "no code": the next root is not pulled in as a synonym.
    assert entries["INDIAN OCEAN"].codes == [] and entries["LOK SABHA"].phrases == ["LOK SABHA"]
    assert [(c.code, c.start, c.end) for c in entries["ARMENIA"].codes] == [
        ("ARM", None, None), ("USRARM", None, "1990-08-22"), ("ARMUNR", "1990-08-23", "1991-12-21")]
    assert "YAHOO! INC" in entries
    assert entries["LIAMINE ZROUAL"].phrases == ["LIAMINE ZROUAL"]  # the Ctrl-Z is gone, the garbled synonym too
    assert [c.code for c in entries["A.H. BELO CORPORATION"].codes] == ["MNCMED"]
    assert [(c.start, c.end) for c in entries["BAD DATES"].codes] == [("2012-12-07", None), (None, None)]
    assert parsed().classes == {"MINIST": ("MINISTER", "MINISTRY")}


def test_readable_quirks_become_notes_with_lines():
    notes = {(n.line, n.problem.split(" ")[1]) for n in parsed().notes}
    lines = sorted(line for line, _ in notes)
    assert lines == [35, 36, 38, 39, 39]
    texts = [str(n) for n in parsed().notes]
    assert any(t.startswith("sample.txt:35: a stray Ctrl-Z") for t in texts)
    assert any(t.startswith("sample.txt:36:") and "U+FFFD" in t for t in texts)
    assert any(t.startswith("sample.txt:38: text after the codes was ignored") for t in texts)
    assert any(t.startswith("sample.txt:39:") and "ends before it starts" in t for t in texts)
    assert any(t.startswith("sample.txt:39:") and "'9008223' is neither YYMMDD nor YYYYMMDD" in t for t in texts)


def test_actors_from_the_sample():
    result = entries_to_actors(parsed().entries)
    by_id = {a.id: a for a in result.actors}
    assert result.entries == 17 and result.merged == 1  # UN_ twice
    assert result.skipped == 2  # U.N. and INDIAN OCEAN have no code
    assert not any(a.names.get("en", [""])[0] in ("U.N.", "Indian Ocean") for a in result.actors)

    afghanistan = by_id["petrarch-afghanistan"]
    assert (afghanistan.type, afghanistan.country, afghanistan.kind) == ("LOC", "AFG", None)
    assert afghanistan.names["en"] == ("Afghanistan", "Afghan", "Kabul") and afghanistan.roles == ()

    karzai = by_id["petrarch-hamid-karzai"]
    assert (karzai.type, karzai.name, karzai.country) == ("PER", "Hamid Karzai", "AFG")
    assert karzai.names["en"] == ("Hamid Karzai", "President Karzai")
    assert [(r.title, r.start, r.end) for r in karzai.roles] == [
        ("AFGELI", "1975-01-01", "2000-01-01"), ("AFGGOV", "2001-12-22", "2014-12-29"),
        ("AFGELI", "2014-12-29", None), ("AFGELI", None, None)]

    un = by_id["petrarch-un"]
    assert un.type == "ORG" and un.kind == "igo" and un.names["en"] == ("UN", "United Nations")
    assert by_id["petrarch-javier-de-cuellar"].type == "PER"  # dated IGO post
    assert by_id["petrarch-ivo-josipovic"].country == "HRV"
    assert by_id["petrarch-lok-sabha"].kind == "parliament"
    armenia = by_id["petrarch-armenia"]
    assert armenia.type == "LOC" and armenia.country == "ARM"
    assert [r.title for r in armenia.roles] == ["USRARM", "ARMUNR"]  # dated place codes only
    assert (by_id["petrarch-yahoo-inc"].type, by_id["petrarch-yahoo-inc"].country) == ("ORG", "USA")
    hamas = by_id["petrarch-hamas"]
    assert (hamas.type, hamas.kind, hamas.country) == ("ORG", "armed-group", "PSE")
    assert by_id["petrarch-sheikh-ahmed-yassin"].type == "PER"
    assert by_id["petrarch-foreign-minister-of-afghanistan"].type == "PER"
    check_actors(result.actors)  # every field passes the loader's checks


def test_output_reads_back_through_the_loader():
    actors = entries_to_actors(parsed().entries).actors
    back = parse_actors(dump_yaml(actors), "out.yaml", "yaml")
    assert [a.to_dict() for a in back] == [a.to_dict() for a in actors]


def test_id_prefix_and_collisions():
    text = "AL-QAIDA [IMGMUSALQ]\nAL_QAIDA_IN_IRAQ [IRQREB]\nAL_QAIDA [IMGMUSALQ]\n+AL_QA'IDA\nAL QAIDA! [IMG]\n"
    ids = [a.id for a in entries_to_actors(parse_petrarch(text, "t").entries, id_prefix="").actors]
    assert ids == ["al-qaida", "al-qaida-in-iraq", "al-qaida-2", "al-qaida-3"]
    with pytest.raises(BayanError, match="id prefix"):
        entries_to_actors([], id_prefix="Bad_")
    with pytest.raises(BayanError, match="lang"):
        entries_to_actors([], lang="ur")


def test_arabic_phrases_go_into_ar():
    text = ("نوري_المالكي_\n"
            "\t[IRQGOV 20060520-20140908]\n"
            " وزارة_دفاع_أميركي_  [USAGOV]\n"
            "بغداد  [IRQ]\n")
    result = entries_to_actors(parse_petrarch(text, "ar.txt").entries, lang="ar")
    maliki, ministry, baghdad = result.actors
    assert maliki.names == {"ar": ("نوري المالكي",)} and maliki.name == "نوري المالكي"
    assert (maliki.type, maliki.country, maliki.id) == ("PER", "IRQ", "petrarch-ar-nwry-lmlky")
    assert (ministry.type, ministry.country) == ("ORG", "USA")  # وزارة heads an organisation
    assert (baghdad.type, baghdad.country) == ("LOC", "IRQ")
    check_actors(result.actors)


@pytest.mark.parametrize("text, line, problem", [
    ("[AFG]\n", 1, "a code line before any actor phrase"),
    ("+AFGHAN\n", 1, "a synonym (+) line before any actor phrase"),
    ("AFGHANISTAN [AFG\n", 1, "an unclosed or nested '['"),
    ("AFGHANISTAN [AFG] ]\n", 1, "cannot read the codes"),
    ("AFGHANISTAN []\n", 1, "an empty code"),
    ("# x\nAFGHANISTAN\n\t[AFG] junk\n", 3, "text after the codes: 'junk'"),
    ("AFGHANISTAN\n\t[AFG 12ab]\n", 2, "cannot read the dates '12ab'"),
    ("AFGHANISTAN\n\t[AFG 750101-]\n", 2, "cannot read the dates"),
    ("AFGHANISTAN\n+AFGHAN [AFG]\n", 2, "codes on a synonym (+) line"),
    ("AFGHANISTAN [AFG]\n+\n", 2, "a synonym with no words"),
    ("---\n", 1, "an actor phrase with no words"),
    ("X = Y\n", 1, "'=' outside a !CLASS! = A, B line"),
    ("!PERSON! = \n", 1, "substitution class !PERSON! needs"),
    ("!PERSON! = MAN, MEN\nFARMER [~AGR]\n", 2, "agent code"),
    ("FIRE!PERSON! {} [~GOV]\n", 1, "braces"),
])
def test_malformed_lines_name_the_line(text, line, problem):
    with pytest.raises(DictionaryError) as info:
        parse_petrarch(text, "bad.txt")
    assert info.value.line == line and info.value.path == "bad.txt"
    assert problem in info.value.problem
    assert str(info.value).startswith(f"bad.txt:{line}: ") and "\n" not in str(info.value)


def test_files_bom_crlf_and_bad_bytes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes("\ufeffAFGHANISTAN_  [AFG]\r\n+AFGHAN_\r\n".encode())
    assert read_petrarch(good).entries[0].phrases == ["AFGHANISTAN", "AFGHAN"]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"AFGHANISTAN [AFG]\n+\xff\n")
    with pytest.raises(DictionaryError, match=r"bad.txt:2: not UTF-8 text"):
        read_petrarch(bad)
    with pytest.raises(DictionaryError, match="cannot read"):
        read_petrarch(tmp_path / "missing.txt")


def test_display_names():
    assert display_name("AL-QA'IDA IN IRAQ") == "Al-Qa'ida in Iraq"
    assert display_name("ELIZABETH II") == "Elizabeth II" and display_name("XI JINPING") == "Xi Jinping"
    assert display_name("U.N. SECRETARY GENERAL") == "U.N. Secretary General"
    assert display_name("ADEN ABYAN ISLAMIC ARMY (AAIA)") == "Aden Abyan Islamic Army (AAIA)"
    assert display_name("O'NEILL") == "O'Neill" and display_name("ST. LUCIA") == "St. Lucia"
    assert display_name("NATO SUMMIT") == "NATO Summit" and display_name("PKK") == "PKK"


def test_codes_read_for_people():
    assert code_country("AFGGOVAGR") == "AFG" and code_country("MNCUSA") == "USA"
    assert code_country("NGOGBRCHR") == "GBR" and code_country("USAASM") == "ASM"
    assert code_country("KSVGOV") == "XKX" and code_country("IGOUNO") is None and code_country("SUN") is None
    assert describe_code("AFGGOVAGR") == "AFG · government · agriculture"
    assert describe_code("IGOUNOKID") == "intergovernmental organisation · United Nations · KID"
    assert describe_code("SUN") == "Soviet Union" and describe_code("IRQOCC") == "IRQ · occupied"


def test_classify_by_head_noun():
    def kind(phrase, *codes):
        from bayan.actors.petrarch import Code
        return classify(Entry([phrase], 1, [Code(c) for c in codes]))

    assert kind("SOVIET UNION", "SUN") == "LOC"  # a place code wins over the word UNION
    assert kind("MINISTRY FOR STATE SECURITY", "DDRCOP") == "ORG"
    assert kind("US AMBASSADOR TO THE UNITED NATIONS", "USAGOV") == "PER"
    assert kind("GENERAL ELECTRIC", "MNCUSA") == "ORG"
    assert kind("COMMANDER KHATTAB", "IMGMUS") == "PER"
    assert kind("ORGANIZATION OF THE ISLAMIC CONFERENCE", "IGO") == "ORG"
    assert kind("CARLOS SANTOS CRUZ", "IGOUNO") == "PER"
    assert kind("UNICEF", "IGOUNOKID") == "ORG"
    assert kind("GAZA", "PSEGZA") == "LOC"  # a place segment bayan does not know, and no role


# --- the real files ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def phoenix():
    out = {}
    for name in ("Countries", "International", "MilNonState"):
        started = time.monotonic()
        out[name] = import_petrarch(PHOENIX / f"Phoenix.{name}.actors.txt")
        out[name].seconds = time.monotonic() - started
    return out


@needs_shared
def test_real_phoenix_countries(phoenix):
    result = phoenix["Countries"]
    assert result.entries > 18000 and len(result.actors) > 18000
    counts = result.counts()
    assert counts["LOC"] > 200 and counts["PER"] > 17000 and counts["ORG"] > 50
    by_id = {a.id: a for a in result.actors}
    assert by_id["petrarch-afghanistan"].type == "LOC" and "Kabul" in by_id["petrarch-afghanistan"].names["en"]
    karzai = by_id["petrarch-hamid-karzai"]
    assert karzai.type == "PER" and karzai.country == "AFG"
    assert ("AFGELI", "1975-01-01", "2000-01-01") in [(r.title, r.start, r.end) for r in karzai.roles]
    assert by_id["petrarch-liamine-zroual"].country == "DZA"  # the Ctrl-Z was dropped
    assert by_id["petrarch-kosovo"].country == "XKX"
    lines = {(Path(n.path).name, n.line) for n in result.notes}
    assert ("Phoenix.Countries.actors.txt", 745) in lines and ("Phoenix.Countries.actors.txt", 11234) in lines
    check_actors(result.actors)


@needs_shared
def test_real_phoenix_international_and_milnonstate(phoenix):
    international = phoenix["International"]
    assert len(international.actors) > 6000 and international.merged > 1000
    by_id = {a.id: a for a in international.actors}
    assert by_id["petrarch-the-united-nations"].type == "ORG"
    assert by_id["petrarch-kofi-annan"].type == "PER"
    check_actors(international.actors)

    mil = phoenix["MilNonState"]
    assert len(mil.actors) > 1000 and mil.counts()["ORG"] > 950
    by_id = {a.id: a for a in mil.actors}
    assert by_id["petrarch-hamas"].kind == "armed-group"
    assert by_id["petrarch-sheikh-ahmed-yassin"].type == "PER"
    back = parse_actors(dump_yaml(mil.actors), "mil.yaml", "yaml")  # the loader reads the output as is
    assert len(back) == len(mil.actors)


@needs_shared
def test_real_files_together_layer_over_the_bundled_ones(phoenix):
    files = [PHOENIX / f"Phoenix.{n}.actors.txt" for n in ("Countries", "International", "MilNonState")]
    together = import_petrarch(files)
    assert len({a.id for a in together.actors}) == len(together.actors)
    store = ActorStore.with_user_files([])
    layered = ActorStore([list(store), together.actors])
    assert layered.replaced == []  # the petrarch- prefix keeps bundled ids apart
    assert len(layered) == len(store) + len(together.actors)


@needs_shared
def test_real_arabic_file():
    result = import_petrarch(ARABIC, lang="ar")
    assert len(result.actors) > 4000
    assert all(set(a.names) == {"ar"} for a in result.actors)
    maliki = next(a for a in result.actors if a.name == "نوري المالكي")
    assert maliki.type == "PER" and maliki.country == "IRQ" and any(r.title == "IRQGOV" for r in maliki.roles)
    # 18000101 stands for "no end" in this file: noted, the end left out.
    assert any("18000101" in n.problem for n in result.notes)
    check_actors(result.actors)


@needs_shared
def test_real_agents_file_is_refused():
    with pytest.raises(DictionaryError) as info:
        read_petrarch(PHOENIX / "Phoenix.agents.txt")
    assert "agent code" in info.value.problem and info.value.line > 50
