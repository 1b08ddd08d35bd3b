"""Quotations: each cue family, content boundaries and each speaker-resolution path."""

import pytest

from bayan import analyze


def quotes(text, lang):
    article = analyze(text, lang=lang, published="2025-03-10")
    out = []
    for q in article.quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
            if q.speaker.pronoun:
                p = q.speaker.pronoun
                assert text[p.start:p.end] == p.text
        out.append(q)
    return out


def test_urdu_indirect_with_ke():
    [q] = quotes("لاہور (نمائندہ خصوصی) صوبائی وزیر تعلیم ندیم اصغر باجوہ نے کہا کہ نئے اسکول اگلے سال کھولے جائیں گے۔", "ur")
    assert q.kind == "indirect"
    assert q.text == "نئے اسکول اگلے سال کھولے جائیں گے"
    assert q.speaker.text == "ندیم اصغر باجوہ"
    assert "کہا" in q.cue.text


def test_urdu_direct_colon_and_marks_spanning_sentences():
    text = 'وزیر خزانہ کامران افضل چیمہ نے کہا: "مہنگائی کم ہو رہی ہے۔ ہم ہدف حاصل کریں گے۔" اس کے بعد اجلاس ختم ہوا۔'
    [q] = quotes(text, "ur")
    assert q.kind == "direct"
    assert q.text == "مہنگائی کم ہو رہی ہے۔ ہم ہدف حاصل کریں گے۔"


def test_urdu_pronoun_speaker_resolves_to_last_speaker():
    text = (
        "سینیٹر فرحانہ یوسف نے کہا کہ بجٹ عوام دشمن ہے۔ "
        "انہوں نے مزید کہا کہ حکومت نے عمران خان کے دور کی پالیسیاں بھی ختم کر دیں۔ "
        "انہوں نے کہا کہ اپوزیشن احتجاج کرے گی۔"
    )
    qs = quotes(text, "ur")
    assert len(qs) == 3
    for q in qs[1:]:
        assert q.speaker.text == "فرحانہ یوسف"
        assert q.speaker.pronoun.text == "انہوں"


def test_urdu_kehna_tha_and_ke_mutabiq():
    text = (
        "وزیر داخلہ راشد منیر قریشی کا کہنا تھا کہ سرحد پر نگرانی سخت کر دی گئی ہے۔ "
        "ذرائع کے مطابق اجلاس میں نئی حکمت عملی کی منظوری دی گئی۔"
    )
    first, second = quotes(text, "ur")
    assert first.speaker.text == "راشد منیر قریشی" and first.kind == "indirect"
    assert second.speaker is None
    assert second.text.startswith("اجلاس میں نئی حکمت عملی")


def test_urdu_bare_title_resolves_to_the_person_named_with_it():
    text = (
        "وزیر اعلیٰ پنجاب فائزہ ملک نے اسپتال کا دورہ کیا۔ "
        "وزیر اعلیٰ نے کہا کہ مریضوں کو مفت ادویات ملیں گی۔"
    )
    [q] = quotes(text, "ur")
    assert q.speaker.text == "فائزہ ملک"


def test_law_is_not_a_speaker():
    assert quotes("قانون کے مطابق ہر شہری کو ووٹ کا حق حاصل ہے اور یہ حق کوئی نہیں چھین سکتا۔", "ur") == []


def test_urdu_headline_attribution():
    text = "آرمی چیف: دہشت گردوں کا پیچھا آخری حد تک کریں گے\nراولپنڈی (آئی ایس پی آر) آرمی چیف جنرل طارق سلیم نے آج جوانوں سے خطاب کیا۔"
    qs = quotes(text, "ur")
    assert qs[0].kind == "direct" and qs[0].text == "دہشت گردوں کا پیچھا آخری حد تک کریں گے"
    assert qs[0].speaker.text == "طارق سلیم"


def test_persian_direct_indirect_and_pronoun():
    text = (
        "تهران - ایرنا - بهرام نیک‌نام سخنگوی وزارت نیرو گفت: «خاموشی‌ها تا پایان هفته تمام می‌شود.» "
        "وی افزود که نیروگاه‌های جدید وارد مدار شده‌اند."
    )
    first, second = quotes(text, "fa")
    assert first.kind == "direct" and first.text == "خاموشی‌ها تا پایان هفته تمام می‌شود."
    assert first.speaker.text == "بهرام نیک‌نام"
    assert second.kind == "indirect" and second.speaker.text == "بهرام نیک‌نام"
    assert second.speaker.pronoun.text == "وی"


def test_persian_be_gofte():
    [q] = quotes("به گفته سعید رحمانی معاون وزیر، واردات دارو افزایش یافته است.", "fa")
    assert q.speaker.text == "سعید رحمانی" and q.text == "واردات دارو افزایش یافته است"


def test_arabic_verb_first_and_implicit_continuation():
    text = (
        "الرياض - واس: قال وزير الطاقة خالد بن سالم العتيبي إن الإنتاج سيرتفع العام المقبل. "
        "وأضاف أن الأسواق مستقرة."
    )
    first, second = quotes(text, "ar")
    assert first.text == "الإنتاج سيرتفع العام المقبل" and first.speaker.text == "خالد بن سالم العتيبي"
    assert second.text == "الأسواق مستقرة" and second.speaker.text == "خالد بن سالم العتيبي"


