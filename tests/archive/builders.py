"""Contract records written by hand for archive and web tests (fictional news by the bayan team).

``record(text, ...)`` builds an ``Article.to_dict()``-shaped dict whose spans are found in
``text`` by their surface form, so every ``text[start:end] == span["text"]`` holds.
"""

from __future__ import annotations

from typing import Any

from bayan.article import article_id


def _span(text: str, surface: str, nth: int = 0, after: int = 0) -> tuple[int, int]:
    start = after - 1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def actor(id: str, name: str) -> dict[str, str]:
    return {"id": id, "name": name}


class Builder:
    def __init__(self, text: str, lang: str, title: str | None = None, published: str | None = None,
                 url: str | None = None, path: str | None = None):
        self.text = text
        self.out: dict[str, Any] = {
            "id": article_id(text), "url": url, "path": path, "title": title, "published": published,
            "language": lang, "text": text, "sentences": [[0, len(text)]], "entities": [], "quotes": [],
            "events": [], "warnings": [],
        }

    def span(self, surface: str, nth: int = 0) -> dict[str, Any]:
        start, end = _span(self.text, surface, nth)
        return {"text": surface, "start": start, "end": end}

    def entity(self, surface: str, type: str, who: dict[str, str] | None = None, nth: int = 0) -> "Builder":
        self.out["entities"].append({**self.span(surface, nth), "type": type, "actor": who})
        return self

    def quote(self, content: str, speaker: str | None, who: dict[str, str] | None, cue: str,
              kind: str = "indirect") -> "Builder":
        self.out["quotes"].append({
            **self.span(content), "kind": kind, "cue": self.span(cue),
            "speaker": ({**self.span(speaker), "actor": who} if speaker else None),
        })
        return self

    def event(self, type: str, mode: str | None, source: list[tuple[str, dict | None]],
              target: list[tuple[str, dict | None]], trigger: str, date: str | None = None) -> "Builder":
        self.out["events"].append({
            "type": type, "mode": mode,
            "source": [{**self.span(s), "actor": a} for s, a in source],
            "target": [{**self.span(s), "actor": a} for s, a in target],
            "date": date, "place": None, "trigger": self.span(trigger), "sentence": [0, len(self.text)],
        })
        return self

    def build(self) -> dict[str, Any]:
        return self.out


KHAMENEI = actor("ali-khamenei", "Ali Khamenei")
SHARIF = actor("shehbaz-sharif", "Shehbaz Sharif")
ARAGHCHI = actor("abbas-araghchi", "Abbas Araghchi")
PEZESHKIAN = actor("masoud-pezeshkian", "Masoud Pezeshkian")

WIRE = (
    "اسلام آباد (اے پی پی) وزیر اعظم شہباز شریف نے آج وزیر اعظم ہاؤس میں ایرانی وزیر خارجہ عباس عراقچی سے "
    "ملاقات کی۔ ملاقات میں دونوں ملکوں کے درمیان تجارت، سرحدی منڈیوں اور توانائی کے شعبے میں تعاون پر تفصیلی "
    "بات چیت ہوئی۔ وزیر اعظم نے کہا کہ پاکستان اپنے ہمسایوں کے ساتھ امن اور خوشحالی کا رشتہ چاہتا ہے۔ عباس عراقچی "
    "نے ایرانی قیادت کی جانب سے نیک خواہشات کا پیغام پہنچایا اور کہا کہ تہران تعاون بڑھانے کیلئے تیار ہے۔"
)


