-- The database's search while Elasticsearch is away: every word of three letters or more from this index (word
-- beginnings, in boolean mode), instead of scanning every name and description with LIKE '%word%'. MariaDB 10.11 and
-- MySQL 8 both build and answer it; neither needs the ngram parser (which MariaDB does not have).
-- Without InnoDB's English stop words: "the" or "for" may be a word of a product name.
SET SESSION innodb_ft_enable_stopword = OFF;
ALTER TABLE product ADD FULLTEXT INDEX ft_product_words (name, description);
