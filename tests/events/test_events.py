"""Events: trigger families, participants, dates, places and status."""

import pytest

from bayan import analyze


def events(text, lang, published="2025-02-08"):
    article = analyze(text, lang=lang, published=published)
    for e in article.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        for p in e.source + e.target:
            assert text[p.start:p.end] == p.text
    return article.events


def names(event):
    return {p.actor.name if p.actor else p.text for p in event.source + event.target}


def test_urdu_meeting_with_dateline_place_and_date():
    text = "اسلام آباد (اے پی پی) وزیر خارجہ نوید اقبال چیمہ نے گزشتہ روز ایرانی سفیر رضا امیری فرد سے ملاقات کی۔"
    [event] = events(text, "ur")
    assert (event.type, event.mode) == ("CONSULT", "meet")
    # The envoy is Iran's ("ایرانی سفیر"): the country takes part too.
    assert names(event) == {"نوید اقبال چیمہ", "رضا امیری فرد", "Iran"}
    assert event.source[0].text == "نوید اقبال چیمہ"
    assert event.date == "2025-02-07" and event.place == "Islamabad"


def test_urdu_condemnation_and_praise():
    text = "وزیر اعظم عارف سلطان نے ایران کی جانب سے حملے کی مذمت کی۔ انہوں نے چین کی حمایت کو سراہا۔"
    found = {e.type: e for e in events(text, "ur")}
    assert "ACCUSE" in found and "Iran" in names(found["ACCUSE"])
    assert "SUPPORT" in found and {"عارف سلطان", "China"} <= names(found["SUPPORT"])


def test_planned_and_cancelled_meetings_are_marked():
    planned = events("وزیر اعظم فہد قیوم آئندہ ہفتے چینی صدر سے ملاقات کریں گے۔", "ur")
    assert planned and planned[0].status == "planned"
    cancelled = events("دیدار علیرضا زاکانی با مهدی چمران که برای امروز برنامه‌ریزی شده بود لغو شد.", "fa")
    assert cancelled and cancelled[0].status == "cancelled"


def test_a_visit_told_in_reported_words_takes_its_status_from_them():
    text = "ترجمان نے تصدیق کی کہ ایرانی وزیر خارجہ سید عباس عراقچی کا طے شدہ دورہ اسلام آباد ملتوی کر دیا گیا ہے۔"
    visits = [e for e in events(text, "ur") if e.type == "CONSULT"]
    assert visits and visits[0].status == "cancelled"
    text = "انہوں نے بتایا کہ اسحاق ڈار آئندہ پیر کو سرکاری دورے پر بیجنگ جائیں گے۔"
    visits = [e for e in events(text, "ur") if e.type == "CONSULT"]
    assert visits and visits[0].status == "planned"


def test_persian_visit_and_phone_call():
    text = "تهران - ایرنا - عباس عراقچی وزیر امور خارجه امروز وارد اسلام‌آباد شد. وی در تماس تلفنی با همتای ترکیه‌ای خود گفت‌وگو کرد."
    kinds = {(e.type, e.mode) for e in events(text, "fa")}
    assert ("CONSULT", "visit") in kinds


def test_arabic_reception_and_agreement():
    text = "أبوظبي - وام: استقبل الشيخ منصور بن سالم اليوم وزير خارجية باكستان. ووقع الجانبان مذكرة تفاهم."
    found = events(text, "ar")
    types = [e.type for e in found]
    assert "CONSULT" in types
    consult = found[types.index("CONSULT")]
    assert "منصور بن سالم" in names(consult) and consult.place == "Abu Dhabi"


def test_act_inside_someones_words_is_not_coded():
    text = 'سینیٹر راحیلہ قاضی نے کہا کہ "دشمن ملک ہم پر حملہ کرے گا۔"'
    assert [e for e in events(text, "ur") if e.type == "ASSAULT"] == []


def test_no_participants_no_event():
    assert events("ملاقات میں مختلف امور پر بات چیت ہوئی۔", "ur") == []


def test_quoted_accusation_is_an_act_against_who_it_names():
    text = "وزیر اطلاعات کامران نثار نے کہا کہ تحریک انصاف نے ملک میں انتشار پھیلایا۔"
    [event] = [e for e in events(text, "ur") if e.type == "ACCUSE"]
    assert event.source[0].text == "کامران نثار"
    assert [p.text for p in event.target] == ["تحریک انصاف"]
    assert event.trigger.text == "انتشار"


def test_an_ultimatum_in_someones_words_is_a_threat():
    text = "اپوزیشن لیڈر ملک شاہد حیات نے کہا کہ اگر کارکنوں کو رہا نہ کیا گیا تو اپوزیشن اجلاس کا بائیکاٹ کرے گی۔"
    [event] = [e for e in events(text, "ur") if e.type == "THREATEN"]
    assert event.source[0].text.endswith("ملک شاہد حیات")
    # Warnings in the idioms of security officials: no "if" needed.
    hunted = "ڈی پی او عمران اللہ خٹک نے کہا کہ حملہ آوروں کا آخری ٹھکانے تک پیچھا کیا جائے گا۔"
    assert "THREATEN" in {e.type for e in events(hunted, "ur")}


def test_praise_inside_quotes_is_support():
    text = 'وقال رئيس الوزراء الباكستاني محمد شهباز شريف إن "قطر شريك موثوق لباكستان".'
    [event] = [e for e in events(text, "ar") if e.type == "SUPPORT"]
    assert {"Qatar"} <= names(event)
    urdu = 'وزیر داخلہ محسن نقوی نے کہا: "اسلام آباد پولیس نے جس مہارت سے یہ کیس حل کیا ہے وہ قابل تحسین ہے۔"'
    [event] = [e for e in events(urdu, "ur") if e.type == "SUPPORT"]
    assert {"Mohsin Naqvi", "Islamabad Capital Territory Police"} <= names(event)


def test_a_visit_to_a_city_is_a_visit_to_its_country():
    text = "مسقط - العمانية: وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط مساء أمس في زيارة رسمية."
    [event] = [e for e in events(text, "ar") if e.type == "CONSULT"]
    assert event.mode == "visit"
    assert "Oman" in names(event)


def test_a_trip_at_home_is_not_a_visit():
    text = "وزیر اعظم شہباز شریف آج لاہور پہنچے جہاں انہوں نے ہسپتال کا افتتاح کیا۔"
    assert [e for e in events(text, "ur") if e.mode == "visit" and "Pakistan" in names(e)] == []


def test_both_sides_are_the_parties_of_the_talks_just_told():
    text = (
        "التقى وزير الخارجية السعودي فيصل بن فرحان وزير خارجية سيراليون أوغسطين موسى كامارا في الرياض اليوم. "
        "ووقع الجانبان عقب اللقاء مذكرة تفاهم لإنشاء لجنة للمشاورات السياسية."
    )
    [agree] = [e for e in events(text, "ar") if e.type == "AGREE"]
    assert "Faisal bin Farhan Al Saud" in names(agree)


def test_what_a_statement_reports_is_coded_with_the_actors_it_names():
    text = "آئی ایس پی آر کے مطابق آرمی چیف جنرل عاصم منیر نے آج افغانستان کا دورہ کیا۔"
    [visit] = [e for e in events(text, "ur") if e.type == "CONSULT"]
    assert "Asim Munir" in names(visit)


def test_the_government_acting_is_the_story_countrys():
    text = "اسلام آباد (اے پی پی) وفاقی کابینہ نے آج بجلی کے نرخوں میں کمی کی منظوری دی۔ حکومت نے تاجروں کو مذاکرات کی دعوت دی۔"
    agree = [e for e in events(text, "ur", published="2026-03-10") if e.type == "AGREE"]
    assert agree and "Federal Cabinet of Pakistan" in names(agree[0])


