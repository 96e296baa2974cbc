import { builder } from '../builder.ts';
import { ADDRESS_TYPES, type Address } from '../../domain/address.ts';

export const AddressTypeEnum = builder.enumType('AddressType', { values: ADDRESS_TYPES });

export const AddressRef = builder.objectRef<Address>('Address').implement({
  fields: (t) => ({
    type: t.expose('type', { type: AddressTypeEnum }),
    target: t.exposeString('target', {
      description: 'E.164 for TEL (+15551234567), user@host for SIP, an e-mail for EMAIL, a UUID for the rest.',
    }),
    targetName: t.string({ nullable: true, resolve: (a) => a.targetName ?? null }),
    name: t.string({ nullable: true, resolve: (a) => a.name ?? null }),
    detail: t.string({ nullable: true, resolve: (a) => a.detail ?? null }),
  }),
});

export const AddressInput = builder.inputType('AddressInput', {
  fields: (t) => ({
    type: t.field({ type: AddressTypeEnum, required: true }),
    target: t.string({ required: true }),
    targetName: t.string(),
    name: t.string(),
    detail: t.string(),
  }),
});

/** Reads an Address stored as JSON. */
export function addressFromJson(value: unknown): Address | null {
  return value && typeof value === 'object' ? (value as Address) : null;
}
