-- DropIndex
DROP INDEX "outdial_target_outdial_id_status_last_attempt_at_created_at_idx";

-- AlterTable
ALTER TABLE "campaign" ADD COLUMN     "dial_round" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "outdial_target_outdial_id_status_last_attempt_at_created_at_idx" ON "outdial_target"("outdial_id", "status", "last_attempt_at", "created_at", "id");
