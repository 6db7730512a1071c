package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// article is a short Arabic report for uploads.
const article = "الرياض - واس\nقال المتحدث باسم وزارة الداخلية إن قوات الأمن أحبطت هجوماً على مركز حدودي أمس، " +
	"وأضاف أن ثلاثة من المهاجمين قتلوا في الاشتباك.\n"

type upFile struct {
	name    string
	content []byte
}

// multipartBody is a multipart/form-data body with the files under "files".
func multipartBody(t testing.TB, files ...upFile) (string, *bytes.Buffer) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	if err := mw.WriteField("note", "a form field, ignored"); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		w, err := mw.CreateFormFile("files", f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.content)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return mw.FormDataContentType(), &b
}

// waitJob polls a job until it ends.
func waitJob(t testing.TB, h *Handler, id string) Job {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		rec := call(t, h, "GET", "/api/jobs/"+id, "", "", nil)
		var j Job
		if err := json.Unmarshal(rec.Body.Bytes(), &j); err != nil || rec.Code != 200 {
			t.Fatalf("job %s: %d %s", id, rec.Code, rec.Body)
		}
		if j.Finished != nil {
			return j
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s still %s", id, j.State)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// upload posts files and returns the job it started.
func upload(t testing.TB, h *Handler, files ...upFile) Job {
	t.Helper()
	ct, body := multipartBody(t, files...)
	rec := call(t, h, "POST", "/api/uploads", "", ct, body)
	if rec.Code != 202 {
		t.Fatalf("upload: %d %s", rec.Code, rec.Body)
	}
	var j Job
	if err := json.Unmarshal(rec.Body.Bytes(), &j); err != nil {
		t.Fatal(err)
	}
	if loc := rec.Header().Get("Location"); loc != "/api/jobs/"+j.ID {
		t.Errorf("Location %q for job %s", loc, j.ID)
	}
	return j
}

// TestUpload: a text, a binary and an empty file; the text is analysed,
// stored and linked, the others fail with errors naming them; the same text
// again is a duplicate.
func TestUpload(t *testing.T) {
	st := emptyStore(t)
	h := newHandler(t, st, Config{Ingester: testIngester(t), LocalHostsOnly: true})
	j := upload(t, h,
		upFile{"../../etc/report.txt", []byte(article)},
		upFile{"bad.bin", []byte("\x00\x01\x02 not text \x00")},
		upFile{"empty.txt", nil},
		upFile{`<img src=x onerror="alert(1)">.html`, []byte("<html><head><title><script>alert(2)</script></title></head><body><p onclick=alert(3)>" + article + "</p><script>alert(4)</script></body></html>")},
	)
	if j.State != jobQueued && j.State != jobReading {
		t.Errorf("new job is %s", j.State)
	}
	j = waitJob(t, h, j.ID)
	if j.State != jobDone || j.Error != "" {
		t.Fatalf("job ended %s: %s", j.State, j.Error)
	}
	if j.FilesRead != 4 || len(j.Files) != 4 || j.Files[0].Name != "report.txt" {
		t.Errorf("files read %d of %+v, want 4 with report.txt first", j.FilesRead, j.Files)
	}
	if d := j.Documents; d.Read != 2 || d.New != 2 || d.Duplicate != 0 || d.Failed != 2 {
		t.Errorf("documents %+v, want read 2, new 2, failed 2", d)
	}
	// Names and texts from the client reach the JSON escaped, never as markup.
	for _, path := range []string{"/api/jobs/" + j.ID, "/api/documents", "/api/search?q=" + url.QueryEscape("المهاجمين")} {
		if body := call(t, h, "GET", path, "", "", nil).Body.String(); strings.ContainsAny(body, "<>") {
			t.Errorf("%s answers raw markup: %s", path, body)
		}
	}
	named := map[string]string{}
	for _, e := range j.Errors {
		named[e.File] = e.Error
		if strings.Contains(e.Error, "isnad-upload-") {
			t.Errorf("error names the server's temporary copy: %s", e.Error)
		}
	}
	if !strings.Contains(named["bad.bin"], "bad.bin") || !strings.Contains(named["bad.bin"], "binary") {
		t.Errorf("bad.bin error %q", named["bad.bin"])
	}
	if !strings.Contains(named["empty.txt"], "empty") {
		t.Errorf("empty.txt error %q", named["empty.txt"])
	}
	if j.Stored != 2 || j.Linked != 2 {
		t.Errorf("relink read %d of %d documents, want 2 of 2", j.Linked, j.Stored)
	}
	// Stored like ingest stores, under the client's file name, with its analysis.
	rec := call(t, h, "GET", "/api/documents", "", "", nil)
	var docs struct {
		Items []struct {
			ID     string `json:"id"`
			Source string `json:"source"`
		} `json:"items"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &docs); err != nil || len(docs.Items) != 2 {
		t.Fatalf("documents after the upload: %s", rec.Body)
	}
	for _, d := range docs.Items {
		if _, err := st.Analysis(t.Context(), d.ID); err != nil {
			t.Errorf("the uploaded document %s has no analysis: %v", d.Source, err)
		}
		if d.Source != "report.txt" && d.Source != `<img src=x onerror="alert(1)">.html` {
			t.Errorf("document source %q, want the client's file name", d.Source)
		}
	}
	if _, err := st.CorpusResults(t.Context(), KeyClaimGroups); err != nil {
		t.Errorf("no corpus results after the upload's relink: %v", err)
	}

	again := waitJob(t, h, upload(t, h, upFile{"copy.txt", []byte(article)}).ID)
	if d := again.Documents; d.Duplicate != 1 || d.New != 0 {
		t.Errorf("the same text again: %+v, want one duplicate", d)
	}
	rec = call(t, h, "GET", "/api/jobs", "", "", nil)
	if !strings.Contains(rec.Body.String(), again.ID) || !strings.Contains(rec.Body.String(), j.ID) {
		t.Errorf("job list lacks the jobs: %s", rec.Body)
	}
}

// TestUploadLimits: every refusal is JSON with the right status, and a file
// over the per-file limit is reported as ingest reports it.
func TestUploadLimits(t *testing.T) {
	st := emptyStore(t)
	h := newHandler(t, st, Config{Ingester: testIngester(t), MaxUploadBytes: 64 << 10, MaxFileBytes: 4 << 10, MaxUploadFiles: 3, MaxBodyBytes: 512})

	ct, body := multipartBody(t, upFile{"big.txt", bytes.Repeat([]byte("ا"), 40<<10)})
	if rec := call(t, h, "POST", "/api/uploads", "", ct, body); rec.Code != 413 {
		t.Errorf("upload over MaxUploadBytes (declared length): %d, want 413", rec.Code)
	}
	// The same without a declared length: cut while streaming.
	ct, body = multipartBody(t, upFile{"big.txt", bytes.Repeat([]byte("ا"), 40<<10)})
	req := httptest.NewRequest("POST", "/api/uploads", io.MultiReader(body))
	req.ContentLength = -1
	req.Header.Set("Content-Type", ct)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 413 {
		t.Errorf("streamed upload over MaxUploadBytes: %d %s, want 413", rec.Code, rec.Body)
	}

	files := make([]upFile, 4)
	for i := range files {
		files[i] = upFile{fmt.Sprintf("f%d.txt", i), []byte(article)}
	}
	ct, body = multipartBody(t, files...)
	if rec := call(t, h, "POST", "/api/uploads", "", ct, body); rec.Code != 413 || !strings.Contains(rec.Body.String(), "at most 3 files") {
		t.Errorf("4 files of at most 3: %d %s", rec.Code, rec.Body)
	}
	if rec := call(t, h, "POST", "/api/uploads", "", "text/plain", strings.NewReader(article)); rec.Code != 415 {
		t.Errorf("a text body: %d, want 415", rec.Code)
	}
	ct, body = multipartBody(t)
	if rec := call(t, h, "POST", "/api/uploads", "", ct, body); rec.Code != 400 {
		t.Errorf("no files: %d, want 400", rec.Code)
	}
	if rec := call(t, h, "PUT", "/api/reliability/x", "", "application/json",
		strings.NewReader(`{"letter":"A","note":"`+strings.Repeat("x", 600)+`"}`)); rec.Code != 413 {
		t.Errorf("JSON body over MaxBodyBytes: %d, want 413", rec.Code)
	}

	j := waitJob(t, h, upload(t, h, upFile{"large.txt", bytes.Repeat([]byte("نص "), 2<<10)}, upFile{"ok.txt", []byte(article)}).ID)
	if j.State != jobDone || j.Documents.New != 1 || j.Documents.Failed != 1 || len(j.Errors) != 1 ||
		j.Errors[0].File != "large.txt" || !strings.Contains(j.Errors[0].Error, "over the size limit") {
		t.Errorf("a file over MaxFileBytes: %+v", j)
	}
}

func TestSafeFileName(t *testing.T) {
	long := strings.Repeat("خبر", 60) + ".json"
	for in, want := range map[string]string{
		"report.txt":           "report.txt",
		"../../etc/passwd":     "passwd",
		`C:\Users\a\news.html`: "news.html",
		"...hidden":            "hidden",
		"a\x00b\nc.txt":        "abc.txt",
		"":                     "file-3",
		"..":                   "file-3",
	} {
		got := safeFileName(in, 2)
		if got != want {
			t.Errorf("safeFileName(%q) = %q, want %q", in, got, want)
		}
	}
	got := safeFileName(long, 0)
	if len(got) > maxFileNameBytes || !strings.HasSuffix(got, ".json") || !utf8.ValidString(got) || !strings.HasPrefix(long, strings.TrimSuffix(got, ".json")) {
		t.Errorf("safeFileName(long) = %q: want a valid prefix with the extension, at most %d bytes", got, maxFileNameBytes)
	}
}

// TestJobNotFound: an unknown job is a JSON 404.
func TestJobNotFound(t *testing.T) {
	h := newHandler(t, emptyStore(t), Config{})
	if rec := call(t, h, "GET", "/api/jobs/nope", "", "", nil); rec.Code != 404 {
		t.Errorf("unknown job: %d", rec.Code)
	}
}

// TestJobQueueFull: past maxJobsQueued waiting jobs, a new one is refused
// with 503 and Retry-After; none is lost from the list.
func TestJobQueueFull(t *testing.T) {
	h := newHandler(t, emptyStore(t), Config{})
	js := h.s.jobs
	js.start.Do(func() {}) // no worker: the queue only fills
	for i := range maxJobsQueued {
		if _, err := js.add(&runningJob{job: Job{Kind: "upload"}}); err != nil {
			t.Fatalf("job %d: %v", i, err)
		}
	}
	ct, body := multipartBody(t, upFile{"a.txt", []byte(article)})
	rec := call(t, h, "POST", "/api/uploads", "", ct, body)
	if rec.Code != 503 || rec.Header().Get("Retry-After") == "" {
		t.Errorf("upload with the queue full: %d, Retry-After %q; want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
	if n := len(js.list()); n != maxJobsQueued {
		t.Errorf("%d jobs listed, want %d", n, maxJobsQueued)
	}
}