def test_arabic_colon_direct_and_honorific_pronoun():
    text = (
        'استقبل الشيخ حمدان بن راشد وزير الخارجية. وأكد سموه: "علاقاتنا راسخة." '
    )
    [q] = quotes(text, "ar")
    assert q.kind == "direct" and q.text == "علاقاتنا راسخة."
    assert q.speaker.text == "حمدان بن راشد" and q.speaker.pronoun.text == "سموه"


def test_quote_inside_quote_stays_in_the_outer_one():
    text = 'مولانا احسان الحق نے کہا: "قرآن کہتا ہے کہ \'صبر کرنے والوں کے ساتھ اللہ ہے\'، اس لیے ہم ثابت قدم رہیں گے۔"'
    qs = quotes(text, "ur")
    assert len(qs) == 1 and "ثابت قدم" in qs[0].text and "صبر کرنے والوں" in qs[0].text


@pytest.mark.parametrize("lang", ["ur", "fa", "ar"])
def test_unpaired_mark_does_not_swallow_the_article(lang):
    text = 'X نے کہا: "بات ادھوری\nدوسرا پیراگراف یہاں ہے۔'
    for q in quotes(text, lang):
        assert "\n" not in q.text


def test_persian_framing_clause_is_a_report_of_its_own():
    text = "وزیر امور خارجه عباس عراقچی با بیان اینکه حجم مبادلات دو کشور ۲۵ درصد رشد داشته است، افزود: خط کشتیرانی به زودی راه‌اندازی می‌شود."
    found = quotes(text, "fa")
    framed = [q for q in found if q.cue.text == "با بیان اینکه"]
    assert [q.text for q in framed] == ["حجم مبادلات دو کشور ۲۵ درصد رشد داشته است"]
    assert framed[0].speaker.text == "عباس عراقچی"
    assert any(q.text.startswith("خط کشتیرانی") for q in found)


def test_urdu_verdict_quotes_what_lies_between_ne_and_the_cue():
    [q] = quotes("وفاقی وزیر نجیب اللہ میمن نے تاجر رہنماؤں کے الزامات کو بے بنیاد قرار دیا۔", "ur")
    assert q.text == "تاجر رہنماؤں کے الزامات کو بے بنیاد"
    assert q.speaker.text == "نجیب اللہ میمن"


def test_urdu_verdict_after_another_act_of_its_subject_starts_after_and():
    text = "ایم کیو ایم کے سینیٹر عامر حسین صدیقی نے بل کی حمایت کی اور اسے معیشت کی جانب اہم قدم قرار دیا۔"
    [q] = quotes(text, "ur")
    assert q.text == "اسے معیشت کی جانب اہم قدم"
    assert q.speaker.text == "عامر حسین صدیقی"


def test_according_to_a_schedule_quotes_no_one():
    text = "طبق برنامه اعلام‌شده، وزیر راه عصر امروز از فرودگاه بازدید می‌کند."
    assert quotes(text, "fa") == []


def test_urdu_auxiliary_between_cue_and_ke():
    text = "امیر جماعت حافظ نعیم الرحمان نے خبردار کیا ہے کہ مطالبات تسلیم نہ ہونے پر لانگ مارچ ہوگا۔"
    [q] = quotes(text, "ur")
    assert q.text == "مطالبات تسلیم نہ ہونے پر لانگ مارچ ہوگا"


def test_urdu_verdict_and_a_report_in_one_sentence():
    text = "وزارت داخلہ کے ترجمان نے الزامات کو بے بنیاد قرار دیا اور کہا کہ پولیس ہر ممکن کوشش کر رہی ہے۔"
    texts = [q.text for q in quotes(text, "ur")]
    assert "الزامات کو بے بنیاد" in texts
    assert "پولیس ہر ممکن کوشش کر رہی ہے" in texts


def test_urdu_according_to_an_abbreviation_in_brackets():
    text = "پاک فوج کے شعبہ تعلقات عامہ (آئی ایس پی آر) کے مطابق ہیلی کاپٹروں نے دو سو افراد کو محفوظ مقام پر منتقل کیا۔"
    [q] = quotes(text, "ur")
    assert q.speaker is not None and "آئی ایس پی آر" in q.speaker.text


def test_persian_the_holder_of_an_office_speaks_not_the_body():
    text = (
        "رئیس کل بانک مرکزی محمدرضا فرزین روز گذشته گفت: نرخ تورم کاهش یافته است. "
        "به گفته رئیس کل بانک مرکزی، ذخایر ارزی کشور در وضعیت مطلوبی قرار دارد."
    )
    found = quotes(text, "fa")
    assert found and all(q.speaker.text == "محمدرضا فرزین" for q in found)


def test_persian_a_bare_title_is_no_person_of_its_own():
    text = "آیت‌الله سید علی خامنه‌ای رهبر انقلاب اسلامی امروز با مردم دیدار کرد. رهبر انقلاب گفتند که آمریکا شریک جنایات است."
    [q] = [q for q in quotes(text, "fa") if "آمریکا" in q.text]
    assert "خامنه‌ای" in q.speaker.text


