package meta

import (
	"io/fs"

	"github.com/isnad/isnad/ingest/internal/lex"
)

// Extractor finds metadata in text. It is built once from the lexicons and
// is safe for concurrent use.
type Extractor struct {
	months        months
	datelineWords lex.Set
	places        lex.Set
	outlets       OutletResolver
}

// Load builds an Extractor from the ingest lexicons in fsys (data.Ingest)
// and an outlet resolver; a nil resolver means the default outlet table.
func Load(fsys fs.FS, outlets OutletResolver) (*Extractor, error) {
	m, err := loadMonths(fsys, "ingest/months.tsv")
	if err != nil {
		return nil, err
	}
	sections, err := lex.Sections(fsys, "ingest/dateline.txt")
	if err != nil {
		return nil, err
	}
	places, err := lex.Lines(fsys, "ingest/places.txt")
	if err != nil {
		return nil, err
	}
	if outlets == nil {
		if outlets, err = LoadOutlets(fsys, "ingest/outlets.tsv"); err != nil {
			return nil, err
		}
	}
	return &Extractor{
		months:        m,
		datelineWords: keyAll(append(sections["weekday"], sections["filler"]...)),
		places:        lex.NewSet(places),
		outlets:       outlets,
	}, nil
}

// Outlet resolves an outlet name with the extractor's resolver.
func (e *Extractor) Outlet(name string) (string, bool) { return e.outlets.Outlet(name) }

// IsPlace reports whether s names a country, region or city of the place list.
func (e *Extractor) IsPlace(s string) bool { return e.places.Has(lex.Key(s)) }

func (e *Extractor) isAgency(canonical string) bool {
	if a, ok := e.outlets.(AgencyTeller); ok {
		return a.IsAgency(canonical)
	}
	return false
}
