-- Full-text search without tones: "lam" finds Lâm; the snippet marks the hit.
SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 6) AS hit
FROM articles_fts
JOIN articles a ON a.rowid = articles_fts.rowid
WHERE articles_fts MATCH 'lam'
ORDER BY a.id;
