package actors

import "strings"

// assign gives an item its entity: the lexicon actor's, an earlier person's
// it names in short, or a new one from its type and name.
func (l *linker) assign(it *item) {
	switch {
	case it.actor >= 0:
		a := &l.lex.actors[it.actor]
		e := l.entity(ActorEntityID(a.ID), func() *docEntity {
			e := &docEntity{actor: it.actor, Entity: Entity{
				ID: ActorEntityID(a.ID), Type: a.Type, Kind: a.Kind, Name: a.Arabic,
				English: a.English, Wikidata: a.Wikidata, Actor: a.ID,
			}}
			if a.Parent != "" {
				e.Affiliation = ActorEntityID(a.Parent)
			}
			if a.Type == TypePER {
				e.nameKeys = phraseKeys(a.Arabic)
			}
			return e
		})
		l.addMention(e, it)
	case it.typ == TypePER && len(it.nameKeys) > 0:
		if e := l.samePerson(it.nameKeys); e != nil {
			if len(it.nameKeys) > len(e.nameKeys) && e.actor < 0 {
				// A fuller name than the one seen first becomes the canonical name.
				e.nameKeys = it.nameKeys
				e.Name = l.nameText(it)
			}
			l.addMention(e, it)
			return
		}
		fallthrough
	default:
		name := l.nameText(it)
		if name == "" {
			return
		}
		id := NameEntityID(it.typ, name)
		e := l.entity(id, func() *docEntity {
			return &docEntity{actor: -1, nameKeys: it.nameKeys, Entity: Entity{ID: id, Type: it.typ, Name: name}}
		})
		l.addMention(e, it)
	}
}

// nameText is the item's text without a person's titles.
func (l *linker) nameText(it *item) string {
	first := it.first
	if it.typ == TypePER {
		first, _ = l.stripTitles(it.first, it.last)
	}
	if first > it.last {
		return ""
	}
	start := it.start
	if first != it.first {
		start = l.toks[first].start
	}
	name := strings.TrimSpace(string(l.rs[start:it.end]))
	if tok := l.toks[first]; start > tok.start && strings.HasPrefix(tok.key, "لل") && strings.HasPrefix(name, "ل") {
		// "للميليشيات" cut to "لميليشيات": the name gets its article back.
		name = "ا" + name
	}
	return name
}

// entity returns the document entity with id, made by mk when new.
func (l *linker) entity(id string, mk func() *docEntity) *docEntity {
	if i, ok := l.byKey[id]; ok {
		return l.ents[i]
	}
	e := mk()
	l.byKey[id] = len(l.ents)
	l.ents = append(l.ents, e)
	return e
}

func (l *linker) addMention(e *docEntity, it *item) {
	text := string(l.rs[it.start:it.end])
	e.Mentions = append(e.Mentions, EntityMention{Start: it.start, End: it.end, Text: text, Source: it.source, Title: it.title})
	if !containsString(e.Aliases, text) {
		e.Aliases = append(e.Aliases, text)
		e.surfaces = append(e.surfaces, phraseKeys(text)...)
	}
	if it.end > e.lastEnd {
		e.lastEnd = it.end
	}
	it.entity = l.byKey[e.ID]
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
