"""Subjects of verb-first clauses (quotes/subjects.py): the noun phrase after the verb,
participles, appositions, titles resolved through their office, and verbal-noun reports."""

from bayan import analyze


def quotes(text):
    article = analyze(text, lang="ar", published="2025-05-04")
    for q in article.quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
    return article.quotes


def speaker_of(text, words_start):
    """The speaker text of the one quote whose words begin with ``words_start``."""
    [q] = [q for q in quotes(text) if q.text.startswith(words_start)]
    return q.speaker.text if q.speaker else None


def test_subject_phrase_stops_at_a_preposition():
    # The agency after في تصريح لـ is not the speaker; the title is.
    text = (
        "التقى رئيس الوزراء الباكستاني محمد شهباز شريف أمير قطر. "
        'وقال رئيس الوزراء الباكستاني في تصريح لوكالة الأنباء القطرية "قنا" عقب المباحثات إن العلاقات ممتازة.'
    )
    [q] = [q for q in quotes(text) if q.text.startswith("العلاقات")]
    assert q.speaker.text == "محمد شهباز شريف"


def test_a_definite_title_does_not_take_the_body_after_it():
    text = (
        "قال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الوضع خطير. "
        "ودعا الأمين العام مجلس الأمن الدولي إلى التحرك، محذرا من أن التصعيد سيتوسع."
    )
    [q] = [q for q in quotes(text) if "التصعيد" in q.text]
    assert q.speaker.text == "أحمد أبو الغيط"


def test_participle_takes_the_main_clause_subject_not_the_object():
    text = (
        "وصل المدرب الصربي نيناد ماركوفيتش إلى دبي. "
        "وانتقد ماركوفيتش بشدة أداء الحكم سيف جمعة الظاهري، معتبرا أن فريقه حرم من ركلة جزاء."
    )
    [q] = [q for q in quotes(text) if "ركلة" in q.text]
    assert q.speaker.text.endswith("ماركوفيتش")


def test_bare_title_resolves_through_its_office_words():
    text = (
        "انتقد النواب وزير الصحة الدكتور يوسف عبدالمحسن البناي، ووزير المالية فهد جاسم المطوع. "
        "من جانبه، رد وزير الصحة على ملاحظات النواب، مؤكدا أن الوزارة تعمل على معالجة نقص الأدوية."
    )
    [q] = [q for q in quotes(text) if "نقص" in q.text]
    assert q.speaker.text == "يوسف عبدالمحسن البناي"


def test_verbal_noun_report_after_akkada():
    text = "استقبل الملك عبدالله الثاني الوزير. وأكد جلالته، خلال اللقاء، ضرورة تثبيت وقف إطلاق النار في غزة فورا."
    [q] = [q for q in quotes(text) if q.cue.text == "وأكد"]
    assert q.kind == "indirect"
    assert q.text == "ضرورة تثبيت وقف إطلاق النار في غزة فورا"


def test_verbal_noun_after_the_time_and_occasion_of_the_words():
    text = (
        "أعلنت وزارة الداخلية اليوم الثلاثاء إحباط محاولة لتهريب مواد مخدرة عبر ميناء الشويخ. "
        "والتقى الوزير نظيره العماني، وأكد خلال اللقاء رفض بلاده القاطع لأي تدخل في الشؤون الداخلية."
    )
    contents = {q.cue.text: q.text for q in quotes(text)}
    assert contents["أعلنت"].startswith("إحباط محاولة")
    assert contents["وأكد"].startswith("رفض بلاده القاطع")


def test_a_long_parenthetical_between_the_speaker_and_an():
    text = (
        "وأوضح وزير المالية خالد سالم العتيبي، في كلمته الافتتاحية لمؤتمر السياسات المالية الذي انطلقت "
        "أعماله اليوم في العاصمة بمشاركة أكثر من ألف مسؤول وخبير من ثلاثين دولة، أن الحكومة ماضية في خفض العجز."
    )
    [q] = quotes(text)
    assert q.text == "الحكومة ماضية في خفض العجز"
    assert q.speaker.text == "خالد سالم العتيبي"