def test_an_institution_in_passing_is_not_a_party():
    text = "کوئٹہ (نمائندہ خصوصی) قبائلی جرگے اور حکومت کے درمیان مذاکرات کے بعد دھرنا ختم کر دیا گیا۔"
    assert not any("Government of Pakistan" in names(e) for e in events(text, "ur", published="2026-01-05"))


def test_an_accusation_against_the_government_named_without_its_country():
    text = "اسلام آباد (اے پی پی) مولانا فضل الرحمان نے کہا کہ حکومت نے ہم سے جو وعدے کیے تھے ان سے مکر جانا کھلی بدعہدی ہے۔"
    accuse = [e for e in events(text, "ur", published="2024-12-08") if e.type == "ACCUSE"]
    assert accuse and "Government of Pakistan" in names(accuse[0])


def test_a_body_announcing_its_own_act_is_its_source():
    text = "الكويت - كونا - أعلنت وزارة الداخلية اليوم الثلاثاء إحباط محاولة تهريب والقبض على 11 متهما بينهم ثلاثة مواطنين."
    [event] = [e for e in events(text, "ar") if e.type == "COERCE"]
    assert [p.text for p in event.source] == ["وزارة الداخلية"]


def test_a_disparaging_verdict_is_an_accusation():
    text = "تحریک انصاف کے ترجمان راشد نعیم بٹ نے مسلم لیگ ن کی حکومت کو نااہلی اور بدعنوانی کی علامت قرار دیا۔"
    [event] = [e for e in events(text, "ur") if e.type == "ACCUSE"]
    assert event.source[0].text == "راشد نعیم بٹ"
    assert "مسلم لیگ ن" in [p.text for p in event.target]


def test_support_before_a_verdict_of_its_subject_is_coded():
    text = "ایم کیو ایم پاکستان کے سینیٹر عامر حسین صدیقی نے بل کی حمایت کی اور اسے معیشت کی جانب اہم قدم قرار دیا۔"
    assert "SUPPORT" in [e.type for e in events(text, "ur")]


def test_a_praising_verdict_is_support():
    text = "ملائیشیا کے وزیر خارجہ محمد حسن نے وزیراعظم شہباز شریف کے دورے کو دونوں ممالک کے تعلقات میں سنگ میل قرار دیا۔"
    [event] = [e for e in events(text, "ur") if e.type == "SUPPORT"]
    assert event.source[0].text == "محمد حسن"


@pytest.mark.parametrize(
    "text, type_",
    [
        ("پاکستان اور بنگلادیش نے براہ راست پروازوں کی بحالی پر اتفاق کر لیا ہے۔", "AGREE"),
        ("سندھ ہائیکورٹ نے ڈپٹی کمشنر کا حکم نامہ کالعدم قرار دے دیا۔", "REJECT"),
        ("وزیراعظم شہباز شریف نے کہا کہ افغان سرزمین سے حملے اب برداشت نہیں کیے جائیں گے۔", "THREATEN"),
        ("وزیراعلیٰ نعیم اختر نے کہا کہ شہداء کا خون رائیگاں نہیں جانے دیا جائے گا۔", "THREATEN"),
        ("وزیراعلیٰ نعیم اختر نے کہا کہ حملہ آوروں کو ریاست کسی صورت معاف نہیں کرے گی۔", "THREATEN"),
    ],
)
def test_urdu_agreement_annulment_and_warning_phrasings(text, type_):
    assert type_ in [e.type for e in events(text, "ur")]


def test_calling_allegations_baseless_rejects_them():
    text = "تحریک انصاف کے ترجمان راشد نعیم بٹ نے مسلم لیگ ن کے الزامات کو بے بنیاد اور حقائق کے منافی قرار دیا۔"
    found = events(text, "ur")
    assert [e.type for e in found if e.type in ("ACCUSE", "REJECT")] == ["REJECT"]


@pytest.mark.parametrize(
    ("judged", "type_"),
    [
        ("ڈاکٹروں کے مطالبات کو غیر حقیقت پسندانہ", "REJECT"),
        ("ملازمین کی تشویش کو بلاجواز", "REJECT"),
        ("ڈاکٹروں کے مطالبات کو جائز", "SUPPORT"),
    ],
)
def test_a_verdict_on_the_other_sides_demands(judged, type_):
    text = f"دوسری جانب صوبائی وزیر صحت نعیم اختر نے {judged} قرار دیا۔"
    assert [e.type for e in events(text, "ur") if e.type in ("ACCUSE", "REJECT", "SUPPORT")] == [type_]


def test_an_order_to_detain_is_the_detention():
    text = "الكويت - كونا - أمرت النيابة العامة بحبس موظفين اثنين في بلدية الكويت احتياطيا 21 يوما على ذمة التحقيق."
    types = sorted(e.type for e in events(text, "ar"))
    assert types == ["COERCE"]


def test_a_ship_arriving_at_a_port_is_no_visit():
    text = "وصلت إلى ميناء العريش، أمس، سفينة المساعدات الإماراتية محملة بأكثر من 5800 طن من المواد الغذائية."
    assert not [e for e in events(text, "ar") if e.type == "CONSULT"]


def test_an_honorific_pronoun_is_not_a_participant_of_its_own():
    text = "استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزيرة خارجية الإكوادور. ورحب سموه بالوزيرة الضيفة في أبوظبي."
    for event in events(text, "ar"):
        assert "سموه" not in [p.text for p in event.source + event.target]


def test_urdu_bhi_inside_a_light_verb_trigger():
    text = "وزیراعظم شہباز شریف نے ترک صدر رجب طیب اردوان کو دورہ پاکستان کی دعوت بھی دی۔"
    [event] = [e for e in events(text, "ur") if e.type == "REQUEST"]
    assert event.trigger.text == "دعوت بھی دی"


def test_a_participle_continuing_someones_words_is_their_own_act():
    text = (
        "وقال المتحدث باسم الخارجية القطرية ماجد محمد الأنصاري إن الوساطة مستمرة، "
        "محذرا إسرائيل من عواقب أي تصعيد جديد في قطاع غزة."
    )
    [event] = [e for e in events(text, "ar") if e.type == "THREATEN"]
    assert event.source[0].text == "ماجد محمد الأنصاري"
    assert "إسرائيل" in [p.text for p in event.target]
    # Right after the quoted words, without a comma.
    text = 'وقال النائب عبدالوهاب المطيري إن الوزير "وعد المجلس بتقرير ولم يصلنا شيء" مطالبا بإحالة الملف إلى النيابة العامة.'
    [event] = [e for e in events(text, "ar") if e.type == "REQUEST"]
    assert event.source[0].text == "عبدالوهاب المطيري"


def test_urdu_both_leaders_as_the_subject_take_the_parties_of_the_talks_before():
    text = (
        "قطر کے وزیر مملکت محمد بن عبدالعزیز الخلیفی نے پیر کو نائب وزیراعظم اسحاق ڈار سے ٹیلیفون پر بات کی۔ "
        "دفتر خارجہ کے مطابق دونوں رہنماؤں نے اتفاق کیا کہ جدہ اجلاس سے قبل رابطے جاری رکھے جائیں گے۔"
    )
    [event] = [e for e in events(text, "ur") if e.type == "AGREE"]
    assert {"محمد بن عبدالعزیز الخلیفی", "اسحاق ڈار"} <= {p.text for p in event.source + event.target}


def test_urdu_both_ministers_as_the_subject_far_from_the_talks_and_the_verb():
    text = (
        "تاشقند میں نائب وزیراعظم اسحاق ڈار اور ازبکستان کے وزیر خارجہ بختیار سعیدوف کے درمیان مذاکرات ہوئے۔ "
        "ریلوے منصوبے پر کام جاری ہے۔ تجارت کا حجم بڑھ رہا ہے۔ طلبہ کے تبادلے کا پروگرام شروع ہوگا۔ "
        "سیاحت کے شعبے میں بھی پیش رفت ہوئی ہے۔ "
        "دونوں وزرائے خارجہ نے گزشتہ ہفتے کوئٹہ میں ہونے والے حملے کی شدید مذمت کی اور انٹیلی جنس تعاون بڑھانے پر اتفاق کیا۔"
    )
    found = events(text, "ur")
    for type_ in ("ACCUSE", "AGREE"):
        [event] = [e for e in found if e.type == type_]
        assert {"Ishaq Dar", "Bakhtiyor Saidov"} <= names(event)


