package sqlite

import (
	"strings"

	"github.com/isnad/isnad/search"
)

// matchExpression writes a parsed query in FTS5's query syntax. Every phrase
// is quoted, so nothing a user typed can be read as FTS5 syntax: the parser
// in package search decides what is a phrase, an OR or an exclusion.
func matchExpression(q search.Query) string {
	clauses := make([]string, len(q.Clauses))
	for i, c := range q.Clauses {
		clauses[i] = anyOf(c)
	}
	expr := strings.Join(clauses, " AND ")
	if len(q.Excluded) > 0 {
		expr = "(" + expr + ") NOT " + anyOf(q.Excluded)
	}
	return expr
}

// anyOf is the phrases joined by OR, in parentheses when more than one.
func anyOf(phrases []search.Phrase) string {
	if len(phrases) == 1 {
		return quotePhrase(phrases[0])
	}
	quoted := make([]string, len(phrases))
	for i, p := range phrases {
		quoted[i] = quotePhrase(p)
	}
	return "(" + strings.Join(quoted, " OR ") + ")"
}

// quotePhrase is an FTS5 string: the terms in double quotes, any double
// quote inside doubled. Terms are separated by spaces, which the index's
// tokenizer splits on, so a quoted run of terms is a phrase.
func quotePhrase(p search.Phrase) string {
	return `"` + strings.ReplaceAll(strings.Join(p, " "), `"`, `""`) + `"`
}