def test_an_an_far_from_the_verb_without_a_comma_is_not_its_complement():
    text = (
        "وقال المدير التنفيذي للشركة سعيد ناصر الحارثي في حفل افتتاح المصنع الجديد الذي أقيم بحضور عدد كبير "
        "من المسؤولين ورجال الأعمال والمستثمرين من داخل البلاد وخارجها أن الإنتاج سيبدأ قريبا."
    )
    assert not [q for q in quotes(text) if q.text.startswith("الإنتاج")]


def test_a_short_quoted_name_in_the_subject_is_not_speech():
    text = 'وقالت الشامسي، في حوار مع «الاتحاد» أجري امس في مكتبها، إن الاستثمارات تجاوزت 150 مليار درهم.'
    [q] = quotes(text)
    assert q.text == "الاستثمارات تجاوزت 150 مليار درهم"


def test_the_nearer_verb_owns_the_complement():
    text = 'وحذر الملك من خطورة التصعيد في الضفة الغربية، مشددا على أن الوصاية على المقدسات "ثابتة".'
    cues = {q.cue.text: q.text for q in quotes(text)}
    assert cues["مشددا"].startswith("الوصاية")
    assert cues["وحذر"].startswith("خطورة التصعيد")


def test_speaker_after_the_quotation():
    text = '"لن نقبل بأي تسوية على حساب شعبنا"، قال رئيس الوزراء الفلسطيني محمد مصطفى في مؤتمر صحفي.'
    [q] = quotes(text)
    assert q.kind == "direct"
    assert q.text == "لن نقبل بأي تسوية على حساب شعبنا"
    assert q.speaker.text == "محمد مصطفى"


def test_words_relayed_through_an_outlet_are_the_persons():
    text = "ونقلت وكالة الأنباء السودانية عن وزير الخارجية علي يوسف قوله إن الحكومة ترحب بالمبادرة."
    [q] = quotes(text)
    assert q.text == "الحكومة ترحب بالمبادرة"
    assert q.speaker.text == "علي يوسف"


def test_according_to_at_the_end_names_a_body_or_no_one():
    text = "وكان الوزير كامارا قد وصل إلى الرياض مساء أمس، بحسب بيان صادر عن وزارة الخارجية السعودية."
    [q] = quotes(text)
    assert q.speaker is not None and "وزارة الخارجية" in q.speaker.text
    text = "وهي الدعوة التي لقيت استجابة واسعة في المدينة، بحسب ناشطين."
    [q] = quotes(text)
    assert q.speaker is None


def test_a_source_who_asked_not_to_be_named_is_anonymous():
    text = "وقال مصدر أمني، طلب عدم ذكر اسمه، إن 17 شخصا أصيبوا بجروح طفيفة."
    [q] = quotes(text)
    assert q.cue.text == "وقال" and q.speaker is None


def test_headline_label_without_the_outlet():
    text = 'الزعبي لـ"الرأي": الناقل الوطني سيضخ أول مياهه نهاية 2028\n\nقال المهندس جمال الزعبي إن المشروع يسير.'
    [headline, _] = quotes(text)
    assert headline.speaker.text == "الزعبي"


def test_a_new_subject_takes_over_the_next_subjectless_report():
    text = (
        "وقال جلالة الملك حمد بن عيسى آل خليفة إن الفوز ثمرة عمل مخلص. "
        "من جانبه، رفع الشيخ علي بن خليفة آل خليفة أسمى آيات الشكر إلى جلالة الملك. "
        "وأوضح أن الاتحاد وضع خطة متكاملة لإعداد المنتخب."
    )
    [q] = [q for q in quotes(text) if q.cue.text == "وأوضح"]
    assert q.speaker.text == "علي بن خليفة آل خليفة"


def test_a_person_set_off_by_commas_after_an_office():
    text = "وقال عضو هيئة الدفاع، المحامي عبد الستار الغربي، إن الحكم قاس ولا يستند إلى أدلة."
    [q] = quotes(text)
    assert q.speaker.text.endswith("الغربي")