def test_urdu_blame_in_everyday_words_is_an_accusation():
    text = "صوبائی حکومت کے ترجمان ارشد علی آفریدی نے کہا کہ وفاقی حکومت صوبے کے ساتھ سوتیلی ماں جیسا سلوک کر رہی ہے۔"
    [event] = [e for e in events(text, "ur") if e.type == "ACCUSE"]
    assert event.source[0].text == "ارشد علی آفریدی"


def test_arabic_appreciation_in_someones_words_is_support():
    text = 'وأكد وزير الخارجية أيمن الصفدي، خلال مؤتمر صحفي، أن المملكة "تقدر عاليا المواقف المبدئية التي تتخذها إيرلندا".'
    [event] = [e for e in events(text, "ar") if e.type == "SUPPORT"]
    assert "Ireland" in names(event)


def test_a_spokesperson_named_after_the_verb_reports_what_happened():
    text = (
        "صرح المتحدث باسم الكرملين دميتري بيسكوف للصحفيين، اليوم الثلاثاء، بأن الرئيس فلاديمير بوتين "
        "أجرى مساء أمس اتصالا هاتفيا مع نظيره التركي رجب طيب أردوغان."
    )
    [event] = [e for e in events(text, "ar") if e.type == "CONSULT"]
    assert {"Vladimir Putin"} <= names(event)


def test_the_verbal_noun_a_speech_verb_reports_is_the_speakers_act():
    text = "وأعرب أمير دولة قطر الشيخ تميم بن حمد آل ثاني عن إدانة دولة قطر الشديدة للقصف الذي استهدف مخيما للنازحين في السودان."
    [event] = [e for e in events(text, "ar") if e.type == "ACCUSE"]
    assert event.source[0].text == "الشيخ تميم بن حمد آل ثاني"


def test_a_demand_by_someone_named_only_through_a_pronoun_is_theirs():
    text = (
        "پاک ایران مشترکہ چیمبر کے صدر حاجی حبیب اللہ نوتیزئی نے سرحدی تجارت پر تشویش ظاہر کی۔ "
        "ان کا مطالبہ تھا کہ ایرانی تیل کی سرحدی تجارت کیلئے خصوصی کوٹہ مقرر کیا جائے۔"
    )
    requests = [e for e in events(text, "ur") if e.type == "REQUEST"]
    assert requests and requests[0].source[0].text == "حاجی حبیب اللہ نوتیزئی"


def test_an_urdu_directive_to_an_official_is_a_request():
    text = "وزیراعلیٰ سندھ مراد علی شاہ نے ڈپٹی کمشنر دادو طاہر حسین کھوسو کو ہدایت کی کہ حفاظتی بند کی نگرانی کی جائے۔"
    assert "REQUEST" in [e.type for e in events(text, "ur")]


def test_persian_asking_someone_is_a_request():
    text = "عبدالله رحمانی‌فر نماینده مجلس از دیوان محاسبات کشور خواست گزارش بدهی‌های دولت را منتشر کند."
    assert "REQUEST" in [e.type for e in events(text, "fa")]


def test_a_time_told_earlier_in_the_paragraph_dates_the_events_after_it():
    text = (
        "لاہور (نمائندہ) وزیراعلیٰ پنجاب مریم نواز نے گزشتہ روز قصور کے سیلاب زدہ علاقوں کا دورہ کیا۔ "
        "اس موقع پر ڈائریکٹر جنرل پی ڈی ایم اے سہیل انور ملک نے انہیں امدادی کارروائیوں پر بریفنگ دی۔\n\n"
        "وزیر خارجہ اسحاق ڈار نے ترک ہم منصب ہاکان فیدان سے ملاقات کی۔"
    )
    found = events(text, "ur", published="2025-09-03")
    briefing = next(e for e in found if e.trigger.text == "بریفنگ دی")
    assert (briefing.date, briefing.date_source) == ("2025-09-02", "context")
    meeting = next(e for e in found if e.trigger.text == "ملاقات کی")
    assert meeting.date_source == "dateline"


def test_a_spokesperson_named_alone_later_still_reports_facts():
    text = (
        "قال المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري إن الوساطة مستمرة. "
        "وأضاف الأنصاري أن رئيس مجلس الوزراء الشيخ محمد بن عبدالرحمن آل ثاني بحث الملف في اتصال هاتفي مع وزير الخارجية التركي هاكان فيدان."
    )
    assert [e for e in events(text, "ar") if e.type == "CONSULT"]


def test_urdu_sorrow_at_a_death_is_condolence_not_blame():
    text = "وزیراعظم شہباز شریف نے سابق وزیر اعلیٰ کے انتقال پر گہرے دکھ اور افسوس کا اظہار کیا اور سوگوار خاندان سے تعزیت کی۔"
    assert "ACCUSE" not in [e.type for e in events(text, "ur")]


def test_an_act_performed_by_saying_it_is_the_speakers():
    text = 'وقال وزير الخارجية أيمن الصفدي: "نرفض أي إملاءات إسرائيلية على الشعب الفلسطيني".'
    [event] = [e for e in events(text, "ar") if e.type == "REJECT"]
    assert event.source[0].text == "أيمن الصفدي"


def test_an_act_only_told_in_someones_words_is_still_not_coded():
    text = 'وقال وزير الخارجية أيمن الصفدي: "إسرائيل رفضت كل المقترحات".'
    assert not [e for e in events(text, "ar") if e.type == "REJECT"]


def test_a_separator_character_alone_codes_nothing():
    # (Found by fuzzing: a sentence of tokens with no sentence span of its own.)
    assert analyze("\x1c", lang="ur").events == []


def test_a_bare_title_finds_the_holder_introduced_with_another_title_of_the_office():
    text = (
        "راولپنڈی (اے پی پی) چیف آف آرمی اسٹاف جنرل سید عاصم منیر نے بدھ کو کور ہیڈکوارٹرز کا دورہ کیا۔ "
        "آرمی چیف نے بعد ازاں جوانوں کے بلند حوصلے کو سراہا۔"
    )
    [praise] = [e for e in events(text, "ur") if e.type == "SUPPORT"]
    assert [p.text for p in praise.source] == ["جنرل سید عاصم منیر"]


def test_a_generic_word_for_a_body_acts_as_the_body_named_before():
    text = (
        "اسلام آباد ہائیکورٹ نے گمشدگی کیس کی سماعت کی۔ "
        "عدالت نے پولیس کی رپورٹ مسترد کرتے ہوئے حکم دیا کہ مشترکہ تحقیقاتی ٹیم تشکیل دی جائے۔"
    )
    requests = [e for e in events(text, "ur") if e.type == "REQUEST"]
    assert requests and "اسلام آباد ہائیکورٹ" in [p.text for p in requests[0].source + requests[0].target]


def test_an_arabic_condemnation_codes_the_attack_it_condemns():
    text = (
        "أعربت وزارة الخارجية عن إدانتها الشديدة للهجوم بالطائرات المسيرة الذي شنته قوات الدعم السريع، "
        "فجر أمس، على مستشفى الأبيض التعليمي."
    )
    found = {e.type: e for e in events(text, "ar")}
    assert set(found) == {"ACCUSE", "ASSAULT"}
    assert "وزارة الخارجية" not in [p.text for p in found["ASSAULT"].source + found["ASSAULT"].target]


