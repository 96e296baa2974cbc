-- CreateEnum
CREATE TYPE "CampaignType" AS ENUM ('CALL', 'FLOW');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('STOP', 'STOPPING', 'RUN');

-- CreateEnum
CREATE TYPE "CampaignEndHandle" AS ENUM ('STOP', 'CONTINUE');

-- CreateEnum
CREATE TYPE "CampaignCallStatus" AS ENUM ('DIALING', 'PROGRESSING', 'DONE');

-- CreateEnum
CREATE TYPE "CampaignCallResult" AS ENUM ('SUCCESS', 'FAIL');

-- CreateTable
CREATE TABLE "campaign" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "type" "CampaignType" NOT NULL DEFAULT 'CALL',
    "status" "CampaignStatus" NOT NULL DEFAULT 'STOP',
    "end_handle" "CampaignEndHandle" NOT NULL DEFAULT 'STOP',
    "service_level" INTEGER NOT NULL DEFAULT 0,
    "max_concurrent_calls" INTEGER NOT NULL DEFAULT 10,
    "actions" JSONB NOT NULL DEFAULT '[]',
    "outplan_id" UUID,
    "outdial_id" UUID,
    "next_campaign_id" UUID,
    "hangup_active_calls" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_call" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "outdial_target_id" UUID NOT NULL,
    "outplan_id" UUID,
    "outdial_id" UUID NOT NULL,
    "call_id" UUID,
    "status" "CampaignCallStatus" NOT NULL DEFAULT 'DIALING',
    "result" "CampaignCallResult",
    "source" JSONB,
    "destination" JSONB NOT NULL,
    "destination_index" INTEGER NOT NULL,
    "try_count" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "campaign_call_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "campaign_outdial_id_key" ON "campaign"("outdial_id");

-- CreateIndex
CREATE INDEX "campaign_customer_id_created_at_id_idx" ON "campaign"("customer_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "campaign_status_idx" ON "campaign"("status");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_created_at_id_key" ON "campaign"("created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_call_call_id_key" ON "campaign_call"("call_id");

-- CreateIndex
CREATE INDEX "campaign_call_campaign_id_created_at_id_idx" ON "campaign_call"("campaign_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "campaign_call_outdial_target_id_created_at_id_idx" ON "campaign_call"("outdial_target_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "campaign_call_campaign_id_status_idx" ON "campaign_call"("campaign_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_call_created_at_id_key" ON "campaign_call"("created_at", "id");

-- AddForeignKey
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_outplan_id_fkey" FOREIGN KEY ("outplan_id") REFERENCES "outplan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_outdial_id_fkey" FOREIGN KEY ("outdial_id") REFERENCES "outdial"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_next_campaign_id_fkey" FOREIGN KEY ("next_campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_call" ADD CONSTRAINT "campaign_call_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_call" ADD CONSTRAINT "campaign_call_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_call" ADD CONSTRAINT "campaign_call_outdial_target_id_fkey" FOREIGN KEY ("outdial_target_id") REFERENCES "outdial_target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_call" ADD CONSTRAINT "campaign_call_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE SET NULL ON UPDATE CASCADE;
