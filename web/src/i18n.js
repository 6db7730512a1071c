// i18n.js holds the UI's strings in Arabic (the default) and English. The
// chosen language is remembered in the browser.

const strings = {
  ar: {
    brand: 'إسناد',
    dashboard: 'لوحة المتابعة', documents: 'الوثائق', claims: 'الادعاءات', contradictions: 'التناقضات',
    entities: 'الفاعلون', network: 'الشبكة', timeline: 'الخط الزمني', stories: 'القصص',
    search: 'بحث', searchPlaceholder: 'ابحث في المقالات… (مثال: ميليشيا)', otherLanguage: 'English',
    loading: 'جارٍ التحميل…', nothing: 'لا شيء هنا بعد.', error: 'خطأ',
    documentsCount: 'وثيقة', byOutlet: 'حسب الوسيلة', byDay: 'حسب اليوم', topActors: 'أبرز الفاعلين',
    latestContradictions: 'أحدث التناقضات', counts: 'ما وُجد', unknownOutlet: 'وسيلة غير معروفة',
    outlet: 'الوسيلة', published: 'النشر', source: 'المصدر', credits: 'منقول عن',
    chain: 'سلسلة الإسناد', origin: 'الأصل', ownVoice: 'بصوت الوسيلة نفسها', grade: 'التقدير',
    reason: 'السبب', independentOrigins: 'أصول مستقلة', otherReports: 'تقارير أخرى للادعاء نفسه',
    hedges: 'تحفظات', denied: 'منفي', asserted: 'مؤكَّد', openDocument: 'افتح الوثيقة',
    mentions: 'الإشارات', events: 'الأحداث', aliases: 'أسماء أخرى', attribute: 'موضع الخلاف',
    legend: 'المفتاح', entity: 'فاعل', time: 'زمن', quantity: 'كمية', claim: 'ادعاء',
    previous: 'السابق', next: 'التالي', of: 'من', results: 'نتيجة', allGrades: 'كل التقديرات',
    noAnalysis: 'لم تُحلَّل هذه الوثيقة بعد.', storiesOf: 'قصص تضم هذه الوثيقة',
    arrow: '←', graphHint: 'انقر على صلة لترى الادعاءات التي تسندها.', evidence: 'الأدلة',
    inheritedFrom: 'مكمَّل من الوثيقة', anyOfKind: 'أي مصدر من نوع',
    listJoin: '، ',
    qualifiers: { early: 'أوائل', mid: 'منتصف', late: 'أواخر', about: 'نحو', before: 'قبل', after: 'بعد', since: 'منذ' },
    // Names of the analysis's codes, for lang.name(table, code).
    eventTypes: { meet: 'لقاء', agree: 'اتفاق', supply: 'إمداد', attack: 'هجوم', kill: 'قتل', release: 'إفراج', transfer: 'نقل', announce: 'إعلان' },
    attributes: { time: 'الزمن', place: 'المكان', quantity: 'العدد', actor: 'الفاعل', affiliation: 'التبعية', polarity: 'النفي والإثبات' },
    // A claim's polarity as the analysis writes it (export.Claim.Polarity).
    polarities: { asserted: 'مؤكَّد', denied: 'منفي' },
    sourceKinds: { outlet: 'وسيلة إعلام', agency: 'وكالة أنباء', organization: 'منظمة', government: 'جهة حكومية', person: 'شخص', anonymous: 'مصدر مجهول', document: 'وثيقة', unknown: 'غير معروف' },
    entityTypes: { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' },
    storyKinds: { syndication: 'نسخ شبه حرفي', rewrite: 'إعادة صياغة', 'same-origin': 'أصل مشترك' },
    entityKinds: {
      country: 'دولة', city: 'مدينة', town: 'بلدة', region: 'منطقة', neighbourhood: 'حي', camp: 'مخيم', prison: 'سجن', base: 'قاعدة', river: 'نهر',
      person: 'شخص', 'state-force': 'قوة نظامية', 'armed-group': 'جماعة مسلحة', militia: 'ميليشيا', outlet: 'وسيلة إعلام', 'news-agency': 'وكالة أنباء',
      government: 'حكومة', ministry: 'وزارة', intelligence: 'استخبارات', igo: 'منظمة دولية', monitor: 'مرصد', coalition: 'تحالف', party: 'حزب',
      'think-tank': 'مركز أبحاث', event: 'حدث',
    },
    grades: { 1: 'مؤكد من مصادر مستقلة', 2: 'صحيح على الأرجح', 3: 'ربما صحيح', 4: 'مشكوك فيه', 5: 'مستبعد', 6: 'لا يمكن الحكم' },
    upload: 'رفع مقالات', uploadButton: 'ارفع', uploadChoose: 'اختر الملفات:', sending: 'جارٍ الإرسال…',
    uploadHint: 'نص أو HTML أو Markdown أو JSON أو JSON Lines أو zip؛ تُقرأ كما يقرؤها isnad ingest وتُحلَّل وتُخزَّن ثم يُعاد ربط المدونة.',
    filesRead: 'ملفات قُرئت', docsRead: 'وثائق قُرئت', docsNew: 'جديدة', docsDuplicate: 'مكررة', docsFailed: 'فشلت',
    errorsInAll: 'خطأ في المجموع',
    jobStates: { queued: 'في الانتظار', reading: 'قراءة وتحليل', linking: 'إعادة الربط وحساب التقديرات', done: 'تم', failed: 'فشل', cancelled: 'أُلغي' },
    needsAnalyst: 'رفع المقالات لمن له دور «محلل» أو «مسؤول»؛ رمزك للقراءة فقط.',
    readOnlyReliability: 'للقراءة فقط: تعديل الحروف لمن له دور «محلل» أو «مسؤول».',
    reliability: 'موثوقية المصادر', reliabilityLetter: 'الموثوقية', note: 'ملاحظة', tableDefault: 'في الجدول المرفق',
    changedBy: 'عدّلها', save: 'احفظ', resetToTable: 'أعد قيمة الجدول', addSource: 'أضف مصدرًا', sourceName: 'اسم المصدر',
    addedByAnalyst: 'أضافه محلل',
    reliabilityHint: 'حرف الموثوقية (مقياس الناتو A-F) يدخل في تقدير كل مجموعة ادعاءات؛ بعد كل تعديل تُعاد حساب التقديرات.',
    letters: { A: 'موثوق تمامًا', B: 'موثوق عادة', C: 'موثوق إلى حد ما', D: 'غير موثوق عادة', E: 'غير موثوق', F: 'لا يمكن الحكم' },
    token: 'رمز الدخول', tokenHint: 'هذا الخادم مشترك: أدخل رمز الدخول الذي أعطاك إياه المسؤول (isnad token create). يُحفظ لهذا التبويب فقط.',
    tokenUse: 'استخدم الرمز', tokenForget: 'انسَ الرمز',
  },
  en: {
    brand: 'isnad',
    dashboard: 'Dashboard', documents: 'Documents', claims: 'Claims', contradictions: 'Contradictions',
    entities: 'Actors', network: 'Network', timeline: 'Timeline', stories: 'Stories',
    search: 'Search', searchPlaceholder: 'Search the articles… (e.g. ميليشيا)', otherLanguage: 'العربية',
    loading: 'Loading…', nothing: 'Nothing here yet.', error: 'Error',
    documentsCount: 'documents', byOutlet: 'By outlet', byDay: 'By day', topActors: 'Top actors',
    latestContradictions: 'Latest contradictions', counts: 'Findings', unknownOutlet: 'unknown outlet',
    outlet: 'Outlet', published: 'Published', source: 'Source', credits: 'Credited to',
    chain: 'Chain of sources', origin: 'origin', ownVoice: "in the outlet's own voice", grade: 'Grade',
    reason: 'Reason', independentOrigins: 'independent origins', otherReports: 'Other reports of the same claim',
    hedges: 'Hedges', denied: 'denied', asserted: 'asserted', openDocument: 'Open the document',
    mentions: 'Mentions', events: 'Events', aliases: 'Other names', attribute: 'Disagreement on',
    legend: 'Legend', entity: 'actor', time: 'time', quantity: 'quantity', claim: 'claim',
    previous: 'Previous', next: 'Next', of: 'of', results: 'results', allGrades: 'All grades',
    noAnalysis: 'This document has not been analysed yet.', storiesOf: 'Stories with this document',
    arrow: '→', graphHint: 'Click a link to see the claims behind it.', evidence: 'Evidence',
    inheritedFrom: 'completed from document', anyOfKind: 'Any source of kind',
    // A group's origins name unnamed sources and unknown publishers with
    // these fixed Arabic words (judge.AnonymousOrigin, UnknownPublisher).
    listJoin: ', ',
    originNames: { 'مصدر غير مسمى': 'an unnamed source', 'ناشر غير معروف': 'unknown publisher' },
    eventTypes: { meet: 'meeting', agree: 'agreement', supply: 'supply', attack: 'attack', kill: 'killing', release: 'release', transfer: 'transfer', announce: 'announcement' },
    attributes: { time: 'time', place: 'place', quantity: 'figure', actor: 'actor', affiliation: 'affiliation', polarity: 'polarity' },
    polarities: { asserted: 'asserted', denied: 'denied' },
    sourceKinds: {},
    entityTypes: { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' },
    storyKinds: { 'same-origin': 'same origin' },
    entityKinds: { 'state-force': 'state force', 'armed-group': 'armed group', 'news-agency': 'news agency', igo: 'international organisation', 'think-tank': 'think tank' },
    grades: { 1: 'confirmed by independent sources', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged' },
    upload: 'Upload', uploadButton: 'Upload', uploadChoose: 'Choose files:', sending: 'Sending…',
    uploadHint: 'Text, HTML, Markdown, JSON, JSON Lines or zip; read as isnad ingest reads them, analysed, stored, then the corpus is relinked.',
    filesRead: 'files read', docsRead: 'documents read', docsNew: 'new', docsDuplicate: 'duplicate', docsFailed: 'failed',
    errorsInAll: 'errors in all',
    jobStates: { queued: 'Queued', reading: 'Reading and analysing', linking: 'Relinking and grading', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' },
    needsAnalyst: 'Uploading articles needs the analyst or admin role; your token reads only.',
    readOnlyReliability: 'Read only: changing the letters needs the analyst or admin role.',
    reliability: 'Source reliability', reliabilityLetter: 'Reliability', note: 'Note', tableDefault: 'In the shipped table',
    changedBy: 'Changed by', save: 'Save', resetToTable: "Reset to the table's", addSource: 'Add a source', sourceName: 'Source name',
    addedByAnalyst: 'added by an analyst',
    reliabilityHint: "The reliability letter (NATO scale A-F) feeds every claim group's grade; after each change the grades are recomputed.",
    letters: { A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'cannot be judged' },
    token: 'Access token', tokenHint: 'This server is shared: enter the access token your administrator gave you (isnad token create). It is kept for this tab only.',
    tokenUse: 'Use this token', tokenForget: 'Forget the token',
  },
};

const storageKey = 'isnad.lang';

// Language is the UI's current language and its strings.
export class Language {
  // The page's ?lang=en or ?lang=ar (for links and browser tests) wins
  // over the remembered choice.
  constructor() {
    const asked = new URLSearchParams(window.location.search).get('lang');
    this.code = (asked || readStored()) === 'en' ? 'en' : 'ar';
  }

  t(key) {
    return strings[this.code][key] ?? strings.ar[key] ?? key;
  }

  grade(n) {
    return strings[this.code].grades[n] ?? String(n);
  }

  // name is a code of the analysis (an event type, a contradiction's
  // attribute, a source's kind, an entity's type or kind) in the UI's
  // language; a code without a name is shown as it is.
  name(table, code) {
    return strings[this.code][table]?.[code] ?? code;
  }

  toggle() {
    this.code = this.code === 'ar' ? 'en' : 'ar';
    try {
      window.localStorage.setItem(storageKey, this.code);
    } catch {
      // storage refused (private mode): the choice lasts for this page only
    }
  }

  // apply sets the page's language and direction.
  apply() {
    const root = document.documentElement;
    root.lang = this.code;
    root.dir = this.code === 'ar' ? 'rtl' : 'ltr';
  }
}

function readStored() {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