def test_persian_verdict_with_ra():
    text = "سپاه پاسداران انقلاب اسلامی در بیانیه‌ای این تحریم‌ها را «اقدامی خصمانه و مذبوحانه» خواند."
    [q] = quotes(text, "fa")
    assert q.text == "این تحریم‌ها را «اقدامی خصمانه و مذبوحانه»"
    assert q.cue.text == "خواند"
    assert q.speaker.text.startswith("سپاه پاسداران")


def test_persian_our_countrys_minister_is_the_home_one():
    text = (
        "تهران - ایرنا - عباس عراقچی وزیر امور خارجه ایران و بدر البوسعیدی وزیر امور خارجه عمان امروز دیدار کردند. "
        "وزیر امور خارجه کشورمان گفت: روابط دو کشور رو به گسترش است."
    )
    [q] = [q for q in quotes(text, "fa") if q.text.startswith("روابط")]
    assert "عراقچی" in q.speaker.text


def test_a_quotation_standing_alone_continues_the_speaker_before_it():
    text = (
        "پشاور (نمائندہ خصوصی) تاجر رہنما شاہ ولی شینواری نے بتایا کہ ان کے گوداموں میں پھل گل سڑ رہے ہیں۔\n\n"
        "'ہر روز ایک ٹرک کا کرایہ اور ڈرائیور کا خرچہ ہمارے سر پڑ رہا ہے۔ سیاست کی سزا ہمیں کیوں؟'\n"
    )
    [q] = [q for q in quotes(text, "ur") if q.text.startswith("ہر روز")]
    assert q.cue is None and q.kind == "direct"
    assert q.speaker.text == "شاہ ولی شینواری"
    assert q.text.endswith("کیوں؟")


def test_a_quoted_name_opening_a_sentence_is_not_a_quotation():
    text = 'لاہور (نمائندہ خصوصی) "آپریشن صفائی" کے تحت شہر بھر میں تجاوزات کے خلاف کارروائی جاری ہے۔'
    assert not quotes(text, "ur")


def test_urdu_speaker_after_the_quotation():
    text = 'کسان رہنما رائے ذوالفقار کھرل نے کمیٹی مسترد کر دی۔ "ہم پہلے بھی کمیٹیوں کے وعدے دیکھ چکے ہیں،" انہوں نے کہا۔'
    [q] = [q for q in quotes(text, "ur") if q.text.startswith("ہم پہلے")]
    assert q.speaker.text == "رائے ذوالفقار کھرل"


def test_urdu_in_someones_view_and_their_demand():
    text = (
        "ماہر معاشیات ڈاکٹر نوید حمید قریشی کے خیال میں حکومت کے پاس زیادہ گنجائش نہیں۔ "
        "کسان رہنما رائے ذوالفقار کھرل نے پریس کانفرنس کی۔ ان کا مطالبہ تھا کہ گرفتار کسانوں کو فوری رہا کیا جائے۔"
    )
    found = {q.text: q.speaker.text for q in quotes(text, "ur")}
    assert found["حکومت کے پاس زیادہ گنجائش نہیں"] == "نوید حمید قریشی"
    assert found["گرفتار کسانوں کو فوری رہا کیا جائے"] == "رائے ذوالفقار کھرل"


def test_persian_verdict_with_a_long_object_after_a_comma():
    text = (
        "سرگئی لاوروف در این تماس تلفنی، توقیف اخیر یک نفتکش حامل محموله ایرانی در دریای عمان از سوی "
        "نیروی دریایی آمریکا را «راهزنی دریایی» خواند."
    )
    [q] = quotes(text, "fa")
    assert q.text.startswith("توقیف اخیر یک نفتکش")


def test_urdu_bare_portfolio_title_finds_the_minister_introduced_with_it():
    text = (
        "اسلام آباد (نمائندہ خصوصی) وفاقی وزیر آبی وسائل میاں محمد معین وٹو نے کہا کہ پانی کی تقسیم منصفانہ ہے۔ "
        "سینیٹر شازیہ عباس شیخ نے کہا کہ سندھ کو پانی نہیں مل رہا۔ "
        "وزیر آبی وسائل نے بتایا کہ ڈیموں میں پانی کی سطح بہتر ہے۔"
    )
    [q] = [q for q in quotes(text, "ur") if q.text.startswith("ڈیموں")]
    assert q.speaker.text == "میاں محمد معین وٹو"


def test_urdu_the_court_is_the_court_named_before():
    text = (
        "لاہور (نمائندہ خصوصی) لاہور ہائیکورٹ نے صحافی کی ضمانت منظور کر لی۔ "
        "عدالت نے ریمارکس دیے کہ تنقید اور جھوٹی خبر میں فرق ہوتا ہے۔"
    )
    [q] = [q for q in quotes(text, "ur") if q.text.startswith("تنقید")]
    assert q.speaker.text == "لاہور ہائیکورٹ"


def test_persian_framing_with_words_in_marks_ends_at_the_closing_mark():
    text = (
        "شهرام دبیری معاون پارلمانی رئیس‌جمهور با بیان اینکه «استیضاح حق مسلم مجلس است»، "
        "از نمایندگان خواست به وزیر فرصت دهند."
    )
    found = quotes(text, "fa")
    assert [(q.kind, q.text) for q in found] == [("direct", "استیضاح حق مسلم مجلس است")]
    assert found[0].speaker.text == "شهرام دبیری"


