-- Do-not-call lists (src/domain/dnc.ts): per customer, entries normalised (E.164, lower-case e-mail, sip: URI),
-- bound to campaigns. The dialer round (src/dialer/round-statement.ts) probes dnc_entry's primary key
-- (dnc_list_id, address) once per destination and bound list, so a million entries cost a round nothing more
-- than an index lookup. A deleted list (deleted_at) is unbound in its delete's transaction.

-- AlterEnum
ALTER TYPE "OutdialTargetResult" ADD VALUE 'SUPPRESSED';

-- CreateTable
CREATE TABLE "dnc_list" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "entry_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "dnc_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dnc_entry" (
    "dnc_list_id" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dnc_entry_pkey" PRIMARY KEY ("dnc_list_id","address")
);

-- CreateTable
CREATE TABLE "campaign_dnc_list" (
    "campaign_id" UUID NOT NULL,
    "dnc_list_id" UUID NOT NULL,

    CONSTRAINT "campaign_dnc_list_pkey" PRIMARY KEY ("campaign_id","dnc_list_id")
);

-- CreateIndex
CREATE INDEX "dnc_list_customer_id_created_at_id_idx" ON "dnc_list"("customer_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "dnc_list_created_at_id_key" ON "dnc_list"("created_at", "id");

-- CreateIndex
CREATE INDEX "campaign_dnc_list_dnc_list_id_idx" ON "campaign_dnc_list"("dnc_list_id");

-- AddForeignKey
ALTER TABLE "dnc_list" ADD CONSTRAINT "dnc_list_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dnc_entry" ADD CONSTRAINT "dnc_entry_dnc_list_id_fkey" FOREIGN KEY ("dnc_list_id") REFERENCES "dnc_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_dnc_list" ADD CONSTRAINT "campaign_dnc_list_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_dnc_list" ADD CONSTRAINT "campaign_dnc_list_dnc_list_id_fkey" FOREIGN KEY ("dnc_list_id") REFERENCES "dnc_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;
