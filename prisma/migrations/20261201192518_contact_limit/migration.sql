-- Contact limit and calls per second (issue 13): the customer's dial round, which serialises the rounds that count
-- a customer's calls to one address (docs/architecture.md, "Locks"), and the index those counts read.

-- AlterTable
ALTER TABLE "customer" ADD COLUMN     "dial_round" INTEGER NOT NULL DEFAULT 0;

-- The contact limit's count (src/domain/contact-limit.ts): the customer's outgoing calls to one address (spelled by
-- addressKeySql in src/domain/dnc-address.ts, the same expression), newest first within the period. Written by hand:
-- Prisma's schema cannot express an index on an expression or with a WHERE.
CREATE INDEX "call_contact_address_idx" ON "call" (
  "customer_id",
  (CASE WHEN destination->>'type' = 'SIP' THEN 'sip:' || (destination->>'target') ELSE destination->>'target' END),
  "created_at"
) WHERE "direction" = 'OUTGOING' AND "type" <> 'CONNECT';
