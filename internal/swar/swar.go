// Package swar holds the word-at-a-time primitives the scanners of the
// normalizer, the JSON reader and writer and the date extractor share:
// they test eight bytes of a string at once, with arithmetic whose carries
// stay inside each byte.
package swar

// Low has 1 in each byte of a word; c*Low holds byte c in each.
const Low = 0x0101010101010101

// High has the top bit of each byte of a word: the flag the tests set.
const High = 0x8080808080808080

// Load64 reads s[i:i+8] as a little-endian word: the compiler makes it one
// load on the architectures that allow unaligned ones.
func Load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load64Bytes is Load64 for a byte slice.
func Load64Bytes(b []byte, i int) uint64 {
	b = b[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Load32 reads s[i:i+4] as a little-endian word.
func Load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
