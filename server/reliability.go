package server

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/isnad/isnad/internal/intake"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/store"
)

// SourceRating is one row of the source-reliability table as the API shows
// it: the letter in force, and where it comes from.
type SourceRating struct {
	// Name as in the table's first column: a canonical name, several
	// spellings separated by ";", or "kind:X" for a kind of source.
	Name   string `json:"name"`
	Letter string `json:"letter"`
	// Note is the analyst's note, else the table's in the request's
	// language (the table's fourth column is the Arabic note), else the
	// one the table has.
	Note string `json:"note"`
	// Shipped says the table (data/judge/reliability.tsv, or the server's
	// own) has a row of this name; DefaultLetter and DefaultNote (in the
	// request's language, as Note) are it.
	Shipped       bool   `json:"shipped"`
	DefaultLetter string `json:"default_letter,omitempty"`
	DefaultNote   string `json:"default_note,omitempty"`
	// Overridden says an analyst set the letter; by whom and when.
	Overridden bool       `json:"overridden"`
	UpdatedBy  string     `json:"updated_by,omitempty"`
	UpdatedAt  *time.Time `json:"updated_at,omitempty"`
}

// reliabilityEdit is the body of PUT /api/reliability/{name}.
type reliabilityEdit struct {
	Letter string `json:"letter"`
	Note   string `json:"note"`
}

// reliabilityChange answers an edit: the row now, and the relink job that
// recomputes the grades with it.
type reliabilityChange struct {
	Source SourceRating `json:"source"`
	Job    Job          `json:"job"`
}

// ratings merges the base table's rows with the analysts' overrides: the
// table's order, then the names only analysts added, by name.
func (s *server) ratings(r *http.Request) ([]SourceRating, error) {
	lang, err := language(r)
	if err != nil {
		return nil, err
	}
	base, err := intake.ReliabilityBase(s.cfg.ReliabilityPath)
	if err != nil {
		return nil, err
	}
	over, err := s.cfg.Store.ReliabilityOverrides(r.Context())
	if err != nil {
		return nil, err
	}
	rows, err := judge.ParseReliabilityRows("the reliability table", bytes.NewReader(base))
	if err != nil {
		return nil, err
	}
	var out []SourceRating
	at := map[string]int{}
	for _, tr := range rows {
		note := tr.NoteIn(lang)
		row := SourceRating{Name: tr.Name, Letter: string(tr.Letter), Note: note, Shipped: true, DefaultLetter: string(tr.Letter), DefaultNote: note}
		if i, seen := at[row.Name]; seen {
			out[i] = row // a later row of the same name wins, as in the judge
			continue
		}
		at[row.Name] = len(out)
		out = append(out, row)
	}
	for _, o := range over {
		i, seen := at[o.Name]
		if !seen {
			i = len(out)
			at[o.Name] = i
			out = append(out, SourceRating{Name: o.Name})
		}
		row := &out[i]
		row.Letter, row.Note, row.Overridden, row.UpdatedBy = o.Letter, o.Note, true, o.UpdatedBy
		t := o.UpdatedAt
		row.UpdatedAt = &t
	}
	return out, nil
}

func (s *server) reliability(r *http.Request) (any, error) {
	rows, err := s.ratings(r)
	if err != nil {
		return nil, err
	}
	return map[string]any{"sources": rows}, nil
}

// setReliability stores an analyst's letter for a source and queues the
// relink that recomputes every grade with it.
func (s *server) setReliability(r *http.Request) (any, error) {
	name := r.PathValue("name")
	var edit reliabilityEdit
	if err := decodeBody(r, &edit); err != nil {
		return nil, err
	}
	o := store.SourceReliability{Name: name, Letter: strings.ToUpper(strings.TrimSpace(edit.Letter)),
		Note: strings.TrimSpace(edit.Note), UpdatedBy: principalOf(r).name, UpdatedAt: time.Now().UTC()}
	if err := store.ValidateReliability(o); err != nil {
		return nil, badRequest(err.Error())
	}
	// The table with the edit must still be one the judge reads.
	base, err := intake.ReliabilityBase(s.cfg.ReliabilityPath)
	if err != nil {
		return nil, err
	}
	if _, err := intake.ParseWithOverrides(base, []store.SourceReliability{o}); err != nil {
		return nil, badRequest(err.Error())
	}
	if err := s.cfg.Store.PutReliabilityOverride(r.Context(), o); err != nil {
		return nil, err
	}
	s.log.Info("source reliability set", "name", o.Name, "letter", o.Letter, "by", o.UpdatedBy)
	return s.reliabilityChanged(r, name, fmt.Sprintf("reliability of %s set to %s", name, o.Letter))
}

// clearReliability removes an analyst's letter, so that the table's applies
// again, and queues the relink.
func (s *server) clearReliability(r *http.Request) (any, error) {
	name := r.PathValue("name")
	err := s.cfg.Store.DeleteReliabilityOverride(r.Context(), name)
	if errors.Is(err, store.ErrNotFound) {
		return nil, notFound(fmt.Sprintf("no analyst's reliability for %q", name))
	}
	if err != nil {
		return nil, err
	}
	s.log.Info("source reliability reset", "name", name, "by", principalOf(r).name)
	return s.reliabilityChanged(r, name, fmt.Sprintf("reliability of %s reset to the table's", name))
}

func (s *server) reliabilityChanged(r *http.Request, name, reason string) (any, error) {
	j, err := s.jobs.add(&runningJob{job: Job{Kind: "relink", By: principalOf(r).name, Reason: reason}})
	if err != nil {
		return nil, err
	}
	rows, err := s.ratings(r)
	if err != nil {
		return nil, err
	}
	row := SourceRating{Name: name}
	for _, x := range rows {
		if x.Name == name {
			row = x
		}
	}
	return accepted{reliabilityChange{Source: row, Job: j}, "/api/jobs/" + j.ID}, nil
}