def test_an_attack_told_again_with_the_article_is_no_new_event():
    text = "وقال مسؤول محلي إن الهجوم وقع قرب مستشفى الأبيض التعليمي وإن قوات الدعم السريع انسحبت بعده."
    assert "ASSAULT" not in [e.type for e in events(text, "ar")]


def test_arabic_holding_someone_responsible_is_an_accusation_carrying_a_letter_is_not():
    blame = events("وفي كلمة خلال الاجتماع حمّل وزير الخارجية عبدالله علي اليحيا جماعة الحوثي مسؤولية الهجوم.", "ar")
    assert [(e.type, [p.text for p in e.target]) for e in blame] == [("ACCUSE", ["جماعة الحوثي"])]
    assert not events("وحمل الوزير رسالة خطية من أمير الكويت إلى الرئيس المصري.", "ar")


def test_a_bench_remarks_are_its_censure():
    text = "چیف جسٹس سرفراز ڈوگر نے ریمارکس دیے کہ سیف سٹی پر اربوں روپے خرچ ہوئے مگر کیمرے کام نہیں کرتے۔"
    assert [e.type for e in events(text, "ur")] == ["ACCUSE"]


def test_a_delegation_told_again_acts_as_its_group():
    text = (
        "کراچی ریٹیلرز اینڈ ہول سیلرز فیڈریشن کے وفد نے گورنر سندھ سے ملاقات کی۔ "
        "وفد نے تاجروں کے مسائل میں ذاتی دلچسپی لینے پر گورنر کا شکریہ ادا کیا۔"
    )
    [praise] = [e for e in events(text, "ur") if e.type == "SUPPORT"]
    assert any("ہول سیلرز فیڈریشن" in p.text for p in praise.source + praise.target)


def test_urdu_national_or_received_is_no_meeting():
    # ملے (met) folds to ملی (national; received): not a trigger on its own.
    text = "نسرین بی بی نے کہا کہ انہیں پاکستان میں کوئی ملی امداد نہیں ملی۔"
    assert "CONSULT" not in [e.type for e in events(text, "ur")]


def test_a_demand_is_made_by_the_resolved_speaker_not_the_nearest_name():
    text = (
        "سینیٹر شاہ زیب خان درانی نے بجٹ پر بحث میں حصہ لیا۔ "
        "چیئرمین سینیٹ یوسف رضا گیلانی کی زیر صدارت اجلاس میں انہوں نے مطالبہ کیا کہ وزیر خزانہ ایوان کو تفصیلات بتائیں۔"
    )
    [demand] = [e for e in events(text, "ur") if e.type == "REQUEST"]
    assert demand.source[0].text == "شاہ زیب خان درانی"


def test_urdu_ki_after_a_trigger_noun_may_be_the_genitive():
    # "درخواست کی سماعت" is the petition's hearing; "درخواست کی کہ" is a request.
    hearing = "جسٹس نعیم اختر نے وکیل شاہد رانجھا کی درخواست کی سماعت جمعرات تک ملتوی کر دی۔"
    assert "REQUEST" not in [e.type for e in events(hearing, "ur")]
    request = "وزیر داخلہ نعیم اختر نے وکلا سے درخواست کی کہ عدالتوں کا بائیکاٹ نہ کیا جائے۔"
    assert "REQUEST" in [e.type for e in events(request, "ur")]


def test_a_verdict_is_blame_praise_or_rejection_in_words_no_list_holds():
    blame = "وزیراعظم نعیم اختر نے بھارتی وزیر داخلہ امیت شاہ کے بیان کو دیوانے کا خواب قرار دیا۔"
    # Someone's words judged: they are rejected, and their speaker blamed.
    assert sorted((e.type, names(e) >= {"نعیم اختر", "Amit Shah"}) for e in events(blame, "ur")) == [("ACCUSE", True), ("REJECT", True)]
    praise = "وزیراعظم نعیم اختر نے چین کے ساتھ معاہدے کو تاریخی قرار دیا۔"
    assert [e.type for e in events(praise, "ur")] == ["SUPPORT"]
    rejection = "وزیر اطلاعات نعیم اختر نے تحریک انصاف کے الزامات کو پرانی فلم کا نیا ٹریلر قرار دیا۔"
    assert [e.type for e in events(rejection, "ur")] == ["REJECT"]
    persian = "نماینده تهران علی حسینی سیاست ارزی دولت را «سردرگم و پرهزینه» خواند."
    assert "ACCUSE" in [e.type for e in events(persian, "fa")]


def test_a_verdict_after_a_participle_and_a_verdict_with_no_one_named():
    both = "پاکستان نے بھارتی وزیر دفاع راج ناتھ سنگھ کے بیان کو سختی سے مسترد کرتے ہوئے اسے اشتعال انگیز قرار دیا ہے۔"
    assert {"REJECT", "ACCUSE"} <= {e.type for e in events(both, "ur")}
    # The allegations' author is not named in the sentence: the rejection is still coded.
    text = "وزیر اطلاعات نعیم اختر نے الزامات لگائے۔ اپوزیشن لیڈر شاہد جوئیہ نے تمام الزامات کو پرانی فلم کا نیا ٹریلر قرار دیا۔"
    [rejection] = [e for e in events(text, "ur") if e.type == "REJECT"]
    assert rejection.source[0].text == "شاہد جوئیہ"


def test_a_verdict_on_allegations_is_a_rejection_whatever_words_blame_in_them():
    # "تشدد" blames, but the verdict judges the allegations of it: they are rejected.
    text = "ڈی آئی جی آپریشنز نعیم اختر رانا نے نجی ٹی وی سے گفتگو میں تشدد کے الزامات کو بے بنیاد قرار دیا۔"
    assert [e.type for e in events(text, "ur")] == ["REJECT"]
    # Speculation and "the impression" a story gave are claims too.
    text = "ترجمان دفتر خارجہ نعیم اختر نے ان قیاس آرائیوں کو بے بنیاد قرار دیا کہ دورہ ملتوی ہو گیا ہے۔"
    assert [e.type for e in events(text, "ur") if e.status is None] == ["REJECT"]


def test_urdu_ultimatum_without_agar():
    text = 'میئر کراچی نعیم اختر نے کہا: "کراچی کا پورا کوٹہ بحال نہ کیا گیا تو ہم یہ معاملہ سندھ ہائیکورٹ میں لے جائیں گے۔"'
    [threat] = [e for e in events(text, "ur") if e.type == "THREATEN"]
    assert threat.trigger.text.startswith("نہ") and threat.trigger.text.endswith("تو")
    # A negation with no "then" and no future act is no ultimatum.
    calm = 'میئر کراچی نعیم اختر نے کہا: "کراچی کا کوٹہ ابھی بحال نہیں ہوا۔"'
    assert "THREATEN" not in [e.type for e in events(calm, "ur")]


def test_an_act_of_someone_else_told_in_indirect_words_is_coded():
    text = "وزیر اطلاعات نعیم اختر نے بتایا کہ وزیراعظم شہباز شریف نے ہدایت کی ہے کہ تحقیقات میرٹ پر کرائی جائیں۔"
    [order] = [e for e in events(text, "ur") if e.type == "REQUEST"]
    assert order.source[0].actor.name == "Shehbaz Sharif"
    # The speaker's own view of what ought to happen is not.
    view = "وزیر اطلاعات نعیم اختر نے کہا کہ حکومت کو اپوزیشن سے مذاکرات کرنے چاہئیں۔"
    assert "CONSULT" not in [e.type for e in events(view, "ur")]


