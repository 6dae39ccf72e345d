import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from '../accounts/staff-role';

export const ALLOWED_ROLES = 'jingzhun:roles';

/** Only these roles may call the route; any staff role when absent. */
export const Roles = (...roles: StaffRole[]): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_ROLES, roles);
