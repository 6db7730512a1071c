package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/isnad/isnad/store"
)

// Claims lists stored claims, newest first; see store.AnalysisStore.
func (s *Store) Claims(ctx context.Context, f store.ClaimFilter, page store.Page) (store.ClaimPage, error) {
	page = page.Normalized()
	out := store.ClaimPage{Claims: []store.StoredClaim{}}
	from, where, args := claimQuery(f)
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return out, fmt.Errorf("listing claims in %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from+where, args...).Scan(&out.Total); err != nil {
		return out, fmt.Errorf("counting claims in %s: %w", s.path, err)
	}
	// The order follows the index the filter uses: claim_entities' when an
	// entity is asked for, claims' own otherwise.
	order := " ORDER BY c.published DESC, c.doc_id, c.position"
	if f.Entity != "" {
		order = " ORDER BY ce.published DESC, ce.doc_id, ce.claim_pos"
	}
	type key struct {
		doc string
		pos int
	}
	var keys []key
	err = eachRow(ctx, tx, "SELECT "+claimColumns+", c.position, c.outlet, c.published, d.title FROM "+from+
		" JOIN documents d ON d.id = c.doc_id"+where+order+" LIMIT ? OFFSET ?",
		append(args, page.Limit, page.Offset), func(r *sql.Rows) error {
			var sc store.StoredClaim
			var pos int
			c, err := scanClaim(r, &pos, &sc.Outlet, &sc.Published, &sc.Title)
			if err != nil {
				return err
			}
			sc.Claim = c
			out.Claims = append(out.Claims, sc)
			keys = append(keys, key{c.Doc, pos})
			return nil
		})
	if err != nil {
		return out, fmt.Errorf("listing claims in %s: %w", s.path, err)
	}
	for i, k := range keys {
		err := eachRow(ctx, tx, "SELECT "+linkColumns+" FROM chain_links WHERE doc_id = ? AND claim_pos = ? ORDER BY position",
			[]any{k.doc, k.pos}, func(r *sql.Rows) error {
				l, err := scanLink(r)
				out.Claims[i].Chain = append(out.Claims[i].Chain, l)
				return err
			})
		if err != nil {
			return out, fmt.Errorf("reading the chain of claim %s in %s: %w", out.Claims[i].ID, s.path, err)
		}
	}
	return out, nil
}

// claimQuery is the FROM clause (claims as c, with claim_entities as ce
// when an entity is asked for), the WHERE clause and its arguments.
func claimQuery(f store.ClaimFilter) (from, where string, args []any) {
	from = "claims c"
	var conds []string
	if f.Entity != "" {
		from = "claim_entities ce JOIN claims c ON c.doc_id = ce.doc_id AND c.position = ce.claim_pos"
		conds = append(conds, "ce.entity_id = ?")
		args = append(args, f.Entity)
	}
	if f.ID != "" {
		conds = append(conds, "c.id = ?")
		args = append(args, f.ID)
	}
	if f.Doc != "" {
		conds = append(conds, "c.doc_id = ?")
		args = append(args, f.Doc)
	}
	switch f.Origin {
	case "":
	case store.OwnVoice:
		conds = append(conds, "c.origin_kind = ''")
	default:
		conds = append(conds, "c.origin_kind = ?")
		args = append(args, f.Origin)
	}
	docWhere, docArgs := filterSQL(f.Filter, "c.")
	if docWhere != "" {
		conds = append(conds, strings.TrimPrefix(docWhere, " WHERE "))
		args = append(args, docArgs...)
	}
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	return from, where, args
}