def test_a_headline_of_two_parts_attributes_the_second():
    text = (
        "امضای سه سند همکاری اقتصادی ایران و عراق؛ مدنی‌زاده: مطالبات گازی با صادرات کالا تسویه شود\n\n"
        "به گزارش خبرگزاری مهر، وزیر اقتصاد علی مدنی‌زاده امروز با همتای عراقی خود دیدار کرد."
    )
    [q] = [q for q in quotes(text, "fa") if q.text.startswith("مطالبات")]
    assert q.kind == "direct" and q.speaker.text == "مدنی‌زاده"


def test_arabic_demand_and_feeling_report_what_follows_the_speaker():
    found = quotes("وطالب وزير الخارجية أيمن الصفدي المجتمع الدولي باتخاذ إجراءات عملية رادعة.", "ar")
    assert [q.text for q in found] == ["المجتمع الدولي باتخاذ إجراءات عملية رادعة"]
    found = quotes("وأعرب سموه كذلك عن إدانة دولة قطر الشديدة للقصف الذي استهدف مخيما للنازحين.", "ar")
    assert [q.text for q in found] == ["إدانة دولة قطر الشديدة للقصف الذي استهدف مخيما للنازحين"]


@pytest.mark.parametrize("subject", ["رئيسة الوفد", "المجلس"])
def test_arabic_feeling_is_reported_after_its_preposition_whatever_the_subject(subject):
    found = quotes(f"من جانبها، أعربت {subject} عن تقدير البرلمان الأوروبي للدور الذي تضطلع به مصر.", "ar")
    assert [q.text for q in found] == ["تقدير البرلمان الأوروبي للدور الذي تضطلع به مصر"]


def test_persian_verdict_object_may_end_in_a_name_it_governs():
    text = "مسعود پزشکیان تحریم‌های یکجانبه آمریکا را «جنگ اقتصادی علیه ملت‌های مستقل» توصیف کرد و افزود مبادلات با پول ملی ادامه می‌یابد."
    found = quotes(text, "fa")
    verdict = [q for q in found if q.cue.text == "توصیف کرد"]
    assert [q.text for q in verdict] == ["تحریم‌های یکجانبه آمریکا را «جنگ اقتصادی علیه ملت‌های مستقل»"]
    assert verdict[0].speaker.text == "مسعود پزشکیان"


def test_a_verdict_without_its_object_quotes_nothing_after_it():
    text = "سخنگوی دولت در این نشست وضعیت را مناسب توصیف کرد و برنامه‌های دولت را تشریح کرد."
    assert not [q for q in quotes(text, "fa") if q.text.startswith("و ")]


def test_persian_verdict_object_does_not_reach_into_an_earlier_clause():
    text = (
        "وزیر صنعت محمد اتابک، اتهام رانت در واردات خودرو را قاطعانه رد کرد و قطعی برق صنایع در زمستان "
        "گذشته را عامل اصلی افت تولید خواند."
    )
    for q in quotes(text, "fa"):
        assert "رد کرد" not in q.text


def test_urdu_members_of_a_group_speak_as_the_group():
    text = "وزارت ریلوے کے حکام نے کابینہ کو بتایا کہ تینوں ممالک کے وزرائے ریلوے آئندہ ماہ تاشقند میں معاہدے پر دستخط کریں گے۔"
    [q] = quotes(text, "ur")
    assert q.speaker.text == "وزارت ریلوے"


def test_urdu_a_delegation_told_again_alone_is_its_group():
    text = "فیصل آباد چیمبر آف کامرس کے وفد نے وزیر اعلیٰ سے ملاقات کی۔ وفد نے مطالبہ کیا کہ گیس بحال کی جائے۔"
    [q] = quotes(text, "ur")
    assert q.speaker.text == "فیصل آباد چیمبر آف کامرس"


def test_urdu_an_adverb_before_a_body_is_not_the_speaker():
    [q] = quotes("بعد ازاں عدالت نے الیکشن کمیشن کو ہدایت کی کہ شیڈول جمع کرایا جائے۔", "ur")
    assert q.speaker.text == "عدالت"


def test_urdu_reported_words_end_before_a_contrasted_report_of_their_own():
    text = (
        "جلسے سے خطاب میں تحریک تحفظ آئین پاکستان کے قائدین نے مطالبہ کیا کہ ترمیم فوری طور پر واپس لی جائے، "
        "جبکہ اعلان کیا گیا کہ اگر حکومت نے مذاکرات کی پیشکش نہ کی تو اسلام آباد کی طرف مارچ ہوگا۔"
    )
    texts = [q.text for q in quotes(text, "ur")]
    assert "ترمیم فوری طور پر واپس لی جائے" in texts


def test_arabic_a_name_in_marks_opens_reported_words_that_go_on():
    text = "وأعلن عضو تكتل «الجمهورية القوية» النائب ربيع الحداد أن «القوات» لن تشارك في حكومة تكرس أعرافا مخالفة."
    [q] = quotes(text, "ar")
    assert q.text.startswith("«القوات» لن تشارك")
    assert q.speaker.text == "ربيع الحداد"


def test_arabic_the_paper_spoken_to_in_marks_is_no_quote():
    text = "وأضاف النائب ربيع الحداد في حديث إلى «النهار»: «ذهبنا إلى الاستشارات بنية التسهيل»."
    assert [q.text for q in quotes(text, "ar")] == ["ذهبنا إلى الاستشارات بنية التسهيل"]


