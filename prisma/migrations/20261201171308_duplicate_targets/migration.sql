-- Duplicate targets (same first destination) in one outdial: a per-outdial choice, REFUSE by default. Outdials that
-- exist already keep what they had (every target accepted: ALLOW), so nothing stored becomes invalid; their targets
-- get no dedupe key (NULL: not checked).

-- CreateEnum
CREATE TYPE "DuplicateTargetPolicy" AS ENUM ('REFUSE', 'SKIP', 'ALLOW');

-- AlterTable: existing rows ALLOW, new ones REFUSE
ALTER TABLE "outdial" ADD COLUMN     "duplicate_targets" "DuplicateTargetPolicy" NOT NULL DEFAULT 'ALLOW';
ALTER TABLE "outdial" ALTER COLUMN "duplicate_targets" SET DEFAULT 'REFUSE';

-- AlterTable
ALTER TABLE "outdial_target" ADD COLUMN     "dedupe_key" TEXT;

-- Written by hand (Prisma's schema has no partial index): one live target per first destination where the outdial
-- refuses or skips duplicates, so two imports racing cannot both insert one number.
CREATE UNIQUE INDEX "outdial_target_outdial_id_dedupe_key_key" ON "outdial_target" ("outdial_id", "dedupe_key")
  WHERE "deleted_at" IS NULL AND "dedupe_key" IS NOT NULL;
