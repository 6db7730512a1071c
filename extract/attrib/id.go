package attrib

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// claimID derives a claim's id from its document, span and text, so the same input
// always gives the same ids.
func claimID(docID string, start, end int, text string) string {
	h := sha256.New()
	h.Write([]byte(docID))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(start) + ":" + strconv.Itoa(end)))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return "c:" + hex.EncodeToString(h.Sum(nil)[:8])
}
