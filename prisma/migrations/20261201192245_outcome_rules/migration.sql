-- Outcome rules and machine detection (issue 13): the outplan's rule per attempt outcome and its machine detection;
-- each call's detection mode (copied from the outplan by the dialer round) and when a machine was detected on it;
-- each attempt's outcome; per target, the wait its latest outcome rule set and the slots NEXT_DESTINATION gave up.
-- Existing outplans get no rules and HANGUP: today's behaviour.

-- CreateEnum
CREATE TYPE "AttemptOutcome" AS ENUM ('BUSY', 'NO_ANSWER', 'FAILED', 'DECLINED', 'MACHINE');

-- CreateEnum
CREATE TYPE "MachineDetection" AS ENUM ('OFF', 'HANGUP', 'LEAVE_MESSAGE');

-- AlterEnum
ALTER TYPE "CallHangupReason" ADD VALUE 'DECLINED';

-- AlterEnum
ALTER TYPE "OutdialTargetResult" ADD VALUE 'STOPPED';
ALTER TYPE "OutdialTargetResult" ADD VALUE 'VOICEMAIL';

-- AlterTable
ALTER TABLE "call" ADD COLUMN     "machine_detected_at" TIMESTAMPTZ(6),
ADD COLUMN     "machine_detection" "MachineDetection" NOT NULL DEFAULT 'HANGUP';

-- AlterTable
ALTER TABLE "campaign_call" ADD COLUMN     "outcome" "AttemptOutcome";

-- AlterTable
ALTER TABLE "outdial_target" ADD COLUMN     "given_up_slots" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retry_wait_ms" INTEGER;

-- AlterTable
ALTER TABLE "outplan" ADD COLUMN     "machine_detection" "MachineDetection" NOT NULL DEFAULT 'HANGUP',
ADD COLUMN     "outcome_rules" JSONB NOT NULL DEFAULT '{}';
