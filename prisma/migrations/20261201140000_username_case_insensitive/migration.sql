-- Written by hand (issue 16): usernames are case-insensitive. Every username is stored trimmed and lower-case,
-- as src/domain/username.ts normalises them, so the existing unique index on username is unique whatever the
-- case, and a CHECK constraint keeps every future row that way. Prisma's schema language cannot express the
-- CHECK constraint, and Prisma's diff leaves it alone (test/migrations.test.ts: the schema and the migrations
-- still agree).
--
-- Existing usernames that differ only by case or surrounding spaces ("Alice" and "alice") cannot both keep
-- their name, and which one does is a person's decision, not the migration's: the migration then refuses,
-- naming them, and changes nothing (the server does not start until they are renamed). Deleted users count
-- too: the unique index has always kept their names taken.
DO $$
DECLARE
  clashes text;
BEGIN
  SELECT string_agg(spellings, '; ') INTO clashes FROM (
    SELECT string_agg(format('%L (id %s)', username, id), ', ' ORDER BY username) AS spellings
    FROM "app_user" GROUP BY lower(btrim("username")) HAVING count(*) > 1
  ) AS groups;
  IF clashes IS NOT NULL THEN
    RAISE EXCEPTION 'usernames are now case-insensitive, and these differ only by case or spaces: %. Rename all but one of each group (UPDATE app_user SET username = ''<new name>'' WHERE id = ''<id>''), then start again.', clashes;
  END IF;
END $$;

-- Login finds these users by any spelling of their name; they are shown lower-case from now on.
UPDATE "app_user" SET "username" = lower(btrim("username")) WHERE "username" <> lower(btrim("username"));

ALTER TABLE "app_user" ADD CONSTRAINT "app_user_username_normalized" CHECK ("username" = lower(btrim("username")));