def test_persian_this_economist_is_the_person_just_named():
    text = (
        "فرهاد نیک‌آیین، اقتصاددان و استاد دانشگاه، به سیاست‌های پولی دولت انتقاد کرد. "
        "به گفته این اقتصاددان، رشد نقدینگی همچنان بالای ۲۸ درصد است."
    )
    [q] = [q for q in quotes(text, "fa") if q.text.startswith("رشد")]
    assert q.speaker.text == "فرهاد نیک‌آیین"


def test_arabic_marks_closing_a_reported_phrase_keep_the_whole_phrase():
    text = "وجددت وزارة الخارجية التأكيد على رفض دولة قطر القاطع استهداف المدنيين والعاملين في المجال الإنساني «مهما كانت الدوافع والمبررات»."
    [q] = quotes(text, "ar")
    assert q.text.startswith("رفض دولة قطر القاطع") and "مهما كانت الدوافع" in q.text


def test_urdu_the_place_of_an_office_is_not_the_speaker():
    text = "گورنر پنجاب سردار سلیم حیدر خان نے ترک قونصل جنرل سے ملاقات کی۔ گورنر پنجاب نے کہا کہ پاکستان اور ترکیہ کی دوستی عوام کی دوستی ہے۔"
    [q] = quotes(text, "ur")
    assert q.speaker.text == "سردار سلیم حیدر خان"


def test_urdu_a_pronoun_after_the_sentences_own_subject_is_that_subject():
    text = (
        "اسپیکر سردار ایاز صادق نے کہا کہ اجلاس کی کارروائی جاری رہے گی۔ "
        "صدر آصف علی زرداری نے اسٹیٹ بینک کی کارکردگی کو سراہا، تاہم ان کا کہنا تھا کہ ٹیکس کا بوجھ تنخواہ دار طبقے پر ڈالنا درست نہیں۔"
    )
    [q] = [q for q in quotes(text, "ur") if q.text.startswith("ٹیکس")]
    assert q.speaker.text == "آصف علی زرداری"


def test_arabic_criticism_reports_what_was_criticised_and_a_striking_adjective_is_no_cue():
    text = (
        "وشهدت الجلسة مداخلات لافتة، إذ انتقدت عضو المجلس الدكتورة هند بنت سعود القحطاني ما وصفته "
        "بـ«الفجوة الواسعة بين الأرقام في التقرير وما يعيشه الناس»."
    )
    [q] = quotes(text, "ar")
    assert q.cue.text == "انتقدت" and q.speaker.text == "هند بنت سعود القحطاني"


def test_persian_headline_title_is_the_person_whose_office_follows_his_name_and_a_comma():
    text = (
        "استاندار خوزستان: حقابه شادگان قطع نمی‌شود\n\n"
        "محمدجواد بهبهانی‌پور، استاندار خوزستان که سه‌شنبه به شادگان رفته بود، با کشاورزان گفت‌وگو کرد."
    )
    [headline] = [q for q in quotes(text, "fa") if q.text.startswith("حقابه")]
    assert headline.speaker.text == "محمدجواد بهبهانی‌پور"


def test_persian_clause_opening_with_an_office_is_its_holder_speaking():
    text = (
        "سید عباس عراقچی وزیر امور خارجه روز شنبه با کایا کالاس گفت‌وگو کرد. "
        "وزیر امور خارجه در این تماس، تصمیم شورای اتحادیه اروپا را «اقدامی غیرقانونی» خواند و "
        "تصریح کرد ایران منفعل نخواهد ماند."
    )
    assert {q.speaker.text for q in quotes(text, "fa")} == {"سید عباس عراقچی"}


def test_persian_governor_of_a_province_the_dictionary_lacks():
    text = "حسن نوروزی‌فر استاندار گلستان امروز در جمع گندمکاران حاضر شد. استاندار گلستان اظهار داشت با وزیر دیدار خواهد کرد."
    [q] = quotes(text, "fa")
    assert q.speaker.text == "حسن نوروزی‌فر"


def test_a_pronoun_after_a_title_resolved_speaker_is_that_speaker_not_someone_named_before():
    text = (
        "سکھر (این این آئی) وفاقی وزیر برائے آبی وسائل رانا ذیشان اختر کھرل نے کہا ہے کہ منصوبہ تاخیر کا شکار نہیں ہوگا۔ "
        "عبدالکریم تالپور کا کہنا تھا کہ آبادگار دھرنا دیں گے۔ "
        "وفاقی وزیر نے الزام لگایا کہ فنڈز دوسرے منصوبوں پر خرچ کیے گئے۔ "
        "انہوں نے کمپنیوں کو خبردار کرتے ہوئے کہا کہ ناقص میٹریل برداشت نہیں کیا جائے گا۔"
    )
    [q] = [q for q in quotes(text, "ur") if q.text.startswith("ناقص")]
    assert q.speaker.text == "رانا ذیشان اختر کھرل"


