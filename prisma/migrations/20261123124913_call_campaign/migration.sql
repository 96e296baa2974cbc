-- AlterTable
ALTER TABLE "call" ADD COLUMN     "campaign_id" UUID;

-- CreateIndex
CREATE INDEX "call_campaign_id_created_at_id_idx" ON "call"("campaign_id", "created_at" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "call" ADD CONSTRAINT "call_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;