def test_a_quotation_opening_the_next_sentence_is_not_the_previous_verbs():
    text = (
        "وأشادت الوزيرة سلمى بنعلي بالتعاون بين البلدين. "
        '"نريد شراكة حقيقية"، قال السيد كريم بوزيان خلال ندوة صحفية.'
    )
    [q] = [q for q in quotes(text) if q.text == "نريد شراكة حقيقية"]
    assert q.speaker.text == "كريم بوزيان"


def test_a_long_office_set_off_by_a_comma_introduces_its_holder():
    text = (
        "أجرى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة، "
        "مباحثات مع نظيره. وأضاف الوزير أن المملكة ستمنح 150 منحة دراسية."
    )
    [q] = quotes(text)
    assert q.speaker.text == "ناصر بوريطة"


def test_the_ministry_is_the_ministry_named_before():
    text = (
        "أعربت وزارة الخارجية والمغتربين اللبنانية عن إدانتها الشديدة للغارة. "
        "وأكدت الوزارة أن لبنان سيتقدم بشكوى عاجلة إلى مجلس الأمن الدولي."
    )
    [q] = [q for q in quotes(text) if q.cue.text == "وأكدت"]
    assert q.speaker.text.startswith("وزارة الخارجية")


def test_another_speakers_report_after_fima_ends_the_quote():
    text = "واعتبر المندوب الباكستاني فيصل رضا قريشي أن الاستيطان يقوض حل الدولتين، فيما دعت مندوبة الدنمارك ميته لارسن إلى وقف التصعيد."
    found = quotes(text)
    first = next(q for q in found if "الاستيطان" in q.text)
    assert first.text == "الاستيطان يقوض حل الدولتين"


def test_an_unnamed_source_speaking_to_an_outlet_is_anonymous():
    text = "وقال مصدر مطلع للجزيرة نت إن جولة تفاوض جديدة ستعقد في القاهرة."
    [q] = quotes(text)
    assert q.speaker is None


def test_a_spokesman_set_off_after_his_name_is_found_by_his_title():
    text = (
        "صرح السفير هشام عبد المنعم رضوان، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس استقبل الوفد. "
        "وأضاف المتحدث الرسمي أن اللقاء تناول التعاون الاقتصادي."
    )
    [q] = [q for q in quotes(text) if q.cue.text == "وأضاف"]
    assert q.speaker.text == "هشام عبد المنعم رضوان"


def test_relayed_words_of_an_unnamed_official_are_anonymous():
    text = "ونقلت هيئة البث عن مسؤول إسرائيلي لم تسمه قوله إن الجيش لن ينسحب قبل نهاية الشهر."
    [q] = quotes(text)
    assert q.speaker is None


def test_a_headline_from_unnamed_sources_is_anonymous():
    text = "مصادر للجزيرة نت: جولة تفاوض جديدة في القاهرة الأسبوع المقبل\n\nالدوحة - قال الوسطاء إن الاتصالات مستمرة."
    headline = quotes(text)[0]
    assert headline.speaker is None and headline.text.startswith("جولة تفاوض")


def test_a_platform_named_in_marks_before_a_comma_is_not_speech():
    text = 'وحذرت البعثة الأممية، في بيان نشرته على منصة «إكس»، من أن «أي انزلاق أمني ستكون له عواقب».'
    [q] = quotes(text)
    assert q.text == "أي انزلاق أمني ستكون له عواقب"


def test_an_honorific_subject_of_the_main_clause_is_resolved_for_its_participle():
    text = (
        "استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزيرة خارجية الإكوادور. "
        'ورحب سموه بالوزيرة الضيفة، مؤكدا أن العلاقات "تسير بخطى ثابتة".'
    )
    [q] = [q for q in quotes(text) if q.cue.text == "مؤكدا"]
    assert q.speaker.text.startswith("عبدالله بن زايد")
    assert q.speaker.pronoun.text == "سموه"


def test_a_foreign_surname_the_recognizer_missed_is_still_the_subject():
    text = "أعلنت وزارة الخارجية توقيع الاتفاقية. من جهتها، قالت برانت إن الدعم جاء في توقيت بالغ الحساسية."
    [q] = [q for q in quotes(text) if q.cue.text == "قالت"]
    assert q.speaker.text == "برانت"


