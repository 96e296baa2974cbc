-- An access key records the user who made it and acts with that user's role now (src/domain/identity.ts,
-- TokenService). Keys made before this migration have no maker (created_by_id NULL): nobody can tell who made
-- them, so they act as MANAGER from now on (domain work, no user or key management) until replaced.

-- AlterTable
ALTER TABLE "access_key" ADD COLUMN     "created_by_id" UUID;

-- AddForeignKey
ALTER TABLE "access_key" ADD CONSTRAINT "access_key_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