def test_urdu_participle_cue_gives_way_to_the_report_it_sets():
    # "رولنگ دیتے ہوئے" is the circumstance; "ہدایت کی کہ" reports what was ordered.
    text = "چیئرمین سینیٹ نعیم اختر بھٹی نے رولنگ دیتے ہوئے وزارت خزانہ کو ہدایت کی کہ تفصیلات پیر کو ایوان میں پیش کی جائیں۔"
    [q] = quotes(text, "ur")
    assert q.text == "تفصیلات پیر کو ایوان میں پیش کی جائیں"
    assert "ہدایت" in q.cue.text
    # With no report of its own after it, the participle still introduces the words.
    [q] = quotes("جسٹس نعیم اختر نے ریمارکس دیتے ہوئے کہا کہ حکومت نے عدالتی احکامات پر عمل نہیں کیا۔", "ur")
    assert q.text == "حکومت نے عدالتی احکامات پر عمل نہیں کیا"


def test_urdu_counsel_pleading_is_speech():
    [q] = quotes("وکیل فیصل اقبال نے استدعا کی کہ سماعت دو ہفتوں کیلئے ملتوی کی جائے۔", "ur")
    assert q.speaker.text == "فیصل اقبال" and q.text == "سماعت دو ہفتوں کیلئے ملتوی کی جائے"


def test_urdu_titles_of_one_office_find_its_holder():
    text = (
        "قائد حزب اختلاف سینیٹر نعیم اختر وٹو نے ایوان میں تقریر کی۔ "
        "اپوزیشن لیڈر نے مطالبہ کیا کہ خصوصی کمیٹی تشکیل دی جائے۔"
    )
    demand = [q for q in quotes(text, "ur") if "کمیٹی" in q.text]
    assert demand and demand[0].speaker.text == "نعیم اختر وٹو"
    bench = "جسٹس راحیلہ نسرین اعوان نے کیس کی سماعت کی۔ فاضل جج نے ریمارکس دیے کہ وزارت نے عدالتی احکامات پر عمل نہیں کیا۔"
    remark = [q for q in quotes(bench, "ur") if "احکامات" in q.text]
    assert remark and remark[0].speaker.text == "راحیلہ نسرین اعوان"


def test_urdu_a_minister_with_a_long_portfolio_is_found_again_by_title():
    text = (
        "ریاض (اردو نیوز) پاکستان کے وفاقی وزیر برائے سمندر پار پاکستانی و ترقی انسانی وسائل "
        "چوہدری نعیم اختر نے سعودی حکام سے ملاقات کی۔ وفاقی وزیر نے کہا کہ ویزوں کا کوٹہ بڑھایا جائے۔"
    )
    [q] = quotes(text, "ur")
    assert q.speaker.text == "چوہدری نعیم اختر"


def test_urdu_a_scoped_title_finds_the_minister_introduced_without_the_scope():
    # "صوبائی وزیر" is the provincial minister introduced as "سندھ کے وزیر آبپاشی", not the
    # federal minister named after him.
    text = (
        "کراچی (نمائندہ خصوصی) سندھ کے وزیر آبپاشی علی نواز مہر نے پریس کانفرنس کی۔ "
        "ادھر وفاقی وزیر خزانہ کامران نذیر ملک نے اسلام آباد میں بجٹ پیش کیا۔ "
        "صوبائی وزیر نے مطالبہ کیا کہ نہروں کا پانی فوری بحال کیا جائے۔"
    )
    [q] = [q for q in quotes(text, "ur") if q.text.startswith("نہروں")]
    assert q.speaker.text == "علی نواز مہر"


def test_urdu_a_spokesperson_speaks_for_the_body_named_before():
    text = (
        "کراچی (اسٹاف رپورٹر) ایف بی آر کے ترجمان نے کہا کہ بھتہ خوری کے الزامات بے بنیاد ہیں۔ "
        "ترجمان نے مزید کہا کہ ڈیڈلائن میں توسیع کا کوئی امکان نہیں۔"
    )
    assert [q.speaker.text for q in quotes(text, "ur")] == ["ایف بی آر", "ایف بی آر"]
    # A spokesperson introduced by name stays that person.
    text = (
        "اسلام آباد (اے پی پی) ترجمان دفتر خارجہ ممتاز زہرہ بلوچ نے کہا کہ مذاکرات جاری ہیں۔ "
        "ترجمان نے کہا کہ دورہ شیڈول کے مطابق ہوگا۔"
    )
    assert [q.speaker.text for q in quotes(text, "ur")] == ["ممتاز زہرہ بلوچ", "ممتاز زہرہ بلوچ"]


def test_urdu_the_information_minister_is_no_anonymous_report():
    # "اطلاعات کے مطابق" is an unnamed report; "وزیر اطلاعات نے کہا" is the minister.
    text = (
        "اسلام آباد (اے پی پی) وفاقی وزیر اطلاعات عطا اللہ تارڑ نے ایوان میں بل پیش کیا۔ "
        "وفاقی وزیر اطلاعات نے کہا کہ یہ قانون آزادی صحافت کے خلاف نہیں۔ اطلاعات کے مطابق اجلاس کل ہوگا۔"
    )
    assert [q.speaker.text if q.speaker else None for q in quotes(text, "ur")] == ["عطا اللہ تارڑ", None]


