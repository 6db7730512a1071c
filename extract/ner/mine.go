package ner

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// Mining name lists from unlabelled news: a name is what follows a head
// word that announces its type (نادي الزمالك, صحيفة «الرأي», مدينة حلب, الأمير
// محمد بن سلمان). The tagger already reads the heads (trigger features);
// what it lacks is the name met without its head, so the lists hold the
// names alone. A name is kept when it follows a head of its type often
// enough, and when those occurrences are a large enough share of all its
// occurrences: a common word met after a head now and then (فريق العمل)
// falls below the share.

// Labels of the mined lists. A name whose occurrences after heads are a
// share below MineOptions.StrongShare of all its occurrences is filed under
// the label with WeakSuffix: the tagger learns how far to trust each tier.
const (
	WeakSuffix = "-weak"
	// minedLabelPrefix starts every mined label and no gazetteer label.
	minedLabelPrefix = "LEX-"

	MinedPER  = "LEX-PER"
	MinedORG  = "LEX-ORG"
	MinedLOC  = "LEX-LOC"
	MinedMISC = "LEX-MISC"
)

// MineOptions are the thresholds of MineNames.
type MineOptions struct {
	MinCount int     // a name follows heads of its type at least this often
	MinShare float64 // and those occurrences are at least this share of all its occurrences
	// StrongShare splits the kept names into two tiers (WeakSuffix).
	StrongShare float64
	// PhraseShare: a name of several words follows heads at least this
	// share as often as the name one word shorter (ريال مدريد is kept after
	// ريال, أوبك سجلت not after أوبك).
	PhraseShare float64
	MaxWords    int // longest unquoted name kept (quoted titles may be longer)
	MaxQuoted   int // longest quoted title kept
}

// DefaultMineOptions are the thresholds measured in data/ner/PROVENANCE.md.
func DefaultMineOptions() MineOptions {
	return MineOptions{MinCount: 5, MinShare: 0.05, StrongShare: 0.25, PhraseShare: 0.3, MaxWords: 3, MaxQuoted: 6}
}

// headKind is what a head announces and how its name is read.
type headKind struct {
	label string
	// person heads (titles) may be followed by adjectives of origin or
	// office (الرئيس الأمريكي باراك أوباما), skipped.
	person bool
	// quotedOnly heads (كتاب، فيلم) name a work only when a quoted run
	// follows: كتاب «أولاد حارتنا», not كتاب التاريخ.
	quotedOnly bool
}

// mineHeads are the head words, folded; ORG and LOC heads in the construct
// state (نادي الهلال), titles with the article (الأمير محمد). الفريق is a
// military rank, so only indefinite فريق is a team.
var mineHeads = func() map[string]headKind {
	m := map[string]headKind{}
	add := func(k headKind, words string) {
		for _, w := range strings.Fields(words) {
			m[arabic.Fold(w)] = k
		}
	}
	add(headKind{label: MinedORG}, "نادي فريق منتخب صحيفة جريدة مجلة قناة وكالة شركة منظمة حركة حزب جامعة مؤسسة هيئة جمعية بنك مصرف اتحاد مجموعة كلية مستشفى تنظيم ميليشيا")
	add(headKind{label: MinedLOC}, "مدينة محافظة بلدة قرية عاصمة منطقة دولة ولاية إقليم جزيرة مقاطعة حي مخيم بحيرة نهر جبل")
	add(headKind{label: MinedPER, person: true}, "الرئيس الأمير الأميرة الشيخ الشيخة الدكتور الدكتورة السيد السيدة الوزير الوزيرة اللاعب اللاعبة المدرب الملك الملكة الأستاذ المهندس الفنان الفنانة الكاتب الكاتبة الشاعر المخرج المواطن المواطنة الإمام النائب العقيد العميد اللواء المستشار الحارس المهاجم المدافع الداعية القاضي السفير الممثل الممثلة المطرب المطربة الروائي الأديب الباحث الصحفي الإعلامي")
	add(headKind{label: MinedMISC, quotedOnly: true}, "كتاب رواية فيلم برنامج مسلسل مسرحية ديوان أغنية ألبوم قصيدة مهرجان معرض مسابقة حملة مبادرة")
	return m
}()

