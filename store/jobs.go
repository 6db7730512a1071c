package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// JobRecord is a background job of the HTTP API as stored: the API's own
// JSON of it, so that the store needs no knowledge of its fields.
type JobRecord struct {
	ID      string
	Created time.Time
	JSON    []byte
}

// JobStore keeps the API's job records across restarts of the server.
type JobStore interface {
	// PutJob stores a job record, replacing the one of the same id, and
	// drops the oldest records past MaxJobRecords.
	PutJob(ctx context.Context, j JobRecord) error
	// Jobs lists up to limit records, newest first.
	Jobs(ctx context.Context, limit int) ([]JobRecord, error)
}

// Bounds on what JobStore keeps.
const (
	MaxJobRecords   = 1000    // records kept; older ones are dropped
	MaxJobJSONBytes = 1 << 20 // one record's JSON
	MaxJobIDBytes   = 64
)

// ValidateJob checks that a job record can be stored.
func ValidateJob(j JobRecord) error {
	switch {
	case j.ID == "" || len(j.ID) > MaxJobIDBytes:
		return fmt.Errorf("job id %q: empty or longer than %d bytes", j.ID, MaxJobIDBytes)
	case j.Created.IsZero():
		return fmt.Errorf("job %s: no creation time", j.ID)
	case len(j.JSON) > MaxJobJSONBytes:
		return fmt.Errorf("job %s: record of %d bytes, over %d", j.ID, len(j.JSON), MaxJobJSONBytes)
	case !json.Valid(j.JSON):
		return fmt.Errorf("job %s: record is not valid JSON", j.ID)
	}
	return nil
}
