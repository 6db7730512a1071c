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
    // Names of the analysis's codes, for lang.name(table, code).
    eventTypes: { meet: 'لقاء', agree: 'اتفاق', supply: 'إمداد', attack: 'هجوم', kill: 'قتل', release: 'إفراج', transfer: 'نقل', announce: 'إعلان' },
    attributes: { time: 'الزمن', place: 'المكان', quantity: 'العدد', actor: 'الفاعل', affiliation: 'التبعية', polarity: 'النفي والإثبات' },
    sourceKinds: { outlet: 'وسيلة إعلام', agency: 'وكالة أنباء', organization: 'منظمة', government: 'جهة حكومية', person: 'شخص', anonymous: 'مصدر مجهول', document: 'وثيقة', unknown: 'غير معروف' },
    entityTypes: { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' },
    entityKinds: {
      country: 'دولة', city: 'مدينة', town: 'بلدة', region: 'منطقة', neighbourhood: 'حي', camp: 'مخيم', prison: 'سجن', base: 'قاعدة', river: 'نهر',
      person: 'شخص', 'state-force': 'قوة نظامية', 'armed-group': 'جماعة مسلحة', militia: 'ميليشيا', outlet: 'وسيلة إعلام', 'news-agency': 'وكالة أنباء',
      government: 'حكومة', ministry: 'وزارة', intelligence: 'استخبارات', igo: 'منظمة دولية', monitor: 'مرصد', coalition: 'تحالف', party: 'حزب',
      'think-tank': 'مركز أبحاث', event: 'حدث',
    },
    grades: { 1: 'مؤكد من مصادر مستقلة', 2: 'صحيح على الأرجح', 3: 'ربما صحيح', 4: 'مشكوك فيه', 5: 'مستبعد', 6: 'لا يمكن الحكم' },
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
    eventTypes: { meet: 'meeting', agree: 'agreement', supply: 'supply', attack: 'attack', kill: 'killing', release: 'release', transfer: 'transfer', announce: 'announcement' },
    attributes: { time: 'time', place: 'place', quantity: 'figure', actor: 'actor', affiliation: 'affiliation', polarity: 'polarity' },
    sourceKinds: {},
    entityTypes: { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' },
    entityKinds: { 'state-force': 'state force', 'armed-group': 'armed group', 'news-agency': 'news agency', igo: 'international organisation', 'think-tank': 'think tank' },
    grades: { 1: 'confirmed by independent sources', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged' },
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
