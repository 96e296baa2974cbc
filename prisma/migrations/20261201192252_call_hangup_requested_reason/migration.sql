-- A local hangup's requested end (CANCEL for an operator's cancel, DIALOUT for our own dial timeout, a HANGUP
-- action's reason, AMD) is stored with CANCELING / TERMINATING, so an instance that ends the call after its owner
-- died ends it as the owner would have (an operator's cancel stays CANCELED_BY_OPERATOR and gives the try back).
-- Existing rows have none: they end as before.

-- AlterTable
ALTER TABLE "call" ADD COLUMN     "hangup_requested_reason" "CallHangupReason";
