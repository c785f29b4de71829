import type { TFunction } from 'i18next';
import { ROLES } from '@/config/roles';

/** Role choices with their official Thai names. */
export const roleOptions = (t: TFunction) => ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
