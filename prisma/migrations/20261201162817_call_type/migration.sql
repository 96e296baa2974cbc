-- Call.type is stored (it was always FLOW, with no column). Calls that run their own actions are FLOW (domain.md
-- Part B §1.8: outgoing calls are of type flow), the default for every existing row; legs dialed by a CONNECT
-- action (master_call_id set) run none: they are CONNECT, here for the existing ones as for every new one.

-- CreateEnum
CREATE TYPE "CallType" AS ENUM ('FLOW', 'CONFERENCE', 'SIP_SERVICE', 'CONNECT');

-- AlterTable
ALTER TABLE "call" ADD COLUMN     "type" "CallType" NOT NULL DEFAULT 'FLOW';

-- Existing chained legs
UPDATE "call" SET "type" = 'CONNECT' WHERE "master_call_id" IS NOT NULL;