// mineStop are function words that never start or continue a name.
var mineStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("في من على إلى الى عن مع أن ان إن او أو ثم قد لا ما هذا هذه ذلك تلك التي الذي الذين اللذين السابق السابقة الأسبق الجديد الحالي المؤقت المكلف المنتخب المخلوع الراحل الأول العام كان كانت يكون بعد قبل عند حيث كما أما بين حتى منذ خلال ضد لدى غير كل بعض أيضا أيضاً وفي ومن وعلى وإلى الا إلا بن بنت هو هي هم له لها به بها فيه فيها منه منها عليه عليها إليه التابع التابعة") {
		m[arabic.Fold(w)] = true
	}
	return m
}()

// Tokens that open and close a quoted title.
var quoteClose = map[string]string{"«": "»", "\"": "\"", "“": "”", "'": "'"}

// headOf returns the head a folded token is, through up to two leading
// conjunctions and prepositions (ولنادي, بمدينة; للأمير is ل + الأمير).
func headOf(tok string) (headKind, bool) {
	if k, ok := mineHeads[tok]; ok {
		return k, true
	}
	t := tok
	for range 2 {
		r, size := utf8.DecodeRuneInString(t)
		if size == 0 || !strings.ContainsRune("وفلبك", r) {
			break
		}
		t = t[size:]
		if k, ok := mineHeads[t]; ok {
			return k, true
		}
		if k, ok := mineHeads["ا"+t]; ok && strings.HasPrefix(t, "ل") {
			return k, true
		}
	}
	return headKind{}, false
}

// nameWord reports whether a folded token can be part of a name: Arabic
// letters only, two or more, neither a function word nor a head.
func nameWord(tok string) bool {
	if utf8.RuneCountInString(tok) < 2 || mineStop[tok] {
		return false
	}
	if _, ok := headOf(tok); ok {
		return false
	}
	for _, r := range tok {
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	// An article behind a preposition or conjunction (بالنادي، والحكومة) is
	// a common noun's, never a name's first letters.
	for _, p := range [...]string{"وال", "فال", "بال", "كال", "لل", "ولل", "وبال"} {
		if strings.HasPrefix(tok, p) {
			return false
		}
	}
	return true
}

// nisba reports a definite adjective of origin or office (الأمريكي، السعودية),
// which a title may carry before the name.
func nisba(tok string) bool {
	return strings.HasPrefix(tok, "ال") && (strings.HasSuffix(tok, "ي") || strings.HasSuffix(tok, "يه")) && utf8.RuneCountInString(tok) > 4
}

// nameKey is the form names are counted and listed by: the folded words.
// A name after its head carries no clitic (نادي الزمالك), so none is cut:
// stripping would cut real first letters (فيصل).
func nameKey(words []string) string { return strings.Join(words, " ") }

// partialName are first words that are not a name on their own (عبد الله،
// أبو بكر): a person's name starting with one is kept with its second word
// only.
var partialName = map[string]bool{"عبد": true, "ابو": true, "ام": true, "ابي": true, "ابن": true, "ال": true}

// MinedName is one entry of a mined list, with the counts it was chosen by.
type MinedName struct {
	Label, Name  string
	Heads, Total int // occurrences after a head of the label's type; all occurrences
}

// nameMiner holds the counts of the two passes.
type nameMiner struct {
	opt    MineOptions
	afterH map[[2]string]int // label, name → occurrences after a head
	total  map[string]int    // name → occurrences anywhere (second pass)
	firsts map[string]bool   // first words of candidate names
	maxLen int
}

// candidates calls add with the label and words of every name a head
// announces in one paragraph of folded tokens.
func (m *nameMiner) candidates(toks []string, add func(label string, words []string)) {
	for i := 0; i < len(toks)-1; i++ {
		k, ok := headOf(toks[i])
		if !ok {
			continue
		}
		j := i + 1
		if closer, ok := quoteClose[toks[j]]; ok {
			end := j + 1
			for end < len(toks) && end-j-1 <= m.opt.MaxQuoted && toks[end] != closer {
				end++
			}
			if end < len(toks) && toks[end] == closer && end > j+1 && end-j-1 <= m.opt.MaxQuoted {
				run := toks[j+1 : end]
				if allNameWords(run) {
					add(k.label, run)
				}
			}
			continue
		}
		if k.quotedOnly {
			continue
		}
		if k.person {
			for skip := 0; skip < 2 && j < len(toks) && nisba(toks[j]); skip++ {
				j++
			}
		}
		n := 0
		for n < m.opt.MaxWords && j+n < len(toks) && nameWord(toks[j+n]) {
			n++
		}
		for w := 1; w <= n; w++ {
			if k.person && (w > 2 || w == 1 && partialName[toks[j]]) {
				continue
			}
			add(k.label, toks[j:j+w])
		}
	}
	// بن chains: the words either side of بن are names (محمد بن سلمان).
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] != "بن" && toks[i] != "ابن" {
			continue
		}
		if nameWord(toks[i-1]) && !partialName[toks[i-1]] {
			add(MinedPER, toks[i-1:i])
		}
		if nameWord(toks[i+1]) && !partialName[toks[i+1]] {
			add(MinedPER, toks[i+1:i+2])
		}
	}
}