def test_a_country_adjective_names_the_country_taking_part():
    text = "وزیراعظم نعیم اختر نے مقبوضہ کشمیر میں بھارتی قانون کی شدید مذمت کی۔"
    [blame] = [e for e in events(text, "ur") if e.type == "ACCUSE"]
    assert "India" in names(blame)
    arabic = "وأدان وزير الخارجية فيصل بن فرحان الغارات الإسرائيلية على جنوب لبنان."
    assert any("Israel" in names(e) for e in events(arabic, "ar") if e.type == "ACCUSE")
    # Inside a name the adjective is part of the name, not a party of its own.
    inside = "ایرانی وزیر خارجہ عباس عراقچی نے پاکستانی ہم منصب اسحاق ڈار سے ملاقات کی۔"
    [meeting] = events(inside, "ur")
    assert {"Abbas Araghchi", "Ishaq Dar"} <= names(meeting)


def test_persian_expectations_and_pledges_and_urdu_summons():
    expect = "اسماعیل بقائی گفت: «ما از دولت هلند انتظار داریم عاملان این حمله را محاکمه کند.»"
    assert "REQUEST" in [e.type for e in events(expect, "fa")]
    pledge = "وزیر صمت محمد اتابک وعده داد تعهدات معوق خودروسازان تا پایان شهریور تسویه شود."
    assert "AGREE" in [e.type for e in events(pledge, "fa")]
    summon = "اسلام آباد ہائیکورٹ نے سیکرٹری داخلہ کو ذاتی حیثیت میں طلب کر لیا۔"
    assert "REQUEST" in [e.type for e in events(summon, "ur")]


@pytest.mark.parametrize("text, kind", [
    ("چیئرمین کمیٹی عبدالقیوم کاکڑ نے وزیر توانائی اویس لغاری کی غیر حاضری پر سخت برہمی کا اظہار کیا۔", "ACCUSE"),
    ("اسپیکر ایاز صادق نے اپوزیشن ارکان کو تنبیہ کی کہ کارروائی میں رکاوٹ ڈالنے والوں کو معطل کیا جائے گا۔", "THREATEN"),
    ("الیکشن کمیشن نے استحکام پاکستان پارٹی پر پانچ لاکھ روپے جرمانہ عائد کر دیا۔", "SANCTION"),
    ("وزیر آبپاشی شفقت حسین ڈاہا نے سندھ حکومت کو مشترکہ معائنے کی پیشکش کی۔", "AGREE"),
])
def test_urdu_displeasure_warnings_fines_and_offers(text, kind):
    assert kind in [e.type for e in events(text, "ur")]


def test_urdu_bare_pronoun_subject_of_an_intransitive_act():
    text = "سینیٹر نور الحق مروت نے کمیٹی میں سوال اٹھایا۔ بعد ازاں وہ احتجاجاً اجلاس سے واک آؤٹ کر گئے۔"
    [walkout] = [e for e in events(text, "ur") if e.type == "PROTEST"]
    assert walkout.source and walkout.source[0].text == "نور الحق مروت"


def test_a_pronoun_takes_the_person_made_subject_since_the_last_speaker():
    text = (
        "ترجمان شہزاد احمد ملک نے کہا کہ آپریشن جاری ہے۔ "
        "آئی ایس پی آر سے جاری بیان میں بتایا گیا کہ آرمی چیف جنرل نعیم اختر نے میران شاہ کا دورہ کیا۔ "
        "انہوں نے جوانوں کی پیشہ ورانہ مہارت کو سراہا۔"
    )
    [praise] = [e for e in events(text, "ur") if e.type == "SUPPORT"]
    assert praise.source[0].text == "نعیم اختر"


@pytest.mark.parametrize("text", [
    "صدر مملکت آصف علی زرداری نے اپنے تعزیتی پیغام میں مرحوم سید نصیر الدین بخاری کی خدمات کا ذکر کیا۔",
    "صدر آصف علی زرداری نے رجب طیب اردوان کو نشان پاکستان سے نوازا۔",
    'چینی وزیر خارجہ وانگ ای نے کہا کہ "چین اور پاکستان آہنی بھائی ہیں۔"',
])
def test_urdu_condolence_honours_and_friendship_are_support(text):
    assert "SUPPORT" in [e.type for e in events(text, "ur")]


def test_urdu_a_protest_as_the_setting_of_a_speech_and_a_display_are_no_protests():
    setting = "دھرنے سے خطاب کرتے ہوئے انجمن تاجران کے صدر شیخ محمد اکرم بٹ نے کہا کہ تاجر مہنگائی کے بوجھ تلے دبے ہیں۔"
    assert "PROTEST" not in [e.type for e in events(setting, "ur")]
    display = "پیپلز پارٹی کی رکن شمائلہ سومرو نے ارکان سے تحمل کا مظاہرہ کرنے کی اپیل کی۔"
    assert "PROTEST" not in [e.type for e in events(display, "ur")]
    protest = "انجمن تاجران کے کارکنوں نے گزشتہ روز پریس کلب کے سامنے دھرنا دیا۔"
    assert "PROTEST" in [e.type for e in events(protest, "ur")]


def test_urdu_investigations_and_demands_named_as_nouns_are_no_acts():
    # Briefing someone on demands is not demanding; opening an inquiry is not an accusation
    # (the annotators code neither).
    briefed = "وزیراعلیٰ سرفراز بگٹی نے وزیراعظم شہباز شریف کو صوبے کے مطالبات سے آگاہ کیا۔"
    assert "REQUEST" not in [e.type for e in events(briefed, "ur")]
    inquiry = "ایف آئی اے نے نادرا ڈیٹا کی فروخت کے معاملے پر تحقیقات شروع کر دیں۔"
    assert "ACCUSE" not in [e.type for e in events(inquiry, "ur")]


@pytest.mark.parametrize("text, kind", [
    ("میر شاہ نواز رند نے اس تاثر کو رد کرتے ہوئے کہا کہ پاکستان خود دہشت گردی کا نشانہ ہے۔", "REJECT"),
    ("صوبائی وزیر عظمیٰ بخاری نے تحریک استحقاق کی مخالفت کی۔", "REJECT"),
    # (A protest needs an actor: "اپوزیشن ارکان" alone names none, and ڈائس is no one.)
    ("تحریک انصاف کے ارکان نے نعرے لگاتے ہوئے اسپیکر ڈائس کا گھیراؤ کیا۔", "PROTEST"),
    ("محمود خان اچکزئی نے فیصل آباد کے محنت کشوں کو سلام پیش کیا۔", "SUPPORT"),
])
def test_urdu_rejections_protests_and_salutes(text, kind):
    assert kind in [e.type for e in events(text, "ur")]


def test_urdu_a_turn_of_phrase_is_no_place():
    # آڑے (in آڑے ہاتھوں لینا, to take to task) folded like the town of Uri.
    text = "وفاق کو آڑے ہاتھوں لیتے ہوئے وزیر خزانہ ارباب جہانزیب خلیل نے کہا کہ وعدہ پورا نہیں ہوا۔"
    article = analyze(text, lang="ur")
    assert all(e.type != "LOC" for e in article.entities)
    assert "ACCUSE" in [e.type for e in article.events]


def test_a_relative_date_in_words_that_are_an_act_counts_from_publication():
    # The lead dates the story to the day before; "آج" in a later statement is still today.
    text = (
        "کراچی (پی پی آئی) شہر میں گزشتہ روز پولیس مقابلے میں چار ملزمان مارے گئے۔ "
        'انسانی حقوق کمیشن کی رہنما رخسانہ میمن نے آج کہا: "یہ مقابلہ جعلی تھا اور سندھ پولیس اس کی ذمہ دار ہے۔"'
    )
    [blame] = [e for e in events(text, "ur") if e.type == "ACCUSE"]
    assert blame.date == "2025-02-08"


def test_urdu_blame_put_as_a_promise_against_what_was_done():
    text = 'وزیر خزانہ ارباب جہانزیب خلیل نے کہا: "وفاقی حکومت نے ضم شدہ اضلاع کو فنڈز دینے کا وعدہ کیا مگر سات برس بعد بھی ایک روپیہ نہیں دیا۔"'
    assert "ACCUSE" in [e.type for e in events(text, "ur")]
    praise = 'وزیر خزانہ ارباب جہانزیب خلیل نے کہا: "وفاقی حکومت نے ضم شدہ اضلاع کو فنڈز جاری کر دیے ہیں۔"'
    assert "ACCUSE" not in [e.type for e in events(praise, "ur")]


