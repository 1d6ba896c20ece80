package rank_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/rank"
	"github.com/vnextract/vnextract/pipeline"
)

func extract(t testing.TB, cfg rank.Config, text string) []pipeline.Entity {
	t.Helper()
	x, err := rank.New(cfg)
	require.NoError(t, err)
	es, err := x.Extract(context.Background(), &pipeline.Document{Text: text})
	require.NoError(t, err)
	return es
}

func TestRanks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // canonical values
		texts      []string // as written
	}{
		{"police", "Thượng tướng Tô Lâm và Đại tá Nguyễn Văn A", []string{"Thượng tướng", "Đại tá"}, []string{"Thượng tướng", "Đại tá"}},
		{"lower case, old tone", "trung uý Quách Văn Tình, thiếu tá Lê B", []string{"Trung úy", "Thiếu tá"}, []string{"trung uý", "thiếu tá"}},
		{"army", "Đại tướng Ngô Xuân Lịch, Trung tướng Lê Huy Vịnh", []string{"Đại tướng", "Trung tướng"}, []string{"Đại tướng", "Trung tướng"}},
		{"navy", "Phó Đô đốc Phạm Hoài Nam và Chuẩn đô đốc Lê C", []string{"Phó Đô đốc", "Chuẩn Đô đốc"}, []string{"Phó Đô đốc", "Chuẩn đô đốc"}},
		{"soldiers", "Thượng sỹ Lò Văn D, Hạ sĩ E, binh nhì F", []string{"Thượng sĩ", "Hạ sĩ", "Binh nhì"}, []string{"Thượng sỹ", "Hạ sĩ", "binh nhì"}},
		{"border guard", "Thiếu úy Phạm Đức Trung, Đồn Biên phòng Cửa Đại", []string{"Thiếu úy"}, []string{"Thiếu úy"}},
		{"border guard's own spelling", "Đại tá Biên phòng Nông Văn Lành và Thiếu tá Biên phòng Lò A", []string{"Đại tá", "Thiếu tá"}, []string{"Đại tá Biên phòng", "Thiếu tá Biên phòng"}},
		{"professional serviceman", "Thượng úy QNCN Lường Văn Sáng lái ca nô", []string{"Thượng úy"}, []string{"Thượng úy QNCN"}},
		{"warrant officer", "chuẩn úy Giàng A Pháo, y sĩ của đơn vị", []string{"Chuẩn úy"}, []string{"chuẩn úy"}},
		{"promotion keeps the new rank", "thăng cấp bậc hàm từ Đại tá lên Thiếu tướng cho ông A", []string{"Thiếu tướng"}, []string{"Thiếu tướng"}},
		{"promotion lower case", "thăng quân hàm từ trung tướng lên thượng tướng", []string{"Thượng tướng"}, []string{"thượng tướng"}},
		{"degrees are no ranks", "GS.TS Nguyễn Văn A, NSND Lê Khanh, Anh hùng Lực lượng vũ trang", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := extract(t, rank.Config{}, tt.text)
			var got, texts []string
			for _, e := range es {
				got = append(got, e.Value)
				texts = append(texts, e.Text)
				assert.Equal(t, pipeline.KindRank, e.Kind)
				assert.Equal(t, e.Text, e.Span.Of(tt.text))
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.texts, texts)
		})
	}
}

func TestKeepOld(t *testing.T) {
	es := extract(t, rank.Config{KeepOld: true}, "thăng cấp bậc hàm từ Đại tá lên Thiếu tướng")
	require.Len(t, es, 2)
	assert.Equal(t, "Đại tá", es[0].Value)
}

func TestFactory(t *testing.T) {
	x, err := rank.Factory([]byte(`{"keep_old":true}`))
	require.NoError(t, err)
	assert.Equal(t, rank.Name, x.Name())
	_, err = rank.Factory([]byte(`[`))
	assert.Error(t, err)
}

func FuzzExtract(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm, trung uý A")
	f.Add("từ Đại tá lên")
	x, _ := rank.New(rank.Config{})
	f.Fuzz(func(t *testing.T, s string) {
		es, err := x.Extract(context.Background(), &pipeline.Document{Text: s})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Span.Start < 0 || e.Span.End > len(s) || e.Span.Start >= e.Span.End || e.Text != e.Span.Of(s) || e.Value == "" {
				t.Fatalf("bad entity %+v in %q", e, s)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	x, err := rank.New(rank.Config{})
	require.NoError(b, err)
	extracttest.Benchmark(b, x)
}

func ExampleNew() {
	x, _ := rank.New(rank.Config{})
	es, _ := x.Extract(context.Background(), &pipeline.Document{Text: "trung uý Quách Văn Tình được thăng quân hàm từ Trung úy lên Thượng úy"})
	for _, e := range es {
		fmt.Printf("%q -> %s\n", e.Text, e.Value)
	}
	// Output:
	// "trung uý" -> Trung úy
	// "Thượng úy" -> Thượng úy
}
