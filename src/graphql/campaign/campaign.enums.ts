import { builder } from '../builder.ts';
import { CampaignEndHandle, CampaignStatus, CampaignType } from '../../generated/prisma/client.ts';

export const CampaignTypeEnum = builder.enumType(CampaignType, {
  name: 'CampaignType',
  description: 'CALL: call each target and run the actions once answered. FLOW exists for parity with VoIPbin and is refused.',
});
export const CampaignStatusEnum = builder.enumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'STOP, RUN (dialing), or STOPPING (no new attempts; waiting for the calls in flight).',
});
export const CampaignEndHandleEnum = builder.enumType(CampaignEndHandle, {
  name: 'CampaignEndHandle',
  description: 'When no target is left to dial: STOP the campaign (then start its next campaign), or CONTINUE waiting for new targets.',
});
export const CampaignStatusChangeEnum = builder.enumType('CampaignStatusChange', { values: ['RUN', 'STOP'] as const });
