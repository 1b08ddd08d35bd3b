"""Arabic speech verbs agree with their speaker: a feminine verb is no man's words."""

from bayan import analyze
from bayan.quotes.context import build_context
from bayan.quotes.gender import verb_gender


def speakers(text):
    article = analyze(text, lang="ar", published="2025-03-10")
    return {q.cue.text: (q.speaker.text if q.speaker else None) for q in article.quotes}


def test_a_feminine_verb_continues_the_body_not_the_man_quoted_last():
    text = (
        "أعلنت وزارة الخارجية أن الوزير سيزور الرياض. وقال المحلل السياسي خالد سالم العتيبي إن الزيارة مهمة. "
        "وأضافت أن جدول الزيارة سيعلن لاحقا."
    )
    assert speakers(text)["وأضافت"] == "وزارة الخارجية"


def test_a_feminine_verb_continues_a_woman_introduced_with_her_title():
    text = (
        "قالت الوزيرة هيلغا برونر إن الاتفاق متوازن. وقال النائب سعيد ناصر الحارثي إن الاتفاق ناقص. "
        "وأوضحت أن التنفيذ يبدأ الشهر المقبل."
    )
    assert speakers(text)["وأوضحت"] == "هيلغا برونر"


def test_a_masculine_verb_still_continues_the_man():
    text = "وقالت الوزيرة هيلغا برونر إن الاتفاق متوازن. وقال النائب سعيد ناصر الحارثي إن الاتفاق ناقص. وأضاف أن المجلس سيصوت ضده."
    assert speakers(text)["وأضاف"] == "سعيد ناصر الحارثي"


def test_verb_gender_reads_the_form_with_its_conjunction():
    article = analyze("وأضافت أن الاتفاق تم. وأضاف أن الاتفاق تم. وتابع.", lang="ar")
    ctx = build_context(article, "ar")
    genders = [verb_gender(ctx, i) for i, token in enumerate(ctx.tokens) if token.text in ("وأضافت", "وأضاف")]
    assert genders == ["f", "m"]


def test_languages_that_do_not_mark_it_have_no_gender():
    article = analyze("انہوں نے کہا کہ معاہدہ ہو گیا۔", lang="ur")
    ctx = build_context(article, "ur")
    assert all(verb_gender(ctx, i) is None for i in range(len(ctx.tokens)))


def test_a_feminine_honorific_pronoun_is_the_woman_with_that_style():
    text = (
        "استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية الوفد المشارك. "
        "كما التقى معاليه بمعالي ريم بنت إبراهيم الهاشمي وزيرة دولة لشؤون التعاون الدولي. "
        "وأكدت معاليها خلال اللقاء أن التعاون بين البلدين يشهد تطورا ملحوظا."
    )
    assert speakers(text)["وأكدت"] == "ريم بنت إبراهيم الهاشمي"


def test_a_masculine_body_after_a_feminine_verb_is_its_object():
    text = (
        "أكدت المتحدثة الرسمية باسم وزارة الخارجية السفيرة هيلغا برونر أن الكويت ترفض الاعتداءات. "
        "وطالبت مجلس الأمن الدولي بـ«تحمل مسؤولياته ووقف الانتهاكات»."
    )
    assert speakers(text)["وطالبت"] == "هيلغا برونر"


def test_a_feminine_verb_does_not_continue_the_man_who_received_the_call():
    text = (
        "وكان الدكتور مصطفى مدبولي قد تلقى، مساء أمس، اتصالا هاتفيا من كريستالينا جورجيفا، المديرة العامة "
        "لصندوق النقد الدولي، أكدت خلاله دعم الصندوق لجهود مصر."
    )
    assert speakers(text)["أكدت"] == "كريستالينا جورجيفا"


def test_a_body_named_with_a_masculine_head_keeps_a_masculine_verb():
    text = "وكان مصرف البحرين المركزي قد حذر من أن المقترح قد ينعكس سلبا على تقييم المملكة."
    assert speakers(text)["حذر"] == "مصرف البحرين المركزي"
