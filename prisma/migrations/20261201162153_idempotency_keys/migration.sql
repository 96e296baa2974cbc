-- Idempotency keys of callCreate, outdialTargetsCreate, outdialTargetsImportCsv and campaignUpdateStatus
-- (src/domain/idempotency.ts): one row per customer and key, written in the mutation's own transaction; rows
-- older than 24 h count as unused and are pruned (by created_at).

-- CreateTable
CREATE TABLE "idempotency_key" (
    "customer_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "result" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("customer_id","key")
);

-- CreateIndex
CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key"("created_at");
