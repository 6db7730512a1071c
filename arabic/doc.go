// Package arabic is isnad's Arabic text core. Every later stage reads text
// through it, in the order of a classic analysis chain:
//
//   - Display (display.go): the character filter. NFC, tatweel and invisible
//     characters removed, words split to dodge filters ("داعـ ـش") rejoined,
//     whitespace tidied. The result is what isnad stores and shows, and its
//     Normalized value maps every output code point back to the input.
//   - Fold (fold.go): the matching form. Diacritics dropped, alef, hamza, ya
//     and ta marbuta variants folded, digits made ASCII.
//   - Tokenize (tokenize.go) and Sentences (sentences.go): tokens and sentence
//     spans with code-point offsets.
//   - Segment (clitics.go) and Stem (stem.go): the token filters for search
//     and matching: proclitics and pronoun suffixes split off, then a light
//     stem in the manner of Larkey's light10.
//
// Offsets everywhere are Unicode code points, end exclusive, as in isnad.Span.
package arabic
