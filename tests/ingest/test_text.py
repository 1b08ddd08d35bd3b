"""Decoding text files: every encoding we promise, and clear refusals."""

import pytest

from bayan.errors import InputError
from bayan.ingest.text import decode_bytes

URDU = "اسلام آباد (اے پی پی) وزیر اعظم نے کہا کہ امن ضروری ہے۔\nدوسری سطر۔"
PERSIAN = "تهران - ایرنا - وزیر امور خارجه گفت که مذاکرات ادامه دارد."
# Windows-1256 has Arabic yeh, not Farsi yeh: Urdu typed in that code page uses ي.
URDU_CP1256 = "وزير اعظم نے کہا کہ امن ضروري ہے. پاکستان اور چين"
ARABIC = "الرياض - واس: قال وزير الخارجية إن العلاقات بين البلدين متينة."


@pytest.mark.parametrize(
    "data,expected",
    [
        (URDU.encode("utf-8"), URDU),
        (b"\xef\xbb\xbf" + URDU.encode("utf-8"), URDU),
        (URDU.encode("utf-16"), URDU),
        (URDU.encode("utf-16-le"), URDU),
        (URDU.encode("utf-16-be"), URDU),
        (PERSIAN.encode("utf-16"), PERSIAN),
        (URDU_CP1256.encode("cp1256"), URDU_CP1256),
        (ARABIC.encode("cp1256"), ARABIC),
        (ARABIC.encode("iso-8859-6"), ARABIC),
        (URDU.replace("\n", "\r\n").encode("utf-8"), URDU),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "fa-utf16", "ur-cp1256", "ar-cp1256", "ar-iso8859-6", "crlf"],
)
def test_decodes(data, expected):
    assert decode_bytes(data, "x.txt") == expected


@pytest.mark.parametrize(
    "data,problem",
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4, "binary"),
        (b"\xef\xbb\xbf\xff\xfe bad", "invalid UTF-8"),
        (bytes([0x81, 0x8d, 0x8e, 0x90]) * 10 + b"\x01\x02\x03\x04\x05" * 40, "binary"),
    ],
)
def test_refuses_with_reason(data, problem):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "bad.txt")
    assert problem in str(info.value)
    assert str(info.value).startswith("bad.txt: ")


def test_latin1_gibberish_is_not_silently_decoded():
    data = "Ærøskøbing façade naïve ÿ".encode("latin-1") * 3
    with pytest.raises(InputError, match="cannot decode"):
        decode_bytes(data, "x.txt")
