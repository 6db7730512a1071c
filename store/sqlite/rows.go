package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// maxStatementArgs bounds the values one multi-row INSERT binds: well under
// SQLite's limit (32,766) and PostgreSQL's (65,535).
const maxStatementArgs = 4096

// rowBuffer gathers the rows of one table and writes them with multi-row
// INSERTs: one statement per few hundred rows instead of one per row, which
// is most of the cost of writing an analysis.
type rowBuffer struct {
	head   string // INSERT INTO table (columns) VALUES
	tail   string // ON CONFLICT … or ""
	tuple  string // (?, ?, …)
	width  int
	values []any
	full   *sql.Stmt // the statement of a full chunk, prepared once per batch
}

func newRowBuffer(table, columns, tail string) *rowBuffer {
	width := strings.Count(columns, ",") + 1
	return &rowBuffer{
		head:  "INSERT INTO " + table + " (" + columns + ") VALUES ",
		tail:  tail,
		tuple: "(" + placeholders(width) + ")",
		width: width,
	}
}

// add queues one row; values must be as many as the columns.
func (b *rowBuffer) add(values ...any) {
	if len(values) != b.width {
		// The callers are this package's writers; a mismatch is a defect.
		panic(fmt.Sprintf("%s: %d values for %d columns", b.head, len(values), b.width))
	}
	b.values = append(b.values, values...)
}

func (b *rowBuffer) pending() int { return len(b.values) }

// flush writes the queued rows.
func (b *rowBuffer) flush(ctx context.Context, tx *sql.Tx) error {
	perStatement := max(1, maxStatementArgs/b.width) * b.width
	for lo := 0; lo < len(b.values); lo += perStatement {
		chunk := b.values[lo:min(lo+perStatement, len(b.values))]
		var err error
		if len(chunk) == perStatement {
			if b.full == nil {
				b.full, err = tx.PrepareContext(ctx, b.statement(len(chunk)/b.width))
			}
			if err == nil {
				_, err = b.full.ExecContext(ctx, chunk...)
			}
		} else {
			_, err = tx.ExecContext(ctx, b.statement(len(chunk)/b.width), chunk...)
		}
		if err != nil {
			return fmt.Errorf("%s…: %w", b.head, err)
		}
	}
	b.values = b.values[:0]
	return nil
}

// statement is the INSERT of rows rows.
func (b *rowBuffer) statement(rows int) string {
	var q strings.Builder
	q.Grow(len(b.head) + rows*(len(b.tuple)+2) + len(b.tail))
	q.WriteString(b.head)
	for i := range rows {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(b.tuple)
	}
	q.WriteString(b.tail)
	return q.String()
}

// close releases the prepared statement.
func (b *rowBuffer) close() {
	if b.full != nil {
		b.full.Close()
		b.full = nil
	}
}
