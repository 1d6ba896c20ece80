package normalize_test

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/transform"

	"github.com/vnextract/vnextract/pipeline/normalize"
)

func ExampleString() {
	fmt.Println(normalize.String("Ðảm baỏ chất lựơng  tại Thanh Hoá\u200b"))
	// Output: Đảm bảo chất lượng tại Thanh Hóa
}

func ExampleNew() {
	old := normalize.New(normalize.Options{ToneStyle: normalize.ToneOld})
	s, _ := old.String("hòa thuận, khỏe mạnh, thủy lợi")
	fmt.Println(s)
	// Output: hoà thuận, khoẻ mạnh, thuỷ lợi
}

func ExampleNormalizer_String() {
	s, edits := normalize.Default.String("Thủ  tướng\u00a0Chính phủ")
	fmt.Println(s)
	fmt.Printf("%+v\n", edits)
	// Output:
	// Thủ tướng Chính phủ
	// {NFC:0 Tone:0 Space:2 Invisible:0 Marks:0 Eth:0 Case:0 Invalid:0}
}

func ExampleNormalizer_Bytes() {
	for _, b := range [][]byte{
		[]byte("Vi\xd6t Nam"),             // TCVN3 bytes
		[]byte("Vie\xe4t Nam"),            // VNI bytes
		[]byte("ViÖt Nam"),                // TCVN3 bytes stored as Latin-1 characters
		[]byte("Viá»‡t Nam"),              // UTF-8 read as Windows-1252
		[]byte("Vie^.t Nam ddo^`ng ba`o"), // VIQR
	} {
		res, err := normalize.Default.Bytes(b)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(res.Encoding, res.Text)
	}
	// Output:
	// tcvn3 Việt Nam
	// vni Việt Nam
	// tcvn3 Việt Nam
	// mojibake Việt Nam
	// viqr Việt Nam đồng bào
}

func ExampleNormalizer_Decode() {
	res, _ := normalize.Default.Decode([]byte("Ha` No^.i"), "viqr")
	fmt.Println(res.Text)
	// Output: Hà Nội
}

func ExampleNormalizer_AlignString() {
	in := "Ông  Nguye\u0302\u0303n Văn A"
	out, _, align := normalize.Default.AlignString(in)
	i := strings.Index(out, "Nguyễn")
	start, end := align.Span(i, i+len("Nguyễn"))
	fmt.Printf("%q from input bytes [%d, %d)\n", out[i:i+len("Nguyễn")], start, end)
	// Output: "Nguyễn" from input bytes [6, 16)
}

func ExampleNormalizer_AlignBytes() {
	in := []byte("Th\xf1 t\xad\xedng Ch\xddnh ph\xf1") // TCVN3
	res, align, _ := normalize.Default.AlignBytes(in)
	start, end := align.Span(0, len("Thủ"))
	fmt.Println(res.Text, start, end)
	// Output: Thủ tướng Chính phủ 0 3
}

func ExampleAlignment_Input() {
	_, _, align := normalize.Default.AlignString("\u200b  Hà Nội")
	fmt.Println(align.Input(0))
	// Output: 5
}

func ExampleNormalizer_Transformer() {
	r := transform.NewReader(strings.NewReader("Khánh Hoà,\u00a0ngày  2/9"), normalize.Default.Transformer())
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	// Output: Khánh Hòa, ngày 2/9
}