def test_urdu_demands_and_diplomatic_warnings_in_the_words():
    demand = 'وکلا رہنما ناصر محمود کاہلوں نے کہا: "ہمارا مطالبہ ہے کہ پنجاب پولیس کے ذمہ دار افسران کو فوری عہدوں سے ہٹایا جائے۔"'
    assert "REQUEST" in [e.type for e in events(demand, "ur")]
    warning = 'ترجمان طاہرہ ممتاز انصاری نے کہا: "پاکستان اپنے شہریوں کے تحفظ کیلئے ہر ممکن اقدام اٹھانے کا حق محفوظ رکھتا ہے۔"'
    assert "THREATEN" in [e.type for e in events(warning, "ur")]


def test_a_headline_attribution_is_a_quote_but_not_an_act_of_its_own():
    text = (
        "محسن نقوی: بے گناہوں کا خون بہانے والوں کو کیفر کردار تک پہنچائیں گے\n\n"
        "کوئٹہ (اے پی پی) وفاقی وزیر داخلہ محسن نقوی نے آج کوئٹہ کا دورہ کیا۔"
    )
    article = analyze(text, lang="ur", published="2025-02-08")
    assert any(q.kind == "direct" and q.start < text.index("\n") for q in article.quotes)
    assert "THREATEN" not in [e.type for e in article.events]


def test_urdu_protesting_is_a_protest_lodging_a_protest_is_blame():
    protested = "تحریک انصاف کے ارکان نے ایوان میں شدید احتجاج کیا۔"
    assert "PROTEST" in [e.type for e in events(protested, "ur")]
    lodged = "دفتر خارجہ نے بھارتی ناظم الامور کو طلب کر کے شدید احتجاج ریکارڈ کرایا۔"
    assert "ACCUSE" in [e.type for e in events(lodged, "ur")]
    # An envoy summoned and handed a protest note is accused, not asked anything.
    handed = "دفتر خارجہ نے بھارتی ناظم الامور ونیت اگروال کو طلب کر کے احتجاجی مراسلہ ان کے حوالے کیا۔"
    assert [e.type for e in events(handed, "ur")] == ["ACCUSE"]


def test_a_protest_told_again_by_its_noun_is_not_a_new_protest():
    text = (
        "حیدرآباد (نمائندہ خصوصی) سندھ آبادگار اتحاد نے گنے کی قیمت کے خلاف قومی شاہراہ پر دھرنا دیا۔ "
        "رات گئے دھرنے کے شرکا سے خطاب کرتے ہوئے صوبائی وزیر نعیم اختر نے مذاکرات کی پیشکش کی۔ "
        "بعد ازاں سندھ آبادگار اتحاد کا دھرنا رات گئے ختم کر دیا گیا۔"
    )
    assert [e.type for e in events(text, "ur")].count("PROTEST") == 1
    # Another group's protest is a protest of its own.
    text += " ادھر جماعت اسلامی نے مہنگائی کے خلاف کراچی پریس کلب کے باہر مظاہرہ کیا۔"
    assert [e.type for e in events(text, "ur")].count("PROTEST") == 2


def test_the_actor_right_after_a_correspondent_dateline_takes_part():
    # "(نمائندہ خصوصی)" is the reporter; the organisation after it is the one acting.
    text = "حیدرآباد (نمائندہ خصوصی) سندھ آبادگار اتحاد نے قومی شاہراہ پر دھرنا دیا۔"
    [protest] = events(text, "ur")
    assert protest.type == "PROTEST" and "سندھ آبادگار اتحاد" in names(protest)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وزیراعلیٰ پنجاب نعیم اختر نے واقعے کا نوٹس لے کر کمشنر لاہور سے رپورٹ طلب کر لی ہے۔", "REQUEST"),
        ("لاہور پولیس نے ٹھوکر نیاز بیگ پر کنٹینر لگا کر راستہ بند کر دیا۔", "COERCE"),
        ("پاکستان کسان اتحاد کے کارکنوں نے گورنر ہاؤس کے باہر حکومت کے خلاف نعرے لگائے۔", "PROTEST"),
        ("عینی شاہدین کے مطابق لاہور پولیس مظاہرین پر ٹوٹ پڑی۔", "ASSAULT"),
        ("آئی ایس پی آر کے مطابق فرنٹیئر کور نے جوابی کارروائی میں چار دہشت گرد ہلاک کر دیے۔", "ASSAULT"),
    ],
)
def test_urdu_summons_blockades_slogans_and_police_violence(text, kind):
    assert kind in [e.type for e in events(text, "ur")]


def test_urdu_meetings_with_one_side_named():
    chaired = "اسلام آباد (اے پی پی) کابینہ کا اجلاس منگل کو وزیراعظم نعیم اختر کی زیر صدارت منعقد ہوا۔"
    [meeting] = events(chaired, "ur")
    assert meeting.type == "CONSULT" and names(meeting) == {"نعیم اختر"}
    unnamed = "آرمی چیف جنرل نعیم اختر نے مقامی عمائدین کے ایک جرگے سے بھی ملاقات کی۔"
    assert [e.type for e in events(unnamed, "ur")] == ["CONSULT"]
    # A meeting told with no one acting stays uncoded.
    assert events("ملاقات خوشگوار ماحول میں ہوئی۔", "ur") == []


def test_urdu_talks_between_a_named_side_and_one_unnamed():
    text = "بعد ازاں ڈپٹی کمشنر نعیم اختر اور تاجر رہنماؤں کے درمیان ضلعی دفتر میں مذاکرات ہوئے۔"
    [talks] = events(text, "ur")
    assert talks.type == "CONSULT" and names(talks) == {"نعیم اختر"}


def test_urdu_the_police_alone_is_the_force_named_before():
    text = (
        "لاہور (نمائندہ خصوصی) لاہور پولیس نے مال روڈ پر کنٹینر کھڑے کیے۔ "
        "رات گئے پولیس نے دس کارکنوں کو حراست میں لے لیا۔"
    )
    [arrest] = [e for e in events(text, "ur") if e.type == "COERCE"]
    assert names(arrest) & {"لاہور پولیس", "Lahore Police"}


def test_urdu_another_strand_of_the_story_takes_the_dateline_day():
    text = (
        "لاہور (نمائندہ خصوصی) وزیراعلیٰ نعیم اختر نے گزشتہ روز تاجروں کے وفد سے ملاقات کی۔ "
        "انہوں نے تاجروں کے مسائل حل کرنے کی ہدایت کی۔\n\n"
        "دوسری جانب تحریک انصاف کے رہنما شاہد جوئیہ نے حکومت کی پالیسیوں کی شدید مذمت کی۔ "
        "انہوں نے حکومت سے ٹیکس واپس لینے کا مطالبہ کیا۔"
    )
    dated = {e.type: e.date for e in events(text, "ur")}
    assert dated["CONSULT"] == "2025-02-07"  # the lead's day
    assert dated["ACCUSE"] == "2025-02-08" and dated["REQUEST"] == "2025-02-08"  # the reaction's strand


def test_arabic_another_strand_of_the_story_takes_the_dateline_day():
    text = (
        "الرياض - واس: استقبل وزير الخارجية فيصل بن فرحان أمس نظيره الأردني أيمن الصفدي.\n\n"
        "في المقابل، أدان المتحدث باسم الحكومة السورية محمد الحلبي الهجمات الإسرائيلية على دمشق."
    )
    dated = {e.type: e.date for e in events(text, "ar")}
    assert dated["CONSULT"] == "2025-02-07" and dated["ACCUSE"] == "2025-02-08"