@pytest.mark.parametrize(
    "text",
    [
        "اسلام آباد (نمائندہ خصوصی) ایک سینیئر عہدیدار نے بتایا کہ مشن نے سخت سوالات کیے۔",
        "ملتان (نمائندہ خصوصی) اجلاس میں شریک ایک افسر نے بتایا کہ پانی میں کمی کا تخمینہ پیش کیا گیا۔",
        "لاہور (نمائندہ خصوصی) عینی شاہدین کے مطابق پولیس نے مظاہرین کو گھسیٹا۔",
    ],
)
def test_urdu_unnamed_officials_and_eyewitnesses_are_no_named_speaker(text):
    [q] = quotes(text, "ur")
    assert q.speaker is None


def test_a_short_first_paragraph_with_a_dateline_colon_is_no_headline_quote():
    text = (
        "الرياض - واس: التقى الأمير فيصل بن فرحان وزير الخارجية أمس في الرياض وزير الخارجية الأردني أيمن الصفدي.\n\n"
        "في المقابل، أدان المتحدث باسم الحكومة السورية محمد الحلبي الهجمات على دمشق."
    )
    assert not [q for q in quotes(text, "ar") if q.text.startswith("التقى")]


def test_urdu_a_bare_title_is_its_holder_not_a_former_holder_named_since():
    text = (
        "سرگودھا (نمائندہ خصوصی) وزیراعلیٰ پنجاب مریم نواز نے ہسپتال کا افتتاح کیا۔ "
        "سابق وزیراعلیٰ عثمان بزدار کا نام لیے بغیر وزیراعلیٰ نے کہا کہ پچھلی حکومت نے صرف تختیاں لگائیں۔"
    )
    [q] = quotes(text, "ur")
    assert q.speaker.text == "مریم نواز"


@pytest.mark.parametrize(
    "text,speaker",
    [
        # The body named before the document in the sentence; not the letter's addressee.
        ("وزارت قومی صحت کی جانب سے سندھ کے سیکرٹری صحت کو لکھے گئے خط میں مطالبہ کیا گیا ہے کہ صوبہ فنڈز جاری کرے۔", "وزارت قومی صحت"),
        # A document named alone: the body that spoke last.
        (
            "راولپنڈی (اے پی پی) آئی ایس پی آر کے مطابق سیکیورٹی فورسز نے شمالی وزیرستان میں آپریشن کیا۔ "
            "بیان میں کہا گیا ہے کہ دہشت گردوں کو بیرونی سرپرستی حاصل ہے۔",
            "آئی ایس پی آر",
        ),
        # The body the document is of, told by a common noun for a body named before.
        (
            "میر علی میں اتمانزئی قومی جرگہ منعقد ہوا۔ جرگے کے متفقہ اعلامیے میں مطالبہ کیا گیا کہ متاثرین کو معاوضہ دیا جائے۔",
            "اتمانزئی قومی جرگہ",
        ),
    ],
)
def test_urdu_a_passive_report_in_a_document_is_the_issuing_body_speaking(text, speaker):
    found = quotes(text, "ur")
    assert found and found[-1].speaker is not None and found[-1].speaker.text == speaker


def test_urdu_an_active_report_about_a_document_keeps_its_subject():
    [q] = quotes("وزیر اطلاعات نعیم اختر نے بیان میں کہا کہ حکومت مذاکرات کیلئے تیار ہے۔", "ur")
    assert q.speaker.text == "نعیم اختر"


def test_urdu_single_marks_inside_reported_words_do_not_carry_them_past_the_sentence():
    text = (
        "بیان میں کمپنیوں کو خبردار کیا گیا کہ وہ منصوبوں سے الگ ہو جائیں بصورت دیگر انہیں ’جائز ہدف‘ سمجھا جائے گا۔\n\n"
        "صوبائی وزیر داخلہ ضیاء اللہ لانگو نے کہا کہ اغوا کاروں کو معاف نہیں کیا جائے گا۔"
    )
    found = quotes(text, "ur")
    assert found[0].text.endswith("سمجھا جائے گا") and found[-1].speaker.text == "ضیاء اللہ لانگو"


def test_persian_what_a_statement_says_is_its_issuer_speaking():
    text = (
        "تهران- ایرنا- جبهه پایداری انقلاب اسلامی روز چهارشنبه بیانیه‌ای درباره خاموشی‌ها منتشر کرد. "
        "در این بیانیه که به امضای شورای مرکزی این تشکل رسیده، آمده است: «دولت مسئولیت خاموشی‌ها را نمی‌پذیرد.»"
    )
    found = quotes(text, "fa")
    assert found and found[-1].speaker is not None and "جبهه پایداری" in found[-1].speaker.text


def test_persian_has_come_without_a_document_is_no_cue():
    assert quotes("وزیر خارجه عمان روز دوشنبه به تهران آمده است و با مقامات دیدار می‌کند.", "fa") == []


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "کراچی (اسٹاف رپورٹر) سندھ ہائیکورٹ نے لاپتہ افراد کی درخواستوں کی سماعت کی۔ "
            "بینچ نے ریمارکس دیے کہ پولیس کی کارکردگی مایوس کن ہے۔",
            "سندھ ہائیکورٹ",
        ),
        (
            "لاہور (نمائندہ) پنجاب اسمبلی کا اجلاس اسپیکر کی زیر صدارت ہوا۔ "
            "ایوان نے مطالبہ کیا کہ وفاقی حکومت صوبے کے واجبات فوری ادا کرے۔",
            "پنجاب اسمبلی",
        ),
        (
            "دوحہ (اے پی پی) وزیر اعظم ہاؤس سے جاری اعلامیے کے مطابق امیر قطر نے سرمایہ کاری میں دلچسپی ظاہر کی۔ "
            "قطر انویسٹمنٹ اتھارٹی نے کہا کہ وہ توانائی کے شعبے کا جائزہ لے گی۔ "
            "اعلامیے میں بتایا گیا ہے کہ وزیر اعظم نے امیر قطر کو پاکستان کے دورے کی دعوت دی۔",
            "وزیر اعظم ہاؤس",
        ),
    ],
    ids=["the bench is the court", "the house is the assembly", "a document told again is its issuer's"],
)
def test_urdu_a_body_told_again_by_a_common_noun_is_the_one_named_before(text, speaker):
    found = quotes(text, "ur")
    assert found[-1].speaker is not None and found[-1].speaker.text == speaker


