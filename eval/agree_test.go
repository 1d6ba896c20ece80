package eval_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/eval"
)

// TestAgreesWithScorePyRandom scores random gold and records, drawn from
// forms that exercise folding, aliases, title variants, XXXX dates and award
// classes, with both scorers and requires the same report line for line.
// It needs VNX_SCORE_PY (the path of score.py) and python3.
func TestAgreesWithScorePyRandom(t *testing.T) {
	script := os.Getenv("VNX_SCORE_PY")
	if script == "" {
		t.Skip("VNX_SCORE_PY not set")
	}
	dir := t.TempDir()
	for seed := range uint64(25) {
		golds, recs := randomCase(rand.New(rand.NewPCG(seed, 7)))
		gpath, rpath := filepath.Join(dir, "g.jsonl"), filepath.Join(dir, "r.jsonl")
		require.NoError(t, os.WriteFile(gpath, golds, 0o644))
		require.NoError(t, os.WriteFile(rpath, recs, 0o644))
		cmd := exec.Command("python3", script, gpath, rpath)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		want, _ := cmd.Output() // exit 1 on misses
		require.NotEmpty(t, want, "score.py: %s", stderr.String())
		g, err := eval.ReadGold(gpath)
		require.NoError(t, err)
		r, err := eval.ReadRecords(bytes.NewReader(recs))
		require.NoError(t, err)
		var got bytes.Buffer
		require.NoError(t, eval.Score(g, r).WriteText(&got))
		require.Equal(t, string(want), got.String(), "seed %d\ngold:\n%s\nrecords:\n%s", seed, golds, recs)
	}
}

func randomCase(rnd *rand.Rand) (golds, recs []byte) {
	names := []string{"Tô Lâm", "TÔ LÂM", "Lê Thị Hoà", "Lê Thị Hòa", "Hồ", "Hồ Chí Minh", "“Quang Trung”", "Trần  Văn An", "Minh Anh", "minh anh", "Nguyễn\u00a0Văn Bình"}
	ranks := []any{nil, "Đại tá", "đại tá", "Thiếu tướng", "", "Trung tá"}
	titles := []string{"Chủ tịch UBND TP. Hà Nội", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội", "nguyên Bộ trưởng Bộ CA", "Bộ trưởng Bộ Công an", "các Phó Thủ tướng", "Phó Thủ tướng", "cựu Uỷ viên BCH TW", "Ủy viên Ban Chấp hành Trung ương", "Bí thư", "Giám đốc CA tỉnh"}
	roles := []string{"", "Chủ tịch", "Bộ trưởng", "Phó Thủ tướng", "Bí thư"}
	orgs := []string{"", "Ủy ban nhân dân thành phố Hà Nội", "Bộ Công an", "Ban Chấp hành Trung ương", "Công an tỉnh"}
	dates := []string{"2017", "2017-09", "2017-09-12", "XXXX-09-12", "2016-09-12", "XXXX-09", "2018-09", "XXXX-07-07", "2019-07-07", "2020-07-07"}
	awards := []string{"Huân chương Lao động hạng Nhất", "Huân chương Lao động", "Bằng khen", "Kỷ niệm chương “X”", `Kỷ niệm chương "X"`}
	classes := []any{nil, "hạng Nhất", "", "hạng Nhì"}
	orgNames := []string{"Công an tỉnh", "CA tỉnh"}
	some := func(n int, from []string) []string {
		out := []string{}
		for range rnd.IntN(n + 1) {
			out = append(out, from[rnd.IntN(len(from))])
		}
		return out
	}
	one := func(from []any) any { return from[rnd.IntN(len(from))] }
	var gb, rb bytes.Buffer
	for i := range 6 {
		id := string(rune('a' + i))
		people, gdates, gawards := []map[string]any{}, []map[string]any{}, []map[string]any{}
		var gnames []string
		for _, n := range some(4, names) {
			var name any = n
			if rnd.IntN(4) == 0 {
				name = []string{n, names[rnd.IntN(len(names))]}
			}
			ts := []any{}
			for _, t := range some(3, titles) {
				if rnd.IntN(3) == 0 {
					ts = append(ts, []string{t, titles[rnd.IntN(len(titles))]})
				} else {
					ts = append(ts, t)
				}
			}
			people = append(people, map[string]any{"name": name, "rank": one(ranks), "titles": ts})
			gnames = append(gnames, n)
		}
		for _, d := range some(4, dates) {
			gdates = append(gdates, map[string]any{"text": "x", "value": d})
		}
		for _, a := range some(2, awards) {
			gawards = append(gawards, map[string]any{"name": a, "recipients": some(2, append(gnames, orgNames...))})
		}
		g := map[string]any{"id": id, "byline": one([]any{nil, "Minh Anh"}), "people": people, "dates": gdates, "awards": gawards}
		b, _ := json.Marshal(g)
		gb.Write(append(b, '\n'))
		if rnd.IntN(20) == 0 {
			continue // a missing record
		}
		rpeople, rdates, rawards := []map[string]any{}, []map[string]any{}, []map[string]any{}
		for _, n := range append(some(len(gnames), gnames), some(2, names)...) {
			ts := []map[string]any{}
			for range rnd.IntN(3) {
				ts = append(ts, map[string]any{"text": titles[rnd.IntN(len(titles))], "role": roles[rnd.IntN(len(roles))], "organization": orgs[rnd.IntN(len(orgs))]})
			}
			rpeople = append(rpeople, map[string]any{"name": n, "rank": one(ranks), "titles": ts})
		}
		for _, d := range append(some(3, dates), some(3, dates)...) {
			rdates = append(rdates, map[string]any{"value": d})
		}
		for _, a := range some(3, awards) {
			rc := []map[string]any{}
			for _, who := range some(3, append(gnames, orgNames...)) {
				switch rnd.IntN(3) {
				case 0:
					rc = append(rc, map[string]any{"name": who})
				case 1:
					rc = append(rc, map[string]any{"organization": who})
				default:
					rc = append(rc, map[string]any{})
				}
			}
			rawards = append(rawards, map[string]any{"name": a, "class": one(classes), "recipients": rc})
		}
		rid := id
		if rnd.IntN(3) == 0 {
			rid = "corpus/" + id
		}
		status := "ok"
		if rnd.IntN(15) == 0 {
			status = "error"
		}
		r := map[string]any{"id": rid, "status": status, "text": "", "people": rpeople, "dates": rdates, "awards": rawards}
		b, _ = json.Marshal(r)
		rb.Write(append(b, '\n'))
	}
	return gb.Bytes(), rb.Bytes()
}
