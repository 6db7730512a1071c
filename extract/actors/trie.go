package actors

// ref is what an alias path of the trie ends in: an actor and how the alias
// may be trusted.
type ref struct {
	actor     int32
	weak      bool
	ambiguous bool
	// taMarbuta: the alias as written ends in ة (folded to ه).
	taMarbuta bool
	// adjectival: the alias is also a nisba adjective (Alias.Adjectival).
	adjectival bool
}

// node is a node of the token trie: one edge per word key.
type node struct {
	next   map[string]*node
	ends   []ref
	labels []string // types of the actors in ends, for Gazetteer
}

func newNode() *node { return &node{} }

func (n *node) add(keys []string, r ref) {
	cur := n
	for _, k := range keys {
		if cur.next == nil {
			cur.next = map[string]*node{}
		}
		nx := cur.next[k]
		if nx == nil {
			nx = newNode()
			cur.next[k] = nx
		}
		cur = nx
	}
	for i, e := range cur.ends {
		if e.actor == r.actor {
			// The same actor through two aliases: keep the more trusted reading.
			cur.ends[i].weak = e.weak && r.weak
			cur.ends[i].ambiguous = e.ambiguous && r.ambiguous
			return
		}
	}
	cur.ends = append(cur.ends, r)
}

func (n *node) child(k string) *node {
	if n == nil || n.next == nil {
		return nil
	}
	return n.next[k]
}
