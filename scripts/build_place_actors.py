"""Build ``src/bayan/data/actors/places_countries.yaml``: every country and territory as an actor.

Run from the repository root::

    PYTHONPATH=src python scripts/build_place_actors.py          # rewrite the file
    PYTHONPATH=src python scripts/build_place_actors.py --check  # fail if the file is stale

Where the names come from
    CLDR, through babel (``Locale(lang).territories``) for en, ur, fa and ar, then this
    script's tables: ``PREFERRED`` replaces a CLDR name that news does not use (Urdu
    CLDR calls the UK ``سلطنت متحدہ``, Urdu news ``برطانیہ``) or that is a display label
    rather than a name (``کانگو - کنشاسا``, ``ہانگ کانگ SAR چین``); ``EXTRA`` adds the
    spellings real news uses beside it. Tashkeel is dropped (news rarely writes it), and
    Arabic ي/ك inside Urdu and Persian CLDR strings become ی/ک.

Which territories
    Every ISO 3166-1 entry that CLDR knows (an alpha-2 code with exactly one alpha-3
    alias), plus Kosovo (XK, alpha-3 XKX by common use). Not included: CLDR's numeric
    regions (001 world, 150 Europe ...), EU/EZ/UN (organisations, see
    ``orgs_international.yaml``), QO/XA/XB/ZZ (not places) and the exceptionally reserved
    codes AC, CP, CQ, DG, EA, IC, TA (parts of other countries).
    ``kind: country`` marks the 193 UN members plus the Holy See, Palestine, Kosovo and
    Taiwan (treated as countries by the news we read, whatever their recognition);
    everything else is ``kind: territory``.

Wikidata ids are given only for entries we are sure of (cross-checked by hand).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_global

from bayan.actors.loader import ISO3166_ALPHA3, dump_yaml, parse_actors
from bayan.actors.model import Actor

LANGS = ("en", "ur", "fa", "ar")
OUTPUT = Path(__file__).resolve().parent.parent / "src/bayan/data/actors/places_countries.yaml"

EXCLUDED = {"AC", "CP", "CQ", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
EXTRA_CODES = {"XK": "XKX"}  # not in ISO 3166-1 yet; XKX is what the EU, IMF and others use
# CLDR also aliases withdrawn alpha-3 codes to today's alpha-2 (Burma, Zaire, East Germany,
# South Yemen, Metropolitan France, East Timor): never use those.
WITHDRAWN_ALPHA3 = {"BUR", "ZAR", "DDR", "YMD", "FXX", "TMP"}

# Not sovereign (dependencies, special administrative regions, Antarctica, Western Sahara).
TERRITORIES = set(
    "AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY "
    "MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split()
)

# Canonical English names where CLDR's display name is not what news writes.
ENGLISH = {
    "AG": "Antigua and Barbuda", "AX": "Åland Islands", "BA": "Bosnia and Herzegovina",
    "BL": "Saint Barthélemy", "CC": "Cocos (Keeling) Islands", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Côte d'Ivoire", "GS": "South Georgia and the South Sandwich Islands",
    "HK": "Hong Kong", "HM": "Heard Island and McDonald Islands", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "MF": "Saint Martin", "MM": "Myanmar", "MO": "Macau",
    "PM": "Saint Pierre and Miquelon", "PS": "Palestine", "SH": "Saint Helena",
    "SJ": "Svalbard and Jan Mayen", "ST": "São Tomé and Príncipe", "TC": "Turks and Caicos Islands",
    "TR": "Turkey", "TT": "Trinidad and Tobago", "UM": "United States Minor Outlying Islands",
    "VC": "Saint Vincent and the Grenadines", "VI": "United States Virgin Islands",
    "WF": "Wallis and Futuna", "CZ": "Czech Republic",
}

# Replaces CLDR's list for a language (first = preferred).
PREFERRED: dict[str, dict[str, list[str]]] = {
    "ur": {
        "GB": ["برطانیہ", "سلطنت متحدہ", "برطانیہ عظمیٰ", "یونائیٹڈ کنگڈم"],
        "US": ["امریکا", "امریکہ", "ریاستہائے متحدہ امریکہ", "ریاست ہائے متحدہ امریکہ", "ریاستہائے متحدہ", "یو ایس اے"],
        "CD": ["جمہوری جمہوریہ کانگو", "ڈی آر کانگو", "کانگو کنشاسا"],
        "CG": ["جمہوریہ کانگو", "کانگو برازاویلے"],
        "HK": ["ہانگ کانگ"],
        "MO": ["مکاؤ"],
        "MM": ["میانمار", "برما"],
        "DZ": ["الجزائر"],
        "CZ": ["چیک جمہوریہ", "چیک ریپبلک", "چیکیا"],
        "PS": ["فلسطین", "ریاست فلسطین", "فلسطینی علاقے", "فلسطینی خطے"],
        "TR": ["ترکی", "ترکیہ"],
        "IN": ["بھارت", "ہندوستان", "انڈیا"],
        "CC": ["جزائر کوکوس", "کوکوس جزائر"],
        "UM": ["امریکہ سے باہر کے چھوٹے جزائر"],
        "DO": ["جمہوریہ ڈومینیکن", "ڈومینیکن ریپبلک"],
        "CI": ["آئیوری کوسٹ", "کوٹ ڈی آئیوری"],
        "TL": ["مشرقی تیمور", "تیمور لیسٹ"],
    },
    "fa": {
        "US": ["آمریکا", "ایالات متحده", "ایالات متحده آمریکا", "امریکا"],
        "GB": ["بریتانیا", "انگلیس", "پادشاهی متحده", "بریتانیای کبیر"],
        "CD": ["جمهوری دموکراتیک کنگو", "کنگو کینشاسا"],
        "CG": ["جمهوری کنگو", "کنگو برازویل"],
        "HK": ["هنگ‌کنگ", "هنگ کنگ"],
        "MO": ["ماکائو"],
        "MM": ["میانمار", "برمه"],
        "PS": ["فلسطین", "سرزمین‌های فلسطینی", "دولت فلسطین"],
        "CZ": ["جمهوری چک", "چک"],
        "CC": ["جزایر کوکوس"],
        "TL": ["تیمور شرقی", "تیمور-لسته"],
    },
    "ar": {
        "US": ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
        "GB": ["المملكة المتحدة", "بريطانيا", "بريطانيا العظمى"],
        "CD": ["جمهورية الكونغو الديمقراطية", "الكونغو الديمقراطية", "الكونغو كينشاسا"],
        "CG": ["جمهورية الكونغو", "الكونغو برازافيل"],
        "HK": ["هونغ كونغ", "هونج كونج"],
        "MO": ["ماكاو"],
        "MM": ["ميانمار", "بورما"],
        "PS": ["فلسطين", "دولة فلسطين", "الأراضي الفلسطينية"],
        "CC": ["جزر كوكوس"],
        "TL": ["تيمور الشرقية", "تيمور ليشتي"],
        "CI": ["ساحل العاج", "كوت ديفوار"],
    },
}

# Spellings added after CLDR's (or after PREFERRED's) list.
EXTRA: dict[str, dict[str, list[str]]] = {
    "en": {
        "US": ["United States of America", "USA", "U.S.", "US", "America"],
        "GB": ["UK", "Britain", "Great Britain"],
        "AE": ["UAE", "Emirates"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
        "CG": ["Congo-Brazzaville", "Congo"], "CI": ["Ivory Coast"], "CZ": ["Czechia"],
        "MM": ["Burma"], "TR": ["Türkiye"], "PS": ["State of Palestine", "Palestinian Territories"],
        "RU": ["Russian Federation"], "KR": ["Republic of Korea"], "KP": ["DPRK"],
        "SZ": ["Swaziland"], "MK": ["Macedonia"], "CV": ["Cabo Verde"], "TL": ["East Timor"],
        "VA": ["Holy See", "Vatican"], "MO": ["Macao"], "NL": ["Holland"], "FM": ["Federated States of Micronesia"],
        "IR": ["Islamic Republic of Iran"], "ST": ["Sao Tome and Principe"],
    },
    "ur": {
        "PK": ["اسلامی جمہوریہ پاکستان"], "IR": ["اسلامی جمہوریہ ایران"], "CN": ["عوامی جمہوریہ چین"],
        "RU": ["روسی فیڈریشن"], "AE": ["یو اے ای", "امارات"], "SA": ["سعودیہ"],
        "ES": ["اسپین"], "NL": ["نیدرلینڈز", "ہالینڈ"], "CH": ["سوئٹزرلینڈ"], "FI": ["فنلینڈ"],
        "NZ": ["نیوزیلینڈ"], "MY": ["ملائیشیا"], "KZ": ["قازقستان"], "KG": ["کرغیزستان"],
        "TN": ["تیونس"], "VE": ["وینزویلا"], "BA": ["بوسنیا"], "VA": ["ویٹیکن"],
        "SZ": ["سوازی لینڈ"], "AZ": ["جمہوریہ آذربائیجان"], "KP": ["شمالی کوریا"],
        "TH": ["تھائی لینڈ"], "IE": ["آئر لینڈ"], "PL": ["پولینڈ"], "IS": ["آئس لینڈ"], "BD": ["بنگلادیش"],
    },
    "fa": {
        "IR": ["جمهوری اسلامی ایران"], "IN": ["هندوستان"], "SA": ["عربستان"], "AE": ["امارات"],
        "AZ": ["آذربایجان"], "CN": ["جمهوری خلق چین"], "RU": ["فدراسیون روسیه"],
        "IL": ["رژیم صهیونیستی", "رژیم اشغالگر قدس"], "PK": ["جمهوری اسلامی پاکستان"],
        "SZ": ["سوازیلند"], "VA": ["دولت واتیکان"],
    },
    "ar": {
        "AE": ["الإمارات", "دولة الإمارات"], "SA": ["السعودية"], "EG": ["جمهورية مصر العربية"],
        "SY": ["سورية", "الجمهورية العربية السورية"], "IR": ["الجمهورية الإسلامية الإيرانية"],
        "PK": ["جمهورية باكستان الإسلامية"], "CN": ["جمهورية الصين الشعبية"], "RU": ["روسيا الاتحادية", "الاتحاد الروسي"],
        "JO": ["المملكة الأردنية الهاشمية"], "IL": ["الكيان الصهيوني", "الكيان الإسرائيلي"],
        "OM": ["سلطنة عمان"], "KR": ["كوريا الجنوبية"], "SZ": ["سوازيلاند"], "VA": ["دولة الفاتيكان"],
        "CZ": ["جمهورية التشيك"], "MA": ["المملكة المغربية"], "BH": ["مملكة البحرين"],
        "KW": ["دولة الكويت"], "QA": ["دولة قطر"],
    },
}

# Wikidata items, only where we are sure.
WIKIDATA = dict(item.split(":") for item in """
AF:Q889 AX:Q5689 AL:Q222 DZ:Q262 AS:Q16641 AD:Q228 AO:Q916 AI:Q25228 AQ:Q51 AG:Q781 AR:Q414
AM:Q399 AW:Q21203 AU:Q408 AT:Q40 AZ:Q227 BS:Q778 BH:Q398 BD:Q902 BB:Q244 BY:Q184 BE:Q31 BZ:Q242
BJ:Q962 BM:Q23635 BT:Q917 BO:Q750 BA:Q225 BW:Q963 IO:Q43448 BR:Q155 VG:Q25305 BN:Q921 BG:Q219
BF:Q965 BI:Q967 CV:Q1011 KH:Q424 CM:Q1009 CA:Q16 KY:Q5785 CF:Q929 TD:Q657 CL:Q298 CN:Q148 CO:Q739
KM:Q970 CG:Q971 CK:Q26988 CR:Q800 CI:Q1008 HR:Q224 CU:Q241 CW:Q25279 CY:Q229 CZ:Q213 CD:Q974
DK:Q35 DJ:Q977 DM:Q784 DO:Q786 EC:Q736 EG:Q79 SV:Q792 GQ:Q983 ER:Q986 EE:Q191 SZ:Q1050 ET:Q115
FO:Q4628 FK:Q9648 FJ:Q712 FI:Q33 PF:Q30971 TF:Q129003 FR:Q142 GA:Q1000 GM:Q1005 GE:Q230 DE:Q183
GH:Q117 GI:Q1410 GR:Q41 GL:Q223 GD:Q769 GU:Q16635 GT:Q774 GG:Q25230 GW:Q1007 GN:Q1006 GY:Q734
HT:Q790 HM:Q131198 HN:Q783 HK:Q8646 HU:Q28 IS:Q189 IN:Q668 ID:Q252 IR:Q794 IQ:Q796 IE:Q27 IM:Q9676
IL:Q801 IT:Q38 JM:Q766 JP:Q17 JE:Q785 JO:Q810 KZ:Q232 KE:Q114 KI:Q710 XK:Q1246 KW:Q817 KG:Q813
LA:Q819 LV:Q211 LB:Q822 LS:Q1013 LR:Q1014 LY:Q1016 LI:Q347 LT:Q37 LU:Q32 MO:Q14773 MG:Q1019
MW:Q1020 MY:Q833 MV:Q826 ML:Q912 MT:Q233 MH:Q709 MR:Q1025 MU:Q1027 MX:Q96 FM:Q702 MD:Q217 MC:Q235
MN:Q711 ME:Q236 MS:Q13353 MA:Q1028 MZ:Q1029 MM:Q836 MP:Q16644 NA:Q1030 NR:Q697 NP:Q837 NL:Q55
NC:Q33788 NZ:Q664 NI:Q811 NE:Q1032 NG:Q1033 NU:Q34020 NF:Q31057 KP:Q423 MK:Q221 NO:Q20 OM:Q842
PK:Q843 PW:Q695 PA:Q804 PG:Q691 PY:Q733 PE:Q419 PH:Q928 PN:Q35672 PL:Q36 PT:Q45 PR:Q1183 QA:Q846
RO:Q218 RU:Q159 RW:Q1037 GS:Q35086 SS:Q958 SH:Q192184 LC:Q760 WS:Q683 SM:Q238 ST:Q1039 SA:Q851
SN:Q1041 RS:Q403 SC:Q1042 SL:Q1044 SG:Q334 SX:Q26273 SK:Q214 SI:Q215 SB:Q685 SO:Q1045 ZA:Q258
KR:Q884 ES:Q29 LK:Q854 BL:Q25362 MF:Q126125 KN:Q763 PM:Q34617 VC:Q757 SD:Q1049 SR:Q730 SE:Q34
CH:Q39 SY:Q858 TW:Q865 TJ:Q863 TZ:Q924 TH:Q869 TL:Q574 TG:Q945 TO:Q678 TT:Q754 TN:Q948 TR:Q43
TM:Q874 TC:Q18221 TV:Q672 UM:Q16645 VI:Q11703 UG:Q1036 UA:Q212 AE:Q878 GB:Q145 US:Q30 UY:Q77
UZ:Q265 VU:Q686 VA:Q237 VE:Q717 VN:Q881 EH:Q6250 WF:Q35555 YE:Q805 ZM:Q953 ZW:Q954
""".split())

_TASHKEEL = re.compile("[\u064b-\u0652\u0670]")
_LATIN = re.compile("[A-Za-z]")


def alpha3_codes() -> dict[str, str]:
    """alpha-2 -> alpha-3, from CLDR's territory aliases (alpha-3 codes alias one alpha-2 code)."""
    aliases = get_global("territory_aliases")
    out = {targets[0]: code for code, targets in aliases.items()
           if len(code) == 3 and code.isalpha() and len(targets) == 1 and code not in WITHDRAWN_ALPHA3}
    out.update(EXTRA_CODES)
    return out


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("&", "and")).strip("-")