def test_urdu_talks_as_a_time_are_the_talks_already_told():
    text = (
        "تہران (اے پی پی) صدر آصف علی زرداری نے ایرانی صدر مسعود پزشکیان سے ملاقات کی۔ "
        "ملاقات کے بعد پاکستان اور ایران کے درمیان چھ مفاہمتی یادداشتوں پر دستخط کیے گئے۔"
    )
    assert [e.type for e in events(text, "ur")].count("CONSULT") == 1


def test_times_inside_someones_words_do_not_date_the_act_of_saying_them():
    # Published Wednesday 2025-02-12; the demand and the blame speak of Friday and of a past day.
    text = (
        "لاہور (نمائندہ خصوصی) تحریک انصاف کے رہنما شاہد جوئیہ نے حکومت سے مطالبہ کیا کہ جمعہ تک گرفتار کارکنوں کو رہا کیا جائے۔ "
        'انہوں نے کہا: "8 فروری کو پنجاب حکومت نے دھاندلی کی تھی۔"\n\n'
        "وزیر اطلاعات عظمیٰ بخاری نے کہا کہ گزشتہ روز کوئی کارکن گرفتار نہیں ہوا۔ "
        "انہوں نے تحریک انصاف کی قیادت پر شدید تنقید کی۔"
    )
    found = events(text, "ur", published="2025-02-12")
    request = next(e for e in found if e.type == "REQUEST")
    assert (request.date, request.date_source) == ("2025-02-12", "dateline")
    blame = next(e for e in found if e.type == "ACCUSE" and names(e) & {"شاہد جوئیہ", "Shahid Joya"})
    assert blame.date == "2025-02-12"
    # "گزشتہ روز" in the minister's words is no time told for the rest of the paragraph.
    criticism = next(e for e in found if "تنقید" in e.trigger.text)
    assert criticism.date == "2025-02-12"


def test_a_day_to_come_in_the_lead_is_not_the_story_day():
    text = (
        "مظفرآباد (نمائندہ خصوصی) صدر مملکت آصف علی زرداری کل مظفرآباد کا دورہ کریں گے۔ "
        "وزیراعظم آزاد کشمیر چوہدری انوار الحق نے بھارتی قانون کی شدید مذمت کی۔"
    )
    [blame] = [e for e in events(text, "ur", published="2025-02-08") if e.type == "ACCUSE"]
    assert (blame.date, blame.date_source) == ("2025-02-08", "dateline")


def test_urdu_the_same_day_is_the_day_told_before():
    text = (
        "اسلام آباد (اے پی پی) وزیر خارجہ اسحاق ڈار نے گزشتہ روز ترک ہم منصب ہاکان فیدان سے ملاقات کی۔ "
        "اسی روز انہوں نے ایرانی وزیر خارجہ عباس عراقچی سے ٹیلیفون پر بات کی۔"
    )
    [call] = [e for e in events(text, "ur", published="2025-02-08") if e.mode == "phone"]
    assert call.date == "2025-02-07"


def test_urdu_an_abduction_is_an_assault():
    text = "کوئٹہ (نمائندہ) کالعدم بلوچستان لبریشن فرنٹ کے مسلح افراد نے خاران میں دو انجینیئرز کو اغوا کر لیا۔"
    assert "ASSAULT" in [e.type for e in events(text, "ur")]


def test_urdu_a_forecast_under_a_condition_is_no_ultimatum():
    forecast = 'سرحد چیمبر کے صدر حاجی شیر زمان آفریدی نے کہا کہ اگر یہی صورتحال رہی تو افغان ٹرانزٹ ٹریڈ کا بڑا حصہ ایران منتقل ہو جائے گا۔'
    assert "THREATEN" not in [e.type for e in events(forecast, "ur")]
    ultimatum = 'سرحد چیمبر کے صدر حاجی شیر زمان آفریدی نے کہا کہ اگر طورخم نہ کھولا گیا تو تاجر وفاقی حکومت کے خلاف دھرنا دیں گے۔'
    assert "THREATEN" in [e.type for e in events(ultimatum, "ur")]


def test_urdu_others_on_the_streets_and_the_reach_of_the_law_are_no_threat():
    for words in ("جو لوگ آج سڑکوں پر ہیں وہ وفاقی حکومت سے بھی پوچھیں", "قاتل جلد قانون کی گرفت میں ہوں گے"):
        text = f'صوبائی وزیر داخلہ ضیاء الحسن لنجار نے کہا: "{words}۔"'
        assert "THREATEN" not in [e.type for e in events(text, "ur")], words


def test_urdu_approval_of_a_budget_and_an_election_won_are_no_agreement_or_praise():
    budget = "پشاور (نمائندہ) صوبائی کابینہ نے وزیراعلیٰ علی امین گنڈاپور کی زیر صدارت اجلاس میں ترقیاتی بجٹ کی منظوری کے بعد ملازمین کی تنخواہوں پر غور کیا۔"
    assert "AGREE" not in [e.type for e in events(budget, "ur")]
    won = 'تحریک انصاف کے رہنما اظہر حسین بھٹی نے کہا: "ہمارا امیدوار مسلم لیگ (ن) کے مقابلے میں چار ہزار ووٹوں سے جیت چکا تھا۔"'
    assert "SUPPORT" not in [e.type for e in events(won, "ur")]


def test_urdu_an_official_telling_of_his_units_acting_is_news_of_the_act():
    text = (
        "پشاور (نمائندہ) سی سی پی او پشاور فرحت اللہ مروت نے بتایا کہ پشاور پولیس اور سی ٹی ڈی کی مشترکہ ٹیموں نے "
        "چھاپے مارے اور گیارہ افراد کو حراست میں لیا۔"
    )
    assert "COERCE" in [e.type for e in events(text, "ur")]
    opinion = 'پی ٹی آئی کی رہنما صائمہ ناز نے کہا کہ مریم نواز کی حکومت نے پنجاب کو پولیس سٹیٹ بنا دیا مگر کارکن یہاں پہنچے ہیں۔'
    assert "CONSULT" not in [e.type for e in events(opinion, "ur")]


def test_urdu_levies_are_a_force():
    text = "کوئٹہ (نمائندہ) بلوچستان لیویز نے خاران میں چھ مشتبہ افراد کو حراست میں لے لیا۔"
    assert "بلوچستان لیویز" in {p.text for e in events(text, "ur") for p in e.source + e.target}


def test_arabic_a_kuna_dateline_with_its_day_and_month_is_no_participant():
    text = "الكويت - 1 - 3 (كونا) -- استقبل أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم وزير الخارجية الأوزبكي بختيار سعيدوف."
    [meeting] = [e for e in events(text, "ar", published="2027-03-01") if e.type == "CONSULT"]
    assert "كونا" not in {p.text for p in meeting.source + meeting.target}


def test_urdu_an_act_and_then_a_future_verb_is_planned():
    text = "پشاور (نمائندہ) وزیراعلیٰ خیبرپختونخوا محمد سہیل آفریدی جمعرات کو ٹانک کا دورہ کر کے متاثرہ خاندانوں میں امدادی چیک تقسیم کریں گے۔"
    [visit] = [e for e in events(text, "ur") if e.mode == "visit"]
    assert visit.status == "planned"


def test_urdu_a_speaker_telling_of_their_own_act_is_news_of_it():
    text = (
        "اسلام آباد (نمائندہ جنگ) وزیر خارجہ اسحاق ڈار نے ایوان کو بتایا کہ انہوں نے آج صبح او آئی سی کے "
        "سیکرٹری جنرل حسین ابراہیم طہٰ سے ٹیلیفون پر بات کی۔"
    )
    assert "CONSULT" in [e.type for e in events(text, "ur")]


