-- Calling hours (issue 13): the campaign's windows, restricted dates and default zone, stored contact limit and calls per
-- second; each target's given zone and the zones its hours are judged in (derived from its numbers at write time).

-- AlterTable
ALTER TABLE "campaign" ADD COLUMN     "calling_windows" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "contact_limit_max_attempts" INTEGER,
ADD COLUMN     "contact_limit_period_days" INTEGER,
ADD COLUMN     "default_time_zone" TEXT NOT NULL DEFAULT 'UTC',
ADD COLUMN     "max_calls_per_second" DOUBLE PRECISION,
ADD COLUMN     "restricted_dates" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "outdial_target" ADD COLUMN     "time_zone" TEXT,
ADD COLUMN     "time_zones" TEXT[] DEFAULT ARRAY[]::TEXT[];
