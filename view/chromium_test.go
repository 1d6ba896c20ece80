package view

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

// The browser tests open the pages in headless Chromium (Debian's chromium
// package) and assert on the DOM the browser built, not on our markup: a
// script appended to a copy of the page collects what the browser sees
// into <pre id="vnx-check">, which --dump-dom prints.

// chromium returns the browser to run, or skips the test when there is
// none. $CHROMIUM names one explicitly.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "browser test: no chromium on PATH (apt-get install chromium, or set $CHROMIUM)"
	if os.Getenv("VNX_REQUIRE_CHROMIUM") != "" {
		t.Fatal(msg) // CI installs it: a skip there would hide a broken install
	}
	t.Skip(msg + "; skipped")
	return ""
}

// runChromium runs the browser headless and offline on one page, with a
// fresh profile, and returns what it prints on standard output.
func runChromium(t *testing.T, bin, page string, width, height int, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--hide-scrollbars", "--mute-audio",
		"--user-data-dir=" + t.TempDir(),
		"--window-size=" + itoa(width) + "," + itoa(height),
	}
	args = append(append(args, extra...), "file://"+page)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "chromium %s\nstderr:\n%s", strings.Join(args, " "), stderr.String())
	return stdout.Bytes()
}

const checkScript = `<script>
(function () {
  var out = {records: [], legend: [], hot: null};
  document.querySelectorAll(".text[data-record]").forEach(function (t) {
    var marks = {};
    t.querySelectorAll("[data-m]").forEach(function (e) {
      var id = e.getAttribute("data-m");
      marks[id] = (marks[id] || "") + e.textContent;
    });
    out.records.push({anchor: t.getAttribute("data-record"), text: t.textContent, marks: marks});
  });
  document.querySelectorAll("#legend .hl").forEach(function (e) { out.legend.push(e.className); });
  var text = document.querySelector(".text"), facts = document.querySelector(".facts");
  if (text && facts) {
    var a = text.getBoundingClientRect(), b = facts.getBoundingClientRect();
    out.beside = b.left >= a.right - 1;
    out.below = b.top >= a.bottom - 1;
  }
  var m = document.querySelector(".text [data-ref]");
  if (m) {
    m.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
    var card = document.getElementById(m.getAttribute("data-ref"));
    out.hot = !!card && card.classList.contains("hot") && m.classList.contains("hot");
    m.click();
    out.clicked = location.hash === "#" + m.getAttribute("data-ref");
  }
  out.bars = document.querySelectorAll("#date-chart rect.bar").length;
  out.sections = [];
  document.querySelectorAll("main section[id]").forEach(function (s) { out.sections.push(s.id); });
  out.overflow = document.documentElement.scrollWidth > window.innerWidth;
  var pre = document.createElement("pre");
  pre.id = "vnx-check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`

type domCheck struct {
	Records []struct {
		Anchor string            `json:"anchor"`
		Text   string            `json:"text"`
		Marks  map[string]string `json:"marks"`
	} `json:"records"`
	Legend   []string `json:"legend"`
	Beside   bool     `json:"beside"`
	Below    bool     `json:"below"`
	Hot      *bool    `json:"hot"` // nil when the page has no mention to hover
	Clicked  bool     `json:"clicked"`
	Bars     int      `json:"bars"`
	Sections []string `json:"sections"`
	Overflow bool     `json:"overflow"`
}

// inspect writes page with the check script to a temporary file, loads it
// at the given window size and returns what the script saw.
func inspect(t *testing.T, bin string, page []byte, width, height int) domCheck {
	t.Helper()
	i := bytes.LastIndex(page, []byte("</body>"))
	require.GreaterOrEqual(t, i, 0)
	probe := append(append(bytes.Clone(page[:i]), checkScript...), page[i:]...)
	path := filepath.Join(t.TempDir(), "probe.html")
	require.NoError(t, os.WriteFile(path, probe, 0o644))
	dom := string(runChromium(t, bin, path, width, height, "--dump-dom"))
	const open, end = `<pre id="vnx-check">`, `</pre>`
	a := strings.Index(dom, open)
	require.GreaterOrEqual(t, a, 0, "the check script did not run; DOM:\n%.2000s", dom)
	b := strings.Index(dom[a:], end)
	require.Greater(t, b, 0)
	var c domCheck
	require.NoError(t, json.Unmarshal([]byte(html.UnescapeString(dom[a+len(open):a+b])), &c))
	return c
}

func renderPage(t *testing.T, recs []*pipeline.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, Page(&b, recs, Options{}))
	return b.Bytes()
}

func renderReport(t *testing.T, recs []*pipeline.Record) []byte {
	t.Helper()
	r := NewReport(ReportOptions{Title: "vnextract report: a small run"})
	for _, rec := range recs {
		r.Add(rec)
	}
	var b bytes.Buffer
	require.NoError(t, r.WriteHTML(&b))
	return b.Bytes()
}

