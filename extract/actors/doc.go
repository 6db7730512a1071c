// Package actors finds the region's actors in Arabic news text and groups
// their mentions into entities an analyst can follow across documents.
//
// Three parts, one per concern:
//   - the lexicon (Load, Lexicon): a versioned data file of armed groups,
//     forces, agencies, governments, monitors, outlets, places and people with
//     their Arabic and English aliases, read from data/actors;
//   - the matcher (Lexicon.Match): aliases found in text through the matching
//     fold and clitic segmentation ("وللحرس الثوري" is the IRGC), longest
//     match first, with spans that leave the proclitics out;
//   - linking (Link, Merge): lexicon matches and tagger mentions merged into
//     entities, short forms ("المرصد", "التنظيم", a bare surname) resolved to
//     the full name seen earlier, and entities merged across documents by id.
package actors
