package actors

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/isnad/isnad/data"
)

func TestShippedLexiconLoads(t *testing.T) {
	lex := testLexicon(t)
	byType := map[string]int{}
	for _, a := range lex.Actors() {
		byType[a.Type]++
	}
	// The lexicon is meant to be of real use: hundreds of actors across types.
	if lex.Len() < 400 || byType[TypeORG] < 150 || byType[TypeLOC] < 150 || byType[TypePER] < 30 {
		t.Fatalf("lexicon too small: %d actors, by type %v", lex.Len(), byType)
	}
	t.Logf("%d actors: %v", lex.Len(), byType)
	for _, id := range []string{"isis", "irgc", "sohr", "alhurra", "deir-ez-zor", "palmyra"} {
		if _, ok := lex.Actor(id); !ok {
			t.Errorf("actor %s missing", id)
		}
	}
}

// miniLexicon is a small lexicon folder built on the shipped tables with the
// given actors.txt body.
func miniLexicon(t testing.TB, actors string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{"lex/actors.txt": {Data: []byte(actors)}}
	for _, f := range []string{kindsFile, headsFile, titlesFile, variantsFile, eponymsFile, notNamesFile, bodiesFile, clubsFile} {
		b, err := data.Actors.ReadFile("actors/" + f)
		if err != nil {
			t.Fatal(err)
		}
		fsys["lex/"+f] = &fstest.MapFile{Data: b}
	}
	return fsys
}

func TestLexiconValidation(t *testing.T) {
	tests := []struct {
		name, actors, wantErr string
	}{
		{"valid", "a | ORG | armed-group | جماعة ألف | A | Q1 | | ألف\nb | LOC | city | باء | B | | | \n", ""},
		{"duplicate id", "a | ORG | monitor | ألف | A | | | \na | ORG | monitor | باء | B | | | \n", "used twice"},
		{"unknown type", "a | GPE | city | ألف | A | | | \n", "type \"GPE\""},
		{"unknown kind", "a | ORG | band | ألف | A | | | \n", "kind \"band\""},
		{"kind of other type", "a | PER | city | ألف | A | | | \n", "not a kind of PER"},
		{"unknown parent", "a | ORG | monitor | ألف | A | | zzz | \n", "parent \"zzz\""},
		{"bad wikidata", "a | ORG | monitor | ألف | A | 123 | | \n", "Wikidata id"},
		{"shared alias", "a | ORG | monitor | ألف | A | | | مشترك\nb | ORG | monitor | باء | B | | | مشترك\n", "mark it ambiguous"},
		{"shared alias one side marked", "a | ORG | monitor | ألف | A | | | ?مشترك\nb | ORG | monitor | باء | B | | | مشترك\n", "mark it ambiguous"},
		{"shared alias marked", "a | ORG | monitor | ألف | A | | | ?مشترك\nb | LOC | city | باء | B | | | ?مشترك\n", ""},
		{"shared by folding", "a | ORG | monitor | ألف | A | | | إدارة\nb | ORG | monitor | باء | B | | | ادارة\n", "mark it ambiguous"},
		{"wrong field count", "a | ORG | monitor | ألف\n", "want 8 fields"},
		{"no arabic name", "a | ORG | monitor |  | A | | | \n", "Arabic name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(miniLexicon(t, tt.actors), "lex")
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), "lex/actors.txt") {
				t.Fatalf("error %v does not name the file", err)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	fsys := miniLexicon(t, "")
	delete(fsys, "lex/heads.txt")
	if _, err := Load(fsys, "lex"); err == nil || !strings.Contains(err.Error(), "heads.txt") {
		t.Fatalf("error %v, want one naming heads.txt", err)
	}
}

func TestAliasPrefixes(t *testing.T) {
	tests := []struct {
		raw                    string
		text                   string
		weak, ambiguous, rOnly bool
	}{
		{"داعش", "داعش", false, false, false},
		{" ~تدمر ", "تدمر", true, false, false},
		{"?عمان", "عمان", false, true, false},
		{"~?طرابلس", "طرابلس", true, true, false},
		{"@alhurra.com", "alhurra.com", false, false, true},
	}
	for _, tt := range tests {
		al, ok := parseAlias(tt.raw)
		if !ok || al.Text != tt.text || al.Weak != tt.weak || al.Ambiguous != tt.ambiguous || al.ResolverOnly != tt.rOnly {
			t.Errorf("parseAlias(%q) = %+v, %v", tt.raw, al, ok)
		}
	}
	if _, ok := parseAlias(" ~ "); ok {
		t.Errorf("an alias of prefixes only must be dropped")
	}
}

// FuzzParseActors feeds arbitrary files to the lexicon reader: it must
// return actors or an error, never panic, and a loaded lexicon must match.
func FuzzParseActors(f *testing.F) {
	f.Add("a | ORG | armed-group | جماعة ألف | A | Q1 | | ألف; ~باء; ?جيم; @a.com\n")
	f.Add("# comment\n\nx | LOC | city | مدينة | City | | | \n")
	f.Add("||||||||\n")
	base := miniLexicon(f, "")
	f.Fuzz(func(t *testing.T, body string) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys["lex/actors.txt"] = &fstest.MapFile{Data: []byte(body)}
		lex, err := Load(fsys, "lex")
		if err != nil {
			return
		}
		for _, a := range lex.Actors() {
			lex.Match(a.Arabic + " و" + a.Arabic)
		}
	})
}