// assertSpans compares what the browser shows with the records: the whole
// text of each, and for every mark the record's span text.
func assertSpans(t *testing.T, c domCheck, recs []*pipeline.Record) {
	t.Helper()
	byAnchor := map[string]*pipeline.Record{}
	ok := 0
	for i, rec := range recs {
		if rec.Status == "ok" {
			byAnchor["r"+itoa(i)] = rec
			ok++
		}
	}
	require.Len(t, c.Records, ok)
	for _, got := range c.Records {
		rec := byAnchor[got.Anchor]
		require.NotNil(t, rec, got.Anchor)
		assert.Equal(t, rec.Text, got.Text, "%s: the browser shows the text whole", got.Anchor)
		want := wantSpans(rec, got.Anchor+"-")
		assert.Len(t, got.Marks, len(want), got.Anchor)
		for id, s := range want {
			assert.Equal(t, s, got.Marks[id], "%s mark %s", got.Anchor, id)
		}
	}
}

func TestChromiumView(t *testing.T) {
	bin := chromium(t)
	cases := []struct {
		name    string
		fixture string
	}{
		{"seed", "testdata/seed.jsonl"},
		{"small run", "testdata/run.jsonl"},
	}
	// $VNX_VIEW_RECORDS checks any run the same way, e.g. the extractors'
	// output on a corpus: VNX_VIEW_RECORDS=/tmp/dev.jsonl go test ./view -run ChromiumView
	if p := os.Getenv("VNX_VIEW_RECORDS"); p != "" {
		cases = append(cases, struct{ name, fixture string }{"VNX_VIEW_RECORDS", p})
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			recs := readRecordsFile(t, tt.fixture)
			checkInBrowser(t, bin, recs)
		})
	}
	t.Run("seed through the library", func(t *testing.T) {
		checkInBrowser(t, bin, []*pipeline.Record{extractSeed(t)})
	})
}

// extractSeed runs today's extractors on the seed article's text: what
// vnextract shows for it now, not the fixed record of testdata/seed.jsonl.
func extractSeed(t *testing.T) *pipeline.Record {
	t.Helper()
	seed := readFixture(t, "seed.jsonl")[0]
	proc, err := extractors.NewProcessor(pipeline.Config{}, nil)
	require.NoError(t, err)
	rec, err := proc.Process(context.Background(), &pipeline.Article{ID: seed.ID, Source: seed.Source, Body: []byte(seed.Text)})
	require.NoError(t, err)
	require.Equal(t, "ok", rec.Status, "%+v", rec.Error)
	return rec
}

// checkInBrowser opens the page of recs in a wide and a narrow window.
func checkInBrowser(t *testing.T, bin string, recs []*pipeline.Record) {
	t.Helper()
	page := renderPage(t, recs)

	wide := inspect(t, bin, page, 1280, 900)
	assertSpans(t, wide, recs)
	assert.Equal(t, []string{"hl k-person", "hl k-rank", "hl k-title", "hl k-date", "hl k-award"}, wide.Legend)
	assert.True(t, wide.Beside, "wide window: the record sits beside the text")
	if wide.Hot != nil {
		assert.True(t, *wide.Hot, "hovering a mention outlines its card")
		assert.True(t, wide.Clicked, "clicking a mention goes to its card")
	}
	assert.False(t, wide.Overflow, "no horizontal scrolling")

	narrow := inspect(t, bin, page, 390, 844)
	assert.True(t, narrow.Below, "narrow window: the record goes below the text")
	assert.False(t, narrow.Overflow, "narrow window: no horizontal scrolling")
	assertSpans(t, narrow, recs)
}

func TestChromiumReport(t *testing.T) {
	bin := chromium(t)
	page := renderReport(t, readFixture(t, "run.jsonl"))
	for _, size := range [][2]int{{1280, 900}, {390, 844}} {
		c := inspect(t, bin, page, size[0], size[1])
		assert.Equal(t, []string{"status", "encodings", "dates", "people", "ranks", "roles", "orgs",
			"award-types", "award-years", "award-names"}, c.Sections)
		assert.Equal(t, 6, c.Bars, "one bar per year with dates: 1998, 2004, 2015, 2017, 2020, 2023")
		assert.False(t, c.Overflow, "window %v: no horizontal scrolling", size)
	}
}

// TestChromiumScreenshots refreshes the images the README shows; it runs
// only with -update.
func TestChromiumScreenshots(t *testing.T) {
	if !*update {
		t.Skip("screenshots are taken with -update")
	}
	bin := chromium(t)
	dir := t.TempDir()
	for _, s := range []struct {
		out           string
		page          []byte
		width, height int
	}{
		{"view-seed.png", renderPage(t, []*pipeline.Record{extractSeed(t)}), 1280, 1000},
		{"report.png", renderReport(t, readFixture(t, "run.jsonl")), 1280, 1300},
	} {
		src := filepath.Join(dir, strings.TrimSuffix(s.out, ".png")+".html")
		require.NoError(t, os.WriteFile(src, s.page, 0o644))
		dst, err := filepath.Abs(filepath.Join("..", "docs", s.out))
		require.NoError(t, err)
		runChromium(t, bin, src, s.width, s.height, "--screenshot="+dst)
		info, err := os.Stat(dst)
		require.NoError(t, err)
		assert.Greater(t, info.Size(), int64(10_000), dst)
	}
}