def corpus() -> list[dict[str, Any]]:
    """Seven articles: Khamenei in three scripts' spellings plus one by title only, a wire story
    printed twice (a near-duplicate pair), and an unrelated one."""
    records = []

    text = ("تہران (ویب ڈیسک) ایران کے رہبر آیت اللہ خامنہ ای نے کہا ہے کہ خطے میں امن سب کی ذمہ داری ہے۔ "
            "انہوں نے یہ بات پاکستانی وفد سے ملاقات کے دوران کہی۔")
    records.append(
        Builder(text, "ur", title="خامنہ ای کی پاکستانی وفد سے ملاقات", published="2025-02-08",
                url="https://example.org/ur/khamenei-1")
        .entity("آیت اللہ خامنہ ای", "PER", KHAMENEI).entity("تہران", "LOC")
        .quote("خطے میں امن سب کی ذمہ داری ہے", "آیت اللہ خامنہ ای", KHAMENEI, "نے کہا ہے کہ")
        .event("CONSULT", "meet", [("آیت اللہ خامنہ ای", KHAMENEI)], [("پاکستانی وفد", None)], "ملاقات")
        .build()
    )
    text = ("تهران - ایرنا - آیت‌الله خامنه‌ای رهبر انقلاب اسلامی در دیدار با عباس عراقچی وزیر امور خارجه "
            "گفت که دیپلماسی باید فعال باشد.")
    records.append(
        Builder(text, "fa", title="دیدار وزیر خارجه با رهبر انقلاب", published="2025-03-01",
                url="https://example.org/fa/khamenei-2")
        .entity("آیت‌الله خامنه‌ای", "PER", KHAMENEI).entity("عباس عراقچی", "PER", ARAGHCHI)
        .quote("دیپلماسی باید فعال باشد", "آیت‌الله خامنه‌ای", KHAMENEI, "گفت که")
        .event("CONSULT", "meet", [("عباس عراقچی", ARAGHCHI)], [("آیت‌الله خامنه‌ای", KHAMENEI)], "دیدار",
               date="2025-03-01")
        .build()
    )
    text = "طهران - واس: استقبل المرشد الأعلى علي خامنئي اليوم رئيس الجمهورية مسعود بزشكيان وبحث معه الأوضاع في المنطقة."
    records.append(
        Builder(text, "ar", title="خامنئي يستقبل بزشكيان", published="2025-04-10",
                url="https://example.org/ar/khamenei-3")
        .entity("علي خامنئي", "PER", KHAMENEI).entity("مسعود بزشكيان", "PER", PEZESHKIAN)
        .event("CONSULT", "meet", [("علي خامنئي", KHAMENEI)], [("مسعود بزشكيان", PEZESHKIAN)], "استقبل",
               date="2025-04-10")
        .build()
    )
    text = ("تہران: رہبر انقلاب نے صدر مسعود پزشکیان سے ملاقات کی اور حکومت کی معاشی پالیسی کی حمایت کی۔ "
            "ملاقات میں وزیر خارجہ بھی موجود تھے۔")
    records.append(
        Builder(text, "ur", title="رہبر انقلاب کی صدر سے ملاقات", published="2025-05-20")
        .entity("رہبر انقلاب", "PER", KHAMENEI).entity("مسعود پزشکیان", "PER", PEZESHKIAN)
        .event("CONSULT", "meet", [("رہبر انقلاب", KHAMENEI)], [("مسعود پزشکیان", PEZESHKIAN)], "ملاقات کی",
               date="2025-05-20")
        .event("SUPPORT", None, [("رہبر انقلاب", KHAMENEI)], [], "حمایت کی", date="2025-05-20")
        .build()
    )
    records.append(
        Builder(WIRE, "ur", title="وزیراعظم سے ایرانی وزیر خارجہ کی ملاقات", published="2025-02-10",
                url="https://example.org/paper-a/1")
        .entity("شہباز شریف", "PER", SHARIF).entity("عباس عراقچی", "PER", ARAGHCHI)
        .quote("پاکستان اپنے ہمسایوں کے ساتھ امن اور خوشحالی کا رشتہ چاہتا ہے", "وزیر اعظم", SHARIF, "نے کہا کہ")
        .event("CONSULT", "meet", [("شہباز شریف", SHARIF)], [("عباس عراقچی", ARAGHCHI)], "ملاقات",
               date="2025-02-10")
        .build()
    )
    copy = WIRE.replace("اسلام آباد (اے پی پی)", "اسلام آباد (ثناء نیوز)") + " ذرائع کے مطابق ملاقات خوشگوار ماحول میں ہوئی۔"
    records.append(
        Builder(copy, "ur", title="شہباز شریف اور عباس عراقچی کی ملاقات", published="2025-02-10",
                url="https://example.org/paper-b/7")
        .entity("شہباز شریف", "PER", SHARIF).entity("عباس عراقچی", "PER", ARAGHCHI)
        .event("CONSULT", "meet", [("شہباز شریف", SHARIF)], [("عباس عراقچی", ARAGHCHI)], "ملاقات",
               date="2025-02-10")
        .build()
    )
    text = "کراچی میں تاجروں نے بجلی کے بلوں میں اضافے کے خلاف احتجاج کیا اور حکومت کو تین دن کی مہلت دی۔"
    records.append(
        Builder(text, "ur", title="کراچی میں تاجروں کا احتجاج", published="2025-03-12",
                path="news/karachi.txt")
        .event("PROTEST", None, [("تاجروں", None)], [("حکومت", None)], "احتجاج", date="2025-03-12")
        .build()
    )
    return records


def khamenei_ids(records: list[dict[str, Any]]) -> set[str]:
    return {r["id"] for r in records[:4]}


def build_archive(path, records: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    from bayan.archive import ArchiveWriter

    records = corpus() if records is None else records
    with ArchiveWriter(path) as writer:
        for r in records:
            writer.add(r)
    return records
