package attrib

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strconv"
)

// claimID derives a claim's id from its document, span and text, so the same input
// always gives the same ids. The strings go to the hash without copies (io.WriteString
// uses the hash's WriteString), as it runs once per claim.
func claimID(docID string, start, end int, text string) string {
	h := sha256.New()
	io.WriteString(h, docID)
	var buf [48]byte
	b := append(buf[:0], 0)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(end), 10)
	b = append(b, 0)
	h.Write(b)
	io.WriteString(h, text)
	var sum [sha256.Size]byte
	return "c:" + hex.EncodeToString(h.Sum(sum[:0])[:8])
}
