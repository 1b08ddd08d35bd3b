"""Q&A interviews: labelled answers are the interviewee's direct quotes."""

from bayan import analyze


def quotes(text, lang):
    article = analyze(text, lang=lang, published="2025-06-01")
    for q in article.quotes:
        assert text[q.start:q.end] == q.text
    return article.quotes


ARABIC = """الدوحة - حوار: سالم راشد المري

قالت الدكتورة هند ناصر الكواري، مديرة إدارة التخطيط في وزارة التربية، إن الوزارة ستفتح عشر مدارس جديدة هذا العام.

وفيما يلي نص الحوار:

س: ما أبرز أولوياتكم للعام الدراسي المقبل؟

ج: أولويتنا الأولى هي تقليل عدد الطلاب في الفصول، وسنبدأ بالمرحلة الابتدائية.

س: وماذا عن رواتب المعلمين؟

ج: رفعنا الرواتب بنسبة عشرة في المئة، ونعمل على حوافز إضافية للمناطق البعيدة.
"""


def test_arabic_answers_are_the_interviewees_and_questions_quote_no_one():
    found = quotes(ARABIC, "ar")
    answers = [q for q in found if q.cue.text == "ج"]
    assert [q.text.split()[0] for q in answers] == ["أولويتنا", "رفعنا"]
    assert all(q.kind == "direct" and q.speaker.text == "هند ناصر الكواري" for q in answers)
    assert not any(q.text.startswith("ما أبرز") or q.text.startswith("وماذا") for q in found)


URDU = """لاہور (انٹرویو: نمائندہ خصوصی) صوبائی وزیر صحت ڈاکٹر ثمینہ اقبال ملک نے کہا ہے کہ نئے ہسپتال اگلے سال مکمل ہوں گے۔

سوال: ادویات کی کمی کب ختم ہوگی؟

جواب: ہم نے ادویات کی خریداری کا نیا نظام بنایا ہے اور اگلے ماہ تک کمی ختم ہو جائے گی۔

سوال: ڈاکٹروں کی ہڑتال کا کیا بنا؟

جواب: ان کے جائز مطالبات مان لیے گئے ہیں۔
"""


def test_urdu_sawal_jawab():
    answers = [q for q in quotes(URDU, "ur") if q.cue.text == "جواب"]
    assert len(answers) == 2
    assert answers[1].text == "ان کے جائز مطالبات مان لیے گئے ہیں"
    assert all(q.speaker.text == "ثمینہ اقبال ملک" for q in answers)


NAMED = """عمّان - حاورته: ليلى سامي

قال مدير عام الشركة المهندس كريم فؤاد العبادي إن الشركة ستوسع خطوطها هذا العام.

المجلة: كيف تقيّمون أداء الشركة؟

العبادي: الأداء جيد، وحققنا أرباحا للمرة الأولى منذ خمس سنوات.

المجلة: وما خططكم المقبلة؟

العبادي: سنطلق ثلاثة خطوط جديدة إلى آسيا.
"""


def test_labels_that_name_the_two_sides():
    answers = [q for q in quotes(NAMED, "ar") if q.cue.text == "العبادي"]
    assert [q.text for q in answers] == [
        "الأداء جيد، وحققنا أرباحا للمرة الأولى منذ خمس سنوات",
        "سنطلق ثلاثة خطوط جديدة إلى آسيا",
    ]
    assert all(q.speaker.text in ("العبادي", "كريم فؤاد العبادي") for q in answers)


def test_one_colon_is_not_an_interview():
    text = "وقال الوزير: الخطة جاهزة.\n\nالمصدر: وكالة الأنباء.\n"
    assert not any(q.cue.text == "المصدر" for q in quotes(text, "ar"))