def test_saadatuhu_stands_for_the_person_styled_saadat():
    text = (
        "عقد سعادة الدكتور محمد بن عبدالعزيز الخليفي اجتماعا مع الوفد. "
        'وأكد سعادته، في تصريح عقب الاجتماع، أن الطرفين "أبديا روحا إيجابية".'
    )
    [q] = [q for q in quotes(text) if q.cue.text == "وأكد"]
    assert q.speaker.text == "محمد بن عبدالعزيز الخليفي"


def test_bayna_between_is_no_speech_verb_before_a_quotation_mark():
    text = (
        'وقال رئيس المجلس إن "إيجاد قناة مصرفية مباشرة بين البلدين بات ضرورة"، داعيا إلى إنجازها. '
        "وأعلنت وزارة الخارجية أمس أن إسرائيل شنت غارات جوية على موقعين في ريف القنيطرة."
    )
    found = quotes(text)
    assert "بين" not in [q.cue.text for q in found]
    assert any(q.text.startswith("إسرائيل شنت") for q in found)


def test_a_title_inside_a_known_name_resolves_the_bare_title_later():
    text = (
        "تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد اتصالا هاتفيا. "
        "فيما أكد سمو الأمير حرص المملكة على دعم كل الجهود الرامية إلى حل سياسي."
    )
    [q] = quotes(text)
    assert q.speaker.text.startswith("الأمير محمد بن سلمان")


def test_a_statement_issued_by_a_body_is_the_bodys_words():
    text = "وذكر بيان صادر عن إدارة العلاقات والإعلام الأمني أن المضبوطات تقدر قيمتها بنحو 12 مليون دينار."
    [q] = quotes(text)
    assert q.speaker.text == "إدارة العلاقات والإعلام الأمني"


def test_according_to_at_the_end_does_not_take_words_someone_already_says():
    text = "وأشار الوزير خالد سالم العتيبي إلى أن معدل البطالة تراجع إلى أدنى مستوى له، وفقا لأحدث مسح للقوى العاملة."
    [q] = quotes(text)
    assert q.speaker.text == "خالد سالم العتيبي"


def test_an_office_is_tried_before_a_style_of_address():
    text = (
        "استقبل سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية سعادة السيدة "
        "إنغريد هولمبرغ المبعوثة الخاصة للأمين العام. وأوضح سعادة وزير الدولة أن دولة قطر ستواصل مساعيها."
    )
    [q] = [q for q in quotes(text) if q.cue.text == "وأوضح"]
    assert q.speaker.text == "محمد بن عبدالعزيز الخليفي"


def test_a_participle_after_a_contrast_link_continues_the_new_speaker():
    text = (
        "أعرب الرئيس السوري أحمد الشرع عن شكره لدولة الإمارات، فيما أكد صاحب السمو الشيخ محمد بن زايد آل نهيان "
        'دعم الإمارات لوحدة سوريا، معربا عن ثقته بأن العلاقات "ستشهد مزيدا من النماء".'
    )
    [q] = [q for q in quotes(text) if q.cue.text == "معربا"]
    assert "محمد بن زايد" in q.speaker.text


def test_according_to_before_a_report_with_its_own_speaker_quotes_no_one():
    text = (
        "قتل 11 شخصا في الغارة، بحسب الدفاع المدني في غزة، أوضح المتحدث الرسمي ماجد محمد الأنصاري "
        'أن دولة قطر "تدين بأشد العبارات هذا الاعتداء".'
    )
    found = quotes(text)
    assert [q.speaker.text for q in found if q.text.startswith("دولة قطر")] == ["ماجد محمد الأنصاري"]


def test_the_outlets_reporter_is_a_speaker():
    text = "قتل ثلاثة أشخاص في القصف. وأفاد مراسل الجزيرة بأن الغارات استهدفت منازل في خان يونس."
    [q] = quotes(text)
    assert q.speaker.text == "مراسل الجزيرة"


