-- vnextract SQLite schema (records of schema vnextract/v1). Offsets are
-- code points into articles.text. Child rows go with their article: a
-- re-run deletes an article's rows and writes them anew.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS articles (
	id            TEXT PRIMARY KEY,
	source_uri    TEXT NOT NULL,
	source_line   INTEGER NOT NULL,
	status        TEXT NOT NULL,          -- ok | error
	error_code    TEXT,
	error_message TEXT,
	title         TEXT,
	url           TEXT,
	published     TEXT,                   -- ISO 8601
	byline        TEXT,
	text          TEXT NOT NULL,
	encoding      TEXT,
	warnings      TEXT                    -- JSON array
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE TABLE IF NOT EXISTS people (
	article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	person_id   TEXT NOT NULL,
	name        TEXT NOT NULL,
	family_name TEXT NOT NULL,
	middle_name TEXT NOT NULL,
	given_name  TEXT NOT NULL,
	rank        TEXT,
	honorifics  TEXT NOT NULL,            -- JSON array
	mentions    TEXT NOT NULL,            -- JSON array of {start,end,text}
	PRIMARY KEY (article_id, person_id)
);
CREATE INDEX IF NOT EXISTS people_name ON people(name);
CREATE INDEX IF NOT EXISTS people_rank ON people(rank);

CREATE TABLE IF NOT EXISTS titles (
	article_id   TEXT NOT NULL,
	person_id    TEXT NOT NULL,
	seq          INTEGER NOT NULL,
	text         TEXT NOT NULL,
	role         TEXT NOT NULL,
	organization TEXT NOT NULL,
	former       INTEGER NOT NULL,        -- 0 | 1
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	PRIMARY KEY (article_id, person_id, seq),
	FOREIGN KEY (article_id, person_id) REFERENCES people(article_id, person_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS titles_role ON titles(role);
CREATE INDEX IF NOT EXISTS titles_organization ON titles(organization);

CREATE TABLE IF NOT EXISTS dates (
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	value      TEXT NOT NULL,             -- 2017-09-12, 2017-09, 2017, XXXX-09-12
	year       INTEGER,                   -- NULL when the year is unknown
	grain      TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	range_part TEXT,                      -- start | end of a range
	calendar   TEXT,
	relative   INTEGER NOT NULL,
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
CREATE INDEX IF NOT EXISTS dates_year ON dates(year);

CREATE TABLE IF NOT EXISTS awards (
	article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	award_id     TEXT NOT NULL,
	name         TEXT NOT NULL,
	type         TEXT NOT NULL,
	class        TEXT,
	date         TEXT,
	year         INTEGER,                 -- of date, NULL when unknown
	decision     TEXT,
	posthumous   INTEGER NOT NULL,
	decided_by   TEXT,
	presented_by TEXT NOT NULL,           -- JSON array of person ids
	mentions     TEXT NOT NULL,           -- JSON array of {start,end,text}
	PRIMARY KEY (article_id, award_id)
);
CREATE INDEX IF NOT EXISTS awards_type ON awards(type);
CREATE INDEX IF NOT EXISTS awards_year ON awards(year);

CREATE TABLE IF NOT EXISTS recipients (
	article_id   TEXT NOT NULL,
	award_id     TEXT NOT NULL,
	seq          INTEGER NOT NULL,
	person_id    TEXT,                    -- NULL for organizations
	name         TEXT,
	organization TEXT,
	PRIMARY KEY (article_id, award_id, seq),
	FOREIGN KEY (article_id, award_id) REFERENCES awards(article_id, award_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS recipients_person ON recipients(article_id, person_id);
CREATE INDEX IF NOT EXISTS recipients_organization ON recipients(organization);

-- Full-text index over title and text, kept in step with articles by the
-- triggers. remove_diacritics 2 folds tones and marks, so "lam" finds "Lâm"
-- (đ stays đ: it is a letter of its own in Unicode).
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
	title, text, content='articles', content_rowid='rowid',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
