import { builder } from '../builder.ts';
import { CALL_STATUSES } from '../../domain/call-status.ts';
import type { CALL_TYPES } from '../../domain/call.ts';

export const CallStatusEnum = builder.enumType('CallStatus', { values: CALL_STATUSES });
export const CallDirectionEnum = builder.enumType('CallDirection', { values: ['INCOMING', 'OUTGOING'] as const });
export const CallHangupByEnum = builder.enumType('CallHangupBy', { values: ['REMOTE', 'LOCAL'] as const });
export const CallHangupReasonEnum = builder.enumType('CallHangupReason', {
  values: {
    NORMAL: { description: 'Ended after answer (by either side), or cleared normally.' },
    FAILED: { description: 'The network failed, or the instance driving the call was lost before it was answered.' },
    BUSY: { description: 'The callee was busy.' },
    CANCEL: { description: 'Hung up locally before it was answered.' },
    TIMEOUT: { description: 'The maximum call duration was reached after answer.' },
    NOANSWER: { description: 'Rejected or not answered by the callee.' },
    DIALOUT: { description: 'Our own dial timeout ran out before answer.' },
    AMD: { description: 'Hung up because an answering machine picked up.' },
    DECLINED: { description: 'The callee declined the call (SIP 603 Decline).' },
  } as const,
});
export const CallTypeEnum = builder.enumType('CallType', {
  description: 'What drives the call (VoIPbin call type).',
  values: {
    FLOW: { description: 'Runs its own actions: every call from callCreate or a campaign.' },
    CONFERENCE: { description: 'VoIPbin\'s call into a conference; dialgraph makes none.' },
    SIP_SERVICE: { description: 'VoIPbin\'s call to a SIP service; dialgraph makes none.' },
    CONNECT: { description: 'Dialed by another call\'s CONNECT action (its masterCall) and bridged to it; runs no actions.' },
  } as const satisfies Record<(typeof CALL_TYPES)[number], { description: string }>,
});