def test_the_council_speaks_not_the_minister_who_chaired_it():
    text = (
        "أدان المجلس الوزاري لمجلس التعاون لدول الخليج العربية الهجوم على الناقلة. "
        "وقال المجلس في بيان صدر في ختام اجتماعه الاستثنائي الذي عقد اليوم عبر الاتصال المرئي برئاسة "
        "وزير خارجية مملكة البحرين الدكتور عبداللطيف بن راشد الزياني إن الهجوم يمثل اعتداء سافرا."
    )
    assert "المجلس الوزاري" in speaker_of(text, "الهجوم")


def test_a_name_beginning_with_ba_is_no_joined_preposition():
    text = (
        "التقى الوزير صالح الجاسر نظيره حسن عمر بوح. وقال الجاسر إن الميناء مهم. "
        "من جهته، أشاد بوح بالشراكة مع المملكة، وقال للصحيفة إن بلاده تنظر إلى جدة شريكا طبيعيا."
    )
    assert speaker_of(text, "بلاده") == "بوح"


def test_a_subject_after_a_contrast_opener_speaks_for_the_verb_after_it():
    text = (
        "اتهم الوزير الفلسطيني عبدالرحيم دراغمة إسرائيل بالقرصنة. ولم يصدر تعقيب رسمي، "
        "غير أن وزير المالية الإسرائيلي بتسلئيل سموتريتش كان قد أعلن الأحد، في منشور على منصة إكس، أنه وقع قرارا جديدا."
    )
    article = analyze(text, lang="ar")
    [q] = [q for q in article.quotes if "وقع قرارا" in q.text]
    assert q.speaker.text == "بتسلئيل سموتريتش"


def test_a_participle_after_an_adverbial_opener_continues_the_clauses_person():
    text = (
        "وفي كلمة خلال الاجتماع حمّل وزير الخارجية عبدالله علي اليحيا جماعة الحوثي مسؤولية الهجوم، "
        "مؤكدا أن المعطيات الأولية تشير إلى مناطق خاضعة لسيطرة الجماعة."
    )
    assert speaker_of(text, "المعطيات") == "عبدالله علي اليحيا"


def test_the_statement_speaks_for_its_body_and_the_council_it_addresses_is_no_speaker():
    text = (
        "وقال المجلس الوزاري لمجلس التعاون في بيان إن الهجوم اعتداء سافر. "
        "وطالب البيان مجلس الأمن الدولي بـ\"الاضطلاع بمسؤولياته\" إزاء الاعتداءات، محذرا من أن دول المجلس لن تقف مكتوفة الأيدي."
    )
    article = analyze(text, lang="ar")
    for q in article.quotes:
        assert q.speaker is not None and "مجلس الأمن" not in q.speaker.text


def test_a_bare_office_finds_the_holder_introduced_with_it_after_the_name():
    text = (
        "وقع البلدان الاتفاقية بحضور صاحب السمو الملكي الأمير عبدالعزيز بن سلمان بن عبدالعزيز وزير الطاقة، "
        "ووزير الكهرباء العراقي المهندس عادل كريم الساعدي. وأكد سمو وزير الطاقة أن الاتفاقية تجسد عمق العلاقات."
    )
    assert speaker_of(text, "الاتفاقية").startswith("عبدالعزيز بن سلمان")


def test_what_an_office_is_of_belongs_to_the_subject_not_to_the_words():
    text = "وأعلن المدير العام لصندوق قطر للتنمية سعد راشد الكواري تخصيص 1.5 مليار دولار لمشروعات الإعمار."
    [q] = analyze(text, lang="ar").quotes
    assert q.text.startswith("تخصيص")


def test_the_outlet_the_words_were_said_to_is_no_speaker():
    text = (
        "قالت المتحدثة باسم منظمة الأمم المتحدة للطفولة لينا حداد إن ثمانية أطفال توفوا. "
        'وأضافت للجزيرة نت: "نتحدث عن أطفال ينامون على رمال مبللة."'
    )
    assert speaker_of(text, "نتحدث") == "لينا حداد"


def test_sources_after_an_adverbial_pronoun_are_anonymous():
    text = (
        "صعدت السلطة الفلسطينية من لهجتها تجاه الحكومة الإسرائيلية، في وقت أكدت فيه مصادر في وزارة المالية "
        "أن الحكومة لن تتمكن من صرف الرواتب."
    )
    assert speaker_of(text, "الحكومة لن") is None
