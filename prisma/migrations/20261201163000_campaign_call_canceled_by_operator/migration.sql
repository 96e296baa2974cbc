-- An attempt hung up before answer at an operator's request (STOP with hangupActiveCalls, callHangup) is not
-- the callee's failure: it is recorded as CANCELED_BY_OPERATOR and its try is given back (src/domain/attempt-rules.ts).

-- AlterEnum
ALTER TYPE "CampaignCallResult" ADD VALUE 'CANCELED_BY_OPERATOR';
