import { builder } from '../builder.ts';
import { DuplicateTargetPolicy } from '../../generated/prisma/client.ts';

export const DuplicateTargetPolicyEnum = builder.enumType(DuplicateTargetPolicy, {
  name: 'DuplicateTargetPolicy',
  description:
    'What an outdial does with a target whose first destination (compared normalised: type and number or SIP address) is already ' +
    'the first destination of one of its live (not deleted) targets, or of an earlier row of the same import. ' +
    'REFUSE: a CONFLICT userError at that row\'s destination 0, naming the target or row that has it; nothing is written. ' +
    'SKIP: outdialTargetsCreate and outdialTargetsImportCsv leave the duplicates out and create the rest (skippedCount); ' +
    'a single outdialTargetCreate or outdialTargetUpdate is refused as under REFUSE. ALLOW: no check.',
});
