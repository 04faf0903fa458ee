-- presskz database schema (migration 2). A quantity whose value is an integer too large for a
-- float to hold exactly (over 2^53: a 20-digit number, which SQLite INTEGER and PostgreSQL
-- BIGINT cannot take either) keeps the approximate value in `value` and its exact digits here;
-- NULL for every other quantity, so value_text IS NOT NULL flags the approximate ones.
ALTER TABLE quantities ADD COLUMN value_text TEXT;
