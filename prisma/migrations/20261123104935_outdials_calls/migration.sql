-- CreateEnum
CREATE TYPE "OutdialTargetStatus" AS ENUM ('IDLE', 'PROGRESSING', 'DONE');

-- CreateEnum
CREATE TYPE "OutdialTargetResult" AS ENUM ('ANSWERED', 'EXHAUSTED');

-- CreateEnum
CREATE TYPE "CallStatus" AS ENUM ('DIALING', 'RINGING', 'PROGRESSING', 'TERMINATING', 'CANCELING', 'HANGUP');

-- CreateEnum
CREATE TYPE "CallDirection" AS ENUM ('INCOMING', 'OUTGOING');

-- CreateEnum
CREATE TYPE "CallHangupBy" AS ENUM ('REMOTE', 'LOCAL');

-- CreateEnum
CREATE TYPE "CallHangupReason" AS ENUM ('NORMAL', 'FAILED', 'BUSY', 'CANCEL', 'TIMEOUT', 'NOANSWER', 'DIALOUT', 'AMD');

-- CreateTable
CREATE TABLE "outdial" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "outdial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outdial_target" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "outdial_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL DEFAULT '',
    "status" "OutdialTargetStatus" NOT NULL DEFAULT 'IDLE',
    "result" "OutdialTargetResult",
    "destination_0" JSONB,
    "destination_1" JSONB,
    "destination_2" JSONB,
    "destination_3" JSONB,
    "destination_4" JSONB,
    "try_count_0" INTEGER NOT NULL DEFAULT 0,
    "try_count_1" INTEGER NOT NULL DEFAULT 0,
    "try_count_2" INTEGER NOT NULL DEFAULT 0,
    "try_count_3" INTEGER NOT NULL DEFAULT 0,
    "try_count_4" INTEGER NOT NULL DEFAULT 0,
    "last_attempt_at" TIMESTAMPTZ(6),
    "last_attempt_ended_at" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "outdial_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "status" "CallStatus" NOT NULL DEFAULT 'DIALING',
    "direction" "CallDirection" NOT NULL DEFAULT 'OUTGOING',
    "source" JSONB NOT NULL,
    "destination" JSONB NOT NULL,
    "actions" JSONB NOT NULL DEFAULT '[]',
    "master_call_id" UUID,
    "hangup_by" "CallHangupBy",
    "hangup_reason" "CallHangupReason",
    "ring_timeout_ms" INTEGER NOT NULL DEFAULT 30000,
    "owner_id" UUID,
    "ringing_at" TIMESTAMPTZ(6),
    "progressing_at" TIMESTAMPTZ(6),
    "hangup_at" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "server_instance" (
    "id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeat_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "server_instance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outdial_customer_id_created_at_id_idx" ON "outdial"("customer_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "outdial_created_at_id_key" ON "outdial"("created_at", "id");

-- CreateIndex
CREATE INDEX "outdial_target_outdial_id_created_at_id_idx" ON "outdial_target"("outdial_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "outdial_target_outdial_id_status_last_attempt_at_created_at_idx" ON "outdial_target"("outdial_id", "status", "last_attempt_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outdial_target_created_at_id_key" ON "outdial_target"("created_at", "id");

-- CreateIndex
CREATE INDEX "call_customer_id_created_at_id_idx" ON "call"("customer_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "call_master_call_id_idx" ON "call"("master_call_id");

-- CreateIndex
CREATE INDEX "call_owner_id_status_idx" ON "call"("owner_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "call_created_at_id_key" ON "call"("created_at", "id");

-- AddForeignKey
ALTER TABLE "outdial" ADD CONSTRAINT "outdial_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outdial_target" ADD CONSTRAINT "outdial_target_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outdial_target" ADD CONSTRAINT "outdial_target_outdial_id_fkey" FOREIGN KEY ("outdial_id") REFERENCES "outdial"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call" ADD CONSTRAINT "call_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call" ADD CONSTRAINT "call_master_call_id_fkey" FOREIGN KEY ("master_call_id") REFERENCES "call"("id") ON DELETE SET NULL ON UPDATE CASCADE;