func TestGazetteerView(t *testing.T) {
	g := testLexicon(t).Gazetteer()
	tests := []struct{ phrase, want string }{
		{"المرصد السوري لحقوق الانسان", "ORG"},
		{"دير الزور", "LOC"},
		{"رامي عبد الرحمن", "PER"},
		{"رامي عبدالرحمن", "PER"},
		{"تدمر", "LOC"}, // weak aliases count: the tagger weighs them
		{"SOHR", "ORG"},
		{"المرصد السوري لحقوق", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(g.Lookup(tt.phrase), ","); got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
	if g.MaxWords() < 5 {
		t.Errorf("MaxWords = %d", g.MaxWords())
	}
}

// TestGazetteerStartsPhrase checks the promise the tagger relies on: no
// phrase Lookup finds begins with a word StartsPhrase turns away.
func TestGazetteerStartsPhrase(t *testing.T) {
	g := testLexicon(t).Gazetteer()
	tests := []struct {
		first string
		want  bool
	}{
		{"المرصد", true},  // المرصد السوري لحقوق الانسان
		{"دير", true},     // دير الزور
		{"تدمر", true},    // a name itself: "تدمر" followed by words folded to nothing
		{"الكتاب", false}, // no name begins with it
		{"", true},        // not one word: the caller must try
		{"دير الزور", true},
		{"دير\u00a0الزور", true},
	}
	for _, tt := range tests {
		if got := g.StartsPhrase(tt.first); got != tt.want {
			t.Errorf("StartsPhrase(%q) = %v, want %v", tt.first, got, tt.want)
		}
	}
	for _, phrase := range []string{"المرصد السوري لحقوق الانسان", "دير الزور", "رامي عبد الرحمن", "تدمر  ", " SOHR"} {
		if len(g.Lookup(phrase)) == 0 {
			t.Fatalf("Lookup(%q) found nothing", phrase)
		}
		if first := strings.Fields(phrase)[0]; !g.StartsPhrase(first) {
			t.Errorf("StartsPhrase(%q) = false, but Lookup(%q) finds a name", first, phrase)
		}
	}
}

// TestGazetteerLookupSpaces checks that the single-space fast path reads a
// phrase as strings.Fields does.
func TestGazetteerLookupSpaces(t *testing.T) {
	g := testLexicon(t).Gazetteer()
	for _, phrase := range []string{"دير الزور", " دير  الزور ", "دير\tالزور", "دير\u00a0الزور", "دير\u2003الزور", "دير\u3000الزور"} {
		want := g.lookupFields(phrase)
		if got := g.Lookup(phrase); strings.Join(got, ",") != strings.Join(want, ",") || len(got) == 0 {
			t.Errorf("Lookup(%q) = %v, FieldsSeq reading %v", phrase, got, want)
		}
	}
}