@pytest.mark.parametrize("opening, closing", [("’", "‘"), ("‘", "’")])
def test_urdu_single_marks_quote_either_way_round(opening, closing):
    # BBC Urdu writes ’…‘; others ‘…’. Both open a quote whose speaker follows.
    text = (
        "وزیر داخلہ ناصر علی گوندل نے پیر کو پریس کانفرنس کی۔\n"
        f"{opening}جو بھی قانون ہاتھ میں لے گا اسے گرفتار کیا جائے گا۔ یہ ہمارا آخری فیصلہ ہے۔{closing} انہوں نے خبردار کیا۔"
    )
    [q] = quotes(text, "ur")
    assert q.kind == "direct" and q.speaker.text == "ناصر علی گوندل"
    assert q.text == "جو بھی قانون ہاتھ میں لے گا اسے گرفتار کیا جائے گا۔ یہ ہمارا آخری فیصلہ ہے۔"


def test_orienting_single_marks_keeps_offsets_and_apostrophes():
    from bayan.quotes.content import orient_single_marks

    text = "’ہم تیار ہیں‘ انہوں نے کہا۔\n‘دوسرا’ پیراگراف Qur’an"
    turned = orient_single_marks(text)
    assert len(turned) == len(text)
    assert turned.startswith("‘ہم تیار ہیں’")
    assert turned.split("\n")[1] == "‘دوسرا’ پیراگراف Qur’an"  # already the usual way
    assert orient_single_marks("Qur’an ‘x’") == "Qur’an ‘x’"


def test_persian_a_promise_reports_its_words():
    text = "وزیر اقتصاد علی مدنی‌زاده در پایان قول داد تورم نقطه‌به‌نقطه تا پایان سال به زیر ۳۵ درصد برسد."
    [q] = quotes(text, "fa")
    assert q.speaker.text == "علی مدنی‌زاده" and q.text.startswith("تورم نقطه‌به‌نقطه")


def test_urdu_present_tense_reports_take_their_subject_without_ne():
    text = (
        "تحریک انصاف کے رہنما بیرسٹر علی ظفر نے پیر کو پریس کانفرنس کی۔\n"
        "ماہر معیشت ڈاکٹر عائشہ نور قریشی کہتی ہیں کہ ’حکومت کے پاس وقت کم ہے۔‘\n"
        "وہ کہتی ہیں کہ قرضوں کا بوجھ بڑھ رہا ہے۔"
    )
    found = quotes(text, "ur")
    assert [q.speaker.text for q in found] == ["عائشہ نور قریشی", "عائشہ نور قریشی"]
    assert found[0].kind == "direct" and found[1].text == "قرضوں کا بوجھ بڑھ رہا ہے"


def test_urdu_speaker_after_the_words_with_title_and_office():
    text = (
        '"ہم امن چاہتے ہیں،" وزیر داخلہ محسن نقوی نے کہا۔\n'
        '"کسی کو قانون ہاتھ میں لینے نہیں دیں گے،" وزیر اعلیٰ پنجاب مریم نواز کا کہنا تھا۔'
    )
    found = quotes(text, "ur")
    assert [(q.kind, q.speaker.text) for q in found] == [("direct", "محسن نقوی"), ("direct", "مریم نواز")]


def test_urdu_an_office_of_a_body_is_the_person_first_named_holding_it():
    text = (
        "اسلام آباد: دفتر خارجہ کے ترجمان مبشر حسن گردیزی نے ہفتہ وار بریفنگ دی۔\n"
        "دفتر خارجہ کے ترجمان نے کہا کہ حکومت نے مہلت دی ہے۔\n"
        "ترجمان دفتر خارجہ نے کہا کہ رابطے جاری ہیں۔\n"
        "جماعت اسلامی نے کہا کہ وہ احتجاج کرے گی۔"
    )
    assert [q.speaker.text for q in quotes(text, "ur")] == ["مبشر حسن گردیزی", "مبشر حسن گردیزی", "جماعت اسلامی"]
    # An envoy by the country's adjective and the title alone.
    text = (
        "اسلام آباد: صدر آصف علی زرداری سے کرغز سفیر آئیبیک تولوبائیف نے ملاقات کی۔\n"
        "کرغز سفیر نے یقین دلایا کہ ان کی حکومت طلبہ کی حفاظت کو سنجیدگی سے لیتی ہے۔"
    )
    assert [q.speaker.text for q in quotes(text, "ur")] == ["آئیبیک تولوبائیف"]
