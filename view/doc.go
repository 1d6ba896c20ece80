// Package view renders vnextract/v1 records as self-contained HTML: a page
// per article with every extracted mention highlighted beside the record as
// a reader would write it down (Page), and a summary of a whole run
// (Report). Pages load nothing from the network: the stylesheet and the few
// lines of script are embedded, and charts are inline SVG drawn here.
//
// Offsets in records are Unicode code points into Record.Text; everything
// in this package counts in code points, never bytes.
package view
