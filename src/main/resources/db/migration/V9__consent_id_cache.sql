-- The consent table's id is an identity column, and H2 writes its sequence to the file every time the cached ids run
-- out (32 by default): a separate commit that stores every unsaved page of the open transaction too. `baken demo`
-- records nine consents a case, so a batch of 500 cases wrote the whole batch's pages to the file about 140 times
-- over. With 10,000 cached ids H2 writes the sequence once per 10,000 consents (and at every close); after a crash
-- the next id skips the unused ones, so ids keep rising and the newest row of a purpose stays the one in force.
-- jOOQ's generator cannot parse H2's identity options and needs nothing of this statement, so it skips it.
-- [jooq ignore start]
ALTER TABLE consent ALTER COLUMN id SET CACHE 10000;
-- [jooq ignore stop]
