"""Arabic quotations: tricky cases of classes met while reading real Arabic articles.

Every sentence here was written for these tests (none comes from a real article); each case
stands for a class of errors (a speaker missed or wrong, a title or a name taken for speech).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case
from prcli.quotations import extract_quotes

# (text, quoted text, expected speaker or None, expected speech?)
CASES = [
    # a programme's name after a definite work noun and its adjective is a title, not speech
    ("اختتمت الجمعية الخيرية أمس، البرنامج التدريبي \"مهارات القيادة وإدارة الوقت\"، بحضور عشرين متدربا.",
     "مهارات القيادة وإدارة الوقت", None, False),
    # «بعنوان» introduces a title however long it is
    ("نظم النادي الأدبي مساء أمس محاضرة بعنوان \"دور الأسرة في حماية الأبناء من مخاطر الشبكات "
     "الاجتماعية والألعاب الإلكترونية الحديثة\"، بحضور عدد من المهتمين.",
     "دور الأسرة في حماية الأبناء من مخاطر الشبكات الاجتماعية والألعاب الإلكترونية الحديثة", None, False),
    # a name given by «المعروفة لدى الناس بـ» is a name
    ("وزار الوفد السوق القديمة المعروفة لدى الناس ب \"سوق الصاغة\"، حيث التقى بالتجار.",
     "سوق الصاغة", None, False),
    # after «بحسب» a short marked word names the source (an agency), it says nothing
    ("وبحسب \"الوكالة\"، فقد أعلنت الشرطة توقيف ثلاثة أشخاص.", "الوكالة", None, False),
    # a name in marks followed by «، التي أعلنت» is the subject of the relative clause
    ("شارك السكان في المسيرة التي دعت لها \"رابطة سكان الواحة\"، التي أعلنت أن يوم الأحد يوم احتجاج.",
     "رابطة سكان الواحة", None, False),
    # the programme's director speaks: a role noun governing the title word heads the speaker phrase
    ("وقال مدير البرنامج \"نحن نعمل بجد من أجل تحقيق أهداف البرنامج كلها\".",
     "نحن نعمل بجد من أجل تحقيق أهداف البرنامج كلها", "مدير البرنامج", True),
    # a university named in the speaker's description does not make the quotation a title
    ("وقال فالنتين روشيه وهو باحث بجامعة جنيف \"العينة كافية لاستخلاص نتائج موثوقة\".\n"
     "وتابع قائلا \"الدراسات المقبلة ستؤكد هذا الاتجاه\".",
     "العينة كافية لاستخلاص نتائج موثوقة", "فالنتين روشيه", True),
    # a foreign given name starting like فـ + ال («فالنتين») is a name; «وتابع قائلا» goes on with them
    ("وقال فالنتين روشيه وهو باحث بجامعة جنيف \"العينة كافية لاستخلاص نتائج موثوقة\".\n"
     "وتابع قائلا \"الدراسات المقبلة ستؤكد هذا الاتجاه\".",
     "الدراسات المقبلة ستؤكد هذا الاتجاه", "فالنتين روشيه", True),
    # a body quoted once goes on speaking through a verb with no subject
    ("وقال المجلس البلدي في بيان على موقعه \"قررنا تأجيل افتتاح الملعب الجديد\".\n"
     "وأضاف \"لا يوجد موعد محدد لاستئناف الأشغال\".",
     "لا يوجد موعد محدد لاستئناف الأشغال", "المجلس البلدي", True),
    # subject-verb order with a transliterated name after a role and its complement; the feminine
    # verb of the next sentence (no subject) is hers
    ("ورغم تراجع الأرقام فإن رئيسة المرصد الوطني للهجرة ماري لوبلان أكدت أن الوضع لا يزال مقلقا. "
     "وأوضحت أنه \"بحسب التقديرات فإن الأرقام الحقيقية أعلى بكثير من المعلن\".",
     "بحسب التقديرات فإن الأرقام الحقيقية أعلى بكثير من المعلن", "ماري لوبلان", True),
    # a reporting verb with an object pronoun still reports («وصفتها المنظمة بـ»)
    ("ارتكبت الميليشيا مجازر بحق السكان، وصفتها المنظمة الدولية بـ\"جرائم ضد الإنسانية\".",
     "جرائم ضد الإنسانية", "المنظمة الدولية", True),
    # a body's name in marks inside the speaker's description: the person named after it speaks,
    # and the marked name is no speech
    ("وقال مؤسس “الجسور” سامر حداد لوكالة الأنباء إن الجمعية “تعمل مع الشباب في كل مكان”.",
     "تعمل مع الشباب في كل مكان", "سامر حداد", True),
    ("وقال مؤسس “الجسور” سامر حداد لوكالة الأنباء إن الجمعية “تعمل مع الشباب في كل مكان”.",
     "الجسور", None, False),
    # «في بيان أعلن فيه …» is about the statement: its verb does not name the speaker
    ("وقال كريم ناصر وزير النقل في بيان أعلن فيه الإجراءات “يتطلب الوضع الحالي قرارات صارمة”.",
     "يتطلب الوضع الحالي قرارات صارمة", "كريم ناصر", True),
    # «كما ورد في مقتطفات من كلمته» says where the words were read, not who said them
    ("وقال الوزير سليم داود، كما ورد في مقتطفات من كلمته، إن “الإصلاح فرصة للجميع”.",
     "الإصلاح فرصة للجميع", "سليم داود", True),
    # a body noun after the name is the verb's object, not part of the name
    ("واتهم رئيس الوزراء كمال بن يوسف تنظيم \"الفجر\" بتدبير الهجوم. "
     "وقال في تصريح صحافي إن \"التحقيق يكشف تورط التنظيم\".",
     "التحقيق يكشف تورط التنظيم", "كمال بن يوسف", True),
    # a verbal noun after a preposition («عبر كشف») is no reporting verb
    ("أطلقت الحكومة منصة تهدف إلى حماية الشباب عبر كشف أساليب “التلاعب العقلي” فيها.",
     "التلاعب العقلي", None, False),
    # a colon after a marked newspaper introduces speech, it does not coordinate two names
    ("وذكر مدير المستشفى هشام العلي لـ“الصحيفة”: “إن صحة المريض مستقرة”.",
     "إن صحة المريض مستقرة", "هشام العلي", True),
    # «وتابع المدرب الروسي» goes on with the coach already speaking; a nationality after a role
    # title is no family name
    ("وأشار سيرغي إيفانوف في حديثه للصحيفة إلى رحيل اللاعب، وقال: \"كان رحيله صدمة كبيرة\".\n"
     "وتابع المدرب الروسي حديثه بالقول: \"لم تكن لدينا القدرات المالية\".",
     "لم تكن لدينا القدرات المالية", "سيرغي إيفانوف", True),
    # a quantifier heads the description: it is no part of a name
    ("يذكر أحد كبار قادة الجيش: «هؤلاء الضباط كانوا يؤدون واجبهم».",
     "هؤلاء الضباط كانوا يؤدون واجبهم", "أحد كبار قادة الجيش", True),
    # the subject of the verb that issued the statement speaks in «بيانا قالت فيه»
    ("وأصدرت سفارة النرويج لدى القاهرة بيانًا قالت فيه إن «النرويج ترفض هذا التقييم».",
     "النرويج ترفض هذا التقييم", "سفارة النرويج", True),
    # the channel in marks before the subject, and a body's name in marks before the name
    ("هكذا تقول لـ«الأخبار» سلمى نور، مستشارة رئيس الجمعية: «نحن نعمل من أجل الجميع».",
     "نحن نعمل من أجل الجميع", "سلمى نور", True),
    ("وقالت مديرة «التحالف من أجل الطفولة»، هيلين مارتن، لوكالة الأنباء، إن «حماية الأطفال أولوية».",
     "حماية الأطفال أولوية", "هيلين مارتن", True),
    # a definite document noun, then an indefinite word: the object begins, not the speaker
    ("واعتبر البيان مدينة الميناء \"منطقة عسكرية إلى حين تحقيق كامل أهداف العملية\".",
     "منطقة عسكرية إلى حين تحقيق كامل أهداف العملية", "البيان", True),
    # an opener «من جانبه،» before the verb and its subject; a role of two words («أمين عام»)
    ("من جانبه، رحب أمين عام الغرفة نادر الشمري بالزيارة، وقال: «إن الغرفة ترحب بالجميع».",
     "إن الغرفة ترحب بالجميع", "نادر الشمري", True),
    # a short name in marks right after the verb is its subject
    ("وقال نادر الشمري: «الغرفة مفتوحة».\nوأضاف «الشمري» عن دور الغرفة، وقال: «نرحب بكل مستثمر».",
     "نرحب بكل مستثمر", "نادر الشمري", True),
    # «جاء في» a rank is no source; «جاء في كلمته» is the words of whoever «ـه» means
    ("وجاء في المركز الثاني فيلم الخيال \"النجوم البعيدة\"، الذي يشارك في بطولته عدد من الممثلين.",
     "النجوم البعيدة", None, False),
    ("وألقى الوزير سامي داود كلمة. وجاء في كلمته \"نحن ماضون في الإصلاح\".",
     "نحن ماضون في الإصلاح", "سامي داود", True),
    # an unnamed source's tribe or body after «من» is part of the description, not a name
    ("ويقول مصدر عسكري من قبيلة الزاوية، إحدى كبرى القبائل، إن «القوات لم يعد أمامها خيار».",
     "القوات لم يعد أمامها خيار", "مصدر عسكري من قبيلة الزاوية", True),
    # a role, its university, then the holder's name
    ("ووصف عالم الآثار في جامعة القاهرة منير سالم، الاكتشاف بأنه «كنز لا يقدر بثمن».",
     "كنز لا يقدر بثمن", "منير سالم", True),
    # an agency's short name in marks between the speaker and «أن» is a name
    ("وذكرت وكالة الأنباء الرسمية «وفا» أن المعبر أغلق.", "وفا", None, False),
    # «باسم» (on behalf of) is no name: the body after it belongs to the spokesman's description
    ("وقال الناطق باسم وزارة الخارجية \"إن الوزير يهنئ البلدين على الاتفاق\".",
     "إن الوزير يهنئ البلدين على الاتفاق", "الناطق باسم وزارة الخارجية", True),
    # «جاء في بلاغ …» cites a text even when the noun is not listed
    ("وجاء في بلاغ وفد الجمعية البرلمانية أن \"المواطنين كانوا في مستوى الرهان\".",
     "المواطنين كانوا في مستوى الرهان", "بلاغ وفد الجمعية البرلمانية", True),
    # «أبدى إعجابه “…”»: the possessed noun is the object; the speaker is the one it belongs to
    ("وقال النائب جيل بارنيو إن الانتخابات ناجحة. وبالنسبة لهذا النائب، الذي أبدى إعجابه "
     "\"ببناء مؤسساتي متين\"، فإن البلاد \"تتوفر اليوم على بنية قوية\".",
     "ببناء مؤسساتي متين", "جيل بارنيو", True),
    # subject-verb order at a sentence start: the fronted name or description speaks, what follows
    # the verb is its object
    ("وقالت المحامية سلوى الناصري إن النقاش ضروري.\n"
     "الناصري هاجمت الجهات التي تشكك في فائدة الحوار، موضحة أنه \"من الضروري إشراك الشباب في القرار\".",
     "من الضروري إشراك الشباب في القرار", "سلوى الناصري", True),
    # a long title right after its noun («حول موضوع “…”»)
    ("نظمت الجمعية ندوة حول موضوع \" مساهمة الجامعات في تطوير البحث العلمي وربطه بحاجات سوق الشغل "
     "ومن أجل تشجيع الابتكار لدى الطلبة \" أمس.",
     "مساهمة الجامعات في تطوير البحث العلمي وربطه بحاجات سوق الشغل ومن أجل تشجيع الابتكار لدى الطلبة",
     None, False),
    # a run of short marked spans joined by commas is a list of names, not speech
    ("وأشار المصدر إلى أن الشرطة رصدت عددا من الحسابات الوهمية، منها “نسر الجبل”، “ذئب الصحراء”، "
     "“فارس الظلام”، “أم سارة”، وغيرها.", "ذئب الصحراء", None, False),
    # «، وقال صالح إن …» after a quotation opens a new statement: it is no incise of that quotation
    ("وقال سالم \"نحن جاهزون للحوار.\"\nوقال جبران آدم المتحدث باسم الحركة \"لا نثق بهذه الوعود.\"\n"
     "وأضاف \"لن نشارك إلا بضمانات دولية\" ، وقال سالم إن الاضطرابات تضر بالاقتصاد.",
     "لن نشارك إلا بضمانات دولية", "جبران آدم", True),
    # a date after the name («في 2015») ends the speaker phrase; the name after the role's place and
    # before «على» speaks
    ("واعتبرت وزيرة الخارجية الهولندية إيفا يانسن في 2019، أن الميناء يمثل نقطة «عبور» للمهربين، في حين "
     "أكدت أن حكومتها ستمول المعدات «غير العسكرية».", "غير العسكرية", "إيفا يانسن", True),
    ("شدد المدير الإقليمي للصحة في حائل فهد العنزي على عدم وجود \"تساهل\" مع المخالفين.",
     "تساهل", "فهد العنزي", True),
    # words after a quotation are no sentence-opening subject («“…” أقواها فرع لندن، وتابع»)
    ("وقال المدير العام للمصرف توماس ريد إن الكيان الجديد سيكون \"شبكة فروع\" أقواها فرع لندن، وتابع: "
     "\"نرى أن هذا يمنحنا مرونة أكبر\".", "نرى أن هذا يمنحنا مرونة أكبر", "توماس ريد", True),
    # «دون أن يذكر» reports nothing; a participle of manner after the name is no part of it
    ("وقال متحدث باسم الشرطة في المدينة دون أن يذكر اسم الموقوف \"تم إلقاء القبض عليه\".",
     "تم إلقاء القبض عليه", "متحدث باسم الشرطة في المدينة", True),
    ("وقال سيمون برودكين متهكما \"هذا من أجل البطولة المقبلة\".",
     "هذا من أجل البطولة المقبلة", "سيمون برودكين", True),
    # a reporting verb joined by و to the sentence's first verb shares its subject
    ("من جهة ثانية، توقف المجلس الدستوري عند المادة 12 من القانون واعتبر أن تأخير نشر المراسيم ممارسة "
     "تخالف مبدأ \"إعلام المواطنين وحمايتهم\".", "إعلام المواطنين وحمايتهم", "المجلس الدستوري", True),
    # a name in marks between a role and «قد قال», or after the role and a comma, is the speaker's name
    ("وكان المتحدث باسم البلدية «هاريسون» قد قال في لقاء إذاعي: «الأشغال تسير وفق الجدول».",
     "الأشغال تسير وفق الجدول", "هاريسون", True),
    ("صرح مدير برنامج الإغاثة في الإقليم، «دانيال كوستا» أن المانحين لا يمكنهم التأخر أكثر.",
     "دانيال كوستا", None, False),
    # a family name spelled like على after a given name; a family name with ال before a role
    ("وأكد يوسف علي وهو أحد مزارعي المنطقة أن اللصوص «سرقوا المواشي في ساعة متأخرة من الليل».",
     "سرقوا المواشي في ساعة متأخرة من الليل", "يوسف علي", True),
    ("ويظهر في التسجيل العقيد فارس المهيري قائد الكتيبة الرابعة يقول: «تقدموا يا رجال».",
     "تقدموا يا رجال", "فارس المهيري", True),
    # «رافضا ذكر اسمه» reports nothing: the speaker is the subject of «قال»
    ("فيما قال أحد الموظفين في الميناء رافضا ذكر اسمه: «منذ الفجر والشاحنات متوقفة».",
     "منذ الفجر والشاحنات متوقفة", "أحد الموظفين", True),
    # the channel after «في» is no name, even before a colon
    ("يقول الأب إلياس في أحد لقاءاته التلفزيونية: \"إن الكنيسة تستقبل الزوار طوال اليوم\".",
     "إن الكنيسة تستقبل الزوار طوال اليوم", "الأب إلياس", True),
    # «في بيان صدر …» after a verb with its subject is where the words were said
    ("وأكد المحافظون في بيان صدر عقب لقائهم أن \"الميزانية اعتمدت\".", "الميزانية اعتمدت", "المحافظون", True),
    # a surname met in full before, then the verb's object («ووصف نتانياهو الهجوم»)
    ("وقال رئيس الوزراء إيهود أولمرت إن الهجوم مدان. ووصف أولمرت الهجوم بأنه \"عمل إرهابي\".",
     "عمل إرهابي", "إيهود أولمرت", True),
    # a name in marks right after the verb, then a comma and the quotation: the name speaks
    ("وقال \"شيفر\"، \"سننطلق على أساس العمل المنجز\".\nوأضاف، \"تتحدث الماركات الأخرى عن نفسها\".",
     "تتحدث الماركات الأخرى عن نفسها", "شيفر", True),
    ("وذكرت \" وكالة الأنباء الرسمية \" أن اللقاء تناول الأوضاع.", "وكالة الأنباء الرسمية", None, False),
    # «عبر فلان عن الحادثة بقوله»: عن belongs to the verb; the words are the subject's
    ("فيما عبر رئيس البلدية وائل حمدان عن الفاجعة بقوله \"هذه مأساة لن ننساها\".",
     "هذه مأساة لن ننساها", "وائل حمدان", True),
    # «قوله» after a title is no name («عن الوزير قوله»)
    ("ونقلت الوكالة عن الوزير قوله \"سنواصل العمل\".", "سنواصل العمل", "الوزير", True),
    # a sentence opening with a role and a name, a verb, then «حيث قال»: the named person speaks
    ("وقال وائل حمدان \"هذه مأساة\".\nعميد الكلية الدكتور ماجد السبيعي وضع القرار في إطاره، "
     "حيث قال في تغريدة له \"إغلاق المكتبة خطأ\".", "إغلاق المكتبة خطأ", "ماجد السبيعي", True),
    # «في بيانه» after «وقال التنظيم» says where, not who
    ("وقال الحزب في بيانه ان “هذه الخطوة جاءت ردا على قرار الحكومة”.",
     "هذه الخطوة جاءت ردا على قرار الحكومة", "الحزب", True),
    # a label after «يطلق عليه اسم» stays a label even in a paragraph where someone speaks
    ("وقال مدير الشركة \"النموذج ناجح\". يذكر أن النموذج الذي يطلق عليه اسم \"النجم 500\" أثار "
     "ردود فعل إيجابية.", "النجم 500", None, False),
    # «باسم» in a spokesman's role, then a rank and the name: the name speaks
    ("من جانبه؛ قال المتحدث باسم إدارة المرور الرائد بدر القحطاني: \"سجلنا ثلاثة حوادث بسيطة\".",
     "سجلنا ثلاثة حوادث بسيطة", "بدر القحطاني", True),
    # «في معرض وصفه» is a verbal noun with its owner, not «وصف» reporting
    ("وفي معرض وصفه للنقاش بأنه «أهم نقاش»، قال الرئيس كمال داود إن البرلمان يجب أن يصمد.",
     "أهم نقاش", "كمال داود", True),
    # آل opens a family name after a title and a nisba
    ("واعتبر رئيس الاتحاد الآسيوي الشيخ البحريني سلمان بن إبراهيم آل خليفة أن المرشح فريد.\n"
     "وقال: \"بالتأكيد نحن ندعمه\".", "بالتأكيد نحن ندعمه", "سلمان بن إبراهيم آل خليفة", True),
    # a verb later in the sentence does not make short labels before it someone's words
    ("الخطر أن هذا \"الاستهلاك المفرط\" سوف يقود إلى كثير من \"الإدمان\" لأن كل منصة تغذيه بمحتوى جديد.",
     "الاستهلاك المفرط", None, False),
    # a description, then the person's name in marks: the name is the subject, not speech
    ("كشفت الأسترالية «كلير ماثيوز» أول سباحة تعبر المضيق ذهابا وإيابا أن عائلتها تلقت تهاني كثيرة.",
     "كلير ماثيوز", None, False),
    # «بهذا الخصوص» after the verb is no subject: the last speaker goes on
    ("وقال الوزير سامي داود إن الأمر مهم.\nوقال بهذا الخصوص: «بعد اكتمال الدراسات سنعرف».",
     "بعد اكتمال الدراسات سنعرف", "سامي داود", True),
    # a short definite name in marks right after the common noun it names
    ("وارتفعت أسعار المواد الغذائية، كان آخرها مادة \"العدس\" التي بلغ ثمنها عشرين درهما.",
     "العدس", None, False),
    # but after «وصفها» the marked words are the describer's
    ("وحمل زعيم الحزب الحكومة مسؤولية ما وصفها أعمال \"العنف والإرهاب\" في المدينة.",
     "العنف والإرهاب", "زعيم الحزب", True),
    # «هذا ما أضافه X» names the speaker after the verb
    ("وقال كيم سون إن الوضع سيئ. \"الرئيس يشبه من يلتهم والديه\"، هذا ما أضافه كيم الذي تابع: "
     "\"إذا تم انتخابي سأصلح كل شيء\".", "الرئيس يشبه من يلتهم والديه", "كيم سون", True),
    # «- حسب ما أوردته صحيفة … -» inside a sentence with its verb and subject says where
    ("وقال هشام الطرابلسي - حسب ما أوردته جريدة الشروق اليومية- \"الأولوية هي التشغيل\".",
     "الأولوية هي التشغيل", "هشام الطرابلسي", True),
    # marked words opening with a prize or event noun are its title
    ("فازت الشاعرة سلمى حبيب مناصفة بـ«جائزة الحيدري للشعراء العرب الشباب» في دورتها الخامسة.",
     "جائزة الحيدري للشعراء العرب الشباب", None, False),
    # «يكتب» in the present reports writing: the critic's words, not «يكتب الناقد …» as a name
    ("يرى الناقد البريطاني جيمس هارلو أن الفيلم جريء.\n"
     "«في النهاية» يكتب الناقد هارلو: «يحاول المخرج أن يقدم صورة صادقة عن الريف».",
     "يحاول المخرج أن يقدم صورة صادقة عن الريف", "جيمس هارلو", True),
    # a profession noun (critic, novelist, athlete) heads a description before the name
    ("وأكد الروائي المصري سامح البنا أن الرواية «عمل جماعي».\n"
     "وقال البنا: «كتبت هذه الرواية في عامين كاملين».",
     "كتبت هذه الرواية في عامين كاملين", "سامح البنا", True),
    # a family name written with ال («البصيري») is the person met in full without it («بصيري»)
    ("وقال المدرب السابق نادر بصيري إن الفريق يحتاج إلى دعم.\n"
     "وقال البصيري: «كان الجمهور يملأ المدرجات في كل مباراة».",
     "كان الجمهور يملأ المدرجات في كل مباراة", "نادر بصيري", True),
    # «ثم ألقى الشاعر فلان الفلاني كلمة … وقال»: the sentence's subject, past «ثم» and its object
    ("وقال رئيس النادي وليد السالم: «نحن فخورون بهذه الأمسية».\n"
     "ثم ألقى الشاعر ماهر القحطاني كلمة أشار فيها إلى دور الشباب، وقال إن «المواهب تحتاج إلى رعاية».",
     "المواهب تحتاج إلى رعاية", "ماهر القحطاني", True),
    # «وقال بصوت مرتفع»: a manner phrase after the verb is no subject; the sentence's player speaks
    ("وقال المدرب فهد الزهراني إن الحصة انتهت.\n"
     "وانزعج الحارس ياسين العمراني من تعليمات المدرب، وقال بصوت مرتفع ملوحا بيديه: «لن أقف في هذا المكان».",
     "لن أقف في هذا المكان", "ياسين العمراني", True),
    # the object after a sentence-opening subject («اتخذ الممثل فلان فلاني خطوة …») is not his name
    ("اتخذ الممثل الأمريكي جاك بروكس خطوة مفاجئة ونفى الشائعات.\n"
     "وقال بروكس في بيان: «لا صحة لكل ما نشر عن حياتي الخاصة».",
     "لا صحة لكل ما نشر عن حياتي الخاصة", "جاك بروكس", True),
    # «بينما تقرأ الشاعرة فلانة فلانية رواية …»: past «بينما», the poet, not her book, speaks later
    ("بينما تقرأ الشاعرة سلوى حداد رواية جديدة لكاتب شاب، وتصف سلوى الرواية بأنها "
     "«عمل صادق ومؤثر في كل صفحة».",
     "عمل صادق ومؤثر في كل صفحة", "سلوى حداد", True),
    # «وأشاد بمقاتلي …»: a plural in construct after بـ is the verb's complement, not its subject
    ("وقال وزير الداخلية سامي العبدلي إن الحكومة تعمل على فتح المطار، وأشاد بمقاتلي الحرس المحلي "
     "\"الذين قدموا تضحيات كبيرة من أجل المدينة\".",
     "الذين قدموا تضحيات كبيرة من أجل المدينة", "سامي العبدلي", True),
    # a family name with ة before a particle stays in the name («سامر حسن جمعة أن …»)
    ("أكد الباحث سامر حسن جمعة أن التقرير دقيق. وقال جمعة: «النتائج واضحة للجميع».",
     "النتائج واضحة للجميع", "سامر حسن جمعة", True),
    # «اعترفت الممثلة فلانة فلانية بأنها …»: the name ends before «بأنها»
    ("اعترفت الممثلة اللبنانية رنا حداد بأنها تسرعت في قرارها.\n"
     "وقالت حداد: «كنت بحاجة إلى وقت أطول للتفكير».",
     "كنت بحاجة إلى وقت أطول للتفكير", "رنا حداد", True),
    # an indefinite description opening the sentence names no one: a term in marks stays a term
    ("أطلقت كاتبة فرنسية حملة على الإنترنت، وتعني كلمة \"بلوم\" في لغتها الزهرة.",
     "بلوم", None, False),
    # «وكان X قد قال»: the auxiliary before a fronted subject is not part of the name
    ("أكد وزير المالية الكندي بول مارتن أن الميزانية متوازنة.\n"
     "وكان مارتن قد قال في مؤتمر صحفي إن «العجز سيختفي خلال عامين».",
     "العجز سيختفي خلال عامين", "بول مارتن", True),
    # a blessing after the speaker («النبي صلى الله عليه وسلم») is not part of the speaker phrase
    ("وذكر الخطيب في خطبته أن النبي صلى الله عليه وسلم قال: «الدين النصيحة».",
     "الدين النصيحة", "النبي", True),
    # «أوضح ذلك X»: the demonstrative is the object; the role phrase goes on to the honorific and name
    ("أعلن النادي تكريم عدد من الرواد. أوضح ذلك رئيس النادي المشرف العام على الحفل الدكتور "
     "سالم المنصوري، وقال: «التكريم اعتراف بجهودهم الطويلة».",
     "التكريم اعتراف بجهودهم الطويلة", "سالم المنصوري", True),
    # «Title، Name»: a title, a comma and a full name: the name speaks
    ("«الدورة المقبلة ستكون أكبر»، بهذه الكلمات ختم رئيس اتحاد الكتاب، نبيل الحسيني الملتقى السنوي.",
     "الدورة المقبلة ستكون أكبر", "نبيل الحسيني", True),
    # a quotation the next sentence points back to («هذا ما أكده X») takes that sentence's speaker
    ("\"القرار نهائي ولا رجعة فيه\"، هذا ما أكده رئيس النادي سامي الجابر في تصريح صحفي.",
     "القرار نهائي ولا رجعة فيه", "سامي الجابر", True),
    # «هذا ما قاله X»: قال takes no second object, the family name after it speaks, in full
    ("ويرى المدافع السابق للفريق أندرو ماكلين أن الفريق قادر على المنافسة.\n"
     "«لدينا أفضل خط وسط في الدوري»، هذا ما قاله ماكلين الذي يعمل مدربا للشباب.",
     "لدينا أفضل خط وسط في الدوري", "أندرو ماكلين", True),
    # a title's nationality adjective before the name: a later bare title resolves to that person
    ("قال الرئيس البرازيلي لويس سانتوس إن «الاقتصاد يتعافى».\n"
     "وفي مؤتمر آخر أكد الرئيس البرازيلي أن «الاستثمارات تتزايد».",
     "الاستثمارات تتزايد", "لويس سانتوس", True),
    # two titled people as one subject: a later feminine verb goes on with the woman
    ("وأكدت الوزيرة هدى الزين والمدير العام كمال العلي أن المشروع يسير وفق الخطة.\n"
     "وقالت: «سننتهي من المرحلة الأولى قبل نهاية العام».",
     "سننتهي من المرحلة الأولى قبل نهاية العام", "هدى الزين", True),
    # a possessed noun after the name is the verb's object («تواصل الفنانة X Y عملها»)
    ("تواصل الرسامة السورية ليلى قباني عملها في باريس منذ سنوات.\n"
     "وتقول قباني: «الغربة علمتني الصبر».",
     "الغربة علمتني الصبر", "ليلى قباني", True),
    # a Latin-script word in marks in an Arabic article is a term, not speech
    ("وأطلقت الشركة خدمة جديدة تتيح للعملاء تلقي رسائل \"sms\" مجانا.", "sms", None, False),
    # a blessing in marks after a ruler's title is a formula, not someone's words
    ("وأشاد بتوجيهات القيادة \"أيدها الله\" في دعم الشباب.", "أيدها الله", None, False),
    # a product name after «باقة» is a name
    ("وأطلقت الشركة باقة \"ممتاز\" للمكالمات الدولية بسعر ثابت.", "ممتاز", None, False),
    # a run of song titles joined by commas and و is a list of titles, even with a five-word one
    ("وغنى الفنان \"يا ليل\"، و\"لو تعرف قلبي كم يحبك\"، و\"سلام\"، وغيرها من أغانيه.",
     "لو تعرف قلبي كم يحبك", None, False),
    # a straight mark glued to a lone proclitic («ب"») opens the words it governs, padded or not
    ("وأشادت المغنية سلمى العطار بالجمهور الذي وصفته ب\" أوفى جمهور \" حضر حفلاتها في المدينة.",
     "أوفى جمهور", "سلمى العطار", True),
    # «الذي وصفته بـ“…”» after a one-word name with a title and a nationality: she describes it
    ("وكانت تحيي المطربة اللبنانية نوال، جمهورها، إذ عبرت عن حبها لهذا الحضور الذي وصفته "
     "بـ\"أجمل جمهور\" في مسيرتها.",
     "أجمل جمهور", "نوال", True),
    # «الناطق باسم X علي Y»: written with ي, علي after a role is the given name, not «على»
    ("وقال الناطق باسم اللجنة الشعبية علي الدوسري لوكالة الأنباء إن «الوضع تحت السيطرة».",
     "الوضع تحت السيطرة", "علي الدوسري", True),
    # a vague source followed by a comma and its object stays the source («أكد مصدر …، عدم …»)
    ("أكد مصدر في الاتحاد المحلي لكرة السلة، عدم تلقي أي شكوى رسمية، وقال: \"لم يصلنا أي خطاب\".",
     "لم يصلنا أي خطاب", "مصدر في الاتحاد المحلي لكرة السلة", True),
    # the outlet named right after a verb of relaying, closing the clause, is a name, not speech
    ("وقال الوزير سامر الخطيب إن «المفاوضات ستستأنف قريبا»، كما نقلت «الأناضول».",
     "الأناضول", None, False),
    # an object read as the subject («ونفى ارتكاب أي مخالفات») is no one: the speaker goes on
    ("وقال مدير الشركة خالد يوسف إن الحسابات سليمة. وأكد خالد يوسف مجددا عدم وجود أي مخالفات، "
     "وأضاف \"نحن نعمل بشفافية كاملة\".",
     "نحن نعمل بشفافية كاملة", "خالد يوسف", True),
    # the outlet a person speaks to (after لـ/إلى/مع following a reporting verb or a speech noun)
    # is a name, however many words it has; the words said to it stay the person's
    ("كشف وزير النقل سعيد الغامدي لـ«قناة الخليج الإخبارية» أن المشروع سيكتمل العام المقبل.",
     "قناة الخليج الإخبارية", None, False),
    ("وقال الغامدي في تصريح خاص لـ\"المدينة المنورة اليوم\": \"نعمل على تسريع وتيرة التنفيذ\".",
     "المدينة المنورة اليوم", None, False),
    ("وتحدث الوزير إلى «سكاي نيوز عربية» عن خطط التوسعة.", "سكاي نيوز عربية", None, False),
    ("وأوضح الغامدي في اتصال هاتفي مع «عكاظ اليوم» أن العمل مستمر.", "عكاظ اليوم", None, False),
    ("قال مدير المستشفى ناصر العتيبي في حديث خاص لـ\"صحيفة الوطن اليوم\" إن الحالة مستقرة.\n"
     "وأضاف: \"سنعلن التفاصيل في مؤتمر صحافي\".",
     "سنعلن التفاصيل في مؤتمر صحافي", "ناصر العتيبي", True),
    # a few words after لـ inside the reported words (after «إن») are still speech
    ("وقال الوزير سعيد الغامدي إن الوزارة تسعى لـ«تحقيق التوازن المطلوب» في السوق.",
     "تحقيق التوازن المطلوب", "سعيد الغامدي", True),
    # a role phrase longer than ten words before the name: the name speaks, and a later bare role
    # («وقال رئيس البعثة») is that person
    ("أكد رئيس بعثة المعهد الديمقراطي الوطني الأمريكي المكلفة بملاحظة الانتخابات الجماعية والجهوية "
     "بالمغرب، إيان ريتشاردسون، في ندوة صحافية، أن «الاقتراع مر في ظروف عادية».\n"
     "وسجل المتحدث ذاته أن عدد الملاحظين بلغ أربعين.\n"
     "وقال رئيس البعثة: «لاحظنا بعض التجاوزات المحدودة».",
     "لاحظنا بعض التجاوزات المحدودة", "إيان ريتشاردسون", True),
    # a name met first in a list with the conjunction و is given without it when also written alone
    ("وحضر المستشارون الجدد، وهم الدكتور أحمد سالم الراشد، والمهندس حيدر علي السقاف، وعبد العزيز "
     "جباري (جرى تعيينهم أخيرا).\nوقال عبد العزيز جباري مستشار الرئيس لـ«الشرق الأوسط»: «الحوار "
     "السياسي مفتوح».\nوأضاف: «لا بد من تنفيذ القرار».",
     "لا بد من تنفيذ القرار", "عبد العزيز جباري", True),
    # … but a given name that starts with و («وليد») keeps it
    ("وقال مدير الشركة، وليد الحربي، إن «الأرباح ارتفعت».\nوأضاف الحربي: «سنوزع أرباحا».",
     "سنوزع أرباحا", "وليد الحربي", True),
    # the newspaper spoken to, opened by a mark that is never closed, is not the speaker: the
    # person after it is, and so on for the verbs without a subject after it
    ("وقال سامي العنزي مدير المبيعات في شركة النخبة للسفر إن \"الطلب تضاعف هذا الصيف\". "
     "صورة: خالد سعيد ـ «المسار» وأوضح لـ\"المسار العنزي في تصريح خاص، أن الأسعار ارتفعت، "
     "وقال \"هذا أمر متوقع في المواسم\". وأضاف \"نعمل على رحلات إضافية\".",
     "نعمل على رحلات إضافية", "سامي العنزي", True),
    ("وقال سامي العنزي مدير المبيعات في شركة النخبة للسفر إن \"الطلب تضاعف هذا الصيف\". "
     "صورة: خالد سعيد ـ «المسار» وأوضح لـ\"المسار العنزي في تصريح خاص، أن الأسعار ارتفعت، "
     "وقال \"هذا أمر متوقع في المواسم\".",
     "هذا أمر متوقع في المواسم", "سامي العنزي", True),
    # a name in marks that ends the sentence before a verb glued to و is not that verb's subject
    ("وقالت الباحثة هند السالم إن «الدراسة شملت ألف أسرة». تصوير ـ «الميدان» وأضافت «النتائج ستنشر قريبا».",
     "النتائج ستنشر قريبا", "هند السالم", True),
    # a body after لـ behind a role («مدير الفرع لمجموعة …») is not a name the register keeps
    ("وكشف ماجد الفهد المدير الإقليمي لمجموعة الرواد للتقنية أن المبيعات زادت. "
     "وأوضح لـ\"الوطن الفهد، أن الشركة ستتوسع، مؤكدا أن \"السوق يتسع للجميع\".",
     "السوق يتسع للجميع", "ماجد الفهد", True),
    # a short name in straight marks inside a straight-marked quotation nests: the quotation stays
    ("وأشاد الباحث كريم الساعدي بالتعاون مع الجامعة.\nوقال: \"نعمل مع فريق \"أفق\" على مشروع "
     "جديد لرصد الأمطار في الجنوب\".",
     "نعمل مع فريق \"أفق\" على مشروع جديد لرصد الأمطار في الجنوب", "كريم الساعدي", True),
    ("وأشاد الباحث كريم الساعدي بالتعاون مع الجامعة.\nوقال: \"نعمل مع فريق \"أفق\" على مشروع "
     "جديد لرصد الأمطار في الجنوب\".",
     "أفق", None, False),
    # a date after a long role phrase, then «، NAME،»: the name speaks
    ("أكد رئيس لجنة المتابعة الإقليمية المكلفة بمراقبة الاقتراع البلدي لعشرين مايو، سمير بن "
     "حمودة، اليوم الاثنين، أن \"التصويت جرى في هدوء تام\"، مضيفا أن اللجنة ستنشر تقريرها.",
     "التصويت جرى في هدوء تام", "سمير بن حمودة", True),
    # a statement speaks for the body named after it with لـ
    ("وأوضح بلاغ لهيئة حماية المستهلك أن \"الحملة تستهدف المتاجر الكبرى في المدينة\".",
     "الحملة تستهدف المتاجر الكبرى في المدينة", "بلاغ لهيئة حماية المستهلك", True),
    # marked words that «هو الشعار» then describes are a slogan, not speech
    ("\"معا من أجل حي نظيف وآمن\"، هو الشعار الذي اختارته الجمعية لحملتها هذا العام.",
     "معا من أجل حي نظيف وآمن", None, False),
    # a bare name in marks after the noun of its kind names it, even in someone's words
    ("وتطرق المحلل إلى السوق بقوله: يتراجع الخام «ويستكس» منذ أسبوع، أما نفط «أورال» فيستقر.",
     "ويستكس", None, False),
    ("وتطرق المحلل إلى السوق بقوله: يتراجع الخام «ويستكس» منذ أسبوع، أما نفط «أورال» فيستقر.",
     "أورال", None, False),
    # … but one marked word that is a predicate or a manner adverb stays someone's
    ("وقال الوزير إن الوضع المالي «حرج» ويحتاج إلى قرارات.", "حرج", "الوزير", True),
    # a masculine ḥāl participle goes with the man who speaks, not with a feminine body named
    # in between («حيث عبرت الهيئة …، مشيدا …»)
    ("أكد رئيس الوفد الأوروبي، هانس مولر، أن \"الانتخابات جرت في أجواء هادئة\".\n"
     "وأشار إلى أن لقاء الوفد مع الهيئة كان مثمرا، حيث عبرت الهيئة عن تعاون كبير، مشيدا بكون "
     "الموظفين \"يعملون بمهنية عالية\".",
     "يعملون بمهنية عالية", "هانس مولر", True),
    # a long description ending with a title and a name: the name speaks
    ("وفي هذا السياق، يقول أستاذ طب الأطفال بكلية الطب في جامعة الشارقة الدكتور ناصر حمدان: "
     "\"ننصح الأسر بمراجعة الطبيب عند ظهور الأعراض\".",
     "ننصح الأسر بمراجعة الطبيب عند ظهور الأعراض", "ناصر حمدان", True),
    ("وجاء في تصريحات معالي وزير النقل المهندس سامي الحربي \"سنفتتح الطريق الجديد قبل نهاية العام\".",
     "سنفتتح الطريق الجديد قبل نهاية العام", "سامي الحربي", True),
    # after a title, a name and a family name with ال, a word with بـ is the verb's object
    ("وأشاد المدرب خالد العمري بأداء اللاعبين، وقال «كان الفريق رائعا اليوم».",
     "كان الفريق رائعا اليوم", "خالد العمري", True),
    # … but «عبد الستار بارز» is one name (ال after عبد belongs to the given name)
    ("وأعلن المدرب عبد الستار بارز «انتهاء الموسم بالنسبة إلى الفريق».",
     "انتهاء الموسم بالنسبة إلى الفريق", "عبد الستار بارز", True),
    # a student named after «الطالب» goes on speaking through «وقال» in the same sentence
    ("وعبر الطالب فهد السالم، عن فرحته بالجائزة، وقال «إن ذلك ثمرة جهد سنوات».",
     "إن ذلك ثمرة جهد سنوات", "فهد السالم", True),
    # a fronted adverbial («وفي لفتة جميلة،») is no subject: a ḥāl with no reporting verb before
    # it goes with the subject of the verb after a comma
    ("وفي لفتة جميلة، صفق لها الحضور طويلا، قدم الفنان السوري في ختام الحفل تحية للجمهور، "
     "مؤكدا أن \"هذه الليلة لا تنسى\".",
     "هذه الليلة لا تنسى", "الفنان السوري", True),
    # after a particle and its verb («ولم يبد …») the next word is the subject of the ḥāl
    ("ولم يبد العتيبي في حديثه للصحيفة اهتماما بالانتقادات، قائلا: «نحترم رأي الجميع».",
     "نحترم رأي الجميع", "العتيبي", True),
    # «قبيل»/«عند» after the name end the subject: a time, not more of the name
    ("وقال كوستاس ميتاكيس قبيل بدء الاجتماع \"نحن قريبون من اتفاق\".",
     "نحن قريبون من اتفاق", "كوستاس ميتاكيس", True),
    # «عما وصفه بـ…»: the words are those of the sentence's subject, not the بـ-complement
    ("دافع وزير الخارجية سامي فرحات أمام النواب أمس عما وصفه باتفاق «متوازن» مع الشركاء.",
     "متوازن", "سامي فرحات", True),
    # a verb with no subject goes on with the subject of the sentence's first verb, cut after the
    # family name (what follows is that verb's object)
    ("من جهته، نصح المدير الفني خالد البلوشي الأندية المحلية بالاهتمام بالفئات السنية، "
     "وقال: \"المستقبل يبدأ من المدارس الكروية\".",
     "المستقبل يبدأ من المدارس الكروية", "خالد البلوشي", True),
    # a place named after someone («مطار الملك فهد الدولي») is no person: a later «الإدارة» is the
    # body that speaks, not the king
    ("قالت إدارة مطار الملك فهد الدولي إن الرحلات حولت إلى الصالة الجديدة.\n"
     "وأكدت الإدارة العامة للنقل في تعميم للشركات \"إن على كل شركة الالتزام بالمواعيد\".",
     "إن على كل شركة الالتزام بالمواعيد", "الإدارة العامة للنقل", True),
    # the outlet or medium spoken to may stand between the verb and its subject
    ("وقال لصحيفة \"الوطن\" مدير الشركة سامي العتيبي إن \"المبيعات ارتفعت هذا العام\".",
     "المبيعات ارتفعت هذا العام", "سامي العتيبي", True),
    ("وقال لصحيفة \"الوطن\" مدير الشركة سامي العتيبي إن \"المبيعات ارتفعت هذا العام\".",
     "الوطن", None, False),
    ("وأوضح عبر \"تويتر\" رئيس النادي فهد الزامل أن \"الفريق جاهز للموسم\".",
     "الفريق جاهز للموسم", "فهد الزامل", True),
    ("وقال لقناة \"العربية الحدث\" وزير الخارجية عادل الشمري إن \"المفاوضات ستستأنف قريبا\".",
     "المفاوضات ستستأنف قريبا", "عادل الشمري", True),
    ("وأكد في اتصال هاتفي مع \"المدينة\" مدير التعليم ماجد الحربي أن \"الدراسة تبدأ في موعدها\".",
     "الدراسة تبدأ في موعدها", "ماجد الحربي", True),
    # a role ending with the body it speaks for, then the name: the name speaks
    ("وأكد في تصريح لـ\"الرياض\" المتحدث باسم الوزارة خالد المالكي أن \"العمل مستمر بلا توقف\".",
     "العمل مستمر بلا توقف", "خالد المالكي", True),
    # a verb of titling and بـ give a work its title, however long («عنونته بـ“…”»)
    ("ونشرت المجلة ملفا خاصا في عددها الأخير الذي عنونته بـ\"أسئلة الماء والمستقبل في المدن الكبرى\"، "
     "بمشاركة عشرة باحثين.", "أسئلة الماء والمستقبل في المدن الكبرى", None, False),
    # a song noun in the dual construct names the songs after it
    ("وردد الجمهور مع الفنان أغنيتي \"ليالي الصيف\" و\"يا بحر\"، قبل نهاية الحفل.",
     "ليالي الصيف", None, False),
    # a charge after «بتهمة» or «دينوا بـ» is an offence's name, not anyone's words
    ("وأحالت النيابة العامة ثلاثة موظفين على القضاء بتهمة \"تبديد أموال عمومية والمشاركة في التزوير\"، "
     "حسب مصدر قضائي.", "تبديد أموال عمومية والمشاركة في التزوير", None, False),
    ("وقضت المحكمة بسجن أربعة متهمين دينوا بـ\"تكوين عصابة إجرامية\"، بحسب مصدر قضائي.",
     "تكوين عصابة إجرامية", None, False),
    # a body or a place noun with its definite genitive, all in marks, is a name
    ("وشارك في اللقاء ممثلون عن \"جمعية الواحة للتنمية المستدامة\" وعدد من المنتخبين.",
     "جمعية الواحة للتنمية المستدامة", None, False),
    ("واشتكى سكان \"حي النخيل الجديد\" من انقطاع الماء طيلة أسبوع.", "حي النخيل الجديد", None, False),
    # ... but a place noun with indefinite adjectives after a reporting verb is speech
    ("وقال رئيس الجمعية خالد العلمي إن الحي يحتاج إلى \"ساحة خضراء واسعة\" للأطفال.",
     "ساحة خضراء واسعة", "خالد العلمي", True),
    # a name in marks in the subject's place, before the verb's complement (عن/أن) or an apposition
    ("أعرب السفير الإيطالي \"ماركو فيراري\"، عن ارتياحه لنتائج الزيارة.", "ماركو فيراري", None, False),
    ("واعتبرت \"ليلى بناني\"، رئيسة الجمعية، أن المشروع سيرى النور قريبا.", "ليلى بناني", None, False),
    # ... and that name speaks the quotation its verb introduces
    ("واعتبرت \"ليلى بناني\"، رئيسة الجمعية، أن \"المشروع سيرى النور قبل نهاية السنة\".",
     "المشروع سيرى النور قبل نهاية السنة", "ليلى بناني", True),
    # a publication and its name in marks before the verb's complement: the publication reports
    ("وأشارت الأسبوعية الفرنسية \"لوبوان\"، أنه من المنتظر افتتاح المعهد في الخريف.", "لوبوان", None, False),
    # titles listed after «منها» following a plural noun of works
    ("وألف الباحث عددا من الكتب، منها \"تاريخ المدن العتيقة\" و\"ذاكرة الأسواق\".",
     "تاريخ المدن العتيقة", None, False),
    # bare words right after an indefinite noun of a place or a facility name that place
    ("وضرب الزلزال قرية صغيرة قرب جزيرة \"كاناريتو\" في المحيط الهادئ.", "كاناريتو", None, False),
    ("وتقام المباراة على ملعب \"ريفرسايد بارك\" في العاصمة.", "ريفرسايد بارك", None, False),
    # «إضافة إلى» (a noun in ة) is no reporting verb with a pronoun («أضافه»)
    ("وتواصل البلدية أشغال التوسعة. وسيتم تحسين الطرق إضافة إلى \"ممرات خضراء للمشاة\" في وسط المدينة.",
     "ممرات خضراء للمشاة", None, False),
    # words in marks between a role and أن: an apposition about the person, not speech
    ("وأوضح مسؤول في الوزارة \"طلب عدم الكشف عن هويته\" أن الاجتماع تأجل إلى الأسبوع المقبل.",
     "طلب عدم الكشف عن هويته", None, False),
    # a term the writer explains with «أي» (but «أي أن» explains a source's words)
    ("وتمول الدولة \"القروض الميسرة\" أي قروضا بلا فوائد لفائدة الشباب.", "القروض الميسرة", None, False),
    ("وقالت مصادر أمنية إن الهجوم نفذته \"مجموعة محترفة\" أي أنها خططت له منذ أشهر.",
     "مجموعة محترفة", "مصادر أمنية", True),
    # a word added to a legal text is a term
    ("وصادق المجلس على تعديل الفصل العاشر بإضافة \"استثنائيا\" إلى نصه.", "استثنائيا", None, False),
    # a bare name right after a body's description ending in a nisba adjective is its name
    ("وأبرمت الوزارة عقدا مع شركة الطيران الوطنية \"سماوات\" لنقل الحجاج.", "سماوات", None, False),
    # a bare name after «مع» is the partner; a definite group after «مع» may be a speaker's words
    ("وأكدت الوزارة أنها تواصلت مع \"حارس البوابة\"، وهو لقب أحد المبلغين.", "حارس البوابة", None, False),
    ("ودعا الوزير يوسف الناصري إلى التعامل بحزم مع \"المتلاعبين بالأسعار\" في الأسواق.",
     "المتلاعبين بالأسعار", "يوسف الناصري", True),
    # a definite body noun with its nisba adjective, in marks, names the body
    ("ونددت \"الرابطة المغربية للدفاع عن المستهلك\" بارتفاع الأسعار.",
     "الرابطة المغربية للدفاع عن المستهلك", None, False),
    # short partial speech after a reporting verb stays speech
    ("وقال الوزير يوسف الناصري إن الوضع \"مقلق\" إلى حد كبير.", "مقلق", "يوسف الناصري", True),
    ("وقال الوزير يوسف الناصري \"سنواصل العمل\"، مضيفا أن الإصلاح مستمر.",
     "سنواصل العمل", "يوسف الناصري", True),
    ("وأكد الوزير يوسف الناصري \"نحن مستعدون\"، عن قناعة.", "نحن مستعدون", "يوسف الناصري", True),
    # a dropped subject joined by «، و» to a sentence that introduced someone by name is that
    # person, not the previous speaker; a title behind a clitic preposition («للطبيبة») names too
    ("وقال الوزير يوسف الناصري \"الإصلاح مستمر\".\n"
     "وعرض التقرير شهادات للطبيبة سلمى العلوي عن نقص الأدوية، وتقول فيها \"نعمل بلا معدات كافية\".",
     "نعمل بلا معدات كافية", "سلمى العلوي", True),
    ("وقال الوزير يوسف الناصري \"المشروع جاهز\".\n"
     "وبثت القناة تصريحات للمهندس خالد المرزوقي عن الورش، ويقول فيها \"الأشغال ستبدأ غدا\".",
     "الأشغال ستبدأ غدا", "خالد المرزوقي", True),
    # a quotation earlier in the same sentence: its speaker goes on
    ("وقال المدرب سامي العمري \"الفريق جاهز\"، وأضاف \"سنلعب من أجل الفوز\".",
     "سنلعب من أجل الفوز", "سامي العمري", True),

]


@pytest.mark.parametrize(("text", "quoted", "speaker", "speech"), CASES)
def test_arabic_case(text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case("ar", text, quoted, speaker, speech)


def test_arabic_outlet_spoken_to_is_a_term() -> None:
    """Under ``--all`` the newspaper a person speaks to is listed as a ``term`` (a name)."""
    text = "وقال الباحث فهد القحطاني في حديث لـ«مجلة العلوم الحديثة» إن «النتائج مشجعة»."
    kinds = {q.text: q.kind for q in extract_quotes(text, language="ar")}
    assert kinds["مجلة العلوم الحديثة"] == "term"
    assert kinds["النتائج مشجعة"] == "full"
