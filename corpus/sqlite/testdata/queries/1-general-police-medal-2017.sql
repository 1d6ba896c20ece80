-- Every article where a Thiếu tướng of Bộ Công an received a Huân chương in
-- 2017: the award's own date, or, when the article gives none, any date in it.
SELECT DISTINCT a.id, p.name, aw.name AS award, aw.date
FROM people p
JOIN titles t      ON t.article_id = p.article_id AND t.person_id = p.person_id
JOIN recipients r  ON r.article_id = p.article_id AND r.person_id = p.person_id
JOIN awards aw     ON aw.article_id = r.article_id AND aw.award_id = r.award_id
JOIN articles a    ON a.id = p.article_id
WHERE p.rank = 'Thiếu tướng'
  AND (t.organization LIKE '%Bộ Công an%' OR t.text LIKE '%Bộ Công an%')
  AND aw.type = 'Huân chương'
  AND (aw.year = 2017 OR (aw.year IS NULL AND EXISTS
        (SELECT 1 FROM dates d WHERE d.article_id = a.id AND d.year = 2017)))
ORDER BY a.id;