def clean(name: str, lang: str) -> str:
    """A CLDR string as news would write it."""
    name = _TASHKEEL.sub("", name)
    if lang in ("ur", "fa"):
        name = name.replace("ي", "ی").replace("ك", "ک")
    return " ".join(name.split())


def variants(name: str, lang: str) -> list[str]:
    """The name, plus the form without ezafe hamza (هٔ → ه) that most Persian text uses."""
    out = [name]
    if lang == "fa" and "\u0654" in name:
        out.append(name.replace("\u0654", ""))
    return out


def names_for(code: str, cldr: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for lang in LANGS:
        if lang == "en":
            base = [ENGLISH.get(code, cldr["en"][code])]
            if base[0] != cldr["en"][code] and "&" not in cldr["en"][code] and "SAR" not in cldr["en"][code] \
                    and " - " not in cldr["en"][code] and "(" not in cldr["en"][code]:
                base.append(cldr["en"][code])
        else:
            base = PREFERRED.get(lang, {}).get(code) or [clean(cldr[lang][code], lang)]
        spellings: list[str] = []
        for name in base + EXTRA.get(lang, {}).get(code, []):
            for form in variants(name, lang):
                if form not in spellings:
                    spellings.append(form)
        if lang != "en":
            odd = [s for s in spellings if _LATIN.search(s) or "(" in s or " - " in s]
            if odd:  # a display label slipped through: add the code to PREFERRED
                raise SystemExit(f"{code} {lang}: CLDR name needs an override: {odd}")
        names[lang] = spellings
    return names


def build() -> list[Actor]:
    cldr = {lang: dict(Locale(lang).territories) for lang in LANGS}
    alpha3 = alpha3_codes()
    actors = []
    for code in sorted(cldr["en"]):
        if not code.isalpha() or code in EXCLUDED or code not in alpha3:
            continue
        names = names_for(code, cldr)
        name = names["en"][0]
        actors.append(Actor(
            id=slug(name), type="LOC", name=name, names=names, country=alpha3[code],
            kind="territory" if code in TERRITORIES else "country", wikidata=WIKIDATA.get(code),
        ))
    codes = sorted(actor.country for actor in actors if actor.country != "XKX")
    if codes != sorted(ISO3166_ALPHA3):  # the loader's list and CLDR must agree
        raise SystemExit(f"alpha-3 codes differ from bayan.actors.loader.ISO3166_ALPHA3: "
                         f"{sorted(set(codes) ^ ISO3166_ALPHA3)}")
    countries = sum(actor.kind == "country" for actor in actors)
    if countries != 197:  # 193 UN members + VA, PS, XK, TW
        raise SystemExit(f"expected 197 countries, found {countries}")
    return actors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the file differs from what would be written")
    args = parser.parse_args(argv)
    header = (f"# Generated by scripts/build_place_actors.py from CLDR (babel {babel.__version__}) and the\n"
              "# script's own tables. Do not edit by hand: change the script and run it again.\n")
    text = header + dump_yaml(build())
    parse_actors(text, str(OUTPUT), "yaml")  # the output must pass our own loader
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is out of date; run scripts/build_place_actors.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
