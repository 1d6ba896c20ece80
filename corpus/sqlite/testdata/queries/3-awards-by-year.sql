-- Awards per year and type, with how many named recipients they have.
SELECT aw.year, aw.type, COUNT(DISTINCT aw.article_id || '/' || aw.award_id) AS awards,
       COUNT(r.seq) AS recipients
FROM awards aw
LEFT JOIN recipients r ON r.article_id = aw.article_id AND r.award_id = aw.award_id
GROUP BY aw.year, aw.type
ORDER BY aw.year, aw.type;