func allNameWords(run []string) bool {
	for _, t := range run {
		if !nameWord(t) && !mineStop[t] {
			return false
		}
	}
	return nameWord(run[0]) && nameWord(run[len(run)-1])
}

// countTotals counts, in one paragraph, every occurrence of the candidate
// names anywhere, with or without a conjunction or preposition on the first
// word (والزمالك).
func (m *nameMiner) countTotals(toks []string) {
	for i := range toks {
		first := toks[i]
		if !m.firsts[first] {
			if first = stripProclitics(first); !m.firsts[first] {
				continue
			}
		}
		key := first
		for n := 1; n <= m.maxLen && i+n <= len(toks); n++ {
			if n > 1 {
				key += " " + toks[i+n-1]
			}
			if _, ok := m.total[key]; ok {
				m.total[key]++
			}
		}
	}
}

// MineNames reads a corpus twice through read (which must give the same
// paragraphs of folded tokens each time, as clusters.ReadSaudiNewsNet does)
// and returns the names kept, sorted by label and name: the same corpus
// gives the same list.
func MineNames(ctx context.Context, read func(emit func([]string)) error, opt MineOptions) ([]MinedName, error) {
	m := &nameMiner{opt: opt, afterH: map[[2]string]int{}, total: map[string]int{}, firsts: map[string]bool{}}
	err := read(func(toks []string) {
		m.candidates(toks, func(label string, words []string) {
			m.afterH[[2]string{label, nameKey(words)}]++
		})
	})
	if err != nil {
		return nil, fmt.Errorf("mining names, first pass: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for k, c := range m.afterH {
		if c < opt.MinCount {
			continue
		}
		m.total[k[1]] = 0
		words := strings.Fields(k[1])
		m.firsts[words[0]] = true
		m.maxLen = max(m.maxLen, len(words))
	}
	if err := read(m.countTotals); err != nil {
		return nil, fmt.Errorf("mining names, second pass: %w", err)
	}
	var out []MinedName
	for k, c := range m.afterH {
		tot, ok := m.total[k[1]]
		if !ok || c < opt.MinCount {
			continue
		}
		tot = max(tot, c) // a head's clitic can hide a name from the second count
		if float64(c) < opt.MinShare*float64(tot) {
			continue
		}
		if sp := strings.LastIndexByte(k[1], ' '); sp > 0 && float64(c) < opt.PhraseShare*float64(m.afterH[[2]string{k[0], k[1][:sp]}]) {
			continue
		}
		label := k[0]
		if float64(c) < opt.StrongShare*float64(tot) {
			label += WeakSuffix
		}
		out = append(out, MinedName{Label: label, Name: k[1], Heads: c, Total: tot})
	}
	slices.SortFunc(out, func(a, b MinedName) int {
		if c := strings.Compare(a.Label, b.Label); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out, nil
}

// MinedLexicon files mined names under their labels.
func MinedLexicon(names []MinedName) *Lexicon {
	lex := NewLexicon()
	for _, n := range names {
		lex.Add(n.Name, n.Label)
	}
	return lex
}
