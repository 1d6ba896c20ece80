// Package normalize turns Vietnamese text from news archives into one
// canonical form: UTF-8, NFC, one tone-mark placement, no invisible
// characters, single spaces, paragraph breaks kept. It knows nothing of
// documents or extraction.
//
// # Entry points
//
//   - Normalizer.Bytes detects the encoding of raw bytes, decodes them and
//     normalizes; Result.Encoding names what it found. Normalizer.Decode
//     skips detection when the encoding is known.
//   - Normalizer.String normalizes text that is already UTF-8. Clean text
//     comes back as the same string, without a copy.
//   - Normalizer.Transformer is String as a transform.Transformer.
//   - AlignString and AlignBytes also return an Alignment from offsets in
//     the normalized text back to byte offsets in the input.
//
// A Normalizer remembers the words that it found already canonical and
// later keeps them without looking at their letters: reuse one (or
// Default) rather than making one per call.
//
// # Detection
//
// Bytes reads a UTF-8 or UTF-16 byte order mark first. Valid UTF-8 is
// kept as it is unless another reading is clearly better: text with no
// letter outside ASCII may be VIQR (RFC 1456: "Vie^.t"), and text whose
// characters all exist in Windows-1252 may be UTF-8 read as Windows-1252
// ("Viá»‡t", Encoding "mojibake") or legacy bytes stored as Latin-1
// characters ("ViÖt" is TCVN3, "Vieät" is VNI). Bytes that are not UTF-8
// are decoded as Windows-1258, TCVN3 (VN3, and VN1 with its capitals),
// VNI-Windows, VISCII and VPS. Each candidate is scored on a sample: words
// that are valid Vietnamese syllables count for it, words with non-ASCII
// letters that are not, and symbols glued to letters ("C«ng", "nh©n"),
// count against it. Text in another language keeps its reading because no
// decoding of it yields Vietnamese syllables. ErrInvalidUTF8 reports bytes
// that no decoder explains; a few stray bytes in UTF-8 become U+FFFD.
//
// TCVN3 (VN3) has no capital toned letters: fonts such as .VnTimeH draw the
// lowercase codes as capitals. In words that are otherwise all capitals,
// Bytes puts those letters back in capitals ("ủY BAN" → "ỦY BAN").
//
// # Canonical text
//
//   - NFC, with the marks of each Vietnamese letter in order (shape before
//     tone), a doubled mark on one letter reduced to one ("thị̣" → "thị"),
//     and Ð/ð (eth, which looks the same) read as Đ/đ.
//   - Zero-width characters, BOM, soft hyphen, bidirectional controls and
//     control characters removed. NBSP and every other space character
//     become ' '; a run of white space becomes one space, one line break,
//     or one paragraph break "\n\n" when it holds two or more; white space
//     at the start and end is trimmed.
//   - The tone mark of each syllable on the vowel the syllable rule picks,
//     not a word list: the last vowel with a shape mark (ươ → ơ), else the
//     middle of three vowels, else the second of two when a consonant
//     follows, else the first. Open oa, oe, uy follow Options.ToneStyle:
//     ToneNew (hòa, khỏe, thủy) by default, ToneOld (hoà, khoẻ, thuỷ). The
//     u of qu and the i of gi (before another vowel) belong to the initial:
//     quý, giá, but gì. The same rule repairs misplaced marks ("lựơng" →
//     "lượng"). Words that are no Vietnamese syllable keep their marks where
//     they are; y/i spellings, quotes, dashes and letter case are kept.
//
// Edits counts each kind of change.
//
// # Alignment
//
// An Alignment maps output offsets to input offsets. Text is aligned
// segment by segment: a segment copied unchanged maps byte for byte; a
// rewritten one (a recomposed word, a collapsed space run, one decoded
// legacy letter) maps as a whole, so Input of an offset inside it gives its
// start and Span of a range ending inside it extends to its end. Deleted
// input belongs to no output byte. Both mappings are monotone and stay in
// [0, len(input)]. For AlignBytes the offsets are those of the raw bytes,
// through the decoding (and the byte order mark).
//
//	out, _, a := normalize.Default.AlignString(in)
//	start, end := a.Span(span.Start, span.End) // in[start:end] produced out[span.Start:span.End]
//
// # Streaming
//
// The Transformer gives the same text as String. It processes input up to
// the last point where ASCII punctuation or white space is followed by an
// ASCII character (no word, mark or line ending can span it) and holds the
// rest until more input or EOF; a long run without such a point is held
// whole.
package normalize