def test_urdu_a_reception_naming_a_new_host_after_a_visit_is_another_act():
    text = (
        "راولپنڈی (آن لائن) چیف آف آرمی اسٹاف فیلڈ مارشل سید عاصم منیر نے گزشتہ روز لائن آف کنٹرول کا دورہ کیا۔\n\n"
        "آئی ایس پی آر کے مطابق علاقے میں پہنچنے پر کور کمانڈر لیفٹیننٹ جنرل فرخ سعید جنجوعہ نے آرمی چیف کا استقبال کیا "
        "اور انہیں کنٹرول لائن کی صورتحال پر بریفنگ دی۔"
    )
    assert [e.type for e in events(text, "ur")].count("CONSULT") == 2


def test_urdu_a_dialogue_round_between_two_sides_is_a_meeting():
    text = "اسلام آباد (اے پی پی) نائب وزیراعظم اسحاق ڈار اور چینی وزیر خارجہ وانگ ای کے درمیان پاک چین اسٹریٹجک ڈائیلاگ کا ساتواں دور ہوا۔"
    assert "CONSULT" in [e.type for e in events(text, "ur")]


def test_an_outlet_spoken_to_is_an_interview_not_talks():
    text = "پشاور (نمائندہ) صوبائی وزیر اطلاعات بیرسٹر سیف نے بی بی سی سے ٹیلی فون پر بات چیت میں کہا کہ حکومت مذاکرات کیلئے تیار ہے۔"
    assert "CONSULT" not in [e.type for e in events(text, "ur")]


def test_a_denial_is_a_rejection_that_happened():
    # تردید marks a meeting as denied; as the act itself it is a rejection, done.
    text = "ایس این جی پی ایل کے ترجمان فیصل رشید بھٹی نے الزامات کی تردید کرتے ہوئے کہا کہ کمپنی قانون کے مطابق کام کر رہی ہے۔"
    found = [e for e in events(text, "ur") if e.type == "REJECT"]
    assert found and found[0].status is None
    denied = events("وزارت داخلہ نے وزیر داخلہ ناصر گوندل کی افغان سفیر سے ملاقات کی تردید کی ہے۔", "ur")
    assert [e.status for e in denied if e.type == "CONSULT"] == ["denied"]
    persian = "سخنگوی وزارت خارجه اسماعیل بقائی ادعای اتحادیه اروپا را تکذیب کرد."
    assert [e.status for e in events(persian, "fa") if e.type == "REJECT"] == [None]


def test_a_meeting_held_under_someones_chair_is_theirs():
    text = "لاہور: کابینہ کا اجلاس گزشتہ روز وزیراعلیٰ پنجاب مریم نواز کی صدارت میں ہوا جس میں بجٹ کی تجاویز کا جائزہ لیا گیا۔"
    found = [e for e in events(text, "ur") if e.type == "CONSULT"]
    assert found and "Maryam Nawaz" in names(found[0])



@pytest.mark.parametrize(
    "text, kind",
    [
        # An invitation taken up is an agreement.
        ("سینیٹ کے چیئرمین یوسف رضا گیلانی نے آذربائیجان کی اسپیکر صاحبہ غفارووا کی دعوت قبول کر لی۔", "AGREE"),
        # A reaction to the other side's words rebukes them.
        ("وزیر اطلاعات عطا تارڑ نے عمر ایوب کی تقریر پر ردعمل میں کہا کہ حکومت اپنی مدت پوری کرے گی۔", "ACCUSE"),
        # A court framing charges accuses.
        ("انسداد بدعنوانی کی خصوصی عدالت نے سابق وزیر شفقت حیات کھوکھر پر فرد جرم عائد کر دی۔", "ACCUSE"),
        # A rebuttal, and a denial in so many words.
        ("ایس ایس پی محمد طاہر ترین نے پولیس کارروائی کا دفاع کرتے ہوئے کہا کہ مظاہرین نے پتھراؤ کیا۔", "REJECT"),
        ("ترجمان پنجاب حکومت کوثر پروین بھٹی نے کہا کہ حکومت کا اس ریفرنس سے کوئی تعلق نہیں۔", "REJECT"),
        # Questions put to the other side, claims and a counsel's case against it.
        ("تحریک انصاف کی صوبائی حکومت نے آپریشن کے طریقہ کار پر سوال اٹھائے ہیں۔", "ACCUSE"),
        ("بینچ کے رکن جسٹس فہیم اختر چیمہ نے سیکرٹری صحت سے استفسار کیا کہ فنڈز کہاں گئے۔", "ACCUSE"),
        ("درخواست گزار کی وکیل سعدیہ ممتاز بھٹی نے مؤقف اختیار کیا کہ پی ٹی اے کا حکم آئین کے منافی ہے۔", "ACCUSE"),
    ],
)
def test_urdu_acts_told_without_the_usual_verb(text, kind):
    assert kind in {e.type for e in events(text, "ur") if e.status is None}


def test_an_agreement_at_the_talks_told_is_their_parties():
    text = (
        "راولپنڈی: آرمی چیف جنرل عاصم منیر سے امریکی کمانڈر جنرل ٹموتھی ہارلن نے منگل کو ملاقات کی۔\n"
        "جنرل ہارلن نے پاک فوج کی پیشہ ورانہ مہارت کو سراہا۔\n"
        "بعد ازاں انہوں نے کیڈٹ کالج کا دورہ بھی کیا۔\n"
        "اس موقع پر طلبہ نے ملی نغمے پیش کیے۔\n"
        "ملاقات میں مشترکہ فوجی مشقوں کا دائرہ بڑھانے پر اتفاق کیا گیا۔"
    )
    [agreed] = [e for e in events(text, "ur") if e.type == "AGREE"]
    assert {"Asim Munir"} <= names(agreed)


def test_what_someone_tells_of_others_acts_is_news_of_them():
    # "بتایا" informs: the request it tells is coded, as a spokesperson's would be.
    text = "وزیر اطلاعات ناصر گوندل نے بتایا کہ وزیراعظم شہباز شریف نے چینی کمپنیوں سے سرمایہ کاری بڑھانے کی درخواست کی۔"
    assert "REQUEST" in {e.type for e in events(text, "ur")}


def test_an_act_done_is_not_dated_by_a_day_to_come():
    # The meeting agreed on is next week; the agreement is today's (the dateline's).
    text = "اسلام آباد (اے پی پی) پاکستان اور ایران کے وزرائے خارجہ نے مشترکہ تحقیقات پر اتفاق کیا اور طے پایا کہ سرحدی کمیشن کا اجلاس آئندہ ہفتے تفتان میں ہوگا۔"
    agreed = [e for e in events(text, "ur", published="2025-02-08") if e.type == "AGREE" and e.status is None]
    assert agreed and agreed[0].date == "2025-02-08"


def test_a_meeting_with_someone_named_is_new_talks_not_the_last_told_again():
    text = (
        "اسلام آباد: صدر آصف علی زرداری نے ملائیشین ہائی کمشنر سے بات چیت کی۔\n"
        "یونانی سفیر ایلینی پاپاداکی سے ملاقات میں تارکین وطن کا معاملہ زیر بحث آیا۔\n"
        "ملاقات میں دونوں جانب سے تعاون بڑھانے پر زور دیا گیا۔"
    )
    met = [e for e in events(text, "ur") if e.type == "CONSULT"]
    assert len(met) == 2 and "ایلینی پاپاداکی" in names(met[1])


def test_solidarity_said_at_a_rally_is_not_praise():
    text = "ریلی سے خطاب میں غلام رسول ڈار نے کہا: آزاد کشمیر کا بچہ بچہ پاکستان کے ساتھ کھڑا ہے۔"
    assert "SUPPORT" not in [e.type for e in events(text, "ur")]


def test_the_attackers_named_are_no_attack_told():
    text = "پاک فوج کے ترجمان کے مطابق حملہ آوروں کی تلاش جاری ہے۔"
    assert "ASSAULT" not in [e.type for e in events(text, "ur")]
